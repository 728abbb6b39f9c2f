"""Text scraped or copied from a news page, with its page chrome, becomes a structured article.

The page is read as logical lines (hard-wrapped paragraphs joined again, see
:mod:`.scraped_lines`), and each line gets a label by general rules, in two passes:

1. **What the line is on its own** (:func:`.scraped_labels.label_alone`): known UI vocabulary
   in several languages (:mod:`.scraped_vocab`), counters and timestamps, credit and caption
   patterns, a machine-translation notice, a byline or a date line, a dash of dialogue, a list
   bullet — and otherwise its shape: a *short* line (few words, no final punctuation) or *text*.
2. **What its place makes it** (:mod:`.scraped_context`, then :func:`classify`): repetition (a
   line the page prints twice is a widget or a pull quote), position (before the title only
   navigation; after the footer or the readers' comments only chrome), neighbours (a caption
   stands next to its credit, a heading between paragraphs, a link list after "Read more"), and
   runs (several short lines in a row are a menu).  The title is the headline-like line before
   the body that sits best on it (followed by a byline, a date or a standfirst).

No rule names a site.  :func:`classify` returns every line with its label and the reason for it,
so a surprising result can be traced to the rule that made it.
"""

from __future__ import annotations

import re

from ..article import Metadata
from .assemble import RawBlock
from .notices import Notice, source_language
from .scraped_context import (
    drop_after_article_end,
    drop_button_prompts,
    drop_link_lists,
    drop_masthead,
    drop_menu_runs,
    drop_repeats,
    find_bylines,
    find_described_signatures,
    footer_at,
    inline_credit,
    join_split_credits,
    mark_headline_prints,
    pair_figures,
    site_name,
    wire_credit,
)
from .scraped_ends import (
    drop_after_cut_off,
    drop_after_share_text,
    drop_own_copyright,
    find_signature_with_address,
    mark_contents,
)
from .scraped_labels import (
    BYLINE,
    CAPTION,
    CHROME,
    CLOSERS,
    CREDIT,
    DATE,
    DIALOGUE,
    FIELDS_DATE,
    FIGURE,
    HEADING,
    HEADING_MAX_WORDS,
    ITEM,
    NOTICE,
    PARAGRAPH,
    PAYWALL_CUT_REASON,
    RELATED,
    SHORT,
    STAMP,
    TEXT,
    TITLE,
    Labelled,
    ends_sentence,
    is_body_text,
    label_alone,
    norm,
    word_count,
)
from .scraped_lines import split_lines
from .scraped_meta import is_bare_date, is_date_span, is_name, writer_first
from .scraped_pos import noun_phrase, reports, says
from .scraped_structure import (
    drop_closing_box,
    drop_dated_teasers,
    drop_polls,
    drop_release_boilerplate,
    drop_rosters,
    drop_sites_own_tail,
    drop_widget_labels,
    mark_colon_lists,
    mark_dash_lists,
    mark_field_runs,
    mark_release_end,
    mark_semicolon_lists,
    mark_speaker_turns,
    mark_summary_lists,
)
from .scraped_tables import mark_tables

#: a tabloid headline may run to this many words
LONG_HEADLINE_MAX_WORDS = 40
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


