"""Second pass over scraped text: what a line's place on the page makes it.

Each function here looks at the labelled lines together and changes some labels: the footer and
the readers' comments end the article, the site's masthead and repeated lines are chrome, the
headlines after "Read more" are links, several short lines in a row are a menu, a credit takes
the caption next to it, and a bare name next to a job title or a date is a byline.
"""

from __future__ import annotations

import re
from collections import Counter

from .figures import CREDIT_PATTERN, split_credit
from .scraped_labels import (
    BYLINE,
    CAPTION,
    CAPTION_MAX_CHARS,
    CHROME,
    CLOSERS,
    CREDIT,
    DATE,
    DIALOGUE,
    FIGURE,
    FOOTER_LINE,
    HEADING,
    ITEM,
    NOTICE,
    RELATED,
    SHORT,
    TEXT,
    WIRE_PHOTO_CREDIT,
    Labelled,
    ends_sentence,
    is_body_text,
    norm,
    word_count,
)
from .scraped_meta import copyright_holder, find_date, is_name, is_role, names_only
from .scraped_tables import TABLE_REASONS
from .scraped_vocab import AGENCY_CREDIT, FOOTER, ui_key


def footer_at(labs: list[Labelled], body_start: int) -> int | None:
    """The copyright line that ends the article: the first one after the body starts that has
    most running text above it (a player or a gallery may carry its own © line mid-page)."""
    lengths = [len(lab.text) if is_body_text(lab) else 0 for lab in labs]
    total, above = sum(lengths), 0
    for i, lab in enumerate(labs):
        if lab.label == FOOTER_LINE and i > body_start and above > total - above:
            return i
        above += lengths[i]
    return None


_CREDIT_LABEL = re.compile(
    r"^(?:photo|photos|image|picture|credit|фото|снимок|изображение|світлина|bild|foto)\s*:$", re.I
)


def join_split_credits(labs: list[Labelled]) -> None:
    """A credit's label and its value on two lines ("Фото:" / "личный архив") are one credit."""
    for lab, nxt in zip(labs, labs[1:], strict=False):
        if _CREDIT_LABEL.match(lab.text) and nxt.label in (SHORT, TEXT) and len(nxt.text) <= 80:
            lab.relabel(CHROME, "label of the credit on the next line")
            nxt.relabel(CREDIT, "value of a credit whose label is on the line above")
            nxt.credit = f"{lab.text} {nxt.text}"


def site_name(labs: list[Labelled]) -> str | None:
    """The site's name, as its copyright footer gives it."""
    for lab in labs:
        if lab.label == FOOTER_LINE or (lab.label == CHROME and FOOTER.search(lab.text)):
            holder = copyright_holder(lab.text)
            if holder:
                return holder
    return None


def drop_masthead(labs: list[Labelled], body_start: int) -> None:
    """A line before the article that starts with the site's name is its masthead."""
    site = site_name(labs)
    if not site:
        return
    key = norm(site)
    headline_above = False
    for i, lab in enumerate(labs[:body_start]):
        if (
            lab.label in (SHORT, TEXT)
            and norm(lab.text).startswith(key)
            and not (headline_above and is_name(lab.text) and _dated(labs, i))
        ):
            # (a person's name under a headline, beside a date, is the byline of a one-person
            # site whose copyright line names its author: "© 2026 Jane Doe")
            lab.relabel(CHROME, "masthead (the site's name, as in its footer)")
        headline_above = headline_above or (lab.label in (SHORT, TEXT) and _headline_sized(lab))
    # the site's name alone on a line further down is the outlet beside a byline, not a heading
    for lab in labs[body_start:]:
        if lab.label == SHORT and norm(lab.text) == key:
            lab.relabel(CHROME, "the site's name alone (the outlet beside a byline)")


def _dated(labs: list[Labelled], i: int) -> bool:
    return any(o.label == DATE for o in labs[max(0, i - 1) : i + 2])


#: a pull quote is a sentence; a shorter line that repeats the body's words is a heading
PULL_QUOTE_MIN_WORDS = 6


#: the reasons of a line the page prints twice (its second copy; the first of a short one)
REPEATED_LINE, REPEATED_SHORT_LINE = "repeated line", "repeated short line"


