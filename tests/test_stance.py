"""Stance: data adapters, the shared trainer/inference code, and the shipped model through the real pipeline."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import torch

from stancekit.data.stance import LABELS, load_stance, unrelated_pairs
from stancekit.modeling.classifier import SequenceClassifier, resolve_device, resolve_precision
from stancekit.pipeline import models_dir
from stancekit.stance import TARGET_PLACEHOLDER, mask_names, pair_inputs, statement_input
from stancekit.training.classifier import TrainConfig, default_base_model, train_classifier

HAS_MODEL = (models_dir() / "stance" / "config.json").exists()
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="models/stance not trained yet")


# --- data ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stance_df(data_dir) -> pd.DataFrame:
    return load_stance(data_dir, seed=13)


@pytest.mark.data
def test_every_set_maps_to_the_schema(stance_df):
    assert list(stance_df.columns) == ["text", "target", "label", "source_dataset", "split"]
    assert set(stance_df.label) == set(LABELS)
    assert set(stance_df.split) == {"train", "dev", "test"}
    assert not stance_df.text.str.contains("#SemST").any()
    for src in ("newsmtsc", "semeval2016", "pstance", "covid19", "vast", "ibm_claim_stance", "ibm_argkp",
                "perspectrum", "emergent", "basil", "unrelated"):
        assert (stance_df.source_dataset == src).sum() > 100, src


@pytest.mark.data
def test_carved_splits_keep_topics_apart(stance_df):
    def topics(src, split):
        d = stance_df[(stance_df.source_dataset == src) & (stance_df.split == split)]
        return set(d.target), set(d.text)

    vast_train, vast_train_texts = topics("vast", "train")
    vast_test, vast_test_texts = topics("vast", "test")
    assert not vast_train & vast_test  # the zero-shot test stays zero-shot
    assert not vast_train_texts & topics("vast", "dev")[1]  # dev carved by comment
    assert not topics("ibm_claim_stance", "train")[0] & topics("ibm_claim_stance", "dev")[0]
    assert not topics("emergent", "train")[0] & topics("emergent", "test")[0]


@pytest.mark.data
def test_unrelated_pairs_never_mention_their_target(stance_df):
    pairs = unrelated_pairs(stance_df, 200, "test", seed=1)
    assert len(pairs) == 200 and set(pairs.label) == {"none"}
    for text, target in zip(pairs.text, pairs.target, strict=True):
        assert target.lower() not in text.lower()


@pytest.mark.data
def test_newsmtsc_person_rows_are_masked_as_the_pipeline_masks_them(stance_df):
    import re

    from stancekit.evaluation.stance import person_rows, with_persons_masked

    dev = stance_df[(stance_df.split == "dev") & (stance_df.source_dataset == "newsmtsc")]
    out = with_persons_masked(dev, person_rows(dev))
    written, masked = (out[out.source_dataset == s] for s in ("newsmtsc_persons", "newsmtsc_masked"))
    assert 150 < len(masked) == len(written) < len(dev)
    assert (masked.target == TARGET_PLACEHOLDER).all() and list(masked.label) == list(written.label)
    def without_names(text):
        return " ".join(re.sub(r"(?<!\w)[A-Z][\w.'’-]*", " ", text).split())

    other_words_changed = 0
    for before, after, target in zip(written.text, masked.text, written.target, strict=True):
        assert TARGET_PLACEHOLDER in after and not re.search(rf"(?<!\w){re.escape(target)}(?!\w)", after)
        other_words_changed += without_names(after) != without_names(before)
    assert other_words_changed <= 1  # only names differ, but for a headline NER read as one long PERSON


# --- shared classifier code -------------------------------------------------------------------------


def test_precision_resolution():
    cpu = resolve_device("cpu")
    assert resolve_precision("fp32", cpu) == "fp32"
    assert resolve_precision("auto", cpu) in ("bf16", "fp32")
    assert resolve_precision("auto", torch.device("cuda")) == "fp16"
    with pytest.raises(ValueError):
        resolve_precision("int8", torch.device("cuda"))
    with pytest.raises(ValueError):
        resolve_precision("fp8", cpu)


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory):
    """A 1-layer BERT with the real tokenizer: the trainer's code paths in seconds."""
    from transformers import AutoTokenizer, BertConfig, BertModel

    out = tmp_path_factory.mktemp("tiny")
    tok = AutoTokenizer.from_pretrained(default_base_model())
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=128, initializer_range=0.2,
                     hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    torch.manual_seed(0)
    BertModel(cfg).save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    return str(out)


