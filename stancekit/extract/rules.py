"""Rule-based statement finding over a spaCy parse: small pure functions, one construction each.

Every finder returns :class:`Found` records (content pieces as character spans, cue span, source mention).
``find_statements`` runs them in priority order and keeps tokens univocal like PolNeAR: a token belongs to
at most one statement's content, and statements whose cue sits inside a quotation are not reported
separately (the quotation is already the outer statement).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span, Token

from .lexicon import (
    ALL_FORMS,
    BELIEF_FORMS,
    CITING,
    FRAMES,
    HELD_FORMS,
    INFINITIVE_FORMS,
    OBJECT_CONTROL_FORMS,
    OBJECT_FORMS,
    PARTICLE_OF,
    PASSIVE_REPORT_FORMS,
    PERMISSION_FORMS,
    PREPOSITION_OF,
    QUOTING,
    RECIPIENT_FORMS,
    REPORT_NOUNS,
    SAYING_FORMS,
    SPEECH_FORMS,
    SPEECH_WORDS,
    TOLD_FORMS,
    VOICE_FORMS,
    hashes,
)
from .quotes import QuoteRegion, find_quotes
from .speakers import SPEAKER_LABELS, can_speak, editors_mark, issuer_of, names_a_person, speaks
from .speakers.names import _given_gender, breaks_line
from .statement import Fragmented

_SUBJ = ("nsubj", "nsubjpass")
# Nouns of the writer's gloss set off after what was said by a dash ("... — a claim the defence rejected")
_GLOSSES = ("claim", "allegation", "assertion", "accusation", "charge", "contention", "argument", "view")
_CONTRAST = ("though", "although", "while", "whereas")  # marks of someone else's report set against the first
_CLIMB = ("xcomp", "advcl", "conj", "pcomp", "prep")
_CUE_LEFT = ("aux", "auxpass", "neg")
_SENT_END = {".", "!", "?"}
# What a quotation's words end with before its closing mark when a clause goes on or ends there (not a title's)
CLAUSE_END = {",", ".", "!", "?", ";", ":", "—", "–", "-", "…"}
_QUOTE_CHARS = set("\"“”«»„‘’'")
ACCORDING = re.compile(r"\baccording to\b", flags=re.IGNORECASE)
# A line that opens with a name, maybe its role in brackets, and a colon: "HALE: ...", "TOM HALE (HOST): ...",
# 'Hale:“...”' (scraped text drops the space before a quotation mark)
TURN_ROLE = r"[ \t]*\([^()\n]{1,40}\)"  # a role in brackets between a turn's name and its colon
_COLON_LINE = re.compile(rf"^(?P<src>(?P<name>[A-Z][^\W\d_]*(?:[ .’'-]+[A-Za-z][^\W\d_]*){{0,4}}\.?)(?:{TURN_ROLE})?)"
                         r"(?P<colon>:)(?:[ \t]+|(?=[“\"]))(?P<content>[^\n]+)", flags=re.MULTILINE)
_NOT_SOURCES = {"update", "note", "editor", "read", "watch", "related", "photo", "video", "source", "sources", "q", "a",
                "question", "answer", "warning", "correction", "more", "see", "also", "listen", "caption", "credit",
                "breaking", "just", "now", "file", "photos", "gallery", "view", "thread", "endorsement", "opinion",
                "analysis", "exclusive", "developing", "updated",  # "BREAKING:", "FILE PHOTO:", "VIEW GALLERY:"
                # a fact box's, a roundup's, a poll table's or a caption's labels ("Age: 58", "Winner: coal",
                # "Favorable: 35 percent", "LEFT: Ana Lind at her desk")
                "contributing", "age", "born", "religion", "when", "where", "viewership", "timeline", "point",
                "counterpoint", "verdict", "takeaway", "takeaways", "winner", "winners", "loser", "losers", "favorable",
                "unfavorable", "left", "above", "below", "pictured"}
# Lower-case words a speaker's name or title before a colon may hold ("Secretary of State", "Ana de la Cruz")
NAME_PARTICLES = {"of", "the", "and", "for", "from", "at", "de", "da", "del", "la", "le", "van", "von", "der", "al",
                  "bin"}
_DASH_SOURCE = re.compile(r"[^\S\n]*[-–—―]{1,2}[^\S\n]*(?=[A-Z])")  # spaces or no-break spaces ("―\xa0Name")
# A roundup's byline under a quotation: "Name, Outlet" ending its line, on the quotation's line or the next one
# ("... it is a start.” Tom Baker, Northfield Times").
_BYLINE = re.compile(r"[ \t]*(?:\n[ \t]*){0,2}(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}), "
                     r"(?P<outlet>(?:[Tt]he )?[A-Z][\w.&’'-]*(?: (?:of |and |the |[A-Z&])[\w.&’'-]*){0,5})"
                     r"[ \t]*(?:\n|$)")
# Bylines that sign for the outlet, not a person ("Editorial Board, The Valley Ledger").
_OUTLET_VOICES = {"editorial board", "the editorial board", "editors", "the editors", "editorial", "staff",
                  "editorial staff"}
_ALL_HASHES = hashes(ALL_FORMS)
_NO_BELIEF_HASHES = hashes(ALL_FORMS - BELIEF_FORMS)
_VOICE_HASHES = hashes(VOICE_FORMS - ALL_FORMS)
_OBJ_PREPS = ("as", "of", "for")
# Objects of "spoke on ..." (or words before them) that say how or where someone spoke, not about what ("on condition
# of anonymity", "on a conference call", "on a radio programme", "on the Senate floor"); a date or
# time after any of the prepositions says when ("testified on Thursday").
_NOT_TOPICS = {"condition", "background", "record", "behalf", "phone", "telephone", "camera", "air", "tape", "stage",
               "television", "tv", "radio", "podcast", "conference", "floor", "sidelines", "trail"}
_WINDOW = 10  # tokens searched beside a quotation for its attribution
_MIN_STANDALONE_WORDS = 4  # shorter cue-less quotations are titles or scare quotes, not statements


@dataclass
class Found(Fragmented):
    """A statement before speaker resolution; ``frags`` are character spans of the content."""

    cue: tuple[int, int] | None
    source: Span | None
    rank: int  # lower wins when two statements claim the same tokens
    inherit: bool = False  # cue-less quotation continuing the previous statement's speaker
    signed: str | None = None  # the signer's kind when a name signs the quotation (``"..." - Jane Doe``)


def _chars(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Character span of tokens ``[s, e)``."""
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Drop punctuation (not quotation marks) and spaces at both ends of tokens ``[s, e)``."""
    while s < e and (doc[s].is_space or (doc[s].is_punct and doc[s].text not in _QUOTE_CHARS)):
        s += 1
    while e > s and (doc[e - 1].is_space or (doc[e - 1].is_punct and doc[e - 1].text not in _QUOTE_CHARS)):
        e -= 1
    return s, e


def _clip(doc: Doc, s: int, e: int, anchor: Token) -> tuple[int, int]:
    """Keep tokens ``[s, e)`` inside the line of ``anchor``: parsers glue headlines and paragraphs together."""
    for k in range(min(anchor.i, e) - 1, s - 1, -1):
        if breaks_line(doc[k]):
            s = k + 1
            break
    for k in range(max(anchor.i, s), e):
        if breaks_line(doc[k]):
            e = k + 1
            break
    return _trim(doc, s, e)


def _punct(t: Token) -> bool:
    """Punctuation, but not "%": spaCy counts it as such, and it heads "21% of voters"."""
    return t.is_punct and t.text != "%"


def _span(doc: Doc, s: int, e: int, anchor: Token) -> Span | None:
    """A source mention: clipped to the anchor's line, no punctuation or quotation marks at its ends."""
    s, e = _clip(doc, s, e, anchor)
    while s < e and _punct(doc[s]):
        s += 1
    while e > s and _punct(doc[e - 1]):
        e -= 1
    return doc[s:e] if e > s else None


