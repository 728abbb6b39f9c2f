"""Transliteration-aware matching of personal names.

A machine-translated article may spell one person two ways (Zelensky / Zelenskyy / Зеленский,
Navalny / Navalnyi).  Names are reduced to a *phonetic key*: Cyrillic is romanised, then the
spellings that transliteration schemes disagree on (``-sky``/``-skyy``/``-skiy``/``-skii``,
``yi``/``y``, ``kh``/``h``, ``ks``/``x``, doubled letters, soft signs) are folded to one form.
Two keys are compared with a similarity ratio; callers decide what else (first names, context)
must agree before two people are merged.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip

# Applied in order to a romanised lower-case name; each folds spellings that schemes disagree on.
_FOLDS: tuple[tuple[str, str], ...] = (
    (r"(?:iy|yy|ii|yi|ij|y|i)$", "i"),  # Zelenskiy / Zelenskyy / Zelenskii / Navalnyi -> i
    # ё after a consonant is written yo or e (Fyodor / Fedor, Semyon / Semen, Pyotr / Petr)
    (r"(?<=[bdfgklmnprstvz])yo", "e"),
    # a soft sign before и is written y or dropped (Ilyin / Ilin, Ilyich / Ilich)
    (r"(?<=[bdfgklmnprstvz])y(?=i)", ""),
    # Ukrainian г is romanised h, Russian г g: Oleh / Oleg, Ihor / Igor, Olha / Olga; not the h
    # of a digraph (kh, zh, ch, sh, th, ph, gh) nor one before a voiceless consonant, which no
    # scheme writes for г (Smith, Tsahkna)
    (r"(?<![kzcstpg])h(?![kptfsc])", "g"),
    (r"kh", "h"),
    # Azerbaijani Latin q is Russian г (Quliyev / Guliyev, Qasimov / Gasimov); not the English
    # qu before a vowel (Quinn, Quentin)
    (r"q(?!u[aeiouy])", "g"),
    (r"tsch", "ch"),  # the German system: Schewtschenko / Shevchenko, Klitschko
    (r"sch", "sh"),
    (r"x", "ks"),
    (r"(?:zh|j)", "zh"),
    (r"(?:tch|ch)", "ch"),
    # Romanian and Italian write ch before a back vowel as ce / ci (Recean / Rechan, Ciolacu /
    # Cholaku) and the hard g before e / i as gh (Gheorghe / Georgy)
    (r"c[ei](?=[aou])", "ch"),
    (r"gh", "g"),
    (r"(?:ts|tz|c(?=[eiy]))", "ts"),
    # any other Latin c is a k (Turcanu / Turkanu, Victor / Viktor); ck is folded below
    (r"c(?!h)", "k"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"(?:ye|je|e)", "e"),
    (r"(?:yu|ju|iu)", "yu"),
    (r"(?:ya|ja|ia)", "ya"),
    (r"y(?=[^aeiou]|$)", "i"),
    (r"(.)\1+", r"\1"),  # doubled letters
    (r"ck", "k"),
)
_FOLD_RES = [(re.compile(p), r) for p, r in _FOLDS]


def romanize(name: str) -> str:
    """Lower-case Latin spelling of a name written in Cyrillic or Latin script."""
    out = []
    for ch in name.lower():
        if ch in _CYR:
            out.append(_CYR[ch])
        else:
            out.append(ch)
    text = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in text if c.isalpha() or c in " -")


#: Latin letters with a caron or a comma below are the English digraphs of other romanisations
#: (Lithuanian, Czech, Polish, Romanian, Latvian: Viačorka / Vyachorka, Guțul / Gutsul); ł has no
#: decomposition of its own
_DIACRITIC_DIGRAPHS = str.maketrans(
    {"č": "ch", "ć": "ch", "š": "sh", "ś": "sh", "ș": "sh", "ş": "sh", "ž": "zh", "ż": "zh"}
    | {"ź": "zh", "ț": "ts", "ţ": "ts", "ł": "l"}
)


#: Latin letters without a decomposition of their own (ł, ø, đ, ı: Łukasz / Lukasz, Yalçınkaya /
#: Yalcinkaya)
_BARE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "ŧ": "t"})


@lru_cache(maxsize=4096)
def without_diacritics(name: str) -> str | None:
    """A Latin-script name in lower case with its diacritics taken off ("Hadžić" → "hadzic"),
    or None for a name in another script.  An article may write a name once with its own
    letters and once in plain Latin (the writer's keyboard, the agency's copy): the two are one
    spelling, though :func:`phonetic_key` reads a caron as another romanisation's digraph."""
    lowered = name.lower().translate(_BARE_LETTERS)
    if _RU_LETTER.search(lowered):
        return None
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )
    return bare if bare.isascii() else None


