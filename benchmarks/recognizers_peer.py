"""Microsoft Recognizers-Text (``recognizers-text-suite``'s English number and number-with-unit
models, the peer the NewsQuant authors also scored) as a quantity tagger in the NewsQuant shape.

Each sentence goes through the currency, dimension, temperature, age and percentage models; a
bare number counts where none of them covered it.  Unit names are mapped onto NewsQuant's
(American spellings to British ones, "Ton" to "metric ton", …).  Pinned in the ``bench`` extra;
its ``recognizers-text`` base needs ``emoji<2``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

_UNITS = {
    "pound": "pound sterling",
    "british pound": "pound sterling",
    "euro": "euro",
    "dollar": "dollar",
    "united states dollar": "dollar",
    "australian dollar": "australian dollar",
    "japanese yen": "japanese yen",
    "yen": "japanese yen",
    "cent": "cent",
    "penny": "penny",
    "ton": "metric ton",
    "tonne": "metric ton",
    "c": "celsius",
    "f": "fahrenheit",
    "year": "year of age",
    "month": "month of age",
    "week": "week of age",
    "day": "day of age",
    "pound-mass": "pound-mass",
    "square kilometer": "square kilometre",
}


def _unit(kind: str, unit: str | None) -> str:
    if not unit:
        return "-"
    u = unit.lower()
    if kind == "age":
        return _UNITS.get(u, u)
    if kind == "dimension" and u == "pound":
        return "pound-mass"
    u = _UNITS.get(u, u)
    return u.replace("meter", "metre").replace("liter", "litre")


def recognizers_tagger() -> Callable[[str], list[dict[str, Any]]]:
    warnings.filterwarnings("ignore")
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    units = NumberWithUnitRecognizer(Culture.English)
    numbers = NumberRecognizer(Culture.English)
    models = [
        ("currency", units.get_currency_model()),
        ("dimension", units.get_dimension_model()),
        ("temperature", units.get_temperature_model()),
        ("age", units.get_age_model()),
        ("percentage", numbers.get_percentage_model()),
    ]
    bare = numbers.get_number_model()

    def tag(text: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        covered: list[tuple[int, int]] = []
        for kind, model in models:
            for r in model.parse(text):
                raw = (r.resolution or {}).get("value")
                if raw is None:
                    continue
                try:
                    value = float(str(raw).rstrip("%"))
                except ValueError:
                    continue
                unit = (
                    "percentage" if kind == "percentage" else _unit(kind, r.resolution.get("unit"))
                )
                if any(a <= r.start <= b or a <= r.end <= b for a, b in covered):
                    continue
                covered.append((r.start, r.end))
                out.append({"value": value, "normalized_unit": unit})
        for r in bare.parse(text):
            if any(a <= r.start <= b for a, b in covered):
                continue
            try:
                out.append({"value": float(r.resolution["value"]), "normalized_unit": "-"})
            except (TypeError, ValueError, KeyError):
                continue
        return out

    return tag
