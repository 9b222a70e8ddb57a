"""``stancekit evaluate stance``: each benchmark's published metric next to the published best.

Metrics as the literature reports them:

* NewsMTSC (rw): F1m, macro-F1 over positive/neutral/negative (favor/against/none).
* SemEval-2016 Task A and the Trump zero-shot target (Task B): F_avg, mean of F1(favor) and
  F1(against) over all test tweets, from 3-way predictions.
* P-Stance: F_avg on the FAVOR/AGAINST rows with a binary decision (favor vs against), as in the paper.
* COVID-19-Stance: F_avg as SemEval (3-way predictions).
* VAST zero-shot test: macro-F1 over pro/con/neutral.
* IBM Claim Stance, IBM ArgKP, Perspectrum, BASIL quotes: accuracy of the binary pro/con decision.
* Emergent: 3-way accuracy (for/against/observing).
* unrelated: share of held-out statement/unrelated-target pairs labelled none.
* newsmtsc_masked: NewsMTSC F1m on the rows whose target is a person, read as the pipeline reads a person
  target (name masked, :func:`stancekit.stance.mask_names`); next to it ``newsmtsc_persons``, the same rows
  as written. The bar is on ``newsmtsc``, the published protocol.

``--name-swap``: the same NewsMTSC person rows with only the person's name replaced by each of
:data:`SWAP_NAMES`: how much the labels depend on who the target is.

``--allsides``: the whole default pipeline on real news, scored against ``allsides_stance.jsonl``
(:mod:`stancekit.evaluation.allsides`): 250 statement x default-target pairs, labelled favor / against / none of
the speaker toward the target. ``dev`` (170: 40 drawn with the test pairs from 300 articles, 130 from
120 further articles) is for choosing, such as the default targets' mention prior (``--mention-prior``, repeatable:
one result per setting, each model run once); ``test`` (80) is for reporting. Pairs whose statement or target the
pipeline no longer produces count as unmatched.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score

from ..data.stance import LABELS, load_stance

# (metric, published best, where from); None where no comparable number is given in the sources we cite.
BENCHMARKS: dict[str, tuple[str, float | None, str]] = {
    "newsmtsc": ("F1m", 83.1, "Hamborg & Donnay 2021, rw test"),
    "semeval2016": ("F_avg", 67.8, "best system, Mohammad et al. 2016, Task A"),
    "semeval2016_trump": ("F_avg", 56.3, "best system, Mohammad et al. 2016, Task B"),
    "pstance": ("F_avg", 80.5, "Li et al. 2021, in-target average"),
    "covid19": ("F_avg", None, ""),
    "vast": ("macro-F1", 66.6, "TGA Net, Allaway & McKeown 2020, zero-shot"),
    "ibm_claim_stance": ("accuracy", None, ""),
    "ibm_argkp": ("accuracy", None, ""),
    "perspectrum": ("accuracy", None, ""),
    "emergent": ("accuracy", 73.0, "Ferreira & Vlachos 2016"),
    "basil": ("accuracy", None, "quoted spans, pos/neg toward target"),
    "unrelated": ("none rate", None, "held-out unrelated pairs"),
    "newsmtsc_persons": ("F1m", None, "person-target rows as written"),
    "newsmtsc_masked": ("F1m", None, "the same rows, person masked (pipeline)"),
}
SWAP_NAMES = ("Donald Trump", "Hillary Clinton", "Barack Obama", "Joe Biden", "Bernie Sanders", "Mitt Romney",
              "Vladimir Putin", "Ana Ruiz", "Thomas Hale", "Mark Jensen")
BARS = {"newsmtsc": 78.0, "semeval2016": 63.0, "pstance": 75.0, "vast": 55.0, "ibm_claim_stance": 75.0,
        "unrelated": 90.0}
# Score cut-offs at which the AllSides default-target stances are also scored: how far keeping only the surer
# favor/against labels raises their precision (fixed beforehand, as the extractor's confidence cut-offs; not tuned)
SCORE_CUTS = (0.8, 0.9)
_BINARY = {"pstance", "ibm_claim_stance", "ibm_argkp", "perspectrum", "basil"}


def f_avg(gold: list[str], pred: list[str]) -> float:
    """Mean F1 of favor and against (the SemEval-2016 measure; none only counts through errors)."""
    return float(np.mean(f1_score(gold, pred, labels=["favor", "against"], average=None, zero_division=0)))


def score(source: str, gold: list[str], probs: np.ndarray) -> float:
    """The benchmark's metric in percent."""
    pred3 = [LABELS[i] for i in probs.argmax(-1)]
    if source in _BINARY:
        keep = [i for i, g in enumerate(gold) if g != "none"]
        gold = [gold[i] for i in keep]
        fav, ag = LABELS.index("favor"), LABELS.index("against")
        pred = ["favor" if probs[i, fav] >= probs[i, ag] else "against" for i in keep]
        if source == "pstance":
            return 100 * f_avg(gold, pred)
        return 100 * float(np.mean([g == p for g, p in zip(gold, pred, strict=True)]))
    if source in ("semeval2016", "semeval2016_trump", "covid19"):
        return 100 * f_avg(gold, pred3)
    if source in ("newsmtsc", "newsmtsc_persons", "newsmtsc_masked", "vast"):
        return 100 * float(f1_score(gold, pred3, labels=list(LABELS), average="macro", zero_division=0))
    if source == "unrelated":
        return 100 * float(np.mean([p == "none" for p in pred3]))
    return 100 * float(np.mean([g == p for g, p in zip(gold, pred3, strict=True)]))


