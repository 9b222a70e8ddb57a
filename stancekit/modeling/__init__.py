"""Shared transformer inference: device/precision resolution and batched sequence classification."""

from .classifier import (
    SequenceClassifier,
    autocast_context,
    cpu_has_bf16,
    prepare_model,
    resolve_device,
    resolve_precision,
)

__all__ = [
    "SequenceClassifier",
    "autocast_context",
    "cpu_has_bf16",
    "prepare_model",
    "resolve_device",
    "resolve_precision",
]