def drop_repeats(labs: list[Labelled], body_start: int) -> None:
    """A line the page prints twice is a widget label, a menu item or a pull quote."""
    keys = [norm(lab.text) for lab in labs]
    counts = Counter(k for k, lab in zip(keys, labs, strict=True) if lab.label in (SHORT, TEXT))
    last_at = {k: i for i, k in enumerate(keys)}
    seen: set[str] = set()
    for i, (key, lab) in enumerate(zip(keys, labs, strict=True)):
        if lab.label not in (SHORT, TEXT) or counts[key] < 2:
            continue
        if _on_a_credit(labs, i):
            continue  # a caption may repeat ("Protest" under two photos): its credit says so
        if key in seen:
            lab.relabel(CHROME, REPEATED_LINE)
            continue
        seen.add(key)
        if lab.label == SHORT and last_at[key] >= body_start:
            # a short line printed again in the body is a label ("Advertisement", a section)
            lab.relabel(CHROME, REPEATED_SHORT_LINE)
    # a pull quote repeats words of a paragraph: every run of five words in it is found in
    # running text elsewhere (an index of word runs keeps this linear on long pages)
    runs: Counter[tuple[str, ...]] = Counter()
    for key, lab in zip(keys, labs, strict=True):
        if lab.label in (TEXT, DIALOGUE):
            runs.update(set(_word_runs(key)))
    for i, (key, lab) in enumerate(zip(keys, labs, strict=True)):
        if lab.label not in (SHORT, TEXT) or not 30 <= len(key) <= 300:
            continue
        if _on_a_credit(labs, i):
            continue  # a caption may repeat the body's words: its credit says what it is
        if lab.label == SHORT and word_count(lab.text) < PULL_QUOTE_MIN_WORDS:
            continue  # a few words the body says again are a heading's («За сто тысяч не отдам»)
        own = _word_runs(key)
        need = 2 if lab.label == TEXT else 1  # running text counts itself once
        if (
            own
            and all(runs[run] >= need for run in own)
            and not _reprinted_headline(labs, i, body_start)
            and not _in_headline_place(labs, i, body_start)
        ):
            lab.relabel(CHROME, "pull quote (repeats the body)")
            nxt = labs[i + 1] if i + 1 < len(labs) else None
            if nxt is not None and _ATTRIBUTION.match(nxt.text) and not ends_sentence(nxt.text):
                # "— Name, job title" under it: who the pull quote quotes, the quote's own line
                nxt.relabel(CHROME, "attribution of a pull quote")


#: a headline stands this many lines at most above its byline or date line
HEADLINE_TO_DATELINE_LINES = 3


def _in_headline_place(labs: list[Labelled], i: int, body_start: int) -> bool:
    """Line ``i`` stands above the story, over its byline or date line, and is no sentence:
    the headline, whose words the story's lead or a quote often says again ("Harbour school
    will stay open" / "… said the harbour school will stay open …") — not a pull quote, which
    is a sentence set into the story."""
    return (
        i < body_start
        and not ends_sentence(labs[i].text)
        and any(o.label in (BYLINE, DATE) for o in labs[i + 1 : i + 1 + HEADLINE_TO_DATELINE_LINES])
    )


def _reprinted_headline(labs: list[Labelled], i: int, body_start: int) -> bool:
    """Line ``i`` stands above the story and a line further down ends with it after words of
    its own ("Share: <headline>", «Поделиться: <headline>»): the page printing its
    headline again in its share text, not a pull quote — a pull quote repeats the story's
    sentences, and the share text ends with the headline it shares."""
    if i >= body_start:
        return False
    key = norm(labs[i].text)
    return any(
        o.label in (SHORT, TEXT) and len(k := norm(o.text)) > len(key) and k.endswith(" " + key)
        for o in labs[i + 1 :]
    )


#: a pull quote's attribution: a dash and a name, perhaps a job title ("— Ann Lee, mayor")
_ATTRIBUTION = re.compile(
    r"^[—–-]\s*[A-ZА-ЯЁ][^\s,]*(?:\s+[A-ZА-ЯЁ][^\s,]*){0,3}(?:,\s*\S.{0,80})?$"
)


