"""Throughput and memory of stancekit, in one run.

Measures, on the same corpus and interleaving the repeats (the machine may be shared, so the ratios are
what counts):

1. spaCy parse only (the exact pipeline ``stancekit.load()`` parses with, over the same chunks),
2. rule-based extraction end to end (``load(extractor="rules", stance=None, claims=None)``),
3. the learned span extractor end to end (``load(extractor="learned", ...)``, when models/attribution exists),
4. the default pipeline end to end (``load()``: learned extractor, stance and claims when their checkpoints
   are in models/; per-document targets are passed so stance runs),

then the peak RSS of streaming ``stancekit label`` runs over 1k and 10k generated documents (separate
processes, ``ru_maxrss``, one process each). Prints markdown tables and the machine. Ratios use CPU time (robust
when other jobs share the cores); wall-clock words/s are reported next to them.

``--processes 1,2`` adds the wall time of ``stancekit label`` (default pipeline, model loading included) over
the same corpus with each number of worker processes: what a batch run gets from all the cores.

    python benchmarks/throughput.py                      # generated news-like corpus
    python benchmarks/throughput.py --corpus allsides    # AllSides sample (../shared/data), realistic articles
    python benchmarks/throughput.py --quick              # small smoke run
    python benchmarks/throughput.py --join --no-rss      # the same words as one huge document
    python benchmarks/throughput.py --corpus allsides --docs 1500 --repeats 0 --no-rss --processes 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import stancekit
from stancekit.chunking import CHUNK_CHARS, chunk_text
from stancekit.corpus.synthetic import generate_articles
from stancekit.pipeline import models_dir

DATA = Path(os.environ.get("STANCEKIT_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import torch

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores, {model}; Python {platform.python_version()}, torch {torch.__version__} "
            f"({torch.get_num_threads()} threads); load average at the end {load}")


def allsides_corpus(n: int) -> list[dict]:
    """The first ``n`` articles (by file name) of the AllSides sample; stance target = the AllSides topic."""
    from stancekit.data.allsides import load_allsides

    try:
        articles = load_allsides(DATA)[:n]
    except FileNotFoundError as e:
        sys.exit(str(e))
    return [{"id": a["id"], "text": a["text"], "targets": [a["topic"]]} for a in articles]


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process, all threads)."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def throughput(docs: list[dict], repeats: int, precisions: list[str]) -> tuple[list[tuple[str, float, float]], int]:
    """Median (wall, CPU) seconds per configuration, runs interleaved."""
    texts = [d["text"] for d in docs]
    targets = [d.get("targets") for d in docs]
    words = sum(len(t.split()) for t in texts)
    rules = stancekit.load(extractor="rules", stance=None, claims=None)

    def parse(ts, tg):
        chunks = (c for t in ts for _, c in chunk_text(t, CHUNK_CHARS))
        return sum(1 for _ in rules.nlp.pipe(chunks, batch_size=rules.batch_size))

    runs = {"spaCy parse only": parse, "rules extraction, end to end": lambda ts, tg: sum(1 for _ in rules.pipe(ts))}
    if (models_dir() / "attribution" / "config.json").exists():
        learned = stancekit.load(extractor="learned", stance=None, claims=None)
        runs["learned extraction, end to end"] = lambda ts, tg: sum(1 for _ in learned.pipe(ts))
    for precision in precisions:
        kit = stancekit.load(precision=precision)
        parts = [type(kit.extractor).__name__] + [p for p, m in (("stance", kit.stance_model),
                                                                 ("claims", kit.claim_model)) if m is not None]
        name = f"default pipeline ({' + '.join(parts)}; {precision})"
        runs[name] = lambda ts, tg, kit=kit: sum(1 for _ in kit.pipe(ts, targets=tg))
    for fn in runs.values():  # warm-up: first-call costs (lazy init, allocator growth) are not throughput
        fn(texts[:8], targets[:8])
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in runs}
    for _ in range(repeats):
        for name, fn in runs.items():
            times[name].append(timed(lambda fn=fn: fn(texts, targets)))
    med = statistics.median
    return [(name, med(w for w, _ in ts), med(c for _, c in ts)) for name, ts in times.items()], words


def _vm_rss(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), None)


def _tree_rss(pid: int) -> float:
    """VmRSS (MiB) of a process and all its descendants (worker processes)."""
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children += [int(c) for c in task.read_text().split()]
        except OSError:
            pass
    return (_vm_rss(pid) or 0.0) + sum(_tree_rss(c) for c in children)


def _run_sampled(cmd: list[str], rss) -> tuple[float, list[tuple[float, float]], object]:
    """Run ``cmd`` sampling ``rss(pid)`` every 0.2 s: (seconds, [(time, MiB)], resource usage)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    samples: list[tuple[float, float]] = []
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        mib = rss(proc.pid)
        if mib:
            samples.append((time.perf_counter() - t0, mib))
        time.sleep(0.2)
    if status:
        sys.exit(f"{' '.join(cmd)} failed with status {status}")
    return time.perf_counter() - t0, samples, usage


