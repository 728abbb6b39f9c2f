"""When did the reported happening take place?  The days a report's lead names, resolved against
its publication time: evidence that tells one happening from the next day's development of it.

Two reports of one running story look alike in every other respect (the same people, place and
words), and the last rounds found no threshold of the same-story probability that separates "the
flood" from "the day after the flood" (docs/stories.md).  What separates them is when: a report
says when its news happened in its first lines ("on Tuesday", "yesterday", "March 15", «в
среду», «15 марта»), and two reports of one happening name the same day.

The grammar (English and Russian): weekday names (the latest such day on or before the day of
publication: news reports what happened, and the rare "will speak on Thursday" reads wrong; a
weekday after "next" / «следующий» names no day of the news, one after "last" / «прошлый» written on
that same weekday is a week before),
"yesterday" / "last night" / «вчера» / «накануне» / «вчерашний» (the day before), "today" /
"tonight" / "overnight" / «сегодня» / «ночью» (the day itself), and a month with a day of the
month in either order (that year).  A lead (the headline and the first :data:`WHEN_CHARS`
characters) gives its days in the order it names them; the first is the day of its main news.
A day named inside a clause about what the news follows («рынок, где накануне …», "the ferry,
which caught fire on Sunday, …", «после вчерашней аварии») is its background: the news came
after it (twenty-seventh session, docs/stories.md).  dateparser's ``search_dates`` reads more
forms, but took 9 ms of CPU per lead here (December 2026; this grammar 0.014 ms), where story
assignment has about five milliseconds per article in all, and it read "on Monday after a night
of" as a time of day.
"""

from __future__ import annotations

import datetime as dt

from ..calendar_words import MONTH_NUMBERS_EN, WEEKDAYS_EN
from .revised import tells_revised

#: characters of the body after the headline that are read for days: a lead's first sentence or
#: two, where a report says when its news happened (chosen on dev part A, docs/stories.md)
WHEN_CHARS = 400

_WEEKDAYS = {
    **{day: n for n, day in enumerate(WEEKDAYS_EN)},
    # Russian: «в понедельник», «во вторник», «в среду» … (the accusative of "on a day")
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "четверг": 3,
    "пятницу": 4,
    "субботу": 5,
    "воскресенье": 6,
}
#: «вчерашний» in every form: yesterday's thing, named as what the news follows («после
#: вчерашней остановки»)
_YESTERDAYS = frozenset(
    "вчерашн" + end
    for end in ("ий", "яя", "ее", "ие", "его", "ей", "ему", "юю", "им", "ем", "их", "ими")
)
_DAY_BEFORE = frozenset({"yesterday", "вчера", "накануне", *_YESTERDAYS})  # and "last night"
#: "overnight" / «ночью»: the night that ends on the day of publication (a morning report's news)
_SAME_DAY = frozenset({"today", "tonight", "сегодня", "overnight", "ночью"})
#: English month names and abbreviations, by number
_MONTH_WORDS = MONTH_NUMBERS_EN
#: what may stick to a word in running text ("Tuesday,", "(March", «вчера»)
_PUNCT = ".,;:!?\"'()[]«»“”‘’—–-…"
_DAY_WORDS = frozenset([*_WEEKDAYS, *_DAY_BEFORE, *_SAME_DAY, "night"])
#: the lower-case words :func:`_resolve` reads as a day besides digits: a day word, or one with a
#: possessive ("Tuesday's vote")
_TRIGGERS = frozenset(
    [*_DAY_WORDS, *(w + "'s" for w in _DAY_WORDS), *(w + "’s" for w in _DAY_WORDS)]
)
#: the words before «среду» when it is Wednesday («в среду», «в эту среду»): «среда» is also the
#: environment («выбросы в окружающую среду»), which no other weekday name is
_BEFORE_WEDNESDAY = frozenset(
    {"в", "во", "на", "эту", "ту", "прошлую", "минувшую", "позапрошлую", "следующую", "ближайшую"}
)
#: the words before a weekday that put it in the week to come
_NEXT_WEEKDAY = frozenset(
    {"next", "coming", "следующий", "следующую", "следующее", "ближайший", "ближайшую"}
    | {"ближайшее", "будущий", "будущую", "будущее"}
)
#: the words before a weekday that put it in the week before ("last Monday", «в прошлую среду»)
_LAST_WEEKDAY = frozenset(
    {"last", "past", "прошлый", "прошлую", "прошлое", "минувший", "минувшую", "минувшее"}
)
#: the genitive of each Russian month, the only case a day of the month takes («15 марта»); the
#: prepositional «в марте 15 человек» is "in March, 15 people"
_MONTHS_RU_GENITIVE = {
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}


