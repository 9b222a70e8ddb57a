"""Stance corpora mapped to one schema: ``{text, target, label, source_dataset, split}``.

``label`` is ``favor`` / ``against`` / ``none``; ``split`` is ``train`` / ``dev`` / ``test``. Every
reader follows its folder's SOURCE.md: the LLM-written ``Wiki`` columns (VAST, Trump test) are
never read, ``#SemST`` is stripped, and sets without a topic-disjoint dev split get one carved by
topic/claim (a stable hash), never by row. Split choices per set:

* NewsMTSC: ``train.jsonl`` / the authors' ``newsmtsc-rw`` dev and test (sentiment toward a mention:
  positive->favor, negative->against, neutral->none).
* SemEval-2016 (TweetEval re-split): train/val/test; Trump (subtask B) is test only.
* P-Stance, COVID-19-Stance, IBM ArgKP, Perspectrum: the official splits (Perspectrum: one
  perspective per paraphrase cluster).
* VAST: only dev and the zero-shot test exist here. VAST dev is split by comment (80/20 by hash)
  into our train/dev, after dropping dev rows whose topic also occurs in the zero-shot test, so the
  test stays zero-shot; the zero-shot test is the test.
* IBM Claim Stance: official topic-disjoint train/test; 5 of the 25 train topics (by hash) are dev;
  stance toward the topic target (see :func:`load_ibm_claim_stance`).
* Emergent: the mscproject test claims are test; 10% of the other claims (by hash) are dev.
* BASIL: quoted spans with a named target, all test (evaluation only).
* ``unrelated``: statements paired with a target from another domain that shares no content word
  with the statement -> none, built per split, so the test pairs are held out (statements and
  targets never seen in training).

FNC-1/ARC are not used: bodies are long articles/comments (truncated away at 128 tokens), FNC-1
overlaps Emergent, and their ``unrelated`` class is random pairing, which ``unrelated`` covers.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from . import bucket, dataset_dir

LABELS = ("favor", "against", "none")
COLUMNS = ["text", "target", "label", "source_dataset", "split"]

SEMEVAL_TARGETS = {
    "abortion": "Legalization of Abortion",
    "atheism": "Atheism",
    "climate": "Climate Change is a Real Concern",
    "feminist": "Feminist Movement",
    "hillary": "Hillary Clinton",
}
COVID_TARGETS = {
    "face_masks": "wearing face masks",
    "fauci": "Anthony Fauci",
    "school_closures": "keeping schools closed",
    "stay_at_home_orders": "stay at home orders",
}
_UPPER = {"FAVOR": "favor", "AGAINST": "against", "NONE": "none"}
_SEMST = re.compile(r"\s*#SemST\b", re.IGNORECASE)
_QUOTE_CHARS = " \"“”‘’,"


def _frame(rows: Iterable[dict]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=COLUMNS)


def load_newsmtsc(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "newsmtsc")
    polarity = {2.0: "against", 4.0: "none", 6.0: "favor"}
    files = {"train": d / "train.jsonl", "dev": d / "experiments-split/newsmtsc-rw/dev.jsonl",
             "test": d / "experiments-split/newsmtsc-rw/test.jsonl"}
    rows = []
    for split, path in files.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            ex = json.loads(line)
            seen = set()
            for t in ex["targets"]:
                if t["mention"] in seen:  # the same mention listed twice (two gids)
                    continue
                seen.add(t["mention"])
                rows.append({"text": ex["sentence_normalized"], "target": t["mention"],
                             "label": polarity[float(t["polarity"])], "source_dataset": "newsmtsc", "split": split})
    return _frame(rows)


def load_semeval(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "semeval2016-stance-tweeteval")
    names = {0: "none", 1: "against", 2: "favor"}
    rows = []
    for folder, target in SEMEVAL_TARGETS.items():
        for split, stem in (("train", "train"), ("dev", "val"), ("test", "test")):
            texts = (d / folder / f"{stem}_text.txt").read_text(encoding="utf-8").splitlines()
            labels = (d / folder / f"{stem}_labels.txt").read_text(encoding="utf-8").split()
            for text, lab in zip(texts, labels, strict=True):
                rows.append({"text": _SEMST.sub("", text).strip(), "target": target, "label": names[int(lab)],
                             "source_dataset": "semeval2016", "split": split})
    return _frame(rows)


def load_semeval_trump(root: Path) -> pd.DataFrame:
    df = pd.read_csv(dataset_dir(root, "semeval2016-task6-trump-test") / "raw_test_trump.csv",
                     usecols=["Tweet", "Target 1", "Stance 1"])  # never the Wiki column
    return _frame({"text": _SEMST.sub("", r.Tweet).strip(), "target": "Donald Trump", "label": _UPPER[r._3],
                   "source_dataset": "semeval2016_trump", "split": "test"} for r in df.itertuples())


def load_pstance(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "pstance")
    parts = []
    for split, stem in (("train", "train"), ("dev", "val"), ("test", "test")):
        for who in ("trump", "biden", "bernie"):
            df = pd.read_csv(d / f"raw_{stem}_{who}.csv")
            parts.append(pd.DataFrame({"text": df.Tweet, "target": df.Target, "label": df.Stance.map(_UPPER),
                                       "source_dataset": "pstance", "split": split}))
    return pd.concat(parts, ignore_index=True)


def load_covid(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "covid19-stance")
    parts = []
    for key, target in COVID_TARGETS.items():
        for split, stem in (("train", "train"), ("dev", "val"), ("test", "test")):
            df = pd.read_csv(d / f"{key}_{stem}.csv", usecols=["Tweet", "Stance"])
            parts.append(pd.DataFrame({"text": df.Tweet, "target": target, "label": df.Stance.map(_UPPER),
                                       "source_dataset": "covid19", "split": split}))
    return pd.concat(parts, ignore_index=True)


def load_vast(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "vast-zerostance-copy")
    cols = ["Tweet", "Target 1", "Stance 1", "new_topic"]  # never the Wiki column
    dev = pd.read_csv(d / "raw_val_all_onecol.csv", usecols=cols)
    test = pd.read_csv(d / "raw_test_all_onecol.csv", usecols=cols)
    test_topics = set(test["Target 1"]) | set(test["new_topic"])
    dev = dev[~(dev["Target 1"].isin(test_topics) | dev["new_topic"].isin(test_topics))]
    dev_split = ["dev" if bucket(t) < 20 else "train" for t in dev.Tweet]
    parts = [
        pd.DataFrame({"text": dev.Tweet, "target": dev["Target 1"], "label": dev["Stance 1"].map(_UPPER),
                      "source_dataset": "vast", "split": dev_split}),
        pd.DataFrame({"text": test.Tweet, "target": test["Target 1"], "label": test["Stance 1"].map(_UPPER),
                      "source_dataset": "vast", "split": "test"}),
    ]
    return pd.concat(parts, ignore_index=True)


def load_ibm_claim_stance(root: Path) -> pd.DataFrame:
    """Claims with their stance toward the topic *target* ("boxing"), not the motion ("ban boxing").

    IBM annotates each motion with its sentiment toward its target (``topicSentiment``: "ban boxing"
    is -1 toward boxing), so PRO/CON toward the motion times that sign is the stance toward the target,
    the kind of target news statements have. Binary accuracy is the same either way (flipping both
    gold and prediction of a topic changes nothing), so the published measure is kept.
    """
    df = pd.read_csv(dataset_dir(root, "ibm-claim-stance") / "claim_stance_dataset_v1.csv")
    topics = sorted(df.loc[df.split == "train", "topicText"].unique(), key=lambda t: (bucket(t, 10**6), t))
    dev_topics = set(topics[:5])
    split = [("dev" if t in dev_topics else "train") if s == "train" else "test"
             for t, s in zip(df.topicText, df.split, strict=True)]
    sign = df["claims.stance"].map({"PRO": 1, "CON": -1}) * df.topicSentiment
    return pd.DataFrame({"text": df["claims.claimCorrectedText"], "target": df.topicTarget,
                         "label": sign.map({1: "favor", -1: "against"}),
                         "source_dataset": "ibm_claim_stance", "split": split})


def load_argkp(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "ibm-argkp-2021")
    parts = []
    for split, path in (("train", "kpm_data/arguments_train.csv"), ("dev", "kpm_data/arguments_dev.csv"),
                        ("test", "test_data/arguments_test.csv")):
        df = pd.read_csv(d / path)
        parts.append(pd.DataFrame({"text": df.argument.str.strip("` "), "target": df.topic,
                                   "label": df.stance.map({1: "favor", -1: "against"}),
                                   "source_dataset": "ibm_argkp", "split": split}))
    return pd.concat(parts, ignore_index=True)


def load_perspectrum(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "perspectrum")
    claims = json.loads((d / "perspectrum_with_answers_v1.0.json").read_text(encoding="utf-8"))
    pool = {p["pId"]: p["text"] for p in json.loads((d / "perspective_pool_v1.0.json").read_text(encoding="utf-8"))}
    splits = json.loads((d / "dataset_split_v1.0.json").read_text(encoding="utf-8"))
    stance = {"SUPPORT": "favor", "UNDERMINE": "against"}
    rows = []
    for c in claims:
        for cluster in c["perspectives"]:  # one perspective per cluster: the others are paraphrases
            rows.append({"text": pool[cluster["pids"][0]], "target": c["text"],
                         "label": stance[cluster["stance_label_3"]], "source_dataset": "perspectrum",
                         "split": splits[str(c["cId"])]})
    return _frame(rows)


def load_emergent(root: Path) -> pd.DataFrame:
    d = dataset_dir(root, "emergent")
    df = pd.read_csv(d / "url-versions-2015-06-14-clean.csv")
    out = d / "mscproject-output"
    test_claims = set()
    for f in out.glob("*.csv"):
        test_claims |= set(pd.read_csv(f, usecols=["claimId"]).claimId)
    split = ["test" if c in test_claims else "dev" if bucket(c) < 10 else "train" for c in df.claimId]
    return pd.DataFrame({"text": df.articleHeadline, "target": df.claimHeadline,
                         "label": df.articleHeadlineStance.map({"for": "favor", "against": "against",
                                                                "observing": "none"}),
                         "source_dataset": "emergent", "split": split})


def load_basil_stance(root: Path) -> pd.DataFrame:
    """BASIL quoted spans with their polarity toward a named target (pos->favor, neg->against), test only.

    Too small (510 quotes in this copy) and too event-bound to train on; it is the one news-quote
    stance set, so it stays an out-of-domain evaluation for the whole corpus.
    """
    from .basil import load_basil

    polarity = {"pos": "favor", "neg": "against"}
    return _frame({"text": s.text.strip(_QUOTE_CHARS), "target": s.target.replace("_", " "),
                   "label": polarity[s.polarity], "source_dataset": "basil", "split": "test"}
                  for a in load_basil(root) for s in a.spans if s.quote and s.target and s.polarity in polarity)


READERS: dict[str, Callable[[Path], pd.DataFrame]] = {
    "newsmtsc": load_newsmtsc,
    "semeval2016": load_semeval,
    "semeval2016_trump": load_semeval_trump,
    "pstance": load_pstance,
    "covid19": load_covid,
    "vast": load_vast,
    "ibm_claim_stance": load_ibm_claim_stance,
    "ibm_argkp": load_argkp,
    "perspectrum": load_perspectrum,
    "emergent": load_emergent,
    "basil": load_basil_stance,
}

# Coarse domains: unrelated targets are drawn from another domain, so a tweet about Trump is never
# paired with "Joe Biden" (which it may well be about).
DOMAINS = {
    "newsmtsc": "politics", "pstance": "politics", "semeval2016_trump": "politics",
    "semeval2016": "social", "covid19": "covid", "vast": "debate", "ibm_claim_stance": "debate",
    "ibm_argkp": "debate", "perspectrum": "debate", "emergent": "rumour", "basil": "politics",
}
_STOP = set("""the a an of to in on for and or is are be should would will that this with not it its as by at from
we our they their he she his her them you your was were has have had been about into than more most""".split())
_PRONOUN_ONLY = re.compile(r"^(he|she|it|they|him|her|them|his|its|their|i|we|you)$", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    """Crude content-word stems (5-char prefixes), enough to tell that a target is mentioned."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in _STOP}


