"""A person who acts for, or belongs to, someone named in the genitive after them.

«Адвокат Ивана Петрова заявил …», «пресс-секретарь президента Владимира Путина сообщил …»,
«Сын Маркива рассказал …»: the words name two people.  The speaker is the one the head noun
names (the lawyer, the press secretary, the son); the name after it, in the genitive, is whose
lawyer, secretary or son they are — the owner, never the speaker.  Merged with the owner, the
lawyer's words would be shown under the client's name, and the client's own words («— сказал
Петров») under the lawyer's description (issue 12, the thirty-fifth session's review).

The head noun is a noun of a person who stands in a relation to another person
(:data:`ACTING_NOUNS`: kin, and those who act for, work for or stand beside someone), not an
office held over a domain: «Президент Корреа», «актёр Ален Делон» name one person whatever case
the tagger gives the name.  The owner is the name after it (the tagger's genitive), right
after the noun or after a person noun in the genitive that it names («президента Владимира
Путина»).  A name after a body's noun («пресс-секретарь группы Александра Панфилова») may be
the speaker's own name in apposition: it is left alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from .bodies_ru import _analyzer, person_noun
from .names_ru import _KIN

#: nouns of a person who acts for, works for or stands beside another person, named in the
#: genitive after them (with the kinship nouns of :data:`.names_ru._KIN`): the relation nouns,
#: not the offices held over a place or a body («министр», «губернатор», «актёр»)
ACTING_NOUNS = _KIN | frozenset(
    ["адвокат", "защитник", "юрист", "представитель", "помощник", "помощница", "ассистент",
     "секретарь", "пресс-секретарь", "пресс-атташе", "спикер", "заместитель", "советник",
     "консультант", "менеджер", "агент", "продюсер", "импресарио", "телохранитель",
     "охранник", "водитель", "друг", "подруга", "приятель", "приятельница", "знакомый",
     "знакомая", "коллега", "соратник", "соратница", "сторонник", "сторонница", "союзник",
     "поклонник", "поклонница", "преемник", "предшественник", "наследник", "наследница",
     "биограф", "ученик", "ученица", "тренер", "наставник", "невеста", "жених", "партнёр",
     "партнер", "партнёрша", "соавтор", "сосед", "соседка", "сослуживец", "родственник",
     "родственница", "опекун", "доверенный", "супруг", "супруга", "пасынок", "падчерица",
     "свекровь", "тёща", "теща", "зять", "тесть", "свёкор", "свекор", "шурин", "деверь"]
)  # fmt: skip


@cache
def acting_noun(word: str) -> bool:
    """Whether ``word`` is a form of a noun of :data:`ACTING_NOUNS` (pymorphy3's lemma)."""
    low = word.lower()
    return low in ACTING_NOUNS or any(
        p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in _ACTING_FOLDED
        for p in _analyzer().parse(low)[:3]
    )


_ACTING_FOLDED = frozenset(w.replace("ё", "е") for w in ACTING_NOUNS)

if TYPE_CHECKING:
    from .quotes_ru import _Reader


@cache
def genitive_name(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` as a given name or surname in the genitive: natasha's
    tagger gives a surname it does not know the nominative («Адвокат Маркива»), though the parse
    hangs it on the noun before as a dependant."""
    return any(
        "gent" in p.tag and {"Name", "Surn"} & p.tag.grammemes
        for p in _analyzer().parse(word.lower())
    )


@cache
def _genitive_given(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` as a given name in the genitive and never as a name in
    the nominative («Сергея», «Олега»; not «Евгения», «Анна»)."""
    readings = [p.tag for p in _analyzer().parse(word.lower())]
    return any("gent" in t and "Name" in t for t in readings) and not any(
        "nomn" in t and {"Name", "Surn"} & t.grammemes for t in readings
    )


@cache
def _nominative_name(word: str) -> bool:
    """Whether pymorphy3 can read ``word`` as a given name or surname in the nominative."""
    return any(
        "nomn" in p.tag and {"Name", "Surn"} & p.tag.grammemes
        for p in _analyzer().parse(word.lower())
    )


def genitive_only(name: str) -> bool:
    """Whether a person's name as written is in the genitive and nowhere the nominative:
    every word reads as a name in the genitive and one cannot read in the nominative
    («Ивана Петрова»; not «Анна Орлова», nor «Петрова» alone, which may be Petrova herself)."""
    words = re.findall(r"[А-ЯЁа-яё-]+", name)
    return (
        bool(words)
        and all(genitive_name(w) for w in words)
        and not all(_nominative_name(w) for w in words)
    )


def _person_name(tok: Any) -> bool:
    return bool(
        tok.pos == "PROPN" and tok.feats.get("Animacy") == "Anim" and tok.text[:1].isupper()
    )


@cache
def _feminine_nominative(word: str) -> bool:
    """Whether pymorphy3 can read ``word`` as a feminine name or surname in the nominative
    («Петрова», «Анна»): after a feminine verb such a word may be the speaker's own name."""
    return any(
        {"nomn", "femn"} <= p.tag.grammemes and {"Name", "Surn"} & p.tag.grammemes
        for p in _analyzer().parse(word.lower())
    )


@cache
def _past_gender(word: str) -> str | None:
    """The gender of a past-tense singular verb («заявил» masc, «заявила» femn) when every
    pymorphy3 reading agrees; None for any other verb form or a split reading."""
    genders = {
        p.tag.gender
        for p in _analyzer().parse(word.lower())
        if p.tag.POS == "VERB" and "past" in p.tag and "sing" in p.tag
    }
    return genders.pop() if len(genders) == 1 and None not in genders else None


_GENDERS = frozenset(["masc", "femn", "neut", "ms-f"])


@cache
def _other_gender(word: str, gender: str) -> bool:
    """Whether ``word`` read as a name in the nominative names only people of another gender
    than ``gender`` while it also reads in the genitive: then it cannot be the subject of a verb
    of that gender, and is whose the speaker is («Евгения» after «заявил»).  False where
    pymorphy3 gives no nominative name reading, or one of both genders («Плющенко»)."""
    readings = [
        p.tag for p in _analyzer().parse(word.lower()) if {"Name", "Surn"} & p.tag.grammemes
    ]
    # pymorphy3's ``gender`` has no value for «ms-f» (either gender): read the grammemes
    nominative = {g for t in readings if "nomn" in t for g in _GENDERS & t.grammemes}
    return (
        bool(nominative)
        and gender not in nominative
        and "ms-f" not in nominative
        and any("gent" in t for t in readings)
    )


#: :func:`person_owner`'s answer where the words read both ways: the speaker is left as the
#: parse reads them, and shown uncertain
AMBIGUOUS = (-1, -1)


def person_owner(
    self: _Reader, sent: Any, root: Any, toks: list[Any], verb: Any | None = None
) -> tuple[int, int] | None:
    """The span of whom the person ``root`` names acts for or belongs to, when the source words
    name them in the genitive after it: «Адвокат Ивана Петрова» → «Ивана Петрова»,
    «пресс-секретарь президента России Владимира Путина» → «президента России Владимира
    Путина».  Read along the words, not the tree (the parse hangs such names on either noun):
    the first name after the head noun, either right after it or after a person noun in the
    genitive, all its words in the genitive.  None for any other source: a name after a body's
    noun («председатель нобелевского комитета Берит Рейсс-Андерсен» is the chair herself), the
    speaker's own name after the owner's («адвокат Биби Сайфул Малук»), a genitive under a
    genitive («по словам адвоката Ивана Петрова» may name the lawyer Ivan Petrov); and
    :data:`AMBIGUOUS` where the text does not tell the readings apart: «Адвокат Петрова
    заявила» is the lawyer Petrova as well as Petrov's lawyer.  The cue verb's past-tense gender
    tells them apart where a name reads in the nominative only with the other gender
    («Тренер Евгения Плющенко заявил»: the owner)."""
    case = root.feats.get("Case")
    if root.pos != "NOUN" or case in (None, "Gen") or root.feats.get("Number") == "Plur":
        return None
    if not acting_noun(root.text):
        return None
    words = sorted((t for t in toks if t.pos != "PUNCT"), key=self.pos)
    after = [t for t in words if self.pos(t) > self.pos(root)]
    first = next((k for k, t in enumerate(after) if _person_name(t)), None)
    if first is None:
        return None
    between = after[:first]
    if between and not any(
        t.pos == "NOUN" and t.feats.get("Case") == "Gen" and person_noun(t.text) for t in between
    ):
        return None  # «председатель нобелевского комитета Берит …»: the chair's own name
    run = list(after[first : first + 1])
    for t in after[first + 1 :]:
        if not (_person_name(t) or _particle(t)) or _starts_name(t.text, run):
            break
        if t.feats.get("Case") != run[0].feats.get("Case") and not genitive_name(t.text):
            break  # «Биби Сайфул Малук»: another case, another person
        run.append(t)
    rest = after[first + len(run) :]
    if any(_person_name(t) for t in rest):
        return None  # «адвокат Биби Сайфул Малук»: the speaker's own name follows
    names = [t for t in run if _person_name(t)]
    gender = _past_gender(verb.text) if verb is not None else None
    if gender is not None and any(_other_gender(t.text, gender) for t in names):
        # «Тренер Евгения Плющенко заявил»: «Евгения» is a woman's name only in the
        # nominative, and the verb's speaker is a man — the name is the owner's, in the genitive
        return self.span([*between, *run])
    feminine = gender == "femn" or (
        gender is None and verb is not None and verb.feats.get("Gender") == "Fem"
    )
    if feminine and all(_feminine_nominative(t.text) for t in names):
        # only where every word reads in the genitive too («Петрова»): «Наталья Тимакова»
        # cannot be anyone's genitive, and is the speaker's own name
        return AMBIGUOUS if all(genitive_name(t.text) for t in names) else None
    # «Жена Сергея Иванова рассказала»: a given name that reads only in the genitive puts the
    # whole name there, whatever case the tagger gives the surname after it («Иванова» reads as
    # a woman's nominative too, and the feminine verb would lend the husband his wife's words)
    tagged = all(t.feats.get("Case") == "Gen" for t in names) or (
        any(_genitive_given(t.text) for t in names) and all(genitive_name(t.text) for t in names)
    )
    # a surname natasha does not know is tagged nominative («Адвокат Маркива»): read it in the
    # genitive when pymorphy3 can and the owner is named elsewhere in the article, by themselves
    misread = not tagged and not between and all(genitive_name(t.text) for t in names)
    if not tagged and not (
        misread and _named_elsewhere(self.text, self.span(toks), names[-1].text)
    ):
        return None
    return self.span([*between, *run])


@cache
def _readings(word: str) -> frozenset[str]:
    """The grammemes of every pymorphy3 reading of ``word``, pooled."""
    return frozenset(g for p in _analyzer().parse(word.lower()) for g in p.tag.grammemes)


def _starts_name(word: str, run: list[Any]) -> bool:
    """Whether ``word`` opens another person's name after ``run``: a given name after a
    surname («Ислама Каримова Лолла Каримова»: the president, then his daughter)."""
    return "Name" in _readings(word) and any("Surn" in _readings(t.text) for t in run)


def _particle(tok: Any) -> bool:
    """«фон», «аль-», «де»: a name's particle, written between its words."""
    return tok.text[:1].islower() and tok.pos in ("PART", "X", "PROPN", "ADP")


def _named_elsewhere(text: str, span: tuple[int, int], word: str) -> bool:
    """Whether a word of ``word``'s stem (all but its ending) occurs outside ``span``: the
    owner is named in their own right («Суд приговорил Маркива …», «— сказал Маркив»)."""
    stem = word[: max(4, len(word) - 2)]
    for m in re.finditer(r"\b" + re.escape(stem) + r"\w*", text):
        if not (span[0] <= m.start() < span[1]):
            return True
    return False
