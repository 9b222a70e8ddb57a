"""Claim classifier: corpus readers, the official metrics, the label rule, and the shipped model end to end."""

from __future__ import annotations

import math

import numpy as np
import pytest

from stancekit.claims import derive_label, is_courtesy, statement, unquote
from stancekit.data import claims as data
from stancekit.evaluation.claims import best_threshold, macro_f1, positive_f1
from stancekit.pipeline import models_dir

HAS_MODEL = (models_dir() / "claims" / "config.json").exists()
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="models/claims not trained yet")


def test_clean_text_undoes_csv_quoting_only():
    assert data.clean_text('"We cut taxes, and it worked."') == "We cut taxes, and it worked."
    assert data.clean_text('"He said ""no"", twice."') == 'He said "no", twice.'
    assert data.clean_text('He said "no" twice.') == 'He said "no" twice.'
    assert data.clean_text("  spaced \t out  ") == "spaced out"


def test_statement_drops_quotation_marks_around_each_fragment():
    from stancekit.types import Quote

    assert unquote("\u201cWe will win.\u201d") == "We will win."
    assert unquote('He called it "a disaster"') == 'He called it "a disaster"'
    text = '"We will appeal," she said, "and we will win."'
    q = Quote(text=text, start=0, end=len(text), type="direct", fragments=[(0, 18), (28, len(text))])
    assert statement(q) == "We will appeal, and we will win."
    text = "the tax \u201ca quiet raid on working people.\u201d"
    mixed = Quote(text=text, start=0, end=len(text), type="mixed")
    assert statement(mixed) == "the tax a quiet raid on working people."


@needs_model
def test_mixed_quote_is_judged_without_its_marks(kit):
    (q,) = kit("Councillor Tom Birch described the cost estimates as \u201cpure fantasy.\u201d").quotes
    assert (q.type, q.claim.label) == ("mixed", "opinion")


def test_label_rule_the_surer_output_names_the_statement():
    t = (0.1, 0.4)
    assert derive_label(0.1, 0.4, t) == "checkworthy"  # both exactly at threshold: a tie goes to checkworthy
    assert derive_label(0.9, 0.9, t) == "checkworthy"  # margins 4.4 against 2.6 in log-odds
    assert derive_label(0.12, 0.7, t) == "opinion"  # just above its threshold, far less sure than the opinion
    assert derive_label(0.12, 0.39, t) == "checkworthy"
    assert derive_label(0.09, 0.4, t) == "opinion"
    assert derive_label(0.09, 0.39, t) == "other"


def test_metrics_match_their_definitions():
    gold = [1, 1, 0, 0, 0]
    pred = [True, False, True, False, False]
    pos = positive_f1(gold, pred)
    assert (pos.tp, pos.n_pred, pos.n_gold) == (1, 2, 2)
    assert pos.f1 == pytest.approx(0.5)
    # negative class: P = 2/3, R = 2/3
    assert macro_f1(gold, pred) == pytest.approx((0.5 + 2 / 3) / 2)


def test_best_threshold_separates_a_separable_dev_set():
    t, score = best_threshold([0, 0, 1, 1], [0.1, 0.3, 0.7, 0.9], "positive_f1")
    assert 0.3 < t <= 0.7 and score == 1.0


@pytest.mark.data
def test_readers_match_published_counts(data_dir):
    counts = {
        (data.CLEF2024, "train"): (22501, 5413), (data.CLEF2024, "test"): (341, 88),
        (data.CLEF2025, "dev-test"): (484, 122), (data.CLEF2020, "test"): (140, 60),
    }
    for (corpus, split), (n, pos) in counts.items():
        df = data.load(corpus, split, data_dir)
        col = "subjective" if corpus == data.CLEF2025 else "checkworthy"
        assert (len(df), int(df[col].sum())) == (n, pos)
        other = "checkworthy" if col == "subjective" else "subjective"
        assert df[other].isna().all()


@pytest.mark.data
def test_training_frame_never_contains_evaluation_sentences(data_dir):
    held = [data.load(data.CLEF2024, "dev", data_dir), data.load(data.CLEF2024, "test", data_dir)]
    train = data.training_frame([data.CLEF2024, data.CLEF2025], data_dir, held_out=held, repeat={data.CLEF2025: 3})
    keys = {" ".join(t.lower().split()) for h in held for t in h.text}
    assert not any(" ".join(t.lower().split()) in keys for t in train.text)
    ct25 = train[train.source == data.CLEF2025]
    assert len(ct25) == 3 * ct25.text.nunique()
    assert math.isnan(ct25.checkworthy.iloc[0]) and not math.isnan(ct25.subjective.iloc[0])


