"""Text scraped or copied from a news page, with its page chrome, becomes a structured article.

The page is read as logical lines (hard-wrapped paragraphs joined again, see
:mod:`.scraped_lines`), and each line gets a label by general rules, in two passes:

1. **What the line is on its own** (:func:`_label_alone`): known UI vocabulary in several
   languages (:mod:`.scraped_vocab`), counters and timestamps, credit and caption patterns, a
   machine-translation notice, a byline or a date line, a dash of dialogue, a list bullet — and
   otherwise its shape: a *short* line (few words, no final punctuation) or *text*.
2. **What its place makes it** (:func:`classify`): repetition (a line the page prints twice is a
   widget or a pull quote), position (before the title only navigation; after the footer only
   chrome), neighbours (a caption stands next to its credit, a heading between paragraphs, a link
   list after "Read more"), and runs (several short lines in a row are a menu).

No rule names a site.  :func:`classify` returns every line with its label and the reason for it,
so a surprising result can be traced to the rule that made it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..article import Metadata
from .assemble import RawBlock
from .figures import CREDIT_PATTERN, split_credit
from .notices import find_translation_notice
from .scraped_lines import Line, split_lines
from .scraped_meta import copyright_holder, is_name, is_role, parse_byline, parse_dateline
from .scraped_vocab import (
    AGENCY_CREDIT,
    CAPTION_PREFIX,
    COMMENTS_START,
    COUNTER,
    FOOTER,
    MENU_LINE,
    NUMERIC_UI,
    PAGE_NOTICE,
    PHOTOGRAPHER_CREDIT,
    PROMO_PREFIX,
    RELATED_HEADERS,
    RELATIVE_TIME,
    UI_LINES,
    WORDED_CREDIT,
    ui_key,
)

# labels a line can end up with
CHROME, NOTICE, FOOTER_LINE, RELATED = "chrome", "notice", "footer", "related"
CREDIT, CAPTION, BYLINE, DATE = "credit", "caption", "byline", "date"
DIALOGUE, ITEM, SHORT, TEXT = "dialogue", "item", "short", "text"
TITLE, HEADING, PARAGRAPH, FIGURE = "title", "heading", "paragraph", "figure"
#: labels of lines that carry article content once :func:`classify` is done
CONTENT = frozenset({TITLE, HEADING, PARAGRAPH, FIGURE, CREDIT, CAPTION, ITEM})

#: the reason given to counters and timestamps: a live blog's entries start after one
STAMP = "counter, count or timestamp"

_DIALOGUE = re.compile(r"^[—–―]\s*\S")
_BULLET = re.compile(r"^(?:[•*▪·●◦■-]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
_CLOSERS = "»\"”’')]」』"
_SENTENCE_END = ".!?…:;,。！？．"
# Chinese, Japanese and Korean are written without spaces between words: count characters
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# a heading is short: a headline rarely has more than 18 words or 120 characters (machine
# translations of headlines run long)
_HEADING_MAX_WORDS, _HEADING_MAX_CHARS = 18, 120
# a body paragraph (as opposed to a standfirst or a caption) is at least this long
_BODY_MIN_WORDS, _BODY_MIN_CHARS = 15, 100
# a caption is a sentence or two; a longer line next to a credit is a paragraph
_CAPTION_MAX_CHARS = 260


@dataclass
class Labelled:
    line: Line
    label: str
    reason: str
    #: for figures: the caption and credit; for list items: the item without its bullet
    caption: str | None = None
    credit: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    updated: bool = False
    #: for a translation notice: the service and the language translated from
    notice: tuple[str, str | None] | None = None

    @property
    def text(self) -> str:
        return self.line.text

    def relabel(self, label: str, reason: str) -> None:
        self.label, self.reason = label, reason


def word_count(text: str) -> int:
    """Words in a line; for scripts without spaces, one word per two characters."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def ends_sentence(text: str) -> bool:
    """The line ends with final punctuation (closing quotes and brackets looked through)."""
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _is_credit(text: str) -> bool:
    if len(text) > 160:
        return False
    return bool(
        CREDIT_PATTERN.fullmatch(text)
        or AGENCY_CREDIT.match(text)
        or WORDED_CREDIT.match(text)
        or PHOTOGRAPHER_CREDIT.match(text)
    )


