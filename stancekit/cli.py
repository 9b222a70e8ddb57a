"""Command line: ``stancekit label | train | evaluate``.

Each sub-command lives next to the code it drives and exposes ``main(argv) -> int``;
this module only dispatches, so importing the CLI stays cheap.
"""

from __future__ import annotations

import importlib
import sys

from . import __version__

COMMANDS = {
    ("label",): ("stancekit.corpus.cli", "label a JSONL/CSV/Parquet/.txt corpus"),
    ("show",): ("stancekit.show", "print a labels JSONL file as a readable table"),
    ("train", "mlm"): ("stancekit.training.mlm", "continue the encoder's masked-word pre-training on news text"),
    ("train", "attribution"): ("stancekit.training.attribution", "fine-tune the source/cue/content span model"),
    ("train", "stance"): ("stancekit.training.stance", "fine-tune the target-conditioned stance classifier"),
    ("train", "claims"): ("stancekit.training.claims", "fine-tune the claim-type classifier"),
    ("evaluate", "quotes"): ("stancekit.evaluation.quotes", "quote extraction on PolNeAR, speakers on BASIL"),
    ("evaluate", "stance"): ("stancekit.evaluation.stance", "stance benchmarks next to published numbers"),
    ("evaluate", "claims"): ("stancekit.evaluation.claims", "CheckThat! check-worthiness and subjectivity"),
    ("evaluate", "kinds"): ("stancekit.evaluation.kinds", "statement kinds (speech/belief/other) vs hand labels"),
}

USAGE = "usage: stancekit [--version] <command> [<args>]\n\ncommands:\n" + "\n".join(
    f"  {' '.join(k):<22} {doc}" for k, (_, doc) in COMMANDS.items()
)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    if argv[0] in ("-V", "--version"):
        print(f"stancekit {__version__}")
        return 0
    for key, (module, _) in COMMANDS.items():
        if tuple(argv[: len(key)]) == key:
            return importlib.import_module(module).main(argv[len(key) :]) or 0
    group = [f"  stancekit {' '.join(k):<22} {doc}" for k, (_, doc) in COMMANDS.items()
             if len(k) > 1 and k[0] == argv[0]]
    if group:  # "stancekit evaluate", "stancekit train --help": that group's commands
        helped = argv[1:2] in (["-h"], ["--help"])
        shown = helped or len(argv) == 1
        print(("" if shown else f"stancekit: unknown command {' '.join(argv[:2])!r}\n\n")
              + f"usage: stancekit {argv[0]} <command> [<args>]\n\ncommands:\n" + "\n".join(group),
              file=sys.stdout if shown else sys.stderr)
        return 0 if helped else 2
    print(f"stancekit: unknown command {' '.join(argv[:2])!r}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
