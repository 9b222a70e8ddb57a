"""Evaluation commands (``stancekit evaluate quotes|stance|claims``) and the scores they share."""

from __future__ import annotations

from typing import NamedTuple


class PRF(NamedTuple):
    """Precision, recall, F1 (fractions) with the counts behind them."""

    p: float
    r: float
    f1: float
    tp: int
    n_pred: int
    n_gold: int


def prf(tp: float, n_pred: int, n_gold: int) -> PRF:
    """P/R/F1 from counts; 0 where a denominator is 0."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0, tp, n_pred, n_gold)
