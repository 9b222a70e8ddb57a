"""Statements from the tagger's role spans: content pieces grouped into statements, each linked to a cue and a source.

The grouping and linking of steps 1-3 in the package's overview. :class:`Linked` is a statement before speaker
resolution; :func:`link` prices every candidate cue and source in characters, plus a penalty for each other statement
and sentence boundary in between; the parse overrides the price where it makes a cue the head of a content's clause
(:func:`governing_cues`), and keeps pieces apart around a cue that does not interrupt one statement
(:func:`outer_cues`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...furniture import PAGE_LABEL
from ..lexicon import GESTURE_FORMS
from ..quotes import DOUBLE_MARKS, find_quotes
from ..rules import ACCORDING, CLAUSE_END
from ..speakers import PRONOUNS
from ..statement import Fragmented

Span = tuple[int, int]
_GAP_OK = re.compile(r"[\s\"“”‘’'«»,.:;!?()\[\]—–-]*")
_CLOSE = "\"”’'»"
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_SENTENCE_START = re.compile(r"[.!?][\"”’']?\s+|\n")  # what precedes one
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’']$")  # a quotation's last characters that end its sentence too
_SIGNATURE_GAP = re.compile(r"\s*[―—–-]+\s*")  # between a quotation and the name that signs it
_OPEN = "\"“‘'«"
_CROSS_COST = 1000  # per other statement lying between a statement and a cue/source
_SENT_COST = 300  # per sentence boundary between a statement and its cue
_USED_COST = 500  # a source already linked to another cue
_MAX_ATTRIBUTION_CHARS = 250  # characters of an attribution between two quotations ("said at a briefing ...")


@dataclass
class Linked(Fragmented):
    """One statement before speaker resolution."""

    cue: Span | None = None
    source: Span | None = None
    inner_cues: list[Span] = field(default_factory=list)


def _distance(a: Span, b: Span) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _lone_gestures(text: str, roles: dict[str, list[Span]], sentence: Callable[[int], int]) -> set[Span]:
    """Cues that are a gesture alone in a sentence without content ('"There will be no recount." Her aide nodded.
    "None," he said'): a nod may introduce the quotation after it ('McKee sighs. "I'm drawn to her ..."'), but says
    nothing of the one before, nor joins the two. (PolNeAR train annotates none of 40 such gestures as a cue.)
    ``sentence``: the sentence index of a character."""
    with_content = {i for s, e in roles["CONTENT"] for i in range(sentence(s), sentence(e - 1) + 1)}
    return {c for c in roles["CUE"]
            if text[c[0] : c[1]].lower() in GESTURE_FORMS and sentence(c[0]) not in with_content}


def _group_contents(text: str, roles: dict[str, list[Span]], gestures: set[Span],
                    sentence: Callable[[int], int], outer: Collection[Span] = ()) -> list[Linked]:
    """Join content pieces interrupted by their own attribution.

    Two pieces are one statement when one cue and its sources lie between them and either both sides are
    quotations (``"A," he said. "B."``, also with more words around the cue: ``"A," she said at a briefing
    on Monday. "B."``; the first may be a partial quotation without a cue of its own before it: ``The summit
    achieved "too little," he added. "B."``) or neither is and only punctuation is left between them, without
    a full stop (``A, he said, B``). In PolNeAR train's gold spans two quotations around one cue are one statement 96%
    of the time (1,168 of 1,215) when only punctuation is left beside the cue and sources, 87% (291 of 333)
    with more words; the unquoted pattern 95%. A quotation followed by an attribution of its own to another
    source (``"A," Berg said. "B," Lind said.``) is not joined, nor are two quotations around a lone gesture
    (:func:`_lone_gestures`), nor any two pieces around a cue of ``outer`` (:func:`outer_cues`). Quotations around
    a longer attribution sentence and across a paragraph break: :func:`_across_attribution`,
    :func:`_next_paragraph`. ``sentence``: the sentence index of a character.
    """
    cues, sources = roles["CUE"], roles["SOURCE"]
    groups: list[Linked] = []
    for frag in roles["CONTENT"]:
        if groups:
            g = groups[-1]
            lo, hi = g.end, frag[0]
            inner_cues = [c for c in cues if lo <= c[0] and c[1] <= hi]
            inner = inner_cues + [s for s in sources if lo <= s[0] and s[1] <= hi]
            gap = "".join(ch for i, ch in enumerate(text[lo:hi], lo) if not any(s <= i < e for s, e in inner))
            marks = "".join(gap.split())
            quoted = text[lo - 1] in _CLOSE and text[hi] in _OPEN and (
                text[g.start] in _OPEN or not _cue_before(text, g.start, cues))
            if quoted:
                joins = _GAP_OK.fullmatch(gap) or (len(inner_cues) == 1 and len(gap) <= _MAX_ATTRIBUTION_CHARS
                                                   and not any(ch in DOUBLE_MARKS for ch in gap))
                joins = joins and not _attributed_after(text, frag, roles, inner, gestures)
            else:
                joins = text[lo - 1] not in _CLOSE and marks in ("", ",,") and _GAP_OK.fullmatch(gap)
            if inner and len(inner_cues) <= 1 and not g.inner_cues and joins and "\n" not in gap and not any(
                    c in gestures or c in outer for c in inner_cues):
                g.frags.append(frag)
                g.inner_cues += inner_cues
                continue
            across = _across_attribution(text, groups, frag, roles, gestures, outer, sentence)
            if across is not None:
                across[0].frags.append(frag)
                across[0].inner_cues.append(across[1])
                continue
            if _next_paragraph(text, g, frag, roles) or _introduced_by(text, g, frag, roles):
                g.frags.append(frag)
                continue
        groups.append(Linked([frag]))
    return groups


def _across_attribution(text: str, groups: list[Linked], frag: Span, roles: dict[str, list[Span]],
                        gestures: set[Span], outer: Collection[Span],
                        sentence: Callable[[int], int]) -> tuple[Linked, Span] | None:
    """The quotation before an attribution sentence that goes on past its cue and source, and the cue, where
    ``frag`` is that quotation's second part: ``"A," she said, adding that the vote was close. "B."`` or
    ``"A," said Hale, summing up a long day. "B."`` (:func:`_group_contents` joins only across a lone cue).

    The attribution must follow the first quotation at once and end with the sentence before ``frag``, which has
    no attribution of its own after it; what else that sentence reports stays a statement of its own. In PolNeAR
    train's gold spans, the quotation after such a sentence is the first one's second part 82 % of the time (71 of
    87) when the sentence reports something else too, 93 % (257 of 276) when it only has more words."""
    cues, sources = roles["CUE"], roles["SOURCE"]
    g = next((g for g in reversed(groups) if text[g.end - 1] in _CLOSE), None)
    if g is None or g.inner_cues or text[frag[0]] not in _OPEN:
        return None
    lo, hi = g.end, frag[0]
    gap = text[lo:hi]
    start = _GAP_OK.match(text, lo).end()
    attribution = sorted(sp for sp in cues + sources if lo <= sp[0] and sp[1] <= hi)
    inner_cues = [c for c in attribution if c in cues]
    last = lo + len(gap.rstrip().rstrip(_CLOSE)) - 1  # the attribution sentence's full stop ('on "Meet the Press."')
    if (not inner_cues or attribution[0][0] != start or "\n" in gap or len(gap) > _MAX_ATTRIBUTION_CHARS
            or text[last] not in ".!?" or sentence(start) != sentence(last)
            or text[g.start] not in _OPEN and _cue_before(text, g.start, cues)
            or inner_cues[0] in gestures or inner_cues[0] in outer
            or _attribution_at(text, frag[1], roles)):
        return None
    return g, inner_cues[0]


def _next_paragraph(text: str, g: Linked, frag: Span, roles: dict[str, list[Span]]) -> bool:
    """``frag`` is a quotation that goes on, in a paragraph of its own, from the quotation ``g`` ends with:
    ``"A," she said.`` / ``"B."`` (each paragraph closing its marks, as some papers print a long quotation).

    ``frag`` is the whole of its paragraph, in double marks and ending with punctuation (not a subheading such as
    ``'A black man in America'``), which has no cue or source, and the paragraph before it ends with ``g``'s
    quotation in double marks (not a headline's ``'Time' Says``) and at most its attribution, without another
    sentence, and not only a name that signs it (:func:`_only_a_name`). In PolNeAR train's gold spans such a quotation
    is the one before's second part 82 % of the time (80 of 98), a statement of its own 10 %."""
    break_at = text.find("\n", g.end)
    line = text.rfind("\n", 0, frag[0]) + 1  # where frag's paragraph starts
    ends = text.find("\n", frag[0])
    ends = len(text) if ends < 0 else ends
    if not (0 <= break_at < frag[0] and not text[line : frag[0]].strip() and all(
            not gap.strip() or PAGE_LABEL.fullmatch(gap) for gap in text[break_at:line].split("\n"))):
        return False  # not the next paragraph (a page's label between them aside), or not its start
    if not (_double(text, frag[0]) and _double(text, frag[1] - 1)
            and text[frag[0] : frag[1]].rstrip(_CLOSE)[-1:] in CLAUSE_END):
        return False
    rest = text[g.end : break_at].rstrip()  # the attribution after g's quotation, where no sentence may start
    last = g.frags[-1]
    return (_GAP_OK.fullmatch(text, frag[1], ends) is not None and len(rest) <= _MAX_ATTRIBUTION_CHARS
            and (_double(text, last[0]) or _double(text, last[1] - 1)) and not _SENTENCE_START.search(rest)
            and not any(line <= sp[0] < ends for sp in roles["CUE"] + roles["SOURCE"])
            and not _only_a_name(g.end, break_at, roles))


def _introduced_by(text: str, g: Linked, frag: Span, roles: dict[str, list[Span]]) -> bool:
    """``frag`` is a quotation that the content ``g`` ends with a colon to introduce, only spaces between them: 'Ruiz
    repeated [the party line:] ["I know him ..."]' is one statement (the tagger sometimes parts them, and the
    quotation alone went to the nearest free cue, another speaker's). Not a quotation in the next paragraph, nor one
    with an attribution of its own ('... by making two points: / "For the millions ...," she said').
    """
    gap = text[g.end : frag[0]]
    return (text[g.end - 1] == ":" and not gap.strip() and "\n" not in gap and text[frag[0]] in _OPEN
            and not _attribution_at(text, frag[1], roles))


def _only_a_name(start: int, end: int, roles: dict[str, list[Span]]) -> bool:
    """Only a name follows a quotation, between ``start`` and ``end``, as a roundup signs each one ("Maria Chen,
    The Harbor Gazette"): the next quotation is the next item's, not its second part."""
    return (any(start <= s < end for s, _ in roles["SOURCE"])
            and not any(start <= c < end for c, _ in roles["CUE"]))


def _double(text: str, i: int) -> bool:
    """A double quotation mark is at ``i``, or two apostrophes typed as one ('' in some wire copy)."""
    return text[i] in DOUBLE_MARKS or text[i] == "'" and "''" in text[max(0, i - 1) : i + 2]


def _attribution_at(text: str, end: int, roles: dict[str, list[Span]]) -> bool:
    """A cue or source follows the content ending at ``end`` in its paragraph ('"B," he added'): its own
    attribution."""
    gap = _GAP_OK.match(text, end)
    return "\n" not in gap.group() and any(sp[0] == gap.end() for sp in roles["CUE"] + roles["SOURCE"])


def _cue_before(text: str, start: int, cues: list[Span]) -> bool:
    """A cue ends before ``start`` in its sentence: a content there ('Ruiz said [the plan was "fine"]') has its
    own attribution, so a quotation after the next one ('. Dunn said "..."') is not its second part."""
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 400), start)), default=0)
    return any(opening <= c[0] and c[1] <= start for c in cues)


