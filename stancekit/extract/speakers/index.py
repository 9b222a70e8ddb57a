"""The per-document index every resolution reads: canonical names, mentions of people, businesses and groups
by position, role titles, genders, an interview's turns; built once per document."""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...furniture import video_cards
from ...types import SpeakerKind
from ..lexicon import ALL_FORMS
from ..quotes import QuoteRegion, find_quotes
from .antecedents import _clause_subjects
from .names import (
    _adjective,
    _as_written,
    _contains_name,
    _couples,
    _courtesy_titles,
    _full_name,
    _gender,
    _given_gender,
    _headline,
    _just_spoke,
    _kind_of,
    _name_text,
    _name_tokens,
    _namesakes_kin,
    _not_a_name,
    _org_head,
    _org_name,
    _party,
    _person_tokens,
    _roles_of,
    _title_gender,
    _title_word,
    _trim_person,
    _untitled,
    modifies_noun,
)
from .ner import (
    _NO_BUSINESS_HEADS,
    _as_nationality,
    _as_person,
    _called,
    _complete_names,
    _credit,
    _cut_epithets,
    _document_subjects,
    _initials,
    _join_split_names,
    _kind_called,
    _misread_orgs,
    _misread_people,
    _name_mentions,
    _org_names_cut_short,
    _plural_subjects,
    _proper_names,
    _public_acronyms,
    _split_at_commas,
    _split_org_tails,
    _split_pairs,
    _split_possessors,
    _subject,
)
from .resolve import _resolve
from .words import (
    _BUSINESS_NOUNS,
    _CAPS_NAME,
    _FEMININE,
    _KIN_GENDER,
    _LEGAL_FORMS,
    _MEDIA_NOUNS,
    _MEDIA_SYNONYMS,
    _MEDIA_WORDS,
    _MODIFIER_DEPS,
    _PERSON_LABELS,
    _PERSON_PRONOUNS,
    _PLACE_LABELS,
    _PLATFORMS,
    _PUBLIC_BODIES,
    _SUBJ_DEPS,
    SPEAKER_LABELS,
)


@dataclass
class EntityIndex:
    """Per-document lookups shared by every resolution in that document."""

    ents: list[tuple[Span, str, SpeakerKind]] = field(default_factory=list)
    persons: list[tuple[int, Span, str, bool]] = field(default_factory=list)  # (start_char, ent, name, is_subject)
    person_starts: list[int] = field(default_factory=list)
    companies: list[tuple[int, Span, str, bool]] = field(default_factory=list)  # ORG entities, as persons
    company_starts: list[int] = field(default_factory=list)
    groups: list[tuple[int, str, SpeakerKind, bool]] = field(default_factory=list)  # (char, name, kind, is_subject)
    group_starts: list[int] = field(default_factory=list)
    # role noun -> [(char, person name, the title's other words)]: "general" -> (.., "William Barr", {"attorney"})
    roles: dict[str, list[tuple[int, str, frozenset[str]]]] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    recorded: set[str] = field(default_factory=set)  # names whose gender is only the birth records' guess
    party: dict[str, str] = field(default_factory=dict)  # person name -> "republican" / "democrat", where stated
    title_words: set[str] = field(default_factory=set)  # every title's other words, of all roles above
    nations: set[str] = field(default_factory=set)  # the nations those titles are of ("ukrainian")
    places: set[str] = field(default_factory=set)  # names of places, which "they" never refers back to
    documents: set[int] = field(default_factory=set)  # starts of document subjects in ``groups``: "it" only
    orgs: list[str] = field(default_factory=list)
    firms: set[str] = field(default_factory=set)  # known businesses: "Tovik SA", "the firm Tovik", "Twitter"
    outlets: dict[str, set[str]] = field(default_factory=dict)  # news outlet -> what the article calls it: "magazine"
    blocked: bytearray = field(default_factory=bytearray)  # 1 for each character inside a quotation or content
    quoted: bytearray = field(default_factory=bytearray)  # 1 for each character inside a quotation
    turns: list[tuple[int, str | None]] = field(default_factory=list)  # an interview's (char, person): see _turns
    labels: dict[str, str] = field(default_factory=dict)  # a transcript's handle or initials -> name: _turn_labels


