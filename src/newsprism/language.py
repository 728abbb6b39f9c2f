"""Language identification with lingua, restricted to the languages newsprism knows about.

Restricting the candidate set makes lingua both faster and more accurate; a text too short or
too mixed to call gets ``None``.  Cyrillic vs Latin script is checked first: it settles most short
captions and credits without asking the model.

An article's language is detected once, on a sample of its body (:func:`article_languages`); a
block gets the model's own look only when its letters say it may be written in another language
(the other script, or letters the article's language does not use: diacritics, «і», «ў»).

lingua runs in its low-accuracy mode (trigram models only): it loads in a fraction of a second
instead of six, and on a paragraph it is as accurate.  It is weaker on a line of a few words, so
:func:`settle` gives a short block the article's language when both are written in the same
script and nothing in the block's letters says otherwise; a Cyrillic caption in an English
article keeps its own language.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

#: analysed fully
SUPPORTED = ("en", "ru")
#: recognised, so that an article in one of them is not mistaken for English or Russian
RECOGNISED = ("en", "ru", "uk", "be", "bg", "de", "fr", "es", "it", "pl", "pt", "nl")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_BE_ONLY = re.compile(r"[ўЎ]")


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in RECOGNISED]
    # no preloading: models load per language on first use
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


#: characters the model reads: its time grows with the text, its answer does not past a
#: paragraph (on the 3,016 articles of the extraction and key-sentence sets, 1,000 characters
#: changed one answer against 2,000, at half the model's time)
DETECT_SAMPLE = 1000


def detect(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` if it cannot be told."""
    sample = text[:DETECT_SAMPLE]
    cyr, lat = _letters(sample)
    if cyr + lat == 0:
        return None
    if cyr > 4 * lat and not _UK_ONLY.search(sample) and not _BE_ONLY.search(sample) and cyr < 40:
        return "ru"  # short Cyrillic text without Ukrainian/Belarusian letters: Russian
    if lat > 4 * cyr and lat < 25:
        return "en" if _looks_english(sample) else _lingua(sample)
    return _lingua(sample)


def _looks_english(sample: str) -> bool:
    return not re.search(r"[\u00c0-\u024f]", sample)


def _lingua(sample: str) -> str | None:
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None


def _letters(text: str) -> tuple[int, int]:
    """How many Cyrillic and Latin letters ``text`` has."""
    return len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))


def _script_of(text: str) -> str | None:
    """``"cyrillic"``, ``"latin"``, ``"mixed"`` (as many letters of each) or ``None`` (none).

    Most texts are written in one script: a search for each settles them without counting
    letters (a count costs about a hundred times a search, and runs on every sentence)."""
    cyrillic, latin = _CYRILLIC.search(text), _LATIN.search(text)
    if not (cyrillic and latin):
        return "cyrillic" if cyrillic else "latin" if latin else None
    cyr, lat = _letters(text)
    if cyr == lat:
        return "mixed"
    return "cyrillic" if cyr > lat else "latin"


def main_language(parts: list[tuple[str, str | None]]) -> str | None:
    """The language of most of the characters among ``(text, language)`` parts."""
    weight: dict[str, int] = {}
    for text, lang in parts:
        if lang:
            weight[lang] = weight.get(lang, 0) + len(text)
    return max(weight, key=lambda k: weight[k]) if weight else None


#: blocks shorter than this take the article's language unless their letters say otherwise
SHORT_BLOCK = 120
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg"})
_MARKED = re.compile(r"[іїєґІЇЄҐўЎ\u00c0-\u024f]")


def settle(text: str, detected: str | None, main: str | None) -> str | None:
    """The language of a block, given what was detected in it and the article's language."""
    if main is None or detected == main:
        return detected or main
    if detected is None:
        return main
    same_script = (detected in _CYRILLIC_LANGUAGES) == (main in _CYRILLIC_LANGUAGES)
    if len(text) < SHORT_BLOCK and same_script and not _MARKED.search(text):
        return main
    return detected


def sentence_language(text: str, block_language: str | None) -> str | None:
    """A sentence has its block's language unless it is written in the other script.

    A Russian line in an English list, or a Latin-script quote in a Russian paragraph, is
    detected on its own; telling languages of one script apart in a single sentence is not
    worth the model's errors.
    """
    written = _script_of(text) if block_language is not None else None
    if written in (None, "mixed"):
        return block_language
    if (written == "cyrillic") == (block_language in _CYRILLIC_LANGUAGES):
        return block_language
    return detect(text) or block_language


#: characters of body text the article's language is detected on
SAMPLE = 2000


def script(text: str) -> str | None:
    """``"cyrillic"``, ``"latin"``, ``"mixed"`` (as many letters of each) or ``None`` (none)."""
    return _script_of(text[:SAMPLE])


def article_languages(blocks: list[tuple[str, bool]]) -> tuple[list[str | None], str | None]:
    """The language of each block and of the article, from ``(text, is_body)`` pairs.

    The article's language is that of a sample of its body in the body's main script (the
    script of most of its letters); a block in that script takes it unless its own letters
    mark another language, and only such blocks, and blocks in another script, are detected
    one by one.  One model call per article instead of one per block: on news pages most
    blocks are paragraphs in the article's own language.  (A paragraph in another language of
    the same script and without marked letters, say Dutch in an English article, is taken for
    the article's language.)
    """
    scripts = [script(text) for text, _ in blocks]
    letters: dict[str, int] = {}
    for body_only in (True, False):  # no body text with letters: figures and captions decide
        for (text, body), sc in zip(blocks, scripts, strict=True):
            if sc in ("cyrillic", "latin") and (body or not body_only):
                letters[sc] = letters.get(sc, 0) + len(text)
        if letters:
            break
    main: str | None = None
    main_script = max(letters, key=lambda k: letters[k]) if letters else None
    if main_script:
        in_script = [
            (t, body) for (t, body), sc in zip(blocks, scripts, strict=True) if sc == main_script
        ]
        texts = [t for t, body in in_script if body] or [t for t, _ in in_script]
        main = detect(" ".join(texts)[:SAMPLE])
    if main is None:  # nothing to sample, or the sample could not be told: block by block
        detected = [detect(text) for text, _ in blocks]
        main = main_language(
            [(t, d) for (t, body), d in zip(blocks, detected, strict=True) if body]
        )
        main = main or main_language([(t, d) for (t, _), d in zip(blocks, detected, strict=True)])
        return [settle(t, d, main) for (t, _), d in zip(blocks, detected, strict=True)], main
    out: list[str | None] = []
    for (text, _), sc in zip(blocks, scripts, strict=True):
        if sc is None or (sc == main_script and not _MARKED.search(text)):
            out.append(main)
        else:
            out.append(settle(text, detect(text), main))
    return out, main