def _label_alone(line: Line) -> Labelled:
    """First pass: what a line is on its own, before its neighbours are looked at."""
    text = line.text
    key = ui_key(text)

    def out(label: str, reason: str) -> Labelled:
        return Labelled(line, label, reason)

    if len(text) < 200:
        notice = find_translation_notice(text)
        if notice:
            lab = out(NOTICE, "machine-translation notice")
            lab.notice = notice
            return lab
    if FOOTER.search(text) and len(text) < 300:
        return out(FOOTER_LINE, "copyright or legal footer")
    if COMMENTS_START.match(text):
        return out(FOOTER_LINE, "start of the readers' comments")
    if key in RELATED_HEADERS or key.rstrip(" :") in RELATED_HEADERS:
        return out(RELATED, "header of a list of other articles")
    if key in UI_LINES or not key:
        return out(CHROME, "UI vocabulary" if key else "no letters or digits")
    if COUNTER.match(key) or NUMERIC_UI.match(key) or RELATIVE_TIME.match(key):
        return out(CHROME, STAMP)
    if len(text) < 40 and not re.search(r"[^\W\d_]", text):
        return out(CHROME, "no words (numbers and signs only)")
    if len(text) < 400 and PAGE_NOTICE.search(text):
        return out(CHROME, "page notice (cookies, JavaScript, promo)")
    if MENU_LINE.match(text) and all(word_count(p) <= 3 for p in re.split(r" [|•·/] ", text)):
        return out(CHROME, "menu on one line")
    if PROMO_PREFIX.match(text) and len(text) < 200:
        return out(CHROME, "link to another article")
    caption = CAPTION_PREFIX.match(text)
    if caption:
        lab = out(CAPTION, "caption that names itself")
        lab.caption = caption.group("caption")
        return lab
    if _is_credit(text):
        return out(CREDIT, "photo credit pattern")
    if _DIALOGUE.match(text):
        if ends_sentence(text) or word_count(text) > _HEADING_MAX_WORDS:
            return out(DIALOGUE, "dash-introduced speech")
        # speech ends with punctuation; a dash before a bare phrase is a list bullet
        lab = out(ITEM, "dash used as a list bullet")
        lab.caption = text.lstrip("—–― ")
        return lab
    bullet = _BULLET.match(text)
    if bullet:
        lab = out(ITEM, "list bullet")
        lab.caption = bullet.group("item")
        return lab
    dateline = parse_dateline(text)
    if dateline:
        lab = out(DATE, "date line")
        lab.date, lab.updated = dateline.iso, dateline.updated
        return lab
    byline = parse_byline(text)
    if byline:
        lab = out(BYLINE, "byline")
        lab.authors, lab.date = byline
        return lab
    words = word_count(text)
    if words <= _HEADING_MAX_WORDS and len(text) <= _HEADING_MAX_CHARS and not ends_sentence(text):
        return out(SHORT, "short line without final punctuation")
    return out(TEXT, "running text")


def _is_body_text(lab: Labelled) -> bool:
    """A line long enough to be a paragraph of the article body (not a standfirst or caption)."""
    if lab.label == DIALOGUE:
        return True
    return lab.label == TEXT and (
        word_count(lab.text) >= _BODY_MIN_WORDS or len(lab.text) >= _BODY_MIN_CHARS
    )


def _footer_at(labs: list[Labelled], body_start: int) -> int | None:
    """The copyright line that ends the article: the first one after the body starts that has
    most running text above it (a player or a gallery may carry its own © line mid-page)."""
    lengths = [len(lab.text) if _is_body_text(lab) else 0 for lab in labs]
    total, above = sum(lengths), 0
    for i, lab in enumerate(labs):
        if lab.label == FOOTER_LINE and i > body_start and above > total - above:
            return i
        above += lengths[i]
    return None


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


_CREDIT_LABEL = re.compile(
    r"^(?:photo|photos|image|picture|credit|фото|снимок|изображение|світлина|bild|foto)\s*:$", re.I
)


def _join_split_credits(labs: list[Labelled]) -> None:
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


