"""Output formats, as byte encoders over blocks of results so the runner can journal exact byte offsets.

- ``jsonl``: one line per input document, exactly ``Document.to_dict()`` (the 0.1 schema); a bad record is
  its error line ``{"id"?, "line", "error"}`` in place, unless errors go to a separate file.
- ``csv`` / ``parquet``: flat, one row per quote x target (``Document.rows()`` with the record's input ``line``
  after its ``id``, columns ``CORPUS_COLUMNS``, so rows join back to an input without ids); documents without
  quotes add no row, and bad records always go to the errors file. Parquet cannot be
  appended to, so rows are staged as JSONL and converted (streaming, row group by row group) at the end;
  its ``id`` column is a string column, whatever the input ids were.
- ``OUTPUT.jsonl.gz`` / ``OUTPUT.csv.gz``: the same, gzip-compressed block by block.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from pathlib import Path

from ..types import FRAME_COLUMNS, Document
from .readers import RecordError

FORMATS = ("jsonl", "csv", "parquet")
CORPUS_COLUMNS = ["id", "line", *FRAME_COLUMNS[1:]]


def _json_line(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"


def _utf8(s: str) -> bytes:
    return s.encode("utf-8", "replace")


_SUFFIXES = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet",
             **dict.fromkeys((".jsonl", ".json", ".ndjson", ".jsonlines", ""), "jsonl")}


def output_format(path: str | Path) -> str:
    """The format a path's extension asks for (a final .gz is looked through; no extension is JSONL).

    An extension of another format ("labels.xlsx") is refused rather than filled with JSON lines.
    """
    path = Path(path)
    suffix = (path.with_suffix("") if path.suffix.lower() == ".gz" else path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValueError(f"cannot tell the output format from {path.name!r}: end it in .jsonl, .csv or .parquet "
                         "(optionally .gz), or pass --format")
    return _SUFFIXES[suffix]


def encode_errors(items: list) -> bytes:
    return _utf8("".join(_json_line(it.to_dict()) for it in items if isinstance(it, RecordError)))


def flat_rows(items: list, lines: list[int]) -> list[dict]:
    """The flat formats' rows of a block: each document's ``rows()`` with its input line (bad records add none)."""
    return [{"line": line, **row} for it, line in zip(items, lines, strict=True) if isinstance(it, Document)
            for row in it.rows()]


class JsonlFormat:
    name = "jsonl"
    flat = False
    header = b""

    def encode(self, items: list[Document | RecordError], errors_inline: bool, lines: list[int]) -> bytes:
        """``lines``: each item's input line, for the flat formats' ``line`` column."""
        return _utf8("".join(_json_line(it.to_dict()) for it in items if errors_inline or isinstance(it, Document)))

    def finalize(self, staged: Path, final: Path) -> None:
        os.replace(staged, final)


class CsvFormat(JsonlFormat):
    name = "csv"
    flat = True

    @property
    def header(self) -> bytes:
        return self._csv([{c: c for c in CORPUS_COLUMNS}])

    @staticmethod
    def _csv(rows: list[dict]) -> bytes:
        buf = io.StringIO()
        csv.DictWriter(buf, CORPUS_COLUMNS, lineterminator="\n").writerows(rows)
        return _utf8(buf.getvalue())

    def encode(self, items, errors_inline, lines) -> bytes:
        return self._csv(flat_rows(items, lines))


class ParquetFormat(JsonlFormat):
    name = "parquet"
    flat = True
    _STRING = {"id", "speaker", "speaker_mention", "speaker_kind", "cue", "type", "kind", "quote", "target", "label",
               "claim"}
    _INT = {"line", "start", "end"}

    def encode(self, items, errors_inline, lines) -> bytes:
        rows = flat_rows(items, lines)
        for row in rows:
            if row["id"] is not None:
                row["id"] = str(row["id"])
        return _utf8("".join(_json_line(r) for r in rows))

    def schema(self):
        import pyarrow as pa

        def kind(c):
            return pa.string() if c in self._STRING else pa.int64() if c in self._INT else pa.float64()

        return pa.schema([(c, kind(c)) for c in CORPUS_COLUMNS])

    def finalize(self, staged: Path, final: Path, rows_per_group: int = 50_000) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = self.schema()
        tmp = final.with_name(final.name + ".tmp")
        with pq.ParquetWriter(tmp, schema) as writer, open(staged, encoding="utf-8") as fh:
            rows: list[dict] = []
            for line in fh:
                rows.append(json.loads(line))
                if len(rows) >= rows_per_group:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, final)
        staged.unlink()


class Gzipped:
    """JSONL/CSV written as a series of gzip members, one per block: concatenated members are one valid gzip
    file, so the append/truncate resume scheme works unchanged on compressed output."""

    def __init__(self, inner: JsonlFormat):
        self.inner, self.name, self.flat = inner, inner.name, inner.flat
        self.header = gzip.compress(inner.header) if inner.header else b""

    def encode(self, items, errors_inline: bool, lines: list[int]) -> bytes:
        data = self.inner.encode(items, errors_inline, lines)
        return gzip.compress(data) if data else b""

    def finalize(self, staged: Path, final: Path) -> None:
        self.inner.finalize(staged, final)


def get_format(name: str, gz: bool = False) -> JsonlFormat | Gzipped:
    """The writer for ``name``; ``gz`` compresses JSONL/CSV output."""
    fmt = {"jsonl": JsonlFormat, "csv": CsvFormat, "parquet": ParquetFormat}[name]()
    if gz and name == "parquet":
        raise ValueError("Parquet output is compressed already; drop the .gz")
    return Gzipped(fmt) if gz else fmt
