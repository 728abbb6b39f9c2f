"""Spans of an English sentence where no figure is read: scores and tallies ("beat Chelsea
3-1", "passed 220-212", "defeated Panama 3 – 0"), seasons and spans of years ("2013-14",
"2000 - 2050"), day ranges after a month ("Oct. 11–21"), "24/7", list numbering, times of day,
phone numbers, web and e-mail addresses, betting odds ("the 5/2 favourite"), reference marks
("plasma.[81]"); text that is not prose by its structure: a live blog's
entry time, a photo counter ("1 of 4."), a line of code.  Used by :mod:`.quantities_en`.
"""

from __future__ import annotations

import re

from .lexicon_en import PHONE, TIME
from .tokens import list_numbering_spans, not_prose_spans

#: a result after a verb or word of play ("beat Chelsea 3-1" is masked by the tally below),
#: or before a word of result ("a 2-1 win"); wire copy spaces the dash ("beat Norway 2 – 0",
#: "ended 1 – 1"), read only after a verb of play, since "5 – 7" may be a range.  Not after
#: "a", "the" or "to" alone: a range follows them far more often than a score ("rise to 5-7
#: percent", "a 10-15 minute walk", "the 18-24 age group"), and a score's word of result or
#: its larger-first order (the tally) masks it anyway
_SCORE = re.compile(
    r"(?i)\b(?:at|won|lost|beat|beating|tied|drew|draw)\s+\d{1,3}[-–]\d{1,3}\b"
    r"(?![/⁄]\d|\s*(?:%|percent\b|per\s+cent\b))"
    r"|\b\d{1,3}[-–]\d{1,3}\s+(?:win|victory|defeat|loss|lead|draw|down|up|scoreline)\b"
    r"|\b(?:won|lost|beat|beating|defeated|tied|drew|ended|ending|finished|winning|losing|"
    r"leading|trailing)\s+(?:with\s+)?\d{1,3}\s[-–]\s\d{1,3}\b(?![/⁄]\d|\s*%)"
    r"|\b\d{1,3}\s[-–]\s\d{1,3}\s+(?:win|victory|defeat|loss|lead|draw|scoreline|on the scoreboard)\b"
)
#: betting odds, a kind of number that states a price, not an amount: "the 4-7 favourite",
#: "5/2 favourite", "a 33-1 shot", "odds of 10-1", "at 3/1" in a sentence about betting.  Two
#: numbers joined by "/" or "-" before a word of the betting market, or after "odds of" or "at"
#: where the sentence names the market (a range after "at" stays one elsewhere: "at 5-7 mph")
_ODDS = re.compile(
    r"(?i)\b\d{1,3}\s?[-–/]\s?\d{1,3}\s+(?:joint[- ]|second[- ]|clear\s+|outright\s+)?"
    r"(?:fav(?:ou?rites?)?|shots?|outsiders?|chances?)"
    r"|\bodds\s+(?:of\s+|at\s+)?\d{1,3}\s?[-–/]\s?\d{1,3}\b"
    r"|\bevens\b"
)
#: "11-4 on", "10-1 against": odds only where the sentence names the market; elsewhere a range
#: before "on" or "against" is a range ("20-25 on Sunday", "10-15 on each bus")
_ODDS_ON = re.compile(r"(?i)\b\d{1,3}\s?[-–/]\s?\d{1,3}\s+(?:on|against)\b")
_BETTING_WORDS = re.compile(
    r"(?i)\b(?:betting|bookmakers?|bookies|odds|punters|priced|wagers?|favou?rite|tipsters?)\b"
)
_AT_ODDS = re.compile(r"(?i)\b(?:at|from|to|of)\s+(\d{1,3}\s?[-–/]\s?\d{1,3})\b(?![-–/.,]?\d|\s*%)")


#: what every form of odds holds: a cheap first look, most sentences have none
_ODDS_HINT = re.compile(r"\d\s?[-–/]\s?\d|[Ee]vens\b")