def _domain(source: str, target: str) -> str:
    return "politics" if target == SEMEVAL_TARGETS["hillary"] else DOMAINS[source]


def is_person_name(mention: str) -> bool:
    """A NewsMTSC mention that is a name ("Trump", "Mr. Obama"), not a pronoun or a description ("the president")."""
    return not _PRONOUN_ONLY.match(mention) and all(w[:1].isupper() for w in mention.split())


def _good_target(source: str, target: str) -> bool:
    return source != "newsmtsc" or is_person_name(target)


def unrelated_pairs(df: pd.DataFrame, n: int, split: str, seed: int = 0) -> pd.DataFrame:
    """``n`` statements of ``split`` paired with a target from another domain that they never mention -> none."""
    rng = random.Random(seed)
    part = df[(df.split == split) & (df.source_dataset != "unrelated")]
    if part.empty or n <= 0:
        return _frame([])
    pools: dict[str, list[str]] = {}
    for (src, tgt) in part[["source_dataset", "target"]].drop_duplicates().itertuples(index=False):
        if _good_target(src, tgt):
            pools.setdefault(_domain(src, tgt), []).append(tgt)
    rows = []
    sample = part.sample(n=min(n * 2, len(part)), random_state=seed)
    for text, src, tgt in zip(sample.text, sample.source_dataset, sample.target, strict=True):
        others = [d for d in pools if d != _domain(src, tgt)]
        if not others:
            break
        stems = _stems(text)
        for _ in range(5):
            target = rng.choice(pools[rng.choice(others)])
            if not (_stems(target) & stems):
                rows.append({"text": text, "target": target, "label": "none", "source_dataset": "unrelated",
                             "split": split})
                break
        if len(rows) >= n:
            break
    return _frame(rows)


