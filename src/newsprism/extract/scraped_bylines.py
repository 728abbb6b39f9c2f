"""Second pass over scraped text: bylines and signatures (a bare name next to a job title or a
date), and the end of the article (lines after the story are chrome).
"""

from __future__ import annotations

import re

from .scraped_credits import (
    _crew_line,
)
from .scraped_labels import (
    BYLINE,
    CAPTION,
    CHROME,
    CLOSERS,
    CREDIT,
    DATE,
    DIALOGUE,
    ITEM,
    LETTER_SIGNATURE,
    NOTICE,
    POLL_REASON,
    SHORT,
    TEXT,
    Labelled,
    ends_sentence,
    is_body_text,
    word_count,
)
from .scraped_meta import (
    given_name_first,
    is_name,
    is_role,
    names_only,
)
from .scraped_tables import (
    TABLE_REASONS,
)

#: no headline is longer: a line above printing a longer one whole is not looked for
HEADLINE_MAX_WORDS = 40


def _headline_sized(lab: Labelled) -> bool:
    """Long enough to be a headline (a menu item or a section label is shorter)."""
    return word_count(lab.text) >= 4 and not lab.text[0].islower()


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
        # (the page's last line of content signs the story when nothing short stands between
        # it and the story's text: a name after "Tags", "Drought", "Water" is one more tag)
        last = (
            i == last_content and not any(o.label == SHORT for o in labs[last_text + 1 : i])
        ) or _signature(labs, i, body_start, last_text)
        if role is None and not dated and last and _signed_by_another(labs, lab.text):
            # a page that names its author in a byline of its own is not signed again by a bare
            # name at its end: a sponsor's or a partner's name under the story ("Harlow Ford")
            continue
        if role is None and dated and i < body_start + 2 and _signed_by_prefix(labs):
            # the page names its author in a byline of its own ("By …"): a capitalised
            # phrase by the date is its label or its series ("Ten Minutes With"), no author
            continue
        if (
            role is None
            and dated
            and i < body_start
            and _CYRILLIC_NAME.match(lab.text)
            and _named_in_story(labs, i, [lab.text])
        ):
            # a Russian name over the date line that the story itself names («Сергей Собянин»
            # / «12 марта 2026»): the site's tag for the story's subject, not its writer
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
        elif (
            i < body_start + 2
            and _under_a_dated_headline(labs, i)
            and not _signed_by_another(labs, lab.text)
        ):
            # the date line, the headline, its standfirst, then the author's name: the
            # header's order on many sites («18.06.2026» / headline / standfirst / «Ксения
            # Мартынова»), the name under the story's header rather than beside its date
            lab.relabel(BYLINE, "a name right under a dated headline")
            lab.authors = [lab.text]


def find_header_names(labs: list[Labelled], body_start: int) -> None:
    """A Russian name alone in the story's header — under the headline or its standfirst, over
    the first paragraph, with only the date line or chrome between — is the story's byline
    («Игорь Мелентьев» under the headline; «Анна Лыкова и Павел Зорин, «Волга-Ньюс»»; «Николай
    Прохоров, краевед» over the date), where no date or job title stands beside it for
    :func:`find_bylines`.  A capitalised line there is as often a rubric or a menu item
    («Дороги», «Новости Костромы»), so the name is confirmed by the dictionary: its first word
    a given name in the nominative (pymorphy3's ``Name``), the others capitalised words (a
    surname the dictionary may not know).  Nothing is done on a page that has a byline already."""
    if body_start >= len(labs) or any(o.label == BYLINE for o in labs):
        return
    for i in range(body_start - 1, max(-1, body_start - 4), -1):
        lab = labs[i]
        if lab.label not in (SHORT, CHROME, DATE) and lab.reason != "standfirst":
            return  # the header ends above: a line of another kind stands between
        if lab.label not in (SHORT, CHROME) or not _headline_above(labs, i):
            continue
        names = _header_names(lab.text)
        if names and not _named_in_story(labs, i, names):
            lab.relabel(BYLINE, "a name the dictionary knows, in the story's header")
            lab.authors = names
            return


def _named_in_story(labs: list[Labelled], i: int, names: list[str]) -> bool:
    """A surname of ``names`` occurs in the story — its headline or standfirst above line ``i``,
    its text below — in any case (its dictionary form, by pymorphy3): the line names the
    story's subject («Сергей Собянин» under a story about the mayor; a site's tag line under
    the headline), not its writer, whose name a story rarely mentions."""
    from .scraped_pos import named_in

    surnames = [name.split()[-1] for name in names]
    above = [o.text for o in labs[max(0, i - _BYLINE_REACH) : i] if o.label in (SHORT, TEXT)]
    below = [
        o.text
        for o in labs[i + 1 :]
        if is_body_text(o) and not any(_introduces(o.text, name) for name in names)
    ]
    return named_in(surnames, "\n".join(above + below))


