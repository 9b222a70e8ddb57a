"""``stancekit train mlm``: continue the base encoder's pre-training on news text (masked words).

all-MiniLM-L6-v2 was last trained to embed whole sentences, never to read news word by word; twenty epochs of
masked-word prediction over unlabelled articles (PolNeAR train and the AllSides sample minus every article a
stancekit evaluation set uses; about 2.2 million word pieces) make it a better start for the attribution tagger
(``models/news-minilm/README.md`` has the numbers). The output is a plain BERT folder that every trainer takes
as ``--base``. About a minute on a GPU, about two days on a CPU: the result is kept in ``models/news-minilm``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from .attribution import default_base
from .checkpoint import save_checkpoint
from .runtime import add_runtime_args, set_up, train_step

HEAD_ONLY_STEPS = 150  # the new prediction head warms up alone, so its random start cannot disturb the encoder
PRINT_EVERY = 100


def news_texts(data_dir=None) -> list[str]:
    """PolNeAR train articles, then the AllSides sample without the articles any hand-labelled set uses."""
    from ..data import load_polnear
    from ..data.allsides import load_allsides
    from ..evaluation.allsides import labelled_articles

    held_out = labelled_articles()
    texts = [a.text for a in load_polnear(data_dir, "train")]
    return texts + [a["text"] for a in load_allsides(data_dir) if a["id"] not in held_out]


def blocks(texts: list[str], tokenizer, length: int) -> torch.Tensor:
    """The texts' word pieces end to end (``[SEP]`` after each) in rows of ``length`` with ``[CLS]``/``[SEP]``
    around each row; the remainder is dropped. Packing wastes no compute on padding."""
    ids: list[int] = []
    for text in texts:
        ids.extend(tokenizer(text, add_special_tokens=False)["input_ids"])
        ids.append(tokenizer.sep_token_id)
    width = length - 2
    rows = torch.tensor(ids[: len(ids) // width * width], dtype=torch.long).view(-1, width)
    cls = torch.full((len(rows), 1), tokenizer.cls_token_id)
    sep = torch.full((len(rows), 1), tokenizer.sep_token_id)
    return torch.cat([cls, rows, sep], 1)


def mask_tokens(ids: torch.Tensor, tokenizer, rate: float = 0.15) -> tuple[torch.Tensor, torch.Tensor]:
    """BERT's corruption: ``rate`` of the non-special pieces are predicted; of those 80 % become ``[MASK]``, 10 %
    a random piece (outside the first 1,000 ids, which are special and unused), 10 % stay. Returns the inputs
    and the labels (-100 where nothing is predicted)."""
    special = torch.tensor([tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.pad_token_id], device=ids.device)
    chosen = (torch.rand(ids.shape, device=ids.device) < rate) & ~torch.isin(ids, special)
    labels = ids.masked_fill(~chosen, -100)
    draw = torch.rand(ids.shape, device=ids.device)
    inputs = ids.clone()
    inputs[chosen & (draw < 0.8)] = tokenizer.mask_token_id
    swap = chosen & (draw >= 0.8) & (draw < 0.9)
    inputs[swap] = torch.randint(1000, len(tokenizer), (int(swap.sum()),), device=ids.device)
    return inputs, labels


def schedules(steps: int, warmup: float = 0.06):
    """Learning-rate factors for the encoder (idle for the head's first steps, then warm-up and linear decay)
    and for the new head (a short warm-up, then linear decay)."""
    rest = steps - HEAD_ONLY_STEPS
    warm = int(warmup * steps)

    def encoder(step: int) -> float:
        step -= HEAD_ONLY_STEPS
        if step < 0:
            return 0.0
        if step < warm:
            return step / max(1, warm)
        return max(0.0, (rest - step) / max(1, rest - warm))

    def head(step: int) -> float:
        return min(1.0, (step + 1) / 50) * max(0.0, (steps - step) / steps)

    return [encoder, head]


def carry_pooler(base: str, out: str | Path, prefix: str) -> None:
    """Copy the base's pooler (unused by masked words, so unchanged) into the checkpoint, where the base has one: a
    sequence classifier fine-tuned from ``out`` then starts from the base's pooler, as it would from the base."""
    from safetensors.torch import load_file, save_file
    from transformers import AutoModel

    model, info = AutoModel.from_pretrained(base, use_safetensors=True, trust_remote_code=False,
                                            output_loading_info=True)
    pooler = getattr(model, "pooler", None)
    if pooler is None or any(".pooler." in f".{k}" for k in info["missing_keys"]):
        return
    path = Path(out) / "model.safetensors"
    weights = load_file(path)
    weights.update({f"{prefix}.pooler.{k}": v.to(torch.float16) for k, v in pooler.state_dict().items()})
    save_file(weights, path, metadata={"format": "pt"})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="stancekit train mlm", description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--base", default=default_base(), help="encoder folder or Hugging Face id")
    ap.add_argument("--out", default="models/news-minilm")
    ap.add_argument("--texts", default=None,
                    help="a corpus to read instead of the news sets above (any file or folder `stancekit label` "
                         "reads; records it cannot use are counted and skipped)")
    ap.add_argument("--epochs", type=float, default=20.0)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--max-length", type=int, default=256, help="block length in word pieces")
    add_runtime_args(ap)
    args = ap.parse_args(argv)

    from transformers import AutoModelForMaskedLM, AutoTokenizer

    device, use_bf16 = set_up(args.threads, args.seed, args.device)
    started = time.time()
    tokenizer = AutoTokenizer.from_pretrained(args.base)
    model = AutoModelForMaskedLM.from_pretrained(args.base, use_safetensors=True, trust_remote_code=False)
    model = model.float().to(device)
    if args.texts:
        from ..corpus.readers import Record, read_path

        items = list(read_path(args.texts))
        texts = [r.text for r in items if isinstance(r, Record)]
        if len(texts) < len(items):
            print(f"skipped {len(items) - len(texts)} unusable records of {args.texts}", flush=True)
    else:
        texts = news_texts(args.data)
    data = blocks(texts, tokenizer, args.max_length)
    if not len(data):
        raise SystemExit(f"too little text for one block of {args.max_length} word pieces")
    steps = int((len(data) + args.batch_size - 1) // args.batch_size * args.epochs)
    if args.max_steps:
        steps = min(steps, args.max_steps)
    print(f"{len(texts)} texts, {len(data)} blocks of {args.max_length}, {steps} steps", flush=True)

    encoder = [p for name, p in model.named_parameters() if name.startswith(model.base_model_prefix + ".")]
    head = [p for name, p in model.named_parameters() if not name.startswith(model.base_model_prefix + ".")]
    opt = torch.optim.AdamW([{"params": encoder}, {"params": head}], lr=args.lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, schedules(steps))
    model.train()
    step, t0 = 0, time.time()
    while step < steps:
        order = torch.randperm(len(data))
        for k in range(0, len(data), args.batch_size):
            if step >= steps:
                break
            inputs, labels = mask_tokens(data[order[k : k + args.batch_size]].to(device), tokenizer)
            batch = {"input_ids": inputs, "attention_mask": torch.ones_like(inputs), "labels": labels}
            loss = train_step(model, batch, opt, sched, use_bf16)
            step += 1
            if step % PRINT_EVERY == 0 or step == steps:
                rate = step * args.batch_size / (time.time() - t0)
                print(f"step {step}/{steps} loss {loss.item():.3f} {rate:.1f} blocks/s", flush=True)
    save_checkpoint(model, tokenizer, args.out)
    carry_pooler(args.base, args.out, model.base_model_prefix)
    summary = {"args": vars(args), "texts": len(texts), "blocks": len(data), "steps": steps, "bf16": use_bf16,
               "last_loss": round(loss.item(), 3), "minutes": round((time.time() - started) / 60, 1)}
    (Path(args.out) / "training.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps({k: summary[k] for k in ("minutes", "last_loss")}), flush=True)
    return 0
