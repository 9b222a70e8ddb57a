"""Batched inference for fine-tuned sequence classifiers (stance, claims).

Device and precision are resolved once here so every model in the pipeline (including the
attribution token classifier) runs the same way: ``device="auto"`` -> CUDA when available, else
CPU; ``precision="auto"`` -> fp16 on CUDA, bf16 autocast on CPUs with bf16 matrix instructions
(2-3x faster than fp32 for our MiniLM classifiers, see the README), else fp32. ``"int8"`` applies
dynamic quantisation to the ``nn.Linear`` layers (CPU only).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch

PRECISIONS = ("auto", "fp32", "bf16", "fp16", "int8")
# Batch lengths are rounded up to this: few distinct shapes keep oneDNN's per-shape kernel cache (memory) small.
PAD_MULTIPLE = 16


@lru_cache(maxsize=1)
def cpu_has_bf16() -> bool:
    """True when the CPU advertises bf16 matrix units (AMX or AVX512-BF16) in /proc/cpuinfo."""
    try:
        flags = Path("/proc/cpuinfo").read_text().split()
    except OSError:
        return False
    return "amx_bf16" in flags or "avx512_bf16" in flags


def trains_in_bf16(device: torch.device) -> bool:
    """Whether training on ``device`` should use bf16 autocast: on a GPU with bf16 or a CPU with bf16 units
    (emulated bf16 on other CPUs is slower than fp32)."""
    return torch.cuda.is_bf16_supported() if device.type == "cuda" else device.type == "cpu" and cpu_has_bf16()


DEVICE_HELP = "auto (a CUDA GPU when there is one), cpu, cuda, cuda:1, ..."  # the trainers' --device


def resolve_device(device: str | torch.device = "auto") -> torch.device:
    """``"auto"`` -> ``cuda`` when available, else ``cpu``; anything else is passed to ``torch.device``."""
    if isinstance(device, torch.device):
        return device
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def resolve_precision(precision: str, device: torch.device) -> str:
    """Map ``"auto"`` to the fastest safe choice for ``device``; validate explicit choices."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, got {precision!r}")
    if precision == "auto":
        if device.type == "cuda":
            return "fp16"
        return "bf16" if cpu_has_bf16() else "fp32"
    if precision == "int8" and device.type != "cpu":
        raise ValueError("precision='int8' (dynamic quantisation) runs on CPU only")
    return precision


@contextlib.contextmanager
def quiet_loading():
    """No weight-loading progress bars: one ``load()`` reads three checkpoints and notebooks show every bar."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def load_pretrained(auto_class, name_or_path, **kwargs):
    """``auto_class.from_pretrained`` the only way stancekit allows: safetensors, no remote code, no bars."""
    with quiet_loading():
        return auto_class.from_pretrained(str(name_or_path), use_safetensors=True, trust_remote_code=False, **kwargs)


def prepare_model(model: torch.nn.Module, device: torch.device, precision: str) -> torch.nn.Module:
    """Put a loaded model on ``device`` in eval mode with weights matching ``precision``.

    bf16 stores the ``nn.Linear`` weights in bf16, the values autocast would cast them to on every call
    (same numbers, no per-call copies, half the memory), and keeps embeddings and layer norms fp32 for
    autocast to run in fp32; fp16 converts all weights (CUDA); int8 quantises ``nn.Linear`` dynamically.
    """
    model = model.float().eval()
    if precision == "int8":
        import warnings

        from torch.ao.quantization import quantize_dynamic

        with warnings.catch_warnings():  # torch announces the move of these kernels to torchao, not a fault of ours
            warnings.filterwarnings("ignore", message=r"torch\.quantize_per_tensor", category=UserWarning)
            return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    if precision == "fp16":
        model = model.half()
    if precision == "bf16":
        for module in model.modules():
            if isinstance(module, torch.nn.Linear):
                module.to(torch.bfloat16)
    return model.to(device)


def autocast_context(device: torch.device, precision: str):
    """The autocast context for a forward pass (bf16 only; other precisions need none)."""
    if precision == "bf16":
        return torch.autocast(device.type, dtype=torch.bfloat16, cache_enabled=False)
    return contextlib.nullcontext()


class SequenceClassifier:
    """A fine-tuned ``AutoModelForSequenceClassification`` with batched probability output.

    Single-label models (``config.problem_type != "multi_label_classification"``) return softmax
    probabilities; multi-label models return one sigmoid per label. Column ``j`` of the output
    belongs to ``self.labels[j]``.
    """

    def __init__(self, model, tokenizer, device: torch.device, precision: str, max_length: int = 128,
                 batch_size: int = 64):
        self.model = model
        self.tokenizer = tokenizer
        self.device = device
        self.precision = precision
        self.max_length = max_length
        self.batch_size = batch_size
        cfg = model.config
        self.labels: list[str] = [cfg.id2label[i] for i in range(cfg.num_labels)]
        self.multi_label = cfg.problem_type == "multi_label_classification"

    @classmethod
    def load(cls, name_or_path: str | Path, device: str = "auto", precision: str = "auto",
             max_length: int | None = None, batch_size: int = 64) -> SequenceClassifier:
        """Load a local directory or a Hugging Face id (safetensors only, no remote code).

        ``max_length`` defaults to the ``stancekit_max_length`` saved in the config by the trainer, else 128.
        """
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        dev = resolve_device(device)
        prec = resolve_precision(precision, dev)
        tok = AutoTokenizer.from_pretrained(str(name_or_path), trust_remote_code=False)
        model = load_pretrained(AutoModelForSequenceClassification, name_or_path)
        max_length = max_length or getattr(model.config, "stancekit_max_length", None) or 128
        return cls(prepare_model(model, dev, prec), tok, dev, prec, max_length=max_length, batch_size=batch_size)

    @torch.inference_mode()
    def predict_proba(self, texts: Sequence[str], text_pairs: Sequence[str] | None = None,
                      batch_size: int | None = None) -> np.ndarray:
        """Probabilities, shape ``(len(texts), len(self.labels))``, in input order.

        Inputs are tokenized once, sorted by length and padded per batch, so short statements
        never pay for long ones.
        """
        n = len(texts)
        out = np.zeros((n, len(self.labels)), dtype=np.float32)
        if n == 0:
            return out
        if text_pairs is not None and len(text_pairs) != n:
            raise ValueError("texts and text_pairs must have the same length")
        enc = self.tokenizer(list(texts), list(text_pairs) if text_pairs is not None else None,
                             truncation=True, max_length=self.max_length)
        order = np.argsort([len(ids) for ids in enc["input_ids"]], kind="stable")
        bs = batch_size or self.batch_size
        keys = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
        for i in range(0, n, bs):
            idx = order[i : i + bs]
            batch = self.tokenizer.pad({k: [enc[k][j] for j in idx] for k in keys}, pad_to_multiple_of=PAD_MULTIPLE,
                                       return_tensors="pt")
            batch = {k: v.to(self.device) for k, v in batch.items()}
            with autocast_context(self.device, self.precision):
                logits = self.model(**batch).logits.float()
            probs = torch.sigmoid(logits) if self.multi_label else torch.softmax(logits, dim=-1)
            out[idx] = probs.cpu().numpy()
        return out
