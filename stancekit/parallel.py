"""Worker processes that each run a whole pipeline, so that labelling keeps every core busy.

One process leaves cores idle: spaCy's parser runs on one thread, and the models' small batches scale
poorly over threads (on 2 cores a process keeps about 1.4 of them busy). With ``n_process`` processes, the
calling one included, each with its own pipeline and ``cores // n_process`` torch threads, whole blocks are
labelled side by side; results come back in input order. Workers are spawned, never forked (a fork after
torch has started its OpenMP threads can hang), and build their pipeline from the ``load()`` arguments of
the Kit that asked for them, so they give that Kit's results.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

WORKER_MEMORY = 2 << 30  # bytes to allow per process: the default pipeline peaked at 1.8 GiB on AllSides news

_kit = None  # the pipeline that worker_kit() gives in this process


class WorkerError(RuntimeError):
    """A worker process died (killed for memory, say) or could not start."""


def usable_cores() -> int:
    """Cores this process may run on (a container's or ``taskset``'s limit, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def usable_memory() -> int | None:
    """Bytes of memory: the machine's, or its container's limit (cgroup v2 or v1) when lower; None if unknown."""
    limits = []
    try:
        limits.append(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        pass
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            value = Path(path).read_text().strip()
        except OSError:
            continue
        if value.isdigit():  # v2 writes "max" for no limit, v1 a huge number
            limits.append(int(value))
    return min(limits) if limits else None


def auto_processes() -> int:
    """One process per usable core, as many as memory holds."""
    memory = usable_memory()
    cores = usable_cores()
    return cores if memory is None else max(1, min(cores, memory // WORKER_MEMORY))


def _start(spec: dict, threads: int) -> None:
    import torch

    from .pipeline import load

    global _kit
    threading.Thread(target=_exit_with, args=(multiprocessing.parent_process(),), daemon=True).start()
    torch.set_num_threads(threads)
    _kit = load(**spec)


def _exit_with(parent) -> None:
    """End this worker when the process that started it ends, even by ``kill -9``: a worker waits on a queue it
    also holds open, so it would otherwise idle forever, holding its pipeline's memory."""
    parent.join()
    os._exit(1)


def worker_kit():
    """The pipeline of the process this runs in."""
    return _kit


def ordered_map(fn: Callable, items: Iterable, kit, n_process: int) -> Iterator:
    """``fn(item)`` for every item, computed in ``n_process`` processes, yielded in input order.

    The calling process takes every ``n_process``-th item itself, with ``kit`` (all of them when ``n_process`` is
    1: no worker starts); ``n_process - 1`` spawned workers take the others, with a pipeline rebuilt from
    ``kit.worker_spec()``. At most two items per process are in flight, so a corpus streams through in bounded
    memory. ``fn`` must be a module-level function and reads the pipeline with :func:`worker_kit`. An exception
    raised by ``fn`` is raised here, in its item's turn.
    """
    if n_process <= 1:
        for item in items:
            yield _here(fn, item, kit, None)
        return
    threads = max(1, usable_cores() // n_process)
    pool = ProcessPoolExecutor(n_process - 1, mp_context=multiprocessing.get_context("spawn"), initializer=_start,
                               initargs=(kit.worker_spec(), threads))
    pending: deque = deque()  # (True, item) for this process, (False, future) for a worker
    try:
        for i, item in enumerate(items):
            local = i % n_process == 0
            pending.append((local, item if local else pool.submit(fn, item)))
            if len(pending) >= 2 * n_process:
                local, job = pending.popleft()
                yield _here(fn, job, kit, threads) if local else job.result()
        while pending:
            local, job = pending.popleft()
            yield _here(fn, job, kit, threads) if local else job.result()
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a worker process died or could not start (any error of its own is printed above). Killed for memory? "
            "Use fewer processes. In a script, start the labelling under `if __name__ == \"__main__\":`, since "
            "each worker imports the script that started it."
        ) from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _here(fn: Callable, item, kit, threads: int | None):
    """``fn(item)`` in this process, with ``kit`` as :func:`worker_kit` (and ``threads`` torch threads, if given)."""
    global _kit
    saved = _kit
    _kit = kit
    try:
        with _torch_threads(threads):
            return fn(item)
    finally:
        _kit = saved


@contextmanager
def _torch_threads(n: int | None) -> Iterator[None]:
    if n is None:  # one process: torch keeps its own thread count
        yield
        return
    import torch

    saved = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(saved)
