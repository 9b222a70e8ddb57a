"""Shared assertions for the extraction tests (not a test module)."""

from __future__ import annotations

from stancekit.types import Quote


def only(kit, text: str) -> Quote:
    """The single statement ``kit`` finds in ``text``."""
    quotes = kit(text).quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def span_of(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def check(q: Quote, text: str, content: str, type_: str, cue: str | None, speaker: str | None,
          kind: str | None = None) -> None:
    """Exact content span, type, cue span and resolved speaker of one statement."""
    assert (q.start, q.end) == span_of(text, content)
    assert q.text == content == text[q.start : q.end]
    assert q.type == type_
    if cue is None:
        assert q.cue is None
    else:
        assert q.cue is not None and q.cue.text == cue == text[q.cue.start : q.cue.end]
    if speaker is None:
        assert q.speaker is None
    else:
        assert q.speaker is not None and q.speaker.name == speaker
        assert text[q.speaker.start : q.speaker.end] == q.speaker.mention
        if kind:
            assert q.speaker.kind == kind


def last_quotes(text: str, *pipelines) -> list[Quote]:
    """The last statement each pipeline finds in ``text`` (the one a test sentence is about)."""
    return [pipeline(text).quotes[-1] for pipeline in pipelines]
