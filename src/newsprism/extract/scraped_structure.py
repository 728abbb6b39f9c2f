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
"""

from __future__ import annotations

import re

from ..attribution.cues_ru import ASPECT_SPEECH, GROWN_SPEECH, WIKTIONARY_SPEECH
from ..attribution.lexicon_en import SPEECH_VERBS, words
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
    SHARE_LINE,
    SHORT,
    TEXT,
    Labelled,
    ends_sentence,
    is_body_text,
    word_count,
)
from .scraped_meta import ADDRESS_TITLE as _ADDRESS_TITLE
from .scraped_meta import is_name
from .scraped_pos import finite_verbs, first_sentence, noun_phrase
from .scraped_vocab import REPORTED_SPEECH, ui_key

# a speaker's label: a name in capitals with its initials ("J. SMITH", "Е. СОЛОВЬЕВА",
# "MARIA LOPEZ"), or the letters and words of a printed interview (Q/A, В/О, Вопрос/Ответ)
_SPEAKER = re.compile(
    r"^(?P<who>(?:[A-ZА-ЯЁ]\.\s?){0,2}[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){0,2}"
    r"|Q|A|В|О|Question|Answer|Вопрос|Ответ)\s?:\s+\S"
)


#: a speaker's name as a transcript prints it in its own case ("Мария Осипова: …")
_NAMED_TURN = re.compile(r"^(?P<who>[^\W\d_][^:]{2,40}):\s+\S")


def speaker(text: str) -> str | None:
    """The speaker's label a line opens with, if it opens with one."""
    # a turn of speech ends as a sentence does: a name, in capitals or in its own case, may
    # also open a colon headline ("Prince Andrew: BT ends ties with duke"), and a label in
    # capitals a score line or a ticker's ("FULL-TIME: Home 2-1 Away", "BREAKING: …")
    if not _ENDS_SPEECH.search(text):
        return None
    found = _SPEAKER.match(text)
    if found:
        return found.group("who")
    named = _NAMED_TURN.match(text)
    if named is None or not is_name(named.group("who")):
        return None
    return named.group("who")


_ENDS_SPEECH = re.compile(r"[.!?…][»\"”’)]*$")


#: a team's line-up: its name, a colon and the players' names, a name or two words each,
#: parted by commas and semicolons ("City: Ash; Bell, Cross (c), Dane; Eyre, …")
_ROSTER_NAME = re.compile(r"^[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*)?$")
ROSTER_MIN_NAMES = 5


def _roster_names(text: str) -> int:
    """How many players' names the line lists after its colon (0 when it is not a roster)."""
    head, colon, rest = text.partition(":")
    if not colon or not head.strip() or word_count(head) > 4:
        return 0
    rest = re.sub(r"\([^)]*\)", "", rest).strip().rstrip(".")
    names = [n.strip() for n in re.split(r"[;,]", rest)]
    if not names or not all(_ROSTER_NAME.match(n) for n in names):
        return 0
    return len(names)


#: the header of a match's line-ups ("Line-ups", "Teams", "Starting XI", «Составы»)
_LINE_UPS_HEADER = re.compile(
    r"(?i)^(?:(?:the\s+|starting\s+)?(?:line-?\s?ups?|teams?|squads?|xi|eleven)|"
    r"(?:стартовые\s+)?составы(?:\s+команд)?|склади(?:\s+команд)?)[:.]?$"
)


def drop_rosters(labs: list[Labelled]) -> None:
    """A match's line-ups are the page's data box, not the report: two lines or more listing
    five players or more each, with the lines about them (substitutes, the referee: a label,
    a colon and names) and their header ("Line-ups", «Составы») right above them.  A line-up
    says it is one: its header stands above the first, or every line is set out by the lines
    of a formation (semicolons: "Pike; Lowe, Barton, Reid; …").  Two lists of five places or
    people after a colon with neither ("Schools closed: …", "Nominees: …") are the story's."""
    rosters = [i for i, lab in enumerate(labs) if _roster_names(lab.text) >= ROSTER_MIN_NAMES]
    if len(rosters) < 2:
        return
    first = rosters[0]
    headed = first > 0 and bool(_LINE_UPS_HEADER.match(labs[first - 1].text.strip()))
    if not headed and not all(";" in labs[i].text.partition(":")[2] for i in rosters):
        return
    for i in rosters:
        labs[i].relabel(CHROME, "a team's line-up")
        # the lines beside a line-up: "Substitutes: Fry, Gale.", "Referee: A. Name"
        j = i + 1
        while j < len(labs) and (
            _roster_names(labs[j].text) >= 1 and word_count(labs[j].text) <= 12
        ):
            labs[j].relabel(CHROME, "a line of a match's line-ups")
            j += 1
    first = rosters[0]
    header = labs[first - 1] if first else None
    if header is not None and header.label == SHORT and word_count(header.text) <= 3:
        header.relabel(CHROME, "header of a match's line-ups")


