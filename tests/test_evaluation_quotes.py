"""Quote-extraction evaluation: metrics on hand-built spans, dataset readers, and the command end to end."""

from __future__ import annotations

import json

import pytest

from stancekit.data.polnear import Article, Attribution, parse_ann
from stancekit.evaluation.cofenet import align_tokens, bio_spans, cofenet_scores, spans_to_tags
from stancekit.evaluation.quotes import (
    confidence_scores,
    exact_prf,
    is_person_label,
    match_contents,
    overlap_prf,
    role_agreement,
    speaker_matches,
)
from stancekit.types import Document, Quote

# --- metrics ------------------------------------------------------------------------------------


def test_match_is_greedy_one_prediction_per_gold():
    gold = [[(0, 10)], [(10, 20)]]
    # One prediction covers both golds fully: only one of them may be matched by it.
    assert len(match_contents(gold, [[(0, 20)]], 0.3)) == 1
    # The better-covering prediction wins; the other is left unmatched.
    assert match_contents([[(0, 10)]], [[(0, 4)], [(0, 9)]], 0.3) == [(0, 1)]


def test_overlap_thresholds_and_fragments():
    gold = [[Attribution(content=[(0, 10)]), Attribution(content=[(20, 25), (35, 40)])]]
    # Covers half of gold 1; covers both fragments of gold 2 (union of fragments) plus the gap.
    pred = [[Attribution(content=[(5, 10)]), Attribution(content=[(20, 40)]), Attribution(content=[(50, 60)])]]
    low = overlap_prf(gold, pred, 0.3)
    high = overlap_prf(gold, pred, 0.8)
    assert (low.tp, low.n_pred, low.n_gold) == (2, 3, 2)
    assert low.p == pytest.approx(2 / 3) and low.r == 1.0 and low.f1 == pytest.approx(0.8)
    assert (high.tp, high.p, high.r) == (1, pytest.approx(1 / 3), 0.5)


def test_overlap_subset_drops_predictions_matched_to_dropped_gold():
    gold = [[Attribution(content=[(0, 10)]), Attribution(content=[(20, 30)])]]
    pred = [[Attribution(content=[(0, 10)]), Attribution(content=[(20, 30)]), Attribution(content=[(40, 50)])]]
    r = overlap_prf(gold, pred, 0.3, keep=[[True, False]])
    assert (r.tp, r.n_pred, r.n_gold) == (1, 2, 1)


def test_confidence_cuts_score_the_statements_kept():
    gold = [Article("a", "x" * 60, [Attribution(content=[(0, 10)]), Attribution(content=[(20, 30)])])]
    quotes = [Quote("", 0, 10, "indirect", confidence=0.99), Quote("", 20, 30, "indirect", confidence=0.85),
              Quote("", 40, 50, "indirect", confidence=0.6)]
    out = confidence_scores(gold, [Document("x" * 60, quotes)])
    assert out["confidence >= 0.8: statements kept"] == pytest.approx(2 / 3)
    assert (out["confidence >= 0.8: overlap@0.3 P"], out["confidence >= 0.8: overlap@0.3 R"]) == (1.0, 1.0)
    assert (out["confidence >= 0.9: overlap@0.3 P"], out["confidence >= 0.9: overlap@0.3 R"]) == (1.0, 0.5)
    assert confidence_scores(gold, [Document("x" * 60, [Quote("", 0, 10, "indirect")])]) == {}  # the rules'


def test_exact_spans_trim_whitespace_and_count_shared_sources_once():
    text = "Mayor Lee said the vote failed and added that it would be held again."
    lee, said, added = (0, 9), (10, 14), (34, 39)
    gold = [[
        Attribution(content=[(15, 33)], source=[lee], cue=[said]),
        Attribution(content=[(40, 69)], source=[lee], cue=[added]),
    ]]
    pred = [[
        Attribution(content=[(14, 33)], source=[(0, 10)], cue=[said]),  # leading/trailing spaces only
        Attribution(content=[(40, 60)], source=None, cue=[(34, 44)]),
    ]]
    src = exact_prf([text], gold, pred, "source")
    assert (src.tp, src.n_pred, src.n_gold) == (1, 1, 1)
    content = exact_prf([text], gold, pred, "content")
    assert (content.tp, content.n_pred, content.n_gold) == (1, 2, 2)
    cue = exact_prf([text], gold, pred, "cue")
    assert (cue.tp, cue.p, cue.r) == (1, 0.5, 0.5)


