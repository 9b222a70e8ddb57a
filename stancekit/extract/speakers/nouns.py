"""Common-noun mentions: what kind of speaker a noun phrase is ("the ministry", "a former hostage"), whose voice
it is ("officials in X", "a spokesperson for X", "X's report"), and which nouns can speak at all."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...types import Speaker, SpeakerKind
from .antecedents import _index_entities_at, _issued
from .names import (
    _NATIONS,
    _PARTY_STATE,
    _age,
    _description,
    _document,
    _earlier_nouns,
    _is_news_org,
    _name_tokens,
    _nationality_adjective,
    _org_head,
    _parties,
    _singular,
    _speaker,
    _the_chamber,
    _titles,
    _trim_punct,
)
from .ner import _COUPLE_NOUNS
from .words import (
    _ANY_TITLE,
    _AUTHORED,
    _COMPANY_NOUNS,
    _COUNSEL,
    _DEFINITE,
    _DOCUMENT_NOUNS,
    _GROUP_LABELS,
    _HOME_LABELS,
    _MEDIA_NOUNS,
    _MEDIA_WORDS,
    _MODIFIER_DEPS,
    _ORG_NOUNS,
    _ORG_SUFFIXES,
    _PARTISANS,
    _PEOPLE_NOUNS,
    _PERSON_LABELS,
    _PERSON_NOUNS,
    _PLATFORMS,
    _PUBLIC_BODIES,
    _RANKS_OF_TITLES,
    _RECORDINGS,
    _SPEAKER_NOUNS,
    _SPOKES,
    _SUBJ_DEPS,
    _TITLES,
    _TRADES,
    _VOICE_NOUNS,
    _VOICES,
    SPEAKER_LABELS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from .index import EntityIndex


_AGENCY_HEADS = frozenset(("agency", "administration", "bureau", "service", "department", "commission", "office",
                           "authority", "centers", "institute", "inspectorate"))  # what "the agency" may be
_OWNED_BODIES = frozenset(("administration", "government", "campaign", "team"))  # a person's: "the Lind campaign"
_TIME_PREPOSITIONS = frozenset(("during", "under", "since", "throughout", "before", "after"))  # "under the Lind
# administration" dates a statement; it is no antecedent of "the administration"


def _named_org(idx: EntityIndex, noun: str, before: int, mention: Span) -> str | None:
    """The organisation "the <noun>" refers to: the last one named before with that head ("the department" after
    the Minneapolis Police Department, not the fire department named first; "the agency" after any public body's
    head or an acronym, "the IRS", "the National Park Service") or a person's ("the administration"
    after "the Lind administration": Tom Lind's administration, not the Small Business Administration named
    later; not a report's "the Lind report", which :func:`_author` reads) or a place's ("the ministry" after
    "Kenya's health ministry", before ``mention``: :func:`_place_body`), else the article's fullest written by then
    (or later, where no organisation was named before). The mention's own name words must be the organisation's."""
    # "the Justice Department" may be the Department of Justice; "the Open Society Policy Center" (a name the NER
    # missed) is no Center for Responsive Politics named before
    own = {t.lower_ for t in mention if t.tag_ in ("NNP", "NNPS") and t.lower_ != noun}

    def headed(name: str) -> bool:  # and "the airline" of "Norvik Airlines" (but "the state" is no "United States")
        if noun == "house":
            return _the_chamber(name)
        if not own <= set(name.lower().split()):
            return False
        heads = (_org_head(name.lower()), name.lower().split()[-1])
        if noun == "agency":  # a public body: "the IRS", "the Food and Drug Administration", "the Park Service"
            return (heads[0] in _AGENCY_HEADS or name.isalpha() and name.isupper() and 2 < len(name) < 7) and (
                name not in idx.firms and name not in idx.places and not _is_news_org(name))
        return noun in heads or noun in _COMPANY_NOUNS and noun in map(_singular, heads)

    i = bisect_left(idx.group_starts, before)
    named = next((g for g in reversed(idx.groups[:i]) if g[2] == "organization" and g[0] not in idx.documents
                  and headed(g[1])), None)
    i = bisect_left(idx.person_starts, before) if noun in _OWNED_BODIES else 0
    owned = next((p for p in reversed(idx.persons[:i]) if p[1].root.dep_ in ("compound", "poss")
                  and (body := p[1].root.head).lower_ == noun
                  and not (body.dep_ == "pobj" and body.head.lower_ in _TIME_PREPOSITIONS)), None)
    if owned is not None and (named is None or owned[0] > named[0]):
        return f"{owned[2]}'s {noun}"
    body = next(((t.idx, b) for t in _earlier_nouns(mention, noun)
                 if t.idx < before and (b := _place_body(t, idx)) is not None), None)
    if body is not None and (named is None or body[0] > named[0]):
        return body[1]
    if named is not None:
        return named[1]
    # else the article's fullest written by the mention's end, as a modifier too ("Harbor Union members", "The Office
    # of Management and" of a cut source), or, in a story that named no organisation but places before, later ("The
    # union condemned ..." opening an article that names the Chicago Teachers Union next); but "the magazine" after
    # "Harbor Weekly, a magazine," is no Coast Magazine quoted further down
    later = not any(g[2] == "organization" and g[1] not in idx.places
                    for g in idx.groups[:bisect_left(idx.group_starts, mention.start_char)])
    text = mention.doc.text
    return next((o for o in idx.orgs if headed(o) and (later or -1 < text.find(o) < mention.end_char)), None)


def _described(mention: Span, root: Token) -> bool:
    """The noun says more than "the (federal) agency": "the Fars news agency", "the agency in charge of the tombs"
    are some other one, not the public body named last."""
    return any(t.tag_ != "JJ" for t in mention[1 : root.i - mention.start]) or any(
        c.dep_ in ("prep", "acl") and c.i < mention.end for c in root.rights)


# Nouns a reporter uses for someone just named ("the brash businessman"); not those of people often left unnamed ("the
# young man", "the senior official", "the 23-year-old victim").
_EPITHET_NOUNS = (_PERSON_NOUNS - _TRADES | {"conservative", "liberal", "progressive", "moderate", "billionaire",
                                              "mogul", "tycoon", "actor", "actress", "star"}) - _SPOKES - {
    "official", "source", "member", "representative", "aide", "man", "woman", "person", "witness", "victim",
    "suspect", "defendant", "plaintiff", "survivor", "patient", "resident", "voter", "worker", "student", "parent",
    "mother", "father", "neighbor", "neighbour", "employee", "citizen", "participant", "observer", "demonstrator",
    "protester", "driver", "nurse", "teacher", "farmer", "soldier", "insider", "supporter", "critic", "head",
    "deputy"}
# Adjectives that make a title or a function, not a description of its holder ("the medical director", "the
# special counsel", "the first president").
_CLASSIFYING = frozenset("senior top chief special medical legal general local federal national international state "
                         "presidential executive political military foreign public acting interim lead principal "
                         "main new current first last next previous incoming outgoing managing other same"
                         .split())
_DESCRIBING_NOUNS = frozenset(("billionaire", "millionaire", "veteran"))  # "the billionaire businessman"


def _epithet(mention: Span, root: Token, idx: EntityIndex) -> bool:
    """"The New York businessman", "the brash businessman", "the 68-year-old leader", "the Vermont senator", "the
    Missouri conservative", "the two-term governor": a definite person noun that a place, a nationality, an age, a
    judgement or a count of terms describes is a reporter's way to name again someone just named, as a "he" would
    (the caller asks this only where nobody holds the noun as a title that fits). Not a noun a body, a field or
    another noun qualifies ("the FBI director", "the medical director", "the union leader", "the department's
    leader", "the ambassador to Berlin"), nor a title the article gives someone of a nation ("the Ukrainian
    president" after Iranian President Tom Hale), a noun with its own name ("the New Jersey senator Ana Ruiz"), an
    owner ("the Hennepin County attorney's office") or a newspaper's name ("the Union Leader", "The Hollywood
    Reporter")."""
    if (mention[0].lower_ != "the" or root.lower_ not in _EPITHET_NOUNS or root.tag_ not in ("NN", "NNP")
            or not root.is_lower and root.lower_ not in _ANY_TITLE):
        return False
    if any(c.dep_ in ("poss", "prep", "nummod", "case") for c in root.children) or any(
            e.start < mention.end and e.end > mention.start and (kind == "person" or e.start <= root.i < e.end)
            for e, _, kind in idx.ents) or any(
            r[2] & idx.nations for title in _titles(root.lower_) for r in idx.roles.get(title, ())):
        return False

    def describes(t: Token) -> bool:
        return (t.ent_type_ in _NATIONS | _HOME_LABELS or t.lower_ in _DESCRIBING_NOUNS or t.lower_ == "term"
                or t.dep_ == "amod" and t.tag_ in ("JJ", "VBN") and t.ent_type_ in ("", "DATE")  # "68-year-old"
                and t.lower_ not in _CLASSIFYING and t.lower_ not in _RANKS_OF_TITLES - {"former"})

    left = [t for t in mention[1 : root.i - mention.start] if t.head == root]
    return any(describes(t) for t in left) and all(describes(t) or t.lower_ in _RANKS_OF_TITLES for t in left)


_AGE = re.compile(r"\d{1,3}[- ]year[- ]old")


def _age_alone(mention: Span) -> bool:
    """"The 62-year-old said": an age alone after "the" is a reporter's way to name again someone just named, as an
    epithet is (the parse hangs the words anywhere). Not matched to an age the article gave earlier: the person
    just named is meant, whoever else had that age ("Ana Ruiz, a 52-year-old nurse ... Tom Hale said ... the
    52-year-old said" is Hale)."""
    words = _trim_punct(mention)
    comma = next((t.i for t in words if t.text == ","), words.end)  # "the 72-year-old, who has led the club"
    return comma - words.start > 1 and words[0].lower_ == "the" and _AGE.fullmatch(
        mention.doc[words.start + 1 : comma].text) is not None


def _clause(tok: Token) -> Token:
    """The verb of the clause ``tok`` is in (the sentence's root where there is none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def _not_the_described(root: Token, idx: EntityIndex) -> set[str]:
    """People an epithet cannot mean: one in its own clause ("Trump's call to the Ukraine leader"), the subject of
    a clause it is in ("Pell interviewed Bloom after the former mayor claimed" is Bloom: the writer would have said
    "he" for Pell), one of another party ("the Republican nominee"), and for an office one the article gave another
    office ("the Maryland judge" is not President Tom Lind)."""
    verb, sent = _clause(root), root.sent
    above = {t.i for t in root.ancestors}
    i = bisect_left(idx.person_starts, sent.start_char)
    skip = {p[2] for p in idx.persons[i : bisect_left(idx.person_starts, root.idx)]
            if _clause(p[1].root) == verb or _clause(p[1].root).i in above and (
                p[3] or p[1].root.dep_ == "conj" and p[1].root.head.dep_ in _SUBJ_DEPS)}  # "Lind and Ruiz said"
    party = _parties(root)
    if len(party) == 1:  # "the presumptive Republican nominee" is no Democrat
        skip |= {name for name, side in idx.party.items() if side not in party}
    titles = _titles(root.lower_)
    if root.lower_ in _ANY_TITLE or any(title in idx.roles for title in titles):
        held = {r[1] for title in titles for r in idx.roles.get(title, ())}
        skip |= {r[1] for title, rs in idx.roles.items() if title in _ANY_TITLE and title not in titles
                 for r in rs} - held
    return skip


def _head(mention: Span) -> Token:
    """The mention's head word, looked for in its first sentence only: a mention the parser splits
    ("Paul Goldman, a strategist who advised former Govs. | L. Douglas Wilder") has a root per sentence.
    Where the parse hangs the words off something outside the mention ("the affidavit states" read as a
    noun phrase), its root is a determiner: the last noun is the head then (but "those" is the head of "those who
    doubted Lind", who are not Lind); where it reads a title or a participle inside the mention as a clause, the
    clause's subject is."""
    if not mention.doc.has_annotation("SENT_START"):  # unparsed text (a document too long to parse)
        return mention.root
    first = mention[0].sent
    span = mention if mention.end <= first.end else mention.doc[mention.start : first.end]
    root = span.root
    if root.i == span.start and root.lower_ in _PLURAL_TITLES and len(span) > 2 and span[1].text == ".":
        return _head(span[2:])  # the tokenizer cuts "Sens" from its period: "Sens. | Tom Lind and Ana Ruiz"
    if root.tag_ == "DT" and root.i == span.start and not any(c.dep_ == "relcl" for c in root.children):
        # not a noun of a description set off after it: "Some of the protesters, mostly students," -> protesters
        end = next((c.left_edge.i for c in root.rights if c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text == ","
                    and c.left_edge.i < span.end), span.end)
        return next((t for t in reversed(span.doc[span.start : end]) if t.pos_ in ("NOUN", "PROPN")), root)
    if root.pos_ in ("VERB", "AUX") and root.i > span.start and root.is_title:  # a book title read as a clause:
        # "Tom Lind, author of Facts Are Plain" -> "Are", with "Lind" as its subject or hung outside the mention
        return next((c for c in root.lefts if c.dep_ in _SUBJ_DEPS and c.i >= span.start and c.pos_ != "PRON"),
                    next((t for t in span if t.pos_ in ("NOUN", "PROPN") and not span.start <= t.head.i < span.end),
                         root))
    if root.tag_ in ("VBD", "VBN") and root.i > span.start:  # a participle read as a clause's verb: "Voters
        # interviewed outside polling stations" -> "interviewed", with "Voters" as its subject
        return next((c for c in root.lefts if c.dep_ in _SUBJ_DEPS and c.i >= span.start), root)
    return root


_PLURAL_TITLES = frozenset(("sens", "reps", "govs", "drs"))


# Participles that name the speaker rather than describe the head: "one worker, identified only as K.T.", "a man
# named Tom Lind", "figures published by the Treasury", "an account provided by Tom Lind".
_NAMING = {"identified", "named", "called", "known", "published", "released", "issued", "prepared", "compiled",
           "proposed", "written", "produced", "conducted", "provided"}


def issuer_of(noun: Token) -> Token | None:
    """The subject who issued ``noun`` anew (:func:`_issued`), whose words it carries."""
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if _issued(noun) else None


# Adjectives after a speaker noun that tie it to a name it is not: "a source close to Tom Lind", "people familiar
# with the company's plans", "groups as diverse as the Harbor Club".
_RELATION_ADJECTIVES = frozenset("familiar close closest loyal sympathetic opposed allied aligned linked connected "
                                 "tied diverse similar friendly hostile affiliated related knowledgeable privy".split())
# "people with ties to Lind's campaign", "a source with knowledge of the talks"
_RELATION_NOUNS = frozenset("ties links connections contacts relationships knowledge access".split())


def _titles_a_name(ent: Span, found: list[tuple[Span, str, SpeakerKind]]) -> bool:
    """``ent`` is followed by titles only, up to a person's name: the titles are that person's, and ``ent`` what
    they are titles of ("Vera Polling co-founder and Chief Research Officer Lena Brooks"; not "Ana Ruiz and Senate
    leader Tom Lind", two people)."""
    after = next((f[0] for f in found if f[2] == "person" and f[0].start > ent.end), None)
    words = ent.doc[ent.end : after.start] if after is not None else ()
    return bool(words) and words[0].lower_ not in ("and", "or") and any(
        t.lower_ in _LISTED_TITLES for t in words) and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text in ("-", "and") for t in words)


def _ent_in(idx: EntityIndex, span: Span, root: Token) -> tuple[Span, str, SpeakerKind] | None:
    """The named entity inside ``span`` that best names it: one holding its head word ``root`` or in
    apposition to it ("Berg's lawyer, Tom Lind", "Arkansas-based Tyson Foods Inc.", "the Obama White House"),
    a person first, then the first person ("Clinton aides") that does not modify another name (nor its titles:
    "Vera Polling co-founder and chief officer Lena Brooks", whatever the NER took Vera Polling for), then the first
    entity; never one inside a clause that describes the head ("68% of those who cite Fox News", "a group founded
    by Tom Lind") nor after an adjective or noun that ties the head to it ("a source familiar with Lind's plans",
    "people with ties to Lind's campaign"); never
    a nationality or party adjective ("63 percent of Democratic voters", "the Danish newspaper")."""
    end = span.end + (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS")  # NER's "Deml's" for "Deml"
    # a relative clause's verb may lie past a mention cut short: "The emir of Kuwait, whose country Tom Lind | aided"
    verbs = {t.head for t in span} if any(t.tag_ in ("WDT", "WP", "WP$") for t in span) else set()
    clauses = {t.i for c in {*span, *verbs} if (c.dep_ == "relcl" or c.dep_ == "acl" and c.lower_ not in _NAMING)
               and not c.left_edge.i <= root.i <= c.right_edge.i for t in c.subtree}
    related = next((c.i for c in root.rights if c.lower_ in _RELATION_ADJECTIVES or c.lower_ == "with" and any(
        o.lower_ in _RELATION_NOUNS for o in c.children)), end)
    found = [e for e in idx.ents if e[0].start >= span.start and e[0].end <= end and e[0].start not in clauses
             and e[0].start < related and not _nationality_adjective(e[0])]

    def rank(e: tuple[Span, str, SpeakerKind]) -> tuple[bool, bool, bool]:
        # a possessor is no head: the parse cut the mention short ("The Hill's | Steve Clemons")
        names = e[0].start <= root.i < e[0].end and root.dep_ != "poss" or _is_apposition(e[0], root)
        # nor is a person's organisation, whatever the parse: "One expert, Professor Lina Haas of Bremen University"
        affiliation = e[0].start > 0 and span.doc[e[0].start - 1].lower_ in ("of", "at") and any(
            f[2] == "person" and f[0].end == e[0].start - 1 for f in found)
        # a name run into the next one modifies it: "Counselor to President Tom Lind | Ana Ruiz" is Ruiz
        modifier = e[0].root.dep_ == "compound" and any(f is not e and f[0].start <= e[0].root.head.i < f[0].end
                                                        for f in found) or _titles_a_name(e[0], found)
        return (not names or affiliation, e[2] != "person", modifier)

    return min(found, key=rank) if found else None


def _joined(names: list[str], word: str = "and") -> str:
    """Several speakers as one: "Tom Lind, Ana Ruiz and Piotr Vik"."""
    return ", ".join(names[:-1]) + f" {word} {names[-1]}"


# Tags of a title or description before a listed name: "the firm's founder", "its chief financial officer", "Police
# Chief", "both"; and the title words that may stand there whatever their tag ("Sens.", "Representatives")
_DESCRIBING_TAGS = frozenset(("DT", "PDT", "PRP$", "CD", "JJ", "NN", "NNP", "POS", "CC", "HYPH"))
_LISTED_TITLES = frozenset(_ANY_TITLE | _PERSON_NOUNS)


def _listed_people(mention: Span, idx: EntityIndex) -> list[str] | None:
    """The names of a list of people however the parser reads it ("Representatives Tom Lind and Ana Ruiz", parsed
    with "Tom" as a verb; "Mayor Ana Ruiz and Police Chief Tom Lind"; "The firm's founder, Ben Cho, and its finance
    chief, Lisa Ward"): people joined by commas and a last "and", each maybe with a title or a plain description
    (no verb, preposition or other name: not "Ruiz's lawyer and Lind", "a friend of Ruiz, Lind and ...") before
    it, after them nothing."""
    doc = mention.doc
    people = [e for e in idx.ents if e[2] == "person" and mention.start <= e[0].start and e[0].end <= mention.end
              and any(t.tag_ == "NNP" for t in e[0])]  # not a title the NER took for a name: "[Filmmaker] and ..."
    if len(people) < 2:
        return None

    def described(words: Span) -> bool:
        return all(t.tag_ in _DESCRIBING_TAGS or t.text in (",", ".") or t.ent_type_ == "NORP"
                   or _singular(t.lower_).rstrip(".") in _LISTED_TITLES for t in words)

    gaps = [doc[a[0].end : b[0].start] for a, b in zip(people, people[1:], strict=False)]
    if not all(len(g) and g[0].lower_ in (",", "and", "&") and described(g) for g in gaps) or not any(
            t.lower_ in ("and", "&") for t in gaps[-1]):
        return None
    before, after = doc[mention.start : people[0][0].start], doc[people[-1][0].end : mention.end]
    if not all(t.is_punct for t in after) or not described(before):
        return None
    return list(dict.fromkeys(e[1] for e in people))


def _conjuncts(mention: Span, root: Token, idx: EntityIndex) -> tuple[list[Span], str] | None:
    """Each member of a coordinated mention ("Tom Lind and Ana Ruiz", "the mayor and the governor") and the word joining
    them, or ``None`` where the coordination is not of speakers: "neither ... nor"; an "and" inside a name ("Procter &
    Gamble and Unilever" has two members); titles of one person ("Media entrepreneur and critic Tom Lind", "the senator
    and party hero": a bare singular noun, no determiner, no name; but a title the name after it completes is a member,
    "Speaker Ana Lind and Senate leader Tom Berg", where the parse hangs Berg on Lind); more words about the first
    member ("Tom Lind, the director of X and a professor at Y", "anyone who studied X and these attacks": after the
    head's apposition or clause, only a name is another member). A description of them all after the last member is none
    of the members' words ("Ana Lind and Tom Hale — a married couple who ... —", "the FBI and the NSA — the two agencies
    that ...", "Justices Ana Ruiz and Tom Lind, both members of ...")."""
    def same_name(c: Token) -> bool:
        return any(e[0].start <= min(c.i, c.head.i) and max(c.i, c.head.i) < e[0].end for e in idx.ents)

    def party_tag(c: Token) -> bool:  # "Arizona" of "Sen. John McCain, R-Arizona, and other Republicans", "(D-Vt.)"
        return (c.i > 1 and c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].text in ("R", "D")
                or _PARTY_STATE.fullmatch(c.doc[c.left_edge.i : c.right_edge.i + 1].text) is not None)

    heads = [root, *(c for c in root.conjuncts if mention.start <= c.i < mention.end and c.i > root.i
                     and c.pos_ in ("NOUN", "PROPN", "PRON") and c.text.strip(".")  # not the "." of "D-W.Va."
                     and not same_name(c) and not party_tag(c))]
    words = {c.lower_ for h in heads for c in h.children if c.dep_ in ("cc", "preconj")}
    if len(heads) < 2 or words & {"nor", "neither", "either", "but"}:
        return None
    said_more = min((c.i for c in root.children if c.dep_ in ("appos", "relcl", "acl") and c.i > root.i
                     and not party_tag(c)), default=None)
    # a title the name after it completes, where the parse hangs that name on the first member ("Speaker Ana Lind and
    # Senate leader Tom Berg", with "Berg" in apposition to "Lind")
    named = {h.i: e[0] for h in heads[1:] if h.tag_ == "NN" and root.tag_ == "NNP" and root.ent_type_ in _PERSON_LABELS
             for e in idx.ents if e[2] == "person" and e[0].start == h.i + 1 and e[0].root.head == root}
    for h in heads:
        title = h.tag_ == "NN" or h.tag_ == "NNP" and h.lower_ in _PERSON_NOUNS | _TITLES | {"speaker"}
        if h.i not in named and not h.ent_type_ and (title and not any(c.dep_ in ("det", "poss") for c in h.children)
                                                     or said_more is not None and h.i > said_more):
            return None
    def about_all(c: Token) -> bool:  # "Ana Lind and Tom Hale — a married couple who are both ... —"
        return (c.dep_ in ("appos", "relcl", "acl") and c.i > heads[-1].i and c.head == root
                and (c.tag_ == "NNS" or c.lower_ in _COUPLE_NOUNS
                     or any(t.lower_ in ("both", "all") for t in c.subtree)))

    names_after = {e.root.i for e in named.values()}
    parts = []
    for h in heads:
        skip = {t.i for c in h.children if c in heads or about_all(c) or c.i in names_after
                or c.dep_ == "preconj" and c.i == mention.start for t in c.subtree}  # "[Both] the mayor and ..."
        kept = [t for t in h.subtree if t.i not in skip and mention.start <= t.i < mention.end]
        kept += list(named[h.i]) if h.i in named else []
        while kept and (kept[-1].dep_ in ("cc", "punct") or kept[-1] in heads[1:] and kept[-1] is not h):
            kept.pop()
        if not kept or any(kept[0].i <= o.i <= kept[-1].i for o in heads if o is not h):
            return None  # another member inside this one's words: no clean split (and no endless re-splitting)
        parts.append(mention.doc[kept[0].i : kept[-1].i + 1])
    return parts, "or" if words == {"or"} else "and"


def _is_apposition(ent: Span, root: Token) -> bool:
    """``ent`` renames the head ("Trump's aide, Kellyanne Conway"; "activist and chair of X, Rachel Lind"), also
    where the parse hangs a person's name on the name after the head's preposition ("A friend of Ana Ruiz, Tom
    Lind", "The budget director under Mayor Ana Ruiz, Tom Lind": one name does not rename another person's)."""
    head = ent.root.head
    return ent.root.dep_ == "appos" and (head == root or head in root.conjuncts or (
        ent.label_ == "PERSON" and root.tag_ == "NN" and head.tag_ == "NNP" and head.dep_ == "pobj"
        and head.head.head == root and head.head.dep_ == "prep"))


def _business_name(ent: Span, head: str) -> bool:
    """An organisation's name in apposition names the head when the head is a body's noun ("its parent company"),
    or when the name has a business's form ("Tovik Chemicals", "Tovik Inc.") after a noun a person or a business
    can be ("the owner"): the NER's organisation renaming a noun of people is often a person's name it misread."""
    last = (_name_tokens(ent) or list(ent))[-1]
    return head in _ORG_NOUNS and head not in _SPOKES or last.tag_ == "NNPS" or last.lower_ in _ORG_SUFFIXES


def speaks(noun: Token) -> bool:
    """A common noun for someone or something that makes statements: "voters", "the agency", "a poll"."""
    return _singular(noun.lower_) in _VOICES


def is_document(noun: Token) -> bool:
    """A common noun for what carries an author's words: "a poll", "the reports", "her letter"."""
    return _singular(noun.lower_) in _DOCUMENT_NOUNS


EDITORS_MARKS = frozenset(("emphasis", "italics", "bold", "underlining"))  # what a writer adds to the words quoted


def editors_mark(verb: Token) -> bool:
    """"(emphasis added)", "(my emphasis added)", "(italics added)": a writer's mark on the words quoted, no one's
    report, and no one who introduces them."""
    return any(c.dep_ in _SUBJ_DEPS and c.lower_ in EDITORS_MARKS for c in verb.children)


def names_a_person(span: Span) -> bool:
    """Some word of ``span`` is a person's: a name the NER tags as one, a personal title or a noun for a person ("Sen.
    Ana Ruiz", "Mayor Okafor", "The moderator")."""
    return any(t.ent_type_ in _PERSON_LABELS or t.lower_ in _LISTED_TITLES for t in span)


def can_speak(t: Token) -> bool:
    """A word for someone who can make a statement: a named person, organisation or group, a noun that speaks
    (:func:`speaks`), a personal pronoun or a proper noun the NER missed."""
    return t.ent_type_ in SPEAKER_LABELS or speaks(t) or t.tag_ in ("PRP", "NNP", "NNPS")


def _qualifies(ent: Span, root: Token, person: bool) -> bool:
    """``ent`` modifies the head directly ("Clinton aides", "Berg's lawyers", "Russian officials") or through
    "of", "for", "at", "in", "from", "to" ("supporters of Anna Berg"); not "including X", "like X", "as X".
    A place or organisation may also sit in a modifier or noun of its own ("an Oslo-based company",
    "residents of the Westend district"); a person may not ("an official in Mr. Netanyahu's office" is not
    Netanyahu's official)."""
    tok = ent.root
    while not person and tok.head != root and tok.dep_ in _MODIFIER_DEPS | {"npadvmod"} and tok.head != tok:
        tok = tok.head
    if tok.head == root:  # a comma before the head makes it an apposition the parser missed: "Rep. Ana Ruiz,
        # D-N.M., chair of the energy committee" is Ruiz, not "Ruiz's chair"
        return tok.dep_ in _MODIFIER_DEPS and not any(t.text == "," for t in root.doc[ent.end : root.i])
    prep = tok.head
    return prep.dep_ == "prep" and prep.head == root and prep.lower_ in ("of", "for", "at", "in", "from", "to")


_EXAMPLE_ADVERBS = frozenset(("notably", "especially", "particularly"))


def _examples(mention: Span, root: Token) -> int | None:
    """Where a list of examples of a plural speaker starts ("tech companies including Google and Amazon",
    "Internet providers such as Verizon", "Republican leaders like Mitch McConnell", "leaders, among them Ana Ruiz,",
    "economists, notably Lars Eide,"):
    the speakers are the group, not its first example."""
    if root.tag_ != "NNS":
        return None
    for c in mention.doc[root.i + 1 : mention.end]:  # also where the list hangs on a modifier of the speaker:
        # "legislators from high-tax states, including Tom Lind"; ", among them" wherever the parse hangs it
        # ("Some economists, among them Lars Eide, say", where "Eide" is a second subject)
        among_them = (c.lower_ == "among" and c.nbor(-1).text == "," and c.i + 1 < len(c.doc)
                      and c.nbor(1).lower_ == "them")
        marked = c.lower_ in _EXAMPLE_ADVERBS and c.nbor(-1).text == ","  # "Some economists, notably Lars Eide,"
        if among_them or marked or c.dep_ == "prep" and root in c.ancestors and (
                c.lower_ in ("including", "like") or c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)):
            return c.left_edge.i
    return None


