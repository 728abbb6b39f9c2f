"""Bylines and date lines in scraped text, turned into authors and an ISO publication date.

A date line is a line that holds a date (or a time of day with "today"/«сегодня») and little
else: a prefix such as "Published"/«Опубликовано», a weekday, a time zone, perhaps a city.  A
byline is "By …"/«Автор: …»/"Von …", or a name followed by a job title ("Jane Doe, Political
correspondent").  Month names are known in English, Russian, Ukrainian, German, French and
Spanish, so pages from sites never seen before are read the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .scraped_vocab import BYLINE_PREFIX, ROLE_WORDS, UI_LINES, ui_key

_MONTHS: dict[str, int] = {}
for _number, _spellings in enumerate(
    [
        "january jan январь января янв січня січень jänner januar janvier janv enero ene",
        "february feb февраль февраля фев февр лютого лютий februar février févr febrero",
        "march mar март марта мар березня березень märz mars marzo",
        "april apr апрель апреля апр квітня квітень avril abril abr",
        "may май мая травня травень mai mayo",
        "june jun июнь июня июн червня червень juni juin junio",
        "july jul июль июля июл липня липень juli juillet julio",
        "august aug август августа авг серпня серпень août agosto ago",
        "september sep sept сентябрь сентября сен сент вересня вересень septembre septiembre",
        "october oct октябрь октября окт жовтня жовтень oktober okt octobre octubre",
        "november nov ноябрь ноября ноя нояб листопада листопад novembre noviembre",
        "december dec декабрь декабря дек грудня грудень dezember dez décembre déc diciembre dic",
    ],
    start=1,
):
    for _name in _spellings.split():
        _MONTHS[_name] = _number
_MONTH = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

_DMY = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?(?P<m>{_MONTH})\.?,?\s+(?:de\s+)?(?P<y>\d{{4}})\b",
    re.I,
)
_MDY = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
)
# year first: ISO "2025-12-03", and the slashes and dots of East Asian pages ("2025/12/03",
# "2025.12.03"), one separator throughout
_ISO = re.compile(r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b")
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\b")
# a day and month without a year («12 марта, 14:30»): a date line, but no ISO date can be made
_DM = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTH})\b(?!\s+\d{{4}})", re.I)
# (a Portuguese or French page writes the hour with an "h": "09h40", "14h05")
_TIME = re.compile(r"\b\d{1,2}(?:[:.]|h(?=\d{2}\b))\d{2}(?:\s*(?:am|pm))?\b", re.I)
_TODAY = re.compile(
    r"\b(?:today|yesterday|сегодня|вчера|сьогодні|вчора|heute|gestern|aujourd'hui|hier|hoy|ayer)\b",
    re.I,
)
# words that may stand around a date on a date line and say nothing else
_DATE_FILLER = re.compile(
    r"\b(?:published|updated|last updated|first published|posted|modified|date|on|at|"
    r"опубликовано|обновлено|изменено|дата публикации|дата|опубліковано|оновлено|"
    r"veröffentlicht|aktualisiert|am|um|publié|mis à jour|le|à|publicado|actualizado|el|a las|"
    r"às|em|atualizado|pubblicato|aggiornato|alle|"
    r"cst|cdt|mst|mdt|pdt|"  # (more time zones after the time: "5:48 PM CST")
    r"в|г|года|року|uhr|"
    # a print edition's line: «Газета «…» №184 от 09.10.2026, стр. 7», "Issue 512, page 3"
    r"газета|журнал|выпуск|номер|стр|от|issue|edition|page|print|no|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"gmt|bst|utc|cet|cest|est|edt|pst|et|мск|msk|am|pm)\b",
    re.I,
)
_UPDATED = re.compile(
    r"\b(?:updated|last updated|modified|обновлено|изменено|оновлено|aktualisiert|mis à jour|actualizado|"
    r"atualizado|aggiornato)\b",
    re.I,
)
_PARTICLES = {"de", "da", "di", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "el"}
_NAME_TOKEN = re.compile(r"^[A-ZА-ЯЁІЇЄÀ-ÝĀ-Ž][\w'’.\-]*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bи\b|\bта\b|\bund\b|\bet\b|\by\b)\s*", re.I)
_FIELD_SPLIT = re.compile(r"\s+[|•·]\s+|\s+[—–]\s+(?=\d)")


@dataclass(frozen=True)
class DateLine:
    iso: str | None
    updated: bool
    #: read from one field of a line of fields ("Saturday 3 May 2026 · Kick-off 2pm · Park")
    fields: bool = False


def find_date(text: str) -> tuple[str | None, re.Match[str] | None]:
    """The first full date in ``text`` as ``YYYY-MM-DD``, and the match it came from."""
    for pattern in (_ISO, _DMY, _MDY, _NUMERIC):
        m = pattern.search(text)
        if not m:
            continue
        raw_month = m.group("m").lower().rstrip(".")
        month = int(raw_month) if raw_month.isdigit() else _MONTHS.get(raw_month, 0)
        day, year = int(m.group("d")), int(m.group("y"))
        if pattern is _NUMERIC and _US_CLOCK.search(text) and "/" in m.group(0) and day <= 12:
            # a 12-hour clock beside a slashed date is the American page's: month first
            # ("12/5/2026 9:48:00 PM" is the fifth of December; "05/12/2026 às 09h40" the twelfth)
            day, month = month, day
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}-{day:02d}", m
    return None, None


#: a time on a 12-hour clock ("9:48:00 PM", "10:15 a.m.")
_US_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}){1,2}\s*[ap]\.?m\b\.?", re.I)

#: a dash between two full dates makes them a span
_A_SPAN = re.compile(r"\s*[–—-]\s*")


def is_date_span(line: str) -> bool:
    """Two full dates joined by a dash: a span (life dates under an obituary's name, an
    event's days), never the date the page was published."""
    m = find_date(line)[1] if len(line) <= 90 else None
    dash = _A_SPAN.match(line, m.end()) if m else None
    return bool(dash and find_date(line[dash.end() :])[1])


#: a line of short fields parted by dots or bars holds its date in one of them
_FIELD_MAX_WORDS = 5


def _dated_fields(line: str) -> DateLine | None:
    """A line of short fields, one of them the date, is the page's date line ("Sunday 3 May
    2026 · Kick-off 2pm · Riverside Park"); a sentence is not cut into such fields."""
    fields = [f.strip() for f in re.split(r"\s+[|•·]\s+", line)]
    if len(fields) < 2 or any(len(f.split()) > _FIELD_MAX_WORDS for f in fields):
        return None
    for field in fields:
        if "·" not in field and (found := parse_dateline(field)) is not None:
            return DateLine(iso=found.iso, updated=found.updated, fields=True)
    return None


_WEEKDAY = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя"
)
#: a date and nothing else: a weekday perhaps, a day and a month, a year perhaps ("Saturday, 6
#: December", «Воскресенье, 8 марта», "March 3, 2024")
_BARE_DATE = re.compile(
    rf"^(?:(?:{_WEEKDAY}),?\s+)?(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\.?\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?\.?$",
    re.I,
)


