"""The learned extractor: a fine-tuned tagger finds source / cue / content spans, rules link them.

The tagger (:class:`stancekit.modeling.tagger.SpanTagger`, trained by ``stancekit train attribution``)
only says which characters play which role. Statements are rebuilt from those spans:

1. Content pieces separated only by one cue and/or sources and punctuation (``"A," he said, "B."``)
   are one statement with several fragments (:func:`_group_contents`), as are two quotations around an
   attribution sentence that reports more (``"A," she said, adding that ... . "B."``, :func:`_across_attribution`)
   and a quotation that is a paragraph of its own after one (:func:`_next_paragraph`), unless the cue reports for a
   source before the first piece ("A nurse who asked [not to be named] said [the ward was full]") or, after a piece
   with a cue of its own, is no aside ("Asked [to describe it], [Hale] said, [...]", :func:`outer_cues`); a content
   between a cue and the source in apposition to it is part of the source (:func:`appositions_to_sources`);
   a source the tagger ran across a full stop is two (:func:`sources_by_sentence`), and one that is a relative
   clause on the source before it is part of that source (:func:`relatives_in_sources`); a content one mark short of its
   quotation takes the mark (:func:`to_the_marks`); a content that is only a subject and its reporting verb,
   right before that verb's "that" clause, is the report's source and cue (:func:`frames_as_sources`).
2. Each statement takes the cue right before it that the parse makes its clause's head (:func:`governing_cues`),
   else the cheapest free cue: character distance, plus a penalty for every other
   statement in between and for crossing a sentence boundary; cues further than the neighbouring
   sentence are never linked, and a gesture alone in its sentence ("Her aide nodded.") only to a statement after it
   (:func:`_lone_gestures`); "according to" in a sentence before a statement frames that sentence only
   ("..., said X, according to a transcript. "B"": B continues X), unless a colon makes it introduce
   what follows.
3. Each cue (or a cue-less statement) takes the nearest source in the statement's sentences, preferring
   one not already used and not across another statement ("Mook said A, arguing that B" shares Mook),
   unless that source follows the content and the parse makes an earlier one the cue's subject
   (:func:`subject_source`), or it is a name in a clause or a phrase set off by a comma between the cue's subject
   and the cue, which then yields to the subject ("Mike Pence, warming up a crowd in a district represented by
   Justin Amash, said", "The inspector general, in a report released Wednesday, found", :func:`nested_source`).
   A cue left without any source takes its verb's subject from the parse when that resolves to someone
   ("He arrived ... and promptly voted against ...", :func:`cue_subject`); a source left without a cue gives
   its statement the reporting verb it is the subject of (:func:`source_verb`). A report inside a relative
   clause ends where the main clause resumes (:func:`relative_clause_end`), one the tagger stopped after its
   subject runs to the end of its clause (:func:`subject_only_end`), and one it opened at the cue's addressee
   starts at the clause reported ("told [reporters] [he would run]", :func:`addressee_start`).
4. A framed report ("The agency quoted the minister as saying ...") belongs to the framed speaker, as
   with the rules (:func:`stancekit.extract.rules.framed_speaker`), whichever source the tagger marked;
   the frame itself read as content ("quoted [the minister]") is not a statement. Likewise a report
   inside "according to X" ("Y called the plan reckless, according to X") is Y's (:func:`_inner_report`),
   and the question in "Asked whether ..., Y said" or "Y said when asked whether ..." is not Y's: its speaker is
   unknown (:func:`_asked`).
5. No span runs across a line break outside quotation marks (a decoding constraint, see
   :func:`line_breaks`): a headline never runs into the lead, and the lead's speaker that the tagger
   read as more headline is made a source again (:func:`subjects_as_sources`); a transcript's turn
   ("HALE: ...") is one content to the end of its line or the next turn on it (:func:`transcript_turns`).
6. A source the tagger stopped inside its noun phrase is completed to the phrase ("[The White] House said",
   :func:`whole_phrase`). Sources go through the same speaker resolution as the rule-based extractor
   (:func:`stancekit.extract.speakers.resolve_speaker`); a cue-less, source-less direct quotation right
   after a statement continues its speaker; other statements with neither cue nor source are dropped, and so
   are those whose source is a page's label ("Advertisement:"), and those that are only what a quotation was
   said of ('"...," Lind said of [the prices]', :func:`topic_of_cue`); an interview's "Q:" and "A:" are no speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from ..modeling.tagger import SpanTagger
from ..types import Quote, Speaker
from . import _CONTINUATION_CHARS, make_quote
from .lexicon import ALL_FORMS, CITING, GESTURE_FORMS, PREPOSITION_OF, SPEECH_FORMS, TOLD_FORMS
from .quotes import DOUBLE_MARKS, QuoteRegion, find_quotes
from .rules import (
    ACCORDING,
    CLAUSE_END,
    NAME_PARTICLES,
    PUT_TO,
    TURN_ROLE,
    Found,
    agent_of,
    asked_aside,
    by_object,
    clause_content,
    framed_speaker,
    framing_complement,
    holds,
    inverted_subject,
    joined_report,
    passive_report,
    permission_to_speak,
    quotation_at,
    reported_by,
    signature_after,
    subject_of,
)
from .speakers import (
    EDITORS_MARKS,
    PRONOUNS,
    SELF_PRONOUNS,
    SPEAKER_LABELS,
    EntityIndex,
    block,
    can_speak,
    counted_relative,
    entity_index,
    of_objects,
    resolve_speaker,
    speaks,
)
from .statement import Fragmented, strip_span

Span = tuple[int, int]
_GAP_OK = re.compile(r"[\s\"“”‘’'«»,.:;!?()\[\]—–-]*")
_CLOSE = "\"”’'»"
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}  # verb tags of a clause's own tense
_SENTENCE_START = re.compile(r"[.!?][\"”’']?\s+|\n")  # what precedes one
_OPEN = "\"“‘'«"
_TRAILING = {",", ";", ":", ".", "-", "—", "–"}  # punctuation a clause's span may end with that its content does not
# A full stop after a lower-case word, before a capital: no abbreviation ("the race director. Martin", not "Sen. X")
_FULL_STOP = re.compile(r"(?<![\w.])[a-z]{2,}([.!?][\"”’']?\s+)(?=[A-Z])")
_CROSS_COST = 1000  # per other statement lying between a statement and a cue/source
_SENT_COST = 300  # per sentence boundary between a statement and its cue
_USED_COST = 500  # a source already linked to another cue
_PERSONAL = ("he", "she", "they")  # a subject that is someone, even where the name is not found
_MAX_ATTRIBUTION_CHARS = 250  # characters of an attribution between two quotations ("said at a briefing ...")
_AFTER_UNPUNCTUATED_LINE = re.compile(r"\w\s*\n[ \t]*\Z")
# A page's label the tagger takes for a source ("Advertisement:" before a paragraph, "Advertisement Continue
# reading the main story"): what it seems to introduce is no one's statement
_PAGE_LABELS = frozenset({"advertisement"})
# An interview's turns ("Q: Why did you run?" / "A: Because ..."): a question or an answer, not a name (the
# rules find no speaker there either)
_TURN = re.compile(r"[QA][ \t]*:")
# What a transcript's turn runs up to, short of the end of its line: a tweet's link or signature, a closing citation
_TURN_END = re.compile(r"(?:(?!pic\.twitter\.com|https?://|\s[—–-]{1,2}[ \t]*[A-Z][^\n(]{0,60}\(@"
                       r"|\s*\[[^\]\n]*\]\s*$).)*", flags=re.MULTILINE)
_TURN_SELF = SELF_PRONOUNS | {"you"}  # sources inside a turn that are its speaker or the one spoken to ("I mean")
_TURN_LABEL = re.compile(rf"(?:{TURN_ROLE})?[ \t]*")  # what may stand between a turn's name and colon
# A writer's mark on the words quoted that the tagger reads as a cue ("(my emphasis added):", "[Emphasis mine]")
_EDITORS_MARK = re.compile(rf"\W*(?:{'|'.join(EDITORS_MARKS)})\s+(?:added|mine|ours)\W*", flags=re.IGNORECASE)
_CITED_THAT = re.compile(r",\s+(that)\s")  # the "that" after what a report cites (:func:`citing_asides`)
# A source that only lists examples of the source before it ("Critics of the plan, [among them two governors], say")
_EXAMPLES = re.compile(r"[,—–-]\s*(?:among them|among|including|such as)\b[^.;:!?\"“”\n]*\Z", flags=re.IGNORECASE)


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
            if _next_paragraph(text, g, frag, roles):
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
    if not (0 <= break_at < frag[0] and not text[break_at:line].strip() and not text[line : frag[0]].strip()):
        return False  # not the next paragraph, or not its start
    if not (_double(text, frag[0]) and _double(text, frag[1] - 1)
            and text[frag[0] : frag[1]].rstrip(_CLOSE)[-1:] in CLAUSE_END):
        return False
    rest = text[g.end : break_at].rstrip()  # the attribution after g's quotation, where no sentence may start
    last = g.frags[-1]
    return (_GAP_OK.fullmatch(text, frag[1], ends) is not None and len(rest) <= _MAX_ATTRIBUTION_CHARS
            and (_double(text, last[0]) or _double(text, last[1] - 1)) and not _SENTENCE_START.search(rest)
            and not any(line <= sp[0] < ends for sp in roles["CUE"] + roles["SOURCE"])
            and not _only_a_name(g.end, break_at, roles))


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


def line_breaks(text: str, regions: Sequence[QuoteRegion]) -> list[int]:
    """Offsets of the line breaks outside quotations, where no span may run on.

    A headline and the lead paragraph under it are two statements, never one (nor is the lead's speaker
    the end of the headline's content), while a quotation may run over several paragraphs.
    """
    newlines = (m.start() for m in re.finditer("\n", text))
    return [i for i in newlines if not any(r.start < i < r.end for r in regions)]


def subjects_as_sources(doc: Doc, text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A content span opening a line after an unpunctuated one (a headline) that is the subject of a cue
    ("Mayor Thomas Okafor said ...") is its source.

    The tagger's word pieces do not show line breaks, so after a headline without a full stop it may read
    the lead's speaker as more of the headline's content. Elsewhere PolNeAR does annotate such subjects as
    content ("Nothing about them seems credible"), so the rule stays this narrow.
    """
    cues = [(s, e) for role, s, e in spans if role == "CUE"]
    out = []
    for role, s, e in spans:
        if role == "CONTENT" and _AFTER_UNPUNCTUATED_LINE.search(text, max(0, s - 64), s):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and span.root.dep_ == "nsubj" and any(a <= span.root.head.idx < b for a, b in cues):
                role = "SOURCE"
        out.append((role, s, e))
    return out


def sources_by_sentence(text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A source the tagger ran across a full stop is two: '"…," said Jean-Pierre Martin, the race director.
    Martin added that …' has the sources "Jean-Pierre Martin, the race director" and "Martin"."""
    out = []
    for role, s, e in spans:
        stops = [m.span(1) for m in _FULL_STOP.finditer(text, s, e)] if role == "SOURCE" else []
        starts, ends = [s, *(b for _, b in stops)], [*(a for a, _ in stops), e]
        out += [(role, a, b) for a, b in zip(starts, ends, strict=True)]
    return out


def transcript_turns(text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A transcript's turn, a name at the start of a line and a colon ("HALE: We will appeal. I mean it."), is the
    speaker's words to the end of the line, or to the next turn on the same line ("... it. LIND: Then ..."): the
    tagger cuts a long turn into pieces, reads words of it as cues ("I [mean] it") and leaves sentences out. In
    PolNeAR train's gold spans 111 of 119 such turns run to the end of their line, and none holds a statement of its
    own. The turn ends before a tweet's link or signature ("pic.twitter.com/…", "— Name (@handle) date") and a
    transcript's closing citation ("[Fox News, 4/16/19]"). Left as tagged: a turn that reports someone else's words
    ("Hale said ..."), a label's ("Quick guide:", "Foreign policy experts:", :func:`_names_someone`), words that start
    on the next line (a block quotation of a report under its outlet's name), and a roundup's item about the person
    named ("Ana Lind: Ms. Lind held her ground ..."), where the words are the writer's."""
    out = list(spans)
    k = 0
    while k + 2 < len(out):
        (r1, s1, e1), (r2, s2, e2), (r3, s3, e3) = out[k : k + 3]
        line = text.rfind("\n", 0, s1) + 1
        line_end = text.find("\n", s3)
        line_end = len(text) if line_end < 0 else line_end
        if not (r1 == "SOURCE" and r2 == "CUE" and r3 == "CONTENT" and text[s2:e2].strip() == ":"
                and not text[line:s1].strip() and _TURN_LABEL.fullmatch(text, e1, s2) and _names_someone(text[s1:e1])
                and not text[e2:s3].strip(" \t") and e3 < line_end):
            k += 1
            continue
        end = next((s for (r, s, _), (r_next, a, b) in zip(out[k + 3 :], out[k + 4 :], strict=False)
                    if r == "SOURCE" and s < line_end and r_next == "CUE" and text[a:b].strip() == ":"
                    and text[s3:s].rstrip().rstrip(_CLOSE)[-1:] in ".!?"), line_end)
        end = _TURN_END.match(text, e3, end).end()
        end = len(text[s3:end].rstrip().rstrip("".join(_TRAILING)).rstrip()) + s3
        surname = _name_words(text[s1:e1])[-1].lower()
        if re.search(rf"\b{re.escape(surname)}\b", text[s3:end].lower()) or end <= e3:
            k += 1
            continue
        inside = k + 3
        while inside < len(out) and out[inside][1] < end:
            inside += 1
        if any(r == "SOURCE" and text[s:e].lower() not in _TURN_SELF for r, s, e in out[k + 3 : inside]):
            k += 1  # the speaker reports someone else's words ("Hale said ...") in the turn: left as tagged
            continue
        out[k + 2 : inside] = [("CONTENT", s3, end)]
        k += 3
    return out


def _names_someone(source: str) -> bool:
    """The words before a transcript's colon name someone ("HALE", "Sen. Ana Ruiz", a chat's "maggie (Maggie Koerth,
    senior writer)"), not a label: several words, one in lower case that no name holds ("Quick guide")."""
    words = _name_words(source)
    return len(words) == 1 or not any(w.islower() and w not in NAME_PARTICLES for w in words)


def _name_words(source: str) -> list[str]:
    """The words of a turn's name, without the role in brackets after it ("MOSS (host)")."""
    return re.findall(r"[^\W\d_][\w.'’-]*", re.sub(r"\([^()]*\)", " ", source)) or [source]


def relatives_in_sources(doc: Doc, text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A source that is a relative clause on the source just before it is part of that source: in "[Supporters of
    the bill], [which passed the House last week], said ..." the tagger's nearer source is the bill's clause, and
    the supporters speak. Only a clause set off by a comma, whose verb is no cue: one the tagger cut to its pronoun
    ("[the lawyers], [who] said ...") is the source of its own verb and stays. A counted relative ("[Dock workers],
    [many of] whom lost shifts, say"), however cut and parsed, is the group's description."""
    cues = [(s, e) for role, s, e in spans if role == "CUE"]

    def relative(before: tuple[str, int, int], a: int, b: int) -> bool:
        clause = doc.char_span(a, b, alignment_mode="contract")
        set_off = not text[before[2] : a].strip(" ,") and "," in text[before[2] - 1 : a]  # (its comma, or ours)
        if before[0] != "SOURCE" or not set_off or clause is None or not len(clause):
            return False
        pronoun, verb = clause[0], clause[0].head
        if any(s <= verb.idx < e for s, e in cues):
            return False
        return (pronoun.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.i < clause.end
                and before[1] <= verb.head.idx < before[2]) or counted_relative(doc, pronoun.i)

    return _joined_sources(spans, relative)


def _joined_sources(spans: Sequence[tuple[str, int, int]],
                    joins: Callable[[tuple[str, int, int], int, int], bool]) -> list[tuple[str, int, int]]:
    """``spans`` with each source that ``joins(span before it, start, end)`` merged into the span before it, as
    one source."""
    out: list[tuple[str, int, int]] = []
    for role, a, b in spans:
        if role == "SOURCE" and out and joins(out[-1], a, b):
            out[-1] = (role, out[-1][1], b)
        else:
            out.append((role, a, b))
    return out


def frames_as_sources(doc: Doc, text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A content span that is only a subject and its reporting verb, right before a content span that is that
    verb's "that" clause, is the report's frame: its source and cue ("[The union warned] [that the cap would hurt
    renters], according to a statement", where the tagger took the whole sentence for what the statement says and
    then opened a second content at "that")."""
    starts = sorted(s for role, s, _ in spans if role == "CONTENT")
    out = []
    for role, s, e in spans:
        i = bisect_left(starts, e) if role == "CONTENT" else len(starts)
        after = starts[i] if i < len(starts) else None
        frame = _frame(doc, s, e, after) if after is not None and not text[e:after].strip() else None
        out += frame or [(role, s, e)]
    return out


def _frame(doc: Doc, start: int, end: int, clause: int) -> list[tuple[str, int, int]] | None:
    """Source and cue of ``[start, end)`` where it is exactly a subject and the reporting verb whose "that" clause
    opens at ``clause``; anything between them ("The union also warned") leaves the span alone."""
    that = doc.char_span(clause, clause + 4)
    parts = _subject_and_verb(doc.char_span(start, end, alignment_mode="expand"))
    if parts is None or that is None or that.text.lower() != "that":
        return None
    subj, verb = parts
    if verb.lower_ not in ALL_FORMS or that[0].dep_ != "mark" or that[0].head.head != verb:
        return None
    return [("SOURCE", start, subj.right_edge.idx + len(subj.right_edge)), ("CUE", verb.idx, end)]


def _subject_and_verb(span: Tokens | None) -> tuple[Token, Token] | None:
    """(subject, verb) where ``span`` is exactly a verb's subject and then that verb."""
    if span is None or len(span) < 2:
        return None
    verb = span[-1]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subj is None or subj.left_edge.i != span.start or subj.right_edge.i != span.end - 2:
        return None
    return subj, verb


def verb_in_source(doc: Doc, st: Linked) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source, cue) of a cue-less statement whose tagged source is a subject and its verb ('"...," [he joshed]'):
    the tagger ran the source into a verb it did not take for a cue."""
    parts = _subject_and_verb(doc.char_span(*st.source, alignment_mode="expand"))
    if parts is None or not parts[1].is_lower:  # not a name's last word read as a verb: "CBN News LIVE"
        return None
    subj, verb = parts
    return (st.source[0], subj.right_edge.idx + len(subj.right_edge)), (verb.idx, verb.idx + len(verb))


def appositions_to_sources(doc: Doc, text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A content span that opens with an apposition to the source just before it gives the apposition to the
    source: in "According to Ana Ruiz, the head of the water board, the reservoir is low", what she says is that
    the reservoir is low, and "the head of the water board" says who she is. Likewise a content span right before
    the source, the cue's subject, that the source is in apposition to is part of the source: in '"…," vowed the
    nurses' union leader, Helen Quist' the tagger may read "the nurses' union leader," as content."""
    out = _descriptions_in_sources(doc, text, spans)
    for k in range(1, len(out)):
        (role, a, b), (next_role, c, d) = out[k - 1], out[k]
        source = doc.char_span(a, b, alignment_mode="contract") if role == "SOURCE" else None
        if source is None or next_role != "CONTENT" or not len(source) or text[b:c].strip(" ,") or (
                not text[c].isalnum()):  # right after the source and its comma, no quotation
            continue
        appos = next((x for x in source.root.rights if x.dep_ == "appos" and x.left_edge.idx == c), None)
        after = doc[appos.right_edge.i + 1] if appos is not None and appos.right_edge.i + 1 < len(doc) else None
        if after is not None and after.text == "," and after.idx + 1 < d:
            start = strip_span(text, after.idx + 1, d)[0]
            out[k - 1], out[k] = (role, a, after.idx), (next_role, start, d)
    return out


def _descriptions_in_sources(doc: Doc, text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The second case of :func:`appositions_to_sources`: a content the source after it is in apposition to."""
    def described(before: tuple[str, int, int], a: int, b: int) -> bool:
        if before[0] != "CONTENT" or text[before[2] : a].strip(" ,"):
            return False
        head = doc.char_span(before[1], before[2], alignment_mode="contract")
        source = doc.char_span(a, b, alignment_mode="contract")
        return (head is not None and source is not None and len(head) > 0 and len(source) > 0
                and source.root.dep_ == "appos" and source.root.head == head.root
                and head.root.dep_ == "nsubj" and head.root.tag_.startswith("NN"))

    return _joined_sources(spans, described)


def to_the_marks(text: str, spans: Sequence[tuple[str, int, int]],
                 regions: Sequence[QuoteRegion]) -> list[tuple[str, int, int]]:
    """Contents the tagger stopped a mark short of their quotation ('"No,' of '"No," replied Hale with a laugh',
    where the laugh draws the closing mark away), stretched to the quotation's marks; only across punctuation, so
    a quotation that goes on with words past the content is not taken in."""
    starts = [r.start for r in regions]
    out = []
    for role, start, end in spans:
        if role == "CONTENT":
            i = bisect_right(starts, start) - 1
            if i >= 0 and start < regions[i].end and not any(ch.isalnum() for ch in text[regions[i].start : start]):
                start = regions[i].start
            j = bisect_right(starts, end - 1) - 1
            if j >= 0 and end < regions[j].end and not any(ch.isalnum() for ch in text[end : regions[j].end]):
                end = regions[j].end
        out.append((role, start, end))
    return out


def citing_asides(text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """An aside naming a report's own source between the report's cue and its "that" clause is no cue, and what
    it cites no content: in "The paper reported, citing two officials, that talks had stalled" (tagged cue
    "reported", cue "citing", content "two officials ..., that talks had stalled", or two contents split before
    "that") the paper reports that talks had stalled."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(spans):
        role, start, end = spans[k]
        after = spans[k + 1 : k + 3]
        cited = after[:1] if after and after[0][0] == "CONTENT" else []
        if cited and len(after) == 2 and after[1][0] == "CONTENT" and not text[after[0][2] : after[1][1]].strip(" ,"):
            cited = after  # the tagger's two contents, split before "that"
        that = _CITED_THAT.search(text, cited[0][1], cited[-1][2]) if cited else None
        if (role == "CUE" and text[start:end].lower() in CITING and out and out[-1][0] == "CUE"
                and text[:start].rstrip().endswith(",") and that is not None and not text[end : cited[0][1]].strip()):
            out.append(("CONTENT", that.start(1), cited[-1][2]))
            k += 1 + len(cited)
            continue
        out.append(spans[k])
        k += 1
    return out


def told_addressees(doc: Doc, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The subject of a passive verb of telling is the one told, not what was told: in "[The minister] was warned by
    officials [that the dam could fail]" the tagger marks both as contents, and the warning was only the second.
    Dropped where a content follows the cue."""
    cues = [(s, e) for role, s, e in spans if role == "CUE"]
    out = []
    for k, (role, start, end) in enumerate(spans):
        root = _root(doc, start, end) if role == "CONTENT" else None
        verb = root.head if root is not None and root.dep_ == "nsubjpass" else None
        if (verb is not None and verb.lower_ in TOLD_FORMS and any(a <= verb.idx < b for a, b in cues)
                and any(r == "CONTENT" and s > verb.idx and s < verb.sent.end_char for r, s, _ in spans[k + 1 :])):
            continue
        out.append((role, start, end))
    return out


def quotation_with_its_own_cue(text: str, spans: Sequence[tuple[str, int, int]], regions: Sequence[QuoteRegion],
                               sentence_starts: Sequence[int]) -> list[tuple[str, int, int]]:
    """A content the tagger ran on from one sentence into the next quotation, where that quotation has its own
    source and cue right after it ('The mayor said [she had "no regrets." "None at all,"] she added'): two
    contents, so that the second is the added statement, not part of the first. Only where the parse starts a
    sentence at the quotation after a full stop, question or exclamation mark (not 'the U.S. "national
    interest," officials said')."""
    ends = [r.end for r in regions]
    out = []
    for k, (role, start, end) in enumerate(spans):
        out.append((role, start, end))
        i = bisect_left(ends, end)
        if role != "CONTENT" or k + 1 == len(spans) or i == len(ends) or ends[i] != end or start >= regions[i].start:
            continue  # not a content that ends with a quotation opening inside it
        opening, (next_role, next_start, _) = regions[i].start, spans[k + 1]
        before = text[start:opening].rstrip()
        j = bisect_right(sentence_starts, start + len(before))  # the first sentence start after the full stop
        if (next_role != "CONTENT" and not text[end:next_start].strip(" ,")  # "... she added", "..., said X"
                and before.rstrip(_CLOSE).endswith((".", "?", "!")) and len(before) < opening - start
                and j < len(sentence_starts) and sentence_starts[j] <= opening + 1):
            out[-1:] = [("CONTENT", start, start + len(before)), ("CONTENT", opening, end)]
    return out


def _end_without(doc: Doc, first: int, stop: int, drop: Callable[[Token], bool]) -> int:
    """Character end of the tokens ``[first, stop)`` of a clause, less those at its right that ``drop`` accepts
    (punctuation the parse ends the clause with and the content does not); the first token always stays."""
    last = stop - 1
    while last > first and drop(doc[last]):
        last -= 1
    return doc[last].idx + len(doc[last])


def relative_clause_end(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where the content of a report inside a relative clause or a participle phrase ends, where the tagger ran it on
    into the main clause ("Tom Lind, whose spokesman said [the bill was dead], left early"; "Officials who said [the
    vote was rigged] were fired"; "A man carrying a sign saying [the war must end] was arrested"): the end of the
    cue's clausal complement as the parse has it (:func:`~stancekit.extract.rules.clause_content`), when the content
    starts there and holds a finite verb, and the main clause's verb follows: after a comma any verb but a gerund
    ("... York, [including] ..." goes on), else a finite one the parse does not hang on the cue ("Washington
    lobbyists working with X [failed] to register": the parse cut the complement short); never inside a quotation
    or before one the content goes on into."""
    cue = _root(doc, *st.cue) if st.cue is not None else None
    if (cue is None or cue.dep_ not in ("relcl", "acl") or len(st.frags) > 1
            or not any(c.dep_ == "ccomp" for c in cue.children)):
        return None
    found = clause_content(cue)
    if found is None or len(found) != 2 or doc[found[0]].idx != st.start:
        return None
    after = next((t for t in doc[found[1] :] if not t.is_punct), None)
    end = _end_without(doc, *found, lambda t: t.text in (",", ";", ":"))
    if after is None or not any(t.tag_ in _FINITE for t in doc[found[0] : found[1]]) or not end < st.end:
        return None
    if quotation_at(regions, end) or any(end <= r.start < st.end for r in regions):
        return None
    if doc[after.i - 1].text == ",":  # a comma closes the clause: "whose spokesman said [A], left early"
        return end if after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG" else None
    return end if after.tag_ in _FINITE and after.head != cue else None  # not the parse's second complement


def joined_report_end(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where the last part of a content ends before a second report of the speaker's the tagger ran it into ("The
    court ruled [that the ban was lawful and dismissed the appeal]": :func:`~stancekit.extract.rules.joined_report`)."""
    cue = _root(doc, *st.cue) if st.cue is not None else None
    last = doc.char_span(*st.frags[-1], alignment_mode="expand")
    end = joined_report(cue, last.start, last.end, regions) if cue is not None and last is not None else None
    return doc[end - 1].idx + len(doc[end - 1]) if end is not None else None


def subject_only_end(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where a content ends that the tagger stopped after its subject, at a clause set off after it ("Police said
    [the man], whose name was not released, had been drinking"): the end of the cue's clausal complement
    (:func:`~stancekit.extract.rules.clause_content`), when the content opens it, has no verb and is no quotation,
    and the clause goes on in the same paragraph."""
    cue = _root(doc, *st.cue) if st.cue is not None and len(st.frags) == 1 else None
    if cue is None or quotation_at(regions, st.start) or not any(c.dep_ == "ccomp" for c in cue.children):
        return None
    found = clause_content(cue)
    content = doc.char_span(st.start, st.end, alignment_mode="expand")
    if (found is None or len(found) != 2 or doc[found[0]].idx != st.start or content is None
            or any(t.pos_ in ("VERB", "AUX") for t in content)):
        return None
    end = _end_without(doc, *found, lambda t: t.is_space or t.text in _TRAILING)
    if end <= st.end or "\n" in doc.text[st.end : end] or any(st.end <= r.start < end for r in regions):
        return None  # (no span runs across a line break outside quotation marks: :func:`line_breaks`)
    return end


def addressee_start(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> int | None:
    """Where a content starts that the tagger opened at the cue's addressee ("Hale told [investigators he had
    never met the victim]"): at the clause the verb reports, which is what PolNeAR marks (of its train contents
    after "told", "assured", "informed" or "reminded", 129 start a word or two after the verb, 17 right after
    it). The parse often takes a clause's subject for the object ("warned [the new tariffs] could hurt exporters",
    "warned [Canadians] should be ready", 'warned [that time] to reach a deal "is running out"'), so only
    after a verb of telling (not "said"), where the object is someone who can be told (a name, a pronoun, "the
    judges"), without punctuation, the verb's only object, and the clause after it has a subject of its own and
    opens outside any quotation."""
    cue = _root(doc, *st.cue) if st.cue is not None else None
    if cue is None or cue.lower_ not in TOLD_FORMS or quotation_at(regions, st.start):
        return None
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    addressee = objects[0] if len(objects) == 1 and objects[0].left_edge.idx == st.start else None
    if addressee is None or any(t.is_punct for t in addressee.subtree) or not (
            addressee.tag_ in ("PRP", "NNP", "NNPS") or speaks(addressee)):
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i > addressee.right_edge.i
                   and c.left_edge.idx < st.frags[0][1] and any(k.dep_ in ("nsubj", "nsubjpass", "expl")
                                                               for k in c.children)), None)
    start = clause.left_edge.idx if clause is not None else None
    return start if start is not None and doc.text[start] not in _OPEN and not quotation_at(regions, start) else None


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
            if sc < first and ACCORDING.match(text, c[0]) and not text[c[1] : g.start].rstrip().endswith(":"):
                continue  # "X said A, according to Y." frames its own sentence, not the next one's quotation
                # (but "According to the Journal:" introduces the passage after it)
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
        for s in sources:
            if not lo <= sent(s[0]) <= hi or any(a <= s[0] < b for a, b in g.frags):
                continue
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


def _signed(doc: Doc, text: str, st: Linked):
    """The name signing a cue-less quotation, and its kind (:func:`stancekit.extract.rules.signature_after`),
    whatever source the tagger linked: it links the nearest one, which in a roundup of signed quotations is
    someone else's."""
    if st.cue is not None or not _is_quotation(text, st):
        return None
    return signature_after(doc, text, st.end)


def _framed(doc: Doc, cue: Span):
    """``(Y, end of "saying")`` when the cue belongs to "X quoted Y as saying" (the tagger may mark
    "quoted", "saying" or both as the cue)."""
    for t in doc.char_span(*cue, alignment_mode="expand") or ():
        frame = t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "as" else t
        mention = framed_speaker(frame)
        if mention is not None:
            saying = framing_complement(frame)
            return mention, saying.idx + len(saying)
    return None


def _root(doc: Doc, start: int, end: int) -> Token | None:
    """The parse's head of the words over ``start..end`` (widened to whole tokens)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _inner_report(doc: Doc, text: str, st: Linked, regions: Sequence[QuoteRegion]) -> Found | None:
    """"X called the plan reckless, according to a statement": the statement is X's, not the statement's.

    The tagger marks one layer only, and with "according to" it takes the outer one, whose content is a
    whole report (subject, reporting verb and what was said). That report, found from its verb as the
    rules find it, replaces the frame when its content lies inside the frame's (and the caller resolves
    its speaker, the verb's subject, to a named person, organisation or group). A verb inside quotation
    marks is the speaker's own word ("How come his own family doesn't know ...", according to a paper). Where the
    parse hangs the phrase on the inner clause ("Y warned that X attended, according to a statement"), the report
    ends where the frame's content does, if its speaker opens the frame (a parse that wrong is trusted no further:
    "If ..., it could signal that ..., according to X" stays X's), and an attitude stays X's report ("the agency
    plans to cut jobs, according to a memo")."""
    if st.cue is None or not ACCORDING.match(text, st.cue[0]):
        return None
    verb = _root(doc, st.start, st.end)
    if verb is None or not verb.tag_.startswith("VB") or verb.lower_ not in ALL_FORMS or holds(verb):
        return None
    if quotation_at(regions, verb.idx) is not None:
        return None
    inner = reported_by(verb, list(regions))
    if inner is None or inner.source is None or inner.start < st.start:
        return None
    if inner.end > st.end and st.end <= st.cue[0] < inner.end and inner.source.start_char == st.start:
        inner = replace(inner, frags=[(s, min(e, st.end)) for s, e in inner.frags if s < st.end])
    return inner if inner.end <= st.end else None


def _relative_word(doc: Doc, st: Linked) -> bool:
    """The content is a relative pronoun alone, which the tagger may mark apart from the clause it opens (a
    statement of its own where its cue has no other content: "the inquiry, which he described as ...")."""
    words = doc.char_span(st.start, st.end, alignment_mode="expand")
    return (st.cue is not None and len(st.frags) == 1 and words is not None and len(words) == 1
            and words[0].tag_ in ("WDT", "WP"))


def _asked(doc: Doc, st: Linked) -> bool:
    """"Asked whether she would resign, Berg said ...", "..., she said when asked whether ...": a participle
    without a subject of its own puts the question to the speaker; it is the asker's (the reporter's, unnamed unless
    "asked by ..."), not the main clause's subject's. After the main verb, only a verb of :data:`PUT_TO` ("Berg told
    the court, when questioned about ...": not "Lind ... cried, having been called ...") and only a content that
    follows it in its sentence: '"No," she said when asked about it. "..."' gives the next sentence's quotation the
    cue; it is her answer. So is a question put in the passive ("[Lind] was asked whether ..."): its subject answers
    next."""
    if st.cue is None:
        return False
    span = doc.char_span(*st.cue, alignment_mode="expand")
    return span is not None and (asked_aside(span[0], st.end) or _put_in_passive(span) or any(
        _participle(t) and t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and (t.i < t.head.i or t.lower_ in PUT_TO and st.cue[1] <= st.start < t.sent.end_char) for t in span))


def _put_in_passive(cue: Tokens) -> bool:
    """"was asked", "were questioned", "was pressed": a question put to the verb's subject."""
    verb = cue.root
    return (verb.lower_ in PUT_TO and verb.lower_ not in TOLD_FORMS and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "nsubjpass" for c in verb.children))


def _asker(doc: Doc, st: Linked, idx: EntityIndex) -> Speaker | None:
    """Who put the question of an :func:`_asked` statement, where the text says: "Asked by a reporter whether ..."
    (else nobody)."""
    span = doc.char_span(*st.cue, alignment_mode="expand")
    agent = next((a for t in span if t.lower_ in PUT_TO and (a := agent_of(t)) is not None), None)
    return resolve_speaker(doc, doc[agent.left_edge.i : agent.right_edge.i + 1], st.start, idx) if agent else None


_SUBORDINATORS = frozenset(("when", "if", "once", "after", "before", "while", "until", "unless"))


def _participle(t: Token) -> bool:
    """A past participle, also where the tagger read a past tense: a past form right after "when" has no subject
    of its own ("replied the minister when asked whether ...", with "the minister" parsed as the object)."""
    return t.tag_ == "VBN" or t.tag_ == "VBD" and t.i > 0 and t.doc[t.i - 1].lower_ in _SUBORDINATORS


def _imperative(doc: Doc, cue: tuple[int, int], regions: Sequence[QuoteRegion]) -> bool:
    """A bare command outside quotation marks ("Please confirm that you are human", "Remind them that"): the
    page or the writer addressing the reader, whom no report is about."""
    root = _root(doc, *cue)
    if root is None or root.tag_ != "VB" or root.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") or c.dep_ == "aux" and c.tag_ != "VB"
           for c in root.children):
        return False  # a subject the parse missed: "Sanctions would mark", "Having X does not mean"
    return quotation_at(regions, cue[0]) is None


def cue_subject(doc: Doc, st: Linked, idx: EntityIndex) -> Speaker | None:
    """The doer of a cue the tagger left without a source, when that is someone: the active subject of its
    verb ("He arrived ..., and promptly voted against ...", "who said") or the possessor of a nominal cue
    ("Bornsten's hyperbolic prediction"), resolved as any source; the subject of "be" with an adjective or noun
    after it too, where that is someone ("Lind was one of the main opponents of the deal", "who lost ... and is
    eager to pass"). Never "there is/are" ("there were reports that"), "be" with anything else ("is to examine",
    "is under investigation"), a passive subject ("the accord is expected to ..."), an "it" ("it was unclear";
    rarely resolved to the right body), a word of the content, nor a thing ("The best guess", "the attack")
    rather than a person, organisation, group, personal pronoun or document ("the report found"). A passive's subject
    speaks where the cue goes on to a reporting verb ("The governor is expected to say")."""
    root = _root(doc, *st.cue)
    if root is None:
        return None
    if root.lemma_ == "be":
        deps = {c.dep_ for c in root.children}
        if "expl" in deps or not deps & {"acomp", "attr"}:
            return None
    if root.pos_ in ("NOUN", "PROPN"):
        poss = next((c for c in root.children if c.dep_ == "poss"), None)
        mention = doc[poss.left_edge.i : poss.right_edge.i + 1] if poss is not None else None
    else:
        said = _to_say(root, st)  # "The governor is expected to say": the one to say it (not "the accord is expected")
        mention = subject_of(said or root)
        if mention is not None and mention.root.dep_ != "nsubj" and mention.root != inverted_subject(root) and (
                mention.root.head.dep_ != "agent") and not (said is not None and mention.root.dep_ == "nsubjpass"):
            return None
    if mention is None or mention.root.lower_ == "it":
        return None
    if any(a < mention.end_char and mention.start_char < b for a, b in st.frags):
        return None
    speaker = resolve_speaker(doc, mention, st.start, idx)
    if speaker is None or speaker.kind == "other" and mention.root.lower_ not in _PERSONAL and not speaks(mention.root):
        return None
    return speaker


def source_verb(doc: Doc, st: Linked) -> Span | None:
    """The reporting verb whose subject is the source of a statement the tagger left without a cue: "That was
    a wrenching decision, Hale said, but ..." where "said" went to another statement, or a verb the tagger did
    not mark ("Berg explained in her 1994 book that ..."). Only a lexicon verb of the statement's own sentence,
    outside its content, and not a relative clause on a noun inside the content ("[families who lose cover under
    the bill] the mayor has endorsed" is no report of the mayor's), only on the content's head ("[a proposal]
    that Trump called 'dangerous'")."""
    subject = _root(doc, *st.source)
    if subject is None or subject.dep_ != "nsubj":
        return None
    verb = subject.head
    if not verb.tag_.startswith("VB") or verb.lower_ not in ALL_FORMS:
        return None
    if not verb.sent.start_char <= st.start < verb.sent.end_char or any(a <= verb.idx < b for a, b in st.frags):
        return None
    if verb.dep_ == "relcl" and any(a <= verb.head.idx < b and verb.head != _root(doc, a, b) for a, b in st.frags):
        return None
    return verb.idx, verb.idx + len(verb)


def _antecedent_of_source(doc: Doc, st: Linked) -> bool:
    """"The bill's opponents include [the Chamber of Commerce], which said ...": a cue-less content that is the
    antecedent of its own source, a relative pronoun, names the next statement's speaker and says nothing."""
    pron = _root(doc, *st.source)
    return (pron is not None and pron.tag_ in ("WDT", "WP") and pron.head.dep_ == "relcl"
            and any(a <= pron.head.head.idx < b for a, b in st.frags))


def topic_of_cue(doc: Doc, st: Linked, regions: Sequence[QuoteRegion]) -> bool:
    """'"It's a disgrace," Lind said of [the prices]': the object of an "of" that the cue's verb does not take for
    its content (:data:`PREPOSITION_OF`; "wrote of", "warned of" do) is what the words were about. A content that is
    only that phrase, with no quotation in it, is no statement; the tagger marks it as one next to the quotation.
    Not after a verb that tells the subject something ("The minister, informed of [the decision], said": what the
    minister was told, :func:`_asked`), nor after a noun ("any mention of", "show signs of")."""
    cue = doc.char_span(*st.cue, alignment_mode="expand") if st.cue is not None and len(st.frags) == 1 else None
    verb = cue[-2] if cue is not None and len(cue) >= 2 and cue[-1].lower_ == "of" else None
    if (verb is None or verb.pos_ != "VERB" or verb.lower_ not in SPEECH_FORMS or verb.lower_ in PUT_TO
            or verb.lower_ in TOLD_FORMS or "of" in PREPOSITION_OF.get(verb.lower_, ())):
        return False
    root = _root(doc, st.start, st.end)
    return (root is not None and root.dep_ == "pobj" and root.head == cue[-1] and root.pos_ in ("NOUN", "PROPN")
            and not any(r.start < st.end and st.start < r.end for r in regions))


def _verb_cue_subject(doc: Doc, st: Linked) -> Tokens | None:
    """The parse's subject of a verb cue ("Hale said"), or None for a nominal cue or no cue."""
    root = _root(doc, *st.cue) if st.cue is not None else None
    return subject_of(root) if root is not None and root.pos_ in ("VERB", "AUX") else None


def subject_source(doc: Doc, st: Linked, sources: Sequence[Span]) -> Span | None:
    """The tagged source holding the head of the cue's subject in the parse, where linking took one after the
    content ("Hale, while campaigning for the nomination, promised that Norway would pay for it, but Norway
    refused" is Hale's promise, although the second "Norway" is nearer to the cue). Only for that order, cue
    then content then source: elsewhere the tagger's nearest source is the better guess ("..., says Perry in
    the new ad")."""
    if st.cue is None or st.source is None or not st.cue[1] <= st.start < st.end <= st.source[0]:
        return None
    subj = _verb_cue_subject(doc, st)
    return None if subj is None else next((s for s in sources if s[0] <= subj.root.idx < s[1]), None)


def listed_source(doc: Doc, st: Linked, sources: Sequence[Span]) -> Span | None:
    """The tagged source whose examples linking took for the source: "Critics of the plan, among them two governors,
    say" and "Several senators, including Ana Ruiz, have said" are the critics' and the senators' statements (the
    tagger may split "among them" from the rest). Only where the cue's subject in the parse is in that source."""
    before = st.cue is not None and st.source is not None and st.source[1] <= st.cue[0]
    subj = _verb_cue_subject(doc, st) if before else None
    if subj is None:
        return None
    for s in reversed(sources):
        if s[1] <= st.source[0] and s[0] <= subj.root.idx < s[1]:  # the examples run from the subject to the cue
            examples = _EXAMPLES.search(doc.text, subj.root.idx, st.source[1])
            return (s[0], min(s[1], examples.start())) if examples else None
    return None


def subject_for_object(doc: Doc, st: Linked, sources: Sequence[Span]) -> Span | None:
    """The tagged source holding the cue's subject where linking took an object for the source: "[The company]
    apologised to [customers] and promised refunds" is the company's promise, not the customers' (the parse gives
    "promised" the subject of "apologised"). Only the subject of the cue's verb, of a verb it is joined to or of
    the verb whose purpose its infinitive says ("spoke with [Lind] to congratulate him"), not of a noun's ("the
    decision of [the director] to send a letter") nor of "there is" ("a lot of people think ..., but there is
    [research] to suggest ..."), and only one that can speak (not "His ratings in [the latest poll] show"). Never
    for an object that does what the cue's infinitive says ("could not get [a single member] to vote for it"), the
    author after "by" or "from", a group after "of" ("Some of [the lawmakers] were ...") or the source after
    "according to" ("Hale, according to [one of his aides], thinks ...")."""
    tagged = _root(doc, *st.source) if st.source is not None else None
    if tagged is None or tagged.dep_ not in ("dobj", "pobj", "dative") or tagged.head.lower_ in (
            "by", "from", "of") or ACCORDING.match(doc.text, tagged.head.head.idx):
        return None
    verb = _root(doc, *st.cue) if st.cue is not None else None
    if verb is None or tagged.dep_ == "dobj" and verb.dep_ == "xcomp" and tagged.head == verb.head:
        return None
    subj = _verb_cue_subject(doc, st)
    if subj is None or subj.root.dep_ != "nsubj" or st.source[0] <= subj.root.idx < st.source[1] or not can_speak(
            subj.root):
        return None
    while verb != subj.root.head and not any(c.dep_ == "expl" for c in verb.children) and (
            verb.dep_ == "conj" or verb.dep_ in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in verb.children)):
        verb = verb.head
    if verb != subj.root.head:
        return None
    return next((s for s in sources if s[0] <= subj.root.idx < s[1] and s[1] <= st.cue[0]), None)


def agent_source(doc: Doc, st: Linked, sources: Sequence[Span]) -> Span | None:
    """The tagged source after the "by" of a passive reporting verb: "Reporters were told by [a government
    spokesman] that ..." is the spokesman's report, although "Reporters" is as near, and the name in apposition
    to it where it has one (but "Democrats were outraged by [Comey's] announcement" is the Democrats' reaction)."""
    root = _root(doc, *st.cue) if st.cue is not None else None
    obj = by_object(root) if root is not None and root.lower_ in ALL_FORMS else None
    # the name in apposition first: "championed by his running mate, [Representative Tom Lind]"
    words = [] if obj is None else [c for c in obj.rights if c.dep_ == "appos"] + [obj]
    return next((s for t in words for s in sources if s[0] <= t.idx < s[1]), None)


def _to_say(root: Token, st: Linked) -> Token | None:
    """The reporting verb a passive cue goes on to ("is expected [to say]", "is set [to announce]"), whose subject
    speaks; not one after the cue ("is said to have told" is the unnamed reporters')."""
    return next((c for c in root.children if c.dep_ == "xcomp" and c.lower_ in SPEECH_FORMS
                 and st.cue[0] <= c.idx < st.cue[1]), None)


def passive_subject(doc: Doc, st: Linked) -> bool:
    """The tagged source is in the subject of a passive cue ("[Residents] were told that ...", "[The mayor] is said
    to be ...", "The Senate, controlled by [Republicans], is expected to ..."): the one told or what was said, whose
    speaker is the agent or unnamed (:func:`passive_report`); unless the cue goes on to a verb the subject is to say
    (:func:`_to_say`)."""
    root = _root(doc, *st.cue) if st.cue is not None else None
    if root is None or st.source is None or not passive_report(root) or _to_say(root, st) is not None:
        return False
    verb = root if any(c.dep_ == "nsubjpass" for c in root.children) else root.head
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.left_edge.idx <= st.source[0] <= subj.right_edge.idx


def _opens_clause(t: Token) -> bool:
    """``t`` is the verb of a relative, participle or adverbial clause."""
    return t.dep_ in ("relcl", "acl", "advcl") and t.pos_ in ("VERB", "AUX")


def nested_source(doc: Doc, st: Linked) -> tuple[int, int] | None:
    """The cue's subject where the tagged source is a name in a clause between that subject and the cue: "Vice
    President Mike Pence, warming up the crowd in a district represented by [Rep. Justin Amash, who bolted the
    party], said" is Pence's report, not Amash's ("Vice President Mike Pence" its source); likewise in a phrase set
    off by a comma ("The agency's inspector general, in [a report] released Wednesday, found"; not "Hawaii, as
    [one of the president's advisers] pointed out, ...", where the phrase holds the cue, nor "Hale, according to
    [one of his aides], thinks ...", the aide's report)."""
    subj = _verb_cue_subject(doc, st)
    if subj is None or st.source is None or st.cue is None:
        return None
    a, b = st.source
    tagged, cue = doc.char_span(a, b, alignment_mode="expand"), doc.char_span(*st.cue, alignment_mode="expand")
    root = subj.root  # the verb's own subject, a name or a noun that speaks (not "The bill", "The fact that"), or
    # a share of such ("21% of people who voted for Lind")
    if tagged is None or cue is None or a <= root.idx < b or root.head != cue.root or not (
            root.ent_type_ in SPEAKER_LABELS or root.tag_ in ("NNP", "NNPS") or speaks(root)
            or root.lower_ in PRONOUNS and root.tag_ == "PRP" or any(speaks(o) for o in of_objects(root))):
        return None
    if not subj.start_char <= a < b <= st.cue[0] or any(x < b and subj.start_char < y for x, y in st.frags):
        return None  # nor a "subject" the parse found in the content ("“Thanks for watching,” the aide wrote")
    # Only a name inside a clause (or that clause's subject and verb: "The report, which [the ministry published] on
    # Friday, said") or a phrase set off by a comma ("The agency's inspector general, in [a report] released
    # Wednesday, found"), not in the subject's own phrase ("someone like Mr. Clarke") nor in apposition ("Her aide,
    # Tom Hale,").
    t, clause = tagged.root, _opens_clause(tagged.root)
    while t.head != t and t not in (root, cue.root):
        t = t.head
        clause = clause or _opens_clause(t) or (
            t.dep_ == "prep" and doc[t.i - 1].text == "," and t.lower_ not in ("as", "according")
            and t.right_edge.i < cue.start)
    if not clause:
        return None
    end = next((t for t in doc[root.i : subj.end] if t.text == ","), None)  # not the clause after its comma
    return subj.start_char, end.idx if end is not None else subj.end_char


def joint_source(doc: Doc, st: Linked, mention: Tokens | None, idx: EntityIndex) -> Tokens | None:
    """The cue's whole subject where the tagger marked one member of a coordination in it and the subject
    resolves to several speakers ("[Berg and] Hale said"): a joint statement is all its members', as the
    rules read it, not its last-named one's. Otherwise the tagged span, as PolNeAR marks sources."""
    subj = _verb_cue_subject(doc, st)
    if subj is None or mention is None or subj == mention or not subj.start <= mention.start <= mention.end <= subj.end:
        return mention
    if not any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in subj.root.children) or any(
            x < subj.end_char and subj.start_char < y for x, y in st.frags):  # nor a "subject" holding the content
        return mention
    joint = resolve_speaker(doc, subj, st.start, idx)
    return subj if joint is not None and joint.kind == "group" else mention


def whole_phrase(mention: Tokens | None, cue: Span | None) -> Tokens | None:
    """The tagged source completed to the noun it modifies, where the tagger stopped inside a noun phrase:
    "[The White] House did not respond", "[the] North Korean leader appeared", "[Republican] voters are shrugging
    off" name the House, the leader and the voters, not "White", nobody or the party. Only to a noun for
    speakers or the rest of a name, never to a verb the parse read as a noun ("Trump highlights ...", "the former
    official casts"), only where the phrase is that noun's own (not "A judge this [week]"), with no person's name
    or punctuation between, and where the cue does not begin inside it."""
    if mention is None or mention[-1].dep_ not in ("amod", "compound", "det", "nummod", "nmod"):
        return mention
    last, doc = mention[-1], mention.doc
    head = last.head
    between = doc[mention.end : head.i + 1]
    named = head.ent_type_ in SPEAKER_LABELS and (not last.ent_type_ or all(t.ent_iob_ == "I" for t in between))
    if (head.i < mention.end or head.pos_ not in ("NOUN", "PROPN") or not (named or speaks(head))
            or last.ent_type_ == "PERSON" or head.left_edge.i > mention.start
            or any(t.is_punct and t.text != "-" or t.ent_type_ == "PERSON" for t in between)
            or cue is not None and mention.end_char <= cue[0] < head.idx + len(head)):
        return mention
    return doc[mention.start : head.i + 1]


def participle_phrase(mention: Tokens | None, cue: Span | None) -> Tokens | None:
    """The tagged source run on to the end of the participle phrase it stopped in: "[court documents filed] on
    Tuesday" names the documents filed on Tuesday, not "court documents filed". Only up to the cue."""
    if mention is None or len(mention) < 2 or mention[-1].tag_ != "VBN" or mention[-1].dep_ != "acl":
        return mention
    end = mention[-1].right_edge.i + 1
    doc = mention.doc
    if end <= mention.end or cue is not None and mention.end_char <= cue[0] <= doc[end - 1].idx:
        return mention
    return doc[mention.start : end]


def open_clause_cut(mention: Tokens | None) -> Tokens | None:
    """The tagged source without the first words of a relative clause it ran into: "a senior official, who requested
    anonymity", "the commissioner, whose department has faced criticism" were tagged up to "who" and "department"
    ("the senator, who faces" of "the senator, who faces a primary in May, said"); the clause describes the speaker,
    and its start is no part of the mention ("A nurse who" of "A nurse who asked not to be named said" neither; but
    "many of whom" is one)."""
    if mention is None:
        return None
    rel = next((t for t in mention[1:] if t.tag_ in ("WP", "WP$", "WDT") and t.is_lower  # not "the WHO"
                and (t.nbor(-1).text == "," or t.i == mention.end - 1 and t.nbor(-1).tag_ != "IN")), None)
    if rel is None:
        return mention
    verb = rel.head.head if rel.tag_ == "WP$" else rel.head  # "whose" hangs on its noun ("whose department")
    # the whole clause is in where its verb is and the mention ends at punctuation ("Tom Hale, who chairs the
    # panel[,] said"), not in mid-clause ("the senator, who faces [a primary]")
    doc = mention.doc
    whole = verb.i < mention.end and (mention.end == len(doc) or mention[-1].is_punct or doc[mention.end].is_punct)
    end = rel.i - (rel.nbor(-1).text == ",")
    pronoun = end - mention.start == 1 and doc[mention.start].pos_ in ("PRON", "DET")  # "Those who" names no one
    return mention if whole or pronoun or end <= mention.start else doc[mention.start : end]


def _trim_start(text: str, st: Linked, start: int) -> bool:
    """Drop the part of the content before ``start`` (a frame "Y as saying" read as content); False when
    nothing is left, i.e. the "content" was the frame itself ("quoted [the minister]")."""
    start = strip_span(text, start, len(text))[0]
    st.frags[:] = [(max(a, start), b) for a, b in st.frags if b > start]
    return bool(st.frags)


class LearnedExtractor:
    """Fine-tuned span tagger + linking + the shared speaker resolution; returns :class:`Quote` lists."""

    def __init__(self, tagger: SpanTagger, batch_size: int = 32):
        self.tagger = tagger
        self.batch_size = batch_size

    @classmethod
    def load(cls, path: str | Path, device: str = "auto", precision: str = "auto") -> LearnedExtractor:
        return cls(SpanTagger.load(path, device=device, precision=precision))

    def extract_batch(self, docs: Iterable[Doc]) -> list[list[Quote]]:
        docs = list(docs)
        texts = [d.text for d in docs]  # Doc.text joins every token: read it once
        regions = [find_quotes(t) for t in texts]
        breaks = [line_breaks(t, r) for t, r in zip(texts, regions, strict=True)]
        tagged = self.tagger.tag(texts, batch_size=self.batch_size, breaks=breaks)
        return [[replace(q, confidence=t.confidence(q.fragments or [(q.start, q.end)]))
                 for q in self.to_quotes(d, t.spans, r)] for d, t, r in zip(docs, tagged, regions, strict=True)]

    def to_quotes(self, doc: Doc, spans: Sequence[tuple[str, int, int]],
                  regions: Sequence[QuoteRegion] | None = None) -> list[Quote]:
        """Link one document's role spans into statements and resolve their speakers (``regions``: the
        text's quotations, found here when None)."""
        text = doc.text
        if not spans:
            return []
        regions = find_quotes(text) if regions is None else regions
        spans = transcript_turns(text, sources_by_sentence(text, spans))
        spans = relatives_in_sources(doc, text, subjects_as_sources(doc, text, spans))
        spans = frames_as_sources(doc, text, appositions_to_sources(doc, text, spans))
        spans = told_addressees(doc, citing_asides(text, to_the_marks(text, spans, regions)))
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        spans = quotation_with_its_own_cue(text, spans, regions, [s for s, _ in sentences])
        sources = [(s, e) for role, s, e in spans if role == "SOURCE"]
        linked = link(text, spans, sentences, outer_cues(doc, spans), governing_cues(doc, text, spans))
        idx = entity_index(doc, text, regions) if linked else None
        out: list[Quote] = []
        prev: tuple[int, Speaker | None] | None = None
        for st in linked:
            if not any(ch.isalnum() for ch in text[st.start : st.end]) or topic_of_cue(doc, st, regions):
                continue  # a stray quote mark tagged as content ("... at.\"\n\nSo"), or what the words were about
            if st.cue is not None and _EDITORS_MARK.fullmatch(text, *st.cue):  # "(my emphasis added):" is the
                # writer's mark on someone else's words: no cue, its "my" no source, and no continuation of the
                # statement before
                st.cue, prev = None, None
                st.source = None if st.source and text[slice(*st.source)].lower() in ("my", "our") else st.source
            cue_words = doc.char_span(*st.cue, alignment_mode="expand") if st.cue is not None else None
            if any(map(permission_to_speak, cue_words or ())):
                continue  # "was not authorized to discuss the matter": why a source is anonymous
            speaker, asked = None, False
            if st.cue is None and st.source is not None:
                if _antecedent_of_source(doc, st):
                    continue
                st.source, st.cue = verb_in_source(doc, st) or (st.source, source_verb(doc, st))
            if _relative_word(doc, st) and any(o is not st and o.cue and o.cue[0] < st.cue[1] and st.cue[0] < o.cue[1]
                                               for o in linked):
                continue  # the "which" PolNeAR marks of "a program, which the official said had ...", alone
            if (clause_end := relative_clause_end(doc, st, regions) or subject_only_end(doc, st, regions)) is not None:
                st.frags[0] = (st.start, clause_end)
            if (joined := joined_report_end(doc, st, regions)) is not None:
                st.frags[-1] = (st.frags[-1][0], joined)
            framed = _framed(doc, st.cue) if st.cue is not None else None
            inner = _inner_report(doc, text, st, regions)
            inner_speaker = resolve_speaker(doc, inner.source, inner.start, idx) if inner is not None else None
            signed = _signed(doc, text, st)
            if signed is not None:  # "..." - Jane Doe; a roundup's "..." Jane Doe, The Outlet
                speaker = resolve_speaker(doc, signed[0], st.start, idx)
                if speaker is not None and speaker.kind == "other":
                    speaker.kind = signed[1]
            elif inner_speaker is not None and inner_speaker.name and inner_speaker.kind != "other":
                st.frags[:], st.cue = inner.frags, inner.cue  # a speaker, not "Video shows ..."
                speaker = inner_speaker
            elif framed is not None:
                mention, saying_end = framed
                reaches_frame = st.end > min(mention.start_char, st.cue[0])  # not a quote before "X quoted Y"
                if reaches_frame and not _trim_start(text, st, saying_end):
                    continue  # the content was the frame itself: "[Y] was quoted", "quoted [Y] as saying"
                speaker = resolve_speaker(doc, mention, st.start, idx)
            elif st.source is not None and text[slice(*st.source)].strip(" :").lower() in _PAGE_LABELS:
                continue
            elif st.source is not None and _TURN.match(text, st.source[0]):
                pass  # an interview's question or answer: no speaker
            elif st.source is not None:
                # the question after "(when) asked" is the asker's (:func:`_asker`); the subject answers next
                asked = _asked(doc, st)
                st.source = (subject_source(doc, st, sources) or listed_source(doc, st, sources)
                             or agent_source(doc, st, sources) or nested_source(doc, st)
                             or subject_for_object(doc, st, sources) or st.source)
                tagged = whole_phrase(doc.char_span(*st.source, alignment_mode="expand"), st.cue)
                tagged = open_clause_cut(participle_phrase(tagged, st.cue))
                mention = _verb_cue_subject(doc, st) if passive_subject(doc, st) else joint_source(doc, st, tagged, idx)
                enclosing = next((q.speaker for q in out if q.start < st.source[0] < q.end), None)
                speaker = resolve_speaker(doc, mention, st.start, idx, enclosing)
            elif st.cue is not None:
                asked = _asked(doc, st)
                speaker = None if asked else cue_subject(doc, st, idx)
                if speaker is None and not asked and _imperative(doc, st.cue, regions):
                    continue
            elif st.cue is None and prev is not None and st.start - prev[0] <= _CONTINUATION_CHARS:
                speaker = prev[1]
            if (clause_start := addressee_start(doc, st, regions)) is not None:
                st.frags[0] = (clause_start, st.frags[0][1])
            said_by = _asker(doc, st, idx) if asked else speaker
            if said_by is not None and said_by.kind == "person" and said_by.name:
                block(idx, st.frags)
            out.append(make_quote(text, st.frags, st.cue, said_by, regions))
            prev = (st.end, speaker)
        return out
