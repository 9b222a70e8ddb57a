"""Earlier mentions a pronoun or a description refers back to: the recent person, business or group, the
subject of a clause, the unnamed person a sentence was about."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...types import SpeakerKind
from ..lexicon import SPEECH_FORMS
from .names import _document, _is_news_org, _singular
from .ner import _PUBLIC_ACRONYMS, _subject
from .words import (
    _ANY_BUSINESS,
    _BUSINESS_NOUNS,
    _FEMALE,
    _FEMININE,
    _GROUP_LABELS,
    _GROUP_PRONOUNS,
    _KIN_GENDER,
    _MALE,
    _MASCULINE,
    _PERSON_LABELS,
    _PERSON_NOUNS,
    _PERSON_OR_KIN,
    _PLACE_LABELS,
    _PLATFORMS,
    _SUBJ_DEPS,
    _SUBJECT_REACH,
    _THEY_NOUNS,
    _WHO_LABELS,
)

if TYPE_CHECKING:
    from .index import EntityIndex


def _turn_speaker(idx: EntityIndex, before: int) -> str | None:
    """The person whose turn of an interview's dialogue (:func:`_turns`) ``before`` falls in."""
    i = bisect_left(idx.turns, (before,))
    return idx.turns[i - 1][1] if i else None


def _recent_person(idx: EntityIndex, before: int, gender: str | None, past_said: bool, after: int = -1,
                   skip: Container[str] = (), records: bool = True) -> str | None:
    """The antecedent of he/she (see :func:`_recent`), of the pronoun's gender where the person's is known (not
    ``records``: known otherwise than from birth records); ``past_said``: none inside what was said
    (:func:`block`). In a dialogue's turn, never the person who has the turn (who says "I") nor a turn's label
    ("kaleigh:"), and names said in the turns count: a dialogue is all said, and its "he" is someone just spoken of
    ("Why is Trump doing this?" - "He ..."). Never one of ``skip``."""
    speaker = _turn_speaker(idx, before)
    return _recent(idx.persons, idx.person_starts, before,
                   lambda name: name != speaker and name not in idx.labels and name not in skip and (
                       gender is None or idx.gender.get(name, gender) == gender
                       or not records and name in idx.recorded),
                   idx.blocked if past_said and speaker is None else None, after)


def _likened(pron: Token, idx: EntityIndex) -> set[str]:
    """People the pronoun's own clause compares its referent with, before it: "Like Cohn, he opposed the tariffs",
    "Unlike her rival Ana Ruiz, she said" (a writer who meant Cohn would not have written "he")."""
    objects = {t.i for c in pron.head.children if c.dep_ == "prep" and c.lower_ in ("like", "unlike") and c.i < pron.i
               for t in c.subtree}
    return {p[2] for p in idx.persons if p[1].root.i in objects} if objects else set()


def _recent(mentions: list[tuple[int, Span, str, bool]], starts: list[int], before: int, keep=None,
            blocked: bytearray | None = None, after: int = -1) -> str | None:
    """Most recent subject mention (else mention) among the last few between ``after`` and ``before`` that
    ``keep`` accepts, none of them ``blocked``."""
    i = bisect_left(starts, before)
    earlier = (mentions[k] for k in range(i - 1, bisect_right(starts, after) - 1, -1))
    window = list(islice((p for p in earlier if not (blocked and blocked[p[0]])), 6))
    ok = [p for p in window if keep is None or keep(p[2])]
    return _prefer_subject(ok)[2] if ok else None


# How far back "the company" looks for a business the article names only once (about 170 words): further back, one
# named once is a passing mention ("a lawsuit by Harbor Freight Inc." pages before "Tovik ... the company said").
_COMPANY_REACH = 1000  # characters