def _verbs(doc: Doc, lowers: np.ndarray, forms: np.ndarray) -> list[Token]:
    """The verbs whose lower-case ids (``lowers``, the document's, read once) are among ``forms``: one vectorised
    look-up over the document instead of a set test per token. A word the tagger takes for a noun is a verb where
    the parse makes it a sentence's root after its subject ('"...," the statement read', "..., Lind notes")."""
    return [t for i in np.flatnonzero(np.isin(lowers, forms)) if (t := doc[int(i)]).tag_.startswith("VB") or (
        t.dep_ == "ROOT" and any(c.dep_ in _SUBJ and c.i < t.i for c in t.children))]


def _voice_cues(doc: Doc, lowers: np.ndarray) -> set[int]:
    """Verbs of the voice that may attribute a quotation beside them: not a word's part ("the widely-read weekly
    said"), nor the "reading" of a thing it describes ('holding placards reading "no more cuts"', inside what
    another reports), nor a participle after a quotation, which goes on with the sentence ('said it would "cooperate",
    echoing its earlier words')."""
    def after_quotation(t: Token) -> bool:
        prev, before = (doc[t.i - 1].text if t.i else ""), (doc[t.i - 2].text if t.i > 1 else "")
        return t.tag_ == "VBG" and (prev in _QUOTE_CHARS or prev == "," and before in _QUOTE_CHARS)

    return {t.i for t in _verbs(doc, lowers, _VOICE_HASHES)
            if not (t.i and t.nbor(-1).text == "-" or t.i + 1 < len(doc) and t.nbor(1).text == "-")
            and not (t.lower_ == "reading" and t.dep_ == "acl") and not after_quotation(t)}


def cue_span(v: Token) -> tuple[int, int]:
    """The reporting verb with its auxiliaries/negation just before it and a particle just after ("pointed out")."""
    s = v.i
    lefts = {c.i for c in v.children if c.dep_ in _CUE_LEFT}
    while s - 1 in lefts:
        s -= 1
    e = v.i + 1
    if e < len(v.doc) and v.doc[e].dep_ == "prt" and v.doc[e].head == v:
        e += 1
    return _chars(v.doc, s, e)


# Verbs that put something to the subject: "..., she said when pressed on whether", "Hale, when told of the ruling,"
PUT_TO = frozenset(("asked", "questioned", "pressed", "quizzed", "told", "informed", "reminded"))


def asked_aside(verb: Token, end_char: int) -> bool:
    """"Berg, asked whether she would resign, said ...": the question set off by commas between the subject and
    its verb, which the parse often reads as the subject's own "asked" (a past tense with Berg as subject); it is
    the asker's (:func:`agent_of`; else nobody's), and so is what was told to the subject ("The minister, when
    informed of the decision, said"). Only a verb of :data:`PUT_TO` right after the comma (or ", when"), its content
    (ending at ``end_char``) right before a comma and a finite verb, or before the rest of the verb's phrase and
    then the comma ("The senator, asked about the bill on Sunday, said")."""
    doc = verb.doc
    if verb.lower_ not in PUT_TO or verb.i < 2 or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False  # nor a verb with an object, the subject's own: "her husband, Tom Lind, told her that"
    prev = doc[verb.i - 1]
    opened = prev.text == "," or prev.lower_ == "when" and doc[verb.i - 2].text == ","
    after = next((t for t in doc[verb.i + 1 :] if t.idx >= end_char and (t.text == "," or t.i > verb.right_edge.i)),
                 None)
    return (opened and after is not None and after.text == "," and after.i + 1 < len(doc)
            and doc[after.i + 1].tag_ in ("VBD", "VBZ", "VBP"))


def _aside(verb: Token) -> bool:
    """:func:`asked_aside` for a verb whose content is its whole subtree (but the comma the parse may end it with)."""
    last = verb.right_edge
    while last.is_punct and last.i > verb.i:
        last = verb.doc[last.i - 1]
    return asked_aside(verb, last.idx + len(last))


def _aside_question(v: Token) -> Token | None:
    """The "asked" of "The coach, asked whether he would resign, said ..." where the parse hangs it under ``said``
    as its complement, with the coach as its subject: a question put to the subject, not what the subject said."""
    return next((c for c in v.children if c.i < v.i and c.dep_ in ("ccomp", "advcl") and _aside(c)), None)


def _subject_words(subj: Token, v: Token) -> Span | None:
    """The subject's words, without a question set off in them ("Lind, when asked whether ..., said" -> Lind), and
    with the rest of a hyphenated word the parse makes a second subject ("Okafor-Reyes said": "Okafor" and "Reyes";
    "Harbor Polling co-founder Lena Brooks said": "co" and "Brooks")."""
    doc = subj.doc
    start, end = subj.left_edge.i, subj.right_edge.i + 1
    aside = next((c for c in subj.rights if _aside(c)), None)
    if aside is not None and doc[aside.left_edge.i - 1].text == ",":
        end = aside.left_edge.i - 1
    while end + 1 < len(doc) and _glued_hyphen(doc[end]):
        rest = next((a for a in (doc[end + 1], *doc[end + 1].ancestors) if a.head == subj.head), None)
        if rest is None or rest.dep_ not in _SUBJ or rest.i <= end:
            break
        end = rest.right_edge.i + 1
    return _span(doc, start, end, v)


