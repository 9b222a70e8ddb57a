"""Reporting-verb lexicon as surface forms (the pipeline runs without a lemmatizer, so forms are listed).

Each verb family names how its content is found: a clausal complement (``said that ...``), an infinitive
(``refused to comment``), or a direct object (``called the plan "reckless"``, ``denied the claims``).
Belief/attitude verbs (``believe``, ``fear``, ``expect``) are kept apart so callers can switch them off:
PolNeAR annotates them as attributions, a user counting quotes may not want them.
"""

from __future__ import annotations

import numpy as np
from spacy.strings import hash_string

_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "think": ["think", "thinks", "thought", "thinking"],
    "know": ["know", "knows", "knew", "known", "knowing"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "find": ["find", "finds", "found", "finding"],
    "hear": ["hear", "hears", "heard", "hearing"],
    "read": ["read", "reads", "reading"],
    "see": ["see", "sees", "saw", "seen", "seeing"],
    "show": ["show", "shows", "showed", "shown", "showing"],
    "learn": ["learn", "learns", "learned", "learnt", "learning"],
    "understand": ["understand", "understands", "understood", "understanding"],
    "seek": ["seek", "seeks", "sought", "seeking"],
    "swear": ["swear", "swears", "swore", "sworn", "swearing"],
    "forecast": ["forecast", "forecasts", "forecasted", "forecasting"],
    "echo": ["echo", "echoes", "echoed", "echoing"],
}


