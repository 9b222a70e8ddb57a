"""``stancekit train stance``: one target-conditioned stance model over all stance sets.

Input format (shared with inference via :func:`stancekit.stance.pair_inputs`): ``[CLS] target [SEP]
statement [SEP]``; the speaker is never part of the input (see models/stance/README.md).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd

from ..data import bucket
from ..data.stance import LABELS, is_person_name, load_stance
from ..modeling.classifier import DEVICE_HELP
from .classifier import TrainConfig, train_classifier

# Per-source caps keep one epoch inside the CPU budget while letting the small news/debate sets count.
DEFAULT_MAX_PER_SOURCE = 3000


def cap_sources(df: pd.DataFrame, max_per_source: int, seed: int, caps: dict[str, int] | None = None) -> pd.DataFrame:
    """``max_per_source`` (or ``caps[source]``) random rows per source (0 = all rows).

    A cap above a source's size repeats the whole source before sampling the rest, so a small set
    (IBM Claim Stance) can weigh more in an epoch without dropping any of its rows.
    """
    parts = []
    for src, g in df.groupby("source_dataset"):
        n = (caps or {}).get(src, max_per_source)
        if not n:
            parts.append(g)
            continue
        repeats, rest = divmod(n, len(g))
        parts.extend([g] * repeats + [g.sample(n=rest, random_state=seed)])
    return pd.concat(parts, ignore_index=True)


def mask_person_targets(df: pd.DataFrame, fraction: float) -> pd.DataFrame:
    """A stable ``fraction`` of NewsMTSC rows whose target is a person, masked as the pipeline masks persons
    (:func:`stancekit.stance.person_target_forms`), so the model learns the placeholder as "a person". Rows
    whose mention is no PERSON entity (NewsMTSC has a few organisations and dates) stay as they are."""
    from ..stance import TARGET_PLACEHOLDER, mask_names, person_target_forms

    pick = [i for i, (x, t, src) in enumerate(zip(df.text, df.target, df.source_dataset, strict=True))
            if src == "newsmtsc" and is_person_name(t) and bucket(f"{x}\t{t}") < fraction * 100]
    if not pick:
        return df
    texts, targets = list(df.text), list(df.target)
    for i, forms in zip(pick, person_target_forms([texts[i] for i in pick], [targets[i] for i in pick]),
                        strict=True):
        if forms:
            texts[i], targets[i] = mask_names(texts[i], forms), TARGET_PLACEHOLDER
    return df.assign(text=texts, target=targets)


def _caps(items: list[str]) -> dict[str, int]:
    return {k: int(v) for k, v in (item.split("=", 1) for item in items)}


def to_dataset(df: pd.DataFrame):
    """Rows of the stance schema -> a ``datasets.Dataset`` in the trainer's format."""
    from datasets import Dataset

    from ..stance import pair_inputs

    text, pair = pair_inputs(list(df.text), list(df.target))
    return Dataset.from_dict({"text": text, "text_pair": pair, "label": [LABELS.index(x) for x in df.label]})


def per_source_macro_f1(sources: np.ndarray):
    """Dev metric: mean over sources of macro-F1 on the labels each source annotates."""
    from sklearn.metrics import f1_score

    def metric(probs: np.ndarray, gold: np.ndarray) -> float:
        pred = probs.argmax(-1)
        scores = []
        for src in np.unique(sources):
            m = sources == src
            scores.append(f1_score(gold[m], pred[m], labels=np.unique(gold[m]), average="macro", zero_division=0))
        return float(np.mean(scores))

    return metric


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="stancekit train stance", description=__doc__)
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--base", default=None, help="HF id or path of the encoder (default: bundled all-MiniLM-L6-v2)")
    ap.add_argument("--out", default="runs/stance")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--max-per-source", type=int, default=DEFAULT_MAX_PER_SOURCE)
    ap.add_argument("--source-cap", action="append", default=[], metavar="SOURCE=N",
                    help="per-source override of --max-per-source (repeatable), e.g. newsmtsc=6000")
    ap.add_argument("--dev-per-source", type=int, default=300, help="dev rows per source for model selection")
    ap.add_argument("--mask-names", type=float, default=0.5,
                    help="share of NewsMTSC training rows whose person target is masked as the pipeline masks it")
    ap.add_argument("--unrelated", type=float, default=0.1, help="unrelated-target pairs as a fraction of each split")
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=13, help="initialisation, shuffling and per-source sampling")
    ap.add_argument("--data-seed", type=int, default=13,
                    help="seed of the unrelated-target pairs (keep it fixed so dev/test pairs stay the same)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (use 1 on a shared machine)")
    ap.add_argument("--device", default="auto", help=DEVICE_HELP)
    ap.add_argument("--eval-every", type=int, default=0, help="also evaluate dev every N steps")
    ap.add_argument("--max-steps", type=int, default=0, help="stop after N steps (speed pilots)")
    ap.add_argument("--log-every", type=int, default=50)
    args = ap.parse_args(argv)

    df = load_stance(args.data, unrelated=args.unrelated, seed=args.data_seed)
    train = mask_person_targets(df[df.split == "train"], args.mask_names)
    train = cap_sources(train, args.max_per_source, args.seed, _caps(args.source_cap))
    train = train.sample(frac=1.0, random_state=args.seed)
    dev = cap_sources(df[df.split == "dev"], args.dev_per_source, args.data_seed)
    print("train rows per source:", train.source_dataset.value_counts().to_dict(), flush=True)
    print("dev rows per source:", dev.source_dataset.value_counts().to_dict(), flush=True)
    config = TrainConfig(out=args.out, base=args.base, epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                         max_length=args.max_length, seed=args.seed, threads=args.threads, device=args.device,
                         eval_every=args.eval_every, max_steps=args.max_steps, log_every=args.log_every,
                         extra={"task": "stance", "max_per_source": args.max_per_source,
                                "dev_per_source": args.dev_per_source, "data_seed": args.data_seed,
                                "source_cap": _caps(args.source_cap), "unrelated": args.unrelated,
                                "mask_names": args.mask_names})
    t0 = time.time()
    summary = train_classifier(to_dataset(train), to_dataset(dev), list(LABELS), config,
                               metric=per_source_macro_f1(dev.source_dataset.to_numpy()),
                               log=lambda m: print(m, flush=True))
    print(f"done in {time.time() - t0:.0f}s; best dev {summary['best_dev']}; checkpoint {Path(args.out)}", flush=True)
    return 0