def mark_headline_prints(labs: list[Labelled], body_start: int) -> None:
    """A headline-sized line before the body that a line above it holds whole, at its start or
    its end, with the site's name or a breadcrumb beside it ("Storm closes the coast road | The
    Gazette", "Home › News › Storm closes the coast road"): the tab's or the breadcrumb's print of
    the headline."""
    # the word-prefixes and word-suffixes of the lines read so far (up to HEADLINE_MAX_WORDS
    # words each): one look-up per line, where comparing each line with every line above it was
    # quadratic (16,000 menu-like lines before any body took 6 s, a 20 MB paste hours)
    held: set[str] = set()
    for lab in labs[:body_start]:
        key = norm(lab.text)
        if (
            lab.label in (SHORT, TEXT)
            and _headline_sized(lab)
            and not lab.printed_twice
            and key in held
        ):
            lab.printed_twice = True
        words = key.split(" ")
        for k in range(1, min(len(words), HEADLINE_MAX_WORDS + 1)):
            held.add(" ".join(words[:k]))
            held.add(" ".join(words[-k:]))


#: no headline is longer: a line above printing a longer one whole is not looked for
HEADLINE_MAX_WORDS = 40


def _headline_sized(lab: Labelled) -> bool:
    """Long enough to be a headline (a menu item or a section label is shorter)."""
    return word_count(lab.text) >= 4 and not lab.text[0].islower()


#: buttons that ask the reader to do something, and the stems of the prompt that asks for it
_ACTION_BUTTONS = re.compile(
    r"^(?:subscribe|subscribe now|subscribe for free|sign up|join|join now|donate|donate now|"
    r"support us|become a member|register|подписаться|подпишитесь|оформить подписку|"
    r"поддержать|поддержать проект|зарегистрироваться|abonnieren|jetzt abonnieren|"
    r"s'abonner|abonnez-vous|suscríbete|suscribirse|donar)$",
    re.I,
)
_ACTION_PROMPT = re.compile(
    r"subscri|sign up|sign-up|member|donat|support|regist|join|подпис|подпиш|поддерж|регистр|донат|"
    r"abonn|suscri|unterstütz|soutien",
    re.I,
)


def drop_button_prompts(labs: list[Labelled]) -> None:
    """A line right above a button ("Subscribe", «Подписаться») that asks for what the button
    does ("… consider becoming a free or paid subscriber.") is the button's prompt, not text."""
    for i, (lab, nxt) in enumerate(zip(labs, labs[1:], strict=False)):
        if lab.label not in (TEXT, SHORT) or not _ACTION_BUTTONS.match(ui_key(nxt.text)):
            continue
        if _ACTION_PROMPT.search(lab.text):
            lab.relabel(CHROME, "prompt above its button (subscribe, donate)")
        elif (
            i >= 2
            and labs[i - 1].label == SHORT
            and word_count(labs[i - 1].text) <= PROMO_LABEL_MAX_WORDS
            and labs[i - 2].label == CHROME
            and word_count(lab.text) <= PROMO_TEXT_MAX_WORDS
            and not is_body_text(lab)
            and not any(is_body_text(o) for o in labs[i + 2 : i + 2 + PROMO_STORY_RESUMES_LINES])
        ):
            # a box of its own among the page's lines: a label, a line and the button
            # ("Get the Monday Briefing" / what it brings / "Sign up"), with the page's chrome
            # above it — the story's text does not sit between chrome and a button.  A line as
            # long as a paragraph, or the story running on under the button, makes the two the
            # story's (a section's heading and its first paragraph after an advert's label),
            # whatever button the page sets under them
            for box in (labs[i - 1], lab):
                box.relabel(CHROME, "a promo box: its label and line above its button")


#: a promo box's label and its one line are this short at most
PROMO_LABEL_MAX_WORDS, PROMO_TEXT_MAX_WORDS = 6, 30
#: running text within this many lines under the button is the story going on
PROMO_STORY_RESUMES_LINES = 3


def _on_a_credit(labs: list[Labelled], i: int) -> bool:
    """A short line right above a photo credit (no empty line between), or with a credit on its
    own line ("Protest (Photo: AGENCY)"), is that photo's caption."""
    if len(labs[i].text) > CAPTION_MAX_CHARS:
        return False
    nxt = labs[i + 1] if i + 1 < len(labs) else None
    if nxt is not None and nxt.label == CREDIT and not nxt.line.blank_before:
        return True
    return inline_credit(labs[i].text) is not None