def _forms(base: str) -> list[str]:
    """Regular English inflections of ``base`` (good enough for the verbs listed here)."""
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base.endswith("e"):
        stem = base[:-1]
        return [base, base + "s", stem + "ed", stem + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        stem = base[:-1]
        return [base, stem + "ies", stem + "ied", base + "ing"]
    if base.endswith(("sh", "ch", "ss", "x")):
        return [base, base + "es", base + "ed", base + "ing"]
    if base in ("admit", "quip", "commit", "regret", "plan", "chat", "jot", "nod", "shrug", "grin", "snap", "beg",
                "brag", "deadpan"):
        return [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


# Speech acts that take a clause: "said (that) ...", "warned ...", "asked whether ...".
SPEECH = """say tell add state claim argue insist warn deny note explain announce report write tweet post suggest
acknowledge admit concede confirm declare assert maintain contend predict promise pledge vow threaten reply respond
answer ask urge recall reveal stress emphasize emphasise testify allege complain boast joke quip remark observe
reiterate indicate estimate conclude signal hint caution counter retort charge propose recommend demand inform assure
advise mention continue agree disagree question wonder speculate email text swear guarantee acknowledge clarify
concur disclose divulge predict proclaim recount repeat reply underscore forecast lament cite quote order rule
decide seethe fume scoff muse gripe grumble brag protest rage marvel thunder reassure gloat crow grouse whine
chime""".split()
# Beliefs and attitudes reported with a clause: "officials fear that ...".
BELIEF = """believe think fear expect hope worry feel know assume doubt suspect reckon guess consider imagine
understand realize realise learn hear find show see recognize recognise bet trust""".split()
# Verbs whose content is an infinitive: "refused to comment", "urged voters to ...".
INFINITIVE = """want plan seek intend wish prefer hope promise pledge vow threaten refuse decline agree urge ask
tell call vote offer aim implore beg""".split()
# Verbs whose content is the direct object (with its "as ..." / object predicate): "called the plan "reckless"".
OBJECT = """call describe label dub brand characterize characterise deny dismiss criticize criticise praise
endorse oppose reject blame accuse condemn denounce defend slam blast mock attack welcome applaud hail back
support express discuss tout promote challenge dispute question recommend consider view chide scold rebuke
lambast excoriate deride ridicule decry laud commend""".split()
# Verbs whose content is a prepositional object: "called for a recount", "referring to the debate".
PREPOSITIONAL = {
    "call": ("for", "on"), "push": ("for",), "press": ("for",), "argue": ("for", "against"), "advocate": ("for",),
    "lobby": ("for", "against"), "talk": ("about",), "speak": ("about", "of", "on"), "refer": ("to",),
    "rail": ("against",), "focus": ("on",), "complain": ("about", "of"), "warn": ("about", "against", "of"),
    "comment": ("on",), "point": ("to",), "ask": ("about",), "apologize": ("for",), "vote": ("for", "against"),
    "campaign": ("for", "against", "on"), "testify": ("about", "on"), "write": ("about", "of"),
    "tweet": ("about",), "joke": ("about",), "worry": ("about",), "insist": ("on",), "boast": ("about", "of"),
}
# Speech acts of a verb and its particle that take a clause: "pointed out that ..." ("pointed" alone is no report)
PHRASAL = {"point": "out"}
# Speech acts whose verb takes an object or a preposition, not a clause ("denounced the plan", "talked about
# the budget"), and nouns that report speech ("in a statement", "told CNN in an interview"): ``statement_kind``.
SPEECH_ACTS = """call describe label dub brand characterize characterise deny dismiss criticize criticise praise
condemn denounce defend slam blast mock attack welcome applaud hail tout challenge dispute question blame accuse
lambast excoriate rebuke chide scold thank congratulate apologize apologise decry deride ridicule laud commend
second talk speak refer comment request express brag point detail publish release read decline""".split()
REPORT_NOUNS = frozenset("""statement statements interview tweet tweets post letter speech remarks comments testimony
memo email briefing according response warning warnings""".split())
# Attitudes, with the beliefs: "wants to", "opposes the bill", "hopes that", "does not like".
ATTITUDES = """want plan seek intend wish prefer hope oppose support endorse reject favor favour consider view
expect fear worry doubt suspect need aim refuse like dislike love hate care condone""".split()
# Verbs of the voice, which report only a quotation beside them ('"Get out!" she shouted', '"We failed you," the
# statement read', 'The crowd chanted: "..."'): speech, but never the cue of a clause ("shouted at the crowd", "read the
# report" report nothing).
VOICE = """shout yell scream cry whisper mutter murmur exclaim chant holler bellow bark snap gush sneer
interject echo vent snark plead bemoan deadpan recite rail read""".split()
# Gestures, which the tagger can take for reporting verbs ("Her husband nodded."): they report nothing said.
GESTURES = "nod shrug smile laugh chuckle sigh grin pause wince frown gasp".split()
# Verbs that frame another speaker: "X quoted / cited Y as saying ...", "Y was quoted by X as saying ...", and the
# two that also frame one with a relative clause: "X quoted / cited Y who said ..."
QUOTING = {f for b in ("quote", "cite") for f in _forms(b)}
FRAMES = QUOTING | {f for b in ("describe", "report") for f in _forms(b)}
CITING = frozenset(("citing", "quoting"))  # an aside naming a report's own source: "reported, citing X, that"


def _table(words: list[str]) -> frozenset[str]:
    return frozenset(f for w in words for f in _forms(w))


SPEECH_FORMS = _table(SPEECH)
BELIEF_FORMS = _table(BELIEF) - SPEECH_FORMS
INFINITIVE_FORMS = _table(INFINITIVE)
OBJECT_FORMS = _table(OBJECT)
PREPOSITION_OF = {f: preps for base, preps in PREPOSITIONAL.items() for f in _forms(base)}
PARTICLE_OF = {f: particle for base, particle in PHRASAL.items() for f in _forms(base)}
ALL_FORMS = (SPEECH_FORMS | BELIEF_FORMS | INFINITIVE_FORMS | OBJECT_FORMS | frozenset(PREPOSITION_OF)
             | frozenset(PARTICLE_OF))
VOICE_FORMS = _table(VOICE)
SPEECH_WORDS = SPEECH_FORMS | _table(SPEECH_ACTS) | REPORT_NOUNS | VOICE_FORMS
ATTITUDE_WORDS = BELIEF_FORMS | _table(ATTITUDES)
# What someone holds, not says ("plans", "believes"): "according to a memo, the agency plans ..." is the memo's.
HELD_FORMS = ATTITUDE_WORDS - SPEECH_WORDS
GESTURE_FORMS = _table(GESTURES)
# Verbs whose content is only words, never a deed ("told Modi the US would ship ...", not "charged five people",
# "ruled that ...", "promised an inquiry"): a report a signature after it can cite (:func:`rules.cited_report`).
SAYING_FORMS = _table("""say tell add state claim argue insist warn explain announce write acknowledge admit concede
declare assert maintain contend reply respond answer ask stress emphasize emphasise testify allege complain joke
remark reiterate recall note""".split())
# "was not authorized to discuss the matter": why a source goes unnamed, not what it said
PERMISSION_FORMS = _table(["authorize", "authorise", "permit", "allow", "clear", "empower"])
# Speech verbs whose object is the addressee ("told reporters"), never the content; those among them that report
# a clause after the addressee ("told reporters [he would run]").
TOLD_FORMS = _table(["tell", "inform", "assure", "advise", "warn", "caution", "remind"])
RECIPIENT_FORMS = TOLD_FORMS | _table(["say", "ask", "urge", "email", "text", "answer", "order"])
# Reporting verbs whose passive subject is the one told or what was said, never the speaker ("Residents were told",
# "The mayor is said to be", "Rain is expected"): not a worry, whose passive subject holds it ("Residents were
# worried"), a question, whose subject answers next ("Lind was asked whether ..."), nor a quotation's frame ("he was
# quoted as saying": his words).
PASSIVE_REPORT_FORMS = (SPEECH_WORDS | BELIEF_FORMS) - _table(["worry", "ask", "question", "quote", "cite"])
# Verbs whose object does what their infinitive says ("forced the members to oppose it": the members oppose it; not
# "promised voters to cut taxes", "used the report to claim", "wrote the minister to ask").
OBJECT_CONTROL_FORMS = _table("""force urge ask tell persuade convince press pressure push encourage require order
instruct lead prompt allow invite challenge compel get spur cause inspire motivate rally mobilize mobilise direct
advise warn remind implore beg""".split())


def hashes(forms: frozenset[str]) -> np.ndarray:
    """spaCy ``LOWER`` ids of ``forms``, for a vectorised ``np.isin`` over ``doc.to_array("LOWER")``."""
    return np.array(sorted(hash_string(f) for f in forms), dtype=np.uint64)
