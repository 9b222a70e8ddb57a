"""Claim type of a statement: check-worthy factual claim, opinion, or other.

One encoder with two independent sigmoid outputs, trained multi-task (``stancekit train claims``):

* ``checkworthy`` = P(a fact-checker would want to verify it), learned from CLEF CheckThat! 2024 Task 1;
* ``subjective`` = P(it expresses the speaker's opinion or evaluation), from CLEF CheckThat! 2025 Task 1.

The label is derived from the two probabilities with thresholds stored in the checkpoint's ``config.json``,
comparing each output's margin over its own threshold in log-odds, ``m = logit(p) - logit(t)``::

    other        if m_checkworthy < 0 and m_subjective < 0
    checkworthy  elif m_checkworthy >= m_subjective
    opinion      otherwise

Two sets of thresholds, because the right cut-off depends on the text: ``stancekit_claim_thresholds`` are
chosen on the benchmarks' dev splits (CLEF debates and news sentences; ``stancekit train claims``) and are what
``stancekit evaluate claims`` scores the benchmarks with (:attr:`ClaimClassifier.benchmark_thresholds`);
``stancekit_claim_news_thresholds`` are chosen on hand-labelled statements of the pipeline's own output on news
articles (``stancekit evaluate claims --allsides --split dev --news-thresholds ...``) and are what labels use
(:attr:`ClaimClassifier.thresholds`). The debate-fitted check-worthy cut-off is low (the model under-scores newer
debates) and, on reported news statements, calls most topics and fragments check-worthy.

Courtesies (:func:`is_courtesy`: "Thank you all for coming", "Good evening and welcome") are ``other``
whatever the scores: neither corpus has them as opinions, and the subjectivity output reads their warmth
as one. The two probabilities are still reported as the model gives them.

A statement can be both loaded and verifiable ("Crime doubled under this disastrous mayor"); the
output that is surer of itself names it. Margins, not raw probabilities, because the two thresholds
sit far apart (the check-worthy one is low: the model under-scores newer debates) and a fixed
precedence would hand every borderline opinion to whichever output has the lower threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .stance import unquote as drop_quote_marks
from .types import Claim, ClaimLabel, Document, Quote, check_strings

LABELS = ("checkworthy", "subjective")
THRESHOLDS_KEY = "stancekit_claim_thresholds"  # the benchmarks' (module docstring)
NEWS_THRESHOLDS_KEY = "stancekit_claim_news_thresholds"  # the labels'; the benchmarks' when absent
# DataFrame columns that ``classify`` reads the statement from, in order of preference.
TEXT_COLUMNS = ("text", "quote", "statement")
_DOUBLE_QUOTES = '"\u201c\u201d\u00ab\u00bb'
_SINGLE_QUOTES = "'\u2018\u2019"
_COURTESY_HEADS = re.compile(
    r"\b(?:thank you|thanks|good (?:morning|afternoon|evening|night)|hello|hi|welcome|good-?bye|congratulations"
    r"|happy (?:new year|holidays|birthday)|merry christmas|god bless (?:you|america))\b"
)
# Words a courtesy may add without saying anything else: who is addressed, "for coming", "so much".
_COURTESY_FILLERS = frozenset(
    "all everyone everybody again very so much for coming being here joining us me having tonight today ladies "
    "and gentlemen folks friends back your time patience attention question you to the of my our both listening "
    "mr mrs ms madam mister sir president speaker chairman chairwoman senator governor secretary minister "
    "colleagues".split()
)
_ADDRESSEE = re.compile(r"(?<=[,\s])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*[,.!?]|\s*$)")  # "..., Jim." / "Mr. President"


def unquote(text: str) -> str:
    """The statement without the quotation marks around it.

    Direct quotes arrive as ``"We will win,"``; the model must judge what was said, and the subjectivity
    corpus treats quoted material as the reporter's objective account, so the marks would pull an
    opinion towards "objective". Marks are removed only as a pair around the whole text, so
    ``He called it "a disaster"`` keeps its inner quotation.
    """
    text = text.strip()
    for marks in (_DOUBLE_QUOTES, _SINGLE_QUOTES):
        if len(text) > 1 and text[0] in marks and text[-1] in marks:
            return text[1:-1].strip()
    return text


def statement(quote: Quote) -> str:
    """What the speaker said: each fragment without its quotation marks, without the attribution between.

    In a mixed quote (``the tax "a quiet raid on working people"``) the marks only show which words are
    the speaker's own, and the whole statement is the speaker's, so every mark goes: with them the
    subjectivity output reads the marked words as the reporter's distance (0.01 subjective), without
    them as the evaluation they are (0.99).
    """
    if quote.type == "mixed":
        return drop_quote_marks(quote.text)
    if not quote.fragments:
        return unquote(quote.text)
    return " ".join(unquote(quote.text[s - quote.start : e - quote.start]) for s, e in quote.fragments)


def is_courtesy(text: str) -> bool:
    """True for a statement made only of thanks, greetings, welcomes, farewells or wishes.

    ``Thank you all for coming.``, ``Good evening, and welcome back.``, ``Thank you very much, Jim.``,
    ``Thank you, Mr. President.``; not ``Thanks to the tax cut, wages rose`` nor ``Thank you for nothing: the
    plan is a disgrace``. Every word must be part of a formula, one of a few addressing words or titles, or
    a capitalised name set off by punctuation (the one addressed), so any content makes it a normal statement.
    """
    rest, heads = _COURTESY_HEADS.subn(" ", _ADDRESSEE.sub(" ", text).lower())
    words = re.findall(r"[a-z]+", rest)
    return heads > 0 and len(words) <= 12 and all(w in _COURTESY_FILLERS for w in words)


def derive_label(p_checkworthy: float, p_subjective: float, thresholds: Sequence[float]) -> ClaimLabel:
    """The claim label from the two probabilities (rule in the module docstring)."""
    m_cw, m_subj = _margin(p_checkworthy, thresholds[0]), _margin(p_subjective, thresholds[1])
    if m_cw < 0 and m_subj < 0:
        return "other"
    return "checkworthy" if m_cw >= m_subj else "opinion"


def claim_label(text: str, p_checkworthy: float, p_subjective: float, thresholds: Sequence[float]) -> ClaimLabel:
    """The label of one statement: a courtesy is ``other`` whatever the scores, else :func:`derive_label`."""
    return "other" if is_courtesy(text) else derive_label(p_checkworthy, p_subjective, thresholds)


def _margin(p: float, threshold: float) -> float:
    """``logit(p) - logit(threshold)``; >= 0 exactly when ``p >= threshold``."""
    p, t = (min(max(float(x), 1e-7), 1 - 1e-7) for x in (p, threshold))
    return float(np.log(p / (1 - p)) - np.log(t / (1 - t)))


class ClaimClassifier:
    """Claim type for statements; build it with :meth:`load`."""

    def __init__(self, model, thresholds: Sequence[float] = (0.5, 0.5),
                 benchmark_thresholds: Sequence[float] | None = None):
        self.model = model
        self.thresholds = tuple(float(t) for t in thresholds)  # what labels use
        self.benchmark_thresholds = self.thresholds if benchmark_thresholds is None else tuple(
            float(t) for t in benchmark_thresholds)
        missing = [lab for lab in LABELS if lab not in model.labels]
        if missing:
            raise ValueError(f"claim checkpoint lacks outputs {missing} (has {model.labels})")
        self._cols = [model.labels.index(lab) for lab in LABELS]

    @classmethod
    def load(cls, name_or_path: str | Path, device: str = "auto", precision: str = "auto") -> ClaimClassifier:
        """A checkpoint written by ``stancekit train claims`` (local folder or HF id)."""
        from .modeling.classifier import SequenceClassifier

        model = SequenceClassifier.load(name_or_path, device=device, precision=precision)
        benchmark = getattr(model.model.config, THRESHOLDS_KEY, None) or {}
        news = getattr(model.model.config, NEWS_THRESHOLDS_KEY, None) or benchmark
        return cls(model, [news.get(lab, 0.5) for lab in LABELS], [benchmark.get(lab, 0.5) for lab in LABELS])

    def probabilities(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        """``(n, 2)`` array: column 0 P(checkworthy), column 1 P(subjective)."""
        return self.model.predict_proba(list(texts), batch_size=batch_size)[:, self._cols]

    def claims(self, texts: Sequence[str], batch_size: int | None = None) -> list[Claim]:
        """One :class:`Claim` per statement (enclosing quotation marks are ignored, see :func:`unquote`)."""
        return self._claims([unquote(t) for t in texts], batch_size)

    def _claims(self, texts: Sequence[str], batch_size: int | None) -> list[Claim]:
        probs = self.probabilities(texts, batch_size)
        return [
            Claim(claim_label(text, cw, subj, self.thresholds), round(float(cw), 4), round(float(subj), 4))
            for text, (cw, subj) in zip(texts, probs, strict=True)
        ]

    def classify(self, statements, batch_size: int | None = None):
        """Claims for strings (-> list of :class:`Claim`) or a DataFrame (-> copy with three new columns).

        A DataFrame needs one of the columns ``text``, ``quote`` or ``statement``; the result adds
        ``claim`` (the label), ``checkworthy`` and ``subjective`` (the probabilities).
        """
        import pandas as pd

        if isinstance(statements, pd.DataFrame):
            col = next((c for c in TEXT_COLUMNS if c in statements.columns), None)
            if col is None:
                raise ValueError(f"DataFrame needs one of the columns {TEXT_COLUMNS}")
            found = self.claims(statements[col].astype(str).tolist(), batch_size)
            out = statements.copy()
            out["claim"] = [c.label for c in found]
            out["checkworthy"] = [c.checkworthy for c in found]
            out["subjective"] = [c.subjective for c in found]
            return out
        if isinstance(statements, str):
            statements = [statements]
        return self.claims(check_strings(list(statements), "statement"), batch_size)

    def annotate(self, documents: Iterable[Document], batch_size: int | None = None) -> None:
        """Set ``quote.claim`` on every quote, classifying the words said (see :func:`statement`)."""
        quotes = [q for doc in documents for q in doc.quotes]
        for q, c in zip(quotes, self._claims([statement(q) for q in quotes], batch_size), strict=True):
            q.claim = c
