"""A figure's source in words, tidied: a person, a body or a publication, never a date.

The attribution and claims stages read a source as a span of the sentence, and a span may run
past the name's last word into a time or an adverb ("the food safety agency on Monday", "the
ministry still", «Нацстат в четверг») or be a date alone (a cue «сообщили в воскресенье в …» read
with the weekday as its subject).  A reader shown "source: Sunday" stops trusting every source, so
the claims stage keeps a source's words only up to the name's end, and takes a date, a time of day
or a bare pronoun for no source at all (the figure then falls to the next reading: a cited source,
else the article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..calendar_words import MONTHS_EN, WEEKDAYS_EN

_DAY_RU = r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
_MONTH_RU = (
    r"январ[ьяе]|феврал[ьяе]|марте|апрел[ьяе]|мае|июн[ьяе]|июл[ьяе]|августе"
    r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]"
)
#: months whose forms are also given names («Марта», «Мая», «Августа»): a time only after «в»
_MONTH_RU_NAMES = r"марта?|ма[йя]|августа?"
_DAY_EN = "|".join(WEEKDAYS_EN)
_MONTH_EN = "|".join(MONTHS_EN)
#: months that are also names ("Theresa May", "June Carter"): a time only after a preposition
_MONTH_EN_BARE = "|".join(m for m in MONTHS_EN if m not in ("may", "march", "june", "august"))
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

#: a word or phrase of time alone: what is never a source
_WHEN = re.compile(
    rf"^(?:(?:on|last|this|late|early|in)\s+)?(?:{_DAY_EN}|{_MONTH_EN_BARE}){_PART_OF_DAY}"
    rf"|^(?:in|last|this|late|early)\s+(?:{_MONTH_EN})"
    rf"|^(?:в|во)?\s*(?:{_DAY_RU}|{_MONTH_RU}|понедельника|вторника|среды|четверга|пятницы"
    r"|субботы|воскресенья|среда|пятница|суббота)"
    rf"|^(?:в|во)\s+(?:{_MONTH_RU_NAMES})"
    r"|^(?:yesterday|today|tonight|вчера|сегодня|накануне|утром|вечером|ночью)$",
    re.IGNORECASE,
)
#: a time or an adverb a span ran into after the name's last word
_TAIL = re.compile(
    rf"(?:\s+(?:(?:on|last|this|late|early)\s+)?(?:{_DAY_EN}){_PART_OF_DAY}"
    rf"|\s+(?:in|last|this|late|early)\s+(?:{_MONTH_EN})"
    rf"|\s+(?:в|во)\s+(?:{_DAY_RU})"
    # (an adverb in small letters only: "USA Today", "Russia Today", "Euronews Now" are names)
    r"|\s+(?-i:still|also|too|again|now|meanwhile|already|later|earlier|there|yesterday|today"
    r"|tonight|также|тоже|ещё|еще|уже|вчера|сегодня|ранее|накануне|теперь))+$",
    re.IGNORECASE,
)
#: an opening bracket the span cut before its close: "the Grid Operator (GO" is the operator
_OPEN_BRACKET = re.compile(r"\s*\([^()]*$")
#: a pronoun or a function word alone names nobody the reader can see («по его данным» read as a
#: source «его», a speaker 'as' from a clause the speaker finder misread)
_NO_NAME = frozenset(
    (
        *("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "as", "of"),
        *("the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from"),
        *("его", "её", "ее", "их", "он", "она", "они", "оно", "и", "в", "на", "по", "как"),
    )
)


@lru_cache(maxsize=4096)
def tidy_source(text: str) -> str | None:
    """``text`` up to the source's last word, or ``None`` when it names no one (a date, a time,
    a pronoun or a function word alone, a number)."""
    words = _OPEN_BRACKET.sub("", text.strip())
    trimmed = _TAIL.sub("", words).strip(" ,")
    if not trimmed or _WHEN.fullmatch(words) or _WHEN.fullmatch(trimmed):
        return None
    if trimmed.lower() in _NO_NAME or not any(ch.isalpha() for ch in trimmed):
        return None  # a word that names no one, or a number the span took for a name
    return trimmed


# A body's whole name.  The attribution stage names a speaker by the proper name it finds in the
# source phrase, and for a body that name is often a piece cut from the body's noun phrase: an
# abbreviation without its head noun ("KNB" of "the KNB border service", «МЧС» of «Главное
# управление МЧС по … области»), or the head without its genitive chain («Управление» of
# «Управление ГИБДД по … области»).  A reader checking a figure needs the body that stated it,
# so one mechanism: when the speaker's name is such a piece (abbreviations and body nouns only)
# of the quote's source phrase, and that phrase is a body's noun phrase (English: its last word
# is a body's noun; Russian: its head, the first word after any adjectives, is an inanimate
# noun or an abbreviation, and a genitive chain follows), the source is the whole phrase.  A
# phrase that holds a person («глава МЧС», "the NHS chief executive") keeps the speaker's name,
# and so does a name in quotation marks (the body's own name, the words before it describe it).

_ABBREVIATION = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]*[A-ZА-ЯЁ0-9]")
_LEADING = re.compile(r"^(?:the|The|в|во)\s+")
#: a body's whole name is short: a longer phrase is a clause the source reader took in
_MAX_BODY_WORDS = 9


def _body_noun_en(word: str) -> bool:
    from ..attribution.bodies_en import body_noun

    low = word.lower()
    return body_noun(low) or (low.endswith("s") and body_noun(low[:-1]))


def _person_word_en(word: str) -> bool:
    from ..attribution.given_names import is_given_name
    from ..attribution.person_nouns_data import PERSON_NOUNS

    low = word.lower()
    return low in PERSON_NOUNS or low.rstrip("s") in PERSON_NOUNS or is_given_name(word)


def _top_pos_ru(word: str) -> str | None:
    from ..attribution.bodies_ru import _analyzer

    pos = _analyzer().parse(word.lower())[0].tag.POS
    return str(pos) if pos is not None else None


def _body_head_ru(word: str) -> bool:
    from ..attribution.bodies_ru import inanimate, person_noun

    if _ABBREVIATION.fullmatch(word):
        return True
    return _top_pos_ru(word) == "NOUN" and inanimate(word) and not person_noun(word)


def _piece_of_body(name: str, language: str | None) -> bool:
    """Whether ``name`` holds only abbreviations and body nouns: what a body's name is cut to."""
    for word in name.split():
        if _ABBREVIATION.fullmatch(word):
            continue
        if language == "ru" and _body_head_ru(word) and word[:1].isupper():
            continue
        if language != "ru" and _body_noun_en(word):
            continue
        return False
    return True