def _attributed_after(text: str, frag: Span, roles: dict[str, list[Span]], inner: list[Span],
                      gestures: set[Span]) -> bool:
    """``"B," Lind said.`` / ``"B," said Lind.``: a quotation followed by an attribution of its own, to a
    source other than the one before it, is that source's statement. An attribution that goes on to content
    of its own (``"B."Todd then asked whether ...``, a lost paragraph break) is not the quotation's, and a
    pronoun (``"B," he added``) is taken to be the same speaker."""
    cues, sources = roles["CUE"], roles["SOURCE"]
    pos, seen_cue, src = frag[1], False, None
    while True:
        gap = _GAP_OK.match(text, pos)
        if seen_cue and _SENTENCE_END.search(gap.group()):
            break  # "B," Lind said. Dunn called ...: the attribution ended with its sentence
        pos = gap.end()
        nxt = next((sp for sp in (cues + sources) if sp[0] == pos), None)
        if "\n" in gap.group() or nxt is None or nxt[1] <= pos or nxt in gestures:
            break  # (a nod after the quotation is not its attribution)
        if nxt in sources:
            src = nxt
        else:
            seen_cue = True
        pos = nxt[1]
    if not seen_cue or src is None or any(c[0] == pos for c in roles["CONTENT"]):
        return False
    after = text[src[0] : src[1]].lower()
    return after not in PRONOUNS and after not in {text[s:e].lower() for s, e in inner if (s, e) in sources}