def test_trainer_learns_saves_fp16_and_predicts_in_input_order(tiny_base, tmp_path):
    from datasets import Dataset

    texts = ["we back the plan", "we reject the plan", "the plan was filed on monday"] * 16
    ds = Dataset.from_dict({"text": ["the plan"] * len(texts), "text_pair": texts, "label": [0, 1, 2] * 16})
    cfg = TrainConfig(out=str(tmp_path / "m"), base=tiny_base, epochs=10, batch_size=16, lr=3e-3, threads=1,
                      max_length=16, bf16=False, log_every=1000)
    summary = train_classifier(ds, ds, list(LABELS), cfg, log=lambda m: None)
    assert summary["best_dev"] == 1.0
    from safetensors import safe_open

    with safe_open(str(tmp_path / "m" / "model.safetensors"), "pt") as f:
        assert {f.get_tensor(k).dtype for k in f.keys()} == {torch.float16}
    model = SequenceClassifier.load(tmp_path / "m", precision="fp32")
    assert model.labels == list(LABELS) and model.max_length == 16
    # mixed lengths: sorted internally, returned in input order
    probs = model.predict_proba(["the plan"] * 3, ["the plan was filed on monday", "we back the plan",
                                                   "we reject the plan"], batch_size=2)
    assert probs.argmax(-1).tolist() == [2, 0, 1]
    assert np.allclose(probs.sum(-1), 1.0, atol=1e-4)


def test_trainer_masks_missing_multilabel_entries(tiny_base, tmp_path):
    from datasets import Dataset

    nan = math.nan
    ds = Dataset.from_dict({"text": ["a fact with 4 percent", "what a disgrace", "thank you all"] * 8,
                            "label": [[1.0, nan], [nan, 1.0], [0.0, 0.0]] * 8})
    cfg = TrainConfig(out=str(tmp_path / "ml"), base=tiny_base, epochs=2, batch_size=8, threads=1, max_length=16,
                      bf16=False, log_every=1000)
    summary = train_classifier(ds, ds, ["checkworthy", "subjective"], cfg, log=lambda m: None)
    assert math.isfinite(summary["best_dev"])
    model = SequenceClassifier.load(tmp_path / "ml", precision="fp32")
    assert model.multi_label
    probs = model.predict_proba(["thank you all"])
    assert probs.shape == (1, 2) and ((probs > 0) & (probs < 1)).all()


def test_pair_inputs_put_the_target_first_and_normalise_space():
    assert pair_inputs(["We  back\nit"], [" the plan "]) == (["the plan"], ["We back it"])


def test_mask_names_replaces_whole_names_longest_first():
    text = "Donald Trump's plan, Trump said, beats Trumpet Co. and Mr. Trump."
    assert mask_names(text, ["Trump", "Donald Trump"]) == (
        f"{TARGET_PLACEHOLDER}'s plan, {TARGET_PLACEHOLDER} said, beats Trumpet Co. and Mr. {TARGET_PLACEHOLDER}.")
    assert mask_names(text, []) == text


# --- shipped model, real pipeline -------------------------------------------------------------------


@needs_model
def test_scare_quote_is_against_the_plan(kit):
    doc = kit('She called the minister\'s plan "reckless".', targets=["the plan"])
    assert len(doc.quotes) == 1
    (st,) = doc.quotes[0].stances
    assert (st.target, st.label) == ("the plan", "against")
    assert 0.34 < st.score <= 1.0