#: the label a page prints over a transcript ("Transcript", «Расшифровка эфира»)
TRANSCRIPT_LABEL = re.compile(
    r"^(?:(?:full |read the )?transcript(?: of (?:the|this) (?:broadcast|episode|interview|"
    r"programme|program|conversation))?|расшифровка(?: эфира| беседы| интервью| выпуска| подкаста)?|"
    r"стенограмма(?: эфира| беседы)?|текстовая версия(?: эфира| выпуска| интервью)?|"
    r"транскрипт|розшифровка(?: ефіру)?)$"
)


def mark_speaker_turns(labs: list[Labelled]) -> None:
    """On a page with turns of two speakers or more, every turn is a paragraph (DIALOGUE); the
    transcript's label above the first turn is the page's."""
    turns = [(lab, speaker(lab.text)) for lab in labs if lab.label in (SHORT, TEXT)]
    turns = [(lab, who) for lab, who in turns if who is not None]
    if len({who for _, who in turns}) < 2 or len(turns) < 3:
        return
    for lab, _ in turns:
        lab.relabel(DIALOGUE, "a speaker's turn in a conversation")
    first = turns[0][0].line.index
    for lab in reversed(labs[max(0, first - 4) : first]):
        if lab.label in (SHORT, TEXT) and TRANSCRIPT_LABEL.match(ui_key(lab.text)):
            lab.relabel(CHROME, "the label over a transcript")
            break


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


#: a widget's label is a few words ("Now playing:", «Сейчас в эфире:», "Tags:")
WIDGET_LABEL_MAX_WORDS = 4


def drop_widget_labels(labs: list[Labelled], body_start: int) -> None:
    """After the body starts, a few words ending with a colon with no text after them (a name,
    then no more text; or the footer) label a widget ("Now on air:" above a programme's name)."""
    for i in range(body_start + 1, len(labs)):
        lab = labs[i]
        if (
            lab.label != TEXT
            or not lab.text.rstrip().endswith(":")
            or word_count(lab.text) > WIDGET_LABEL_MAX_WORDS
        ):
            continue
        after = [o for o in labs[i + 1 :] if o.label not in (CHROME, NOTICE)][:2]
        if (
            not after
            or after[0].label == FOOTER_LINE
            or (
                after[0].label == SHORT
                and (len(after) == 1 or after[1].label in (SHORT, FOOTER_LINE))
            )
        ):
            # (what it labels is a name or nothing: a programme, a playlist, the footer)
            lab.relabel(CHROME, "label of a widget (a few words and a colon, no text after)")


def _next_text(labs: list[Labelled], i: int) -> str:
    """The first line of running text after line ``i`` ("" if none)."""
    return next((lab.text for lab in labs[i + 1 :] if is_body_text(lab)), "")


#: an e-mail address or a web address on a line
_ADDRESS = re.compile(
    r"[\w.+-]+@(?P<mail>[\w-]+(?:\.[\w-]+)+)|(?:https?://|www\.)(?P<web>[\w-]+(?:\.[\w-]+)+)"
)


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


#: what follows a site's name when the site describes itself: a copula or an apposition with
#: a noun phrase ("is an independent newsroom", ", a nonprofit newsroom,", "was founded in"),
#: a dash (the Russian copula: «— независимое издание»), «является», «— это»
_SELF_DESCRIPTION = re.compile(
    r"(?i)[\"»”’)]*\s*(?:,\s*(?:a|an|the|one)\b"
    r"|(?:is|are|was|has\s+been)\s+(?:a|an|the|one\s+of|founded|published|owned|funded)\b"
    r"|(?:was|were)\s+(?:founded|established|launched|created)\b"
    r"|[—–]\s|-\s|является\b|это\b|—\s*это\b)"
)


