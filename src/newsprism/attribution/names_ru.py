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

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from ..article import Quote, Speaker
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


# -- one speaker per person, after the speaker table is built (nineteenth session) -----------

#: join person speakers whose names are one name in two forms (:func:`same_people`)
JOIN_NAME_FORMS = True


@cache
def _word_forms(word: str) -> frozenset[str]:
    """The dictionary forms a name word may stand for: the word itself, and for each of
    pymorphy3's noun readings its lemma and its nominative in the reading's own gender
    («Алёхиной» → алехина, «Фолькера» → фолькер, «Алехина» → алехин or алехина); folded ё."""
    from .bodies_ru import _analyzer

    out = {_folded(word)}
    for p in _analyzer().parse(word.lower())[:4]:
        if p.tag.POS != "NOUN":
            continue
        out.add(_folded(p.normal_form))
        gender = p.tag.gender
        nominative = p.inflect({"nomn", "sing"} | ({gender} if gender else set()))
        if nominative is not None:
            out.add(_folded(nominative.word))
    return frozenset(out)


def _same_word(a: str, b: str) -> bool:
    return bool(_word_forms(a) & _word_forms(b))


def _all_name(name: str) -> bool:
    """Whether every word of ``name`` is written as a name is (capitalised)."""
    words = re.findall(r"[\w-]+", name)
    return bool(words) and all(w[:1].isupper() for w in words)


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w-]+", name) if w[:1].isupper()]


def _tail_of(short: list[str], full: list[str]) -> bool:
    """Whether the words of ``short`` are the last words of ``full``, each in some form of it
    («Кастросин Верду» of «Клаудия Кастросин Верду», «Армстронг» of «Лэнса Армстронг»)."""
    if not short or len(short) >= len(full):
        return False
    return all(_same_word(a, b) for a, b in zip(short, full[-len(short) :], strict=True))


