"""Scraped text: the structure a reader sees in runs of lines — turns of a conversation, lists.

Round 19's evidence, each read off the page's own lines and none of a site:

- **turns of a conversation**: a transcript or an interview prints each turn after its
  speaker's label ("J. SMITH: …", "Е. СОЛОВЬЕВА: …", "Q: …" / "A: …"); a page with turns of at
  least two speakers is a conversation, and a turn is a paragraph however short (a question
  of five words is not a section heading);
- **a list introduced by a colon**: short lines right after a line ending with ":" are the
  items it announces ("Key features of the project include:"), not a menu;
- **a list of dash-led items**: a dash before a line ending with ";" starts a list item
  (speech does not end with a semicolon), and a short dash-led line right after such an item
  is the list's last one;
- **the end of the article**: a date and a headline, twice, after the body are a listing of
  other articles; a press release's boilerplate ("About <the company>", media contacts) ends it.

Turns and rosters live in :mod:`.scraped_turns`, the boxes that close a page in
:mod:`.scraped_closing`; the names other modules import are re-exported here.
"""

from __future__ import annotations

import re

from .scraped_closing import _next_text
from .scraped_closing import drop_closing_box as drop_closing_box
from .scraped_closing import drop_polls as drop_polls
from .scraped_closing import drop_signup_forms as drop_signup_forms
from .scraped_closing import drop_sites_own_tail as drop_sites_own_tail
from .scraped_closing import drop_widget_labels as drop_widget_labels
from .scraped_labels import (
    BYLINE,
    CAPTION,
    CHROME,
    CLOSERS,
    CREDIT,
    DATE,
    DIALOGUE,
    FIELD_SHAPE,
    FOOTER_LINE,
    HEADING,
    HEADING_MAX_WORDS,
    ITEM,
    NOTICE,
    SHORT,
    TEXT,
    Labelled,
    ends_sentence,
    is_body_text,
    word_count,
)
from .scraped_pos import finite_verbs, first_sentence, noun_phrase
from .scraped_turns import drop_rosters as drop_rosters
from .scraped_turns import mark_speaker_turns as mark_speaker_turns
from .scraped_turns import speaker as speaker
from .scraped_vocab import ui_key


def mark_dash_lists(labs: list[Labelled]) -> None:
    """«— Городничий, «Ревизор» (1989);»: a dash-led line ending with a semicolon is a list
    item, and so is a short dash-led line right after one (the list's last item)."""
    previous_item = False
    for lab in labs:
        dash_led = lab.label in (DIALOGUE, ITEM) and lab.text[:1] in "—–―"
        stripped = lab.text.rstrip(CLOSERS + " ")
        if dash_led and (
            stripped.endswith(";") or (previous_item and word_count(lab.text) <= HEADING_MAX_WORDS)
        ):
            if lab.label != ITEM:
                lab.relabel(ITEM, "dash-led list item (items end with a semicolon)")
                lab.caption = lab.text.lstrip("—–― ")
            previous_item = stripped.endswith(";")
        elif lab.label != CHROME:
            previous_item = False


#: a colon line of this many words or more, right under running text, may announce a list by
#: itself ("The winners were:", «Победителями стали:»); one word is a widget's ("Tags:")
ANNOUNCER_MIN_WORDS = 2


def _announces_to_the_end(labs: list[Labelled], i: int) -> bool:
    """Can the colon line at ``i`` announce a list that ends the article?  It ends a paragraph
    of running text, or it is a sentence of its own (two words or more, a capital) right under
    one — not a label among the page's widgets."""
    lab = labs[i]
    if is_body_text(lab):
        return True
    previous = next((o for o in reversed(labs[:i]) if o.label != NOTICE), None)
    return (
        word_count(lab.text) >= ANNOUNCER_MIN_WORDS
        and lab.text[0].isupper()
        and previous is not None
        and is_body_text(previous)
    )


#: a list item runs to a sentence or so; a longer line is a paragraph
LIST_ITEM_MAX_WORDS = 40

#: a sentence break inside a line ("… in 2024. The council …"): a paragraph, not an item
_SENTENCE_BREAK = re.compile(r"[.!?…][»\"”’)]*\s+[\"«“(]?[A-ZА-ЯЁ]")