def _drop_masthead(labs: list[Labelled], body_start: int) -> None:
    """A line before the article that starts with the site's name is its masthead."""
    site = site_name(labs)
    if not site:
        return
    key = _norm(site)
    for lab in labs[:body_start]:
        if lab.label in (SHORT, TEXT) and _norm(lab.text).startswith(key):
            lab.relabel(CHROME, "masthead (the site's name, as in its footer)")


def _drop_repeats(labs: list[Labelled], body_start: int) -> None:
    """A line the page prints twice is a widget label, a menu item or a pull quote."""
    keys = [_norm(lab.text) for lab in labs]
    counts = Counter(k for k, lab in zip(keys, labs, strict=True) if lab.label in (SHORT, TEXT))
    last_at = {k: i for i, k in enumerate(keys)}
    seen: set[str] = set()
    for key, lab in zip(keys, labs, strict=True):
        if lab.label not in (SHORT, TEXT) or counts[key] < 2:
            continue
        if key in seen:
            lab.relabel(CHROME, "repeated line")
            continue
        seen.add(key)
        if lab.label == SHORT and last_at[key] >= body_start:
            # a short line printed again in the body is a label ("Advertisement", a section)
            lab.relabel(CHROME, "repeated short line")
    # a pull quote repeats words of a paragraph: a short line contained in a longer one
    body = "\n".join(k for k, lab in zip(keys, labs, strict=True) if lab.label in (TEXT, DIALOGUE))
    for key, lab in zip(keys, labs, strict=True):
        if (
            lab.label in (SHORT, TEXT)
            and 30 <= len(key) <= 300
            and body.count(key) >= (2 if lab.label == TEXT else 1)
        ):
            lab.relabel(CHROME, "pull quote (repeats the body)")


def _drop_link_lists(labs: list[Labelled]) -> None:
    """After "Read more"/«Читайте также» come headlines of other stories, until running text."""
    in_list = False
    for lab in labs:
        if lab.label == RELATED:
            in_list = True
            lab.relabel(CHROME, lab.reason)
        elif in_list:
            headline = lab.label in (SHORT, ITEM, DATE, BYLINE) or (
                lab.label == TEXT
                and len(lab.text) <= 120
                and lab.text.rstrip(_CLOSERS)[-1:] in "?!"
            )
            if headline:
                lab.relabel(CHROME, "headline in a list of other articles")
            elif lab.label in (TEXT, DIALOGUE, CAPTION, CREDIT, FOOTER_LINE, NOTICE):
                in_list = False


def _drop_menu_runs(labs: list[Labelled], body_start: int) -> None:
    """Several short lines in a row are a menu, breadcrumbs or a tag list, not headings."""
    run: list[Labelled] = []

    def close() -> None:
        in_header = run and run[-1].line.index < body_start
        # before the article: two menu-sized items make a menu; in the body it takes three
        if in_header and len(run) >= 2:
            for lab in run:
                if word_count(lab.text) <= 3 or len(lab.text) <= 25:
                    lab.relabel(CHROME, "menu or breadcrumb item")
        elif len(run) >= 3:
            for lab in run:
                lab.relabel(CHROME, "run of short lines (link list)")
        run.clear()

    for lab in labs:
        if lab.label == SHORT:
            run.append(lab)
        elif lab.label not in (CHROME, RELATED):
            close()
    close()


def _pair_figures(labs: list[Labelled], exclude: set[int | None]) -> None:
    """A credit takes the caption next to it; captions and credits become figures.

    Lines at the indexes in ``exclude`` (the title and its standfirst) are never captions.
    """
    content = [lab for lab in labs if lab.label not in (CHROME, NOTICE, FOOTER_LINE, RELATED)]
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
        else:
            lab.relabel(FIGURE, "photo credit without a caption")
    for lab in labs:
        if lab.label == CAPTION:
            lab.relabel(FIGURE, "caption without a credit")
        elif (
            lab.label in (SHORT, TEXT)
            and len(lab.text) <= _CAPTION_MAX_CHARS
            and lab.line.index not in exclude
        ):
            # a caption with its credit on the same line: "Rescuers at the site. Photo: AP/Name"
            caption, credit = split_credit(lab.text)
            if credit and caption and CREDIT_PATTERN.search(lab.text):
                lab.caption, lab.credit = caption, credit
                lab.relabel(FIGURE, "caption with an inline credit")


