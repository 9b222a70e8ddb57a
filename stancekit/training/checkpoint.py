"""The one checkpoint writer every trainer uses: fp16 safetensors plus tokenizer files."""

from __future__ import annotations

import copy
from pathlib import Path

import torch


def save_checkpoint(model, tokenizer, out: str | Path) -> Path:
    """Write ``model`` as fp16 safetensors (half the size; the loaders upcast) without touching its weights.

    Trainers call it whenever dev improves, so an interrupted run still leaves its best checkpoint.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    copy.deepcopy(model).to("cpu", torch.float16).save_pretrained(out, safe_serialization=True)  # config says fp16
    tokenizer.save_pretrained(out)
    return out
