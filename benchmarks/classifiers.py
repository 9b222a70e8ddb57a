"""Classifier throughput alone (no parsing or extraction), on real benchmark sentences.

stance: statement-target pairs/s on NewsMTSC rw test (~40 tokens with the target);
claims: statements/s on CLEF 2024 dev + CLEF 2025 dev-test. One warm-up batch, best of ``--repeat``::

    python benchmarks/classifiers.py [--task stance,claims] [--threads N] [--precision auto] [--batch-size 64]
"""

from __future__ import annotations

import argparse
import time

import torch

from stancekit.pipeline import models_dir


def stance_workload(data):
    from stancekit.data.stance import load_newsmtsc
    from stancekit.stance import StanceClassifier

    df = load_newsmtsc(data)
    df = df[df.split == "test"]
    pairs = [{"text": t, "target": g} for t, g in zip(df.text, df.target, strict=True)]
    return StanceClassifier, pairs, "pairs"


def claims_workload(data):
    from stancekit.claims import ClaimClassifier
    from stancekit.data import claims

    texts = claims.load(claims.CLEF2024, "dev", data).text.tolist()
    texts += claims.load(claims.CLEF2025, "dev-test", data).text.tolist()
    return ClaimClassifier, texts, "statements"


WORKLOADS = {"stance": stance_workload, "claims": claims_workload}


def main(argv: list[str] | None = None) -> int:
    from stancekit.data import default_data_dir

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--task", default="stance,claims", help="comma-separated: stance, claims")
    ap.add_argument("--data", default=None)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    ap.add_argument("--precision", default="auto", help="auto | fp32 | bf16 | int8 (comma-separated to compare)")
    ap.add_argument("--batch-size", type=int, default=64, help="64 = the classifiers' default")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    if args.threads:
        torch.set_num_threads(args.threads)
    for task in args.task.split(","):
        cls, items, unit = WORKLOADS[task](args.data or default_data_dir())
        for precision in args.precision.split(","):
            model = cls.load(str(models_dir() / task), precision=precision)
            classify = model.classify
            classify(items[: args.batch_size], batch_size=args.batch_size)
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                classify(items, batch_size=args.batch_size)
                best = min(best, time.perf_counter() - t0)
            print(f"{task}: {len(items)} {unit}, precision={model.model.precision}, threads={torch.get_num_threads()}, "
                  f"batch={args.batch_size}: {len(items) / best:.0f} {unit}/s (best of {args.repeat}: {best:.2f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
