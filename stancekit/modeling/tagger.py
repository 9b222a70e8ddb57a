"""Role tagging (source / cue / content) over whole articles with a token-classification encoder.

Articles are far longer than the encoder's window, so each text is tokenised once (with character
offsets), cut into overlapping windows, run in length-sorted batches, and the windows' logits are
averaged back onto the article's tokens. Training (``stancekit.training.attribution``) builds its
examples with the same tokenisation and windowing, so both sides see identical inputs.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from .classifier import (
    PAD_MULTIPLE,
    autocast_context,
    load_pretrained,
    prepare_model,
    resolve_device,
    resolve_precision,
)

ROLES = ("SOURCE", "CUE", "CONTENT")
LABELS = ["O"] + [f"{p}-{r}" for r in ROLES for p in ("B", "I")]
LABEL2ID = {lab: i for i, lab in enumerate(LABELS)}


@dataclass
class Encoded:
    """One text tokenised without special tokens: ids, character offsets and word index per token."""

    ids: list[int]
    offsets: list[tuple[int, int]]
    words: list[int]


@dataclass
class Tagged:
    """One text's role spans ``(role, start, end)``, and for each word (by the character its first piece starts
    at) the probability the tagger gives it of being content: the learned extractor's confidence in a
    statement is the mean over its words (:meth:`confidence`)."""

    spans: list[tuple[str, int, int]]
    word_starts: list[int]
    content: list[float]

    def confidence(self, fragments: Sequence[tuple[int, int]]) -> float | None:
        """Mean content probability of the words starting inside ``fragments`` (None when there are none)."""
        at = self.word_starts
        vals = [p for a, b in fragments for p in self.content[bisect.bisect_left(at, a) : bisect.bisect_left(at, b)]]
        return round(sum(vals) / len(vals), 4) if vals else None


def encode(tokenizer, text: str) -> Encoded:
    """Tokenise a whole article; ``words`` groups the word pieces of one pre-tokenised word."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False)
    words = enc.word_ids()
    keep = [i for i, (s, e) in enumerate(enc["offset_mapping"]) if e > s]
    return Encoded(
        ids=[enc["input_ids"][i] for i in keep],
        offsets=[tuple(enc["offset_mapping"][i]) for i in keep],
        words=[words[i] if words[i] is not None else -1 for i in keep],
    )


def windows(n: int, size: int, overlap: int) -> list[tuple[int, int]]:
    """Token ranges of length ``size`` covering ``0..n``, consecutive ranges sharing ``overlap`` tokens."""
    if n <= size:
        return [(0, n)]
    step = max(1, size - overlap)
    starts = list(range(0, n - size, step)) + [n - size]
    return [(s, s + size) for s in starts]


def char_labels(enc: Encoded, spans: Sequence[tuple[str, int, int]]) -> list[int]:
    """BIO label ids for ``enc``'s tokens from character spans ``(role, start, end)`` (one per fragment).

    A token takes the role of the span containing its first character; ``B`` marks the first token of
    each span, so touching spans of the same role stay separate.
    """
    labels = [0] * len(enc.ids)
    starts = [s for s, _ in enc.offsets]
    for role, s, e in spans:
        i = bisect.bisect_left(starts, s)
        if i > 0 and enc.offsets[i - 1][1] > s:  # span starts inside a token
            i -= 1
        first = True
        while i < len(starts) and starts[i] < e:
            labels[i] = LABEL2ID[("B-" if first else "I-") + role]
            first = False
            i += 1
    return labels


def decode_spans(enc: Encoded, pred: Sequence[int]) -> list[tuple[str, int, int]]:
    """Character spans ``(role, start, end)`` from per-token label ids.

    Every piece of a word takes the label of the word's first piece (spans never split a word); a span
    starts at a ``B`` or at an ``I`` that does not continue the same role.
    """
    spans: list[tuple[str, int, int]] = []
    cur: list | None = None
    prev_word = None
    word_label = 0
    for i, (s, e) in enumerate(enc.offsets):
        w = enc.words[i]
        if w != prev_word or w < 0:
            word_label = pred[i]
            continuing = False
        else:
            continuing = True
        prev_word = w
        lab = LABELS[word_label]
        if lab == "O":
            if cur:
                spans.append(tuple(cur))
            cur = None
            continue
        prefix, role = lab.split("-", 1)
        if cur and cur[0] == role and (continuing or prefix == "I"):
            cur[2] = e
            continue
        if cur:
            spans.append(tuple(cur))
        cur = [role, s, e]
    if cur:
        spans.append(tuple(cur))
    return spans