def _after_office(mention: Span, ent: Span) -> bool:
    """``ent`` ends the mention after the office sought: "the Republican nominee for governor Tom Lind" is Lind."""
    office = mention.doc[ent.start - 2 : ent.start]
    return (len(office) == 2 and office[0].lower_ == "for" and office[1].is_lower and office[1].lower_ in _TITLES
            and ent.end >= _trim_punct(mention).end)


def _qualified(mention: Span, root: Token, ent: tuple[Span, str, SpeakerKind]) -> Speaker | None:
    """A common-noun speaker that a name only qualifies ("supporters of Anna Berg", "Clinton aides",
    "Russian officials", "farmers in Iowa"): the name is not who spoke.

    People's aides, lawyers or supporters are named after them ("Anna Berg's supporters"); officials,
    members and sources speak for the organisation or place that qualifies them ("Pentagon officials" ->
    "Pentagon"; not for one of several, "the leaders of Norland, Vestria and Halden"); other groups keep their own
    words ("Residents of the Westend district"). ``None`` where the entity does name the speaker (it holds the head
    or follows it, "the senator Anna Berg", or it ends the mention after the office sought, "the nominee for governor
    Anna Berg"; the head is a proper noun, but for a title written with a capital before the place it is of, "The
    Mayor of Halden"; a document's author, "a CNN poll"), where the head is no person, group or organisation ("Trump's
    speech"), or where the entity stands in a looser relation ("Trump and other leaders"); the caller then names the
    speaker by the entity. (Examples of a plural speaker, "elders,
    including Mitch McConnell", are handled before: :func:`_examples`.)
    """
    holds_or_follows = ent[0].start - 1 <= root.i < ent[0].end
    noun = _singular(root.lower_)
    # two bodies before the noun qualify it together ("Senate and House Republican leaders"); but "Trump and other
    # leaders" are more than his leaders
    paired = ent[2] != "person" and ent[0].root.dep_ in ("compound", "nmod") and ent[0].root.head == root
    conjunct = (ent[0].end < mention.end and mention.doc[ent[0].end].lower_ in ("and", "or")  # "Trump and other ..."
                and ent[0].root.dep_ != "pobj" and not paired)  # not "judges in Ohio and Utah"
    qualifies = _qualifies(ent[0], root, person=ent[2] == "person")
    # a person deeper in the qualifier is not the one qualified: "critics of Ana Ruiz's policy"
    deeper = ent[2] == "person" and not qualifies and _qualifies(ent[0], root, person=False)
    # a place anywhere under a plural noun says where the group is, not who speaks: "voters in the early states of
    # Iowa and Nevada", "crowds of students in Tehran"; not its officials, sources or authorities, who speak for it
    # (below), nor what it owns ("China's warships": the owner, as before)
    among = (ent[0].label_ in _HOME_LABELS and root.tag_ == "NNS" and root in ent[0].root.ancestors
             and ent[0].root.dep_ != "poss" and noun not in _VOICE_NOUNS and noun not in _ORG_NOUNS)
    # a common noun, or one the tagger reads as a name where it opens a paragraph ("Critics of Sanders write") or a
    # title written with a capital before what it is of ("The Mayor of Boston")
    titled_of = (root.tag_ == "NNP" and noun in _PERSON_NOUNS and ent[2] != "person" and ent[0].root.dep_ == "pobj"
                 and ent[0].root.head.lower_ == "of" and ent[0].root.head.head == root)
    common = titled_of or root.tag_ in ("NN", "NNS") or (
        root.i == mention.start and root.tag_ == "NNPS" and noun in _SPEAKER_NOUNS)
    if (not common or holds_or_follows or conjunct or not (qualifies or deeper or among)
            or _after_office(mention, ent[0]) or noun in _DOCUMENT_NOUNS
            or noun not in _SPEAKER_NOUNS and not (among or deeper and root.tag_ == "NNS")):  # "the administrators at
        # Ana Ruiz's school" are people whatever their noun
        return None
    kind = _noun_kind(root)
    if ent[0].root.dep_ == "pobj" and any(c.dep_ == "conj" for c in ent[0].root.children):  # of several: "the
        # leaders of Norland, Vestria and Halden" speak for none of them alone
        return _speaker(_own_words(mention, root), mention, kind)
    if ent[2] == "person":  # "Ana Ruiz's (campaign) manager"
        return _speaker(_own_words(mention, root) if deeper else owned_by(ent[1], mention, root, ent[0].end),
                        mention, kind)
    if (noun in _VOICE_NOUNS and ent[0].label_ not in _GROUP_LABELS and not _from_place(ent[0], root)
            and not _of_a_nation(root)):
        # "Pentagon officials", "lawyers for New York"; not "a Chicago lawyer"
        return _speaker(ent[1], mention, ent[2])
    return _speaker(_own_words(mention, root), mention, kind)


