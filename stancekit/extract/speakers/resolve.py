"""From a source mention to a speaker: the rules, in the order they are tried.

Pronouns (he/she -> the most recent person outside quotes, contents and video cards
(inside them only where nobody else of that gender is named), not a picture's credit, preferring sentence subjects
(a name in apposition to one too), not an infinitive's ("time for Ana Ruiz to move on"), and agreeing gender from
titles such as Mr./Ms., a given name (our lists, then US birth records) or a pronoun bound to the name ("Tarvin
Morrow made waves when he declined"), in a dialogue never the person who has the turn nor a label, and counting
names said in it; in an adverbial clause, the unnamed person before it ("a researcher after she tweeted") or,
before the main clause, that clause's subject ("Before he took questions, Tom Lind ...");
where nobody is named before it, the unnamed person a recent sentence was about ("the nominee refused ... he said"),
and the unnamed person who spoke last where no name of that gender came since ("One neighbor said ... "...," he
said"); in a clause coordinated with another, that clause's subject ("Castell smiled when Lind introduced him, and he
joked" -> Castell); after a subject a title names, whom the title names ("The president defended the plan. He said",
:func:`_described_subject`);
"both" -> the two people named in its sentence or the one before, jointly (of more, the last two joined by "and");
"it" -> the thing the clause it hangs on or the sentence before
is about ("The search warrant offered new details ... It shows", "After the ministry reviewed the data, it
said"), unless that is a person or several, nobody where
it stands for a clause ("after it was revealed that"), and "they" likewise -> the people or bodies there ("Leaders
of the port unions met the mayor. They want ..."); else they/it -> the most recent organisation, group or plural
people noun ("Senators"), subjects preferred, "they" never a place, "it" no place named only as where something
is ("workers in Ohio"); relative "who" -> the noun it modifies, past nouns
that cannot speak and also where the parse leaves the clause unattached ("Ana Ruiz, who won and who said", "the Greens,
who've railed"), and "which" never a person; "whose" -> that noun too, which speaks through what it owns: "the
bureau whose charter says" -> the bureau, "Tom Lind, whose spokesman said" -> "Tom Lind's office"); "the Ohio
Republican" -> the person named last (not one named only inside what someone said, where another is), and so
does a person noun that a place, nationality, age or judgement describes where no title in the article fits it
("the New York businessman", "the 68-year-old leader", :func:`_epithet`); "the president",
where nobody is titled president -> the person named most so far, not one holding a rival office or a trade
("journalist Tom Hale"); ``his office`` /
``the Obama campaign`` / ``a spokesperson for X`` -> organisation speakers ("Anna Berg's office",
"Ministry of Finance"); a common noun that a name only qualifies -> not that name ("supporters of Anna Berg" ->
"Anna Berg's supporters", "farmers in Iowa" itself, but "Pentagon officials" -> "Pentagon"; "officials in
Anna Berg's administration" -> "Anna Berg's administration"; "Berg's lawyer" -> the lawyer the article named,
else "Anna Berg's lawyer"); a document -> its author, never its subject ("a
report from the Office of X on Mayor Y's program" -> the office, "Ruiz's statement" -> Ruiz, "the board's report" ->
the board, "a poll released by X", "a video of X",
"interviews with X"; the document itself when no author is named; never the regulator a filing is made to, "an SEC
filing"), a later "it" -> a main-clause document subject ("An independent review ... found ... It also reported"),
and a later "the report", "that report" or "the 40-page report" -> the author of the report named last ("Tom Lind's
report ... The report said"); "one senior Democrat" -> an unnamed person, whom
"this Democrat" then means; some of a group -> the group ("several of Hale's aides" -> "Tom Hale's aides"; an amount of
people, "a host of experts", is a group, and some of documents, "several of the studies", of kind other; one of them
is a person, "one of his lawyers" -> "one of Tom Hale's lawyers", as is a bare "one" after them, "Two council members
voted no. One said"; a person in
apposition, "one of his lawyers, Ana Ruiz," -> Ruiz, but not one who leads them or is picked out of them:
:func:`_counted_speaker`); a coordinated mention -> each conjunct resolved and the names joined, a group
("Berg and Hale" -> "Anna Berg and Tom Hale"; "John and Mary Castell" -> "John Castell and Mary Castell", not the
article's other John), "Mr." / "Ms. Castell" by the title's gender; "the Clintons" -> a group (a later "they"),
never a person (a later "she"); a news outlet's or online platform's one-word name that the NER reads as a person
("Politico", "Twitter") -> an organisation, unless a person of the article bears it; a one-word "person" that is an
adjective before a noun ("Invalid email address") -> no name;
named entities (NER's ORG tags on a known person's surname are overruled) -> fullest form in the article
(for people a surname match first, "Pell" -> "Gareth Pell" rather than "Gareth Pell Jr.", but no relative named for
a namesake the article never names in full, "first lady Ana Lind", unless by a courtesy title, "Mrs. Lind"; of two
bearers, the one who spoke within about two sentences, "Mohamed Vask told ... Vask said"; no
epithet, "Slippery James Lind" -> "James Lind", nor a side, "pro-Lind", is a name, and "a Maria Olsen-Daniel Brandt
meeting" names two people; then a
first-name match, a name ending where a word repeats or before a lower-case word that is no particle, "Obama a B-" ->
"Obama" but "Charles de Gaulle"; a PERSON entity ending in a named organisation, "the Obama White
House", is split in two; for organisations a longer name with the same head word, "Commission" -> "European
Commission", not "FBI" -> "FBI Field Office", and not a person's era, "White House" -> "Obama White House";
groups keep their own words, "Democrats" are not "Pragmatic Democrats"); role nouns
(``the minister``, ``the senator``) -> the person the article introduced with that title ("Finance Minister Anna
Berg", "Berg, the finance minister", "Sen. Ana Ruiz"), only the same title ("the inspector general" is not
Attorney General X, "the FBI director" is FBI Director Y, not the FBI); ``the ministry`` -> the organisation
whose name contains the noun, ``the administration`` (government, campaign, team) also -> a person's named last
("the Lind administration", not "under the Lind administration"), ``the agency`` -> the public body named
last by a head such as administration or service or an acronym ("the IRS"), and ``the company`` / ``the carmaker`` also
-> the business named last before it (a subject preferred; never a university, ministry or other public body,
nor one named by acronym, "FBI", nor a news outlet unless called a business, nor one named once more than about
170 words before; "the group" never a news outlet or platform), ``the newspaper`` -> the news organisation named
last; a person renaming the head wins ("Labour's spokesperson, Priya Shah", "Fox News’ Priya Shah"; "two
senators, Tom Lind and Ana Ruiz," -> both), as does one an organisation and a role introduce ("ACLU of Ohio legal
co-director Ana Lind", where the parse makes the ACLU the head); anything else keeps its own words, without a
relative clause or description set off by a comma ("one farmer, who asked not to be named" -> "one farmer"), its kind
from its noun (:func:`_noun_kind`: "a former hostage" a person, "the family" a group, "the outlet" an organisation).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...types import Speaker
from .. import given_names
from ..lexicon import SPEECH_FORMS, SPEECH_WORDS
from .antecedents import (
    _clause_subjects,
    _conjoined_person,
    _expletive,
    _index_entities_at,
    _issuer,
    _likened,
    _owner,
    _recent,
    _recent_company,
    _recent_group,
    _recent_person,
    _sentences_back,
    _subject_antecedent,
    _subject_owner,
    _the_two,
    _turn_speaker,
    _unnamed_antecedent,
    _unnamed_subject,
    _untitled_leader,
)
from .names import (
    _CATAPHORA_CHARS,
    _OWNED,
    _PARTY_WORDS,
    _as_name,
    _as_written,
    _contains_name,
    _contains_words,
    _description,
    _document,
    _earlier_nouns,
    _is_news_org,
    _name_text,
    _name_tokens,
    _nationals,
    _noun_gender,
    _of_objects,
    _parties,
    _plausible_name,
    _singular,
    _speaker,
    _title_modifiers,
    _titles,
    _trim_punct,
    _untitled,
    breaks_line,
    rank,
)
from .ner import _main_clause
from .nouns import (
    _EXAMPLE_ADVERBS,
    _PEOPLE_QUANTIFIERS,
    _after_office,
    _age_alone,
    _business_name,
    _conjuncts,
    _described,
    _ent_in,
    _epithet,
    _examples,
    _from_place,
    _head,
    _in_persons_org,
    _is_apposition,
    _joined,
    _listed_people,
    _named_org,
    _not_the_described,
    _noun_kind,
    _object_of_preposition,
    _of_a_nation,
    _of_members,
    _own_words,
    _partitive,
    _place_body,
    _qualified,
    editors_mark,
    issuer_of,
    owned_by,
    speaks,
)
from .words import (
    _ANY_TITLE,
    _AUTHORED,
    _CAPS_NAME,
    _COMPANY_NOUNS,
    _COUNSEL,
    _DEFINITE,
    _FEMININE,
    _GROUP_LABELS,
    _GROUP_PRONOUNS,
    _INDEFINITE,
    _KIN,
    _MEDIA_NOUNS,
    _MEDIA_SYNONYMS,
    _MODIFIER_DEPS,
    _NONPROFIT_HEADS,
    _ORDINALS,
    _ORG_LABELS,
    _ORG_NOUNS,
    _OTHER_OFFICES,
    _PARTISANS,
    _PEOPLE_NOUNS,
    _PERSON_LABELS,
    _PERSON_NOUNS,
    _PERSON_OR_KIN,
    _PERSON_PRONOUNS,
    _PLACE_LABELS,
    _PORTFOLIO_NOUNS,
    _QUANTIFIERS,
    _RANKS_OF_TITLES,
    _RECORDINGS,
    _RELATIVE,
    _SPEAKER_NOUNS,
    _SPEAKING,
    _SPOKES,
    _SUBJ_DEPS,
    _TITLE_OR_PERSON_NOUNS,
    _VOICE_NOUNS,
    _WHO_LABELS,
    SELF_PRONOUNS,
)

if TYPE_CHECKING:
    from .index import EntityIndex


_COLON_AFTER = re.compile(r"[ \t]*:")


def _opens_turn(mention: Span) -> bool:
    """``mention`` opens its line and a colon follows it: a transcript's turn ("TESS ORLANDO: ...")."""
    text = mention.doc.text
    line = text.rfind("\n", 0, mention.start_char) + 1
    return not text[line : mention.start_char].strip() and _COLON_AFTER.match(text, mention.end_char) is not None