REPORTED = 'The agency quoted the minister as saying that "Paris backs the plan".'


@needs_model
def test_reported_speech_gets_one_stance_toward_the_plan(kit):
    (q,) = kit(REPORTED, targets=["the plan"]).quotes
    assert "Paris backs the plan" in q.text
    assert [s.target for s in q.stances] == ["the plan"]
    assert q.stances[0].label in ("favor", "against", "none") and 0.34 < q.stances[0].score <= 1.0


@needs_model
def test_reported_speech_is_the_minister_favoring_the_plan(kit):
    (q,) = kit(REPORTED, targets=["the plan"]).quotes
    assert (q.speaker.name, q.stances[0].label) == ("the minister", "favor")


@needs_model
def test_unrelated_target_gets_none(kit):
    doc = kit('"We will cut taxes for every working family next year," the governor said.',
              targets=["the football season", "taxes"])
    (q,) = doc.quotes
    labels = {s.target: s.label for s in q.stances}
    assert labels["the football season"] == "none"
    assert labels["taxes"] != "none"


@needs_model
def test_default_targets_are_named_entities_by_their_full_name(kit):
    text = ('Finance Minister Anna Berg presented the budget on Monday. '
            '"Berg has betrayed every nurse in this country," union leader Tom Hall said.')
    doc = kit(text)
    (q,) = [q for q in doc.quotes if q.speaker and q.speaker.name == "Tom Hall"]
    assert [s.target for s in q.stances] == ["Anna Berg"]
    assert q.stances[0].label == "against"
    # a name the NER runs into the line break after it is still the name: "Crimea", not "Crimea\n\n"
    (q,) = kit("Delegates called for Ankara to withdraw from Cyprus\n\nMore on this story").quotes
    assert [s.target for s in q.stances] == ["Ankara", "Cyprus"]
    # nor is a contraction the NER reads as a place ("n’t" of "wasn’t")
    (q,) = kit("Governor Ana Ruiz said the Harbor Authority’s plan wasn’t merely a mistake but a scandal.").quotes
    assert [s.target for s in q.stances] == ["Harbor Authority"]


@needs_model
def test_stance_toward_a_person_does_not_depend_on_the_name(kit):
    """The person target is masked before the model reads it: renaming the governor changes nothing, nor does a
    surname the pipeline parses with its curly apostrophe straightened (the target keeps the text's)."""
    article = ('Governor {full} signed the housing bill on Friday. Mayor Ana Ruiz said {last} had '
               '"betrayed every renter in this city" and would pay for it at the ballot box.')
    stances = []
    for full in ("Tom Lind", "Donald Trump", "Barack Obama", "Tom O’Keane"):
        doc = kit(article.format(full=full, last=full.split()[-1]))
        (q,) = [q for q in doc.quotes if q.speaker and q.speaker.name == "Ana Ruiz"]
        ((target, label, score),) = [(s.target, s.label, s.score) for s in q.stances]
        assert target == full
        stances.append((label, round(score, 4)))
        user = kit(article.format(full=full, last=full.split()[-1]), targets=[full.split()[-1].lower()])
        (uq,) = [q for q in user.quotes if q.speaker and q.speaker.name == "Ana Ruiz"]
        stances.append((uq.stances[0].label, round(uq.stances[0].score, 4)))  # a user target "trump" too
    assert stances[0][0] == stances[1][0] == "against"
    assert len(set(stances[0::2])) == 1 and len(set(stances[1::2])) == 1


