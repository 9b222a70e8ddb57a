"""Repairs to the tagger's role spans before they are linked, each for one way the tagger misreads a construction.

Each repair takes and returns ``(role, start, end)`` triples (a source run across a full stop, a relative clause on a
source, a frame read as content, a content one quotation mark short, ...); :func:`line_breaks` gives the decoder the
line breaks no span may cross outside quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from ..lexicon import ALL_FORMS, CITING, SPEECH_FORMS, TOLD_FORMS
from ..quotes import QuoteRegion
from ..rules import NAME_PARTICLES, TURN_ROLE, byline_at, signature_after
from ..speakers import SELF_PRONOUNS, can_speak, counted_relative
from ..statement import strip_span
from .linking import _CLOSE, _root

_TRAILING = {",", ";", ":", ".", "-", "—", "–"}  # punctuation a clause's span may end with that its content does not
# A full stop after a lower-case word, before a capital: no abbreviation ("the race director. Martin", not "Sen. X")
_FULL_STOP = re.compile(r"(?<![\w.])[a-z]{2,}([.!?][\"”’']?\s+)(?=[A-Z])")
_AFTER_UNPUNCTUATED_LINE = re.compile(r"\w\s*\n[ \t]*\Z")
# What a transcript's turn runs up to, short of the end of its line: a tweet's link or signature, a closing citation
_TURN_END = re.compile(r"(?:(?!pic\.twitter\.com|https?://|\s[—–-]{1,2}[^\S\n]*[A-Z][^\n(]{0,60}\(@"
                       r"|\s*\[[^\]\n]*\]\s*$).)*", flags=re.MULTILINE)
_TURN_SELF = SELF_PRONOUNS | {"you"}  # sources inside a turn that are its speaker or the one spoken to ("I mean")
_TURN_LABEL = re.compile(rf"(?:{TURN_ROLE})?[ \t]*")  # what may stand between a turn's name and colon
_CITED_THAT = re.compile(r",\s+(that)\s")  # the "that" after what a report cites (:func:`citing_asides`)


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


# Words joined by hyphens without spaces: "Ocasio-Cortez", "president-elect", "paint-by-numbers", "COVID-19"
_COMPOUND = re.compile(r"[\w'’]+(?:[-‐][\w'’]+)+")


def hyphenated_words(text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A span the tagger starts or ends inside a hyphenated word takes the whole word, and a span on the word's
    other side gives its part up: the tagger labels the parts of "paint-by-numbers" as words of their own ("[was
    almost paint-] [by-numbers pragmatic moderation]", "[the president]-elect").

    Two sources meeting in the word are one ("[then-] [Berkeley professor Tom Lind]"); else a source keeps a word with
    a capital, a name or a modifier of one ("[Abu Bakr al-] [Baghdadi is ...]"; a source "Cortez" of a sentence's
    "Ocasio-Cortez" was a surname no one bears), and otherwise the span with more of the word does ("[his rivals
    saber-] [rattled for]": the cue); a span left with no word is dropped. Two contents or cues meeting there stay
    apart: they may be two statements'. A name before a hyphen and a lower-case word are split at the hyphen, which
    neither keeps: the name is the agent ("[Sen. Tom Lind-] [backed]", "House-[passed]")."""
    out = [list(span) for span in spans]
    edges = sorted({edge for _, start, end in spans for edge in (start, end)})
    for m in _COMPOUND.finditer(text):
        a, b = m.span()
        i = bisect_right(edges, a)
        if i == len(edges) or edges[i] >= b:
            continue  # no span edge inside the word
        cut = [span for span in out if span[0] is not None and span[1] < b and a < span[2]]
        hyphen = next((h for h in (edges[i] - 1, edges[i]) if a < h < b - 1 and text[h] in "-‐"), None)
        if hyphen is not None and _agent_split(text, a, hyphen, b):
            for span in cut:
                span[2] = hyphen if span[2] in (hyphen, hyphen + 1) else span[2]
                span[1] = hyphen + 1 if span[1] in (hyphen, hyphen + 1) else span[1]
            continue
        for first, second in pairwise(cut):
            if first[0] == second[0] == "SOURCE":  # one source again
                second[1], first[0] = first[1], None
        cut = [span for span in cut if span[0] is not None]
        keep = next((span for span in cut if span[0] == "SOURCE" and any(ch.isupper() for ch in text[a:b])), None)
        keep = keep or max(cut, key=lambda span: min(b, span[2]) - max(a, span[1]))
        keep[1], keep[2] = min(keep[1], a), max(keep[2], b)
        for span in cut:
            if span is not keep:
                span[1:] = strip_span(text, *((b, span[2]) if span[2] > b else (span[1], a)))
                span[0] = span[0] if any(ch.isalnum() for ch in text[span[1] : span[2]]) else None
    return [(role, start, end) for role, start, end in out if role is not None]


