"""Target-conditioned stance: favor / against / none of each statement toward each target.

Model input is ``[CLS] target [SEP] statement [SEP]`` (:func:`pair_inputs`). The speaker's name is
never fed to the model, so a statement gets the same stance whoever said it. In the pipeline the
statement is the quote's content, read alone and without a leading "that": the reporter's frame
("the agency quoted ... as saying") is not the speaker's stance. Only content without a verb (a
scare quote such as ``"reckless"``, an object such as "backed [the closure]", a bare "Absolutely not")
borrows words around it: its cue, after ``the speaker`` ("The speaker called the plan reckless"), where
the speaker and the cue come first, else the sentence, with the speaker mention replaced by ``the
speaker``; either keeps "She called the plan ..." without the identity.
Quote marks never reach the model: in a report they only say whose words these are, while the
news training data reads marked words as the writer keeping a distance.
Nor does the name of a person target: when the target is a person the article mentions (every default
person target, and a user's target that is one of the person's names), each of the person's written
forms in the statement and the target itself become :data:`TARGET_PLACEHOLDER`. Stance toward
"Donald Trump" is then the stance toward "a person" in the same words: the model cannot carry the
priors its training tweets hold about famous names (read as written, renaming only the person changes 44%
of the NewsMTSC test labels; ``stancekit evaluate stance --name-swap``). Organisations, places and topics
are read as written. ``kit.stance(pairs)`` classifies pairs as given; mask with :func:`mask_names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .furniture import curly_apostrophes
from .modeling.classifier import SequenceClassifier
from .types import Document, Quote, Stance, check_strings

SPEAKER_PLACEHOLDER = "the speaker"
# What a person target is called when the model reads it (see the module docstring); training masks half of
# NewsMTSC's person rows the same way, so the model knows this name only as "a person".
TARGET_PLACEHOLDER = "Chris Parker"
# config.json key of the label log-offsets for default targets (see StanceClassifier)
MENTION_PRIOR_KEY = "stancekit_mention_prior"
# Double quote marks go everywhere; single ones only at the edges, as inside they may be apostrophes
# ("the workers' union"). The comma before an attribution ("...," she said) is not what was said.
_DOUBLE_QUOTES = re.compile(r"[\"“”«»]")
_EDGES = " \t\n,‘’'"
# "said that X": the model reads the sentence X, as in its training data, not a dependent clause.
_THAT = re.compile(r"that\s+", re.IGNORECASE)


def pair_inputs(statements: Sequence[str], targets: Sequence[str]) -> tuple[list[str], list[str]]:
    """The model's two segments for each pair: (targets, statements). Training and inference share this."""
    return [str(t).strip() for t in targets], [" ".join(str(s).split()) for s in statements]


def _chunk_length(sdoc) -> int:
    """``len(sdoc.text)`` without rebuilding the text from every token, as ``Doc.text`` does."""
    return sdoc[-1].idx + len(sdoc[-1].text_with_ws) if len(sdoc) else 0


def _chunk(q: Quote, parsed):
    """``(offset, spaCy doc, content span)`` of the parsed chunk holding ``q``, or None."""
    for off, sdoc in parsed:
        if off <= q.start < off + _chunk_length(sdoc):
            return off, sdoc, sdoc.char_span(q.start - off, q.end - off, alignment_mode="expand")
    return None