def _odds(sentence: str) -> list[tuple[int, int]]:
    if not _ODDS_HINT.search(sentence):
        return []
    spans = [m.span() for m in _ODDS.finditer(sentence)]
    if _BETTING_WORDS.search(sentence):
        spans += [m.span(1) for m in _AT_ODDS.finditer(sentence)]
        spans += [m.span() for m in _ODDS_ON.finditer(sentence)]
    return spans


#: a season or fiscal year: "in 2013-14", "the 2019/20 season"; a span of years "2000 - 2050"
_YEAR_SPAN = re.compile(
    r"\b(?:1[89]|20)\d\d[-–/]\d\d\b(?![-–/.,]?\d)|\b(?:1[89]|20)\d\d\s[-–]\s(?:1[89]|20)\d\d\b"
)


#: a day range after a month: "Oct. 5–7", "March 11-14" (the month's name opens it)
_DAY_RANGE = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
    r"\d{1,2}\s*[-–]\s*\d{1,2}\b(?![.,]?\d)"
)
#: "24/7", "24/7/365": always, not two numbers
_ALWAYS = re.compile(r"\b24/7(?:/365)?\b")
#: two counts joined by a dash, the larger first or both equal: a tally or a score ("passed
#: 220-212", "voted 51-49", "won 3-1", "back to 2-2"), never a range, which a writer gives in
#: ascending order
_TALLY = re.compile(
    r"(?<![\d.,$£€])\b(\d{1,3})(?:[-–]|\s–\s)(\d{1,3})\b(?![.,/]?\d|\s*%|[-–]?[A-Za-z])"
)


#: a vote's tally written with "to" ("voted 7 to 2", "ruled 5-to-4", "by a 4-to-1 vote"):
#: the larger count first, as with a dash; a range after "voted" would ascend
_VOTE_TALLY = re.compile(
    r"(?i)\b(?:vote[sd]?|ruled|passed|approved|rejected|confirmed|split)\s+(?:by\s+)?(?:a\s+)?"
    r"(\d{1,3})(?:\s+to\s+|-to-)(\d{1,3})\b(?![.,/]?\d|\s*%)"
    r"|\b(\d{1,3})-to-(\d{1,3})\s+(?:vote|decision|ruling|majority|margin|split)\b"
)
#: a day and a month written with a slash and no year, naming an event or a date ("the 9/11
#: attacks", "the 7/7 bombings", "CORRECTION: 3/14"): a fraction's denominator is small and
#: round ("3/4 of", "2/3", "1/16"), or it is followed by "of"
_DAY_MONTH = re.compile(
    r"(?<![\d/.,$£€])\b(\d{1,2})/(\d{1,2})\b(?![/.,]?\d|\s*(?:of|th|ths|nd|rd|%)\b|\s*%)"
)
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16})


def _tallies(sentence: str, pairs: bool = True) -> list[tuple[int, int]]:
    """``pairs``: whether the sentence holds two numbers joined by a dash (``_PAIR_HINT``)."""
    spans = (
        [m.span() for m in _TALLY.finditer(sentence) if int(m.group(2)) <= int(m.group(1))]
        if pairs
        else []
    )
    for m in _VOTE_TALLY.finditer(sentence) if _VOTE_HINT.search(sentence) else ():
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if int(second) <= int(first):
            spans.append(m.span())
    return spans