def classify(text: str) -> list[Labelled]:
    """Every logical line of the page with its final label and the reason for it."""
    labs = [label_alone(line) for line in split_lines(text)]
    mark_tables(labs)
    alone = [lab.label for lab in labs]
    _keep_event_details(labs)
    _keep_titled_subheadings(labs)
    drop_rosters(labs)
    mark_speaker_turns(labs)
    mark_dash_lists(labs)
    body_start = _body_start(labs)

    # the footer ends the article: what follows it is the site's, not the story's
    footer = footer_at(labs, body_start)
    for rest in labs[footer:] if footer is not None else ():
        rest.relabel(CHROME, "after the page footer")
    join_split_credits(labs)
    drop_masthead(labs, body_start)
    mark_contents(labs)
    drop_repeats(labs, body_start)
    mark_headline_prints(labs, body_start)
    drop_button_prompts(labs)
    mark_release_end(labs, body_start)
    mark_field_runs(labs, body_start)
    drop_link_lists(labs)
    mark_colon_lists(labs, body_start)
    mark_semicolon_lists(labs, body_start)
    mark_summary_lists(labs)
    _mark_numbered_sections(labs)
    find_bylines(labs, body_start)
    drop_menu_runs(labs, body_start)
    find_described_signatures(labs)
    body_start = _body_start(labs)
    drop_after_article_end(labs, body_start)
    drop_after_cut_off(labs, body_start, PAYWALL_CUT_REASON)
    drop_release_boilerplate(labs, body_start)
    drop_dated_teasers(labs, body_start)
    drop_widget_labels(labs, body_start)
    drop_sites_own_tail(labs, body_start, site_name(labs))
    drop_closing_box(labs, body_start)
    drop_polls(labs, body_start)
    find_signature_with_address(labs)

    _drop_section_crumbs(labs, body_start)
    # the title: the headline-like line before the body that sits best on the article
    # the breadcrumb leads to the page: the site's header stands above it, the headline below
    crumbs = max(
        (i for i, lab in enumerate(labs[:body_start]) if lab.reason == _BREADCRUMB), default=-1
    )
    candidates = [
        i
        for i, lab in enumerate(labs[:body_start])
        if i > crumbs
        and _title_candidate(lab)
        and not _after_time(labs, i)
        and not _credit_follows(labs, i)
        and not _in_field_run(labs, i)
    ]
    title_at = max(candidates, key=lambda i: (_title_score(labs, i), -i), default=None)
    if title_at is not None and _title_score(labs, title_at) == 0:
        # nothing of a headline's company stands by it (a byline, a date line, its text): a
        # headline the page's menu run made chrome over its date line sits better, if any
        title_at = _headline_over_the_story(labs, alone) or title_at
    named = _headline_the_page_names(labs, alone, body_start, title_at)
    if named is not None:
        title_at = named
    life = _name_over_life_dates(labs, alone, body_start)
    if life is not None and (title_at is None or life < title_at):
        title_at = life
    if title_at is None:
        title_at = _headline_over_the_story(labs, alone)
    if title_at is None:
        title_at = _lone_line_over_the_body(labs, body_start)
    if title_at is None:
        title_at = _short_title_over_the_dateline(labs, alone, body_start)
    else:
        # a line over the site's menu is its header: the short line that stands in the
        # headline's place under the menu, by the date line, is the headline
        short = _short_title_over_the_dateline(labs, alone, body_start)
        if short is not None and _menu_between(labs, title_at, short):
            title_at = short
    if title_at is None:
        title_at = _headline_on_a_credit(labs, body_start)
    # the line right after the title is its standfirst, whatever follows it
    standfirst = _next_content(labs, title_at) if title_at is not None else None
    if standfirst is not None and _figures_line(labs[standfirst].text):
        standfirst = None  # a line of figures (scorers and minutes, a score) is data, not prose
    if standfirst is not None and _timed_run(labs, standfirst):
        # "11:42 Pound steadies …" over "10:58 How the indices stand …": a live page's list of
        # its key events, each a time and an entry's headline, no standfirst
        standfirst = None
    if standfirst is not None and _LABELLED.match(labs[standfirst].text):
        # a label and its value ("Guest: Name, job", "Areas: …") is a field of the page's
        # header, as the fields after it are; a standfirst is prose
        standfirst = None
    if (
        standfirst is not None
        and (labs[standfirst].label == SHORT or not is_body_text(labs[standfirst]))
        and _credit_follows(labs, standfirst)
    ):
        # a short line on a photo credit is that photo's caption, punctuated or not (a
        # standfirst sitting on a credit is a sentence as long as running text: it stays)
        standfirst = None
    if (
        standfirst is not None
        and standfirst + 1 < len(labs)
        and labs[standfirst + 1].label == CREDIT
        and wire_credit(labs[standfirst + 1])
    ):
        # a wire agency's photo credit under it: the wire photo's caption, however long
        # ("FILE - … 2024. Fish farmers …" over "(AP Photo/Name, File)"); a standfirst's photo
        # is credited to the page's own photographer
        standfirst = None
    if standfirst is not None and _DOTTED_FIELDS.search(labs[standfirst].text):
        # "Round 7 of 9 · Perth Concert Hall": fields a dot parts are a label line of the
        # page's header, not the standfirst's prose
        standfirst = None
    if standfirst is not None and _caption_under_the_header(labs, title_at, standfirst):
        standfirst = None
    drop_own_copyright(labs, body_start)
    pair_figures(labs, exclude={title_at, standfirst})
    if title_at is not None:
        labs[title_at].relabel(TITLE, "headline-like line that sits best on the article")
        _drop_headline_reprints(labs, title_at, body_start)
        drop_after_share_text(labs, body_start, title_at)
    _mark_dated_sections(labs, body_start)

    after_title = -1 if title_at is None else title_at
    asked = _interview_questions(labs, after_title)
    for i, lab in enumerate(labs):
        if lab.label == TEXT and i > after_title and i not in asked and _question_heading(labs, i):
            lab.relabel(HEADING, "short question between paragraphs")
        elif lab.label == TEXT and i > after_title and _colon_heading(labs, i):
            lab.relabel(HEADING, "short colon title over running text")
        elif lab.label == TEXT and i > after_title and _label_over_list(labs, i):
            lab.relabel(HEADING, "a label of a word or two over a list")
        elif lab.label == TEXT and i > after_title and _exclaimed_entry(labs, i):
            lab.relabel(HEADING, "a live entry's exclamation under its time")
        elif lab.label == TEXT and i < after_title and not is_body_text(lab):
            # a short line above the headline is the page's (a score, a ticker, a promo), as
            # a short unpunctuated one is; running text above it stays (a page's lead may)
            lab.relabel(CHROME, "short line before the title")
        elif lab.label in (TEXT, DIALOGUE):
            lab.relabel(PARAGRAPH, lab.reason)
        elif lab.label == SHORT and _HANDLE.match(lab.text.strip()):
            # "@JaneDoeNews" alone: the writer's account by the byline, never a heading
            lab.relabel(CHROME, "a social media handle")
        elif lab.label == SHORT and _SOURCE_LINE.match(lab.text):
            # "Source: Harbin Evening News", «Источник: пресс-служба суда»: where the page took
            # the story or its figures from, a field of the page, not a heading of the text
            lab.relabel(CHROME, "the source the page credits")
        elif lab.label == SHORT:
            if i < (body_start if title_at is None else title_at):
                # (a page without a title line: the article starts at its body)
                lab.relabel(CHROME, "short line before the title (navigation)")
            elif i < body_start - 1 or (i == body_start - 1 and not _after_stamp(labs, i)):
                # between the title and the body: the standfirst (one, right under the title),
                # or labels and teasers ("Politics", "Live", other stories' headlines)
                if i == standfirst and word_count(lab.text) >= 6:
                    lab.relabel(PARAGRAPH, "standfirst")
                else:
                    lab.relabel(CHROME, "label between title and body")
            elif _between_paragraphs(labs, i) and _FIELD.match(lab.text):
                # a field and its value ("Rating: False", «Вердикт: неправда»), a line of the
                # text; a colon heading has more on either side ("Road works: what changes")
                lab.relabel(PARAGRAPH, "a field and its value between paragraphs")
            elif _between_paragraphs(labs, i) and _full_stop(lab.text):
                # a sentence of a word or two ("Silence.", «Сорок.») opens a paragraph of its
                # own: a heading never ends with a full stop (none of the 345 of the
                # development golds does)
                lab.relabel(PARAGRAPH, "a short sentence between paragraphs")
            elif (
                _between_paragraphs(labs, i)
                and not lab.text[0].islower()
                and not _CONTACT.search(lab.text)
                and not _over_dated_rows(labs, i)
            ):
                # (a line with an e-mail address is a contact line, never a heading)
                lab.relabel(HEADING, "short line between paragraphs")
            else:
                lab.relabel(CHROME, "short line not followed by text")
    return labs


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


