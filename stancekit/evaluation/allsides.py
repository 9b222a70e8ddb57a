"""Hand labels of the default pipeline's output on AllSides articles, and the pipeline's predictions for them.

The ``allsides_*.jsonl`` files beside this module hold statements (``stance``: statement x default-target pairs)
that the pipeline produced on articles of ``AllSides-Article-Bias-sample``, drawn at random and labelled by hand
without seeing the prediction: article id, content offsets (and target) and the label, no text. ``dev`` is for
choosing, ``test`` for reporting. A labelled statement the pipeline no longer produces counts as unmatched.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..types import Document

HERE = Path(__file__).parent


def hand_labels(name: str, split: str) -> list[dict]:
    """The rows of ``allsides_{name}.jsonl`` in ``split``."""
    rows = map(json.loads, (HERE / f"allsides_{name}.jsonl").read_text(encoding="utf-8").splitlines())
    return [r for r in rows if r["split"] == split]


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