def _refers_back(mention: Span, root: Token) -> bool:
    """A document named as one already spoken of: "the report", "that report", "the 67-page report", "the new
    study" (what is written before the noun describes it; no name before it, nor an author set off after it: not
    "The latest poll, by Opinionway,")."""
    doc = mention.doc
    by = mention.end + 1 < len(doc) and doc[mention.end].text == "," and doc[mention.end + 1].lower_ in ("by", "from")
    return (mention[0].lower_ in _DEFINITE and mention[-1] == root and not by
            and all(t.tag_ not in ("NNP", "NNPS", "POS", "PRP$") for t in mention[1:]))


def _earlier_author(idx: EntityIndex, mention: Span, noun: str) -> Speaker | None:
    """The author of the last ``noun`` named before ``mention`` with one ("Mueller's report", "a poll released by
    Quinnipiac University"), for a later "the report" or "the poll" (:func:`_author`); looked up only for such a
    mention, back from it."""
    doc = mention.doc
    for tok in _earlier_nouns(mention, noun):
        if tok.tag_ == "NN" and not idx.blocked[tok.idx]:
            phrase = doc[tok.left_edge.i : tok.right_edge.i + 1]
            author = _author(doc, phrase, tok, tok.idx, idx, None)
            if author is not None and author.kind in _SPEAKING and author.name != _as_name(_own_words(phrase, tok)):
                return _speaker(author.name, mention, author.kind)
    return None


# A transcript's speaker label: "TOM HALE (FOX BUSINESS HOST):", "TOM HALE:".
_TRANSCRIPT_LABEL = re.compile(rf"({_CAPS_NAME})( \([^()]*\))?:?")


def _transcript_speaker(mention: Span, idx: EntityIndex) -> Speaker | None:
    """The person a transcript's label names, not the role in brackets after the name (which the NER reads as an
    organisation: "NORA QUIST (CO-HOST):" is no "CO-HOST"). A label without a role names a person where it opens
    a line before a colon with a given name ("TESS ORLANDO: ..."): the small NER, which learned names in mixed
    case, reads such capitals as a group or an organisation, or cuts them ("JORGE | RAMOS")."""
    short = idx.labels.get(mention.text.split(" (")[0].strip())
    if short is not None:  # a chat's "lena", "lena (Lena Brandt, senior writer)", an interview's "LB"
        return _speaker(short, mention, "person")
    label = _TRANSCRIPT_LABEL.fullmatch(mention.text.strip())
    if label is None:
        return None
    words = _untitled(label.group(1).split())
    if not label.group(2) and not (words[0].lower() in given_names.sexes() and _opens_turn(mention)):
        return None
    name = _as_written(" ".join(words))
    known = next((e[1] for e in idx.ents if e[2] == "person" and e[1].lower() == name.lower()), name)
    return _speaker(known, mention, "person")