def _day_months(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "/" not in sentence:
        return spans
    for m in _DAY_MONTH.finditer(sentence):
        a, b = int(m.group(1)), int(m.group(2))
        if b in _FRACTION_DENOMINATORS or not (1 <= a <= 12 and 1 <= b <= 31):
            continue
        spans.append(m.span())
    return spans


#: "1. Prioritize", "2) Don't forget": a list item's number at the start of a sentence
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)](?=\s+[\"“‘']?[A-Za-z])")


#: a "sentence" that is a number and nothing else: a list item's number the page split off
#: ("2."), a photo or wire id ("4419111"); with nothing counted or measured it states nothing
_NUMBER_ALONE = re.compile(r"^[\s#(]*\d[\d,.]*[\s.):]*$")
#: a live blog's timestamp opening an entry: "17.00 We are going to leave our coverage here",
#: "14:29 Indonesian authorities…" (a clock time, then a capitalised word: a figure would be
#: followed by its unit or noun)
_ENTRY_TIME = re.compile(
    r"^\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:GMT|BST|CET|EST|EDT|ET|PT|UTC))?"
    r"(?=\s+[\"“‘']?[A-Z][a-z])(?!\s+(?:Million|Billion|Thousand|Trillion|Per|Percent)\b)"
)
#: a photo or page counter standing as a sentence: "1 of 4.", "Photo 2 of 10", "Page 1 of 2"
_COUNTER = re.compile(
    r"(?i)^\s*(?:(?:photo|image|picture|slide|page|gallery)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"[\s.:)]*$"
)
#: page furniture run into a sentence (a scraped page's text keeps no line break to hold it
#: apart, so a counter or a list's number sits inside a "sentence" of prose): a gallery or page
#: counter after its word ("Image 2 of / 14", "Photo 3/12") or spaced around a slash before a
#: capitalised word or the end ("1 / 9Crowds gather…", "… 4 / 12 Back to Gallery"), the
#: smaller number first; a spaced slash between two counts is not how prose writes a fraction
#: or a rate ("3/4", "$5/month" are unspaced)
_INLINE_COUNTER = re.compile(
    r"\b(?i:photo|image|picture|slide|page|gallery)\s+(\d{1,3})\s*(?:of|/)\s*/?\s*(\d{1,3})\b"
    r"|(?<![\d.,/])\b(\d{1,3})\s/\s(\d{1,3})(?=\s*[A-Z]|\s*$)"
)
#: a list's number after a colon, before its item or at the end of the "sentence" ("the council
#: asked four questions: 1.", "how to repot a fern: 1) Water it"): a figure after a colon
#: is followed by its unit or noun, not by a full stop or a bracket and a new capitalised clause;
#: only a list's first number: a factbox line ends with its figure and a full stop ("Turnout:
#: 61.", "Arrests so far: 14.") and that figure is the claim (reviewer)
_LIST_AFTER_COLON = re.compile(r"(?<=:)\s+(1)[.)](?=\s+[\"“‘']?[A-Z]|\s*$)")


#: a golf report: a golf score names a place in a field, not an amount (docs/claims.md has said
#: so since the eighth round; nothing read it)
_GOLF_WORD = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
#: words only golf uses: "par" as a score ("under par", "level par", not "on a par with" or
#: "below par"), a number hyphened to "under"/"over" ("five-under", not "take-over" or
#: "hand-over"), a birdie, a bogey, an eagle in lower case (the Eagles are a team) (reviewer)
_GOLF_HINT = re.compile(
    r"(?i:\b(?:under|over|level|even|to)[\s-]par\b|\b(?:birdies?|bogeys?|carded|fairways?|putts?"
    r"|golf(?:ers?)?)\b|\b" + _GOLF_WORD + r"-(?:under|over)\b)|\beagles?\b"
)
#: "16 under par", "five-under", "three over", "a 5-under-par 67" (the score and the round)
_TO_PAR = re.compile(
    r"(?i)\b" + _GOLF_WORD + r"(?:\s|-)(?:under|over)\b(?:[\s-]par\b)?(?:\s+(?:6\d|7\d|8\d)\b)?"
)
#: a round's strokes after a verb of scoring: "carded a 67", "shot a final-round 70", "fired a
#: third straight 66", "signed for a 71" (a round of golf is 59-89 strokes)
_ROUND = re.compile(
    r"(?i)\b(?:carded|carding|shot|shooting|fired|firing|posted|posting|signed\s+for|returned)"
    r"\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:[5-8]\d)\b(?![.,]?\d|\s*%)"
    # a round's strokes stand bare: a clause's end or a preposition or joiner follows ("carded
    # a 67 to lead", "fired a 66 on Sunday"), never a unit or a noun ("posted a 62 million
    # loss", "a 55 per cent fall") (reviewer)
    r"(?=\s*(?:[.,;:!?)\u2014]|$)|\s+(?:to|in|on|at|for|and|with|after|before|despite|as|but"
    r"|while|which|that|from|over|under|during)\b)"
)


