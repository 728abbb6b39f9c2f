"""Second pass over scraped text: runs of short lines — links to other articles, menus, tables and
the story's own lists.
"""

from __future__ import annotations

import re

from .scraped_labels import (
    BYLINE,
    CAPTION,
    CHROME,
    CLOSERS,
    CREDIT,
    DATE,
    DIALOGUE,
    FOOTER_LINE,
    HEADING,
    ITEM,
    NOTICE,
    RELATED,
    SHORT,
    TEXT,
    Labelled,
    is_body_text,
    word_count,
)
from .scraped_meta import (
    find_date,
)
from .scraped_vocab import (
    ui_key,
)

#: the reasons of a line the page prints twice (its second copy; the first of a short one)
REPEATED_LINE, REPEATED_SHORT_LINE = "repeated line", "repeated short line"


#: a section heading is rarely longer than this; another story's headline usually is
SUBHEAD_MAX_WORDS = 5


def drop_link_lists(labs: list[Labelled]) -> None:
    """After "Read more"/«Читайте также» come headlines of other stories, until running text."""
    in_list = False
    items = 0
    for i, lab in enumerate(labs):
        if lab.label == RELATED:
            in_list, items = True, 0
            lab.relabel(CHROME, lab.reason)
        elif in_list:
            headline = lab.label in (SHORT, ITEM, DATE, BYLINE) or (
                lab.label == TEXT and len(lab.text) <= 120 and lab.text.rstrip(CLOSERS)[-1:] in "?!"
            )
            nxt = labs[i + 1] if i + 1 < len(labs) else None
            if (
                lab.label == SHORT
                and items >= 1
                and word_count(lab.text) <= SUBHEAD_MAX_WORDS
                and nxt is not None
                and is_body_text(nxt)
            ):
                # after the other stories' headlines, a subhead-sized line right on running
                # text is the article's next section ("Что изменится для водителей")
                in_list = False
            elif headline:
                items += 1
                lab.relabel(CHROME, _LISTED_HEADLINE)
            elif _teaser_text(labs, i):
                lab.relabel(CHROME, _TEASER)
            elif lab.label in (TEXT, DIALOGUE, CAPTION, CREDIT, FOOTER_LINE, NOTICE):
                in_list = False


_LISTED_HEADLINE = "headline in a list of other articles"
_TEASER = "teaser under a headline in a list of other articles"
_LIST_REASONS = (_LISTED_HEADLINE, _TEASER)

#: a teaser's text under another story's headline runs a sentence or two
TEASER_MAX_WORDS = 40


def _teaser_text(labs: list[Labelled], i: int) -> bool:
    """In a list of other articles, a line of text right under a headline is that story's
    teaser when another headline of the list, or the end of the page's content, comes after it
    (the article's own text resumes with more running text, not with a headline)."""
    lab = labs[i]
    if lab.label != TEXT or word_count(lab.text) > TEASER_MAX_WORDS or i < 2:
        return False
    if labs[i - 1].reason != _LISTED_HEADLINE:
        return False
    # every headline of such a list has its teaser: a text under the second of two headlines
    # in a row is the article's again, after a box of links inside it
    if labs[i - 2].reason == _LISTED_HEADLINE:
        return False
    # and the article does not resume after it: no longer paragraph follows
    if any(o.label == TEXT and word_count(o.text) > TEASER_MAX_WORDS for o in labs[i + 1 :]):
        return False
    j = i + 1
    while j < len(labs) and labs[j].label == CHROME:
        j += 1
    if j == len(labs) or labs[j].label in (FOOTER_LINE, NOTICE):
        # the end of the page's content: a teaser only where the list has shown its pairs
        # already (a headline and its teaser before this one); after "Read more" and one
        # headline, the story's own last paragraph ends the page
        k = i - 2
        while k >= 0 and labs[k].label == CHROME and labs[k].reason not in _LIST_REASONS:
            k -= 1
        return k >= 0 and labs[k].reason == _TEASER
    nxt = labs[j]
    return (
        nxt.label == SHORT
        and not nxt.text[0].islower()
        and word_count(nxt.text) > SUBHEAD_MAX_WORDS
    )


#: a line that opens with a quantity: "2 tbsp butter", "150g flour", "½ cup milk", "2 leeks,
#: sliced", «500 г муки» — a number, then a unit or a word in lower case
_QUANTITY = re.compile(r"^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s*[-–]\s*\d+)?\s*[a-zа-яё]")
#: a unit of measure after the number (a number and a noun alone may open another story's
#: headline, "5 things to know": a list of quantities has units among its lines)
_UNIT = re.compile(
    r"^\S+\s*(?:g|kg|mg|ml|l|cl|dl|oz|lb|lbs|tbsp|tsp|tbs|cups?|pinch(?:es)?|cloves?|"
    r"handfuls?|bunch(?:es)?|tins?|cans?|sprigs?|litres?|liters?|pints?|"
    r"г|гр|кг|мл|л|ст\.?\s*л\.?|ч\.?\s*л\.?|шт\.?|стакана?|стаканов|зубч\w*|щепотк\w*)"
    r"(?=[\s.,]|$)",
    re.I,
)
#: this many quantity lines in a row make a list of quantities
MEASURED_RUN_MIN = 3


