"""Label a corpus block by block: streaming in bounded memory, in input order, resumable.

Resume scheme (append-only staging + fsync'd journal):

- Results go to ``OUTPUT.partial`` (and ``ERRORS.partial``), never to ``OUTPUT`` directly, so ``OUTPUT``
  only ever appears complete (atomic ``os.replace`` at the end; Parquet is converted from staged rows).
- After each block (``block_size`` input records) the staged files are flushed and fsync'd, then one JSON
  line ``{"records", "output_bytes", "errors_bytes", totals...}`` is appended to ``OUTPUT.journal`` and
  fsync'd. The journal's first line is a fingerprint of the input file and the options that shape the output.
- Rerunning the same command finds the journal, takes its last complete line, truncates the staged files
  to the byte offsets it records (dropping a block, or a torn line, written after the last commit), skips
  that many input records and goes on. So a Ctrl-C, kill -9 or power cut loses at most the block in flight,
  which is redone: no document is lost or duplicated. A journal from another input or other options is
  ignored (the run starts over). On success the journal is deleted.
- ``OUTPUT.lock`` is held (``flock``) while a run writes, so a second run to the same output stops at once.

Memory holds one block of texts and results at a time, whatever the corpus size, and freed heap is handed
back to the OS after each block (:func:`release_memory`).
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from itertools import islice
from pathlib import Path

from ..parallel import ordered_map, worker_kit
from ..types import Document
from .readers import DEFAULT_MAX_CHARS, Item, Record, RecordError, read_path, read_rows
from .writers import Gzipped, JsonlFormat, encode_errors

Result = Document | RecordError


class BadRecord(Exception):
    """Raised with ``fail_fast`` at the first record that cannot be labelled."""

    def __init__(self, err: RecordError):
        super().__init__(f"line {err.line}" + (f" (id {err.id!r})" if err.id is not None else "") + f": {err.error}")
        self.record = err

    def __reduce__(self):  # rebuilt from the record when raised in a worker process
        return BadRecord, (self.record,)


def _load_libc():
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


_LIBC = _load_libc() if sys.platform.startswith("linux") else None


def release_memory() -> None:
    """Give freed heap back to the OS between blocks.

    Tensors of ever-different sequence lengths fragment glibc's heap; without a trim, RSS of a long run with
    the transformer models creeps up block after block although nothing is kept.
    """
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _batched(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while block := list(islice(it, n)):
        yield block


def _label_records(kit, records: list[Record], targets, fail_fast: bool) -> list[Result]:
    """Label a block; if the pipeline fails on it, retry document by document so one bad text costs one error."""
    tgs = [r.targets if r.targets is not None else targets for r in records]
    try:
        return list(kit.pipe([r.text for r in records], targets=tgs, ids=[r.id for r in records],
                             authors=[r.author for r in records], n_process=1))
    except Exception:
        if fail_fast:
            raise
    out: list[Result] = []
    for r, tg in zip(records, tgs, strict=True):
        try:
            out.append(kit(r.text, targets=tg, id=r.id, author=r.author))
        except Exception as exc:
            out.append(RecordError(r.line, r.id, f"labelling failed: {type(exc).__name__}: {exc}"))
    return out


def _label_job(job: tuple[list[Item], Sequence[str] | None, bool]) -> list[Result]:
    """One result per item of a block, in order (the reader's errors kept in place), by the pipeline of the
    process this runs in (:func:`~stancekit.parallel.worker_kit`)."""
    block, targets, fail_fast = job
    if fail_fast and (bad := next((it for it in block if isinstance(it, RecordError)), None)):
        raise BadRecord(bad)
    done = iter(_label_records(worker_kit(), [it for it in block if isinstance(it, Record)], targets, fail_fast))
    return [it if isinstance(it, RecordError) else next(done) for it in block]


def label_blocks(kit, items: Iterable[Item], targets: Sequence[str] | None = None, block_size: int = 256,
                 fail_fast: bool = False, n_process: int | None = None) -> Iterator[list[Result]]:
    """Blocks of results, one per input item and in input order (errors in place of bad records).

    ``n_process`` (default ``kit.n_process``) > 1 labels the blocks in that many processes (this one included).
    """
    jobs = ((block, targets, fail_fast) for block in _batched(items, block_size))
    for results in ordered_map(_label_job, jobs, kit, n_process or kit.n_process):
        if fail_fast and (failed := next((r for r in results if isinstance(r, RecordError)), None)):
            raise BadRecord(failed)
        yield results
        release_memory()


def label_corpus(kit, data, text: str = "text", id: str = "id", targets: Sequence[str] | None = None,
                 batch_size: int | None = None, fail_fast: bool = False,
                 max_chars: int = DEFAULT_MAX_CHARS, n_process: int | None = None,
                 encoding: str = "utf-8") -> Iterator[Result]:
    """Label a corpus lazily, in input order: one :class:`Document` per good record, a :class:`RecordError` per bad one.

    ``data``: a path (JSONL[.gz], CSV, Parquet, .txt, folder of .txt), a pandas DataFrame, a
    ``datasets.Dataset`` or an iterable of dicts or strings. A ``targets`` field/column (list of strings)
    overrides ``targets`` for its record; an ``author`` field names its writer (see :meth:`Kit.pipe`).
    ``n_process`` (default ``kit.n_process``) > 1 labels in that many processes, this one and spawned workers with
    their own copy of the pipeline. ``encoding``: of a JSONL, CSV or .txt path.
    """
    if isinstance(data, (str, Path)):
        items = read_path(data, text, id, max_chars, encoding)
    else:
        items = read_rows(data, text, id, max_chars)
    for block in label_blocks(kit, items, targets, (batch_size or kit.batch_size) * 8, fail_fast, n_process):
        yield from block


@dataclass
class Progress:
    """Totals of a run so far (carried over from the interrupted runs it resumed)."""

    records: int = 0
    documents: int = 0
    quotes: int = 0
    errors: int = 0
    words: int = 0
    elapsed: float = 0.0
    output_bytes: int = 0
    errors_bytes: int = 0
    finished: bool = False


def _fsync_dir(path: Path) -> None:
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Journal:
    """``OUTPUT.journal``: a fingerprint line, then one fsync'd :class:`Progress` line per committed block."""

    def __init__(self, output: Path):
        self.path = output.with_name(output.name + ".journal")

    def resume(self, fingerprint: str) -> Progress | None:
        """The last committed progress of an interrupted run of the same job, or None."""
        if not self.path.exists():
            return None
        last = None
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh):
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    break  # torn last line
                if n == 0 and entry.get("fingerprint") != fingerprint:
                    return None
                if n > 0:
                    last = Progress(**entry)
        return last

    def start(self, fingerprint: str) -> None:
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"fingerprint": fingerprint}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        _fsync_dir(self.path)

    def commit(self, progress: Progress) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(progress)) + "\n")
            fh.flush()
            os.fsync(fh.fileno())


