"""The small NER's missed and misread names, repaired before resolution.

A name the NER misses or mislabels is a person's when something says so: a personal title ("Mayor Ana Ruiz"
-> "Ana Ruiz"), a role apposition ("Ana Ruiz, the mayor") or a multi-word proper-noun subject of a reporting
verb ("said Ana Ruiz"); it then serves as an antecedent and a full name like any PERSON entity. A person name the
NER cut short ("Lena" of "Lena Brandt") takes the next proper noun when the article uses it alone as a subject,
and an organisation's name it ends after a nationality ("Americans" of "Americans for Lower Rents") is the
organisation's; a noun of a person before a full name is no part of it ("Rabbi Tomas Vik"), and a one-word "person"
that a number, a plural determiner or a plural verb shows to be many ("Four Kashmiris") is a group.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ...types import SpeakerKind
from ..lexicon import ALL_FORMS
from .names import (
    _HONORIFICS,
    _NAME_PARTICLES,
    _age,
    _contains_name,
    _description,
    _headline,
    _name_text,
    _name_tokens,
    _org_head,
    _singular,
    _token_indices,
)
from .words import (
    _AGENCY_WORDS,
    _ANY_TITLE,
    _AUTHORED,
    _DEFINITE,
    _DOCUMENT_NOUNS,
    _GIVEN_NAMES,
    _GROUP_LABELS,
    _INDEFINITE,
    _KIN_GENDER,
    _MEDIA_WORDS,
    _ORG_LABELS,
    _ORG_WORDS,
    _OUTLET_NOUNS,
    _PEOPLE_NOUNS,
    _PERSON_LABELS,
    _PERSON_NOUNS,
    _PERSON_OR_KIN,
    _PERSON_TITLES,
    _PLACE_LABELS,
    _PLATFORMS,
    _PLURAL_PEOPLE,
    _PREFIXED_SURNAME,
    _PUBLIC_BODIES,
    _RELATIVE,
    _ROLE_NOUNS,
    _SUBJ_DEPS,
    _TITLE_ALONE,
    _TITLE_ENDS,
    _TITLE_OR_PERSON_NOUNS,
    WEEKDAYS,
)


def _subject(tok: Token) -> bool:
    """A clause's subject, which he/she prefer as antecedents; not an infinitive's, which the sentence is about
    less than its own subject ("Lind says it is time for Ana Ruiz to move on. ... the Ohio Democrat said"; "Lind
    expected Ruiz to step back. He said"), but also the doer a "who" clause makes of a name (:func:`_relative_agent`).
    Groups keep any subject: on news the same rule did them as much harm as good."""
    if _relative_agent(tok):
        return True
    if tok.dep_ == "appos":  # "the city's treasurer, Tom Lind, had to ...": the name is its noun's subject, but
        # not of a relative clause ("Lind, whose brother, Joaquin, is a congressman") nor a work's ("his book Hacks")
        if (tok.head.head.dep_ == "relcl" or any(c.lower_ == "whose" for c in tok.head.children)
                or tok.head.lower_ in _DOCUMENT_NOUNS):
            return False
        tok = tok.head
    return tok.dep_ in _SUBJ_DEPS and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)


_PERSONAL = frozenset(("he", "him", "she", "her", "they", "them"))  # not "his", "their": "His death was announced
# by his son, George, who ..." is still the son's sentence


def _relative_agent(tok: Token) -> bool:
    """A name that a "who" clause makes the doer of a sentence about no one else: in "It came too late for the mayor,
    Ana Ruiz, who had already called the vote. She said ..." the sentence is about Ruiz. Not where the rest of the
    sentence names another person or has a personal pronoun ("Lind met Ana Ruiz, who chairs the panel. She ..." may
    be either, and the subject wins; in "That led some to liken him to Roberts, who ..." the article is about
    "him")."""
    rel = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i
                and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)), None)
    if rel is None:
        return False
    own, clause = range(tok.left_edge.i, tok.i + 1), range(rel.left_edge.i, rel.right_edge.i + 1)
    return not any(
        t.ent_type_ in _PERSON_LABELS and t.i not in own or t.tag_ == "PRP" and t.lower_ in _PERSONAL
        for t in tok.sent if t.i not in clause)


_CREDIT_WORDS = {"photo", "photograph", "image", "picture", "credit", "video"}


_CREDIT_REACH = 6  # tokens of names and separators between "Photo:" and the name it credits


def _credit(ent: Span) -> bool:
    """The name credits a picture ("Photo: NASA", "(Photo: Ann Lee, Getty Images)", "AP Photo"): no antecedent of
    he/she, "it" or "the company"."""
    if any(t.lower_ in _AGENCY_WORDS for t in ent):
        return True
    doc = ent.doc
    i = ent.start - 1
    while i > ent.start - _CREDIT_REACH and i > 0 and (doc[i].pos_ == "PROPN" or doc[i].text in (",", "/")):
        i -= 1
    return i > 0 and doc[i].text == ":" and doc[i - 1].lower_ in _CREDIT_WORDS


def _initials(name: str) -> str:
    """The acronym a name spells out: "EPA" of "the U.S. Environmental Protection Agency"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w not in ("U.S.", "US", "The"))