def _measured_items(run: list[Labelled]) -> bool:
    """Three lines or more of the run in a row open with a quantity, units among them: a recipe's
    ingredients (its bullets lost in the copy), the story's list, not a list of links.  The
    measured lines become its items (and the lines under them that carry a note after a comma),
    the short line right above them its heading ("Ingredients"), and the run's last line, a
    word or three, the next section's heading ("Method"); the run's other lines are a link
    list's as before."""
    measured = [bool(_QUANTITY.match(lab.text.strip())) for lab in run]
    start = end = 0
    for i in range(len(run)):
        j = i
        while j < len(run) and measured[j]:
            j += 1
        if j - i > end - start:
            start, end = i, j
    if end - start < MEASURED_RUN_MIN or not any(
        _UNIT.match(lab.text.strip()) for lab in run[start:end]
    ):
        return False
    for lab in run[start:end]:
        lab.relabel(ITEM, "an item of a list of quantities (ingredients)")
        lab.caption = lab.text
    if start > 0 and not re.search(r"\d", run[start - 1].text):
        run[start - 1].relabel(HEADING, "heads a list of quantities")
    for lab in run[: start - 1 if start else 0]:
        lab.relabel(CHROME, "run of short lines (link list)")
    last = run[-1]
    heads_next = end < len(run) and word_count(last.text) <= 3 and not re.search(r"\d", last.text)
    for lab in run[end : len(run) - 1 if heads_next else len(run)]:
        if _NOTED_ITEM.search(lab.text):
            # an item without a number, with its note ("A bunch of dill, chopped")
            lab.relabel(ITEM, "an item of a list of quantities (ingredients)")
            lab.caption = lab.text
        else:
            lab.relabel(CHROME, "run of short lines (link list)")
    if heads_next:
        last.relabel(HEADING, "opens the section after a list of quantities")
    return True


#: an item and its note after a comma, in lower case ("Crème fraîche, to serve")
_NOTED_ITEM = re.compile(r"^[^,]{2,40}, [a-zа-яё]")


def drop_menu_runs(labs: list[Labelled], body_start: int) -> None:
    """Several short lines in a row are a menu, breadcrumbs or a tag list, not headings."""
    run: list[Labelled] = []
    after_date = False  # the run starts right under a date line

    def close() -> None:
        in_header = run and run[-1].line.index < body_start
        # before the article: two menu-sized items make a menu; in the body it takes three.
        # Two lines right under the page's date are a short headline and its standfirst
        # («Сыр под санкциями»): menus and rubrics come above the date, not below it.
        if len(run) >= MEASURED_RUN_MIN and _measured_items(run):
            pass  # a list of quantities (a recipe's ingredients): the story's, in any place
        elif in_header and len(run) >= 2 and not (after_date and len(run) == 2):
            for lab in run:
                if word_count(lab.text) <= 3 or len(lab.text) <= 25:
                    lab.relabel(CHROME, "menu or breadcrumb item")
        elif (
            len(run) >= 4
            and _section_list(labs, run)
            and not any(_PROS_CONS.match(ui_key(lab.text)) for lab in run)
        ):
            # a heading, its list and the next section's heading, inside the article
            run[0].relabel(HEADING, "heads a list inside the article")
            for lab in run[1:-1]:
                lab.relabel(ITEM, "an item of a list inside the article")
                lab.caption = lab.text
            run[-1].relabel(HEADING, "opens the section after a list inside the article")
        elif len(run) >= 3 and _phrase_list(labs, run):
            for lab in run:
                lab.relabel(ITEM, "an item of a list of phrases between paragraphs")
                lab.caption = lab.text
        elif len(run) >= 3:
            # a list of the article's sources, under its header ("Sources", «Источники») or
            # not: each names a document and its date, as other articles' headlines do not
            headed = not _dated_source(run[0])
            start = 1 if headed else 0
            end = start
            while end < len(run) and _dated_source(run[end]):
                end += 1
            if end - start < 2:
                start = end = 0
            elif headed:
                run[0].relabel(HEADING, "header of a list of dated sources")
            for lab in run[start:end]:
                lab.relabel(ITEM, "a dated source")
            for lab in run[end if end else 0 :]:
                lab.relabel(CHROME, "run of short lines (link list)")
            _keep_pros_and_cons(run)
            if end == 0 and _heading_under_a_table(labs, run, body_start):
                run[-1].relabel(HEADING, "a heading under a table's rows, over running text")
        run.clear()

    for i, lab in enumerate(labs):
        if lab.label == SHORT:
            if not run:
                after_date = i > 0 and labs[i - 1].label == DATE
            run.append(lab)
        elif lab.label not in (CHROME, RELATED):
            close()
    close()


