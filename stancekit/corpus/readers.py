"""Corpus readers: every input format becomes one stream of :class:`Record` / :class:`RecordError`.

Readers never raise on a bad record and never drop a good one: an invalid JSON line, a missing, empty or
non-string text, undecodable bytes or an oversized text becomes a :class:`RecordError` carrying its line
number and id, in input order, and reading goes on. ``line`` is 1-based: the physical line of a JSONL
record, the line where a CSV record starts (the header is line 1), the row of a Parquet file, DataFrame or
Dataset, or the position of a file in a sorted folder of ``.txt`` files.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..types import author_name

# A news article is rarely over 100k characters; a multi-megabyte "document" is nearly always a scraping
# accident (a whole site dump in one field). Such texts would still be labelled (the pipeline chunks them)
# but cost minutes each, so by default they are reported as errors; ``max_chars=0`` lifts the limit.
DEFAULT_MAX_CHARS = 2_000_000
# Undecodable bytes survive decoding with errors="surrogateescape" as lone surrogates; they cannot be written back.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Record:
    """One document to label."""

    line: int
    id: str | int | None
    text: str
    targets: list[str] | None = None
    author: str | None = None


@dataclass
class RecordError:
    """A record that could not be labelled; ``to_dict()`` is its error line in the output."""

    line: int
    id: str | int | None
    error: str

    def to_dict(self) -> dict:
        d: dict = {} if self.id is None else {"id": self.id}
        d.update(line=self.line, error=self.error)
        return d


Item = Record | RecordError


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _plain(value):
    """numpy / pandas scalars -> Python scalars, so ids stay JSON-serialisable (arrays, such as a list column read
    from Parquet into pandas, are left as they are)."""
    scalar = hasattr(value, "item") and getattr(value, "ndim", 0) == 0 and not isinstance(value, (str, bytes))
    return value.item() if scalar else value


def _clean_id(value) -> str | int | None:
    value = _plain(value)
    if _is_missing(value) or isinstance(value, (str, int)):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return str(value)


def _targets(value) -> list[str] | None:
    """A per-record target list: a list of strings, a JSON list in a string (CSV), or a comma-separated string."""
    value = _plain(value)
    if _is_missing(value):
        return None
    if isinstance(value, str):
        value = value.strip()
        if value.startswith("["):
            value = json.loads(value)
        else:
            return [t.strip() for t in value.split(",") if t.strip()] or None
    if hasattr(value, "tolist"):
        value = value.tolist()
    if not isinstance(value, (list, tuple)) or not all(isinstance(t, str) for t in value):
        raise ValueError("targets must be a list of strings")
    return list(value)


def _author(value) -> str | None:
    """A record's writer: a string, or a list of strings (co-authors, joined with commas)."""
    value = _plain(value)
    if _is_missing(value):
        return None
    try:
        return author_name(value.tolist() if hasattr(value, "tolist") else value)
    except TypeError:
        raise ValueError("author must be a string or a list of strings") from None


# Per-record fields read besides the text and the id, whatever the format
_RECORD_FIELDS = ("targets", "author")


def _columns(text_field: str, id_field: str, names) -> list[str]:
    """The columns a reader needs, of those a table has."""
    return [c for c in dict.fromkeys((text_field, id_field, *_RECORD_FIELDS)) if c in names]


def make_record(line: int, row: Mapping, text_field: str, id_field: str, max_chars: int) -> Item:
    """Validate one already-parsed record."""
    doc_id = _clean_id(row.get(id_field)) if id_field else None
    if text_field not in row or _is_missing(row[text_field]):
        return RecordError(line, doc_id, f"missing text field {text_field!r}")
    text = _plain(row[text_field])
    if not isinstance(text, str):
        return RecordError(line, doc_id, f"text field {text_field!r} is not a string ({type(text).__name__})")
    if _SURROGATE.search(text):
        return RecordError(line, doc_id, "undecodable bytes (is the input in another encoding?) or lone "
                                         "surrogates in the text")
    if not text.strip():
        return RecordError(line, doc_id, "empty text")
    if max_chars and len(text) > max_chars:
        return RecordError(line, doc_id, f"text has {len(text):,} characters, over the limit of {max_chars:,} "
                                         "(raise it with --max-chars, 0 = no limit)")
    try:
        targets = _targets(row.get("targets"))
    except ValueError as exc:
        return RecordError(line, doc_id, f"bad targets: {exc}")
    try:
        author = _author(row.get("author"))
    except ValueError as exc:
        return RecordError(line, doc_id, f"bad author: {exc}")
    return Record(line, doc_id, text, targets, author)


