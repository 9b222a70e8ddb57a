"""Readers for the annotated corpora used to train and evaluate stancekit.

Data files are never shipped: readers take a folder, by default ``$STANCEKIT_DATA`` or
``../shared/data`` (the layout of the development checkout).
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path


def default_data_dir() -> Path:
    """``$STANCEKIT_DATA``, else ``../shared/data`` from the working directory, else beside the checkout."""
    env = os.environ.get("STANCEKIT_DATA")
    if env:
        return Path(env)
    cwd = Path("../shared/data")
    if cwd.is_dir():
        return cwd
    return Path(__file__).resolve().parents[3] / "shared" / "data"


def dataset_dir(data_dir: str | Path | None, name: str) -> Path:
    """Folder of dataset ``name``, given the folder holding all datasets or any one dataset's folder
    (``--data ../shared/data/PolNeAR`` then still finds ``../shared/data/basil``)."""
    root = Path(data_dir) if data_dir is not None else default_data_dir()
    if root.name == name:
        return root
    if not (root / name).is_dir() and (root.parent / name).is_dir():
        return root.parent / name
    return root / name


def bucket(key: str, n: int = 100) -> int:
    """Stable hash bucket (not Python's salted ``hash``), so carved splits never change between runs."""
    return zlib.crc32(key.encode("utf-8")) % n


# Re-exported after the path helpers, which the readers import from here.
from .polnear import Article, Attribution, load_polnear  # noqa: E402

__all__ = ["Article", "Attribution", "bucket", "dataset_dir", "default_data_dir", "load_polnear"]
