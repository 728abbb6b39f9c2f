"""English vocabularies of the figure reader: month names, qualifier phrases and the change
each implies, verbs of rise and fall, words that number rather than count ("page", "route"), and
the patterns of times of day and phone numbers.  Kept apart from the grammar in
:mod:`.quantities_en` so both read in one sitting.
"""

from __future__ import annotations

import re

from ..calendar_words import MONTH_NUMBERS_EN, WEEKDAYS_EN
from .tokens import words

MONTHS = frozenset(MONTH_NUMBERS_EN)
WEEKDAYS = frozenset(WEEKDAYS_EN)
#: qualifier phrases before a figure → change label (longest match wins)
QUALIFIERS: dict[str, str] = {
    "more than": ">",
    "over": ">",
    "over than": ">",
    "above": ">",
    "in excess of": ">",
    "at least": ">",
    "upwards of": ">",
    "upward of": ">",
    "north of": ">",
    "no less than": ">",
    "not less than": ">",
    "no fewer than": ">",
    "greater than": ">",
    "higher than": ">",
    "well over": ">",
    "just over": ">",
    "exceeding": ">",
    "beyond": ">",
    "less than": "<",
    "fewer than": "<",
    "under": "<",
    "below": "<",
    "up to": "<",
    "at most": "<",
    "no more than": "<",
    "not more than": "<",
    "just under": "<",
    "shy of": "<",
    "just shy of": "<",
    "lower than": "<",
    "short of": "<",
    "about": "~",
    "around": "~",
    "approximately": "~",
    "approx": "~",
    "roughly": "~",
    "nearly": "~",
    "almost": "~",
    "close to": "~",
    "closer to": "~",
    "near": "~",
    "some": "~",
    "an estimated": "~",
    "estimated": "~",
    "circa": "~",
    "~": "~",
    "≈": "~",
    "exactly": "=",
    "precisely": "=",
    # "as many as 90 women", "rose as high as 30ft": the figure is the most there is, an upper
    # bound (qualify_en reads the comparison "as much as 250,000 homes" after a comma as equal,
    # and a change verb before it gives its direction: "slid as much as 9%")
    "as many as": "<",
    "as much as": "<",
    "as high as": "<",
    "as large as": "<",
    "as great as": "<",
    "as long as": "<",
    "as far as": "<",
    "as few as": "=",
    "as little as": "=",
    "as low as": "=",
    # approximations written as a place on a scale: "in the region of £40,000"
    "in the region of": "~",
    "in the neighbourhood of": "~",
    "in the neighborhood of": "~",
    "on the order of": "~",
    "of the order of": "~",
    "in the order of": "~",
    "something like": "~",
    "approached": "~",
    "approaching": "~",
    # verbs that pass a level: "the payroll tops $300 million", "winds exceeded 250 km/h"
    "tops": ">",
    "topped": ">",
    "exceeded": ">",
    "exceeds": ">",
    "surpassed": ">",
    "surpasses": ">",
    # a time or distance not gone beyond: "sold out within 20 minutes"
    "within": "<",
    # a floor or a ceiling named: "charge a minimum of $100", "a maximum of 40 guests"
    "a minimum of": ">",
    "minimum of": ">",
    "a maximum of": "<",
    "maximum of": "<",
}
MAX_QUAL = max(len(k.split()) for k in QUALIFIERS)
PHRASAL = words(
    "gave give gives giving picked pick picks picking set sets setting made make makes making "
    "turned turn turns turning shut shutting backed back backing signed sign signing took take "
    "takes taking put puts putting brought bring bringing locked lock locking built build "
    "building stepped step stepping scaled scaling broke break breaking cut cuts cutting wrote "
    "write writing "
    # verbs whose "up" is a particle of gathering or serving, not a rise: "rounded up five
    # films", "serves up 2,000 dumplings", "racked up 30 points"
    # (forms that are also nouns, "the stock up 8.8%", are left out)
    "rounded rounding serve serves served serving racked racking rustled rustling dished "
    "dishing whipped whipping snapped snapping scooped scooping clocked clocking chalked "
    "chalking"
)