def _glued_hyphen(t: Token) -> bool:
    """A hyphen inside a word: "Okafor-Reyes", not "2010 - 2014"; nor an en dash, which writers also glue between
    words as a dash ("the mayor–to everyone's surprise–said")."""
    return t.text in ("-", "‐") and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def subject_of(v: Token) -> Span | None:
    """Who reports: the verb's subject (its agent in the passive: "was told by X"; nobody's, :func:`passive_report`,
    without one), the framed speaker of "X quoted Y as saying", the subject of the report it is joined to
    (:func:`joined_report`), or the subject inherited from the verb it hangs off ("..., adding that", "declined to
    say", "a statement saying" or, for one someone issued, its issuer: "The club released a statement saying", "...,
    in order to attack"), or that verb's object where it does what the infinitive says ("forced the members to
    oppose": the members; not "promised voters to"). Of two subjects the parse gives one verb, not one inside the
    quotation before it nor a possessor of the other; without one, a subject the parse hangs in a clause before the
    verb (:func:`_subject_in_clause_before`) or leaves after a quotation (:func:`_stranded_subject`)."""
    doc = v.doc
    agent = agent_of(v)
    if agent is not None:
        return _span(doc, agent.left_edge.i, agent.right_edge.i + 1, v)
    if passive_report(v):
        return None
    if (framed := framed_speaker(v)) is not None:
        return framed  # '"...," the paper quoted him as saying': the verb is the quotation's cue, the words his
    t, infinitives = v, True
    if _joins_report(v, reporter := _reporter_of(v.head)):
        t = reporter  # "The mayor said that the road would close and urged ...": the mayor urged
    for _ in range(4):
        subjs = [c for c in t.children if c.dep_ in _SUBJ and not _punct(c)]
        if len(subjs) > 1:  # a dateline the parse makes a second subject: "HALDEN, Ohio — The council said"
            subjs = [c for c in subjs if not any(k.text in ("—", "–") for k in c.children)] or subjs
            # or a subject inside the quotation before it: '"Sir, he does not," Ana Voss said' is Voss's ("he" is
            # followed by the quotation's closing mark), or a possessor: "Harbor News' Tom Hale tweeted" is Hale's
            subjs = [c for c in subjs if not _closed_before(c, t)
                     and not (c.right_edge.text in ("'", "’", "'s", "’s") and c.right_edge.head == c
                              and c.right_edge.i + 1 < t.i)] or subjs
        subj = next((c for c in subjs if not _quoted(c, t)), None)
        if subj is None and t == v:
            subj = inverted_subject(v)
            aside = _aside_question(v) if subj is None else None
            if aside is not None:  # "The coach, asked whether ..., said": the coach
                subj = next((c for c in aside.children if c.dep_ == "nsubj"), None)
        subj = subj or (subjs[0] if subjs else None)
        if subj is not None:
            return _subject_words(subj, v)
        if t == v and (before := _subject_in_clause_before(v)) is not None:
            return _subject_words(before, v)
        if t == v and (stranded := _stranded_subject(v)) is not None:
            return stranded
        if t.tag_ == "VBN" and t.dep_ == "advcl":
            return None  # "Asked whether ..., Hale said": the asker is not Hale
        # "Lind forced the members to oppose it": the members oppose it (:data:`OBJECT_CONTROL_FORMS`), reached from
        # the verb through infinitives only (not "ordered the schools to close and asked ...", nor "warned the council
        # not to vote, suggesting ...")
        obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None) if (
            t.dep_ == "xcomp" and t.head.lower_ in OBJECT_CONTROL_FORMS and infinitives) else None
        if obj is not None and any(c.tag_ == "TO" for c in t.children) and obj.lower_ != "it" and (
                obj.ent_type_ in SPEAKER_LABELS or speaks(obj) or obj.tag_ == "PRP"):
            return _span(doc, obj.left_edge.i, obj.right_edge.i + 1, v)
        infinitives = infinitives and t.dep_ == "xcomp"
        if t.dep_ == "acl" and t.head.lower_ == "order" and t.head.head.lower_ == "in":
            t = t.head.head  # "The unions marched, in order to demand ...": the clause's subject
            continue
        if t.dep_ == "pcomp" and t.head.lower_ == "as" and t.head.head.lower_ in FRAMES:
            return framed_speaker(t.head.head, v)
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):  # "a statement saying": the statement, or who
            issuer = issuer_of(t.head)  # issued it ("The club released a statement saying": the club)
            return _subject_words(issuer, v) if issuer is not None else _span(doc, t.head.left_edge.i, t.head.i + 1, v)
        if t.dep_ not in _CLIMB or t.head == t:
            return None
        t = t.head
    return None


