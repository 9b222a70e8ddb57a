"""``stancekit evaluate claims``: CheckThat! check-worthiness (2024) and subjectivity (2025).

Scores are the tasks' official ones: F1 of the positive class (check-worthy) for CLEF 2024 Task 1
English, macro-F1 over SUBJ/OBJ for CLEF 2025 Task 1 English. Decisions use the benchmark thresholds stored
in the checkpoint (chosen by ``stancekit train claims`` on CLEF 2024 dev-test and half of CLEF 2025 dev),
never ones fitted to the split scored. CLEF 2024 dev, from the training debates, is scored as a
check of in-domain fit. The CLEF 2024 test split is only scored with ``--test``, so development runs
cannot peek at it.

``--allsides``: the whole default pipeline's claim labels on real news, against ``allsides_claims.jsonl``
(:mod:`stancekit.evaluation.allsides`): statements drawn at random from the pipeline's output on AllSides articles
and labelled checkworthy / opinion / other by hand without seeing the prediction (``--split dev``: 100 statements
of 120 articles, for choosing; ``test``: 80 of 300 other articles, for reporting). Checkworthy: a factual claim
about the world that could be verified and matters to the public (figures, events, what someone did); opinion:
an evaluation, judgement, recommendation or belief of the speaker; other: the rest (topics without a claim, such
as "the virus" of "warned about the virus", plans and intentions, questions, threats, feelings). The labels use
the checkpoint's news thresholds (:mod:`stancekit.claims`); ``--news-thresholds CW,SUBJ`` (repeatable) scores
other settings on the same predictions, which is how the stored ones were chosen on dev.
"""

from __future__ import annotations

import argparse
import json
import typing
from collections.abc import Sequence

import numpy as np

from ..data import claims as data
from ..types import ClaimLabel
from . import PRF, prf

CLAIM_LABELS: tuple[ClaimLabel, ...] = typing.get_args(ClaimLabel)

# CLEF 2024 Task 1 English test, F1 of the positive class, 27 ranked teams. Not in the data folder's
# SOURCE.md: HYBRINFOX's is stated in their paper (arXiv:2407.03850); the winner's is recalled from the
# task overview (Hasanain et al., CLEF 2024 Working Notes) and not re-checked here.
PUBLISHED_CLEF2024 = {
    "FactFinders, 1st (fine-tuned open LLMs + data pruning; overview, unverified here)": 0.802,
    "HYBRINFOX, 12th of 27 (RoBERTa + triple embeddings; arXiv:2407.03850)": 0.711,
}


def positive_f1(gold: Sequence[float], pred: Sequence[bool], weights: Sequence[float] | None = None) -> PRF:
    """P/R/F1 of the positive class (``weights``: per-example counts, default 1)."""
    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    w = np.ones(len(g)) if weights is None else np.asarray(weights, dtype=float)
    return prf(float(w[g & p].sum()), float(w[p].sum()), float(w[g].sum()))


def macro_f1(gold: Sequence[float], pred: Sequence[bool], weights: Sequence[float] | None = None) -> float:
    """Mean F1 of the positive and the negative class."""
    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    return (positive_f1(g, p, weights).f1 + positive_f1(~g, ~p, weights).f1) / 2


METRICS = {"positive_f1": lambda g, p, w=None: positive_f1(g, p, w).f1, "macro_f1": macro_f1}


def prior_weights(gold: Sequence[float], prior: float) -> np.ndarray:
    """Per-example weights that make the positive rate of ``gold`` equal ``prior``.

    Threshold selection uses them so that a dev split with an unusual class balance (CLEF 2025 dev is
    52 % subjective, its train 36 %) does not move the threshold: the score is computed as if dev had
    the training set's label distribution (prior-shift correction).
    """
    g = np.asarray(gold, dtype=bool)
    rate = g.mean()
    if rate in (0.0, 1.0):
        return np.ones(len(g))
    return np.where(g, prior / rate, (1 - prior) / (1 - rate))


def best_threshold(gold: Sequence[float], probs: Sequence[float], metric: str,
                   prior: float | None = None) -> tuple[float, float]:
    """The threshold on ``probs`` that maximises ``metric`` on this (dev) split, and that score.

    With ``prior``, examples are weighted by :func:`prior_weights` (the score returned is weighted too).
    Candidates are midpoints between consecutive distinct probabilities, so the choice does not sit
    exactly on one example's score; ties go to the candidate closest to 0.5.
    """
    score = METRICS[metric]
    probs = np.asarray(probs, dtype=float)
    w = prior_weights(gold, prior) if prior is not None else None
    p = np.unique(probs)
    cands = np.concatenate([[0.5], (p[1:] + p[:-1]) / 2]) if len(p) > 1 else np.array([0.5])
    best = max(cands, key=lambda t: (score(gold, probs >= t, w), -abs(t - 0.5)))
    return float(best), float(score(gold, probs >= best, w))


# (corpus, split, probability column, metric) scored by default; CLEF 2024 test only with --test.
# CLEF 2025 dev is left out: half of it trains the shipped model, the other half selected it.
BENCHMARKS = [
    (data.CLEF2024, "dev", 0, "positive_f1"),
    (data.CLEF2024, "dev-test", 0, "positive_f1"),
    (data.CLEF2025, "dev-test", 1, "macro_f1"),
]
TEST = (data.CLEF2024, "test", 0, "positive_f1")