def _agent_split(text: str, start: int, hyphen: int, end: int) -> bool:
    """``hyphen`` of the word ``text[start:end]`` joins a name to a lower-case word ("Lind-backed")."""
    left, right = text[start:hyphen].replace("‐", "-").split("-")[-1], text[hyphen + 1 : end]
    return left[:1].isupper() and right[:1].islower() and left.lower() not in _PREFIXES


# Words before a hyphen that only modify the next word, capitalised at a sentence's start ("Anti-war protesters")
_PREFIXES = frozenset("anti pro non ex self co post pre mid semi multi well all then former vice half".split())


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
    [many of] whom lost shifts, say"), however cut and parsed, is the group's description. A clause right after
    the source, without a comma, is no source at all ("[One of the doctors] [who signed the letter] called": the
    speaker had been "the doctors"): PolNeAR leaves such a clause out of the source, and the tagger, which rarely
    marks it, cuts it short ("[A police officer] [who heard] the women's accounts decided")."""
    cues = [(s, e) for role, s, e in spans if role == "CUE"]

    def relative(before: tuple[str, int, int], a: int, b: int, comma: bool = True) -> bool:
        clause = doc.char_span(a, b, alignment_mode="contract")
        between = text[before[2] : a]
        set_off = not between.strip(" ,") and "," in text[before[2] - 1 : a] if comma else not between.strip()
        if before[0] != "SOURCE" or not set_off or clause is None or not len(clause):
            return False
        pronoun, verb = clause[0], clause[0].head
        if any(s <= verb.idx < e for s, e in cues):
            return False
        return (pronoun.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.i < clause.end
                and before[1] <= verb.head.idx < before[2]) or comma and counted_relative(doc, pronoun.i)

    joined = _joined_sources(spans, relative)
    return [sp for k, sp in enumerate(joined)
            if not (k and sp[0] == "SOURCE" and relative(joined[k - 1], sp[1], sp[2], comma=False))]


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


def subjects_as_sources_of_cues(doc: Doc, text: str,
                                spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A content span that is exactly the subject of the verb of speech right after it, which a content follows, and
    that can speak (not "[The coming months] will indicate [...]"), is that report's source ("[The Ledger's Peter
    Vance] said [he had covered ...]", where the tagger, at the margin, took the name for more of the statement
    before it)."""
    out = list(spans)
    for k in range(len(out) - 2):
        (role, s, e), (cue_role, cs, ce), (next_role, ns, _) = out[k : k + 3]
        if (role, cue_role, next_role) != ("CONTENT", "CUE", "CONTENT") or text[e:cs].strip() or text[ce:ns].strip(
                " ,"):
            continue
        subject, verb = doc.char_span(s, e), _root(doc, cs, ce)
        head = subject.root if subject is not None else None
        if (head is not None and verb is not None and verb.lower_ in SPEECH_FORMS and head.head == verb
                and head.dep_ == "nsubj" and can_speak(head) and head.left_edge.i == subject.start
                and head.right_edge.i == subject.end - 1):
            out[k] = ("SOURCE", s, e)
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


# A preposition, or a preposition and its article, ending a cue: "said in a" of "said in a statement"; or the
# start of a time: "said last" of "said last week"
_DANGLING = re.compile(r"\s+(?:(?:in|at|on|during|via|through)(?:\s+(?:a|an|the|his|her|its|their|my|our|this|that))?"
                       r"|last|next|(?:earlier|later) this)\Z", flags=re.IGNORECASE)
_SPACES = re.compile(r"\s*")


