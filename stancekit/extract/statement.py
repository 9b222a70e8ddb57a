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