#: a match clock says when, not how long (docs/claims.md, eighth round): "with 12 minutes
#: gone", "with 10 minutes remaining", "in the final 10 minutes", "in the dying seconds", "in
#: the final 13 seconds of the second period", "66 seconds into overtime"
_CLOCK_NUMBER = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"
#: the parts of a match a clock runs in: "of the second period", "into overtime", "of
#: regulation"; "in the final 10 minutes of the meeting" and "five seconds into the future" are
#: no match's and stay durations
_MATCH_PART = (
    r"(?:(?:the\s+)?(?:first|second|third|fourth|fifth|final|last|opening)\s+"
    r"(?:half|period|quarter|set|frame|innings|round)|regulation|overtime|extra[\s-]time|"
    r"stoppage\s+time|injury\s+time|the\s+(?:game|match|contest|half|period|quarter))\b"
)
_MATCH_CLOCK = re.compile(
    r"(?i)\bwith\s+(?:just\s+|only\s+|barely\s+)?"
    + _CLOCK_NUMBER
    + r"\s+(?:minutes?|mins?|seconds?)"
    r"\s+(?:gone|left|remaining|played|to\s+go|to\s+play|on\s+the\s+clock)\b"
    r"|\b(?:in|inside|during)\s+the\s+(?:final|last|closing|dying|opening)\s+"
    + _CLOCK_NUMBER
    + r"\s+(?:minutes?|mins?|seconds?)\b(?:\s+of\s+"
    + _MATCH_PART
    + r"|(?!\s+of\b))"
    # "scored 66 seconds into overtime", "two minutes into the second half"
    r"|\b" + _CLOCK_NUMBER + r"\s+(?:minutes?|mins?|seconds?)\s+into\s+" + _MATCH_PART
)
_CLOCK_HINT = re.compile(r"(?i)\b(?:minutes?|mins?|seconds?)\b")


def _match_clock(sentence: str, low: str) -> list[tuple[int, int]]:
    if ("min" not in low and "second" not in low) or not _CLOCK_HINT.search(sentence):
        return []
    return [m.span() for m in _MATCH_CLOCK.finditer(sentence)]


#: substrings every golf hint holds: a plain substring test is far cheaper than the hint's
#: word alternation at every position of every sentence
_GOLF_BITS = ("par", "birdie", "bogey", "eagle", "carded", "fairway", "putt", "-under", "-over")


def _golf(sentence: str, low: str) -> list[tuple[int, int]]:
    if not any(b in low for b in _GOLF_BITS) or not _GOLF_HINT.search(sentence):
        return []
    return [m.span() for p in (_TO_PAR, _ROUND) for m in p.finditer(sentence)]


_COUNTER_WORDS = ("photo", "image", "picture", "slide", "page", "gallery")


def _furniture(sentence: str, low: str) -> list[tuple[int, int]]:
    spans = [m.span(1) for m in _LIST_AFTER_COLON.finditer(sentence)] if ":" in sentence else []
    # the counter needs a slash or a counter's word: " of" alone is in most sentences, and the
    # pattern would scan every one of them
    if "/" in sentence or any(w in low for w in _COUNTER_WORDS):
        for m in _INLINE_COUNTER.finditer(sentence):
            shown, total = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if 0 < int(shown) <= int(total):
                spans.append(m.span())
    return spans


#: marks of program code or markup in a "sentence" (a code listing a page keeps in its body):
#: braces, "=>", "==", closing tags, HTML attributes, "$variables", JSON keys, ">=" and "<=".
#: An empty pair of braces is one mark (prose names "the .{} syntax"), and a variable's name
#: opens with a letter: "$50-$6,000" is a range of money, not "$50 -" in a shell script
_CODE_MARK = re.compile(
    r"\{\}|[{}]|=>|==|</|/>|\b\w+=[\"']|\$[A-Za-z_]\w*\s*[=\[-]"
    r"|[\"'][\w/.-]+[\"']\s*:\s*[\"'\[{]|[<>]=\s*\d"
)


def _code_spans(sentence: str) -> list[tuple[int, int]]:
    """The whole sentence when it reads as code: two or more marks of code in it."""
    marks = _CODE_MARK.findall(sentence)
    return [(0, len(sentence))] if len(marks) >= 2 else []