def _word_runs(key: str, n: int = 5) -> list[tuple[str, ...]]:
    words = key.split()
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


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


def pair_figures(labs: list[Labelled], exclude: set[int | None]) -> None:
    """A credit takes the caption next to it; captions and credits become figures.

    Lines at the indexes in ``exclude`` (the title and its standfirst) are never captions.
    """
    for lab, below in zip(labs, labs[1:], strict=False):
        if lab.label == CREDIT and _FIRST_OF_GALLERY.match(ui_key(below.text)):
            # "Photos: Fire near the ridge" / "1 of 4": the title of a gallery, not a credit
            lab.relabel(CHROME, "title of a photo gallery")
    content = [lab for lab in labs if lab.label not in (CHROME, NOTICE, FOOTER_LINE, RELATED)]
    position = {id(lab): i for i, lab in enumerate(labs)}
    for k, lab in enumerate(content):
        if lab.label != CREDIT:
            continue
        prev = content[k - 1] if k > 0 else None
        nxt = content[k + 1] if k + 1 < len(content) else None
        lab.credit = lab.credit or lab.text
        if prev is not None and prev.label == CAPTION and prev.credit is None:
            _merge(prev, lab)
        elif nxt is not None and nxt.label == CAPTION:
            _merge(nxt, lab)
        elif prev is not None and prev.line.index not in exclude and _captionish(prev, lab):
            prev.caption = prev.text
            _merge(prev, lab)
        elif _in_byline_block(labs, position[id(lab)]):
            # "Текст: Name" / «Фото: Name» / the date line: the photographer named beside the
            # writer, in the story's header, no photo of its own
            lab.relabel(CHROME, "the photographer named in the byline block")
        else:
            lab.relabel(FIGURE, "photo credit without a caption")
    for lab in labs:
        if lab.label == CAPTION:
            lab.relabel(FIGURE, "caption without a credit")
        elif (
            lab.label in (SHORT, TEXT)
            and len(lab.text) <= CAPTION_MAX_CHARS
            and lab.line.index not in exclude
        ):
            # a caption with its credit on the same line: "Rescuers at the site. Photo: AP/Name"
            parts = inline_credit(lab.text)
            if parts:
                lab.caption, lab.credit = parts
                lab.relabel(FIGURE, "caption with an inline credit")