# Public bodies news names by acronym alone, without spelling them out (:func:`_recent_company`).
_PUBLIC_ACRONYMS = frozenset("""
    FBI CIA NSA DOJ DHS DOD DOE EPA IRS FDA CDC NIH FEMA ICE CBP TSA ATF DEA FCC FEC FTC SEC NASA USDA HHS HUD
    OMB CBO GAO NLRB FAA NTSB OSHA USPS NRC FDIC CFPB USAID NYPD LAPD FDNY NHS GCHQ MI5 MI6 MIT UCLA NYU
""".split())
# What names a law, which the NER tags as an organisation ("the Foreign Intelligence Surveillance Act").
_LAW_NOUNS = frozenset(("act", "amendment", "treaty", "accord", "accords"))
_NO_BUSINESS_HEADS = _PUBLIC_BODIES | _LAW_NOUNS  # heads of names that "the company" never means


def _public_acronyms(orgs: list[str]) -> set[str]:
    """Acronyms of public bodies the article spells out: "EPA" after "the U.S. Environmental Protection Agency",
    "OSHA" after "the Occupational Safety and Health Administration"; no company for "the company"."""
    initials = {_initials(o) for o in orgs if " " in o and _org_head(o.lower()) in _PUBLIC_BODIES}
    return {o for o in orgs if o.isalpha() and o.isupper() and o in initials}


def _called(ent: Span, nouns: set[str]) -> bool:
    """The article puts one of ``nouns`` right before the name or in apposition to it: "the emergency agency
    Fema", "security firm Tovik", "Tovik, a chemical maker", "a data firm, Tovik"."""
    root = ent.root
    return (any(c.lower_ in nouns and (c.dep_ == "appos" or c.dep_ == "compound" and c.i < ent.start)
                for c in root.children)
            or root.dep_ == "appos" and root.head.lower_ in nouns)


