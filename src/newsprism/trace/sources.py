"""Who a figure is given to — its *source* — and whether two figures' sources are one.

A disputed count is told by two sources: "about 18,000 people marched, police said; the
organisers put the number at more than 60,000", «по данным профсоюзов, более 60 тыс.».  For a
reader these are one claim with two sources' figures, not an outlet that changed a number.  The
source is what the attribution and claims stages already give a figure: its speaker, else the
cited source ("local media", "the labour ministry", «министерство труда»); an outlet's own
statement has none.

Two sources are compared across the two languages by the multilingual sentence vectors of their
words (police / полиция 0.89, labour ministry / министерство труда 0.78, against police / the
union confederation 0.25, the labour ministry / the union confederation 0.32), so that no
hand-made list of bodies and roles is needed; a person's name also compares by its name key
(:func:`.mentions.speaker_key`: Reiner / Райнер), whatever words of a role surround it.

This is *who asserts* a figure, not *whose count* it is (:mod:`.owners`: Nordair's passengers
and Baltavia's are two claims; the police's count of a march and the organisers' are one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import bodies, bodies_ru
from .mentions import DATE_WORD, ClaimMention, speaker_key

#: two sources at or above this cosine are one (police / полиция 0.89, the ministry / the
#: labour ministry 0.81, labour ministry / министерство труда 0.78), below it two (finance /
#: labour ministry 0.61, government / ministry 0.52, police / organisers 0.27)
SAME_SOURCE = 0.65
#: Russian short names of bodies («Минздрав», «МЧС») are compared written out in full
#: (:mod:`.bodies_ru`; seventeenth session)
WRITTEN_OUT = True

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_NAME_WORD = re.compile(r"^[A-ZА-ЯЁ][\w'’-]+$")


def source_of(m: ClaimMention) -> str | None:
    """Who a figure is given to, in words: its speaker, else a cited source; ``None`` when the
    outlet states it as its own.

    A source the stages read is not taken as it stands when it is a day or a month
    (:data:`DATES_NOT_SOURCES`: «сообщили в воскресенье в Минздраве» names no source «воскресенье»),
    nor when it is only the possessor of the body that speaks (:data:`PLACES_ASIDE`: "Almaty" of
    "…, Almaty's health department said" is the health department)."""
    who = m.speaker or (m.asserted_by if m.asserted_by != "article" else None)
    if (not who or not who.strip()) and COUNTED_BY_SUBJECT and m.agent:
        from .bonds import given_by_subject

        # "The doctors' union counted 3,100", "The ministry put the number at 1,580": the
        # subject of a verb of counting is who gives the figure, with no verb of saying
        who = m.agent if given_by_subject(m) else None
    if (not who or not who.strip()) and COUNTED_IN_BODY:
        who = counted_in(m)
    if not who or not who.strip():
        return None
    return _read_source(who, m.sentence, DATES_NOT_SOURCES, PLACES_ASIDE)


#: Russian gives a count to a body by its place, with no subject: «В прокуратуре города
#: насчитали 31 пострадавшего», «В профсоюзе называют 600» — the body the verb's place names
#: is the source, as the subject of "The union counted 600" is (thirty-sixth session)
COUNTED_IN_BODY = True

_IN_BODY = re.compile(r"^\s*(?:[Вв]о?|[Уу])\s+(?P<body>[^,;:—]{2,80}?)\s*$")


def counted_in(m: ClaimMention) -> str | None:
    """The body a Russian verb of counting gives the figure to by its place, the sentence
    opening with it («В прокуратуре города насчитали 31 пострадавшего»), else ``None``."""
    from .bonds import _RIVAL_BEFORE

    at = m.sentence.find(m.text)
    if at <= 0:
        return None
    verb = _RIVAL_BEFORE.search(m.sentence[:at])
    if verb is None:
        return None
    found = _IN_BODY.match(m.sentence[: verb.start()])
    return found["body"] if found else None


#: a figure that a verb of counting or estimating gives to its subject ("The union counted
#: 3,100", "The ministry put the number at 1,580", :func:`.bonds.given_by_subject`) is that
#: subject's, where no verb of saying names a source (thirty-second session)
COUNTED_BY_SUBJECT = True

#: a source that is a weekday or a month (in either language, any case) is none (twenty-second
#: session; see docs/trace.md)
DATES_NOT_SOURCES = True
#: where a source's name holds a place — "Belarus's health ministry", «управление
#: здравоохранения Алматы», "the health ministry of Belarus" — two sources are compared by the
#: body, the place set aside: "the health ministry" and "Belarus's health ministry" are one
#: source, and two places' bodies two; a source that is only the possessor of the body that
#: speaks in its sentence is that body (twenty-second session; see docs/trace.md)
PLACES_ASIDE = True

_DATE_WORD = DATE_WORD


@lru_cache(maxsize=65536)  # asked for both figures of every pair a link compares
def _read_source(who: str, sentence: str, dates: bool, places: bool) -> str | None:
    who = _ARTICLE.sub("", who.strip())
    if not who:
        return None
    if dates and _DATE_WORD.match(who):
        return None
    if BRACKETED:
        who = _with_bracketed(who, sentence)
    if places and BODY_BEFORE_PLACE and _NAME_WORD.match(who):
        body = _body_before(who, sentence)
        if body is not None:
            return body
    if places and _NAME_WORD.match(who):
        # "Armenia's health ministry said": the possessor is whose body, the body the source
        said = re.search(
            rf"(?<![\w-]){re.escape(who)}['’]s\s+((?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s+"
            rf"(?:{_CUE.pattern})",
            sentence,
            re.IGNORECASE,
        )
        if said and not _CUE.fullmatch(said.group(1)):
            return said.group(1)
    return who


#: a Russian source that is only the place of the body that speaks («… сообщили в министерстве
#: здравоохранения Ардании», the stages giving «Ардании») is that body with its place, as
#: "Ardania's health ministry" is in English (twenty-seventh session)
BODY_BEFORE_PLACE = True


def _body_before(place: str, sentence: str) -> str | None:
    """The words for a body right before ``place`` in ``sentence`` («министерстве
    здравоохранения» of «… в министерстве здравоохранения Ардании»), from the word that names
    its kind (:func:`.bodies.head`), with the place: ``None`` when no such words precede it."""
    at = sentence.find(place)
    if at <= 0:
        return None
    words = sentence[:at].split()[-4:]
    for k, w in enumerate(words):
        if not all(x.isalpha() and x[:1].islower() and re.search("[а-яё]", x) for x in words[k:]):
            continue
        if bodies.head(w) is not None:
            return " ".join([*words[k:], place])
    return None


#: a body's name followed in its sentence by its abbreviation in brackets ("the General
#: Water Inspectorate (INAV) said", «в Управлении лесного хозяйства и
#: охоты (УЛХиО)») keeps the abbreviation, whatever the stages cut: the same body
#: named by the abbreviation alone is one source (twenty-sixth session)
BRACKETED = True
_BRACKET = re.compile(r"\s*\(([^\s()]{2,12})\)?")


def _with_bracketed(who: str, sentence: str) -> str:
    """``who`` with the bracketed abbreviation that follows it in ``sentence`` ("… (INAV)"),
    the bracket closed; ``who`` as it is when none follows."""
    cut = _BRACKET.search(who)
    if cut is not None and cut.end() == len(who):  # "… (GTS": the stages cut the bracket
        return who[: cut.start()] + f" ({cut.group(1)})"
    at = sentence.find(who)
    if at < 0:
        return who
    after = _BRACKET.match(sentence, at + len(who))
    if after is None or sentence[after.end() - 1 : after.end()] != ")":
        return who
    return f"{who} ({after.group(1)})"


def _bracketed(source: str) -> str | None:
    found = _BRACKET.search(source)
    return found.group(1) if found is not None and found.end() == len(source) else None


@lru_cache(maxsize=65536)  # pure, asked for both sources of every pair a link compares
def _named(text: str) -> str | None:
    """The name key of a source that ends in a person's name ("minister Ilona Besk", «Беск»,
    "Mayor Kessler"): a capitalised word alone, or after a word in small letters, an office or
    an honorific, or after a given name that itself follows no other capitalised word.  Else a
    capitalised last word ends an organisation's name ("the World Bank", "the Interior
    Ministry", "the Russian Red Cross"), compared by its words: a shared head word ("Bank",
    "Ministry") does not make two bodies one."""
    words = [w.strip(".,") for w in text.split()]
    last = words[-1]
    if not _NAME_WORD.match(last):
        return None
    before = words[-2] if len(words) > 1 else ""
    if before[:1].isupper():
        if _office(before):
            return speaker_key(last)
        if not _given(before):
            return None
        earlier = words[-3] if len(words) > 2 else ""
        if earlier[:1].isupper() and not (_office(earlier) or _given(earlier)):
            return None
    return speaker_key(last)


def _given(word: str) -> bool:
    """A given name in either script ("Anna", «Анна»)."""
    from ..attribution.given_names import is_given_name
    from ..attribution.names import romanize

    return is_given_name(romanize(word).capitalize())


def _office(word: str) -> bool:
    """An honorific or a word for a person's office ("Mrs", "Minister", "Mayor")."""
    from ..attribution.names import HONORIFICS, TITLES
    from ..attribution.person_nouns_data import PERSON_NOUNS

    low = word.lower()
    return low in HONORIFICS or low in TITLES or low in PERSON_NOUNS


