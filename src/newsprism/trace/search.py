"""Finding traces from what a reader types: a figure as written, a mention's ``ARTICLE:ITEM``."""

from __future__ import annotations

from ..errors import ConfigError


def figure_values(figure: str) -> list[float]:
    """The values a figure as written states ("231 thousand", «231 тыс.», "40-45%" → 40, 45).

    A figure of digits and signs alone ("7,2%", "2,5") has no language: both readings are tried
    and the one that reads it as fewer figures wins (the English reading split «7,2%» into 7 and
    2 and found a trace of "twice"); when both read it as many figures, the values of both."""
    from ..claims.extract import find_quantities
    from ..language import detect

    language = detect(figure)
    if language in ("ru", "en"):
        found = find_quantities(figure, language)
    else:
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