def _item_shaped(lab: Labelled) -> bool:
    """A line shaped like a list item: a short line with a capital, or a line of up to a
    sentence's length that does not end as a sentence does (no final full stop, or a ";" or ","
    that carries the list on) — "County Hospital, Presque Isle – $350,000 for 36 apprentices"."""
    if lab.label == SHORT:
        return not lab.text[0].islower()
    if lab.label != TEXT or word_count(lab.text) > LIST_ITEM_MAX_WORDS:
        return False
    return not ends_sentence(lab.text) or lab.text.rstrip(CLOSERS + " ")[-1:] in ";,"


def _one_sentence_item(lab: Labelled) -> bool:
    """An item that ends with a full stop ("… from 10 a.m. to 2 p.m."): one sentence, item-sized."""
    return (
        lab.label == TEXT
        and word_count(lab.text) <= LIST_ITEM_MAX_WORDS
        and _SENTENCE_BREAK.search(lab.text) is None
    )


def mark_colon_lists(labs: list[Labelled], body_start: int) -> None:
    """Lines shaped like items right after a line of the body that ends with a colon are the
    items it announces (two items at least; see :func:`_item_shaped` — an item may also end with
    a full stop when the items go on after it), up to the next line of running text — or, when
    the colon line ends a paragraph or is a sentence right under one, up to the end of the page
    or the first line already found to be chrome (the footer, share words, a notice): a list
    may end the article ("The winners were:" and their names, then the footer)."""
    for i, lab in enumerate(labs):
        if i < body_start or lab.label != TEXT or not lab.text.rstrip().endswith(":"):
            continue
        # the items read widely first (lines of any length shaped like items), then as short
        # lines only (round 19's reading), when the wide reading does not end where a list may
        for wide in (True, False):
            j = _list_end(labs, i + 1, wide)
            # the list ends on a paragraph: running text, or a shorter line that ends as a
            # sentence does (a last paragraph of one short sentence; left out, the items were
            # a "run of short lines" and dropped as a link list)
            ends_list = j < len(labs) and (
                is_body_text(labs[j]) or (labs[j].label == TEXT and ends_sentence(labs[j].text))
            )
            ends_article = (
                j == len(labs) or labs[j].label in (CHROME, FOOTER_LINE, NOTICE)
            ) and _announces_to_the_end(labs, i)
            if j - i - 1 >= 2 and (ends_list or ends_article):
                if (
                    j < len(labs)
                    and all(o.text.rstrip(CLOSERS + " ").endswith(";") for o in labs[i + 1 : j])
                    and _one_sentence_item(labs[j])
                    and ends_sentence(labs[j].text)
                ):
                    # items that end with ";" have a last one that ends with a full stop
                    # (as mark_semicolon_lists reads them)
                    j += 1
                for item in labs[i + 1 : j]:
                    item.relabel(ITEM, "item of a list announced by a colon")
                    item.caption = item.text
                break


#: running text resumes within this many lines under a run of fields set into the story
FIELDS_RESUME_REACH = 6


def _field_shaped(lab: Labelled) -> bool:
    return (
        lab.label in (SHORT, TEXT, DATE)
        and not is_body_text(lab)
        and FIELD_SHAPE.match(lab.text) is not None
    )


#: a field whose label or value the shape above misses: a label of up to five words ("Drawings
#: in the book: 64", "Buyer's premium: 24% plus VAT"), or a value as long as a sentence
#: («Карьера: с 2002 года — врач …, с 2014-го — заместитель главврача»)
_LONG_FIELD = re.compile(r"^(?P<label>[A-ZА-ЯЁ][^:]{0,40}):\s+(?P<value>\S.*)$")
FIELD_LABEL_MAX_WORDS = 5


def _field_by_grammar(lab: Labelled) -> bool:
    """A line that goes on a run of fields: its label a noun phrase and its value no clause
    (no finite verb), by part of speech — "The result: the council voted to close it" and
    "Anna Lindgren: You fall asleep in the Arctic" are sentences."""
    m = _LONG_FIELD.match(lab.text.strip())
    if lab.label not in (SHORT, TEXT, DATE) or m is None:
        return False
    label = m.group("label")
    if word_count(label) > FIELD_LABEL_MAX_WORDS or noun_phrase(label) is not True:
        return False
    verbs = finite_verbs(first_sentence(m.group("value")))
    return verbs is not None and verbs == (0, 0)


