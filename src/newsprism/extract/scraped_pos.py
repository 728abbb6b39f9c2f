"""Scraped text: the grammar of a line, where its shape alone cannot tell what it is.

A photo's caption describes the picture (no verb, or one in the present: "Senior forward Name
scores …", "Name at the lift shafts in 1989."), a standfirst reports (a verb in the past: "The
administration warned motorists …"); a label over a list is a noun phrase ("My January sowing
list:", «Что сказали тренеры:» is a clause).  English is read by spaCy's tagger (Penn tags), Russian
by pymorphy3 word by word; both load on first use, once (spaCy's is attribution's own pipeline).  Without them every question here answers
``None`` and the line rules decide alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..errors import NewsprismError

_CYRILLIC = re.compile(r"[а-яё]", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: where a line's first sentence ends
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])[»\"”)]?\s+(?=[«\"“]?[A-ZА-ЯЁ])")
#: Penn tags of a finite verb: past, present (third person and other), a modal
_EN_PAST = frozenset({"VBD"})
_EN_PRESENT = frozenset({"VBZ", "VBP", "MD"})


def _spacy() -> Any:
    """The English pipeline attribution loads (once a process: a ``read`` that goes on to
    find who said what loads no second one)."""
    try:
        from ..attribution.backends import english

        return english()
    except NewsprismError:  # no model installed: the line rules decide alone
        return None


@cache
def _morph() -> Any:
    try:
        import pymorphy3
    except ImportError:
        return None
    return pymorphy3.MorphAnalyzer()


def given_name(word: str) -> bool:
    """pymorphy3 reads ``word`` as a person's given name in the nominative singular («Игорь»,
    «Анна»), among its likelier readings (a word whose first reading is a common noun or a
    place, «Роза», «Вера», «Надежда», is taken for one only when a name is among the readings
    the dictionary scores at a quarter or more); ``False`` without the dictionary."""
    morph = _morph()
    if morph is None:
        return False
    return any(
        {"Name", "sing", "nomn"} <= p.tag.grammemes and p.score >= NAME_READING_MIN_SCORE
        for p in morph.parse(word)
    )


#: the least score (pymorphy3's estimate of a reading's probability) a given-name reading needs
NAME_READING_MIN_SCORE = 0.25


def lemmas(word: str) -> frozenset[str]:
    """Every dictionary form pymorphy3 reads ``word`` as («Собянина», «Собяниным» ->
    «собянин»), so a surname is found in any case the story puts it in; the word itself,
    lower-cased, without the dictionary."""
    morph = _morph()
    if morph is None:
        return frozenset([word.lower()])
    return frozenset(p.normal_form for p in morph.parse(word)) | {word.lower()}


def named_in(surnames: list[str], text: str) -> bool:
    """One of ``surnames`` occurs in ``text``, in any of its cases (a capitalised word of the
    text sharing a dictionary form with it)."""
    wanted = frozenset().union(*(lemmas(s) for s in surnames))
    return any(lemmas(word) & wanted for word in set(_CAPITALISED_CYRILLIC.findall(text)))


#: a capitalised Cyrillic word (a surname, in whatever case the sentence needs)
_CAPITALISED_CYRILLIC = re.compile(r"\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def _language(text: str) -> str:
    return "ru" if len(_CYRILLIC.findall(text)) * 2 > len(_WORD.findall(text)) else "en"


def first_sentence(text: str) -> str:
    return _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]


def finite_verbs(text: str) -> tuple[int, int] | None:
    """How many finite verbs in the past and in the present (or future) ``text`` holds, or
    ``None`` when no tagger for its language is installed."""
    if not _WORD.search(text):
        return 0, 0  # (figures and signs alone: "64", "24%"; no word to be a verb)
    if _language(text) == "ru":
        morph = _morph()
        if morph is None:
            return None
        past = present = 0
        for word in _WORD.findall(text):
            parse = morph.parse(word.lower())[0]
            if parse.tag.POS != "VERB":
                continue
            if parse.tag.tense == "past":
                past += 1
            elif parse.tag.tense in ("pres", "futr"):
                present += 1
        return past, present
    nlp = _spacy()
    if nlp is None:
        return None
    tags = [getattr(t, "tag_", "") for t in nlp(text)]
    return sum(t in _EN_PAST for t in tags), sum(t in _EN_PRESENT for t in tags)


def reports(text: str) -> bool | None:
    """Whether the first sentence of ``text`` reports what happened: a finite verb in the past
    and none in the present ("The administration warned motorists … and published the
    detours"), as a standfirst does; a caption describes the picture ("Name scores two of her
    points", "Name at the shafts in 1989").  ``None``: no tagger to tell."""
    counts = finite_verbs(first_sentence(text))
    if counts is None:
        return None
    past, present = counts
    return past > 0 and present == 0


#: Penn tags of a finite verb that reports speech: past and present
_EN_FINITE = _EN_PAST | frozenset({"VBZ", "VBP"})
#: what opens a Russian verb of saying's clause right after it: a comma, a colon or «что»
_RU_CLAUSE_AFTER = re.compile(r"\s*(?:[,:—–]|что\b|чтобы\b)", re.I)


def says(text: str) -> bool | None:
    """Whether the first sentence of ``text`` reports someone's words or view by a finite verb
    of saying (the attribution lexicons) with its clause: "Residents say the new road will cut
    the village in two", «Жители говорят, что дорога разрежет село» — a standfirst, whatever
    its tense; "Name shows her medal" (no clause) describes a picture.  ``None``: no tagger."""
    sentence = first_sentence(text)
    if _language(sentence) == "ru":
        morph = _morph()
        if morph is None:
            return None
        from ..attribution.lexicon_ru import SPEECH_VERBS as RU_SPEECH

        for m in _WORD.finditer(sentence):
            parse = morph.parse(m.group().lower())[0]
            if (
                parse.tag.POS == "VERB"
                and parse.normal_form in RU_SPEECH
                and _RU_CLAUSE_AFTER.match(sentence, m.end())
            ):
                return True
        return False
    nlp = _spacy()
    if nlp is None:
        return None
    from ..attribution.lexicon_en import SPEECH_VERBS as EN_SPEECH

    return any(
        t.tag_ in _EN_FINITE
        and t.lemma_.lower() in EN_SPEECH
        and any(c.dep_ == "ccomp" for c in t.children)
        for t in nlp(sentence)
    )


#: Penn tags a noun phrase does not start with: a preposition, "to", a conjunction, a question
#: word (a question over a list is read by its own rule)
_EN_NOT_FIRST = frozenset({"IN", "TO", "CC", "WP", "WRB", "WDT", "EX"})
#: pymorphy3's parts of speech a noun phrase does not start with (a preposition, a conjunction,
#: a particle, a pronoun-noun such as «что», «кто»)
_RU_NOT_FIRST = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB"})


#: what an English label that runs on into its list ends with — a preposition, a conjunction,
#: a form of "be" or a verb of including ("The largest grants went to", "Key features include",
#: "The winners are"): no noun phrase ends so, and the tagger (seconds to load) need not be asked
_EN_RUNS_ON = re.compile(
    r"\b(?:to|for|of|by|with|from|in|on|at|about|as|than|like|and|or|but|is|are|was|were|be|"
    r"include|includes|included|including|contains?|comprises?)$",
    re.I,
)


def noun_phrase(text: str) -> bool | None:
    """Whether ``text`` (a label without its colon) is a noun phrase — no verb, and not
    opened by a preposition or a conjunction: "My January sowing list", "Dates for your diary",
    «Образец заявления» name what follows; "The largest grants went to", «В команду вошли»,
    «На период работ» run on into it.  ``None``: no tagger to tell."""
    if _language(text) == "en" and _EN_RUNS_ON.search(text.strip()):
        return False
    if _language(text) == "ru":
        morph = _morph()
        if morph is None:
            return None
        parts = [morph.parse(w.lower())[0].tag.POS for w in _WORD.findall(text)]
        return (
            bool(parts)
            and parts[0] not in _RU_NOT_FIRST
            and not any(p in ("VERB", "INFN") for p in parts)
        )
    nlp = _spacy()
    if nlp is None:
        return None
    tags = [getattr(t, "tag_", "") for t in nlp(text) if t.text[:1].isalnum()]
    return (
        bool(tags)
        and tags[0] not in _EN_NOT_FIRST
        and not any(t in _EN_PAST or t in _EN_PRESENT or t == "VB" for t in tags)
    )
