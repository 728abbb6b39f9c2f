"""Machine-translation notices ("Translated by Google", «Переведено сервисом «Яндекс Переводчик»»).

Returns the service's name and, when the notice says so, the language translated from.
"""

from __future__ import annotations

import re

_SERVICE = r"(?P<service>[A-Z\u0410-\u042f][\w\u0400-\u04ff.\- ]{1,40}?)"
_LANGS = {
    "english": "en",
    "russian": "ru",
    "ukrainian": "uk",
    "german": "de",
    "french": "fr",
    "spanish": "es",
    "italian": "it",
    "polish": "pl",
    "chinese": "zh",
    "japanese": "ja",
    "английского": "en",
    "русского": "ru",
    "украинского": "uk",
    "немецкого": "de",
    "французского": "fr",
    "испанского": "es",
    "итальянского": "it",
    "польского": "pl",
    "китайского": "zh",
    "японского": "ja",
}
_PATTERNS = [
    re.compile(
        r"\b(?:machine[- ])?translated (?:from (?P<lang>[A-Z][a-z]+) )?(?:automatically )?(?:by|with|using) "
        + _SERVICE
        + r"(?:\s*(?:Translate|Translator))?\s*[.)]?\s*$",
        re.I | re.M,
    ),
    re.compile(
        r"\bthis (?:article|page|text) (?:was|has been) (?:machine[- ]|automatically )?translated"
        r"(?: from (?P<lang>[A-Z][a-z]+))?(?: (?:by|with|using) " + _SERVICE + r")?",
        re.I,
    ),
    re.compile(
        r"(?:Переведено|Перевод выполнен|Машинный перевод)(?: с (?P<lang>[а-я]+)(?: языка)?)?"
        r"(?: (?:сервисом|с помощью|службой))?\s*[«\"]?(?P<service>[^»\"\n.]{2,40})[»\"]?",
        re.I,
    ),
]


def find_translation_notice(text: str) -> tuple[str, str | None] | None:
    """``(service, source_language)`` from a notice line, or ``None``."""
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        service = (m.groupdict().get("service") or "").strip(" «»\"'.")
        service = (
            re.sub(r"\s+(Translate|Translator|Переводчик)$", "", service, flags=re.I).strip()
            or service
        )
        if not service:
            service = "unknown"
        lang = m.groupdict().get("lang")
        return service, _LANGS.get(lang.lower()) if lang else None
    return None
