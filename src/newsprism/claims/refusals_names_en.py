"""Refusals of numbers that name rather than count: models, codes, generations and versions
("Airbus A320", "5G", "M21 9AB", "Covid-19", "787 Dreamliner"), records and list numbers
("12-6-2", "(1) … (2)"), code in page text ("sleep(5)"), and a number after a name or an index
word ("Game 7", "FTSE 100", "page 12", "No. 12").  Part of :func:`.refusals_en.not_a_claim`.
"""

from __future__ import annotations

import re

from .lexicon_en import MONTHS, QUALIFIERS, WEEKDAYS, is_numbered
from .nlp import singular
from .quantity import Quantity
from .rules_en import ADV, AUX, VERB
from .tokens import Token, number_value, words
from .units import lookup_en


def _is_figure_token(t: Token) -> bool:
    from .numbers_en import word_value

    if t.kind == "num":
        # a year before a figure dates it ("in 2019 5,000 people"), it counts nothing
        return not re.fullmatch(r"(?:1[89]|20)\d\d", t.text)
    return t.kind == "word" and word_value(t.lower) is not None


def named(
    sentence: str, toks: list[Token], i: int, q: Quantity, *, measured: bool, money: bool
) -> bool | None:
    """A number that names a model, a code, a generation or a version (True), a bound of an age
    or a size read here and kept (False, ``q`` amended), or neither (None: the next checks
    decide)."""
    t = toks[i]
    n = len(toks)
    prev = toks[i - 1] if i > 0 else None
    if (
        t.kind == "num"
        and prev is not None
        and not t.glued
        and _is_figure_token(prev)
        and not (measured and not money and not (i + 1 < n and toks[i + 1].text == "/"))
    ):  # a measure after a count is one: "two 120 mm rounds", "two 222mL cans" (not the
        # fraction of a mixed number: "1 1/2-inch")
        return True  # a model after a count: "300 A321neo jets", "five 787 Dreamliners"
    if t.kind == "num":
        # generations and formats named by a number: "5G", "4K", "3D"
        after_num = toks[i + 1] if i + 1 < n else None
        if (
            after_num is not None
            and after_num.glued
            and after_num.text in ("G", "K", "D")
            # the digits' own value ("4" of "4K"; ``value`` has the K's thousand in it), read
            # as a number token is: "1,000K" has a thousands separator
            and number_value(t, "en").is_integer()
            and number_value(t, "en") <= 8
        ):
            return True
        after = toks[i + 1] if i + 1 < n else None
        if (
            prev is not None
            and prev.text == "-"
            and prev.glued
            and t.glued
            and i > 1
            and toks[i - 2].lower in ("under", "over")
            and after is not None
            and after.glued
            and after.lower in ("s", "'s", "’s")
            and q.value.is_integer()
            and 0 < q.value < 100
        ):
            # "a ban on adverts to under-16s", "free travel for over-60s": the people of an age
            # bound, named by it (an age bound, as "children under 16" is)
            q.unit, q.qualifier = "years old", toks[i - 2].lower
            q.change = "<" if q.qualifier == "under" else ">"
            # the figure is the bound and its "s": a noun reading that ran on ("the over-50s
            # club met", "England's under-21s beat Spain") counted words that are not its own
            q.end = after.end
            q.noun_start = q.noun_end = None
            return False
        # ordinals "3rd", "96th-minute"; decades "1990s"; times "5am"
        if (
            after is not None
            and after.glued
            and after.lower in ("st", "nd", "rd", "th", "s", "am", "pm", "ers")
            and not (after.text == "s" and q.unit == "second")  # "0.363s": read as seconds
        ):  # "the 49ers", "76ers": a team's name
            return True
        if after is not None and after.glued and re.fullmatch(r"(st|nd|rd|th)-.*", after.lower):
            return True
        if (
            after is not None
            and after.glued
            and after.kind == "word"
            and after.text.isupper()
            and i + 2 < n
            and toks[i + 2].glued
            and toks[i + 2].kind == "num"
        ):
            return True  # a code: "M21 9AB", "9AB8"
        if (
            q.unit is None
            and after is not None
            and after.glued
            and after.kind == "word"
            and len(after.text) == 1
            and after.text.isupper()
        ):
            return True  # a class or a label read as no unit: "6A", "Pad 39A"
        if (
            after is not None
            and after.glued
            and after.kind == "word"
            and len(after.text) > 2
            and after.text[0].isupper()
            and after.text[1:].islower()
            and lookup_en(after.lower) is None
            and (q.unit is None or q.noun_start is not None)
        ):
            # a number glued to a capitalised word is a name or a list's number run into its
            # line ("3Com", "1Heat the oven"), not a count ("10Gbps" is a unit: read)
            return True
        if prev is not None and prev.text == "-" and i > 1 and toks[i - 2].lower == "sub":
            q.qualifier, q.change = "sub-", "<"  # "sub-7 nanometer"
            return False
        # names: "A320", "G7", "Covid-19", "TPP-11", "F-35"; not a dimension's second side
        # ("a 13x9 pan": the "x" between two numbers is "by")
        if prev is not None and t.glued and prev.kind == "word" and not _times_sign(toks, i - 1):
            return True
        if (
            prev is not None
            and t.glued
            and prev.text in "-–"
            and i > 1
            and toks[i - 2].kind == "word"
            and prev.glued
            and toks[i - 2].lower != "minus"
        ):
            return True
    if (
        t.text in "-−"
        and prev is not None
        and prev.kind == "word"
        and prev.text[:1].isupper()
        and i + 1 < n
        and toks[i + 1].glued
    ):
        return True  # "COVID -19"
    # a model or a name, not a count: "787 Dreamliner", "90049 ZIP Code", "4 Started"
    if (
        t.kind == "num"
        and q.noun_start is not None
        and sentence[q.noun_start : q.noun_end].split()[-1].istitle()
        and not sentence[q.noun_start : q.noun_end].endswith("s")
    ):
        return True
    return None