#: "1) Poached, 2) Fried, 3) Scrambled": items numbered inside one sentence
_INLINE_ITEM = re.compile(r"(?:^|(?<=[\s:,;]))\d{1,2}\)(?=\s)")


def _inline_items(sentence: str) -> list[tuple[int, int]]:
    found = list(_INLINE_ITEM.finditer(sentence))
    numbers = [int(m.group()[:-1]) for m in found]
    # the markers count up one by one: "1) … 2) …", never "(a) 12) …"
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    return [m.span() for m in found]


#: a number opening a run of capitalised words: the shape of a title cited in running prose
#: ("she recommends 6 Reasons To Love Your Commute", "see 10 Reasons To Visit Leeds")
_TITLE_RUN = re.compile(r"(?<![\w.,$£€])(\d{1,3})\s+((?:[A-Z][\w'’-]*\s+){2,}[A-Z][\w'’-]*)")
#: words running prose writes in lower case and English title case capitalises: one of them
#: inside the run tells a title from a name ("5 New York Police officers" has none)
_TITLE_WORDS = frozenset(
    [
        "that",
        "will",
        "you",
        "your",
        "my",
        "our",
        "we",
        "i",
        "the",
        "to",
        "for",
        "with",
        "is",
        "are",
        "can",
        "how",
        "why",
        "what",
        "every",
        "should",
        "need",
        "make",
        "ever",
        "before",
        "after",
        "about",
        "from",
        "into",
        "of",
        "and",
        "or",
        "it",
        "its",
        "than",
        "who",
        "do",
        "have",
        "has",
        "was",
        "were",
        "be",
        "get",
        "this",
        "these",
    ]
)


def _embedded_titles(sentence: str) -> list[tuple[int, int]]:
    """The number of a title cited inside a sentence of running prose: a run of three or more
    capitalised words after it, one of them a word prose writes in lower case, in a sentence
    that itself has at least three words in lower case (a headline in title case is read as
    any sentence)."""
    spans = []
    for m in _TITLE_RUN.finditer(sentence):
        words = m.group(2).split()
        if not any(w.lower() in _TITLE_WORDS for w in words):
            continue
        rest = sentence[: m.start()] + " " + sentence[m.end() :]
        if sum(w[:1].islower() for w in rest.split()) >= 3:
            spans.append(m.span(1))
    return spans


