"""Batch labelling of whole corpora: readers, writers and a resumable streaming runner."""

from .readers import Record, RecordError, read_path, read_rows
from .runner import label_corpus

__all__ = ["Record", "RecordError", "label_corpus", "read_path", "read_rows"]
