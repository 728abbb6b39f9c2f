"""Build :mod:`.currencies_data` from Babel's copy of the Unicode CLDR (run by hand when Babel is
upgraded; the stage itself does not import Babel, which needs ~5 s to open every locale):

    python -m newsprism.claims.currencies_build

For every currency in legal tender today it writes the English names (singular and plural:
"South Korean won", "Mexican pesos"), the bare noun news writes after a number ("won", "pesos")
with every currency that shares it, the words that tie a currency to a sentence (its demonym,
"Mexican", and its territories' names, "Mexico"), and the symbols the locales of its territories
write ("R$", "NT$", "₦", "zł", "R", "kr"); and the Russian names by their words' lemmas
(«шведский крона»).
"""

from __future__ import annotations

import pprint
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).with_name("currencies_data.py")


def build() -> str:
    import babel.numbers as bn
    from babel import Locale
    from babel.core import get_global

    en = Locale("en")
    territory_currencies = get_global("territory_currencies")
    territory_languages = get_global("territory_languages")
    territories: dict[str, set[str]] = defaultdict(set)
    symbols: dict[str, set[str]] = defaultdict(set)
    for terr in territory_currencies:
        for code in bn.get_territory_currencies(terr, tender=True):
            if code.startswith("X"):
                continue  # gold, SDRs, CFA francs shared by many: no single meaning
            territories[code].add(terr)
            for lang in territory_languages.get(terr, {}):
                try:
                    loc = Locale.parse(f"{lang}_{terr}")
                except Exception:  # noqa: BLE001 - CLDR lists languages without a locale
                    continue
                sym = loc.currency_symbols.get(code)
                if sym and sym != code and len(sym) <= 4 and not sym.isdigit():
                    symbols[sym].add(code)
    for code in territories:  # English symbols ("MX$", "CN¥") besides the territories' own
        sym = en.currency_symbols.get(code)
        if sym and sym != code and len(sym) <= 4:
            symbols[sym].add(code)
    symbols.pop("\u200b", None)  # CLDR's Cape Verde escudo sign is a zero-width space
    names: dict[str, str] = {}
    nouns: dict[str, set[str]] = defaultdict(set)
    context: dict[str, set[str]] = defaultdict(set)
    for code in sorted(territories):
        one = bn.get_currency_name(code, count=1, locale=en)
        many = bn.get_currency_name(code, count=2, locale=en)
        for name in (one, many):
            names[name.lower()] = code
        # the noun is what the singular and plural differ in ("peso"/"pesos"); the words
        # before it name the country ("Mexican", "South Korean", "New Taiwan")
        head = one.rsplit(" ", 1)
        plural = many.rsplit(" ", 1)
        if len(head) == 2:
            context[code].add(head[0])
            nouns[head[1].lower()].add(code)
            if len(plural) == 2:
                nouns[plural[1].lower()].add(code)
        for terr in territories[code]:
            if terr in en.territories:
                context[code].add(en.territories[terr])
    # Russian names by their words' lemmas, as the Russian reader looks units up («шведских
    # крон» → «шведский крона»)
    from .nlp import russian_parses

    ru = Locale("ru")
    ru_names: dict[str, str] = {}
    for code in sorted(territories):
        ru_name = ru.currencies.get(code)
        if ru_name and " " in ru_name:
            key = " ".join(russian_parses(w.lower())[0].normal_form for w in ru_name.split())
            ru_names.setdefault(key.replace("ё", "е"), code)
    return (
        '"""Currencies from the Unicode CLDR (via Babel), written by\n'
        "``python -m newsprism.claims.currencies_build``; do not edit by hand.\n"
        '"""\n\n'
        f"NAMES: dict[str, str] = {pprint.pformat(names, width=100)}\n\n"
        f"NOUNS: dict[str, tuple[str, ...]] = "
        f"{pprint.pformat({k: tuple(sorted(v)) for k, v in nouns.items()}, width=100)}\n\n"
        f"CONTEXT: dict[str, tuple[str, ...]] = "
        f"{pprint.pformat({k: tuple(sorted(v)) for k, v in context.items()}, width=100)}\n\n"
        f"SYMBOLS: dict[str, tuple[str, ...]] = "
        f"{pprint.pformat({k: tuple(sorted(v)) for k, v in symbols.items()}, width=100)}\n\n"
        f"RU_NAMES: dict[str, str] = {pprint.pformat(ru_names, width=100)}\n"
    )


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")
