"""CofeNet's sentence-level exact-span protocol on PolNeAR, for comparison with published numbers.

Wang et al. (COLING 2022) score source/cue/content spans read off BIO tags, one CoreNLP-tokenised
sentence per line of ``CofeNet-quotation/res/polnear/{valid,test}.txt`` (valid = PolNeAR dev), every
annotator's copy of an article included (94 files = 84 articles). A span counts when its tokens and
role equal a gold span of the same line. Chunking follows their ``get_element``: a span opens at
``B-x`` and runs over following ``I-x``; a stray ``I-`` opens nothing.

Our extractors predict character spans on whole articles, so we align CofeNet's tokens to the
PolNeAR text and tag every token that overlaps a predicted span (a new ``B-`` at each fragment and at
each line start). API::

    load_cofenet(data_dir=None, split="dev") -> list[CofeDocument]   # tokens, gold tags, char offsets
    statements_to_tags(doc, statements: list[Attribution]) -> list[list[str]]   # one tag list per line
    cofenet_scores(gold_tag_seqs, pred_tag_seqs) -> {"source"|"cue"|"content": PRF}
    evaluate_cofenet(docs, predictions: {article_id: list[Attribution]}) -> {role: PRF}
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from ..data import dataset_dir
from ..data.polnear import Attribution, Span, _read_text
from . import PRF, prf

ROLES = ("source", "cue", "content")
_FILES = {"dev": "valid.txt", "test": "test.txt"}
# One-to-one character folding (offsets stay valid) so that CoreNLP's PTB tokens match the raw text.
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'", "—": "-", "–": "-", "―": "-",
                       "…": ".", "\xa0": " "})
_PTB = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "...": ".", "--": "-"}
_UNIT = re.compile(r"''|\w+|[^\w\s]")


@dataclass
class CofeDocument:
    """One annotation file of CofeNet's PolNeAR version, aligned to the PolNeAR article text."""

    id: str
    article_id: str
    text: str
    tokens: list[list[str]]
    labels: list[list[str]]
    offsets: list[list[Span]]


def _units(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), '"' if m.group() == "''" else m.group()) for m in _UNIT.finditer(s)]


def _fill(text_units, owner: list[int], units: list[str], lo: list, hi: list) -> None:
    """Give each token the char range of its units that a diff against the text units matches."""
    sm = SequenceMatcher(None, [u for *_, u in text_units], units, autojunk=False)
    for i, j, n in sm.get_matching_blocks():
        for d in range(n):
            k, (s, e, _) = owner[j + d], text_units[i + d]
            lo[k] = s if lo[k] is None else lo[k]
            hi[k] = e


def _token_units(tokens: Sequence[str], index: Iterable[int], chars: bool) -> tuple[list[int], list[str]]:
    owner, units = [], []
    for k in index:
        folded = _PTB.get(tokens[k], tokens[k]).translate(_FOLD)
        pieces = [c for c in folded if not c.isspace()] if chars else [u for *_, u in _units(folded)]
        owner += [k] * len(pieces)
        units += pieces
    return owner, units


def align_tokens(text: str, tokens: Sequence[str]) -> list[Span]:
    """Character offsets of each token in ``text``; tokens absent from the text get a zero-width span.

    Words are diffed first; the tokens left over between two anchors (contractions split differently,
    e.g. "do|n't" vs "don|'t") are then diffed character by character inside that gap.
    """
    folded = text.translate(_FOLD)
    lo: list[int | None] = [None] * len(tokens)
    hi: list[int | None] = [None] * len(tokens)
    _fill(_units(folded), *_token_units(tokens, range(len(tokens)), chars=False), lo, hi)
    k = 0
    while k < len(tokens):
        if lo[k] is not None:
            k += 1
            continue
        j = k
        while j < len(tokens) and lo[j] is None:
            j += 1
        start = hi[k - 1] if k else 0
        end = lo[j] if j < len(tokens) else len(text)
        chars = [(i, i + 1, c) for i, c in enumerate(folded[start:end], start) if not c.isspace()]
        if chars:
            _fill(chars, *_token_units(tokens, range(k, j), chars=True), lo, hi)
        k = j
    prev_end = 0
    for k in range(len(tokens)):  # give unmatched leading characters ("n" of "n’t") to their token
        if lo[k] is not None:
            while lo[k] > prev_end and not text[lo[k] - 1].isspace():
                lo[k] -= 1
            prev_end = hi[k]
    out: list[Span] = []
    nxt = len(text)
    for k in range(len(tokens) - 1, -1, -1):
        if lo[k] is None:
            out.append((nxt, nxt))
        else:
            out.append((lo[k], hi[k]))
            nxt = lo[k]
    return out[::-1]


