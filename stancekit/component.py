"""spaCy component ``stancekit_quotes``: rule-based statements on ``doc._.quotes``.

Lets users keep their own spaCy pipeline (``nlp.add_pipe("stancekit_quotes")`` after the parser
and NER); the factory is registered both by ``@Language.factory`` on import and by the package's
``spacy_factories`` entry point, so ``add_pipe`` works without importing stancekit first.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuotesComponent:
    """Sets ``doc._.quotes`` (a list of :class:`~stancekit.types.Quote`) from the rule-based extractor."""

    def __init__(self):
        from .extract import RuleExtractor

        self.extractor = RuleExtractor()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.extractor.extract(doc)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


if "stancekit_quotes" not in Language.factories:
    Language.factory("stancekit_quotes", func=make_quotes_component)


_LINE_BREAK = re.compile(r"\n\s*")


class ParagraphBoundaries:
    """Start a sentence after every line break, before the parser runs.

    spaCy's parser keeps pre-set boundaries; without them it glues a headline or a paragraph without final
    punctuation onto the next sentence, and subjects/contents then run across the break.
    """

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "\n" not in text or not len(doc):
            return doc
        starts = doc.to_array("IDX")
        for m in _LINE_BREAK.finditer(text):
            i = int(np.searchsorted(starts, m.end()))
            if 0 < i < len(doc) and starts[i] == m.end():
                doc[i].is_sent_start = True
        return doc


def make_paragraph_component(nlp: Language, name: str) -> ParagraphBoundaries:
    return ParagraphBoundaries()


if "stancekit_paragraphs" not in Language.factories:
    Language.factory("stancekit_paragraphs", func=make_paragraph_component)
