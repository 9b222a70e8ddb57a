"""Which mention a linked statement's speaker is, when the tagger's nearest source is not it or there is none.

The parse decides: the cue's subject or agent, a name set off between subject and cue, the subject of the verb the
source leads, a source completed to its whole noun phrase or cut before a participle or clause it ran into.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from ...types import Speaker
from ..lexicon import ALL_FORMS, SPEECH_FORMS
from ..rules import ACCORDING, by_object, inverted_subject, passive_report, subject_of
from ..speakers import (
    PRONOUNS,
    SPEAKER_LABELS,
    WEEKDAYS,
    EntityIndex,
    can_speak,
    is_document,
    of_objects,
    resolve_speaker,
    speaks,
)
from .linking import Linked, Span, _root
from .spans import _subject_and_verb

_PERSONAL = ("he", "she", "they")  # a subject that is someone, even where the name is not found
# A source that only lists examples of the source before it ("Critics of the plan, [among them two governors], say")
_EXAMPLES = re.compile(r"[,—–-]\s*(?:among them|among|including|such as)\b[^.;:!?\"“”\n]*\Z", flags=re.IGNORECASE)


def verb_in_source(doc: Doc, st: Linked) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source, cue) of a cue-less statement whose tagged source is a subject and its verb ('"...," [he joshed]'):
    the tagger ran the source into a verb it did not take for a cue."""
    parts = _subject_and_verb(doc.char_span(*st.source, alignment_mode="expand"))
    if parts is None or not parts[1].is_lower:  # not a name's last word read as a verb: "CBN News LIVE"
        return None
    subj, verb = parts
    return (st.source[0], subj.right_edge.idx + len(subj.right_edge)), (verb.idx, verb.idx + len(verb))


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