def owned_by(owner: str, mention: Span, root: Token, after: int) -> str:
    """The name of someone's people, from the owner's name and the head noun with its lower-case compounds after
    token ``after``: "Ana Ruiz's campaign manager" (of "Ruiz's campaign manager" or "her campaign manager"),
    "Tom Lind's lawyers" (of "his longtime lawyers")."""
    role = [w.lower_ for t in root.lefts if t.dep_ == "compound" and t.i >= after  # "law enforcement"
            for w in mention.doc[max(t.left_edge.i, after) : t.i + 1] if w.is_lower]
    return f"{owner}'s " + " ".join([*role, root.lower_])


# Nouns of an amount that count out of a group only where it is of someone ("a growing number of governors", "a host
# of experts", "the rest of the panel", "none of us"; not "the sheer number of allegations").
_AMOUNTS = frozenset("number host variety range array slew bunch couple rest none".split())
# Heads that count out of a group named after "of": "several of", "lots of", "a mix of", "one of", "60% of" (and any
# number).
_PARTITIVES = frozenset("some several many most few all lots lot dozens scores hundreds thousands half majority "
                        "minority handful mix one two three four five each both % percent".split()) | _AMOUNTS
# Those that stand for people as a speaker on their own ("Many wondered", "Most agreed", "Some said", "more say"); not
# "All", more often things ("All said and done, it looks like ...").
_PEOPLE_QUANTIFIERS = frozenset("some several many most more few both".split())