@lru_cache(maxsize=4096)
def whole_body_name(name: str, phrase: str, language: str | None) -> str | None:
    """The body's whole noun phrase ``phrase`` (tidied) when ``name`` is a piece cut from it,
    else ``None`` (the name stands)."""
    tidied = tidy_source(phrase)
    if not tidied:
        return None
    tidied = _LEADING.sub("", tidied)
    words = tidied.split()
    if not name or name == tidied or len(words) > _MAX_BODY_WORDS:
        return None
    # (a name in quotation marks is the body's own: «компания «Водоканалстрой»» is «Водоканалстрой»)
    if not re.search(rf"(?<![\w\-«\"“„]){re.escape(name)}(?![\w-])", tidied):
        return None
    if not _piece_of_body(name, language):
        return None
    if language == "ru":
        from ..attribution.bodies_ru import person_noun

        if any(person_noun(w) for w in words if not _ABBREVIATION.fullmatch(w)):
            return None
        heads = [w for w in words if _top_pos_ru(w) not in ("ADJF", "ADJS", "PRTF")]
        if not heads or not _body_head_ru(heads[0]):
            return None
        return _nominative_ru(words, words.index(heads[0]))
    else:
        if any(_person_word_en(w) for w in words if not _ABBREVIATION.fullmatch(w)):
            return None
        if not _body_noun_en(words[-1]):
            return None
    return tidied


def _nominative_ru(words: list[str], head: int) -> str:
    """The phrase with its head and the adjectives before it in the nominative: a source read
    from «в региональном управлении МЧС сообщили» names «региональное управление МЧС»; the
    genitive chain after the head stays as written."""
    from ..attribution.bodies_ru import _analyzer

    out = list(words)
    if _ABBREVIATION.fullmatch(words[head]):
        return " ".join(out)
    parse = _analyzer().parse(words[head].lower())[0]
    if parse.tag.case == "nomn":
        return " ".join(out)
    number = parse.tag.number or "sing"
    for i in range(head + 1):
        form = _analyzer().parse(words[i].lower())[0]
        wanted = {"nomn", number}
        if form.tag.POS in ("ADJF", "PRTF") and number == "sing" and parse.tag.gender:
            wanted.add(parse.tag.gender)
        new = form.inflect(wanted)
        if new is None:
            return " ".join(words)  # a form the dictionary cannot give: the words as written
        word = new.word
        out[i] = word[:1].upper() + word[1:] if words[i][:1].isupper() else word
    return " ".join(out)