def load_stance(data_dir: str | Path | None = None, sources: Iterable[str] | None = None,
                unrelated: float = 0.1, seed: int = 0) -> pd.DataFrame:
    """All (or the named) stance sets in one frame, plus ``unrelated`` pairs.

    ``unrelated``: number of unrelated pairs per split as a fraction of that split's size.
    Returns pandas; ``datasets.Dataset.from_pandas(df)`` turns it into a Dataset.
    """
    from . import default_data_dir

    root = Path(data_dir) if data_dir is not None else default_data_dir()
    names = list(sources) if sources is not None else list(READERS)
    df = pd.concat([READERS[name](root) for name in names], ignore_index=True)
    df = df.dropna(subset=["text", "target", "label"])
    df = df[df.text.str.strip().astype(bool)]
    extra = [unrelated_pairs(df, int(unrelated * (df.split == s).sum()), s, seed + i)
             for i, s in enumerate(("train", "dev", "test"))]
    return pd.concat([df, *extra], ignore_index=True)


def load_stance_dataset(data_dir: str | Path | None = None, split: str = "train", **kwargs):
    """One split of :func:`load_stance` as a ``datasets.Dataset``."""
    from datasets import Dataset

    df = load_stance(data_dir, **kwargs)
    return Dataset.from_pandas(df[df.split == split].reset_index(drop=True))
