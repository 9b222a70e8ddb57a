"""``stancekit evaluate quotes``: statement extraction on PolNeAR, resolved speakers on BASIL.

Protocols (all article level unless said otherwise; metric functions are pure and reusable):

- **overlap@t** (``overlap_prf``): a gold content is matched by the prediction covering the largest
  share of it, |gold ∩ pred| / |gold| over the characters of the (union of) fragments, if that share
  is above ``t`` (0.3 and 0.8); greedy by share, one prediction per gold. P = matched / predictions,
  R = matched / gold.
- **exact** (``exact_prf``): source, cue and content spans equal to a gold span of the same role
  (fragments compared after trimming whitespace; a source shared by several attributions counts once).
- **cue / source agreement on matched statements** (``role_agreement``): for the pairs matched at
  overlap@0.3, word-token P/R/F1 of the predicted cue (source) against the gold one (tokens = ``\\w+``
  or single punctuation marks inside the spans, pooled over pairs), plus the share of pairs whose
  span is exactly the gold one.
- **CofeNet** (``stancekit.evaluation.cofenet``): the published sentence-level exact-span protocol.
- **BASIL speakers** (``basil_speaker_accuracy``): see ``stancekit.data.basil``.
- **confidence cuts** (``confidence_scores``, learned extractor): overlap@0.3 of the statements whose
  ``Quote.confidence`` reaches 0.8 / 0.9 / 0.95, and the share kept.

Belief attributions ("officials fear that ...") are PolNeAR attributions, so the headline numbers
count them (the rule extractor reports them by default too). Because a quote extractor may rightly
skip them, overlap scores are also given on two gold subsets, by the gold cue's kind
(``stancekit.extract.statement_kind``, the ``kind`` the pipeline gives its own statements): "no-belief"
drops beliefs and attitudes ("fear", "hopes", "opposes"); "speech-only" keeps only speech (a speech verb or
act, a report noun, "according to", a colon). Predictions matched to a dropped gold statement then count
neither as right nor as wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..data import dataset_dir
from ..data.polnear import Article, Attribution, Span, load_polnear
from ..extract.quotes import DOUBLE_MARKS
from ..extract.statement import strip_span
from ..modeling.tagger import parse_label_bias
from ..types import Document, Quote
from . import PRF, prf

THRESHOLDS = (0.3, 0.8)
_WORD = re.compile(r"\w+|[^\w\s]")


# --- conversions -------------------------------------------------------------------------------

def quote_to_statement(q: Quote) -> Attribution:
    """A predicted :class:`Quote` in PolNeAR's terms: content fragments, cue span, speaker mention span."""
    content = [tuple(f) for f in q.fragments] if q.fragments else [(q.start, q.end)]
    cue = [(q.cue.start, q.cue.end)] if q.cue else None
    source = [(q.speaker.start, q.speaker.end)] if q.speaker else None
    return Attribution(content=content, source=source, cue=cue)


def _key(text: str, spans: Sequence[Span] | None) -> tuple[Span, ...] | None:
    """Whitespace-trimmed fragments, the identity of a span for exact matching."""
    out = [strip_span(text, s, e) for s, e in spans or ()]
    return tuple(sorted((s, e) for s, e in out if e > s)) or None


def _words(text: str, spans: Sequence[Span] | None) -> set[Span]:
    return {(s + m.start(), s + m.end()) for s, e in spans or () for m in _WORD.finditer(text[s:e])}


# --- metrics -----------------------------------------------------------------------------------

def _merge(spans: Iterable[Span]) -> list[Span]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        elif e > s:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _common(a: list[Span], b: list[Span]) -> int:
    """Characters shared by two sorted, disjoint span lists."""
    i = j = n = 0
    while i < len(a) and j < len(b):
        n += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return n


