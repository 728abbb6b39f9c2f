"""Finding traces from what a reader types: a figure as written, a mention's ``ARTICLE:ITEM``."""

from __future__ import annotations

import re

from ..errors import ConfigError

#: a number in digits grouped by thousands with commas ("231,000", "1,250,000"), with no word
_GROUPED = re.compile(r"[^\d,.]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?)[^\d,.]*")


def figure_values(figure: str) -> list[float]:
    """The values a figure as written states ("231 thousand", «231 тыс.», "40-45%" → 40, 45).

    A figure of digits and signs alone ("7,2%", "2,5") has no language: both readings are tried
    and the one that reads it as fewer figures wins (the English reading split «7,2%» into 7 and
    2 and found a trace of "twice"); when both read it as many figures, the values of both.  A
    number grouped by commas alone ("231,000", copied from an English article) is no figure to
    the English reading (it wants a word beside it): its thousands are read here."""
    from ..claims.extract import find_quantities
    from ..language import detect

    language = detect(figure)
    if language in ("ru", "en"):
        found = find_quantities(figure, language)
    else:
        grouped = _GROUPED.fullmatch(figure.strip())
        if grouped:  # "231,000" is 231 thousand read as English, 231.000 as Russian
            english = float(grouped.group(1).replace(",", ""))
            # a Russian decimal has one comma: "1,250,000" is no Russian figure, whatever the
            # Russian reader makes of its groups (since 2c3b2426 it refuses ",000" as a dialled
            # number and returns 1.25 alone)
            russian = find_quantities(figure, "ru") if figure.count(",") == 1 else []
            decimal = [russian[0].value] if len(russian) == 1 else []
            return list(dict.fromkeys([english, *decimal]))
        readings = [r for r in (find_quantities(figure, lang) for lang in ("ru", "en")) if r]
        fewest = min((len(r) for r in readings), default=0)
        found = [q for r in readings if len(r) == fewest for q in r]
    if not found:
        raise ConfigError(
            f"no figure in {figure!r}", hint='write it as in the text, e.g. "231 thousand"'
        )
    values = [v for q in found for v in (q.value, q.value_high) if v is not None]
    return list(dict.fromkeys(values))


def mention_ref(text: str) -> tuple[int, int]:
    """``"12:3"`` → (article 12, item 3)."""
    try:
        article, item = text.split(":")
        return int(article), int(item)
    except ValueError:
        raise ConfigError(
            f"{text!r} is not ARTICLE:ITEM", hint="e.g. 12:3 for claim 3 of article 12 (see --json)"
        ) from None