#: cheap first looks, one per kind of mask (most sentences hold none of them): the full
#: patterns scan every position of a sentence with word alternations and cost more than a
#: third of the English stage when run on every sentence.  Each hint is implied by its masks'
#: patterns, so a sentence without it gets exactly the masks it got before
#: two numbers joined by a dash or a slash: scores, tallies, spans of years, day ranges, odds
_PAIR_HINT = re.compile(r"\d\s*[-–/]\s*\d")
#: a clock time or a.m./p.m. after a number
_TIME_HINT = re.compile(r"\d:\d|\d\s?[AaPp]\.?[Mm]")
#: three groups of digits, the shape of a phone number
_PHONE_HINT = re.compile(r"\d[\s.-]\d\d")
#: the characters every mark of code holds
_CODE_HINT = re.compile(r"[{}=<>$:]")
#: a vote tally written with "to"
_VOTE_HINT = re.compile(r"(?i)\d(?:\s+to\s+|-to-)\d")
#: a reference mark: a bare number or list of numbers in square brackets ("plasma.[81]",
#: "an open source[17] codec", "two decades [1], [2]", "[3-5]").  Encyclopaedia and research
#: text cite so; a figure a writer inserts into a quotation carries its unit or noun inside the
#: brackets ("[$500]", "[12 people]"), so a bracket holding digits alone states nothing
_CITATION = re.compile(r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")
#: a section of a code with its lettered subsections: "a 501(c)(3) charity", "Section
#: 230(c)(1)", "(501[c][3])" — a name of a rule, not a figure
_STATUTE = re.compile(r"\b\d+(?:\([a-z]{1,3}\)|\[[a-z]{1,3}\])(?:\(\w{1,3}\)|\[\w{1,3}\])*")
#: a score in goals and points (Gaelic games, Australian football): "by 1-8 to 0-9"; not a
#: change of a range, "from 5-7 to 8-10 percent" (review, round 20: both ranges were lost)
_GOALS_POINTS = re.compile(
    r"(?<!\bfrom )\b\d{1,2}-\d{1,2}\s+to\s+\d{1,2}-\d{1,2}\b(?!\s*(?:%|percent\b|per\s+cent\b))",
    re.IGNORECASE,
)
#: how many dimensions a thing has is a property, not a count: "a 3-dimensional landscape"
_DIMENSIONAL = re.compile(r"(?i)\b(?:\d|one|two|three|four|five)[- ]dimensional\b")
#: a size told by the number of its digits: "a six-figure salary", "a seven-figure deal" — an
#: order of magnitude, not six of anything
_DIGIT_COUNT = re.compile(
    r"(?i)\b(?:\d|two|three|four|five|six|seven|eight|nine|ten)[- ]figures?\b(?!\s+of\b)"
)
#: a machine's word size names a class of hardware or software, as a number of dimensions
#: does: "32-bit payloads", "a 64-bit version", "8-bit music" — the sizes a word has (a power
#: of two), never a count of bits a writer measures ("a 48-bit colour depth" stays)
#: Only the attributive "64-bit build" (singular "bit" before a word) names a class: "the key is
#: 256 bits long" measures (review, round 29).
_WORD_SIZE = re.compile(
    r"(?i)\b(?:8|16|32|64|128|256|512)[- ]?bit\b(?=\s+[a-z])(?!\s+(?:of|per)\b)"
)
#: a film's gauge names a format, as a word size names a class: "35mm film", "35mm slide film",
#: "the 35mm or small format camera", "16mm cameras" — the width of a kind, measured by no one
#: in the sentence ("a 8mm thick iPod" stays: the format word must follow within three words)
_FILM_GAUGE = re.compile(
    r"(?i)\b(?:8|16|35|70)\s?mm\b(?=(?:\s+[a-z]+){0,2}?\s+(?:films?|format|cameras?|"
    r"slides?|negatives?|projectors?|photography|prints?)\b)"
)
#: a number of dimensions written short: "a 3-D model", "3D-printed parts", "2D animation"
_DIMENSIONS_SHORT = re.compile(r"\b[1-4]-?D\b")
#: an hour of the clock said in words: "at 7 in the morning", "by nine at night", "until 3
#: o'clock": a time of day, not a count of hours
_CLOCK_WORDS = re.compile(
    r"(?i)\b(?:at|by|until|till|from|before|after|around|about|since|between|to)\s+"
    r"((?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
    r"|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b"
)
#: a change's verb (or its particle) before "to"/"by": "rose to 12 in the morning" is a value
#: reached at a time of day, "fell by 3 in the afternoon" a change, neither an hour
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rises?|rising|fell|fallen|falls?|falling|climb(?:ed|s|ing)?|"
    r"drop(?:ped|s|ping)?|jump(?:ed|s|ing)?|increas(?:ed|es|ing)|decreas(?:ed|es|ing)|grew|"
    r"grown|grows?|growing|declin(?:ed|es|ing)|reach(?:ed|es|ing)?|soar(?:ed|s|ing)?|"
    r"surg(?:ed|es|ing)|plung(?:ed|es|ing)|slipp?(?:ed|s|ing)?|edg(?:ed|es|ing)|"
    r"cut|rais(?:ed|es|ing)|reduc(?:ed|es|ing)|up|down)\s+$"
)


def _clock_spans(sentence: str) -> list[tuple[int, int]]:
    """The hours of :data:`_CLOCK_WORDS`, but not a value a change reaches or its size ("the
    toll rose to 12 in the morning", "fell by 3 in the afternoon")."""
    out = []
    for m in _CLOCK_WORDS.finditer(sentence):
        if m.group(1):
            prep = sentence[m.start() : m.start(1)].split()[0].lower()
            if prep in ("to", "by") and _CHANGE_BEFORE.search(sentence, 0, m.start()):
                continue
            out.append(m.span(1))
        else:
            out.append(m.span(2))
    return out