def load_cofenet(data_dir: str | Path | None = None, split: str = "dev") -> list[CofeDocument]:
    """CofeNet's PolNeAR ``dev`` (their valid.txt) or ``test`` file, grouped per annotation file."""
    if split not in _FILES:
        raise ValueError(f"CofeNet's PolNeAR files cover dev and test only, not {split!r}")
    path = dataset_dir(data_dir, "CofeNet-quotation") / "res" / "polnear" / _FILES[split]
    texts_dir = dataset_dir(data_dir, "PolNeAR") / "data" / split / "text"
    if not path.is_file():
        raise FileNotFoundError(f"CofeNet PolNeAR file not found: {path}")
    grouped: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            grouped.setdefault(row["id"], []).append(row)
    docs = []
    for doc_id, rows in grouped.items():
        article_id = doc_id.rsplit("_", 1)[0]
        text = _read_text(texts_dir / f"{article_id}.txt")
        flat = align_tokens(text, [t for r in rows for t in r["tokens"]])
        offsets, i = [], 0
        for r in rows:
            offsets.append(flat[i : i + len(r["tokens"])])
            i += len(r["tokens"])
        docs.append(CofeDocument(doc_id, article_id, text, [r["tokens"] for r in rows],
                                 [r["labels"] for r in rows], offsets))
    return docs


def _overlaps(tok: Span, frag: Span) -> bool:
    s, e = tok
    a, b = frag
    return s < b and e > a if e > s else a < s < b


def spans_to_tags(offsets: Sequence[Span], role_spans: dict[str, Iterable[Span]]) -> list[str]:
    """BIO tags for tokens at ``offsets``: each token takes the first role (source, cue, content) overlapping it."""
    tags = ["O"] * len(offsets)
    for role in ROLES:
        for frag in sorted(role_spans.get(role, ())):
            prev = False
            for i, tok in enumerate(offsets):
                take = tags[i] == "O" and _overlaps(tok, frag)
                if take:
                    tags[i] = f"I-{role}" if prev else f"B-{role}"
                prev = take
    return tags


def statements_to_tags(doc: CofeDocument, statements: Iterable[Attribution]) -> list[list[str]]:
    """Project article-level statements onto the document's lines (one BIO list per line)."""
    role_spans: dict[str, list[Span]] = {r: [] for r in ROLES}
    for st in statements:
        role_spans["source"] += st.source or []
        role_spans["cue"] += st.cue or []
        role_spans["content"] += st.content
    return [spans_to_tags(offs, role_spans) for offs in doc.offsets]


def bio_spans(tags: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """Token spans per role, chunked as CofeNet's ``get_element`` does."""
    out: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    role, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        if role is not None and tag != f"I-{role}":
            out.setdefault(role, []).append((start, i))
            role = None
        if tag.startswith("B-"):
            role, start = tag[2:], i
    return out


def cofenet_scores(gold_tag_seqs: Iterable[Sequence[str]], pred_tag_seqs: Iterable[Sequence[str]]) -> dict[str, PRF]:
    """Exact span match per role over aligned sequences (one per sentence), micro-averaged."""
    tp = dict.fromkeys(ROLES, 0)
    n_gold = dict.fromkeys(ROLES, 0)
    n_pred = dict.fromkeys(ROLES, 0)
    for gold, pred in zip(gold_tag_seqs, pred_tag_seqs, strict=True):
        if len(gold) != len(pred):
            raise ValueError(f"tag sequences differ in length: {len(gold)} vs {len(pred)}")
        g, p = bio_spans(gold), bio_spans(pred)
        for r in ROLES:
            tp[r] += len(set(g[r]) & set(p[r]))
            n_gold[r] += len(g[r])
            n_pred[r] += len(p[r])
    return {r: prf(tp[r], n_pred[r], n_gold[r]) for r in ROLES}


def evaluate_cofenet(docs: Sequence[CofeDocument], predictions: dict[str, list[Attribution]]) -> dict[str, PRF]:
    """Score article-level predictions (keyed by PolNeAR article id) under CofeNet's protocol."""
    gold, pred = [], []
    for doc in docs:
        gold += doc.labels
        pred += statements_to_tags(doc, predictions.get(doc.article_id, []))
    return cofenet_scores(gold, pred)