def similarity(a: ClaimMention, b: ClaimMention) -> float | None:
    """How alike two figures' sources are (1: one source), ``None`` when either has none."""
    sa, sb = source_of(a), source_of(b)
    if sa is None or sb is None:
        return None
    return _alike(sa, sb)


#: where one figure has a source and the other none, the other's clause may still name it:
#: the body that acts in it ("The water board now puts the number of homes cut off at 6,300",
#: :func:`.owners.agent_of`) or the source's own words anywhere in its sentence («…; всего без
#: воды остаются 6300 домов», after «Водоканал сообщил, что …») (twentieth session; see
#: :func:`acting_similarity`)
ACTING = True
NAMED_IN_SENTENCE = True


def acting_similarity(a: ClaimMention, b: ClaimMention) -> float | None:
    """Where exactly one of two figures has a source (:func:`source_of`), how alike that source
    is to who acts in the other's clause, or 1 when the other's sentence names it in its own
    words; ``None`` when neither tells (or both or neither have a source)."""
    sa, sb = source_of(a), source_of(b)
    if (sa is None) == (sb is None):
        return None
    known, other = (sa, b) if sa is not None else (sb, a)
    assert known is not None
    if NAMED_IN_SENTENCE and named_in(known, other.sentence):
        return 1.0
    if ACTING and other.agent:
        return _alike(known, _ARTICLE.sub("", other.agent.strip()) or other.agent)
    return None