def match_contents(
    gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]], threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold index, pred index) pairs whose share |g ∩ p| / |g| is above ``threshold``."""
    golds = [_merge(g) for g in gold]
    preds = [_merge(p) for p in pred]
    scored = []
    for gi, g in enumerate(golds):
        size = sum(e - s for s, e in g)
        for pi, p in enumerate(preds):
            if size and p and p[0][0] < g[-1][1] and g[0][0] < p[-1][1]:
                share = _common(g, p) / size
                if share > threshold:
                    scored.append((-share, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(scored):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def overlap_prf(
    gold: Sequence[Sequence[Attribution]],
    pred: Sequence[Sequence[Attribution]],
    threshold: float,
    keep: Sequence[Sequence[bool]] | None = None,
) -> PRF:
    """overlap@threshold over articles (parallel lists). ``keep`` (one flag per gold statement)
    restricts the gold set; predictions matched to a dropped gold are left out of the precision count."""
    tp = n_pred = n_gold = 0
    for ai, (g, p) in enumerate(zip(gold, pred, strict=True)):
        kept = keep[ai] if keep is not None else [True] * len(g)
        pairs = match_contents([a.content for a in g], [a.content for a in p], threshold)
        dropped = sum(1 for gi, _ in pairs if not kept[gi])
        tp += sum(1 for gi, _ in pairs if kept[gi])
        n_gold += sum(kept)
        n_pred += len(p) - dropped
    return prf(tp, n_pred, n_gold)


def exact_prf(texts: Sequence[str], gold: Sequence[Sequence[Attribution]], pred: Sequence[Sequence[Attribution]],
              role: str) -> PRF:
    """Exact span match of one role (``source``, ``cue``, ``content``), sets per article."""
    tp = n_pred = n_gold = 0
    for text, g, p in zip(texts, gold, pred, strict=True):
        gk = {k for a in g if (k := _key(text, getattr(a, role))) is not None}
        pk = {k for a in p if (k := _key(text, getattr(a, role))) is not None}
        tp += len(gk & pk)
        n_gold += len(gk)
        n_pred += len(pk)
    return prf(tp, n_pred, n_gold)


def role_agreement(texts: Sequence[str], gold: Sequence[Sequence[Attribution]], pred: Sequence[Sequence[Attribution]],
                   role: str, threshold: float = 0.3) -> tuple[PRF, float]:
    """Word-token P/R/F1 of ``role`` spans over statements matched at overlap@threshold, and the
    share of those pairs whose ``role`` span equals the gold one exactly."""
    tp = n_pred = n_gold = exact = pairs_n = 0
    for text, g, p in zip(texts, gold, pred, strict=True):
        for gi, pi in match_contents([a.content for a in g], [a.content for a in p], threshold):
            gs, ps = getattr(g[gi], role), getattr(p[pi], role)
            gw, pw = _words(text, gs), _words(text, ps)
            tp += len(gw & pw)
            n_gold += len(gw)
            n_pred += len(pw)
            exact += _key(text, gs) == _key(text, ps)
            pairs_n += 1
    return prf(tp, n_pred, n_gold), exact / pairs_n if pairs_n else 0.0


def cue_class(article: Article, a: Attribution) -> str:
    """The gold statement's :func:`~stancekit.extract.statement_kind`, as the pipeline labels its own."""
    from ..extract import statement_kind

    return statement_kind(article.span_text(a.cue), gold_type(article, a) != "indirect")


def gold_type(article: Article, a: Attribution) -> str:
    """direct / mixed / indirect by quote marks in the content (the heuristic of PolNeAR's SOURCE.md)."""
    text = article.span_text(a.content).strip()
    marks = sum(text.count(c) for c in DOUBLE_MARKS)
    if marks >= 2 and text[0] in DOUBLE_MARKS and text.rstrip(".,;:!?")[-1:] in DOUBLE_MARKS:
        return "direct"
    return "mixed" if marks >= 2 else "indirect"