def _after_squashed(text: str, count: int) -> int:
    """The offset in ``text`` just after its first ``count`` letters and digits, after a
    leading "The" (the site's name as :func:`_squashed` compared it)."""
    start = m.end() if (m := re.match(r"(?i)\W*the\s+", text)) else 0
    seen = 0
    for k in range(start, len(text)):
        if seen == count:
            return k
        if not re.match(r"[\W_]", text[k]):
            seen += 1
    return len(text)


def _sites_own_line(text: str, site: str | None, authors: list[str]) -> bool:
    """A line about the site or its people rather than the story: it starts with the site's
    name ("The Verity Desk is a nonprofit newsroom …") or with an author's ("Nora Kessler
    covers consumer news …"), or gives an address at the site's own domain ("Email
    tips@veritydesk.org")."""
    key = _squashed(text)
    if site:
        own = _squashed(re.sub(r"(?i)^the\s+", "", site))
        if len(own) >= 4 and key.removeprefix("the").startswith(own):
            # the site describing itself ("The Verity Desk is a nonprofit newsroom"), not the
            # story's last sentence with the site as its subject ("Reuters could not verify
            # the figures", «Ведомости направили запрос в пресс-службу»)
            return bool(_SELF_DESCRIPTION.match(text, _after_squashed(text, len(own))))
        for m in _ADDRESS.finditer(text):
            domain = _squashed((m.group("mail") or m.group("web")).rsplit(".", 1)[0])
            if len(own) >= 4 and (own in domain or domain.removeprefix("www") in own):
                return True
    # (with the title of address the byline gave and the author's name leaves: "Dr Name …")
    key = _squashed(_ADDRESS_TITLE.sub("", text))
    return any(len(a) >= 5 and key.startswith(_squashed(a)) for a in authors)


def drop_sites_own_tail(labs: list[Labelled], body_start: int, site: str | None) -> None:
    """The article's last lines may be the site's rather than the story's: an author's bio, a
    tip line at the site's address, the site's description of itself.  Read from the end, such
    lines (see :func:`_sites_own_line`) are chrome up to the first line of the story; a line
    that names the site elsewhere ("…, she told the Sentinel") is the story's."""
    authors = [a for lab in labs if lab.label == BYLINE for a in lab.authors]
    invited = False  # the line under this one asked the reader to write to the site
    for i in range(len(labs) - 1, body_start + 1, -1):
        lab = labs[i]
        if lab.label in (CHROME, FOOTER_LINE, NOTICE, BYLINE, DATE) or SHARE_LINE.match(lab.text):
            continue  # (the share text under the story is the page's toolbar: passed over)
        if lab.label not in (SHORT, TEXT):
            return
        if _sites_own_line(lab.text, site, authors):
            lab.relabel(CHROME, "the site's own line after the story (a bio, a tip line, about us)")
            invited = False
        elif invites_reader(lab.text):
            lab.relabel(CHROME, "the site asks its reader to write, call or join (after the story)")
            invited = True
        elif invited and word_count(lab.text) <= INVITATION_LABEL_MAX_WORDS:
            # the box's label over the invitation ("Need help?", "About the series")
            lab.relabel(CHROME, "label of the site's invitation after the story")
            invited = False
        else:
            return


#: the label of a box that asks the reader to write ("Need help?", «Есть вопрос?») is short
INVITATION_LABEL_MAX_WORDS = 4
#: a verb that asks the reader to get in touch, to send or to join, opening a sentence or a
#: clause ("Send it to us", "…, contact our officer", «Пишите нам»); a verb that is also a noun
#: opening a sentence ("Support for the plan …", "Text of the bill …", "Tell", "Become") asks
#: only with "us" right after it ("Support us", "Tell us")
_INVITATION = re.compile(
    r"(?:^|[.?!:]\s+|,\s+)(?:(?:send|write|call|contact|e-?mail|join|suggest|donate|"
    r"get in touch|пишите|напишите|присылайте|пришлите|звоните|позвоните|отправляйте|"
    r"отправьте|сообщите|расскажите|поддержите|подпишитесь|присоединяйтесь|обращайтесь)\b"
    r"|(?:support|text|message|tell|become)\s+us\b)",
    re.I,
)
#: the site speaking of itself to its reader: "us", "our", «нам», «наш», «редакция», or a
#: newsroom's own mailbox ("Suggest an owner: tips@…", "news@…", "letters@…", "redakciya@…"; a
#: police or council appeal gives a telephone number or a mailbox of its own)
_OUTLET_SELF = re.compile(
    r"\b(?:us|our|нам|нас|наш\w*|редакци\w*)\b"
    r"|(?<![\w.+-])(?:tips?|news|newsdesk|newsroom|editors?|editorial|letters|desk|"
    r"redak\w*|red)@[\w-]+\.",
    re.I,
)
#: a reporting verb of the attribution lexicon in a reported form: the past ("the organisers
#: wrote", "urged", «заявили») or "says"/"writes"/"tells"; a page's own invitation reports
#: no one, a story's sentence that gives someone's appeal does ("Join us …, the organisers wrote")
_IRREGULAR_PAST = words(
    "said told wrote thought knew felt heard found swore foresaw understood taught"
)
_PRESENT_REPORTS = words("says writes tells adds notes explains warns urges")
#: the reader's own doing in an invitation ("If you've noticed …, tell us", "Have you heard …")
_READER_BEFORE = re.compile(r"\b(?:you|you've|you’ve|you'd|вы)\s+(?:\w+\s+)?$", re.I)