def entity_index(
    doc: Doc,
    text: str | None = None,
    regions: list[QuoteRegion] | None = None,
    contents: Sequence[tuple[int, int]] = (),
) -> EntityIndex:
    """Canonical names, person/group mentions and role titles of one document (one pass over its entities).

    ``text`` / ``regions``: ``doc.text`` and its :func:`find_quotes`, when the caller already has them.
    Names inside quotations and inside ``contents`` (the statements' contents, when known) are not taken as
    antecedents of pronouns: "He said Obama was wrong. He added ..." refers to the first speaker again; nor are
    names in a video card's titles (:func:`stancekit.furniture.video_cards`)."""
    text = doc.text if text is None else text
    regions = find_quotes(text) if regions is None else regions
    quoted = bytearray(len(text) + 1)
    for q in regions:
        quoted[q.start : q.end] = b"\x01" * (q.end - q.start)
    idx = EntityIndex(quoted=quoted, blocked=bytearray(quoted))
    block(idx, contents)
    block(idx, video_cards(text))  # a clip's title names no antecedent
    blocked = idx.blocked
    ents = _misread_orgs(_misread_people([_as_person(_as_nationality(e)) for e in _org_names_cut_short(doc)
                                          if e.label_ in SPEAKER_LABELS]))
    named = {t.text for e in ents if e.label_ in _PERSON_LABELS and not _adjective(e) for t in e}
    ents = [e for e in ents if (not _adjective(e) or e.text in named) and not _not_a_name(e)]
    ents = _complete_names(doc, _split_possessors(_split_org_tails(_split_at_commas(ents))))
    ents = _cut_epithets([_trim_person(e) for e in _split_pairs(_join_split_names(
        sorted(ents + _proper_names(doc, ents), key=lambda e: e.start)))])
    # "the Clintons", "both Bidens": a family is a group ("they"), not a person ("she") nor a full name
    surnames = {e[-1].text for e in ents if e.label_ in _PERSON_LABELS and len(e) > 1}
    # "Politico reported": a news outlet's one-word name is an organisation, unless someone in the article bears
    # it ("Bloomberg" after "Michael Bloomberg"); nor is one word after "the" that heads its phrase ("The Hill
    # reports"; but "the Obama administration", "the Clintons")
    ents = [Span(doc, e.start, e.end, label="ORG") if e.label_ in _PERSON_LABELS and len(e) == 1 and (
        (e[0].lower_ in _MEDIA_WORDS or e[0].lower_ in _PLATFORMS) and e.text not in surnames
        or e.start and doc[e.start - 1].lower_ == "the" and e.root.dep_ not in _MODIFIER_DEPS
        and e.text[:-1] not in surnames) else e for e in ents]
    families = {e.start for e in ents if len(e) == 1 and e.text[-1:] == "s" and e.text[:-1] in surnames
                and e.start > 0 and doc[e.start - 1].lower_ in ("the", "both")}
    people = [(e, _person_tokens(e)) for e in ents if e.label_ in _PERSON_LABELS and e.start not in families]
    people = [(e, toks) for e, toks in people if toks]
    couples = _couples(people)
    full_names: list[list[str]] = []
    written: dict[tuple[str, ...], str] = {}
    # a headline's "name" whose last word the article never uses again is no one's full name: "Trump Roars, China
    # Yawns", "Bush Heckled" (but "Mitch McConnell", then "McConnell said")
    once = {w for w, n in Counter(t.text for t in doc).items() if n == 1}
    for e, toks in sorted(people, key=lambda p: -len(couples.get(p[0].start, p[1]))):
        words = [t.text for t in toks]
        if len(words) > 1 and words[-1] in once and e.start not in couples and _headline(e[0]):
            continue
        # a name ends before a word repeats: scraped link text runs names together ("Jared Kushner Jared")
        toks = toks[: next((i for i, w in enumerate(words) if w in words[:i]), len(words))]
        words = couples.get(e.start) or words[: len(toks)]
        if not any(_contains_name(f, words) for f in full_names):
            full_names.append(words)
            written[tuple(words)] = " ".join(words) if e.start in couples else _as_written(_name_text(toks))
    # NER often tags a known person's later, shorter mention as ORG or misses it: trust the article's names.
    # A surname-only person ("Trump") that the NER also reads as ORG is that person by name and kind, but not a
    # pronoun's antecedent: such mentions are mostly modifiers ("Trump's claim"), and the gender is unknown.
    single = [f for f in full_names if len(f) == 1]
    # (a possessive the NER took into an ORG is no part of a person's name: "Peter Smith", then "Smith’s claims")
    named = {e.start: [t.text for t in _name_tokens(e) if t.tag_ != "POS"] for e in ents}
    surname_orgs = {e.start for e in ents if e.label_ == "ORG" and named[e.start] in single}
    is_person = surname_orgs | {e.start for e in ents if e.label_ in _PERSON_LABELS or any(
        _contains_name(f, named[e.start]) for f in full_names if len(f) > 1)}
    ents += _name_mentions(doc, full_names, ents)
    ents.sort(key=lambda e: e.start)
    orgs = sorted({_name_text(_name_tokens(e)) or e.text for e in ents if e.start not in is_person
                   and e.label_ not in _PERSON_LABELS}, key=lambda o: (-len(o), o.isupper() or o.islower(), o))
    # ties: not set order; a dateline's "WASHINGTON" after "Washington" (but "FBI" before "fbi")
    idx.orgs = orgs
    bodies = _public_acronyms(orgs)
    name_words = {w for f in full_names for w in f}
    # "First lady Ana Lind" is no bare "Lind" where the article gives no other Lind's full name (:func:`_full_name`)
    relatives = {tuple(f): _KIN_GENDER.get(kin) for e, toks in people if (kin := _namesakes_kin(e)) and (
        f := _full_name(full_names, [t.text for t in toks])) and sum(g[-1] == f[-1] for g in full_names) == 1}
    # "Mr. Obama" anywhere makes every bare "Obama" a man's surname: not the article's one "Michelle Obama"
    surname_genders: dict[str, set[str]] = {}
    for e in ents:
        g = _title_gender(e) if e.label_ in _PERSON_LABELS else None
        toks = _person_tokens(e) if g else []
        if len(toks) == 1:
            surname_genders.setdefault(toks[0].text, set()).add(g)
    # surname -> the full name that last spoke, and where: "Mohamed Abdeslam told RTBF ... Abdeslam said" is he,
    # though the article named Salah Abdeslam first
    spoke: dict[str, tuple[tuple[str, ...], int]] = {}
    for e in ents:
        if e.start in families:
            name, kind = e.text, "group"
        elif e.start in is_person or e.label_ in _PERSON_LABELS:
            toks = _person_tokens(e)
            words = couples.get(e.start) or [t.text for t in toks] or [e.text]
            said = surname_genders.get(words[0], set()) if len(words) == 1 else set()
            own = _title_gender(e)
            full = _full_name(full_names, words, own or (next(iter(said)) if len(said) == 1 else None), relatives,
                              titled=own is not None, recent=_just_spoke(spoke, words, e.start))
            if (full and len(words) > 1 and e.root.dep_ != "appos" and e.root.head.lower_ in ALL_FORMS
                    and _subject(e.root)):  # a full name as a reporting verb's subject; the parse walk last
                spoke[full[-1]] = (tuple(full), e.end)
            name = written[tuple(full)] if full else _name_text(toks) or e.text
            if own and len(full or words) == 1 and any(len(_full_name(full_names, words, g) or words) == 1
                                                       for g in said - {own}):
                # "Mr. Cruz" and "Mrs. Cruz", neither named in full: two people, each known by the courtesy title
                # ("Cruz" would make one speaker of husband and wife; "Mr. Trump" stays "Trump" beside Ivanka Trump)
                name = f"{_courtesy_titles(e)[0].text} {name}"
            kind: SpeakerKind = "person"
        else:
            short = _name_text(_name_tokens(e)) or e.text
            kind = _kind_of(e.label_)
            name = short if kind == "group" else _org_name(orgs, short, name_words)
        idx.ents.append((e, name, kind))
        if kind == "person":
            # a surname several of the article's people bear ("Mr. Khan" of Khizr and Ghazala Khan) tells nobody's
            # gender: it may have been read as the wrong one
            shared = len(words) == 1 and sum(_contains_name(f, words) for f in full_names) > 1
            g = _given_gender(name.split(), records=False) if shared else _gender(e, name)
            if g:
                idx.gender.setdefault(name, g)
            p = _party(e, text)
            if p:
                idx.party.setdefault(name, p)
            for role, words, nations in _roles_of(e, text):
                idx.roles.setdefault(role, []).append((e.start_char, name, words | nations))
                idx.title_words |= words
                idx.nations |= nations
        if blocked[e.start_char] or e.start in surname_orgs or _credit(e):
            continue
        if kind == "person":
            idx.persons.append((e.start_char, e, name, _subject(e.root)))
        elif kind == "group" and modifies_noun(e):
            # "Republican lawmakers" are the referent of a later "they", not "Republican"; "American
            # enterprise", "Muslim-majority countries" name nobody.
            head = e.root.head
            if head.tag_ == "NNS" and head.i == e.end:
                idx.groups.append((e.start_char, doc[e.start : head.i + 1].text, kind, head.dep_ in _SUBJ_DEPS))
        else:
            idx.groups.append((e.start_char, name, kind, e.root.dep_ in _SUBJ_DEPS))
            if e.label_ in _PLACE_LABELS:
                idx.places.add(name)
            if (e.label_ == "ORG" and _org_head(name.lower()) not in _NO_BUSINESS_HEADS
                    and not _called(e, _PUBLIC_BODIES) and name not in bodies):
                idx.companies.append((e.start_char, e, name, e.root.dep_ in _SUBJ_DEPS))
                if (_called(e, _BUSINESS_NOUNS) or any(t.lower_ in _LEGAL_FORMS for t in _name_tokens(e)[1:])
                        or name.lower() in _PLATFORMS):
                    idx.firms.add(name)
                if outlet := _kind_called(e, _MEDIA_NOUNS):
                    idx.outlets.setdefault(name, set()).add(_MEDIA_SYNONYMS.get(outlet, outlet))
    for name, g in _bound_genders(doc, idx).items():
        idx.gender.setdefault(name, g)
    for e, name, kind in idx.ents:  # birth records last: the article's own pronoun is the better witness
        if kind == "person" and name not in idx.gender:
            # a given name the NER left out opens the name: "Michelle [Manning Barish]" is no Manning (but "Judge",
            # "Said" and "Bishop" are no names)
            prev = doc[e.start - 1] if e.start else None
            cut = (prev is not None and prev.tag_ == "NNP" and prev.is_title and not _title_word(prev)
                   and prev.lower_ not in ALL_FORMS and _given_gender([prev.text, name]))
            g = cut or _given_gender(name.split() or [""])
            if g:
                idx.gender[name] = g
                idx.recorded.add(name)
    idx.labels = _turn_labels(text, {name for _, name, kind in idx.ents if kind == "person"})
    idx.turns = _turns(text, idx.ents, idx.labels)
    idx.groups = sorted(idx.groups + _plural_subjects(doc, ents, blocked), key=lambda g: g[0])
    idx.person_starts = [p[0] for p in idx.persons]
    idx.company_starts = [c[0] for c in idx.companies]
    idx.group_starts = [g[0] for g in idx.groups]
    # "An independent review ... found that ... It also reported ...": a document subject is what "it" says,
    # named as its mention is (its author where one is named); resolved once the names above are known.
    documents = [(phrase.start_char, r.name, r.kind, True) for phrase in _document_subjects(doc, blocked)
                 if (r := _resolve(doc, phrase, phrase.start_char, idx, None)) is not None]
    if documents:
        idx.documents = {d[0] for d in documents}
        idx.groups = sorted(idx.groups + documents, key=lambda g: g[0])
        idx.group_starts = [g[0] for g in idx.groups]
    return idx