def _same_words(a: list[str], b: list[str]) -> bool:
    """Two names of the same words in some form each, in either order: «Фолькера Буфье» and
    «Фолькер Буфье»; «Иванов Пётр» and «Пётр Иванов» (a given name and surname swapped)."""
    if len(a) != len(b) or len(a) < 2:
        return False
    if all(_same_word(x, y) for x, y in zip(a, b, strict=True)):
        return True
    rest = list(b)
    for x in a:
        hit = next((y for y in rest if _same_word(x, y)), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


#: kinship nouns whose gender is the person's own, whatever the profession nouns do («директор»
#: is said of a woman too, «жена» never of a man); their gender is pymorphy3's
_KIN = frozenset(
    [
        "жена",
        "супруга",
        "вдова",
        "дочь",
        "дочка",
        "мать",
        "сестра",
        "бабушка",
        "внучка",
        "тётя",
        "тетя",
        "племянница",
        "невестка",
        "муж",
        "супруг",
        "вдовец",
        "сын",
        "отец",
        "брат",
        "дедушка",
        "дед",
        "внук",
        "дядя",
        "племянник",
    ]
)


@cache
def _agreeing_gender(word: str) -> str | None:
    """The gender a word shows of its subject: a singular past-tense verb («сообщила», «был»)
    or a singular short adjective or participle («уверена»), by pymorphy3's likeliest reading;
    None for any other word (a present tense, a plural, «по словам»)."""
    from .bodies_ru import _analyzer

    parses = _analyzer().parse(word.lower())
    if not parses:
        return None
    tag = parses[0].tag
    if tag.number != "sing" or tag.gender not in ("masc", "femn"):
        return None
    if (tag.POS == "VERB" and tag.tense == "past") or tag.POS in ("ADJS", "PRTS"):
        return str(tag.gender)
    return None


@cache
def _kin_gender(word: str) -> str | None:
    from .bodies_ru import _analyzer

    lemma = _folded(_analyzer().parse(word.lower())[0].normal_form)
    if lemma not in _KIN:
        return None
    gender = _analyzer().parse(lemma)[0].tag.gender
    return str(gender) if gender in ("masc", "femn") else None


def _given_name_gender(name: str) -> str | None:
    """The gender of a name's given name, as pymorphy3's dictionary (not its guesser) knows
    it: «Пётр Иванов» → masc, «Мария Котова» → femn, «Фолькер Буфье» → None."""
    from .bodies_ru import _analyzer

    words = _name_words(name)
    if len(words) < 2 or not _analyzer().word_is_known(words[0].lower()):
        return None
    genders = {
        p.tag.gender for p in _analyzer().parse(words[0].lower()) if "Name" in p.tag.grammemes
    }
    return str(next(iter(genders))) if len(genders) == 1 else None


def text_gender(speaker: Speaker, quotes: Sequence[Quote], text: str) -> str | None:
    """The gender the text shows for ``speaker``: the verbs of saying of its quotes as they
    agree with it («Иванова сообщила»), and a kinship noun just before a mention of it («его
    жена Иванова», «сестра гонщика Воронцова»).  None where the text shows none, or both."""
    seen: set[str] = set()
    for q in quotes:
        if q.speaker != speaker.id or not q.cue:
            continue
        for word in re.findall(r"[а-яёА-ЯЁ]+", q.cue):
            g = _agreeing_gender(word)
            if g is not None:
                seen.add(g)
                break
    for m in speaker.mentions:
        sentence_start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        before = re.findall(r"[а-яёА-ЯЁ]+", text[sentence_start : m.start])[-2:]
        for word in before:
            g = _kin_gender(word)
            if g is not None:
                seen.add(g)
    return next(iter(seen)) if len(seen) == 1 else None


def _owner_named(speaker: Speaker, owners: Mapping[int, str]) -> bool:
    """Whether ``speaker``'s name holds the name of the one they act for (``owners``), in
    some form of each word: the description it was named by, not a person's name."""
    owner = _name_words(owners.get(speaker.id, ""))
    words = _name_words(speaker.name)
    return bool(owner) and all(any(_same_word(o, w) for w in words) for o in owner)


def same_people(
    names: Sequence[str], genders: Sequence[str | None] | None = None
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of person names that are one person: the same words in other forms or
    order, or a shorter name that is the tail of exactly one fuller name.  Two names sharing
    only a part are two people («Ким Чен Ын» and «Ким Чен Нам», «Ким» alone with both).

    ``genders`` (one per name, None where unknown) is the gender the text shows for each: a
    shorter name is no tail of a fuller one of the other gender («Иванова сообщила» is not
    «Пётр Иванов», his wife or daughter may share the surname).  A fuller name's gender is its
    given name's where the dictionary knows it, else the text's."""
    words = [_name_words(n) for n in names]
    shown = list(genders) if genders is not None else [None] * len(names)
    own: list[str | None] = [
        (_given_name_gender(n) or g) if genders is not None else None
        for n, g in zip(names, shown, strict=True)
    ]

    def agree(short: int, full: int) -> bool:
        a, b = shown[short], own[full]
        return a is None or b is None or a == b

    pairs = []
    for i, a in enumerate(words):
        for j in range(i + 1, len(words)):
            if _same_words(a, words[j]):
                pairs.append((i, j))
    for i, a in enumerate(words):
        if not a or (len(a) == 1 and len(a[0]) < 3):
            continue
        fuller = [j for j, b in enumerate(words) if j != i and _tail_of(a, b) and agree(i, j)]
        if len(fuller) == 1:
            pairs.append((min(i, fuller[0]), max(i, fuller[0])))
        elif len(fuller) > 1 and all(_same_words(words[fuller[0]], words[k]) for k in fuller[1:]):
            # several fuller names end so: one person only if they are all one another
            pairs += [(min(i, k), max(i, k)) for k in fuller]
    return sorted(set(pairs))


def join_name_forms(
    speakers: tuple[Speaker, ...],
    quotes: tuple[Quote, ...],
    text: str = "",
    owners: Mapping[int, str] | None = None,
) -> tuple[tuple[Speaker, ...], tuple[Quote, ...]]:
    """One speaker per person: person speakers that :func:`same_people` finds to be one are
    joined into the one with the fullest name (its id kept, mentions and aliases pooled), and
    every quote's speaker and relay follow.  ``text`` (the article's) gives each speaker the
    gender its verbs and kinship nouns show (:func:`text_gender`).

    ``owners`` maps a speaker named by a person acting for someone («Адвокат Ивана Петрова»,
    :mod:`.owners_ru`) to that owner's words: a name holding the owner's name is no fuller form
    of it, and such a speaker is joined with no one by name."""
    people = [s for s in speakers if s.kind == "person" and not _owner_named(s, owners or {})]
    if not JOIN_NAME_FORMS or len(people) < 2:
        return speakers, quotes  # nobody to join: the genders (pymorphy3 per word) are not read
    genders = [text_gender(s, quotes, text) for s in people]
    pairs = same_people([s.name for s in people], genders)
    if not pairs:
        return speakers, quotes
    parent = list(range(len(people)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, list[Speaker]] = {}
    for i, s in enumerate(people):
        groups.setdefault(find(i), []).append(s)
    into: dict[int, int] = {}
    joined: dict[int, Speaker] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        # the name shown is a person's name, not a description that holds one («распоряжение
        # президента РФ Дмитрия Медведева» joined to «Дмитрий Медведев» shows the latter)
        keep = max(
            group,
            key=lambda s: (_all_name(s.name), len(_name_words(s.name)), len(s.mentions), -s.id),
        )
        mentions = sorted(
            {(m.start, m.end): m for s in group for m in s.mentions}.values(),
            key=lambda m: (m.start, m.end),
        )
        aliases = [a for s in group for a in (s.name, *s.aliases) if a != keep.name]
        joined[keep.id] = dataclasses.replace(
            keep,
            aliases=tuple(dict.fromkeys(aliases)),
            role=keep.role or next((s.role for s in group if s.role), None),
            mentions=tuple(mentions),
        )
        for s in group:
            into[s.id] = keep.id
    out = tuple(joined.get(s.id, s) for s in speakers if into.get(s.id, s.id) == s.id)
    moved = tuple(
        dataclasses.replace(
            q,
            speaker=into.get(q.speaker, q.speaker) if q.speaker is not None else None,
            relayed_by=into.get(q.relayed_by, q.relayed_by) if q.relayed_by is not None else None,
        )
        for q in quotes
    )
    return out, moved