#: the reason of a short line a run of them made the page's menu
_MENU_ITEM = "menu or breadcrumb item"

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


def _body_start(labs: list[Labelled]) -> int:
    """The first line of running text, a long headline (no full stop, its byline or date line
    just below) passed over."""
    for i, lab in enumerate(labs):
        if is_body_text(lab) and not (
            not ends_sentence(lab.text)
            and word_count(lab.text) <= LONG_HEADLINE_MAX_WORDS
            and any(o.label in (BYLINE, DATE) for o in labs[i + 1 : i + 6])
        ):
            return i
    return len(labs)


def _after_time(labs: list[Labelled], i: int) -> bool:
    """The line comes right after a bare time ("16:45"): a live-blog entry's, not the page's
    headline (a headline may well come right after the page's date line, or after a counter
    or an age rating, "18+", which the same pass labels)."""
    return i > 0 and labs[i - 1].reason == STAMP and _CLOCK.search(labs[i - 1].text) is not None


#: a time of day on a stamp ("16:45", "4.30pm", "10:15 GMT")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b", re.I)


def _after_stamp(labs: list[Labelled], i: int) -> bool:
    """The line comes right after a timestamp, or after the "Posted by" line under one: it
    opens a live-blog entry."""
    if i > 1 and _POSTED_BY.match(labs[i - 1].text):
        i -= 1
    return i > 0 and (labs[i - 1].reason == STAMP or labs[i - 1].label == DATE)