def test_cue_agreement_on_matched_statements():
    text = "The senator said on Monday that taxes would rise."
    gold = [[Attribution(content=[(27, 48)], cue=[(12, 26)])]]  # "said on Monday"
    pred = [[Attribution(content=[(32, 48)], cue=[(12, 16)])]]  # "said"
    tokens, exact = role_agreement([text], gold, pred, "cue")
    assert (tokens.p, tokens.r, exact) == (1.0, pytest.approx(1 / 3), 0.0)


def test_cofenet_chunking_follows_their_reader():
    tags = ["B-source", "I-content", "B-cue", "I-cue", "O", "I-content", "B-content", "I-content"]
    assert bio_spans(tags) == {"source": [(0, 1)], "cue": [(2, 4)], "content": [(6, 8)]}
    gold = [["B-source", "B-cue", "B-content", "I-content", "I-content"]]
    pred = [["B-source", "B-cue", "B-content", "I-content", "O"]]
    scores = cofenet_scores(gold, pred)
    assert scores["source"].f1 == 1.0 and scores["cue"].f1 == 1.0 and scores["content"].f1 == 0.0


def test_projection_onto_ptb_tokens():
    text = "“We won’t go,” she said, “not today.”"
    tokens = ["``", "We", "wo", "n't", "go", ",", "''", "she", "said", ",", "``", "not", "today", ".", "''"]
    offsets = align_tokens(text, tokens)
    assert [text[s:e] for s, e in offsets] == ["“", "We", "wo", "n’t", "go", ",", "”", "she", "said", ",", "“",
                                               "not", "today", ".", "”"]
    content = [(0, 14), (25, 37)]
    tags = spans_to_tags(offsets, {"source": [(15, 18)], "cue": [(19, 23)], "content": content})
    assert tags == ["B-content"] + ["I-content"] * 6 + ["B-source", "B-cue", "O", "B-content"] + ["I-content"] * 4


def test_speaker_name_matching():
    assert speaker_matches("Michael_Bloomberg", "Michael R. Bloomberg")
    assert speaker_matches("Felipe_Calder", "Felipe Calderón")
    assert speaker_matches("Democratic_lawmakers", "Democrats")
    assert speaker_matches("House_Democrats", "Democrats")
    assert not speaker_matches("Donald_Trump", "Hillary Clinton")
    assert not speaker_matches("Rick_Perry", "Rick Santorum")
    assert is_person_label("Felipe_Calder") and is_person_label("Ruth_Bader_Ginsburg")
    assert not any(map(is_person_label, ["NAACP", "House_Democrats", "Obama_campaign", "Tea_Party", "plaintiffs"]))


def test_basil_speaker_accuracy_counts():
    from stancekit.data.basil import BasilArticle, BasilSpan
    from stancekit.evaluation.quotes import basil_speaker_accuracy
    from stancekit.types import Document, Quote, Speaker

    def span(s, e, speaker):
        return BasilSpan(s, e, "", True, speaker, "X", "neg", "dir", "inf")

    art = BasilArticle("a", "ev", "nyt", "", "x" * 200, [
        span(0, 10, "Jane_Doe"), span(20, 30, "Jane_Doe"), span(40, 50, "Bob_Roe"),
        span(60, 70, "Bob_Roe"), span(80, 90, "other_anti"),
    ])
    quotes = [
        Quote("", 0, 12, "direct", speaker=Speaker("Jane Q. Doe", "Doe", 100, 103, "person")),  # right
        Quote("", 18, 31, "direct"),  # unresolved speaker
        Quote("", 38, 45, "direct", speaker=Speaker("Jane Doe", "she", 104, 107, "person")),  # wrong
        Quote("", 79, 95, "direct"),  # generic gold speaker: not scored
    ]  # Bob_Roe's second quote (60-70) is not covered
    res = basil_speaker_accuracy([art], [Document("", quotes)])
    assert res["BASIL quotes"] == 4 and res["BASIL quotes (person labels)"] == 4
    assert res["BASIL coverage"] == 0.75
    assert res["BASIL speaker accuracy"] == pytest.approx(1 / 3)
    assert res["BASIL accuracy, resolved only"] == 0.5