def _captionish(prev: Labelled, credit: Labelled) -> bool:
    """Is the line before a credit its caption?

    It is when it is short enough for a caption and either sits right on the credit (no empty
    line between) or is a short line on its own; a long paragraph keeps its place.
    """
    if prev.label not in (SHORT, TEXT) or len(prev.text) > _CAPTION_MAX_CHARS:
        return False
    return not credit.line.blank_before or prev.label == SHORT or len(prev.text) <= 160


def _merge(caption: Labelled, credit: Labelled) -> None:
    caption.credit = credit.credit or credit.text
    caption.relabel(FIGURE, "caption next to its credit")
    credit.relabel(CHROME, "credit merged into the figure above")


def _title_candidate(lab: Labelled) -> bool:
    if lab.text[0].islower():
        return False  # a headline starts with a capital (or a digit, or a quote)
    if lab.label == SHORT:
        return word_count(lab.text) >= 3 or len(lab.text) >= 20
    # a headline may ask a question or exclaim
    return (
        lab.label == TEXT
        and word_count(lab.text) <= 20
        and lab.text.rstrip(_CLOSERS + " ")[-1:] in "?!"
    )


def classify(text: str) -> list[Labelled]:
    """Every logical line of the page with its final label and the reason for it."""
    labs = [_label_alone(line) for line in split_lines(text)]
    body_start = next((i for i, lab in enumerate(labs) if _is_body_text(lab)), len(labs))

    # the footer ends the article: what follows it is the site's, not the story's
    footer = _footer_at(labs, body_start)
    for rest in labs[footer:] if footer is not None else ():
        rest.relabel(CHROME, "after the page footer")
    _join_split_credits(labs)
    _drop_masthead(labs, body_start)
    _drop_repeats(labs, body_start)
    _drop_link_lists(labs)
    _find_bylines(labs, body_start)
    _drop_menu_runs(labs, body_start)
    body_start = next((i for i, lab in enumerate(labs) if _is_body_text(lab)), len(labs))

    # the title: the headline-like line before the body that sits best on the article
    candidates = [
        i
        for i, lab in enumerate(labs[:body_start])
        if _title_candidate(lab) and not _after_stamp(labs, i) and not _credit_follows(labs, i)
    ]
    title_at = max(candidates, key=lambda i: (_title_score(labs, i), -i), default=None)
    # the line right after the title is its standfirst, whatever follows it
    standfirst = _next_content(labs, title_at) if title_at is not None else None
    _pair_figures(labs, exclude={title_at, standfirst})
    if title_at is not None:
        labs[title_at].relabel(TITLE, "first headline-like line before the body")

    for i, lab in enumerate(labs):
        if lab.label == TEXT and i > title_at_or(title_at) and _question_heading(labs, i):
            lab.relabel(HEADING, "short question between paragraphs")
        elif lab.label in (TEXT, DIALOGUE):
            lab.relabel(PARAGRAPH, lab.reason)
        elif lab.label == SHORT:
            if title_at is None or i < title_at:
                lab.relabel(CHROME, "short line before the title (navigation)")
            elif i < body_start - 1 or (i == body_start - 1 and not _after_stamp(labs, i)):
                # between the title and the body: a standfirst, or a label ("Politics", "Live")
                if word_count(lab.text) >= 6:
                    lab.relabel(PARAGRAPH, "standfirst")
                else:
                    lab.relabel(CHROME, "label between title and body")
            elif _between_paragraphs(labs, i) and not lab.text[0].islower():
                lab.relabel(HEADING, "short line between paragraphs")
            else:
                lab.relabel(CHROME, "short line not followed by text")
    return labs


def title_at_or(title_at: int | None) -> int:
    return -1 if title_at is None else title_at


def _after_stamp(labs: list[Labelled], i: int) -> bool:
    """The line comes right after a timestamp: it opens a live-blog entry."""
    return i > 0 and (labs[i - 1].reason == STAMP or labs[i - 1].label == DATE)


