"""Page furniture that scraped news text carries among its sentences, blanked before parsing.

Some sites follow a person's name with a link card that a scraper keeps as text: the full legal name run
together with the titles of three related stories and "MORE" ("President Tom Lind Thomas Edward LindSenators
balk at the trial Lind says he will veto the bill MORE on Monday said ..."). Parsed as written, the card makes
statements of the headlines, names such as "Edward LindSenators" and breaks the sentence it sits in. Others put
lines in capitals between paragraphs: links to related stories ("LIND SAYS HE WILL VETO THE PORT BILL"), section
heads and "ADVERTISEMENT"; parsed, their headlines are statements and their names antecedents of "he". Links to
related stories also come as a labelled line or aside ("More: Lind vows to veto port bill", "(RELATED: Lind Says
Port Bill Is Dead)"). Blanking with spaces keeps every offset into the original text.

A video player's card names a clip twice, headline-like ("JUST WATCHED Lind vows veto Replay More Videos ... MUST
WATCH Lind vows veto 01:53"), often inside a paragraph. It is not blanked but its statements are dropped after
tagging: removing words moves the span tagger's windows, which changes statements all over the article.

A broadcaster's media labels ("Media playback is unsupported on your device", "Media caption", "Image copyright
Getty Images", "Image caption") run into the caption after them: "Image caption Ms Lind said ..." had "Image caption Ms
Lind" as its speaker, and "is unsupported" and "caption" were cues.

Invisible characters (zero-width spaces and joiners, byte-order marks, soft hyphens outside a word) are blanked
the same way: spaCy reads a zero-width space and the name after it as one token that is nobody's name.

A curly apostrophe after a surname's prefix ("O’Connell", "D’Souza") is read as a straight one, also in place:
the small model's training text has straight ones, and with the curly one it tags "O’Connell" a common noun and
leaves it out of the name ("strategist Ford O’Connell" was an organisation "Ford").
"""

from __future__ import annotations

import re

# The card's end, and where its legal name runs into the first headline ("LindSenators", "Lind2020").
_MORE = re.compile(r"(?: |(?<=[a-z]))MORE\b")  # "LindMORE": a card without headlines
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z0-9\"“‘'])")
# A legal name kept apart from the first headline by a space, told by repeating the shown name's first and last
# words before a headline's first word ("Paul Ryan Paul Davis Ryan Retirees ...", "Joe Biden Joe Biden Parnas: ...")
_SPACED = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z'-]+)(?= \1 (?:[A-Z]\S* ){0,3}?\2 [A-Z0-9\"“‘'])")
_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z][^a-z\n]*$", re.MULTILINE)
# A link's label opening a line or an aside in brackets, then a colon ("More:", "(RELATED:", "Read more:")
_LINK = re.compile(r"(?im)(?:^[ \t]*|(\()[ \t]*)((?:related(?: stor(?:y|ies)| video| article| coverage)?|"
                   r"(?:read|see|watch)(?: more| also)?|more|also read|recommended))[ \t]*:")
# A video card, from its first title to the clip's length
_VIDEO_CARD = re.compile(r"JUST WATCHED\b[^\n]*?\bReplay More Videos\b[^\n]*?\bMUST WATCH\b[^\n]*?\b\d{1,2}:\d\d\b")
# A media label; "Image copyright" with its holder, a name up to the caption's label or the line's end
_MEDIA_LABEL = re.compile(r"Media playback is unsupported on your device|Media caption|Image caption|"
                          r"Image copyright [A-Z][^\n]{0,40}?(?= ?Image caption|\n|$)")
# Zero-width space, non-joiner, joiner, word joiner, BOM; a soft hyphen only where it does not join two letters
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]+|\xad(?![^\W\d_])|(?<![^\W\d_])\xad")
# A page's label on a line of its own between paragraphs, left in place (blanking it would move the span tagger's
# windows in most scraped articles) but passed over where a quotation goes on after it ("Advertisement", "Story
# Continued Below", "Slideshow (4 Images)")
PAGE_LABEL = re.compile(r"[ \t]*(?:advertisement|ad|story continue[sd] below|continue reading(?: below)?|"
                        r"slideshow \(\d+ images?\))[ \t]*", re.IGNORECASE)