def _has_verb(span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _sentence_context(text: str, q: Quote, off: int, content) -> str:
    """The sentence(s) holding a quote, speaker mention replaced by a neutral placeholder."""
    start = min(q.start, content.sent.start_char + off)
    end = max(q.end, content[-1].sent.end_char + off)
    sp = q.speaker
    if sp is not None and start <= sp.start < sp.end <= end and sp.mention:
        placeholder = SPEAKER_PLACEHOLDER.capitalize() if sp.start == start else SPEAKER_PLACEHOLDER
        return text[start : sp.start] + placeholder + text[sp.end : end]
    return text[start:end]


def _clause_context(text: str, q: Quote) -> str | None:
    """The speaker, cue and content alone, the speaker first ("[who] backed [the closure]" -> "The speaker backed
    the closure"): the rest of the sentence may be another statement ("Lind, who backed the closure, said the pool
    cost too much"). None unless the speaker mention, the cue and the content come in that order."""
    sp, cue = q.speaker, q.cue
    if sp is None or cue is None or not sp.mention or not sp.end <= cue.start < cue.end <= q.start:
        return None
    return SPEAKER_PLACEHOLDER.capitalize() + " " + text[cue.start : q.end]


def unquote(text: str) -> str:
    """``text`` without quote marks and without the comma/space edges an attribution leaves."""
    return _DOUBLE_QUOTES.sub("", text).strip(_EDGES)


def statement_input(document: Document, q: Quote, parsed=None) -> str:
    """What the model reads for one quote (see the module docstring)."""
    found = _chunk(q, parsed) if parsed else None
    if found is not None and found[2] is not None and not _has_verb(found[2]):
        clause = _clause_context(document.text, q)
        return unquote(clause if clause is not None else _sentence_context(document.text, q, found[0], found[2]))
    content = unquote(q.content)
    that = _THAT.match(content) if q.type != "direct" else None
    return content[that.end() :] if that else content


def mentioned_targets(q: Quote, entities: Sequence[tuple[int, int, str, str]]) -> list[str]:
    """Named people, organisations, places and groups inside the statement, by their fullest name in the article.

    ``entities``: ``(start_char, end_char, canonical name, kind)`` of the document (:func:`document_entities`).
    The speaker is skipped: a stance toward oneself is not a stance.
    """
    spans = q.fragments or [(q.start, q.end)]
    names: list[str] = []
    for s, _e, name, _kind in entities:
        if any(a <= s < b for a, b in spans) and name not in names and (q.speaker is None or name != q.speaker.name):
            names.append(name)
    return names


def mask_names(text: str, names: Sequence[str], placeholder: str = TARGET_PLACEHOLDER) -> str:
    """``text`` with every whole-word occurrence of ``names`` (surface forms of one person) replaced by
    ``placeholder``; longer forms first, so "Donald Trump" becomes one placeholder, not "Donald Chris Parker"."""
    forms = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not forms:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    return pattern.sub(placeholder, text)


def person_target_forms(texts: Sequence[str], targets: Sequence[str], nlp=None) -> list[list[str] | None]:
    """For each ``(text, target)`` whose target is a name inside a PERSON entity of the text, that person's
    forms to mask (:func:`mask_names`), else None. How training and evaluation read labelled person
    mentions (NewsMTSC) as the pipeline reads the persons it finds."""
    if nlp is None:
        import spacy

        from .pipeline import DEFAULT_PARSER

        nlp = spacy.load(DEFAULT_PARSER, enable=["ner"])
    out: list[list[str] | None] = []
    for doc, target in zip(nlp.pipe(texts, batch_size=256), targets, strict=True):
        last = (target.split() or [target])[-1]
        forms = [e.text for e in doc.ents if e.label_ == "PERSON" and last in e.text.split()]
        out.append([*forms, target] if forms else None)
    return out


def document_entities(parsed, text: str) -> list[tuple[int, int, str, str]]:
    """Canonical entity mentions ``(start_char, end_char, name, kind)`` of one document (``text``) from its
    ``(offset, spaCy doc)`` chunks; ``kind`` as a speaker's (person, organization, group, other).

    Adjectives name no target ("a pro-Keystone vote"), nor does a group word that only qualifies a noun
    ("American voters", "Democrat Ana Ruiz"): the stance would be toward the voters or the person, and the
    person is a mention of their own. Nor does a "name" that news would capitalise and this one is not, or one of
    a single letter: NER misreads "wasn’t" as a place ("n’t") and "misdemeanor marijuana offenders" as a person;
    groups ("conservatives") keep their lower case. Names keep ``text``'s apostrophes ("O’Keane", which the
    pipeline parses straightened)."""
    from .extract.speakers import entity_index, modifies_noun

    return [(ent.start_char + off, ent.end_char + off, curly_apostrophes(name, text), kind)
            for off, sdoc in parsed or []
            for ent, name, kind in entity_index(sdoc, text[off : off + _chunk_length(sdoc)]).ents
            if not (kind == "group" and modifies_noun(ent) or ent.root.tag_ in ("JJ", "JJR", "JJS"))
            and _written_as_name(name, kind)]


def _written_as_name(name: str, kind: str) -> bool:
    """At least two letters, and a capital unless the entity is a group (see :func:`document_entities`)."""
    return sum(c.isalpha() for c in name) >= 2 and (kind == "group" or any(c.isupper() for c in name))


def person_forms(entities: Sequence[tuple[int, int, str, str]], text: str) -> dict[str, set[str]]:
    """Each person's written forms in the document ("Donald Trump", "Trump"), keyed by every form (the
    canonical name included) in lower case, so a user's target "trump" finds the person too."""
    forms: dict[str, set[str]] = {}
    for s, e, name, kind in entities:
        if kind == "person":
            forms.setdefault(name, {name}).add(text[s:e])
    return {key.lower(): f for f in forms.values() for key in f}


class StanceClassifier:
    """Stance model wrapper used by :class:`stancekit.Kit` (``annotate``) and ``kit.stance`` (``classify``).

    ``mention_prior``: log-offsets added to the label log-probabilities of default targets only (the entities a
    statement names, when no targets are given), e.g. ``{"none": 3.0}``: most entities a news statement names
    are only mentioned, which the benchmarks the model learned from rarely show (it labelled 106 of 170
    hand-labelled AllSides dev pairs favor/against where 62 are). The checkpoint stores the value chosen on
    those pairs (``config.json``, :data:`MENTION_PRIOR_KEY`); ``{}`` turns it off. Targets a user passes, and
    ``kit.stance(pairs)``, are read without it.
    """

    def __init__(self, model: SequenceClassifier, mention_prior: dict[str, float] | None = None):
        self.model = model
        self.mention_prior = dict(mention_prior or {})
        unknown = set(self.mention_prior) - set(model.labels)
        if unknown:
            raise ValueError(f"mention_prior names labels the model lacks: {sorted(unknown)} (has {model.labels})")
        # (statement, target) -> probabilities; a dict here lets a sweep over mention_prior run the model once
        self.memo: dict[tuple[str, str], np.ndarray] | None = None

    @classmethod
    def load(cls, name_or_path: str | Path, device: str = "auto", precision: str = "auto") -> StanceClassifier:
        model = SequenceClassifier.load(name_or_path, device=device, precision=precision)
        return cls(model, getattr(model.model.config, MENTION_PRIOR_KEY, None))

    def probabilities(self, statements: Sequence[str], targets: Sequence[str],
                      batch_size: int | None = None) -> np.ndarray:
        """``(n, 3)`` label probabilities (columns in ``self.model.labels`` order), in input order."""
        text, pair = pair_inputs(statements, targets)
        if self.memo is None:
            return self.model.predict_proba(text, pair, batch_size=batch_size)
        keys = list(zip(text, pair, strict=True))
        todo = list(dict.fromkeys(k for k in keys if k not in self.memo))
        if todo:
            probs = self.model.predict_proba([t for t, _ in todo], [p for _, p in todo], batch_size=batch_size)
            self.memo.update(zip(todo, probs, strict=True))
        return np.array([self.memo[k] for k in keys]).reshape(len(keys), len(self.model.labels))

    def predict(self, statements: Sequence[str], targets: Sequence[str],
                batch_size: int | None = None) -> tuple[list[str], np.ndarray]:
        """Labels and the probability of each chosen label, in input order."""
        return self._choose(self.probabilities(statements, targets, batch_size))

    def _choose(self, probs: np.ndarray, offsets: np.ndarray | None = None) -> tuple[list[str], np.ndarray]:
        """The most probable label of each row and its probability, after reweighting by ``offsets`` (label
        log-offsets, one row per pair), ``p'(y) ∝ p(y)·exp(offset[y])``."""
        if offsets is not None and len(probs):
            probs = probs * np.exp(offsets)
            probs = probs / probs.sum(-1, keepdims=True)
        best = probs.argmax(-1) if len(probs) else np.zeros(0, dtype=int)
        return [self.model.labels[i] for i in best], probs[np.arange(len(best)), best]

    def annotate(self, documents: list[Document], targets_per_doc: Sequence[Sequence[str] | None],
                 parsed: Sequence | None = None) -> None:
        """Fill ``quote.stances`` for every statement x target, in place.

        ``targets_per_doc[i]`` None -> the entities mentioned in each statement (needs ``parsed``:
        per document a list of ``(char_offset, spaCy Doc)`` chunks, as the pipeline passes), read with
        ``mention_prior``.
        """
        jobs: list[tuple[Quote, str]] = []
        statements: list[str] = []
        model_targets: list[str] = []
        default_rows: list[bool] = []  # the pair's target is a default one: it takes mention_prior
        for i, (doc, targets) in enumerate(zip(documents, targets_per_doc, strict=True)):
            chunks = parsed[i] if parsed is not None else None
            entities = document_entities(chunks, doc.text) if doc.quotes and chunks else []
            persons = person_forms(entities, doc.text)
            for q in doc.quotes:
                tg = list(targets) if targets is not None else mentioned_targets(q, entities)
                if not tg:
                    continue
                text = statement_input(doc, q, chunks)
                for t in tg:
                    forms = persons.get(t.strip().lower())
                    jobs.append((q, t))
                    statements.append(mask_names(text, forms) if forms else text)
                    model_targets.append(TARGET_PLACEHOLDER if forms else t)
                    default_rows.append(targets is None)
        if not jobs:
            return
        prior = np.array([self.mention_prior.get(lab, 0.0) for lab in self.model.labels])
        offsets = np.outer(default_rows, prior) if any(default_rows) and prior.any() else None
        labels, scores = self._choose(self.probabilities(statements, model_targets), offsets)
        for (q, t), lab, sc in zip(jobs, labels, scores, strict=True):
            q.stances.append(Stance(target=t, label=lab, score=float(sc)))

    def classify(self, statements, targets=None, batch_size: int | None = None):
        """Classify given pairs.

        Accepts a DataFrame with ``text`` (or ``statement``) and ``target`` columns -> the same frame with
        ``label`` and ``score`` columns added; a list of ``{"text", "target"}`` dicts -> list of dicts
        with ``label`` and ``score``; or a list of strings plus ``targets`` (one target for all, or one
        per statement) -> list of dicts. One string or one dict is a list of one.
        """
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - pandas is a dependency
            pd = None
        if pd is not None and isinstance(statements, pd.DataFrame):
            col = "text" if "text" in statements.columns else "statement"
            labels, scores = self.predict(list(statements[col]), list(statements["target"]), batch_size)
            return statements.assign(label=labels, score=scores)
        items = [statements] if isinstance(statements, (str, dict)) else list(statements)
        if not items:
            return []
        if isinstance(items[0], dict):
            missing = next((i for i, d in enumerate(items) if not isinstance(d, dict) or "target" not in d
                            or ("text" not in d and "statement" not in d)), None)
            if missing is not None:
                raise ValueError(f"pair {missing} needs the keys 'text' (or 'statement') and 'target'")
            texts = check_strings([d.get("text", d.get("statement")) for d in items], "statement")
            tg = check_strings([d["target"] for d in items], "target")
            labels, scores = self.predict(texts, tg, batch_size)
            return [{**d, "label": lab, "score": float(sc)} for d, lab, sc in zip(items, labels, scores, strict=True)]
        if targets is None:
            raise ValueError("pass targets (one string or one per statement) with a list of statement strings")
        tg = [targets] * len(items) if isinstance(targets, str) else list(targets)
        if len(tg) != len(items):
            raise ValueError(f"need one target per statement: {len(items)} statements, {len(tg)} targets")
        labels, scores = self.predict(check_strings(items, "statement"), check_strings(tg, "target"), batch_size)
        return [{"text": s, "target": t, "label": lab, "score": float(sc)}
                for s, t, lab, sc in zip(items, tg, labels, scores, strict=True)]