@pytest.mark.data
def test_lent_dev_rows_train_and_the_rest_only_selects(data_dir):
    from stancekit.training.claims import dev_frames, held_out

    assert dev_frames(data_dir, 0.0, 0.5)[1].empty  # CLEF 2024 dev-test lends nothing by default
    dev, lent24, lent = dev_frames(data_dir, 0.5, 0.5)
    kept24 = set(dev[dev.source == data.CLEF2024].text.map(data.text_key))
    assert 100 < len(lent24) < 220 and not kept24 & set(lent24.text.map(data.text_key))
    kept = dev[dev.source == data.CLEF2025]
    assert 0.4 < len(lent) / (len(lent) + len(kept)) < 0.6
    assert set(dev.source) == {data.CLEF2024, data.CLEF2025}
    assert set(dev[dev.source == data.CLEF2024].split) == {"dev-test"}
    assert dev_frames(data_dir, 0.5, 0.5)[2].text.tolist() == lent.text.tolist()  # stable across runs
    train = data.training_frame([data.CLEF2024, data.CLEF2025], data_dir, held_out=held_out(data_dir, lent),
                                extra=[lent])
    keys = set(train.text.map(data.text_key))
    assert set(lent.text.map(data.text_key)) <= keys
    assert not keys & set(kept.text.map(data.text_key))
    assert not keys & set(data.load(data.CLEF2025, "dev-test", data_dir).text.map(data.text_key))


@needs_model
def test_shipped_model_separates_claims_opinions_and_other(kit):
    statements = {
        "Unemployment fell to 4 percent last year.": "checkworthy",
        "The city spent $2.3 billion on roads in 2022, twice what it spent a decade ago.": "checkworthy",
        "The bill passed the Senate 52 to 48.": "checkworthy",
        "This is a disgraceful decision.": "opinion",
        "Frankly, the new stadium is the ugliest building I have ever seen.": "opinion",
        "Our opponents have no plan and no shame.": "opinion",
        "The committee will meet again on Thursday.": "other",
    }
    found = kit.claims(list(statements))
    assert [c.label for c in found] == list(statements.values())
    assert all(0.0 <= c.checkworthy <= 1.0 and 0.0 <= c.subjective <= 1.0 for c in found)


def test_courtesies_are_recognised_only_when_they_say_nothing_else():
    for text in ("Thank you all for coming.", "Good morning, everyone.", "Good evening, and welcome back.",
                 "Thanks again, everyone!", "Thank you very, very much.", "Thank you, Mr. President.",
                 "Thank you very much, Jim.", "Thank you, and God bless you."):
        assert is_courtesy(text), text
    for text in ("Thanks to the tax cut, wages rose 3 percent.", "Thank you for nothing: the plan is a disgrace.",
                 "Welcome to the worst budget in history.", "The thanks of a grateful city are due.",
                 "This is a disgraceful decision.", "Thank you, Senator, but Ohio lost 40,000 jobs.",
                 "Hello, I am Senator Ruiz."):
        assert not is_courtesy(text), text


@needs_model
def test_pleasantries_are_other_whatever_the_scores(kit):
    found = kit.claims(["Thank you all for coming.", "Good morning, everyone.",
                        "Thank you for nothing: this is a disgraceful decision."])
    assert [c.label for c in found] == ["other", "other", "opinion"]
    assert found[0].subjective > kit.claim_model.thresholds[1]  # the model alone would say opinion
    with pytest.raises(TypeError, match="statement 0 is NoneType, not a str"):
        kit.claims([None])


@needs_model
def test_news_labels_use_the_news_thresholds_and_benchmarks_their_own(kit):
    """A reported fragment the debate-fitted cut-off would call check-worthy is "other" in a news label; the
    benchmark decision (what ``stancekit evaluate claims`` scores) still uses the debate-fitted cut-off."""
    model = kit.claim_model
    fragment = "his decision to divert funding for the harbor"
    (claim,) = kit.claims([fragment])
    p_checkworthy = model.probabilities([fragment])[0, 0]
    assert model.benchmark_thresholds[0] <= p_checkworthy < model.thresholds[0]
    assert claim.label == "other"


@needs_model
def test_every_quote_gets_a_claim_through_the_pipeline(kit):
    text = (
        '"This is a disgraceful decision," the mayor said on Tuesday. '
        "The city's budget director said unemployment fell to 4 percent last year."
    )
    doc = kit(text)
    assert len(doc.quotes) >= 2
    opinion = [q for q in doc.quotes if "disgraceful" in q.content]
    claim = [q for q in doc.quotes if "4 percent" in q.content]
    assert len(opinion) == 1 and len(claim) == 1
    assert opinion[0].claim.label == "opinion"
    assert claim[0].claim.label == "checkworthy"
    frame = doc.to_frame()
    assert frame[["claim", "checkworthy", "subjective"]].notna().all().all()
    assert doc.to_dict()["quotes"][0]["claim"].keys() == {"label", "checkworthy", "subjective"}


@needs_model
def test_classify_dataframe_adds_label_and_both_scores(kit):
    import pandas as pd

    quotes = ["The committee will meet again on Thursday.", "Unemployment fell to 4 percent last year."]
    df = pd.DataFrame({"id": [7, 8], "quote": quotes})
    out = kit.claims(df)
    assert list(out.columns) == ["id", "quote", "claim", "checkworthy", "subjective"]
    assert list(out.claim) == ["other", "checkworthy"]
    assert np.all(out.checkworthy.to_numpy()[1] > out.checkworthy.to_numpy()[0])