def named_in(source: str, sentence: str) -> bool:
    """Every word of ``source`` (stems of three letters or more; an abbreviation in either
    script) stands in ``sentence``: "the harbour authority" in "…, the harbour authority
    counted", «БВС» in «BVS said …»."""
    want = _word_keys(source)
    return bool(want) and want <= _word_keys(sentence)


def _word_keys(text: str) -> set[str]:
    """A text's words as keys that meet across inflection and script: a word's stem in Latin
    letters; an abbreviation (БВС, BVS) as written, in Latin letters."""
    from ..attribution.names import romanize
    from ..library.stemming import stem, words

    keys = set()
    for w in words(text):
        if w.casefold() in _FUNCTION or not w.isalpha():
            continue
        if len(w) >= 2 and w.isupper():
            keys.add(romanize(w).casefold())
        elif len(w) >= 3:
            keys.add(romanize(stem(w)).casefold())
    return keys


def _alike(sa: str, sb: str) -> float:
    """How alike two sources in words are (1: one)."""
    return _alike_as(sa, sb, WRITTEN_OUT, ONE_BODY, ALL_INITIALS, PLACES_ASIDE, KINDS)


#: a source that names only a kind of body ("the agency", «мэрия», "Customs") is one source with
#: a source of that kind named in full, in either language (:mod:`.bodies`; twenty-third session)
KINDS = True


