"""What the trace compares: every figure and every quote of a stored article, normalised.

A *claim mention* is one figure as one article states it: its value and range after the claims
stage normalised units and multipliers ("231 thousand", «231 тыс.» → 231000), how it is hedged,
what it counts, for which period, and who asserts it.  A *quote mention* is one quotation with
its speaker.  Speakers are compared by a key that survives transliteration and the spelling
variants of machine translation: the consonant skeleton of the surname («Петренко», "Petrenko"
and "Petrenko's" all give ``ptrnk``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import Any

from ..article import Article, Claim, Counted, Quote
from ..attribution.names import romanize
from . import periods
from .counted import counted, figure_sentences

#: a hedge as the claims stage records it (``Claim.change``), in words a reader knows
HEDGES = {
    "=": "exact",
    "~": "approximate",
    ">": "at least / more than",
    "<": "up to / less than",
    "up": "a rise",
    "down": "a fall",
}

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SINCE = re.compile(r"\b(since|from|с|со)\s+(1[89]\d\d|20\d\d)", re.I)
_PARTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(first|1st)\s+half|\bH1\b|перв\w*\s+полугоди", re.I), "H1"),
    (re.compile(r"\b(second|2nd)\s+half|\bH2\b|втор\w*\s+полугоди", re.I), "H2"),
    (re.compile(r"\b(first|1st)\s+quarter|\bQ1\b|перв\w*\s+квартал", re.I), "Q1"),
    (re.compile(r"\b(second|2nd)\s+quarter|\bQ2\b|втор\w*\s+квартал", re.I), "Q2"),
    (re.compile(r"\b(third|3rd)\s+quarter|\bQ3\b|трет\w*\s+квартал", re.I), "Q3"),
    (re.compile(r"\b(fourth|4th)\s+quarter|\bQ4\b|четв[её]рт\w*\s+квартал", re.I), "Q4"),
]
_MONTHS = [
    ("jan", "январ"), ("feb", "феврал"), ("mar", "март"), ("apr", "апрел"), ("may", "ма[йяе]"),
    ("jun", "июн"), ("jul", "июл"), ("aug", "август"), ("sep", "сентябр"), ("oct", "октябр"),
    ("nov", "ноябр"), ("dec", "декабр"),
]  # fmt: skip
_MONTH = [
    (re.compile(rf"\b{en}[a-z]*\b|\b{ru}\w*", re.I), f"M{i:02d}")
    for i, (en, ru) in enumerate(_MONTHS, 1)
]

#: what is counted reads the noun the parse says a figure counts (:func:`.roles.counted_noun`:
#: "600 *workers*", "26% of *households*", «*выплавка* сократилась до 2,9 млн тонн») before the
#: claims stage's ``about``, which is a verb, a number word or the sentence's subject for many
#: figures of new wording (fortieth session).  On development half A without test39, of the
#: pairs of one story's mentions of one claim, the two words lie at a cosine of 0.7 or more for
#: 0.33 with ``about`` and 0.41 with the noun (other pairs of one story 0.05 both), and the
#: "what" cosine separates one claim's pairs from the story's others at AUC 0.860 -> 0.875
COUNTED_NOUN = True

#: words either side of a figure that say what it counts ("turnout was …%", "… people were killed")
NEAR = 2
_DIGITS = re.compile(r"\d[\d\s.,]*")
_NOT_LETTERS = re.compile(r"[^a-z]+")
_SOFT = re.compile(r"[aeiouyjhw]+")
_POSSESSIVE = re.compile(r"['’]s$")
#: one letter for one sound, whichever way a name was spelt in Latin letters (Harwick / Харвик)
_SOUNDS = [
    # a Latin "j" is written «дж» (Jarvik / Джарвик, Jakarta / Джакарта): one glide-like
    # letter, dropped with the others (Jansen / Янсен keep meeting) (twenty-sixth session)
    (re.compile("dzh|dj"), "j"),
    # a Latin "qu" is written «кв» (Quist / Квист), a Slavic "c" «ц», romanized "ts" (Moravec /
    # Моравец), a German "s" before a vowel «з» (Sand / Занд): one letter each
    (re.compile("qu"), "kv"),
    (re.compile("q"), "k"),
    (re.compile("ts"), "c"),
    (re.compile("z"), "s"),
    (re.compile("kh"), "h"),
    (re.compile("ph"), "f"),
    (re.compile("ck"), "k"),
    (re.compile("c(?!h)"), "k"),
    (re.compile("w"), "v"),
    (re.compile("x"), "ks"),
]


#: where a speaker's name as the attribution stage gives it may carry a description beside the
#: name: after a comma, in brackets or after a dash ("Marina Okotetto, head of the epizootic
#: department at the region's veterinary service"; "the head of the department, Marina Okotetto")
_APPOSITION = re.compile(r"\s*(?:,|\(|\)|\s[—–-]\s)\s*")


def name_part(name: str) -> str:
    """The words of a speaker's name that name the person, without a description set beside
    them: the first of its comma (bracket, dash) pieces whose words all open with a capital
    letter, else the whole.  A name's last word is its key (:func:`speaker_key`): with the
    description left on, "Marina Okotetto, head of … the region's veterinary service" was keyed
    by "service", and the same person quoted in Russian («Марина Окотэтто») was a changed
    speaker (development: test36, two wrong "speaker changed" flags)."""
    pieces = [p for p in _APPOSITION.split(name.strip()) if p]
    if len(pieces) < 2:
        return name.strip()
    for piece in pieces:
        words = piece.split()
        if 0 < len(words) <= 4 and all(w[:1].isupper() for w in words):
            return piece
    return name.strip()


# a pure function of the name, asked three times for every pair of figures a link compares (a
# fifth of a link's time on a library of our fixtures): computed once per name
@lru_cache(maxsize=65536)
def speaker_key(name: str | None) -> str | None:
    """The consonant skeleton of a name's last word, in Latin letters (``None`` for no name).

    Surnames carry identity in news ("Petrenko said" after "Ivan Petrenko"); transliteration and
    machine translation change vowels, glides and endings (Zelensky / Zelenskyy / Зеленский,
    Jansen / Янсен), and spell a few sounds two ways (Holm / Хольм, Harwick / Харвик), seldom
    the other consonants.  Russian case endings (Петренко / Зеленского) are cut before the skeleton."""
    if not name or not name.strip():
        return None
    last = _POSSESSIVE.sub("", name_part(name).split()[-1]).lower()
    last = (
        re.sub(r"(ого|его|ому|ему|ым|им|ой|ой|ую|ая)$", "ий", last)
        if re.search("[а-я]", last)
        else last
    )
    latin = _NOT_LETTERS.sub("", romanize(last))
    for spelling, sound in _SOUNDS:
        latin = spelling.sub(sound, latin)
    # vowels and glides go, the first letter too: Jansen / Янсен (Yansen), Holm / Хольм (Kholm)
    skeleton = _SOFT.sub("", latin) or latin
    skeleton = re.sub(r"(.)\1+", r"\1", skeleton)  # Zelenskyy / Zelensky
    return skeleton or None


#: two speaker keys one letter apart name one person when the longer is at least this long and
#: both names give one first name: a name spelt two ways keeps its consonants but one (a German
#: "ch" written «х», a silent final letter, an "h" written «г», a Belarusian against a Russian
#: spelling), while two people of one story differ by more or in their first names (twenty-eighth
#: session: no two annotated speakers of one development story are one letter apart so; with
#: both keys of four letters, two were; Shevchenko and Shevchuk are one letter apart)
SPELLINGS_MIN = 5


def same_speaker(a: str | None, b: str | None) -> bool:
    """Two speakers' names name one person: one key (:func:`speaker_key`), or two keys one letter
    apart (one added or dropped), the longer of :data:`SPELLINGS_MIN` letters or more,
    when both names give a first name and the two agree.  ``False`` when either has no name."""
    ka, kb = speaker_key(a), speaker_key(b)
    if not a or not b or not ka or not kb:
        return False
    if ka == kb:
        return True
    if SPELLINGS_MIN is None or max(len(ka), len(kb)) < SPELLINGS_MIN:
        return False
    ga, gb = _given_key(a), _given_key(b)
    return ga is not None and ga == gb and _one_letter_apart(ka, kb)


def _given_key(name: str) -> str | None:
    """The key of a name's first name: its word before the surname, when capitalised."""
    words = name_part(name).split()
    if len(words) < 2 or not words[-2][:1].isupper():
        return None
    return speaker_key(words[-2])


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added to ``a`` or ``b`` makes the other (a changed letter is not taken:
    Kovalenko and Kovalchuk, two people, are one letter changed)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) != 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def period_key(when: str | None, sentence: str | None = None) -> str | None:
    """Years and parts of years a period names, e.g. ``2025 H1``, ``since 2022``, ``M03`` or
    ``W`` (a week); ``sentence``, the figure's, says what a date ends ("the week to April 5")."""
    if not when:
        return None
    marks: list[str] = []
    since = _SINCE.search(when)
    if since:
        marks.append(f"since {since.group(2)}")
    else:
        marks += sorted(set(_YEAR.findall(when)))
    ending = periods.ending_on(when, sentence)
    if ending is not None:  # the week (month) to a date is a week, not the date's month
        return " ".join(marks + [ending])
    marks += [tag for pattern, tag in _PARTS if pattern.search(when)]
    marks += periods.unnamed(when) if not any(m.startswith("since") for m in marks) else []
    marks += [tag for pattern, tag in _MONTH if pattern.search(when)]
    return " ".join(dict.fromkeys(marks)) or None