def _kind_called(ent: Span, nouns: set[str]) -> str | None:
    """Which of ``nouns`` the article calls a name it may misread as a person's: the noun right before it ("the firm
    Tovik"), right after it ("Tovik magazine") or in apposition right after it ("Tovik, a liberal magazine"; not
    "Tom Lind, director at Tovik, a data firm", which the parser may hang on Lind)."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in nouns and (before.head.i in range(ent.start, ent.end)
                                                          or root.head == before):
        return before.lower_
    if root.dep_ == "compound" and root.head.i == ent.end and root.head.lower_ in nouns:
        return root.head.lower_
    return next((c.lower_ for c in root.children if c.dep_ == "appos" and c.lower_ in nouns
                 and c.left_edge.i <= ent.end + 1), None)


def _document_subjects(doc: Doc, blocked: bytearray) -> list[Span]:
    """Singular subjects of a main clause, headed by a document noun and opened by an article ("an independent
    review of the Harbor Fund", "The report"; not "its research"), outside quotes."""
    return [doc[tok.left_edge.i : tok.right_edge.i + 1] for i in _subjects_tagged(doc, "NN")
            if (tok := doc[int(i)]).lower_ in _AUTHORED and not blocked[tok.idx]
            and doc[tok.left_edge.i].lower_ in _DEFINITE | _INDEFINITE and _main_clause(tok.head)]


_COUPLE_NOUNS = frozenset(("couple", "pair", "duo", "trio"))
_THEY_SINGULARS = _COUPLE_NOUNS | {"family"}  # singular nouns a later "they" means


def _subjects_tagged(doc: Doc, *tags: str) -> np.ndarray:
    """Indices of the subject tokens tagged one of ``tags``, in one vectorised look-up (symbol ids, not strings)."""
    subj = np.isin(doc.to_array("DEP").astype(np.uint64),
                   np.array([doc.vocab.strings[d] for d in _SUBJ_DEPS], dtype=np.uint64))
    tagged = np.isin(doc.to_array("TAG").astype(np.uint64), np.array([hash_string(t) for t in tags], dtype=np.uint64))
    return np.flatnonzero(tagged & subj)


def _main_clause(verb: Token) -> bool:
    """``verb`` heads its sentence (or a clause joined to it by "and"), not a report inside it: "Giuliani said
    the recording was short" makes "the recording" no antecedent."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _plural_subjects(doc: Doc, ents: list[Span], blocked: bytearray) -> list[tuple[int, str, SpeakerKind, bool]]:
    """People named by a plural common noun as a subject ("Senators blocked the motion. They also ..."), or by a
    family or couple ("The couple thanked the rescuers. They said ..."), as antecedents of a later "they"; found
    with one vectorised look-up of plural-noun subjects."""
    covered = _token_indices(ents)
    out: list[tuple[int, str, SpeakerKind, bool]] = []
    for i in _subjects_tagged(doc, "NNS", "NN"):
        tok = doc[int(i)]
        if (tok.i not in covered and not blocked[tok.idx]
                and (_singular(tok.lower_) in _PLURAL_PEOPLE if tok.tag_ == "NNS" else tok.lower_ in _THEY_SINGULARS)):
            phrase = doc[tok.left_edge.i : tok.i + 1]
            out.append((phrase.start_char, _description(phrase), "group", True))
    return out


def _person_name(doc: Doc, start: int, end: int, spoke: bool) -> Span | None:
    """Tokens ``[start, end)`` as a PERSON span without its titles when something marks them as a person the NER
    may have missed or mislabelled: a personal title or honorific before the name ("Mayor Ana Ruiz", "Gov. Abbott",
    "Imam Darrow"), a noun of a person's trade before a name of two words or more ("chief economist Ana Ruiz"), a role
    or kin apposition ("Ana Ruiz, the mayor", "the mayor, Ana Ruiz", "his wife, Ana") or, with ``spoke``, being a two-
    to four-word subject of a reporting verb ("said Ana Ruiz"), two words opening with a common given name ("Sean
    Hannity") or, for one word, the words the article refers to it with (:func:`_personal`).
    Organisation and place words ("Party", "Inc.", "Station") veto."""
    titles = [i for i in range(start, end) if doc[i].lower_ in _PERSON_TITLES or i == start and (
        doc[i].lower_ in _HONORIFICS)]
    noun = doc[start - 1] if start else None
    titled = bool(titles) or noun is not None and (noun.lower_ in _PERSON_TITLES or (  # "chief economist Ana Ruiz"
        noun.tag_ == "NN" and noun.lower_ in _ROLE_NOUNS and end - start >= 2 and noun.head.i in range(start, end)))
    # nor the words of a title ("Police Chief", "First Lady") or a day ("Thursday Ana Ruiz") run into the name
    start = max([i + 1 for i in titles] + [i + 1 for i in range(start, end - 1) if doc[i].lower_ in _TITLE_ENDS],
                default=start)
    while start < end and doc[start].lower_ in WEEKDAYS:
        start += 1
    if start >= end or end - start > 4:
        return None
    name = doc[start:end]
    if any(t.lower_ in _ORG_WORDS or t.lower_ in _NAMESAKE_BODIES or not t.text[:1].isupper()
           for t in name if not t.is_punct):
        return None
    if len(name) == 1 and name[0].lower_ in _TITLE_ALONE:
        return None  # "Chief" of "The Navy's top officer, Chief of Naval Operations Adm. ...": a title
    root = name.root
    # the role before it: "the mayor, Ana Ruiz," (and "chief strategist, Marit Olsen", however parsed)
    before = [root.head] if root.dep_ == "appos" else []
    before += [doc[start - 2]] if start > 1 and doc[start - 1].text == "," else []
    role = any(c.dep_ == "appos" and c.lower_ in _ROLE_NOUNS for c in root.children) or any(
        b.lower_ in _ROLE_NOUNS and not (_reports(doc, end) and any(c.dep_ == "det" for c in b.children))
        or b.lower_ in _KIN_GENDER and root.dep_ == "appos" for b in before)  # "his wife, Ana,"
    spoke = spoke and len(name) >= 2 and _reporter(root)
    # "Sean Hannity", "Dwight D. Eisenhower" tagged ORG
    given = name[0].lower_ in _GIVEN_NAMES and (len(name) == 2 or len(name) == 3 and _INITIAL.fullmatch(name[1].text))
    return Span(doc, start, end, label="PERSON") if titled or role or spoke or given or _personal(name) else None


_REFLEXIVES = frozenset(("himself", "herself"))
_INITIAL = re.compile(r"[A-Z]\.")


def _reporter(tok: Token) -> bool:
    """``tok`` is a reporting verb's subject ("[Hale] said", "[the union] warned")."""
    return tok.dep_ in _SUBJ_DEPS and tok.head.lower_ in ALL_FORMS


def _reports(doc: Doc, i: int) -> bool:
    """A verb follows at ``i`` (after adverbs): after a whole noun phrase, the name before it is the verb's subject,
    however parsed ("... a trial for the former quarterback, ESPN reported" is no apposition; but "Harbor Bank chief
    economist, Lena Brandt noted" is one)."""
    while i < len(doc) and doc[i].tag_ == "RB":
        i += 1
    return i < len(doc) and doc[i].tag_.startswith("VB")


def _personal(name: Span) -> bool:
    """A one-word name the article refers to as only a person can be referred to: by a relative "who" ("Okafor, who
    chairs the committee, said", "said Varga, who spoke from Oslo"), a reflexive right after it ("Provo
    himself said"), an age ("Jones, 54, said") or, as the subject of a reporting verb, by "his" or "her" in the
    verb's own phrase ("Hale wrote in his newsletter", "Okafor said on her blog"). Not several words ("Goldman
    Sachs, who declined to comment" is a company), a word after an article ("a Texan and a Californian, who" are no
    names) nor a place ("a nurse who worked in Ghana, who has accused ...": the parse may hang the nurse's "who" on
    it), unless that "place" is a reporting verb's subject ("Rivera, who chairs the committee, warned", which the
    NER reads as a place)."""
    tok, doc = name[0], name.doc
    if len(name) != 1 or not (tok.is_alpha and tok.is_title and tok.tag_ == "NNP") or (
            tok.ent_type_ in _PLACE_LABELS and not _reporter(tok)):
        return False
    if tok.i and doc[tok.i - 1].tag_ == "DT":
        return False
    verb = tok.head
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _REFLEXIVES or any(_age(c) for c in tok.rights)
            or any(c.dep_ == "relcl" and c.i > tok.i and any(g.lower_ == "who" and g.dep_ in _SUBJ_DEPS
                                                             for g in c.children) for c in tok.children)
            or _reporter(tok)  # "Time called her ... for her work": hers
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children) and any(
                p.dep_ == "poss" and p.lower_ in ("his", "her") for c in verb.children if c.dep_ == "prep"
                for o in c.children if o.dep_ == "pobj" for p in o.children))


