"""What the span and masked-word trainers share on the command line: seeds, threads, device and precision."""

from __future__ import annotations

import argparse
import random

import torch

from ..modeling.classifier import DEVICE_HELP, resolve_device, trains_in_bf16


def add_runtime_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (speed pilots)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--device", default="auto", help=DEVICE_HELP)


def set_up(args: argparse.Namespace) -> tuple[torch.device, bool]:
    """Apply ``--threads`` and ``--seed``; return the device and whether to train under bf16 autocast there."""
    if args.threads:
        torch.set_num_threads(args.threads)
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    device = resolve_device(args.device)
    return device, trains_in_bf16(device)


def train_step(model, inputs: dict[str, torch.Tensor], opt, sched, use_bf16: bool) -> torch.Tensor:
    """One optimiser step on ``inputs`` (labels included; the model computes its loss): bf16 autocast where asked,
    gradients clipped to norm 1. Returns the loss."""
    with torch.autocast(inputs["input_ids"].device.type, dtype=torch.bfloat16, enabled=use_bf16):
        loss = model(**inputs).loss
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    opt.zero_grad()
    return loss