def timestamp(published: str | None) -> float | None:
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    for candidate in (text, text[:10]):
        try:
            moment = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.timestamp()
    return None


@dataclass(frozen=True)
class Source:
    """Where an article comes from, for a mention's place on a timeline."""

    article_id: int
    site: str | None
    url: str | None
    title: str | None
    language: str | None
    #: Unix seconds from the article's published date; ``None`` when it has none
    at: float | None


@dataclass(frozen=True)
class ClaimMention:
    source: Source
    claim_id: int
    text: str
    sentence: str
    value: float
    value_high: float | None
    unit: str | None
    hedge: str | None
    qualifier: str | None
    about: str | None
    period: str | None
    speaker: str | None
    #: who asserts it in words: the speaker, a cited source ("local media"), or "article"
    asserted_by: str | None
    confidence: float | None
    #: the names (people, places, bodies) of its article, as keys: what story it belongs to
    names: tuple[str, ...] = ()
    #: what it counts by the grammar: the lemmas governing the figure ("kill", «погибнуть»,
    #: "vote"), see :mod:`.roles`; ``None`` when the parse names nothing beyond a measure
    role: str | None = None
    #: whose count it is by the grammar: the name keys of its owner ("Nordair's 12.4 million",
    #: «Балтавиа — 8,1 млн»), see :mod:`.owners`; ``()`` when the parse names none
    owner: tuple[str, ...] = ()
    #: who acts in its clause, in words ("water board" of "The water board now puts the
    #: homes cut off at …"), see :func:`.owners.agent_of`; ``None``: no such subject
    agent: str | None = None
    #: the noun it counts by the grammar ("worker", «домохозяйство»), see
    #: :func:`.roles.counted_noun`; ``None`` when the parse names none
    noun: str | None = None

    @property
    def what(self) -> str:
        """What is counted, in words (for comparing across outlets and languages): the noun the
        parse says the figure counts (else the claims stage's counted thing) and its unit, and
        the words around the figure with the digits taken out, so that a figure that changed
        ("Turnout was 38%", "turnout in the election was 41%") still reads as the same count,
        and two figures of one sentence do not."""
        counted = self.noun if COUNTED_NOUN and self.noun else self.about
        return " ".join(p for p in (counted, self.unit, self.neighbourhood) if p)

    @property
    def neighbourhood(self) -> str:
        """The figure and :data:`NEAR` words either side of it in its sentence, without digits."""
        at = self.sentence.find(self.text)
        if at < 0:
            near = self.sentence
        else:
            left = self.sentence[:at].split()[-NEAR:]
            right = self.sentence[at + len(self.text) :].split()[:NEAR]
            near = " ".join([*left, self.text, *right])
        return " ".join(_DIGITS.sub(" ", near).split())


