"""Readers for the CheckThat! claim corpora: check-worthiness (2019, 2020, 2024) and subjectivity (2025).

Every reader returns a DataFrame with the same columns, ``text``, ``checkworthy``, ``subjective``
(1.0 / 0.0, NaN where the corpus does not annotate that property), ``source`` and ``split``, so the
corpora can be stacked into one multi-task training set with masked targets.

ClaimBuster 2.5xNCS is not read: all of its sentences are in the CLEF 2024 train and dev splits.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from . import bucket, dataset_dir

COLUMNS = ["text", "checkworthy", "subjective", "source", "split"]

CLEF2024 = "clef2024-checkthat-task1-en"
CLEF2019 = "clef2019-checkthat-task1-en"
CLEF2020 = "clef2020-checkthat-task1-tweets"
CLEF2025 = "clef2025-checkthat-task1-subjectivity-en"

_FILES = {
    CLEF2024: {s: f"CT24_checkworthy_english_{s}.tsv" for s in ("train", "dev", "dev-test")}
    | {"test": "CT24_checkworthy_english_test_gold.tsv"},
    CLEF2019: {"train": "CT19-T1-Training.csv", "test": "CT19-T1-Test.csv"},
    CLEF2020: {"train": "training_v2.tsv", "dev": "dev_v2.tsv", "test": "test-gold.tsv"},
    CLEF2025: {"train": "train_en.tsv", "dev": "dev_en.tsv", "dev-test": "dev_test_en.tsv"},
}


def splits(corpus: str) -> list[str]:
    """The splits a corpus has, e.g. ``splits(CLEF2025) == ["train", "dev", "dev-test"]``."""
    return list(_FILES[corpus])


def clean_text(text: str) -> str:
    """Undo CSV quoting left in files read with ``QUOTE_NONE`` (half of CLEF 2024 is ``"..."``-wrapped).

    The wrapping marks sentences that contain a comma, not anything a reader of news would see, so it
    must not become a feature.
    """
    text = text.strip()
    if len(text) > 1 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1].replace('""', '"')
    return " ".join(text.split())


def _read_tsv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)


def _frame(text: Iterable[str], source: str, split: str, checkworthy=None, subjective=None) -> pd.DataFrame:
    df = pd.DataFrame({"text": [clean_text(t) for t in text]})
    n = len(df)
    df["checkworthy"] = np.asarray(checkworthy, dtype=float) if checkworthy is not None else np.full(n, np.nan)
    df["subjective"] = np.asarray(subjective, dtype=float) if subjective is not None else np.full(n, np.nan)
    df["source"] = source
    df["split"] = split
    return df[df.text != ""].reset_index(drop=True)[COLUMNS]


def load_clef2024(split: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """CLEF 2024 Task 1 English (US debate sentences): ``checkworthy`` = ``class_label == "Yes"``."""
    df = _read_tsv(dataset_dir(data_dir, CLEF2024) / _FILES[CLEF2024][split])
    return _frame(df["Text"], CLEF2024, split, checkworthy=(df["class_label"].str.strip() == "Yes"))


def load_clef2019(split: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """CLEF 2019 Task 1 debates/speeches; stage directions (speaker ``SYSTEM``) are dropped."""
    df = pd.read_csv(dataset_dir(data_dir, CLEF2019) / _FILES[CLEF2019][split], dtype=str, keep_default_na=False)
    df = df[df["speaker"].str.upper() != "SYSTEM"]
    return _frame(df["text"], CLEF2019, split, checkworthy=(df["label"].str.strip() == "1"))


def load_clef2020(split: str, data_dir: str | Path | None = None, column: str = "check_worthiness") -> pd.DataFrame:
    """CLEF 2020 Task 1 COVID-19 tweets; ``column`` picks ``check_worthiness`` (default) or ``claim``."""
    df = _read_tsv(dataset_dir(data_dir, CLEF2020) / _FILES[CLEF2020][split])
    df = df.rename(columns={"claim_worthiness": "check_worthiness"})
    return _frame(df["tweet_text"], CLEF2020, split, checkworthy=(df[column].str.strip() == "1"))


def load_clef2025(split: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """CLEF 2025 Task 1 subjectivity, English news sentences (CC BY-NC-SA 4.0): ``subjective`` = SUBJ."""
    df = _read_tsv(dataset_dir(data_dir, CLEF2025) / _FILES[CLEF2025][split])
    return _frame(df["sentence"], CLEF2025, split, subjective=(df["label"].str.strip() == "SUBJ"))


LOADERS = {CLEF2024: load_clef2024, CLEF2019: load_clef2019, CLEF2020: load_clef2020, CLEF2025: load_clef2025}


def load(corpus: str, split: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    return LOADERS[corpus](split, data_dir)


def carve(df: pd.DataFrame, share: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(kept, moved)``: ``share`` of the rows, picked by a stable hash of their text, moved out.

    Lets a small corpus lend part of its dev split to training while the rest still selects.
    """
    moved = df.text.map(lambda t: bucket(text_key(t), 1000) < round(share * 1000))
    return df[~moved].reset_index(drop=True), df[moved].reset_index(drop=True)


def training_frame(
    sources: Iterable[str],
    data_dir: str | Path | None = None,
    held_out: Iterable[pd.DataFrame] = (),
    repeat: dict[str, int] | None = None,
    extra: Iterable[pd.DataFrame] = (),
) -> pd.DataFrame:
    """The train splits of ``sources`` plus the ``extra`` rows, with every sentence of ``held_out`` removed.

    Duplicates are dropped across corpora (a sentence labelled by two corpora keeps the first one's
    labels), so nothing held out leaks in through another corpus. ``repeat`` oversamples small
    corpora (e.g. ``{CLEF2025: 4}``) after de-duplication.
    """
    frames = [load(s, "train", data_dir) for s in sources]
    df = pd.concat(frames + [e.assign(split="train") for e in extra], ignore_index=True)
    seen = {text_key(t) for h in held_out for t in h.text}
    keys = df.text.map(text_key)
    df = df[~keys.isin(seen) & ~keys.duplicated()]
    if repeat:
        df = pd.concat([df] + [df[df.source == s] for s, k in repeat.items() for _ in range(k - 1)], ignore_index=True)
    return df.reset_index(drop=True)


def text_key(text: str) -> str:
    """What makes two sentences the same for de-duplication and hold-out checks."""
    return " ".join(text.lower().split())
