"""Statement extraction: who said what, from a spaCy parse.

``RuleExtractor`` (this package, no model) finds direct, indirect and mixed statements with their cue and
speaker; ``learned.LearnedExtractor`` is the transformer alternative. Both return
:class:`~stancekit.types.Quote` lists with offsets relative to the spaCy doc's text.

Public helpers for other components: :func:`~.speakers.resolve_speaker`, :func:`~.speakers.canonical_entities`
and :func:`~.speakers.entity_index` (speaker / entity resolution), :func:`~.quotes.find_quotes` (quotation
marks), :func:`quote_type`.

Constructions the rules handle (each has a test in ``tests/test_extract_*.py``): direct quotes in “ ” " "
‘ ’ '' '' « », nested quotes, a quote split by its attribution (two fragments), quotes running over
paragraphs, speaker before / after / inside the quote, ``"..." - Jane Doe`` and ``"..." Jane Doe, The
Outlet``; indirect speech with a reporting verb and a clause, infinitive, object or prepositional object
(``said that``, ``warned``, ``denied``, ``refused to``, ``called the plan ...``, ``called for ...``), inverted
``..., said the minister``, an attribution inside its content (``Too often, he said, the debate ...``), ``according to
X``; mixed quotes (``described that argument as "dangerous"``); framed speakers (``quoted Y as saying``,
``cited Y as saying``, ``Y was quoted by X as saying`` -> Y).

Conventions (both extractors):

- A direct quote's content *includes* its quotation marks (as PolNeAR annotates it); ``type`` is
  ``direct`` when every content piece is a whole quotation, ``mixed`` when the content contains a quotation
  and unquoted words, ``indirect`` otherwise.
- ``fragments`` is empty for contiguous content; for a quotation split by its attribution it lists each piece
  (``start``/``end``/``text`` then span the whole, attribution included; ``Quote.content`` joins the pieces).
- Indirect content includes the complementizer ("that the plan failed"), not the final full stop.
- Belief and attitude reports ("officials fear that ...", "she believes ...") are extracted by default because
  PolNeAR counts them as attributions, as are the actions the learned tagger picks up from it ("voted for");
  ``Quote.kind`` (:func:`statement_kind`) tells them from speech, and ``RuleExtractor(beliefs=False)`` skips beliefs.
- Contents are univocal: one statement per token; statements reported inside a quotation are not split out.
- A cue-less quotation of 4+ words right after a statement (within 400 characters) continues that statement's
  speaker; otherwise unknown speakers stay ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from ..types import Quote, Speaker, StatementKind, TextSpan
from .lexicon import ATTITUDE_WORDS, SPEECH_WORDS
from .quotes import QuoteRegion, find_quotes
from .rules import find_statements
from .speakers import EntityIndex, canonical_entities, entity_index, resolve_speaker

_CONTINUATION_CHARS = 400  # a cue-less quotation this close after a statement continues its speaker

__all__ = ["RuleExtractor", "canonical_entities", "entity_index", "find_quotes", "quote_type", "resolve_speaker",
           "statement_kind"]


def quote_type(frags: list[tuple[int, int]], regions: list[QuoteRegion]) -> str:
    """``direct`` / ``mixed`` / ``indirect`` from how the content pieces meet the quotations."""
    exact = {(r.start, r.end) for r in regions}
    if all(f in exact for f in frags):
        return "direct"
    if any(r.start < e and s < r.end for s, e in frags for r in regions):
        return "mixed"
    return "indirect"


def statement_kind(cue: str | None, quoted: bool) -> StatementKind:
    """``speech`` when the cue is a speech verb or act ("said", "denounced", "talked about"), a verb of the voice
    ("shouted", "chanted", "the sign read"), a report noun ("in a statement", "according to") or punctuation (":"),
    or when a quotation has no cue; ``belief`` for a belief or attitude ("fear", "hopes", "opposes"); ``other`` for
    the rest, mostly actions PolNeAR also counts ("voted for", "passed"). Speech wins when a cue has both
    ("believes, she said")."""
    cue = cue or ""
    words = set(re.findall(r"[a-z]+", cue.lower()))
    if not words:
        return "speech" if quoted or cue.strip() else "other"
    if words & SPEECH_WORDS and "guilty" not in words:  # a plea ("pleaded guilty") is a legal act, not words
        return "speech"
    return "belief" if words & ATTITUDE_WORDS else "other"


def make_quote(text: str, frags, cue: tuple[int, int] | None, speaker: Speaker | None,
               regions: list[QuoteRegion]) -> Quote:
    """The output record shared by every extractor: whole span, type from the quote marks, fragments only when split."""
    start, end = frags[0][0], frags[-1][1]
    type_ = quote_type(frags, regions)
    cue_span = TextSpan(text[cue[0] : cue[1]], *cue) if cue else None
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        type=type_,  # type: ignore[arg-type]
        kind=statement_kind(cue_span.text if cue_span else None, type_ != "indirect"),
        fragments=list(frags) if len(frags) > 1 else [],
        cue=cue_span,
        speaker=speaker,
    )


class RuleExtractor:
    """Dependency- and quote-mark rules over an English spaCy parse (tagger, parser and NER needed)."""

    def __init__(self, beliefs: bool = True):
        self.beliefs = beliefs

    def extract(self, doc: Doc) -> list[Quote]:
        text = doc.text
        regions = find_quotes(text)
        found = find_statements(doc, beliefs=self.beliefs, text=text, regions=regions)
        contents = [frag for f in found for frag in f.frags]
        idx: EntityIndex | None = entity_index(doc, text, regions, contents) if found else None
        out: list[Quote] = []
        prev: tuple[int, Speaker | None] | None = None
        for f in found:
            speaker = resolve_speaker(doc, f.source, f.start, idx) if f.source is not None else None
            if speaker is not None and f.signed and speaker.kind == "other":
                speaker.kind = f.signed  # a name signing a quotation ("- Jane Doe") is a person, or an outlet
            if f.inherit and prev is not None and f.start - prev[0] <= _CONTINUATION_CHARS:
                speaker = prev[1]
            out.append(make_quote(text, f.frags, f.cue, speaker, regions))
            prev = (f.end, speaker)
        return out

    def extract_batch(self, docs: Iterable[Doc]) -> list[list[Quote]]:
        return [self.extract(d) for d in docs]