def parse_label_bias(setting: str) -> dict[str, float]:
    """``"B-CONTENT=-1,B-SOURCE=-0.5"`` -> ``{"B-CONTENT": -1.0, "B-SOURCE": -0.5}`` ('' -> no bias)."""
    try:
        bias = {k.strip(): float(v) for k, v in (item.split("=") for item in setting.split(",") if item.strip())}
    except ValueError as err:
        raise ValueError(f"label bias {setting!r}: expected LABEL=NUMBER[,LABEL=NUMBER...]") from err
    unknown = set(bias) - set(LABELS)
    if unknown:
        raise ValueError(f"label bias {setting!r}: unknown labels {sorted(unknown)}; labels are {LABELS}")
    return bias


def _transitions() -> torch.Tensor:
    """0 where a BIO transition is allowed, -inf where not (``I-x`` only after ``B-x`` or ``I-x``)."""
    t = torch.zeros(len(LABELS), len(LABELS))
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            t[:, j] = float("-inf")
            t[LABEL2ID["B-" + lab[2:]], j] = t[j, j] = 0.0
    return t


_TRANS = _transitions()
_TRANS_BREAK = _TRANS + _TRANS[LABEL2ID["O"]]  # after a break every word starts afresh, as after O


def word_firsts(enc: Encoded) -> list[int]:
    """Index of each word's first piece: the piece that speaks for the word."""
    return [i for i in range(len(enc.ids)) if i == 0 or enc.words[i] != enc.words[i - 1] or enc.words[i] < 0]


_CONTENT_IDS = [LABEL2ID["B-CONTENT"], LABEL2ID["I-CONTENT"]]


def viterbi(enc: Encoded, logprobs: torch.Tensor, breaks: Sequence[int] = ()) -> list[int]:
    """Best valid BIO sequence over words (a word's first piece speaks for it), spread back to every piece.

    Argmax per token lets a lone ``I-`` or a flickering label cut a span in two; the constrained path
    keeps spans well formed. ``breaks``: sorted character offsets no span may run across (the first word
    after one cannot take an ``I-`` label).
    """
    n = len(enc.ids)
    if not n:
        return []
    firsts = word_firsts(enc)
    word_starts = [enc.offsets[i][0] for i in firsts]
    cut = {bisect.bisect_right(word_starts, b) for b in breaks}
    emit = logprobs[firsts]
    score = emit[0] + _TRANS[LABEL2ID["O"]]  # start as if after O: no I- first
    back = []
    for t in range(1, len(firsts)):
        cand = score[:, None] + (_TRANS_BREAK if t in cut else _TRANS)
        score, arg = cand.max(dim=0)
        score = score + emit[t]
        back.append(arg)
    path = [int(score.argmax())]
    for arg in reversed(back):
        path.append(int(arg[path[-1]]))
    path.reverse()
    labels = [0] * n
    bounds = [*firsts, n]
    for w, lab in enumerate(path):
        inner = lab if LABELS[lab] == "O" or LABELS[lab].startswith("I-") else LABEL2ID["I-" + LABELS[lab][2:]]
        labels[bounds[w]] = lab
        for i in range(bounds[w] + 1, bounds[w + 1]):
            labels[i] = inner
    return labels


