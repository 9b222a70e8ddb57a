"""The parser package's ``attribute_ruler``, applied by table look-up instead of spaCy's ``Matcher``.

The ruler maps each token's tag (and, for a few words, its text or dependency) to a part of speech, morphology
and lemma through 179 one- and two-token patterns. Run through the ``Matcher`` it cost as much CPU time as the
dependency parser on news text. Its patterns test a token's attributes one at a time, so every distinct value
of an attribute can be tested once: a token's verdicts then depend only on which of a few classes each of its
attributes falls in, and the attributes a combination of classes receives is computed once and cached. The
result is the ruler's, token for token (``tests/test_attribute_table.py`` compares every attribute); patterns
the table cannot read (other operators, quantifiers) leave the ``Matcher`` in charge.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_STRING_ATTRS = ("TAG", "DEP", "LOWER", "ORTH", "NORM")  # compared as strings, as the Matcher compares them
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_DIGIT", "IS_ALPHA", "IS_TITLE", "IS_UPPER", "IS_LOWER")
_CACHE_LIMIT = 200_000  # attribute values remembered per attribute (the LOWER column grows with a corpus)


def _predicate(attr: str, spec) -> Callable[[str | bool], bool] | None:
    """The test one token attribute must pass, as a function of its value (string or flag); None where the
    Matcher's meaning is not one of equality, IN, NOT_IN or REGEX."""
    if attr in _FLAG_ATTRS:
        return (lambda v, want=bool(spec): v == want) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return lambda v: v == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (op, arg), = spec.items()
    if op == "IN" and isinstance(arg, list):
        return lambda v, values=frozenset(arg): v in values
    if op == "NOT_IN" and isinstance(arg, list):
        return lambda v, values=frozenset(arg): v not in values
    if op == "REGEX" and isinstance(arg, str):
        return lambda v, rx=re.compile(arg): bool(rx.search(v))
    return None