def _count(tok: Token) -> bool:
    return tok.lower_ in _PARTITIVES or tok.like_num


def of_objects(tok: Token) -> list[Token]:
    """What ``tok`` is "of": "people" of "21% of people", "districts" of "several of the districts"."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _partitive(mention: Span, root: Token) -> Span | None:
    """The group a counting head takes its speakers from ("Several of | Tom Lind's top aides", "Lots of | people in
    Halden"), which names them as it would alone. The head is looked for among the first words: :func:`_head`
    skips a determiner such as "Some"."""
    counts = [t for t in mention[:4] if _count(t)]
    # the one the group hangs on: "60" or "%" of "Nearly 60% of | Lind supporters"
    head = next((t for t in counts if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)),
                counts[0] if counts else None)
    if (head is None or head != root and mention.start <= head.head.i < mention.end
            or any(c.dep_ == "conj" and c.i < mention.end and _count(c) for c in head.children)):  # "88% of X and
        # 57% of Y"
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < mention.end), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if (obj is None or obj.left_edge.i >= mention.end
            or head.lower_ in _AMOUNTS and not (can_speak(obj) or obj.lower_ in _COLLECTIVE_NOUNS | _BODY_NOUNS)):
        return None
    return mention.doc[obj.left_edge.i : min(obj.right_edge.i + 1, mention.end)]


def _from_place(ent: Span, root: Token) -> bool:
    """A place before a noun of someone says where they come from or whom they represent ("a Los Angeles radio
    personality", "a Utah blogger", "the Texas senator"), as it does of a business ("a Boston newspaper"):
    they do not speak for it, as its officials, its rulers or a poll of it do ("Pentagon officials", "the Iran
    regime", "an Iowa poll")."""
    noun = _singular(root.lower_)
    return (ent.label_ in _HOME_LABELS and ent.root.dep_ == "compound"
            and (root.tag_ in ("NN", "NNS") or noun in _PERSON_NOUNS)
            and noun not in _PUBLIC_BODIES and noun != "regime" and noun not in _AUTHORED and noun not in _RECORDINGS
            and (noun not in _VOICE_NOUNS or noun in _COUNSEL))


def _object_of_preposition(ent: Span) -> bool:
    """``ent`` is what a preposition right before it governs ("the wife of Tom Lind", "a source close to Lind"),
    not a name run on from a title ("Chair of the Missouri Democrats Ana Ruiz") nor one given "as" a name."""
    prep = ent.doc[ent.start - 1] if ent.start else None
    return ent.root.dep_ == "pobj" and prep is not None and ent.root.head == prep and prep.lower_ != "as"


def _of_a_nation(noun: Token) -> bool:
    """A nationality or party adjective qualifies the noun: "the French group", "the Sudanese foreign ministry" or
    "a Western official in Kabul" is not the group, ministry or place the article named last."""
    return any(c.dep_ == "amod" and c.ent_type_ in _GROUP_LABELS for c in noun.children)


def _of_members(noun: Token) -> bool:
    """The noun is "of" a plural: "the bipartisan group of senators" is its members, no organisation named before."""
    return any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)


_STATE_NOUNS = frozenset(("government", "administration", "regime", "state", "authorities", "authority"))
_PASSING = frozenset("new former current own top main previous then outgoing incoming".split())  # no body's name


def _place_body(root: Token, idx: EntityIndex) -> str | None:
    """"Kenya's health ministry", "Ohio's health department": one of a place's bodies, named with the words that
    say which, as written; not "Kenya's (new) government", which is the place's, nor a body with a name of its own
    ("Georgia's Emory University")."""
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is None or root.lower_ in _STATE_NOUNS or root.lower_ not in _ORG_NOUNS or root.ent_type_:
        return None
    place = next((name for _, name, _ in _index_entities_at(idx, poss) if name in idx.places), None)
    branch = [w for w in root.doc[poss.i + 1 : root.i] if w.dep_ in ("amod", "compound") and w.is_alpha
              and w.lower_ not in _PASSING] if place is not None else []
    return f"{place}'s {root.doc[branch[0].i : root.i + 1].text}" if branch else None


def _in_persons_org(ent: Span, root: Token) -> bool:
    """``ent`` owns an organisation noun that qualifies ``root`` ("officials in Anna Berg's administration", "a
    senior Berg administration official")."""
    org = ent.root.head
    return (ent.root.dep_ in ("poss", "compound") and org != root and org.lower_ in _ORG_NOUNS
            and (org.dep_ == "pobj" and org.head.dep_ == "prep" and org.head.head == root
                 or org.dep_ == "compound" and org.head == root))


def _own_words(mention: Span, root: Token) -> str:
    """A common-noun speaker's name: the mention without a relative clause ("scientists who study this"), a
    description a comma or a dash sets off after its head ("one farmer, who asked not to be named", "the
    congressman, a member of the leadership,", "critics, including the union,", "lawmakers — many of them women —")
    or after the noun it is "of" ("the government of the island, a former colony,"), a relative clause a comma sets
    off after a name the NER missed ("FEMSA, which runs the port,"; also a participle, "Lind, speaking on Friday,")
    or after a word that follows the head ("people familiar with the plan, who spoke on condition of anonymity"), or
    of "some of whom" ("nurses, most of whom work nights,"), an intensifying "herself" ("the mayor herself"), an age
    ("Hale, 62,", also after a name), a closing "alike" ("unions and business groups alike"), a closing comma or
    dash, or a possessive ending ("The minister's claim that ..." -> "the minister"); lists ("lawmakers, officials
    and others") and names ("Article VI, Section 11") stay whole, as do descriptions without a comma ("an official
    briefed on the talks"); see :func:`_description`."""
    doc = mention.doc
    end = mention.end
    noun = root.tag_ in ("NN", "NNS") or root.lower_ in _PARTISANS  # "a Democrat who oversaw ..." -> "a Democrat"
    # and a title after "the": "The Prime Minister, speaking in Rome," -> "The Prime Minister"
    noun = noun or root.lower_ in _ANY_TITLE and mention[0].lower_ in _DEFINITE
    # and the counted noun of "several of the districts, including ...", but not its relative clause, which says
    # who is counted ("21% of people who voted for Lind")
    counted = of_objects(root) if _count(root) else []
    # and the counting word the parse hangs the description on: "Some of the protesters, mostly students,"
    counter = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if counter is not None and _count(counter) and mention.start <= counter.i:
        counted.append(counter)
    # and the name the head is "of": "the government of Karin Lund, the country's leader since 2015,"
    owner = of_objects(root) if noun and not counted else []
    for head in ([root] if noun or counted else []) + counted + owner:
        for c in head.rights:
            if c.left_edge.i < end and (
                    _aside_mark(doc[c.left_edge.i - 1]) and c.dep_ in ("acl", "appos", "prep") or _set_off_relative(c)
                    or c.dep_ == "relcl" and noun and head == root
                    or c.dep_ == "appos" and c.lower_.endswith(("self", "selves"))):
                end = c.left_edge.i
                break
    # an age, a relative clause set off after the head (a name the NER missed) or a word after it ("people familiar
    # with the plan, who spoke on condition of anonymity"), and one of "some of whom" however parsed ("The nurses,
    # most of whom work nights," where the parse makes "most" a subject of the verb after)
    end = min([end] + [c.i - 1 for c in root.rights if _age(c)]
              + [c.left_edge.i for t in mention if t.i >= root.i for c in t.rights if _set_off_relative(c)]
              # a participle set off after a name the NER missed: "Lind, speaking to reporters on Friday," -> Lind
              + [c.left_edge.i for c in root.rights if root.tag_ in ("NNP", "NNPS") and c.dep_ == "acl"
                 and c.tag_ in ("VBG", "VBN") and _aside_mark(doc[c.left_edge.i - 1])]
              + [t.i for t in mention if t.text == "," and t.i > root.i and counted_relative(doc, t.i + 1)])
    while end - 1 > mention.start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in (",", "alike")
                                       or _dash(doc[end - 1]) or (
            doc[end - 1].tag_ in ("WDT", "WP") and doc[end - 2].pos_ in ("NOUN", "PROPN"))  # "documents that"
            # a day right after a noun: "his lawyers Tuesday (emphasized)", not "filed on Tuesday", "released Monday"
            or end - 1 > root.i and doc[end - 1].lower_ in WEEKDAYS and doc[end - 2].pos_ in ("NOUN", "PROPN")):
        end -= 1
    return _description(doc[mention.start : end])


def counted_relative(doc: Doc, i: int) -> bool:
    """A relative clause that counts its head opens at ``i``: "some of whom", "many of which"."""
    return i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].tag_ in _WH