#: a table's rows hold figures: this many of the run's lines above its last, at least, hold
#: two numbers or more each (a link's date or a price is one)
TABLE_MIN_ROWS = 3
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)?")


def _heading_under_a_table(labs: list[Labelled], run: list[Labelled], body_start: int) -> bool:
    """The last line of a run of short lines inside the story is the next section's heading
    when the lines above it are a table's rows — most hold figures ("12 Alder Street every 20
    min", «1–4 −25 °C») — and it holds none, stands right over running text and is heading-
    sized: a table set into the story runs straight into the next heading.  (A run of
    navigation labels has no figures: it stays the page's.)"""
    first, last = run[0].line.index, run[-1].line.index
    if first <= body_start or last - first + 1 != len(run):
        return False
    head = run[-1].text
    rows = sum(len(_NUMBER.findall(lab.text)) >= 2 for lab in run[:-1])
    before = labs[first - 1]  # the table touches the story above it: nothing of the page's
    after = labs[last + 1] if last + 1 < len(labs) else None
    return (
        rows >= TABLE_MIN_ROWS
        and not any(c.isdigit() for c in head)
        and head[:1].isupper()
        and word_count(head) <= SECTION_LIST_ITEM_MAX_WORDS
        and not head.rstrip().endswith(":")
        and before.label in (TEXT, DIALOGUE, ITEM, CAPTION, CREDIT)
        and after is not None
        and is_body_text(after)
    )


#: a list set into the article is short: a heading, a few items, the next section's heading
SECTION_LIST_MAX_LINES = 8
#: a list's heading is a label ("Ingredients", "Tools"); an item is a phrase
SECTION_LIST_HEADING_MAX_WORDS, SECTION_LIST_ITEM_MAX_WORDS = 5, 9
_LINK_MARKS = re.compile(r"[\[\]/|]")


def _section_list(labs: list[Labelled], run: list[Labelled]) -> bool:
    """Is this run of short lines inside the body a heading, its list and the next section's
    heading (a recipe's "You will need", its items, "Method"; a guide's "Tools", its items,
    "First, the frame") rather than a box of links?  The run stands
    between the article's own lines with nothing of the page's between: the text or photo
    above it touches its first line, running text its last; it is short, its heading a label,
    its items phrases — another story's headline runs longer, a footer's links carry slashes
    and brackets, a promo shouts in capitals."""
    first, last = run[0].line.index, run[-1].line.index
    if last - first + 1 != len(run) or len(run) > SECTION_LIST_MAX_LINES:
        return False
    if word_count(run[0].text) > SECTION_LIST_HEADING_MAX_WORDS or run[0].text.isupper():
        return False
    for lab in run[1:-1]:
        if (
            word_count(lab.text) > SECTION_LIST_ITEM_MAX_WORDS
            or _LINK_MARKS.search(lab.text)
            or lab.text.isupper()
        ):
            return False
    before = labs[first - 1] if first > 0 else None
    after = labs[last + 1] if last + 1 < len(labs) else None
    return (
        before is not None
        and before.label in (TEXT, DIALOGUE, CAPTION, CREDIT)
        and after is not None
        and is_body_text(after)
    )


#: an item of a list of phrases is a phrase of this many words at most
PHRASE_ITEM_MAX_WORDS = 25


def _sentence_case(text: str) -> bool:
    """A phrase written as a sentence, not as a headline: after its first word, two words in
    three or more start in lower case ("May lead to delays without clear rules")."""
    words = [w for w in text.split()[1:] if w[:1].isalpha()]
    return len(words) >= 2 and sum(w[0].islower() for w in words) * 3 >= len(words) * 2


#: a heading the page prints twice — in the story's contents above it, or over each product's
#: list in a buyer's guide — was made a label by drop_repeats: this many such lines, at most,
#: may stand between a list's lines and around it without parting it from the story
REPEATED_HEADINGS_AROUND = 2
#: a list set in the story's middle: running text of this many characters at least, and this
#: share of the text above it, comes below it (a box of other stories closes the story)
MID_STORY_BELOW_MIN_CHARS, MID_STORY_BELOW_MIN_SHARE = 500, 0.25
#: a list of the story's own: on average this share of its items' words (four letters or more)
#: occur in the story's running text; other stories' headlines are about other things
LIST_WORDS_IN_STORY_MIN_SHARE = 0.5
_LONG_WORD = re.compile(r"\w{4,}")