#: the line under a live-blog entry's time that names who posted it
_POSTED_BY = re.compile(
    r"^(?:posted|written|updated)\s+by\s+\S|^(?:опубликовал[аи]?|автор)\s*:?\s+\S", re.I
)


#: an e-mail address (a web address is not enough: an embedded post ends with its link)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w")

#: a label of a word or two and a colon before a value: "Guest: …", «Гость: …», "Areas: …"
_LABELLED = re.compile(r"^[^\W\d_][\w-]*(?:\s[\w-]+)?:\s+\S")

#: a one-word label, a colon and a value of one or two words: "Rating: False", «Итог: 2:1»
_FIELD = re.compile(r"^[^\W\d_][\w-]*:\s+\S+(?:\s+\S+)?$")

#: a question between paragraphs up to this long is a heading ("What is at stake for the ports?")
QUESTION_HEADING_MAX_WORDS = 8


def _exclaimed_entry(labs: list[Labelled], i: int) -> bool:
    """A short exclamation right under a live entry's time, over the entry's text («Гол! 2:1,
    Name!», "Kick-off!") heads the entry, as the entries' plain lines do: a live text's
    entries share that shape, a time, a headline, the text.  Elsewhere an exclamation between
    paragraphs is the story's (a quote, a cry), and stays a paragraph."""
    text = labs[i].text
    return (
        text.rstrip(CLOSERS + " ")[-1:] == "!"
        and not text[0].islower()
        and word_count(text) <= QUESTION_HEADING_MAX_WORDS
        and _after_time(labs, i)
        and _between_paragraphs(labs, i)
    )


#: a colon title between paragraphs has at least two words and at most this many ("What
#: changes for tenants:", «Что изменится для жильцов:»); a lead-in sentence runs longer
COLON_HEADING_MAX_WORDS = 6

#: the last word of a colon line that hands over to someone's words ("He added:", «Он заявил:»):
#: the next paragraph is the speech it introduces, not a section
_SPEECH_HANDOVER = re.compile(
    r"(?:said|says|added|adds|wrote|writes|told|tells|explained|explains|stated|states|read|"
    r"reads|noted|notes|asked|asks|answered|replied|continued|recalled|warned|insisted|"
    r"сказал[аио]?|говорит|говорят|заявил[аио]?|заявляет|добавил[аио]?|отметил[аио]?|"
    r"пишет|написал[аио]?|пояснил[аио]?|рассказал[аио]?|сообщил[аио]?|ответил[аио]?|"
    r"спросил[аио]?|подчеркнул[аио]?|уточнил[аио]?|признал[аио]?|вспоминает|считает)$",
    re.I,
)
_QUOTE_OPENERS = "\"“„«‘'—–-"


def _colon_title(text: str) -> bool:
    """A phrase of a few words that ends with a colon and holds no other stop: the shape of a
    section's title ("The season so far:", «Как подать заявку:»), not of a lead-in sentence."""
    body = text.rstrip()
    if not body.endswith(":") or text[0].islower() or not text[0].isalpha():
        return False
    head = body[:-1].rstrip()
    words = head.split()
    return (
        2 <= len(words) <= COLON_HEADING_MAX_WORDS
        and not re.search(r"[.!?;:,]", head)
        and not _SPEECH_HANDOVER.search(head)
    )