def _subject_in_clause_before(v: Token) -> Token | None:
    """``v``'s subject where the parse hangs it in a clause it makes ``v``'s content before ``v``: beside a
    relative clause's own subject ("Farmers in the region, many of whom lost their crops, say ...": the farmers and
    "many" are both subjects of "lost"), or joined to that clause ("The office did not respond, but an official,
    speaking on condition of anonymity, said ...": "official" a conjunct of "respond")."""
    clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i), None)
    if clause is None:
        return None
    subjects = [c for c in clause.children if c.dep_ in _SUBJ]
    relative = next((c for c in subjects if any(k.lower_ in ("whom", "which") for k in c.subtree)), None)
    before = [c for c in subjects if relative is not None and c.i < relative.i]
    if len(before) == 1:
        return before[0]
    return next((c for c in clause.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)


def _stranded_subject(v: Token) -> Span | None:
    """The words between a closing quotation mark and ``v`` when the parse hangs them on the quotation's verb (as
    its object) and gives ``v`` no subject: '"We will appeal," the firm's lawyer, Ada Lenz, told the court' is
    Lenz's, not "We"'s (nor nobody's). Only one phrase that could speak, hung outside the words."""
    doc = v.doc
    if v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # not '"Tides," a book about the role of luck in winning wars'
    close = next((k.i for k in reversed(doc[v.sent.start : v.i]) if _closing_mark(k)), None)
    if close is None or close + 1 >= v.i:
        return None
    words = doc[close + 1 : v.i]
    roots = [k for k in words if not k.is_punct and not (close < k.head.i < v.i)]
    if len(roots) != 1:
        return None
    root = roots[0]
    if not (root.ent_type_ in SPEAKER_LABELS or speaks(root) or root.tag_ in ("PRP", "NNP")):
        return None
    return _span(doc, max(root.left_edge.i, close + 1), min(root.right_edge.i + 1, v.i), v)


def _closed_before(subj: Token, v: Token) -> bool:
    """A quotation closes between the words of ``subj`` (punctuation aside) and ``v``: '"Halden," Lind replied'."""
    last = max((k.i for k in subj.subtree if not k.is_punct), default=subj.i)
    return any(_closing_mark(k) for k in subj.doc[last + 1 : v.i])


def _quote_mark(t: Token) -> bool:
    """A quotation mark, not a plural's possessive one ("the drivers' union")."""
    return t.text in _QUOTE_CHARS and t.tag_ != "POS"


def _closing_mark(t: Token) -> bool:
    """A quotation mark right after the punctuation that ends a quotation: the ``"`` of '"Halden," Lind replied'."""
    return t.i > 0 and _quote_mark(t) and t.nbor(-1).text[-1] in ",.?!"


_ADDRESSED = frozenset(("told", "informed", "assured", "reminded"))  # never without someone told, when active


def passive_report(v: Token) -> bool:
    """A reporting verb (:data:`PASSIVE_REPORT_FORMS`) in the passive, whose subject is the one told ("Residents were
    told that ...", "Pupils have been warned not to ...", "The ambassador was summoned and told that ...") or what was
    said ("The mayor is said to be furious", "The plan was announced on Monday"): never the speaker, who is the agent
    (:func:`agent_of`) or unnamed. A participle joined to a passive verb shares its auxiliary (also "told",
    "informed", "assured" and "reminded" with no one told after them, which the tagger may read as past tenses)."""
    if v.lower_ not in PASSIVE_REPORT_FORMS or any(
            c.tag_ == "VBG" and c.dep_ in ("xcomp", "ccomp", "advcl") and not any(
                k.dep_ in (*_SUBJ, "aux") for k in c.children) for c in v.children):
        return False  # nor a perception of the subject's own words: "Lind was heard saying ...", "is seen pleading"
    aux = next((c for c in v.children if c.dep_ == "auxpass"), None)
    if aux is not None:  # but a "has" the parse takes for "is": "he's accused Lind of ...", "she's called on X to"
        return not (aux.lower_ in ("'s", "’s") and any(
            c.dep_ == "dobj" or c.dep_ in ("prep", "prt") and c.lower_ in PREPOSITION_OF.get(v.lower_, ())
            for c in v.children))
    kids = {c.dep_ for c in v.children}
    participle = v.tag_ == "VBN" or v.lower_ in _ADDRESSED and not kids & {"dobj", "dative"}
    return (v.dep_ == "conj" and participle and not kids & {"aux", *_SUBJ}
            and any(c.dep_ == "auxpass" for c in v.head.children))


def agent_of(v: Token) -> Token | None:
    """Who speaks after the "by" of a passive report ("Reporters were told by a government spokesman", "Asked by
    a broadcaster whether ..."): someone or something that speaks, not a means ("told by email", a noun without an
    article) nor a cause ("can be explained by other factors"); never a frame's ("was quoted by the agency as
    saying": the one quoted), nor a "by" the parse hangs on an active verb ("has condemned the move as an act of
    spite by the mayor")."""
    passive = any(c.dep_ == "auxpass" for c in v.children) or v.tag_ == "VBN" and not any(
        c.dep_ == "aux" for c in v.children)
    obj = by_object(v) if passive and v.lower_ not in FRAMES else None
    if obj is None or obj.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None
    return obj if obj.ent_type_ in SPEAKER_LABELS or speaks(obj) or obj.tag_ == "PRP" else None


def by_object(v: Token) -> Token | None:
    """The noun after the "by" the parse gives ``v`` as its agent, whatever it is."""
    by = next((c for c in v.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _quoted(subj: Token, v: Token) -> bool:
    """The parse took a quotation before its verb for a subject: '"No," replied Hale' has the subjects "No" and
    "Hale" (but a quoted title may be the only subject: '"Frontline" reported')."""
    doc = subj.doc
    left, right = subj.left_edge.i, subj.right_edge.i
    return (right < v.i and any(t.text in _QUOTE_CHARS for t in doc[max(0, left - 1) : left + 1])
            and any(t.text in _QUOTE_CHARS for t in doc[right + 1 : v.i]))


def inverted_subject(v: Token) -> Token | None:
    """The name, or a finite verb's noun for a speaker, right after a verb right after a quotation, which the parser
    may read as its object: '"No," replied Hale with a laugh', '"Absolutely not," replied the minister'."""
    if v.i == 0 or v.doc[v.i - 1].text not in _QUOTE_CHARS:
        return None
    finite = v.tag_ in ("VBD", "VBZ", "VBP")  # not '"...," noting the need', nor '"...," saw viewer response'
    return next((c for c in v.rights if c.dep_ in ("dobj", "npadvmod", "attr") and c.left_edge.i == v.i + 1
                 and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and finite and speaks(c))), None)


def framing_complement(v: Token) -> Token | None:
    """"saying" in "X quoted / cited Y as saying ..." when ``v`` is such a framing verb, or "said" in "X quoted /
    cited Y who said ..." (:func:`_quoted_relative`), else None."""
    if v.lower_ not in FRAMES:
        return None
    return next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pcomp"), None) or _quoted_relative(v)


def _quoted_relative(v: Token) -> Token | None:
    """The verb of "who said" in "The paper quoted an official who said ..." and "cited a source who said": the
    paper names where the words come from, as with "as saying"; they are the official's, not the paper's."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None) if v.lower_ in QUOTING else None
    return next((r for r in obj.rights if r.dep_ == "relcl" and r.lower_ in SPEECH_FORMS and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in r.children)), None) if obj is not None else None


def framed_speaker(frame: Token, anchor: Token | None = None) -> Span | None:
    """Y in "X quoted / cited Y as saying ...", "Y was quoted by X as saying ..." and "X quoted Y who said ...":
    whose words they are.

    ``frame`` is the framing verb; None when it frames nobody (no "as saying" or "who said", or no object).
    """
    saying = framing_complement(frame)
    if saying is None:
        return None
    y = next((c for c in frame.children if c.dep_ == "nsubjpass"), None)
    y = y or next((c for c in frame.children if c.dep_ == "dobj"), None)
    if y is None:
        return None
    end = saying.left_edge.i if saying.dep_ == "relcl" else y.right_edge.i + 1  # "Y who said": Y without the clause
    return _span(frame.doc, y.left_edge.i, end, anchor or frame)


def _colon_between(clause: Token, v: Token) -> bool:
    """A clause before ``v`` that a colon or a semicolon ends is no content of ``v``: in "Not everyone is pleased:
    shop owners say sales fell" the owners say that sales fell, and in "Most voters told pollsters they had decided;
    a few said they had not" the few say they had not (the parse hangs both clauses on the verb after)."""
    between = v.doc[clause.right_edge.i + 1 : v.i]  # not a colon inside a quotation the verb attributes
    return clause.i < v.i and any(t.text in (":", ";") and t.head == v for t in between) and not any(
        t.is_quote for t in between)


def _complement_as_relative(v: Token) -> Token | None:
    """The "that" clause of "told a news conference that cuts were ...", which the parse reads as a relative clause on
    the addressee (:func:`_opens_with_complementiser`)."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    rel = next((c for c in obj.rights if c.dep_ == "relcl"), None) if obj is not None else None
    return rel if rel is not None and _opens_with_complementiser(rel) else None


_SETTINGS = REPORT_NOUNS | {"conference", "hearing"}


def _complement_on_setting(v: Token) -> Token | None:
    """The "that" clause of "said in an interview that ...", which the parse reads as a clause on the interview
    (:func:`_opens_with_complementiser`), on the noun of a prepositional phrase right after the verb that names where
    or how it was said."""
    prep = next((c for c in v.rights if c.dep_ == "prep"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.lower_ not in _SETTINGS:
        return None
    return next((c for c in noun.rights if c.dep_ in ("acl", "relcl") and _opens_with_complementiser(c)), None)


def _opens_with_complementiser(clause: Token) -> bool:
    """The clause opens with a "that" that is no relative pronoun, whatever the parse calls it: a mark, a subject
    beside another subject, or the object of a passive verb ("that the board [will not be bullied]")."""
    first = clause.left_edge
    if first.lower_ != "that" or first.head != clause:
        return False
    subjects = [c for c in clause.children if c.dep_ in _SUBJ]
    return (first.dep_ == "mark" or (first in subjects and len(subjects) > 1)
            or (first.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in clause.children)))


def _quoted_clause(clause: Token) -> bool:
    """The clause holds a quotation mark."""
    return any(map(_quote_mark, clause.subtree))


def citing_aside(v: Token) -> bool:
    """``v`` opens an aside naming a report's own source between the report and its "that" clause: "The paper
    reported, citing two officials, that talks had stalled" reports that talks had stalled; the officials are
    neither content nor a statement of their own."""
    clause = v.head
    return (v.lower_ in CITING and v.dep_ == "advcl" and clause.dep_ == "ccomp" and clause.head.i < v.i < clause.i
            and clause.head.lower_ in ALL_FORMS)


def permission_to_speak(v: Token) -> bool:
    """``v`` says what someone may say, not what they said: "he was not authorized to discuss the matter"."""
    return v.dep_ == "xcomp" and v.head.lower_ in PERMISSION_FORMS


def clause_content(v: Token) -> tuple[int, ...] | None:
    """Token range(s) ``(s, e[, s2, e2])`` of an indirect statement's content: the clausal complement
    ("said (that) ..."), the infinitive ("refused to comment"), the object ("called the plan reckless"), a
    prepositional object ("called for a recount"), or, for an attribution hanging off its content clause
    (``..., said the minister``, ``Too often, he said, the debate ...``), that clause around it."""
    low = v.lower_
    kids = list(v.children)
    if framing_complement(v) is not None or citing_aside(v) or permission_to_speak(v):
        return None  # "X quoted Y as saying ...": Y's, found from "saying"; "citing Y" and what one may say: nothing
    aside = _aside_question(v)
    # of two clauses, the one after the verb ("Farmers, many of whom lost crops, say the aid is small": the parse
    # hangs both on "say"), unless a quotation opens the one before ('"...," Hale said on "Morning Desk"')
    comps = [c for c in kids if c.dep_ == "ccomp" and c != aside and not _colon_between(c, v)]
    comp = next((c for c in comps if c.i > v.i and not _quoted_clause(comps[0])), comps[0]) if comps else None
    if comp is None and low in TOLD_FORMS:
        comp = _complement_as_relative(v)
    if comp is None and low in SPEECH_FORMS:
        comp = _complement_on_setting(v)
    phrasal = any(c.dep_ == "prt" and c.lower_ == PARTICLE_OF.get(low) for c in kids)  # "pointed out that"
    if comp is not None and (low in SPEECH_FORMS or low in BELIEF_FORMS or low in INFINITIVE_FORMS or phrasal):
        start, end = comp.left_edge.i, comp.right_edge.i + 1
        if comp.dep_ in ("acl", "relcl"):  # a clause read as the noun's: what the parse hangs on the noun after it
            end = max(end, comp.head.right_edge.i + 1)  # is the clause's ("by the hedge fund")
        # "said the plan failed, arguing that ...": the parser hangs the second report off the content, as it does
        # someone else's set against it ("warned that ..., though others said ...").
        for c in comp.children:
            if c.i > comp.i and c.dep_ in ("advcl", "conj") and c.lower_ in SPEECH_FORMS and (
                    c.tag_ == "VBG" or c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in _CONTRAST
                                                                 for k in c.children)):
                end = min(end, c.left_edge.i)
            # "said Tuesday she supports ...": the parser hangs the day of the saying on the content's verb (not "know
            # what days they will work")
            if (c.left_edge.i == start == v.i + 1 and c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
                    and not any(w.tag_ in ("WDT", "WP", "WRB") for w in c.subtree)):
                start = c.right_edge.i + 1
            # "... when he set the fire — a claim the defence rejected": the writer's gloss on what was said
            if c.i > comp.i and c.lower_ in _GLOSSES and v.doc[c.left_edge.i - 1].text in ("—", "–", "--"):
                end = min(end, c.left_edge.i - 1)
            # "reported, citing two officials, that ...": the aside names the report's own source, not its content
            if c.i == start and citing_aside(c):
                start = next((k.i for k in v.doc[c.right_edge.i + 1 : comp.i + 1] if not k.is_punct), start)
        return start, end
    if low in INFINITIVE_FORMS:
        x = next((c for c in kids if c.dep_ == "xcomp" and c.i > v.i), None)
        if x is not None:
            obj = next((c for c in kids if c.dep_ == "dobj" and v.i < c.i < x.i), None)
            return (obj or x).left_edge.i, x.right_edge.i + 1
    if low in SPEECH_FORMS and low not in RECIPIENT_FORMS:
        clause = next((c for c in kids if c.dep_ == "advcl" and c.i > v.i and any(
            m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)), None)
        if clause is not None:
            return clause.left_edge.i, clause.right_edge.i + 1
    if low in OBJECT_FORMS or (low in SPEECH_FORMS and low not in RECIPIENT_FORMS):
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in v.lefts):
            obj = next((c for c in kids if c.dep_ == "oprd" and c.i > v.i), None)  # "what she called [a disgrace]"
        if obj is not None:
            # not a report on the object ("welcomed the ruling, which they said would protect ...": theirs)
            reported = next((c for c in obj.rights if c.dep_ == "relcl" and c.lower_ in SPEECH_FORMS
                             and any(k.dep_ == "nsubj" and k.tag_ == "PRP" for k in c.children)), None)
            end = obj.right_edge.i if reported is None else reported.left_edge.i - 1
            for c in kids:
                if c.i > obj.i and (c.dep_ in ("oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ in _OBJ_PREPS)):
                    end = max(end, c.right_edge.i)
            return obj.left_edge.i, end + 1
    preps = PREPOSITION_OF.get(low)
    # not a participle without a subject of its own ("a panel focused on X"; but "Asked about X, Hale said")
    if preps and not (v.tag_ == "VBN" and v.dep_ != "advcl" and not any(
            c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass") for c in kids)):
        for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ in preps and c.i > v.i):
            obj = next((c for c in prep.children if c.i > prep.i), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and (  # "called on Friday for a recount"
                    prep.lower_ != "on" or not any(w.lower_ in _NOT_TOPICS for w in (obj, *obj.lefts))):
                return prep.i + 1, prep.right_edge.i + 1
    if v.dep_ == "parataxis" and low in SPEECH_FORMS:
        return v.head.left_edge.i, v.left_edge.i, v.right_edge.i + 1, v.head.right_edge.i + 1
    return None


def joined_report(v: Token, first: int, stop: int, regions: Sequence[QuoteRegion]) -> int | None:
    """Where the content ``[first, stop)`` of ``v`` ends before a second report of the speaker's that the parse joins
    to it: in "The mayor said that the road would close and urged drivers to stay away" and "The court ruled that
    the ban was lawful and dismissed the appeal" the urging and the dismissal are the mayor's and the court's, not
    part of what was said. A reporting verb of ``v``'s own finite tense, without a subject, after "and", outside
    quotation marks, that the content's verb cannot share (:func:`_joins_report`)."""
    doc = v.doc
    for t in doc[first + 2 : stop]:
        if _joins_report(t, v) and quotation_at(regions, t.idx) is None:
            return t.i - 1 - (doc[t.i - 2].text == ",")
    return None


def _reporter_of(verb: Token) -> Token:
    """The verb whose clausal complement holds ``verb``'s clause, through clauses inside it (``verb`` itself when it
    is in none)."""
    while verb.dep_ == "ccomp":
        verb = verb.head
    return verb


def _joins_report(t: Token, v: Token) -> bool:
    """``t`` is a report joined to the content of ``v`` (:func:`joined_report`): the content's own verb cannot
    share it, being of another tense ("Lind said Oslo [wants] to talk and suggested ...", "she says she ['ll] help
    and vows ...") or having a subject that cannot report (a thing); not "Police said [the suspect] fled and told
    nobody", nor "could have [withdrawn] it and apologized", whose participle the tagger reads as a past tense."""
    verb = t.head  # the content's verb, or a verb of a clause inside it ("he thinks [...]")
    if not (t.dep_ == "conj" and _reporter_of(verb) == v and t.tag_ == v.tag_ in ("VBD", "VBZ", "VBP")
            and t.lower_ in SPEECH_WORDS and t.doc[t.i - 1].lower_ in ("and", "but")
            and not any(c.dep_ in _SUBJ for c in t.children)):
        return False
    aux = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass")), None)
    finite = aux.tag_ if aux is not None else verb.tag_
    if verb.tag_ != "VBN" and finite in ("MD", "VBZ", "VBP", "VBD") and finite != v.tag_:
        return True
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    return subj is not None and not can_speak(subj)


def reported_by(v: Token, regions: list[QuoteRegion]) -> Found | None:
    """The indirect (or mixed) statement the reporting verb ``v`` introduces, content from
    :func:`clause_content` kept inside ``v``'s line and snapped to the quotations it touches (and cut before a report
    joined to it, :func:`joined_report`); None without one, or where ``v`` only cites a report
    (:func:`cited_report`)."""
    rng = clause_content(v)
    if rng is None or rng[-1] <= v.i and cited_report(v, regions) is not None:  # only a content before ``v`` is cited
        return None
    doc = v.doc
    if (end := joined_report(v, rng[-2], rng[-1], regions)) is not None:
        rng = (*rng[:-1], end)
    if v.dep_ == "relcl" and rng[0] < v.i and doc[rng[0]].tag_ in ("WDT", "WP"):
        rng = (v.i + 1, *rng[1:])  # "the ruling, which they said would protect ...": what would protect it
    frags: list[tuple[int, int]] = []
    for a, b in zip(rng[::2], rng[1::2], strict=True):
        s, e = _clip(doc, a, b, v)
        if e <= s or (e - s == 1 and doc[s].pos_ not in ("PROPN", "NOUN")):
            continue
        frag = _snap(_chars(doc, s, e), regions)
        exact = next((r for r in regions if r.start <= frag[0] and frag[1] <= r.end), None)
        if exact is not None or (doc[s].lower_ == "that" and _is_region(doc, s + 1, e, regions)):
            exact = exact or next(r for r in regions if r.start >= frag[0] and r.end <= frag[1])
            frag = (exact.start, exact.end)
        if not frags or frag[0] >= frags[-1][1]:
            frags.append(frag)
    if not frags:
        return None
    unnamed = asked_aside(v, frags[-1][1]) and agent_of(v) is None  # asked, but not "by reporters": nobody's
    return Found(frags, cue_span(v), None if unnamed else subject_of(v), rank=1)


def cited_report(v: Token, regions: list[QuoteRegion]) -> Found | None:
    """The report a signature after it cites: in "[The mayor told reporters that the city would rebuild], the Courier
    reported" and '"Do we rebuild?" [the mayor asked], an aide said' the writer names where a whole report comes
    from, as with "according to the Courier": the statement is the mayor's, not the Courier's. The report is the
    clause ``v`` takes before it, whose reporting verb has a subject and its own content (a clause, or the quotation
    just before the subject); an attitude stays the signer's report ("The mayor wants to rebuild, an aide said":
    what the aide says the mayor wants), and so does a deed ("Mueller charged five people, Kris said": Kris's
    account); see :data:`stancekit.extract.lexicon.SAYING_FORMS`."""
    comp = next((c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.i < v.i), None)
    rng = clause_content(v) if comp is not None else None
    if (rng is None or not rng[0] <= comp.i < rng[-1] <= v.i  # what ``v`` says is that clause, not one after it
            or comp.lower_ not in SAYING_FORMS or quotation_at(regions, comp.idx) is not None
            or any(c.dep_ == "neg" for c in comp.children)  # "The report doesn't say ...": the signer's claim
            or comp.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ != "TO"
                                                                   for c in comp.children)
            or any(c.tag_ == "MD" for c in comp.children)):
        return None  # nor a participle, an infinitive or a guess: '"...," a Q&A posted on the site says', 'It
        # may be saying "...", says a psychologist'
    subj = next((c for c in comp.children if c.dep_ in _SUBJ and c.i < comp.i), None)
    if subj is None or not can_speak(subj) or subj.lower_ in ("it", "this", "that"):
        return None
    if any(c.dep_ == "ccomp" and c.i > comp.i for c in comp.children):  # what was said, not done: "claimed that
        # ...", not "claimed asylum"
        return reported_by(comp, regions)
    doc = comp.doc
    before = doc[subj.left_edge.i - 1] if subj.left_edge.i else None
    while before is not None and before.text in (",", "—", "–", "--") and before.i:
        before = doc[before.i - 1]
    quote = next((r for r in regions if r.end == before.idx + 1), None) if before is not None else None
    return Found([(quote.start, quote.end)], cue_span(comp), subject_of(comp), rank=0) if quote else None


def holds(verb: Token) -> bool:
    """The verb reports what its subject holds, not says ("the agency plans", "Russia believes", "the bill is
    expected to ..."); not a passive over a speech verb ("Lind is heard saying ...": what is heard is said)."""
    return verb.lower_ in HELD_FORMS and not (any(c.dep_ == "auxpass" for c in verb.children)
                                              and any(c.lower_ in SPEECH_FORMS for c in verb.children))


def according_to(doc: Doc, text: str) -> list[Found]:
    """``according to X, CONTENT`` / ``CONTENT, according to X`` (content = the clause minus the phrase). Where
    the clause's verb is an attitude ("the agency plans to ..."), X's report outranks the attitude's: what the
    agency plans is what X says it plans."""
    out = []
    for m in ACCORDING.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) != 2:
            continue
        acc, to = span[0], span[1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        head = acc.head if acc.head.pos_ in ("VERB", "AUX") else None
        lo, hi = (head.left_edge.i, head.right_edge.i + 1) if head is not None else (acc.sent.start, acc.sent.end)
        a, b = acc.left_edge.i, max(acc.right_edge.i, pobj.right_edge.i) + 1
        pieces = [_clip(doc, lo, a, acc), _clip(doc, b, hi, acc)]
        frags = [_chars(doc, s, e) for s, e in pieces if e - s >= 2]
        if frags:
            held = head is not None and holds(head)  # same rank as the attitude's, and earlier
            out.append(Found(frags, (span.start_char, span.end_char), _span(doc, pobj.left_edge.i, b, acc),
                             rank=1 if held else 2))
    return out


def colon_lines(doc: Doc, text: str) -> list[Found]:
    """``NAME: content`` lines (interview transcripts, "Source: claim" headlines): content = rest of the line."""
    return [f for f in (_colon_line(doc, text, m) for m in _COLON_LINE.finditer(text)) if f is not None]


def _colon_line(doc: Doc, text: str, m: re.Match) -> Found | None:
    """The statement of one ``NAME: content`` line; a name's words are capitalised ("HALE", "Sen. Ana Ruiz",
    "Statement from Governor Tom Hale"), a label's are not ("In brief:", "Our take:"); a role in brackets may be
    ("TOM HALE (host):")."""
    src = doc.char_span(m.start("src"), m.end("src"), alignment_mode="expand")
    name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    if src is None or name is None or not (src[0].is_title or src[0].is_upper) or src[0].lower_ in _NOT_SOURCES or any(
            t.is_alpha and t.is_lower and t.lower_ not in NAME_PARTICLES for t in name):
        return None
    a, b = m.start("content"), m.end("content")
    b = len(text[a:b].rstrip(" \t.")) + a
    if b - a <= 3:
        return None
    content = doc.char_span(a, b, alignment_mode="expand")
    if content is not None and _listing(src, content):
        return None
    return Found([(a, b)], (m.start("colon"), m.end("colon")), src, rank=2)


def _listing(label: Span, content: Span) -> bool:
    """A line that only lists after its label, without a verb or a quotation, where the label names no person and no
    noun that makes statements: a fact box's or a table's entry ("Religion: Roman Catholic", "Direction of Country:
    Right Direction 20 percent"), a section's heading ("SPECIAL COVERAGE: Gun Control"), a state's list of delegates
    ("Iowa: Tom Hale, Ana Lind"). A person's line stays a statement, however short ("Sen. Ana Ruiz: Never again", a
    transcript's "DUNN: Absolutely not", whose one word in capitals the NER may take for anything), and so does a
    headline's report, whose verbs in title case the tagger may miss ("Poll: Voters Abandon the Mayor")."""
    return (not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in content) and not names_a_person(label)
            and not any(speaks(t) for t in label) and not (len(label) == 1 and label[0].is_upper))