def same_bare_spelling(a: str, b: str) -> bool:
    """Whether two Latin-script names differ only by their diacritics, one of them written with
    some (Petrović / Petrovic, Yalçınkaya / Yalcinkaya)."""
    if a == b:
        return False
    ba, bb = without_diacritics(a), without_diacritics(b)
    return ba is not None and ba == bb and len(ba) >= 3


@lru_cache(maxsize=4096)
def phonetic_key(name: str) -> str:
    """A key under which transliteration variants of one name coincide."""
    key = romanize(name.lower().translate(_DIACRITIC_DIGRAPHS)).replace("-", " ").strip()
    words = []
    for word in key.split():
        for pattern, repl in _FOLD_RES:
            word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(words)


#: particles written before a surname that a later mention may drop: «аль-Завахири» …
#: «Завахири», "bin Salman" … "Salman", "von der Leyen" … "Leyen" (after folding)
_PARTICLES = frozenset(
    ["al", "el", "ul", "ad", "ash", "as", "az", "ibn", "bin", "ben", "von", "van", "der", "de"]
    + ["di", "da", "du", "del", "della", "la", "le", "ter", "ten"]
)


@lru_cache(maxsize=4096)
def surname_key(name: str) -> str:
    """:func:`phonetic_key` of a surname without the particles before it (and without what
    stands before them: «Абу Мухаммад аль-Джулани» … «Джулани»)."""
    words = phonetic_key(name).split()
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w in _PARTICLES), default=0)
    return " ".join(words[cut:])


@lru_cache(maxsize=4096)
def similarity(a: str, b: str) -> float:
    """0..1 similarity of two names after transliteration folding."""
    ka, kb = phonetic_key(a), phonetic_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    return SequenceMatcher(None, ka, kb).ratio()


#: Belarusian romanisations beside Russian ones: ў is written u after a vowel where Russian has
#: в (Tsikhanouskaya / Tikhanovskaya, Molastau / Molostov); ць and дзь stand where Russian has
#: ть and дь (Ціханоўская / Тихановская)
_SHORT_U = re.compile(r"(?<=[aeiou])u(?=[^aeiou]|$)")
_SOFT_DENTAL = re.compile(r"(?:ts|dz)(?=[iey])")
_INITIAL_U = re.compile(r"^u(?=l[aeiou])")
_LONE_H = re.compile(r"(?<![szc])h")
_VOWELS = re.compile(r"(?<!^)[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_INITIAL_VELAR = re.compile(r"^[gq]")


@lru_cache(maxsize=4096)
def skeleton(name: str) -> str:
    """The consonants of :func:`phonetic_key` (a first vowel kept): the vowels are where
    transliteration schemes and the two languages of one name disagree most — Belarusian
    akanne (Lukashenka / Lukashenko, Molastau / Molostov), Ukrainian и / і against Russian и /
    ы, ia / ya / e (Aliaksandr / Aleksandr)."""
    words = []
    for word in phonetic_key(name).split():
        # Belarusian writes a word-initial в before a consonant as ў, romanised u: Uladzimir /
        # Vladimir, Uladzislau / Vladislav
        word = _INITIAL_U.sub("v", word)
        word = _SOFT_DENTAL.sub(lambda m: m.group()[0], _SHORT_U.sub("v", word))
        # х is kh or h, г is g or h: one letter here (not the h of sh, ch, zh)
        word = _LONE_H.sub("g", word)
        # a velar opening a name is k in one romanisation and g or q in another (Uzbek and
        # Kazakh Latin Qodirov / Russian Kodirov, Armenian Ghazaryan / Kazaryan)
        word = _INITIAL_VELAR.sub("k", word)
        words.append(_DOUBLED.sub(r"\1", _VOWELS.sub("", word)))
    return " ".join(words)


def same_given_skeleton(a: str, b: str) -> bool:
    """Whether two given names are one name whose opening vowel the two languages write
    differently (Ukrainian Oleksandr / Russian Aleksandr, Oleksii / Aleksei): the same
    consonants after it, four at least, and both opening with a vowel."""
    ka, kb = phonetic_key(a), phonetic_key(b)
    if not ka or not kb or ka[0] not in "aeiou" or kb[0] not in "aeiou":
        return False
    rest_a, rest_b = skeleton(a)[1:], skeleton(b)[1:]
    return len(rest_a) >= 4 and rest_a == rest_b


def same_skeleton(a: str, b: str) -> bool:
    """Whether two single name words are one name spelt by two transliteration systems whose
    vowels differ (Tsikhanouskaya / Tikhanovskaya, Lukashenka / Lukashenko): the same
    :func:`skeleton` of four consonants at least (Oleg / Olga say too little), and spellings
    not far apart on the whole (a floor on their similarity).  One consonant apart is not
    enough: Shevchenko and Shevchuk, Melnyk and Melnikov are different names."""
    if _RU_LETTER.search(a) or _RU_LETTER.search(b):
        # Russian text spells a name one way or inflects it; its lemmatiser's guesses at first
        # name and surname (and their genders) are what the merge would hang on: not used
        return False
    ka = skeleton(a)
    if len(ka.replace(" ", "")) < 4 or ka != skeleton(b) or similarity(a, b) < 0.6:
        return False
    # Zhukovsky and Zhukovskaya, Ivanov and Ivanova: the skeleton drops the feminine ending
    return bool(FEMININE.search(phonetic_key(a))) == bool(FEMININE.search(phonetic_key(b)))


#: feminine endings of Russian, Ukrainian and Belarusian surnames, after folding
FEMININE = re.compile(r"(?:aya|[oea]va|[iy]na)$")  # Belarusian -ava: Kalesnikava


def same_name(a: str, b: str, *, threshold: float = 0.9) -> bool:
    """Whether two single name words (surnames, first names) are spellings of one name."""
    if not a or not b:
        return False
    # Initials ("V." / "Vladimir") agree with any name that starts with them.
    ia, ib = a.rstrip("."), b.rstrip(".")
    if len(ia) == 1 or len(ib) == 1:
        return phonetic_key(ia)[:1] == phonetic_key(ib)[:1]
    if _RU_WORD.fullmatch(a) and _RU_WORD.fullmatch(b):
        # a Russian name in two cases the lemmatiser left apart (Наама / Нааму / Наамой)
        sa, sb = _RU_CASE_ENDING.sub("", a.lower()), _RU_CASE_ENDING.sub("", b.lower())
        if sa == sb and len(sa) >= 3:
            return True
    return similarity(a, b) >= threshold


_RU_WORD = re.compile(r"[А-ЯЁа-яё-]{4,}")
_RU_LETTER = re.compile(r"[А-ЯЁа-яёІіЇїЄєҐґЎў]")
_RU_CASE_ENDING = re.compile(r"(?:ой|ей|ою|ею|ом|ем|а|у|ы|е|ю|я|и|о)$")


#: titles written before a surname; "Ms Doyle" is Margaret Doyle, not a woman called "Ms"
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "dr": None, "prof": None, "professor": None, "rev": None,
    "господин": "m", "госпожа": "f", "г-н": "m", "г-жа": "f",
}  # fmt: skip