def _verb_forms(spec: str) -> frozenset[str]:
    """Every form of the verbs of ``spec`` (a base, or ``base/past/participle`` when irregular):
    the third person, the past and the participle, the -ing form.  The hand lists named forms
    one by one and missed some ("lowered", "eases", "shrinking" were no change while "lower",
    "eased" and "shrink" were); forms are made, not listed, since the nineteenth session."""
    out: set[str] = set()
    for entry in spec.split():
        base, *irregular = entry.split("/")
        stem = base
        # a one-syllable verb ending consonant-vowel-consonant doubles its last letter
        if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base):
            stem = base + base[-1]
        if base.endswith("e"):
            past, ing = base + "d", base[:-1] + "ing"
        elif re.search(r"[^aeiou]y$", base):
            past, ing = base[:-1] + "ied", base + "ing"
        else:
            past, ing = stem + "ed", stem + "ing"
        if re.search(r"(?:s|sh|ch|x|z)$", base):
            third = base + "es"
        elif re.search(r"[^aeiou]y$", base):
            third = base[:-1] + "ies"
        else:
            third = base + "s"
        out |= {base, third, ing, *(irregular or [past])}
    return frozenset(out)


#: verbs that pass a level, in every form ("to surpass 40 million", "topping $2bn",
#: "exceed 2%"): the hand list held six forms of three of them ("tops", "exceeded"); the bare
#: "top" stays out ("the top 10" ranks)
PASSING = _verb_forms("top exceed surpass") - {"top"}
QUALIFIERS.update({form: ">" for form in PASSING if form not in QUALIFIERS})

UP = _verb_forms(
    "rise/rose/risen increase grow/grew/grown gain jump climb advance surge soar rally boost "
    "raise spike widen"
) | words("up higher added")
#: "raising $64 million" collects money more often than it lifts an amount ("raised" and "raises"
#: were read as a change before and stay)
UP = UP - {"raise", "raising"}
DOWN = _verb_forms(
    "fall/fell/fallen drop decline lose/lost slide/slid slip plunge plummet tumble "
    "sink/sank/sunk shed/shed ease decrease cut/cut shrink/shrank/shrunk slump dip retreat "
    "lower sag narrow"
) | words("down")
#: "a narrow 2-point lead": the adjective is far commoner than the verb's base
DOWN = DOWN - {"narrow"}
#: words between a change verb and its figure ("rose by about 5%")
BRIDGE = frozenset(
    {"by", "a", "an", "another", "further", "nearly", "almost", "about", "some", "either"}
)
#: names of things that are numbered, not counted: "page 5", "category 4", "Section 230"
NUMBERED = words(
    "page pages p pp section sections chapter article articles clause paragraph para line no "
    "number nos room flight route episode season volume vol issue grade level round stage "
    "step phase version category unit units code channel game gate platform terminal act row "
    "seat exit highway road interstate track floor apartment apt bus tier division figure fig "
    "table rule amendment resolution verse bill item lot reg"
)
NUMBERED = NUMBERED | {
    "routes", "lines", "numbers", "rooms", "flights", "channels", "platforms", "gates", "buses",
    "sections", "articles", "chapters", "pages", "seats", "exits",
}  # fmt: skip
#: a thing's kind or its place in a line of products or parts: "Part 1", "Model 3 owners",
#: "Title 42 expulsions", "Mark 4", "Series 7 watches" — each also a common verb or noun in
#: lower case ("analysts model 5 scenarios", "students type 40 words", "plans to title 2
#: books"), so they name a number only when written with a capital (review, round 29)
NUMBERED_CAPITAL = words("part model title type mark series")


def is_numbered(word: str) -> bool:
    """The word names the number after it ("page 5", "Model 3"), not counts with it."""
    low = word.lower().rstrip(".")
    return low in NUMBERED or (low in NUMBERED_CAPITAL and word[:1].isupper())


#: words that make a following "N times" a multiple of another figure
TIMES_NEXT = words(
    "as more less higher lower larger bigger greater smaller faster slower the that what over"
)
NOT_AFTER_ONE = frozenset(["of", "another", "day", "time", "way", "point"])
STOP = words(
    "the a an of in on at to for from by with and or but as than that this these those is are "
    "was were be been has have had will would could should may might can do does did not it "
    "its their his her our your my which who whom whose when where while per each every into "
    "onto over under after before since until about around against between among during "
    "through also just only still even more most less so very"
)
PHONE = re.compile(
    r"(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,}(?!\w)"
    # a North American number with its area code in brackets: "(555) 013-4477"
    r"|(?<!\w)\(\d{3}\)\s?\d{3}[\s.-]\d{4}(?!\w)"
)
TIME = re.compile(
    # a span of clock times whose first end leaves "p.m." out ("from 9 to 5 p.m.", "10-11am"):
    # without the whole span masked, its first number opens a range in pence ("p")
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:-|–|to|until|till)\s?\d{1,2}(?:[:.]\d{2})?\s?"
    r"(?:a\.?m\.?|p\.?m\.?)(?!\w)|"
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)|\b\d{1,2}:\d{2}(?::\d{2})?\b",
    re.IGNORECASE,
)