def _region_tokens(doc: Doc, r: QuoteRegion) -> tuple[int, int] | None:
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _last_char_inside(doc: Doc, te: int) -> str:
    """The last character before a quotation's closing mark (token ``te - 1``)."""
    return doc[te - 2].text[-1:] if te >= 2 and not doc[te - 2].is_space else ""


def _attribution_after(doc: Doc, te: int, is_cue: set[int]) -> tuple[Token, int] | None:
    """A cue right after a quotation (``"...," he said``): the verb and the token index ending the clause."""
    if te >= len(doc) or "\n" in doc[te - 1].whitespace_ or doc[te].is_space:
        return None
    closing = _last_char_inside(doc, te)
    if closing in (".", "!", "?") and not doc[te].is_lower and doc[te].text not in (",",):
        return None  # a new sentence starts after a quotation that ended its own sentence
    if closing not in CLAUSE_END and doc[te].text != ",":
        return None  # 'the ad "unmistakably and wrongfully" suggests ...': a quoted phrase inside a clause
    if any(t.lower_ == "according" for t in doc[te : te + 2]):
        return None  # '"...," according to a statement posted by X': not a cue of its own (see according_to)
    cue = None
    k = te
    while k < min(len(doc), te + _WINDOW):
        t = doc[k]
        if _quote_mark(t) or (t.text in _SENT_END and cue is None):
            return None
        # not a verb of the speaker's relative clause: '"...," Lind, who is expected to ..., said' (one a relative
        # word opens: the parse may read '"...?" moderator Ana Lind asked' as one), nor of a gloss's: '"...," a claim
        # the ministry denied'
        if cue is None and k in is_cue and not any(
                a.dep_ == "relcl" and a.left_edge.i >= te and (
                    a.left_edge.tag_ in ("WDT", "WP", "WP$") or a.head.lower_ in _GLOSSES)
                for a in (t, *t.ancestors)):
            cue = t
        if t.text in _SENT_END or t.text in (",", ":", ";") and cue is not None:
            break
        k += 1
    if cue is None:
        return None
    return cue, k