def _recent_company(idx: EntityIndex, before: int, noun: str) -> str | None:
    """What "the company" refers to: the last business named (:func:`_recent`), one the article calls a business
    first ("Tovik SA ... Photo: NASA ... the company said" is Tovik); not for "the group" nor for a kind of
    business ("the airline" is no "security firm Votewise"). "The group" is never a news outlet or an online
    platform ("The group posted a picture ... to Twitter"; but "the media watchdog organization" may be one named
    for the media), nor is a business a news outlet that reported on it ("Reuters first reported the breach. The
    company said"), though one the article calls a business may be; a public body named by acronym is only "the
    organization", "the regulator" or "the watchdog" ("Brivox reported it to the FBI. But the company says" is not
    the FBI). A business named once is one only within the last paragraphs (``_COMPANY_REACH``)."""
    def keep(name: str) -> bool:
        if name in _PUBLIC_ACRONYMS and noun not in ("organization", "organisation", "regulator", "watchdog"):
            return False
        if noun in _BUSINESS_NOUNS:
            return not _is_news_org(name) or name in idx.firms
        return noun != "group" or not _is_news_org(name) and name.lower() not in _PLATFORMS

    named = Counter(c[2] for c in idx.companies)
    near = [c for c in idx.companies if c[0] >= before - _COMPANY_REACH or named[c[2]] > 1]
    starts = [c[0] for c in near]
    firm = None if noun not in _ANY_BUSINESS else _recent(near, starts, before, idx.firms.__contains__)
    return firm or _recent(near, starts, before, keep)


# Person nouns a president may also be called ("the businessman", "the party's leader").
_PRESIDENTIAL_NOUNS = frozenset(("president", "leader", "head", "chief", "executive", "ceo", "founder", "owner",
                                 "investor", "businessman", "businesswoman", "entrepreneur", "politician", "man",
                                 "woman", "person", "father", "mother", "parent", "member", "boss", "veteran",
                                 "citizen"))
# Titles whose holder is not "the president" the article leaves unnamed: other offices, the people around one, and
# trades ("journalist Tom Hale").
_RIVAL_OFFICES = frozenset(("nominee", "candidate", "challenger", "senator", "governor", "mayor", "secretary",
                            "minister", "speaker", "representative", "congressman", "congresswoman", "ambassador",
                            "director", "attorney", "lawyer", "adviser", "advisor", "aide", "spokesman",
                            "spokeswoman", "spokesperson", "host", "anchor", "judge", "justice", "chairman",
                            "chairwoman", "commissioner")) | _PERSON_NOUNS - _PRESIDENTIAL_NOUNS


def _untitled_leader(idx: EntityIndex, before: int) -> str | None:
    """Whom "the president" means where the article never titles anyone president (it writes "Trump", "Mr. Obama"):
    the person it has named most often so far, the one named last of those tied, who holds no rival office nor a
    trade the article gave ("Republican nominee Tom Lind", "Vice President Ana Ruiz", "journalist Tom Hale" are not
    the president). The person named last is often someone the president spoke of or with ("Trump told Lavrov ...
    The president"), the one named most is rarely."""
    rivals = {r[1] for role, held in idx.roles.items() for r in held
              if role in _RIVAL_OFFICES or role == "president" and "vice" in r[2]}
    earlier = idx.persons[: bisect_left(idx.person_starts, before)]
    named = Counter(p[2] for p in earlier if p[2] not in rivals)
    last = {p[2]: p[0] for p in earlier}
    return max(named, key=lambda name: (named[name], last[name]), default=None)


def _prefer_subject(cands: Sequence[tuple]) -> tuple:
    """The nearest candidate (``cands`` nearest first, ``(start_char, ..., is_subject)``), unless a subject among
    the nearest three is close to it (a sentence or two): a subject wins over a closer non-subject."""
    near = cands[0]
    subj = next((c for c in cands[:3] if c[3]), None)
    return subj if subj is not None and near[0] - subj[0] <= _SUBJECT_REACH else near


