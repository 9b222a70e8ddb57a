"""Never crash: odd quote marks, empty text, markup, a 1 MB document, non-English text; the sample corpus
covers every construction."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import spacy

from stancekit.extract import RuleExtractor
from stancekit.extract.quotes import opening_marks
from stancekit.furniture import furniture, invisibles, link_cards, video_cards
from stancekit.pipeline import Kit

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample.jsonl"


def _offsets_hold(doc) -> None:
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
        for s, e in q.fragments:
            assert q.start <= s < e <= q.end
        if q.cue:
            assert doc.text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker:
            assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.mention


def test_empty_and_blank_text(rules_kit):
    assert rules_kit("").quotes == []
    assert rules_kit(" \n\n\t ").quotes == []


def test_odd_number_of_quote_marks(rules_kit):
    text = 'Anna Berg said the tax was "fair. Thomas Hale said it was "a raid" on drivers" and left.'
    doc = rules_kit(text)
    _offsets_hold(doc)
    assert [q.cue.text for q in doc.quotes] == ["said", "said"]


def test_a_closing_mark_typed_where_a_quotation_opens_opens_it(rules_kit, kit):
    """'”We will appeal,”' is a quotation, read with the marks as typed; a stray mark nothing closes stays one."""
    text = "”We will appeal,” Ana Lind said. “The ruling is wrong.”\n\nTom Hale called the plan a ”menace” to the town."
    assert opening_marks(text) == text.replace("”We", "“We").replace("a ”menace", "a “menace")
    assert opening_marks("It was over. ”Nobody agreed.") == "It was over. ”Nobody agreed."
    for pipeline in (rules_kit, kit):
        doc = pipeline(text)
        _offsets_hold(doc)
        assert [(q.text, q.type, q.speaker.name) for q in doc.quotes] == [
            ("”We will appeal,” Ana Lind said. “The ruling is wrong.”", "direct", "Ana Lind"),
            ("the plan a ”menace” to the town", "mixed", "Tom Hale")]


def test_markup_remnants(rules_kit):
    text = ('<div class="article">\n<p>Anna Berg said the tax was fair &amp; overdue.</p>\n&nbsp;\n'
            "“We will not move,” Hale said.\n</div><br/>")
    doc = rules_kit(text)
    _offsets_hold(doc)
    assert [(q.type, q.speaker.name) for q in doc.quotes] == [("indirect", "Anna Berg"), ("direct", "Hale")]
    assert doc.quotes[1].text == "“We will not move,”"


def test_a_scraped_link_card_is_page_furniture(rules_kit, kit):
    """A site's link card after a name (the legal name run into three headlines, then "MORE") is blanked before
    parsing: its headlines are no statements and its words no names; offsets and words stay the original's, and
    a speaker mention ends before the card."""
    text = ("Sen. Tom Lind Thomas Edward LindSenators balk at the harbor bill Lind says he will veto the port plan "
            "Ruiz wins the Halden primary MORE (R-Ohio) said on Monday that the bill would fail.\n\n"
            "Mayor Ana Ruiz Ana Maria RuizMORE disagreed. “It will pass,” she said.")
    first = text.index(" Thomas Edward")
    assert link_cards(text) == [(first, text.index("MORE") + 4), (text.index(" Ana Maria"), text.rindex("MORE") + 4)]
    for pipeline in (rules_kit, kit):
        doc = pipeline(text)
        _offsets_hold(doc)
        assert [(q.text, q.speaker.name, q.speaker.mention) for q in doc.quotes] == [
            ("that the bill would fail", "Tom Lind", "Sen. Tom Lind"), ("“It will pass,”", "Ana Ruiz", "she")]
    assert link_cards("ONE MORE TIME, she said. Read MORE about it.") == []
    # a speaker in its own words that a card interrupts keeps one space where the card was
    text = ("One senator close to Senate Leader Tom Lind Thomas Edward LindSenators balk at the harbor bill Lind says "
            "he will veto the port plan MORE in the statehouse said on Monday that the vote would be delayed.")
    assert [q.speaker.name for q in kit(text).quotes] == [
        "one senator close to Senate Leader Tom Lind in the statehouse"]


def test_a_link_card_kept_apart_by_a_space(kit):
    """A card whose legal name is not glued to its first headline is told by the shown name repeated in it."""
    text = ("Speaker Tom Lind Tom Arne Lind Voters shrug at the harbor vote Ruiz wins the Halden primary MORE "
            "(R-Ohio) said the bill would fail. Mayor Ana Ruiz Ana Ruiz Halden port reopens MORE agreed.")
    assert link_cards(text) == [(text.index(" Tom Arne"), text.index("MORE") + 4),
                                (text.index(" Ana Ruiz Halden"), text.rindex("MORE") + 4)]
    doc = kit(text)
    _offsets_hold(doc)
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("the bill would fail", "Tom Lind")]
    assert link_cards("Tom Lind Tom Lind said ONE MORE thing.") == []


def _only_ruiz_speaks(text: str, *pipelines) -> None:
    """The page furniture in ``text`` gives no statement, and its names no antecedent of the closing "She"."""
    for pipeline in pipelines:
        doc = pipeline(text)
        _offsets_hold(doc)
        assert [(q.text, q.speaker.name, q.speaker.mention) for q in doc.quotes] == [
            ("the terminal would bring hundreds of jobs to the harbor", "Ana Ruiz", "She")]


def test_lines_in_capitals_are_page_furniture(rules_kit, kit):
    """A related story's headline or a section head on a line in capitals is no statement and names no one
    for a later "she"; an article written all in capitals keeps its lines."""
    text = ("Mayor Ana Ruiz opened the new ferry terminal in Halden on Monday.\n\n"
            "MAYA LIND SAYS SHE WILL VETO THE PORT BILL\n\nADVERTISEMENT\n\n"
            "She said the terminal would bring hundreds of jobs to the harbor.")
    assert [text[s:e] for s, e in furniture(text)] == ["MAYA LIND SAYS SHE WILL VETO THE PORT BILL", "ADVERTISEMENT"]
    _only_ruiz_speaks(text, rules_kit, kit)
    assert furniture("MAYA LIND SAYS SHE WILL VETO THE PORT BILL\nRUIZ SAID THE BILL WOULD FAIL.") == []


def test_labelled_links_to_other_stories_are_page_furniture(rules_kit, kit):
    """A link to another story, on a labelled line ("More:") or in a labelled aside ("(RELATED: ...)"), is no
    statement and names no one for a later "she"; a sentence that only starts with such a word is kept."""
    text = ("Mayor Ana Ruiz opened the new ferry terminal in Halden on Monday. (RELATED: Maya Lind Says Port Bill "
            "Is Dead)\n\nMore: Maya Lind vows to veto the port bill\n\n"
            "She said the terminal would bring hundreds of jobs to the harbor.")
    assert [text[s:e] for s, e in furniture(text)] == [
        "(RELATED: Maya Lind Says Port Bill Is Dead)", "More: Maya Lind vows to veto the port bill"]
    _only_ruiz_speaks(text, rules_kit, kit)
    # guard: no label, no colon, or a label in lower case inside a sentence
    assert furniture("More than 40 people came. Read the report: it is short.\nWatch the vote, she said.") == []


def test_a_broadcaster_s_media_labels_are_page_furniture(rules_kit, kit):
    """The labels before a picture's or a video's caption are blanked, the caption kept: the speaker had been "Image
    copyright Photo Agency Image caption Ms Lind", and "is unsupported" a cue."""
    text = ("Media playback is unsupported on your device Media caption Harbour workers walk out\n\n"
            "Image copyright Photo Agency Image caption Ms Lind said the cranes had been idle for a week.")
    assert [text[s:e] for s, e in furniture(text)] == [
        "Media playback is unsupported on your device", "Media caption", "Image copyright Photo Agency",
        "Image caption"]
    for pipeline in (rules_kit, kit):
        doc = pipeline(text)
        _offsets_hold(doc)
        assert [(q.text, q.speaker.mention) for q in doc.quotes] == [
            ("the cranes had been idle for a week", "Ms Lind")]
    # guard: the words in a sentence, without a holder's name after "Image copyright"
    assert furniture("The caption under the image was wrong. Image copyright law is strict.") == []