def _attribution_before(doc: Doc, ts: int, te: int, is_cue: set[int]) -> Token | None:
    """A cue right before a quotation: ``He said: "..."``, ``She told reporters, "..."``, ``as saying that "..."``.

    Without a colon or comma the quotation must end the sentence: ``claimed "Trump exaggerates" the level ...``
    is a mixed statement, left to the clause rules."""
    if ts == 0:
        return None
    prev = doc[ts - 1]
    if prev.text not in (":", ",", "that") and prev.i not in is_cue:
        return None
    if prev.text not in (":", ",") and not (
        _last_char_inside(doc, te) in CLAUSE_END or te >= len(doc) or doc[te].text in _SENT_END
        or breaks_line(doc[te - 1])
    ):
        return None
    for k in range(ts - 1, max(-1, ts - 1 - _WINDOW), -1):
        t = doc[k]
        if k in is_cue and (t.lower_ in SPEECH_FORMS or t.lower_ in VOICE_FORMS):
            return t
        if t.text in _SENT_END or t.text in _QUOTE_CHARS:
            return None
    return None


def byline_at(text: str, end: int) -> re.Match | None:
    """A roundup's byline ``Jane Doe, The Outlet`` under the quotation closing at ``end`` (groups ``name`` and
    ``outlet``), not a headline or a heading ending in a full stop ("..., Graham Says.")."""
    m = _BYLINE.match(text, end)
    return None if m is None or m.group("outlet").endswith(".") else m


