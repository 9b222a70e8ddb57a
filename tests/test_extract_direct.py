"""Direct quotations: every quote-mark style, nesting, split and multi-paragraph quotes, speaker placement."""

from __future__ import annotations

import pytest
from extract_helpers import check, only, span_of

from stancekit.extract.quotes import find_quotes
from stancekit.extract.rules import signature_after


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»")])
def test_quote_marks_speaker_after(rules_kit, open_, close):
    quote = f"{open_}The harbor will stay open all winter,{close}"
    text = f"{quote} Mayor Clara Voss said on Friday."
    check(only(rules_kit, text), text, quote, "direct", "said", "Clara Voss", "person")


def test_a_short_answer_before_an_inverted_cue_is_not_the_subject(rules_kit, kit):
    """'"No," replied Olsen': the parser may take the "No" for a second subject of the verb (the speaker was "No"
    with the rules, no one with the learned extractor) or take the name for its object (no one with either)."""
    olsen = ('Judge Marta Olsen spoke at Lakeview College on Friday. "But I am not leaving," she told the interviewer, '
             'who queried, "Not in ten years?"\n\n"No," replied Olsen with a laugh.')
    hale = ('Marta Olsen and Tom Hale took questions. "Will you retire?" a student asked.\n\n"No," replied Hale with '
            'a laugh.')
    for pipeline in (rules_kit, kit):
        for text, name in ((olsen, "Marta Olsen"), (hale, "Tom Hale")):
            answer = pipeline(text).quotes[-1]
            assert (answer.text, answer.cue.text, answer.speaker.name) == ('"No,"', "replied", name)
    q = only(rules_kit, '"No," said Olsen with a smile.')
    assert (q.text, q.cue.text, q.speaker.name) == ('"No,"', "said", "Olsen")


def test_a_verb_of_the_speaker_s_relative_clause_is_not_the_quotation_s_cue(rules_kit, kit):
    """'"...," Lind, who is expected to be the next chair, said': the cue had been "is expected" (and, once a
    passive's subject no longer speaks, nobody's)."""
    text = '"We will take the deal," Lind, who is expected to be the next chair, said in a letter.'
    for pipeline, cue in ((rules_kit, "said"), (kit, "said in a letter")):
        q = pipeline(text).quotes[0]
        assert (q.text, q.cue.text, q.speaker.name) == ('"We will take the deal,"', cue, "Lind")


def test_speaker_before_with_colon(rules_kit):
    text = 'Piotr Lind told the crowd: "We are not going back to work for crumbs."'
    check(only(rules_kit, text), text, '"We are not going back to work for crumbs."', "direct", "told", "Piotr Lind")


@pytest.mark.parametrize("text, mention", [
    ('The mayor was blunt: "We cannot afford it."', "The mayor"),
    ('"We are optimistic," said one executive. Another was less sure: "It could go either way."', "Another"),
])
def test_the_subject_of_a_clause_a_colon_ends_speaks_the_quotation(rules_kit, text, mention):
    """The parse hangs the clause before the colon on the quotation's verb: the speaker had been nobody, or a mention
    that ran into the quotation."""
    q = rules_kit(text).quotes[-1]
    assert (q.cue.text, q.speaker.mention) == (":", mention)


def test_quote_split_by_attribution_is_one_statement(rules_kit):
    text = '"We will not move," he said, "not an inch."'
    q = only(rules_kit, text)
    assert q.fragments == [span_of(text, '"We will not move,"'), span_of(text, '"not an inch."')]
    assert (q.start, q.end) == (0, len(text)) and q.text == text
    assert q.content == '"We will not move," "not an inch."'
    assert q.type == "direct" and q.cue.text == "said"
    assert (q.speaker.name, q.speaker.mention) == (None, "he")  # no antecedent: left unnamed, not guessed


def test_speaker_inside_split_quote_is_resolved(rules_kit):
    text = 'Anna Berg spoke first. "The tax is fair," Berg said. "And it is overdue."'
    q = only(rules_kit, text)
    assert q.fragments == [span_of(text, '"The tax is fair,"'), span_of(text, '"And it is overdue."')]
    assert q.speaker.name == "Anna Berg" and q.speaker.mention == "Berg"
    assert q.speaker.start == text.index("Berg said")


def test_nested_quotes_stay_one_statement(rules_kit):
    text = "“He told me ‘never again’, and I believed him,” Voss said."
    check(only(rules_kit, text), text, "“He told me ‘never again’, and I believed him,”", "direct", "said", "Voss")


def test_quote_over_several_paragraphs(rules_kit):
    text = (
        "Clara Voss read the residents' letter aloud.\n\n"
        "“We were promised a bridge in 2024.\n\n"
        "“Now we are told to wait until 2028. We are tired of waiting,” the letter said."
    )
    quote = text[text.index("“We were") : text.index("” the letter") + 1]
    q = only(rules_kit, text)
    # the letter named before is the residents': they speak through it
    check(q, text, quote, "direct", "said", "the residents", "group")
    assert q.fragments == []