def evaluate(model, df: pd.DataFrame, batch_size: int | None = None) -> list[dict]:
    """One result row per source present in ``df``."""
    from ..stance import pair_inputs

    rows = []
    for source in [s for s in BENCHMARKS if s in set(df.source_dataset)]:
        part = df[df.source_dataset == source]
        t0 = time.time()
        text, pair = pair_inputs(list(part.text), list(part.target))
        probs = model.predict_proba(text, pair, batch_size=batch_size)
        metric, published, ref = BENCHMARKS[source]
        rows.append({"benchmark": source, "n": len(part), "metric": metric,
                     "score": round(score(source, list(part.label), probs), 1), "published": published,
                     "bar": BARS.get(source), "reference": ref, "seconds": round(time.time() - t0, 1)})
    return rows


def person_rows(df: pd.DataFrame) -> tuple[pd.DataFrame, list[list[str]]]:
    """NewsMTSC rows whose target is a person (a PERSON entity holds the mention) and that person's forms."""
    from ..data.stance import is_person_name
    from ..stance import person_target_forms

    part = df[(df.source_dataset == "newsmtsc") & df.target.map(is_person_name)]
    forms = person_target_forms(list(part.text), list(part.target))
    keep = [f is not None for f in forms]
    return part[keep], [f for f in forms if f is not None]


def with_persons_masked(df: pd.DataFrame, persons: tuple[pd.DataFrame, list[list[str]]]) -> pd.DataFrame:
    """``df`` plus the ``newsmtsc_persons`` / ``newsmtsc_masked`` rows (see the module docstring) of its
    :func:`person_rows` ``persons``."""
    from ..stance import TARGET_PLACEHOLDER, mask_names

    part, forms = persons
    masked = part.assign(text=[mask_names(x, f) for x, f in zip(part.text, forms, strict=True)],
                         target=TARGET_PLACEHOLDER, source_dataset="newsmtsc_masked")
    return pd.concat([df, part.assign(source_dataset="newsmtsc_persons"), masked], ignore_index=True)