#: a press release's end mark on a line of its own: "ENDS", "-ends-", "###", "-30-"
_RELEASE_END_MARK = re.compile(r"^(?:[-–—]\s*)?(?:ends|# ?# ?#|30)(?:\s*[-–—])?$", re.I)
#: the reason of the end mark and of every line after it
RELEASE_END = "a press release's end mark and what follows it (notes to editors, contacts)"


def mark_release_end(labs: list[Labelled], body_start: int) -> None:
    """A press release marks where its text ends ("ENDS", "###", "-30-"): what follows is
    for editors (notes, contacts, the sender's description), not the release.  The mark counts
    only below most of the page's running text ("30" alone higher up is a number)."""
    lengths = [len(lab.text) if is_body_text(lab) else 0 for lab in labs]
    total, above = sum(lengths), sum(lengths[: body_start + 1])
    for i in range(body_start + 1, len(labs)):
        if _RELEASE_END_MARK.match(labs[i].text.strip()) and above > total - above:
            if labs[i].text.strip() == "30" and not labs[i].text.strip().startswith("-"):
                return  # (a bare number: a counter, not "-30-")
            for rest in labs[i:]:
                if rest.label not in (FOOTER_LINE, NOTICE):
                    rest.relabel(CHROME, RELEASE_END)
            return
        above += lengths[i]


def mark_field_runs(labs: list[Labelled], body_start: int) -> None:
    """Two fields or more in a row ("When: …", "Where: …", "Tickets: …") set into the story —
    its running text above them (a photo at most between) and again below — are the story's
    own details of what it describes, a list: read alone they were a run of short lines (a
    menu) or a date line.  A box after the story's end is the page's (``drop_closing_box``);
    these have the story on both sides."""
    # (a labelled box may stand above the story's first paragraph, under its byline or date)
    i = 0
    while i < len(labs):
        if not _field_shaped(labs[i]):
            i += 1
            continue
        j = i
        # (a run of two fields or more goes on through fields whose label or value is
        # longer; one field alone is no run: "Rating: 7 of 10" / "Price when reviewed: …")
        while j < len(labs) and (
            _field_shaped(labs[j]) or (j - i >= 2 and _field_by_grammar(labs[j]))
        ):
            j += 1
        above = next((o for o in reversed(labs[:i]) if o.label not in (CHROME, CREDIT)), None)
        below = labs[j : j + FIELDS_RESUME_REACH]
        label = None
        if (
            above is not None
            and above.label == SHORT
            and word_count(above.text) <= FACT_BOX_LABEL_MAX_WORDS
            and above.line.index == i - 1
        ):
            # a box of facts under its label, set into the story ("THE VERDICT" / "Charge: …" /
            # "Plea: …"), or over a release's end mark ("Exhibition at a glance" / "Dates: …" /
            # ENDS): the story's own details under their label
            label, above = (
                above,
                next((o for o in reversed(labs[: i - 1]) if o.label not in (CHROME, CREDIT)), None),
            )
        headed = (
            above is not None
            and above.label == HEADING
            and above.line.index == i - 1
            and is_body_text(labs[i - 2])
        )
        if (
            i <= body_start
            and not (
                label is not None
                and above is not None
                and above.label in (BYLINE, DATE)
                # (the headline and its standfirst above the byline: the label is no headline)
                and any(
                    o.label in (SHORT, TEXT) and word_count(o.text) >= 3
                    for o in labs[max(0, above.line.index - 3) : above.line.index]
                )
            )
        ):
            i = j
            continue
        if (
            j - i >= 2
            and above is not None
            and (
                is_body_text(above)
                or above.label == CAPTION
                or headed
                # (a labelled box under the story's byline or date line, over its text: "THE
                # VERDICT" / "Charge: …" / "Plea: …" above the first paragraph)
                or (label is not None and above.label in (BYLINE, DATE))
            )
            and (
                any(is_body_text(o) for o in below)
                or (bool(below) and below[0].reason == RELEASE_END)
                # (under a section heading of the story, right under its text, the fields are
                # that section's: "How much the trip cost" / "Hotel: …" / "Food: …")
                or headed
            )
        ):
            if label is not None:
                # the box's label ("THE VERDICT", «ПРИГОВОР», "Exhibition at a glance") is the
                # page's frame around the facts, as the development golds drop it
                label.relabel(CHROME, "the label of a box of facts")
            for item in labs[i:j]:
                item.relabel(ITEM, "a field of the story's details (fields set into the story)")
                item.caption = item.text
                item.date = None
        i = j