def event_days(title: str | None, text: str, published: float | None) -> tuple[int, ...]:
    """The days (proleptic ordinals, :meth:`datetime.date.toordinal`) the lead names, in its
    order, resolved against ``published`` (epoch seconds, read as a UTC day); none without a
    publication time.  A day of the news's background — named in a relative or participle
    clause, after "after", or as yesterday's thing (:func:`_in_background`,
    :func:`_names_a_thing`) — is given negated: when what the report follows happened, not its
    news (twenty-seventh session)."""
    if published is None:
        return ()
    try:
        day = dt.datetime.fromtimestamp(published, dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return ()
    # words split on white space (a regex of every form at every position cost ten times more);
    # the headline's last word ends a clause
    raw = [*(title.split() if title else ()), "\n", *text[:WHEN_CHARS].split()]
    words = [w.strip(_PUNCT) for w in raw]
    out: list[int] = []
    for i, word in enumerate(words):
        # most words name no day: one set lookup rules them out before the grammar is tried
        if not (word.isdigit() or word.lower() in _TRIGGERS):
            continue
        resolved = _resolve(words, i, word, day)
        if resolved is None:
            continue
        if _in_background(raw, words, i) or _names_a_thing(word):
            resolved = -resolved
        if resolved not in out:
            out.append(resolved)
    if AFTERMATH and title and news_day(tuple(out), published) is None and tells_aftermath(title):
        # the lead names no day of its own news, and its headline tells what came after a
        # happening (an arrest, a charge, a court's ruling, a survivor found): that is news of
        # the day it was published, not of the happening it follows (marked: no day named)
        out.append(day.toordinal() + INFERRED)
    if REVISION and title and tells_revised(title):
        # the news is a count of a happening given again (:mod:`.revised`): marked, so that its
        # later day does not part it from the happening's own reports (``match.day_evidence``)
        out.append(REVISED)
    return tuple(out)


#: **A count revised** (thirty-fourth session): a report whose headline gives the happening's
#: count again with a new figure (:mod:`.revised`) is of that happening, whatever day it came;
#: its days carry this marker (no ordinal: above every day and every ``INFERRED`` day), left
#: out wherever days are compared
REVISION = True
REVISED = 20_000_000


def revises(days: tuple[int, ...]) -> bool:
    """Do these days carry the marker of a count revised (:data:`REVISED`)?"""
    return REVISED in days


#: a day stored this much above its ordinal is the day of publication taken as the day of the
#: news because the headline tells an aftermath (:data:`AFTERMATH`), not a day the lead names:
#: it places the news for :func:`told_before` (a report published before that day began cannot
#: tell of it) and is left out where named days are compared — a report of the same day that
#: names the happening's day before ("the roof that fell on Monday") is no other day's news
INFERRED = 10_000_000


#: **What the news is** (twenty-eighth session): a headline whose event is the aftermath of a
#: happening — law enforcement and courts acting on it, survivors or bodies found, damages paid,
#: a place reopened or pulled down, someone resigning over it — tells of the day it was
#: published when its lead names no day: a follow-up a day later that names no day (suspects
#: detained, survivors found) read as timeless and joined the first day's reports.
#: The event words are a small bilingual lexicon of such kinds of news (English word
#: beginnings, Russian lemmas by pymorphy3), read in the headline only: the headline says what
#: the report's own news is, the body also tells what it follows
AFTERMATH = True
#: English: the beginning of each inflected form ("arrest" → arrested, arrests)
_AFTERMATH_EN = (
    "arrest", "detain", "charged", "indict", "remand", "jailed", "convict", "sentenced",
    "prosecut", "sued", "lawsuit", "appeal", "compensat", "payout", "reopen", "resume",
    "demolish", "resign", "sacked", "dismissed", "funeral", "mourn", "acquit", "extradit",
)  # fmt: skip
#: and those that are aftermath only with a word beside them ("found alive", "bodies recovered",
#: "case opened" / "opens case", "probe launched")
_AFTERMATH_EN_PAIRS = (
    ("found", ("alive", "dead", "safe", "body", "bodies")),
    ("recovered", ("body", "bodies")),
    ("case", ("open", "opens", "opened", "criminal")),
    ("probe", ("open", "opens", "opened", "launch", "launches", "launched")),
)
#: Russian lemmas (pymorphy3's normal forms, of every reading of a word)
_AFTERMATH_RU = frozenset(
    {
        "задержать", "задержание", "арестовать", "арест", "обвинить", "обвинение", "осудить",
        "приговорить", "приговор", "сизо", "иск", "обжаловать", "выплатить", "выплата",
        "компенсация", "возобновить", "снести", "уволить", "отставка", "похороны", "траур",
        "оправдать", "экстрадировать", "экстрадиция",
    }
)  # fmt: skip
#: Russian lemmas that are aftermath only beside one of their partners («нашли живыми»,
#: «возбудили дело», «тела погибших»)
_AFTERMATH_RU_PAIRS = (
    ("найти", ("живой", "мертвый", "погибший", "тело")),
    ("возбудить", ("дело",)),
    ("дело", ("возбудить", "возбужденный", "уголовный")),
    ("тело", ("найти", "обнаружить", "поднять", "извлечь")),
)


#: how every form of the lemmas above begins (the lexicon, the pairs' heads and partners), «ё»
#: written «е»: a word that begins otherwise has no reading among them, so it is not parsed.
#: Parsing every word of every Russian headline was a seventh of one-at-a-time assignment's
#: time (thirty-sixth session: pymorphy3's pure-Python dictionary reader, and a headline's words
#: are new to its cache); the decisions are the same on every headline and summary sentence of
#: the development sets (``tests/test_stories_s36.py`` checks each lemma's forms)
_AFTERMATH_RU_BEGINNINGS = (
    "задерж", "арест", "обвин", "осуд", "осуж", "пригов", "сизо", "иск", "обжал", "выплат",
    "выплач", "компенс", "возобн", "снес", "увол", "отстав", "похорон", "траур", "оправд",
    "экстрад", "най", "наш", "возбу", "дел", "тел", "жив", "пожив", "мертв", "помертв", "погиб",
    "уголов", "поуголов", "обнару", "подн", "подым", "извл",
)  # fmt: skip


def tells_aftermath(headline: str) -> bool:
    """Does the headline's event word name the aftermath of a happening (:data:`AFTERMATH`)?"""
    words = [w.strip(_PUNCT).lower() for w in headline.split()]
    words = [w for w in words if w]
    if any("\u0400" <= w[0] <= "\u04ff" for w in words):
        # every reading pymorphy3 knows: «нашли» is read first as a form of «наслать»; only the
        # words that may be a form of the lexicon's lemmas are parsed
        maybe = (w for w in words if w.replace("ё", "е").startswith(_AFTERMATH_RU_BEGINNINGS))
        present = frozenset().union(*(_lemmas_ru(w) for w in maybe))
        if present & _AFTERMATH_RU:
            return True
        return any(
            head in present and present & set(partners) for head, partners in _AFTERMATH_RU_PAIRS
        )
    # after "to" the word is what someone means or is asked to do ("calls on the minister to
    # resign", "to appeal"), not what happened
    if any(
        w.startswith(_AFTERMATH_EN) and (not k or words[k - 1] != "to") for k, w in enumerate(words)
    ):
        return True
    seen = set(words)
    if any(head in seen and seen & set(partners) for head, partners in _AFTERMATH_EN_PAIRS):
        return True
    return _held_over(words)


#: what follows "held" when people are held over a happening ("Two held over museum theft",
#: "Teenager held after church fire", "held in connection with")
_HELD_FOR = frozenset({"over", "after", "connection"})
#: number words that stand for people in a headline ("Two held …"), and the plurals of people
#: nouns that do not end in "s"
_COUNTED = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "dozen", "dozens", "men", "women", "children", "people"}
)  # fmt: skip


