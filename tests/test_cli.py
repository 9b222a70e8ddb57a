"""The ``stancekit`` command line: version, help, ``label`` on .txt and JSONL input, targets."""

from __future__ import annotations

import json

import pytest

import stancekit
from stancekit.cli import main
from stancekit.types import Document

STORY = (
    "Harbour workers walked out on Friday.\n\n"
    "“We will not move,” said Marta Quinn, who leads the dockers' union. "
    "Quinn added that the new shift rota was unsafe."
)


@pytest.fixture
def use_kit(monkeypatch):
    """Let ``stancekit label`` use an already-loaded real pipeline, checking it asked for that configuration."""

    def use(kit, **expected):
        def load(**kwargs):
            assert {k: kwargs[k] for k in expected} == expected
            return kit

        monkeypatch.setattr(stancekit, "load", load)

    return use


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"stancekit {stancekit.__version__}"


def test_label_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as info:
        main(["label", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for flag in ("--targets", "--text-field", "--id-field", "--format", "--errors", "--fail-fast", "--batch-size",
                 "--n-process", "--device", "--precision", "--extractor", "--no-stance", "--no-claims", "--kinds",
                 "--limit"):
        assert flag in out


@pytest.mark.parametrize("argv, code", [(["evaluate"], 2), (["train", "--help"], 0), (["evaluate", "quote"], 2)])
def test_a_command_group_lists_its_commands(capsys, argv, code):
    assert main(argv) == code
    printed = capsys.readouterr()
    assert "stancekit evaluate quotes" in printed.out + printed.err or "stancekit train stance" in printed.out
    assert ("unknown command 'evaluate quote'" in printed.err) == (argv == ["evaluate", "quote"])


def test_label_a_txt_file(tmp_path, rules_kit, use_kit, capsys):
    use_kit(rules_kit, extractor="rules", stance=None, claims=None)
    src, out = tmp_path / "story.txt", tmp_path / "not" / "yet" / "labels.jsonl"  # missing folders are created
    src.write_text(STORY, encoding="utf-8")
    assert main(["label", str(src), "-o", str(out), "--extractor", "rules", "--no-stance", "--no-claims"]) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    doc = json.loads(line)
    assert doc["id"] == "story.txt"
    assert [(q["text"], q["type"]) for q in doc["quotes"]] == [
        ("“We will not move,”", "direct"), ("that the new shift rota was unsafe", "indirect"),
    ]
    assert doc["quotes"][0]["speaker"]["name"] == "Marta Quinn"
    assert doc == rules_kit(STORY, id="story.txt").to_dict()  # the line is exactly the API's Document.to_dict()
    assert Document.from_dict(doc, text=STORY) == rules_kit(STORY, id="story.txt")  # and reads back into one
    assert all(STORY[q["start"]:q["end"]] == q["text"] for q in doc["quotes"])
    assert "1 documents labelled, 2 quotes, 0 errors" in capsys.readouterr().err


def test_kinds_option_reaches_the_pipeline_and_unknown_kinds_are_refused(tmp_path, rules_kit, use_kit, capsys):
    src, out = tmp_path / "story.txt", tmp_path / "labels.jsonl"
    src.write_text(STORY, encoding="utf-8")
    assert main(["label", str(src), "-o", str(tmp_path / "bad.jsonl"), "--kinds", "speech,quotes", "--quiet"]) == 2
    assert "speech, belief, other" in capsys.readouterr().err
    use_kit(rules_kit, kinds=["speech", "belief"])
    assert main(["label", str(src), "-o", str(out), "--kinds", "speech, belief", "--quiet"]) == 0


def test_bad_lines_warn_and_limit_and_fail_fast(tmp_path, rules_kit, use_kit, capsys):
    use_kit(rules_kit, extractor="rules")
    src, out = tmp_path / "c.jsonl", tmp_path / "labels.jsonl"
    src.write_text(json.dumps({"id": "s", "text": STORY}) + '\n{"id": "x", "text": \n'
                   + json.dumps({"id": "t", "text": "Quinn said that talks would resume."}) + "\n", encoding="utf-8")
    args = ["label", str(src), "-o", str(out), "--extractor", "rules", "--no-stance", "--no-claims"]
    assert main(args) == 0
    assert [json.loads(x).get("id") for x in out.read_text().splitlines()] == ["s", None, "t"]
    assert "warning: line 2: invalid JSON" in capsys.readouterr().err
    assert main([*args, "--quiet"]) == 0
    assert capsys.readouterr().err == ""  # the bad record is in the output, not on the screen
    assert main([*args, "--limit", "1"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["s"]
    assert "labels.jsonl exists from a finished run: labelling again" in capsys.readouterr().err
    out.unlink()
    assert main([*args, "--fail-fast"]) == 1
    assert "bad record at line 2" in capsys.readouterr().err and not out.exists()


def test_per_line_targets_override_the_targets_option(tmp_path, kit, use_kit):
    if kit.stance_model is None:
        pytest.skip("no stance checkpoint in models/stance")
    use_kit(kit, extractor="learned", stance="auto", claims="auto")
    src, out = tmp_path / "c.jsonl", tmp_path / "labels.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": "Mayor Ana Ruiz said that the rent cap was a reckless waste of money.",
                    "targets": ["the rent cap"]}) + "\n"
        + json.dumps({"id": 2, "text": "Senator Omar Haddad said that the bridge plan would bring jobs back."}) + "\n",
        encoding="utf-8",
    )
    assert main(["label", str(src), "-o", str(out), "--targets", "the bridge plan,the fuel tax", "--quiet"]) == 0
    first, second = (json.loads(x) for x in out.read_text().splitlines())
    assert first["quotes"] and second["quotes"]
    assert all([s["target"] for s in q["stances"]] == ["the rent cap"] for q in first["quotes"])
    assert all([s["target"] for s in q["stances"]] == ["the bridge plan", "the fuel tax"] for q in second["quotes"])


def test_show_prints_one_row_per_statement_with_unresolved_mentions_in_parentheses(tmp_path, rules_kit, capsys):
    text = "Marta Quinn leads the union. She said the rota was unsafe. The port stayed shut. He said talks had failed."
    labels = tmp_path / "labels.jsonl"
    records = [{**rules_kit(text).to_dict(), "id": "d1"}, {"id": "bad", "error": "not labelled"}]
    labels.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert main(["show", str(labels), "--width", "120"]) == 0
    *table, footer = capsys.readouterr().out.splitlines()
    rows = [line.split(" | ") for line in table[2:]]
    assert [(r[0].strip(), r[1].strip(), r[2].strip()) for r in rows] == [("d1", "Marta Quinn", "said"),
                                                                         ("d1", "(He)", "said")]
    assert footer == "(1 record with errors not shown)"


def test_show_reads_what_label_wrote_gzipped_and_refuses_other_files_in_one_line(tmp_path, rules_kit, use_kit, capsys):
    use_kit(rules_kit, extractor="rules")
    src, out = tmp_path / "c.jsonl", tmp_path / "labels.jsonl.gz"
    src.write_text(json.dumps({"id": "s", "text": STORY}) + '\n{"id": "x", "text": ""}\n', encoding="utf-8")
    assert main(["label", str(src), "-o", str(out), "--extractor", "rules", "--no-stance", "--no-claims",
                 "--quiet"]) == 0
    assert main(["show", str(out), "--width", "120"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" | ")[1].strip() for line in lines[2:4]] == ["Marta Quinn", "Marta Quinn"]
    assert lines[-1] == "(1 record with errors not shown)"
    assert main(["show", str(tmp_path / "missing.jsonl")]) == 2
    assert "No such file" in capsys.readouterr().err
    (tmp_path / "flat.csv").write_text("id,text\n1,a\n")
    assert main(["show", str(tmp_path / "flat.csv")]) == 2
    err = capsys.readouterr().err
    assert "flat.csv line 1 is not JSON" in err and len(err.splitlines()) == 1


def test_label_refuses_an_output_it_cannot_tell_the_format_of_and_a_typo_for_an_extractor(tmp_path, capsys):
    src = tmp_path / "story.txt"
    src.write_text(STORY, encoding="utf-8")
    assert main(["label", str(src), "-o", str(tmp_path / "labels.xlsx")]) == 2
    assert "cannot tell the output format from 'labels.xlsx'" in capsys.readouterr().err
    assert main(["label", str(src), "-o", str(tmp_path / "labels.jsonl"), "--extractor", "rulez", "--no-stance",
                 "--no-claims"]) == 2
    assert "extractor must be 'learned', 'rules', a checkpoint folder or a Hugging Face id" in capsys.readouterr().err


def test_a_second_run_writing_the_same_output_stops_at_once(tmp_path, rules_kit, use_kit, capsys):
    from stancekit.corpus.runner import _exclusive

    use_kit(rules_kit, extractor="rules")
    src, out = tmp_path / "story.txt", tmp_path / "labels.jsonl"
    src.write_text(STORY, encoding="utf-8")
    args = ["label", str(src), "-o", str(out), "--extractor", "rules", "--no-stance", "--no-claims", "--quiet"]
    with _exclusive(out):  # what a first run holds while it writes
        assert main(args) == 2
    assert "another run is writing" in capsys.readouterr().err and not out.exists()
    assert main(args) == 0 and out.exists() and not (tmp_path / "labels.jsonl.lock").exists()
