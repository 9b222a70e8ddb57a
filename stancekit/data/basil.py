"""BASIL reader: news articles with bias spans, some of them quotes with a normalised speaker label.

API::

    load_basil(data_dir=None) -> list[BasilArticle]     # sorted by id
    BasilArticle(id, event, source, title, text, spans: list[BasilSpan])
    BasilSpan(start, end, text, quote: bool, speaker, target, polarity, aim, bias)

BASIL gives each sentence as a string and span offsets inside their sentence (no sentence index), so
we rebuild one article text — title, blank line, paragraphs separated by blank lines, sentences of a
paragraph joined by one space — and place each span in the first sentence where
``sentence[start:end] == txt``. ``start``/``end`` are then offsets into ``BasilArticle.text``.
Speaker/target labels stay as BASIL writes them (``Donald_Trump``, ``other_anti``); ``event`` is
the triplet id, the unit to split by (three outlets cover each event).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import dataset_dir


@dataclass(frozen=True)
class BasilSpan:
    start: int
    end: int
    text: str
    quote: bool
    speaker: str
    target: str
    polarity: str
    aim: str
    bias: str


@dataclass
class BasilArticle:
    id: str
    event: str
    source: str
    title: str
    text: str
    spans: list[BasilSpan]


def _article_text(title: str, paragraphs: list[list[str]]) -> tuple[str, list[tuple[int, str]]]:
    """The article text and each sentence with its offset in it."""
    parts, sentences, pos = [title], [], len(title)
    for para in paragraphs:
        pos += 2
        parts.append("\n\n")
        for k, sent in enumerate(para):
            if k:
                parts.append(" ")
                pos += 1
            sentences.append((pos, sent))
            parts.append(sent)
            pos += len(sent)
    return "".join(parts), sentences


def _place(sentences: list[tuple[int, str]], start: int, end: int, txt: str) -> int | None:
    return next((off for off, sent in sentences if sent[start:end] == txt), None)


def load_basil(data_dir: str | Path | None = None) -> list[BasilArticle]:
    """Every article that has an annotation file."""
    root = dataset_dir(data_dir, "basil")
    if not (root / "annotations").is_dir():
        raise FileNotFoundError(f"BASIL annotations not found under {root}")
    out = []
    for ann_path in sorted((root / "annotations").glob("*/*_ann.json")):
        art_id = ann_path.name[: -len("_ann.json")]
        art = json.loads((root / "articles" / ann_path.parent.name / f"{art_id}.json").read_text(encoding="utf-8"))
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        text, sentences = _article_text(art.get("title") or "", art.get("body-paragraphs") or [])
        spans = []
        for p in ann.get("phrase-level-annotations", []):
            off = _place(sentences, int(p["start"]), int(p["end"]), p["txt"])
            if off is None:
                continue
            spans.append(BasilSpan(off + int(p["start"]), off + int(p["end"]), p["txt"], p.get("quote") == "yes",
                                   p.get("speaker") or "", p.get("target") or "", p.get("polarity") or "",
                                   p.get("aim") or "", p.get("bias") or ""))
        out.append(BasilArticle(art_id, art.get("triplet-uuid", ""), (art.get("source") or "").lower(),
                                art.get("title") or "", text, spans))
    return sorted(out, key=lambda a: a.id)