def _role_holders(idx: EntityIndex, mention: Span, root: Token, before: int) -> list[tuple[int, str, frozenset[str]]]:
    """People whose title this mention can refer back to: "the minister", "the finance minister" or "the showman
    minister" to Finance Minister Anna Berg, but not "the inspector general" to Attorney General William Barr, "the
    deputy finance minister" or "the Halden minister" to her, "the minister" to a deputy or former minister, nor "no
    minister" to anyone. A word before the noun tells another title apart when it is a name, a rank or a word of a title
    in the article. What the title is of must agree: "the head of the police" is not the article's "head of a militia",
    and a minister or secretary named by portfolio ("the secretary of state") is only one the article gave that
    portfolio (titles before a name rarely say it: "the minister of foreign affairs" is not Prime Minister Ana Ruiz).
    Those named before ``before`` come first, the last of them (the one the article spoke of last, by any name, or the
    president in office, :func:`_titled_most`) being the one meant, and one of the nation the mention names first ("the
    Ukrainian president" is not Iranian President Tom Hale; a bare "the president" is not Chinese President Li Wen where
    the article also titles someone president without a nation) and none of another party ("the Republican nominee" is
    not Democratic nominee Ana Ruiz); else those named soon after ("A federal judge ruled ... Judge Ana Ruiz wrote"),
    the nearest last, and after them those already named without the title, the one meant; never a stranger named pages
    later, who holds another office of that title ("the special counsel" is not the Tom Lind of a history paragraph). "A
    judge" or "one lawyer" introduces someone new: only one named soon after, by the end of the next paragraph (in the
    article's lead, where the story's subject may be named paragraphs later, within ``_CATAPHORA_CHARS``; but a source
    the writer counts, "one lawyer", "a third senator", always by the end of the next paragraph), never one named before
    ("Judge Ana Ruiz ruled ... A federal judge in Ohio said" is another judge) nor one its own sentence speaks of. "The
    adviser" after "An adviser to Bill Clinton said", where no holder was named before, is whom that introduction is
    (:func:`_introduced`)."""
    holders = sorted(r for title in _titles(root.lower_) for r in idx.roles.get(title, []))
    if not holders or mention[0].lower_ in _QUANTIFIERS:
        return []
    gender = _noun_gender(root.lower_)  # "the congresswoman"
    holders = [r for r in holders if gender is None or idx.gender.get(r[1], gender) == gender]
    # "the Republican nominee" is no one the article gave the other party ("Democratic nominee Ana Ruiz")
    party = _parties(root)
    holders = [r for r in holders if len(party) != 1 or idx.party.get(r[1], next(iter(party))) in party]
    # "the Ukrainian president" is one the article called so, else one it gave no other nation
    nations = _nationals(root.children, {root.i})
    named = [r for r in holders if nations and nations <= r[2]]
    holders = named or [r for r in holders if nations <= r[2] or not r[2] & idx.nations]
    if not nations and root.lower_ == "president":  # a bare "the president" is one the article never gave a nation,
        # where it named one: the writer's own ("President Tom Hale spoke with Chinese President Li Wen ... The
        # president"), not the foreigner; a US president is no foreigner in English news ("US President Tom Hale met
        # Mexican President Ana Ruiz ... The president said")
        foreign = {r[1] for r in holders if r[2] & idx.nations - _AMERICAN}
        holders = [r for r in holders if r[1] not in foreign] or holders
    words = {rank(c) for c in _title_modifiers(root)
             if c.tag_ == "NNP" or rank(c) in _RANKS_OF_TITLES or c.lower_ in idx.title_words}
    of = _of_objects(root)
    # nor a plain title to another office of the noun: "the president" is not Vice President Ana Ruiz, nor Former
    # President Tom Hale; but the title that introduced someone often leaves out "former", so "the former president"
    # is one titled so where the article titled anyone so ("Former President Tom Hale ... President Ana Ruiz ... the
    # former president said" is Hale), else any holder
    holders = [r for r in holders if words >= r[2] & _OTHER_OFFICES]
    if "former" in words:
        holders = [r for r in holders if "former" in r[2]] or holders
    words.discard("former")
    if of and root.lower_ in _PORTFOLIO_NOUNS:
        holders = [r for r in holders if words <= r[2] and of <= r[2]]
    else:  # "the director of the FBI" may be FBI Director Tom Hale, not the director of a museum
        what = {w.removeprefix("of ") for w in of}
        holders = [r for r in holders if words <= r[2] and not (
            what and r[2] and what.isdisjoint(w.removeprefix("of ") for w in r[2]))]
    if mention[0].lower_ in _INDEFINITE:  # "a judge" introduces someone new, never one named before but the one
        # it is set off from ("Tom Lind, a farmer, who"); "One senator who spoke to him" is usually never named; and
        # whom its sentence speaks of after it is someone else ("A former president of the synagogue said Tom Hale
        # would not be welcome" is not President Tom Hale; but "Hale's plan ... a new president who" is Hale)
        renamed = [t for t in root.children if t.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        reach = before + _CATAPHORA_CHARS
        counted = mention[0].lower_ == "one" or len(mention) > 1 and mention[1].lower_ in _ORDINALS
        if counted or not _in_lead(mention):
            reach = min(reach, _next_paragraph_end(mention))
        sent = mention.sent
        spoken_of = {name for e, name, kind in idx.ents if kind == "person" and mention.end <= e.start < sent.end}
        return sorted((r for r in holders if before <= r[0] <= reach and r[1] not in spoken_of
                       or any(t.left_edge.idx <= r[0] <= t.idx for t in renamed)), key=lambda r: -r[0])
    if not holders or any(r[0] < before for r in holders):
        # the last is the one the article spoke of last: "President Tom Hale ... Peru's president, Ana Ruiz ... Hale
        # said ... the president added" is Hale
        last = {p[2]: p[0] for p in idx.persons[: bisect_left(idx.person_starts, before)]}
        earlier = [r for r in holders if r[0] < before]
        leader = _titled_most(earlier) if root.lower_ == "president" else None
        return sorted(earlier, key=lambda r: (r[1] == leader, max(r[0], last.get(r[1], -1))))
    # one an unnamed subject introduced before ("A senior official said ... The official added") is that one, named
    # as "a judge" is above, not the next holder of the title
    intro = _introduced(mention, root)
    if intro is not None:
        return _role_holders(idx, intro, intro.root, intro.start_char)
    # a title may also point forward to a person the article already named without it ("Mr. Lind ... The mayor
    # said ... Mayor Tom Lind")
    known = {p[2] for p in idx.persons if p[0] < before}
    return sorted((r for r in holders if r[0] - before <= _CATAPHORA_CHARS or r[1] in known),
                  key=lambda r: (r[1] in known, -r[0]))


def _titled_most(holders: list[tuple[int, str, frozenset[str]]]) -> str | None:
    """The president the article titles most often, at least three times and twice as often as any other: the
    one in office, whom "the president" means though a past one ("President Bill Clinton signed ...") or one he met
    was spoken of since ("Obama traveled to hear Clinton praise him. The president stayed ...")."""
    counts = Counter(r[1] for r in holders)
    (top, n), *rest = counts.most_common() or [(None, 0)]
    return top if n >= _LEADER_TITLES and all(n >= 2 * m for _, m in rest) else None


_OTHER_CHAMBER = {"house": ("senator",), "senate": ("representative", "congressman", "congresswoman")}  # titles a
# party member of that chamber does not hold
_FILED_WITH = frozenset(("sec", "irs", "fec", "fcc", "ftc", "fda", "ferc", "securities and exchange commission",
                         "federal election commission", "internal revenue service"))  # regulators filed with
_LEADER_TITLES = 3  # "President X" this often, and twice as often as any other, makes X the one in office
_AMERICAN = frozenset(("us", "u.s.", "american", "america"))  # a president's nation that news in English calls home
_INTRO_TOKENS = 2000  # how far back an introduction is looked for: a long article's length, so that a huge document
# costs no more per mention


def _introduced(mention: Span, root: Token) -> Span | None:
    """The indefinite subject of a sentence or a report that introduced the one a definite person noun means: "A
    former adviser to Bill Clinton describes her ..." for "the former adviser" (with every word the noun has before
    it), not "a senior adviser" said of someone, "what an American president was thinking" (no one in particular),
    "another official", nor for "the second official"."""
    words = {t.lower_ for t in mention[1 : root.i - mention.start]}
    if (mention[0].lower_ != "the" or root.tag_ != "NN" or root.lower_ not in _PERSON_NOUNS
            or words & (_ORDINALS | {"other", "first", "last", "new"})):  # "the second official" is someone else
        return None
    for t in reversed(mention.doc[max(0, mention.start - _INTRO_TOKENS) : mention.start]):
        if (t.lower_ == root.lower_ and t.dep_ == "nsubj" and (t.head.dep_ == "ROOT" or t.head.lower_ in SPEECH_WORDS)
                and t.left_edge.lower_ in _INDEFINITE - {"another"}
                and words <= {w.lower_ for w in mention.doc[t.left_edge.i : t.i]}):
            return mention.doc[t.left_edge.i : t.right_edge.i + 1]
    return None


# A wire story's dateline opening its line: a place in capitals (up to three words), its state or country, the
# agency, a dash ("SAN FRANCISCO (AP) — ", "PALM BEACH, Fla.—", "BRUSSELS - "); a roundup's label in capitals is
# read the same ("PORK - ")
_DATELINE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Z'’.&-]+(?:[ \t]+[A-Z][A-Z'’.&-]+){0,2})"
                       r"(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)*)?(?:[ \t]*\([A-Za-z .]+\))?"
                       r"(?:[ \t]*[—–]{1,2}|[ \t]+--?)[ \t]*(?=[A-Z\d\"“])")


def after_dateline(mention: Span) -> Span | None:
    """``mention`` without the dateline it starts in, or None where it is all dateline: the parse and the tagger
    run a wire story's dateline into the first sentence's subject ("SAN FRANCISCO (AP) — Twitter, reacting to ...,
    said" named "SAN FRANCISCO", "WESTBROOK, Maine — Workers ... had to decide" WESTBROOK), and PolNeAR's sources
    never hold one. What is left ends before a participle set off by a comma ("Twitter"), which the parse, with the
    dateline for the subject, hangs on the dateline."""
    doc = mention.doc
    text = doc.text
    m = _DATELINE.match(text, text.rfind("\n", 0, mention.start_char) + 1)
    if m is None or mention.start_char >= m.end() or m.start("place") < mention.start_char < m.end("place"):
        return mention  # a mention inside the capitals is a heading's ("HE'S BEEN CALLED OUT BY [DOCTORS] — ...")
    # contract: spaCy glues an abbreviation to the dash and the next word ("N.C.—Donald")
    rest = doc.char_span(m.end(), mention.end_char, alignment_mode="contract")
    if rest is None or not len(rest):
        return None
    aside = next((t.i for t in rest[1:-1] if t.text == "," and doc[t.i + 1].tag_ in ("VBG", "VBN")), rest.end)
    return doc[rest.start : aside]


def _bracket_closed(mention: Span) -> Span:
    """``mention`` with the bracket that closes the one it leaves open, which the parse hangs on the verb and the
    tagger may leave out: "Sen. Tom Lind (R-Texas)", "the Harbor Party (HP)", "most voters (62%)"."""
    opened = [t.text for t in mention]
    if opened.count("(") <= opened.count(")"):
        return mention
    doc = mention.doc
    for t in doc[mention.end : mention.end + 3]:
        if t.text == ")":
            return doc[mention.start : t.i + 1]
        if t.is_alpha or "\n" in t.text:
            break
    return mention