def _recent_group(idx: EntityIndex, before: int, singular: bool) -> tuple[str, SpeakerKind] | None:
    """The antecedent of they/it: the last organisation, place or people named, a subject preferred as for
    he/she (:func:`_recent`: "Senators blocked a motion on Ukraine. They ..." are the senators); "it" is never
    a people ("Democrats", "Muslims"), nor a place named only as where something is ("workers in Ohio",
    "his Manhattan office"), "they" never a place (news writes "it" for a city or a country)."""
    i = bisect_left(idx.group_starts, before)
    earlier = (idx.groups[k] for k in range(i - 1, -1, -1))
    ok = list(islice((g for g in earlier if (g[2] != "group" and (g[3] or g[1] not in idx.places) if singular
                                             else g[1] not in idx.places and g[0] not in idx.documents)), 3))
    if not ok:
        return None
    pick = _prefer_subject(ok)
    return pick[1], pick[2]


# Verbs whose subject authored their object: "issued a statement", "released a report"; except what "released",
# "published" or "posted" makes public of another's ("the site released an email").
_ISSUED = frozenset("issued released published posted sent filed wrote signed".split())
_PUBLISHED = frozenset(("released", "published", "posted"))
_LEAKABLE = frozenset("""email emails document documents recording recordings tape tapes transcript transcripts
footage files cable cables""".split())


def _issued(noun: Token) -> bool:
    """``noun`` is something its clause's subject issues anew ("The company issued a statement"), whose words are that
    subject's; not "the board released the auditor's memo", "hackers released an email", nor a later "the
    statement", which may be another's."""
    return noun.dep_ == "dobj" and noun.head.lower_ in _ISSUED and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and not (
        noun.head.lower_ in _PUBLISHED and noun.lower_ in _LEAKABLE)


def _issuer(subj: Token) -> bool:
    """``subj`` issued a document that a later "it" speaks for: 'The bishop issued a statement. "...," it read.'"""
    return subj.dep_ == "nsubj" and any(_issued(c) and _document(c) for c in subj.head.children)


def _unnamed_antecedent(pron: Token) -> Span | None:
    """The unnamed person a "he"/"she" in an adverbial clause refers back to within its sentence, where no name
    comes before it there: "A think tank did not renew the contract of a researcher after she tweeted ...", "his
    firing of the acting attorney general after she said ..." are the researcher's and the attorney general's
    words, not those of the person the article named last, paragraphs before; in a clause before its main clause,
    the person who is that clause's subject ("Before he took questions, Tom Lind thanked ..."). Not a main clause's
    subject ("After meeting a reporter, he said ..." is the person named before), a noun of the other gender
    ("spokesman") or what the pronoun's person is ("As an attorney, she helped ... as she recalled")."""
    if pron.dep_ not in _SUBJ_DEPS or pron.head.dep_ != "advcl":
        return None
    before = pron.doc[pron.sent.start : pron.i]
    if any(t.ent_type_ in _PERSON_LABELS for t in before):
        return None
    clause, main = pron.head, pron.head.head
    subj = next((c for c in main.children if c.dep_ == "nsubj" and c.i > clause.i), None)
    if subj is not None and clause.i < main.i and (subj.ent_type_ in _PERSON_LABELS or _unnamed_person(subj, pron)):
        return pron.doc[subj.left_edge.i : subj.i + 1]
    noun = next((t for t in reversed(before) if _unnamed_person(t, pron) and t.dep_ != "compound"
                 and not (t.dep_ == "pobj" and t.head.lower_ in ("as", "like"))), None)  # "As an attorney, she"
    return None if noun is None else pron.doc[noun.left_edge.i : noun.i + 1]


