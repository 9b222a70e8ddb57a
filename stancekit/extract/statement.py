"""A statement's content as character fragments: what every extractor finds before speaker resolution."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Fragmented:
    """Content in one or more ``(start, end)`` pieces (several when a quote is interrupted by its attribution)."""

    frags: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.frags[0][0]

    @property
    def end(self) -> int:
        return self.frags[-1][1]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past white space at both ends (empty when all blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
