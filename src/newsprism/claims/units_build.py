"""Build :mod:`.units_data` from quantulum3's unit table (MIT licence, © Marco Lagi and the
quantulum3 contributors), run by hand when quantulum3 is upgraded; the stage does not import
quantulum3:

    python -m newsprism.claims.units_build

Our own lexicon (:mod:`.units`) names the units news writes most and is consulted first; this
table is the fallback for the long tail of physical units ("100 cl", "½ tbsp", "4,500 tpd",
"8in", "96 kn") that a hand-kept list always misses.  quantulum3's unit names are the names the
CQE/NewsQuant scheme uses, so a unit read here needs no mapping in the benchmark.

What is kept, and why:

- every unit but currencies (the CLDR table in :mod:`.currencies_data` does those),
  dimensionless words ("dozen", "score") and typographical ones ("point", "pica");
- *symbols*, case kept ("Pa" is not "pa"), when one unit owns the symbol; a symbol that is also
  an English word ("in") only when glued to its number ("8in"); never a single letter (after a
  number it is a plural, a label or a code: "1990s", "5a"), a time of day ("am") or an ordinal
  ending ("1st");
- *written names* only where they differ from the word's own singular: "3 cups" is read as a
  count of cups anyway, but "kilometres per hour" or "metres squared" are not; a single word
  only as a spelling of the unit's name ("centiliters", "kilos"), not as another word for it
  ("qubits" stay a count of qubits);
- where a surface of a quantulum3 unit is in our own lexicon, our canonical name is used for
  the whole unit, so the stage names each unit one way ("t" glued → ``tonne``, as "tonnes").
"""

from __future__ import annotations

import json
import pprint
from pathlib import Path

from .tokens import words

OUT = Path(__file__).with_name("units_data.py")

_SKIP_ENTITIES = frozenset(
    {"currency", "dimensionless", "unknown", "typographical element", "instance frequency"}
)
#: symbols that are times of day, ordinal endings ("1st") or English words that quantulum3's
#: common-word list leaves out because they are also units
_NEVER = words(
    "am pm AM PM a.m. p.m. st nd rd th ab den dam fur lea rad au ua ly hs sb ka ky kp qr nb fb yb zb"
)
#: everyday nouns quantulum3 also lists as (obscure) units: "12 candles" are candles
_NOT_UNITS = words(
    "candle candles pond ponds nit nits quartet quartets tetrad tetrads tetrade tetrades "
    "galileo galileos franklin franklins gaj gajs mho mhoes"
)


def build() -> str:
    import warnings

    warnings.filterwarnings("ignore")
    import quantulum3
    from quantulum3 import load

    from .lexicon_en import STOP
    from .nlp import singular
    from .rules_en import ADP, ADV, AUX, DET, PRON
    from .units import lookup_en

    common_path = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "common-words.json"
    common = {w for ws in json.loads(common_path.read_text()).values() for w in ws}
    english = set(STOP | ADP | ADV | AUX | DET | PRON) | common

    table = load.units("en_US")
    ours: dict[str, str] = {}
    for name, unit in table.names.items():
        if unit.entity.name in _SKIP_ENTITIES:
            continue
        canonical = next(
            (c for s in [name, *unit.surfaces] if (c := lookup_en(s)) is not None),
            name,
        )
        ours[name] = canonical

    symbols: dict[str, str] = {}
    glued: dict[str, str] = {}
    for symbol, units in table.symbols.items():
        names = {ours[u.name] for u in units if u.name in ours}
        if len(names) != 1 or len(units) != len([u for u in units if u.name in ours]):
            continue  # shared with a currency, a count word or another unit: no one reading
        if symbol in _NEVER or lookup_en(symbol) is not None or len(symbol) < 2:
            continue  # a single letter after a number is a plural, a label or a code
        (unit_name,) = names
        if symbol.lower() in english:
            glued[symbol] = unit_name
        else:
            symbols[symbol] = unit_name
    written: dict[str, str] = {}
    for surface, units in table.surfaces_lower.items():
        names = {ours[u.name] for u in units if u.name in ours}
        if len(names) != 1 or len(units) != len([u for u in units if u.name in ours]):
            continue
        (unit_name,) = names
        if lookup_en(surface) is not None or surface in english or surface in _NOT_UNITS:
            continue
        if not any(ch.isalpha() for ch in surface) or len(surface) < 2:
            continue
        if singular(surface) == unit_name or surface == unit_name:
            continue  # read as a counted noun with the same name
        names_q = {u.name for u in units}
        if " " not in surface and not any(
            surface[:4] == name[:4] for name in names_q | {unit_name}
        ):
            continue  # another word for it ("qubits" → quantum bit): the counted noun says it
        written[surface] = unit_name
    return _render(symbols, glued, written)


def _render(symbols: dict[str, str], glued: dict[str, str], written: dict[str, str]) -> str:
    def block(d: dict[str, str]) -> str:
        return pprint.pformat(dict(sorted(d.items())), width=99, sort_dicts=False)

    return (
        '"""Generated by ``python -m newsprism.claims.units_build`` from quantulum3 0.10.0\'s unit\n'
        "table (MIT licence, © Marco Lagi and the quantulum3 contributors); do not edit.\n"
        '"""\n\n'
        "# fmt: off\n"
        "#: a unit's symbol, case kept, read after a number with or without a space\n"
        f"SYMBOLS: dict[str, str] = {block(symbols)}\n\n"
        "#: a symbol that is also a word or a single letter: read only glued to its number\n"
        f"GLUED: dict[str, str] = {block(glued)}\n\n"
        "#: a written name (lower case) that a counted noun would not give: plurals, phrases\n"
        f"WRITTEN: dict[str, str] = {block(written)}\n"
        "# fmt: on\n"
    )


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")
