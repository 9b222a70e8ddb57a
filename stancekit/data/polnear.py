"""PolNeAR reader: brat standoff attribution relations -> :class:`Article` objects.

API (stable; the training and evaluation code depend on it)::

    load_polnear(data_dir=None, split="dev", all_annotators=False) -> list[Article]
    Article(id, text, attributions: list[Attribution], annotator, split)
    Attribution(content: list[(s, e)], source: list[(s, e)] | None, cue: list[(s, e)] | None)

Spans are lists of ``(start, end)`` character fragments into ``Article.text`` (end exclusive, sorted),
because PolNeAR contents are often discontinuous (a quote interrupted by "he said") and a few sources
and cues are too. ``source`` is None for ``Attribution-no-source`` events, ``cue`` is None for the few
events without a Cue role. ``Content2`` roles (a second content of one event) are merged into
``content``. ``Discuss``/``Discard`` spans are annotator workflow flags and are ignored, as are
events without content.

One annotation file per article: 2 dev, 2 test and 16 train articles have 5-6 annotators' files.
We take the first file by name (the choice behind the counts in the corpus' SOURCE.md), which is
deterministic and does not peek at the annotations; ``all_annotators=True`` returns every file,
as CofeNet's evaluation files do.

``data_dir`` is the folder holding all datasets (default ``$STANCEKIT_DATA`` or ``../shared/data``)
or the ``PolNeAR`` folder itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import dataset_dir

Span = tuple[int, int]
SPLITS = ("train", "dev", "test", "annotator-training")
_ROLE_TYPES = {"Source", "Cue", "Content"}
_LINE_START = re.compile(r"^[TERAMN#*]\d*\t")


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: who (source), the trigger (cue) and what (content)."""

    content: list[Span]
    source: list[Span] | None = None
    cue: list[Span] | None = None


@dataclass
class Article:
    """One PolNeAR article with the attributions of one annotator."""

    id: str
    text: str
    attributions: list[Attribution]
    annotator: str = ""
    split: str = ""

    def span_text(self, spans: list[Span] | None) -> str:
        """Fragments joined by a space, the way brat writes a discontinuous span's text."""
        return " ".join(self.text[s:e] for s, e in spans or [])


def _logical_lines(ann: str) -> list[str]:
    """Brat lines, with span texts that contained newlines glued back onto their line."""
    lines: list[str] = []
    for raw in ann.split("\n"):
        if _LINE_START.match(raw) or not lines:
            lines.append(raw)
        else:
            lines[-1] += "\n" + raw
    return [ln.rstrip("\n") for ln in lines if ln.strip()]


def _fragments(offsets: str) -> list[Span]:
    return sorted((int(s), int(e)) for s, e in (part.split() for part in offsets.split(";")))


def parse_ann(ann: str) -> list[Attribution]:
    """Attributions of one ``.ann`` file, in the order of their events."""
    spans: dict[str, list[Span]] = {}
    events: list[dict[str, list[str]]] = []
    for line in _logical_lines(ann):
        ident, body = line.split("\t", 2)[:2]
        if ident.startswith("T"):
            kind, offsets = body.split(" ", 1)
            if kind in _ROLE_TYPES:
                spans[ident] = _fragments(offsets)
        elif ident.startswith("E"):
            roles: dict[str, list[str]] = {}
            for arg in body.split():
                role, ref = arg.split(":", 1)
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
            events.append(roles)
    out = []
    for roles in events:
        content = sorted(f for ref in roles.get("Content", []) for f in spans.get(ref, []))
        if not content:
            continue
        source = [f for ref in roles.get("Source", []) for f in spans.get(ref, [])] or None
        cue = [f for ref in roles.get("Cue", []) for f in spans.get(ref, [])] or None
        out.append(Attribution(content=content, source=sorted(source) if source else None,
                               cue=sorted(cue) if cue else None))
    return out


def _read_text(path: Path) -> str:
    # Offsets are str indices of the decoded file: no newline translation.
    return path.read_bytes().decode("utf-8")


def load_polnear(data_dir: str | Path | None = None, split: str = "dev", all_annotators: bool = False) -> list[Article]:
    """Articles of one split, sorted by id (one annotator's file each unless ``all_annotators``)."""
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r}; choose from {SPLITS}")
    root = dataset_dir(data_dir, "PolNeAR") / "data" / split
    if not (root / "text").is_dir():
        raise FileNotFoundError(f"PolNeAR {split} split not found under {root}")
    articles = []
    for text_path in sorted((root / "text").glob("*.txt")):
        article_id = text_path.stem
        anns = [a for a in sorted((root / "attributions").glob(f"{article_id}_*.ann"))
                if "_" not in a.stem[len(article_id) + 1 :]]
        if not anns:
            continue
        text = _read_text(text_path)
        for ann in anns if all_annotators else anns[:1]:
            annotator = ann.stem[len(article_id) + 1 :]
            articles.append(Article(article_id, text, parse_ann(_read_text(ann)), annotator, split))
    return articles