def _held_over(words: list[str]) -> bool:
    """ "N held over X": people held (detained) over a happening — "held" after a count or a
    word for a person (the project's people nouns: teenager, founder, suspect) and "over",
    "after" or "in connection with" within four words after it.  "Held" alone is too broad
    (a vote held, talks held over two days, a decision held over): the people before it and
    the happening after it say it is an arrest."""
    from ..attribution.noun_senses_data import PEOPLE_NOUNS

    for k, word in enumerate(words):
        if word != "held" or not k:
            continue
        who = words[k - 1]
        person = who.isdigit() or who in _COUNTED
        person = person or who in PEOPLE_NOUNS or (who.endswith("s") and who[:-1] in PEOPLE_NOUNS)
        if person and _HELD_FOR & set(words[k + 1 : k + 5]):
            return True
    return False


def _lemmas_ru(word: str) -> frozenset[str]:
    """The normal forms of every reading of a lower-case word (the word itself if not
    Cyrillic), «ё» written «е»."""
    if not ("\u0400" <= word[0] <= "\u04ff"):
        return frozenset((word,))
    from ..claims.nlp import russian_parses

    forms = {str(p.normal_form).replace("ё", "е") for p in russian_parses(word)}
    return frozenset(forms | {word})


#: words that open a clause about something else than the sentence's news: a relative clause
#: ("the ferry, which caught fire on Sunday", «рынок, где накануне был пожар …»,
#: «танкер, который накануне сел на мель …») or what the news came after ("after Monday's crash", «после …»)
_BACKGROUND_OPENERS = frozenset(
    {"which", "who", "whose", "where", "after", "since", "following"} | {"где", "после", "спустя"}
)
#: what ends a clause: the day word is read only within its own
_CLAUSE_END = tuple(",;:!?.…—–()\n")
#: how many words before a day word its clause's opener may stand
_BACKGROUND_REACH = 8