# --- readers ------------------------------------------------------------------------------------


def test_brat_parsing_of_hard_cases():
    ann = "\n".join([
        "T1\tSource 0 4\tKate",
        "T2\tCue 5 9\tsaid",
        "T3\tContent 10 20;30 40\tfirst part",  # discontinuous; its text runs over two lines
        "second line",
        "T4\tAttribution 5 9\tsaid",
        "T5\tDiscuss 0 4\tKate",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        "T6\tCue 50 55\tfears",
        "T7\tContent 56 70\tthat it fails",
        "T8\tContent 80 90\tand worse",
        "T9\tAttribution-no-source 50 55\tfears",
        "E2\tAttribution-no-source:T9 Cue:T6 Content:T7 Content2:T8",
        "E3\tAttribution-no-source:T9 ",
    ])
    assert parse_ann(ann) == [
        Attribution(content=[(10, 20), (30, 40)], source=[(0, 4)], cue=[(5, 9)]),
        Attribution(content=[(56, 70), (80, 90)], source=None, cue=[(50, 55)]),
    ]


def test_polnear_dev_reader(data_dir):
    from stancekit.data import load_polnear

    articles = load_polnear(data_dir, "dev")
    assert len(articles) == 84
    assert sum(len(a.attributions) for a in articles) == 2192
    assert len(load_polnear(data_dir / "PolNeAR", "dev", all_annotators=True)) == 94
    first = articles[0]
    assert first.id == "breitbart_2016-09-12_stealth-over-health-hillary-clin" and first.annotator == "ef2d"
    a = first.attributions[0]
    assert (first.span_text(a.source), first.span_text(a.cue)) == ("The New York Post", "reports")
    assert sum(len(a.content) > 1 for art in articles for a in art.attributions) > 300


def test_cofenet_gold_projection_reproduces_their_tags(data_dir):
    """Projecting PolNeAR's own annotations onto CofeNet's tokens must give back their gold tags."""
    from stancekit.data import load_polnear
    from stancekit.evaluation.cofenet import load_cofenet, statements_to_tags

    docs = load_cofenet(data_dir, "dev")[:12]
    by_file = {f"{a.id}_{a.annotator}": a for a in load_polnear(data_dir, "dev", all_annotators=True)}
    gold, pred = [], []
    for d in docs:
        gold += d.labels
        pred += statements_to_tags(d, by_file[d.id].attributions)
    scores = cofenet_scores(gold, pred)
    assert all(s.f1 > 0.99 for s in scores.values()), scores


def test_basil_reader(data_dir):
    from stancekit.data.basil import load_basil

    articles = load_basil(data_dir)
    assert len(articles) == 210
    spans = [(a, s) for a in articles for s in a.spans]
    assert all(a.text[s.start : s.end] == s.text for a, s in spans)
    assert sum(s.quote and not s.speaker.startswith("other_") for _, s in spans) > 250


# --- end to end ---------------------------------------------------------------------------------


def test_evaluate_quotes_command_on_two_articles(data_dir, rules_kit, monkeypatch, tmp_path, capsys):
    from stancekit.evaluation import quotes

    asked = []
    monkeypatch.setattr(quotes, "_kit", lambda name, precision: asked.append((name, precision)) or rules_kit)
    out = tmp_path / "scores.json"
    assert quotes.main(["--data", str(data_dir), "--limit", "2", "--json", str(out), "--precision", "fp32,int8"]) == 0
    assert asked == [("rules", "fp32")]  # precision only changes span models: the rules get one column
    res = json.loads(out.read_text())["results"]["rules"]
    assert res["gold statements"] == 13 and res["predicted statements"] > 5
    assert 0.4 < res["overlap@0.3 F1"] <= 1.0
    assert res["overlap@0.8 R"] <= res["overlap@0.3 R"]
    assert 0 < res["CofeNet content F1"] <= 1.0 and 0 < res["exact cue F1"] <= 1.0
    assert "BASIL coverage (person labels)" in res
    assert "overlap@0.3 F1" in capsys.readouterr().out