def _codec(encoding: str) -> str:
    """The codec to read a corpus with: UTF-8 reads past a byte-order mark, as spreadsheets write one."""
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def read_jsonl(path: Path, text_field: str = "text", id_field: str = "id",
               max_chars: int = DEFAULT_MAX_CHARS, encoding: str = "utf-8") -> Iterator[Item]:
    """JSONL, plain or gzip: one JSON object per line; blank lines are skipped."""
    opener = gzip.open if path.suffix == ".gz" else open
    codec = _codec(encoding)
    with opener(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:  # bad bytes: reported if in the text
                row = json.loads(raw.decode(codec if n == 1 else encoding, "surrogateescape"))
            except json.JSONDecodeError as exc:
                yield RecordError(n, None, f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}")
                continue
            if not isinstance(row, dict):
                yield RecordError(n, None, f"not a JSON object but a {type(row).__name__}")
                continue
            yield make_record(n, row, text_field, id_field, max_chars)


def read_csv(path: Path, text_field: str = "text", id_field: str = "id",
             max_chars: int = DEFAULT_MAX_CHARS, encoding: str = "utf-8") -> Iterator[Item]:
    """CSV with a header row (plain or gzip); bad bytes are kept as surrogates and reported per record."""
    opener = gzip.open if path.suffix == ".gz" else open
    csv.field_size_limit(1 << 30)
    with opener(path, "rb") as raw:
        fh = io.TextIOWrapper(raw, encoding=_codec(encoding), errors="surrogateescape", newline="")
        reader = csv.DictReader(fh)
        start = reader.line_num + 2  # the header is read lazily: first record starts after it
        for row in reader:
            yield make_record(start, row, text_field, id_field, max_chars)
            start = reader.line_num + 1


def read_parquet(path: Path, text_field: str = "text", id_field: str = "id",
                 max_chars: int = DEFAULT_MAX_CHARS, encoding: str = "utf-8") -> Iterator[Item]:
    """Parquet, streamed batch by batch (only the needed columns are read; its strings are UTF-8 whatever
    ``encoding`` says)."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    cols = _columns(text_field, id_field, set(pf.schema_arrow.names))
    n = 0
    for batch in pf.iter_batches(batch_size=1024, columns=cols):
        for row in batch.to_pylist():
            n += 1
            yield make_record(n, row, text_field, id_field, max_chars)


def read_txt_folder(path: Path, max_chars: int = DEFAULT_MAX_CHARS, encoding: str = "utf-8") -> Iterator[Item]:
    """A folder of ``.txt`` files (recursively, sorted): one document each, id = path relative to the folder;
    a file's "line" is its place in that order."""
    files = sorted(p for p in path.rglob("*.txt") if p.is_file())
    for n, file in enumerate(files, 1):
        yield read_txt_file(file, line=n, doc_id=file.relative_to(path).as_posix(), max_chars=max_chars,
                            encoding=encoding)


def read_txt_file(path: Path, line: int = 1, doc_id: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                  encoding: str = "utf-8") -> Item:
    """One ``.txt`` file = one document (id = the file name). Offsets count in the decoded text as it is, line
    ends included ("\\r\\n" is two characters), after a UTF-8 byte-order mark."""
    doc_id = doc_id if doc_id is not None else path.name
    try:
        text = path.read_bytes().decode(_codec(encoding))
    except UnicodeDecodeError as exc:
        return RecordError(line, doc_id, f"undecodable bytes (not {encoding}) at byte {exc.start}")
    return make_record(line, {"text": text, "id": doc_id}, "text", "id", max_chars)


def read_rows(rows: Iterable, text_field: str = "text", id_field: str = "id",
              max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """In-memory data: a pandas DataFrame, a ``datasets.Dataset``, or an iterable of dicts or strings."""
    if hasattr(rows, "columns") and hasattr(rows, "iloc"):  # pandas DataFrame
        cols = _columns(text_field, id_field, rows.columns)
        rows = (dict(zip(cols, vals, strict=True)) for vals in zip(*(rows[c] for c in cols), strict=True))
    for n, row in enumerate(rows, 1):
        if isinstance(row, str):
            row = {text_field: row}
        if not isinstance(row, Mapping):
            yield RecordError(n, None, f"record is a {type(row).__name__}, not a mapping or a string")
            continue
        yield make_record(n, row, text_field, id_field, max_chars)


def input_format(path: Path) -> str:
    """``jsonl`` | ``csv`` | ``parquet`` | ``txt`` | ``txtdir`` from the path (JSONL when unsure)."""
    if path.is_dir():
        return "txtdir"
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    ext = suffixes[-1] if suffixes else ""
    return {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".txt": "txt"}.get(ext, "jsonl")


def read_path(path: str | Path, text_field: str = "text", id_field: str = "id",
              max_chars: int = DEFAULT_MAX_CHARS, encoding: str = "utf-8") -> Iterator[Item]:
    """Stream the records of a corpus file or folder, whatever its format (text files in ``encoding``)."""
    path = Path(path)
    fmt = input_format(path)
    if fmt == "txtdir":
        return read_txt_folder(path, max_chars, encoding)
    if fmt == "txt":
        return iter([read_txt_file(path, max_chars=max_chars, encoding=encoding)])
    reader = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}[fmt]
    return reader(path, text_field, id_field, max_chars, encoding)


def count_records(path: str | Path, max_bytes: int = 1 << 30) -> int | None:
    """Cheap upper bound on the number of records (for the progress bar); None when not cheap to know."""
    path = Path(path)
    fmt = input_format(path)
    if fmt == "txt":
        return 1
    if fmt == "txtdir":
        return sum(1 for p in path.rglob("*.txt") if p.is_file())
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if path.suffix == ".gz" or path.stat().st_size > max_bytes:
        return None
    with open(path, "rb") as fh:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    return lines - (fmt == "csv")
