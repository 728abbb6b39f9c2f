"""Machine-translation notices: "Translated by Google", «Переведено сервисом «Яндекс Переводчик»».

:func:`find_translation_notice` returns the service's name and, when the notice says so, the
language the page was translated from.  The service is named the way people name it ("Google",
"DeepL", "Яндекс"): a trailing generic word such as "Translate", «Переводчик», "Übersetzer" is
dropped, so "Google Translate" and "Google" are the same service.

Notices are recognised in English, Russian, Ukrainian, German, French and Spanish.  A notice
needs both a translation verb and a named service (or an explicit "machine translation"), so a
sentence about translation ("The book was translated into 40 languages") is not one.
"""

from __future__ import annotations

import re

# source-language names as the notices write them (English, and the case each language uses
# after "from": «с английского», «з англійської», "aus dem Englischen", "de l'anglais", "del inglés")
_LANGUAGE_STEMS = {
    "en": "english|английск|англійськ|englisch|anglais|inglés|ingles",
    "ru": "russian|русск|російськ|russisch|russe|ruso",
    "uk": "ukrainian|украинск|українськ|ukrainisch|ukrainien|ucraniano",
    "de": "german|немецк|німецьк|deutsch|allemand|alemán|aleman",
    "fr": "french|французск|французьк|französisch|français|francais|francés|frances",
    "es": "spanish|испанск|іспанськ|spanisch|espagnol|español|espanol",
    "it": "italian|итальянск|італійськ|italienisch|italien|italiano",
    "pl": "polish|польск|польськ|polnisch|polonais|polaco",
    "zh": "chinese|китайск|китайськ|chinesisch|chinois|chino",
    "ja": "japanese|японск|японськ|japanisch|japonais|japonés",
}
_LANG = r"(?P<lang>[^\W\d_][\w'’]{2,20})"
# a service: one to three capitalised words, quoted or not («Яндекс Переводчик», "DeepL", "Google Translate")
# (a dot only inside a word, "Translate.com": a full stop ends the name, "DeepL. Read the original")
_WORD = r"[A-ZА-ЯЁІЇЄ][\w\-]*(?:\.[\w\-]+)*"
_SERVICE = rf"[«\"“]?(?P<service>{_WORD}(?: {_WORD}){{0,2}})[»\"”]?"
_GENERIC = re.compile(
    r"\s+(?:translate|translator|translation|переводчик|перекладач|übersetzer|traduction|"
    r"traducteur|traductor|traduttore)$",
    re.I,
)

_PATTERNS = [
    # English: "Translated by Google", "Translated from Russian by Google Translate",
    # "This article was machine translated from German using DeepL."
    re.compile(
        rf"\b(?:machine[- ]|automatically )?translated(?: automatically)?(?: from {_LANG})?"
        rf"(?: automatically)? (?:by|with|using|via) {_SERVICE}",
        re.I,
    ),
    # Russian: «Переведено с английского сервисом «Яндекс Переводчик»», «Машинный перевод с немецкого: DeepL»
    re.compile(
        rf"(?:переведено|перевод выполнен|машинный перевод|автоматический перевод)"
        rf"(?: автоматически)?(?: с {_LANG}(?: языка)?)?\s*(?:сервисом|с помощью|службой|при помощи|:|—|-)\s*{_SERVICE}",
        re.I,
    ),
    # Ukrainian: «Перекладено з англійської сервісом Google»
    re.compile(
        rf"(?:перекладено|машинний переклад|автоматичний переклад)(?: з {_LANG}(?: мови)?)?"
        rf"\s*(?:сервісом|за допомогою|:|—|-)\s*{_SERVICE}",
        re.I,
    ),
    # German: "Automatisch übersetzt aus dem Englischen mit DeepL"
    re.compile(
        rf"(?:automatisch |maschinell )?übersetzt(?: aus dem {_LANG})?(?: automatisch)? (?:mit|von|durch) {_SERVICE}",
        re.I,
    ),
    # French: "Traduit de l'anglais par Google Traduction"
    re.compile(
        rf"traduit(?: automatiquement)?(?: (?:de l['’]|du |de ){_LANG})?(?: automatiquement)? (?:par|avec) {_SERVICE}",
        re.I,
    ),
    # Spanish: "Traducido del inglés por Google"
    re.compile(
        rf"traducido(?: automáticamente)?(?: del? {_LANG})?(?: automáticamente)? (?:por|con) {_SERVICE}",
        re.I,
    ),
]
# a notice that names no service: "This article was machine-translated from Russian."
_UNNAMED = re.compile(
    rf"\b(?:article|page|text|story) (?:was|has been|is) (?:machine[- ]translated|"
    rf"automatically translated|translated automatically)(?: from {_LANG})?"
    rf"|(?:статья|материал|текст) (?:переведена?|переведен) автоматически(?: с {_LANG.replace('lang', 'lang_ru')})?",
    re.I,
)


def _language(name: str | None) -> str | None:
    if not name:
        return None
    low = name.lower()
    for code, stems in _LANGUAGE_STEMS.items():
        if any(low.startswith(stem) for stem in stems.split("|")):
            return code
    return None


# every notice holds one of these stems: a cheap test before the full patterns
_STEMS = re.compile(r"translat|перев|переклад|übersetz|tradu", re.I)


def find_translation_notice(text: str) -> tuple[str, str | None] | None:
    """``(service, source_language)`` from a notice, or ``None`` when the text has none."""
    if not _STEMS.search(text):
        return None
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m:
            service = _GENERIC.sub("", m.group("service").strip(" .")) or m.group("service")
            return service, _language(m.group("lang"))
    m = _UNNAMED.search(text)
    if m:
        return "unknown", _language(m.group("lang") or m.group("lang_ru"))
    return None