# a pure function of the two sources' words (and of the switches, read at the call), asked for
# every pair of figures a link compares — a few hundred distinct pairs an article among thousands
@lru_cache(maxsize=65536)
def _alike_as(
    sa: str,
    sb: str,
    written_out: bool,
    one_body: bool,
    all_initials: bool,
    places: bool,
    kinds: bool = False,
) -> float:
    if written_out:  # «Минздрав» as the health ministry it names
        sa, sb = bodies_ru.written_out(sa), bodies_ru.written_out(sb)
    if sa.casefold() == sb.casefold():
        return 1.0
    if one_body and (_abbreviates(sa, sb, all_initials) or _abbreviates(sb, sa, all_initials)):
        return 1.0
    if one_body and BRACKETED:
        ba, bb = _bracketed(sa), _bracketed(sb)
        if (ba is not None and ba.casefold() == sb.casefold()) or (
            bb is not None and bb.casefold() == sa.casefold()
        ):
            return 1.0
        if ba is not None or bb is not None:  # the names without their brackets
            na, nb = _BRACKET.sub("", sa) if ba else sa, _BRACKET.sub("", sb) if bb else sb
            if na and nb and (na, nb) != (sa, sb):
                return _alike_as(na, nb, written_out, one_body, all_initials, places, kinds)
    if one_body and PLACE_LEFT_OUT:
        # «УВН» and «Управление ветеринарного надзора Тарской области»: the
        # initials of the body's name, its place left out
        for short, full in ((sa, sb), (sb, sa)):
            split = _place_split(full)
            if split is not None and split[0] and _abbreviates(short, split[1], all_initials):
                return 1.0
    if places and _described(sa) and _described(sb):
        # (a source that is a name alone — "Kenshi", «Алматы» — is compared as a name, below)
        pa, pb = _place_split(sa), _place_split(sb)
        if pa is not None or pb is not None:
            (qa, ra), (qb, rb) = pa or (frozenset(), sa), pb or (frozenset(), sb)
            if qa and qb and not qa & qb:  # the health ministries of two countries
                return 0.0
            return _alike_as(ra, rb, written_out, one_body, all_initials, places, kinds)
    if kinds and bodies.one_kind_named(sa, sb):
        return 1.0
    ka, kb = _named(sa), _named(sb)
    if ka is not None and kb is not None:  # two people by name: one key, one person
        return 1.0 if ka == kb else 0.0
    from .vectors import encode_words

    vecs = encode_words([sa, sb])
    return max(0.0, min(1.0, float(vecs[sa] @ vecs[sb])))


#: "of" and capitalised words after a body's own name in capitals are part of that name ("the
#: Ministry of Emergency Situations", "Office of Fair Trading"), not a place: a place follows
#: a body described in small letters ("the health ministry of Belarus") (twenty-third session)
OF_NAME_KEPT = True
#: a region's possessive names a place too ("Tara region's health ministry"; twenty-seventh
#: session)
REGION_POSSESSIVE = True
_POSSESSOR = re.compile(
    r"^([A-ZА-ЯЁ][\w-]*(?:\s+(?:region|province|oblast|district|county|state|city))?"
    r"|city|town|region|country|state|province|district)['’]s\s+(.*\w.*)$"
)
_POSSESSOR_ONE = re.compile(
    r"^([A-ZА-ЯЁ][\w-]*|city|town|region|country|state|province|district)['’]s\s+(.*\w.*)$"
)
_OF_PLACE = re.compile(r"^(.*\w.*?)\s+of\s+((?:[A-Z][\w-]*\s*)+)$")