class SpanTagger:
    """A token-classification model applied to whole articles through overlapping windows."""

    def __init__(self, model, tokenizer, device: torch.device, precision: str, max_length: int, overlap: int,
                 label_bias: dict[str, float] | None = None):
        self.model = model.eval()
        self.label_bias = label_bias or {}
        self.tokenizer = tokenizer
        self.device = device
        self.precision = precision
        self.max_length = max_length
        self.overlap = overlap
        # text ids -> log-probabilities; a dict here lets a decoding sweep run the encoder once per text
        self.memo: dict[tuple[int, ...], torch.Tensor] | None = None

    @property
    def label_bias(self) -> dict[str, float]:
        """Added to the label log-probabilities before decoding; chosen on dev (a cost for opening a span)."""
        return {lab: float(b) for lab, b in zip(LABELS, self.bias, strict=True) if b}

    @label_bias.setter
    def label_bias(self, bias: dict[str, float]) -> None:
        self.bias = torch.tensor([float(bias.get(lab, 0.0)) for lab in LABELS])

    @classmethod
    def load(cls, path: str | Path, device: str = "auto", precision: str = "auto") -> SpanTagger:
        """Load a local checkpoint or Hugging Face id (safetensors only, no remote code)."""
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        dev = resolve_device(device)
        prec = resolve_precision(precision, dev)
        tokenizer = AutoTokenizer.from_pretrained(str(path), trust_remote_code=False)
        model = load_pretrained(AutoModelForTokenClassification, path)
        cfg = getattr(model.config, "stancekit", None) or {}
        model = prepare_model(model, dev, prec)
        return cls(model, tokenizer, dev, prec, cfg.get("max_length", 256), cfg.get("overlap", 32),
                   cfg.get("label_bias"))

    def logits(self, encs: Sequence[Encoded], batch_size: int = 32) -> list[torch.Tensor]:
        """Per-token log-probabilities ``(n_tokens, n_labels)`` for each text, windows averaged."""
        if self.memo is None:
            return self._logits(encs, batch_size)
        keys = [tuple(e.ids) for e in encs]
        todo = {k: e for k, e in zip(keys, encs, strict=True) if k not in self.memo}
        self.memo.update(zip(todo, self._logits(list(todo.values()), batch_size), strict=True))
        return [self.memo[k] for k in keys]

    def _logits(self, encs: Sequence[Encoded], batch_size: int) -> list[torch.Tensor]:
        body = self.max_length - 2
        jobs = [(t, a, b) for t, enc in enumerate(encs) for a, b in windows(len(enc.ids), body, self.overlap)]
        jobs.sort(key=lambda j: j[2] - j[1])
        n_labels = self.model.config.num_labels
        sums = [torch.zeros(len(enc.ids), n_labels) for enc in encs]
        counts = [torch.zeros(len(enc.ids), 1) for enc in encs]
        cls_id, sep_id, pad_id = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id, self.tokenizer.pad_token_id
        with torch.inference_mode(), autocast_context(self.device, self.precision):
            for k in range(0, len(jobs), batch_size):
                batch = jobs[k : k + batch_size]
                width = -(-(max(b - a for _, a, b in batch) + 2) // PAD_MULTIPLE) * PAD_MULTIPLE
                ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for r, (t, a, b) in enumerate(batch):
                    ids[r, : b - a + 2] = torch.tensor([cls_id, *encs[t].ids[a:b], sep_id])
                    mask[r, : b - a + 2] = 1
                out = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device)).logits
                out = torch.log_softmax(out.float(), dim=-1).cpu()
                for r, (t, a, b) in enumerate(batch):
                    sums[t][a:b] += out[r, 1 : b - a + 1]
                    counts[t][a:b] += 1
        return [s / c.clamp(min=1) for s, c in zip(sums, counts, strict=True)]

    def predict(self, texts: Sequence[str], batch_size: int = 32,
                breaks: Sequence[Sequence[int]] | None = None) -> list[list[tuple[str, int, int]]]:
        """Character spans ``(role, start, end)`` for each text; ``breaks``: per text, sorted character
        offsets no span may run across (see :func:`viterbi`)."""
        return [t.spans for t in self.tag(texts, batch_size, breaks)]

    def tag(self, texts: Sequence[str], batch_size: int = 32,
            breaks: Sequence[Sequence[int]] | None = None) -> list[Tagged]:
        """:meth:`predict`'s spans with each word's content probability (read from the windows' averaged
        log-probabilities, before the label bias)."""
        encs = [encode(self.tokenizer, t) for t in texts]
        logprobs = self.logits(encs, batch_size)
        breaks = breaks if breaks is not None else [()] * len(texts)
        out = []
        for enc, lp, br in zip(encs, logprobs, breaks, strict=True):
            firsts = word_firsts(enc)
            content = lp[firsts][:, _CONTENT_IDS].exp().sum(dim=1).tolist() if firsts else []
            out.append(Tagged(decode_spans(enc, viterbi(enc, lp + self.bias, br)),
                              [enc.offsets[i][0] for i in firsts], content))
        return out