def evaluate(model, benchmarks=BENCHMARKS, data_dir=None, batch_size: int = 64) -> list[dict]:
    """One row per benchmark: score at the checkpoint's thresholds, and P/R for the positive class."""
    rows = []
    for corpus, split, col, metric in benchmarks:
        df = data.load(corpus, split, data_dir)
        gold = df["checkworthy" if col == 0 else "subjective"].to_numpy()
        probs = model.probabilities(df.text.tolist(), batch_size=batch_size)[:, col]
        pred = probs >= model.benchmark_thresholds[col]
        pos = positive_f1(gold, pred)
        rows.append({
            "corpus": corpus, "split": split, "n": len(df), "metric": metric,
            "score": round(METRICS[metric](gold, pred), 4), "p": round(pos.p, 4), "r": round(pos.r, 4),
            "threshold": round(float(model.benchmark_thresholds[col]), 4),
        })
    return rows


def allsides_claims(kit, split: str, data_dir=None,
                    thresholds: Sequence[Sequence[float] | None] = (None,), cache: dict | None = None) -> list[dict]:
    """Accuracy, macro-F1 and per-label P/R/F1 of ``kit``'s claim labels on the hand-labelled AllSides
    statements (see the module docstring), one dict per setting of ``thresholds`` (None: the labels as ``kit``
    gave them; else re-derived from the same probabilities with these (check-worthy, subjective) thresholds).
    ``cache``: as for :func:`~stancekit.evaluation.allsides.labelled_documents`."""
    from ..claims import claim_label, statement
    from .allsides import hand_labels, labelled_documents, match_spans

    rows = hand_labels("claims", split)
    docs = labelled_documents(kit, rows, data_dir, cache)
    quotes = {k: q for k, q in match_spans([(r["article"], r["start"], r["end"]) for r in rows], docs).items()
              if q.claim}
    out = []
    for th in thresholds:
        pred = {k: q.claim.label if th is None else claim_label(
            statement(q), q.claim.checkworthy, q.claim.subjective, th) for k, q in quotes.items()}
        out.append({"thresholds": th, **_label_scores(rows, pred, split)})
    return out


def _label_scores(rows: list[dict], pred: dict, split: str) -> dict:
    pairs = [(r["label"], pred[k]) for r in rows if (k := (r["article"], r["start"], r["end"])) in pred]
    per = {lab: prf(sum(g == p == lab for g, p in pairs), sum(p == lab for _, p in pairs),
                    sum(g == lab for g, _ in pairs)) for lab in CLAIM_LABELS}
    return {"split": split, "n": len(rows), "matched": len(pairs),
            "accuracy": sum(g == p for g, p in pairs) / max(len(pairs), 1),
            "macro_f1": float(np.mean([r.f1 for r in per.values()])),
            **{f"{lab} {m}": getattr(r, m) for lab, r in per.items() for m in ("p", "r", "f1")},
            **{f"{lab} gold": r.n_gold for lab, r in per.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="stancekit evaluate claims", description=__doc__)
    ap.add_argument("--model", default="auto", help="checkpoint path or HF id (default: the shipped models/claims)")
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--test", action="store_true", help="also score the CLEF 2024 test split (do this once)")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--allsides", action="store_true",
                    help="also score the default pipeline's claim labels on hand-labelled AllSides statements")
    ap.add_argument("--split", default="dev", choices=["dev", "test"], help="AllSides split for --allsides")
    ap.add_argument("--news-thresholds", action="append", default=None, metavar="CW,SUBJ",
                    help="with --allsides: label with these check-worthy,subjective thresholds instead of the "
                         "checkpoint's news ones (repeatable: one row each; choose on dev)")
    ap.add_argument("--json", default=None, help="also write the rows to this JSON file")
    args = ap.parse_args(argv)

    from ..claims import ClaimClassifier
    from ..pipeline import models_dir

    name = str(models_dir() / "claims") if args.model == "auto" else args.model
    model = ClaimClassifier.load(name, device=args.device, precision=args.precision)
    rows = evaluate(model, BENCHMARKS + ([TEST] if args.test else []), args.data, args.batch_size)
    print(f"{'corpus':<42} {'split':<9} {'n':>5} {'metric':<12} {'score':>6} {'P':>6} {'R':>6} {'thr':>6}")
    for r in rows:
        print(f"{r['corpus']:<42} {r['split']:<9} {r['n']:>5} {r['metric']:<12} {r['score']:>6.3f} "
              f"{r['p']:>6.3f} {r['r']:>6.3f} {r['threshold']:>6.3f}")
    if args.test:
        print("\npublished, CLEF 2024 Task 1 English test (positive-class F1):")
        for team, f1 in PUBLISHED_CLEF2024.items():
            print(f"  {team}: {f1:.3f}")
    if args.allsides:
        import stancekit

        kit = stancekit.load(stance=None, claims=name, device=args.device, precision=args.precision)
        settings = [tuple(float(x) for x in t.split(",")) for t in args.news_thresholds or []] or [None]
        for r in allsides_claims(kit, args.split, args.data, settings):
            th = r["thresholds"] or kit.claim_model.thresholds
            print(f"\nAllSides statements ({args.split}), whole default pipeline, thresholds check-worthy {th[0]:g}, "
                  f"subjective {th[1]:g}: {r['matched']} of {r['n']} hand-labelled statements matched; accuracy "
                  f"{100 * r['accuracy']:.1f}, macro-F1 {100 * r['macro_f1']:.1f}")
            for lab in CLAIM_LABELS:
                print(f"  {lab:<12} P {100 * r[lab + ' p']:5.1f}  R {100 * r[lab + ' r']:5.1f}  "
                      f"F1 {100 * r[lab + ' f1']:5.1f}  ({r[lab + ' gold']} gold)")
            rows.append({"allsides": r})
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=2)
    return 0
