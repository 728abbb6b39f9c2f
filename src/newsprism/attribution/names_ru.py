"""One speaker per body or person in Russian text: names written two ways joined before the
speaker table is built.

* An abbreviation is the body whose full name's initial letters it spells («СК» … «Следственный
  комитет России», «ОЗХО» … «Организация по запрещению химического оружия»): the initials of
  the full name's words, prepositions and conjunctions left out, begin with the abbreviation's
  letters.  Initials do not change with case («Агентства национальной безопасности» is still
  АНБ), so the test holds for every case form the name is written in.
* «Вэнс-младший», «Буша-старшего»: the surname without the generation word, so that the
  mention joins the person named in full.
* «по словам министра Олега Рыбина»: a surname in an oblique case put in the nominative of the
  given name's gender (Рыбин, not the common noun «рыбина»), by the regular paradigms of
  Russian surnames in -ов/-ев/-ин/-ын and -ский/-цкий (sixteenth session).  natasha's normaliser
  reads such a form by the dictionary, which knows «рыбина» and «Котова» as words of their
  own, so the genitive of a man's surname became a woman's and the later «Рыбин» a second
  speaker; the given name's gender and case, which the surname agrees with, decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .model import Entity

#: words an abbreviation leaves out («Министерство по чрезвычайным ситуациям» is МЧС)
_SKIPPED = frozenset(
    [
        "в",
        "во",
        "и",
        "или",
        "на",
        "над",
        "о",
        "об",
        "от",
        "по",
        "при",
        "с",
        "со",
        "для",
        "за",
        "из",
        "к",
        "ко",
        "у",
        "до",
        "под",
        "без",
        "через",
        "of",
        "and",
        "the",
        "for",
        "de",
    ]
)
#: an abbreviation as written: two to six capitals, Cyrillic or Latin, no lower-case letter
_ABBREVIATION = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_GENERATION = re.compile(r"-(?:младш|старш)[а-яё]*$", re.IGNORECASE)


def initials(name: str) -> str:
    """The capital initials of the words of ``name`` an abbreviation is made of («Организация
    по запрещению химического оружия» → «ОЗХО»)."""
    words = re.findall(r"[^\W\d_]+", name)
    return "".join(w[0].upper() for w in words if w.lower() not in _SKIPPED)


def abbreviates(abbreviation: str, name: str) -> bool:
    """Whether ``abbreviation`` is made of the first letters of ``name``'s words: all of them,
    or the first ones with a place after them («СК» for «Следственный комитет России»)."""
    if not _ABBREVIATION.fullmatch(abbreviation) or len(name.split()) < 2:
        return False
    return initials(name).startswith(abbreviation.upper().replace("Ё", "Е"))


def join_abbreviations(entities: Sequence[Entity]) -> None:
    """Give every organisation named by an abbreviation the dictionary form of the full name it
    abbreviates in the same text (the nearest one before it, else the nearest after), so the
    speaker table makes one body of the two.  Changes ``entities`` in place."""
    full = [e for e in entities if e.label == "ORG" and len(e.normal.split()) >= 2]
    if not full:
        return
    for e in entities:
        if e.label not in ("ORG", "PER") or " " in e.text or not _ABBREVIATION.fullmatch(e.text):
            continue
        named = [f for f in full if abbreviates(e.text, f.normal)]
        if not named:
            continue
        before = [f for f in named if f.end <= e.start]
        f = before[-1] if before else min(named, key=lambda f: f.start)
        e.label, e.normal = "ORG", f.normal


def without_generation(surname: str | None) -> str | None:
    """«Вэнс-младший» → «Вэнс»: the surname a son or daughter shares with the one named in
    full («Сайрус Вэнс» … «Вэнс-младший» is one person in an article that names no father)."""
    if surname is None:
        return None
    return _GENERATION.sub("", surname) or surname


#: forms of address written before a name («Сэр Алекс Фергюсон», «мистер Смит»): no part of it
TITLES = frozenset(
    [
        "сэр",
        "мистер",
        "миссис",
        "мисс",
        "господин",
        "госпожа",
        "леди",
        "лорд",
        "месье",
        "мсье",
        "мадам",
        "мадемуазель",
        "фрау",
        "герр",
        "пан",
        "пани",
        "синьор",
        "синьора",
        "сеньор",
        "сеньора",
    ]
)


def without_title(e: Entity) -> Entity:
    """A person's name without the form of address before it, so «Сэр Алекс Фергюсон» and
    «Алекс Фергюсон» are one person (the title is no given name)."""
    head, _, rest = e.text.partition(" ")
    if not rest or head.lower() not in TITLES or len(e.normal.split()) < 2:
        return e
    skip = len(e.text) - len(rest)
    e.start, e.text = e.start + skip, rest
    e.normal = e.normal.split(" ", 1)[1]
    return e


#: a bracket after a name, the name written again: «Джон Тернер (John Turner)»
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def without_bracket_or_role(e: Entity, person_noun: Callable[[str], bool]) -> Entity:
    """A person's name as NER tagged it, without the bracket it is written again in («Джон
    Тернер (John Turner)») and without a common noun for a person before it that NER took in
    («Премьер-министр Джон Тернер»): its last word is then the surname, so a later «Тернер»
    is the same person."""
    m = _BRACKET.search(e.text)
    if m is not None and m.start() > 0:
        cut = len(e.text) - m.start()
        e.end, e.text = e.end - cut, e.text[: m.start()]
        n = _BRACKET.search(e.normal)
        e.normal = e.normal[: n.start()] if n is not None and n.start() > 0 else e.normal
    head, _, rest = e.text.partition(" ")
    if rest and len(e.normal.split()) > 2 and head[:1].isupper() and person_noun(head):
        e.start, e.text = e.start + len(e.text) - len(rest), rest
        e.normal = e.normal.split(" ", 1)[1]
    return e


#: oblique endings of Russian surnames and their nominative, by the given name's gender and the
#: case the name is in (natasha's ``Gender``/``Case``): the possessive type (-ов, -ев, -ин, -ын)
#: and the adjectival type (-ский, -цкий)
_SURNAME_ENDINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("Masc", "Gen"): (("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"),
                      ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын")),
    ("Masc", "Dat"): (("скому", "ский"), ("цкому", "цкий"), ("ову", "ов"), ("еву", "ев"),
                      ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын")),
    ("Masc", "Ins"): (("ским", "ский"), ("цким", "цкий"), ("овым", "ов"), ("евым", "ев"),
                      ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын")),
    ("Masc", "Loc"): (("ском", "ский"), ("цком", "цкий"), ("ове", "ов"), ("еве", "ев"),
                      ("ёве", "ёв"), ("ине", "ин"), ("ыне", "ын")),
    ("Fem", "Gen"): (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"),
                     ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына")),
    ("Fem", "Acc"): (("скую", "ская"), ("цкую", "цкая"), ("ову", "ова"), ("еву", "ева"),
                     ("ёву", "ёва"), ("ину", "ина"), ("ыну", "ына")),
}  # fmt: skip
# a man's surname, as any animate noun of its declension, has one form for the genitive and
# the accusative; a woman's in -ова/-ская one for the genitive, dative, instrumental, locative
_SURNAME_ENDINGS[("Masc", "Acc")] = _SURNAME_ENDINGS[("Masc", "Gen")]
_SURNAME_ENDINGS[("Fem", "Dat")] = _SURNAME_ENDINGS[("Fem", "Gen")]
_SURNAME_ENDINGS[("Fem", "Ins")] = _SURNAME_ENDINGS[("Fem", "Gen")]
_SURNAME_ENDINGS[("Fem", "Loc")] = _SURNAME_ENDINGS[("Fem", "Gen")]


def agreeing_surname(surname: str, gender: str | None, case: str | None) -> str | None:
    """The nominative of ``surname`` as written in ``case`` beside a given name of ``gender``
    (natasha's feature values), or None where its ending is of no regular surname paradigm
    («Рыбина» beside «Олега» → «Рыбин»; «Котовой» beside «Анны» → «Котова»; «Буфье» → None)."""
    for ending, nominative in _SURNAME_ENDINGS.get((gender or "", case or ""), ()):
        if surname.lower().endswith(ending) and len(surname) > len(ending) + 1:
            return surname[: len(surname) - len(ending)] + nominative
    return None


def with_agreeing_surname(normal: str, first: tuple[str, str] | None, text: str) -> str:
    """``normal`` (a person's name in the dictionary form natasha's normaliser gives) with its
    last word replaced by the surname's nominative that agrees with the given name: ``first``
    is the given name's (gender, case) as tagged, ``text`` the name as written.  Unchanged
    where the name is one word, in the nominative, or its surname of no regular paradigm."""
    words, written = normal.split(), text.split()
    if first is None or len(words) < 2 or len(written) != len(words) or first[1] == "Nom":
        return normal
    if not _known_given_name(written[0], *first):
        return normal  # «Хадижа» tagged a man's genitive: an unknown name decides nothing
    fixed = agreeing_surname(written[-1], *first)
    if fixed is None or _folded(fixed) == _folded(words[-1]):
        return normal
    return " ".join([*words[:-1], fixed])


def _folded(word: str) -> str:
    return word.lower().replace("ё", "е")


_GENDERS = {"Masc": "masc", "Fem": "femn"}
_CASES = {"Gen": "gent", "Acc": "accs", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}


def _known_given_name(word: str, gender: str, case: str) -> bool:
    """Whether pymorphy3's dictionary (not its guesser) knows ``word`` as a given name of this
    gender in this case: the evidence the surname is made to agree with."""
    from .bodies_ru import _analyzer

    morph = _analyzer()
    if not morph.word_is_known(word.lower()):
        return False
    want = {"Name", _GENDERS.get(gender, "?"), _CASES.get(case, "?")}
    return any(want <= p.tag.grammemes for p in morph.parse(word))