def test_quote_without_cue_signed_with_dash(rules_kit):
    text = '"Taxes are too high for families like mine" - Jane Doe'
    check(only(rules_kit, text), text, '"Taxes are too high for families like mine"', "direct", None, "Jane Doe",
          "person")


def test_quotations_signed_after_a_dash_and_a_no_break_space(rules_kit, kit):
    """Web text often puts a no-break space after the signing dash ("―\xa0Rosa Lind"); it had left both quotations
    without a speaker."""
    text = '"The plan is a disgrace." ―\xa0Rosa Lind\n"We will be heard." ―\xa0Tom Hale\n'
    for pipeline in (rules_kit, kit):
        assert [(q.text, q.speaker.name) for q in pipeline(text).quotes] == [
            ('"The plan is a disgrace."', "Rosa Lind"), ('"We will be heard."', "Tom Hale")]


def test_signature_ends_before_a_social_media_handle(rules_kit):
    text = 'Mayor Ana Ruiz spoke first. "The bridge will open in May" - Rep. Tom Lind @WKRN pic.twitter.com/5KIQWSabc'
    q = only(rules_kit, text)
    assert (q.speaker.name, q.speaker.mention) == ("Tom Lind", "Rep. Tom Lind")


ROUNDUP = ("Governor Ana Ruiz signed the housing bill on Friday.\n\nFrom the Left\n\n"
           "“The governor’s plan is a gift to landlords. It will not build a single home.” Maria Chen, The Harbor "
           "Gazette\n\n“Nobody should pretend this bill solves the housing crisis, but it is a start.”\n\n"
           "Tom Baker, Northfield Times\n\nFrom the Right\n\n“Ruiz has finally done something right: the bill cuts "
           "permits from two years to six months.” Editorial Board, The Valley Ledger\n")


def test_roundup_quotations_are_signed_by_the_byline_under_them(rules_kit):
    """A roundup signs each quotation "Name, Outlet" on its line or the next; an editorial board speaks for the
    outlet."""
    speakers = [(q.text[:12], q.speaker.name, q.speaker.kind, q.cue) for q in rules_kit(ROUNDUP).quotes]
    assert speakers == [("“The governo", "Maria Chen", "person", None), ("“Nobody shou", "Tom Baker", "person", None),
                        ("“Ruiz has fi", "The Valley Ledger", "organization", None)]


def test_a_byline_under_a_quotation_names_the_one_its_cue_introduces(rules_kit):
    """"Others note that" and "A former clerk writes" named the speaker before; the byline under the quotation names
    its writer. Guard: a person named before the cue keeps the quotation."""
    text = ("Others note that “the plan costs too much and does too little for renters.”\n\nGerman Alvarez, Harbor "
            "Review\n\nA former clerk of the judge writes, “I never saw him rush a case.”\n\nMaria Okafor, Daily "
            "Courier\n\nOla Berg argues that “the mayor will fold.”\nKai Moss, Valley Times")
    assert [(q.cue.text, q.speaker.name, q.speaker.kind) for q in rules_kit(text).quotes] == [
        ("note", "German Alvarez", "person"), ("writes", "Maria Okafor", "person"), ("argues", "Ola Berg", "person")]


def test_a_byline_the_ner_misses_signs_its_quotation_when_it_opens_with_a_given_name(nlp):
    """The small NER reads some bylines as no person ("John Fund, National Review"); a given name opening the byline
    signs the quotation all the same. Guard: a byline of words that open no given name signs nothing."""
    text = "“The money is not there.”\n\nJohn Harlow, Valley Ledger"
    doc = nlp(text)
    doc.ents = []
    name, kind = signature_after(doc, text, text.index("\n"))
    assert (name.text, kind) == ("John Harlow", "person")
    text = "“The money is not there.”\n\nBudget Office, Valley Ledger"
    doc = nlp(text)
    doc.ents = []
    assert signature_after(doc, text, text.index("\n")) is None


def test_scare_quotes_alone_are_not_statements(rules_kit):
    assert rules_kit('The so-called "reform" passed on Tuesday.').quotes == []


def test_find_quotes_tells_apostrophes_from_quotes():
    text = "The boys’ club didn’t say ‘yes’ in the ’90s, and ''nobody'' asked."
    assert [text[r.start : r.end] for r in find_quotes(text)] == ["‘yes’", "''nobody''"]


def test_find_quotes_drops_unbalanced_marks():
    text = 'An "open quote never closes.\n\nA new paragraph has a "proper one" in it.'
    assert [text[r.start : r.end] for r in find_quotes(text)] == ['"proper one"']


def test_a_stray_opening_mark_does_not_hide_later_quotes():
    """Scraped text without paragraph breaks: a title opened with ‘ and closed with ”, and an apostrophe typed as
    ‘, used to swallow every later quotation; a passage nested in a mark that does close stays nested."""
    text = ("Her book is ‘Rivers and Roads.” It came out in the ‘90s. “We never looked back,” Ruiz said. "
            "‘He told me “no” and left,’ she wrote.")
    assert [text[r.start : r.end] for r in find_quotes(text)] == [
        "“We never looked back,”", "‘He told me “no” and left,’"]


