"""A body's generic description read as the body its article names nearby.

A report names a company once and then calls it by what it is: "the company said", "the
management puts the cuts at …", «в руководстве предприятия сообщили», «ведомство уточнило».  The
attribution stage keeps the description as the figure's speaker — it is what the text says, and
what a reader is shown.  But for the trace the description says nothing on its own: "the
management" of one outlet and «Нордсталь» of another are one source of one count, and the
multilingual vectors cannot know it.  So where a figure's source is only a generic noun for a
body, the trace reads it as the body the same article names: the nearest one named before the
figure (its title first), else the one the article names most often, of a kind the noun can
stand for (a company's management is no ministry; "the ministry" is a ministry's).

What counts as a body named: an organisation the attribution stage found as a speaker, a name in
quotation marks («Нордсталь», "Vexa"), an abbreviation in capitals, a capitalised name joined to
a word for a body ("the Brekka steel works", "Tarvik Airlines", «завод Нордсталь»).  People
(the article's speakers who are persons) are never bodies.

The nouns are the lexicon below (Russian by pymorphy3's dictionary form, so every case meets):
words for a body in general or for a company's governing organ, no names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..article import Article
from . import bodies, bodies_ru

#: nouns that stand for a company (or any business) named elsewhere in the article, and for its
#: governing organ ("the management", «руководство»)
CORPORATE = frozenset(
    [
        *("company", "firm", "management", "leadership", "board", "plant", "factory", "works"),
        *("carrier", "airline", "operator", "group", "concern", "corporation", "employer"),
        *("manufacturer", "producer", "developer", "retailer", "utility", "insurer", "lender"),
        *("mine", "shipyard", "holding", "business", "enterprise", "automaker", "carmaker"),
        *("компания", "фирма", "руководство", "менеджмент", "дирекция", "правление"),
        *("предприятие", "завод", "автозавод", "фабрика", "комбинат", "перевозчик"),
        *("авиакомпания", "авиаперевозчик", "оператор", "концерн", "корпорация", "холдинг"),
        *("работодатель", "производитель", "застройщик", "ритейлер", "шахта", "верфь"),
    ]
)
#: nouns that stand for a public body named elsewhere: a ministry, an agency, a department
PUBLIC = frozenset(
    [
        *("ministry", "department", "agency", "authority", "regulator", "watchdog"),
        *("inspectorate", "ведомство", "министерство", "агентство", "департамент"),
        *("управление", "регулятор", "инспекция", "надзор"),
    ]
)
#: the kinds of body (:data:`.bodies.HEADS`) a public noun may stand for
_PUBLIC_KINDS = frozenset(
    [
        *("ministry", "agency", "inspectorate", "department", "committee", "service"),
        *("customs", "audit office", "weather service", "emergency service", "coast guard"),
        *("administration", "city hall", "police", "prosecutors"),
    ]
)
#: the kinds a company may carry in its name ("Tarvik Air operator")
_CORPORATE_KINDS = frozenset(["company", "operator", "exchange"])
#: words that only point at the body ("the", "its", «его», «этот»)
_POINTERS = frozenset(
    ["the", "its", "this", "that", "our", "его", "её", "ее", "их", "эта", "этот", "это"]
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=4096)
def generic_class(source: str) -> str | None:
    """``"corporate"`` or ``"public"`` when ``source`` is only a generic noun for a body ("the
    management", «руководства», «ведомство»), with at most a word that points at it; else
    ``None``."""
    words = [w for w in _WORD.findall(source) if w.casefold() not in _POINTERS]
    if len(words) != 1:
        return None
    lemma = _lemma(words[0])
    if lemma in CORPORATE:
        return "corporate"
    if lemma in PUBLIC:
        return "public"
    return None


def _lemma(word: str) -> str:
    low = word.casefold()
    if re.search("[а-яё]", low):
        from ..attribution.bodies_ru import _analyzer

        for p in _analyzer().parse(low)[:3]:
            if p.tag.POS == "NOUN":
                return str(p.normal_form)
        return low
    return low[:-1] if low.endswith("s") and low[:-1] in CORPORATE | PUBLIC else low


@dataclass(frozen=True)
class Named:
    """A body the article names: its name as a source ("Tarvik", «Нордсталь», "INAV"), where
    it stands (``-1``: the title) and its kind of body (:func:`.bodies.head`), if any."""

    name: str
    at: int
    kind: str | None
    abbreviation: bool = False


#: a name in quotation marks of at most four words, its first letter a capital
_QUOTED = re.compile(r"[«\"“]([A-ZА-ЯЁ0-9][^«»\"“”.!?,;:]{0,40}?)[»\"”]")
_ABBREVIATION = re.compile(r"[A-ZА-ЯЁ]{2,6}")
#: a capitalised name joined to a word for a body, before it ("the Brekka steel works",
#: "Tarvik Airlines") or after it («завод Нордсталь», "the company Vexa")
_BODY_WORDS_EN = (
    r"company|firm|plant|factory|works|mill|mine|group|airlines?|airways|carrier|operator"
    r"|corporation|corp|holding|concern|bank|motors|steel|energy"
)
_BODY_WORDS_RU = (
    r"компани\w*|фирм\w*|завод\w*|автозавод\w*|фабрик\w*|комбинат\w*|концерн\w*|холдинг\w*"
    r"|корпораци\w*|банк\w*|авиакомпани\w*|перевозчик\w*|предприяти\w*"
)
#: (English only: a Russian name follows the word for its kind, «завод «Нордсталь»»)
_NAME_BEFORE = re.compile(
    rf"((?:[A-Z][\w'’&-]+\s+){{1,3}})(?:[a-z][\w-]*\s+)?(?i:{_BODY_WORDS_EN})\b"
)
_NAME_AFTER = re.compile(
    rf"\b(?i:{_BODY_WORDS_EN}|{_BODY_WORDS_RU})\s+([A-ZА-ЯЁ][\w'’&-]+)"
)
#: a capitalised word that opens a name but is no part of it
_OPENERS = frozenset(["the", "a", "an", "this", "in", "at", "on", "by", "of", "for"])


def named_bodies(article: Article) -> list[Named]:
    """The bodies ``article`` names, in the order it names them (its title first)."""
    people = {
        w.casefold() for s in article.speakers if s.kind == "person" for w in s.name.split()
    }
    found: list[Named] = []
    for s in article.speakers:
        if s.kind in ("organization", "collective") and _proper(s.name):
            found += [_named(s.name, m.start) for m in s.mentions]
    for text, offset in ((article.title or "", -1), (article.text, 0)):
        for match in _QUOTED.finditer(text):
            name = match.group(1).strip()
            if len(name.split()) <= 4:
                found.append(_named(name, match.start() if offset == 0 else -1))
        for match in _NAME_BEFORE.finditer(text):
            words = [w for w in match.group(1).split() if w.casefold() not in _OPENERS]
            if words:
                found.append(_named(" ".join(words), match.start() if offset == 0 else -1))
        for match in _NAME_AFTER.finditer(text):
            found.append(_named(match.group(1), match.start() if offset == 0 else -1))
    return sorted(
        (
            n
            for n in found
            if not any(w.casefold() in people for w in n.name.split())
            and generic_class(n.name) is None
        ),
        key=lambda n: n.at,
    )


def _proper(name: str) -> bool:
    """A body's own name: every word capitalised (or a quotation mark, a digit, a connecting
    word), none a common noun for people ("Analysts"); not a description that holds one
    ("local media", "analysts at …", "the ministry's department")."""
    words = [w for w in re.split(r"[\s«»\"“”]+", name) if w]
    if not words:
        return False
    from ..attribution.person_nouns_data import PERSON_NOUNS
    from .sources import _office

    return not any(_office(w) for w in words) and all(
        (w[:1].isupper() or w[:1].isdigit() or w.casefold() in ("of", "and", "&", "и"))
        and w.casefold().rstrip("s") not in PERSON_NOUNS
        and not w.endswith(("'s", "’s"))
        for w in words
    )


def _named(name: str, at: int) -> Named:
    short = bool(_ABBREVIATION.fullmatch(name))
    kind = bodies.head(bodies_ru.written_out(name))  # «Минэкологии»: a ministry
    return Named(name, at, kind[0] if kind else None, short and kind is None)


def _fits(n: Named, cls: str, own_kind: str | None) -> bool:
    """Whether the body ``n`` may be called by a generic noun of class ``cls`` (whose own kind
    of body is ``own_kind``, if it names one: "the ministry" is a ministry's).  An abbreviation
    whose kind is unknown is no company's and no particular kind's."""
    if cls == "corporate":
        return not n.abbreviation and (n.kind is None or n.kind in _CORPORATE_KINDS)
    if own_kind is not None:
        return n.kind == own_kind
    return n.kind in _PUBLIC_KINDS


def body_for(source: str, at: int, article: Article, found: list[Named] | None = None) -> str | None:
    """The body ``source`` stands for when it is a generic noun for one (:func:`generic_class`):
    the nearest fitting body the article names before ``at`` (its title counts as before), else
    the fitting body it names most often; ``None`` when the source is no generic noun or the
    article names no body it fits."""
    cls = generic_class(source)
    if cls is None:
        return None
    own = bodies.head(source)
    fitting = [
        n for n in (named_bodies(article) if found is None else found) if _fits(n, cls, own[0] if own else None)
    ]
    before = [n for n in fitting if n.at < at]
    if before:
        return before[-1].name
    if not fitting:
        return None
    counts: dict[str, int] = {}
    for n in fitting:
        counts[n.name] = counts.get(n.name, 0) + 1
    return max(counts, key=lambda name: counts[name])