def _in_background(raw: list[str], words: list[str], i: int) -> bool:
    """Does the day word ``words[i]`` stand in a clause that tells the background of the news
    (twenty-seventh session)?  A follow-up names the day of what it follows inside a relative
    or participle clause or after "after" (a ferry "which caught fire on Sunday", a carriage
    «севший накануне на мель», a market «где накануне случился пожар»): that day is
    not the day of its own news.  Read back within the clause, at most
    :data:`_BACKGROUND_REACH` words: an opener of :data:`_BACKGROUND_OPENERS`, a form of
    «который», or a Russian participle within two words («затонувшего в воскресенье»).  An
    English reduced relative ("the lorry hit by a train on Monday") has no such word and is not
    read (a past participle and a past tense look alike without a parser)."""
    for k in range(i - 1, max(i - 1 - _BACKGROUND_REACH, -1), -1):
        if raw[k].endswith(_CLAUSE_END) or raw[k] in _CLAUSE_END:
            return False
        low = words[k].lower()
        if low in _BACKGROUND_OPENERS or low.startswith("котор"):
            return True
        if k >= i - 2 and low and "\u0400" <= low[0] <= "\u04ff" and _is_participle(low):
            return True
    return False


def _names_a_thing(word: str) -> bool:
    """Yesterday's thing — "yesterday's vote", «вчерашней остановки»: a thing the reader
    already knows, the background of the news.  Not a weekday's ("Tuesday's primary"): in real
    political news it names the event itself or one to come (PolNeAR: 17 pairs of different
    happenings lost the evidence that kept them apart, docs/stories.md)."""
    low = word.lower()
    return low in ("yesterday's", "yesterday’s") or low in _YESTERDAYS


def _is_participle(word: str) -> bool:
    """A Russian full (attributive) participle, pymorphy3's most probable reading; a short one
    («рейсы возобновлены в среду») is the predicate of the news itself."""
    from ..claims.nlp import russian_parses

    parses = russian_parses(word)
    return bool(parses) and str(parses[0].tag.POS) == "PRTF"


def _resolve(words: list[str], i: int, word: str, day: dt.date) -> int | None:
    if word.isdigit():
        # "3³", "²" (a footnote mark) are digits that int() cannot read: not a day
        if len(word) > 2 or not word.isdecimal():
            return None
        # a month after the number («15 марта», "15 March") or before it ("March 15", "Dec. 14";
        # a token "15.5" or "14,000" is not all digits)
        month = _month(words[i + 1]) if i + 1 < len(words) else 0
        if not month and i:
            month = _month(words[i - 1])
        return _date(day, month, int(word)) if month else None
    low = word.lower()
    if low.endswith(("'s", "’s")):  # "Tuesday's vote"
        low = low[:-2]
    if low not in _DAY_WORDS:
        return None
    if low == "среду" and not (i and words[i - 1].lower() in _BEFORE_WEDNESDAY):
        return None  # «выбросы в окружающую среду»: the environment, not Wednesday
    if low in _WEEKDAYS:
        before = words[i - 1].lower() if i else ""
        if before in _NEXT_WEEKDAY:
            # "next Thursday", «в следующий вторник»: a day still to come is not the day of the
            # news, and the latest such day before publication (the rule below) is a week off
            return None
        back = (day.weekday() - _WEEKDAYS[low]) % 7
        if not back and before in _LAST_WEEKDAY:
            back = 7  # "last Monday" written on a Monday: a week before, not that day
        return day.toordinal() - back
    if low in _DAY_BEFORE:
        return day.toordinal() - 1
    if low == "night":  # "last night"
        return day.toordinal() - 1 if i and words[i - 1].lower() == "last" else None
    return day.toordinal()