# A surname's prefix and a curly apostrophe before the capital that goes on ("O’Connell", "D’Souza", "Ja’Mal"),
# and the whole surname once straightened
_PREFIX = r"(?<![^\W\d_])[A-Z][a-z]?"
_PREFIX_APOSTROPHE = re.compile(_PREFIX + r"’(?=[A-Z][a-z])")
_STRAIGHTENED = re.compile(_PREFIX + r"'[A-Z][a-z]+")
_CAPS_LETTERS = 8  # "USA TODAY" and longer; shorter lines ("AP", "NEW:") are harmless
_CARD_CHARS = 800  # longest card, name and three headlines
_NAME_CHARS = 60  # the legal name between the shown name and the glue


def furniture(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each piece of furniture in ``text``: link cards, lines in capitals, labelled
    links and media labels, in order."""
    return sorted(link_cards(text) + caps_lines(text) + link_lines(text) + media_labels(text))


def media_labels(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each media label: the words before a video's or a picture's caption, not the caption."""
    return [m.span() for m in _MEDIA_LABEL.finditer(text)]


def video_cards(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each video card: no statement starts inside one."""
    return [m.span() for m in _VIDEO_CARD.finditer(text)]


def invisibles(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of invisible characters that would glue to a word and hide it from the
    tagger (a zero-width space before a name, a soft hyphen before a word); a soft hyphen inside a word stays."""
    return [m.span() for m in _INVISIBLE.finditer(text)]


def straight_apostrophes(text: str) -> str:
    """``text`` with the curly apostrophe of each surname's prefix made straight, the same length."""
    return _PREFIX_APOSTROPHE.sub(lambda m: m.group().replace("’", "'"), text)


def curly_apostrophes(name: str | None, text: str) -> str | None:
    """``name``, read on :func:`straight_apostrophes`, with each prefixed surname as ``text`` writes it."""
    if name is None:
        return None
    return _STRAIGHTENED.sub(lambda m: curly if (curly := m.group().replace("'", "’")) in text else m.group(), name)


def link_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each labelled link to another story: from the label to the line's end, or in
    brackets to the closing bracket ("(RELATED: Lind Says Port Bill Is Dead)")."""
    links = []
    for m in _LINK.finditer(text):
        if not m.group(2)[0].isupper():
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if m.group(1):
            close = text.find(")", m.end(), end)
            end = end if close < 0 else close + 1
        links.append((m.start(1) if m.group(1) else m.start(2), end))
    return links


def caps_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line without a lower-case letter and with at least eight capitals, unless the
    whole text is written in capitals (then they are its sentences)."""
    lines = [m.span() for m in _CAPS_LINE.finditer(text) if sum(c.isupper() for c in m.group()) >= _CAPS_LETTERS]
    if lines and sum(c.islower() for c in text) <= sum(c.isupper() for c in text):
        return []
    return lines


def link_cards(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each link card: from the legal name after the shown name (which ends in the same
    surname: "Tom Lind Thomas Edward LindSenators", or repeats it whole before a space: "Tom Lind Tom Lind Senators")
    to "MORE"; a "MORE" without such a name is left alone."""
    cards: list[tuple[int, int]] = []
    if "MORE" not in text:
        return cards
    floor = 0
    for more in _MORE.finditer(text):
        lo = max(floor, more.start() - _CARD_CHARS, text.rfind("\n", 0, more.start()) + 1)
        for glue in _GLUED.finditer(text, lo, more.start() + 1):
            word = text.rfind(" ", lo, glue.start()) + 1
            surname = text[word : glue.start()]
            shown = text.rfind(f"{surname} ", max(lo, word - _NAME_CHARS), word - 1)
            if shown > lo and text[shown - 1] in " (" and text[shown:word].count(" ") <= 6:
                cards.append((shown + len(surname), more.end()))
                break
        else:
            spaced = [m.end() for m in _SPACED.finditer(text, lo, more.start())]
            if not spaced:
                continue
            cards.append((spaced[-1], more.end()))
        floor = more.end()
    return cards


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (:func:`furniture`) replaced by spaces, the same length."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