class _Table:
    """The ruler's patterns as tests on attribute values; ``None`` from :meth:`build` when one can't be read."""

    def __init__(self, attrs: list[str], tests: list[list[tuple[int, Callable]]], specs: list[list[int]],
                 patterns: list[tuple[int, list[int], int]], assigned: list[dict], strings):
        self.attrs = attrs  # the attributes tested, in the order of ``Doc.to_array``
        self.ids = [IDS[a] for a in attrs]
        self.tests = tests  # per attribute: (test number, predicate)
        self.n_tests = sum(len(t) for t in tests)
        self.specs = specs  # per token spec: the test numbers it needs
        self.patterns = patterns  # (rule number, spec numbers in order, index of the token it sets)
        self.assigned = assigned  # per rule: the normalised attributes it sets
        self.strings = strings
        self._classes: list[dict[int, int]] = [{} for _ in attrs]  # attribute value -> verdict class
        self._verdicts: list[list[tuple[bool, ...]]] = [[] for _ in attrs]  # class -> verdicts of its tests
        self._class_of: list[dict[tuple[bool, ...], int]] = [{} for _ in attrs]
        self._keys: dict[tuple[int, ...], tuple[np.ndarray, tuple[int, ...]]] = {}  # classes -> (specs met, rules)
        self._merged: dict[tuple[int, ...], dict] = {}

    @classmethod
    def build(cls, ruler: AttributeRuler) -> _Table | None:
        attrs: list[str] = []
        tests: list[list[tuple[int, Callable]]] = []
        specs: list[list[int]] = []
        spec_number: dict[tuple[int, ...], int] = {}
        test_number: dict[tuple[str, str], int] = {}
        patterns = []
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not pattern or not -len(pattern) <= entry.get("index", 0) < len(pattern):
                    return None
                numbers = []
                for token in pattern:
                    needs = []
                    for attr, spec in sorted(token.items()):
                        attr = attr.upper()
                        if attr not in _STRING_ATTRS + _FLAG_ATTRS:
                            return None
                        predicate = _predicate(attr, spec)
                        if predicate is None:
                            return None
                        if attr not in attrs:
                            attrs.append(attr)
                            tests.append([])
                        key = (attr, repr(spec))
                        if key not in test_number:
                            test_number[key] = len(test_number)
                            tests[attrs.index(attr)].append((test_number[key], predicate))
                        needs.append(test_number[key])
                    spec_key = tuple(sorted(needs))
                    if spec_key not in spec_number:
                        spec_number[spec_key] = len(specs)
                        specs.append(needs)
                    numbers.append(spec_number[spec_key])
                patterns.append((rule, numbers, entry.get("index", 0) % len(pattern)))
        return cls(attrs, tests, specs, patterns, ruler.attrs, ruler.vocab.strings)

    def _value_classes(self, column: int, values: np.ndarray) -> np.ndarray:
        """The verdict class of each distinct value of one attribute."""
        classes, tests = self._classes[column], self.tests[column]
        if len(classes) > _CACHE_LIMIT:
            classes.clear()
        out = np.empty(len(values), dtype=np.int64)
        for i, value in enumerate(values.tolist()):
            found = classes.get(value)
            if found is None:
                v = bool(value) if self.attrs[column] in _FLAG_ATTRS else self.strings[value] if value else ""
                verdicts = tuple(predicate(v) for _, predicate in tests)
                found = self._class_of[column].setdefault(verdicts, len(self._class_of[column]))
                if found == len(self._verdicts[column]):
                    self._verdicts[column].append(verdicts)
                classes[value] = found
            out[i] = found
        return out

    def _key(self, classes: tuple[int, ...]) -> tuple[np.ndarray, tuple[int, ...]]:
        """For a combination of verdict classes: which token specs it meets, and the one-token rules it fires."""
        found = self._keys.get(classes)
        if found is None:
            passed = np.zeros(self.n_tests, dtype=bool)
            for column, cls in enumerate(classes):
                for (number, _), verdict in zip(self.tests[column], self._verdicts[column][cls], strict=True):
                    passed[number] = verdict
            met = np.array([all(passed[t] for t in needs) for needs in self.specs], dtype=bool)
            rules = tuple(sorted({rule for rule, numbers, _ in self.patterns if len(numbers) == 1 and met[numbers[0]]}))
            found = self._keys[classes] = (met, rules)
        return found

    def apply(self, doc: Doc) -> None:
        n = len(doc)
        if not n:
            return
        values = doc.to_array(self.ids).reshape(n, len(self.ids))
        classes = np.empty_like(values, dtype=np.int64)
        for column in range(len(self.ids)):
            distinct, inverse = np.unique(values[:, column], return_inverse=True)
            classes[:, column] = self._value_classes(column, distinct)[inverse.reshape(-1)]
        keys, inverse = np.unique(classes, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        found = [self._key(tuple(k)) for k in keys.tolist()]
        met = np.stack([f[0] for f in found])[inverse]  # token x spec
        extra: dict[int, set[int]] = {}
        for rule, numbers, index in self.patterns:
            starts = n - len(numbers) + 1  # where a pattern of several tokens can start
            if len(numbers) == 1 or starts < 1:
                continue
            ok = np.ones(starts, dtype=bool)
            for offset, spec in enumerate(numbers):
                ok &= met[offset : starts + offset, spec]
            for start in np.nonzero(ok)[0].tolist():
                extra.setdefault(start + index, set()).add(rule)
        rules_of = [f[1] for f in found]
        for i, key in enumerate(inverse.tolist()):
            rules = rules_of[key]
            if i in extra:
                rules = tuple(sorted(set(rules) | extra[i]))
            if rules:
                set_token_attrs(doc[i], self._merge(rules))

    def _merge(self, rules: tuple[int, ...]) -> dict:
        """What a token gets from these rules, later rules winning, as the ruler applies them."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = self._merged[rules] = {}
            for rule in rules:
                merged.update(self.assigned[rule])
        return merged


class AttributeTable(AttributeRuler):
    """An ``AttributeRuler`` (same patterns, serialisation and result) that applies its patterns by table."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._table: _Table | None | bool = False  # False: not built since the last change

    def add(self, patterns, attrs, index=0):
        super().add(patterns, attrs, index)
        self._table = False

    def clear(self):
        super().clear()
        self._table = False

    def __call__(self, doc: Doc) -> Doc:
        if self._table is False:
            self._table = _Table.build(self)
        if self._table is None:
            return super().__call__(doc)
        try:
            self._table.apply(doc)
            return doc
        except Exception as e:  # noqa: BLE001 (spaCy's per-component error handler decides)
            return self.get_error_handler()(self.name, self, [doc], e)


def make_attribute_table(nlp: Language, name: str, validate: bool, scorer) -> AttributeTable:
    return AttributeTable(nlp.vocab, name, validate=validate, scorer=scorer)


if "stancekit_attribute_table" not in Language.factories:  # as the package's other factories (stancekit.component)
    Language.factory("stancekit_attribute_table", func=make_attribute_table,
                     default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})


def use_attribute_table(nlp: Language) -> None:
    """Swap ``nlp``'s ``attribute_ruler`` for an :class:`AttributeTable` with its patterns, under the same name."""
    if "attribute_ruler" not in nlp.pipe_names or isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable):
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", "stancekit_attribute_table")
    nlp.get_pipe("attribute_ruler").add_patterns(patterns)