#: a release's box of facts is labelled in a few words ("Exhibition at a glance")
FACT_BOX_LABEL_MAX_WORDS = 5

#: the label of a box of key points at the top of a story or a live page ("Key points",
#: "Summary", «Главное», «Коротко»): a label of the page's layout, not a section of the story
SUMMARY_LABEL = re.compile(
    r"^(?:summary|key points|key facts|key takeaways|takeaways|at a glance|in brief|in short|"
    r"highlights|main points|the main points|what we know(?: so far)?|what you need to know|"
    r"главное|самое главное|коротко|кратко|коротко о главном|главное к этому часу|"
    r"что известно(?: на данный момент| к этому часу)?|что нужно знать|ключевое|"
    r"головне|коротко про головне|що відомо)$"
)


# a word every such label holds: a cheap test before the whole label is read
_SUMMARY_WORD = re.compile(
    r"summar|key|glance|brief|short|highlight|points|know|главн|коротк|кратк|известн|знать|"
    r"ключев|головн|відом",
    re.I,
)

#: the longest label of a box of key points, in characters (a cheap test before the words)
SUMMARY_LABEL_MAX_CHARS = 40

#: a key point without a bullet is a clause of this many words or more
SUMMARY_ITEM_MIN_WORDS = 4


def mark_summary_lists(labs: list[Labelled]) -> None:
    """A box of key points: its label ("Key points", «Главное») over two items or more — lines
    with bullets, or lines without them that do not end as a sentence does ("Some 900 flights
    are cancelled") — is the page's; the items are the article's list."""
    for i, lab in enumerate(labs):
        # («Главное» is a menu's item too: the UI vocabulary took it already)
        if (
            lab.label not in (SHORT, TEXT, CHROME)
            or len(lab.text) > SUMMARY_LABEL_MAX_CHARS
            or not _SUMMARY_WORD.search(lab.text)
            or not SUMMARY_LABEL.match(ui_key(lab.text))
        ):
            continue
        j = i + 1
        while j < len(labs) and (
            labs[j].label == ITEM
            or (
                # (a point is a clause: a menu's items under «Главное» are a word or two)
                labs[j].label in (SHORT, TEXT)
                and SUMMARY_ITEM_MIN_WORDS <= word_count(labs[j].text) <= LIST_ITEM_MAX_WORDS
                and not ends_sentence(labs[j].text)
                and not labs[j].text[0].islower()
            )
        ):
            j += 1
        if j - i - 1 < 2:
            continue
        lab.relabel(CHROME, "label of a box of key points")
        for item in labs[i + 1 : j]:
            if item.label != ITEM:
                item.relabel(ITEM, "item of a box of key points")
                item.caption = item.text


def _list_end(labs: list[Labelled], j: int, wide: bool) -> int:
    """The line after the run of items that starts at ``j`` (``wide``: see mark_colon_lists)."""
    while j < len(labs):
        lab = labs[j]
        if not wide:
            if lab.label != SHORT or lab.text[0].islower():
                break
        elif not (
            _item_shaped(lab)
            or (
                # an item that ends with a full stop when two more items follow it
                _one_sentence_item(lab)
                and j + 2 < len(labs)
                and _item_shaped(labs[j + 1])
                and _item_shaped(labs[j + 2])
            )
        ):
            break
        j += 1
    return j


def mark_semicolon_lists(labs: list[Labelled], body_start: int) -> None:
    """Lines of the body that end with ";", two or more in a row, are the items of a list (a
    paragraph does not end with a semicolon), and an item-sized line right after them that ends
    with a full stop is its last item ("1Н — рынок — Гайва;", …, "5Н — рынок — Парковый.")."""
    i = body_start
    while i < len(labs):
        j = i
        while (
            j < len(labs)
            and labs[j].label == TEXT
            and word_count(labs[j].text) <= LIST_ITEM_MAX_WORDS
            and labs[j].text.rstrip(CLOSERS + " ").endswith(";")
        ):
            j += 1
        if j - i >= 2:
            if j < len(labs) and _one_sentence_item(labs[j]) and ends_sentence(labs[j].text):
                j += 1
            for item in labs[i:j]:
                item.relabel(ITEM, "item of a list whose items end with a semicolon")
                item.caption = item.text
        i = max(j, i + 1)


