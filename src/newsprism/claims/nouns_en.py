"""The counted noun after a bare number: "13,000 workers", "300 highly skilled workers",
"1,200 more doctors", "three wins", "9.3 million shipping containers".

A phrase of up to four words read by part of speech (a model-free tagger's, or a stop-word rule
without one): adjectives, -ed participles and nouns are kept, an adverb that grades the next
word is kept with it ("300 highly skilled workers", "two very strong drivers"), a plural noun
ends the phrase, and a number above one agrees with a
plural (so "wins" after "three" is a noun, not a verb).  Used by :mod:`.quantities_en`.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import numbers_en as num
from .lexicon_en import STOP
from .nlp import singular
from .quantity import Tag
from .tokens import Token, words
from .units import EN_PEOPLE, lookup_en


def counted_noun(
    toks: list[Token], j: int, tags: Mapping[int, Tag] | None, value: float = 2.0
) -> tuple[str, int, int] | None:
    """The counted noun after a bare number: ``(lemma phrase, first index, next index)``."""
    n = len(toks)
    if j < n and toks[j].lower == "of":  # "dozens of people", "two-thirds of voters"
        j += 1
        # determiners and possessives before the counted noun: "of its own shares", "of the
        # country's 8 million species" (a possessive is the owner, not what is counted)
        while j < n and (toks[j].lower in _OF_DETERMINERS or toks[j].lower.endswith(("'s", "’s"))):
            j += 1
    first = j
    if first + 1 < n and toks[first].lower in ("x", "×") and toks[first + 1].kind == "num":
        return None  # "12 x 14 feet": the sign of a dimension, the unit comes after the other side
    if (
        first + 1 < n
        and toks[first].lower in ("last", "next", "this", "previous", "past")
        and toks[first + 1].lower
        in ("year", "month", "week", "season", "quarter", "decade", "time")
    ):
        return None  # "2.1 last year": a date follows, not a counted noun
    if first < n and toks[first].lower.endswith("-strong"):
        return None  # "a 1.3 million-strong workforce": a size, what is counted left unsaid
    chained = modified_plural(toks, first, tags, value)
    if chained is not None:
        return chained
    lemmas: list[str] = []
    last_noun = -1
    name_end = -1
    k = j
    width = 4
    while k < n and k - first < width and k == first and (skip := measure_compound(toks, k)):
        # "two eight-hour shifts", "two 12-hour shifts": the measure is read on its own
        lemmas.extend([""] * skip)
        k += skip
        width += skip
    while (
        k < n
        and k - first < width
        and (toks[k].kind == "word" or _name_number(toks, k, first) or _quoted_noun(toks, k))
    ):
        t = toks[k]
        if t.kind == "sym" and _quoted_noun(toks, k):
            # 'one of three "types"', '450 large geometrical "geoglyphs"': the writer's
            # quotation marks around the counted noun (its closing mark ends the phrase)
            lemmas.append("")
            k += 1
            width += 1
            continue
        if (
            tags is not None
            and last_noun < 0
            and k + 2 < n
            and toks[k + 1].text == ","
            and toks[k + 2].kind == "word"
            and tags.get(t.start, ("X", ""))[0] == "ADJ"
            and tags.get(toks[k + 2].start, ("X", ""))[0] == "ADJ"
        ):
            # "a couple of stressful, sleepless weeks": adjectives a comma coordinates before
            # the noun are one modifier list
            lemmas.extend((t.lower, ""))
            k += 2
            width += 2
            continue
        if t.kind != "word":  # "COVID-19 tests": the name's number is part of the name
            lemmas.extend(("", ""))
            k += 2
            name_end = k
            continue
        if num.word_value(t.lower) is not None:
            break  # "seven of its last ten games": another figure
        if t.lower.endswith(("n't", "n’t")):
            break  # "that one isn't": a verb with its negation, never a noun
        if last_noun >= 0 and t.lower in _AFTER_THE_HEAD:
            break  # "security personnel throughout the event", "16 rebels dead"
        if k == first and value != 1 and t.lower in _COMPARATIVES and k + 1 < n:
            lemmas.append("")  # "1,200 more doctors": the comparative is not what is counted
            k += 1
            continue
        if (
            last_noun < 0
            and t.lower in _DEGREE_ADVERBS
            and k + 1 < n
            and toks[k + 1].kind == "word"
            and toks[k + 1].lower not in STOP
        ):
            # "two of her most loyal fans", "three least visited parks": "most"
            # and "least" make the superlative of the adjective after them, and a superlative
            # stays in the unit as "biggest" does (docs/claims.md, the unit conventions; until
            # the twenty-fourth session they were dropped, as "highly" is)
            lemmas.append(t.lower)
            k += 1
            continue
        if tags is not None:
            pos, lemma = tags.get(t.start, ("X", t.lower))
            nxt_pos = tags.get(toks[k + 1].start, ("X", ""))[0] if k + 1 < n else "X"
            if (
                pos == "VERB"
                and last_noun < 0
                and value != 1
                and not year_like(value, toks, first)
                and plural_form(t.lower)
                and not _after_a_name(toks, first)
            ):
                # a number above one agrees with a plural, not with a verb in -s: "three wins",
                # "12 sold-out shows", "two deep cuts"
                pos, lemma = "NOUN", singular(t.lower)
            if (
                pos == "ADV"
                and t.lower.endswith("ly")
                and last_noun < 0
                and nxt_pos in ("ADJ", "VERB")
            ):
                # "300 highly skilled workers": the adverb grades the adjective and is kept with
                # it, as every modifier before the head is (thirty-fifth session: until then it
                # was dropped; keeping it, as the L3S and WCXB golds write, rose on B)
                lemmas.append(t.lower)
            elif last_noun < 0 and _grades_next(toks, k, t, pos, nxt_pos):
                # "thousands of slightly different videos", "two very strong drivers": the
                # model-free tagger reads the graded adjective as a noun; an adverb of degree
                # before it, and a plural after it, say it is an adjective
                lemmas.append(t.lower)
                if k + 1 < n:
                    lemmas.append(toks[k + 1].lower)
                    k += 1
                    width += 1
            elif pos in ("NOUN", "PROPN"):
                # a plural noun, or a word read through after a noun, ends the phrase: "two
                # viruses deformed", "a dozen people demonstrated outside"
                if last_noun >= 0:
                    before = lemmas[last_noun - first] if k == name_end else lemmas[-1]
                    if toks[last_noun].lower in _PLURAL_MODIFIERS and pos == "NOUN":
                        # "two materials scientists", "three arms dealers": a noun English
                        # writes plural when it modifies another, the head after it
                        lemmas[-1] = toks[last_noun].lower
                    elif _head_after_modifiers(toks, lemmas, first, last_noun, k, value):
                        # "seven favourite hiking trails", "40 loyal paying customers": a
                        # number above one agrees with a plural head, so a singular word the
                        # tagger read as a noun, before modifiers that end in a plural noun,
                        # is one more modifier of that noun
                        lemmas.append(_noun_lemma(t, pos, lemma))
                        last_noun = k
                        break
                    elif (
                        toks[last_noun].lower != before.lower()
                        or toks[last_noun].lower in _PLURAL_HEADS
                    ):
                        break
                if last_noun >= 0 and value == 1 and t.lower.endswith("s"):
                    break  # "one proposal asks": a verb after a singular noun
                if (
                    pos == "PROPN"
                    and t.text != t.lower  # a capital anywhere: "Dallas", "iOS", "eBay"
                    and nxt_pos == "NOUN"
                    and k + 2 < n
                    and (
                        plural_form(toks[k + 1].lower)
                        or toks[k + 1].lower in _PLURAL_HEADS | {"children"}
                        or tags.get(toks[k + 2].start, ("X", ""))[0] == "NOUN"
                    )
                ):
                    # a name modifies: "Dallas police officers", "three Cotswolds women" (an
                    # irregular plural head as well as one in -s)
                    lemmas.append(t.lower)
                else:
                    lemmas.append(_noun_lemma(t, pos, lemma))
                last_noun = k
            elif pos == "VERB" and _agreeing_plural(toks, last_noun, k, value):
                # "21 million background check records": after a singular noun, a plural
                # number wants a plural head, so the word in -s is that noun, not a verb whose
                # subject would be "21 million background check"
                lemmas.append(singular(t.lower))
                last_noun = k
                k += 1
                break
            elif (
                pos == "VERB"
                and last_noun >= 0
                and last_noun == k - 1
                and value == 1
                and not t.lower.endswith(("s", "ed", "ing"))
                and (k + 1 >= n or toks[k + 1].kind != "word" or toks[k + 1].lower in STOP)
            ):
                # "one home renovation show, you …": after "one" and a singular noun a verb
                # would be in -s ("one home renovation shows …"), so the bare form that ends
                # the phrase is its head noun
                lemmas.append(t.lower)
                last_noun = k
                k += 1
                break
            elif (
                pos == "VERB"
                and t.lower.endswith("ing")
                and (
                    nxt_pos in ("NOUN", "PROPN")
                    or (
                        value != 1
                        and k + 1 < n
                        and nxt_pos == "VERB"
                        and plural_form(toks[k + 1].lower)
                        and not toks[k + 1].lower.endswith("ss")
                    )
                )
            ):
                # "9.3 million shipping containers"; "three cooking shows": a number above one
                # agrees with the plural after the modifier, not with a verb in -s
                lemmas.append(t.lower)
            elif (
                pos == "VERB"
                and t.lower.endswith("ed")
                and (nxt_pos == "NOUN" or (nxt_pos == "PROPN" and k > first))
            ):
                # "five confirmed cases", "nine suspected smugglers", "14 unlicensed
                # clinics": a participle before the noun says which things are counted and is
                # kept, as the golds of the story sets, PolNeAR, CNN/DM, XSum and GUM keep it
                # (until the fifteenth session it was read through and dropped)
                lemmas.append(t.lower)
            elif pos == "ADJ" or (pos == "VERB" and "-" in t.text):
                lemmas.append(t.lower)
            elif t.lower in ("and", "or") and (
                (
                    lemmas
                    and last_noun < 0
                    and (nxt_pos in ("ADJ", "NOUN") or _plural_ahead(toks, k + 1, tags))
                )
                or (
                    last_noun == k - 1 and toks[last_noun].text[:1].isupper() and nxt_pos == "PROPN"
                )
                or (
                    # "46 regular and guest characters", "140 full and part-time faculty
                    # members": a singular word before "and" modifies the plural the
                    # coordination ends in
                    last_noun == k - 1
                    and value != 1
                    and not plural_form(toks[last_noun].lower)
                    and toks[last_noun].lower not in _PLURAL_HEADS  # "men": a plural
                    and _plural_ahead(toks, k + 1, tags)
                )
            ):
                # "4.3M digital and physical sales", "Kia and Hyundai vehicles": the
                # coordination is kept whole, as the annotations write it
                lemmas.append(t.lower)
                name_end = k + 1
                width += 2
                if last_noun == k - 1 and not toks[last_noun].text[:1].isupper():
                    last_noun = -1  # the noun before "and" modifies the plural after it
            else:
                break
        else:
            if t.lower in STOP or t.lower.endswith("ly"):
                break
            lemmas.append(t.lower)
            last_noun = k
            if t.lower.endswith("s"):
                break  # a plural noun ends the phrase
        k += 1
    if last_noun < 0:
        return None
    if _singular_after_a_count(toks, first, last_noun, value, tags):
        # "hundreds of police set up roadblocks", "the league's top 8 face off": a number above one
        # agrees with a plural, so a singular word read as its head is a verb (or a word the
        # writer's count does not reach); what comes before it, a plural standing alone, is
        # the head, else the count names no noun here
        cut = last_noun - 1
        if cut >= first and toks[cut].lower in _PLURAL_HEADS | _INVARIANT_PLURALS:
            last_noun = cut
        else:
            return None
    words = [w for w in lemmas[: last_noun - first + 1] if w]
    phrase = " ".join(words)
    if words[-1] in EN_PEOPLE or phrase in EN_PEOPLE:
        # "people" whatever its spelling, its modifiers kept as any noun's are: "young
        # people", "homeless people" (until the fifteenth session they were dropped)
        phrase = " ".join([*words[:-1], "people"])
    if phrase == "time" and toks[last_noun].lower == "times":
        # "hundreds of times", "dozens of times": a count of times, as "three times" is
        return "times", first, last_noun + 1
    head_unit = lookup_en(toks[last_noun].lower)
    if head_unit and head_unit not in ("point", "times") and len(words) > 1:
        phrase = head_unit  # "517 rushing yards", "50 previous years": a unit after all
    return phrase, first, last_noun + 1


#: adverbs of degree that grade the adjective after them ("very strong", "so many")
_GRADING = words("very so too quite rather fairly pretty extremely slightly")


def _grades_next(toks: list[Token], k: int, t: Token, pos: str, nxt_pos: str) -> bool:
    """Does the adverb at ``toks[k]`` grade the word after it, itself before a plural noun?"""
    if not (t.lower in _GRADING or (pos == "ADV" and t.lower.endswith("ly"))):
        return False
    if k + 2 >= len(toks) or toks[k + 1].kind != "word" or toks[k + 2].kind != "word":
        return False
    if nxt_pos not in ("NOUN", "ADJ", "VERB") or toks[k + 1].lower in STOP:
        return False
    return plural_form(toks[k + 2].lower) and not plural_form(toks[k + 1].lower)


#: words that never continue a counted noun phrase once it has its noun, which the model-free
#: tagger may not know and read as nouns: prepositions and the adjectives a writer puts after
#: the noun ("left 16 rebels dead", "two men alive")
_AFTER_THE_HEAD = words(
    "throughout despite amid amidst amongst toward towards upon via within without beyond "
    "across along alongside beneath behind inside outside unlike dead alive"
)


def _quoted_noun(toks: list[Token], k: int) -> bool:
    """An opening quotation mark touching a word in small letters that it quotes, closed
    right after it, the head of the phrase: '"types"', "'geoglyphs'"."""
    return (
        toks[k].text in OPENING_MARKS
        and k + 2 < len(toks)
        and toks[k + 1].kind == "word"
        and toks[k + 1].glued
        and toks[k + 1].text[:1].islower()
        and toks[k + 2].text in CLOSING_MARKS
        and toks[k + 2].glued
        # the quoted word is the head: no word of the phrase after it ('12 "ghost" ships')
        and not (k + 3 < len(toks) and toks[k + 3].kind == "word" and toks[k + 3].lower not in STOP)
    )


#: quotation marks a writer puts around a count or its noun (quantities_en reads both)
OPENING_MARKS = frozenset("\"“‘'")
CLOSING_MARKS = frozenset("\"”’'")


def measure_compound(toks: list[Token], k: int) -> int:
    """How many tokens a measure written as one adjective takes at ``toks[k]`` ("eight-hour",
    "12-hour", "five-storey" is no measure), else 0.  Inside a counted noun phrase it is a
    figure of its own ("two eight-hour shifts": 2 shifts, each 8 hours), not a modifier."""
    t = toks[k]
    if t.kind == "word" and "-" in t.lower:
        head, _, tail = t.lower.partition("-")
        if num.SMALL.get(head) and lookup_en(tail) is not None and "-" not in tail:
            return 1
        return 0
    if (
        t.kind == "num"
        and not t.glued
        and k + 2 < len(toks)
        and toks[k + 1].text == "-"
        and toks[k + 1].glued
        and toks[k + 2].glued
        and toks[k + 2].kind == "word"
        and lookup_en(toks[k + 2].lower) is not None
    ):
        return 3
    if (
        t.kind == "num"
        and not t.glued
        and k + 2 < len(toks)
        and toks[k + 1].kind == "word"
        and toks[k + 2].kind == "word"
        and toks[k + 2].lower not in STOP
        and lookup_en(toks[k + 1].text) not in (None, "times", "point", "people")
        and lookup_en(toks[k + 2].lower) is None
    ):
        return 2  # "two 120 mm rounds", "two 222mL cans": a measure in digits, then the noun
    return 0


def modified_plural(
    toks: list[Token], first: int, tags: Mapping[int, Tag] | None, value: float
) -> tuple[str, int, int] | None:
    """A plural head after two or more modifiers: "4,000 French and EU police officers", "14 flood
    rescue support crews", "1.2 million Pixel Fold 2 phones", "2,300 unregistered Greater
    Manchester landlords".  A number above one agrees with a plural, so every word before the
    first plural noun that can modify one — an adjective, a participle, a singular noun, a
    name, an abbreviation ("U.S.", "Corp."), a name's own number, an "and" between two of them —
    belongs to what is counted, however many there are.  ``None`` (the word-by-word reading
    decides) for one modifier or none, a head that is a unit, or no plural within reach."""
    if tags is None or value <= 1 or year_like(value, toks, first):
        return None
    if first < len(toks) and measure_compound(toks, first):
        return None  # "two eight-hour shifts": the word-by-word reading sets the measure apart
    n = len(toks)
    pieces: list[str] = []
    k = first
    while k < n and len(pieces) < _CHAIN_WIDTH:
        t = toks[k]
        if t.kind == "num":
            # a name's number: "Pixel Fold 2 phones" (after a capitalised word, apart)
            if not (pieces and toks[k - 1].text[:1].isupper() and not t.glued):
                return None
            pieces.append(t.text)
            k += 1
            continue
        if t.kind != "word" or t.glued:
            return None
        end = k + 1
        while end < n and toks[end].glued and (toks[end].text == "." or toks[end].kind == "word"):
            end += 1  # "U.S.", "Co.": an abbreviation is one piece
        text = "".join(x.text for x in toks[k:end])
        pos = tags.get(t.start, ("X", t.lower))[0]
        if end > k + 1:
            if not (text[:1].isupper() and len(text) <= 6):
                return None
            pieces.append(text.lower())
        elif t.lower in ("and", "&"):
            if not pieces or pieces[-1] in ("and", "&"):
                return None
            pieces.append(t.lower)
        elif t.lower in STOP or t.lower in _COMPARATIVES or num.word_value(t.lower) is not None:
            return None
        elif t.lower in _PLURAL_HEADS or t.lower in EN_PEOPLE:
            return None  # "thousands of people joined": the plural comes first
        elif t.text[:1].isupper():
            if plural_form(t.lower) and not _continues_name(toks, end):
                # a people's name in the plural is the head ("300 Ukrainians fled …", "25
                # Republicans opposed …"): what follows is the clause; inside a name it is a
                # modifier ("United States senators", "Knicks fans")
                return None
            pieces.append(
                t.lower
            )  # a name modifies: "EU police officers", "Greater Manchester landlords"
        elif plural_form(t.lower) and pos in ("NOUN", "VERB", "X") and t.lower not in _NOT_HEADS:
            # (untagged: past the tagger's window after the number)
            modifiers = [x for x in pieces if x not in ("and", "&")]
            # one dotted abbreviation is read here too ("six U.S. soldiers"): the word-by-word
            # reading stops at its first dot
            dotted = len(modifiers) == 1 and "." in modifiers[0]
            if (
                (len(modifiers) < 2 and not dotted)
                or pieces[-1] in ("and", "&")
                or lookup_en(t.lower)
            ):
                return None
            if t.lower in _PLURAL_MODIFIERS:
                return None
            head = tags[t.start][1].lower() if pos == "NOUN" else singular(t.lower)
            return " ".join([*pieces, head]), first, k + 1
        elif pos in ("ADJ", "NOUN") or (pos == "VERB" and t.lower.endswith(("ed", "ing"))):
            if t.lower.endswith("ly") or plural_form(t.lower) and pos == "NOUN":
                return None
            pieces.append(t.lower)
        else:
            return None
        k = end
    return None


def _continues_name(toks: list[Token], k: int) -> bool:
    """The noun phrase goes on at ``toks[k]``: a capitalised word, or a plural noun."""
    return (
        k < len(toks)
        and toks[k].kind == "word"
        and (toks[k].text[:1].isupper() or plural_form(toks[k].lower))
    )


#: words a modifier chain may hold before its plural head
_CHAIN_WIDTH = 7
_COMPARATIVES = frozenset({"more", "fewer", "less"})
#: what may stand between "of" and a group's counted noun: the article, a demonstrative, a
#: possessive ("five of my favourite tips", "two of your neighbours", "of its own shares")
_OF_DETERMINERS = frozenset(
    ["the", "its", "their", "his", "her", "our", "my", "your", "all", "own", "those", "these"]
)
#: adverbs of degree that grade the adjective after them ("most", "least")
_DEGREE_ADVERBS = frozenset({"most", "least"})
#: nouns that keep their plural when they modify another noun ("sales staff", "arms dealers")
_PLURAL_MODIFIERS = frozenset(
    [
        "sales",
        "rights",
        "arms",
        "savings",
        "goods",
        "sports",
        "materials",
        "customs",
        "earnings",
        "communications",
        "operations",
        "securities",
        "electronics",
        "athletics",
    ]
)
#: plurals whose lemma the tagger gives as the word itself: a word after them is the verb or
#: an adverb, never more of the noun ("400 million people lack power", "people travel")
_PLURAL_HEADS = frozenset({"people", "persons", "men", "women"})


def year_like(value: float, toks: list[Token], first: int) -> bool:
    """A number written as a year (four digits, 1900-2100) just before ``toks[first]``: its
    "plural" after it may be a verb ("2020 follows", "2019 provides"), since a year agrees
    with nothing."""
    k = first - 1
    return (
        k >= 0
        and toks[k].kind == "num"
        and len(toks[k].text) == 4
        and toks[k].text.isdigit()
        and 1900 <= value <= 2100
    )


def _agreeing_plural(toks: list[Token], last_noun: int, k: int, value: float) -> bool:
    """A word in -s right after a singular common noun that a number above one counts: the
    plural head of a compound ("phone records", "background check records"), by agreement."""
    if last_noun != k - 1 or value <= 1:
        return False
    return _singular_before_plural(toks[last_noun], toks[k])


def _singular_before_plural(noun: Token, word: Token) -> bool:
    """``noun`` a lower-case singular common noun (no unit, no plural standing alone) and
    ``word`` a lower-case plural that may head what is counted."""
    return (
        noun.text.islower()
        and not plural_form(noun.lower)
        and noun.lower not in _PLURAL_HEADS
        and lookup_en(noun.lower) is None
        and word.text.islower()
        and plural_form(word.lower)
        and word.lower not in _NOT_HEADS
    )


def _head_after_modifiers(
    toks: list[Token], lemmas: list[str], first: int, last_noun: int, k: int, value: float
) -> bool:
    """``toks[k]``, a plural common noun, is the head a number above one counts, and the
    singular noun read before it (``toks[last_noun]``) only modifies it: every word between
    them was kept as a modifier (an adjective, a participle, a word in -ing) and the
    singular is no unit and no plural that stands alone ("people")."""
    if value <= 1 or k - last_noun < 2 or year_like(value, toks, first):
        return False  # "the 2019-2020 session to-do lists": a year's noun is dated, not counted
    return (
        _singular_before_plural(toks[last_noun], toks[k])
        and lookup_en(toks[k].lower) is None
        and all(lemmas[m - first] for m in range(last_noun + 1, k))
    )


#: plurals with no -s that stand alone as what is counted ("hundreds of police")
_INVARIANT_PLURALS = frozenset({"police", "personnel", "staff", "cattle", "livestock", "clergy"})


def _singular_after_a_count(
    toks: list[Token], first: int, last_noun: int, value: float, tags: Mapping[int, Tag] | None
) -> bool:
    """The head read for a whole count above one is a lower-case singular that is no unit,
    no plural standing alone, and written as a verb's form could be: the next word is a
    particle that a verb takes ("set up", "face off")."""
    head = toks[last_noun]
    if value <= 1 or value != int(value) or year_like(value, toks, first):
        return False
    if not head.text.islower() or plural_form(head.lower) or head.lower in _PLURAL_HEADS:
        return False
    if head.lower in _INVARIANT_PLURALS or lookup_en(head.lower) is not None:
        return False
    nxt = toks[last_noun + 1] if last_noun + 1 < len(toks) else None
    return nxt is not None and nxt.lower in _PARTICLES


#: particles a verb takes right after it
_PARTICLES = frozenset({"up", "off", "out", "down", "away", "back"})


#: words in -s after a noun that are not a plural head ("12 year olds" is an age)
_NOT_HEADS = frozenset({"olds", "is", "was", "has", "does", "says", "this", "thus", "as", "us"})


def _plural_ahead(toks: list[Token], k: int, tags: Mapping[int, Tag]) -> bool:
    """A plural noun within the next three words, none of them a stop word or a figure."""
    for m in range(k, min(k + 3, len(toks))):
        t = toks[m]
        if t.kind != "word" or t.lower in STOP or num.word_value(t.lower) is not None:
            return False
        if tags.get(t.start, ("X", ""))[0] == "NOUN" and plural_form(t.lower):
            return True
    return False


def _after_a_name(toks: list[Token], first: int) -> bool:
    """ "Windows 11 runs": the number ends a name, which is the verb's subject."""
    from .rules_en import ADP, ADV, DET

    k = first - 2
    return (
        k >= 0
        and toks[k].kind == "word"
        and toks[k].text[:1].isupper()
        and toks[k].lower not in DET | ADP | ADV
    )