def _bound_genders(doc: Doc, idx: EntityIndex) -> dict[str, str]:
    """Genders the article itself gives by a pronoun bound to a name: "Marlon Brando made waves when he
    declined the award" (the pronoun is the subject of a clause that hangs under one whose subject is the
    name). For names the lists do not know; not through a report ("Brando said she ...": she may be anyone),
    nor inside a quotation, and only where every such pronoun agrees."""
    subjects = {e.root.i: name for e, name, kind in idx.ents
                if kind == "person" and name not in idx.gender and e.root.dep_ in _SUBJ_DEPS}
    votes: dict[str, set[str]] = {}
    for pron in doc if subjects else ():
        low = pron.lower_
        if low not in _PERSON_PRONOUNS or pron.dep_ not in _SUBJ_DEPS or idx.quoted[pron.idx]:
            continue  # a possessive need not be the subject's: "Ana Ruiz describes his progress"
        for verb in [pron.head, *pron.head.ancestors]:
            subjs = [subjects.get(c.i) for c in _clause_subjects(verb) if c.i < pron.i]
            if subjs:
                for name in filter(None, subjs):
                    votes.setdefault(name, set()).add("f" if low in _FEMININE else "m")
                break
            if verb.dep_ in ("ccomp", "parataxis"):
                break
    return {name: g.pop() for name, g in votes.items() if len(g) == 1}


