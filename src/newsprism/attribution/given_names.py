"""Given names from a real name dictionary: where a person's name starts in a run of capitals.

Translated news glues a name to the office before it ("the Russian Commissioner for Human Rights
Tatyana Moskalkova", "the Commissioner for Children's Rights and Child Rehabilitation Daria
Herasymchuk") and spaCy's small model then finds no person, or one whose name holds half the
office.  Which capitalised word starts the name is a fact about names, not about sentences: it
is a given name.  The list is Jörg Michael's ``nam_dict.txt`` (about 48,000 given names of
Europe, the former Soviet Union and beyond, with their gender per country), shipped by the
``gender-guesser`` package (extra ``names``; the file is under the GNU FDL, the package's code
is GPL-3.0, so only the data file is read and nothing of it is copied into newsprism).  Without
the package the set is empty and callers fall back to the word-shape rules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from .names import phonetic_key

#: nam_dict's gender codes: M male, 1M male as a first name, ?M mostly male, F, 1F, ?F, ? unisex.
#: A "mostly" name (Lindsey, Alex, Adrian) gives no gender: a pronoun's gender must not rule out
#: its referent on a guess ("Senator Lindsey Graham … he said")
_MALE = frozenset(["M", "1M"])
_FEMALE = frozenset(["F", "1F"])


def _fold(word: str) -> str:
    """Lower case without diacritics ("Agnė" → "agne"); nam_dict spells some with ``+``."""
    text = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in text if c.isalpha() or c == "-")


@lru_cache(maxsize=1)
def _table() -> dict[str, str | None]:
    """folded given name → "m" / "f" / None (both), from the package's data file."""
    try:
        data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
        raw = data.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, str | None] = {}
    for line in raw.decode("iso-8859-1").splitlines():
        if not line or line[0] == "#" or line.startswith("="):
            continue
        code, _, rest = line[:29].partition(" ")
        name = rest.strip()
        if not name or " " in name or "+" in name:
            continue  # a compound or a spelling with nam_dict's own escapes: not needed here
        gender = "m" if code in _MALE else "f" if code in _FEMALE else None
        key = _fold(name)
        if key in out and out[key] != gender:
            out[key] = None
        else:
            out.setdefault(key, gender)
    return out


#: a Latin spelling of a Ukrainian or Belarusian name: h for Russian g (Halyna, Hennadii), ii / iu /
#: ia for Russian -ий / ю / я (Arsenii, Liudmyla, Viktoriia), ye / yi (Yevhen).  Not the h of
#: English and German digraphs (ph, th, gh, wh: no Ukrainian spelling writes them), which made
#: "Philadelphia", "Photo" and "Thing" given names through Filadelfia-, Foto-, Ting-like keys
_EAST_SLAVIC = re.compile(r"(?<![kszcptgw])h|ii|iu|ia$|^ye|yi")


@lru_cache(maxsize=1)
def _by_key() -> dict[str, str | None]:
    """The dictionary's names (four letters or more) under the transliteration key that
    :func:`.names.phonetic_key` gives spelling variants of one name (Halyna / Galina)."""
    out: dict[str, str | None] = {}
    for name, gender in _table().items():
        if len(name) >= 4:
            key = phonetic_key(name)
            out[key] = None if key in out and out[key] != gender else gender
    return out


_ABSENT = "absent"


@lru_cache(maxsize=65536)
def _lookup(word: str) -> str | None:
    """The gender of a given name ("m", "f", None for either), or :data:`_ABSENT`.  A Latin
    spelling the dictionary lacks is looked up by its transliteration key when it is written
    the Ukrainian or Belarusian way (nam_dict has Galina, not Halyna)."""
    key = _fold(word)
    table = _table()
    if key in table:
        return table[key]
    if len(key) >= 5 and key.isascii() and _EAST_SLAVIC.search(key):
        return _by_key().get(phonetic_key(key), _ABSENT)
    return _ABSENT


def available() -> bool:
    """Whether the name dictionary is installed."""
    return bool(_table())


def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a given name ("Dmytro", "Tatyana", "Agnė")."""
    return word[:1].isupper() and _lookup(word) != _ABSENT


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" where the dictionary gives the name one gender, else ``None``."""
    gender = _lookup(word)
    return None if gender == _ABSENT else gender