def million_of(toks: list[Token], j: int) -> bool:
    """ "2m workers", "1.4m homes": a glued "m" before a plural noun is a million, since a
    length is never followed by a count ("a 2m wall" is a metre)."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        toks[j].glued
        and nxt is not None
        and nxt.kind == "word"
        and not nxt.glued
        and nxt.text.islower()
        and plural_form(nxt.lower)
        and lookup_en(nxt.lower) is None
        and nxt.lower not in ("tall", "high", "long", "wide", "deep", "across", "away")
    )


def plural_form(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _name_number(toks: list[Token], k: int, first: int) -> bool:
    """ "COVID-19", "COVID -19" inside a counted noun phrase: a name, then its number."""
    return (
        first < k < len(toks) - 2
        and toks[k].text in "-–"
        and toks[k + 1].kind == "num"
        and toks[k + 1].glued
        and toks[k - 1].text[:1].isupper()
        and toks[k + 2].kind == "word"
    )


def _noun_lemma(t: Token, pos: str, lemma: str) -> str:
    """The lemma a counted noun is reported by; an acronym keeps its capitals ("0.5 WAR",
    "12 MPs" → "MP"), since lower case would make it another word ("war")."""
    stem = t.text[:-1] if t.text.endswith("s") and t.text[:-1].isupper() else t.text
    if len(stem) > 1 and stem.isupper() and stem.isalpha():
        return stem
    if t.text[-1:].isupper():
        return t.lower  # "iOS", "macOS": a name whose last capital is no plural's -s
    if t.text[:1].isupper() and t.lower.endswith("is") and len(t.lower) > 4:
        # "15 Saudis", "16 Nazis", "two Israelis": a capitalised plural in -is is a people's
        # or a group's name in -i (the spelling rules keep "-is" for "crisis", "analysis")
        return t.lower[:-1]
    return lemma.lower() if pos == "NOUN" else singular(t.lower)