@needs_model
def test_default_targets_named_in_passing_get_none_while_user_targets_are_read_without_the_prior(kit):
    """The shipped mention prior ({"none": 3}) applies to default targets only: a person the statement only
    mentions is none by default, while the same person passed as a target gets the model's plain reading."""
    text = "Several sources said the aide had wanted the agency to chase rumours about Tom Lind."
    assert kit.stance_model.mention_prior == {"none": 3.0}

    def stance(targets=None):
        (q,) = kit(text, targets=targets).quotes
        ((target, label, score),) = [(s.target, s.label, round(s.score, 4)) for s in q.stances]
        assert target == "Tom Lind"
        return label, score

    assert stance()[0] == "none"
    user = stance(targets=["Tom Lind"])
    kit.stance_model.mention_prior = {}
    try:
        plain = stance()
    finally:
        kit.stance_model.mention_prior = {"none": 3.0}
    assert user == plain and plain[0] != "none"


@needs_model
def test_group_adjectives_are_not_default_targets(kit):
    """"Democratic senators" and "pro-Kessler" name no target of their own; the person in the statement does."""
    text = "Governor Ana Ruiz said Democratic senators would block the pro-Kessler bill backed by Senator Tom Brandt."
    (q,) = kit(text).quotes
    assert q.speaker.name == "Ana Ruiz"
    assert [s.target for s in q.stances] == ["Tom Brandt"]


@needs_model
def test_kit_stance_accepts_frames_dicts_and_lists(kit):
    frame = pd.DataFrame({"text": ["We strongly support the new bridge.", "The new bridge is a disaster."],
                          "target": ["the new bridge", "the new bridge"]})
    out = kit.stance(frame, batch_size=1)
    assert out.label.tolist() == ["favor", "against"]
    assert out.score.between(0.34, 1.0).all()
    as_dicts = kit.stance(frame.to_dict("records"))
    assert [d["label"] for d in as_dicts] == ["favor", "against"]
    assert kit.stance(list(frame.text), "the new bridge")[1]["label"] == "against"
    assert kit.stance([]) == []
    with pytest.raises(ValueError, match="pair 1 needs the keys 'text' \\(or 'statement'\\) and 'target'"):
        kit.stance([{"text": "We back it.", "target": "the bridge"}, {"text": "We back it."}])
    with pytest.raises(TypeError, match="statement 1 is NoneType, not a str"):
        kit.stance(["We back it.", None], "the bridge")
    docs = list(kit.pipe(["Mayor Ana Ruiz said that the new bridge was a waste of money."], targets="the new bridge"))
    assert [s.target for s in docs[0].quotes[0].stances] == ["the new bridge"]  # one target, not its letters


def test_model_reads_the_bare_statement_or_the_sentence_of_a_verbless_quote(rules_kit):
    def inputs(text):
        doc, sdoc = rules_kit(text), rules_kit.nlp(text)
        return [statement_input(doc, q, [(0, sdoc)]) for q in doc.quotes]

    assert inputs('The agency quoted the minister as saying that "Paris backs the plan".') == ["Paris backs the plan"]
    assert inputs("Ruiz said that the workers' union was \u201cacting in bad faith.\u201d") == [
        "the workers' union was acting in bad faith."]
    assert inputs('Mayor Ana Ruiz called the minister\'s plan "reckless".') == [
        "The speaker called the minister's plan reckless"]
    # the speaker, cue and content alone: the rest of the sentence is another statement (it had been read whole,
    # "Mayor Ana Ruiz, the speaker backed the closure, said ...", and labelled none toward the closure)
    assert inputs("Mayor Ana Ruiz, who backed the closure, said the pool cost too much to heat.") == [
        "The speaker backed the closure", "the pool cost too much to heat"]
    # where the speaker follows, the sentence
    assert inputs('"Reckless," Ruiz called the plan.')[0] == "Reckless, the speaker called the plan."


def test_stance_and_claims_switch_off_with_false_and_odd_values_are_refused():
    import stancekit

    kit = stancekit.load(extractor="rules", stance=False, claims=False)
    assert kit.stance_model is None and kit.claim_model is None
    with pytest.raises(RuntimeError, match="stance=None"):
        kit.stance([{"text": "Paris backs the plan.", "target": "the plan"}])
    with pytest.raises(TypeError, match=r"load\(claims=\.\.\.\).*got 3"):
        stancekit.load(extractor="rules", stance=None, claims=3)
