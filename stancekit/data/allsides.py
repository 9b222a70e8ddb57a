"""AllSides Article Bias sample: 1,500 real news articles (``AllSides-Article-Bias-sample/data/jsons``), unlabelled
for our tasks; used for realistic benchmarks and for the hand-labelled statement kinds (``stancekit.evaluation.kinds``).

    load_allsides(data_dir=None) -> list[dict]   # {"id", "text", "topic"}, sorted by file name
"""

from __future__ import annotations

import json
from pathlib import Path

from . import dataset_dir


def load_allsides(data_dir: str | Path | None = None) -> list[dict]:
    folder = dataset_dir(data_dir, "AllSides-Article-Bias-sample") / "data" / "jsons"
    if not folder.is_dir():
        raise FileNotFoundError(f"AllSides sample not found at {folder} (set STANCEKIT_DATA or pass --data)")
    out = []
    for path in sorted(folder.glob("*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        out.append({"id": art["ID"], "text": art["content_original"], "topic": art["topic"].replace("_", " ")})
    return out
