"""``stancekit show LABELS.jsonl``: a readable table of labelled statements."""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import textwrap


def _cell(value, width: int) -> str:
    text = " ".join(str(value or "-").split())
    return textwrap.shorten(text, width, placeholder="…").ljust(width)


def format_table(records, width: int = 120) -> str:
    """One row per statement: id | speaker | cue | type | quote (| stances, when any); a speaker mention
    that could not be resolved to a name is shown in parentheses, "(he)"."""
    rows = []
    for rec in records:
        for q in rec.get("quotes") or []:
            stances = ", ".join(f"{s['label']} {s['target']}" for s in q.get("stances") or [] if s["label"] != "none")
            sp = q.get("speaker") or {}
            speaker = sp.get("name") or (f"({sp['mention']})" if sp.get("mention") else None)
            rows.append((
                rec.get("id"), speaker, (q.get("cue") or {}).get("text"),
                q["type"], q["text"], stances,
            ))
    fixed = [8, 22, 14, 8]
    show_stance = any(r[5] for r in rows)
    quote_w = max(30, width - sum(fixed) - (28 if show_stance else 0) - 3 * (len(fixed) + show_stance))
    widths = fixed + [quote_w] + ([25] if show_stance else [])
    header = ["id", "speaker", "cue", "type", "quote"] + (["stance"] if show_stance else [])
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    for r in rows:
        cells = r if show_stance else r[:5]
        lines.append(" | ".join(_cell(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return "\n".join(lines)


def read_labels(path: str) -> tuple[list[dict], int]:
    """The labelled records of a ``stancekit label`` JSONL file (plain or .gz) and how many were errors."""
    opener = gzip.open if path.endswith(".gz") else open
    records, errors = [], 0
    with opener(path, "rt", encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                raise ValueError(f"{path} line {line_no} is not JSON: show reads the JSONL that "
                                 "`stancekit label` writes (not its CSV or Parquet)") from None
            if "error" in rec:
                errors += 1
            else:
                records.append(rec)
    return records, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="stancekit show",
                                 description="Print a labels file written by `stancekit label` as a readable table.")
    ap.add_argument("labels", help="JSONL (or .jsonl.gz) written by `stancekit label`")
    ap.add_argument("--width", type=int, default=max(100, shutil.get_terminal_size((140, 20)).columns),
                    help="table width in characters (default: the terminal's, at least 100); only the quote "
                         "column shrinks, to 30 at the least")
    args = ap.parse_args(argv)
    try:
        records, errors = read_labels(args.labels)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"stancekit show: {exc}", file=sys.stderr)
        return 2
    try:
        print(format_table(records, args.width))
        if errors:
            print(f"({errors} record{'s' * (errors > 1)} with errors not shown)")
    except BrokenPipeError:  # `stancekit show ... | head` is fine
        sys.stderr.close()
    return 0
