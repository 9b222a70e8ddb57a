"""Quote-mark scanning: where the quoted passages of a text are, on characters alone.

Handles “ ” " " ‘ ’ ' ' « » „ “, nested quotes (only the outermost passage is returned; inner marks do not
close it), quotes running over several paragraphs (English convention: an opening mark at the start of each
paragraph and no closing mark until the end) and unbalanced marks (an opening mark still open at a paragraph
end that does not continue, or a stray closing mark, is dropped rather than guessed). Apostrophes
(don't, ’90s, Jones’) are told apart from single quotes by their neighbours. A closing double mark typed where a
quotation opens is made an opening one before parsing (:func:`opening_marks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = "\"“”«»"  # double quotation marks (no apostrophe can be one)
_MARKS = re.compile(r"''|[\"“”«»„‘’'\n]")
_OPEN_BEFORE = set(" \t\r\n([{—–-/:;,") | {"\u00a0"}
_DOUBLE, _SINGLE, _GUILLEMET = "d", "s", "g"
_TURNED = re.compile(r"(?<![^\s(\[])”(?=\w)")  # a closing double mark where one opens (:func:`opening_marks`)


@dataclass(frozen=True)
class QuoteRegion:
    """One outermost quoted passage; ``start``/``end`` include the quotation marks."""

    start: int
    end: int


def opening_marks(text: str) -> str:
    """``text`` with each closing double mark typed where a quotation opens made an opening one, the same length:
    at a line's start or after a space, before a word, and closed by a closing mark later in its paragraph
    (``”We will appeal,” she said``, ``a ”menace” to the town``). Read as typed, the quotation closed at its first
    mark and opened at its last, and the tagger missed it; a stray mark that nothing closes stays as it is."""
    out = list(text)
    for m in _TURNED.finditer(text):
        end = text.find("\n", m.end())
        after = re.search(r"[\"“”]", text[m.end() : len(text) if end < 0 else end])
        if after is not None and after.group() == "”":
            out[m.start()] = "“"
    return "".join(out)


def _classify(text: str, i: int) -> tuple[str, str] | None:
    """``(kind, "open"|"close"|"either")`` for the mark at ``i``, or ``None`` for an apostrophe."""
    ch = text[i]
    width = 2 if text.startswith("''", i) else 1
    prev = text[i - 1] if i else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if width == 2:
        ch = '"'  # typewriter double quote ('' ... '') as in some wire copy
    if ch in "“„":
        return _DOUBLE, "open"
    if ch == "”":
        return _DOUBLE, "close"
    if ch == "«":
        return _GUILLEMET, "open"
    if ch == "»":
        return _GUILLEMET, "close"
    after_space = prev in _OPEN_BEFORE or prev in "\"“‘'«"
    before_space = nxt.isspace() or not nxt.isalnum()
    if ch == '"':
        if after_space and not nxt.isspace():
            return _DOUBLE, "open"
        if before_space or not after_space:
            return _DOUBLE, "close"
        return _DOUBLE, "either"
    # single marks: ‘ ’ '
    if prev.isalnum() and nxt.isalnum():
        return None  # don't, it's
    if after_space and (nxt.isalnum() or nxt in "\"“"):
        return (_SINGLE, "open") if ch != "’" else None  # ’90s is an apostrophe
    if not prev.isspace() and not nxt.isalnum():
        return _SINGLE, "close"  # may still be a plural possessive: only closes an open single quote
    return None


def find_quotes(text: str) -> list[QuoteRegion]:
    """Outermost quoted passages of ``text`` in order (marks included).

    A passage closed inside a mark that is still open waits: it is dropped when that mark closes (it was
    nested) and kept when the mark never closes, so a stray opening mark (a title opened with ‘ and closed
    with ”, an apostrophe typed as ‘ in ‘90s) cannot hide every later quotation of a text whose paragraph
    breaks were lost in scraping."""
    regions: list[QuoteRegion] = []
    stack: list[tuple[str, int]] = []  # (kind, start)
    waiting: list[tuple[QuoteRegion, set[int]]] = []  # (passage, starts of the marks still open around it)
    skip_open = -1

    def drop(leaving: list[tuple[str, int]], keep_inside: bool) -> None:
        """Marks ``leaving`` the stack: passages inside them go (nested) or stay (the marks were stray)."""
        if not waiting:
            return
        gone = {s for _, s in leaving}
        if not keep_inside:
            waiting[:] = [w for w in waiting if not w[1] & gone]
        for _, around in waiting:
            around -= gone
        regions.extend(r for r, around in waiting if not around)
        waiting[:] = [w for w in waiting if w[1]]

    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            if not stack:
                continue
            # Continue a multi-paragraph quote only when the next paragraph opens with the same kind of mark.
            j = i + 1
            while j < len(text) and text[j].isspace():
                j += 1
            cont = _classify(text, j) if j < len(text) and text[j] in "\"“„«‘'" else None
            if cont is not None and cont[0] == stack[0][0] and cont[1] in ("open", "either"):
                drop(stack[1:], keep_inside=True)
                del stack[1:]
                skip_open = j
            else:
                drop(stack, keep_inside=True)
                stack.clear()
            continue
        if i == skip_open:
            continue
        cls = _classify(text, i)
        if cls is None:
            continue
        kind, role = cls
        open_kinds = [k for k, _ in stack]
        if role == "either":
            role = "close" if kind in open_kinds else "open"
        if role == "open":
            if kind in open_kinds and kind == _DOUBLE:
                # A straight/curly double opening inside an open double quote: the earlier one was never closed.
                at = open_kinds.index(kind)
                drop(stack[at:], keep_inside=False)
                del stack[at:]
            stack.append((kind, i))
            continue
        if kind not in open_kinds:
            continue  # stray closing mark (or a plural possessive)
        k = len(open_kinds) - 1 - open_kinds[::-1].index(kind)
        start = stack[k][1]
        drop(stack[k:], keep_inside=False)
        del stack[k:]
        if stack:
            waiting.append((QuoteRegion(start, m.end()), {s for _, s in stack}))
        else:
            regions.append(QuoteRegion(start, m.end()))
    drop(stack, keep_inside=True)
    return sorted(regions, key=lambda r: r.start)
