"""Finding traces from what a reader types: a figure as written, a mention's ``ARTICLE:ITEM``."""

from __future__ import annotations

from ..errors import ConfigError


def figure_values(figure: str) -> list[float]:
    """The values a figure as written states ("231 thousand", «231 тыс.», "40-45%" → 40, 45)."""
    from ..claims.extract import find_quantities
    from ..language import detect

    found = find_quantities(figure, "ru" if detect(figure) == "ru" else "en")
    if not found:
        raise ConfigError(
            f"no figure in {figure!r}", hint='write it as in the text, e.g. "231 thousand"'
        )
    return [v for q in found for v in (q.value, q.value_high) if v is not None]


def mention_ref(text: str) -> tuple[int, int]:
    """``"12:3"`` → (article 12, item 3)."""
    try:
        article, item = text.split(":")
        return int(article), int(item)
    except ValueError:
        raise ConfigError(
            f"{text!r} is not ARTICLE:ITEM", hint="e.g. 12:3 for claim 3 of article 12 (see --json)"
        ) from None