def _between(groups: list[Linked], a: Span, b: Span, skip: Linked | None = None) -> int:
    """How many statements lie entirely between spans ``a`` and ``b``."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return sum(1 for g in groups if g is not skip and lo <= g.start and g.end <= hi)


def link(text: str, spans: Iterable[tuple[str, int, int]], sentences: Sequence[Span],
         outer: Collection[Span] = (), governing: Mapping[Span, Span] | None = None) -> list[Linked]:
    """Statements from role spans; ``sentences`` are sorted ``(start, end)`` sentence boundaries; ``outer``: cues
    that join no content pieces around them (:func:`outer_cues`); ``governing``: the cue a content piece's clause
    hangs on, taken before any nearer one (:func:`governing_cues`)."""
    governing = governing or {}
    by_role: dict[str, list[Span]] = {"SOURCE": [], "CUE": [], "CONTENT": []}
    for role, s, e in spans:
        by_role[role].append((s, e))
    roles = {r: sorted(v) for r, v in by_role.items()}
    cues, sources = roles["CUE"], roles["SOURCE"]
    starts = [s for s, _ in sentences]

    def sent(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    gestures = _lone_gestures(text, roles, sent)
    groups = _group_contents(text, roles, gestures, sent, outer)

    # cues with content of their own after them in their sentence ("Police identified and questioned [two men]")
    content_starts = [c[0] for c in roles["CONTENT"]]
    reporting = {c for c in cues
                 if bisect_left(content_starts, c[1]) < bisect_left(content_starts, sentences[sent(c[0])][1])}
    free = set(cues)
    for g in groups:
        if g.inner_cues:
            g.cue = g.inner_cues[0]
            free.discard(g.cue)
    pairs = []
    for gi, g in enumerate(groups):
        if g.cue is not None:
            continue
        extent = (g.start, g.end)
        first, last = sent(g.start), sent(g.end - 1)
        for c in free:
            sc = sent(c[0])
            if sc < first - 1 or sc > last + 1 or c in gestures and c[0] >= g.end:
                continue
            hops = first - sc if sc < first else sc - last if sc > last else 0
            if (sc < first and not text[c[1] : g.start].rstrip().endswith(":") or sc > last) and ACCORDING.match(
                    text, c[0]):
                continue  # "X said A, according to Y." frames its own sentence, not the next one's quotation nor
                # the one before (but "According to the Journal:" introduces the passage after it)
            if c in reporting and c[0] >= g.end and "\n" in text[g.end : c[0]]:
                continue  # a cue in the next paragraph with content after it in its sentence reports that
                # ('"..." / Police identified and questioned [two men]'), not the paragraph before
            cost = _distance(extent, c) + _SENT_COST * hops + _CROSS_COST * _between(groups, extent, c, g)
            pairs.append((-1 if governing.get(g.frags[0]) == c else cost, gi, c))
    for _, gi, c in sorted(pairs):
        if groups[gi].cue is None and c in free:
            groups[gi].cue = c
            free.discard(c)

    used: set[Span] = set()
    for g in groups:
        anchor = g.cue or (g.start, g.end)
        lo, hi = sent(min(g.start, anchor[0])), sent(max(g.end, anchor[1]) - 1)
        best = None
        full_stop = g.cue is None and _ENDS_SENTENCE.search(text, g.start, g.end) is not None
        for s in sources:
            if not lo <= sent(s[0]) <= hi or any(a <= s[0] < b for a, b in g.frags):
                continue
            if full_stop and s[0] >= g.end and not _SIGNATURE_GAP.fullmatch(text, g.end, s[0]):
                continue  # a quotation ending with its full stop ends its sentence, though the parse runs on into
                # the next ('"... didn't want."During his news conference, [the president] ...'); but a signature
                # follows it ('"... ." - [Ana Ruiz]')
            cost = _distance(anchor, s) + _USED_COST * (s in used) + _CROSS_COST * _between(groups, anchor, s, g)
            if best is None or cost < best[0]:
                best = (cost, s)
        if best is not None:
            g.source = best[1]
            used.add(best[1])
    return [g for g in groups if g.cue or g.source or _is_quotation(text, g)]


def outer_cues(doc: Doc, spans: Sequence[tuple[str, int, int]]) -> set[Span]:
    """Cues that do not interrupt one statement, as "he said" does in "The plan, he said, is dead" (nor does a
    verb of the content itself in "Lind is demanding [Hale] make a pledge [not to run]" or "[the lack of support
    for] [Lind among voters] seems [to be a problem]"): one whose verb's subject is a tagged source before the
    content just before it, which then lies in the source's own clause ("[A nurse] who asked [not to be named] said
    [the ward was full]"); and one with its source after a content that has a cue of its own before it in the
    sentence, unless the parse makes it an aside ("Asked [to describe the device], [Hale] said, [...]", "[The
    lawyer] said [A] while [the family] called [B]"; but "Lind does not intend [to leave], [his friends] say,
    [unless ...]" is one statement of the friends')."""
    contents = sorted((s, e) for role, s, e in spans if role == "CONTENT")
    sources = [(s, e) for role, s, e in spans if role == "SOURCE"]
    cues = [(s, e) for role, s, e in spans if role == "CUE"]
    out = set()
    for s, e in cues:
        before = next((c for c in reversed(contents) if c[1] <= s), None)
        verb = _root(doc, s, e) if before is not None else None
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.idx < before[0] and any(a <= subject.idx < b for a, b in sources):
            out.add((s, e))
        elif verb.dep_ != "parataxis" and any(before[1] <= a and b <= s for a, b in sources) and any(
                verb.sent.start_char <= c[0] and c[1] <= before[0] for c in cues):
            out.add((s, e))
    return out


def governing_cues(doc: Doc, text: str, spans: Sequence[tuple[str, int, int]]) -> dict[Span, Span]:
    """Content -> the cue right before it whose verb the parse makes the head of the content's clause: 'The
    ambassador told the paper [that the embassy had been "unaware"], a claim that two officials dispute' is what he
    told, not the nearer "claim"'s. Not for quotations, whose parse is less to be trusted, nor past another cue."""
    cues = sorted((s, e) for role, s, e in spans if role == "CUE")
    out = {}
    for role, s, e in spans:
        if role != "CONTENT" or text[s] in _OPEN:
            continue
        last = next((c for c in reversed(cues) if c[1] <= s), None)  # the cue right before the content
        root = _root(doc, s, e)
        if last is not None and root is not None and root.dep_ in ("ccomp", "xcomp") and (
                last[0] <= root.head.idx < last[1]):
            out[(s, e)] = last
    return out


def _is_quotation(text: str, g: Linked) -> bool:
    regions = find_quotes(text[g.start : g.end])
    return bool(regions) and regions[0].start == 0 and regions[-1].end == g.end - g.start


def _root(doc: Doc, start: int, end: int) -> Token | None:
    """The parse's head of the words over ``start..end`` (widened to whole tokens)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None