def _label_cmd(src: Path, out: Path, *flags: str) -> list[str]:
    return [sys.executable, "-m", "stancekit.cli", "label", str(src), "-o", str(out), "--quiet", *flags]


def processes(docs: list[dict], counts: list[int], repeats: int) -> None:
    """Wall time of ``stancekit label`` over ``docs`` with each worker count (runs interleaved)."""
    words = sum(len(d["text"].split()) for d in docs)
    runs: dict[int, list[tuple[float, float]]] = {n: [] for n in counts}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        outputs = {}
        for _ in range(max(1, repeats)):
            for n in counts:
                outputs[n] = Path(tmp) / f"out_{n}.jsonl"
                outputs[n].unlink(missing_ok=True)
                seconds, samples, _ = _run_sampled(_label_cmd(src, outputs[n], "--n-process", str(n)), _tree_rss)
                runs[n].append((seconds, max((mib for _, mib in samples), default=0.0)))
        same = len({outputs[n].read_bytes() for n in counts}) == 1
    med = statistics.median
    base = med(s for s, _ in runs[counts[0]])
    print(f"\n### `stancekit label` (default pipeline) with worker processes: {len(docs)} documents, {words:,} words, "
          f"median of {max(1, repeats)}, model loading included\n")
    print("| processes | wall s | documents/s | words/s | speed-up | peak RSS, all processes (MiB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in counts:
        wall = med(s for s, _ in runs[n])
        print(f"| {n} | {wall:.1f} | {len(docs) / wall:.2f} | {words / wall:,.0f} | {base / wall:.2f}x | "
              f"{max(m for _, m in runs[n]):,.0f} |")
    print(f"\nOutputs of every worker count {'identical' if same else 'DIFFER'} byte for byte.")


def peak_rss(n_docs: int, workdir: Path, flags: list[str]) -> tuple[float, float, float, float]:
    """(peak RSS MiB, RSS at half time MiB, last sampled RSS MiB, seconds) of a streaming ``stancekit label``
    run over generated docs.

    The peak (``ru_maxrss``) may be set while loading the models; RSS sampled at half time and just before
    the process ends shows whether labelling itself keeps growing memory.
    """
    src = workdir / f"corpus_{n_docs}.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for art in generate_articles(n_docs, seed=1, paragraphs=(1, 2)):
            fh.write(json.dumps(art) + "\n")
    cmd = _label_cmd(src, workdir / f"out_{n_docs}.jsonl", "--n-process", "1", *flags)
    seconds, samples, usage = _run_sampled(cmd, _vm_rss)
    half = next((r for t, r in samples if t >= seconds / 2), 0.0)
    return usage.ru_maxrss / 1024, half, samples[-1][1] if samples else 0.0, seconds


def memory(sizes: list[int], pipeline: str) -> None:
    flags = ["--extractor", "rules", "--no-stance", "--no-claims"] if pipeline == "rules" else []
    with tempfile.TemporaryDirectory() as tmp:
        rss = [(n, *peak_rss(n, Path(tmp), flags)) for n in sizes]
    print(f"\n### Peak RSS of `stancekit label` ({pipeline} pipeline, generated documents)\n")
    print("| documents | peak RSS (MiB) | RSS at half time (MiB) | RSS at the end (MiB) | seconds |")
    print("|---:|---:|---:|---:|---:|")
    for n, mib, half, end, secs in rss:
        print(f"| {n:,} | {mib:,.1f} | {half:,.1f} | {end:,.1f} | {secs:.0f} |")
    growth, end_growth = rss[-1][1] / rss[0][1] - 1, rss[-1][3] / rss[0][3] - 1
    second_half = rss[-1][3] / rss[-1][2] - 1
    print(f"\nPeak RSS grows {growth:+.1%} from {rss[0][0]:,} to {rss[-1][0]:,} documents (bar: within 10%: "
          f"{'met' if abs(growth) <= 0.10 else 'missed'}); RSS at the end of the run grows {end_growth:+.1%}, and "
          f"{second_half:+.1%} over the second half of the {rss[-1][0]:,}-document run (the peak can be set while "
          "loading the models, so watch all three).")


def report_throughput(docs: list[dict], repeats: int, precisions: list[str], what: str) -> None:
    results, words = throughput(docs, repeats, precisions)
    parse_cpu = results[0][2]
    print(f"\n### Throughput: {what}, {words:,} words, median of {repeats}\n")
    print("| pipeline | wall s | words/s | CPU s | words per CPU-s | CPU time vs parse only |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, wall, cpu in results:
        ratio = cpu / parse_cpu
        print(f"| {name} | {wall:.1f} | {words / wall:,.0f} | {cpu:.1f} | {words / cpu:,.0f} | {ratio:.2f}x |")
    overhead = results[1][2] / parse_cpu - 1
    print(f"\nRule extraction adds {overhead:+.0%} CPU time over the parse (bar: at most +30%: "
          f"{'met' if overhead <= 0.30 else 'missed'}). CPU time (process_time, all threads) is the fair measure on a "
          "shared machine; wall words/s is what this machine delivered under its load.")



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("generated", "allsides"), default="generated")
    ap.add_argument("--docs", type=int, default=None, help="documents for the throughput runs")
    ap.add_argument("--repeats", type=int, default=5, help="repeats of the in-process runs (0 skips them)")
    ap.add_argument("--precisions", default="auto", help="comma-separated precisions for the default pipeline")
    ap.add_argument("--rss-docs", default=None, help="two corpus sizes for the RSS runs (default 1000,10000)")
    ap.add_argument("--rss-pipeline", choices=("default", "rules"), default="default")
    ap.add_argument("--no-rss", action="store_true", help="skip the memory runs")
    ap.add_argument("--processes", default=None,
                    help="comma-separated worker counts for timed `stancekit label` runs over the corpus, e.g. 1,2")
    ap.add_argument("--process-repeats", type=int, default=1, help="repeats of the --processes runs")
    ap.add_argument("--quick", action="store_true", help="small corpus, one repeat, RSS at 100 vs 1000 docs")
    ap.add_argument("--join", action="store_true",
                    help="join the documents into one (blank lines between; the first one's targets): costs that grow "
                         "with document length")
    args = ap.parse_args(argv)
    n_docs = args.docs or (40 if args.quick else 200)
    repeats = 1 if args.quick else args.repeats
    rss_sizes = [int(x) for x in (args.rss_docs or ("100,1000" if args.quick else "1000,10000")).split(",")]
    if args.corpus == "allsides":
        docs = allsides_corpus(n_docs)
    else:
        docs = list(generate_articles(n_docs, seed=0, paragraphs=(6, 14)))
    if args.join:
        docs = [{"id": "joined", "text": "\n\n".join(d["text"] for d in docs), "targets": docs[0].get("targets")}]

    if repeats > 0:
        what = f"{n_docs} {args.corpus} documents" + (" joined into one" if args.join else "")
        report_throughput(docs, repeats, args.precisions.split(","), what)
    if args.processes:
        processes(docs, [int(n) for n in args.processes.split(",")], args.process_repeats)
    if not args.no_rss:
        memory(rss_sizes, args.rss_pipeline)
    print(f"\nMachine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