def _month(word: str) -> int:
    """The month a word names: an English name or abbreviation written with a capital ("march"
    is a verb), or a Russian month in the genitive («марта», «мая»); 0 for any other word."""
    if not word:
        return 0
    low = word.lower()
    if word[0].isascii():
        return _MONTH_WORDS.get(low, 0) if word[0].isupper() else 0
    return _MONTHS_RU_GENITIVE.get(low.replace("ё", "е"), 0)


def _date(day: dt.date, month: int, number: int) -> int | None:
    try:
        named = dt.date(day.year, month, number)
    except ValueError:
        return None
    # a date more than half a year ahead is last year's (December's read in March)
    if (named - day).days > 183:
        named = dt.date(day.year - 1, month, number)
    return named.toordinal()


#: how long before a UTC day begins a report must have been published for it not to tell of that
#: day's happening.  The days are UTC days, and an outlet's own day begins before the UTC one east
#: of Greenwich: three hours covers Europe and Moscow (a report at 22:00 UTC on Monday is
#: Tuesday's in Moscow).  Further east a report's own morning falls on the UTC day before, and a
#: pair there may be kept apart that is one happening — the safer error.  Chosen among 0, 3 and 12
#: hours on dev part A (0 and 3 alike; 12 hours lost most next-day developments, whose first
#: report came the afternoon before), checked on B (docs/stories.md)
LOCAL_DAY_MARGIN = 3 * 3600.0
#: the proleptic ordinal of 1970-01-01: epoch seconds to ordinals and back
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def news_day(days: tuple[int, ...], published: float) -> int | None:
    """The latest day a lead names that is not after its own publication day: the day of the
    newest thing it tells.  A follow-up names the day of what it follows besides its own ("the
    death toll from Monday's floods rose to five on Tuesday", «после вчерашнего пожара»): the
    earlier day is its background, the latest its news (twenty-fifth session; the twenty-third
    took the first day named, and a follow-up naming Monday first passed for Monday's news).  A
    later day than its publication is what it announces ("bus fares rise from April 1"), not its
    news."""
    today = int(published // 86_400) + _EPOCH_ORDINAL
    news = [d for d in days if 0 < d <= today]
    if news:
        return max(news)
    # the day of publication, where the headline tells an aftermath and no day is named
    inferred = [d - INFERRED for d in days if INFERRED < d < REVISED]
    if inferred:
        return min(max(inferred), today)
    # only background days (stored negated, :func:`_in_background`): what it tells came after
    # the latest of them, so its news day is the day after, if that is not after publication
    background = [-d for d in days if d < 0]
    if background and max(background) < today:
        return max(background) + 1
    return None


def told_before(days: tuple[int, ...], published: float | None, other: float | None) -> bool:
    """Was the other report published (``other``, epoch seconds: its publication time, or when
    it was added, never earlier) before the day this report's news happened began, with
    :data:`LOCAL_DAY_MARGIN` to spare?  Then the other cannot tell of it: a report tells what has
    happened, so "the day after" is another happening."""
    if not days or published is None or other is None:
        return False
    day = news_day(days, published)
    if day is None:
        return False
    return (day - _EPOCH_ORDINAL) * 86_400.0 - other > LOCAL_DAY_MARGIN


def day_agreement(
    a: tuple[int, ...],
    b: tuple[int, ...],
    a_at: float | None = None,
    b_at: float | None = None,
) -> int:
    """-1 when one report was published before the day of the other's news began
    (:func:`told_before`: it cannot tell of it) — whether or not it names a day itself; else +1
    when two leads' first days are one day (their main news happened the same day), -1 when they
    name no day in common, 0 when either names none or they share a later one.  ``a_at`` and
    ``b_at`` are the reports' publication times (or when they were added).  The check of when a
    report was published comes first: a follow-up that names Monday's happening first and its own
    Tuesday after it shares Monday's report's first day, yet Monday's report cannot tell of
    Tuesday (twenty-fifth session, docs/stories.md)."""
    if told_before(a, a_at, b_at) or told_before(b, b_at, a_at):
        return -1
    # past that, a background day (negated) counts as any day named: one report may tell the
    # other's background (real news: "after Tuesday night" beside Tuesday's report)
    # nor is the day of publication taken for an aftermath's news (:data:`INFERRED`) a day named
    a = tuple(abs(d) for d in a if d < INFERRED)
    b = tuple(abs(d) for d in b if d < INFERRED)
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1
    return -1 if not set(a) & set(b) else 0
