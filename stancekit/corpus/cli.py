"""``stancekit label INPUT -o OUTPUT``: label a corpus file, streaming and resumable.

Rerunning an interrupted command (Ctrl-C, kill -9, reboot) with the same arguments continues where it
stopped; see :mod:`stancekit.corpus.runner` for the scheme.
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import sys
from itertools import islice
from pathlib import Path

from ..parallel import WorkerError, auto_processes
from .readers import DEFAULT_MAX_CHARS, RecordError, count_records, read_path
from .runner import BadRecord, Journal, OutputBusy, Progress, run_to_file
from .writers import FORMATS, get_format, output_format

MAX_WARNINGS = 20

EPILOG = """\
input: JSONL (.jsonl/.json/.ndjson, optionally .gz) with one {"id", "text", "targets"?} object per line,
CSV with a header, Parquet, a .txt file (one document) or a folder of .txt files (one document each).
output: JSONL, one line per input record in input order: {"id", "quotes": [...]}, or {"id"?, "line", "error"}
for a bad record; or flat CSV/Parquet, one row per quote x target with its record's "id" and input "line" (bad
records then go to --errors, default OUTPUT.errors.jsonl). OUTPUT ending in .gz is compressed. Texts over
--max-chars are reported as errors.
"""


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="stancekit label", description="Find reported statements, speakers, stance and claim type in a corpus.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("input", type=Path, help="corpus file or folder of .txt files")
    ap.add_argument("-o", "--output", type=Path, required=True, help="where to write the labels")
    ap.add_argument("--targets", default=None, help='comma-separated stance targets, e.g. "the tax cut,Jane Doe" '
                    '(a record\'s own "targets" list overrides them)')
    ap.add_argument("--text-field", default="text", help="field/column holding the text (default: text)")
    ap.add_argument("--id-field", default="id", help="field/column holding the document id (default: id)")
    ap.add_argument("--format", choices=FORMATS, default=None, help="output format (default: from OUTPUT's extension)")
    ap.add_argument("--errors", type=Path, default=None, help="write error lines here instead of into the output")
    ap.add_argument("--fail-fast", action="store_true", help="stop at the first bad record instead of reporting it")
    ap.add_argument("--batch-size", type=int, default=32, help="texts per parser/model batch (default: 32)")
    ap.add_argument("--n-process", type=_processes, default="auto",
                    help="processes, each running the whole pipeline (default: auto = one per core, as many "
                    "as memory holds; 1 when the input is a single block of 8 x batch-size records)")
    ap.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto")
    ap.add_argument("--precision", choices=("auto", "fp32", "bf16", "int8"), default="auto")
    ap.add_argument("--extractor", default="learned",
                    help="learned | rules (2x faster) | span-model path or HF id (default: learned)")
    ap.add_argument("--no-stance", action="store_true", help="skip the stance classifier")
    ap.add_argument("--no-claims", action="store_true", help="skip the claim-type classifier")
    ap.add_argument("--kinds", default=None, metavar="speech,belief,other",
                    help="keep only statements of these kinds (default: all; 'speech' drops beliefs and actions)")
    ap.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                    help=f"longer texts are reported as errors (default: {DEFAULT_MAX_CHARS:,}; 0 = no limit)")
    ap.add_argument("--encoding", type=_encoding, default="utf-8",
                    help="of a JSONL, CSV or .txt input (default: utf-8; e.g. latin-1, cp1252)")
    ap.add_argument("--limit", type=int, default=None, help="label only the first N records")
    ap.add_argument("--quiet", action="store_true",
                    help="no progress bar, summary or per-record warnings (bad records are still written)")
    return ap


def _processes(value: str) -> int | str:
    if value == "auto":
        return value
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number or 'auto', got {value!r}")
    return int(value)


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


def _n_process(option: int | str, total: int | None, block_size: int) -> int:
    """'auto': one process per core, as many as memory holds, but no more than the input has blocks (a process
    labels whole blocks, so more would only cost their start-up)."""
    if option != "auto":
        return option
    n = auto_processes()
    return n if total is None else max(1, min(n, -(-total // block_size)))


def _comma_list(value: str | None) -> list[str] | None:
    """``"a, b,"`` -> ``["a", "b"]``; None for an option not given."""
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _input_signature(path: Path) -> list:
    """Identity of the input, so a journal is only reused for the same, unchanged corpus."""
    files = sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for f in files:
        st = f.stat()
        digest.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return [str(path.resolve()), len(files), digest.hexdigest()]


def _fingerprint(args, fmt: str) -> str:
    keys = ("targets", "text_field", "id_field", "extractor", "no_stance", "no_claims", "precision", "max_chars",
            "limit", "kinds", "encoding")
    job = {k: getattr(args, k) for k in keys}
    job.update(input=_input_signature(args.input), format=fmt, errors=str(args.errors))
    return hashlib.sha256(json.dumps(job, sort_keys=True).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    say = (lambda *a: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    if not args.input.exists():
        print(f"stancekit label: {args.input} does not exist", file=sys.stderr)
        return 2
    if args.output.resolve() == args.input.resolve():
        print("stancekit label: OUTPUT must differ from INPUT", file=sys.stderr)
        return 2
    try:
        fmt = get_format(args.format or output_format(args.output), gz=args.output.suffix.lower() == ".gz")
    except ValueError as exc:
        print(f"stancekit label: {exc}", file=sys.stderr)
        return 2
    if fmt.flat and args.errors is None:
        args.errors = args.output.with_name(args.output.name + ".errors.jsonl")
    targets, kinds = _comma_list(args.targets), _comma_list(args.kinds)

    from tqdm.auto import tqdm

    import stancekit

    block_size = max(1, args.batch_size) * 8
    total = count_records(args.input)
    if args.limit is not None:
        total = min(total, args.limit) if total is not None else args.limit
    n_process = _n_process(args.n_process, total, block_size)
    say(f"loading the pipeline (extractor={args.extractor}, stance={'off' if args.no_stance else 'auto'}, "
        f"claims={'off' if args.no_claims else 'auto'}; {n_process} process{'es' if n_process > 1 else ''}) ...")
    try:
        kit = stancekit.load(
            extractor=args.extractor, stance=None if args.no_stance else "auto",
            claims=None if args.no_claims else "auto", device=args.device, precision=args.precision,
            batch_size=args.batch_size, n_process=n_process, kinds=kinds,
        )
    except ValueError as exc:
        print(f"stancekit label: {exc}", file=sys.stderr)
        return 2
    if args.output.exists() and not Journal(args.output).path.exists():
        say(f"{args.output} exists from a finished run: labelling again, it is replaced at the end")
    items = read_path(args.input, args.text_field, args.id_field, args.max_chars, args.encoding)
    if args.limit is not None:
        items = islice(items, args.limit)
    bar = tqdm(total=total, unit="doc", disable=args.quiet, dynamic_ncols=True, file=sys.stderr)
    note = (lambda *a: None) if args.quiet else (lambda msg: bar.write(msg, file=sys.stderr))  # beside the bar
    warned = 0

    def on_resume(p: Progress) -> None:
        bar.update(p.records)
        if p.records:
            note(f"resuming after {p.records:,} records ({p.documents:,} documents labelled in an earlier run)")

    def on_restart() -> None:
        note("an unfinished run of another input or other options was found: starting over")

    def on_block(block, p: Progress) -> None:
        nonlocal warned
        for err in (r for r in block if isinstance(r, RecordError)):
            warned += 1
            if warned <= MAX_WARNINGS:
                note(f"warning: line {err.line}" + (f" (id {err.id!r})" if err.id is not None else "")
                     + f": {err.error}" + (" (further warnings suppressed)" if warned == MAX_WARNINGS else ""))
        bar.update(len(block))
        bar.set_postfix(quotes=p.quotes, errors=p.errors, refresh=False)

    try:
        p = run_to_file(kit, items, args.output, fmt, _fingerprint(args, fmt.name), args.errors, targets,
                        block_size=block_size, fail_fast=args.fail_fast,
                        on_resume=on_resume, on_restart=on_restart, on_block=on_block)
    except BadRecord as exc:
        bar.close()
        print(f"stancekit label: bad record at {exc} (--fail-fast; rerun without it to skip bad records)",
              file=sys.stderr)
        return 1
    except OutputBusy as exc:
        bar.close()
        print(f"stancekit label: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        bar.close()
        print("\ninterrupted: rerun the same command to continue where it stopped", file=sys.stderr)
        return 130
    except WorkerError:
        bar.close()
        print("stancekit label: a worker process died (killed for memory?). Rerun the same command to continue where "
              f"it stopped; --n-process {max(1, n_process - 1)} would run fewer processes.", file=sys.stderr)
        return 1
    bar.close()
    say(f"{p.documents:,} documents labelled, {p.quotes:,} quotes, {p.errors:,} errors"
        + (f" (see {args.errors})" if p.errors and args.errors else "")
        + f"; {p.elapsed:.1f} s, {p.words / max(p.elapsed, 1e-9):,.0f} words/s -> {args.output}")
    return 0
