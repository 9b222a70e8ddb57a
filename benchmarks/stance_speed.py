"""Stance classifier throughput (statement-target pairs/s) for ~40-token news statements.

Times ``StanceClassifier.classify`` alone (no parsing or extraction) on NewsMTSC rw test sentences
(mean ~35 words) paired with their targets, read from the data folder, after one warm-up batch::

    python benchmarks/stance_speed.py [--model models/stance] [--threads 2] [--precision auto] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

import torch

from stancekit.data.stance import load_newsmtsc
from stancekit.pipeline import models_dir
from stancekit.stance import StanceClassifier


def main(argv: list[str] | None = None) -> int:
    from stancekit.data import default_data_dir

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(models_dir() / "stance"))
    ap.add_argument("--data", default=None)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--batch-size", type=int, default=64, help="64 = the classifier's default")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args(argv)

    if args.threads:
        torch.set_num_threads(args.threads)
    df = load_newsmtsc(args.data or default_data_dir())
    df = df[df.split == "test"]
    pairs = [{"text": t, "target": g} for t, g in zip(df.text, df.target, strict=True)]
    model = StanceClassifier.load(args.model, precision=args.precision)
    tokens = sum(len(model.model.tokenizer(p["target"], p["text"])["input_ids"]) for p in pairs) / len(pairs)
    model.classify(pairs[: args.batch_size], batch_size=args.batch_size)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        model.classify(pairs, batch_size=args.batch_size)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(pairs)} pairs (mean {tokens:.0f} tokens incl. target), precision={model.model.precision}, "
          f"threads={torch.get_num_threads()}, batch={args.batch_size}: {len(pairs) / best:.0f} pairs/s "
          f"(best of {args.repeat}: {best:.2f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