def drop_dated_teasers(labs: list[Labelled], body_start: int) -> None:
    """After the body, a headline-like line right under a date line, with no running text after
    it, is another article's teaser ("Other episodes": a date, a headline, a date, a headline);
    two such pairs make the listing."""
    pairs = [
        i
        for i in range(max(body_start, 1), len(labs))
        if labs[i - 1].label == DATE
        and labs[i].label in (SHORT, TEXT)
        and not is_body_text(labs[i])
        and not (i + 1 < len(labs) and is_body_text(labs[i + 1]))
    ]
    if len(pairs) >= 2:
        for i in pairs:
            labs[i].relabel(CHROME, "teaser of another article, under its date")
        header = labs[pairs[0] - 2] if pairs[0] >= 2 else None
        if header is not None and header.label in (SHORT, TEXT) and not is_body_text(header):
            header.relabel(CHROME, "header of a listing of other articles")


# the header of a press release's boilerplate: "About" or «О» before a name ("About Northgate
# Inc.", «О компании «Ромашка»», "About Us"), and the headers of its contacts ("Media contact:",
# «Контакты для СМИ»).  The name's capital is read case-sensitively: "About half of them left."
# and «О парковке» (a short paragraph, a subheading) open running text, and everything after
# them was dropped as boilerplate (review, nineteenth session)
_ABOUT_NAME = re.compile(
    r"^(?:(?i:about)\s+(?:(?:the\s+)?[\"“«A-Z]|(?i:us)\b)|[Оо]б?\s+(?:[«\"„“A-ZА-ЯЁ]|(?i:компании|нас)\b)"
    r"|(?i:über)\s+[\"„A-ZÄÖÜ]|(?i:à propos d)|(?i:acerca de)\s+\S)"
)
_CONTACTS = re.compile(
    r"^(?:(?:media|press)\s+contacts?\b|контакты\s+для\s+(?:сми|прессы)|пресс-служба\s*:?$)",
    re.I,
)
# a sentence's end: "About Smith, little is known." is running text; a header ends with a name
# ("About Marlow Foods Ltd.") or with nothing
_SENTENCE_END = re.compile(r"(?:[,;:!?]|\b[a-zа-яё]\w*\.)[\"”»)]*$")


#: the words of a header that name no one: "About Us", «О компании», «О нас»
_ABOUT_US = re.compile(r"^(?i:about\s+us|об?\s+(?:компании|нас))\b")
_NAME_WORD = re.compile(r"[A-ZА-ЯЁÄÖÜ][\w'’-]*")


def _release_end(text: str, following: str) -> bool:
    """Does this short line head a press release's boilerplate or its contacts?  A header
    that names the company ("About Northgate Inc.") is followed by its description, which
    names it again ("Founded in 1962, Northgate …"); a subheading («О Москве») is not."""
    text = text.strip()
    if _CONTACTS.match(text) or _ABOUT_US.match(text):
        return True
    if not _ABOUT_NAME.match(text) or _SENTENCE_END.search(text):
        return False
    start = text.find(" ") + 1
    if text[start:].startswith("the "):
        start += 4  # "About the Maine Department of Labor"
    name = _NAME_WORD.search(text, start)
    # the name's stem (a Russian name is declined: «Об Аэрофлоте» — «Аэрофлот …»)
    stem = name.group()[:5].rstrip("'’-") if name is not None else ""
    return bool(stem) and (stem in following or stem.title() in following)  # "ABOUT ACME"


def drop_release_boilerplate(labs: list[Labelled], body_start: int) -> None:
    """A press release ends where its boilerplate starts: "About <the company>" (or its media
    contacts) after the body, with most of the running text above it; what follows is the
    company's standing description, contacts and the wire's promotions."""
    lengths = [len(lab.text) if is_body_text(lab) else 0 for lab in labs]
    total, above = sum(lengths), sum(lengths[: body_start + 1])
    for i in range(body_start + 1, len(labs)):
        lab = labs[i]
        if (
            # (a heading too: "Media contact", its lines and "About <the company>" read as a
            # heading, its list and the next section's heading set into the story; or as a
            # run of short lines)
            (lab.label in (SHORT, TEXT, HEADING) or lab.reason.startswith("run of short lines"))
            and word_count(lab.text) <= 8
            and _release_end(lab.text, _next_text(labs, i))
            and above > total - above
        ):
            for rest in labs[i:]:
                if rest.label not in (CHROME, FOOTER_LINE, NOTICE):
                    rest.relabel(CHROME, "a press release's boilerplate (about, contacts)")
            return
        above += lengths[i]