def polnear_scores(articles: Sequence[Article], predicted: Sequence[Sequence[Attribution]]) -> dict[str, float]:
    """Every article-level PolNeAR number of the report, as a flat ``{name: value}`` dict (fractions)."""
    texts = [a.text for a in articles]
    gold = [a.attributions for a in articles]
    out: dict[str, float] = {}

    def put(name: str, r: PRF) -> None:
        out.update({f"{name} P": r.p, f"{name} R": r.r, f"{name} F1": r.f1})

    classes = [[cue_class(art, a) for a in art.attributions] for art in articles]
    no_belief = [[c != "belief" for c in cs] for cs in classes]
    speech = [[c == "speech" for c in cs] for cs in classes]
    for t in THRESHOLDS:
        put(f"overlap@{t}", overlap_prf(gold, predicted, t))
        put(f"overlap@{t} no-belief", overlap_prf(gold, predicted, t, keep=no_belief))
        put(f"overlap@{t} speech-only", overlap_prf(gold, predicted, t, keep=speech))
    types = [[gold_type(art, a) for a in art.attributions] for art in articles]
    for kind in ("direct", "mixed", "indirect"):
        mask = [[t == kind for t in ts] for ts in types]
        out[f"overlap@0.3 R {kind}"] = overlap_prf(gold, predicted, 0.3, keep=mask).r
    for role in ("source", "cue", "content"):
        put(f"exact {role}", exact_prf(texts, gold, predicted, role))
    for role in ("cue", "source"):
        tok, ex = role_agreement(texts, gold, predicted, role)
        put(f"{role} tokens (matched)", tok)
        out[f"{role} exact (matched)"] = ex
    out["gold statements"] = sum(len(g) for g in gold)
    out["gold belief statements"] = sum(not k for ks in no_belief for k in ks)
    out["gold speech statements"] = sum(k for ks in speech for k in ks)
    out["predicted statements"] = sum(len(p) for p in predicted)
    return out


CONFIDENCE_CUTS = (0.8, 0.9, 0.95)


def confidence_scores(articles: Sequence[Article], docs: Sequence[Document]) -> dict[str, float]:
    """What filtering on ``Quote.confidence`` buys: for each cut, overlap@0.3 precision and recall of the
    statements at or above it, and their share of all statements. Empty for an extractor without confidences
    (the rules)."""
    if not any(q.confidence is not None for d in docs for q in d.quotes):
        return {}
    gold = [a.attributions for a in articles]
    scored = [[(q.confidence, quote_to_statement(q)) for q in d.quotes if q.confidence is not None] for d in docs]
    total = sum(len(d.quotes) for d in docs) or 1
    out: dict[str, float] = {}
    for cut in CONFIDENCE_CUTS:
        kept = [[st for c, st in doc if c >= cut] for doc in scored]
        r = overlap_prf(gold, kept, 0.3)
        out[f"confidence >= {cut}: statements kept"] = sum(map(len, kept)) / total
        out[f"confidence >= {cut}: overlap@0.3 P"] = r.p
        out[f"confidence >= {cut}: overlap@0.3 R"] = r.r
    return out


# --- BASIL speakers -----------------------------------------------------------------------------

_TITLES = {"mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "president", "former", "the", "vice",
           "secretary", "speaker", "justice", "mayor", "gen", "jr", "sr", "s"}
GENERIC_SPEAKERS = ("other_",)


def _stems(name: str) -> list[str]:
    """Lower-cased ASCII name words without titles, cut to 6 letters ("Democratic" ~ "Democrats")."""
    import unicodedata

    flat = unicodedata.normalize("NFKD", name.replace("_", " ")).encode("ascii", "ignore").decode().lower()
    return [w[:6] for w in re.findall(r"[a-z0-9]+", flat) if w not in _TITLES]


def speaker_matches(gold: str, predicted: str) -> bool:
    """BASIL's speaker label and our resolved name refer to the same speaker: the gold's last word
    (surname, or the head of "House_Democrats") is one of ours, or all of our words are in the gold
    ("Democrats" for "Democratic_lawmakers"). Words compare on their first 6 letters, titles dropped."""
    g, p = _stems(gold), _stems(predicted)
    return bool(g and p) and (g[-1] in p or set(p) <= set(g))


_GROUP_WORDS = {"democrats", "democratic", "republicans", "republican", "lawmakers", "officials", "campaign", "party",
                "house", "senate", "companies", "america"}