def dangling_prepositions(text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A cue the tagger ended on a preposition after a verb of speech, or on the preposition's article, without the
    noun ("McDaniel [said in a] statement", "[wrote in] the Ledger"), or on the first word of a time ("[said last]
    month") ends at the verb. PolNeAR marks such a phrase whole or not at all (after said, wrote, told, added and
    the like, in train: "said in a statement", "wrote on Twitter" 172 times in the cue, 160 after it) and almost
    never stops inside it (once); of the tagger's cues in train that this changes, 14 become the gold cue (6 of them
    times) and none was. Not where the content starts right after the preposition ("took aim at [the plan]"), nor
    where no word follows it, a particle ("chimed in.")."""
    contents = {s for role, s, _ in spans if role == "CONTENT"}
    out = []
    for role, start, end in spans:
        m = _DANGLING.search(text, start, end) if role == "CUE" else None
        words = text[start : m.start()].split() if m else []
        after = _SPACES.match(text, end).end()
        if (words and words[-1].lower() in SPEECH_FORMS and after not in contents and after < len(text)
                and text[after].isalnum()):
            end = m.start()
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


def signed_quotations(text: str, spans: Sequence[tuple[str, int, int]],
                      regions: Sequence[QuoteRegion]) -> list[tuple[str, int, int]]:
    """A quotation signed right outside it ('"A. He is likely to mention it. B," said X', 'X said: "A. The governor
    has no recollection of B."') that the tagger read as content around a source and cue of its own: one content,
    the signer's, as the quotation is.

    PolNeAR marks such an inner report as well as the outer one, but the tagger's roles cannot overlap: split, the
    quotation's first sentences were lost and its end went to the inner source. Only where the last of the tagger's
    spans in the quotation is a content that ends at its closing mark, within one paragraph (a roundup's 'Some
    argue, "A ... [paragraph] B." Jane Doe, The Outlet' is Doe's), and not where a full stop ends the quotation and
    a report of someone's opens the next sentence ('... he swings back." The group said ...').
    """
    out = list(spans)
    for region in reversed(regions):  # from the end, so that the indices of earlier quotations stay put
        i = bisect_left(out, region.start, key=lambda span: span[1])
        j = bisect_right(out, region.end, key=lambda span: span[2])
        inner = out[i:j]
        if (len(inner) < 2 or inner[-1] != ("CONTENT", inner[-1][1], region.end)
                or "\n" in text[region.start : region.end] or not any(role == "CUE" for role, _, _ in inner)
                or (j < len(out) and out[j][1] < region.end) or (i > 0 and out[i - 1][2] > region.start)):
            continue  # (the last two: a span across a mark, as in 'argue that "...' or 'shutdown."It's')
        after = [role for role, _, _ in out[j : j + 2]]
        report_after = after[:1] == ["CUE"] or after == ["SOURCE", "CUE"]
        signed_after = (after[:1] in (["CUE"], ["SOURCE"]) and not text[region.end : out[j][1]].strip(" ,")
                        and not (report_after and text[: region.end].rstrip(_CLOSE).endswith(".")))
        signed_before = i > 0 and out[i - 1][0] != "CONTENT" and not text[out[i - 1][2] : region.start].strip(" ,:")
        if signed_after or signed_before:
            out[i:j] = [("CONTENT", region.start, region.end)]
    return out


def bylined_quotations(doc: Doc, text: str, spans: Sequence[tuple[str, int, int]],
                       regions: Sequence[QuoteRegion]) -> list[tuple[str, int, int]]:
    """A roundup's quotation with a byline under it ('"A ... [paragraph] B."', then 'Jane Doe, The Outlet'; also
    after a lead-in, 'Others argue that "..."'): one content, whatever the tagger made of it, and the byline one
    source, its signer's. The tagger read "Jane Doe, The Outlet" as a source and a cue, or a source and a content,
    and linked them to the next quotation, which went to Doe, and cut quotations of several paragraphs into pieces,
    some of them no one's. Only where the byline signs the quotation (:func:`stancekit.extract.rules.signature_after`:
    a person's name, or an outlet's editors); the reports the tagger found inside stay nested statements
    (:meth:`LearnedExtractor._link`)."""
    out = list(spans)
    for region in regions:
        byline = byline_at(text, region.end)
        if byline is None or signature_after(doc, text, region.end) is None:
            continue
        start = next((s for role, s, e in out if role == "CONTENT" and s < region.start < e <= region.end),
                     region.start)  # from the "that" of 'Others argue that "..."'
        out = [(role, s, e) for role, s, e in out
               if not (start <= s < region.end or s < byline.end("outlet") and e > byline.start("name"))]
        out += [("CONTENT", start, region.end), ("SOURCE", byline.start("name"), byline.end("outlet"))]
    return sorted(out, key=lambda span: (span[1], span[2]))
