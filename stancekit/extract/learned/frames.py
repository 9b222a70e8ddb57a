"""What frames a linked statement and so decides whose it is, whatever source the tagger linked.

A signature after a quotation, "X quoted Y as saying", a report inside "according to X", the question in
"asked whether", an imperative cue, what a quotation was said of ("said of [the prices]").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from ...types import Speaker
from ..lexicon import ALL_FORMS, PREPOSITION_OF, SPEECH_FORMS, TOLD_FORMS
from ..quotes import QuoteRegion
from ..rules import (
    ACCORDING,
    PUT_TO,
    Found,
    agent_of,
    asked_aside,
    byline_at,
    cited_report,
    framed_speaker,
    framing_complement,
    holds,
    quotation_at,
    reported_by,
    signature_after,
)
from ..speakers import EntityIndex, resolve_speaker
from ..statement import strip_span
from .linking import _CLOSE, _OPEN, Linked, Span, _is_quotation, _root

# A roundup's lead-in before its cue, alone at the start of a line: "Some", "Others", "Still others", "Many"
_LEAD_IN = re.compile(r"[ \t]*(?:some|others|still others|many|most|a few)[ \t]+", flags=re.IGNORECASE)


def _signed(doc: Doc, text: str, st: Linked, regions: Sequence[QuoteRegion]):
    """The name signing a cue-less quotation, and its kind (:func:`stancekit.extract.rules.signature_after`),
    whatever source the tagger linked: it links the nearest one, which in a roundup of signed quotations is
    someone else's. Also a quotation a roundup's lead-in introduces ('Some point out, "..."', 'Others argue that
    "..." Jane Doe, The Outlet'): the lead-in names no one, the byline its author; so does any introduction to a
    whole quotation with a byline under it (:func:`_introduces`)."""
    if st.cue is None and not _is_quotation(text, st):
        return None
    if st.cue is not None and not (text[st.end - 1] in _CLOSE and (
            _LEAD_IN.fullmatch(text, text.rfind("\n", 0, st.cue[0]) + 1, st.cue[0])
            or byline_at(text, st.end) and _introduces(doc, text, st, regions))):
        return None
    return signature_after(doc, text, st.end)


def _introduces(doc: Doc, text: str, st: Linked, regions: Sequence[QuoteRegion]) -> bool:
    """The cue comes before the whole quotation the content closes, and names no person on the quotation's line as
    its source: 'A former aide writes, "..."' over 'Jane Doe, The Outlet' is Doe's, as is a quotation the tagger
    linked to a cue lines above it, but not a report inside the quotation ('"... According to the agency, [...]."'),
    nor 'Ola Berg argues that "..."'."""
    quotation = next((r for r in regions if r.end == st.end), None)
    if quotation is None or st.start > quotation.start or st.cue[1] > quotation.start:
        return False
    if st.source is None or "\n" in text[st.source[0] : quotation.start]:
        return True
    source = doc.char_span(*st.source, alignment_mode="expand")
    return source is None or not any(t.ent_type_ == "PERSON" for t in source)


def _framed(doc: Doc, cue: Span):
    """``(Y, "saying")`` when the cue belongs to "X quoted Y as saying" (the tagger may mark "quoted", "saying" or
    both as the cue), or ``(Y, "said")`` for "X quoted Y who said"."""
    for t in doc.char_span(*cue, alignment_mode="expand") or ():
        frame = t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "as" else t
        mention = framed_speaker(frame)
        if mention is not None:
            return mention, framing_complement(frame)
    return None


def _inner_report(doc: Doc, text: str, st: Linked, regions: Sequence[QuoteRegion]) -> Found | None:
    """"X called the plan reckless, according to a statement": the statement is X's, not the statement's.

    The tagger marks one layer only, and with "according to" it takes the outer one, whose content is a
    whole report (subject, reporting verb and what was said). That report, found from its verb as the
    rules find it, replaces the frame when its content lies inside the frame's (and the caller resolves
    its speaker, the verb's subject, to a named person, organisation or group). A verb inside quotation
    marks is the speaker's own word ("How come his own family doesn't know ...", according to a paper). Where the
    parse hangs the phrase on the inner clause ("Y warned that X attended, according to a statement"), the report
    ends where the frame's content does, if its speaker opens the frame (a parse that wrong is trusted no further:
    "If ..., it could signal that ..., according to X" stays X's), and an attitude stays X's report ("the agency
    plans to cut jobs, according to a memo"). A quotation of several sentences signed inside the frame ('"A. B," Y
    said on Monday, according to X') is Y's: its report's verb is the root of the content's last sentence. A
    signature after a whole report ("Y told reporters that ..., the Courier reported") frames it the same way
    (:func:`_cited`)."""
    if st.cue is None:
        return None
    if not ACCORDING.match(text, st.cue[0]):
        return _cited(doc, st, regions)
    verb = _root(doc, st.start, st.end)
    words = doc.char_span(st.start, st.end, alignment_mode="expand") if text[st.start] in _OPEN else None
    last = words[-1].sent.root if words is not None else None
    if last is not None and last.sent.start_char > st.start and last.lower_ in SPEECH_FORMS:
        verb = last  # (only for a quotation that opens the content: "A. Y said B, according to X" stays X's)
    if verb is None or not verb.tag_.startswith("VB") or verb.lower_ not in ALL_FORMS or holds(verb):
        return None
    if quotation_at(regions, verb.idx) is not None:
        return None
    inner = reported_by(verb, list(regions))
    if inner is None or inner.source is None or inner.start < st.start:
        return None
    if inner.end > st.end and st.end <= st.cue[0] < inner.end and inner.source.start_char == st.start:
        inner = replace(inner, frags=[(s, min(e, st.end)) for s, e in inner.frags if s < st.end])
    return inner if inner.end <= st.end else None


def _cited(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> Found | None:
    """"[The mayor told reporters that ...], the Courier reported": a report whose signature the tagger took for the
    statement's cue (:func:`stancekit.extract.rules.cited_report`); the report's content lies inside the tagged
    one."""
    cue = doc.char_span(*st.cue, alignment_mode="expand") if st.cue[0] >= st.end else None
    frame = next((t for t in cue or () if t.lower_ in ALL_FORMS), None)
    inner = cited_report(frame, list(regions)) if frame is not None else None
    return inner if inner is not None and st.start <= inner.start and inner.end <= st.end else None


def _relative_word(doc: Doc, st: Linked) -> bool:
    """The content is a relative pronoun alone, which the tagger may mark apart from the clause it opens (a
    statement of its own where its cue has no other content: "the inquiry, which he described as ...")."""
    words = doc.char_span(st.start, st.end, alignment_mode="expand")
    return (st.cue is not None and len(st.frags) == 1 and words is not None and len(words) == 1
            and words[0].tag_ in ("WDT", "WP"))


def _asked(doc: Doc, st: Linked) -> bool:
    """"Asked whether she would resign, Berg said ...", "..., she said when asked whether ...": a participle
    without a subject of its own puts the question to the speaker; it is the asker's (the reporter's, unnamed unless
    "asked by ..."), not the main clause's subject's. After the main verb, only a verb of :data:`PUT_TO` ("Berg told
    the court, when questioned about ...": not "Lind ... cried, having been called ...") and only a content that
    follows it in its sentence: '"No," she said when asked about it. "..."' gives the next sentence's quotation the
    cue; it is her answer. So is a question put in the passive ("[Lind] was asked whether ..."): its subject answers
    next."""
    if st.cue is None:
        return False
    span = doc.char_span(*st.cue, alignment_mode="expand")
    return span is not None and (asked_aside(span[0], st.end) or _put_in_passive(span) or any(
        _participle(t) and t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and (t.i < t.head.i or t.lower_ in PUT_TO and st.cue[1] <= st.start < t.sent.end_char) for t in span))


def _put_in_passive(cue: Tokens) -> bool:
    """"was asked", "were questioned", "was pressed": a question put to the verb's subject."""
    verb = cue.root
    return (verb.lower_ in PUT_TO and verb.lower_ not in TOLD_FORMS and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "nsubjpass" for c in verb.children))


def _asker(doc: Doc, st: Linked, idx: EntityIndex) -> Speaker | None:
    """Who put the question of an :func:`_asked` statement, where the text says: "Asked by a reporter whether ..."
    (else nobody)."""
    span = doc.char_span(*st.cue, alignment_mode="expand")
    agent = next((a for t in span if t.lower_ in PUT_TO and (a := agent_of(t)) is not None), None)
    return resolve_speaker(doc, doc[agent.left_edge.i : agent.right_edge.i + 1], st.start, idx) if agent else None


_SUBORDINATORS = frozenset(("when", "if", "once", "after", "before", "while", "until", "unless"))


def _participle(t: Token) -> bool:
    """A past participle, also where the tagger read a past tense: a past form right after "when" has no subject
    of its own ("replied the minister when asked whether ...", with "the minister" parsed as the object)."""
    return t.tag_ == "VBN" or t.tag_ == "VBD" and t.i > 0 and t.doc[t.i - 1].lower_ in _SUBORDINATORS


def _imperative(doc: Doc, cue: tuple[int, int], regions: Sequence[QuoteRegion]) -> bool:
    """A bare command outside quotation marks ("Please confirm that you are human", "Remind them that"): the
    page or the writer addressing the reader, whom no report is about."""
    root = _root(doc, *cue)
    if root is None or root.tag_ != "VB" or root.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") or c.dep_ == "aux" and c.tag_ != "VB"
           for c in root.children):
        return False  # a subject the parse missed: "Sanctions would mark", "Having X does not mean"
    return quotation_at(regions, cue[0]) is None


