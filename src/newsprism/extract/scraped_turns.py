"""Scraped text: turns of a conversation (a transcript's or an interview's speaker labels) and
rosters of names.
"""

from __future__ import annotations

import re

from .scraped_labels import (
    CHROME,
    DIALOGUE,
    SHORT,
    TEXT,
    Labelled,
    word_count,
)
from .scraped_meta import (
    is_name,
)
from .scraped_vocab import (
    ui_key,
)

# a speaker's label: a name in capitals with its initials ("J. SMITH", "Е. СОЛОВЬЕВА",
# "MARIA LOPEZ"), or the letters and words of a printed interview (Q/A, В/О, Вопрос/Ответ)
_SPEAKER = re.compile(
    r"^(?P<who>(?:[A-ZА-ЯЁ]\.\s?){0,2}[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){0,2}"
    r"|Q|A|В|О|Question|Answer|Вопрос|Ответ)\s?:\s+\S"
)


#: a speaker's name as a transcript prints it in its own case ("Мария Осипова: …")
_NAMED_TURN = re.compile(r"^(?P<who>[^\W\d_][^:]{2,40}):\s+\S")


def speaker(text: str) -> str | None:
    """The speaker's label a line opens with, if it opens with one."""
    # a turn of speech ends as a sentence does: a name, in capitals or in its own case, may
    # also open a colon headline ("Prince Andrew: BT ends ties with duke"), and a label in
    # capitals a score line or a ticker's ("FULL-TIME: Home 2-1 Away", "BREAKING: …")
    if not _ENDS_SPEECH.search(text):
        return None
    found = _SPEAKER.match(text)
    if found:
        return found.group("who")
    named = _NAMED_TURN.match(text)
    if named is None or not is_name(named.group("who")):
        return None
    return named.group("who")


_ENDS_SPEECH = re.compile(r"[.!?…][»\"”’)]*$")


#: a team's line-up: its name, a colon and the players' names, a name or two words each,
#: parted by commas and semicolons ("City: Ash; Bell, Cross (c), Dane; Eyre, …")
_ROSTER_NAME = re.compile(r"^[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*)?$")
ROSTER_MIN_NAMES = 5


def _roster_names(text: str) -> int:
    """How many players' names the line lists after its colon (0 when it is not a roster)."""
    head, colon, rest = text.partition(":")
    if not colon or not head.strip() or word_count(head) > 4:
        return 0
    rest = re.sub(r"\([^)]*\)", "", rest).strip().rstrip(".")
    names = [n.strip() for n in re.split(r"[;,]", rest)]
    if not names or not all(_ROSTER_NAME.match(n) for n in names):
        return 0
    return len(names)


#: the header of a match's line-ups ("Line-ups", "Teams", "Starting XI", «Составы»)
_LINE_UPS_HEADER = re.compile(
    r"(?i)^(?:(?:the\s+|starting\s+)?(?:line-?\s?ups?|teams?|squads?|xi|eleven)|"
    r"(?:стартовые\s+)?составы(?:\s+команд)?|склади(?:\s+команд)?)[:.]?$"
)


def drop_rosters(labs: list[Labelled]) -> None:
    """A match's line-ups are the page's data box, not the report: two lines or more listing
    five players or more each, with the lines about them (substitutes, the referee: a label,
    a colon and names) and their header ("Line-ups", «Составы») right above them.  A line-up
    says it is one: its header stands above the first, or every line is set out by the lines
    of a formation (semicolons: "Pike; Lowe, Barton, Reid; …").  Two lists of five places or
    people after a colon with neither ("Schools closed: …", "Nominees: …") are the story's."""
    rosters = [i for i, lab in enumerate(labs) if _roster_names(lab.text) >= ROSTER_MIN_NAMES]
    if len(rosters) < 2:
        return
    first = rosters[0]
    headed = first > 0 and bool(_LINE_UPS_HEADER.match(labs[first - 1].text.strip()))
    if not headed and not all(";" in labs[i].text.partition(":")[2] for i in rosters):
        return
    for i in rosters:
        labs[i].relabel(CHROME, "a team's line-up")
        # the lines beside a line-up: "Substitutes: Fry, Gale.", "Referee: A. Name"
        j = i + 1
        while j < len(labs) and (
            _roster_names(labs[j].text) >= 1 and word_count(labs[j].text) <= 12
        ):
            labs[j].relabel(CHROME, "a line of a match's line-ups")
            j += 1
    first = rosters[0]
    header = labs[first - 1] if first else None
    if header is not None and header.label == SHORT and word_count(header.text) <= 3:
        header.relabel(CHROME, "header of a match's line-ups")


#: the label a page prints over a transcript ("Transcript", «Расшифровка эфира»)
TRANSCRIPT_LABEL = re.compile(
    r"^(?:(?:full |read the )?transcript(?: of (?:the|this) (?:broadcast|episode|interview|"
    r"programme|program|conversation))?|расшифровка(?: эфира| беседы| интервью| выпуска| подкаста)?|"
    r"стенограмма(?: эфира| беседы)?|текстовая версия(?: эфира| выпуска| интервью)?|"
    r"транскрипт|розшифровка(?: ефіру)?)$"
)


def mark_speaker_turns(labs: list[Labelled]) -> None:
    """On a page with turns of two speakers or more, every turn is a paragraph (DIALOGUE); the
    transcript's label above the first turn is the page's."""
    turns = [(lab, speaker(lab.text)) for lab in labs if lab.label in (SHORT, TEXT)]
    turns = [(lab, who) for lab, who in turns if who is not None]
    if len({who for _, who in turns}) < 2 or len(turns) < 3:
        return
    for lab, _ in turns:
        lab.relabel(DIALOGUE, "a speaker's turn in a conversation")
    first = turns[0][0].line.index
    for lab in reversed(labs[max(0, first - 4) : first]):
        if lab.label in (SHORT, TEXT) and TRANSCRIPT_LABEL.match(ui_key(lab.text)):
            lab.relabel(CHROME, "the label over a transcript")
            break