def is_bare_date(line: str) -> bool:
    """The line is a date alone (no "Published", no time, no place): a day the text names."""
    return _BARE_DATE.match(line.strip()) is not None


def parse_dateline(line: str) -> DateLine | None:
    """A date line ("Published 12 March 2025, 14:30 GMT", «12 марта 2025, 14:30») or ``None``."""
    if len(line) > 90:
        return None
    if is_date_span(line):
        return None  # "September 2, 1938 – March 8, 2026": a span (a life, an event), no dateline
    iso, m = find_date(line)
    rest = line[: m.start()] + " " + line[m.end() :] if m else line
    if not m:
        # no full date: accept a day and month, or a time with "today"/«вчера»
        dm = _DM.search(line)
        if dm:
            rest = line[: dm.start()] + " " + line[dm.end() :]
        elif _TODAY.search(line) and _TIME.search(line):
            rest = _TODAY.sub(" ", line)
        else:
            return None
    rest = _DATE_FILLER.sub(" ", _TIME.sub(" ", rest))
    rest = re.sub(r"«[^»]{1,40}»", " ", rest)  # the paper's name in quotes
    leftover = re.findall(r"[^\W\d_]{2,}", rest)
    # a city or an agency may share the line ("LONDON, 12 March 2025"), a sentence may not
    if len(leftover) > 2:
        return _dated_fields(line)
    # "12:40 17.04.2026 (обновлено: 14:05 …)": the date before the word "updated" is the first
    updated_at = _UPDATED.search(line)
    updated = updated_at is not None and (m is None or updated_at.start() < m.start())
    return DateLine(iso=iso, updated=updated)