def signature_after(doc: Doc, text: str, end: int) -> tuple[Span, str] | None:
    """The name that signs the quotation closing at ``end``, if one does, and its kind (``person``, or
    ``organization`` for an outlet): ``"..." - Jane Doe`` (the entity, or the proper nouns, after the dash), or a
    roundup's byline ``"..." Jane Doe, The Outlet`` ending its line (the name, which the NER must read as a
    person's or which must open with a given name; the outlet when the byline is the editorial board's)."""
    m = _DASH_SOURCE.match(text, end)
    if m:
        src = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if src is None:
            return None
        start = stop = src[0].i
        inside = "I" if doc[start].ent_iob_ == "B" else None  # an entity opening there, else a proper-noun run
        stop += 1
        while stop < len(doc) and (doc[stop].ent_iob_ == inside if inside else doc[stop].pos_ == "PROPN"):
            stop += 1
        stop = next((t.i for t in doc[start + 1 : stop] if t.text.startswith("@")), stop)  # "Tom Lind @WKRN"
        return doc[start:stop], "person"
    m = byline_at(text, end)
    if m is None:
        return None
    outlet = m.group("name").lower() in _OUTLET_VOICES
    part = "outlet" if outlet else "name"
    span = doc.char_span(m.start(part), m.end(part), alignment_mode="expand")
    if span is None or not outlet and span[0].ent_type_ != "PERSON" and not (  # or a name the NER missed that opens
            len(span) > 1 and _given_gender([t.text for t in span])):  # with a given name: "John Fund, The Review"
        return None
    return span, "organization" if outlet else "person"