@dataclass(frozen=True)
class QuoteMention:
    source: Source
    quote_id: int
    kind: str
    text: str
    speaker: str | None
    role: str | None
    cue: str | None
    confidence: float | None


_NAME = re.compile(r"[A-ZА-ЯЁ][\w'’-]+")
_OPENING = re.compile(r"^\W*\w+")

#: the names of the weekdays and months (English, and Russian in any case): a date, not a name
DATE_WORD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|june|july|august|september|october|november|december"
    r"|понедельник\w*|вторник\w*|сред[аеуы]|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*"
    r"|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яйе]|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*)$",
    re.IGNORECASE,
)

#: a weekday or a month is no name of an event's people or places: "on Friday", "in March"
#: made two articles of two events share a name, and gave an article that names no one else a
#: name set that shared nothing with its own event's reports, so its figures were read as
#: another event's (``other_event``; thirty-ninth session, development test38)
NAME_DATES_ASIDE = True

# The names test takes the exact word forms of the weekdays and months, never a stem: with
# :data:`DATE_WORD`'s ``март\w*`` / ``август\w*`` / ``ма[яйе]`` a person's name (Мартин,
# Мартынов, Мартыненко, Августин) was no name (review of 55bc36dc).  The Russian forms are
# pymorphy3's lexemes of the twelve months (singular: «марты» is also a case of the name Марта)
# and the seven weekdays (both numbers: «по пятницам»)
_MONTH_STEMS_RU = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
_MONTH_FORMS_RU = frozenset(
    f"{stem}{end}"
    for stem in _MONTH_STEMS_RU
    for end in (
        ("", "а", "у", "ом", "е")
        if stem in ("март", "август")
        else ("й", "я", "ю", "ем", "е")
        if stem == "ма"
        else ("ь", "я", "ю", "ём", "ем", "е")
    )
)
_WEEKDAY_FORMS_RU = frozenset(
    f"{stem}{end}"
    for stems, ends in (
        (
            ("понедельник", "вторник", "четверг"),
            ("", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"),
        ),
        (
            ("сред", "пятниц", "суббот"),
            ("а", "ы", "е", "у", "ой", "ою", "ей", "ею", "", "ам", "ами", "ах"),
        ),
        (("воскресень",), ("е", "я", "ю", "ем", "ям", "ями", "ях")),
    )
    for stem in stems
    for end in ends
) | {"воскресений"}
_DATE_FORMS_EN = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
#: forms that are also a person's name (Марта, Мая, Августа, Август; April, June, August,
#: March): a date only after a number or a word that opens a date («8 Марта», «в Марте»,
#: "in June", "June 5"); elsewhere ("сказала Марта", "June Carter") a name
_DATE_OR_NAME = frozenset(
    [f"март{e}" for e in ("", "а", "у", "ом", "е")]
    + [f"август{e}" for e in ("", "а", "у", "ом", "е")]
    + ["май", "мая", "маю", "мае", "маем", "april", "june", "august", "march"]
)
_DATE_OPENERS = frozenset(
    [
        "в",
        "во",
        "с",
        "со",
        "до",
        "по",
        "от",
        "после",
        "около",
        "начала",
        "начале",
        "конца",
        "конце",
        "середины",
        "середине",
        "in",
        "on",
        "by",
        "since",
        "until",
        "till",
        "from",
        "through",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "every",
        "before",
        "after",
        "during",
        # a determiner before a month ("its March fares", "the June figures")
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
    ]
)
_LAST_WORD = re.compile(r"([\w.-]+)\W*$")
_FIRST_WORD = re.compile(r"^\W*([\w.-]+)")


def _is_date(word: str, before: str, after: str) -> bool:
    """``word`` (lower case, no possessive) names a weekday or a month where it stands:
    ``before`` and ``after`` are the words either side of it, as written."""
    if word not in _MONTH_FORMS_RU | _WEEKDAY_FORMS_RU | _DATE_FORMS_EN:
        return False
    if word not in _DATE_OR_NAME:
        return True
    # a number or a date's opening word before it: a date («8 Марта», «в Марте», "from April")
    if before[:1].isdigit() or before.lower() in _DATE_OPENERS:
        return True
    # English writes every month with a capital: a date, unless a name stands beside it
    # ("June Carter", "April Ryan"; "one March fine" is a date); Russian writes a month in
    # lower case: a capitalised «Марта» there is a name
    return word.isascii() and not (before[:1].isupper() or after[:1].isupper())


#: a Russian adjective made from a place's name («екатеринбургской», «Тверской области») is
#: that place too: its key is also given without the suffix «-ск-» (Екатеринбург, Тверь), as
#: Yekaterinburg and Екатеринбурге already share one (thirty-ninth session).  Only a place's:
#: pymorphy3 must know the noun the key without «-ск-» spells as a place (``Geox``), so a
#: surname in «-ский» (Петровский, Зеленский) does not take another's key (Петров; review of
#: 55bc36dc), and a word beside a given name («Александр Тверской») is a surname
PLACE_ADJECTIVES = True
_PLACE_ADJECTIVE = re.compile(r"[а-яё]{3,}(?:ск|цк)(?:ий|ая|ое|ой|ого|ому|ом|ую|ие|их|им|ими|ей)$")


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=8192)
def _given_name(word: str) -> bool:
    """pymorphy3 reads the capitalised Russian ``word`` as a given name or patronymic first."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", word):
        return False
    parses = _morph().parse(word.lower())
    return bool(parses) and ("Name" in parses[0].tag or "Patr" in parses[0].tag)


@lru_cache(maxsize=8192)
def _place_of(word: str) -> str | None:
    """``word`` (lower case) is an adjective made from a place pymorphy3 knows: the noun its
    stem spells (тверск- -> тверь, московск- -> москва, екатеринбургск- -> екатеринбург) is a
    known ``Geox`` word whose key is the key of the adjective's lemma without «-ск-», and the
    word's most likely reading is no surname or given name.  That place's key, else ``None``
    (the lemma's key: «Пермском», a case :func:`speaker_key` does not fold, is «пермский»)."""
    morph = _morph()
    parses = morph.parse(word)
    if not parses or any(t in parses[0].tag for t in ("Surn", "Name", "Patr")):
        return None
    for lemma in sorted({p.normal_form for p in parses if "ADJF" in p.tag}):
        if not re.search("(?:ск|цк)ий$", lemma) and not re.search("(?:ск|цк)ой$", lemma):
            continue
        key = speaker_key(lemma)
        if not key or len(key) < 5:
            continue
        base = lemma[:-4]
        nouns = [base + e for e in ("", "ь", "а", "я", "ы", "и", "о", "е")]
        if base.endswith(("ов", "ев")):
            nouns.append(base[:-2] + "ва")
        for noun in nouns:
            if speaker_key(noun) != key[:-2] or not morph.word_is_known(noun):
                continue
            if any("Geox" in p.tag and p.normal_form == noun for p in morph.parse(noun)):
                return key[:-2]
    return None


def name_keys(article: Article) -> tuple[str, ...]:
    """The names an article holds (capitalised words not opening a sentence), each as the key
    :func:`speaker_key` gives it, so that Belograd / Белограде / Белограда are one name: two
    reports of one event share their people and places, two events seldom do."""
    keys: set[str] = set()
    texts = [s.text for s in article.sentences] or [article.text]
    for text in [article.title or "", *texts]:
        text = _OPENING.sub("", text, count=1)
        for found in _NAME.finditer(text):
            word = found.group()
            left = _LAST_WORD.search(text[: found.start()])
            right = _FIRST_WORD.search(text[found.end() :])
            before = left.group(1) if left else ""
            after = right.group(1) if right else ""
            bare = _POSSESSIVE.sub("", word).lower()
            if NAME_DATES_ASIDE and _is_date(bare, before, after):
                continue
            key = speaker_key(word)
            if key and len(key) >= 2:
                keys.add(key)
                place = (
                    _place_of(word.lower())
                    if PLACE_ADJECTIVES
                    and len(key) >= 5
                    and _PLACE_ADJECTIVE.match(word.lower())
                    and not _given_name(before)
                    and not _given_name(after)
                    else None
                )
                if place:
                    keys.add(place)
    return tuple(sorted(keys))


def source_of(article: Article, article_id: int) -> Source:
    m = article.metadata
    return Source(
        article_id, m.site, m.url, article.title, article.language, timestamp(m.published)
    )


def claim_mentions(article: Article, article_id: int) -> list[ClaimMention]:
    src = source_of(article, article_id)
    names = name_keys(article) if article.claims else ()
    placed = figure_sentences(article)
    # each figure's role and owner as the analysis kept them, else read (parsed) now
    readings = counted(article, placed)
    return [
        _claim(article, src, c, sentence, names, reading)
        for c, (sentence, _), reading in zip(article.claims, placed, readings, strict=True)
    ]


def quote_mentions(article: Article, article_id: int) -> list[QuoteMention]:
    src = source_of(article, article_id)
    return [_quote(article, src, q) for q in article.quotes if not nested(q, article.quotes)]


def nested(quote: Quote, quotes: Sequence[Quote]) -> bool:
    """``quote`` lies inside another, direct, quote of its article: words its speaker relays
    ("He told the investigator that he had crossed this bridge …", «нам говорили, что это
    кондиционеры») or a part of the same words read again as reported speech.  Its words are
    the outer quote's, which the index traces; traced on its own, the inner one formed a trace
    of its own (a single mention, or one given to a speaker the attribution read from inside
    the quotation, "People", «все»), and a "speaker changed" between the relayed words and the
    outlet's own."""
    return any(
        o is not quote
        and o.kind == "direct"
        and o.start <= quote.start
        and quote.end <= o.end
        and (o.start, o.end) != (quote.start, quote.end)
        for o in quotes
    )


def _claim(
    article: Article,
    src: Source,
    c: Claim,
    sentence: str,
    names: tuple[str, ...],
    reading: Counted,
) -> ClaimMention:
    speaker = article.speaker(c.speaker)
    return ClaimMention(
        source=src,
        claim_id=c.id,
        text=c.text,
        sentence=sentence,
        value=float(c.value),
        value_high=None if c.value_high is None else float(c.value_high),
        unit=c.unit,
        hedge=c.change,
        qualifier=c.qualifier,
        about=c.about,
        period=period_key(c.when, sentence),
        speaker=speaker.name if speaker else None,
        asserted_by=c.source,
        confidence=getattr(c, "source_confidence", None),
        names=names,
        role=reading.role,
        owner=reading.owner,
        agent=reading.agent,
        noun=reading.noun,
    )


def _quote(article: Article, src: Source, q: Quote) -> QuoteMention:
    speaker = article.speaker(q.speaker)
    return QuoteMention(
        source=src,
        quote_id=q.id,
        kind=q.kind,
        text=q.text,
        speaker=speaker.name if speaker else None,
        role=speaker.role if speaker else None,
        cue=q.cue,
        confidence=getattr(q, "speaker_confidence", None),
    )
