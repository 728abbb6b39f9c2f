"""English text as it should be spoken: numbers, money, dates, units, abbreviations, symbols.

Both English engines phonemise with espeak-ng, which reads "£240m" as "pound two hundred forty m"
and "NATO" letter by letter.  The rules below write such things out in words first.  Numbers
become words with ``num2words``; the order of the passes matters (money and percentages before
bare numbers, dotted abbreviations before sentence punctuation is touched).
"""

from __future__ import annotations

import re

from num2words import num2words

from .normalize_common import keep_full_stop, tidy, typography, unshout, urls

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"Sept": "September"}
_MONTH = "|".join(MONTHS)

CURRENCIES = {
    "£": ("pound", "pounds"),
    "$": ("dollar", "dollars"),
    "€": ("euro", "euros"),
    "¥": ("yen", "yen"),
    "₽": ("rouble", "roubles"),
    "₹": ("rupee", "rupees"),
}
SCALES = {
    "k": "thousand",
    "m": "million",
    "mn": "million",
    "bn": "billion",
    "b": "billion",
    "tn": "trillion",
    "trn": "trillion",
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
}

UNITS = {
    "km/h": ("kilometre per hour", "kilometres per hour"),
    "mph": ("mile per hour", "miles per hour"),
    "km": ("kilometre", "kilometres"),
    "m": ("metre", "metres"),
    "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"),
    "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"),
    "mg": ("milligram", "milligrams"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "ft": ("foot", "feet"),
    "sq km": ("square kilometre", "square kilometres"),
    "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"),
    "ml": ("millilitre", "millilitres"),
    "°C": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "ha": ("hectare", "hectares"),
    "t": ("tonne", "tonnes"),
}

#: acronyms said as words; any other capitalised abbreviation is spelt out
WORD_ACRONYMS = {
    "NATO",
    "NASA",
    "UNESCO",
    "UNICEF",
    "OPEC",
    "FIFA",
    "UEFA",
    "AIDS",
    "COVID",
    "ISIS",
    "NASDAQ",
    "SWAT",
    "ASEAN",
    "BRICS",
    "CERN",
    "OFCOM",
    "OFSTED",
    "INTERPOL",
    "EUROPOL",
    "FRONTEX",
    "NAFTA",
    "SARS",
    "MERS",
    "LIDAR",
    "RADAR",
    "LASER",
    "SCOTUS",
    "DARPA",
    "ICANN",
    "GAVI",
    "IKEA",
    "ABBA",
    "UKIP",
    "SNAP",
    "FEMA",
    "OSCE",
}
#: kept in capitals when a whole headline is in capitals
SHOUTED_ACRONYMS = WORD_ACRONYMS | {
    "US",
    "USA",
    "UK",
    "EU",
    "UN",
    "FBI",
    "CIA",
    "BBC",
    "CEO",
    "NHS",
    "MP",
    "MPS",
    "GDP",
    "AI",
    "TV",
}
TITLES = {
    "Mr": "Mister",
    "Mrs": "Missus",
    "Ms": "Miz",
    "Dr": "Doctor",
    "Prof": "Professor",
    "Gen": "General",
    "Sen": "Senator",
    "Rep": "Representative",
    "Gov": "Governor",
    "Lt": "Lieutenant",
    "Col": "Colonel",
    "Capt": "Captain",
    "Sgt": "Sergeant",
    "Insp": "Inspector",
    "Supt": "Superintendent",
    "Det": "Detective",
    "Rev": "Reverend",
    "St": "Saint",
    "Mt": "Mount",
    "Fr": "Father",
    "Cllr": "Councillor",
    "Pres": "President",
}
PHRASES = {
    "e.g.": "for example",
    "i.e.": "that is",
    "etc.": "et cetera",
    "vs.": "versus",
    "vs": "versus",
    "approx.": "approximately",
    "Inc.": "Incorporated",
    "Ltd": "Limited",
    "Ltd.": "Limited",
    "Corp.": "Corporation",
    "Bros.": "Brothers",
    "Ave.": "Avenue",
    "a.m.": "a m",
    "p.m.": "p m",
    "am": "a m",
    "pm": "p m",
}
ROMAN = {
    "II": 2,
    "III": 3,
    "IV": 4,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "XI": 11,
    "XII": 12,
    "XIII": 13,
    "XIV": 14,
    "XV": 15,
    "XVI": 16,
}
LETTER_NAMES = {"A": "eigh"}  # a lone "A" is read as the article; "eigh" is read as the letter
FRACTIONS = {(1, 2): "one half", (1, 4): "one quarter", (3, 4): "three quarters"}
_YEAR_CUE = re.compile(
    rf"(?:\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|around|circa|spring"
    rf"|summer|autumn|winter|fall|year|between|and|to|through|{_MONTH})\s+|\d(?:st|nd|rd|th)?,?\s+"
    rf"|(?:{_MONTH})\s\w+(?:th|st|nd|rd),?\s+)$",
    re.IGNORECASE,
)
NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"


