"""Times written as text on a live blog's page, read and dated.

A post stamped "12:45", "12.45pm GMT" or "7 декабря, 14:05 МСК" gives a clock, perhaps a day
and a zone (:class:`Clock`, :func:`clock_of`); :func:`date_clocks` gives each text-stamped
post its time from the day the stamp names or the page's own (:func:`_page_time`).  Moved out of
``liveblog_html.py`` (thirty-ninth session) unchanged: that module finds the posts and the
elements that stamp them, this one reads what a stamp's text says.
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

_MONTHS = {
    **{
        m: n
        for n, names in enumerate(
            (
                ("jan", "january"),
                ("feb", "february"),
                ("mar", "march"),
                ("apr", "april"),
                ("may",),
                ("jun", "june"),
                ("jul", "july"),
                ("aug", "august"),
                ("sep", "sept", "september"),
                ("oct", "october"),
                ("nov", "november"),
                ("dec", "december"),
            ),
            start=1,
        )
        for m in names
    },
    # Russian months in the genitive a date takes ("7 декабря"), and their short forms
    **{
        m: n
        for n, names in enumerate(
            (
                ("января", "янв"),
                ("февраля", "фев"),
                ("марта", "мар"),
                ("апреля", "апр"),
                ("мая",),
                ("июня", "июн"),
                ("июля", "июл"),
                ("августа", "авг"),
                ("сентября", "сен", "сент"),
                ("октября", "окт"),
                ("ноября", "ноя"),
                ("декабря", "дек"),
            ),
            start=1,
        )
        for m in names
    },
}
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: the zones a stamp may name, as offsets from UTC in hours (the page's offset otherwise)
_ZONES: dict[str, float] = {"gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "msk": 3, "мск": 3}
#: ... and the zone abbreviations a page names for all its times ("All times AEDT"), read since
#: round 43: the fixed offset each names (a summer or winter zone is its own abbreviation; the
#: ambiguous two-letter "ET"/"PT" are left out)
_STATED_ZONES: dict[str, float] = {
    **_ZONES,
    "eet": 2,
    "eest": 3,
    "est": -5,
    "edt": -4,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "aest": 10,
    "aedt": 11,
    "acst": 9.5,
    "acdt": 10.5,
    "awst": 8,
    "nzst": 12,
    "nzdt": 13,
    "jst": 9,
    "kst": 9,
    "hkt": 8,
    "sgt": 8,
    "sast": 2,
    "moscow": 3,
    "московское": 3,
    "московскому": 3,
    "москвы": 3,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_CLOCK = re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![^\W\d_]))?"
    r"(?:\s*(?P<zone>" + "|".join(_ZONES) + r")(?![^\W\d_]))?"
    r"(?![\d.:]\d)",
    re.IGNORECASE,
)
_DAY = re.compile(
    r"(?:(?P<d1>[0-3]?\d)\s+(?P<mon1>" + _MONTH_RE + r")\.?(?:\s+(?P<y1>\d{4}))?"
    r"|(?P<mon2>" + _MONTH_RE + r")\.?\s+(?P<d2>[0-3]?\d)(?:,?\s+(?P<y2>\d{4}))?)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
#: the most words besides the clock and the day a stamp's text may hold ("Updated", "GMT+3")
MAX_STAMP_WORDS = 2
#: the most characters a stamp's whole text may have
MAX_STAMP_CHARS = 48
_WORDS = re.compile(r"[^\W\d_]+")


class Clock:
    """A post's time written as text: its clock, the day it names (if any) and the zone."""

    def __init__(self, found: re.Match[str], day: re.Match[str] | None, text: str, opens: int):
        hour, minute = int(found["h"]), int(found["m"])
        ampm = (found["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        self.minutes = hour * 60 + minute
        zone = (found["zone"] or "").lower()
        self.offset: float | None = _ZONES[zone] if zone else None
        self.day: tuple[int, int, int | None] | None = None
        if day is not None:
            d = int(day["d1"] or day["d2"])
            month = _MONTHS[(day["mon1"] or day["mon2"]).lower()]
            year = day["y1"] or day["y2"]
            if 1 <= d <= 31:
                self.day = (d, month, int(year) if year else None)
        #: the stamp's text as the page gives it: the post's key when no day is known
        self.text = " ".join(text.split())
        #: characters of the element's own text the time takes when a paragraph opens with it
        self.opens = opens
        #: a relative stamp ("12 min ago"): its time is the fetch time less the age, and a
        #: post's key leaves it out (it moves at every poll)
        self.relative = False

    @classmethod
    def ago(cls, age: timedelta, text: str, now: float) -> Clock | None:
        """The clock of a relative stamp read at ``now`` (UTC): its day named, as a stamp's
        "7 December, 14:05 GMT" would be; None when the time falls outside the calendar (a
        page's "999999 days ago" read at a fetch time: no stamp, not a failed poll)."""
        try:
            when = datetime.fromtimestamp(now, UTC) - age
        except (OverflowError, ValueError, OSError):
            return None
        found = _CLOCK.search(f"{when:%H:%M} utc")
        day = _DAY.search(f"{when.day} {_MONTH_NAMES[when.month - 1]} {when.year}")
        assert found is not None and day is not None
        clock = cls(found, day, text, 0)
        clock.relative = True
        return clock


def clock_of(text: str) -> tuple[re.Match[str], re.Match[str] | None] | None:
    """The clock and day of a text that is a stamp as a whole: a clock time (a dot between hour
    and minute only with am/pm or a zone: "12.45" alone may be a figure), at most a day, a zone
    and :data:`MAX_STAMP_WORDS` other words."""
    if len(text) > MAX_STAMP_CHARS:
        return None
    found = _CLOCK.search(text)
    if found is None or (found["sep"] == "." and not (found["ampm"] or found["zone"])):
        return None
    rest = text[: found.start()] + " " + text[found.end() :]
    day = _DAY.search(rest)
    if day is not None:
        rest = rest[: day.start()] + " " + rest[day.end() :]
    if re.search(r"\d", rest) or len(_WORDS.findall(rest)) > MAX_STAMP_WORDS:
        return None
    return found, day


#: the words of a post's "updated" label ("Updated 23:10", «обновлено в 02:26», "edited 10:05")
_UPDATE_LABEL = re.compile(
    r"(?<![^\W_])(?:updated?|upd|edited|amended|обновлено|обновлён|обновлен|изменено)(?![^\W_])",
    re.IGNORECASE,
)


def labelled_clock(text: str) -> tuple[str, re.Match[str], re.Match[str] | None] | None:
    """A post's time beside its "Updated" time in one cell ("22:47 Updated 23:10", "23:52
    (Updated 23:58)", «7 декабря, 02:20 (обновлено в 02:26)»; round 45: met on two development
    parts): the text up to the end of its first clock is a stamp, and the rest is one that an
    update label opens.  Gives that first stamp's text, clock and day; None otherwise."""
    if len(text) > 2 * MAX_STAMP_CHARS:
        return None
    clocks = list(_CLOCK.finditer(text))
    if len(clocks) != 2:
        return None
    head, tail = text[: clocks[0].end()].strip(), text[clocks[0].end() :]
    if _UPDATE_LABEL.search(tail[: clocks[1].start() - clocks[0].end()]) is None:
        return None
    found = clock_of(head)
    if found is None or clock_of(tail.strip(" ()[]|·•,;")) is None:
        return None
    return head, found[0], found[1]


def relative_stamp(text: str) -> timedelta | None:
    """The age a text gives when it is a stamp as a whole ("12 min ago", «5 минут назад»,
    "Updated 1h ago"): one relative time and at most :data:`MAX_STAMP_WORDS` other words."""
    low = text.lower()
    if len(text) > MAX_STAMP_CHARS:
        return None
    if "ago" not in low and "назад" not in low:
        return bare_age(text)  # else every relative time has one of the two words
    found = list(_RELATIVE.finditer(text))
    if len(found) != 1:
        return None
    rest = text[: found[0].start()] + " " + text[found[0].end() :]
    if re.search(r"\d", rest) or len(_WORDS.findall(rest)) > MAX_STAMP_WORDS:
        return None
    minutes = _minutes(found[0])
    return timedelta(minutes=minutes) if minutes <= MAX_AGE_MINUTES else None


#: an age written in a stamp's short units without "ago" ("2m", "5h", "1h 20m", «5 мин», «2 ч»):
#: the whole of a time element's text, as a template prints each post's age (round 45: met on
#: two development parts, 17 posts, whose posts were missed)
_BARE_AGE = re.compile(
    r"(?:(?P<n1>\d{1,3})\s?(?P<u1>h|hrs?|m|mins?|s|d|ч|мин))"
    r"(?:\s+(?P<n2>\d{1,3})\s?(?P<u2>m|mins?|s|мин))?",
    re.IGNORECASE,
)
_BARE_UNITS = {"h": 60, "hr": 60, "hrs": 60, "ч": 60, "d": 24 * 60, "s": 0}


def bare_age(text: str) -> timedelta | None:
    """The age a text gives when its whole is a short age without "ago" ("2m", "5h", "1h 20m",
    «5 мин»); None otherwise.  Only a text that is nothing else (no other word, no other
    number): "2m" inside a sentence is a distance or a sum."""
    found = _BARE_AGE.fullmatch(text.strip())
    if found is None:
        return None
    minutes = sum(
        int(found[n]) * _BARE_UNITS.get(found[u].lower(), 1)
        for n, u in (("n1", "u1"), ("n2", "u2"))
        if found[n]
    )
    # a template prints a short age only for a post of the last day and a date after it: "40h",
    # "9d" are no post's age (a reader's comment's, a count), bounded as relative_stamp's ages
    return timedelta(minutes=minutes) if minutes <= MAX_BARE_AGE_MINUTES else None


#: a paragraph opening with its time and a separator: "14:05 — …", "9.05am: …"
OPENING_STAMP = re.compile(
    r"^\s*" + _CLOCK.pattern + r"\s*(?:[—–|:•·-]\s*|(?=\s*[^\W\d_]))", re.IGNORECASE
)


DAY_MINUTES = 24 * 60


def date_clocks(
    tree: Any,
    posts: list[Any],
    updates: list[dict[str, str]],
    stamps: set[Any],
    clocks: dict[Any, Clock],
    now: float | None = None,
) -> None:
    """Give the text-stamped posts their time (``datePublished``, ISO 8601): the day the stamp
    names or the page's, the clock, the zone the stamp names or the page's offset.  Read oldest
    first (the page's order, reversed when its clocks mostly fall), a clock that goes back by
    more than half a day moves to the next day: a blog that runs past midnight.

    ``now``, the time the page was fetched (round 42): a page that gives no day of its own
    dates its clocks from it — the fetch's day (and year, for a stamp's "5 December"), the
    whole blog stepped back a day at a time while its newest post would lie after the fetch."""
    page = _page_time(tree)
    own = [clocks[next(t for t in p.iter() if t in stamps)] for p in posts]
    # a step forward is under half a day round the clock (23:50 → 00:35 is 45 minutes on)
    steps = [(y.minutes - x.minutes) % DAY_MINUTES for x, y in zip(own, own[1:], strict=False)]
    rises = sum(1 for step in steps if 0 < step < DAY_MINUTES // 2)
    falls = sum(1 for step in steps if step > DAY_MINUTES // 2)
    order = list(range(len(posts)))
    if falls > rises:  # newest first, as most blogs show them
        order.reverse()
    # a zone the page states for its times ("All times AEDT") is theirs, whatever its metadata's
    base_tz: tzinfo | None = stated_zone(_visible_text(tree, posts))
    if base_tz is None:
        base_tz = page.tzinfo if page is not None and page.tzinfo is not None else _page_zone(tree)
    day: date | None = page.astimezone(base_tz).date() if page is not None else None
    fetched = datetime.fromtimestamp(now, UTC) if now is not None and page is None else None
    if fetched is not None:
        zone = next((c.offset for c in own if c.offset is not None and not c.relative), None)
        day = fetched.astimezone(timezone(timedelta(hours=zone)) if zone else base_tz).date()
    last: int | None = None
    rolled = False  # a day taken from the page moved on at midnight
    named = False  # a stamp named its day
    dated: dict[int, datetime] = {}
    #: where each dated post's day came from: the fetch's day ("fetch"), a day its stamp or an
    #: earlier one named without a year ("year"), or one sure of itself ("fixed")
    source: dict[int, str] = {}
    whence = "fetch"
    for n in order:
        clock = own[n]
        if clock.day is not None:
            d, month, year = clock.day
            whence = "fixed" if year or clock.relative else "year"
            year = year or (day.year if day is not None else None)
            if year is not None:
                with contextlib.suppress(ValueError):
                    day = date(year, month, d)
                    named = True
        elif day is not None and last is not None and clock.minutes < last - DAY_MINUTES // 2:
            try:
                day = day + timedelta(days=1)
            except OverflowError:  # a page dated at the end of the calendar: invent no date
                day = None
            rolled = True
        last = clock.minutes
        if day is None:
            continue  # no day anywhere: the clock text stays its key (dateCreated)
        tz = timezone(timedelta(hours=clock.offset)) if clock.offset is not None else base_tz
        when = datetime(day.year, day.month, day.day, clock.minutes // 60, clock.minutes % 60)
        dated[n] = when.replace(tzinfo=tz)
        source[n] = "fixed" if clock.relative else whence
    if page is not None and rolled and not named and dated:
        dated = _day_before_if_page_is_last(dated, page.replace(tzinfo=base_tz))
    if fetched is not None and dated:
        known = any(c.offset is not None for c in own) or base_tz is not UTC
        dated = _not_after(dated, fetched, source, FETCH_SLACK if known else ZONE_SLACK)
    for n, when in dated.items():
        updates[n]["datePublished"] = when.isoformat()


#: how far after the fetch a post's time may lie (a clock a minute fast) before its day is wrong
FETCH_SLACK = timedelta(minutes=5)
#: ... and when the page names no zone (its clocks read as UTC may be 14 hours out either way)
ZONE_SLACK = timedelta(hours=14)


def _not_after(
    dated: dict[int, datetime],
    fetched: datetime,
    source: dict[int, str],
    slack: timedelta = FETCH_SLACK,
) -> dict[int, datetime]:
    """Posts whose day came from the fetch's day, stepped back whole days together until none
    lies after the fetch (a blog read after midnight of the day its clocks ran); a post whose
    stamp named its day but no year ("5 декабря") and lies after the fetch, a year back (read
    in January).  ``slack``: how far after the fetch a post may lie (the widest offset from UTC
    when the page names no zone: its clocks are read as UTC)."""
    limit = fetched + slack
    days = [n for n in dated if source.get(n) == "fetch"]
    for _ in range(4):
        if not days or max(dated[n] for n in days) <= limit:
            break
        try:
            dated = {n: _back(w, False) if n in days else w for n, w in dated.items()}
        except OverflowError:  # the calendar's start
            break
    for n, when in list(dated.items()):
        if source.get(n) == "year" and when > limit:
            with contextlib.suppress(OverflowError, ValueError):  # 29 February a year back
                dated[n] = _back(when, True)
    return dated


def _back(when: datetime, by_year: bool) -> datetime:
    return when.replace(year=when.year - 1) if by_year else when - timedelta(days=1)


#: how far the page's own time may lie outside its posts' span and still date a moment of it
PAGE_SLACK = timedelta(hours=1)


def _day_before_if_page_is_last(dated: dict[int, datetime], page: datetime) -> dict[int, datetime]:
    """Posts dated from the page's day that ran past midnight, stepped back a day when the page's
    time is the blog's last update rather than its start: 22:10, 23:40, 00:50 on a page published
    at 01:00 began the evening before (dated from the page's day they would fall 21-24 hours
    after the page's own time, in the future).  Stepped back only when the page's time then falls
    within the posts' span and did not before, so a page published the morning a blog ran into
    the night keeps its day."""

    def within(times: list[datetime]) -> bool:
        return min(times) - PAGE_SLACK <= page <= max(times) + PAGE_SLACK

    if within(list(dated.values())):
        return dated
    try:
        back = {n: when - timedelta(days=1) for n, when in dated.items()}
    except OverflowError:
        return dated
    return back if within(list(back.values())) else dated


def _page_time(tree: Any) -> datetime | None:
    """The page's own time: ``article:published_time`` (or ``datePublished`` in its metadata or
    JSON-LD), else its first ``<time datetime>``; None when it gives none."""
    candidates: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in ("article:published_time", "datepublished", "date", "pubdate"):
            candidates.append(meta.get("content") or "")
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
                candidates.append(obj["datePublished"])
    candidates += [t.get("datetime") or "" for t in tree.iter("time")]
    for value in candidates:
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            continue
    return None


_ISO_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?([+-]\d\d):?(\d\d)")


_ZONE_NAMES = "|".join(sorted(map(re.escape, _STATED_ZONES), key=len, reverse=True))
#: a page's statement of the zone of its times: a word for time, then within a few words the
#: zone ("All times AEDT", "Times are in GMT", «Время московское», «время сахалинское (МСК+8)»),
#: or the zone and then the word («по московскому времени», "Moscow time"); an offset after
#: the zone counts ("MSK+8": Moscow's plus eight, "UTC+3")
_ZONE_AFTER = (
    r"(?P<zone>" + _ZONE_NAMES + r")(?:\s*(?P<sign>[+−–-])\s*(?P<h>\d{1,2})"
    r"(?::?(?P<m>[0-5]\d))?)?(?![^\W_])"
)
_STATED_ZONE = re.compile(
    r"(?<![^\W_])(?:(?:times?|время|времени|timezone|часовой\s+пояс)(?![^\W_])"
    r"[^.!?\n\d]{0,30}?(?<![^\W_])" + _ZONE_AFTER + r"|(?P<zone2>" + _ZONE_NAMES + r")"
    r"\s+(?:times?|время|времени)(?![^\W_]))",
    re.IGNORECASE,
)


def stated_zone(text: str) -> timezone | None:
    """The zone a page's text states for its times ("All times AEDT", «Время московское»,
    «время сахалинское (МСК+8)», "times are UTC+3"); None when it states none (round 43: such a
    page's clocks were read in the zone of its metadata, or as UTC, hours out)."""
    for found in _STATED_ZONE.finditer(text):
        name = found["zone"] or found["zone2"]
        # an abbreviation is one in capitals ("at times the est…" names none); a name is a word
        if len(name) <= 4 and not name.isupper():
            continue
        return _zone(found, name.lower())
    return None


def _zone(found: re.Match[str], zone: str) -> timezone | None:
    hours = _STATED_ZONES[zone]
    if found["h"] is not None:
        extra = int(found["h"]) + int(found["m"] or 0) / 60
        hours += -extra if found["sign"] in "−–-" else extra
    if not -14 <= hours <= 14:
        return None
    return timezone(timedelta(hours=hours))


def _visible_text(tree: Any, posts: list[Any]) -> str:
    """The text of a page outside its scripts, styles and posts, where a page states the zone
    of its times (its header, its standfirst): a post's "talks open at 15:00 Moscow time" is
    the post's words, not the blog's zone."""
    # the elements themselves, held: lxml gives one proxy per node only while it is referenced
    inside = {n for p in posts for n in p.iter()}
    out: list[str] = []
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "head", "title"):
            continue
        if node not in inside and node.text and not _in_head(node):
            out.append(node.text)
        if node.tail and node.getparent() not in inside:
            out.append(node.tail)
    return " ".join(" ".join(out).split())


def _in_head(node: Any) -> bool:
    return any(a.tag in ("head", "script", "style") for a in node.iterancestors())


def _page_zone(tree: Any) -> timezone:
    """The page's offset from UTC as its metadata writes it (the first ISO 8601 time with an
    offset in its JSON-LD: a blog's ``coverageStartTime``, its updates' ``datePublished``), for
    a page with no time of its own; UTC when it writes none."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            found = _ISO_OFFSET.search(script.text or "")
            if found is not None:
                hours, minutes = int(found[1]), int(found[2])
                return timezone(timedelta(hours=hours, minutes=minutes if hours >= 0 else -minutes))
    return UTC


# --- relative times ("5 minutes ago", «2 часа назад») -------------------------------------

#: a unit's length in minutes, by the start of its word (English and Russian, long and short)
_UNIT_MINUTES = (
    ("sec", 0),
    ("min", 1),
    # "1h ago", "5m ago", "30s ago": a stamp's short forms (a month is never "m" there)
    ("h", 60),
    ("m", 1),
    ("s", 0),
    ("hour", 60),
    ("hr", 60),
    ("day", DAY_MINUTES),
    ("week", 7 * DAY_MINUTES),
    ("month", 30 * DAY_MINUTES),
    ("year", 365 * DAY_MINUTES),
    ("сек", 0),
    ("мин", 1),
    ("час", 60),
    ("дн", DAY_MINUTES),
    ("день", DAY_MINUTES),
    ("недел", 7 * DAY_MINUTES),
    ("месяц", 30 * DAY_MINUTES),
    ("год", 365 * DAY_MINUTES),
    ("лет", 365 * DAY_MINUTES),
)
_EN_UNIT = r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|[hms])"
_RU_UNIT = (
    r"(?:секунд[уы]?|сек\.?|минут[уы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]"
    r"|месяц(?:а|ев)?|год(?:а)?|лет)"
)
#: the larger parts of a compound age before its last ("1 hr 12 min ago", «1 час 20 минут
#: назад», "2h 5m ago"): each a count and a unit (round 43: read as a single age before, such a
#: stamp was no stamp at all, and a blog stamped so lost half its posts' times)
_EN_LEAD = r"(?P<enlead>(?:\d+\s*" + _EN_UNIT + r"\s+(?:and\s+)?)*)"
_RU_LEAD = r"(?P<rulead>(?:\d+\s+" + _RU_UNIT + r"\s+(?:и\s+)?)*)"
_RELATIVE = re.compile(
    r"(?<![^\W_])(?:" + _EN_LEAD + r"(?P<en>\d+|an?|one)\s*(?P<enunit>" + _EN_UNIT + r")\s+ago"
    r"|" + _RU_LEAD + r"(?:(?P<ru>\d+)\s+)?(?P<ruunit>" + _RU_UNIT + r")\s+назад)(?![^\W_])",
    re.IGNORECASE,
)
#: one part of a compound age's lead
_LEAD_PART = re.compile(r"(\d+)\s*(" + _EN_UNIT + "|" + _RU_UNIT + r")(?![^\W_])", re.IGNORECASE)


#: the oldest relative stamp read (a year and a day): a page's "999999 days ago" is no post's
#: time, and a count past the calendar ("99999999999 hours ago") must not fail the poll
MAX_AGE_MINUTES = 366 * DAY_MINUTES
#: the oldest short age without "ago" read (:func:`bare_age`): a day (review finding 6)
MAX_BARE_AGE_MINUTES = DAY_MINUTES


def _minutes(found: re.Match[str]) -> int:
    count, unit = (
        (found["en"], found["enunit"]) if found["enunit"] else (found["ru"], found["ruunit"])
    )
    n = int(count) if count and count.isdigit() else 1  # "an hour ago", «час назад»
    lead = found["enlead"] if found["enunit"] else found["rulead"]
    return n * _unit_minutes(unit) + sum(
        int(part[1]) * _unit_minutes(part[2]) for part in _LEAD_PART.finditer(lead or "")
    )


def _unit_minutes(unit: str) -> int:
    unit = unit.lower()
    return next(m for start, m in _UNIT_MINUTES if unit.startswith(start))


def relative_ages(text: str) -> list[timedelta]:
    """The ages a text gives in words relative to when it is read ("5 minutes ago", "an hour
    ago", «2 часа назад», «минуту назад»), in order; an age beyond :data:`MAX_AGE_MINUTES` is
    none (no time to reckon from it)."""
    ages = (_minutes(m) for m in _RELATIVE.finditer(text))
    return [timedelta(minutes=m) for m in ages if m <= MAX_AGE_MINUTES]


def relative_as_minutes(text: str) -> str:
    """``text`` with each relative time written as its age in minutes ("2 hours ago" and «2 часа
    назад» → "120 min ago"): the words of a relative time change from poll to poll ("3 minutes
    ago" → "2 hours ago") while the item is the same, so a feed item's shape sees its number only
    (one run of digits that moves, as a counter's does)."""
    return _RELATIVE.sub(lambda m: f"{_minutes(m)} min ago", text)