def _relative_speaker(doc: Doc, mention: Span, head: Token, anchor_char: int, idx: EntityIndex,
                      enclosing: Speaker | None) -> Speaker | None:
    """A relative pronoun's speaker (``mention`` opens with it; ``head`` is the noun its clause is on): the noun's,
    or, for a document the parse hides behind another word, its author ("a statement from Ana Lind, which said",
    where "which" hangs on Lind; "filed a lawsuit on Monday, which claims" and "a Courier report from May, which
    described", where it hangs on the date) or the one who issued it anew ("The company issued a statement, which
    said"; not "the board released the auditor's memo, which says", nor a later "the statement", which may be
    another's)."""
    rel = mention[0]

    def words(first: Token, last: Token) -> Speaker | None:
        return _resolve(doc, doc[first.left_edge.i : last.i + 1], anchor_char, idx, enclosing)

    noun = _antecedent(head) if rel.lower_ in ("who", "whom", "whose") else head
    if rel.lower_ == "which" and noun.dep_ == "appos" and noun.head.ent_type_ == "ORG" and noun.head.i < noun.i:
        noun = noun.head  # "Harbor Weekly, a small magazine, which said": the magazine's name, not its description
    stop = noun.i + 1
    # "An aide to the governor, who asked not to be named": the aide (to the governor) goes unnamed
    if rel.lower_ == "who" and noun.dep_ == "pobj" and _unnamed_clause(rel.head) and (
            _singular(noun.head.head.lower_) in _PERSON_NOUNS):
        noun = noun.head.head
    if rel.lower_ == "which" and noun.ent_type_ in ("DATE", "TIME"):  # the noun the date's preposition is on ("a
        # report from May, which"), else the object of the verb it hangs on ("filed a lawsuit on Monday, which")
        noun = noun.head.head if noun.dep_ == "pobj" else None
        if noun is not None and noun.pos_ not in ("NOUN", "PROPN"):
            noun = next((c for c in noun.children if c.dep_ == "dobj"), None)
        if noun is None:
            return None
    # widened to the names the parse cuts ("Americans for | Fair Rents group"), without a quotation's closing mark
    a, b = noun.left_edge.i, max(noun.i + 1, stop)
    while a < noun.i and doc[a].is_punct:
        a += 1
    cut = [e for e, _, kind in idx.ents if e.start < b and e.end > a and kind != "person"]
    sub = doc[min([a] + [e.start for e in cut]) : max([b] + [e.end for e in cut])]
    if noun.dep_ == "conj" and noun.head.i < noun.i and noun.tag_ in ("NNP", "NN") and (  # "Tom Lind and
            # Ana Ruiz, who both have ..." (but "Tom Lind and millions who share his views" are the millions)
            rel.head.tag_ == "VBP" or any(c.lower_ in ("both", "all") for c in rel.head.children)):
        sub = doc[noun.head.left_edge.i : noun.i + 1]
    target = _resolve(doc, sub, anchor_char, idx, enclosing)
    if target is not None and rel.lower_ == "which" and target.kind == "person" and (  # a misattached "which"
            noun.ent_type_ == "PERSON" or _singular(noun.lower_) in _PERSON_NOUNS):
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        target = words(owner, noun) if owner is not None and _document(owner) else None
    if (target is None or target.kind not in _SPEAKING) and (issuer := issuer_of(noun)) is not None:
        target = words(issuer, issuer)
    return _speaker(target.name, mention, target.kind) if target is not None else None


_UNNAMED_WORDS = frozenset(("named", "identified", "anonymity", "authorized", "authorised", "permitted"))


def _unnamed_clause(verb: Token) -> bool:
    """Why a source goes unnamed: "who asked not to be named", "who spoke on condition of anonymity", "who was not
    authorized to speak"."""
    return any(t.lower_ in _UNNAMED_WORDS for t in verb.subtree)


_TITLED_REACH = 8  # words between an organisation's name and the name of its member in one noun phrase


def _titled_member(mention: Span) -> Span | None:
    """The person an organisation's name and a role introduce in one noun phrase ("Harbor Radio legal analyst Peter
    Vance", "the Union of Oslo legal co-director Ana Lind"), where the parse makes the organisation the phrase's head
    (and the subject of the verb after it): the phrase names the analyst. Only modifiers lie between the name and the
    role (words of names of organisations or places, lower-case adjectives and nouns, "of", "at"), and the word
    right before the person is a role or title ("analyst", "director", "chief"). Not a person's name the mention
    ends inside (the tagger's "European Commission spokesman [Olivier] Bailly")."""
    root = _head(mention)
    doc = root.doc
    if root.ent_type_ not in _ORG_LABELS:
        return None
    for i in range(root.i + 1, min(len(doc), root.i + 1 + _TITLED_REACH)):
        t = doc[i]
        if t.ent_type_ in _PERSON_LABELS and t.ent_iob_ == "B":
            end = next((j for j in range(i + 1, len(doc)) if doc[j].ent_iob_ != "I"), len(doc))
            if not (doc[i - 1].tag_ == "NN" and doc[i - 1].lower_ in _TITLE_OR_PERSON_NOUNS) or i < mention.end < end:
                return None
            return doc[i:end]
        if not (t.ent_type_ in (*_ORG_LABELS, *_PLACE_LABELS) or t.lower_ in ("of", "at", "-")
                or t.tag_ in ("JJ", "NN") and t.is_lower):
            return None
    return None