def number(text: str) -> str:
    """ "318,000" → "three hundred and eighteen thousand", "2.5" → "two point five"."""
    clean = text.replace(",", "")
    if re.fullmatch(r"0\d+", clean):  # 007, a code: digit by digit
        return " ".join(num2words(int(d)) for d in clean)
    value = float(clean) if "." in clean else int(clean)
    return str(num2words(value)).replace(",", "")


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def ordinal(n: int) -> str:
    return str(num2words(n, to="ordinal"))


def year(n: int) -> str:
    return str(num2words(n, to="year"))


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and 1100 <= int(digits) <= 2099


def _money(m: re.Match[str]) -> str:
    symbol, low, high, scale = m.group("cur"), m.group("low"), m.group("high"), m.group("scale")
    one, many = CURRENCIES[symbol]
    scale_word = SCALES.get((scale or "").lower(), "") if scale else ""
    if not scale_word and not high and re.fullmatch(r"\d+(?:,\d{3})*\.\d\d", low):
        whole, cents = low.replace(",", "").split(".")
        unit = one if whole == "1" else many
        cent_word = "cents" if symbol in "$€" else "pence" if symbol == "£" else ""
        if int(cents) and cent_word:
            return f"{number(whole)} {unit} and {number(cents)} {cent_word}"
        return f"{number(whole)} {unit}"
    amount = number(low) + (f" to {number(high)}" if high else "")
    plural = scale_word or high or _value(low) != 1
    if re.search(r"\b(?:a|an)\s+$", m.string[: m.start()], re.IGNORECASE):
        plural = False  # "a £240m bridge": a two hundred and forty million pound bridge
    return " ".join(p for p in (amount, scale_word, many if plural else one) if p)


def _percent(m: re.Match[str]) -> str:
    low, high = m.group("low"), m.group("high")
    return f"{number(low)}{f' to {number(high)}' if high else ''} percent"


def _unit(m: re.Match[str]) -> str:
    low, high, unit = m.group("low"), m.group("high"), m.group("unit")
    one, many = UNITS[unit]
    amount = number(low) + (f" to {number(high)}" if high else "")
    return f"{amount} {one if not high and _value(low) == 1 else many}"


def _spell(word: str) -> str:
    letters = [LETTER_NAMES.get(c, c) for c in word if c.isalpha() and c.isupper()]
    return " ".join(letters)


def _acronym(m: re.Match[str]) -> str:
    word, plural = m.group(1), m.group(2) or ""
    if word in WORD_ACRONYMS:
        return word.capitalize() + plural
    if len(word) > 6:  # a shouted word ("BREAKING"), not an abbreviation
        return word.lower()
    spelt = _spell(word)
    return spelt + ("'s" if plural else "")


def _dotted(m: re.Match[str]) -> str:
    letters = [c for c in m.group(0) if c.isalpha()]
    spoken = " ".join(LETTER_NAMES.get(c.upper(), c.upper()) for c in letters)
    # "in the U.S." at the end of a sentence keeps its full stop
    return spoken + ("." if m.end() == len(m.string) else "")


def _date_month_first(m: re.Match[str]) -> str:
    return f"{m.group('month')} {ordinal(int(m.group('day')))}"


def _date_day_first(m: re.Match[str]) -> str:
    return f"the {ordinal(int(m.group('day')))} of {m.group('month')}"