def _turns(text: str, ents: list[tuple[Span, str, SpeakerKind]],
           labels: dict[str, str]) -> list[tuple[int, str | None]]:
    """Where an interview is printed as a dialogue, each person's name alone on a line, then what they say, "I"
    is that person until the next such line: (end of the name's line, name). Only where a name comes back on
    such a line: a list of profiles headed by names ("Tom Lind / The mayor said ...") is no dialogue. In a
    transcript with short labels (:func:`_turn_labels`), a turn starts after each label or name its people open
    a line with ("LB:", "Lena Brandt:"), until another label in capitals (the turn of nobody, ``None``)."""
    if labels:  # a line that opens with another label in capitals ends a turn ("EDITOR'S NOTE: I ...")
        names = set(labels.values())
        return [(m.end(), labels.get(label, label if label in names else None)) for m in _LABELLED_LINE.finditer(text)
                if (label := m.group(1)) in labels or label in names or label.isupper()]
    turns = []
    for e, name, kind in ents:
        if kind != "person":
            continue
        start = text.rfind("\n", 0, e.start_char) + 1
        end = text.find("\n", e.end_char) % (len(text) + 1)
        if text[start:end].strip() == e.text:
            turns.append((end, name))
    return turns if max(Counter(name for _, name in turns).values(), default=0) > 1 else []


