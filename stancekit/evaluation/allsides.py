"""Hand labels of the default pipeline's output on AllSides articles, and the pipeline's predictions for them.

The ``allsides_*.jsonl`` files beside this module hold statements (``stance``: statement x default-target pairs)
that the pipeline produced on articles of ``AllSides-Article-Bias-sample``, drawn at random and labelled by hand
without seeing the prediction: article id, content offsets (and target) and the label, no text. ``dev`` is for
choosing, ``test`` for reporting. A labelled statement is matched to the pipeline's statement of the same article
whose content covers the same characters, allowing for a boundary moved by a word or two (:func:`match_spans`);
one the pipeline no longer produces counts as unmatched.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..types import Document, Quote

HERE = Path(__file__).parent
MIN_JACCARD = 0.8  # characters shared / characters covered by a labelled content and a predicted one


def hand_labels(name: str, split: str) -> list[dict]:
    """The rows of ``allsides_{name}.jsonl`` in ``split``."""
    rows = map(json.loads, (HERE / f"allsides_{name}.jsonl").read_text(encoding="utf-8").splitlines())
    return [r for r in rows if r["split"] == split]


def labelled_articles() -> set[str]:
    """Every AllSides article a hand-labelled set here uses, in any split: text no training run may read
    (``stancekit train mlm`` leaves them out)."""
    files = [*HERE.glob("allsides_*.jsonl"), HERE / "statement_kinds.jsonl"]
    return {json.loads(line)["article"] for f in files for line in f.read_text(encoding="utf-8").splitlines()}


def labelled_documents(kit, rows: list[dict], data_dir=None, cache: dict[str, Document] | None = None,
                       **pipe) -> dict[str, Document]:
    """``kit``'s documents for the AllSides articles ``rows`` refer to, by article id. ``cache``: documents the
    same ``kit`` gave before (the stance and claim labels share a third of their articles); the articles labelled
    here are added to it. ``pipe``: ``batch_size`` and ``n_process`` for ``kit.pipe`` (the documents are the same)."""
    from ..data.allsides import load_allsides

    cache = {} if cache is None else cache
    wanted = {r["article"] for r in rows}
    arts = [(a["id"], a["text"]) for a in load_allsides(data_dir) if a["id"] in wanted - cache.keys()]
    cache.update(zip([art for art, _ in arts], kit.pipe([t for _, t in arts], **pipe), strict=True))
    return {art: cache[art] for art in wanted}


def match_spans(spans, docs: dict[str, Document], min_jaccard: float = MIN_JACCARD) -> dict[tuple, Quote]:
    """``(article, start, end)`` of labelled contents -> the statement of ``docs`` that is each one: the quote
    whose content shares the largest share of their joint characters with it, at least ``min_jaccard``, one quote
    per labelled content, best overlaps first. Exact offsets would drop a labelled statement whenever a newer
    extractor moves its end by a word, though the label still applies."""
    cands = []
    for art, start, end in set(spans):
        for i, q in enumerate(docs[art].quotes):
            jaccard = (min(end, q.end) - max(start, q.start)) / (max(end, q.end) - min(start, q.start))
            if jaccard >= min_jaccard:
                cands.append((-jaccard, (art, start, end), (art, i), q))
    out: dict[tuple, Quote] = {}
    taken = set()
    for _, key, qid, q in sorted(cands, key=lambda c: c[:3]):
        if key not in out and qid not in taken:
            out[key] = q
            taken.add(qid)
    return out