def relative_source(doc: Doc, st: Linked) -> Span | None:
    """The relative "who" that is the cue's subject, where linking took a source outside the noun it stands for:
    "Hale turned to Tom Berg, the former aide who quit in 2019 and later admitted lying" is Berg's admission, not
    Hale's, although the tagger links the nearest source it marked. The pronoun resolves to its noun as any source
    does; a tagged source in that noun's phrase ("Tom Berg, who later admitted") is kept, being the name, and so is one
    said to be among them ("Among those who criticized the cut was Rep. Ana Ruiz"). Only "who", or a "which" or
    "that" on an organisation or a noun that speaks ("the nurses' council (NNC), which was at the event and has
    urged officials to ..."), and only the relative clause's own verbs: a "that" or "which" the parse hangs on any
    other noun is a thing more often than a speaker ("the changes that wiped out ... and discussed" for a book "which
    explored ... and discussed")."""
    subj = _verb_cue_subject(doc, st) if st.source is not None else None
    if subj is None or len(subj) != 1 or subj[0].lower_ not in ("who", "which", "that") or subj[0].head.dep_ != "relcl":
        return None
    clause, verb = subj[0].head, _root(doc, *st.cue)
    while verb.dep_ == "conj" and verb != clause:  # "who quit in 2019 and later admitted": the clause's own verbs
        verb = verb.head
    if verb != clause:  # not a verb the cue's subject was inherited from ("who said he was stiffed ..., saying")
        return None
    noun = clause.head
    while noun.dep_ == "appos":  # "Tom Berg, the former aide who": the name's phrase
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "among":  # "Among those who criticized it was Rep. X": one of them
        return None
    if subj[0].lower_ != "who" and not (noun.ent_type_ in ("ORG", "NORP") or speaks(noun)):
        return None
    start, end = noun.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if st.source[0] < end and start < st.source[1]:
        return None
    return subj.start_char, subj.end_char


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
    "promised" the subject of "apologised"). Only the subject of the cue's verb, of a verb it is joined to, of
    the verb whose purpose its infinitive says ("spoke with [Lind] to congratulate him") or of the verb its
    participle goes on from after a comma ("questioned why her party led in [a weekend poll], adding: ...", ", again
    demanding that ..."; but not "did not answer, resulting in [the chairman] requesting ..."), not of a noun's ("the
    decision of [the director] to send a letter") nor of "there is" ("a lot of people think ..., but there is
    [research] to suggest ..."), and only one that can speak (not "His ratings in [the latest poll] show"). Never
    for an object that does what the cue's infinitive says ("could not get [a single member] to vote for it"), the
    author after "by" or "from", a group after "of" ("Some of [the lawmakers] were ...") or the source after
    "according to" ("Hale, according to [one of his aides], thinks ...")."""
    tagged = _root(doc, *st.source) if st.source is not None else None
    if tagged is None or tagged.dep_ not in ("dobj", "pobj", "dative") or tagged.head.lower_ in (
            "by", "from", "of") or ACCORDING.match(doc[tagged.head.head.i : tagged.head.head.i + 2].text):
        return None
    verb = _root(doc, *st.cue) if st.cue is not None else None
    if verb is None or tagged.dep_ == "dobj" and verb.dep_ == "xcomp" and tagged.head == verb.head:
        return None
    subj = _verb_cue_subject(doc, st)
    if subj is None or subj.root.dep_ != "nsubj" or st.source[0] <= subj.root.idx < st.source[1] or not can_speak(
            subj.root):
        return None
    while verb != subj.root.head and not any(c.dep_ == "expl" for c in verb.children) and (
            verb.dep_ == "conj" or verb.dep_ in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in verb.children)
            or verb.dep_ == "advcl" and verb.tag_ == "VBG" and doc[verb.left_edge.i - 1].text == ","):
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


def whole_phrase(mention: Tokens | None, st: Linked) -> Tokens | None:
    """The tagged source completed to the noun it modifies, where the tagger stopped inside a noun phrase:
    "[The White] House did not respond", "[the] North Korean leader appeared", "[Republican] voters are shrugging
    off" name the House, the leader and the voters, not "White", nobody or the party. Only to a noun for
    speakers or the rest of a name, never to a verb the parse read as a noun ("Trump highlights ...", "the former
    official casts"), only where the phrase is that noun's own (not "A judge this [week]"), with no person's name
    or punctuation between, and where the cue does not begin inside it. An article left alone names no one
    (:func:`_article_phrase`)."""
    if mention is None or mention[-1].dep_ not in ("amod", "compound", "det", "nummod", "nmod"):
        return mention
    last, doc, cue = mention[-1], mention.doc, st.cue
    head = last.head
    between = doc[mention.end : head.i + 1]
    named = head.ent_type_ in SPEAKER_LABELS and (not last.ent_type_ or all(t.ent_iob_ == "I" for t in between))
    if (head.i < mention.end or head.pos_ not in ("NOUN", "PROPN") or not (named or speaks(head))
            or last.ent_type_ == "PERSON" or head.left_edge.i > mention.start
            or any(t.is_punct and t.text != "-" or t.ent_type_ == "PERSON" for t in between)
            or cue is not None and mention.end_char <= cue[0] < head.idx + len(head)):
        return _article_phrase(last, st) if len(mention) == 1 and last.lower_ in ("the", "a", "an") else mention
    return doc[mention.start : head.i + 1]


def _article_phrase(article: Token, st: Linked) -> Tokens | None:
    """The noun phrase of a source the tagger cut to its article, whatever its noun ('"Not in ten years?" [the]
    interviewer persisted', "stated [an] internal notice", "[A] visibly angry Mr. Dorn criticized", and up to what the
    noun is "of": "[an] unprecedented number of Republicans"), or no source where the article is on no noun after it,
    the cue begins in its phrase ("[The] argument goes that" with the cue "argument", "[the] demand for recounts": what
    the tagger read as the cue's speaker is only the cue's own article), or the phrase comes after both the cue and
    the content and not next to the cue: an article there is the tagger's noise, and its phrase someone else ('cries
    of ["middle-class tax hikes"] earned a rebuke from [the] Washington Post fact-checker')."""
    noun, cue = article.head, st.cue
    if article.dep_ != "det" or noun.i <= article.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if cue is not None and article.idx + len(article) <= cue[0] < noun.idx + len(noun):
        return None
    doc, end = article.doc, noun.i + 1
    of = of_objects(noun)  # "[an] unprecedented number of Republicans"
    if of and of[0].i > noun.i and (cue is None or not noun.idx < cue[0] < of[0].idx + len(of[0])):
        end = of[0].i + 1
    phrase = doc[article.i : end]
    after = cue is not None and phrase.start_char >= max(cue[1], st.end)  # after the cue and the content
    return None if after and doc.text[cue[1] : phrase.start_char].strip(" ,") else phrase


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


def appositive_name(mention: Tokens | None) -> Tokens | None:
    """The tagged source run back to the name it describes, where it is only a description in apposition to a name
    right before it ("Harbor Pictures, [the studio that makes the show,] said"): the description alone named "the
    studio", and so no one. Only a common noun after a named subject and a comma, not a name after a title ("the
    mayor's spokesman, [Tom Lind,]" is Lind), and set off by a comma after it too: the parse also makes a new
    clause's subject an apposition to a name that ends the clause before ("told the Guardian, [a spokesperson for the
    firm] said", "Senator Tom Lind, [a number of his colleagues] are")."""
    if mention is None:
        return None
    root, doc = mention.root, mention.doc
    head, end = root.head, root.right_edge.i + 1
    closed = doc[end - 1].text == "," or doc[end - 1].is_quote and doc[end - 2].text == "," or (
        end < len(doc) and doc[end].text == ",")
    if (root.dep_ != "appos" or root.pos_ != "NOUN" or root.left_edge.i != mention.start or head.i >= mention.start
            or head.pos_ != "PROPN" or head.ent_type_ not in SPEAKER_LABELS or not closed
            or head.dep_ not in ("nsubj", "nsubjpass")
            or any(t.text != "," for t in doc[head.i + 1 : mention.start])):
        return mention
    first = head.i  # the name's first word
    while doc[first].ent_iob_ == "I":
        first -= 1
    # not where the parse's phrase starts inside the name ("[the National Committee on] Pay Equity") or the NER runs
    # the name on before it ("Flemming Rose of Jyllands-Posten")
    return doc[head.left_edge.i : mention.end] if first >= head.left_edge.i else mention


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


def closing_comma(mention: Tokens | None, cue: Span | None) -> Tokens | None:
    """The source with the comma that closes its apposition and without one that closes nothing, as PolNeAR marks
    sources: "[Tom Clarke, a nursing home owner,] said", but "[Republican nominee Donald Trump], who". In PolNeAR
    train, of the 1,829 sources followed by a comma or ending in one, those with an apposition (a comma or bracket
    inside) take it 925 times of 1,039 (855 of 937 before the cue, 70 of 102 after it, where the tagger's choice is
    left alone: "said [Josh Earnest, the press secretary], echoing"), the others in none of 790; the tagger misses it
    both ways."""
    if mention is None or len(mention) < 2:
        return mention
    doc, inner = mention.doc, mention[:-1] if mention[-1].text == "," else mention
    apposed = any(t.text in (",", "(") for t in inner[1:])
    if mention[-1].text == "," and not apposed:
        return doc[mention.start : mention.end - 1]
    before_cue = cue is None or mention.end_char <= cue[0]  # after the cue ("said [X, the Y,] adding") only 70 of 102
    if mention[-1].text != "," and apposed and before_cue and mention.end < len(doc) and doc[mention.end].text == ",":
        return doc[mention.start : mention.end + 1]
    return mention


_STARTS_MORE = frozenset(("CC", "IN", "DT", "RB", "WRB", "TO"))  # tags of a word that opens what follows a source


def comma_word_cut(mention: Tokens | None) -> Tokens | None:
    """The tagged source without the one word it ran into after its last comma, a word that starts what follows:
    "[Rep. Tom Lind, R-Ohio, a] longtime critic, said", "[A memo from Ana Ruiz, meanwhile], shows", "[Tom Lind,
    R-Ohio, Monday] said", "[the mayor, and] her deputy". In PolNeAR train the raw tagger ends 8 sources so (of
    129 ending in a comma and a word, most of them ages and places: "[Tom Lind, 44]", "[Ana Ruiz, R-Utah]"): 5 are
    the gold source once cut (with the comma that closes an apposition), 3 end elsewhere either way, none is the
    gold source as tagged."""
    if mention is None or len(mention) < 3 or mention[-2].text != ",":
        return mention
    last = mention[-1]
    if last.is_lower and (last.tag_ in _STARTS_MORE or last.lower_ == "including") or last.lower_ in WEEKDAYS:
        return mention.doc[mention.start : mention.end - 2]
    return mention


_TIME_OPENERS = {"in", "on", "this", "last", "next", "earlier", "early", "late", "today", "yesterday", "tonight"}


def time_cut(mention: Tokens | None) -> Tokens | None:
    """The tagged source without the time it ran into ("[the Supreme Court this] week ruled", "[his lawyers Tuesday]
    asked", "[an arbitration panel in 2001] found"): when something was said is no part of who said it, and PolNeAR
    leaves it out of 121 of 167 such sources in train (most of the rest a time in a description, "voters going to
    the polls Tuesday", "Tom Lind, the nominee in 2012", which stays, as does a participle's, "a poll released
    Friday", and a document's, which says which one, "a survey in March")."""
    if mention is None:
        return None
    doc, k = mention.doc, mention.end
    while k > mention.start and (doc[k - 1].ent_type_ == "DATE" or doc[k - 1].lower_ == "this" and k == mention.end):
        k -= 1
    if k < mention.end and doc[k - 1].lower_ in ("in", "on"):
        k -= 1
    if k == mention.end or k <= mention.start or doc[k - 1].pos_ not in ("NOUN", "PROPN"):
        return mention
    first = doc[k]
    if first.is_title and first.lower_ not in WEEKDAYS and not (first.i + 1 < len(doc) and doc[first.i + 1].like_num):
        return mention  # a name the NER read as a date: "Mrs May", "USA Today" (not "Friday", "March 3")
    if first.is_lower and first.lower_ not in _TIME_OPENERS or any(map(is_document, doc[mention.start : k])):
        return mention  # an age, "adults under 30"; a document's date, which says which one: "a poll in March"
    if any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[mention.start : k]):
        return mention  # a time in a description: "the governor challenged by Sanders 30 years ago", "Tom Lind, the
        # nominee in 2012", "the governor who was the nominee in 2012"
    return doc[mention.start : k]
