"""spaCy components: ``stancekit_quotes`` (statements, speakers, stance and claims on ``doc._.quotes``) and
``stancekit_paragraphs`` (a sentence starts after every line break).

They let users keep their own spaCy pipeline: ``nlp.add_pipe("stancekit_quotes")`` after the parser and NER
gives the statements of :func:`stancekit.load` with its defaults (learned extractor, shipped stance and claims
models); ``config={"extractor": "rules", "stance": None, "claims": None}`` is the fast rule-only variant. The
factories are registered both by ``Language.factory`` on import and by the package's ``spacy_factories``
entry points, so ``add_pipe`` works without importing stancekit first.
"""

from __future__ import annotations

import os
import re

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .types import Document, Quote


def _quotes(doc: Doc) -> list[Quote] | None:
    found = doc._.stancekit_quotes
    return None if found is None else [Quote.from_dict(d) for d in found]


# The statements live in the doc as plain dicts, which Doc.to_bytes, DocBin and nlp.pipe(n_process=...) can
# serialise; ``doc._.quotes`` reads them as Quote objects (a fresh list at each access).
if not Doc.has_extension("stancekit_quotes"):
    Doc.set_extension("stancekit_quotes", default=None)
if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", getter=_quotes)


class QuotesComponent:
    """Sets ``doc._.quotes`` (a list of :class:`~stancekit.types.Quote`, offsets into ``doc.text``; stored as
    their ``to_dict()`` in ``doc._.stancekit_quotes``, so that docs serialise).

    The same labelling code as :class:`~stancekit.pipeline.Kit` runs on the user's parse, so the only
    differences from ``stancekit.load()`` come from that parse: ``load()`` also splits quote marks glued to
    words (``tone.”He``) in its tokenizer and starts a sentence at every line break (add
    ``stancekit_paragraphs`` before the parser for that).
    """

    def __init__(self, extractor: str = "learned", stance: str | None = "auto", claims: str | None = "auto",
                 targets: list[str] | None = None, kinds: list[str] | None = None, device: str = "auto",
                 precision: str = "auto", batch_size: int = 32):
        from .pipeline import Kit, _build_classifier, _build_extractor

        self.kit = Kit(None, _build_extractor(extractor, device=device, precision=precision),
                       stance=_build_classifier("stance", stance, device=device, precision=precision),
                       claims=_build_classifier("claims", claims, device=device, precision=precision),
                       batch_size=batch_size, kinds=kinds)
        self.targets = list(targets) if targets is not None else None
        self._pid = os.getpid()

    def __call__(self, doc: Doc) -> Doc:
        return self._label([doc])[0]

    def pipe(self, docs, batch_size: int = 32):
        for batch in minibatch(docs, size=batch_size):
            yield from self._label(list(batch))

    def _label(self, docs: list[Doc]) -> list[Doc]:
        for doc in docs:
            _require_parse(doc)
        if os.getpid() != self._pid:
            self._forked()
        labelled = [Document(text=doc.text) for doc in docs]
        self.kit._label_parsed(labelled, [[(0, doc)] for doc in docs], [self.targets] * len(docs))
        for doc, found in zip(docs, labelled, strict=True):
            doc._.stancekit_quotes = [q.to_dict() for q in found.quotes]
        return docs

    def _forked(self) -> None:
        """In a worker that ``nlp.pipe(n_process=...)`` forked: torch's thread pool did not survive the fork, and
        the first multi-threaded forward pass would hang for ever; one thread per worker process avoids it."""
        import torch

        torch.set_num_threads(1)
        self._pid = os.getpid()


def _require_parse(doc: Doc) -> None:
    """Refuse a doc that lacks the dependency parse or the entities: without them statements would silently
    go missing (no clauses, no speakers)."""
    if not len(doc):
        return
    missing = [name for attr, name in (("DEP", "parser"), ("ENT_IOB", "ner")) if not doc.has_annotation(attr)]
    if missing:
        raise ValueError(f"stancekit_quotes needs the {' and '.join(missing)} to run before it: add it after "
                         "them, e.g. at the end of en_core_web_sm")


def make_quotes_component(nlp: Language, name: str, extractor: str, stance: str | None, claims: str | None,
                          targets: list[str] | None, kinds: list[str] | None, device: str, precision: str,
                          batch_size: int) -> QuotesComponent:
    return QuotesComponent(extractor=extractor, stance=stance, claims=claims, targets=targets, kinds=kinds,
                           device=device, precision=precision, batch_size=batch_size)


if "stancekit_quotes" not in Language.factories:
    Language.factory(
        "stancekit_quotes",
        default_config={"extractor": "learned", "stance": "auto", "claims": "auto", "targets": None, "kinds": None,
                        "device": "auto", "precision": "auto", "batch_size": 32},
        func=make_quotes_component,
    )


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
