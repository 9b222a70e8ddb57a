"""Batch labelling: readers, writers, bad records, fail-fast and resuming an interrupted run."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from stancekit.corpus import Record, RecordError, read_path, read_rows
from stancekit.corpus.readers import count_records
from stancekit.corpus.runner import BadRecord, label_corpus, run_to_file
from stancekit.corpus.synthetic import generate_articles
from stancekit.corpus.writers import get_format

ARTICLES = [
    {"id": "port", "text": "“The harbour will stay open,” Mayor Lena Brandt said on Monday."},
    {"id": 7, "text": "Senator Rui Costa said that the fuel tax was unfair.", "targets": ["the fuel tax"]},
    {"id": "calm", "text": "The river rose slowly overnight and the bridge stayed closed."},
]


def _jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def _dump(rec: dict) -> bytes:
    return json.dumps(rec, ensure_ascii=False).encode()


def _items(path, **kw) -> list:
    return list(read_path(path, **kw))


# --- readers ------------------------------------------------------------------------------------------------


def test_jsonl_plain_and_gzip_keep_line_numbers_ids_and_targets(tmp_path):
    raw = [_dump(ARTICLES[0]), b"", _dump(ARTICLES[1]), _dump(ARTICLES[2])]
    plain = _jsonl(tmp_path / "c.jsonl", raw)
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    for path in (plain, gz):
        items = _items(path)
        assert items == [
            Record(1, "port", ARTICLES[0]["text"]),
            Record(3, 7, ARTICLES[1]["text"], ["the fuel tax"]),
            Record(4, "calm", ARTICLES[2]["text"]),
        ]
    assert count_records(plain) == 4  # cheap upper bound for the progress bar (blank line included)


def test_csv_reports_the_line_where_each_record_starts(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(
        b'id,text,targets\n'
        b'a,"First line\nsecond line said Ana.","[""the rent cap""]"\n'
        b'b,"Caf\xe9 owners said that prices rose.",\n'
        b'c,Plain text said Bo.,"the fuel tax, the rent cap"\n'
    )
    items = _items(path, text_field="text", id_field="id")
    assert items[0] == Record(2, "a", "First line\nsecond line said Ana.", ["the rent cap"])
    assert isinstance(items[1], RecordError) and (items[1].line, items[1].id) == (4, "b")
    assert "undecodable" in items[1].error
    assert items[2] == Record(5, "c", "Plain text said Bo.", ["the fuel tax", "the rent cap"])
    assert list(read_path(path, encoding="latin-1"))[1] == Record(4, "b", "Caf\u00e9 owners said that prices rose.")
    jsonl, txt = tmp_path / "c.jsonl", tmp_path / "c.txt"
    jsonl.write_bytes(b'{"id": 1, "text": "Caf\xe9 owners said that prices rose."}\n')
    txt.write_bytes(b"Caf\xe9 owners said that prices rose.")
    assert [r.text for p in (jsonl, txt) for r in read_path(p, encoding="latin-1")] == [
        "Caf\u00e9 owners said that prices rose."] * 2
    assert read_path(txt).__next__().error == "undecodable bytes (not utf-8) at byte 3"


def test_parquet_dataframe_and_dataset(tmp_path):
    df = pd.DataFrame({
        "doc": [10, 11, 12],
        "body": ["Ana Ruiz said that the port would stay open.", None, "Nothing was said."],
        "targets": [["the port"], None, ["the port", "the tax"]],
    })
    expected = [
        Record(1, 10, df.body[0], ["the port"]),
        RecordError(2, 11, "missing text field 'body'"),
        Record(3, 12, df.body[2], ["the port", "the tax"]),
    ]
    df.to_parquet(tmp_path / "c.parquet")
    assert _items(tmp_path / "c.parquet", text_field="body", id_field="doc") == expected
    assert list(read_rows(df, "body", "doc")) == expected  # numpy ids come back as Python ints
    assert isinstance(expected[0].id, int) and type(list(read_rows(df, "body", "doc"))[0].id) is int

    import datasets

    ds = datasets.Dataset.from_pandas(df)
    assert list(read_rows(ds, "body", "doc")) == expected
    assert list(read_rows(["One text.", 3])) == [Record(1, None, "One text."),
                                                 RecordError(2, None, "record is a int, not a mapping or a string")]


def test_txt_file_and_folder(tmp_path):
    folder = tmp_path / "news"
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text("Ana said hello.", encoding="utf-8")
    (folder / "b" / "c.txt").write_bytes(b"\xff\xfe bad")
    (folder / "b" / "d.txt").write_text("\ufeffBo said goodbye.", encoding="utf-8")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    items = _items(folder)
    assert items[0] == Record(1, "a.txt", "Ana said hello.")
    assert isinstance(items[1], RecordError) and (items[1].line, items[1].id) == (2, "b/c.txt")
    assert items[2] == Record(3, "b/d.txt", "Bo said goodbye.")  # BOM dropped
    assert _items(folder / "a.txt") == [Record(1, "a.txt", "Ana said hello.")]


# --- labelling through the real pipeline ----------------------------------------------------------------


def _bad_corpus(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "bad.jsonl", [
        _dump(ARTICLES[0]),
        b'{"id": "broken", "text": "unterminated',            # line 2: invalid JSON
        b'{"id": "nofield", "body": "text under another key"}',  # line 3
        _dump(ARTICLES[1]),                                      # line 4
        b'{"id": "blank", "text": "   "}',                     # line 5
        b'{"id": 99, "text": ["not", "a", "string"]}',          # line 6
        b'{"id": "latin1", "text": "Caf\xe9 owners said so."}',  # line 7: not UTF-8
        _dump({"id": "huge", "text": "word " * 1_100_000}),      # line 8: 5.5 MB
        b"[1, 2]",                                               # line 9
        _dump(ARTICLES[2]),                                      # line 10
        b'{"id": "tab", "text": "a\tb"}',                       # line 11: a raw tab inside a JSON string
    ])


def test_bad_records_become_error_lines_and_every_good_record_is_labelled(tmp_path, rules_kit):
    out = tmp_path / "out.jsonl"
    run_to_file(rules_kit, read_path(_bad_corpus(tmp_path)), out, get_format("jsonl"), "fp", block_size=4)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(d.get("id"), d.get("line")) for d in lines] == [
        ("port", None), (None, 2), ("nofield", 3), (7, None), ("blank", 5), (99, 6), ("latin1", 7), ("huge", 8),
        (None, 9), ("calm", None), (None, 11),
    ]
    errors = {d["line"]: d["error"] for d in lines if "error" in d}
    assert errors[2].startswith("invalid JSON")
    assert errors[3] == "missing text field 'text'"
    assert errors[5] == "empty text"
    assert errors[6] == "text field 'text' is not a string (list)"
    assert errors[7].startswith("undecodable bytes")
    assert errors[8].startswith("text has 5,500,000 characters")
    assert errors[9] == "not a JSON object but a list"
    assert errors[11] == "invalid JSON: Invalid control character at column 25"
    good = [lines[0], lines[3], lines[9]]
    expected = rules_kit.pipe([a["text"] for a in ARTICLES], ids=[a["id"] for a in ARTICLES])
    assert good == [d.to_dict() for d in expected]
    assert [q["speaker"]["name"] for q in good[0]["quotes"]] == ["Lena Brandt"]
    assert good[2]["quotes"] == []  # documents without statements are kept


def test_fail_fast_stops_at_the_first_bad_record(tmp_path, rules_kit):
    with pytest.raises(BadRecord, match="line 2") as info:
        list(label_corpus(rules_kit, _bad_corpus(tmp_path), fail_fast=True))
    assert info.value.record.error.startswith("invalid JSON")


def test_a_records_author_speaks_its_unnamed_first_person_statements(tmp_path, rules_kit):
    """An op-ed's "I" outside quotation marks is its writer: an ``author`` field (a string, or a list of co-authors)
    names it; an author of another type is a bad record, and the others are still labelled."""
    text = "I think the port plan is a mistake, and the council should drop it."
    path = _jsonl(tmp_path / "c.jsonl", [_dump({"id": 1, "text": text, "author": "Ana Lind"}),
                                          _dump({"id": 2, "text": text, "author": ["Ana Lind", "Tom Hale"]}),
                                          _dump({"id": 3, "text": text, "author": 12}),
                                          _dump({"id": 4, "text": text})])
    results = list(label_corpus(rules_kit, path))
    assert [(r.quotes[0].speaker.name, r.quotes[0].speaker.kind) for r in (results[0], results[1], results[3])] == [
        ("Ana Lind", "person"), ("Ana Lind, Tom Hale", "person"), (None, "person")]
    assert (results[2].line, results[2].error) == (3, "bad author: author must be a string or a list of strings")
    # the same field in a Parquet file, and in a DataFrame read from one (its lists are numpy arrays)
    pd.DataFrame({"id": [1, 2], "text": [text, text], "author": [["Ana Lind", "Tom Hale"], None]}).to_parquet(
        tmp_path / "c.parquet")
    for data in (tmp_path / "c.parquet", pd.read_parquet(tmp_path / "c.parquet")):
        assert [r.quotes[0].speaker.name for r in label_corpus(rules_kit, data)] == ["Ana Lind, Tom Hale", None]


def test_label_corpus_on_a_dataframe_in_order(rules_kit):
    df = pd.DataFrame(ARTICLES)
    results = list(rules_kit.label_corpus(df))
    assert [r.id for r in results] == ["port", 7, "calm"]
    assert [q.text for q in results[1].quotes] == ["that the fuel tax was unfair"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_flat_outputs_hold_one_row_per_quote(tmp_path, rules_kit, fmt):
    out, errs = tmp_path / f"out.{fmt}", tmp_path / "errors.jsonl"
    run_to_file(rules_kit, read_path(_bad_corpus(tmp_path)), out, get_format(fmt), "fp", errs, block_size=3)
    frame = pd.read_csv(out, keep_default_na=False) if fmt == "csv" else pd.read_parquet(out)
    docs = list(rules_kit.pipe([a["text"] for a in ARTICLES], ids=[a["id"] for a in ARTICLES]))
    expected = pd.concat([d.to_frame() for d in docs], ignore_index=True)
    assert list(frame.columns) == ["id", "line", *expected.columns[1:]]
    assert frame["quote"].tolist() == expected["quote"].tolist() and len(frame) == 2
    assert frame["start"].tolist() == expected["start"].tolist()
    assert frame["id"].astype(str).tolist() == ["port", "7"]
    assert frame["line"].tolist() == [1, 4]  # the input lines: rows join back to the input, with or without ids
    assert [json.loads(line)["line"] for line in errs.read_text().splitlines()] == [2, 3, 5, 6, 7, 8, 9, 11]
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob("*.journal"))


def test_flat_rows_of_an_input_without_ids_carry_its_lines(tmp_path, rules_kit):
    src = tmp_path / "in.csv"
    src.write_text('text\n"Ana Ruiz said the dam was safe.\n\nShe added that the gates held."\nThe sky was grey.\n'
                   '"Tom Hale said that the mill would close."\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    run_to_file(rules_kit, read_path(src), out, get_format("csv"), "fp", block_size=2)
    frame = pd.read_csv(out, keep_default_na=False)
    assert frame["id"].tolist() == ["", "", ""]
    assert list(zip(frame["line"], frame["quote"], strict=True)) == [
        (2, "the dam was safe"), (2, "that the gates held"), (6, "that the mill would close")]


# --- resuming ---------------------------------------------------------------------------------------------


def _corpus(path: Path, n: int) -> list[dict]:
    arts = list(generate_articles(n, seed=3, paragraphs=(1, 3)))
    _jsonl(path, [_dump(a) for a in arts])
    return arts


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv.gz"])
def test_interrupted_run_resumes_to_the_same_output(tmp_path, rules_kit, name):
    src = tmp_path / "c.jsonl"
    _corpus(src, 24)
    gz = name.endswith(".gz")
    fmt = get_format("csv" if ".csv" in name else "jsonl", gz=gz)
    whole = tmp_path / f"whole.{name}"
    run_to_file(rules_kit, read_path(src), whole, fmt, "fp", block_size=5)

    out = tmp_path / name

    def stop_after_two(block, progress):
        if progress.records >= 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_to_file(rules_kit, read_path(src), out, fmt, "fp", block_size=5, on_block=stop_after_two)
    assert not out.exists()
    with open(tmp_path / f"{name}.partial", "ab") as fh:
        fh.write(b'{"id":"a10","quotes":[{"te')  # a torn write after the last commit
    resumed = []
    run_to_file(rules_kit, read_path(src), out, fmt, "fp", block_size=5, on_resume=resumed.append)
    assert resumed[0].records == 10
    read = gzip.decompress if gz else bytes
    assert read(out.read_bytes()) == read(whole.read_bytes())
    lines = read(out.read_bytes()).decode().splitlines()
    assert lines[0].startswith("id,line,speaker,") if gz else len(lines) == 24
    assert not (tmp_path / f"{name}.journal").exists()


def test_a_journal_from_another_job_is_not_reused(tmp_path, rules_kit):
    src = tmp_path / "c.jsonl"
    _corpus(src, 6)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_to_file(rules_kit, read_path(src), out, get_format("jsonl"), "job-1", block_size=3,
                    on_block=lambda b, p: (_ for _ in ()).throw(KeyboardInterrupt))
    resumed, restarted = [], []
    run_to_file(rules_kit, read_path(src), out, get_format("jsonl"), "job-2", block_size=3, on_resume=resumed.append,
                on_restart=lambda: restarted.append(True))
    assert not resumed and restarted and len(out.read_text().splitlines()) == 6


def _committed(journal: Path) -> int:
    """Records committed so far according to the journal (a line caught half-written is ignored)."""
    records = 0
    for line in journal.read_text().splitlines()[1:] if journal.exists() else []:
        try:
            records = json.loads(line)["records"]
        except json.JSONDecodeError:
            break
    return records


def test_kill_9_and_rerun_the_same_command(tmp_path, rules_kit):
    src = tmp_path / "corpus.jsonl"
    arts = _corpus(src, 100)
    out = tmp_path / "labels.jsonl"
    cmd = [sys.executable, "-m", "stancekit.cli", "label", str(src), "-o", str(out), "--extractor", "rules",
           "--no-stance", "--no-claims", "--batch-size", "2", "--quiet"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    journal = tmp_path / "labels.jsonl.journal"
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.time() + 60
    committed = 0
    while committed < 32 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        committed = _committed(journal)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    resume_at = _committed(journal)
    assert 32 <= resume_at < len(arts), "the run was not caught mid-way"
    assert not out.exists() and (tmp_path / "labels.jsonl.partial").exists()

    subprocess.run(cmd, env=env, check=True, timeout=120)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in lines] == [a["id"] for a in arts]  # none lost, none duplicated, input order
    assert not journal.exists()
    # documents on both sides of the resume point are labelled exactly as in one uninterrupted pass
    window = slice(resume_at - 8, resume_at + 8)
    expected = rules_kit.pipe([a["text"] for a in arts[window]], ids=[a["id"] for a in arts[window]])
    assert lines[window] == [d.to_dict() for d in expected]