def _has(path: Path | None, size: int) -> bool:
    """A staged file holds at least its committed bytes (it may not, after a power cut before its first fsync)."""
    return path is None or (path.exists() and path.stat().st_size >= size)


def _create(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    _fsync_dir(path)


def _open_at(path: Path, size: int):
    """Open a staged file for appending after truncating it to its last committed size."""
    fh = open(path, "r+b")
    fh.truncate(size)
    fh.seek(size)
    return fh


class OutputBusy(Exception):
    """Another run holds the output's lock."""


@contextmanager
def _exclusive(output: Path) -> Iterator[None]:
    """Hold ``OUTPUT.lock`` for the run, so that a second run writing the same file stops at once instead of
    interleaving its blocks with the first's. The OS drops the lock of a process that dies (kill -9 too), so a
    stale file never blocks a rerun. No lock where ``fcntl`` is missing (Windows)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    path = output.with_name(output.name + ".lock")
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputBusy(f"another run is writing {output} (it holds {path})") from None
        try:
            if os.fstat(fd).st_ino == os.stat(path).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)  # the holder before us removed the file between our open and our lock: lock the new one
    try:
        yield
    finally:
        path.unlink(missing_ok=True)  # while still holding it, so that no one locks the removed file
        os.close(fd)


def _noting_lines(items: Iterable[Item], lines: deque[int]) -> Iterator[Item]:
    """The items, each one's input line appended to ``lines`` as it is read: blocks are read ahead of their results
    (other processes label them), so the writer takes a block's lines from the left when its results come back."""
    for it in items:
        lines.append(it.line)
        yield it


def run_to_file(
    kit,
    items: Iterable[Item],
    output: Path,
    fmt: JsonlFormat | Gzipped,
    fingerprint: str,
    errors_path: Path | None = None,
    targets: Sequence[str] | None = None,
    block_size: int = 256,
    fail_fast: bool = False,
    on_resume: Callable[[Progress], None] | None = None,
    on_restart: Callable[[], None] | None = None,
    on_block: Callable[[list[Result], Progress], None] | None = None,
) -> Progress:
    """Label ``items`` into ``output`` (and bad records into ``errors_path`` if given), resuming if possible.

    Raises :class:`OutputBusy` when another run is writing ``output``.
    """
    for path in (output, errors_path):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(output):
        journal = Journal(output)
        staged = output.with_name(output.name + ".partial")
        staged_err = errors_path.with_name(errors_path.name + ".partial") if errors_path else None
        progress = journal.resume(fingerprint)
        if progress is not None and progress.finished:  # killed while moving the finished files into place
            _finish(journal, fmt, staged, output, staged_err, errors_path)
            return progress
        if progress is not None and not (_has(staged, progress.output_bytes)
                                         and _has(staged_err, progress.errors_bytes)):
            progress = None
        if progress is None:
            if journal.path.exists() and on_restart:
                on_restart()
            journal.start(fingerprint)
            _create(staged, fmt.header)
            if staged_err:
                _create(staged_err, b"")
            progress = Progress(output_bytes=len(fmt.header))
            journal.commit(progress)
        elif on_resume:
            on_resume(replace(progress))
        out = _open_at(staged, progress.output_bytes)
        err = _open_at(staged_err, progress.errors_bytes) if staged_err else None
        try:
            t0 = time.perf_counter() - progress.elapsed
            lines: deque[int] = deque()
            todo = _noting_lines(islice(items, progress.records, None), lines)
            for block in label_blocks(kit, todo, targets, block_size, fail_fast):
                data = fmt.encode(block, err is None, [lines.popleft() for _ in block])
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
                progress.output_bytes += len(data)
                if err is not None:
                    edata = encode_errors(block)
                    err.write(edata)
                    err.flush()
                    os.fsync(err.fileno())
                    progress.errors_bytes += len(edata)
                docs = [r for r in block if isinstance(r, Document)]
                progress.records += len(block)
                progress.documents += len(docs)
                progress.errors += len(block) - len(docs)
                progress.quotes += sum(len(d.quotes) for d in docs)
                progress.words += sum(len(d.text.split()) for d in docs)
                progress.elapsed = time.perf_counter() - t0
                journal.commit(progress)
                if on_block:
                    on_block(block, progress)
        finally:
            out.close()
            if err is not None:
                err.close()
        progress.finished = True
        journal.commit(progress)
        _finish(journal, fmt, staged, output, staged_err, errors_path)
        return progress


def _finish(journal: Journal, fmt: JsonlFormat | Gzipped, staged: Path, output: Path, staged_err: Path | None,
            errors_path: Path | None) -> None:
    """Move the staged files into place (idempotent: a kill half-way is completed by the next run)."""
    if staged_err and staged_err.exists():
        os.replace(staged_err, errors_path)
    if staged.exists():
        fmt.finalize(staged, output)
    _fsync_dir(output)
    journal.path.unlink()