def _complete_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person entity the NER cut short takes the capitalised proper noun right after it when the article
    elsewhere uses that word alone as a subject or possessor, as news uses surnames ("Attorney General Lena |
    Brandt testified ... Brandt said" -> "Lena Brandt"), and a prefixed surname right after it always ("Terri |
    O’Neill") or after a particle ("Jean-Yves Le | Drian"); never a title, an organisation's word ("Clinton
    Foundation") or another entity."""
    covered = _token_indices(ents)
    after: dict[str, set[str]] | None = None
    out = []
    for e in ents:
        nxt = doc[e.end] if e.end < len(doc) else None
        if (e.label_ in _PERSON_LABELS and nxt is not None and e.end not in covered and "\n" not in e[-1].whitespace_
                and (len(e) < 3 and _PREFIXED_SURNAME.fullmatch(nxt.text) or e[-1].lower_ in _NAME_PARTICLES
                     and nxt.tag_ == "NNP" and nxt.is_title and nxt.lower_ not in _ANY_TITLE)):
            e = Span(doc, e.start, e.end + 1, label=e.label_)
        elif (e.label_ in _PERSON_LABELS and len(e) < 3 and nxt is not None and e.end not in covered
                and nxt.tag_ == "NNP" and nxt.text[:1].isupper() and "\n" not in e[-1].whitespace_
                and nxt.lower_ not in _ORG_WORDS and nxt.lower_ not in _ANY_TITLE):
            if after is None:  # proper nouns used as a subject or possessor -> the words before them
                after = {}
                for i in np.flatnonzero(doc.to_array("TAG").astype(np.uint64) == hash_string("NNP")):
                    if doc[int(i)].dep_ in _SUBJ_DEPS or doc[int(i)].dep_ == "poss":
                        after.setdefault(doc[int(i)].text, set()).add(doc[int(i) - 1].text if i else "")
            if after.get(nxt.text, set()) - {e[-1].text}:
                e = Span(doc, e.start, e.end + 1, label=e.label_)
        out.append(e)
    return out


def _split_org_tails(ents: list[Span]) -> list[Span]:
    """A person entity that ends in an organisation of two or more words the article names elsewhere is a
    person before that organisation: "the Obama White House", tagged PERSON, is "Obama" and "White House";
    read whole, every later "Obama" and "White House" would become the person "Obama White House"."""
    orgs = {_name_text(_name_tokens(e)).lower() for e in ents if e.label_ in _ORG_LABELS}
    orgs = {o for o in orgs if " " in o} | {"white house"}  # named or not: "the Trump White House"
    out: list[Span] = []
    for e in ents:
        toks = _name_tokens(e) if e.label_ in _PERSON_LABELS else []
        cut = next((k for k in range(1, len(toks) - 1) if _name_text(toks[k:]).lower() in orgs), None)
        if cut is None:
            out.append(e)
        else:
            out += [Span(e.doc, e.start, toks[cut].i, label=e.label_), Span(e.doc, toks[cut].i, e.end, label="ORG")]
    return out


def _split_possessors(ents: list[Span]) -> list[Span]:
    """An entity "X's Y" whose Y is one of the article's people is X and that person: the NER reads "Harbor
    College's Okafor" (the college's pollster, Gary Okafor) as one organisation; but "the Women's March" names
    nobody called March."""
    people = [[t.text for t in e] for e in ents if e.label_ in _PERSON_LABELS]
    out: list[Span] = []
    for e in ents:
        pos = next((t.i for t in e[1:-1] if t.tag_ == "POS"), None) if e.label_ not in _PERSON_LABELS else None
        rest = [t.text for t in e.doc[pos + 1 : e.end]] if pos is not None else []
        if rest and any(len(p) > len(rest) and _contains_name(p, rest) for p in people):
            out += [Span(e.doc, e.start, pos, label=e.label_), Span(e.doc, pos + 1, e.end, label="PERSON")]
        else:
            out.append(e)
    return out


def _join_split_names(ents: list[Span]) -> list[Span]:
    """A one- or two-word person span and a one-word one right after it, with nothing between, are one name: the
    NER tags "Haldor" of "Mayor Rune Haldor" and the title finds "Rune"; it splits "Rep. Sheila Jackson | Lee"
    (sorted spans in, sorted spans out)."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ in _PERSON_LABELS and e.label_ in _PERSON_LABELS and len(prev) <= 2
                and len(e) == 1 and prev.end == e.start and "\n" not in prev[-1].whitespace_ and not prev[-1].is_space):
            out[-1] = Span(e.doc, prev.start, e.end, label=prev.label_)
        else:
            out.append(e)
    return out


def _split_pairs(ents: list[Span]) -> list[Span]:
    """A person span that is two full names joined by a hyphen is two names: "a Vladimir Putin-Donald Trump
    meeting" would otherwise make "Vladimir Putin-Donald Trump" the fullest name of every "Trump". Only where
    both sides are full names and the second opens with a given name: "Jean-Claude Juncker" stays one. Two
    surnames are two names where the article names each person elsewhere, not as part of a hyphenated name ("the
    Hale-Kim summit" after "Hale" and "Kim Jong-un"; but "Ocasio-Cortez" is one name)."""
    def glued(t: Token) -> bool:  # a hyphen inside a word
        return t.text in _HYPHENS and t.i > 0 and not t.whitespace_ and not t.doc[t.i - 1].whitespace_

    def unhyphenated(t: Token) -> bool:
        return not (t.i and t.doc[t.i - 1].text in _HYPHENS or t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in _HYPHENS)

    named = {t.text for e in ents if e.label_ in _PERSON_LABELS for t in e if unhyphenated(t)}
    out: list[Span] = []
    for e in ents:
        cut = next((t.i for t in e[2:-2] if glued(t) and e.doc[t.i + 1].lower_ in _GIVEN_NAMES
                    and e.doc[t.i - 2].is_title), None) if e.label_ in _PERSON_LABELS else None
        if (cut is None and e.label_ in _PERSON_LABELS and len(e) == 3 and glued(e[1]) and e[0].is_title
                and e[2].is_title and e[0].text in named and e[2].text in named):
            cut = e.start + 1
        if cut is not None:
            out += [Span(e.doc, e.start, cut, label=e.label_), Span(e.doc, cut + 1, e.end, label=e.label_)]
        else:
            out.append(e)
    return out


_HYPHENS = frozenset("-‐–")


def _split_at_commas(ents: list[Span]) -> list[Span]:
    """An entity the NER ran across a comma between two phrases is two names: "(In a statement to) Axios, Walmart
    (urged ...)" is Walmart speaking to Axios, where each side hangs on a word outside the entity. A list, a
    place's state or an apposition hangs one side on the other and stays one ("Morgan, Lewis and Bockus",
    "Springfield, Ill.")."""
    def inside(e: Span, part: Span) -> bool:
        return e.start <= part.root.head.i < e.end

    out: list[Span] = []
    for e in ents:
        cut = next((t.i for t in e[1:-1] if t.text == "," and not (
            inside(e, e.doc[e.start : t.i]) or inside(e, e.doc[t.i + 1 : e.end]))), None)
        if cut is None:
            out.append(e)
        else:
            out += [Span(e.doc, e.start, cut, label=e.label_), Span(e.doc, cut + 1, e.end, label=e.label_)]
    return out


def _cut_epithets(ents: list[Span]) -> list[Span]:
    """A person's name without a word run into it before a given name, where the article also gives the name
    without it: a nickname ("Slippery James Lind" of a quoted post, with "James Lind") or a headline's verb
    ("Activists Heckle Tom Hale"), which would otherwise be the fullest name of every "Lind". Not an initial ("H.
    Ross Lind") nor a name with a prefix ("Omar Al-Rashid", "Ayman al-Rashid")."""
    names = {e.text for e in ents if e.label_ in _PERSON_LABELS}
    return [Span(e.doc, e.start + 1, e.end, label=e.label_) if e.label_ in _PERSON_LABELS and len(e) > 2
            and e[0].is_alpha and len(e[0]) > 1 and e[0].lower_ not in _GIVEN_NAMES
            and e[1].lower_ in _GIVEN_NAMES and e[1].is_title and e[1].whitespace_ and e[1:].text in names else e
            for e in ents]


_BODY_HEADS = frozenset("state party caucus coalition alliance league movement front brotherhood authority".split())
_CAUSE_JOINERS = frozenset(("of", "the", "&"))  # inside a cause's name; not "and", which joins two names


def _org_names_cut_short(doc: Doc) -> list[Span]:
    """The document's entities, where a nationality or party the small NER ends an organisation's name after is
    that organisation, with any entity inside it: a cause after "for" ("Americans for Lower Rents", "Americans
    United for Clean Ports"; the NER reads "Americans" and maybe an ORG "Lower Rents") or a body's head noun ("the
    Islamic State"). Read as the nationality, "Americans" would be the group speaking and a stance target. Not a
    title or a group ("Russian President", "Asian Americans"), a name after "for" ("Republicans for Lind"), a
    head noun that more name follows ("Democratic State Sen. ..."), nor a line in title case. Likewise an
    organisation the NER starts after a capitalised preposition ("Doctors Without | Borders")."""
    out: list[Span] = []
    for e in doc.ents:
        if out and e.start < out[-1].end:
            continue
        end = _org_name_end(e) if e.label_ in _GROUP_LABELS and not _headline(e[0]) else None
        start = _org_name_start(e) if e.label_ == "ORG" and not _headline(e[0]) else None
        start = e.start if start is None or out and start < out[-1].end else start
        out.append(Span(doc, start, end or e.end, label="ORG") if end or start != e.start else e)
    return out


def _org_name_start(ent: Span) -> int | None:
    """Where an organisation's name starts that the NER cut after a capitalised preposition inside a sentence:
    "Doctors Without | Borders", "Reporters Without | Borders" (the capitals of the words before it, on its line)."""
    doc, k = ent.doc, ent.start - 1
    if k < 1 or not (doc[k].tag_ == "IN" and doc[k].is_title and not doc[k].is_sent_start):
        return None
    start = k
    while (start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].tag_.startswith("NN")
           and "\n" not in doc[start - 1].whitespace_):
        start -= 1
    return start if start < k else None


def _org_name_end(ent: Span) -> int | None:
    """Where the organisation name a nationality or party entity opens ends (see :func:`_org_names_cut_short`)."""
    doc, i = ent.doc, ent.end

    def word(k: int) -> bool:  # a capitalised word of the name, on the entity's line
        return (k < len(doc) and doc[k].is_title and doc[k].tag_ in ("NNP", "NNPS") and doc[k].ent_type_ != "PERSON"
                and "\n" not in doc[k - 1].whitespace_)

    if word(i) and doc[i].lower_ in _BODY_HEADS and not word(i + 1):
        return i + 1
    i += doc[i].text == "United" if i < len(doc) else 0
    if i + 1 >= len(doc) or doc[i].lower_ != "for" or not word(i + 1):
        return None
    end = k = i + 1
    while k < len(doc) and (word(k) or doc[k].lower_ in _CAUSE_JOINERS and word(k + 1)):
        k += 1
        end = k if word(k - 1) else end
    return end


def _as_nationality(ent: Span) -> Span:
    """A one-word adjective tagged as a place is a nationality ("Ukrainian officials"): the officials do not
    speak for a place called "Ukrainian". (Not an organisation: the tagger also reads "Labour" or "USCIS" before a
    noun as an adjective.)"""
    if ent.label_ == "GPE" and len(ent) == 1 and ent[0].tag_ == "JJ":
        return Span(ent.doc, ent.start, ent.end, label="NORP")
    return ent


def _as_person(ent: Span) -> Span:
    """An organisation/place entity with a personal title or role apposition is a person ("Gov. Abbott" tagged
    ORG); a person entity loses its titles ("Mayor Ana Ruiz" -> "Ana Ruiz")."""
    if ent.label_ in _GROUP_LABELS or ent.label_ in _PERSON_LABELS and ent[0].lower_ not in _PERSON_TITLES:
        return ent  # a NORP in apposition describes a person ("the governor, a Republican"), it does not name one
    doc = ent.doc
    if ent.label_ in _PLACE_LABELS and ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
            doc[ent.end + 1].ent_type_ in _PLACE_LABELS):  # "in Halden, Ohio, the Republican nominee ...": a place
        return ent
    return _person_name(doc, ent.start, ent.end, spoke=False) or _titled_name(ent) or ent