def in_code(toks: list[Token], i: int) -> bool:
    """Digits inside code or a formula the page shows in its text: an argument glued into a
    call ("confirm(30)", "sleep(5)"), a term or a power of a one-letter variable ("k+1", "r^2").
    Prose glues no number to a name this way; a count joined by "+" to another number ("2+1
    days") or a number after a name's plus sign and a space ("Brand+ 3 months") is left alone."""
    if i < 2 or not toks[i].glued:
        return False
    op, name = toks[i - 1], toks[i - 2]
    if not op.glued or name.kind != "word" or not name.text.isascii():
        return False
    if op.text == "(":
        # a call: an identifier written as code names it (lower-case or camelCase, no space)
        return name.text[:1].islower() and (i + 1 >= len(toks) or toks[i + 1].text in "),")
    return op.text in "+^" and len(name.text) == 1 and name.text.isalpha()


def list_enumerator(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    """ "(1) the income forgone … and (2) additional outlays": a small integer alone in
    brackets, with its neighbour in the count also bracketed in the sentence, numbers the items
    of a list run into one sentence; it counts nothing."""
    t = toks[i]
    if (
        t.kind != "num"
        or q.unit is not None
        or not q.value.is_integer()
        or not 1 <= q.value <= 20
        or i == 0
        or toks[i - 1].text != "("
        or j >= len(toks)
        or toks[j].text != ")"
        or j != i + 1
    ):
        return False
    v = int(q.value)
    return bool(re.search(rf"\(\s*(?:{v - 1}|{v + 1})\s*\)", sentence))


def hyphen_chain(toks: list[Token], i: int) -> bool:
    """ "Tri-City (12-6-2)", "a 10-4-1 record": three or more integers joined by hyphens with
    nothing between them are a record or a score (wins, losses, draws), not a range."""
    n = len(toks)
    a = i
    while a >= 2 and toks[a - 1].text == "-" and toks[a - 1].glued and toks[a - 2].kind == "num":
        a -= 2
    b = i
    while b + 2 < n and toks[b + 1].text == "-" and toks[b + 1].glued and toks[b + 2].kind == "num":
        if not toks[b + 2].glued:
            break
        b += 2
    if b - a < 4:
        return False
    return all(toks[k].kind == "num" and toks[k].text.isdigit() for k in range(a, b + 1, 2))


#: nouns a number word after them indexes, never counts ("category four", "chapter two"): the
#: names of a thing's place in a series.  Not "season", "game", "round", "level" or "stage",
#: which a count may follow ("finished the season two goals clear")
_INDEXED_BY_WORD = words(
    "category chapter article section clause paragraph episode volume grade phase version "
    "channel platform terminal gate act verse amendment figure table tier division apartment "
    "room route highway interstate exit"
)


#: words that open a sentence before a figure without naming anything: the figure after them
#: counts ("Another 20 were hurt", "Of 40 applicants …", "All 12 survived")
_OPENERS = words(
    "a an the in on at by for from to of with about around nearly almost some only just over "
    "under up down another all each every both these those this that its their his her our my "
    "your we they he she it i you there here after before since until till than between among "
    "within without per plus minus and or but so yet if when while as because though although "
    "whether where what which who how why then now also even still roughly approximately "
    "perhaps maybe exactly barely more less fewer most least many few several no none once "
    "nearly"
)


#: an adverb opening a sentence ("Fully", "Sadly", "Separately"): no product is named so
_ADVERB_ENDING = re.compile(r"^[a-z]{3,}ly$")


def _times_sign(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is the "x" of a dimension between two numbers: "13x9", "12 x 14"."""
    return (
        toks[k].lower in ("x", "×")
        and 0 < k < len(toks) - 1
        and toks[k - 1].kind == "num"
        and toks[k + 1].kind == "num"
    )


def _written_as_name(word: str) -> bool:
    """A capital where prose writes none: the first letter, the second ("iPhone", "eBay"), or
    after a hyphen ("post-COVID")."""
    return (
        word[0].isupper()
        or (len(word) > 1 and word[1].isupper())
        or bool(re.search(r"-[A-Z]", word))
    )


def _capital_inside(word: str) -> bool:
    """A capital after a small letter ("iPhone", "PlayStation", "MacBook"): a name's spelling,
    which a sentence's first word keeps as any other word does ("iPhone 15 sales fell")."""
    return re.search(r"[a-z][A-Z]", word) is not None


def _brand_counts(toks: list[Token], i: int) -> bool:
    """A brand's count, not its version: an owner's figure ("YouTube's 2 billion users",
    "McDonald's 40,000 restaurants"), or a figure with a scale word or in thousands before
    what it counts ("PepsiCo 300,000 employees") — a version is a short number ("PlayStation
    5 shipments", "Xbox 360 games")."""
    if re.search(r"['’]s$", toks[i - 1].text):
        return True
    if i + 1 >= len(toks) or toks[i + 1].kind != "word":
        return False
    from .numbers_en import SCALES  # numbers_en imports this module's lexicon in turn

    nxt = toks[i + 1].lower
    if nxt in SCALES:
        return True
    return (
        bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+", toks[i].text))
        and nxt.isalpha()
        and singular(nxt) != nxt
    )


def _opens_with_name(toks: list[Token], i: int) -> bool:
    """The figure stands second in its sentence, after a capitalised word that is no word
    prose opens a sentence with, and nothing follows it that it counts or measures (the
    caller says the figure is bare): a product and its version ("Firefox 133 is …", "Kubernetes
    1.31, the latest"), a name with a number ("Area 5 —").  A lower-case word or a full stop
    after a sentence-opening verb would be read by the other rules; only the first word of
    the sentence is asked about here."""
    prev = toks[i - 1]
    if prev.lower in _OPENERS or not prev.text[:1].isalpha() or re.search(r"['’]", prev.text):
        return False  # "You're 30", "It's 5": a pronoun and its verb; "Acme's 12": an owner
    if prev.lower in ADV or _ADVERB_ENDING.search(prev.lower):
        return False  # "Today 5 remain in hospital", "Fully 40 voted against": an adverb
    if not re.fullmatch(r"\d+(?:\.\d+)?", toks[i].text) or i + 1 >= len(toks):
        return False  # "Pour 2/3 of the milk", "Makes 6.": a verb's amount, not a version
    nxt = toks[i + 1]
    # the name and its number are the subject: a verb, an adverb or a clause's punctuation
    # follows ("Photoshop 2 was sold …", "Kubernetes 1.31, the latest …", "Area 5 — …"); after
    # an imperative the amount's "of" or its noun follows instead
    if nxt.text in (",", "—", "–", ":", ";", "("):
        return True
    return nxt.kind == "word" and (
        nxt.lower in AUX or nxt.lower in ADV or nxt.lower in VERB or nxt.lower.endswith("ed")
    )


def _owner_or_rank_count(toks: list[Token], i: int) -> bool:
    """An owner's count ("Smith's 40 paintings", "Gaga's 50 selfies") or a rank word's ("The
    Top 200 insurers"): the capital before the number is a name that owns, or a sentence's
    first word, and a plural noun in small letters after the number is what it counts (a
    title goes on in capitals: "Rolling Stone's 500 Greatest Albums")."""
    prev = toks[i - 1]
    if not (re.search(r"['’]s$", prev.text) or prev.lower == "top"):
        return False
    for t in toks[i + 1 : i + 4]:
        if t.kind != "word" or not t.text[:1].islower() or t.lower in _NOT_COUNTED_AFTER:
            return False
        if singular(t.lower) != t.lower:
            return True
    return False


#: words after an owner's number that are no counted noun: "Smith's 40 is a record"
_NOT_COUNTED_AFTER = words("is was has does says its this his as us")


def in_name_context(toks: list[Token], i: int, *, measured: bool, bare: bool = False) -> bool:
    """ "Game 7", "FTSE 100", "page 12", "418 Kestrel Avenue": a number that names, not counts."""
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and t.kind == "word" and prev.lower in _INDEXED_BY_WORD and not measured:
        return True  # "a category four storm", "chapter two", "phase three"
    if prev is None or t.kind != "num":
        return False
    if prev.text == "." and i > 1 and is_numbered(toks[i - 2].text):
        return True  # "No. 12", "p. 4"
    if is_numbered(prev.text) and not measured:
        return True
    if prev.text in ("#", "№"):
        return True  # "#4", "№ 12"
    if (  # noqa: SIM103 - one refusal per `return True`, which the ablation benchmark switches
        not measured
        and prev.kind == "word"
        and _written_as_name(prev.text)
        and (
            i > 1
            or (_capital_inside(prev.text) and not _brand_counts(toks, i))
            or (bare and not toks[i].glued and _opens_with_name(toks, i))
        )
        and prev.lower not in QUALIFIERS
        and prev.lower
        not in ("about", "around", "nearly", "almost", "some", "only", "just", "over", "under")
        and prev.lower.rstrip(".") not in MONTHS
        and prev.lower not in WEEKDAYS
        and not _owner_or_rank_count(toks, i)
    ):
        return True  # "iPhone 11", "Game 7", "Lang 20", "post-Brexit 2"
    # a house number ("418 Kestrel Avenue") is refused in not_a_claim, as a number before a name
    return False