def _colon_heading(labs: list[Labelled], i: int) -> bool:
    """A short colon title between paragraphs over running text heads the text under it, as a
    short line without a stop does; over a list it stays the list's lead-in (the written golds
    disagree there), and over speech (a quote, a dash) it hands over to the speaker."""
    if not _colon_title(labs[i].text) or not _between_paragraphs(labs, i):
        return False
    after = _neighbour(labs, i, 1, (CHROME, DATE, BYLINE))
    return (
        after is not None
        and after.label in (TEXT, PARAGRAPH)
        # (a title that asks heads the words under it: "What the coaches said:" over a quote;
        # a lead-in clause hands over to them)
        and (
            not after.text.lstrip().startswith(tuple(_QUOTE_OPENERS))
            or _ASKING.match(labs[i].text) is not None
        )
    )


#: a list's label is a noun or two ("Specs:", «Характеристики:», «Как готовить:»); a lead-in
#: that runs on into the list is a clause of three words or more ("The largest grants went
#: to:", «В команду вошли:», «На период работ:») — so the development golds read all 13
LIST_LABEL_MAX_WORDS = 2


#: a label over a list may ask what it lists ("What you need:", «Какие документы понадобятся:»):
#: a question word and up to this many words in all, a section's title as a question heading is
#: (the development golds head 12 of 12 such colon questions of the colleagues' pages)
QUESTION_LIST_LABEL_MAX_WORDS = 4
_ASKING = re.compile(
    r"^(?:what|which|how|who|where|when|why|что|какие|какой|какая|какое|каких|как|где|когда|"
    r"сколько|кто|куда|зачем|почему|чем|чего)\b",
    re.I,
)


def _label_over_list(labs: list[Labelled], i: int) -> bool:
    """A colon line of a word or two right over a list heads it."""
    text = labs[i].text.rstrip()
    if not text.endswith(":") or text[0].islower():
        return False
    after = _neighbour(labs, i, 1, (CHROME,))
    if after is None or after.label != ITEM:
        return False
    limit = QUESTION_LIST_LABEL_MAX_WORDS if _ASKING.match(text) else LIST_LABEL_MAX_WORDS
    if word_count(text) <= limit:
        return True
    # a longer label names what it lists when it is a noun phrase ("My January sowing list:",
    # "Dates for your diary:"); a clause runs on into the list ("The largest grants went to:",
    # «В команду вошли:», «На период работ:»)
    return _colon_title(text) and noun_phrase(text[:-1]) is True


#: an interviewer's question addresses the one who answers: "you", «вы»
_ADDRESSED = re.compile(r"\b(?:you|your|yours|вы|вас|вам|ваш\w*|вами|ты|тебя|тебе|твой\w*)\b", re.I)
#: a questions-and-answers text holds at least this many questions each over its answer
QA_MIN_QUESTIONS = 3


def _interview_questions(labs: list[Labelled], after_title: int) -> set[int]:
    """The questions of an interview: three questions or more, each over its answer, most of
    them asking "you" ("What is your first priority?", «Как вы начинали?»).  They are one
    kind of line, the interviewer's turns, paragraphs as the development golds of interviews
    print them (an explainer's questions, "Who qualifies?", head its sections and ask no one):
    a short one is no heading while a long one of the same interview is a paragraph."""
    questions = [
        i
        for i, lab in enumerate(labs)
        if i > after_title
        and lab.label == TEXT
        and lab.text.rstrip(CLOSERS + " ").endswith("?")
        and word_count(lab.text) <= QA_QUESTION_MAX_WORDS
        and (nxt := _neighbour(labs, i, 1, (CHROME,))) is not None
        and nxt.label in (TEXT, PARAGRAPH, DIALOGUE)
        and not nxt.text.rstrip(CLOSERS + " ").endswith("?")
    ]
    addressed = sum(bool(_ADDRESSED.search(labs[i].text)) for i in questions)
    if len(questions) >= QA_MIN_QUESTIONS and (
        2 * addressed > len(questions) or _question_answer_turns(labs, questions)
    ):
        return set(questions)
    return set()