def _conjoined_person(pron: Token, idx: EntityIndex, gender: str) -> str | None:
    """The person who is the subject of the clause that a "he"/"she" subject's clause is coordinated with, where of
    that gender: "Mr. Romney managed a smile when Mr. Clinton introduced him, and he even joked" is Romney's joke,
    though Clinton is named nearer."""
    verb = pron.head
    if pron.dep_ not in _SUBJ_DEPS or verb.dep_ != "conj" or verb.head.i > pron.i:
        return None
    subj = next((c for c in verb.head.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None or idx.blocked[subj.idx]:
        return None
    i = bisect_right(idx.person_starts, subj.idx)
    p = idx.persons[i - 1] if i else None
    return p[2] if p is not None and p[1].start <= subj.i < p[1].end and idx.gender.get(p[2], gender) == gender \
        else None


def _unnamed_person(noun: Token, pron: Token) -> bool:
    """A person noun without a name that the he/she ``pron`` can refer to: "the researcher", "her husband", not
    "spokesman" or "husband" for "she"."""
    other = _MALE if pron.lower_ in _FEMININE else _FEMALE
    sex = _KIN_GENDER.get(noun.lower_)
    return (noun.tag_ == "NN" and noun.lower_ in _PERSON_OR_KIN and not noun.ent_type_
            and noun.lower_ not in other and sex in (None, "f" if pron.lower_ in _FEMININE else "m"))


def _unnamed_subject(pron: Token, idx: EntityIndex, speaking: bool = False) -> Span | None:
    """Whom a "he"/"she" means where the article names nobody before it: the unnamed person who is a subject in its
    sentence or the two before ("At the debate, the GOP nominee refused to say ... Instead, he said", "The leader
    once condemned it, but now he relishes ..."). Not a noun of the other gender, nor one inside a quotation.
    ``speaking``: only someone new who spoke in a sentence before, the indefinite subject of a speech verb ("One
    neighbor said he saw them leave. "They ran," he said"; "the businessman" is mostly the person named before),
    not where it spoke to someone of the pronoun's gender ("A reporter asked her ... She said") nor in a sentence
    with a person named as a subject ("Lind then met his advisers, one aide said. By noon, he ...")."""
    doc = pron.doc
    same = _FEMININE if pron.lower_ in _FEMININE else _MASCULINE

    def new_speaker(t: Token) -> bool:
        return t.head.lower_ in SPEECH_FORMS and any(c.lower_ in ("a", "an", "another", "one") and c.dep_ in (
            "det", "nummod") for c in t.children) and not any(
            c.dep_ in ("dobj", "dative") and c.lower_ in same for c in t.head.children) and not any(
            kind == "person" and t.sent.start <= e.start < t.sent.end and _subject(e.root) for e, _, kind in idx.ents)

    return next((doc[t.left_edge.i : t.i + 1]
                 # (a sentence before: resolving the speaker's words, "A spokesman for his office", never comes
                 # back to this pronoun)
                 for t in reversed(doc[_sentences_back(pron, 2) : pron.sent.start if speaking else pron.i])
                 if t.dep_ in _SUBJ_DEPS and _unnamed_person(t, pron) and not idx.quoted[t.idx]
                 and (not speaking or new_speaker(t))), None)


def _sentences_back(tok: Token, n: int) -> int:
    """Where the ``n``-th sentence before ``tok``'s begins (the document's first, at most), as a token index."""
    start = tok.sent.start
    for _ in range(n):
        start = tok.doc[max(start - 1, 0)].sent.start
    return start


def _the_two(idx: EntityIndex, both: Span) -> list[str] | None:
    """Whom a "both" that speaks means: the two people named in its sentence and the one before it, in the
    article's order ("Reps. Charlie Dent and Jim Gerlach, two moderates. In separate interviews, both said ..."),
    or, where more are named there, the last two joined by "and" ("Senators like Ana Ruiz and Tom Lind, Hale
    noted. Both voted ..."; not inside a quotation, where "both" may be anything the quoted speaker spoke of). Where
    it floats after its subject, which the parse makes it an apposition of, the subject's two people ("Ana Ruiz and
    Tom Lind, both urged"), or none ("The firms that run the exchange and the market both said")."""
    def pair(first: Token) -> list[str] | None:
        heads = [first, *first.conjuncts]
        names = [p[2] for p in idx.persons if p[1].root in heads]
        return names if len(heads) == 2 and len(set(names)) == 2 else None

    def joined(a: Span, b: Span) -> bool:  # "Ruiz (D-MO) and Lind", "Ruiz of Ohio and Lind"
        words = both.doc[a.end : b.start]
        return any(t.lower_ == "and" for t in words) and all(
            t.lower_ in ("and", "of") or t.is_punct or t.pos_ == "PROPN" for t in words)

    if both.root.dep_ == "appos":
        return pair(both.root.head)
    start = both.doc[_sentences_back(both[0], 1)].idx
    named = [p for p in idx.persons if start <= p[0] < both.start_char]
    names = list(dict.fromkeys(p[2] for p in named))
    if len(names) == 2:
        return names
    if len(names) < 3 or idx.quoted[both.start_char]:
        return None
    pairs = [[a[2], b[2]] for a, b in zip(named, named[1:], strict=False) if a[2] != b[2] and joined(a[1], b[1])]
    return pairs[-1] if pairs else None


def _owner(poss: Token, idx: EntityIndex) -> str | None:
    """Whom a "his" or "her" before a speaker's noun means ("his lawyers said"): the person named last before it in
    its sentence ("Moss doesn't shy away from a fight, his allies say"; "Despite the doubts about Hale's standing,
    his supporters insist"), else the main clause's subject named last in the two sentences before ("Ruiz had wanted
    to be a reporter like her hero Tom Lind. Her mother told her ..."; '"No," said Ruiz. "Never." Her aide nodded';
    not a subordinate clause's, "Ruiz dropped the rules that President Lind had set. Even as her advisers ..."), else
    the one named last there; of the pronoun's gender where the person's is known. Unlike a speaking "he", names in
    what was said count: the possessor is often the one the statement is about. None where no one is named in those
    three sentences."""
    gender = "m" if poss.lower_ == "his" else "f"
    sent = poss.sent
    start = _sentences_back(poss, 2)
    named = [e for e in idx.ents if e[2] == "person" and start <= e[0].start and e[0].end <= poss.i
             and idx.gender.get(e[1], gender) == gender]
    same = [e for e in named if e[0].start >= sent.start]
    if same:
        return same[-1][1]
    main = [e[1] for e in named if e[0].root.dep_ in _SUBJ_DEPS and e[0].root.head.dep_ == "ROOT"]
    return main[-1] if main else named[-1][1] if named else None


def _subject_owner(poss: Token, idx: EntityIndex) -> str | None:
    """The person whose possessive opens the subject of a "his" or "her"'s sentence, before the pronoun: "Hale's
    nomination stalled after his letter argued ..." is Hale's letter, though the speaking "he" before it was
    someone else. None where the subject has no such owner."""
    subj = next((c for c in poss.sent.root.children if c.dep_ in _SUBJ_DEPS), None)
    own = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None else None
    if own is None or own.i >= poss.i:
        return None
    gender = "m" if poss.lower_ == "his" else "f"
    return next((e[1] for e in idx.ents if e[2] == "person" and e[0].start <= own.i < e[0].end
                 and idx.gender.get(e[1], gender) == gender), None)


def _expletive(pron: Token) -> bool:
    """An "it" that stands for the clause after it, not for a speaker: "after it was revealed that she had used a
    private server", "it is not clear whether ...", "It is risible to invoke the act". Nobody is named there."""
    verb = pron.head
    clause = any(c.dep_ in ("ccomp", "csubj", "xcomp") and c.i > pron.i for c in verb.children)
    return pron.lower_ == "it" and (pron.dep_ == "expl" or pron.dep_ in _SUBJ_DEPS and clause and (
        pron.dep_ == "nsubjpass" or verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)))


def _subject_antecedent(pron: Token, idx: EntityIndex, singular: bool) -> Span | None:
    """What a speaking "it" or "they" refers to: the subject of a clause that governs its own ("the department says
    it does not have to comply", "Tovik Bank cut jobs and it said", "Facebook has drawn criticism since it
    announced", an online platform the NER leaves untagged) or of an adverbial clause before it ("When the
    unions met the mayor, they said"), else, where nothing before it in its sentence
    has a subject, of the sentence before ("The search warrant offered new details ... It shows", "The review was
    released Friday. It found ... But it concluded", "Leaders of the port unions met the mayor. They want ...", "Ana
    Lind and Tom Hale met the mayor. They ..." where the NER tags only one of them).
    News writes "it" and "they" for the subject it has just spoken of, not for the place, organisation or group
    named last ("the inquiry into his Manhattan office. It shows" is not Manhattan's). None where that subject is
    quoted, for "it" a person (unless the person issued a document "it" then stands for, :func:`_issuer`), several
    or a bare word that may be a name ("Tapper" tagged as a noun), for "they" a single one or things that cannot
    speak ("These points ... they"; several speak where one of them can: "The parties' establishments and the news
    media ... They say"), or a pronoun of the same number that stands for a clause or refers to none of
    these: the organisation, place or group named last then, as before."""
    doc, quoted = pron.doc, idx.quoted
    subj = next((c for verb in pron.head.ancestors for c in _clause_subjects(verb) if c.i < pron.i), None)
    if subj is None and pron.dep_ in _SUBJ_DEPS:  # "When outspoken conservatives look for analogies, they ..."
        subj = next((c for a in pron.head.children if a.dep_ == "advcl" and a.i < pron.i
                     for c in _clause_subjects(a)), None)
    sent = pron.sent
    if subj is None and not any(t.dep_ in _SUBJ_DEPS and not quoted[t.idx] for t in doc[sent.start : pron.i]):
        for _ in range(3):  # a quotation's sentences are passed over: 'Lind's office said ... "...," it said.'
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
            subj = next(_clause_subjects(sent.root), None)
            if subj is None or not quoted[subj.idx]:
                break
            subj = None
    if subj is None or quoted[subj.idx]:
        return None
    several = any(c.dep_ == "conj" for c in subj.children)
    if singular and not _issuer(subj) and (several or not (
            subj.lower_ == "it" and not _expletive(subj)
            or subj.tag_ == "NN" and not subj.ent_type_ and subj.lower_ not in _PERSON_NOUNS
            and any(c.dep_ in ("det", "poss") for c in subj.children)
            or subj.tag_ == "NNP" and subj.ent_type_ not in ("", *_PERSON_LABELS, *_GROUP_LABELS)
            or subj.tag_ == "NNP" and not subj.ent_type_ and _organisation_at(idx, subj))):
        return None
    if not singular and not (subj.lower_ == "they" or (several or subj.tag_ in ("NNS", "NNPS")) and any(
            c.ent_type_ in _WHO_LABELS or _singular(c.lower_) in _THEY_NOUNS for c in (subj, *subj.conjuncts))
            or several and any(_speaker_at(idx, c) for c in (subj, *subj.conjuncts))):
        return None
    return doc[subj.i : subj.i + 1] if subj.lower_ in _GROUP_PRONOUNS else doc[subj.left_edge.i : subj.right_edge.i + 1]


def _index_entities_at(idx: EntityIndex, tok: Token) -> Iterator[tuple[Span, str, SpeakerKind]]:
    """The index's entities that hold ``tok``."""
    return (e for e in idx.ents if e[0].start <= tok.i < e[0].end)


def _speaker_at(idx: EntityIndex, tok: Token) -> bool:
    """``tok`` is in a name the index holds as someone who can speak, though the NER left it untagged ("Ana Lind
    and Tom Hale met the mayor. They ...", where only Tom Hale is tagged); not a place."""
    return any(kind != "other" and e.label_ not in _PLACE_LABELS for e, _, kind in _index_entities_at(idx, tok))


def _organisation_at(idx: EntityIndex, tok: Token) -> bool:
    """``tok``, which the NER left untagged, is an online platform ("Facebook has drawn criticism since it
    announced ...") or in a name the index holds as an organisation."""
    return tok.lower_ in _PLATFORMS or any(kind == "organization" for _, _, kind in _index_entities_at(idx, tok))


def _clause_subjects(verb: Token) -> Iterator[Token]:
    """The subjects of ``verb``'s clause, also where the parse hangs one on an auxiliary ("The report did,
    however, lay out ...": "report" <- "did" <- "lay")."""
    for c in verb.children:
        if c.dep_ in _SUBJ_DEPS:
            yield c
        elif c.dep_ in ("aux", "auxpass"):
            yield from (s for s in c.children if s.dep_ in _SUBJ_DEPS)