def _english_reported(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PAST or w in _PRESENT_REPORTS:
        return True
    if not w.endswith("ed") or len(w) < 5:
        return False
    stems = {w[:-2], w[:-1], w[:-3] + "y" if w.endswith("ied") else "", w[:-3]}
    return any(stem in SPEECH_VERBS for stem in stems if stem)


#: the Russian reporting verbs of the attribution lexicon (grown, Wiktionary's, aspect pairs)
#: and the common ones the hand list of the Russian reader opens with
_RU_SPEECH = (
    GROWN_SPEECH
    | WIKTIONARY_SPEECH
    | ASPECT_SPEECH
    | words(
        "сказать заявить сообщить написать рассказать пояснить добавить отметить ответить "
        "уточнить подчеркнуть призвать попросить предупредить объявить"
    )
)
_RU_PAST = re.compile(r"\b([а-яё]{3,})(?:л|ла|ло|ли)(?:сь)?\b", re.I)


def reports_speech(text: str) -> bool:
    """Does the line give someone's words (a reporting verb of the attribution lexicon in the
    past or "says", «заявил», «сообщили в …»), not the reader's own doing ("If you noticed …")?"""
    if REPORTED_SPEECH.search(text):
        return True
    for m in _RU_PAST.finditer(text):
        if m.group(1).lower() + "ть" in _RU_SPEECH and not _READER_BEFORE.search(
            text, 0, m.start()
        ):
            return True
    for m in re.finditer(r"[A-Za-z]+(?:['’][a-z]+)?", text):
        if _english_reported(m.group()) and not _READER_BEFORE.search(text, 0, m.start()):
            return True
    return False


def invites_reader(text: str) -> bool:
    """The site asks its reader to write, call, send or join it ("Do you have an obituary? Send
    it to us", "Call our Customer Care team on 0800 …", «Пишите нам: …»): an imperative of
    getting in touch opens a sentence or a clause, and the line names the site as "us"/"our"
    («нам», «наш», «редакция») or gives a newsroom's mailbox ("tips@…").  A telephone number alone is no site's: a police appeal ends a
    story ("If you saw the assault, call Northumbria Police on 0800 …", «звоните по телефону
    …»).  Quoted words or a reporting verb make it a speaker's appeal, the story's.  (No line
    of this shape is story text in any development gold: 39 such lines, all the page's.)"""
    if text[:1] in "\"“«„'‘—–-" or not _INVITATION.search(text):
        return False
    return bool(_OUTLET_SELF.search(text)) and not reports_speech(text)


#: a telephone number: nine digits or more in groups ("01434 555 210", "+375 29 555-14-07",
#: "(413) 555-0178"); a year, a price or a count is shorter or has no groups
_PHONE = re.compile(r"(?<![\w.,])\+?\(?\d{2,5}\)?(?:[\s-]\(?\d{2,5}\)?){1,4}(?![\w.,]\d)")
PHONE_MIN_DIGITS = 9

#: a field of a box: a label of two to four words, a colon, its value ("Box office: …",
#: "Opening hours: 10am to 4pm", «Часы работы: …»)
_FIELD_LINE = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]*(?:\s+[a-zа-яё][^\W\d_]*){1,3}:\s+[^\s\"“«„'‘]")

#: a line of a closing box that is neither a field nor a contact (its label, a disclosure:
#: "If you go", "The hotel paid for the writer's stay.") is at most this long
CLOSING_SHORT_MAX_WORDS = 12
#: a field with a one-word label ("Parking: …", a match report's "Rovers: host the Town on
#: Sunday.") may stand in a box, but only a label of two words or more counts as evidence
_ONE_WORD_FIELD = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]*:\s")
#: it takes two fields or contact lines to make a box (one is a story's own last line often
#: enough: an appeal with a telephone number, a reply under "Update:")
CLOSING_BOX_MIN_EVIDENCE = 2


