"""Scraped text: which short lines inside the body are headings (colon and question headings,
labels over lists, interview questions) and which are captions.
"""

from __future__ import annotations

import re

from .scraped_credits import (
    inline_credit,
)
from .scraped_labels import (
    BYLINE,
    CAPTION,
    CHROME,
    CLOSERS,
    CREDIT,
    DATE,
    DIALOGUE,
    FIGURE,
    HEADING,
    ITEM,
    NOTICE,
    PARAGRAPH,
    RELATED,
    SHORT,
    STAMP,
    TEXT,
    TITLE,
    Labelled,
    ends_sentence,
    is_body_text,
    word_count,
)
from .scraped_pos import (
    noun_phrase,
    reports,
    says,
)
from .scraped_tables import TABLE_REASONS

#: a tabloid headline may run to this many words
LONG_HEADLINE_MAX_WORDS = 40


#: the reason of a short line a run of them made the page's menu
_MENU_ITEM = "menu or breadcrumb item"


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
    if i + 1 < len(labs) and labs[i + 1].reason in TABLE_REASONS:
        # over a table's rows (tabbed or spaced): the sentence that introduces the table
        # ("The warnings in force are:"), the story's own, whatever runs on under the table
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
