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

The title and the body's start are found in :mod:`.scraped_title`, the headings inside the
body in :mod:`.scraped_headings`.
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
    find_header_names,
    footer_at,
    gallery_title,
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
    drop_text_islands,
    find_signature_with_address,
    mark_contents,
)
from .scraped_headings import (
    _CONTACT,
    _FIELD,
    _LABELLED,
    _after_stamp,
    _after_time,
    _between_paragraphs,
    _body_start,
    _caption_under_the_header,
    _colon_heading,
    _credit_follows,
    _exclaimed_entry,
    _interview_questions,
    _label_over_list,
    _next_content,
    _over_dated_rows,
    _question_heading,
    _title_score,
)
from .scraped_labels import (
    BYLINE,
    CHROME,
    CREDIT,
    DATE,
    DIALOGUE,
    FIGURE,
    HEADING,
    ITEM,
    NOTICE,
    PARAGRAPH,
    PAYWALL_CUT_REASON,
    SHORT,
    TEXT,
    TITLE,
    Labelled,
    is_body_text,
    keep_unnamed_posters,
    label_alone,
    word_count,
)
from .scraped_line_score import rescore
from .scraped_lines import split_lines
from .scraped_structure import (
    drop_closing_box,
    drop_dated_teasers,
    drop_polls,
    drop_release_boilerplate,
    drop_rosters,
    drop_signup_forms,
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
from .scraped_tables import mark_spaced_tables, mark_tables
from .scraped_title import (
    _BREADCRUMB,
    _DOTTED_FIELDS,
    _HANDLE,
    _SOURCE_LINE,
    _drop_headline_reprints,
    _drop_section_crumbs,
    _figures_line,
    _full_stop,
    _headline_on_a_credit,
    _headline_over_the_story,
    _headline_the_page_names,
    _in_field_run,
    _keep_event_details,
    _keep_titled_subheadings,
    _lone_line_over_the_body,
    _mark_dated_sections,
    _mark_numbered_sections,
    _menu_between,
    _name_over_life_dates,
    _short_title_over_the_dateline,
    _timed_run,
    _title_candidate,
)
from .scraped_vocab import is_ad_label


def classify(text: str) -> list[Labelled]:
    """Every logical line of the page with its final label and the reason for it."""
    labs = [label_alone(line) for line in split_lines(text)]
    mark_tables(labs)
    mark_spaced_tables(labs)
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
    # (a poll's answers are short lines: the poll goes before the runs of short lines take
    # them, with the heading under it)
    drop_polls(labs, body_start)
    drop_menu_runs(labs, body_start)
    find_described_signatures(labs)
    body_start = _body_start(labs)
    find_header_names(labs, body_start)
    drop_after_article_end(labs, body_start)
    drop_after_cut_off(labs, body_start, PAYWALL_CUT_REASON)
    drop_release_boilerplate(labs, body_start)
    drop_dated_teasers(labs, body_start)
    drop_widget_labels(labs, body_start)
    drop_sites_own_tail(labs, body_start, site_name(labs))
    drop_closing_box(labs, body_start)
    drop_signup_forms(labs)
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
    if title_at is not None and _over_the_menu(labs, title_at):
        # the site's tagline under its name, over its menu ("The weekly for East Anglian
        # agriculture", «Общественно-политическая газета …»): the headline is under the menu
        title_at = _headline_under_the_menu(labs, title_at, body_start) or title_at
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
        elif lab.label in (TEXT, SHORT) and _labels_the_line_under(labs, i):
            lab.relabel(CHROME, "the label of the date or byline under it")
        elif lab.label == TEXT and i < after_title and not is_body_text(lab):
            # a short line above the headline is the page's (a score, a ticker, a promo), as
            # a short unpunctuated one is; running text above it stays (a page's lead may)
            lab.relabel(CHROME, "short line before the title")
        elif lab.label in (TEXT, DIALOGUE):
            lab.relabel(PARAGRAPH, lab.reason)
        elif lab.label == SHORT and _HANDLE.match(lab.text.strip()):
            # "@JaneDoeNews" alone: the writer's account by the byline, never a heading
            lab.relabel(CHROME, "a social media handle")
        elif lab.label == SHORT and i > after_title and gallery_title(labs, i):
            lab.relabel(CHROME, "the title of a photo gallery")
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
            elif _between_paragraphs(labs, i) and _clipped_line(labs, i):
                # a heading is one phrase: two sentences with no stop after the last («Окна
                # ПВХ с установкой за один день. Замер бесплатно») are an ad's or a teaser's
                # copy set between the paragraphs, not a title over the text under them
                lab.relabel(CHROME, _CLIPPED_AD)
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
    # a learned second opinion on the body's short lines, where it is sure (off while its
    # fitted margin is None: see scripts/fit_scraped_lines.py)
    rescore(labs, alone)
    keep_unnamed_posters(labs)
    drop_text_islands(labs)
    return labs


#: a label over its value on the next line is a word or two and a colon
LINE_LABEL_MAX_WORDS = 2


def _over_the_menu(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` stands right over the site's menu printed on one line, with nothing but the
    page's chrome and short lines above it: the site's header (its name or tagline), not a headline."""
    return (
        i + 1 < len(labs)
        and labs[i + 1].reason == "menu on one line"
        and not any(is_body_text(o) for o in labs[:i])
    )


def _headline_under_the_menu(labs: list[Labelled], menu_above: int, body_start: int) -> int | None:
    """The first headline-like line under the site's menu, at the body's start at the latest."""
    for j in range(menu_above + 2, min(body_start + 1, len(labs))):
        if labs[j].label in (SHORT, TEXT) and _title_candidate(labs[j]):
            return j
    return None


def _labels_the_line_under(labs: list[Labelled], i: int) -> bool:
    """A word or two and a colon right over a date line or a byline ("Published:" /
    «Опубликовано:» over the date, «Автор:» over the name): the label of that field, printed
    on a line of its own, the page's as the field is."""
    text = labs[i].text.strip()
    return (
        text.endswith(":")
        and word_count(text) <= LINE_LABEL_MAX_WORDS
        and i + 1 < len(labs)
        and labs[i + 1].label in (DATE, BYLINE)
    )


#: a sentence's end inside a line: a lower-case word of three letters or more (no abbreviation
#: such as «ул.», no step number «Шаг 1.», no score «3:2.») closing at least two more words with
#: a full stop, a capital after it
_SENTENCE_INSIDE = re.compile(r"(?:\S+\s+){2}[a-zа-яё]{3,}\.\s+[A-ZА-ЯЁ]")


def _clipped_sentences(text: str) -> bool:
    """Two sentences or more on a short line, the last without its stop ("Free delivery on
    all orders. Shop now", «Репетитор по математике, 5–9 класс. Выезд на дом»): an ad's or a
    teaser's copy.  Of the 49 headings of the development golds with a stop inside, every one
    has a number, a step or a cry before it («1. Что случилось», «Шаг 2. …», «ГОЛ! 1:0. …») or
    ends as a question (a reader's letter: «…, Кимры: соседи шумят. Куда жаловаться?»)."""
    text = text.strip()
    if not _SENTENCE_INSIDE.search(text) or text[-1:] in '.?!…»"\u201d)':
        return False
    # the clipped end is a call or a phrase of a few words («Замер бесплатно», "Shop now"): a
    # longer one is a caption's second sentence («… Печь-каменку здесь перекладывали в 2011
    # году»), and a credit after a stop («… Фото автора») closes a caption, not an ad
    last = re.split(r"[.!?]\s+", text)[-1]
    return len(last.split()) <= _CLIPPED_END_MAX_WORDS and not _CREDIT_WORD.match(last)


def _clipped_line(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` is an ad's copy (:func:`_clipped_sentences`) under the page's own lines (the
    ad label, the ad before it): it goes on with the page's block set into the story.  Under
    the story's text the same shape is a hard-wrapped paragraph's piece («… for 2 hours.
    Similarly» over the rest of its sentence), which stays as the wrapping left it."""
    text = labs[i].text.strip()
    above = labs[i - 1] if i > 0 else None
    below = labs[i + 1].text.lstrip() if i + 1 < len(labs) else ""
    return (
        above is not None
        and _under_an_ad(labs, i)
        and text[:1].isupper()
        and not below[:1].islower()
        and _clipped_sentences(text)
    )


def _under_an_ad(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` stands right under an ad's label («Реклама», "Advertisement", «erid: …»), under
    the ad's copy that line labels, or under an ad's clipped copy already read so.  Only an ad's
    label says a slot opens: under any other line of the page's own (a caption, a byline) the
    clipped shape is as often a hard-wrapped paragraph's piece, the story's text."""
    above = labs[i - 1]
    if above.label != CHROME:
        return False
    if is_ad_label(above.text) or above.reason == _CLIPPED_AD:
        return True
    return i >= 2 and labs[i - 2].label == CHROME and is_ad_label(labs[i - 2].text)


_CLIPPED_AD = "two clipped sentences between paragraphs (an ad's copy)"
#: the most words of an ad's clipped last sentence
_CLIPPED_END_MAX_WORDS = 4
#: a photo's credit opening a line's last sentence
_CREDIT_WORD = re.compile(
    r"(?:фото|снимок|иллюстрация|кадр|скриншот|photo|picture|image|illustration|credit)\b", re.I
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
    gallery_totals = _gallery_totals([lab.caption for lab in labs if lab.label == FIGURE])
    for at, lab in enumerate(labs):
        if lab.label == TITLE and title is None:
            title = lab.text
        elif lab.label == HEADING:
            blocks.append(RawBlock("heading", lab.text, level=2))
        elif lab.label == PARAGRAPH:
            blocks.append(RawBlock("paragraph", lab.text))
        elif lab.label == FIGURE:
            caption = _uncounted(lab.caption, gallery_totals)
            blocks.append(RawBlock("figure", caption=caption, credit=lab.credit))
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


#: a gallery's counter printed on its caption's line ("1/12 Smoke rises …", «3 из 8 Лайла …»)
_CAPTION_COUNTER = re.compile(r"^(\d{1,3})\s*(?:/|of|из)\s*(\d{1,3})\s+(?=[^\W\d_a-zа-яё])")


def _counter(caption: str | None) -> tuple[int, int, int] | None:
    """(position, total, end) of a gallery-like counter before a caption, else None."""
    m = _CAPTION_COUNTER.match(caption or "")
    if m and 1 <= int(m.group(1)) <= int(m.group(2)):
        return int(m.group(1)), int(m.group(2)), m.end()
    return None


def _gallery_totals(captions: list[str | None]) -> set[int]:
    """The totals that two or more captions of the page count up to (1/6, 2/6 …): only there is
    a leading "N/M" a slider's counter.  One caption alone may begin with a number of its own
    ("9/11 Memorial visitors …", "1 of 3 Britons …"), and dropping it would change what it says."""
    seen: dict[int, set[int]] = {}
    for caption in captions:
        found = _counter(caption)
        if found:
            seen.setdefault(found[1], set()).add(found[0])
    return {total for total, positions in seen.items() if len(positions) >= 2}


def _uncounted(caption: str | None, gallery_totals: set[int]) -> str | None:
    """A caption without the gallery's counter before it: the counter says where the photo stands
    in the slider, not what it shows (a number, then a capital: "1/12 Smoke rises …", on a page
    whose captions count up to the same total; a count of the caption's own, "3 of 4 children
    …", goes on in lower case and stays)."""
    found = _counter(caption)
    if caption is None or found is None or found[1] not in gallery_totals:
        return caption
    return caption[found[2] :]