def _year_range(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    if len(b) == 2:
        b = a[:2] + b
    return f"{year(int(a))} to {year(int(b))}"


def _time(m: re.Match[str]) -> str:
    h, mins, suffix = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    said = num2words(h)
    if mins:
        said += " oh " + num2words(mins) if mins < 10 else " " + num2words(mins)
    elif not suffix:
        said += " o'clock"
    if suffix:
        said += " " + " ".join(suffix.replace(".", ""))
    return str(said)


def _bare_number(m: re.Match[str]) -> str:
    digits = m.group(0)
    before = m.string[: m.start()]
    after = m.string[m.end() :]
    counted = re.match(r"\s+[a-z]+s\b", after)  # "in 1500 cases" is a count, not a year
    if _is_year(digits) and not counted and _YEAR_CUE.search(before):
        return year(int(digits))
    return number(digits)


def _fraction(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    if (a, b) in FRACTIONS:
        return FRACTIONS[(a, b)]
    if 2 <= b <= 10 and a < b:
        word = ordinal(b) + ("s" if a > 1 else "")
        return f"{num2words(a)} {'half' if b == 2 else word}"
    return f"{num2words(a)} {num2words(b)}"  # 24/7


def _regnal(m: re.Match[str]) -> str:
    """ "Charles III" → "Charles the Third"; "World War II" → "World War Two"."""
    name, value = m.group(1), ROMAN[m.group(2)]
    if name == "War":
        return f"{name} {num2words(value).capitalize()}"
    return f"{name} the {ordinal(value).capitalize()}"


def _cur(symbols: str) -> str:
    return "[" + re.escape(symbols) + "]"


def normalize(text: str) -> str:
    ending = text.rstrip()[-1:]
    text = unshout(urls(text), SHOUTED_ACRONYMS)
    text = typography(text)
    # dotted abbreviations and titles, before full stops start to matter
    for phrase, said in PHRASES.items():
        if phrase[-1] == ".":
            text = re.sub(rf"(?<![\w.]){re.escape(phrase)}(?=\s|$|,)", said, text)
    text = re.sub(r"(?<=\d)\s?(a\.m\.|p\.m\.|am|pm)\b", lambda m: " " + PHRASES[m.group(1)], text)
    text = re.sub(
        r"\b(" + "|".join(TITLES) + r")\.?(?=\s+[A-Z])", lambda m: TITLES[m.group(1)], text
    )
    text = re.sub(r"\bNo\.\s?(?=\d)", "number ", text)
    text = re.sub(r"(?<![\w.])(?:[A-Za-z]\.){2,}(?!\w)", _dotted, text)
    text = re.sub(
        r"\b(" + "|".join(_MONTH_ABBR) + r")\.(?=\s+\d)", lambda m: _MONTH_ABBR[m.group(1)], text
    )
    text = re.sub(r"\b(Ltd|vs)\b\.?", lambda m: PHRASES[m.group(1)], text)
    # money, percentages, units, dates, times: before bare numbers
    cur = _cur("".join(CURRENCIES))
    scale = r"(?:\s?(?P<scale>trillion|billion|million|thousand|trn|tn|bn|mn|m|k|b)\b)?"
    text = re.sub(
        rf"(?:US|A|C|NZ|HK)?(?P<cur>{cur})\s?(?P<low>{NUM})(?:\s?(?:-|–|to)\s?{cur}?(?P<high>{NUM}))?{scale}",
        _money,
        text,
    )
    text = re.sub(
        rf"(?P<low>{NUM})(?:\s?%?\s?(?:-|–|to)\s?(?P<high>{NUM}))?\s?(?:%|per\s?cent\b|percent\b)",
        _percent,
        text,
    )
    units = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    text = re.sub(
        rf"(?P<low>{NUM})(?:\s?(?:-|–|to)\s?(?P<high>{NUM}))?\s?(?P<unit>{units})(?![\w/])",
        _unit,
        text,
    )
    text = re.sub(
        rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:|\.\d)",
        _date_month_first,
        text,
    )
    text = re.sub(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\b",
        _date_day_first,
        text,
    )
    text = re.sub(r"\b(\d{1,2})(?:[:.](\d\d))?\s?(a\s?m|p\s?m)\b", _time, text)
    text = re.sub(r"\b(\d{1,2}):(\d\d)\b()", _time, text)
    text = re.sub(r"\b(1[1-9]\d\d|20\d\d)\s?[-–]\s?(1[1-9]\d\d|20\d\d|\d\d)\b", _year_range, text)
    text = re.sub(r"\b(1[1-9]\d0|20\d0)s\b", lambda m: _decade(int(m.group(1))), text)
    text = re.sub(r"\b(\d+)(st|nd|rd|th)\b", lambda m: ordinal(int(m.group(1))), text)
    text = re.sub(r"\b(\d{1,2})/(\d{1,2})\b", _fraction, text)
    text = re.sub(rf"(?<![\w.])({NUM})\s?[-–]\s?({NUM})(?!\w)", r"\1 to \2", text)
    text = re.sub(rf"(?<![\w.,])-(?={NUM})", "minus ", text)
    # acronyms and regnal numbers
    text = re.sub(r"\b([A-Z][a-z]+)\s+(" + "|".join(ROMAN) + r")\b", _regnal, text)
    text = re.sub(r"\b([A-Z][A-Z]+)(s)?\b", _acronym, text)
    text = re.sub(r"\b([A-Z])-?(?=\d)", r"\1 ", text)  # G7, F-35
    text = re.sub(r"(?<=\d)(?=[A-Za-z])", " ", text)  # 3D, 4G
    # symbols
    text = re.sub(r"\s*&\s*", " and ", text)
    text = re.sub(r"\s*\+\s*", " plus ", text)
    text = re.sub(r"\s*=\s*", " equals ", text)
    text = re.sub(r"\s*[№#]\s*(?=\d)", " number ", text)
    text = re.sub(r"\s*[×]\s*", " times ", text)
    text = re.sub(r"\s*°", " degrees", text)
    text = re.sub(r"~\s*(?=\d)", "about ", text)
    text = re.sub(r"(?<=\w)/(?=\w)", " or ", text)
    text = re.sub(NUM, _bare_number, text)
    return keep_full_stop(tidy(text), ending)


def _decade(start: int) -> str:
    """1990 → "nineteen nineties", 2000 → "two thousands"."""
    said = year(start)
    return said[:-1] + "ies" if said.endswith("ty") else said + "s"