def is_person_label(label: str) -> bool:
    """BASIL labels a speaker by name (``Rick_Perry``) or by group (``House_Democrats``, ``NAACP``):
    a person label is 2-3 capitalised words, none of them a group word."""
    words = label.split("_")
    capitalised = all(w[:1].isupper() for w in words)
    return 2 <= len(words) <= 3 and capitalised and not {w.lower() for w in words} & _GROUP_WORDS


def basil_speaker_accuracy(articles, docs: Sequence[Document]) -> dict[str, float]:
    """Resolved-speaker accuracy on BASIL quotes with a named speaker (generic ``other_*`` labels left out).

    A gold quote span is *covered* by the predicted quote overlapping it most (characters of the
    content). ``accuracy`` = covered quotes whose speaker name matches (:func:`speaker_matches`) /
    covered quotes (an unresolved speaker counts as wrong); ``accuracy (resolved)`` leaves out unresolved ones.
    Group labels (``Democratic_lawmakers`` for a quote of Chuck Schumer) cannot match a person's name,
    so the same numbers are also given for person labels only (:func:`is_person_label`).
    """
    counts = {sub: [0, 0, 0, 0] for sub in ("", " (person labels)")}  # gold, covered, resolved, right
    for art, doc in zip(articles, docs, strict=True):
        for span in art.spans:
            if not span.quote or not span.speaker or span.speaker.startswith(GENERIC_SPEAKERS):
                continue
            gold = [(span.start, span.end)]
            best, best_ov = None, 0
            for q in doc.quotes:
                ov = _common(gold, _merge(q.fragments or [(q.start, q.end)]))
                if ov > best_ov:
                    best, best_ov = q, ov
            name = best.speaker.name if best is not None and best.speaker is not None else None
            hit = (best is not None, name is not None, name is not None and speaker_matches(span.speaker, name))
            for sub in ("", " (person labels)") if is_person_label(span.speaker) else ("",):
                c = counts[sub]
                c[0] += 1
                for i, h in enumerate(hit, 1):
                    c[i] += h
    out: dict[str, float] = {}
    for sub, (n, covered, resolved, right) in counts.items():
        out[f"BASIL quotes{sub}"] = n
        out[f"BASIL coverage{sub}"] = covered / n if n else 0.0
        out[f"BASIL speaker accuracy{sub}"] = right / covered if covered else 0.0
        out[f"BASIL accuracy, resolved only{sub}"] = right / resolved if resolved else 0.0
    return out


# --- running extractors ------------------------------------------------------------------------

def _kit(extractor: str, precision: str = "auto"):
    """The pipeline for one extractor, or None (with a message) when that extractor is not available."""
    import stancekit
    from stancekit.pipeline import models_dir

    if extractor == "learned" and not (models_dir() / "attribution" / "config.json").exists():
        print(f"[skip] learned extractor: no checkpoint at {models_dir() / 'attribution'} "
              "(train one with `stancekit train attribution`)", file=sys.stderr)
        return None
    return stancekit.load(extractor=extractor, stance=None, claims=None, precision=precision)


def predict(kit, texts: Sequence[str], batch_size: int = 16) -> list[Document]:
    return list(kit.pipe(texts, batch_size=batch_size))


def _table(results: dict[str, dict[str, float]]) -> str:
    names = list(results)
    rows = list(dict.fromkeys(k for r in results.values() for k in r))
    width = max(len(r) for r in rows) + 2
    cols = [max(12, len(n) + 2) for n in names]
    lines = [f"{'':<{width}}" + "".join(f"{n:>{c}}" for n, c in zip(names, cols, strict=True))]
    for row in rows:
        cells = []
        for n in names:
            v = results[n].get(row)
            is_count = row.startswith(("gold", "predicted", "BASIL quotes", "seconds"))
            cells.append("" if v is None else f"{v:.0f}" if is_count else f"{100 * v:.1f}")
        lines.append(f"{row:<{width}}" + "".join(f"{cell:>{c}}" for cell, c in zip(cells, cols, strict=True)))
    return "\n".join(lines)


