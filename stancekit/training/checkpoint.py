"""The one checkpoint writer every trainer uses: fp16 safetensors plus tokenizer files."""

from __future__ import annotations

from pathlib import Path

import torch


def save_checkpoint(model, tokenizer, out: str | Path) -> Path:
    """Write ``model`` as fp16 safetensors (half the size; the loaders upcast) without touching its weights.

    Trainers call it whenever dev improves, so an interrupted run still leaves its best checkpoint.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    model.config.dtype = torch.float16
    state = {k: v.detach().to("cpu", torch.float16 if v.is_floating_point() else v.dtype)
             for k, v in model.state_dict().items()}
    model.save_pretrained(out, state_dict=state, safe_serialization=True)
    tokenizer.save_pretrained(out)
    return out