_PLACE_NOUNS = {"city", "town", "village", "suburb", "county", "state", "province", "region", "district", "capital",
                "municipality", "island", "country", "borough", "township", "neighborhood", "neighbourhood"}


def _misread_people(ents: list[Span]) -> list[Span]:
    """Person entities the article shows to be places, with every mention of the same words: a place noun's "of"
    ("this suburb of Águeda"), a place noun in apposition ("Águeda, a small town"; not a possessor, "Carl
    Vik, the country’s former prime minister"), a country or state after a comma ("Porto Alegre, Brazil,").
    The small NER reads foreign place names as people, and each then answers a later "she" or "he". Never a
    name that opens with a common given name. A few groups read as people ("Al Qaeda"), bodies named after a
    person ("George Washington University") or ending in a body's word (:data:`_BODY_ENDS`: "the Freedom Caucus
    knows its power") and people or nationalities the article calls a business or an outlet
    ("security firm Tovik", "the consulting firm Lind Hale", "Tovik magazine", then every "Tovik") are
    organisations, and a plural noun of people read as a person ("Pollsters say ...", "Aides") or a plural name
    (:func:`_plural_name`) a group."""
    doc = ents[0].doc if ents else None

    def place(e: Span) -> bool:
        root = e.root
        comma = e.end < len(doc) and doc[e.end].text == ","
        nxt = next((g for g in ents if g.start == e.end + 1), None) if comma else None
        return e[0].lower_ not in _GIVEN_NAMES and (
            root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS
            or any(c.dep_ == "appos" and c.lower_ in _PLACE_NOUNS and not any(g.dep_ == "case" for g in c.children)
                   for c in root.children)
            or nxt is not None and nxt.label_ == "GPE" and nxt.end < len(doc) and doc[nxt.end].text in (",", ".", ")"))

    def firm(e: Span) -> bool:
        return e[0].lower_ not in _GIVEN_NAMES and _kind_called(e, _OUTLET_NOUNS) is not None

    places = {e.text for e in ents if e.label_ in _PERSON_LABELS and place(e)}
    plurals = {e.text for e in ents if e.label_ in _PERSON_LABELS and _plural_name(e)}
    misread = _PERSON_LABELS | _GROUP_LABELS
    firms = {e.text for e in ents if e.label_ in misread and firm(e)}
    return [Span(doc, e.start, e.end, label="GPE") if e.label_ in _PERSON_LABELS and e.text in places
            else Span(doc, e.start, e.end, label="NORP") if e.label_ in _PERSON_LABELS and (
                e.text in plurals or len(e) == 1 and e.text[-1:] == "s"
                and _singular(e[0].lower_) in _PERSON_NOUNS | _PEOPLE_NOUNS)
            else Span(doc, e.start, e.end, label="ORG") if e.label_ in _PERSON_LABELS and (
                _group_read_as_person(e) or len(e) > 1 and e[-1].lower_ in _NAMESAKE_BODIES | _BODY_ENDS)
            or e.label_ in misread and e.text in firms
            else e for e in ents]