#: offices written before a surname: "Representative Brooks" is Morris J. Brooks Jr.
TITLES = frozenset(
    [
        *("representative", "rep", "senator", "sen", "governor", "gov", "president"),
        *("judge", "justice", "general", "gen", "mayor", "secretary", "minister"),
        *("chancellor", "premier", "ambassador", "commissioner", "councillor"),
        *("councilman", "councilwoman", "congressman", "congresswoman", "chief"),
    ]
)


def split_honorific(words: list[str]) -> tuple[str | None, list[str], bool]:
    """``(gender, remaining words, had_title)`` for a name that opens with a title."""
    if len(words) > 1:
        key = words[0].lower().rstrip(".")
        if key in HONORIFICS:
            return HONORIFICS[key], words[1:], True
        if key in TITLES:
            return None, words[1:], True
    return None, words, False


_RELATIVE = re.compile(
    r",?\s+(?:who|whom|which|whose|where|that|который|которая|которое|которые)\b.*$", re.I | re.S
)
_APPOSITION = re.compile(
    r"^(?P<role>(?i:the|a|an)\s+[^,]+),\s+(?P<name>(?:[A-Z][\w'’.-]*\s*){1,4})$"
)


def display_name(source_text: str) -> tuple[str, str | None]:
    """A speaker's name from the words that name a source, and a role they state.

    "The ferry operator, Ellis Crossings, which carries …" → ("Ellis Crossings", "the ferry
    operator").  The quote keeps the whole source span; the speaker table shows the name.
    """
    text = _RELATIVE.sub("", source_text).strip(" ,")
    m = _APPOSITION.match(text)
    if m:
        role = m.group("role")
        return m.group("name").strip(), role[0].lower() + role[1:]
    return text or source_text, None


def clean_alias(words: str) -> str:
    """ "a Democratic senator from Ohio who" → "a Democratic senator from Ohio": an alias
    without the relative pronoun a source span keeps."""
    return _RELATIVE.sub("", words).strip(" ,") or words


#: generational suffixes after a surname: "Joseph R. Biden Jr." is Biden
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def strip_suffix(words: list[str]) -> list[str]:
    """Name words without a trailing "Jr." / "III" (and the comma before it)."""
    while len(words) > 1 and words[-1].lower().strip(".,") in _SUFFIXES:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    return words