def _repeated_heading(lab: Labelled) -> bool:
    return lab.label == CHROME and lab.reason in (REPEATED_LINE, REPEATED_SHORT_LINE)


def _past_repeated_headings(labs: list[Labelled], at: int, step: int) -> Labelled | None:
    """The line next to line ``at`` in direction ``step``, past the page's repeated headings."""
    k, skipped = at + step, 0
    while 0 <= k < len(labs) and _repeated_heading(labs[k]) and skipped < REPEATED_HEADINGS_AROUND:
        k, skipped = k + step, skipped + 1
    return labs[k] if 0 <= k < len(labs) else None


def _story_s_own_list(labs: list[Labelled], first: int, last: int) -> bool:
    """Lines ``first``–``last`` stand in the story's middle — much of its running text comes
    below them — and their words are the story's: a list of its own (a product's features,
    its specifications, a phrasebook's entries), whatever their case.  A box of other stories'
    headlines set into the story ("More from …") names things the story does not."""
    above = sum(len(o.text) for o in labs[:first] if is_body_text(o))
    below = sum(len(o.text) for o in labs[last + 1 :] if is_body_text(o))
    if below < MID_STORY_BELOW_MIN_CHARS or below < MID_STORY_BELOW_MIN_SHARE * above:
        return False
    story: set[str] = set()
    for o in labs[:first] + labs[last + 1 :]:
        if is_body_text(o):
            story.update(_LONG_WORD.findall(o.text.lower()))
    shares = []
    for o in labs[first : last + 1]:
        words = set(_LONG_WORD.findall(o.text.lower()))
        if words and not _repeated_heading(o):
            shares.append(len(words & story) / len(words))
    return bool(shares) and sum(shares) >= LIST_WORDS_IN_STORY_MIN_SHARE * len(shares)


def _phrase_list(labs: list[Labelled], run: list[Labelled]) -> bool:
    """A run of three short lines or more set into the story — its running text touching the
    first line above and the last below, nothing of the page's between but headings it prints
    twice — whose lines are phrases is the story's list (its bullets lost in the copy): in
    sentence case (other stories' headlines are set in title case or under a header of their
    own, a menu's items are a word or two), or in any case when the run stands in the story's
    middle and speaks of what the story does (:func:`_story_s_own_list`)."""
    first, last = run[0].line.index, run[-1].line.index
    inside = {lab.line.index for lab in run}
    if any(not _repeated_heading(o) for o in labs[first : last + 1] if o.line.index not in inside):
        return False
    before = _past_repeated_headings(labs, first, -1)
    after = _past_repeated_headings(labs, last, 1)
    if before is None or before.label != TEXT or after is None or after.label != TEXT:
        return False
    phrases = all(
        3 <= word_count(lab.text) <= PHRASE_ITEM_MAX_WORDS
        and not _LINK_MARKS.search(lab.text)
        and not lab.text.isupper()
        for lab in run
    )
    return phrases and (
        all(_sentence_case(lab.text) for lab in run) or _story_s_own_list(labs, first, last)
    )


#: the labels of a review's verdict in lists: pros and cons, in the languages of the UI words
_PROS_CONS = re.compile(
    r"^(?:pros|cons|plus(?:es)?|minus(?:es)?|for|against|we like|we don't like|the good|the bad|"
    r"плюсы|минусы|достоинства|недостатки|понравилось|не понравилось|переваги|недоліки|"
    r"vorteile|nachteile|pour|contre|avantages|inconvénients|pros y contras|ventajas|desventajas)$"
)


def _keep_pros_and_cons(run: list[Labelled]) -> None:
    """In a run of short lines inside the body, "Pros" / «Плюсы» and "Cons" / «Минусы» with the
    lines right under each are the review's verdict: headings and their lists (a data panel
    beside them in the same run stays the page's)."""
    for k, lab in enumerate(run):
        if not _PROS_CONS.match(ui_key(lab.text)):
            continue
        items: list[Labelled] = []
        for nxt in run[k + 1 :]:
            previous = items[-1] if items else lab
            if nxt.line.index != previous.line.index + 1 or _PROS_CONS.match(ui_key(nxt.text)):
                break
            items.append(nxt)
        if not items:
            continue
        lab.relabel(HEADING, "pros or cons of a review")
        for item in items:
            item.relabel(ITEM, "an item under pros or cons")
            item.caption = item.text


def _dated_source(lab: Labelled) -> bool:
    """A source an article lists: a description, a comma and a full date ("Harbour board,
    report on ferry fares, March 3, 2024")."""
    date, m = find_date(lab.text)
    return date is not None and m is not None and "," in lab.text[: m.start()]