# A transcript whose turns open a line with a short label and a colon, after the first turn gave the name: a chat's
# handle ("lena (Lena Brandt, senior writer): ...", then "lena: ...") or initials ("Lena Brandt: ...", "LB: ...")
_CHAT_INTRO = re.compile(r"(?m)^([a-z][\w.]*) \(([A-Z][^,()\n]*)[,)]")
_LABELLED_LINE = re.compile(r"(?m)^([^\n:()]{1,60}?)(?: \([^()\n]*\))?:")
_SHORT_LABEL = re.compile(r"[a-z][\w.]*|[A-Z]{2,3}")


# A broadcast transcript's turn: a name in capitals, its role in brackets ("TOM HALE (HOST): ..."), later maybe the
# surname alone ("HALE: ...")
_CAPS_LABEL = re.compile(rf"(?m)^({_CAPS_NAME})( \([^()\n]*\))?:")


def _turn_labels(text: str, people: set[str]) -> dict[str, str]:
    """A transcript's short labels, each to the person it stands for, where it opens two turns or more: a chat's
    handle to the full name it introduces, initials to the one person of ``people`` with those initials. The
    label alone names no one the NER knows, and "I" is whoever has the turn."""
    turns = Counter(m.group(1) for m in _LABELLED_LINE.finditer(text) if _SHORT_LABEL.fullmatch(m.group(1)))
    labels = {m.group(1): m.group(2).strip() for m in _CHAT_INTRO.finditer(text)}
    for label in turns:
        named = [p for p in people if _initials(p) == label] if label.isupper() else []
        if len(named) == 1:
            labels[label] = named[0]
    labels = {label: name for label, name in labels.items() if turns[label] > 1}
    return labels | _caps_labels(text, people)


def _caps_labels(text: str, people: set[str]) -> dict[str, str]:
    """A broadcast transcript's labels in capitals (:data:`_CAPS_LABEL`), each to the person it names as the
    article spells the name, without a title ("SEN. MAYA MACGUINEAS" is "Maya MacGuineas"), a surname alone to the
    same person. A label counts where it gives a role or opens two turns, and only in a transcript, where two
    people's labels do: "FILE PHOTO:" or "EDITOR'S NOTE:" opens a line once."""
    found = list(_CAPS_LABEL.finditer(text))
    opened = Counter(m.group(1) for m in found)
    names = {m.group(1) for m in found if m.group(2) or opened[m.group(1)] > 1}
    if len(names) < 2:
        return {}
    spelled: dict[str, str] = {}
    for p in sorted(people, key=lambda p: (p != string.capwords(p), p)):  # "MacGuineas" over "Macguineas"
        spelled[p.upper()] = p
    labels = {}
    for label in names:
        words = _untitled(label.split())
        labels[label] = spelled.get(" ".join(words)) or string.capwords(" ".join(words))
    surnames = Counter(label.split()[-1] for label in names)
    labels |= {label.split()[-1]: name for label, name in labels.items() if surnames[label.split()[-1]] == 1}
    return labels


def block(idx: EntityIndex, contents: Iterable[tuple[int, int]]) -> None:
    """Names inside ``contents`` (character ranges of what was said) are from now on no antecedents of he/she: "Tom
    Hale said that Mr. Lind had lied. He added ..." is Hale again. The rules block every statement's content
    up front (:func:`entity_index`); the learned extractor blocks a content once its speaker is a person, as it
    resolves them in order, for after "The Times reported that Mr. Lind was told ... He confirmed" it is Lind."""
    for a, b in contents:
        idx.blocked[a:b] = b"\x01" * (b - a)
