"""Speaker resolution: from a source mention as written to a canonical speaker.

Public functions (other extractors and the stance targets use them; signatures are stable):

- ``entity_index(doc, text=None, regions=None, contents=()) -> EntityIndex`` — build once per spaCy doc and
  pass it to those below; ``contents`` (statement contents, when known) keeps names reported *inside* a
  statement from becoming antecedents of the next "he".
- ``block(index, contents)`` — the same for contents found later (the learned extractor blocks each statement's
  content once its speaker is resolved as a person).
- ``resolve_speaker(doc, mention, anchor_char, index=None, enclosing=None) -> Speaker | None`` — ``mention`` is
  the source span (``None`` -> ``None``; a mention that cannot be resolved keeps its offsets with
  ``name=None``: unknown speakers are never guessed); ``anchor_char`` is the
  character offset of the statement (antecedents of pronouns are searched before
  ``min(anchor_char, mention.start_char)``); ``enclosing`` is the speaker of the direct quote the mention sits
  in, which "I"/"we" refer to (outside quotes "I"/"we" is the unnamed author, ``name=None``, except in an
  interview printed as a dialogue or a transcript, where it is whoever has the turn: :func:`_turns`; a broadcast
  transcript's names in capitals too, :func:`_caps_labels`; and in the paragraph after one that introduces a
  block quotation with a reporting verb and a colon, the one introduced: :func:`_introducer`).
- ``canonical_entities(doc, index=None) -> list[tuple[Span, str, SpeakerKind]]`` — every PERSON / ORG / GPE /
  NORP entity with the fullest name the article uses for it ("Berg" -> "Anna Berg") and its kind.

The rules live in modules with one job each: ``words`` (the word lists: titles, nouns for people, organisations and
documents), ``names`` (a name's words, gender, party, titles and fullest form), ``ner`` (names the NER misses or
misreads), ``index`` (the per-document :class:`EntityIndex`), ``antecedents`` (the earlier mention a pronoun or a
description means), ``nouns`` (what a common-noun mention is and whose voice it is) and ``resolve`` (the rules in
the order they are tried).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...types import Speaker, SpeakerKind
from .index import EntityIndex, block, entity_index
from .names import _ABBREVIATED_TITLES, _PARTY_STATE, _speaker, _trim_punct, modifies_noun
from .nouns import (
    EDITORS_MARKS,
    can_speak,
    counted_relative,
    editors_mark,
    is_document,
    issuer_of,
    names_a_person,
    of_objects,
    speaks,
)
from .resolve import _bracket_closed, _resolve, _titled_member, after_dateline
from .words import _SOMEONE, PRONOUNS, SELF_PRONOUNS, SPEAKER_LABELS, WEEKDAYS

__all__ = ["EDITORS_MARKS", "PRONOUNS", "SELF_PRONOUNS", "SPEAKER_LABELS", "WEEKDAYS", "EntityIndex", "block",
           "can_speak", "canonical_entities", "counted_relative", "editors_mark", "entity_index", "is_document",
           "issuer_of", "modifies_noun", "names_a_person", "of_objects", "resolve_speaker", "speaks"]


def canonical_entities(doc: Doc, index: EntityIndex | None = None) -> list[tuple[Span, str, SpeakerKind]]:
    """Every named person/organisation/place/group with its fullest name in the article and its kind."""
    return list((index or entity_index(doc)).ents)


def resolve_speaker(
    doc: Doc,
    mention: Span | None,
    anchor_char: int,
    index: EntityIndex | None = None,
    enclosing: Speaker | None = None,
) -> Speaker | None:
    """Resolve a source mention to a :class:`Speaker` (the rules: :mod:`.resolve`, in order).

    A mention that cannot be resolved (a pronoun without an antecedent) still says where the speaker is
    named, so it is kept with ``name=None`` rather than guessed or dropped; ``None`` only for no mention, or one
    that is all a wire story's dateline (:func:`.resolve.after_dateline`, which also cuts one from a mention).
    """
    if mention is None or not len(mention):
        return None
    mention = after_dateline(mention)
    if mention is None:
        return None
    mention = _bracket_closed(mention)
    idx = index or entity_index(doc)
    if mention[-1].lower_ in _ABBREVIATED_TITLES:  # a tagger's "Ms." cut from "Ms. Omar", "Alaska Rep." from
        # "Alaska Rep. Tom Lind"
        name = next((e[0] for e in idx.ents if e[0].start == mention.end and e[2] == "person"), None)
        mention = doc[mention.start : name.end] if name is not None else mention
    elif _PARTY_STATE.fullmatch(_trim_punct(mention).text) and mention.start > 1 and doc[mention.start - 1].text == ",":
        # the tagger's "R-Fla." of "Sen. Tom Lind, R-Fla., said": the person it follows
        name = next((e[0] for e in idx.ents if e[0].end == mention.start - 1 and e[2] == "person"), None)
        mention = name if name is not None else mention
    member = _titled_member(mention)  # "Harbor Radio legal analyst Peter Vance", parsed with the outlet as the head
    found = _resolve(doc, member, anchor_char, idx, enclosing) if member is not None else None
    if found is not None:
        return _speaker(found.name, mention, found.kind)
    return _resolve(doc, mention, anchor_char, idx, enclosing) or _speaker(
        None, mention, "person" if _trim_punct(mention).text.lower() in _SOMEONE else "other")
