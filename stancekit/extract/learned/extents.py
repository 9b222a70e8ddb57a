"""Where a linked report's content starts and ends when the tagger's span does not follow its clause.

A report inside a relative clause ends where the main clause resumes; one the tagger stopped after its subject runs to
the end of its clause; one it ran into a second report of the speaker's ends before that; one it opened at the cue's
addressee starts at the clause reported. Each function returns the corrected offset, or None to keep the tagger's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from ..lexicon import TOLD_FORMS
from ..quotes import QuoteRegion
from ..rules import clause_content, joined_report, quotation_at
from ..speakers import speaks
from .linking import _OPEN, Linked, _root
from .spans import _TRAILING

_FINITE = {"VBD", "VBZ", "VBP", "MD"}  # verb tags of a clause's own tense


def _end_without(doc: Doc, first: int, stop: int, drop: Callable[[Token], bool]) -> int:
    """Character end of the tokens ``[first, stop)`` of a clause, less those at its right that ``drop`` accepts
    (punctuation the parse ends the clause with and the content does not); the first token always stays."""
    last = stop - 1
    while last > first and drop(doc[last]):
        last -= 1
    return doc[last].idx + len(doc[last])


def relative_clause_end(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where the content of a report inside a relative clause or a participle phrase ends, where the tagger ran it on
    into the main clause ("Tom Lind, whose spokesman said [the bill was dead], left early"; "Officials who said [the
    vote was rigged] were fired"; "A man carrying a sign saying [the war must end] was arrested"): the end of the
    cue's clausal complement as the parse has it (:func:`~stancekit.extract.rules.clause_content`), when the content
    starts there and holds a finite verb, and the main clause's verb follows: after a comma any verb but a gerund
    ("... York, [including] ..." goes on), else a finite one the parse does not hang on the cue ("Washington
    lobbyists working with X [failed] to register": the parse cut the complement short); never inside a quotation
    or before one the content goes on into."""
    cue = _root(doc, *st.cue) if st.cue is not None else None
    if (cue is None or cue.dep_ not in ("relcl", "acl") or len(st.frags) > 1
            or not any(c.dep_ == "ccomp" for c in cue.children)):
        return None
    found = clause_content(cue)
    if found is None or len(found) != 2 or doc[found[0]].idx != st.start:
        return None
    after = next((t for t in doc[found[1] :] if not t.is_punct), None)
    end = _end_without(doc, *found, lambda t: t.text in (",", ";", ":"))
    if after is None or not any(t.tag_ in _FINITE for t in doc[found[0] : found[1]]) or not end < st.end:
        return None
    if quotation_at(regions, end) or any(end <= r.start < st.end for r in regions):
        return None
    if doc[after.i - 1].text == ",":  # a comma closes the clause: "whose spokesman said [A], left early"
        return end if after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG" else None
    return end if after.tag_ in _FINITE and after.head != cue else None  # not the parse's second complement


def joined_report_end(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where the last part of a content ends before a second report of the speaker's the tagger ran it into ("The
    court ruled [that the ban was lawful and dismissed the appeal]": :func:`~stancekit.extract.rules.joined_report`)."""
    cue = _root(doc, *st.cue) if st.cue is not None else None
    last = doc.char_span(*st.frags[-1], alignment_mode="expand")
    end = joined_report(cue, last.start, last.end, regions) if cue is not None and last is not None else None
    return doc[end - 1].idx + len(doc[end - 1]) if end is not None else None


def subject_only_end(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where a content ends that the tagger stopped after its subject, at a clause set off after it ("Police said
    [the man], whose name was not released, had been drinking"): the end of the cue's clausal complement
    (:func:`~stancekit.extract.rules.clause_content`), when the content opens it, has no verb and is no quotation,
    and the clause goes on in the same paragraph."""
    cue = _root(doc, *st.cue) if st.cue is not None and len(st.frags) == 1 else None
    if cue is None or quotation_at(regions, st.start) or not any(c.dep_ == "ccomp" for c in cue.children):
        return None
    found = clause_content(cue)
    content = doc.char_span(st.start, st.end, alignment_mode="expand")
    if (found is None or len(found) != 2 or doc[found[0]].idx != st.start or content is None
            or any(t.pos_ in ("VERB", "AUX") for t in content)):
        return None
    end = _end_without(doc, *found, lambda t: t.is_space or t.text in _TRAILING)
    if end <= st.end or "\n" in doc.text[st.end : end] or any(st.end <= r.start < end for r in regions):
        return None  # (no span runs across a line break outside quotation marks: :func:`line_breaks`)
    return end


def addressee_start(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where a content starts that the tagger opened at the cue's addressee ("Hale told [investigators he had
    never met the victim]"): at the clause the verb reports, which is what PolNeAR marks (of its train contents
    after "told", "assured", "informed" or "reminded", 129 start a word or two after the verb, 17 right after
    it). The parse often takes a clause's subject for the object ("warned [the new tariffs] could hurt exporters",
    "warned [Canadians] should be ready", 'warned [that time] to reach a deal "is running out"'), so only
    after a verb of telling (not "said"), where the object is someone who can be told (a name, a pronoun, "the
    judges"), without punctuation, the verb's only object, and the clause after it has a subject of its own and
    opens outside any quotation."""
    cue = _root(doc, *st.cue) if st.cue is not None else None
    if cue is None or cue.lower_ not in TOLD_FORMS or quotation_at(regions, st.start):
        return None
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    addressee = objects[0] if len(objects) == 1 and objects[0].left_edge.idx == st.start else None
    if addressee is None or any(t.is_punct for t in addressee.subtree) or not (
            addressee.tag_ in ("PRP", "NNP", "NNPS") or speaks(addressee)):
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i > addressee.right_edge.i
                   and c.left_edge.idx < st.frags[0][1] and any(k.dep_ in ("nsubj", "nsubjpass", "expl")
                                                               for k in c.children)), None)
    start = clause.left_edge.idx if clause is not None else None
    return start if start is not None and doc.text[start] not in _OPEN and not quotation_at(regions, start) else None