def _score(kit, articles, cofe_docs, basil, args) -> dict[str, float]:
    """Every number for one pipeline: PolNeAR protocols, CofeNet's, BASIL speakers, seconds."""
    t0 = time.perf_counter()
    docs = predict(kit, [a.text for a in articles], args.batch_size)
    seconds = time.perf_counter() - t0
    predicted = [[quote_to_statement(q) for q in d.quotes] for d in docs]
    res = polnear_scores(articles, predicted)
    res.update(confidence_scores(articles, docs))
    if cofe_docs is not None:
        from .cofenet import evaluate_cofenet

        by_id = {a.id: p for a, p in zip(articles, predicted, strict=True)}
        for role, r in evaluate_cofenet(cofe_docs, by_id).items():
            res.update({f"CofeNet {role} P": r.p, f"CofeNet {role} R": r.r, f"CofeNet {role} F1": r.f1})
    if basil is not None:
        res.update(basil_speaker_accuracy(basil, predict(kit, [b.text for b in basil], args.batch_size)))
    res[f"seconds ({args.split} extraction)"] = seconds
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="stancekit evaluate quotes",
        description="Quote extraction on PolNeAR (overlap, exact, cue match, CofeNet protocol) and "
        "resolved-speaker accuracy on BASIL. Scores are percentages.",
    )
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"], help="PolNeAR split (default dev)")
    ap.add_argument("--extractor", default="rules", help="comma-separated: rules, learned, or checkpoint paths")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only (quick checks)")
    ap.add_argument("--no-cofenet", action="store_true", help="skip CofeNet's sentence-level protocol")
    ap.add_argument("--no-basil", action="store_true", help="skip BASIL speaker accuracy")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--precision", default="auto", metavar="auto,fp32,bf16,int8",
                    help="span-model precision; comma-separated: one column per precision (its accuracy cost)")
    ap.add_argument("--label-bias", action="append", default=[], metavar="B-CONTENT=-1,B-SOURCE=-0.5",
                    help="decoding bias for span models, repeatable: each setting is one more column (tune on dev); "
                    "the encoder runs once, so seconds after the first column count decoding and linking only")
    ap.add_argument("--json", dest="json_out", default=None, help="also write all numbers to this JSON file")
    args = ap.parse_args(argv)

    articles = load_polnear(args.data, args.split)[: args.limit]
    cofe_docs = None
    if not args.no_cofenet and args.split in ("dev", "test"):
        from .cofenet import load_cofenet

        ids = {a.id for a in articles}
        cofe_docs = [d for d in load_cofenet(args.data, args.split) if d.article_id in ids]
    basil = None
    if not args.no_basil and (dataset_dir(args.data, "basil") / "annotations").is_dir():
        from ..data.basil import load_basil

        basil = load_basil(args.data)[: args.limit]

    results: dict[str, dict[str, float]] = {}
    precisions = [p.strip() for p in args.precision.split(",") if p.strip()]
    for name in [n.strip() for n in args.extractor.split(",") if n.strip()]:
        versions = precisions[:1] if name == "rules" else precisions  # precision changes span models only
        for precision in versions:
            kit = _kit(name, precision)
            if kit is None:
                continue
            tagger = getattr(kit.extractor, "tagger", None)
            if tagger is not None and len(args.label_bias) > 1:
                tagger.memo = {}  # only decoding differs between settings: run the encoder once
            for setting in args.label_bias if tagger is not None and args.label_bias else [None]:
                if setting is not None:
                    tagger.label_bias = parse_label_bias(setting)
                column = name + (f" {precision}" if len(versions) > 1 else "")
                results[column if setting is None else f"{column}[{setting}]"] = _score(
                    kit, articles, cofe_docs, basil, args)
    if not results:
        print("no extractor could be evaluated", file=sys.stderr)
        return 1
    print(f"PolNeAR {args.split}: {len(articles)} articles (one annotator each); scores in %")
    print(_table(results))
    if cofe_docs is not None:
        print("CofeNet rows: their sentence-level exact-span protocol; published best (BERT+CofeNet, PolNeAR test): "
              "source 83.2, cue 75.3, content 72.9 F1")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"split": args.split, "articles": len(articles), "results": results},
                                                  indent=2))
    return 0