def _question_answer_turns(labs: list[Labelled], questions: list[int]) -> bool:
    """Every question has one answer of one paragraph, and the next question follows it: the
    turns of an interview ("Why leave now?" / "The programme is finished …" / "Are fares going
    up?" / …), whoever they address.  An explainer's question heads a section of several
    paragraphs, a list or a table (the development golds head every such run)."""
    for this, nxt in zip(questions, questions[1:], strict=False):
        between = [o for o in labs[this + 1 : nxt] if o.label != CHROME]
        if len(between) != 1 or between[0].label not in (TEXT, PARAGRAPH, DIALOGUE):
            return False
    return True


#: an interviewer's question runs to this many words at most (a longer line is the answer's)
QA_QUESTION_MAX_WORDS = 25


def _question_heading(labs: list[Labelled], i: int) -> bool:
    """A question can be a heading ("What happens next?") when it is short and stands between
    paragraphs; a longer one only when it opens a live-blog entry.  Interview questions are
    longer, or start with a dash, and stay paragraphs."""
    text = labs[i].text
    if text.rstrip(CLOSERS + " ")[-1:] != "?" or text[0].islower():
        return False
    limit = 12 if _after_stamp(labs, i) else QUESTION_HEADING_MAX_WORDS
    return word_count(text) <= limit and _between_paragraphs(labs, i)


def _title_score(labs: list[Labelled], i: int) -> int:
    """How much a candidate looks like the article's headline rather than a tagline or menu.

    A headline is followed by its byline, date line or standfirst (+2) — a standfirst being
    running text, or an unpunctuated line right under it; a byline or date within three lines
    either side counts too (+1), and so does a line above it that holds it whole (+1: the
    browser tab's "Headline | Site" or a breadcrumb ending in the headline).  A tagline is followed by more of the site's header instead.
    """
    score = 0
    # (a photo between the headline and its text is passed over: its caption and credit)
    j = i + 1
    menu = 0  # the site's menu items passed over: a label, not the site's menu, may stand there
    while j < len(labs) and (
        labs[j].label in (CHROME, RELATED, NOTICE, CREDIT) or _credit_follows(labs, j)
    ):
        menu += labs[j].reason == _MENU_ITEM
        j += 1
    if menu > 1:
        j = len(labs)  # the site's menu between: a tagline over the site's header, no headline
    nxt = labs[j] if j < len(labs) else None
    adjacent = labs[i + 1] if i + 1 < len(labs) else None
    if (nxt is not None and nxt.label in (BYLINE, DATE, TEXT, DIALOGUE)) or (
        adjacent is not None and adjacent.label == SHORT and not adjacent.text[0].islower()
    ):
        score += 2
    if any(o.label in (BYLINE, DATE) for o in labs[max(0, i - 3) : i + 4]):
        score += 1
    if labs[i].printed_twice:
        score += 1  # the page's tab or breadcrumb text repeats its headline
    return score


def _credit_follows(labs: list[Labelled], i: int) -> bool:
    """A photo credit sits right under line ``i``, or on its own line ("Robot (Photo: AGENCY)"):
    the line is a caption."""
    nxt = labs[i + 1] if i + 1 < len(labs) else None
    if nxt is not None and nxt.label == CREDIT and not nxt.line.blank_before:
        return True
    return labs[i].label in (SHORT, TEXT) and inline_credit(labs[i].text) is not None


def _caption_under_the_header(labs: list[Labelled], title_at: int | None, i: int) -> bool:
    """Line ``i``, the first text after the title, is the lead photo's caption: the story's
    byline or date line stands between it and the title, and a credit is the next thing
    under it, and the line describes (no verb, or one in the present: "Senior forward Name
    scores …" over "Photo by Name", "Name at the lift shafts in 1989.") rather than reports (a
    verb in the past: "The administration warned motorists …" over "Photo: …" is the
    standfirst, with the photo's credit under it, as is a line that gives someone's words).  Without a tagger the line stays the
    standfirst, as before."""
    if title_at is None or not any(o.label in (BYLINE, DATE) for o in labs[title_at + 1 : i]):
        return False
    below = _neighbour(labs, i, 1, (CHROME,))
    if below is None or below.label != CREDIT or reports(labs[i].text) is not False:
        return False
    # a verb of saying with its clause reports, in any tense ("Residents say the road will
    # cut the village in two", «Жители говорят, что …»): the standfirst over the photo's credit
    return says(labs[i].text) is False


