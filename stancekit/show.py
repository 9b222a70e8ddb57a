"""``stancekit show LABELS.jsonl``: a readable table of labelled statements."""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="stancekit show", description=__doc__)
    ap.add_argument("labels", help="JSONL written by `stancekit label`")
    ap.add_argument("--width", type=int, default=max(100, shutil.get_terminal_size((140, 20)).columns))
    args = ap.parse_args(argv)
    with open(args.labels, encoding="utf-8") as fh:
        records = [r for r in map(json.loads, filter(str.strip, fh)) if "error" not in r]
    try:
        print(format_table(records, args.width))
    except BrokenPipeError:  # `stancekit show ... | head` is fine
        sys.stderr.close()
    return 0