#: words no person's name holds (a name's particles — "de", "van", «ибн» — are not among them):
#: a line in capitals made of such words is a heading or a label, not a byline
_FUNCTION_WORDS = frozenset(
    re.split(
        r"\s+",
        "the a an for of to in on at with from what how why when where who is are was will and "
        "or not в во на и для что как о об по с со к из за у от до это не ли",
    )
)


def is_name(text: str) -> bool:
    """Two to four capitalised words (particles such as "de", "van" allowed): a person's name."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or any(ch.isdigit() for ch in text):
        return False
    if tokens[0].lower() in ("the", "a", "an"):
        return False  # "The Daily Beacon": a title, not a person
    if tokens[0].casefold() in _COMMANDS:
        return False  # "Download Telegram", «Скачать Telegram»: a button, not a person
    if any(t.casefold() in _FUNCTION_WORDS for t in tokens):
        return False  # "WHAT CHANGES FOR FERRIES", «ЧТО ИЗМЕНИТСЯ ДЛЯ ВОДИТЕЛЕЙ»: a heading
    capitalised = [t for t in tokens if t.lower() not in _PARTICLES]
    return len(capitalised) >= 2 and all(_NAME_TOKEN.match(t) for t in capitalised)


def given_name_first(text: str) -> bool:
    """A Russian name whose first word the dictionary (pymorphy3's OpenCorpora) knows as a
    given name in the nominative («Игорь Мелентьев», «Анна Лыкова»), and whose other words are
    capitalised Cyrillic words; ``False`` without the dictionary, or for a line in any other
    script ("Callum Varley": no given-name lexicon for English here)."""
    from .scraped_pos import given_name

    tokens = text.split()
    return (
        2 <= len(tokens) <= 3
        and all(_CYRILLIC_WORD.match(t) for t in tokens)
        and given_name(tokens[0])
    )


#: a capitalised Cyrillic word (a hyphenated surname too: «Петров-Водкин»)
_CYRILLIC_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")


#: a button's first word: an order to the reader, never a person's first name
_COMMANDS = frozenset(
    [
        "download",
        "open",
        "get",
        "join",
        "subscribe",
        "follow",
        "watch",
        "listen",
        "share",
        "sign",
        "log",
        "view",
        "install",
        "скачать",
        "скачайте",
        "открыть",
        "откройте",
        "подписаться",
        "подпишитесь",
        "смотреть",
        "слушать",
        "установить",
        "установите",
        "присоединиться",
    ]
)

_FOR_OUTLET = re.compile(r"\s+(?:for|für|pour|para|для)\s+", re.I)


def names_only(line: str) -> list[str]:
    """The names on a line that holds people's names and nothing else ("Kate Hollis and Aled
    Morgan", «Анна Кузьмина и Олег Лис»); an empty list when anything else is on it."""
    pieces = [p.strip(" .") for p in _NAME_SPLIT.split(line)]
    if len(line) > 120 or not all(p and is_name(p) and not ROLE_WORDS.search(p) for p in pieces):
        return []
    return pieces


#: a title of address before a name ("Dr", "Professor", "Sir")
ADDRESS_TITLE = re.compile(r"^(?:Dr|Prof|Professor|Sir|Dame)\.?\s+(?=[A-Z][a-z])")


def _names(part: str) -> list[str]:
    names = []
    for piece in _NAME_SPLIT.split(part):
        # "KERRY BRIGHT FOR THE DAILY FLASH": the outlet after "for" is not part of the name
        piece = _FOR_OUTLET.split(piece)[0].strip(" .")
        if not piece:
            continue
        if piece.isupper():
            piece = piece.title()  # tabloids print bylines in capitals
        # "By Dr Alison Reekie": a title of address is no part of the writer's name
        piece = ADDRESS_TITLE.sub("", piece)
        if not is_name(piece) or ROLE_WORDS.search(piece):
            break  # a job title or a place ends the list of names
        names.append(piece)
    return names


# words of a job title written in title case ("Chief Political Correspondent"), never a name
_TITLE_WORDS = re.compile(
    r"\b(?:chief|senior|deputy|special|political|economics|business|foreign|diplomatic|"
    r"security|defence|defense|legal|health|science|associate|executive|managing|"
    r"contributing|regional|international|national|local|sports?)\b",
    re.I,
)


#: a job title of the one who wrote the story, before their name, two words before it at most
_WRITER_FIRST = re.compile(
    r"^(?:[^\W\d_][\w-]*\s+){0,2}?(?:correspondent|reporter|journalist|writer|columnist|"
    r"корреспондент|спецкор|обозреватель|журналист|кореспондент|журналіст|оглядач)\s+"
    r"(?P<name>[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]+){1,2})$",
    re.I,
)


def writer_first(line: str) -> bool:
    """Whether ``line`` reads as a byline only by a writer's job title before a name ("Reporter
    Jane Doe"): a title-case subheading reads so too ("Local Writer Wins National Prize")."""
    return _WRITER_FIRST.match(line.strip()) is not None and BYLINE_PREFIX.match(line) is None


#: a blog platform's post line: "Posted on 4 December 2026 by Name", "Published March 3, 2026 by
#: Name", «Опубликовано 4 декабря 2026 автором Имя»
_POSTED_BY = re.compile(
    r"^(?:posted|published|written|опубликовано|размещено)\s+(?:on\s+)?(?P<date>.{6,40}?)\s+"
    r"(?:by|автором|автор)\s+(?P<names>[^\W\d_].{2,80})$",
    re.I,
)


#: the same line with the writer first: "Posted by Name on 5 December 2026"
_POSTED_BY_NAME = re.compile(
    r"^(?:posted|published|written)\s+by\s+(?P<names>[^\W\d_].{2,80}?)\s+on\s+(?P<date>.{6,40})$",
    re.I,
)


#: a byline of one who wrote the story and took its photos ("Words and pictures: Name")
_WRITER_AND_PHOTOGRAPHER = re.compile(
    r"^(?:text|words|story|текст) (?:and|и) (?:photos?|pictures|photographs|фото)", re.I
)


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """``(authors, iso_date)`` from a byline, or ``None`` when the line is not one.

    "By Jane Doe and Tom Reed, BBC News | 12 March 2025", «Автор: Иван Петров»,
    "Jane Doe, Political correspondent".
    """
    if len(line) > 160:
        return None
    posted = _POSTED_BY.match(line) or _POSTED_BY_NAME.match(line)
    if posted:
        # a blog's "Posted on December 4, 2026 by Name": the date, then its writer
        iso, _ = find_date(posted.group("date"))
        names = _names(posted.group("names"))
        return (names, iso) if iso and names else None
    fields = _FIELD_SPLIT.split(line)
    iso = None
    for f in fields[1:]:
        iso = iso or find_date(f)[0]
    # (the photographer after the writer: "Фото: Name", "Photos by Name", «Фото автора»; not
    # the writer who took them: «Текст и фото: Name»)
    head = (
        fields[0]
        if _WRITER_AND_PHOTOGRAPHER.match(fields[0])
        else re.split(
            r"(?i)[,;·|.]?\s*(?:фото|photo|photos|фотографии)(?:\s*:|\s+by\s|\s+автора\b)",
            fields[0],
        )[0]
    )
    # "By Jane Doe – Sports writer": a dash between the name and a job title, as a comma
    named, dash, role = head.partition(" – ") if " – " in head else head.partition(" — ")
    if dash and ROLE_WORDS.search(role):
        head = named
    m = BYLINE_PREFIX.match(head)
    if m:
        names = _names(m.group("names"))
        return (names, iso) if names else None
    # "Reporter Jane Doe", «Корреспондент Олег Ветров»: a writer's job title, then the name
    # (a camera operator or an editor named so made the story with them, not wrote it)
    m = _WRITER_FIRST.match(head)
    if m and is_name(m.group("name")) and not ROLE_WORDS.search(m.group("name")):
        return [m.group("name")], iso
    # "Name, Role" or "Name | Role": the name first, a job title after it
    parts = re.split(r"\s*[,|]\s*", head, maxsplit=1)
    if len(parts) == 2 and is_name(parts[0]) and ROLE_WORDS.search(parts[1]):
        return [parts[0]], iso
    # "Eleanor Pryce North of England correspondent": the page set name and title apart by
    # style only, so the copy runs them together; the title ends the line
    tokens = head.split()
    if len(tokens) <= 10 and ROLE_WORDS.search(tokens[-1] if tokens else ""):
        for n in (3, 2):
            name = " ".join(tokens[:n])
            if (
                len(tokens) > n
                and is_name(name)
                and not ROLE_WORDS.search(name)
                and not _TITLE_WORDS.search(name)
                and (tokens[n][:1].isupper() or " ".join(tokens[n:]).islower())
            ):
                return [name], iso
    return None


def copyright_holder(line: str) -> str | None:
    """The name in a copyright line ("© 2026 Ashcombe Gazette Ltd. All rights reserved.")."""
    m = re.search(
        r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
        r"(?P<name>[«\"„“]?[^\W\d][^.,|©]{1,50}?)\s*"
        r"(?:\b(?:ltd|limited|llc|inc|gmbh|ооо|ао)\b|[.,|]|$)",
        line,
        re.I,
    )
    return _balanced(m.group("name").strip(' "')) if m else None


def _balanced(name: str) -> str:
    """A name with its guillemets paired: the outer pair dropped («Вестник» → Вестник), an
    inner one kept whole (МИА «РИА «Вестник»» — the line's closing marks were cut off with it)."""
    if name.startswith("«") and name.count("«") > name.count("»"):
        name = name[1:]  # an opening mark whose closing one ends the line
    while name.startswith("«") and name.endswith("»") and _pairs(name[1:-1]):
        name = name[1:-1]
    return name + "»" * max(0, name.count("«") - name.count("»"))


def _pairs(text: str) -> bool:
    """The guillemets of ``text`` pair up in order (none closes before it opens)."""
    depth = 0
    for c in text:
        depth += (c == "«") - (c == "»")
        if depth < 0:
            return False
    return depth == 0


def is_role(line: str) -> bool:
    """A line that is only a job title ("Political correspondent", «Специальный корреспондент»)."""
    words = len(line.split())
    if words == 1 and ui_key(line) in UI_LINES:
        return False  # "News": a menu item, not a job title
    # ("News" alone, or "Local News", is a section's or an outlet's name: nobody's job)
    jobs = [m for m in ROLE_WORDS.finditer(line) if m.group().casefold() != "news"]
    return words <= 6 and bool(jobs) and not line.endswith(".")