_PLURAL_DETERMINERS = frozenset("many most some few several all both other these those".split())


def _plural_name(ent: Span) -> bool:
    """A one-word "name" in "s" the sentence shows to be plural: people of a place or a kind the NER reads as a
    person ("Many Britons voted", "four Kashmiris", "Libertarians, who disagree", "Gen Zers show up"). Each would
    otherwise answer a later "he". A plural determiner or a number before it, or a present-tense verb that agrees
    with a plural, tells it (a surname takes "says": "Jones says")."""
    root = ent.root
    words = [t for t in ent if t.dep_ != "compound"]
    if len(words) != 1 or not root.text.endswith("s") or root.text.endswith("ss") or any(
            c.dep_ == "conj" for c in root.children):  # "Sanders and Warren want"
        return False
    before = [c for c in root.children if c.i < root.i]
    verb = root.head if root.dep_ in _SUBJ_DEPS else None
    relative = next((c for c in root.children if c.dep_ == "relcl"), None)
    return (any(c.lower_ in _PLURAL_DETERMINERS and c.dep_ in ("amod", "det") or c.dep_ == "nummod" for c in before)
            or verb is not None and verb.tag_ == "VBP"
            or relative is not None and relative.tag_ == "VBP"
            and any(c.lower_ in _RELATIVE and c.dep_ in _SUBJ_DEPS for c in relative.children))