@lru_cache(maxsize=16384)
def _place_split(source: str) -> tuple[frozenset[str], str] | None:
    """The place a source's name holds, as name keys (none for a place unnamed: "the city's"),
    and the body without it: "Belarus's health ministry", "the health ministry of Belarus",
    «Министерство здравоохранения Беларуси» → ({blrs}, health ministry); ``None`` when it names
    no place so.  A Russian body's place is one capitalised word after two words or more, the
    last in small letters («управление здравоохранения Алматы»); a name after one word in small
    letters is a person's («министр Беск»)."""
    words = source.split()
    found = (_POSSESSOR if REGION_POSSESSIVE else _POSSESSOR_ONE).match(source)
    if found:
        place, rest = found.group(1), found.group(2)
        return _place_keys(place), rest
    found = _OF_PLACE.match(source)
    if found and (not OF_NAME_KEPT or _described(found.group(1))):
        return _place_keys(found.group(2)), found.group(1)
    if (
        RUSSIAN_REGIONS
        and len(words) >= 3
        and _NAME_WORD.match(words[-2])
        and _REGION_RU.fullmatch(words[-1])
        and "," not in source
    ):  # «управление ветеринарного надзора Тарской области»: the region is the place
        return _place_keys(words[-2]), " ".join(words[:-2])
    if (
        len(words) >= 3
        and _NAME_WORD.match(words[-1])
        and words[-2][:1].islower()
        and words[-2].isalpha()
        and "," not in source
    ):
        return _place_keys(words[-1]), " ".join(words[:-1])
    return None


#: a Russian body's place may be a region named by an adjective and a word for a region
#: («Тарской области», «Пермского края»), as a name after the body is («… Алматы»)
#: (twenty-sixth session)
RUSSIAN_REGIONS = True
#: and an abbreviation is compared with the initials of the body's name without its place
PLACE_LEFT_OUT = True
_REGION_RU = re.compile(r"(?:област|кра|район|округ|республик|губерни)\w{0,3}", re.IGNORECASE)


def _described(source: str) -> bool:
    """A source holds a word in small letters (a body's or an office's description), not only
    a name or an abbreviation."""
    return any(w[:1].islower() for w in source.split())


def _place_keys(place: str) -> frozenset[str]:
    return frozenset(
        k for w in place.split() if w[:1].isupper() and (k := speaker_key(w)) is not None
    )


#: one body named in full and by its abbreviation ("the Serdanian Grid Operator" / SGO / «СГО»):
#: one source (eighteenth session; development half A every figure flag right 300 -> 302 of 537,
#: half B unchanged, 293 of 380 -- kept as plain fact, unproven on B.  Also taking a source whose
#: words all stand in the other's ("the city hall" / "the city hall of Marbeck") lost on B, 293
#: -> 292 right flags: not taken)
ONE_BODY = True
_CAPS = re.compile(r"\b[A-ZА-ЯЁ]{2,6}\b")
_CAPITALISED = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]*")
_FUNCTION = frozenset({"of", "the", "for", "and", "и", "по"})
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
#: an abbreviation may take every word's initial, not only the capitalised words' (a Russian
#: name capitalises its first word only: «Агентство лесной охраны», АЛО).  Twentieth
#: session: development half A every figure flag right 346 -> 349 of 612; B (check) unchanged,
#: 308 of 394 (no such pair in it): kept as plain fact, unproven on B
ALL_INITIALS = True


def _abbreviates(short: str, full: str, all_initials: bool | None = None) -> bool:
    """``short`` is an abbreviation (SGO, «СГО») of ``full``'s capitalised words (Serdanian Grid
    Operator), or ``full`` gives it in brackets ("the Serdanian Grid Operator (SGO)")."""
    acronym = _acronym(short)
    if acronym is None:
        return False
    caps, initials, every = _initials(full)
    if acronym in caps:
        return True
    if len(initials) >= 2 and initials == acronym:
        return True
    # a Russian name capitalises its first word only («Агентство лесной охраны», АЛО):
    # the initials of every word of it
    every_word = ALL_INITIALS if all_initials is None else all_initials
    return every_word and len(every) >= 2 and every == acronym


# the two halves of :func:`_abbreviates` are pure functions of one source's words, each asked
# for every pair of figures a link compares: computed once per source
@lru_cache(maxsize=16384)
def _acronym(short: str) -> str | None:
    """The one abbreviation a short source is (SGO, «СГО» in Latin letters), else ``None``."""
    from ..attribution.names import romanize

    caps = _CAPS.findall(short)
    if len(caps) != 1 or len(short.split()) > 2:
        return None
    return _letters(caps[0]) if LETTER_BY_LETTER else romanize(caps[0]).upper()


