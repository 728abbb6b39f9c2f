"""Second pass over scraped text: what a line's place on the page makes it.

Each function here looks at the labelled lines together and changes some labels: the footer and
the readers' comments end the article, the site's masthead and repeated lines are chrome, the
headlines after "Read more" are links, several short lines in a row are a menu, a credit takes
the caption next to it, and a bare name next to a job title or a date is a byline.

The rules live in this module and in :mod:`.scraped_lists` (runs of short lines),
:mod:`.scraped_credits` (figures) and :mod:`.scraped_bylines` (bylines, the article's end);
the names other modules import are re-exported here.
"""

from __future__ import annotations

import re
from collections import Counter

from .scraped_bylines import HEADLINE_MAX_WORDS, _headline_sized
from .scraped_bylines import drop_after_article_end as drop_after_article_end
from .scraped_bylines import find_bylines as find_bylines
from .scraped_bylines import find_described_signatures as find_described_signatures
from .scraped_bylines import find_header_names as find_header_names
from .scraped_credits import gallery_title as gallery_title
from .scraped_credits import inline_credit
from .scraped_credits import pair_figures as pair_figures
from .scraped_credits import wire_credit as wire_credit
from .scraped_labels import (
    BYLINE,
    CAPTION_MAX_CHARS,
    CHROME,
    CREDIT,
    DATE,
    DIALOGUE,
    FOOTER_LINE,
    SHORT,
    TEXT,
    Labelled,
    ends_sentence,
    is_body_text,
    norm,
    word_count,
)
from .scraped_lists import REPEATED_LINE, REPEATED_SHORT_LINE
from .scraped_lists import drop_link_lists as drop_link_lists
from .scraped_lists import drop_menu_runs as drop_menu_runs
from .scraped_meta import copyright_holder, is_name
from .scraped_vocab import FOOTER, ui_key


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
            if (
                nxt is not None
                and (_ATTRIBUTION.match(nxt.text) or _BARE_ATTRIBUTION.match(nxt.text))
                and not ends_sentence(nxt.text)
            ):
                # "— Name, job title" under it: who the pull quote quotes, the quote's own line
                # (without its dash too: «Алсу Гильмутдинова, победительница турнира»)
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


#: the same without the dash: a name of two to four capitalised words, a comma and who they are
#: ("Ruth Calloway, curator"); a heading under a pull quote has no comma after a name
#: ("What automation means", "Water and power")
_BARE_ATTRIBUTION = re.compile(r"^[A-ZА-ЯЁ][^\s,]*(?:\s+[A-ZА-ЯЁ][^\s,]*){1,3},\s*\S.{0,80}$")


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