#: a player's or a team's record written as numbers joined by dashes: "went 1-for-8 from the
#: floor", "Leeds Rhinos (9-4)", "the Pumas (7-3-1)" — a tally of games or shots, which every
#: gold that meets it leaves out (six of six)
_SPORTS_RECORD = re.compile(
    r"\b\d{1,3}-for-\d{1,3}\b|(?<=[A-Za-z] )\(\d{1,3}-\d{1,3}(?:-\d{1,3})?\)(?!\s*(?:%|percent))"
)


#: one set of a match: two small counts joined by a dash, with its tie-break in brackets
#: ("7-6 (4)", "7-6 (7-4)", "7-6 ( 3 )")
_SET = r"\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?\(\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s?\))?"
#: a match's sets in a row, "6-2, 2-6, 6-4", "4-6 7-6 (3) 6-3": see :func:`_score_lines`
_SCORE_LINE = re.compile(rf"(?<![\d.,/–-]){_SET}(?:(?:,\s*|\s+){_SET})+(?![-–/.,]?\d|\s*%)")
_COUNTS = re.compile(r"(\d{1,2})\s?[-–]\s?(\d{1,2})(?!\d)")


def _score_lines(sentence: str) -> list[tuple[int, int]]:
    """A run of two or more dash-joined pairs of small counts, at least one of them with the
    larger first, is a score by sets or periods, never a list of ranges (a writer's range
    ascends): every pair of it is masked, its tie-breaks in brackets too.  The tally mask
    already takes a descending pair alone; the run also takes the ascending sets the loser
    won ("6-2, 2-6, 6-4") and the bracketed tie-break ("7-6 (4)") between them."""
    out = []
    for m in _SCORE_LINE.finditer(sentence):
        pairs = [(int(a), int(b)) for a, b in _COUNTS.findall(m.group())]
        # the loser's sets ascend ("lost 1-6, 2-6"): a run where every pair is a set's score (a
        # side of six or seven, the other smaller) is a match, as a ranges list never is
        if any(a > b for a, b in pairs) or all(_set_score(a, b) for a, b in pairs):
            out.append(m.span())
    return out


def _set_score(a: int, b: int) -> bool:
    """A tennis set's score: one side six or seven games, the other fewer."""
    return max(a, b) in (6, 7) and min(a, b) < max(a, b)


#: a part of a calendar year says when, as "the first half of 2025" does (docs/claims.md): "within
#: the first six months of the next year", "during the first nine months of 1938"; a part of
#: anything else is a length ("the first 6 years of my career", "the last five months of her
#: life")
_PART_OF_YEAR = re.compile(
    r"(?i)\bthe\s+(?:first|last|final|opening|closing|remaining)\s+"
    + _CLOCK_NUMBER
    + r"\s+(?:days|weeks|months|quarters)\s+of\s+(?:the\s+(?:(?:next|last|this|current|"
    r"previous|coming|same|following)\s+)?(?:calendar\s+|fiscal\s+)?year|(?:fiscal\s+)?"
    r"(?:1[89]|20)\d\d)\b"
)


#: a player's shirt number in a photo caption: a name, the number in brackets, and the caption's
#: present tense ("Rick DiPietro (39) makes a save", "Ryan Nunn (22) tackles Luke Bishop (4)");
#: every bracketed number after a name in such a sentence is a shirt's.  A past tense or no verb
#: after it is a tally ("Vijay (11) was pinned", "Warner (12), Kohli (8)"), a stative verb an
#: age ("Mary Doyle (34) lives in Cork").  A present tense alone is no caption of a game: a
#: person's age in brackets goes with any verb ("Amy Brown (3) plays in the garden", "Anna
#: Schmidt (34) runs the bakery"), so the sentence must also speak of play (:data:`_SPORT`) or
#: name a second player by number ("tackles Luke Bishop (4)")
_NAME_BRACKET = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s?\(\s?\d{1,2}\s?\)"
_CAPTION = re.compile(
    _NAME_BRACKET
    + r"\s+(?!(?:is|was|has|does|says|lives|works|remains|appears|faces|denies|admits|"
    r"needs|wants|hopes|thinks|believes|knows)\b)[a-z]+[^\Ws]s\b"
)
_NAMED_BRACKET = re.compile(_NAME_BRACKET)
_BRACKET = re.compile(r"\s?\(\s?\d{1,2}\s?\)$")
#: words of a game's play or its parts: a caption with one of them shows a match, not a person
#: of some age ("plays in the garden" has none; "makes a save", "scores in the first half" do)
_SPORT = re.compile(
    r"(?i)\b(?:saves?|goals?|goalkeeper|tackles?|tackled|shots?|shoots|match|matches|game|"
    r"games|innings|wickets?|puck|rebounds?|dunks?|layups?|header|dribbles|striker|"
    r"midfielder|quarterback|touchdown|free[- ]kick|rink|play-?offs?|teammates?|"
    r"(?:first|second)\s+half)\b"
)