#: an abbreviation is compared letter by letter, each letter's first Latin letter, as the
#: initials of a name are: «ЦРБ» is T-R-B as «центральная районная больница» is, where the
#: whole abbreviation romanised ("TSRB", Ц as "ts") matched no name's initials (twenty-fourth
#: session)
LETTER_BY_LETTER = True


def _letters(abbreviation: str) -> str:
    """Each letter's first Latin letter (Ц → T, as an initial Ц is), upper case."""
    from ..attribution.names import romanize

    return "".join(romanize(ch).upper()[:1] for ch in abbreviation)


@lru_cache(maxsize=16384)
def _initials(full: str) -> tuple[frozenset[str], str, str]:
    """A source's abbreviations as written, the initials of its capitalised words and those of
    all its words (function words left out), in Latin letters."""
    from ..attribution.names import romanize

    caps = frozenset(
        _letters(c) if LETTER_BY_LETTER else romanize(c).upper() for c in _CAPS.findall(full)
    )
    initials = "".join(
        romanize(w[0]).upper()[:1]
        for w in _CAPITALISED.findall(full)
        if w.casefold() not in _FUNCTION
    )
    every = "".join(
        romanize(w[0]).upper()[:1] for w in _WORDS.findall(full) if w.casefold() not in _FUNCTION
    )
    return caps, initials, every


def differ(a: ClaimMention, b: ClaimMention) -> bool:
    """Both figures have a source, and they are two (:data:`SAME_SOURCE`)."""
    s = similarity(a, b)
    return s is not None and s < SAME_SOURCE


#: the words that give a figure to someone: a verb of saying, estimating or counting, or
#: "according to" / «по данным»; between two figures of one sentence, they give the second to
#: a source of its own ("the police said three were missing, while the guides' association
#: says five", «по данным УФН, пострадали 200 тыс. клиентов, сама биржа называла 120 тыс.»)
_CUE = re.compile(
    r"\b(?:says?|said|puts?|estimates?|estimated|counts?|counted|claims?|claimed|reports?"
    r"|reported|insists?|insisted|according to"
    r"|говор\w*|называ\w*|назвал\w*|насчита\w*|оценива\w*|оценил\w*|утвержда\w*"
    r"|сообщ\w*|заяв\w*|настаива\w*|по данным|по словам|по оценк\w*|по подсч[её]т\w*)\b",
    re.IGNORECASE,
)


def said_in(sentence: str) -> bool:
    """The sentence holds a verb of saying or an "according to" (:data:`_SAID`): what it says is
    given to someone, whether or not the stages read who."""
    return bool(_SAID.search(sentence))


#: the cue words of :data:`_CUE` that are no nouns as well ("in the final count", "two reports"
#: give nothing to anyone)
_SAID = re.compile(
    r"\b(?:says?|said|told|reported|announced|according to|говор\w*|сообщ\w*|заяв\w*"
    r"|уточн\w*|называ\w*|назвал\w*|по данным|по словам|по оценк\w*)\b",
    re.IGNORECASE,
)


def cited_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures of one sentence with a word of attribution between them: the second is
    given to a source of its own, whatever source the sentence as a whole is given to — two
    sources' counts set side by side, one count disputed (:mod:`.index` lets both into one
    trace).  The stages give one source per sentence, so :func:`differ` cannot see it."""
    if a.source.article_id != b.source.article_id or a.sentence != b.sentence:
        return False
    at, bt = a.sentence.find(a.text), a.sentence.find(b.text)
    if at < 0 or bt < 0 or at == bt:
        return False
    first = a if at < bt else b
    start = min(at, bt) + len(first.text)
    end = max(at, bt)
    # "200 claims in May and 300 in June", "40 reports on Monday": the word the first figure
    # counts is no verb of saying
    between = _COUNTED_NOUN.sub("", a.sentence[start:end], count=1)
    return start < end and bool(_CUE.search(between))


#: the nouns among the cue words, where they follow a figure as what it counts
_COUNTED_NOUN = re.compile(r"^\s*(?:claims|reports|counts|estimates)\b", re.IGNORECASE)
