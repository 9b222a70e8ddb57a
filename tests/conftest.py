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
def nlp(rules_kit):
    return rules_kit.nlp