def _resolve(doc: Doc, mention: Span, anchor_char: int, idx: EntityIndex, enclosing: Speaker | None) -> Speaker | None:
    root = _head(mention)
    low = root.lower_
    before = min(anchor_char, mention.start_char)
    rel = mention[0]
    if rel.lower_ == "whose" and len(mention) == 1 and rel.dep_ == "poss":  # the owner in "the bureau whose
        head = _relative_head(rel.head)  # charter says", "Tom Lind, whose spokesman said": the clause's noun
    else:
        head = _relative_head(rel) if rel.lower_ in _RELATIVE and rel.tag_ in ("WDT", "WP") else None
    if head is not None and (len(mention) == 1 or rel.head.i < mention.end  # "who", "which advocates for ..."
                             or all(t.lower_ in ("all", "both", "each") for t in mention[1:])):  # "who all"
        return _relative_speaker(doc, mention, head, anchor_char, idx, enclosing)
    if low in SELF_PRONOUNS and len(mention) == 1:
        if enclosing and enclosing.name:
            return _speaker(enclosing.name, mention, enclosing.kind)
        turn = _turn_speaker(idx, mention.start_char)
        if turn:
            return _speaker(turn, mention, "person")
        intro = _introducer(doc, mention, idx)
        return _speaker(intro.name, mention, intro.kind) if intro else None
    if low in _PERSON_PRONOUNS and len(mention) == 1:
        gender = "f" if low in _FEMININE else "m"

        def unnamed_speaker(unnamed: Span | None) -> Speaker | None:
            """The unnamed antecedent's, unless it resolves to a name of the other gender ("As she spoke, Mr. Lind")."""
            found = _resolve(doc, unnamed, anchor_char, idx, enclosing) if unnamed is not None else None
            if unnamed is None or found is not None and idx.gender.get(found.name, gender) != gender:
                return None
            return _speaker(found.name if found else _own_words(unnamed, unnamed.root), mention,
                            found.kind if found else "person")  # "A hospital spokeswoman": the hospital

        speaker = unnamed_speaker(_unnamed_antecedent(mention[0]))
        # "He said" after a report is its speaker again; not so a pronoun inside what was said ("The speaker noted
        # Lind's speech, in which he stated ...")
        past_said = not idx.blocked[mention.start_char]
        name = _conjoined_person(mention[0], idx, gender) if speaker is None else None
        reporter = _unnamed_subject(mention[0], idx, speaking=True) if speaker is None and name is None else None
        if reporter is not None and _recent_person(idx, before, gender, past_said,
                                                   after=reporter.start_char) is None:
            speaker = unnamed_speaker(reporter)  # the unnamed person who spoke last, no name of the gender since
        likened = _likened(mention[0], idx)
        if speaker is None and name is None:
            name = _described_subject(doc, mention[0], idx, gender) or _recent_person(
                idx, before, gender, past_said, skip=likened)
        if speaker is None and name is None:  # nobody named before
            speaker = unnamed_speaker(_unnamed_subject(mention[0], idx))
        if speaker is None and name is None and past_said:  # the one of that gender is named only in what was said
            # ("Lind accused Ana Ruiz of ... after she")
            name = _recent_person(idx, before, gender, past_said=False, skip=likened)
        if speaker is None and name is None:  # nobody else fits: the birth records guessed wrong ("Dr. Amara Diallo
            # ... He called")
            name = _recent_person(idx, before, gender, past_said, skip=likened, records=False)
        return _speaker(name, mention, "person") if name else speaker
    if low in _GROUP_PRONOUNS and len(mention) == 1:
        if _expletive(mention[0]):
            return None
        singular = low in ("it", "its")
        thing = _subject_antecedent(mention[0], idx, singular)
        found = _resolve(doc, thing, anchor_char, idx, enclosing) if thing is not None else None
        if found is not None and singular and found.kind == "person" and not _issuer(thing.root):  # "the Ana Ruiz
            found = None  # squad ... it": the squad (but a document the person issued speaks for them)
        if found is not None or thing is not None and thing.root.lower_ not in _GROUP_PRONOUNS:
            return _speaker(found.name if found else _own_words(thing, thing.root), mention,
                            found.kind if found else "other" if singular else "group")
        g = _recent_group(idx, before, singular=singular)
        return _speaker(g[0], mention, g[1]) if g else None
    if low == "both" and len(mention) == 1:
        pair = _the_two(idx, mention)
        return _speaker(_joined(pair), mention, "group") if pair else None
    if low in ("one", "another") and len(mention) == 1 and root.dep_ not in ("pobj", "dobj") and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in root.head.children):  # "Nurses rallied ... One said", "with
        # one saying"; not an object ("including one that"), nor anyone ("one would have expected")
        group = _subject_antecedent(mention[0], idx, singular=False)
        found = _resolve(doc, group, anchor_char, idx, enclosing) if group is not None else None
        if found is not None and found.name and found.kind == "group":
            return _one_of(found, mention)
    part = _partitive(mention, root)
    if part is not None:
        counted = _counted_speaker(doc, mention, root, part, anchor_char, idx, enclosing)
        if counted is not None:
            return counted
    transcript = _transcript_speaker(mention, idx)
    if transcript is not None:
        return transcript
    if any(c.dep_ in ("cc", "preconj") and c.lower_ in ("neither", "nor") for c in root.children):
        return _speaker(_own_words(mention, root), mention, "group")  # "Neither Lind nor Berg would say": not Berg
    coordinated = _conjuncts(mention, root, idx)
    if coordinated is not None:  # "Tom Lind and Ana Ruiz said": a joint statement is theirs, not its first member's
        parts, word = coordinated
        names = []
        for part in parts:
            listed = _listed_people(part, idx)
            if listed is not None:  # the parse nested the last members: "A, B, Mayor C and Chief D"
                names.extend(listed)
                continue
            found, head = _resolve(doc, part, anchor_char, idx, enclosing), _head(part)
            plural = head.tag_ in ("NNS", "NNPS")  # a group keeps its words: "Trump and other Republicans"
            # each member without its aside: "Republicans (84%) and Democrats (74%)", whose first bracket the part
            # leaves open
            names.append(found.name if found is not None and found.name and not plural
                         else _as_name(_own_words(part, head)))
        names = list(dict.fromkeys(names))
        if len(names) > 1:
            return _speaker(_joined(names, word), mention, "group")
    people = _listed_people(mention, idx)
    if people is not None:
        return _speaker(_joined(people), mention, "group")
    # "Labour's finance spokesperson, Priya Shah": a person renaming the head is the speaker.
    listed = _examples(mention, root)  # (not a name among the examples: "Leaders, among them Senator Ruth Hale,")
    renamed = next((e for e in idx.ents if e[2] == "person" and mention.start <= e[0].start < mention.end
                    and _is_apposition(e[0], root) and (listed is None or e[0].start < listed)),
                   None) if root.tag_ in ("NN", "NNS") else None
    # "Fox News’ Ana Ruiz", "Vox's Tom Hale": an outlet's person
    owned_name = next((e for e in idx.ents if e[2] == "person" and e[0].end == _trim_punct(mention).end
                       and mention.start < e[0].start - 1 and doc[e[0].start - 1].text in ("’", "'", "’s", "'s")
                       and doc[e[0].start - 1].tag_ in ("POS", "''")  # the outlet opens the mention
                       and all(t.tag_ in ("NNP", "NNPS", "DT") for t in doc[mention.start : e[0].start - 1])), None)
    if owned_name is not None:
        return _speaker(owned_name[1], mention, "person")
    # "Its parent company, Tovik Chemicals", "The plant's owner, Tovik Inc." (not "His union, not the Harbor League,")
    if renamed is None and root.tag_ == "NN":
        firm = next((e for e in idx.ents if e[2] == "organization" and mention.start <= e[0].start < mention.end
                     and _is_apposition(e[0], root) and _business_name(e[0], low)
                     and not any(t.lower_ == "not" for t in doc[root.i + 1 : e[0].start])), None)
        if firm is not None:
            return _speaker(firm[1], mention, "organization")
    if renamed is not None:  # with those listed with the person: "two senators, Tom Lind and Ana Ruiz of Utah,"
        chain = {renamed[0].root.i}
        for t in doc[renamed[0].end : mention.end]:
            if t.dep_ == "conj" and t.head.i in chain:
                chain.add(t.i)
        more = [e[1] for e in idx.ents if e[2] == "person" and renamed[0].end < e[0].end <= mention.end
                and e[0].root.i in chain]
        if more and root.tag_ == "NNS":
            return _speaker(_joined([renamed[1], *more]), mention, "group")
        return _speaker(renamed[1], mention, "person")
    # "The Ohio Republican said ...": a party member named by the party alone is a person; "the"
    # one is the person named last (not a senator for "the top House Democrat", nor a representative for "the Senate
    # Republican"), or the unnamed one introduced since ("One senior Democrat predicted ... this Democrat said"); "a
    # Tea Party Republican" is someone unnamed.
    if (low in _PARTISANS and root.tag_ in ("NNP", "NN") and mention[0].lower_ in _DEFINITE | _INDEFINITE
            and not (root.i + 1 < len(doc) and doc[root.i + 1].text == "-")  # not "a Democrat-controlled Senate"
            and not any(e[2] == "person" and mention.start <= e[0].start < mention.end for e in idx.ents)):
        if mention[0].lower_ in _INDEFINITE:
            return _speaker(_own_words(mention, root), mention, "person")
        i = bisect_left(idx.person_starts, before)
        named_at = idx.person_starts[i - 1] if i else -1
        unnamed = next((t for t in reversed(doc[max(0, mention.start - 200) : mention.start]) if t.lower_ == low
                        and t.idx > named_at and doc[t.left_edge.i].lower_ in _INDEFINITE), None)
        if unnamed is not None:
            return _speaker(_own_words(doc[unnamed.left_edge.i : unnamed.i + 1], unnamed), mention, "person")
        other_chamber = {r[1] for c in root.children if c.lower_ in _OTHER_CHAMBER
                         for role in _OTHER_CHAMBER[c.lower_] for r in idx.roles.get(role, [])}
        # as for "he", one named only in what someone said is not meant where another is ("Lind said Mrs. Ruiz
        # could have apologized. ... the Ohio Republican told reporters" is Lind)
        def same_party(name: str) -> bool:
            return idx.party.get(name, low) == low and name not in other_chamber

        named = (_recent(idx.persons, idx.person_starts, before, same_party, idx.blocked)
                 or _recent(idx.persons, idx.person_starts, before, same_party))
        return _speaker(named or _own_words(mention, root), mention, "person")
    # "his office", "her campaign": the possessor's organisation.
    poss = next((c for c in root.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    if (low in _ORG_NOUNS and poss is not None and low not in _SPOKES and low not in _AUTHORED  # (:func:`_author`)
            and not (root.tag_ == "NNP" and any(_index_entities_at(idx, root)))):  # nor a named
        # body's: "the White House’s Council of Economic Advisers"
        body = _place_body(root, idx)
        if body is not None:
            return _speaker(body, mention, "organization")
        owner_span = doc[poss.left_edge.i : poss.i + 1]
        owner = _resolve(doc, owner_span, before, idx, enclosing)
        if owner is None:
            return None
        # "the nurses' union" names itself
        if owner.name == _as_name(_description(owner_span)) and poss.tag_ in ("NN", "NNS"):
            return _speaker(_own_words(mention, root), mention, "organization")
        return _speaker(owner.name if owner.kind != "person" else f"{owner.name}'s {low}", mention, "organization")
    # "the Obama campaign": a person's organisation, named like "his campaign"; not "the Obama White House".
    if low in _ORG_NOUNS and low not in _SPOKES and not any(_index_entities_at(idx, root)):
        owner = next((e for e in idx.ents if e[2] == "person" and e[0].root.head == root
                      and e[0].root.dep_ == "compound" and mention.start <= e[0].start), None)
        if owner is not None:
            return _speaker(f"{owner[1]}'s {low}", mention, "organization")
    # "a spokesperson for X" / "X's spokesman" / "a Commission spokesman" / "a department spokesman":
    # X's organisation (a common noun only when it is the head of an organisation the article names, or a
    # business noun, "a company spokesperson", which refers back like "the company").
    if low in _SPOKES:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from")), None)
        named = next((c for c in root.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NN")), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else poss or named
        if obj is not None:
            end = obj.right_edge.i + (doc[obj.right_edge.i].tag_ != "POS")  # "the ministry's" -> "the ministry"
            # a name the parse hangs on the owner is the spokesman's: "The spokesman for the fire department, Capt.
            # Rolf Ansel," is Ansel, not his office
            set_off = next((c for c in obj.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","), None)
            person = next((e for e in idx.ents if e[2] == "person" and e[0].start <= set_off.i < e[0].end),
                          None) if set_off is not None else None
            if person is not None:
                return _speaker(person[1], mention, "person")
            end = min(end, set_off.left_edge.i - 1) if set_off is not None else end
            owner_span = doc[obj.left_edge.i : end]
            owner = _resolve(doc, owner_span, before, idx, enclosing)
            if owner is not None:
                name = owner.name if owner.kind != "person" else f"{owner.name}'s office"
                written = _description(owner_span)
                if name == written:  # no entity: maybe part of a known name ("European Commission")
                    name = next((o for o in idx.orgs if _contains_words(o, name)), name)
                if name == written and obj is named and obj.lower_ in _COMPANY_NOUNS:  # "a company spokesman"
                    name = _recent_company(idx, before, obj.lower_) or name
                if obj is not named or obj.tag_ == "NNP" or name != written:
                    return _speaker(name, mention, "organization")
    # "the bureau whose charter says", "the union, whose leaders said": the owner speaks through them (its
    # spokesman, office or campaign are above), but not through people of their own ("young people whose parents")
    if poss is not None and poss.lower_ == "whose" and (
            _singular(low) in _VOICE_NOUNS or _singular(low) not in _PERSON_NOUNS | _KIN):
        owner = _resolve(doc, doc[poss.i : poss.i + 1], before, idx, enclosing)
        return _speaker(owner.name, mention, owner.kind) if owner is not None else None
    # "Republicans, from Lind to Anna Berg to Piotr Castell,": a range of examples (wherever the parser hangs
    # it) does not name the group.
    range_from = next((t for t in mention[2:] if t.lower_ == "from" and t.nbor(-1).text == ","
                       and t.nbor(-2).tag_ in ("NNS", "NNPS")
                       and any(x.lower_ == "to" for x in doc[t.i + 2 : mention.end])), None)
    if range_from is not None:
        group = _resolve(doc, doc[mention.start : range_from.i - 1], anchor_char, idx, enclosing)
        return _speaker(group.name, mention, group.kind) if group is not None else None
    if _document(root):
        author = _author(doc, mention, root, before, idx, enclosing)
        if author is None and _refers_back(mention, root):  # "the report": the one named last
            author = _earlier_author(idx, mention, low)
        if author is not None:
            return author
    # "Senior officials in President Anna Berg's administration": the person's organisation, as "his office".
    org_of = next((e for e in idx.ents if e[2] == "person" and mention.start <= e[0].start < mention.end
                   and _in_persons_org(e[0], root)), None) if _singular(low) in _VOICE_NOUNS else None
    if org_of is not None:
        return _speaker(f"{org_of[1]}'s {org_of[0].root.head.lower_}", mention, "organization")
    ent = _ent_in(idx, mention, root)
    if listed is not None and (ent is None or listed < ent[0].start):
        return _speaker(_description(_trim_punct(mention.doc[mention.start : listed])), mention, _noun_kind(root))
    qualified = _qualified(mention, root, ent) if ent is not None else None
    holders = _role_holders(idx, mention, root, max(before, mention.start_char))
    age_alone = _age_alone(mention)
    intro = _introduced(mention, root) if not holders else None
    if intro is not None:  # the one introduced, unnamed: the name it was given, "a former adviser to Bill Clinton"
        named = _resolve(doc, intro, intro.start_char, idx, enclosing)
        return (_speaker(named.name, mention, named.kind) if named is not None
                else _speaker(_own_words(mention, root), mention, "person"))
    if not holders and (_epithet(mention, root, idx) or age_alone):
        name = _recent_person(idx, before, _noun_gender(low), past_said=not idx.blocked[mention.start_char],
                              skip=_not_the_described(root, idx))
        if name is not None or age_alone:  # "the 34-year-old" with no one named before: someone unnamed
            return _speaker(name or _own_words(mention, root), mention, "person")
    if qualified is not None and ent[2] == "person" and ent[0].root.dep_ == "poss" and ent[0].root.head == root:
        # "Ana Ruiz's (Swedish) lawyer (Tom Hale)": the one named there, else one the article gave the title ("his
        # lawyer, Tom Hale", "press secretary Tom Hale") but not for something else ("a spokesman for a tenants'
        # group") nor of a nation ("the U.S. attorney"), and a lawyer only one named as someone's; else no one named
        named = next((e for e in idx.ents if e[2] == "person" and root.i < e[0].start < mention.end), None)
        if named is not None:
            return _speaker(named[1], mention, "person")
        owned = [r for r in holders if r[1] != ent[1] and (_OWNED in r[2] if _singular(low) in _COUNSEL else not any(
            w.startswith("of ") or w in idx.nations for w in r[2]))]
        return _speaker(owned[-1][1], mention, "person") if owned else qualified
    # else "the mayor" of the article; but "a lawyer for the ACLU" is not the lawyer the article named
    if qualified is not None and (root.tag_ == "NNS" or not holders or mention[0].lower_ in _INDEFINITE
                                  and ent[0].label_ == "ORG"):
        return qualified
    # "The governor, a Republican," / "The Republican governor": a group in apposition or as a modifier
    # describes a person noun, it does not name it; so does a name in a title the article gave someone ("the
    # FBI director" after "FBI Director Tom Lind").
    modifies = ent is not None and ent[0].root.head == root and (
        ent[0].root.dep_ in ("amod", "compound") or ent[0].root.dep_ == "poss" and ent[0].label_ in _PLACE_LABELS)
    described = ent is not None and (
        ent[0].label_ in _GROUP_LABELS and low in _PERSON_NOUNS and (_is_apposition(ent[0], root) or modifies)
        or modifies and _from_place(ent[0], root)
        or modifies and bool(holders) and root.tag_ in ("NN", "NNP")
        # what a title is of: "the secretary of state" is no organisation "State"
        or (bool(holders) or low in _PORTFOLIO_NOUNS) and ent[0].root.dep_ == "pobj" and ent[0].root.head.head == root
        and ent[2] != "person")
    if ent is not None and not described and (root.i in range(ent[0].start, ent[0].end) or ent[0].root.head == root
                                              or root.tag_ != "NN" or _after_office(mention, ent[0])):
        # "Its leader, Maria Strand", "His wife, Elif": an appositive name of a person noun names a person,
        # whatever NER said.
        kind = "person" if low in _PERSON_OR_KIN and ent[0].root.dep_ == "appos" else ent[2]
        return _speaker(ent[1], mention, kind)
    if root.tag_ in ("NN", "NNP") and holders:
        return _speaker(holders[-1][1], mention, "person")
    if low == "president" and len(mention) == 2 and mention[0].lower_ == "the":
        leader = _untitled_leader(idx, before)
        if leader is not None:
            return _speaker(leader, mention, "person")
    if ((low in _ORG_NOUNS or low in _MEDIA_NOUNS or low in _NONPROFIT_HEADS)
            and mention[0].lower_ in ("the", "this", "that") and not _of_members(root) and not _of_a_nation(root)
            and not (low == "agency" and _described(mention, root))):
        org = _named_org(idx, low, before, mention)
        if org is None and ent is None and mention[0].lower_ == "the":
            if low in _COMPANY_NOUNS and root.tag_ != "NNP":  # not a name the NER missed ("European Research Group")
                org = _recent_company(idx, before, low)
            elif low in _MEDIA_NOUNS:
                org = _recent(idx.companies, idx.company_starts, before,
                              lambda n: _is_news_org(n) or _MEDIA_SYNONYMS.get(low, low) in idx.outlets.get(n, ()))
        if org:
            return _speaker(org, mention, "organization")
    if ent is not None and not described and not (  # but "a lawyer for the wife of Tom Lind" is not Lind
            ent[2] == "person" and low in _PERSON_NOUNS and _object_of_preposition(ent[0])):
        return _speaker(ent[1], mention, ent[2])
    toks = _name_tokens(mention)  # a name the NER missed: a transcript's "REYES:", a sentence-initial "Voss"
    words = [t.text for t in toks]
    if words and len(words) <= 3 and all(t.tag_ == "NNP" or (t.is_upper or t.is_title) and len(t) > 1 for t in toks):
        person = next((e[1] for e in idx.ents if e[2] == "person" and _plausible_name(e[1])
                       and _contains_name(e[1].split(), words)), None)
        if person is not None:
            return _speaker(person, mention, "person")
        # the same words the NER named elsewhere in the article ("Facebook said" after "the Facebook spokesman")
        same = next((e for e in idx.ents if e[0].text == _name_text(toks)), None) if root in toks else None
        if same is not None:
            return _speaker(same[1], mention, same[2])
    # "his lawyers", "her husband": the people of the person the pronoun means, named as "Ana Ruiz's lawyers" is;
    # not inside a quotation, where "her" is whom the quoted speaker means, nor in a list, whose "his" may be an
    # unnamed person's before it ("the store owner and his customer")
    if (poss is not None and poss.lower_ in ("his", "her") and root.tag_ in ("NN", "NNS")
            and _singular(low) in _PERSON_OR_KIN | _PEOPLE_NOUNS and not idx.quoted[poss.idx]
            and root.dep_ != "conj" and not any(t.dep_ == "cc" for t in mention)):
        owner = _owner(poss, idx)
        if owner is not None:
            return _speaker(owned_by(owner, mention, root, poss.i + 1), mention, _noun_kind(root))
    if (root.pos_ == "PRON" or root.tag_ in ("PRP", "PRP$", "WP", "EX", "DT")) and (
            low not in _PEOPLE_QUANTIFIERS):  # but "Some said" is some people
        return None
    if all(t.like_num or t.is_punct for t in mention):  # "with 4,747 confirmed cases" tagged as a source
        return None
    return _speaker(_own_words(mention, root), mention, _noun_kind(root))


# Words before a name that make it one of a group or one beside it, not the group: "some of them, notably X", "along
# with X"
_WITH_OTHERS = frozenset(("such", "including", "like", "along")) | _EXAMPLE_ADVERBS


def _counted_speaker(doc: Doc, mention: Span, root: Token, part: Span, anchor_char: int, idx: EntityIndex,
                     enclosing: Speaker | None) -> Speaker | None:
    """Some of a group (``part``, :func:`_partitive`) speak as the group: "several of Tom Lind's aides" as "Tom
    Lind's aides", "most of the Iowans" as "Iowans", but one of them is one person ("one of his aides" is "one of
    Tom Lind's aides", of kind person); a person named after it, set off by a comma, is that person
    ("one of his deputies, Rep. Ana Ruiz,"; not examples, "some of the members, such as Tom Lind,", "notably Tom
    Lind", nor a leader, "some of the lawmakers, led by Tom Lind,"); a plain group keeps the mention's words ("one of
    the suspects", and "half of Hispanic Democrats" are no "Democrats"), of kind group, or other for documents
    ("several of the studies"). ``None`` where a person is named after the group but cannot be resolved: the
    caller's rules then apply."""
    named_after = next((e[0] for e in idx.ents if e[2] == "person" and part.end <= e[0].start
                        and e[0].end <= mention.end), None)
    between = doc[part.end : named_after.start] if named_after is not None else ()
    # in apposition after a comma, not led or joined by the person ("some of the lawmakers, led by Tom Lind,")
    commas = [t.i for t in between if t.text == ","]
    lead = doc[commas[-1] + 1 : named_after.start] if commas else ()
    if commas and not any(t.lower_ in _WITH_OTHERS for t in between) and not any(t.pos_ == "VERB" for t in lead) and (
            not lead or lead[0].pos_ != "ADP"):
        found = _resolve(doc, doc[named_after.start : mention.end], anchor_char, idx, enclosing)
        return _speaker(found.name, mention, found.kind) if found is not None and found.name else None
    found = _resolve(doc, part, anchor_char, idx, enclosing) if part.root.pos_ != "PRON" else None
    head, bare = _head(part), _as_name(part[1:].text if part[0].tag_ == "DT" else part.text)
    one = mention[0].lower_ == "one"
    if found is not None and found.name and (found.name == bare if head.ent_type_ in _GROUP_LABELS
                                             else found.name != _as_name(_own_words(part, head))):
        if one and found.kind == "group":
            return _one_of(found, mention)
        return _speaker(found.name, mention, found.kind)
    kind = "other" if _document(head) else "person" if one else "group"
    return _speaker(_own_words(mention, root), mention, kind)


def _one_of(group: Speaker, mention: Span) -> Speaker:
    """One person of a group that spoke: "one of Tom Hale's lawyers", "one of two council members"."""
    return _speaker(f"one of {group.name}", mention, "person")


def _described_subject(doc: Doc, pron: Token, idx: EntityIndex, gender: str) -> str | None:
    """The person a "he"/"she" means where the subject of its sentence or the one before is a title for someone the
    article named ("Hoyer accused the president of ... The president defended the talks. He said" is the president,
    Trump, not Hoyer, the last name). Not where a person of the pronoun's gender is the subject of a clause after
    that title, nor a title inside a quotation or what was said, nor one joined to the pronoun ("The mayor and he
    noted"), nor one that names nobody; not other person nouns, which the article may use for several people ("the
    student")."""
    noun = next((t for t in reversed(doc[_sentences_back(pron, 1) : pron.i])
                 if t.dep_ in _SUBJ_DEPS and t.tag_ == "NN" and t.lower_ in _ANY_TITLE and not t.ent_type_
                 and not idx.blocked[t.idx] and _main_clause(t.head) and t.head != pron.head), None)
    if noun is None or doc[noun.left_edge.i].lower_ not in _DEFINITE:
        return None
    i = bisect_left(idx.person_starts, noun.idx)
    if any(p[3] and idx.gender.get(p[2], gender) == gender and not idx.blocked[p[0]]
           for p in idx.persons[i : bisect_left(idx.person_starts, pron.idx)]):
        return None
    found = _resolve(doc, doc[noun.left_edge.i : noun.i + 1], noun.idx, idx, None)
    named = found is not None and any(name == found.name for _, name, kind in idx.ents if kind == "person")
    return found.name if named and idx.gender.get(found.name, gender) == gender else None


_LEAD_LINE_CHARS = 80  # shorter lines above a story are its headline, byline, picture credits or highlights


def _in_lead(mention: Span) -> bool:
    """``mention`` is in the article's lead, its first two paragraphs (not counting short lines): where news
    introduces the person a story is about by a description and names them paragraphs later ("A federal judge
    ruled ..." ... "Judge Ana Ruiz wrote"). Further on, "a senator" is more often one the writer never names."""
    doc = mention.doc
    full, start = 0, 0
    for t in doc[: mention.start]:
        if breaks_line(t):
            full += t.idx - start >= _LEAD_LINE_CHARS
            start = t.idx + len(t)
            if full >= 2:
                return False
    return True


def _next_paragraph_end(mention: Span) -> int:
    """Where the paragraph after ``mention``'s ends, in characters (the second line break after it)."""
    doc = mention.doc
    breaks = (t for t in doc[mention.end :] if breaks_line(t))
    next(breaks, None)  # the end of the mention's own paragraph
    return next((t.idx for t in breaks), doc[-1].idx + len(doc[-1]))


def _introducer(doc: Doc, mention: Span, idx: EntityIndex) -> Speaker | None:
    """Who the paragraph before ``mention``'s introduces with a reporting verb and a colon: the speaker of a block
    quotation printed without quotation marks ("Here's what Tom Lind told the paper:\n\nI think ..."; "Lind
    wrote on Facebook:"). Only the paragraph right after the colon: where a block ends, the writer's own "I"
    may follow. Not an "I" that introduces ("In an earlier post, I quoted the paper:")."""
    i = mention.start  # back to the paragraph's break, then over it (tokens: ``doc.text`` rebuilds the text)
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    while i > 0 and doc[i - 1].is_space:
        i -= 1
    if i == 0 or doc[i - 1].text != ":":
        return None
    for verb in reversed(doc[i - 1].sent[:-1]):
        if verb.lower_ not in SPEECH_FORMS or verb.pos_ not in ("VERB", "AUX") or editors_mark(verb):
            continue
        for subj in _clause_subjects(verb):
            if subj.lower_ in SELF_PRONOUNS:
                return None
            found = _resolve(doc, doc[subj.left_edge.i : subj.i + 1], subj.idx, idx, None)
            if found is not None and found.name:
                return found
    return None


_READ_BY = frozenset("seen obtained reviewed read received viewed acquired examined leaked".split())  # not authors


def _author(doc: Doc, mention: Span, root: Token, before: int, idx: EntityIndex,
            enclosing: Speaker | None) -> Speaker | None:
    """Who speaks through a document: the one after "by" or "from" ("a report from the Office of Rural Affairs", "a
    poll released Thursday by Quinnipiac University", not "a memo seen by reporters"), an organisation it appears in
    ("a study in the Journal of X"), the one a recording is of or an interview with; else the one owning it ("the
    committee's report", "the minister's letter") or a name modifying it ("a CNN poll", "Berg's letter"); never what
    it is about ("a review of the Harbor Fund", "a report on Mayor Tom Lind's program"). The document itself when no
    author is named but other names are; None when no name is in the mention."""
    preps = [c for c in root.children if c.i < mention.end and c.dep_ in ("prep", "agent")]
    preps += [p for c in root.children if c.dep_ == "acl" and c.i < mention.end and c.lower_ not in _READ_BY
              for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" and p.i < mention.end]
    noun = _singular(root.lower_)
    for prep in preps:
        kinds = {"by": _SPEAKING, "from": _SPEAKING, "in": {"organization"},
                 "of": _SPEAKING if noun in _RECORDINGS else (),
                 "with": {"person", "group"} if noun == "interview" else ()}.get(prep.lower_, ())
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if kinds else None
        if obj is None:
            continue
        cut = [c.left_edge.i for c in obj.rights if c.dep_ in ("acl", "relcl")]  # "scholars published in ..."
        end = min([*cut, obj.right_edge.i + 1, mention.end])
        if end <= obj.left_edge.i:
            continue
        author = _resolve(doc, doc[obj.left_edge.i : end], before, idx, enclosing)
        # not "an interview with the magazine X", nor "a report in Ohio"
        if author is not None and author.kind in kinds and (prep.lower_ != "in" or author.name not in idx.places):
            return _speaker(author.name, mention, author.kind)
    owner = next((c for c in root.children if c.dep_ == "poss" and not c.ent_type_ and c.i >= mention.start), None)
    if owner is not None:  # "the committee's report", "his statement": whoever the owner is (a name: below)
        # with the body between ("the drivers' union statement" is the union's, not the drivers')
        body = next((c for c in root.children if c.dep_ == "compound" and c.i > owner.i and speaks(c)), owner)
        # "his" after a person's possessive that opens the subject is that person's, not the last speaker's
        possessor = _subject_owner(owner, idx) if owner.lower_ in ("his", "her") and not idx.quoted[owner.idx] else None
        if possessor is not None and body is owner:
            return _speaker(possessor, mention, "person")
        author = _resolve(doc, doc[owner.left_edge.i : body.i + 1], before, idx, enclosing)
        if author is not None and author.kind in _SPEAKING:
            return _speaker(author.name, mention, author.kind if body is owner else _noun_kind(body))
    inside = [e for e in idx.ents if mention.start <= e[0].start < mention.end]
    # a name the document hangs on ("a CNN poll", "Berg's letter"), or one outside its phrase that the
    # tagger's mention runs into ("In a 2019 survey of young people, the Trevor Project, ... found"); but not the
    # regulator a filing is made to ("an SEC filing", "a new IRS filing" is the filer's, not the agency's)
    authors = [e for e in inside if e[0].root.head == root and e[0].root.dep_ in _MODIFIER_DEPS | {"appos"}
               and not (noun == "filing" and e[0].text.lower() in _FILED_WITH)
               or not root.left_edge.i <= e[0].start < root.right_edge.i + 1]
    if authors:
        party = _PARTY_WORDS.get(authors[0][1].lower()) if authors[0][2] == "group" else None
        # "the Democratic memo" is the Democrats'
        return _speaker(f"{party.title()}s" if party else authors[0][1], mention, authors[0][2])
    return _speaker(_own_words(mention, root), mention, _noun_kind(root)) if inside else None


def _relative_head(rel: Token) -> Token | None:
    """The noun a relative pronoun's clause modifies, also where the parser failed to attach the clause to it: a
    second clause of the same noun ("Tom Lind, who won twice and who said ...": the first "who"'s noun) and a
    "who" right after a comma and a noun, a parenthetical adverb aside ("Republicans, who've railed against
    ...", "one man, however, who said ...") or to a date after the noun ("a challenger in 2018, who said": people,
    not years, are who)."""
    if rel.head.dep_ == "relcl":
        head = rel.head.head
        if rel.lower_ == "who" and head.dep_ == "pobj" and head.ent_type_ in ("DATE", "TIME"):
            noun = rel.doc[head.head.i - 1] if head.head.i > rel.sent.start else None
            return noun if noun is not None and noun.tag_ in ("NN", "NNS", "NNP", "NNPS") else None
        return head
    if rel.lower_ != "who" or rel.i == rel.sent.start:
        return None
    doc = rel.doc
    prev = doc[rel.i - 1]
    if prev.lower_ in ("and", "or"):
        first = next((t for t in reversed(doc[rel.sent.start : rel.i - 1]) if t.lower_ == "who"), None)
        return first.head.head if first is not None and first.head.dep_ == "relcl" else None
    if prev.text != "," or rel.i < rel.sent.start + 2:
        return None
    noun = doc[rel.i - 2]
    if noun.tag_ == "RB" and noun.i - 2 >= rel.sent.start and doc[noun.i - 1].text == ",":  # ", however,"
        noun = doc[noun.i - 2]
    return noun if noun.tag_ in ("NN", "NNS", "NNP", "NNPS") else None


def _antecedent(noun: Token) -> Token:
    """What "who" refers to when the parser hangs the clause on a noun that cannot speak: "Omar Castillo, the
    front-runner for the Republican nomination, who said ..." is Castillo's clause, not the nomination's. Walks
    up prepositional phrases, appositions and participles to a noun that can (a named entity or a speaker noun):
    "a chorus of activists calling for aid to the island, who argued ..." are the activists, not the island; nor
    is a place or a date anyone ("Tom Lind, the former mayor of New York City, who lobbied ..." is Lind), nor a body
    someone is a member of ("Ana Vogt, a member of the Future party, who accused ..." is Vogt)."""
    tok = noun
    while not (tok.ent_type_ in _WHO_LABELS or _singular(tok.lower_) in _SPEAKER_NOUNS or tok.pos_ == "PRON") or (
            _membership(tok)):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
        elif tok.dep_ in ("appos", "acl"):
            tok = tok.head
        else:
            return noun
    return tok


def _membership(tok: Token) -> bool:
    """``tok`` is (in the name of) a body a person noun is a member of: "a member of the Future for Austria party"."""
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.ent_type_ and tok.head.head.ent_type_ == tok.ent_type_:
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PERSON_NOUNS