def topic_of_cue(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> bool:
    """'"It's a disgrace," Lind said of [the prices]': the object of an "of" that the cue's verb does not take for
    its content (:data:`PREPOSITION_OF`; "wrote of", "warned of" do) is what the words were about. A content that is
    only that phrase, with no quotation in it, is no statement; the tagger marks it as one next to the quotation.
    Not after a verb that tells the subject something ("The minister, informed of [the decision], said": what the
    minister was told, :func:`_asked`), nor after a noun ("any mention of", "show signs of")."""
    cue = doc.char_span(*st.cue, alignment_mode="expand") if st.cue is not None and len(st.frags) == 1 else None
    verb = cue[-2] if cue is not None and len(cue) >= 2 and cue[-1].lower_ == "of" else None
    if (verb is None or verb.pos_ != "VERB" or verb.lower_ not in SPEECH_FORMS or verb.lower_ in PUT_TO
            or verb.lower_ in TOLD_FORMS or "of" in PREPOSITION_OF.get(verb.lower_, ())):
        return False
    root = _root(doc, st.start, st.end)
    return (root is not None and root.dep_ == "pobj" and root.head == cue[-1] and root.pos_ in ("NOUN", "PROPN")
            and not any(r.start < st.end and st.start < r.end for r in regions))


def _trim_start(text: str, st: Linked, start: int) -> bool:
    """Drop the part of the content before ``start`` (a frame "Y as saying" read as content); False when
    nothing is left, i.e. the "content" was the frame itself ("quoted [the minister]")."""
    start = strip_span(text, start, len(text))[0]
    st.frags[:] = [(max(a, start), b) for a, b in st.frags if b > start]
    return bool(st.frags)
