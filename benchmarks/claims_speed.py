"""Claim classifier throughput (statements/s) on real CheckThat! sentences.

Times ``ClaimClassifier.classify`` alone (no parsing or extraction) on CLEF 2024 dev + CLEF 2025
dev-test sentences read from the data folder, after one warm-up batch::

    python benchmarks/claims_speed.py [--model models/claims] [--threads 2] [--precision auto] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

import torch

from stancekit.claims import ClaimClassifier
from stancekit.data import claims as data
from stancekit.pipeline import models_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(models_dir() / "claims"))
    ap.add_argument("--data", default=None)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the sentences; the best is reported")
    args = ap.parse_args(argv)

    if args.threads:
        torch.set_num_threads(args.threads)
    texts = data.load(data.CLEF2024, "dev", args.data).text.tolist()
    texts += data.load(data.CLEF2025, "dev-test", args.data).text.tolist()
    model = ClaimClassifier.load(args.model, precision=args.precision)
    model.classify(texts[: args.batch_size], batch_size=args.batch_size)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        model.classify(texts, batch_size=args.batch_size)
        best = min(best, time.perf_counter() - t0)
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} statements (mean {chars:.0f} chars), precision={model.model.precision}, "
          f"threads={torch.get_num_threads()}, batch={args.batch_size}: {len(texts) / best:.0f} statements/s "
          f"(best of {args.repeat}: {best:.2f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
