"""Two figures of one article that the text itself makes one count: *bonds*.

The trace links a figure to the figures of other articles by how alike they are; two figures of
one article are kept in two traces unless they are one figure (``index.ONE_PER_ARTICLE``).  Two
constructions of news prose state one count twice with two values, and say so in their grammar
rather than in any likeness a score could read:

- **a rival's figure**: a sentence whose verb gives a count to its subject — "The rescue service
  counted 520.", "The health ministry put the number at 1,580.", «В спасательной службе называют
  520 пострадавших», «Инспекция оценивает объём утечки в 30 тонн» — right after a sentence that
  gave a figure of another source.  The second figure often names nothing it counts (an
  ellipsis: "counted 520") or names it in other words; it is the first count, disputed;
- **the earlier value of a change**: "has risen to 880, up from 340 on Monday", «выросло с 40 до
  95»: the figure after "up from" is the same count as it stood before; and since the
  forty-fifth session the figure before a comparison set off by a comma, whatever verb gives it
  ("has now taken on 31 guards, up from 18", "signed off 540 permits, against 260 on Monday":
  :data:`COMPARED_ADJUNCT`).

A bond puts its two figures in one trace (``index.BONDS``): a figure that matched nothing on its
own follows its partner, and two traces the partners joined apart are one.  The two must still
be able to be one count: values within the candidate span, units that do not contradict (a
measure and a count, two measures), no two owners, periods, fates or kinds that the index keeps
apart.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Article
from . import fates, identity, owners, sources
from .mentions import ClaimMention

#: the words right before a figure that give it to the subject of their verb as *its* count: "put
#: (the number) at", "counted", "estimates (the spill) at", «называют» (and the perfective:
#: «назвали другую цифру»), «оценивает (разлив) в», «насчитали»; a hedge may stand between (the
#: claims stage keeps most hedges in the figure).
#: "put … at" takes only a word for a count between ("the number", "the death toll"): "put the
#: cost at 90", "put the number of claims at 150" count something else, and a bond shown as a
#: dispute between two sources must be one count; «называ-» only as a finite verb, never «так
#: называемой» ("so-called")
_RIVAL_BEFORE = re.compile(
    r"(?:\bput(?:s|ting)?\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?"
    r"(?:(?:death|casualty|official|overall|final|total|estimated)\s+)?"
    r"(?:(?:number|figure|toll|total|count|tally|estimate)\s+)?at"
    r"|\bcount(?:s|ed)"
    r"|\bestimat(?:es?|ed)\s+(?:[\w'’-]+\s+){0,6}?(?:at|that)"
    r"|(?<!так\s)\bназ(?:ыва(?:ют|ет|ли|л|ла|ло)|вал[аио]?)\b(?:\s+\S+){0,3}?(?:\s+—)?"
    r"|\bоцени\w*\s+(?:\S+\s+){0,5}?в(?:\s+сумму)?"
    r"|\bнасчита\w*(?:\s+\S+){0,3}?"
    r"|\bпо\s+оценк\w+\s+[^,]{1,60},(?:\s+\S+){0,4}?)"
    r"(?:\s+(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least|up\s+to"
    r"|около|примерно|почти|более|свыше|не\s+менее|до))?\s*$",
    re.IGNORECASE,
)

#: the words right before the earlier value of a change stated beside the new one: "up from",
#: "down from", "from … to" (the new value after "to"), «против», «с … до»
_FROM_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from|\bfrom|\bagainst|\bпротив|(?<!\w)со?)\s*$", re.IGNORECASE
)
#: … unless the earlier value is another period's: "down from 5.5 million tonnes last year",
#: «против 5,5 млн тонн годом ранее» — a year's count beside another year's is two claims
_OTHER_PERIOD_AFTER = re.compile(
    r"^\S*\s*(?:\S+\s+){0,3}?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|in\s+(?:19|20)\d\d"
    r"|the\s+previous\s+year|годом\s+ранее|в\s+прошлом\s+году|год\s+назад|в\s+(?:19|20)\d\d"
    r"|за\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: the words right before the new value: "(has) risen to", "to", «до»
_TO_BEFORE = re.compile(r"(?:\bto|\bдо)\s*$", re.IGNORECASE)

#: a comparison set off by a comma after a clause's figure gives the earlier value of that
#: figure's count, whatever verb gives the new one: "has now taken on 31 guards, up from 18",
#: "reached 301,000 on Wednesday, up from 214,000 a week earlier", "signed off 540 permits,
#: against 260 on Monday", "160 tonnes leaked, up from its first estimate of 120 tonnes",
#: «…, против 310 в начале месяца».  Until the forty-fifth session only a new value after "to"
#: («до») was read ("has risen to 880, up from 340"), and an owner's update stated so, met in
#: most rounds' development stories with another verb ("stand at", "reached", "numbered", "had
#: now been tested"), left its two figures in two traces
COMPARED_ADJUNCT = True
_ADJUNCT_BEFORE = re.compile(
    r",\s*(?:(?:up|down)\s+from(?:\s+(?:its|the|their|his|her|our|an?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:estimate|figure|count|tally|total|number)\s+of)?"
    r"|against|compared\s+(?:with|to)"
    r"|против|по\s+сравнению\s+со?|в\s+сравнении\s+со?)\s*$",
    re.IGNORECASE,
)
#: "against", «против», "compared with" name the earlier value only with the time it stood at
#: ("against 260 on Monday", "against 4.26 million five days earlier", «против 310 в начале
#: месяца»): without one they oppose two counts of one moment, a vote's "for" and "against"
#: ("passed by 310 votes, against 98"), two parties' seats ("210 seats, against 180 for the
#: opposition") — review of 95c0f41d.  "up from" / "down from" say a change by themselves
_CHANGE_BEFORE = re.compile(r",\s*(?:up|down)\s+from\b[^,]*$", re.IGNORECASE)
_EARLIER_AFTER = re.compile(
    r"^[^,;.]{0,60}?\b(?:earlier|ago|before|previously|yesterday|overnight|when|initially"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|day|days"
    r"|morning|evening|night|start|beginning|outset|opening|first"
    r"|ранее|раньше|назад|накануне|вчера|когда|понедельник\w*|вторник\w*|сред[уыае]"
    r"|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|выходн\w*|недел\w*|месяц\w*|дн[яеё]\w*"
    r"|день|утр\w*|вечер\w*|ноч\w*|начал\w*|перв\w*|прошл\w*)\b",
    re.IGNORECASE,
)
#: ... and «против» right after the new figure's words, with no comma («составило 580 сделок
#: против 310»): at most this many words between the two figures
_AGAINST_RIGHT_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?против\s*$", re.IGNORECASE)

_TO_BETWEEN = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:to|до)\s*$", re.IGNORECASE)

#: a rival's figure may stand in the clause after a semicolon of the first figure's sentence
#: (thirty-third session), or after a comma and a conjunction of contrast: "The union said 412
#: drivers had joined the strike, while the company put the number at 280", «…, тогда как
#: министерство называет цифру в 210 тыс.» (thirty-fifth session).  «, а также» ("and also")
#: adds another count, it does not dispute the first («эвакуировали 320 жителей, сообщили в
#: МЧС, а также насчитали 250 домов без света»): no cut there (thirty-sixth session)
CLAUSE_RIVALS = True
_CLAUSE_CUT = re.compile(
    r";|,\s+(?:while|whereas|тогда\s+как|в\s+то\s+время\s+как|а(?!\s+также\b))\s",
    re.IGNORECASE,
)

#: the most words a rival's sentence may hold: it gives the count and its source, nothing more
RIVAL_WORDS = 16

#: a rival's figure given by any verb of saying or believing the attribution stage knows
#: ("The anglers' association reckons the true number is at least 40,000", «в ассоциации
#: уверены, что беглецов не меньше 40 тысяч», "the union insists it is nearer 600") when the
#: figure names nothing it counts (no unit: the count is the one before, left out).  The verbs
#: of counting above are one way of writing a rival's figure; a writer who varies the wording
#: uses every verb of saying (thirty-seventh session, development dev37a)
SPOKEN_RIVALS = True
#: verbs of the attribution stage's lexicon of speech that also say what one perceives or does,
#: not what one states ("seen in six rivers", "found 40 bodies", "called 30 times")
_NOT_STATING = frozenset(
    " ".join(
        (
            "see find show know learn hear continue decide determine rule order call describe",
            "notice recognize recognise remember understand realize realise imagine thank wish",
            "post tweet point signal answer ask question request count",
        )
    ).split()
)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")


def bonds(article: Article, claims: list[ClaimMention]) -> list[tuple[int, int]]:
    """Pairs ``(j, k)`` of indexes into ``claims`` (the article's claims, in their order) whose
    two figures the text makes one count, ``j`` the earlier in the text."""
    order = sorted(range(len(claims)), key=lambda i: article.claims[i].start)
    sentence_of = {i: _sentence_index(article, article.claims[i].start) for i in order}
    out: list[tuple[int, int]] = []
    for n, k in enumerate(order):
        if n == 0:
            continue
        c = claims[k]
        sk = sentence_of[k]
        if sk is None:
            continue
        same_sentence = [i for i in order if i != k and sentence_of[i] == sk]
        before = article.text[article.sentences[sk].start : article.claims[k].start]
        cuts = list(_CLAUSE_CUT.finditer(before))
        if CLAUSE_RIVALS and cuts:
            # "The department said 320 workers had been evacuated; the plant put the number at
            # 280." (or ", while the plant put …"): a clause after a semicolon is the rival's
            # sentence, the clause before the sentence before it
            at = article.sentences[sk].start + cuts[-1].start()
            clause = article.text[at + 1 : article.sentences[sk].end]
            earlier = [i for i in same_sentence if article.claims[i].end <= at]
            beside = [i for i in same_sentence if article.claims[i].start > at]
            rival = before[cuts[-1].end() :]
            if (
                earlier
                and not beside
                and len(clause.split()) <= RIVAL_WORDS
                and (_RIVAL_BEFORE.search(rival) or _spoken_rival(c, rival, claims[earlier[-1]]))
            ):
                for j in reversed(earlier):
                    if _may_bond(claims[j], c) and _sources_two(claims[j], c, rival):
                        out.append((j, k))
                        break
                continue
        if not same_sentence and _rival_sentence(c, before):
            # the nearest figure of the sentence before that can be the same count ("About
            # 1,200 people live in the zone the lake's 4 million cubic metres would flood.")
            previous = [i for i in order[:n] if sentence_of[i] == sk - 1]
            for j in reversed(previous):
                if _may_bond(claims[j], c) and _sources_two(claims[j], c, before):
                    out.append((j, k))
                    break
            continue
        compared = COMPARED_ADJUNCT and _ADJUNCT_BEFORE.search(before) is not None
        if _FROM_BEFORE.search(before) or compared or _against_after(article, order, n):
            after = article.text[article.claims[k].end : article.sentences[sk].end]
            if _OTHER_PERIOD_AFTER.match(after) or c.period is not None:
                continue
            start = article.sentences[sk].start
            new = [
                i
                for i in same_sentence
                # "has risen to 880, up from 340": the new value before, after "to"
                if (
                    article.claims[i].start < article.claims[k].start
                    and _TO_BEFORE.search(article.text[start : article.claims[i].start])
                )
                # "from 40 to 95", «с 40 до 95»: the new value right after
                or (
                    article.claims[i].start > article.claims[k].end
                    and _TO_BETWEEN.match(
                        article.text[article.claims[k].end : article.claims[i].start]
                    )
                )
            ]
            if (
                not new
                and COMPARED_ADJUNCT
                and (compared or _against_after(article, order, n))
                and (_CHANGE_BEFORE.search(before) or _EARLIER_AFTER.match(after))
            ):
                # the comparison's head: the nearest figure before it in its clause
                new = [
                    i
                    for i in same_sentence
                    if article.claims[i].end <= article.claims[k].start
                    and ";" not in article.text[article.claims[i].end : article.claims[k].start]
                ]
                new.sort(key=lambda i: article.claims[i].start)
            if new and _may_bond(claims[new[-1]], c):
                out.append((new[-1], k))
    return out


def _against_after(article: Article, order: list[int], n: int) -> bool:
    """The figure ``order[n]`` follows the figure before it in the text with «против» and at
    most two words between («580 сделок против 310»; :data:`COMPARED_ADJUNCT`)."""
    if not COMPARED_ADJUNCT or n == 0:
        return False
    j, k = order[n - 1], order[n]
    between = article.text[article.claims[j].end : article.claims[k].start]
    return _AGAINST_RIGHT_AFTER.match(between) is not None


def given_by_subject(m: ClaimMention) -> bool:
    """The figure is what the verb right before it (counting, estimating, "put … at") gives to
    the verb's subject as its count."""
    at = m.sentence.find(m.text)
    return at > 0 and bool(_RIVAL_BEFORE.search(m.sentence[:at]))


def _sentence_index(article: Article, at: int) -> int | None:
    for n, s in enumerate(article.sentences):
        if s.start <= at < s.end:
            return n
    return None


def _rival_sentence(c: ClaimMention, before: str) -> bool:
    """The figure is what its sentence's verb gives to the subject as its count, and the
    sentence says nothing more."""
    return len(c.sentence.split()) <= RIVAL_WORDS and bool(
        _RIVAL_BEFORE.search(before) or _spoken_rival(c, before)
    )


def _spoken_rival(c: ClaimMention, before: str, rivalled: ClaimMention | None = None) -> bool:
    """A verb of saying or believing stands before a figure that names nothing it counts
    (:data:`SPOKEN_RIVALS`): no unit, or (``rivalled``: the figure before it in its sentence)
    only the one :func:`_carried_unit` from that figure."""
    return (
        SPOKEN_RIVALS
        and (not c.unit or _carried_unit(c, rivalled))
        and _speech_verb(before) is not None
    )


def _carried_unit(c: ClaimMention, rivalled: ClaimMention | None) -> bool:
    """Russian: the claims stage gives a bare amount at its clause's end the unit of the figure
    before it («остались 730 квартир; … уверены, что их не меньше 900» counts квартиры).  A
    claim records no such carrying, so it is read back: the rival's unit is that figure's and
    its own words are an amount alone (the stage's test, ``amount_alone``), a unit it names
    itself («… что пострадали 40 коров») being another count."""
    from ..claims.implicit_ru import amount_alone

    return (
        rivalled is not None
        and c.source.language == "ru"
        and c.unit == rivalled.unit
        and amount_alone(c.text, c.qualifier)
    )


def _speech_verb(text: str) -> int | None:
    """Where the first verb of saying or believing of ``text`` starts, by the attribution
    stage's lexicons (English: the lemmas' regular forms, :func:`_speech_forms_en`; Russian by
    pymorphy3), or ``None``."""
    from ..attribution.lexicon_ru import BELIEF_ADJECTIVES, HAND_SPEECH_VERBS

    forms = _speech_forms_en()
    for m in _LATIN_WORD.finditer(text):
        w = m.group().lower()
        if w in forms and len(w) > 2:
            return m.start()
    for m in _CYRILLIC_WORD.finditer(text):
        w = m.group().lower()
        if w in BELIEF_ADJECTIVES or _russian_lemmas(w) & (HAND_SPEECH_VERBS | BELIEF_ADJECTIVES):
            return m.start()
    return None


@cache
def _speech_forms_en() -> frozenset[str]:
    """Every regular form of the English verbs of saying and believing that state something
    (the attribution stage's ``SPEECH_VERBS`` but :data:`_NOT_STATING`), generated by the
    attribution stage's own :func:`~..attribution.select_en.inflections`.  Stripping a word's
    last letters by hand instead read nouns as verbs ("station" as "state", "museum" as "muse",
    "reporters" as "report", "adviser" as "advise") and missed "denied" (thirty-eighth
    session).  The irregular forms ("said", "thought", "told") come from the same table the
    attribution stage passes (spaCy's lemmatizer exceptions, :func:`_irregular_en`): without them
    the commonest verb of saying in news was never one."""
    from ..attribution.lexicon_en import SPEECH_VERBS
    from ..attribution.select_en import inflections

    return inflections(SPEECH_VERBS - _NOT_STATING, _irregular_en())


def _irregular_en() -> dict[str, list[str]]:
    """spaCy's irregular English verb forms, as the attribution stage reads them
    (``quotes_en._cue_forms``); empty when no English model is installed (or a test's fake
    pipeline has no lemmatizer), so the regular forms still serve."""
    from ..attribution import backends
    from ..attribution.spacy_speed import verb_exceptions
    from ..errors import ModelMissingError

    try:
        nlp = backends.models.get("en")
    except ModelMissingError:
        return {}
    if not hasattr(nlp, "components"):
        return {}
    return verb_exceptions(nlp)


def _russian_lemmas(word: str) -> frozenset[str]:
    """The verb (and short adjective) readings' dictionary forms of a Russian word."""
    from ..claims.nlp import russian_parses

    return frozenset(
        p.normal_form
        for p in russian_parses(word)
        if {"VERB", "INFN", "ADJS", "PRTS"} & p.tag.grammemes
    )


def _sources_two(a: ClaimMention, b: ClaimMention, before: str) -> bool:
    """The rival figure is given to someone (its source, else the subject of its verb, else
    the words before its verb: «В хукумате района называют …»), and not to the earlier
    figure's source (when that is known)."""
    # the subject of the verb that gives the figure ("while the ministry put the number at
    # 2.9 million") before the speaker the sentence's verb of saying lends the whole sentence
    # ("The operator said …, while …")
    agent = b.agent.strip() if b.agent and given_by_subject(b) else None
    sb = agent or sources.source_of(b) or (b.agent.strip() if b.agent else None)
    if not sb:
        verb = _RIVAL_BEFORE.search(before)
        at = verb.start() if verb else (_speech_verb(before) if SPOKEN_RIVALS else None)
        sb = before[:at].strip(" ,—-") if at is not None else None
    if not sb:
        return False
    sa = sources.source_of(a)
    return sa is None or sources._alike(sa, sb) < sources.SAME_SOURCE


def _may_bond(a: ClaimMention, b: ClaimMention) -> bool:
    """Nothing the index reads keeps the two figures apart as two counts."""
    from . import index

    va, vb = abs(a.value), abs(b.value)
    if va == 0 or vb == 0 or max(va, vb) / min(va, vb) > index.VALUE_SPAN:
        return False
    if identity.unit_agreement(a, b) == 0.0 or index.kinds_apart(a, b):
        return False
    if owners.owners_differ(a.owner, b.owner) or fates.apart(a, b):
        return False
    return not (index.periods_apart(a, b) or index.past_apart(a, b))