def _set_off_relative(c: Token) -> bool:
    """``c`` heads a relative clause a comma or a dash sets off, opening with its relative word (", which runs the
    port", "— who grow the state's top export —")."""
    return c.dep_ == "relcl" and _aside_mark(c.doc[c.left_edge.i - 1]) and c.left_edge.tag_ in _WH


def _aside_mark(t: Token) -> bool:
    """``t`` opens an aside: a comma, or a dash that closes none before it in its sentence ("officials — many of them
    women —", not the second dash of "critics — liberal and conservative alike — of the plan")."""
    return t.text == "," or _dash(t) and sum(map(_dash, t.doc[t.sent.start : t.i])) % 2 == 0


def _dash(t: Token) -> bool:
    """``t`` is a dash; a hyphen only with a space before it, not the one inside "high-level"."""
    return t.text in ("—", "–", "--") or t.text == "-" and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


_WH = frozenset(("WDT", "WP", "WP$", "WRB"))  # tags of the word a relative clause opens with ("which", "whose")


# Singular nouns for people together ("the family said", "the public believes"), and for one person beyond the role
# nouns ("a former hostage told", "the host asked"): kinds of speaker only, no antecedents (but for a "they" after a
# family or couple as a subject, :data:`_THEY_SINGULARS`).
# Not quantities ("46 percent", "many"): a group kind makes a mention a speaker the learned extractor takes from the
# parse ("The top 1 percent would see ..., according to the Tax Foundation" is no report of the top 1 percent).
_COLLECTIVE_NOUNS = {"people", "family", "public", "community", "jury", "majority", "minority", "electorate", "crew",
                     "staff", "faction", "establishment", "movement", "audience", "crowd", "leadership",
                     "opposition"} | _COUPLE_NOUNS