def _question_heading(labs: list[Labelled], i: int) -> bool:
    """A question can be a heading ("What happens next?") when it is short and stands between
    paragraphs; a longer one only when it opens a live-blog entry.  Interview questions are
    longer, or start with a dash, and stay paragraphs."""
    text = labs[i].text
    if text.rstrip(_CLOSERS + " ")[-1:] != "?" or text[0].islower():
        return False
    limit = 12 if _after_stamp(labs, i) else 6
    return word_count(text) <= limit and _between_paragraphs(labs, i)


def _title_score(labs: list[Labelled], i: int) -> int:
    """How much a candidate looks like the article's headline rather than a tagline or menu.

    A headline is followed by its byline, date line or standfirst (+2) — a standfirst being
    running text, or an unpunctuated line right under it; a byline or date within three lines
    either side counts too (+1).  A tagline is followed by more of the site's header instead.
    """
    score = 0
    nxt = next((o for o in labs[i + 1 :] if o.label not in (CHROME, RELATED, NOTICE)), None)
    adjacent = labs[i + 1] if i + 1 < len(labs) else None
    if (nxt is not None and nxt.label in (BYLINE, DATE, TEXT, DIALOGUE)) or (
        adjacent is not None and adjacent.label == SHORT and not adjacent.text[0].islower()
    ):
        score += 2
    if any(o.label in (BYLINE, DATE) for o in labs[max(0, i - 3) : i + 4]):
        score += 1
    return score


def _credit_follows(labs: list[Labelled], i: int) -> bool:
    nxt = labs[i + 1] if i + 1 < len(labs) else None
    return nxt is not None and nxt.label == CREDIT and not nxt.line.blank_before


def _next_content(labs: list[Labelled], i: int) -> int | None:
    """The next line after ``i`` that is not chrome, a date or a byline."""
    for j in range(i + 1, len(labs)):
        if labs[j].label in (SHORT, TEXT, DIALOGUE, CAPTION, CREDIT, ITEM):
            return j
    return None


def _between_paragraphs(labs: list[Labelled], i: int) -> bool:
    """A heading has running text (or a list) after it and something of the article before it."""
    after = next((o for o in labs[i + 1 :] if o.label not in (CHROME, DATE, BYLINE)), None)
    before = next((o for o in reversed(labs[:i]) if o.label not in (CHROME, DATE, BYLINE)), None)
    return (
        after is not None
        and after.label in (TEXT, DIALOGUE, ITEM, PARAGRAPH, FIGURE)
        and before is not None
        and before.label in (TEXT, DIALOGUE, ITEM, PARAGRAPH, FIGURE, HEADING, TITLE)
    )


def _find_bylines(labs: list[Labelled], body_start: int) -> None:
    """A bare name is a byline when a job title or a date line stands next to it."""
    last_content = max(
        (i for i, o in enumerate(labs) if o.label in (TEXT, DIALOGUE, SHORT, ITEM)), default=-1
    )
    for i, lab in enumerate(labs):
        if lab.label != SHORT or not is_name(lab.text):
            continue
        near = [o for o in (labs[i - 1] if i else None, *labs[i + 1 : i + 2]) if o is not None]
        role = next((o for o in near if o.label in (SHORT, TEXT) and is_role(o.text)), None)
        dated = any(o.label == DATE for o in near)
        last = i == last_content
        if role is not None or (dated and i < body_start + 2) or (last and i > body_start):
            lab.relabel(BYLINE, "a name beside a job title or a date")
            lab.authors = [lab.text]
            if role is not None:
                role.relabel(CHROME, "job title of the author")


def extract_scraped(text: str) -> tuple[str | None, list[RawBlock], Metadata]:
    labs = classify(text)
    title: str | None = None
    blocks: list[RawBlock] = []
    authors: list[str] = []
    published = modified = None
    notice: tuple[str, str | None] | None = None
    last_item = -2  # index of the line of the last list item, to join adjacent items
    for lab in labs:
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
            elif lab.date:
                published = published or lab.date
    metadata = Metadata(
        site=site_name(labs),
        published=published or modified,
        modified=modified if published else None,
        authors=tuple(authors),
        translated_by=notice[0] if notice else None,
        source_language=notice[1] if notice else None,
        extractor="scraped-text",
    )
    return title, blocks, metadata