def _misread_orgs(ents: list[Span]) -> list[Span]:
    """Organisation and place entities the article shows to be something else: a two-word name whose surname the
    NER reads as a person elsewhere is that person ("NBC’s | Megyn Kelly" tagged ORG, then "Kelly said"), so is a
    one-word name after a common given name left out of any entity ("Ana | Varga", only "Varga" tagged ORG), and a
    place acronym that spells out an organisation the article names is that organisation ("NRA" after "the National
    Rifle Association", tagged GPE, which no later "the group" or "they" could mean)."""
    surnames = {e.text for e in ents if e.label_ in _PERSON_LABELS and len(e) == 1}
    name_words = {t.text for e in ents if e.label_ in _PERSON_LABELS for t in e}  # not "Trump Cuba" of "Cuba" said
    spelled = {_initials(e.text) for e in ents if e.label_ == "ORG" and len(e) > 2}

    def person(e: Span) -> bool:
        return (len(e) == 2 and e[1].text in surnames and e[0].text not in name_words
                and all(t.is_alpha and t.is_title and t.tag_ == "NNP" and t.lower_ not in _ORG_WORDS
                        and t.lower_ not in _MEDIA_WORDS and t.lower_ not in _PLATFORMS for t in e))

    def given(e: Span) -> bool:
        first = e.doc[e.start - 1] if e.start else None
        return (len(e) == 1 and first is not None and first.lower_ in _GIVEN_NAMES and first.tag_ == "NNP"
                and not first.ent_type_ and first.whitespace_ == " " and e[0].is_alpha and e[0].is_title
                and e[0].lower_ not in _ORG_WORDS)

    return [Span(e.doc, e.start, e.end, label="PERSON") if e.label_ == "ORG" and person(e)
            else Span(e.doc, e.start - 1, e.end, label="PERSON") if e.label_ == "ORG" and given(e)
            else Span(e.doc, e.start, e.end, label="ORG") if e.label_ in _PLACE_LABELS and len(e) == 1
            and e.text.isalpha() and e.text.isupper() and len(e.text) > 2 and e.text in spelled
            else e for e in ents]


# Last words of bodies named after people ("George Washington University", "Tom Lind Foundation", "Hale Law Firm"),
# which the small NER reads as the person: then every "Washington" or "Lind" of the article becomes that body. No
# surnames here ("Hall", "Park", "Lake" and "Post" are).
_NAMESAKE_BODIES = frozenset({"university", "college", "institute", "institution", "foundation", "center", "centre",
                              "school", "academy", "hospital", "airport", "stadium", "museum", "library", "society",
                              "fund", "firm", "pac", "farm", "lab", "laboratory"})


# Groups whose names open like a given name ("Al"), which the small NER tags as people, each then a "he".
_GROUPS_READ_AS_PEOPLE = frozenset({"al qaeda", "al qaida", "al jazeera", "al shabaab", "al nusra"})


def _group_read_as_person(ent: Span) -> bool:
    """``ent`` is one of those groups, however hyphenated ("al-Qaeda", "the al-Shabaab")."""
    return re.sub(r"[-‑]", " ", ent.text.lower()).removeprefix("the ") in _GROUPS_READ_AS_PEOPLE


def _titled_name(ent: Span) -> Span | None:
    """The person at the end of an organisation entity that the NER ran on from a title or a possessor: "(Speaker
    of) the House of Representatives Nora Lind", "(Secretary of) State Tom Hale", "(Speaker for) the House Nora
    Lind", "(Ambassador to) the U.N. Nora Lind", "The Herald's Tom Hale" -> the name from its given name on (never
    an organisation named after a person: "(to) the Nora Lind Foundation")."""
    toks = _name_tokens(ent)
    k = next((k for k in range(1, len(toks) - 1) if toks[k].lower_ in _GIVEN_NAMES), None)
    if (k is None and len(toks) > 2 and ent.doc[toks[-2].i - 1].tag_ == "POS"  # a possessor's person, given and
            and all(t.tag_ == "NNP" for t in toks[-2:])):  # surname, needs no common given name: "Vox’s | Dara Lind"
        k = len(toks) - 2  # (not "Dreyer’s Grand Ice Cream", "the House’s Foreign Affairs")
    if k is None or len(toks) - k > 3 or not all(t.is_alpha and t.is_title and t.lower_ not in _ORG_WORDS
                                                 for t in toks[k:]):
        return None
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    owned = ent.doc[toks[k].i - 1].tag_ == "POS"  # "Vox’s Dylan Scott" read as one organisation
    if not (any(t.lower_ == "of" for t in toks[:k]) or before in ("of", "for", "to") or before in _PERSON_TITLES
            or owned):
        return None
    return Span(ent.doc, toks[k].i, toks[-1].i + 1, label="PERSON")


def _proper_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Person names the NER missed: runs of proper nouns outside any entity with person evidence
    (:func:`_person_name`), found with one vectorised look-up for the proper nouns; and organisations' names it
    missed as a reporting verb's subject (:func:`_speaking_body`)."""
    tags = doc.to_array("TAG").astype(np.uint64)
    hits = np.flatnonzero(tags == hash_string("NNP"))
    covered = _token_indices(ents)
    runs: list[list[int]] = []
    for i in (int(h) for h in hits):
        if i in covered:
            continue
        if runs and runs[-1][-1] == i - 1 and "\n" not in doc[i - 1].whitespace_:
            runs[-1].append(i)
        else:
            runs.append([i])
    # a photo credit ("Tom Lind/AP") names no one here
    runs = [run for run in runs if not (run[-1] + 1 < len(doc) and doc[run[-1] + 1].text == "/")]
    found = (_person_name(doc, run[0], run[-1] + 1, spoke=True) or _speaking_body(doc, run[0], run[-1] + 1)
             for run in runs)
    return [span for span in found if span is not None] + _misread_surnames(doc, covered)


# Last words of a body's name that no surname is ("Park", "Hall" and "Street" are; "Times" names a paper)
_BODY_ENDS = frozenset({"company", "corporation", "industries", "holdings", "union", "association", "foundation",
                        "institute", "council", "committee", "party", "coalition", "alliance", "initiative",
                        "commission", "society", "league", "ministry", "agency", "department", "caucus", "mission",
                        "embassy", "consulate", "delegation"})


def _speaking_body(doc: Doc, start: int, end: int) -> Span | None:
    """Tokens ``[start, end)`` as an ORG span when they are words in title case ending with a body's word
    (:data:`_BODY_ENDS`), and, with no more than an article before them, a reporting verb's whole subject: the NER
    reads "the Fenwick Mining Company said" as a work of art and "The Equal Justice Initiative reports" as nothing,
    which name no speaker (kind other). Not a part of a longer name ("The Drug-Free America Foundation"), nor a name
    a phrase qualifies ("China's Foreign Ministry", "The Brady Campaign to Prevent Gun Violence")."""
    name = doc[start:end]
    root = name.root
    first = root.left_edge.i + (doc[root.left_edge.i].tag_ == "DT")
    if (end - start >= 2 and doc[end - 1].lower_ in _BODY_ENDS and all(t.text[:1].isupper() for t in name)
            and first == start and root.right_edge.i == end - 1 and _reporter(root)):
        return Span(doc, start, end, label="ORG")
    return None


def _misread_surnames(doc: Doc, covered: set[int]) -> list[Span]:
    """A surname opening a sentence that the tagger read as an adjective or a plural ("Lopez, the team's top
    scorer, said", "Hargreaves, his deputy, said"), which no run of proper nouns holds: a person where a noun of one
    person renames it after a comma (plurals of people have no singular person in apposition, "Officials, the deputy
    said,"; a label's colon is no apposition, "Analysis: Jane Doe, correspondent")."""
    if not doc.has_annotation("DEP"):
        return []  # an unparsed text (too long to parse): no appositions to tell
    firsts = (s[0] for s in doc.sents)
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in firsts
            if t.tag_ in ("JJ", "NN", "NNS") and t.is_title and t.is_alpha and t.i not in covered
            and t.lower_ not in _TITLE_OR_PERSON_NOUNS and t.i + 1 < len(doc) and doc[t.i + 1].text == ","
            and any(c.dep_ == "appos" and c.tag_ == "NN" and c.lower_ in _PERSON_OR_KIN for c in t.children)]


def _name_mentions(doc: Doc, full_names: list[list[str]], ents: list[Span]) -> list[Span]:
    """Proper nouns outside any entity that repeat a multi-word person name of the article ("Lind" after
    "Piotr Lind", and "Sanders" of "Bernie Sanders", which the tagger reads as a plural), found with one vectorised
    look-up; not a word of another name ("the Lind Institute")."""
    words = {w for f in full_names if len(f) > 1 for w in f}
    if not words:
        return []
    # a surname the tagger reads as a plural, after a given name ("Dean Spiliotes"; not "Glocker Moms")
    plural_surnames = {f[-1] for f in full_names if len(f) > 1 and f[0].lower() in _GIVEN_NAMES}
    orth = doc.to_array("ORTH").astype(np.uint64)
    hits = np.flatnonzero(np.isin(orth, np.array([hash_string(w) for w in words], dtype=np.uint64)))
    covered = _token_indices(ents)

    def other_name(i: int) -> bool:  # a capitalised word of another name, not a title ("Lt. Lucas")
        return (0 <= i < len(doc) and doc[i].tag_ == "NNP" and doc[i].is_alpha and doc[i].text not in words
                and doc[i].lower_.rstrip(".") not in _ANY_TITLE)

    return [Span(doc, int(i), int(i) + 1, label="PERSON") for i in hits
            if int(i) not in covered and (doc[int(i)].tag_ == "NNP" or doc[int(i)].tag_ == "NNPS"
                                          and doc[int(i)].text in plural_surnames)
            and not other_name(int(i) - 1)
            and not other_name(int(i) + 1)]