def _in_byline_block(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` stands between a byline and a date line (in either order), or between two
    bylines: the story's header of who wrote it, who photographed it and when."""
    header = (BYLINE, DATE)
    return (
        0 < i < len(labs) - 1
        and labs[i - 1].label in header
        and labs[i + 1].label in header
        and BYLINE in (labs[i - 1].label, labs[i + 1].label)
    )


def inline_credit(text: str) -> tuple[str, str] | None:
    """A caption and the credit printed on its line ("Rescuers at the site. Photo: AP/Name",
    "… (AP Photo/Name, File)"), or ``None`` when the line carries no credit."""
    caption, credit = split_credit(text)
    bracketed = text.rstrip().endswith(")")  # "… (AP Photo/Name, File)"
    if bracketed and credit:
        credit = text.rstrip()[text.rstrip().rfind("(") :]  # as printed
    if credit and caption and (CREDIT_PATTERN.search(text) or bracketed):
        return caption, credit
    return None


# the counter over a gallery's first photo: "1 of 4", «1 из 12», "1/8"
# (a word before it names a photo or a slide: "Card 1 of 5", «Карточка 1 из 5» count a story's
# cards, and the credit above it is a photo's)
_FIRST_OF_GALLERY = re.compile(
    r"^(?:(?:photo|image|picture|slide|фото|слайд|снимок|изображение|світлина|bild|foto|"
    r"diapositive|imagen)\s*)?0?1\s*(?:/|of|из|з|von|sur|de)\s*\d{1,3}$",
    re.I,
)


def _captionish(prev: Labelled, credit: Labelled) -> bool:
    """Is the line before a credit its caption?

    It is when it is short enough for a caption and either sits right on the credit (no empty
    line between) or is a short line on its own; a long paragraph keeps its place.
    """
    if prev.label not in (SHORT, TEXT) or len(prev.text) > CAPTION_MAX_CHARS:
        return False
    if (
        len(prev.text) > RUNNING_CAPTION_MAX_CHARS
        and ends_sentence(prev.text)
        and len(_SENTENCE_BREAK.split(prev.text)) > 1
        and not wire_credit(credit)
    ):
        # several finished sentences past a caption's length are the story's paragraph, with
        # the photo's credit under it and no caption (every caption of the development golds
        # of two sentences runs to at most 141 characters, every such paragraph to 145 or
        # more); a gallery's long caption is cut short by its "… more" toggle.  A wire
        # agency's caption runs to 300 characters in two sentences and more ("… on Tuesday,
        # December 2, 2026. More than 2,000 residents were evacuated overnight." over
        # "REUTERS/Name"): under an agency's credit the length says nothing.
        return False
    return not credit.line.blank_before or prev.label == SHORT or len(prev.text) <= 160


_PHOTO_PREFIX = re.compile(r"^(?:photo|picture|image|фото|снимок)\s*:\s*", re.I)


def wire_credit(credit: Labelled) -> bool:
    """Is the credit a wire agency's ("REUTERS/Jon Nazca", "AP Photo/Name", «Фото: ТАСС»)?"""
    text = _PHOTO_PREFIX.sub("", (credit.credit or credit.text).strip())
    # (or in brackets, as wire copy prints it: "(AP Photo/Name, File)")
    return bool(AGENCY_CREDIT.match(text) or WIRE_PHOTO_CREDIT.fullmatch(text.strip("()")))


#: a caption of more than one sentence runs to at most this many characters
RUNNING_CAPTION_MAX_CHARS = 150
#: where one sentence ends and the next begins: a stop, then a capital (or an opening quote)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[»\"”)]?\s+(?=[«\"“]?[A-ZА-ЯЁ])")


def _merge(caption: Labelled, credit: Labelled) -> None:
    caption.credit = credit.credit or credit.text
    caption.relabel(FIGURE, "caption next to its credit")
    credit.relabel(CHROME, "credit merged into the figure above")


#: the job of one who filmed, edited or produced a story, before their name
_CREW = re.compile(
    r"^(?:camera|cameraman|camerawoman|video|videographer|video editor|editing|producer|"
    # who edited or checked the text, under the writer's byline ("Edited by Name")
    r"edited by|fact[- ]checked by|reviewed by|редактор|корректор|"
    r"оператор|видеооператор|монтаж|монтажер|монтажёр|режиссер|режиссёр|продюсер|"
    r"звукорежиссер|звукорежиссёр|видеоинженер)\s*:?\s+(?P<names>[^\W\d_].*)$",
    re.I,
)


def _crew_line(text: str) -> bool:
    """A crew line: the job, then people's names and nothing else ("Оператор Глеб Рябинин",
    "Camera: Ines Duarte and Tom Hale"); "Video evidence questioned in court" and «Монтаж
    новой линии задерживается» are the story's subheadings."""
    m = _CREW.match(text.strip())
    if m is None:
        return False
    names = m.group("names").strip(" .")
    return is_name(names) or bool(names_only(names))


def find_bylines(labs: list[Labelled], body_start: int) -> None:
    """A bare name is a byline when a job title or a date line stands next to it."""
    last_content = max(
        (i for i, o in enumerate(labs) if o.label in (TEXT, DIALOGUE, SHORT, ITEM)), default=-1
    )
    last_text = max((i for i, o in enumerate(labs) if is_body_text(o)), default=-1)
    for i, lab in enumerate(labs):
        if lab.label == SHORT and is_role(lab.text) and i and labs[i - 1].label == BYLINE:
            lab.relabel(CHROME, "job title of the author")  # "By Lucy Harding" / "Senior Reporter"
            continue
        if lab.label != SHORT or is_role(lab.text):
            continue
        if _crew_line(lab.text):
            # "Оператор Глеб Рябинин" under the reporter's line: who filmed or edited the
            # story is named beside its author, not one of its authors
            lab.relabel(CHROME, "the story's crew (camera, editing)")
            continue
        if not is_name(lab.text):
            # names of two authors or more on the line ("Kate Hollis and Aled Morgan"): a
            # byline when the page's date line is at most a line away, above the body
            names = names_only(lab.text)
            if (
                len(names) >= 2
                and i < body_start
                and _date_near(labs, i)
                and _headline_above(labs, i)
            ):
                lab.relabel(BYLINE, "names of authors near the date line")
                lab.authors = names
            continue
        if i + 1 < len(labs) and labs[i + 1].text.strip().isdigit():
            continue  # a team over its score in a scoreboard (a club's name, then "3"), no author
        near = [o for o in (labs[i - 1] if i else None, *labs[i + 1 : i + 2]) if o is not None]
        role = next((o for o in near if o.label in (SHORT, TEXT) and is_role(o.text)), None)
        dated = any(o.label == DATE for o in near)
        last = i == last_content or _signature(labs, i, body_start, last_text)
        if role is None and not dated and last and _signed_by_another(labs, lab.text):
            # a page that names its author in a byline of its own is not signed again by a bare
            # name at its end: a sponsor's or a partner's name under the story ("Harlow Ford")
            continue
        if role is None and dated and i < body_start + 2 and _signed_by_prefix(labs):
            # the page names its author in a byline of its own ("By …"): a capitalised
            # phrase by the date is its label or its series ("Ten Minutes With"), no author
            continue
        if role is not None or (dated and i < body_start + 2) or (last and i > body_start):
            lab.relabel(BYLINE, "a name beside a job title or a date")
            lab.authors = [lab.text]
            if role is not None:
                role.relabel(CHROME, "job title of the author")
        elif (
            (i < body_start + 2 or _in_header_block(labs, body_start, i))
            and _date_near(labs, i)
            and _headline_above(labs, i)
            # (a page that names its author in a byline of its own: a capitalised phrase a line
            # from its date is a link's label, "Box Score", "Photo Gallery", no second author)
            and not _signed_by_another(labs, lab.text)
        ):
            # a name with the outlet's name between it and the date line ("Nora Kessler" /
            # "The Ridgeway Sentinel" / "Published Dec. 2")
            lab.relabel(BYLINE, "a name a line away from the date line")
            lab.authors = [lab.text]


#: a signature's description after the name ("Club Secretary", «главный врач», «д. Ольховка»)
SIGNATURE_DESCRIPTION_MAX_WORDS = 5


def find_described_signatures(labs: list[Labelled]) -> None:
    """A name, a comma and a few words about its bearer ("Helen Marsh, Club Secretary",
    «Анна Лебедева, координатор», «Пётр Зуев, д. Ольховка») right under a sentence of
    running text, with no running text right under it, signs the text above: its author, also
    where a run of short lines took it for a link of a list (the page's links often follow a
    signature); a name over more text is a heading's or a speaker's, a number after the comma
    is an age or a score, and a page signed so more than once holds readers' letters or
    comments, none of them its author."""
    found: list[int] = []
    for i, lab in enumerate(labs):
        if not i or not (lab.label == SHORT or lab.reason.startswith(_RUN_OF_SHORT)):
            continue
        name, comma, description = lab.text.partition(",")
        description = description.strip()
        if (
            not comma
            or not description
            or word_count(description) > SIGNATURE_DESCRIPTION_MAX_WORDS
            or re.search(r"\d", description)
            or ends_sentence(description)
            or not is_name(name.strip())
        ):
            continue
        previous = labs[i - 1]
        if previous.label != TEXT or previous.text.rstrip(CLOSERS + " ")[-1:] not in ".!?…":
            continue
        found.append(i)
    if len(found) != 1:
        return  # readers' letters or comments, each signed: no signature of the page's own
    i = found[0]
    if i + 1 < len(labs) and labs[i + 1].label in (TEXT, DIALOGUE):
        return  # more text under it: a heading's or a speaker's name, not the page's signature
    lab = labs[i]
    lab.relabel(BYLINE, "a name and a few words about its bearer under the text (signature)")
    lab.authors = [lab.text.partition(",")[0].strip()]


def _signed_by_prefix(labs: list[Labelled]) -> bool:
    """The page has a byline that says so ("By Jane Doe", «Автор: …»)."""
    return any(o.label == BYLINE and o.reason == "byline" for o in labs)


def _signed_by_another(labs: list[Labelled], name: str) -> bool:
    """The page has a byline that says so and does not name ``name``."""
    signed = [o for o in labs if o.label == BYLINE and o.reason == "byline"]
    return bool(signed) and not any(name in o.authors for o in signed)


_CYRILLIC_NAME = re.compile(r"^[А-ЯЁІЇЄ][а-яёіїє'’-]*(?:\s+[А-ЯЁІЇЄ][а-яёіїє.'’-]*){1,3}$")


def _signature(labs: list[Labelled], i: int, body_start: int, last_text: int) -> bool:
    """A Russian story signed under its last paragraph (a newspaper's way: «Константин
    Серов» after the text, then the page's lines): a name in Cyrillic right under a sentence
    of the story, with no running text below it.  Russian capitalises names only, so a line
    of capitalised Cyrillic words is a name; an English line in title case is as often a
    widget's label ("Live Coverage"), and is left to the other byline rules."""
    previous = labs[i - 1] if i else None
    return (
        body_start < i
        and i > last_text
        and _CYRILLIC_NAME.match(labs[i].text) is not None
        and previous is not None
        and previous.label == TEXT
        and ends_sentence(previous.text)
    )


def _in_header_block(labs: list[Labelled], body_start: int, i: int) -> bool:
    """Line ``i`` is still in the story's header: only the date line, stamps and chrome stand
    between it and the first paragraph (a standfirst above the date, reading time, then the
    author's name)."""
    return body_start < i and all(
        o.label in (DATE, CHROME, BYLINE) for o in labs[body_start + 1 : i]
    )


def _headline_above(labs: list[Labelled], i: int) -> bool:
    """A headline-sized line stands a few lines above line ``i``: a byline comes under the
    headline, and a page whose first line of content is two names («Keir Starmer and Rishi
    Sunak» over the date) has them as its headline."""
    return any(
        o.label in (SHORT, TEXT) and _headline_sized(o) for o in labs[max(0, i - _BYLINE_REACH) : i]
    )


#: how many lines above a byline its headline may stand (a standfirst, a label between)
_BYLINE_REACH = 4


def _date_near(labs: list[Labelled], i: int) -> bool:
    """The page's date line stands within two lines of line ``i``."""
    return any(o.label == DATE for o in labs[max(0, i - 2) : i + 3])


#: this many lines of page chrome in a row (share bar, tags, author box, "Read more", a
#: sign-up form) after the body close the article (chosen on half A of scrapinghub's pages
#: copied as text, 5 and 8 tried: 5 scored higher there but cut a five-line newsletter box set
#: into one of our fixture articles; 8 kept)
ARTICLE_GAP_LINES = 8
#: under the story's tag line, this many lines of running text at most are the page's
AFTER_TAGS_MAX_TEXT_LINES = 2
_CONTENT = (SHORT, TEXT, DIALOGUE, ITEM, CAPTION, CREDIT)
#: short lines made chrome only for standing in a run may be a list of the article's own
#: (ingredients, steps): they neither count towards the gap nor end it; nor do a table's rows,
#: title and note (a data panel set into the story, the story going on under it)
_RUN_OF_SHORT = "run of short lines"


def drop_after_article_end(labs: list[Labelled], body_start: int) -> None:
    """Running text after a long run of page chrome that follows the body is another article's
    teaser, an author's bio, a comment: the article is one stretch of text.  The run counts
    only when the text above it outweighs the text below (a long menu between the headline and
    a short body is not the end)."""
    lengths = [len(lab.text) if is_body_text(lab) else 0 for lab in labs]
    total = sum(lengths)
    above = sum(lengths[:body_start])
    run = 0
    for i in range(body_start, len(labs)):
        lab = labs[i]
        if (
            lab.reason == "tag list"
            and above > total - above
            and sum(is_body_text(o) for o in labs[i + 1 :]) <= AFTER_TAGS_MAX_TEXT_LINES
        ):
            # the story's tags end it: a line or two of text under them is the page's (a tip
            # line, a promo); more is the story itself under tags set above it
            for rest in labs[i + 1 :]:
                if rest.label in _CONTENT:
                    rest.relabel(CHROME, "after the story's tag line")
            return
        if lab.label in _CONTENT:
            if run >= ARTICLE_GAP_LINES and above > total - above:
                for rest in labs[i:]:
                    if rest.label in _CONTENT:
                        rest.relabel(CHROME, "after the article's end (a long run of chrome)")
                return
            run = 0
        elif (
            lab.label != NOTICE
            and not lab.reason.startswith(_RUN_OF_SHORT)
            and lab.reason not in TABLE_REASONS
        ):
            run += 1
        above += lengths[i]