def _introduces(text: str, name: str) -> bool:
    """A paragraph opening with the writer's given name and surname («Игорь Тучков —
    литературный обозреватель …», «Николай Петрович Прохоров — краевед …», «Мария Галкина пишет
    для …»): the page's note on its writer, under many Russian columns, not the story naming
    its subject."""
    given, surname = name.split()[0], name.split()[-1]
    opening = text.split()[:3]
    return bool(opening) and opening[0] == given and surname in opening


def _header_names(text: str) -> list[str]:
    """The names of «Имя Фамилия», «Имя Фамилия и Имя Фамилия», each maybe followed by a
    comma and a few words about the writer or the outlet («, «Волга-Ньюс»», «, краевед»);
    an empty list when a piece is no name the dictionary confirms."""
    head, comma, description = text.partition(",")
    if comma and (
        not description.strip()
        or word_count(description) > SIGNATURE_DESCRIPTION_MAX_WORDS
        or re.search(r"\d", description)
        or ends_sentence(description.strip())
    ):
        return []
    pieces = [piece.strip() for piece in _SIGNERS.split(head.strip())]
    if all(is_name(piece) and given_name_first(piece) for piece in pieces):
        return pieces
    return []


#: a signature's description after the name ("Club Secretary", «главный врач», «д. Ольховка»)
SIGNATURE_DESCRIPTION_MAX_WORDS = 5


def _described_name(text: str) -> str | None:
    """The name of "Name, a few words about its bearer" («Пётр Зуев, краевед»), or ``None``:
    no digit after the comma (an age, a score), no sentence."""
    name, comma, description = text.partition(",")
    description = description.strip()
    if (
        not comma
        or not description
        or word_count(description) > SIGNATURE_DESCRIPTION_MAX_WORDS
        or re.search(r"\d", description)
        or ends_sentence(description)
        or not _names(name.strip())
    ):
        return None
    return name.strip()


#: two people who sign together ("Margaret and Tony Doyle", «Анна и Пётр Зуевы»)
_SIGNERS = re.compile(r"\s+(?:and|&|и)\s+")


def _names(text: str) -> bool:
    """A person's name, or two joined by "and" / «и» whose first may be a first name alone
    ("Margaret and Tony Doyle")."""
    if is_name(text):
        return True
    first, *rest = _SIGNERS.split(text)
    return (
        len(rest) == 1
        and is_name(rest[0])
        and (is_name(first) or (first[:1].isupper() and " " not in first and first.isalpha()))
    )


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
        if _described_name(lab.text) is None:
            continue
        previous = labs[i - 1]
        if previous.label != TEXT or previous.text.rstrip(CLOSERS + " ")[-1:] not in ".!?…":
            continue
        found.append(i)
    if len(found) >= 2:
        # readers' letters, each signed under its text and no author of the page's: each
        # signature is a line of its letter, as printed ("Joan Wheeler, Glemsford")
        for i in found:
            labs[i].relabel(TEXT, LETTER_SIGNATURE)
        return
    if len(found) != 1:
        return
    i = found[0]
    if i + 1 < len(labs) and labs[i + 1].label in (TEXT, DIALOGUE):
        return  # more text under it: a heading's or a speaker's name, not the page's signature
    lab = labs[i]
    lab.relabel(BYLINE, "a name and a few words about its bearer under the text (signature)")
    lab.authors = [_described_name(lab.text) or lab.text]


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


#: a name in Cyrillic words («Сергей Собянин»): the tag lines the story-name guard reads
_CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)+$")

#: how many lines above a byline its headline may stand (a standfirst, a label between)
_BYLINE_REACH = 4


def _under_a_dated_headline(labs: list[Labelled], i: int) -> bool:
    """Right above line ``i`` stand the headline and at most its standfirst (headline-sized
    lines), and right above them the page's date line."""
    j = i - 1
    while j >= 0 and i - j <= 2 and labs[j].label in (SHORT, TEXT) and _headline_sized(labs[j]):
        j -= 1
    return j < i - 1 and j >= 0 and labs[j].label == DATE


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
            and lab.reason != POLL_REASON
        ):
            run += 1
        above += lengths[i]