def quoted_statements(
    doc: Doc, text: str, regions: list[QuoteRegion], is_cue: set[int]
) -> tuple[list[Found], set[int]]:
    """Direct quotations attributed by position: cue after (``"...," he said``), before (``said: "..."``), a
    quotation split by its attribution (two fragments), and ``"..." - Jane Doe`` (no cue)."""
    toks = [_region_tokens(doc, r) for r in regions]
    after = [_attribution_after(doc, t[1], is_cue) if t else None for t in toks]
    out: list[Found] = []
    used: set[int] = set()
    skip = set()
    for n, (r, t) in enumerate(zip(regions, toks, strict=True)):
        if t is None or n in skip:
            continue
        att = after[n]
        if att is not None:
            cue, k = att
            frags = [(r.start, r.end)]
            nxt = n + 1
            if nxt < len(regions) and toks[nxt] and toks[nxt][0] == k + 1 and after[nxt] is None:
                frags.append((regions[nxt].start, regions[nxt].end))
                skip.add(nxt)
            out.append(Found(frags, cue_span(cue), subject_of(cue), rank=0))
            used.add(cue.i)
            continue
        cue = _attribution_before(doc, t[0], t[1], is_cue)
        if cue is not None and cue.i not in used:
            # a byline under it names the one the cue introduces unless a person is named ('Others note that "..."'
            # over 'Jane Doe, The Outlet' is Doe's, 'Ola Berg argues that "..."' Berg's)
            subject = subject_of(cue)
            signed = signature_after(doc, text, r.end) if byline_at(text, r.end) and not any(
                t.ent_type_ == "PERSON" for t in subject or ()) else None
            out.append(Found([(r.start, r.end)], cue_span(cue), signed[0] if signed else subject, rank=0,
                             signed=signed[1] if signed else None))
            used.add(cue.i)
            continue
        signed = signature_after(doc, text, r.end)
        if signed is not None:
            out.append(Found([(r.start, r.end)], None, signed[0], rank=0, signed=signed[1]))
            continue
        if t[0] and doc[t[0] - 1].text == ":":
            colon = doc[t[0] - 1]
            # the clause the colon ends ("The mayor was blunt:"), which the parse may hang on the quotation's verb
            clause = doc[max(colon.i - 1, 0)]
            while clause.head.i < colon.i and clause.head != clause:
                clause = clause.head
            subj = next((c for c in (*clause.children, *colon.sent.root.children)
                         if c.dep_ in _SUBJ and c.i < colon.i), None)
            line = _COLON_LINE.match(text, text.rfind("\n", 0, colon.idx) + 1) if subj is None else None
            if line is not None and line.start("colon") == colon.idx and _colon_line(doc, text, line) is not None:
                continue  # a 'Mayor Lind: "..."' headline: colon_lines reports it with its source
            src = None
            if subj is not None:  # the subject ends before its verb, whatever the parse hangs on it from the quotation
                stop = min(subj.right_edge.i + 1, colon.i, subj.head.i if subj.head.i > subj.i else colon.i)
                src = _span(doc, subj.left_edge.i, stop, colon)
            out.append(Found([(r.start, r.end)], (colon.idx, colon.idx + 1), src, rank=1))
            continue
        words = sum(1 for tok in doc[t[0] : t[1]] if tok.is_alpha)
        if words >= _MIN_STANDALONE_WORDS:
            out.append(Found([(r.start, r.end)], None, None, rank=3, inherit=True))
    return out, used


def quotation_at(regions: Sequence[QuoteRegion], char: int) -> QuoteRegion | None:
    """The quotation whose words hold ``char`` (its marks excluded), if any."""
    return next((r for r in regions if r.start < char < r.end - 1), None)


def _snap(frag: tuple[int, int], regions: list[QuoteRegion]) -> tuple[int, int]:
    """Extend a content piece so that it never cuts a quotation in two."""
    s, e = frag
    for r in regions:
        if r.start < e and s < r.end:
            s, e = min(s, r.start), max(e, r.end)
    return s, e


def find_statements(
    doc: Doc, beliefs: bool = True, text: str | None = None, regions: list[QuoteRegion] | None = None
) -> list[Found]:
    """All statements of a parsed document, univocal, in text order (pass ``doc.text`` and its quotations
    when you have them: ``Doc.text`` is rebuilt from the tokens on every access)."""
    text = doc.text if text is None else text
    regions = find_quotes(text) if regions is None else regions
    lowers = doc.to_array("LOWER").astype(np.uint64)
    cues = [v for v in _verbs(doc, lowers, _ALL_HASHES if beliefs else _NO_BELIEF_HASHES)  # the reporting lexicon's
            if not editors_mark(v)]
    is_cue = {t.i for t in cues}
    found, used = quoted_statements(doc, text, regions, is_cue | _voice_cues(doc, lowers))
    for v in cues:
        if v.i in used or quotation_at(regions, v.idx):
            continue
        statement = reported_by(v, regions)
        if statement is not None:
            found.append(statement)
    found += according_to(doc, text)
    found += colon_lines(doc, text)
    return _univocal(found)


def _is_region(doc: Doc, s: int, e: int, regions: list[QuoteRegion]) -> bool:
    if s >= e:
        return False
    a, b = _chars(doc, s, e)
    return any(r.start == a and r.end == b for r in regions)


def _univocal(found: list[Found]) -> list[Found]:
    """Keep the best-ranked statement where contents overlap or a cue lies inside another's content."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.start)):
        clash = False
        for k in kept:
            if any(a < d and c < b for a, b in f.frags for c, d in k.frags):
                clash = True
            elif f.cue and any(c <= f.cue[0] < d for c, d in k.frags):
                clash = True
            if clash:
                break
        if not clash:
            kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept
