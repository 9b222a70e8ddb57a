"""A name's words: where a person's name starts and ends, its gender (titles, given names, birth records),
party and titles, and the fullest form the article gives it ("Berg" -> "Anna Berg")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Span, Token

from ...types import Speaker, SpeakerKind
from .. import given_names
from ..lexicon import ALL_FORMS, SPEECH_FORMS
from .words import (
    _AGENCY_WORDS,
    _ANY_TITLE,
    _AUTHORED,
    _COURTESY_TITLES,
    _DOCUMENT_NOUNS,
    _FEMALE,
    _FEMALE_NAMES,
    _FEMALE_TITLES,
    _FEMALE_WORDS,
    _GIVEN_NAMES,
    _GROUP_LABELS,
    _KIN,
    _KIN_GENDER,
    _MALE,
    _MALE_NAMES,
    _MALE_TITLES,
    _MALE_WORDS,
    _MEDIA_WORDS,
    _MILITARY_ABBREVIATIONS,
    _MODIFIER_DEPS,
    _ORG_LABELS,
    _ORG_NOUNS,
    _ORG_SUFFIXES,
    _OTHER_OFFICES,
    _PEOPLE_NOUNS,
    _PERSON_LABELS,
    _PERSON_NOUNS,
    _PERSON_TITLES,
    _PLACE_LABELS,
    _PLATFORMS,
    _PREFIXED_SURNAME,
    _RANKS_OF_TITLES,
    _SPOKES,
    _TITLE_ALONE,
    _TITLE_ENDS,
    _TITLE_OR_PERSON_NOUNS,
    _TITLE_WORDS,
    _TITLES,
    WEEKDAYS,
)


def _kind_of(label: str) -> SpeakerKind:
    if label in _PERSON_LABELS:
        return "person"
    if label in _ORG_LABELS:
        return "organization"
    if label in _GROUP_LABELS:
        return "group"
    return "other"


def breaks_line(t: Token) -> bool:
    """A line break is in ``t`` (a whitespace token) or right after it."""
    return "\n" in t.whitespace_ or (t.is_space and "\n" in t.text)


def _name_tokens(span: Span) -> list[Token]:
    """The name proper: no leading titles/determiners, no trailing possessive, not past a line break (NER
    can run a headline into the next line) nor into a social-media handle ("Tom Lind @WKRN")."""
    end = next((t.i + (not t.is_space) for t in span if breaks_line(t)), span.end)
    end = next((t.i for t in span[1:] if t.i < end and t.text.startswith("@")), end)
    toks = [t for t in span.doc[span.start : end]
            if not (t.is_punct or t.is_space) and t.tag_ != "POS" and t.lower_ not in ("'s", "’s")]
    # a company named for its founder, as the NER read it, owns nothing when no noun phrase follows: "Moody's said",
    # "at Christie's." (not "Google's lawyers", "the EPA’s decision", "the FBI’s most prominent", nor "a friend of
    # McGahn's"; a person's name the NER read so is still the person's: :func:`entity_index`)
    after = span.doc[toks[-1].i + 1] if toks and toks[-1].i + 2 < len(span.doc) else None
    if (span.label_ == "ORG" and after is not None and after.tag_ == "POS" and after.i < span.end
            and toks[-1].dep_ != "poss" and _ends_phrase(span.doc[after.i + 1])
            and not (span.start and span.doc[span.start - 1].lower_ == "of")):
        toks.append(after)
    # a dateline run into the name is one token: "(PALM BEACH,) Fla.—President | Donald Trump"; a web page's command
    # opens a sentence: "Add | Tom Lind as an interest", "Watch | Lind's statement"
    while toks and (toks[0].lower_ in _TITLES or toks[0].tag_ == "DT" or len(toks) > 1 and (
            "—" in toks[0].text[1:] or toks[0].is_sent_start and toks[0].lower_ in _PAGE_COMMANDS)):
        toks = toks[1:]
    return toks


def _ends_phrase(tok: Token) -> bool:
    """``tok`` opens no noun phrase: a verb or adverb of the clause ("said", "also"), or a full stop or comma."""
    if tok.is_punct:
        return not (tok.is_quote or tok.is_left_punct)
    return tok.pos_ in ("VERB", "AUX", "ADV") and tok.dep_ not in _MODIFIER_DEPS | {"advmod"} or (
        tok.pos_ == "ADV" and tok.head.pos_ in ("VERB", "AUX"))


_PAGE_COMMANDS = frozenset("add watch follow read share subscribe listen click see sign copy embed".split())


# Lower-case words that belong inside a person's name ("Charles de Gaulle", "Bashar al-Assad", "Peter the Great").
_NAME_PARTICLES = frozenset("al bin ibn da das de del della der di do dos du el la le the van von ten ter y zu".split())


def _person_tokens(span: Span) -> list[Token]:
    """:func:`_name_tokens` of a person, ending before a lower-case word that is not a particle: NER runs names
    into what follows ("Obama a B-" of "giving Romney an A- and Obama a B-"). A lower-case piece joined by a
    hyphen stays ("Ban Ki-moon"), and so does a surname with a lower-case prefix ("Paul deVries"); a "name"
    that starts in lower case is left as the NER read it. A possessive is never part of it ("Smith’s", tagged ORG)."""
    toks = [t for t in _name_tokens(span) if t.tag_ != "POS"]
    if not toks or not toks[0].text[:1].isupper():
        return toks
    end = next((k for k, t in enumerate(toks) if t.is_alpha and t.text.islower()
                and t.lower_ not in _NAME_PARTICLES and t.doc[t.i - 1].whitespace_), len(toks))
    while end > 1 and toks[end - 1].text.islower() and toks[end - 1].lower_ in _NAME_PARTICLES:
        end -= 1  # a particle ends no name: "David Axelrod - the (president’s campaign manager)"
    return toks[:end]


# Nouns that stand before a surname as a title would ("Rabbi Heir", "Cardinal Dolan", "Leader Pelosi"), though
# they are no title alone ("Bishop" and "Pastor" are surnames too); not "Sheikh", which may be a name ("Sheikh Hasina").
_HONORIFICS = frozenset("rabbi imam cardinal archbishop bishop pastor father leader".split())
# A monarch's title, part of the name ("King Harald", which "Harald" alone may not be: "Mohammed bin Harald") and the
# noun a later mention uses ("the king"); no person nouns, "Matthew Prince" being a name.
_ROYALS = frozenset("king queen prince princess emir sultan".split())


def _inverted_cue(toks: list[Token]) -> bool:
    """A sentence opened by its reporting verb before the speaker and a colon or comma: "Said Lind: ...",
    "Added Ruiz, ..." (the NER reads the verb as a given name)."""
    nxt = toks[-1].i + 1
    return (toks[0].is_sent_start and toks[0].lower_ in SPEECH_FORMS and toks[0].lower_ not in _GIVEN_NAMES
            and nxt < len(toks[0].doc) and toks[0].doc[nxt].text in (":", ","))


def _trim_person(ent: Span) -> Span:
    """A person entity cut to the name the NER ran it into, so that the entity is the name: it ends at its
    possessive ("Tom Lind's State (of the Union)"; but "Harbor College's Glenn Castell" is Glenn Castell); it
    starts after an abbreviated title inside ("MPs Mrs Berg"), after a question's verb or a title before a given
    name ("Will Madeleine Castell's comment backfire?", "Will Lind spend more?", "First Lady Ana Ruiz"), a noun of
    a person before two names ("Rabbi Tomas Vik", "Witness Arjun Kale"; not "Lady Bird Johnson", "Man-Yee Lee") or
    an honorific before one ("Rabbi Vik", "Cardinal Dolan"), after a reporting verb that opens the sentence ("Said
    Vik: ..."), after a word in capitals before a name in title case (a page's "CLOSE Maria Lund"), after a site's
    label ("Story Highlights Maria Lund"), its share buttons ("Twitter Pinterest Maria Lund") or a picture's credit
    ("AP Photo Maria Lund"); in a headline it drops the headline's verbs and connectives (:func:`_headline_name`)
    and a last word the story writes in lower case (:func:`_headline_word`); it ends before a day ("posted on
    Twitter Sunday")."""
    toks = _name_tokens(ent) if ent.label_ in _PERSON_LABELS else []
    if len(toks) < 2 or not toks[0].text[:1].isupper():
        return ent
    first, last = toks[0].i, toks[-1].i
    pos = next((k for k, t in enumerate(toks) if t.i < last and t.doc[t.i + 1].tag_ == "POS"), None)
    if pos is not None:  # the name is the possessor, unless a given name follows ("Columbia's Glenn Hubbard")
        after = toks[pos + 1 :]
        toks = after if len(after) > 1 and after[0].lower_ in _GIVEN_NAMES else toks[: pos + 1]
    toks = toks[max((k + 1 for k, t in enumerate(toks[:-1]) if k and t.lower_ in _ABBREVIATED_TITLES), default=0):]
    while len(toks) > 1 and toks[0].lower_ in _SITE_LABEL_WORDS:  # "Story Highlights Lind, a Democrat, vetoed"
        toks = toks[1:]
    # a picture's credit run into the caption's name: "(J. Scott Applewhite/)AP Photo | Trump"
    toks = toks[max((k + 1 for k, t in enumerate(toks[:-1]) if t.lower_ in _AGENCY_WORDS), default=0):]
    buttons = next((k for k, t in enumerate(toks) if t.lower_ not in _PLATFORMS), 0)
    if 1 < buttons < len(toks):  # share buttons: "Facebook Twitter Pinterest Lind" (not "Twitter Sunday")
        toks = toks[buttons:]
    asked = toks[0].is_sent_start and toks[0].lower_ in _HEADLINE_BREAKS and toks[0].sent.text.rstrip()[-1:] == "?"
    if len(toks) == 2 and asked or len(toks) > 2 and (  # "Will Lind spend more?"
            toks[0].lower_ in _HEADLINE_BREAKS and toks[1].lower_ in _GIVEN_NAMES
            or toks[0].is_upper and toks[0].is_alpha and len(toks[0]) > 3 and toks[1].is_title) or (
            len(toks) > 1 and toks[1].lower_ in _GIVEN_NAMES and _title_word(toks[0])
            or len(toks) > 2 and toks[0].whitespace_ and toks[0].lower_ in _PERSON_NOUNS | _PERSON_TITLES
            and toks[0].lower_ not in _TITLE_ENDS or len(toks) == 2 and toks[0].lower_ in _HONORIFICS
            or len(toks) == 2 and _inverted_cue(toks)):
        toks = toks[1:]
    if any(t.lower_ in _HEADLINE_BREAKS or t.lower_ in ALL_FORMS for t in toks) and _headline(toks[0]):
        toks = _headline_name(toks)
    if len(toks) > 1 and _headline_word(toks[-1]):
        toks = toks[:-1]
    # a title-case clause in running text: "(And) Hale Should Be (Charged)" is Hale
    toks = toks[: next((k for k, t in enumerate(toks) if k and t.lower_ in _NEVER_IN_NAMES), len(toks))]
    while len(toks) > 1 and toks[-1].lower_ in WEEKDAYS:  # "(wrote on) Twitter Sunday"
        toks = toks[:-1]
    if (toks[0].i, toks[-1].i) == (first, last):
        return ent
    return Span(ent.doc, ent.start if toks[0].i == first else toks[0].i,
                ent.end if toks[-1].i == last else toks[-1].i + 1, label=ent.label_)


def _headline_word(tok: Token) -> bool:
    """A word a headline capitalises after a name, which the story writes in lower case and capitalises only in
    headlines, after a name it also uses outside them: "George Vik Heckled at Dinner" beside "... heckled him" and
    "Vik said" (not "Jim Brown" beside "brown": the story names Brown)."""
    doc, before = tok.doc, tok.doc[tok.i - 1].text
    # its own line first: most names stand in the story's lines, and the rest reads the whole article
    return (_title_line(tok) and any(t.text == tok.lower_ for t in doc)
            and all(_title_line(t) for t in doc if t.text == tok.text)
            and any(t.text == before and not _title_line(t) for t in doc))


def _title_word(tok: Token) -> bool:
    """A title the NER ran into the given name after it: "(First) Lady | Melania", "Bishop | Ivan", "(Secretary of)
    Agriculture | Mike"."""
    def title(low: str) -> bool:
        return low in _TITLE_ALONE or low in _PERSON_NOUNS or low == "superintendent"

    doc = tok.doc  # what a title is of: not "a letter of | Coretta Scott King"
    return title(tok.lower_) or tok.i > 1 and doc[tok.i - 1].lower_ == "of" and title(doc[tok.i - 2].lower_)


_ABBREVIATED_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov.".split())
_TITLE_ABBREVIATIONS = _ABBREVIATED_TITLES | _MILITARY_ABBREVIATIONS
_SITE_LABEL_WORDS = frozenset(("story", "highlights"))  # a news site's label before its summary
# Words a headline capitalises that never belong to a person's name: the NER reads "Maria Lund To Testify"
# and "Lund Said Norway Would ..." as names.
_HEADLINE_BREAKS = frozenset("to in on at for with and from by as is are was were be been has have had do does did "
                             "will would could can should must might shall not after over about against amid into "
                             "before than if".split())

# Auxiliaries that are nobody's name (unlike "Will", "May", "Can"): a name ends before one, headline or not.
_NEVER_IN_NAMES = frozenset("should would could must might shall be been is are was were has have had does did".split())


def _line(tok: Token) -> Span:
    """The line ``tok`` is on."""
    doc, a, b = tok.doc, tok.i, tok.i
    while a > 0 and "\n" not in doc[a - 1].whitespace_ and not doc[a - 1].is_space:
        a -= 1
    while b + 1 < len(doc) and "\n" not in doc[b].whitespace_ and not doc[b + 1].is_space:
        b += 1
    return doc[a : b + 1]


def _headline(tok: Token) -> bool:
    """``tok`` is on a line written in title case or capitals (at least four words, 80 % capitalised)."""
    words = [t.text for t in _line(tok) if t.is_alpha]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _title_line(tok: Token) -> bool:
    """``tok`` is on a short line that ends without a sentence's mark: a headline or a list's item ("2. Tom Hale
    Heckled at Rally"), however many of its words are in lower case."""
    line = _line(tok)
    return sum(t.is_alpha for t in line) <= 12 and line[-1].text not in (".", "?", "!", '"', "”", ":")


def _headline_name(toks: list[Token]) -> list[Token]:
    """A name in a headline, without the headline's verbs and connectives around it: "JUDGE RULES HALE
    LIED" -> "HALE", "Maria Lund To Testify" -> "Maria Lund"; a given name stays ("Hope Castell Says")."""
    def verb(t: Token) -> bool:
        return t.lower_ in ALL_FORMS and t.lower_ not in _GIVEN_NAMES

    while len(toks) > 1 and verb(toks[0]) and toks[0].lower_.endswith(("s", "ed")):
        toks = toks[1:]
    end = next((k for k, t in enumerate(toks) if k and (t.lower_ in _HEADLINE_BREAKS or verb(t))), len(toks))
    return toks[:end]


def _name_text(toks: list[Token]) -> str:
    """The name as written from its first to last word ("Okonkwo-Reyes" keeps its hyphen), less an editor's
    brackets ("[John] Lind")."""
    return re.sub(r"[\[\]]", "", toks[0].doc[toks[0].i : toks[-1].i + 1].text) if toks else ""


def _gender(ent: Span, name: str) -> str | None:
    """From titles and words right before the mention (Ms., spokeswoman), a kin noun the name stands beside ("his
    wife, Sorrel") or a common given name opening the person's full ``name``: a surname can be a given name elsewhere
    ("Rosa Jonas" is no "Jonas" of the male list). Not from a pronoun there, which is someone else's ("She supported
    Tom Lind", "her husband, Tom Lind"). (Birth records are read later, after the article's own pronouns:
    :func:`entity_index`.)"""
    # the name's last word is a surname, no title: "Coretta Scott King" (but "King Charles", "Mr. Lind")
    words = {t.lower_ for t in ent.doc[max(ent.start - 2, 0) : ent.start]} | {t.lower_ for t in ent[:-1]}
    given = _given_gender(name.split() or [""], records=False)
    head = ent.root.head
    kin = _KIN_GENDER.get(head.lower_) if ent.root.dep_ == "appos" and head.i < ent.start else None
    if words & _FEMALE_WORDS or given == "f" or kin == "f":
        return "f"
    if words & _MALE_WORDS or given == "m" or kin == "m":
        return "m"
    return None


def _untitled(words: list[str]) -> list[str]:
    """A label's name without its titles ("SEN. ELIZABETH WARREN"), two words at least."""
    while len(words) > 2 and words[0].lower() in _TITLES:
        words = words[1:]
    return words


def _earlier_nouns(mention: Span, noun: str) -> Iterator[Token]:
    """The words spelled ``noun`` before ``mention``, nearest first, found with one vectorised look-up (a long
    article's every "the report" or "the ministry" looks back)."""
    doc = mention.doc
    lower = doc.to_array("LOWER")[: mention.start].astype(np.uint64)
    for i in np.flatnonzero(lower == hash_string(noun))[::-1]:
        yield doc[int(i)]


def _document(noun: Token) -> bool:
    """A common noun for something written or recorded that speaks for its author: "the report", "polls"."""
    return _singular(noun.lower_) in _AUTHORED and noun.tag_ in ("NN", "NNS")


def _token_indices(spans: Sequence[Span]) -> set[int]:
    """Indices of the tokens the spans cover."""
    return {i for e in spans for i in range(e.start, e.end)}


def _as_written(name: str) -> str:
    """A name a transcript writes in capitals as a name is written ("TOM HALE" -> "Tom Hale")."""
    return name.title() if " " in name and name.isupper() else name


def _contains_name(full: list[str], part: list[str]) -> bool:
    """``part`` names the same person as ``full``: same surname, or a single first name / surname; a name in
    capitals (transcripts: "TRUMP:") matches whatever its case, and so does a surname's prefix at the start of a
    sentence ("De Blasio", "DeVries" for "Bill de Blasio", "Paul deVries")."""
    if not part:
        return False
    if all(w.isupper() and len(w) > 1 for w in part):
        full, part = [w.upper() for w in full], [w.upper() for w in part]
    full, part = [_prefix_case(w) for w in full], [_prefix_case(w) for w in part]
    if len(part) == 1:
        return part[0] in full
    return full[-1] == part[-1] and all(w in full for w in part)


def _prefix_case(word: str) -> str:
    """A surname prefix in lower case ("De" -> "de", "DeVries" -> "deVries"), other words as written."""
    prefixed = word.lower() in _NAME_PARTICLES or word[1:] != word[1:].lower() and not word.isupper()
    return word[:1].lower() + word[1:] if prefixed else word


_JUST_SPOKE_TOKENS = 60  # about two sentences: further back, the article's first bearer of the surname is likelier


def _just_spoke(spoke: dict[str, tuple[tuple[str, ...], int]], words: list[str], at: int) -> tuple[str, ...] | None:
    """The full name that spoke just before a bare surname at token ``at`` (see :func:`_full_name`)."""
    if len(words) != 1 or words[0] not in spoke:
        return None
    full, end = spoke[words[0]]
    return full if at - end <= _JUST_SPOKE_TOKENS else None


def _full_name(full_names: list[list[str]], words: list[str], gender: str | None = None,
               relatives: dict[tuple[str, ...], str | None] | None = None, titled: bool = False,
               recent: tuple[str, ...] | None = None) -> list[str] | None:
    """The article's full name for a person mention. One word is read as a surname first, as news uses them:
    "Trump" is "Donald Trump", not the "Trump Donald" a scraped link list ("President Trump Donald John
    Trump...") put before it; then by the gender of the mention's title ("Mr. Castell" of John and Mary Castell),
    and none of the other gender; among the rest, ``recent``, the bearer who spoke just before ("Mohamed Abdeslam
    told RTBF ... Abdeslam said" of Salah and Mohamed Abdeslam). A surname without a courtesy title (``titled``) is
    none of ``relatives`` (named as a namesake's kin, with the kin word's sex): "Obama" of "first lady Michelle
    Obama" is someone else, though "Mrs. Obama" is she, and "Mr. Trump" is not "first daughter Ivanka Trump"."""
    relatives = relatives or {}

    def sex(f: list[str]) -> str | None:
        return _given_gender(f) or relatives.get(tuple(f))

    found = [f for f in full_names if _contains_name(f, words)]
    if len(words) == 1:  # stable: article order among equals
        found.sort(key=lambda f: (f[-1].upper() != words[0].upper(), gender is not None and sex(f) not in (
            None, gender), tuple(f) != recent))
        if found and (gender is not None and sex(found[0]) not in (None, gender)
                      or not titled and tuple(found[0]) in relatives and found[0][-1] == words[0]):
            return None  # "Mr. Castell" where the article names only Mary Castell: someone else
    return found[0] if found else None


def _namesakes_kin(ent: Span) -> str | None:
    """The kin word naming a person as the relative of someone of the same surname, whom the bare surname
    ("Lind", "President Lind") then means, though the article may never give that one's full name: "lady" of
    "First lady Ana Lind", "daughter" of "first daughter Ana Lind" and "Ana Lind, Tom Lind's daughter". Not
    "former first lady Ana Lind" (she may have an office of her own since), nor "his daughter, Ana Lind" (whose
    "his" may bear another name)."""
    doc, root = ent.doc, ent.root
    near = [t for t in doc[max(ent.start - 4, 0) : ent.start] if t.head.i in range(ent.start, ent.end)]
    near += [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if ent.start and doc[ent.start - 1].lower_ in _KIN_GENDER:  # the parse may hang it on a conjunct before: "Tom
        near.append(doc[ent.start - 1])  # Lind and first lady Ana Lind"
    for t in near:
        first = t.i > 0 and doc[t.i - 1].lower_ in ("first", "second") and "former" not in {
            w.lower_ for w in doc[max(t.i - 3, 0) : t.i]}
        if t.lower_ in _KIN_GENDER and first or t.lower_ in _KIN and any(
                w.text == ent[-1].text for w in t.subtree if not ent.start <= w.i < ent.end):
            return t.lower_
    return None


def _given_gender(full: list[str], records: bool = True) -> str | None:
    """The sex of the name opening ``full``: from the lists above, else (``records``), where a surname follows it,
    from birth records (:mod:`~stancekit.extract.given_names`; a name alone may be a surname: "Price said")."""
    given = full[0].lower()
    if given in _FEMALE_NAMES or given in _MALE_NAMES:
        return "f" if given in _FEMALE_NAMES else "m"
    return given_names.sexes().get(given) if records and len(full) > 1 else None


_PARTY_STATE = re.compile(r"[RD]-[A-Z][A-Za-z.]*")
_PARTY_AFTER = re.compile(r"\s*[(,]\s*([RD])(?:-|\.,|,)")
_PARTY_APPOSITION = re.compile(r",\s+an?\s+(?:[A-Z][\w.]*\s+){0,2}(Republican|Democrat)\b")  # ", a Utah Republican"
_PARTY_WORDS = {"republican": "republican", "gop": "republican", "democrat": "democrat", "democratic": "democrat"}


def _party(ent: Span, text: str) -> str | None:
    """The party a person mention states: "Ana Ruiz (D-N.M.)", "Ruiz, R-Ky.,", "Ruiz, a Utah Republican,",
    "Republican Sen. Ana Ruiz"."""
    m = _PARTY_AFTER.match(text, ent.end_char)
    if m:
        return "republican" if m.group(1) == "R" else "democrat"
    m = _PARTY_APPOSITION.match(text, ent.end_char)
    if m:
        return m.group(1).lower()
    sent_start = ent.sent.start if ent.doc.has_annotation("SENT_START") else 0
    before = ent.doc[max(ent.start - 3, sent_start) : ent.start]
    cut = max((t.i + 1 for t in before if t.is_punct), default=before.start)  # not "... than Democratic. And Lind"
    return next((_PARTY_WORDS[t.lower_] for t in reversed(ent.doc[cut : ent.start]) if t.lower_ in _PARTY_WORDS), None)


def _courtesy_titles(ent: Span) -> list[Token]:
    """The courtesy titles right before (or inside) a person mention ("Mr." of "Mr. Castell")."""
    return [t for t in ent.doc[max(ent.start - 1, 0) : ent.end] if t.lower_ in _COURTESY_TITLES]


def _title_gender(ent: Span) -> str | None:
    """"Mr. Castell" -> "m": the gender a courtesy title right before (or inside) a person mention states."""
    words = {t.lower_ for t in _courtesy_titles(ent)}
    return "f" if words & _FEMALE_TITLES else "m" if words & _MALE_TITLES else None


def _couples(people: list[tuple[Span, list[Token]]]) -> dict[int, list[str]]:
    """"John and Mary Castell": a lone given name coordinated with a full name shares its surname (and is not
    completed to another John of the article); the second given name may be a rarer one ("John and Natalie
    Lind"). Keyed by the given name's entity start."""
    out: dict[int, list[str]] = {}
    for (e, toks), (f, ftoks) in zip(people, people[1:], strict=False):
        if (len(toks) == 1 and len(ftoks) >= 2 and f.start == e.end + 1 and e.doc[e.end].lower_ in ("and", "&")
                and toks[0].lower_ in _GIVEN_NAMES and (ftoks[0].lower_ in _GIVEN_NAMES or len(ftoks) == 2
                                                        and ftoks[0].is_alpha and ftoks[0].is_title)):
            out[e.start] = [toks[0].text, *(t.text for t in ftoks[1:])]
    return out


def _org_name(orgs: list[str], short: str, name_words: set[str]) -> str:
    """The fullest organisation name ``short`` is a short form of (:func:`_contains_words`). A one-word head
    takes a person's name ("the Foundation" of the "Rask Foundation"); a name of several words is already
    whole, and a person's name before it marks an era, not another name ("White House" is not the
    "Obama White House")."""
    one_word = len(short.split()) == 1
    return next((o for o in orgs if _contains_words(o, short)
                 and (one_word or not name_words & set(o.split()) - set(short.split()))), short)


def _nationality_adjective(ent: Span) -> bool:
    """A group entity used as an adjective ("Democratic voters", "a Chinese company", "those who lean
    Democratic"): it names no one."""
    return ent.label_ in _GROUP_LABELS and all(t.tag_ == "JJ" for t in ent)


def modifies_noun(ent: Span) -> bool:
    """The entity only qualifies a noun ("Republican lawmakers", "American enterprise", "Democrat Ana Ruiz")."""
    return ent.root.dep_ in ("amod", "compound")


def _adjective(ent: Span) -> bool:
    """A one-word "person" read as an adjective qualifying a noun: a page's boilerplate ("Invalid email address"),
    which would otherwise be the article's most recent person for the next "he", unless the article names someone
    with the word elsewhere ("Pruitt aides" after "Scott Pruitt"), or it is a given name before a prefixed surname
    that the tagger misread ("Pete D’Alessio")."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (ent.label_ in _PERSON_LABELS and len(ent) == 1 and ent[0].tag_ == "JJ" and ent[0].dep_ == "amod"
            and not (nxt is not None and _PREFIXED_SURNAME.fullmatch(nxt.text)))


_STORMS = {"hurricane", "typhoon", "cyclone", "storm"}


_PORTFOLIOS = frozenset("""transportation transport education health defense defence energy housing agriculture
immigration commerce labor environment finance security safety election elections tourism trade justice""".split())


def _not_a_name(ent: Span) -> bool:
    """A "person" with a digit is a product ("Tesla Model 3") or a page's link text run together ("Tom Lind2020"), one
    with "v." a court case ("Gideon v. Wainwright"), one with or right before "/" a photo credit ("Tom Lind/AP"): read
    as a person, it would make every later "Tesla" that person and the antecedent of "he". A storm is nobody either
    ("Hurricane Harvey", tagged ORG, would be "the company"), nor a web page's command ("Copy this code"), nor a side
    taken ("pro-Lind efforts", whose "Lind" would make every later "Lind" "pro-Lind"), nor the "al." of a study's "Lind
    et al.", which made "al" the study's author, nor a title the NER cut from its name ("Police Sgt", tagged ORG, of
    "Police Sgt. Ana Ruiz", which made the organisation "Police Sgt" speak), nor an organisation or place without a
    capital that ends in a preposition or article ("the ministry on", tagged ORG, which named "ministry on" the speaker
    of "was announced by the ministry on Friday"; but "the justice department", as some papers write it, is one) or in a
    noun for a person ("examiner", tagged ORG after the papers of that name, which made "the bureau's top examiner" the
    organisation "examiner"), nor a government's portfolio opening a sentence before a plural noun ("Transportation
    officials said", tagged ORG, are officials, not the organisation "Transportation"), nor the body of a person's title
    ("Council" of "Council member Ana Ruiz", tagged ORG, which made every later "the city council" the organisation
    "Council")."""
    product_case_or_credit = ent.label_ in _PERSON_LABELS and (
        any(c.isdigit() or c == "/" for c in ent.text) or any(t.lower_ in ("v.", "vs.", "v") for t in ent[1:-1])
        or ent.end < len(ent.doc) and ent.doc[ent.end].text == "/" and not ent[-1].whitespace_  # "Tom Lind/AP"
        or len(ent) > 2 and ent[0].lower_ in ("pro", "anti") and ent[1].text == "-")
    command = (len(ent) == 1 and ent[0].lower_ in _PAGE_COMMANDS and ent.end < len(ent.doc)  # "Copy this code"
               and ent.doc[ent.end].tag_ in ("DT", "PRP$") and ent.doc[ent.end].is_lower)
    et_al = ent[0].lower_ in ("al", "al.") and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "et"
    title = ent.label_ in ("ORG", *_PERSON_LABELS) and ent[-1].lower_ in _TITLE_ABBREVIATIONS
    uncapitalised = ent.label_ in _ORG_LABELS and ent.text.islower() and (
        ent[-1].tag_ in ("IN", "DT", "CC", "TO") or ent[-1].lower_ in _PERSON_NOUNS)
    portfolio = (len(ent) == 1 and ent[0].lower_ in _PORTFOLIOS and ent[0].is_sent_start and ent.end < len(ent.doc)
                 and ent.doc[ent.end].tag_ == "NNS")
    body_of_title = (len(ent) == 1 and ent[0].lower_ in _ORG_NOUNS and ent.end < len(ent.doc)
                     and ent.doc[ent.end].lower_ in _PERSON_NOUNS and ent.doc[ent.end].is_lower)
    return (product_case_or_credit or command or et_al or title or uncapitalised or portfolio or body_of_title
            or len(ent) > 1 and ent[0].lower_ in _STORMS)


def _is_news_org(name: str) -> bool:
    """The name says it is a news organisation ("Harbor Gazette", "Las Vegas Review-Journal", "CNN")."""
    return not _MEDIA_WORDS.isdisjoint(re.split(r"[\s-]+", name.lower()))


def _plausible_name(name: str) -> bool:
    """Two to four words and no connective: not a headline the NER took for a person ("LEFT AND RIGHT")."""
    words = name.lower().split()
    return 2 <= len(words) <= 4 and not {"and", "&", "of", "the"} & set(words)


def _contains_words(full: str, part: str) -> bool:
    """``part`` is a short form of the organisation ``full``: it holds ``full``'s head word ("Commission" of
    "European Commission", "Apple" of "Apple Inc.", "Ministry" of "Ministry of Finance"), not a word that
    only qualifies it ("FBI" is not the "FBI Field Office", "America" not the "Bank of America")."""
    full, part = full.lower(), part.lower()
    if f" {part} " not in f" {full} " or part == "house" and not _the_chamber(full):
        return False
    return _org_head(part) == _org_head(full)


def _the_chamber(name: str) -> bool:
    """What "the House" can be short for: the chamber ("House of Representatives"), never "the White House",
    "Harbor House" or the NER's "Republican House" of "the Republican House"."""
    return re.match(r"(?:u\.s\. )?house(?: of |$)", name.lower()) is not None  # "U.S. House (of Representatives)"


def _org_head(name: str) -> str:
    """The word an organisation's name is about: before "of"/"for"/..., without endings such as "Inc."."""
    words = name.split()
    words = words[: next((i for i, w in enumerate(words) if w in ("of", "for", "on", "at") and i), len(words))]
    while len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        words.pop()
    return words[-1]


# What a title given with its holder's employer carries ("Ana Ruiz's lawyer, Tom Hale", "his lawyer, Tom Hale"): a
# story can name the lawyers of both sides, and "Ruiz's lawyer" is only one named as someone's.
_OWNED = "'s"


def _roles_of(ent: Span, text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Titles the article gives a person, as (head noun, its other words, the nation or place it is of):
    "Finance Minister Anna Berg", "Berg, the finance minister" -> ("minister", {"finance"}, {}); "Attorney General
    William Barr" -> ("general", {"attorney"}, {}); "Secretary of State Ana Ruiz", "Ruiz, the secretary of state" ->
    ("secretary", {"of state"}, {}); "Ukrainian President Ana Ruiz" -> ("president", {}, {"ukrainian"}); "King
    Harald", whose title the name keeps, -> ("king", {}, {})."""
    doc = ent.doc
    heads = [t for t in doc[max(ent.start - 5, 0) : ent.start] if t.head.i in range(ent.start, ent.end)
             and (t.dep_ == "compound" and t.i >= ent.start - 3  # not past a verb: "JUDGE RULES HALE"
                  and not any(w.lower_ in ALL_FORMS for w in doc[t.i + 1 : ent.start])
                  or t.dep_ == "nmod" and _of_objects(t))
             and t.tag_ in ("NN", "NNP") and t.lower_ not in ("mr.", "ms.", "mrs.")
             and "\n" not in text[t.idx : ent.start_char]]
    root = ent.root
    heads += [c for c in root.children if c.dep_ == "appos" and c.tag_ == "NN" and not (  # not a subject the parse
        # hangs on the name: "the hostages, including Tom Lind, a U.S. official told CNN"
        c.right_edge == c and c.i + 1 < len(doc) and doc[c.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"))]
    if root.dep_ == "appos" and (root.head.tag_ == "NN" or root.head.i == ent.start - 1 and root.head.tag_ == "NNP"):
        heads.append(root.head)  # "the mayor, Ana Ruiz"; "Vice President Ana Ruiz" parsed as an apposition
    # the parse hangs "Ukrainian" of "Ukrainian President Ana Ruiz" on the title or on the name
    nations = _nationals(doc[max(ent.start - 5, 0) : ent.start], {*range(ent.start, ent.end), *(t.i for t in heads)})
    royal = [(ent[0].lower_, frozenset(), nations)] if len(ent) > 1 and ent[0].lower_ in _ROYALS else []
    return royal + [(_TITLE_WORDS.get(t.lower_, t.lower_), frozenset(map(rank, _title_modifiers(t))) | _of_objects(t)
                     | ({_OWNED} if any(c.dep_ == "poss" for c in t.children) else set()),
                     nations if t.i < ent.start else _nationals(t.children, {t.i}))
                    for t in heads if _title_noun(t, before=t.i < ent.start)]


def _title_noun(tok: Token, before: bool) -> bool:
    """A noun that can title a person: not a count ("8 percent | supporting Ana Ruiz", the "%" of "(31%) Ana Ruiz")
    nor an organisation before the name ("Supreme Court | Justice Ana Ruiz": "the court" is not her; but "Harbor
    Promise, an advocacy group," tagged as a person is "the group"), nor another name the parse hangs on it (a
    sentence's "Trump | fired Yates", "Lind supporter Tom Hale": a later "Lind" is not him)."""
    return (tok.text[:1].isalpha() and tok.lower_ not in ("percent", "percentage")
            and not (before and tok.ent_type_ in ("PERSON", "ORG") and tok.lower_ not in _TITLE_OR_PERSON_NOUNS)
            and not any(c.dep_ == "nummod" for c in tok.children)
            and not (tok.is_sent_start and tok.tag_ == "NN" and tok.is_title and tok.lower_ not in _ANY_TITLE
                     and tok.lower_ not in _PERSON_NOUNS)
            and not (before and tok.lower_ in _ORG_NOUNS and tok.lower_ not in _SPOKES))


_NATIONS = {"NORP", "GPE"}


def _nationals(tokens: Iterable[Token], heads: set[int]) -> frozenset[str]:
    """Nations or places among ``tokens`` that qualify one of ``heads``: "ukrainian" of "the Ukrainian president"
    (a party is no nation: "the Republican governor" may be Gov. Ana Ruiz of New Jersey)."""
    return frozenset(t.lower_ for t in tokens if t.ent_type_ in _NATIONS and t.dep_ in ("amod", "compound")
                     and t.head.i in heads and t.lower_ not in _PARTY_WORDS)


def _title_modifiers(head: Token) -> list[Token]:
    """The compound words of a title noun and its ranks: "inspector" of "the inspector general", "former", "prime"
    of "the prime minister", "vice" of "the vice-president" (a hyphenated rank the parse seldom hangs on it), "last"
    of "the last Democratic president" (:func:`rank`)."""
    doc = head.doc
    hyphenated = [doc[head.i - 2]] if head.i > 1 and doc[head.i - 1].text == "-" and (
        doc[head.i - 2].lower_ in _RANKS_OF_TITLES) else []
    return [c for c in head.children if c.dep_ == "compound" and c.tag_ in ("NN", "NNP")
            or c.dep_ in ("amod", "compound") and rank(c) in _OTHER_OFFICES] + hyphenated


_PAST = frozenset(("last", "previous"))  # words that make a title a past holder's: "the last Democratic president"


def rank(word: Token) -> str:
    """A title's word as a rank: "former" for "last" and "previous" ("the last Democratic president, Bill Lind" is a
    former president, whom a later "the president" does not mean)."""
    return "former" if word.lower_ in _PAST and word.dep_ == "amod" else word.lower_


def _of_objects(head: Token) -> frozenset[str]:
    """What a title is of, unless a place: "of state" of "the secretary of state", "of police" of "the head of the
    police"; nothing for "the minister of Norway"."""
    return frozenset(f"of {o.lower_}" for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in _PLACE_LABELS)


# Nouns a later mention uses for several titles: "Sen. Tom Lind ... the lawmaker", "Rep. Ana Ruiz ... the
# congresswoman", "Justice Ana Ruiz (of a state's trial court) ... the judge".
_MEMBERS_OF_CONGRESS = ("representative", "congressman", "congresswoman")
_LAWMAKERS = ("lawmaker", "legislator", "senator", "assemblyman", "assemblywoman", *_MEMBERS_OF_CONGRESS)
_TITLE_CLASSES = {"lawmaker": _LAWMAKERS, "legislator": _LAWMAKERS, "judge": ("judge", "justice"),
                  "lawyer": ("lawyer", "attorney"), "attorney": ("attorney", "lawyer"),
                  **{noun: _MEMBERS_OF_CONGRESS for noun in _MEMBERS_OF_CONGRESS}}
# How far after a role mention ("the judge") the name of its holder may come (about 500 words).
_CATAPHORA_CHARS = 3000


def _titles(noun: str) -> tuple[str, ...]:
    """The titles a noun can refer back to ("the lawmaker": Sen. or Rep.; "the mayor": Mayor)."""
    return _TITLE_CLASSES.get(noun, (noun,))


def _noun_gender(noun: str) -> str | None:
    """"m" for "the congressman", "f" for "the actress", else None."""
    return "m" if noun in _MALE else "f" if noun in _FEMALE else None


def _parties(noun: Token) -> set[str]:
    """The parties a noun's modifiers name ("the Republican nominee")."""
    return {_PARTY_WORDS[c.lower_] for c in noun.children if c.lower_ in _PARTY_WORDS and c.dep_ in _MODIFIER_DEPS}


# An aside in brackets, or one the name's words leave open: "Research participants (over 2,700 in total)"
_BRACKETED = re.compile(r"\s*\([^()]*(?:\)|$)")


def _as_name(words: str) -> str:
    """Words as a speaker's name: one space where the text had more (a blanked link card inside), and no aside in
    brackets ("Most voters (62%)" is "Most voters"; an acronym, "the Harbor Party (HP)", is the party)."""
    return " ".join((_BRACKETED.sub("", words) or words).split())


def _speaker(name: str | None, mention: Span, kind: SpeakerKind) -> Speaker:
    """The speaker, its name as a name (:func:`_as_name`)."""
    if name:
        name = _as_name(name)
    return Speaker(name=name, mention=mention.text, start=mention.start_char, end=mention.end_char, kind=kind)


def _singular(noun: str) -> str:
    if noun.endswith("men"):  # congressmen, spokeswomen
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _trim_punct(span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end]


_OPENERS = frozenset("\"“‘'([—–")  # marks a sentence may open after (a dash: a dateline's)
_CLOSED_OPENERS = frozenset(("DT", "PDT", "PRP$", "CD", "IN"))  # tags of "The", "All", "His", "One", "At least"
# Words that open a description, whatever their tag: counts ("Many", "Others") and the nouns of people, bodies and
# documents this package knows ("Critics", "Officials", "Polls"); not a party's members, whose name keeps its capital
# wherever it stands ("Republicans" the NER missed)
_COMMON_OPENERS = frozenset(("many", "most", "some", "several", "few", "others", "all", "both", "each")) | (
    _PERSON_NOUNS | _PEOPLE_NOUNS | _DOCUMENT_NOUNS | _ORG_NOUNS)


def _description(words: Span) -> str:
    """A description's words with a sentence's capital dropped, so that one description groups as one speaker
    ("The judge said ... the judge added" are both "the judge", "One Republican senator" is "one Republican senator");
    not a name's ("The Valley Ledger", "The Hill"),
    nor a capital inside a sentence ("Goths, Huns and Vandals"), nor a word the article writes in lower case
    nowhere else ("Trump allies", which the tagger may read as a common noun; but "Police said" where "police" is
    written too), unless it is a word of :data:`_COMMON_OPENERS` ("Critics say", "Polls show": one speaker across a
    corpus with the "critics" of other articles). A dateline's dash opens a sentence ("HALDEN — The council voted
    ...")."""
    first = words[0]
    doc = first.doc
    before = doc[first.i - 1] if first.i else None
    common = _singular(first.lower_) in _COMMON_OPENERS or first.lower_ in _COMMON_OPENERS
    if (first.is_title and first.is_alpha and (first.tag_ not in ("NNP", "NNPS", "PRP") or common)
            and first.ent_type_ in ("", "CARDINAL")
            and (len(words) == 1 or not words[1].is_title
                 or words[1].ent_type_ == "NORP" and first.tag_ in _CLOSED_OPENERS)
            and (before is None or first.is_sent_start or before.is_space or before.text in _OPENERS)
            and (first.tag_ in _CLOSED_OPENERS or common
                 or len(first) > 1 and any(t.text == first.lower_ for t in doc))):
        return first.lower_ + words.text[len(first.text) :]
    return words.text


def _age(t: Token) -> bool:
    """"62" of "Hale, 62,": a number of years set off by commas after a name is the person's age (not the year of
    "January 27, 1998,")."""
    return (t.dep_ in ("appos", "npadvmod", "nummod") and t.tag_ == "CD" and t.i > t.head.i and t.head.tag_ == "NNP"
            and t.text.isdigit() and int(t.text) < 120 and t.head.ent_type_ != "DATE"
            and t.doc[t.i - 1].text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",")
