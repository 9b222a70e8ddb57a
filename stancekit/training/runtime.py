"""What every trainer shares: threads, seeds, device and precision, and the optimiser step."""

from __future__ import annotations

import argparse
import random

import numpy as np
import torch

from ..modeling.classifier import DEVICE_HELP, resolve_device, trains_in_bf16


def add_runtime_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (speed pilots)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--device", default="auto", help=DEVICE_HELP)


def set_up(threads: int, seed: int, device: str) -> tuple[torch.device, bool]:
    """Apply the thread count (0: torch's default) and the seed; return the device and whether to train under bf16
    autocast there."""
    if threads:
        torch.set_num_threads(threads)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    dev = resolve_device(device)
    return dev, trains_in_bf16(dev)


def optimiser_step(model, loss: torch.Tensor, opt, sched) -> None:
    """Back-propagate ``loss``, clip the gradients to norm 1, step the optimiser and the schedule."""
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    opt.zero_grad(set_to_none=True)


def train_step(model, inputs: dict[str, torch.Tensor], opt, sched, use_bf16: bool) -> torch.Tensor:
    """One optimiser step on ``inputs`` (labels included; the model computes its loss), under bf16 autocast where
    asked. Returns the loss."""
    with torch.autocast(inputs["input_ids"].device.type, dtype=torch.bfloat16, enabled=use_bf16):
        loss = model(**inputs).loss
    optimiser_step(model, loss, opt, sched)
    return loss
