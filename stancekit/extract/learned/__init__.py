"""The learned extractor: a fine-tuned tagger finds source / cue / content spans, rules link them.

The tagger (:class:`stancekit.modeling.tagger.SpanTagger`, trained by ``stancekit train attribution``)
only says which characters play which role. Statements are rebuilt from those spans:

1. Content pieces separated only by one cue and/or sources and punctuation (``"A," he said, "B."``)
   are one statement with several fragments (:func:`_group_contents`), as are two quotations around an
   attribution sentence that reports more (``"A," she said, adding that ... . "B."``, :func:`_across_attribution`)
   and a quotation that is a paragraph of its own after one, also over a page's label between them
   (:func:`_next_paragraph`), or one that a content ending with a colon introduces in its paragraph ("repeated [the
   party line:] ["..."]", :func:`_introduced_by`), unless the cue reports for a source before the first piece ("A
   nurse who asked [not to be named] said [the ward was full]") or, after a piece with a cue of its own, is no aside
   ("Asked [to describe it], [Hale] said, [...]", :func:`outer_cues`); a quotation signed right outside it is one
   content even where the tagger read a report of its own inside, which stays a statement nested in it
   (:func:`signed_quotations`), and so is a roundup's quotation with a byline under it, the byline its one source
   (:func:`bylined_quotations`); a content between a cue and the source in apposition to it is part of the source
   (:func:`appositions_to_sources`);
   a span the tagger starts or ends inside a hyphenated word takes the word, or gives it up to the span on its other
   side (:func:`hyphenated_words`), and a cue it ended on a preposition without its noun ("[said in a] statement")
   or on a time's first word ("[said last] month") ends at its verb (:func:`dangling_prepositions`);
   a source the tagger ran across a full stop is two (:func:`sources_by_sentence`), and one that is a relative
   clause set off by a comma on the source before it is part of that source, one right after it no source
   (:func:`relatives_in_sources`); a content one mark short of its
   quotation takes the mark (:func:`to_the_marks`); a content that is only a subject and its reporting verb,
   right before that verb's "that" clause, is the report's source and cue (:func:`frames_as_sources`), and one that
   is exactly the subject of the cue after it, before that cue's content, is its source
   (:func:`subjects_as_sources_of_cues`).
2. Each statement takes the cue right before it that the parse makes its clause's head (:func:`governing_cues`),
   else the cheapest free cue: character distance, plus a penalty for every other
   statement in between and for crossing a sentence boundary; cues further than the neighbouring
   sentence are never linked, and a gesture alone in its sentence ("Her aide nodded.") only to a statement after it
   (:func:`_lone_gestures`), nor a cue in the next paragraph that has content of its own after it in its sentence;
   "according to" in a sentence before or after a statement frames its own sentence only ("..., said X, according
   to a transcript. "B"": B continues X), unless a colon makes it introduce what follows.
3. Each cue (or a cue-less statement) takes the nearest source in the statement's sentences, preferring
   one not already used and not across another statement ("Mook said A, arguing that B" shares Mook), never, for a
   cue-less quotation ending with its full stop, one in words after it that the parse ran into its sentence,
   unless that source follows the content and the parse makes an earlier one the cue's subject
   (:func:`subject_source`), or it is a name in a clause or a phrase set off by a comma between the cue's subject
   and the cue, which then yields to the subject ("Mike Pence, warming up a crowd in a district represented by
   Justin Amash, said", "The inspector general, in a report released Wednesday, found", :func:`nested_source`);
   a cue whose subject is a relative "who" is the noun's it stands for, not a source's outside that noun ("Hale
   turned to Tom Berg, the former aide who quit and later admitted ...", :func:`relative_source`), and so is a
   "which" or "that" on an organisation or a speaking noun ("the council, which has urged ...").
   A cue left without any source takes its verb's subject from the parse when that resolves to someone
   ("He arrived ... and promptly voted against ...", :func:`cue_subject`); a source left without a cue gives
   its statement the reporting verb it is the subject of (:func:`source_verb`). A report inside a relative
   clause ends where the main clause resumes (:func:`relative_clause_end`), one the tagger stopped after its
   subject runs to the end of its clause (:func:`subject_only_end`), and one it opened at the cue's addressee
   starts at the clause reported ("told [reporters] [he would run]", :func:`addressee_start`).
4. A framed report ("The agency quoted the minister as saying ...", "quoted the minister who said ...") belongs to
   the framed speaker, as with the rules (:func:`stancekit.extract.rules.framed_speaker`), whichever source the
   tagger marked;
   the frame itself read as content ("quoted [the minister]") is not a statement. Likewise a report
   inside "according to X" or signed by X after it ("Y called the plan reckless, according to X", "Y told
   reporters that ..., X reported", '"A. B," Y said, according to X') is Y's (:func:`_inner_report`),
   and the question in "Asked whether ..., Y said" or "Y said when asked whether ..." is not Y's: its speaker is
   unknown (:func:`_asked`).
5. No span runs across a line break outside quotation marks (a decoding constraint, see
   :func:`line_breaks`): a headline never runs into the lead, and the lead's speaker that the tagger
   read as more headline is made a source again (:func:`subjects_as_sources`); a transcript's turn
   ("HALE: ...") is one content to the end of its line or the next turn on it (:func:`transcript_turns`).
6. A source the tagger stopped inside its noun phrase is completed to the phrase ("[The White] House said",
   :func:`whole_phrase`), one it cut to its article too, unless the article's noun is the cue ("[The] argument goes
   that": no source) or the article comes after both the cue and the content, away from the cue (the tagger's
   noise); a source that is only a description in apposition to a name right before it runs back to the name
   ("Harbor Pictures, [the studio that makes the show,] said", :func:`appositive_name`); a time the tagger ran
   into a source is cut from it ("[his lawyers Tuesday] asked", :func:`time_cut`), as is a word after its last
   comma that starts what follows ("[Tom Lind, R-Ohio, a] longtime critic", :func:`comma_word_cut`), and a source
   ends with the comma closing its apposition and no other (:func:`closing_comma`), as PolNeAR marks sources.
   Sources go through the same speaker resolution as the rule-based extractor
   (:func:`stancekit.extract.speakers.resolve_speaker`); a cue-less, source-less direct quotation right
   after a statement continues its speaker; other statements with neither cue nor source are dropped, and so
   are those whose source is a page's label ("Advertisement:"), and those that are only what a quotation was
   said of ('"...," Lind said of [the prices]', :func:`topic_of_cue`); an interview's "Q:" and "A:" are no speakers.

The steps live in modules with one job each: ``spans`` (repairs to the tagger's role spans before linking),
``linking`` (content pieces into statements, each with a cue and a source), ``extents`` (a report's content cut or
extended to its clause), ``frames`` (what frames a statement and so whose it is) and ``sources`` (which mention is the
speaker); :class:`LearnedExtractor` runs them in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from ...furniture import PAGE_LABEL
from ...modeling.tagger import SpanTagger
from ...types import Quote, Speaker
from .. import _CONTINUATION_CHARS, make_quote
from ..quotes import QuoteRegion, find_quotes
from ..rules import cue_span, permission_to_speak
from ..speakers import EDITORS_MARKS, block, entity_index, resolve_speaker
from .extents import addressee_start, joined_report_end, relative_clause_end, subject_only_end
from .frames import (
    _asked,
    _asker,
    _framed,
    _imperative,
    _inner_report,
    _relative_word,
    _signed,
    _trim_start,
    topic_of_cue,
)
from .linking import Linked, governing_cues, link, outer_cues
from .sources import (
    _antecedent_of_source,
    _verb_cue_subject,
    agent_source,
    appositive_name,
    closing_comma,
    comma_word_cut,
    cue_subject,
    joint_source,
    listed_source,
    nested_source,
    open_clause_cut,
    participle_phrase,
    passive_subject,
    relative_source,
    source_verb,
    subject_for_object,
    subject_source,
    time_cut,
    verb_in_source,
    whole_phrase,
)
from .spans import (
    appositions_to_sources,
    bylined_quotations,
    citing_asides,
    dangling_prepositions,
    frames_as_sources,
    hyphenated_words,
    line_breaks,
    quotation_with_its_own_cue,
    relatives_in_sources,
    signed_quotations,
    sources_by_sentence,
    subjects_as_sources,
    subjects_as_sources_of_cues,
    to_the_marks,
    told_addressees,
    transcript_turns,
)

# An interview's turns ("Q: Why did you run?" / "A: Because ..."): a question or an answer, not a name (the
# rules find no speaker there either)
_TURN = re.compile(r"[QA][ \t]*:")
# A writer's mark on the words quoted that the tagger reads as a cue ("(my emphasis added):", "[Emphasis mine]")
_EDITORS_MARK = re.compile(rf"\W*(?:{'|'.join(EDITORS_MARKS)})\s+(?:added|mine|ours)\W*", flags=re.IGNORECASE)


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

    @staticmethod
    def _link(doc: Doc, text: str, spans: list[tuple[str, int, int]], sentences: list[tuple[int, int]],
              regions: Sequence[QuoteRegion]) -> list[Linked]:
        """Statements from the role spans, a quotation signed outside it one statement (:func:`signed_quotations`)
        and the reports the tagger found inside it statements nested in it, as PolNeAR marks them. One that opens the
        quotation keeps only the words after its cue: linked, the pieces around an inner cue ('"A. [The mayor] [told
        me] B," Lind said') were the quotation's words again."""
        signed = bylined_quotations(doc, text, signed_quotations(text, spans, regions), regions)
        linked = link(text, signed, sentences, outer_cues(doc, signed), governing_cues(doc, text, signed))
        if signed == spans:
            return linked
        quotations = [(s, e) for role, s, e in signed if role == "CONTENT" and ("CONTENT", s, e) not in spans]
        for st in link(text, spans, sentences, outer_cues(doc, spans), governing_cues(doc, text, spans)):
            opening = next((s for s, e in quotations if st.cue and s < st.cue[0] and st.cue[1] <= e), None)
            if opening is not None:
                st.frags = [f for f in st.frags if f[0] >= st.cue[1]] if st.start == opening else st.frags
                linked += [st] if st.frags else []
        return sorted(linked, key=lambda st: st.start)

    def to_quotes(self, doc: Doc, spans: Sequence[tuple[str, int, int]],
                  regions: Sequence[QuoteRegion] | None = None) -> list[Quote]:
        """Link one document's role spans into statements and resolve their speakers (``regions``: the
        text's quotations, found here when None)."""
        text = doc.text
        if not spans:
            return []
        regions = find_quotes(text) if regions is None else regions
        spans = transcript_turns(text, sources_by_sentence(text, hyphenated_words(text, spans)))
        spans = relatives_in_sources(doc, text, subjects_as_sources(doc, text, spans))
        spans = subjects_as_sources_of_cues(doc, text, frames_as_sources(doc, text, appositions_to_sources(doc, text,
                                                                                                        spans)))
        spans = dangling_prepositions(text, to_the_marks(text, spans, regions))
        spans = told_addressees(doc, citing_asides(text, spans))
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        spans = quotation_with_its_own_cue(text, spans, regions, [s for s, _ in sentences])
        sources = [(s, e) for role, s, e in spans if role == "SOURCE"]
        linked = self._link(doc, text, spans, sentences, regions)
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
            signed = _signed(doc, text, st, regions)
            if signed is not None:  # "..." - Jane Doe; a roundup's "..." Jane Doe, The Outlet
                if st.cue is not None and "\n" in text[st.cue[1] : st.start]:
                    st.cue = None  # a cue lines above the quotation introduces nothing
                speaker = resolve_speaker(doc, signed[0], st.start, idx)
                if speaker is not None and speaker.kind == "other":
                    speaker.kind = signed[1]
            elif inner_speaker is not None and inner_speaker.name and inner_speaker.kind != "other":
                st.frags[:], st.cue = inner.frags, inner.cue  # a speaker, not "Video shows ..."
                speaker = inner_speaker
            elif framed is not None:
                mention, saying = framed
                reaches_frame = st.end > min(mention.start_char, st.cue[0])  # not a quote before "X quoted Y"
                if reaches_frame and not _trim_start(text, st, saying.idx + len(saying)):
                    continue  # the content was the frame itself: "[Y] was quoted", "quoted [Y] as saying"
                if saying.dep_ == "relcl":
                    st.cue = cue_span(saying)  # "quoted Y who said": Y said it
                speaker = resolve_speaker(doc, mention, st.start, idx)
            elif st.source is not None and PAGE_LABEL.fullmatch(text[slice(*st.source)].strip(" :")):
                continue  # a page's label taken for a source ("Advertisement:" before a paragraph): what it seems to
                # introduce is no one's statement
            elif st.source is not None and _TURN.match(text, st.source[0]):
                pass  # an interview's question or answer: no speaker
            elif st.source is not None:
                # the question after "(when) asked" is the asker's (:func:`_asker`); the subject answers next
                asked = _asked(doc, st)
                st.source = (relative_source(doc, st) or subject_source(doc, st, sources)
                             or listed_source(doc, st, sources) or agent_source(doc, st, sources)
                             or nested_source(doc, st) or subject_for_object(doc, st, sources) or st.source)
                tagged = whole_phrase(doc.char_span(*st.source, alignment_mode="expand"), st)
                tagged = appositive_name(open_clause_cut(participle_phrase(comma_word_cut(time_cut(tagged)), st.cue)))
                tagged = closing_comma(tagged, st.cue)
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
