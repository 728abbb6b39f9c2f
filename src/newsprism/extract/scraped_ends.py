"""Where the story ends and what the page's own lists repeat: evidence the page gives itself.

- **A contents list** ("Contents", then "Summary", "Safety", "Entry requirements") prints the
  story's section headings before the story has reached them: a run of short lines whose lines
  come back, in the same order, each over running text further down.  The run is the page's; the
  later lines are the story's headings (a line printed twice had made them widget labels).
- **A paywall that cuts the story off** ("This article is for subscribers only", «Чтобы
  дочитать материал, оформите подписку») says the story stops there: whatever follows is the
  subscription offer and the page's furniture, never more of the story.
- **The share text that prints the headline again** below the story ("Share: <headline>") is
  the page's toolbar under the story: the story has ended above it.

No rule names a site or a phrase of one page; each reads a declaration the page makes.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .scraped_credits import CREDIT_MERGED
from .scraped_labels import (
    BYLINE,
    CHROME,
    CLOSERS,
    CREDIT,
    DIALOGUE,
    FIELD_SHAPE,
    FIGURE,
    HEADING,
    ITEM,
    PARAGRAPH,
    SHORT,
    STAMP,
    TEXT,
    Labelled,
    ends_sentence,
    is_body_text,
    norm,
    word_count,
)
from .scraped_meta import is_name
from .scraped_tables import SPACED_TABLE_REASON, TABLE_ROW, TABLE_TITLE

#: a contents list has this many entries at least (each a different line) that come back as
#: headings: two lines printed twice are as often a widget's labels
CONTENTS_MIN_HEADINGS = 3
#: its entries are short (section headings)
CONTENTS_ENTRY_MAX_WORDS = 8

#: the labels of a story's lines
_CONTENT = (SHORT, TEXT, DIALOGUE, PARAGRAPH, HEADING, ITEM, FIGURE)


def _entry(lab: Labelled) -> bool:
    """A line that may be an entry of a table of contents: a short line, or a short question
    ("Who qualifies?": an explainer's sections are its questions, in the contents as over
    the text)."""
    return lab.label == SHORT or (
        lab.label == TEXT
        and lab.text.rstrip(CLOSERS + " ").endswith("?")
        and word_count(lab.text) <= CONTENTS_QUESTION_MAX_WORDS
    )


#: a question in a table of contents runs longer than a label ("What if I rent or use a
#: prepayment meter?"), as a question heading under a live entry's time may
CONTENTS_QUESTION_MAX_WORDS = 12


def _running_text_after(labs: list[Labelled], i: int) -> bool:
    """Running text (or a list) is the next line after ``i`` that is not chrome."""
    for lab in labs[i + 1 :]:
        if lab.label == CHROME:
            continue
        # (or a section's fields: "Hotel: 7,200 roubles for two nights")
        return (
            is_body_text(lab) or lab.label in (ITEM, DIALOGUE) or bool(FIELD_SHAPE.match(lab.text))
        )
    return False


#: the number of an entry of a table of contents: "1 ", "2. ", "3) "
_ENTRY_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+(?=\S)")


def mark_contents(labs: list[Labelled]) -> None:
    """A run of short lines whose entries come back further down, in the same order, each right
    over running text, is the story's table of contents: the run is the page's (chrome, the
    entries that do not come back too: a link to a box of the page's), the lines further down
    are the story's section headings — which a line printed twice would have made labels."""
    # where each short line's text stands (one pass: a page of thousands of menu lines stays
    # linear, where looking each entry up down the page was quadratic)
    places: dict[str, list[int]] = {}
    keys: list[str] = []
    for k, lab in enumerate(labs):
        # (an entry's number goes: "1 Day one: …" in the contents heads "Day one: …" below)
        key = norm(_ENTRY_NUMBER.sub("", lab.text)) if _entry(lab) else ""
        keys.append(key)
        if key:
            places.setdefault(key, []).append(k)
    i = 0
    while i < len(labs):
        if not _entry(labs[i]):
            i += 1
            continue
        j = i
        while j < len(labs) and _entry(labs[j]):
            j += 1
        # (the contents may run straight into the first section's heading: the run ends there)
        end = j
        found: list[tuple[int, int]] = []  # (entry, its heading further down)
        at = i + 1
        for e in range(i, j):
            if e >= end:
                break
            key = keys[e]
            if not key or (
                labs[e].label == SHORT and len(labs[e].text.split()) > CONTENTS_ENTRY_MAX_WORDS
            ):
                continue
            later = next(
                (
                    k
                    for k in places[key][bisect_left(places[key], max(at, e + 1)) :]
                    if _entry(labs[k]) and _running_text_after(labs, k)
                ),
                None,
            )
            if later is not None:
                found.append((e, later))
                at = later + 1
                end = min(end, later)
        run = range(i, end)
        distinct = len({keys[e] for e, _ in found})
        if distinct >= CONTENTS_MIN_HEADINGS and len(found) * 2 < len(run):
            # the run holds more than the contents (its "Contents" label, a menu above, a
            # button under it): the contents are the stretch from its first entry to its last
            run = range(found[0][0], found[-1][0] + 1)
        if distinct >= CONTENTS_MIN_HEADINGS and len(found) * 2 >= len(run):
            for e in run:
                labs[e].relabel(CHROME, "table of contents (its entries head the story below)")
            for _, k in found:
                labs[k].relabel(HEADING, "a section heading the table of contents lists")
        i = max(end, i + 1)


def _text_weight(labs: list[Labelled], lo: int, hi: int) -> int:
    return sum(len(o.text) for o in labs[lo:hi] if is_body_text(o) or o.label == PARAGRAPH)


def drop_after_cut_off(labs: list[Labelled], body_start: int, reason: str) -> None:
    """After a paywall line that says the story is cut off (its reason ``reason``), with the
    story's running text above it, nothing is the story's: the offer and the page's lists."""
    for i in range(body_start + 1, len(labs)):
        if labs[i].reason != reason:
            continue
        if sum(is_body_text(o) or o.label == PARAGRAPH for o in labs[body_start:i]) < 2:
            return  # a label under the headline ("Subscribers only"), not where the text stops
        for rest in labs[i + 1 :]:
            if rest.label in _CONTENT:
                rest.relabel(CHROME, "after the paywall (the story is cut off above)")
        return


def drop_after_share_text(labs: list[Labelled], body_start: int, title_at: int) -> None:
    """The share text that prints the headline again ("Share: <headline>"), standing below
    most of the story's text, is the toolbar under the story: the lines after it are the
    page's (other stories, sign-up boxes, readers' replies)."""
    headline = labs[title_at].text.strip().casefold()
    key = norm(headline)
    if len(key.split()) < SHARE_HEADLINE_MIN_WORDS:
        return  # a short headline may be a phrase of another line
    for i in range(max(body_start, title_at) + 1, len(labs)):
        line = labs[i].text.strip().casefold()
        if key not in norm(line) or norm(line) == key:
            continue
        if ends_sentence(line) and not line.endswith(headline):
            continue  # a sentence of the story that says the headline's words
        if _text_weight(labs, 0, i) <= _text_weight(labs, i + 1, len(labs)):
            return  # a share bar over the story's top, more of the story below it
        for rest in labs[i:]:
            if rest.label in _CONTENT:
                rest.relabel(CHROME, "after the share text under the story")
        return


#: a headline this long is not printed again by chance
SHARE_HEADLINE_MIN_WORDS = 5


def drop_own_copyright(labs: list[Labelled], body_start: int) -> None:
    """A "©" line below the story naming what the page's header names on a line of its own
    ("Department of X" over the menu, "© Department of X" at the bottom) is the site's
    copyright line, not a photo's credit: a photo's credit names a photographer or an agency,
    the page's header names the site."""
    header = {norm(o.text) for o in labs[:body_start] if o.label in (CHROME, SHORT)}
    for lab in labs[body_start:]:
        if lab.label != CREDIT or not lab.text.lstrip().startswith(("©", "(c)", "(C)")):
            continue
        holder = norm(lab.text.lstrip().lstrip("©").removeprefix("(c)").removeprefix("(C)"))
        # (the company's form of the name: "Westhaven Buses Ltd" under "Westhaven Buses")
        holder = re.sub(r"\s(?:ltd|limited|llc|inc|plc|gmbh|ооо|ао)$", "", holder)
        if holder and holder in header:
            lab.relabel(CHROME, "the site's copyright line (its name as in the page's header)")


#: an e-mail address alone on its line (a reporter's, under a signature)
_ADDRESS_ALONE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def find_signature_with_address(labs: list[Labelled]) -> None:
    """A person's name right under the story's last paragraph, with an e-mail address alone on
    the line under it, signs the story: its author (the page's lists read the two as a run of
    short lines).  A name alone is not enough in English — widget labels are title case too —
    but a name over an address is a reporter's signature."""
    # (the story's last sentence: a short one on a phone's narrow lines too)
    last = max(
        (i for i, o in enumerate(labs) if o.label in (TEXT, PARAGRAPH, DIALOGUE)),
        default=None,
    )
    if last is None or last + 2 >= len(labs):
        return
    name, address = labs[last + 1], labs[last + 2]
    if (
        name.label in (CHROME, SHORT)
        and is_name(name.text)
        and _ADDRESS_ALONE.match(address.text.strip())
        and not any(o.label == BYLINE for o in labs)
    ):
        name.relabel(BYLINE, "a name over an e-mail address under the story (its signature)")
        name.authors = [name.text.strip()]
        address.relabel(CHROME, "the author's e-mail address under the signature")


#: an island of the page's text after the story is this many kept lines at most
ISLAND_MAX_LINES = 2
#: and it stands this many lines of chrome at least away from the story above it
ISLAND_MIN_GAP = 3
#: the story above it holds this many times the island's words at least
ISLAND_STORY_RATIO = 5
_KEPT = (PARAGRAPH, HEADING, ITEM, FIGURE)
#: chrome that belongs to the story's own furniture, not the page's: a figure's credit, a
#: table's rows and title (the story goes on under its table), a live entry's time and poster
#: (the next entry follows), a gallery's counter
_STORY_FURNITURE = frozenset([CREDIT_MERGED, TABLE_ROW, SPACED_TABLE_REASON, TABLE_TITLE, STAMP])

#: a note the newsroom adds to the story after it ran — a correction, a clarification, an update,
#: an editor's note — often sits below the share bar, among the page's chrome, but it is the
#: story's own text (the gold convention keeps a story's endnotes, and a fact-checker needs a
#: correction most): an island that opens with such a word is never taken (English and Russian;
#: the word then a colon, a comma, a dash or a date, never a word that merely starts so)
_STORY_NOTE = re.compile(
    r"^\W*(?:correction|clarification|update[ds]?|editor['’]?s['’]?\s+note"
    r"|note\s+from\s+the\s+editor"
    r"|исправлени[ея]|уточнени[ея]|примечание\s+редакции|от\s+редакции|обновлени[ея]|обновлено"
    r"|дополнено)"
    # then what a note's opener takes: a colon, comma or dash, a bracket, a date or time
    # ("Update, 14 March:", «Обновлено 14 марта»), "on"/"at"/«в»: "Update your settings" and
    # "Corrections policy" are links of the page, not a note
    r"(?=\s*[:,.;—–(\[-]|\s+\d|\s+(?:on|at|в)\s)",
    re.IGNORECASE,
)
#: a line that names the story it stands under is about the story ("an earlier version of this
#: article said", «в первой версии этой заметки»): never the page's, whatever surrounds it
_NAMES_THIS_STORY = re.compile(
    r"\bthis\s+(?:article|story)\b"
    r"|\bэт(?:а|ой|у|ою)\s+(?:стать|заметк)|\bэт(?:от|ого|ому|им|ом)\s+материал",
    re.IGNORECASE,
)


def _story_note(text: str) -> bool:
    """The line is the newsroom's note on the story: a correction, an update, an editor's note,
    or a line that names "this article" / «эта статья»."""
    return bool(_STORY_NOTE.match(text) or _NAMES_THIS_STORY.search(text))


def drop_text_islands(labs: list[Labelled]) -> None:
    """After the story, a line or two of text with the page's chrome on both sides — a
    programme's credits between the share bar and the next episodes, a standards note between
    the comments notice and "Read more", a reviewer's note among the venue's fields — is the
    page's, not the story's: the story ran in one piece above the chrome, and a story that
    goes on past a gap of chrome goes on at length, not for a line.  Runs on final labels."""
    kept = [i for i, lab in enumerate(labs) if lab.label in _KEPT]
    if not kept:
        return
    # the page's kept lines in runs, a run ending where the page's chrome stands between two
    # kept lines (a date line, a byline or the story's furniture between them is no gap)
    runs: list[list[int]] = [[kept[0]]]
    for a, b in zip(kept, kept[1:], strict=False):
        gap = sum(
            lab.label == CHROME and lab.reason not in _STORY_FURNITURE for lab in labs[a + 1 : b]
        )
        if gap >= ISLAND_MIN_GAP:
            runs.append([b])
        else:
            runs[-1].append(b)
    words = [sum(word_count(labs[i].text) for i in run) for run in runs]
    # from the page's end: each trailing small run with chrome (or the page's end) under it,
    # while the story above outweighs all the islands taken (many small runs among chrome are
    # a page of short pieces, cards or a menu plan, whose chrome is what to doubt)
    taken = 0
    for r in range(len(runs) - 1, 0, -1):
        run = runs[r]
        taken += words[r]
        if len(run) > ISLAND_MAX_LINES or taken * ISLAND_STORY_RATIO > sum(words[:r]):
            return
        if any(_story_note(labs[i].text) for i in run):
            # the story's own note: it stays, and so does all above it (an island over the
            # note is no further from the story than the note is)
            return
        for i in run:
            labs[i].relabel(CHROME, "a line or two of text among the page's chrome after the story")