def _contact_line(text: str) -> bool:
    """A line with an e-mail address or a telephone number (a web address is not enough: an
    embedded post ends with its link)."""
    if any(m.group("mail") for m in _ADDRESS.finditer(text)):
        return True
    return any(
        sum(c.isdigit() for c in m.group()) >= PHONE_MIN_DIGITS for m in _PHONE.finditer(text)
    )


#: a short question to the reader, the label of a page's box ("Need help with your bills?",
#: "Have a story for us?", «Остались вопросы?», «Нужна помощь?»)
_READER_QUESTION = re.compile(
    r"^(?=.{0,60}\?\s*$)(?:.*\b(?:you|your)\b|остались вопросы|нужна помощь|.*\b(?:вы|вам|ваш[аеи]?)\b)",
    re.I,
)


#: a poll's button under its options ("Vote", «Голосовать», "Show results")
_VOTE_BUTTON = re.compile(
    r"^(?:vote|vote now|submit(?: vote)?|cast your vote|show results|see results|view results|"
    r"голосовать|проголосовать|ответить|показать результаты|результаты|голосувати|"
    r"abstimmen|voter)$",
    re.I,
)
#: a poll offers this many answers at most, each a few words
POLL_MAX_OPTIONS, POLL_OPTION_MAX_WORDS = 8, 6


def drop_polls(labs: list[Labelled], body_start: int) -> None:
    """A question over short answers and a "Vote" button («Сколько вы потратите?» / «До 5 000
    рублей» / … / «Голосовать») is the page's poll: the question goes with its answers, as
    the page's chrome, however much it reads like the story's last sentence."""
    for i in range(body_start + 1, len(labs)):
        lab = labs[i]
        if lab.label not in (SHORT, TEXT) or not lab.text.rstrip(CLOSERS + " ").endswith("?"):
            continue
        j = i + 1
        while (
            j < len(labs)
            and j - i <= POLL_MAX_OPTIONS
            and not _VOTE_BUTTON.match(ui_key(labs[j].text))
            and word_count(labs[j].text) <= POLL_OPTION_MAX_WORDS
            and not is_body_text(labs[j])
        ):
            j += 1
        if j < len(labs) and j - i >= 3 and _VOTE_BUTTON.match(ui_key(labs[j].text)):
            for o in labs[i : j + 1]:
                o.relabel(CHROME, "a poll (its question, answers and button)")


def drop_closing_box(labs: list[Labelled], body_start: int) -> None:
    """After the story's last paragraph a page may set a box of its own: a show's dates, box
    office and length under a review, "If you go" with "How to get there: …" under a travel
    piece, a helpline under a notice.  Read from the end of the page's content, lines
    that give a field ("Opening hours: 10am to 4pm") or a contact (a telephone number, an e-mail
    address), with the short lines among and above them (the box's label, a disclosure), are
    chrome — when two of them at least say so; the first line of running text that is neither
    ends the box."""
    content = [
        i for i in range(body_start + 1, len(labs)) if labs[i].label in (SHORT, TEXT, DIALOGUE)
    ]
    box: list[int] = []
    pending: list[int] = []
    evidence = 0
    for i in reversed(content):
        lab = labs[i]
        if _FIELD_LINE.match(lab.text) or _contact_line(lab.text):
            box += pending + [i]
            pending = []
            evidence += 1
        elif (
            word_count(lab.text) <= CLOSING_SHORT_MAX_WORDS and not is_body_text(lab)
        ) or _ONE_WORD_FIELD.match(lab.text):
            pending.append(i)
        else:
            break
    asks_reader = [i for i in pending if _READER_QUESTION.search(labs[i].text)]
    if box and asks_reader:
        # the box's label asks the reader ("Need help with your bills?", «Остались вопросы?
        # Звоните …»): the page's offer of help, as a second field would say
        evidence += 1
    if evidence < CLOSING_BOX_MIN_EVIDENCE:
        return
    box += [i for i in pending if labs[i].label == SHORT or i in asks_reader]  # its label
    if min(box) == content[0]:
        return  # the whole body is no box
    for i in box:
        labs[i].relabel(CHROME, "a box after the story (its fields, contacts, label)")
