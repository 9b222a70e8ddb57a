"""Result data model: plain, typed, JSON-ready dataclasses (and the checks of the user-given values they hold).

Every offset is a character offset into the *original* input text (end exclusive), so
``text[q.start:q.end] == q.text`` always holds, whatever chunking or parsing happened inside.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, get_args

QuoteType = Literal["direct", "indirect", "mixed"]
StatementKind = Literal["speech", "belief", "other"]
STATEMENT_KINDS: tuple[str, ...] = get_args(StatementKind)
SpeakerKind = Literal["person", "organization", "group", "other"]
StanceLabel = Literal["favor", "against", "none"]
ClaimLabel = Literal["checkworthy", "opinion", "other"]


def check_strings(values: list, what: str) -> list[str]:
    """``values`` if every one is a string; else a TypeError naming the first bad one, so that a None
    deep in a user's list is reported as such rather than as a tokenizer's error."""
    bad = next((i for i, v in enumerate(values) if not isinstance(v, str)), None)
    if bad is not None:
        raise TypeError(f"{what} {bad} is {type(values[bad]).__name__}, not a str")
    return values


def author_name(value) -> str | None:
    """The writer as one name: a string, or co-authors (a list of strings) joined with commas."""
    if isinstance(value, (list, tuple)) and all(isinstance(a, str) for a in value):
        value = ", ".join(a.strip() for a in value if a.strip())
    if value is not None and not isinstance(value, str):
        raise TypeError(f"author must be a str, a list of str or None, got {type(value).__name__}")
    return (value or "").strip() or None


@dataclass
class TextSpan:
    """A contiguous piece of the input (the cue of a statement)."""

    text: str
    start: int
    end: int


@dataclass
class Speaker:
    """Who made the statement: the mention as written and the resolved canonical name.

    ``name`` is None when the mention cannot be resolved ("he" with no person before it, "we" outside a
    quotation): the mention and its offsets are kept, the name is never guessed. An unnamed speaker's name is
    its description without a sentence's capital ("The judge said" -> "the judge"), so that one groups as one.
    """

    name: str | None
    mention: str
    start: int
    end: int
    kind: SpeakerKind = "other"


@dataclass
class Stance:
    target: str
    label: StanceLabel
    score: float


@dataclass
class Claim:
    """Claim type, derived from two independent probabilities (see ``stancekit.claims``)."""

    label: ClaimLabel
    checkworthy: float
    subjective: float


@dataclass
class Quote:
    """One reported statement.

    ``start``/``end`` cover the whole content; ``fragments`` lists the pieces when the
    content is interrupted (``"We will not move," he said, "not an inch."``). ``kind`` says what the cue
    reports (:func:`stancekit.extract.statement_kind`): ``speech``, a ``belief`` or attitude ("officials fear
    that ..."), or ``other`` (an action PolNeAR-style attribution also covers: "the House voted for the bill").
    ``confidence`` is the learned extractor's mean probability that the content's words are content (None from
    the rule-based extractor): filter on it to trade recall for precision (model card, "Confidence").
    """

    text: str
    start: int
    end: int
    type: QuoteType
    kind: StatementKind = "speech"
    fragments: list[tuple[int, int]] = field(default_factory=list)
    cue: TextSpan | None = None
    speaker: Speaker | None = None
    stances: list[Stance] = field(default_factory=list)
    claim: Claim | None = None
    confidence: float | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["fragments"] = [list(f) for f in self.fragments]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Quote:
        """The inverse of :meth:`to_dict` (a quote of ``stancekit label``'s output, read back)."""
        return cls(
            text=d["text"], start=d["start"], end=d["end"], type=d["type"], kind=d.get("kind", "speech"),
            fragments=[(s, e) for s, e in d.get("fragments") or []],
            cue=TextSpan(**d["cue"]) if d.get("cue") else None,
            speaker=Speaker(**d["speaker"]) if d.get("speaker") else None,
            stances=[Stance(**s) for s in d.get("stances") or []],
            claim=Claim(**d["claim"]) if d.get("claim") else None,
            confidence=d.get("confidence"),
        )

    @property
    def content(self) -> str:
        """The content without the interrupting attribution (fragments joined by a space)."""
        if not self.fragments:
            return self.text
        base = self.start
        return " ".join(self.text[s - base : e - base] for s, e in self.fragments)


FRAME_COLUMNS = [
    "id", "speaker", "speaker_mention", "speaker_kind", "cue", "type", "kind", "quote", "start", "end", "confidence",
    "target", "label", "score", "claim", "checkworthy", "subjective",
]


@dataclass
class Document:
    """All statements found in one input text."""

    text: str
    quotes: list[Quote] = field(default_factory=list)
    id: str | int | None = None

    def to_dict(self) -> dict:
        """Exactly one line of the CLI's JSONL output."""
        return {"id": self.id, "quotes": [q.to_dict() for q in self.quotes]}

    @classmethod
    def from_dict(cls, d: dict, text: str = "") -> Document:
        """A line of ``stancekit label``'s output read back (``text``: the input text, which the line omits);
        ``Document.from_dict(json.loads(line)).to_frame()`` tabulates it."""
        return cls(text=text, quotes=[Quote.from_dict(q) for q in d.get("quotes") or []], id=d.get("id"))

    def rows(self) -> list[dict]:
        """Flat records, one per quote x target (one per quote when it has no stances)."""
        out = []
        for q in self.quotes:
            base = {
                "id": self.id,
                "speaker": q.speaker.name if q.speaker else None,
                "speaker_mention": q.speaker.mention if q.speaker else None,
                "speaker_kind": q.speaker.kind if q.speaker else None,
                "cue": q.cue.text if q.cue else None,
                "type": q.type,
                "kind": q.kind,
                "quote": q.text,
                "start": q.start,
                "end": q.end,
                "confidence": q.confidence,
                "claim": q.claim.label if q.claim else None,
                "checkworthy": q.claim.checkworthy if q.claim else None,
                "subjective": q.claim.subjective if q.claim else None,
            }
            for s in q.stances or [None]:
                out.append({
                    **base,
                    "target": s.target if s else None,
                    "label": s.label if s else None,
                    "score": s.score if s else None,
                })
        return out

    def to_frame(self):
        """pandas DataFrame, one row per quote x target."""
        import pandas as pd

        return pd.DataFrame(self.rows(), columns=FRAME_COLUMNS)