def test_a_video_card_gives_no_statement_and_no_antecedent(rules_kit, kit):
    """A video player's card (a clip's title twice, then its length), inside a paragraph or on its own line, is
    no statement and names no one for a later "she"; it stays in the text the tagger reads, whose windows would
    move without it. "Watched" and a time in a sentence are kept."""
    text = ("Mayor Ana Ruiz opened the new ferry terminal in Halden on Monday. JUST WATCHED Maya Lind says the port "
            "bill is dead Replay More Videos ... MUST WATCH Maya Lind says the port bill is dead 01:53\n\n"
            "She said the terminal would bring hundreds of jobs to the harbor.")
    assert [text[s:e] for s, e in video_cards(text)] == [
        "JUST WATCHED Maya Lind says the port bill is dead Replay More Videos ... MUST WATCH Maya Lind says the "
        "port bill is dead 01:53"]
    assert furniture(text) == []
    _only_ruiz_speaks(text, rules_kit, kit)
    assert video_cards("Just watched the vote, she said. More videos will follow at 10:30.") == []


def test_invisible_characters_do_not_hide_a_name(kit):
    """A zero-width space glued to a name (scraped paragraphs often start with one) would make "\u200bKristen" a
    token nobody's name; blanked, the name is found, and the offsets and words are still the original's."""
    text = ("The harbour board met on Monday.\n\n\u200bKristen Lindqvist, who chairs it, said the vote was "
            "\u201cbadly rushed.\u201d The port\xad authority\u2060 opened in May.")
    [quote] = kit(text).quotes
    assert quote.speaker.name == "Kristen Lindqvist" and quote.speaker.kind == "person"
    assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.mention == "Kristen Lindqvist"
    assert quote.text == text[quote.start : quote.end] == "the vote was \u201cbadly rushed.\u201d"
    # a soft hyphen that splits a word where it may break a line is part of the word
    assert [text[s:e] for s, e in invisibles(text + " A corona\xadvirus case.")] == ["\u200b", "\xad", "\u2060"]