# Organisations ("federal law enforcement", "hospital management").
_BODY_NOUNS = _ORG_NOUNS | _MEDIA_NOUNS | _PLATFORMS | {"media", "press", "caucus", "panel", "legislature", "chamber",
                                                        "enforcement", "management", "league", "tribunal",
                                                        "foundation", "church", "diocese", "assembly", "regime",
                                                        "junta"}
_ONE_PERSON_NOUNS = (_PERSON_NOUNS | _PEOPLE_NOUNS | {"hostage", "staffer", "writer", "listener", "host", "anchor",
                                                      "reader", "viewer", "guest", "caller", "respondent", "partner",
                                                      "individual", "mom", "dad", "mother", "father",
                                                      "speaker", "king", "queen", "prince", "princess", "emperor",
                                                      "monarch", "sultan", "emir", "tsar", "czar", "ayatollah",
                                                      "duke", "duchess", "dictator"}) - _COLLECTIVE_NOUNS - (
    _BODY_NOUNS - _PERSON_NOUNS)  # "the press", "the team" are organisations; "the spokesman" a person


# Polling firms a story names by one word ("Pew reported", "according to Gallup").
_POLLSTERS = frozenset("pew gallup quinnipiac rasmussen ipsos yougov marist".split())


def _of_people(group: Token) -> bool:
    """A "group" of people, not an organisation: "a group of virologists", "a group of Senate Republicans" (but "a
    group of companies")."""
    return any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and _singular(o.lower_) in _ONE_PERSON_NOUNS | _PARTISANS
               for p in group.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _noun_kind(root: Token) -> SpeakerKind:
    """The kind of speaker a mention's head noun names when no entity does; a document no one is named the author of
    ("The report said") is none of person, organisation or group."""
    if any(_age(c) for c in root.rights):
        return "person"
    # an outlet or pollster the NER missed, whatever the tagger calls it ("Axios" an adverb): "Axios explains",
    # "according to Pew" (but "News reports" is no outlet)
    if root.text[:1].isupper() and root.tag_ not in ("NN", "NNS") and (
            root.lower_ in _MEDIA_WORDS or root.lower_ in _POLLSTERS):
        return "organization"
    if _document(root):
        return "other"
    if (root.tag_ in ("NNS", "NNPS") or root.lower_ in _COLLECTIVE_NOUNS
            or root.lower_ in ("right", "left") and any(c.lower_ == "the" for c in root.children)):
        return "group"  # "the religious right"
    if root.lower_ in _ONE_PERSON_NOUNS:
        return "person"
    if root.lower_ in _PEOPLE_QUANTIFIERS or root.lower_ == "group" and _of_people(root):
        return "group"
    # a city that speaks is its government ("the city argued", "the city said"; but "the country" or "a state that
    # backed Lind" is mostly its people)
    return "organization" if root.lower_ in _BODY_NOUNS or root.lower_ in ("city", "municipality") else "other"
