"""Labelling in worker processes: the same results as in one process, in input order, bad records in place."""

from __future__ import annotations

import json

import pytest
from test_corpus import ARTICLES, _bad_corpus

from stancekit.corpus import read_path
from stancekit.corpus.cli import _n_process
from stancekit.corpus.runner import BadRecord, run_to_file
from stancekit.corpus.writers import get_format
from stancekit.parallel import WorkerError, auto_processes
from stancekit.pipeline import Kit

TEXTS = [
    "“The ferry will run all winter,” said Ines Volk, the harbour master.",
    "Councillor Tomas Berg said that the parking fees were too high.",
    "The library closed early because of the storm.",
    "According to the health ministry, the clinic will reopen in May.",
    "Dara Quint, the union's treasurer, warned that the strike fund was nearly empty.",
]


@pytest.fixture(scope="module")
def two_process_kit(rules_kit):
    """The rule pipeline, set to label in two worker processes (each rebuilds it from ``rules_kit.spec``)."""
    return Kit(rules_kit.nlp, rules_kit.extractor, n_process=2, spec=rules_kit.spec)


def test_two_processes_give_the_documents_of_one_in_input_order(rules_kit):
    texts = TEXTS * 4  # blocks of 8 texts: the first and third here, the second in a worker
    one = [d.to_dict() for d in rules_kit.pipe(texts, ids=range(20), batch_size=1)]
    two = [d.to_dict() for d in rules_kit.pipe(texts, ids=range(20), batch_size=1, n_process=2)]
    assert two == one
    assert [d["id"] for d in two] == list(range(20))
    assert [[(q["speaker"]["name"], q["text"]) for q in d["quotes"]] for d in two[10:15]] == [
        [("Ines Volk", "“The ferry will run all winter,”")],
        [("Tomas Berg", "that the parking fees were too high")],
        [],
        [("health ministry", "the clinic will reopen in May")],
        [("Dara Quint", "that the strike fund was nearly empty")],
    ]


def test_bad_records_stay_in_place_and_fail_fast_names_the_line_from_a_worker(tmp_path, rules_kit, two_process_kit):
    outputs = []
    for kit in (rules_kit, two_process_kit):
        out = tmp_path / f"out_{kit.n_process}.jsonl"
        run_to_file(kit, read_path(_bad_corpus(tmp_path)), out, get_format("jsonl"), "fp", block_size=2)
        outputs.append(out.read_bytes())
    assert outputs[1] == outputs[0]
    lines = [json.loads(line) for line in outputs[1].decode().splitlines()]
    assert [d.get("id") for d in lines if "error" not in d] == [a["id"] for a in ARTICLES]
    with pytest.raises(BadRecord, match="line 2") as info:  # blocks of one record: line 2 is the worker's
        run_to_file(two_process_kit, read_path(_bad_corpus(tmp_path)), tmp_path / "ff.jsonl", get_format("jsonl"),
                    "fp", block_size=1, fail_fast=True)
    assert info.value.record.error.startswith("invalid JSON")


def test_a_worker_that_cannot_start_is_a_clear_error(rules_kit):
    broken = Kit(rules_kit.nlp, rules_kit.extractor, spec={**rules_kit.spec, "parser": "no_such_spacy_pipeline"})
    with pytest.raises(WorkerError, match="a worker process died or could not start"):
        list(broken.pipe(TEXTS * 4, batch_size=1, n_process=2))  # the second block of 8 goes to the worker
    with pytest.raises(ValueError, match="made by stancekit.load"):
        list(Kit(rules_kit.nlp, rules_kit.extractor).pipe(TEXTS, n_process=2))


def test_auto_process_count_fits_cores_memory_and_the_input(monkeypatch):
    from stancekit import parallel

    assert _n_process("auto", 10, 256) == 1  # one block: starting workers would only cost time
    assert _n_process("auto", 10_000, 256) == auto_processes() >= 1
    assert _n_process("auto", None, 256) == auto_processes()  # size unknown (gzip)
    assert _n_process(3, 10, 256) == 3  # asked for explicitly
    monkeypatch.setattr(parallel, "usable_cores", lambda: 16)
    monkeypatch.setattr(parallel, "usable_memory", lambda: 5 << 30)  # a container limited to 5 GiB
    assert auto_processes() == 2
    monkeypatch.setattr(parallel, "usable_memory", lambda: None)
    assert auto_processes() == 16


def test_label_command_reports_a_dead_worker_and_the_rerun_continues(tmp_path, rules_kit, monkeypatch, capsys):
    import stancekit
    from stancekit.cli import main

    src, out = tmp_path / "c.jsonl", tmp_path / "labels.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(TEXTS * 4)), encoding="utf-8")
    args = ["label", str(src), "-o", str(out), "--batch-size", "1", "--n-process", "2", "--quiet"]
    broken = Kit(rules_kit.nlp, rules_kit.extractor, n_process=2,
                 spec={**rules_kit.spec, "parser": "no_such_spacy_pipeline"})
    monkeypatch.setattr(stancekit, "load", lambda **kw: broken)
    assert main(args) == 1
    assert "a worker process died" in capsys.readouterr().err and not out.exists()
    monkeypatch.setattr(stancekit, "load", lambda **kw: rules_kit)  # the same job, now in one process
    assert main(args) == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == list(range(20))