def _next_content(labs: list[Labelled], i: int) -> int | None:
    """The next line after ``i`` that is not chrome, a date or a byline."""
    for j in range(i + 1, len(labs)):
        if labs[j].label in (SHORT, TEXT, DIALOGUE, CAPTION, CREDIT, ITEM):
            return j
    return None


def _neighbour(labs: list[Labelled], i: int, step: int, skip: tuple[str, ...]) -> Labelled | None:
    """The nearest line before (``step=-1``) or after (``step=1``) line ``i`` whose label is not
    in ``skip`` (walked by index: no copies of the page for each line)."""
    j = i + step
    while 0 <= j < len(labs):
        if labs[j].label not in skip:
            return labs[j]
        j += step
    return None


def _over_dated_rows(labs: list[Labelled], i: int) -> bool:
    """Two date lines or more right under line ``i`` (a schedule's rows, "North 26 May 4
    June"): the line is the header of a table, not a heading of the text — a heading stands
    over text."""
    rows = [o for o in labs[i + 1 : i + 4] if o.label != CHROME][:2]
    return len(rows) == 2 and all(o.label == DATE for o in rows)


def _between_paragraphs(labs: list[Labelled], i: int) -> bool:
    """A heading has running text (or a list) after it and something of the article before it."""
    after = _neighbour(labs, i, 1, (CHROME, DATE, BYLINE))
    before = _neighbour(labs, i, -1, (CHROME, DATE, BYLINE))
    return (
        after is not None
        and after.label in (TEXT, DIALOGUE, ITEM, PARAGRAPH, FIGURE)
        and before is not None
        and before.label in (TEXT, DIALOGUE, ITEM, PARAGRAPH, FIGURE, HEADING, TITLE)
    )


#: a date line that says it gives the publication date
_PUBLISHED = re.compile(
    r"\b(?:published|posted|first published|опубликовано|опубликован[аы]?|дата публикации|"
    r"опубліковано|veröffentlicht|publié|publicado)\b",
    re.I,
)


def extract_scraped(text: str) -> tuple[str | None, list[RawBlock], Metadata]:
    labs = classify(text)
    title: str | None = None
    blocks: list[RawBlock] = []
    authors: list[str] = []
    published = modified = None
    said_published = False
    # the page's date line stands above its story: a "Published" line under the story's first
    # paragraph is a teaser's ("More from …", a related story and its date), never the page's
    story_at = next((i for i, o in enumerate(labs) if o.label == PARAGRAPH), len(labs))
    notice: Notice | None = None
    last_item = -2  # index of the line of the last list item, to join adjacent items
    for at, lab in enumerate(labs):
        if lab.label == TITLE and title is None:
            title = lab.text
        elif lab.label == HEADING:
            blocks.append(RawBlock("heading", lab.text, level=2))
        elif lab.label == PARAGRAPH:
            blocks.append(RawBlock("paragraph", lab.text))
        elif lab.label == FIGURE:
            blocks.append(RawBlock("figure", caption=lab.caption, credit=lab.credit))
        elif lab.label == ITEM:
            item = lab.caption or lab.text
            if blocks and blocks[-1].kind == "list" and lab.line.index - 1 == last_item:
                blocks[-1].text += "\n" + item
            else:
                blocks.append(RawBlock("list", item))
            last_item = lab.line.index
        elif lab.label == NOTICE and notice is None:
            notice = lab.notice
        elif lab.label in (BYLINE, DATE):
            authors += [a for a in lab.authors if a not in authors]
            if lab.date and lab.updated:
                modified = modified or lab.date
            elif lab.date and _PUBLISHED.search(lab.text) and not said_published and at < story_at:
                # the line that says it is the publication date ("Posted …", «Опубликовано
                # …») outranks a date line above it that dates something else ("Effective …")
                published, said_published = lab.date, True
            elif lab.date:
                published = published or lab.date
    metadata = Metadata(
        site=site_name(labs),
        published=published or modified,
        modified=modified if published else None,
        authors=tuple(authors),
        translated_by=notice.service if notice else None,
        source_language=source_language(notice, [b.text for b in blocks if b.kind == "paragraph"]),
        extractor="scraped-text",
    )
    return title, blocks, metadata
