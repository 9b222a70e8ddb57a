"""The attribute table gives every token what the parser package's attribute_ruler gives it."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from stancekit.attribute_table import AttributeTable, use_attribute_table
from stancekit.pipeline import DEFAULT_PARSER

# Our own sentences, written to reach the ruler's word and dependency patterns as well as its tag map: "gonna",
# "gotta", "let's", "y'all", "ain't", "c'mon", "I"/"you"/"it" as subject and object, "but" as an adverb, "do" and
# "have" as main verbs, "there is", determiners as pronouns, and runs of spaces and line breaks.
TEXTS = [
    "We're gonna fix the bridge, and you gotta believe it, the mayor said.\n\nLet's vote, y'all.",
    "\"It ain't over,\" Lind told me.  I told you it was fine. C'mon, give it to me.",
    "There are but two options. There is no plan B, and they did their homework.\n \nThat was all.",
    "She has a dog. Those who know him say he does what he promised. Which did you pick?",
    "  Tom Hale  (D-Ore.) got the votes; he gets what he wants.\n\n\n  ",
    "Let",  # shorter than the two-word patterns
    "",
]
COLUMNS = [POS, TAG, DEP, HEAD, MORPH, LEMMA]


@pytest.fixture(scope="module")
def pair():
    ruler = spacy.load(DEFAULT_PARSER, exclude=["lemmatizer"])
    table = spacy.load(DEFAULT_PARSER, exclude=["lemmatizer"])
    use_attribute_table(table)
    return ruler, table


def _attributes(doc):
    return doc.to_array(COLUMNS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


def test_load_reads_the_rules_by_table(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert nlp.pipe_names.index("attribute_ruler") > nlp.pipe_names.index("parser")  # its rules read DEP


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_the_rulers_attributes(pair, text):
    ruler, table = pair
    assert _attributes(table(text)) == _attributes(ruler(text))


def test_the_rules_reach_these_words(pair):
    """The sentences above do reach the word patterns (else the comparison would prove little)."""
    doc = pair[1](TEXTS[0])
    assert [(t.text, t.lemma_) for t in doc if t.lower_ in ("gon", "na", "got", "ta", "let", "'s")] == [
        ("gon", "go"), ("na", "to"), ("got", "get"), ("ta", "to"), ("Let", ""), ("'s", "us")]
    assert [(t.text, t.pos_) for t in doc if t.is_space] == [("\n\n", "SPACE")]


def test_patterns_beyond_the_table_go_to_the_matcher():
    nlp = spacy.blank("en")
    table = nlp.add_pipe("stancekit_attribute_table")
    table.add([[{"LOWER": "the"}, {"LENGTH": {">=": 5}}]], {"LEMMA": "LONG"}, index=1)  # not a table's test
    table.add([[{"LOWER": "bridge"}]], {"LEMMA": "span"})
    assert [t.lemma_ for t in nlp("the bridge and the crossing")] == ["", "span", "", "", "LONG"]


def test_a_saved_table_reads_its_rules_back(pair):
    nlp = spacy.blank("en")
    nlp.add_pipe("stancekit_attribute_table").add([[{"LOWER": {"IN": ["ferry", "bridge"]}}]], {"LEMMA": "crossing"})
    again = spacy.blank("en")
    again.add_pipe("stancekit_attribute_table")
    again.from_bytes(nlp.to_bytes())
    assert [t.lemma_ for t in again("The ferry and the bridge")] == ["", "crossing", "", "", "crossing"]