def name_swap(model, persons: tuple[pd.DataFrame, list[list[str]]], names=SWAP_NAMES,
              batch_size: int | None = None) -> list[dict]:
    """Label counts and F1m on the NewsMTSC person rows (:func:`person_rows`) with the person renamed to each of
    ``names``; the last row is the share of rows whose label changes with the name alone."""
    from ..stance import mask_names, pair_inputs

    part, forms = persons
    rows, preds = [], []
    for name in names:
        text, pair = pair_inputs([mask_names(x, f, name) for x, f in zip(part.text, forms, strict=True)],
                                 [name] * len(part))
        probs = model.predict_proba(text, pair, batch_size=batch_size)
        pred = [LABELS[i] for i in probs.argmax(-1)]
        preds.append(pred)
        rows.append({"name": name, "n": len(part), "F1m": round(score("newsmtsc", list(part.label), probs), 1),
                     **{lab: pred.count(lab) for lab in LABELS}})
    changed = sum(len(set(labels)) > 1 for labels in zip(*preds, strict=True))
    rows.append({"name": "label changes with the name", "n": len(part), "rows": changed,
                 "share": round(100 * changed / max(len(part), 1), 1)})
    return rows


def parse_prior(setting: str) -> dict[str, float]:
    """``"none=3,favor=-0.5"`` -> ``{"none": 3.0, "favor": -0.5}``; ``""`` -> ``{}``."""
    out = {}
    for part in filter(None, (x.strip() for x in setting.split(","))):
        label, _, value = part.partition("=")
        if label.strip() not in LABELS or not value:
            raise SystemExit(f"--mention-prior: expected LABEL=VALUE with a label of {', '.join(LABELS)}, got {part!r}")
        out[label.strip()] = float(value)
    return out


def allsides_targets(kit, split: str, data_dir=None, cache: dict | None = None) -> dict:
    """Accuracy, F_avg and favor/against precision and recall of ``kit``'s default-target stances on the
    hand-labelled AllSides pairs (see the module docstring), and how many favor/against labels are right among
    those scored at least each of ``SCORE_CUTS``. ``cache``: as for
    :func:`~stancekit.evaluation.allsides.labelled_documents`."""
    from .allsides import hand_labels, labelled_documents, match_spans

    rows = hand_labels("stance", split)
    gold = {(r["article"], r["start"], r["end"], r["target"]): r["label"] for r in rows}
    quotes = match_spans([k[:3] for k in gold], labelled_documents(kit, rows, data_dir, cache))
    pred = {(*span, s.target): (s.label, s.score) for span, q in quotes.items() for s in q.stances}
    scored = [(g, *pred[k]) for k, g in gold.items() if k in pred]
    pairs = [(g, p) for g, p, _ in scored]
    stance_pred = [(g, p) for g, p in pairs if p != "none"]
    stance_gold = [(g, p) for g, p in pairs if g != "none"]
    by_score = {cut: [g == p for g, p, score in scored if p != "none" and score >= cut] for cut in SCORE_CUTS}
    return {"split": split, "n": len(gold), "matched": len(pairs),
            "accuracy": sum(g == p for g, p in pairs) / max(len(pairs), 1),
            "stance_precision": sum(g == p for g, p in stance_pred) / max(len(stance_pred), 1),
            "stance_recall": sum(g == p for g, p in stance_gold) / max(len(stance_gold), 1),
            "f_avg": f_avg([g for g, _ in pairs], [p for _, p in pairs]),
            "predicted_stance": len(stance_pred), "gold_stance": len(stance_gold),
            "by_score": [{"min_score": cut, "predicted": len(right), "right": sum(right)}
                         for cut, right in by_score.items()]}