def _shirt_numbers(sentence: str) -> list[tuple[int, int]]:
    if _CAPTION.search(sentence) is None:
        return []
    named = list(_NAMED_BRACKET.finditer(sentence))
    if len(named) < 2 and _SPORT.search(sentence) is None:
        return []
    spans = []
    for m in named:
        bracket = _BRACKET.search(m.group())
        if bracket:
            spans.append((m.start() + bracket.start(), m.end()))
    return spans


#: masks anchored at the start of the sentence: cheap, run always
_ANCHORED = (_LIST_NUMBER, _NUMBER_ALONE, _ENTRY_TIME, _COUNTER)


def masked_spans(sentence: str) -> list[tuple[int, int]]:
    patterns: list[re.Pattern[str]] = list(_ANCHORED)
    pairs = _PAIR_HINT.search(sentence) is not None
    if pairs:
        patterns += [_SCORE, _YEAR_SPAN, _DAY_RANGE, _SPORTS_RECORD]
    elif "-for-" in sentence:
        patterns.append(_SPORTS_RECORD)
    if _TIME_HINT.search(sentence):
        patterns.append(TIME)
    if "24/7" in sentence:
        patterns.append(_ALWAYS)
    spans = [m.span() for p in patterns for m in p.finditer(sentence)]
    if ")" in sentence:
        spans += _inline_items(sentence)
    if "[" in sentence:
        spans += [m.span() for m in _CITATION.finditer(sentence)]
    if "(" in sentence or "[" in sentence:
        spans += [m.span() for m in _STATUTE.finditer(sentence)]
    if pairs:
        spans += [m.span() for m in _GOALS_POINTS.finditer(sentence)]
        spans += _score_lines(sentence)
    if "D" in sentence:
        spans += [m.span() for m in _DIMENSIONS_SHORT.finditer(sentence)]
    if "clock" in sentence or " in the " in sentence or " at night" in sentence:
        spans += _clock_spans(sentence)
    if "figure" in sentence:
        spans += [m.span() for m in _DIGIT_COUNT.finditer(sentence)]
    if "mm" in sentence:
        spans += [m.span() for m in _FILM_GAUGE.finditer(sentence)]
    if "bit" in sentence:
        spans += [m.span() for m in _WORD_SIZE.finditer(sentence)]
    if "dimensional" in sentence:
        spans += [m.span() for m in _DIMENSIONAL.finditer(sentence)]
    spans += _odds(sentence)
    low = sentence.lower()
    spans += _furniture(sentence, low)
    spans += _embedded_titles(sentence)
    spans += _golf(sentence, low)
    spans += _match_clock(sentence, low)
    if ")" in sentence:
        spans += _shirt_numbers(sentence)
    if " of " in sentence and ("month" in low or "week" in low or "day" in low or "quarter" in low):
        spans += [m.span() for m in _PART_OF_YEAR.finditer(sentence)]
    if _CODE_HINT.search(sentence):
        spans += _code_spans(sentence)
    spans += _tallies(sentence, pairs)
    spans += _day_months(sentence)
    spans += not_prose_spans(sentence) + list_numbering_spans(sentence)
    if _PHONE_HINT.search(sentence):
        for m in PHONE.finditer(sentence):
            digits = sum(c.isdigit() for c in m.group())
            if digits >= 9 and "," not in m.group():
                spans.append(m.span())
    return spans
