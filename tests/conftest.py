"""Shared fixtures: the real parser and pipelines are loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA_DIR = Path(os.environ.get("STANCEKIT_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``../shared/data`` beside the checkout; tests that need it skip in a user's clone."""
    if not DATA_DIR.is_dir():
        pytest.skip(f"datasets not found at {DATA_DIR}")
    return DATA_DIR


@pytest.fixture(scope="session")
def rules_kit():
    import stancekit

    return stancekit.load(extractor="rules", stance=None, claims=None)


@pytest.fixture(scope="session")
def kit():
    """The default pipeline, exactly as a user gets it from ``stancekit.load()``."""
    import stancekit

    return stancekit.load()


@pytest.fixture(scope="session")
def allsides_docs(kit, data_dir) -> dict:
    """The default pipeline's documents of the AllSides articles with dev hand labels, shared by the stance and
    claim scores: labelled in one call, the 128 articles in two blocks of 64 for two processes (the documents are
    the same; on two AVX2 cores, fp32, both tests took 265 s so against 336 s with two calls in one process)."""
    from stancekit.evaluation.allsides import hand_labels, labelled_documents

    rows = hand_labels("stance", "dev") + hand_labels("claims", "dev")
    return labelled_documents(kit, rows, data_dir, batch_size=8, n_process=2)


@pytest.fixture(scope="session")
def nlp(rules_kit):
    return rules_kit.nlp