def test_non_english_text(rules_kit):
    text = ("Die Ministerin sagte am Montag, dass die Steuer gerecht sei. "
            "财政部长周一表示，这项税收是公平的。 Le ministre a déclaré que la taxe était juste.")
    doc = rules_kit(text)
    _offsets_hold(doc)
    assert len(doc.quotes) <= 1


def test_long_document_is_chunked_with_offsets_kept(rules_kit):
    para = ("The council met again on a grey morning and argued about the harbor bridge for hours. " * 5).strip()
    parts, expected = [], []
    pos = 0
    for i in range(60):  # ~45,000 characters: three parser chunks
        quote = f'"We will finish bridge number {i} this year,"'
        chunk = f"{para} {quote} Clara Voss said.\n\n"
        expected.append(pos + len(para) + 1)
        parts.append(chunk)
        pos += len(chunk)
    text = "".join(parts)
    doc = rules_kit(text)
    _offsets_hold(doc)
    assert [q.start for q in doc.quotes if q.type == "direct"] == expected


def test_one_megabyte_document_offsets():
    """Cheap check of the 1 MB path: tokenizer-only spaCy, so only cue-less signed quotations are found."""
    kit = Kit(spacy.blank("en"), RuleExtractor())
    unit = 'Filler words about the weather and the harbor go here. "The bridge will open in May" - Jane Doe\n\n'
    text = unit * (1_000_000 // len(unit) + 1)
    doc = kit(text)
    assert len(text) > 1_000_000
    assert len(doc.quotes) == text.count('"The bridge')
    _offsets_hold(doc)
    assert all(q.text == '"The bridge will open in May"' and q.speaker.mention == "Jane" for q in doc.quotes)


def test_sample_corpus_covers_the_constructions(rules_kit):
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 20 and len({r["id"] for r in rows}) == len(rows)
    dates = sorted(date.fromisoformat(r["date"]) for r in rows)
    assert (dates[-1] - dates[0]).days > 120
    quotes = [q for d in rules_kit.pipe([r["text"] for r in rows]) for q in d.quotes]
    assert {q.type for q in quotes} == {"direct", "indirect", "mixed"}
    assert any(q.fragments for q in quotes) and any(q.cue is None and q.speaker for q in quotes)
    assert any(q.cue and q.cue.text.lower() == "according to" for q in quotes)
    assert any("\n" in q.text and q.type == "direct" for q in quotes)
    speakers = [q.speaker.name for q in quotes if q.speaker]
    assert {"Anna Berg", "Thomas Hale", "Clara Voss", "Piotr Lind"} <= {s for s in speakers if speakers.count(s) >= 3}
