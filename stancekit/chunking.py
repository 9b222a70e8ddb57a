"""Split huge texts into parser-sized chunks without losing offsets.

spaCy refuses texts longer than ``nlp.max_length`` and its memory grows with document size,
so long inputs are cut at paragraph (else sentence-ish, else hard) boundaries and every chunk
carries its offset into the original text.
"""

from __future__ import annotations

import re

CHUNK_CHARS = 20_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’»]?\s+"), re.compile(r"\s+"))


def chunk_text(text: str, max_chars: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Return ``(offset, chunk)`` pairs covering ``text`` in order, each at most ``max_chars`` long."""
    chunks = []
    pos = 0
    n = len(text)
    while n - pos > max_chars:
        window = text[pos : pos + max_chars]
        cut = None
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, max_chars // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or max_chars
        chunks.append((pos, window[:cut]))
        pos += cut
    chunks.append((pos, text[pos:]))
    return chunks