def main(argv: list[str]) -> int:
    from ..modeling.classifier import SequenceClassifier
    from ..pipeline import models_dir

    ap = argparse.ArgumentParser(prog="stancekit evaluate stance", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(models_dir() / "stance"), help="checkpoint dir or HF id")
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--sources", nargs="*", default=None, help="benchmarks to run (default: all)")
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--data-seed", type=int, default=13, help="seed of the unrelated pairs (as in training)")
    ap.add_argument("--json", default=None, help="also write the results here")
    ap.add_argument("--name-swap", action="store_true",
                    help="also label the NewsMTSC person rows under other names (identity bias; needs spaCy NER)")
    ap.add_argument("--allsides", action="store_true",
                    help="also score the default pipeline's stances toward the entities statements name, on "
                         "hand-labelled AllSides pairs (--split picks dev or test)")
    ap.add_argument("--mention-prior", action="append", default=[], metavar="none=3",
                    help="with --allsides: the default targets' label log-offsets instead of the checkpoint's, "
                         "repeatable (one result per setting; '' for none; tune on dev)")
    args = ap.parse_args(argv)

    df = load_stance(args.data, seed=args.data_seed)
    df = df[df.split == args.split]
    if args.sources:
        df = df[df.source_dataset.isin(args.sources)]
    persons = person_rows(df) if "newsmtsc" in set(df.source_dataset) else None  # NER once, for both uses
    if persons is not None:
        df = with_persons_masked(df, persons)
    model = SequenceClassifier.load(args.model, precision=args.precision)
    rows = evaluate(model, df, batch_size=args.batch_size)
    print(f"stance benchmarks, {args.split} split, model {args.model}")
    print(f"{'benchmark':<20}{'n':>6}  {'metric':<10}{'ours':>7}{'bar':>7}{'published':>11}  reference")
    for r in rows:
        pub = f"{r['published']:.1f}" if r["published"] is not None else "-"
        bar = f"{r['bar']:.0f}" if r["bar"] is not None else "-"
        print(f"{r['benchmark']:<20}{r['n']:>6}  {r['metric']:<10}{r['score']:>7.1f}{bar:>7}{pub:>11}  "
              f"{r['reference']}")
    if args.name_swap and persons is not None:
        swaps = name_swap(model, persons, batch_size=args.batch_size)
        print(f"\nNewsMTSC person rows ({args.split}) with only the name changed (the pipeline masks it instead):")
        for r in swaps[:-1]:
            counts = "  ".join(f"{lab} {r[lab]:>4}" for lab in LABELS)
            print(f"{r['name']:<20}{r['n']:>6}  F1m {r['F1m']:>5.1f}  {counts}")
        last = swaps[-1]
        print(f"label changes with the name alone: {last['rows']} of {last['n']} rows ({last['share']}%)")
        rows.append({"name_swap": swaps})
    if args.allsides:
        import stancekit

        kit = stancekit.load(stance=args.model, precision=args.precision)
        settings = [parse_prior(x) for x in args.mention_prior] or [kit.stance_model.mention_prior]
        if len(settings) > 1:  # only the stance decision differs between settings: run each model once per text
            kit.stance_model.memo = {}
            if getattr(kit.extractor, "tagger", None) is not None:
                kit.extractor.tagger.memo = {}
        for prior in settings:
            kit.stance_model.mention_prior = prior
            r = allsides_targets(kit, args.split, args.data)
            shown = ",".join(f"{k}={v:g}" for k, v in prior.items()) or "none"
            print(f"\nAllSides default targets ({args.split}, mention prior {shown}): {r['matched']} of {r['n']} "
                  f"hand-labelled pairs matched; accuracy {100 * r['accuracy']:.1f}; F_avg {100 * r['f_avg']:.1f}; "
                  f"favor/against precision {100 * r['stance_precision']:.1f} ({r['predicted_stance']} predicted), "
                  f"recall {100 * r['stance_recall']:.1f} ({r['gold_stance']} gold)")
            for cut in r["by_score"]:
                print(f"  favor/against with score >= {cut['min_score']}: {cut['right']} of {cut['predicted']} right")
            rows.append({"allsides": {**r, "mention_prior": prior}})
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 0