@pytest.mark.parametrize("text, content, cue, speaker", [
    ('"Get out of my shop!" the baker shouted at the cameras.', '"Get out of my shop!"', "shouted", "the baker"),
    ('The crowd outside the court chanted: "Free them all!"', '"Free them all!"', "chanted",
     "the crowd outside the court"),
    ('"Please, just tell me where he is," the father pleaded with officers.', '"Please, just tell me where he is,"',
     "pleaded", "the father"),
])
def test_verbs_of_the_voice_attribute_the_quotation_beside_them(rules_kit, kit, text, content, cue, speaker):
    """Shouting, chanting or pleading reports the quotation beside it (as speech); never a clause: the same verbs
    without a quotation give no statement. (The learned extractor's cue takes a colon after the verb with it.)"""
    q = only(rules_kit, text)
    check(q, text, content, "direct", cue, speaker)
    learned = only(kit, text)
    assert (learned.text, learned.speaker.name, learned.cue.text.rstrip(":")) == (content, speaker, cue)
    assert q.kind == learned.kind == "speech"
    assert rules_kit("The baker shouted at the cameras and then read the charges aloud.").quotes == []


def test_a_headline_name_before_a_colon_speaks_the_quotation(rules_kit):
    text = 'Mayor Okafor: "We will rebuild the pier"\n\nThe storm destroyed half the harbor on Sunday.'
    check(only(rules_kit, text), text, '"We will rebuild the pier"', "direct", ":", "Okafor")


@pytest.mark.parametrize("text, speaker", [
    ('"No, she does not," the host said.', "the host"),
    ('"Sir, he does not," Ana Voss said.', "Ana Voss"),
    ('"Fix the roads before anything else. Bridges, tunnels, the harbor wall," Ana Voss said.', "Ana Voss"),
])
def test_a_subject_inside_the_quotation_is_not_the_speaker(rules_kit, text, speaker):
    """A short answer whose own subject the parse hangs on the verb after it: the subject after the closing mark
    speaks."""
    assert only(rules_kit, text).speaker.name == speaker


def test_an_outlet_the_parse_makes_a_second_subject_is_not_the_speaker(rules_kit):
    text = 'On Monday, Valley News’ Tom Brandt said that the plan was "dead on arrival."'
    assert only(rules_kit, text).speaker.name == "Tom Brandt"


def test_a_word_or_participle_of_the_voice_does_not_take_the_cue(rules_kit):
    """Guards: "read" inside a hyphenated word, and a participle going on after a quotation, are no cues."""
    text = '"We will appeal," the widely-read newsletter said.'
    check(only(rules_kit, text), text, '"We will appeal,"', "direct", "said", "the widely-read newsletter")
    text = 'The firm said it would "cooperate fully", echoing its statement of last week.'
    check(only(rules_kit, text), text, 'it would "cooperate fully", echoing its statement of last week', "mixed",
          "said", "the firm")


@pytest.mark.parametrize("text, speaker, mention", [
    ('"We will appeal," the bakery\'s lawyer, Ines Kovac, told the court. "The fine is absurd."', "Ines Kovac",
     "the bakery's lawyer, Ines Kovac"),
    # guard: a subject the parse does give the verb
    ('"The gates stay shut," the park\'s warden told visitors on Sunday.', "the park's warden",
     "the park's warden"),
])
def test_a_speaker_the_parse_makes_the_quotation_s_object_speaks_it(rules_kit, text, speaker, mention):
    """The parse makes the verb after the quotation a conjunct of the quotation's verb and the speaker its object:
    the quotation's own "We" spoke (no name)."""
    for q in rules_kit(text).quotes:
        assert (q.speaker.name, q.speaker.mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    ('"We are not going anywhere," the drivers\' union statement read.', "the drivers' union"),
    ('"We are not going anywhere," the union\'s statement read.', "the union"),  # "read" tagged as a noun
])
def test_a_union_s_statement_reads_the_union_s_words(rules_kit, kit, text, speaker):
    """The rules had taken a plural's possessive mark for a closing quotation mark and a "read" the tagger makes a
    noun for no verb (no speaker, no cue); both extractors had named the drivers, not their union."""
    check(only(rules_kit, text), text, '"We are not going anywhere,"', "direct", "read", speaker, "organization")
    check(only(kit, text), text, '"We are not going anywhere,"', "direct", "read", speaker, "organization")


@pytest.mark.parametrize("text, content, cue, name", [
    ('"We will appeal the ruling," the Fenwick Mining Company said.', '"We will appeal the ruling,"', "said",
     "Fenwick Mining Company"),
    ("The Equal Housing Initiative reports that rents rose.", "that rents rose", "reports", "Equal Housing Initiative"),
])
def test_a_body_the_ner_misses_is_an_organisation(rules_kit, kit, text, content, cue, name):
    """The NER reads "the Fenwick Mining Company" before "said" as a work of art (the speaker was a person, as a
    three-word subject of a reporting verb) and misses "The Equal Housing Initiative" (kind other)."""
    for k in (rules_kit, kit):
        check(only(k, text), text, content, "direct" if content[0] == '"' else "indirect", cue, name, "organization")
