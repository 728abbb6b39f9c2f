"""Scraped text: finding the title and where the body starts (headline candidates, breadcrumbs,
menus and datelines over the story).
"""

from __future__ import annotations

import re

from .scraped_headings import (
    _CONTACT,
    _LABELLED,
    _MENU_ITEM,
    LONG_HEADLINE_MAX_WORDS,
    _credit_follows,
    _neighbour,
)
from .scraped_labels import (
    BYLINE,
    CAPTION,
    CHROME,
    CLOSERS,
    CREDIT,
    DATE,
    FIELDS_DATE,
    FIGURE,
    HEADING,
    HEADING_MAX_WORDS,
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
from .scraped_meta import (
    is_bare_date,
    is_date_span,
    is_name,
    writer_first,
)

#: a prompt's first word: the page asks its reader to do something, as a headline never does
_PROMPT = re.compile(
    r"^(?:subscribe|download|install|sign (?:up|in)|log in|register|подпишитесь|подписаться|"
    r"скачайте|скачать|установите|зарегистрируйтесь|войдите)\b",
    re.I,
)


def _title_candidate(lab: Labelled) -> bool:
    if lab.text[0].islower():
        return False  # a headline starts with a capital (or a digit, or a quote)
    if _PROMPT.match(lab.text):
        return False  # "Subscribe to our magazine": the page's prompt to its reader
    if lab.label == SHORT:
        return word_count(lab.text) >= 3 or len(lab.text) >= 20
    # a headline may ask a question or exclaim; a tabloid's runs long, without a full stop
    return lab.label == TEXT and (
        (word_count(lab.text) <= 20 and lab.text.rstrip(CLOSERS + " ")[-1:] in "?!")
        or (word_count(lab.text) <= LONG_HEADLINE_MAX_WORDS and not ends_sentence(lab.text))
    )


#: fields parted by a middle dot or a bullet ("Round 7 of 9 · Perth Concert Hall")
_DOTTED_FIELDS = re.compile(r"\S\s+[·•]\s+\S")

#: a social media account alone on its line
_HANDLE = re.compile(r"^@[A-Za-z0-9_.]{2,30}$")

#: a line that names the page's source: the label, a colon, the source
_SOURCE_LINE = re.compile(
    r"^(?:source|sources|источник|источники|джерело|quelle|fonte|fuente)\s*:\s*\S", re.I
)


#: a line opening with a time of day and words: a live page's entry in its list of key events
_TIMED_ENTRY = re.compile(r"^\d{1,2}[:.]\d{2}\s+[^\W\d_]")


def _timed_run(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` and the line under it both open with a time of day ("11:42 Pound steadies
    …", "10:58 How the indices stand …"), whatever the menu rules made of the second."""
    return (
        i + 1 < len(labs)
        and _TIMED_ENTRY.match(labs[i].text) is not None
        and _TIMED_ENTRY.match(labs[i + 1].text) is not None
    )


def _full_stop(text: str) -> bool:
    """The line ends with one full stop (not an ellipsis)."""
    stripped = text.rstrip(CLOSERS + " ")
    return stripped.endswith(".") and not stripped.endswith("..")


def _drop_section_crumbs(labs: list[Labelled], body_start: int) -> None:
    """Above the story, "News · Transport" — a section the page's menu names, a
    separator, its part — is the breadcrumb to the story, not its headline (a headline does
    not open with a menu item and a separator)."""
    menu = {norm(o.text) for o in labs[:body_start] if o.label == CHROME and o.text}
    for lab in labs[:body_start]:
        if lab.label not in (SHORT, TEXT):
            continue
        parts = _CRUMB_SEPARATOR.split(lab.text, maxsplit=1)
        if len(parts) == 2 and norm(parts[0]) in menu and word_count(parts[1]) <= 4:
            lab.relabel(CHROME, "breadcrumb (a section the menu names, then its part)")


#: a breadcrumb's separator between two of its steps (not a slash: "Part 3 / October" may be
#: a headline's)
_CRUMB_SEPARATOR = re.compile(r"\s+[·›>→»|]\s+")


def _drop_headline_reprints(labs: list[Labelled], title_at: int, body_start: int) -> None:
    """Below the story's start, a line that holds the headline whole with words around it
    ("Share: <headline>", «Поделиться: <headline>», a related link's print) is the
    page's share text or a link, not the story: the story does not quote its own headline."""
    key = norm(labs[title_at].text)
    if word_count(labs[title_at].text) < HEADLINE_REPRINT_MIN_WORDS:
        return
    headline = labs[title_at].text.strip().casefold()
    for lab in labs[max(body_start, title_at + 1) :]:
        # (but a sentence of the story may say the headline's words — a lead often does: a line
        # that ends with final punctuation of its own, not the headline's as printed, stays)
        line = lab.text.strip().casefold()
        if (
            lab.label in (SHORT, TEXT)
            and key in norm(line)
            and norm(line) != key
            and (line.endswith(headline) or not ends_sentence(line))
        ):
            lab.relabel(CHROME, SHARE_TEXT)


#: the reason of a line below the story that prints the headline with words around it
SHARE_TEXT = "the headline printed again with words around it (share text)"

#: a headline this long is not said again by chance (a short one may be a phrase of the story)
HEADLINE_REPRINT_MIN_WORDS = 5


def _mark_dated_sections(labs: list[Labelled], body_start: int) -> None:
    """A date alone on a line inside the story ("Saturday, 6 December", «Воскресенье, 8
    марта») — the page's own date line already above the story, running text above it and
    more of the story under it — is a section of the story (a schedule's day, a timeline's
    date), not the page's date: a heading.  A time of day, "Published" or a place on it makes it
    a stamp of the page's (a live entry's, an update's)."""
    if not any(lab.label == DATE for lab in labs[:body_start]):
        return
    for i, lab in enumerate(labs):
        if i <= body_start or lab.label != DATE or lab.reason != "date line":
            continue
        if not is_bare_date(lab.text):
            continue  # a time, "Published", a place: a stamp of the page's, not a section
        # (a short line above it is passed over: the section's label, or an advert's slogan)
        before = _neighbour(labs, i, -1, (CHROME, SHORT))
        after = _neighbour(labs, i, 1, (CHROME,))
        if (
            before is not None
            and (is_body_text(before) or before.label in (PARAGRAPH, ITEM, FIGURE))
            and after is not None
            and after.label in (SHORT, TEXT, HEADING, PARAGRAPH)
        ):
            lab.relabel(HEADING, "a date heading a section of the story")
            lab.date, lab.authors = None, []


#: a numbered line: "1. What happened", «2) Почему …»
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")


def _mark_numbered_sections(labs: list[Labelled]) -> None:
    """Numbered lines that each stand alone over running text ("1. What happened", then
    paragraphs, "2. Why …", then paragraphs) are the article's numbered section headings, not
    items of one list: a list's items stand together.  It takes two of them, numbered upwards,
    each heading-sized and not a sentence, or one alone between paragraphs; they keep their
    numbers as printed.  Under one, the section may open with a lead-in or, under a heading
    that ends with a colon, with a list of another style ("1. New routes:" over "№ 44: …")."""
    found: list[tuple[int, Labelled]] = []
    alone = False
    for i, lab in enumerate(labs):
        m = _NUMBERED.match(lab.text)
        if lab.label != ITEM or m is None:
            continue
        before = _neighbour(labs, i, -1, (CHROME, DATE, BYLINE, CREDIT))
        after = _neighbour(labs, i, 1, (CHROME, DATE, BYLINE))
        if (
            before is not None
            and not (before.label == ITEM and _NUMBERED.match(before.text))
            and after is not None
            and (
                (after.label == TEXT and word_count(after.text) >= NUMBERED_LEAD_MIN_WORDS)
                or is_body_text(after)
                or (lab.text.endswith(":") and after.label == ITEM)
            )
            and word_count(lab.text) <= HEADING_MAX_WORDS
            and not lab.text.rstrip(CLOSERS + " ").endswith(".")
        ):
            found.append((int(m.group(1)), lab))
            alone = before.label == TEXT and is_body_text(after)
    numbers = [n for n, _ in found]
    if (len(found) >= 2 and numbers == sorted(set(numbers))) or (len(found) == 1 and alone):
        for _, lab in found:
            lab.relabel(HEADING, "a numbered section heading over running text")
        if len(found) >= 2:
            _fill_numbered_gaps(labs, found)


def _fill_numbered_gaps(labs: list[Labelled], found: list[tuple[int, Labelled]]) -> None:
    """A numbered line that completes the story's sequence of numbered section headings — its
    number missing from it, the line standing between the headings numbered around it ("1. …",
    here "2. …", "3. …") or right after the last — is a section heading too, whatever opens its
    section (a short lead-in over a table, «приводит такой график:», is no running text): the
    sequence says what it is, as it does for its neighbours.  It stands alone (no numbered item
    right before or after it: a list's items stand together), heading-sized, not a sentence."""
    at = {id(lab): i for i, lab in enumerate(labs)}
    place = {n: at[id(lab)] for n, lab in found}
    for i, lab in enumerate(labs):
        m = _NUMBERED.match(lab.text)
        if lab.label != ITEM or m is None:
            continue
        n = int(m.group(1))
        if n in place or n - 1 not in place or place[n - 1] > i:
            continue
        if n + 1 in place and place[n + 1] < i:
            continue
        if n + 1 not in place and n <= max(place):
            continue
        before = _neighbour(labs, i, -1, (CHROME, DATE, BYLINE, CREDIT))
        after = _neighbour(labs, i, 1, (CHROME, DATE, BYLINE))
        if (
            before is not None
            and after is not None
            and not (before.label == ITEM and _NUMBERED.match(before.text))
            and not (after.label == ITEM and _NUMBERED.match(after.text))
            and word_count(lab.text) <= HEADING_MAX_WORDS
            and not lab.text.rstrip(CLOSERS + " ").endswith(".")
        ):
            lab.relabel(HEADING, "a numbered section heading completing the sequence")
            place[n] = i


#: the running text under a numbered section heading: a sentence of this many words at least
#: (a lead-in over the section's list is shorter than a paragraph)
NUMBERED_LEAD_MIN_WORDS = 8


#: reasons that made a headline-shaped line chrome by its place alone (a run, a repeat, a list
#: of other stories): the page's own headline may have been read that way
_PLACE_REASONS = (
    "repeated line",
    "repeated short line",
    "run of short lines (link list)",
    "headline in a list of other articles",
    "menu or breadcrumb item",
)
#: the headline stands this close above the story's main text
HEADLINE_REACH = 12


def _main_start(labs: list[Labelled]) -> int | None:
    """The first line of the page's longest stretch of running text (chrome lines inside it
    passed over): the story itself, where promos and teasers above it are short."""
    best, best_len = None, 0
    start, length, gap = None, 0, 0
    for i, lab in enumerate(labs):
        if lab.label == PARAGRAPH or is_body_text(lab):
            if start is None:
                start, length = i, 0
            length += len(lab.text)
            gap = 0
            if length > best_len:
                best, best_len = start, length
        elif lab.label in (CHROME, FIGURE, CREDIT, CAPTION, HEADING, ITEM, SHORT, TEXT) and gap < 4:
            gap += 1
        else:
            start, gap = None, 0
    return best


def _headline_over_the_story(labs: list[Labelled], alone: list[str]) -> int | None:
    """A page with no headline-like line before its first running text: the headline is a
    line shaped like one (on its own) just above the story's main text, which its place had
    made chrome (a run of short lines, a repeat), with the date line or a byline near it."""
    main = _main_start(labs)
    if main is None:
        return None
    for i in range(main - 1, max(-1, main - HEADLINE_REACH), -1):
        lab = labs[i]
        if alone[i] not in (SHORT, TEXT) or lab.reason not in _PLACE_REASONS:
            continue
        shaped = Labelled(lab.line, alone[i], lab.reason)
        if not _title_candidate(shaped):
            continue
        near = labs[max(0, i - 3) : i + 5]
        if any(o.label in (BYLINE, DATE) for o in near):
            return i
    return None


def _lone_line_over_the_body(labs: list[Labelled], body_start: int) -> int | None:
    """Text pasted without the page around it ("Bridge closure", then the story): a short line
    of two words or more with nothing of the site's above it (a date line or a byline at most),
    and only those or chrome between it and the body, is the headline the reader copied with
    the story; dropping it as navigation lost it.  Navigation has evidence of its own (a run of
    short lines, a word of the site's vocabulary, a repeat: chrome already); a single word
    over the body stays a section label."""
    content = [
        i for i, lab in enumerate(labs[:body_start]) if lab.label not in (CHROME, DATE, BYLINE)
    ]
    if len(content) != 1:
        return None  # nothing above the body, or two short lines: a run of the page's
    i = content[0]
    text = labs[i].text
    if (
        labs[i].label != SHORT
        or any(o.label == CHROME for o in labs[:i])  # the site's lines above: its header
        or text[0].islower()
        or word_count(text) < 2
        or text.rstrip().endswith(":")
        or _LABELLED.match(text)
        or _CONTACT.search(text)
    ):
        return None
    return i


def _in_field_run(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` is one of two fields or more in a row ("Serves: 8", «Время выпечки:
    40 минут»): a recipe's, an event's or a notice's details, no headline."""
    if not _FIELD_LINE.match(labs[i].text):
        return False
    return any(
        0 <= j < len(labs) and _FIELD_LINE.match(labs[j].text) is not None for j in (i - 1, i + 1)
    )


#: a field: a label of up to three words, a colon, a short value ("Порций: 8", "Cook time: 1 hr")
_FIELD_LINE = re.compile(r"^[^\W\d_][\w-]*(?:\s[\w-]+){0,2}:\s+\S[^.!?]{0,40}$")


def _menu_between(labs: list[Labelled], above: int, below: int) -> bool:
    """A run of the site's menu (three items or more in a row) stands between lines ``above``
    and ``below``, and no menu item above line ``above``: that line is the site's header (its
    name, its tagline, over its menu), not the story's headline.  (Teams' and scorers' lines over a match report are no menu run: scores stand
    between them.)"""
    if any(o.reason == _MENU_ITEM for o in labs[:above]):
        return False  # the site's header stands above its menu, the first one on the page
    run = 0
    for o in labs[above + 1 : below]:
        run = run + 1 if o.reason == _MENU_ITEM else 0
        if run >= MENU_RUN_MIN_ITEMS:
            return True
    return False


#: this many of the site's menu items in a row are its menu
MENU_RUN_MIN_ITEMS = 3


def _short_title_over_the_dateline(
    labs: list[Labelled], alone: list[str], body_start: int
) -> int | None:
    """A page whose headline is a word or two ("Flooding", «Ремонт») found no headline-sized
    line: its headline is the short line in the headline's place — right above the date line
    or the byline that stand over the story, or right between the date line and the story —
    where only a run of menu items had made it chrome.  A rubric the menu also prints is a
    repeat, UI words and breadcrumbs are the page's, and they stay so."""
    j = body_start - 1
    header = False  # a date line or a byline between it and the story
    while j >= 0 and (
        labs[j].label in (DATE, BYLINE) or labs[j].reason == STAMP or _in_field_run(labs, j)
    ):
        # (a recipe's or an event's fields under its headline, "Serves: 8", are passed over)
        header = header or labs[j].label in (DATE, BYLINE)
        j -= 1
    author = None
    if j >= 2 and labs[j].label == SHORT and is_name(labs[j].text) and labs[j - 2].label == DATE:
        # date line, headline, author's name, story: a one-word headline had not let the name
        # be read as a byline (a byline stands under a headline-sized line)
        author, j = j, j - 1
    if j < 0 or alone[j] != SHORT:
        return None
    lab = labs[j]
    if not (lab.label == SHORT or lab.reason == "menu or breadcrumb item"):
        return None
    dated_above = j > 0 and labs[j - 1].label == DATE
    if (
        not (header or dated_above)
        or not lab.text[0].isupper()
        or word_count(lab.text) > SHORT_TITLE_MAX_WORDS
        or lab.text.rstrip().endswith(":")
        or _LABELLED.match(lab.text)
    ):
        return None
    if author is not None:
        labs[author].relabel(BYLINE, "a name under a short headline, under the date line")
        labs[author].authors = [labs[author].text]
    return j


#: the reason the line-alone pass gives a breadcrumb ("Home › News › Region")
_BREADCRUMB = "breadcrumb (the home page, then sections)"

#: the share text that names what it shares: "Share this column: <headline>", «Поделиться: …»
_SHARE_NAMES = re.compile(
    r"^(?:share|share this(?: \w+)?|поделиться|поделитесь(?: \w+){0,2})\s*:\s*(?P<headline>\S.*)$",
    re.I,
)


def _headline_the_page_names(
    labs: list[Labelled], alone: list[str], body_start: int, best: int | None
) -> int | None:
    """The page's own word on which line is its headline, where the line's shape is no
    evidence (a one-word headline, a deck under it that sits better on the text):

    - the share text under the story names what it shares ("Share this column: <headline>"):
      the line above the story that says the same is the headline, however short;
    - the page prints the headline twice above the story (a breadcrumb's last item or the
      tab's text, then the headline over its byline or date line): a line shaped like a
      headline, printed twice before the story, its last print with the byline or the date
      line within three lines under it and above the line that sat best (``best``): under
      the headline, a line printed twice is the page's (a community's name over the date).
    """
    above: dict[str, int] = {}
    count: dict[str, int] = {}
    for i, lab in enumerate(labs[:body_start]):
        if alone[i] in (SHORT, TEXT) and lab.text[:1].isupper():
            key = norm(lab.text)
            above[key] = i
            count[key] = count.get(key, 0) + 1
    for lab in labs[body_start:]:
        m = _SHARE_NAMES.match(lab.text.strip())
        if m and norm(m.group("headline")) in above:
            return above[norm(m.group("headline"))]
    printed_twice = [
        i
        for key, i in above.items()
        if count[key] >= 2
        and _title_candidate(Labelled(labs[i].line, alone[i], labs[i].reason))
        and not ends_sentence(labs[i].text)
        and any(o.label in (BYLINE, DATE) for o in labs[i + 1 : i + 4])
        and (best is None or i < best)
    ]
    return max(printed_twice, default=None)


def _figures_line(text: str) -> bool:
    """A third of the line's words or more are numbers: a data line ("Smith 14, Jones 52,
    Brown 61:47"), not a standfirst's prose."""
    tokens = text.split()
    return bool(tokens) and 3 * sum(any(c.isdigit() for c in t) for t in tokens) >= len(tokens)


#: a span of years alone on its line: "1931 – 2026", "(1938–2026)"
_YEAR_SPAN = re.compile(r"^\(?\d{4}\s*[–—-]\s*\d{4}\)?$")


def _name_over_life_dates(labs: list[Labelled], alone: list[str], body_start: int) -> int | None:
    """An obituary's headline is the person's name, over their life dates ("1931 – 2026",
    "September 2, 1938 – March 8, 2026"): a name right above a span of years or dates, before
    the story, is the headline — where a run of the page's menu had made it a menu item."""
    for i in range(body_start - 1):
        nxt = labs[i + 1].text.strip()
        if (
            alone[i] == SHORT
            and is_name(labs[i].text)
            and (_YEAR_SPAN.match(nxt) or is_date_span(nxt))
        ):
            return i
    return None


def _headline_on_a_credit(labs: list[Labelled], body_start: int) -> int | None:
    """A page whose only headline-sized line above the story sits on a photo credit
    (date line, headline, "Photo: Name", story): the headline, over a photo printed without
    a caption — a caption does not open the page's content under its date line."""
    for i, lab in enumerate(labs[:body_start]):
        if lab.label in (CHROME, DATE, BYLINE) or lab.reason == STAMP:
            continue
        # the page's first line of content
        shaped = _title_candidate(lab) and word_count(lab.text) >= 4
        if shaped and not ends_sentence(lab.text) and _credit_follows(labs, i):
            return i
        return None
    return None


#: a headline too short for a title candidate has at most this many words
SHORT_TITLE_MAX_WORDS = 2


def _keep_event_details(labs: list[Labelled]) -> None:
    """A line of short fields with a date in one ("Tickets £10 · Saturday 20 December 2025 ·
    Town Hall") is the page's date line above the story; below the story's running text it is
    the details of what the story announces, the story's own text."""
    seen_text = False
    for lab in labs:
        if is_body_text(lab):
            # (running text: a photo's one-line caption under the headline is not the story)
            seen_text = True
        elif seen_text and lab.label == DATE and lab.reason == FIELDS_DATE:
            lab.relabel(TEXT, "a line of fields with a date below the story's text")
            lab.date = None


def _keep_titled_subheadings(labs: list[Labelled]) -> None:
    """A line that is a byline only by a job title before a name ("Reporter Jane Doe") is no
    byline between two paragraphs of the story's running text: a byline stands above the
    story or after it, and a title-case subheading ("Local Writer Wins National Prize") reads
    the same way."""
    for i, lab in enumerate(labs):
        if lab.label != BYLINE or not writer_first(lab.text):
            continue
        before = next((o for o in reversed(labs[:i]) if o.label != CHROME), None)
        after = next((o for o in labs[i + 1 :] if o.label != CHROME), None)
        if before is not None and after is not None and before.label == after.label == TEXT:
            lab.relabel(SHORT, "a writer's title and a name between the story's paragraphs")
            lab.authors, lab.date = [], None
