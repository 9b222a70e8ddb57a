"""Statement kinds (speech / belief / other, :func:`stancekit.extract.statement_kind`) against hand labels.

``statement_kinds.jsonl`` (beside this module) holds 200 statements the default pipeline found in 80 AllSides
articles never read while the rules were written, sampled at random, each labelled by hand (blind to the
prediction) with what its cue reports: article id, content and cue offsets, quote type, label; no text (the
articles stay in ``../shared/data``). ``dev`` (100 statements of 40 articles) was used to write the lexicon,
``test`` (100 of 40 others) was labelled after it and scored to report.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from ..types import STATEMENT_KINDS as KINDS

LABELS = Path(__file__).with_name("statement_kinds.jsonl")


def score(split: str, data_dir=None) -> dict:
    """Accuracy and per-kind precision / recall / support of ``statement_kind`` on one split of the labels."""
    from ..data.allsides import load_allsides
    from ..extract import statement_kind

    texts = {a["id"]: a["text"] for a in load_allsides(data_dir)}
    rows = [r for r in map(json.loads, LABELS.read_text().splitlines()) if r["split"] == split]
    pairs = Counter()
    for r in rows:
        cue = texts[r["article"]][slice(*r["cue"])] if r["cue"] else None
        pairs[r["kind"], statement_kind(cue, r["type"] != "indirect")] += 1
    out: dict = {"split": split, "n": len(rows), "accuracy": sum(pairs[k, k] for k in KINDS) / len(rows)}
    for k in KINDS:
        predicted = sum(v for (_, p), v in pairs.items() if p == k)
        gold = sum(v for (g, _), v in pairs.items() if g == k)
        out[k] = {"p": pairs[k, k] / predicted if predicted else 0.0, "r": pairs[k, k] / gold if gold else 0.0,
                  "n": gold}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="stancekit evaluate kinds", description=__doc__)
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    args = ap.parse_args(argv)
    s = score(args.split, args.data)
    print(f"statement kinds, {s['split']}: {s['n']} hand-labelled AllSides statements, "
          f"accuracy {100 * s['accuracy']:.0f}%")
    for k in KINDS:
        print(f"  {k:<7} P {100 * s[k]['p']:5.1f}  R {100 * s[k]['r']:5.1f}  (n={s[k]['n']})")
    return 0
