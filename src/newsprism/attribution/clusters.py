"""The speaker table's units: a cluster per person, organisation or other source.

:class:`People` joins a person's mentions in reading order (spelling variants by :mod:`.names`,
namesakes kept apart by given name, gender and generation word); :class:`_EntityClusters` maps
each entity span to its cluster and answers "who is named inside this span" by bisection.
Split out of :mod:`.speakers`, which builds the table from them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, field

from .model import Entity
from .names import (
    clean_alias,
    phonetic_key,
    same_bare_spelling,
    same_given_skeleton,
    same_name,
    same_skeleton,
    surname_key,
)
from .roles import role_keys


@dataclass(eq=False)  # one cluster is one source: compared by identity, not field by field
class Cluster:
    """One person, organisation or other source, with every place it is mentioned."""

    kind: str
    name: str
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    gender: str | None = None
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    #: head nouns of descriptions that refer to this one ("senator", "envoy")
    heads: set[str] = field(default_factory=set)
    speaks: bool = False
    #: a group named in the plural ("Democrats", "the protesters"): "they", not "it"
    plural: bool = False
    #: two people named together ("A and B"), not two bodies
    people: bool = False
    #: the gender is only the name dictionary's guess (see :attr:`Entity.gender_guessed`)
    gender_guessed: bool = False
    #: where the person is first named with a given name (None while known by surname only)
    named_at: int | None = None
    #: where the article first calls the person, once named, by surname alone
    short_from: int | None = None

    #: the mentions as a set and their starts sorted, for lookups in log time (a scan of every
    #: mention per lookup made a long article quadratic in its mentions)
    _spans: set[tuple[int, int]] = field(default_factory=set, init=False, repr=False)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)

    def add(self, start: int, end: int, alias: str | None) -> None:
        if (start, end) not in self._spans:
            self._spans.add((start, end))
            self.mentions.append((start, end))
            insort(self._starts, start)
        alias = clean_alias(alias) if alias else None
        if alias and alias not in self.aliases:
            self.aliases.append(alias)

    @property
    def last_seen(self) -> int:
        return self._starts[-1] if self._starts else -1

    def seen_before(self, pos: int) -> int:
        k = bisect_left(self._starts, pos)
        return self._starts[k - 1] if k else -1

    def seen_outside(
        self, pos: int, span: tuple[int, int], aside: Sequence[tuple[int, int]] = ()
    ) -> int:
        """The last mention before ``pos`` that is not inside ``span`` nor inside any span of
        ``aside`` (sorted, not overlapping), or -1."""
        k = bisect_left(self._starts, pos)
        while k and (
            span[0] <= self._starts[k - 1] < span[1] or _inside_any(aside, self._starts[k - 1])
        ):
            k -= 1
        return self._starts[k - 1] if k else -1


def _inside_any(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls inside one of ``spans`` (sorted by start, not overlapping)."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


#: a generation word written with a name: «Буш-младший», «Буша-старшего», "Cyrus Vance Jr.",
#: "Senior"; the value says which of two namesakes of one family is meant
_GENERATION = re.compile(
    r"(?i)-(младш|старш)[а-яё]*\b|\b(jr|junior|sr|senior)\b\.?",
)


def generation(name: str) -> str | None:
    """``"junior"`` or ``"senior"`` when ``name`` is written with a generation word, else None."""
    m = _GENERATION.search(name)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return "junior" if word in ("младш", "jr", "junior") else "senior"


#: a lone Russian surname in -ова/-ева/-ина/-ына: a man's genitive or accusative («Крылова»,
#: of Крылов) and a woman's nominative (Крылова) are one form
_AMBIGUOUS_CASE_FORM = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)а$")


class People:
    """Person clusters built from named-entity mentions in reading order."""

    def __init__(self, text: str = "") -> None:
        self.clusters: list[Cluster] = []
        self.text = text
        #: mentions by a bare surname two people of the article share, the text not settling
        #: which of them is meant (see :meth:`_settled`)
        self.doubtful: list[tuple[int, int]] = []

    def match(self, e: Entity) -> Cluster | None:
        last = e.last or e.normal
        # the surface form too: a lemmatiser may turn «Крылова» (she) into «Крылов»
        surnames = {last, e.text.split()[-1]} if e.first is None else {last}
        candidates = []
        namesakes = []  # people of this surname the article gave a given name
        for c in self.clusters:
            if c.kind != "person" or c.last is None:
                continue
            if _one_given_name(e.first, c.first):
                # one given name in two transliterations (Zhanar / Janar): the name dictionary
                # may give each spelling another country's gender; that is no second person
                pass
            elif e.first and e.gender and c.gender and e.gender != c.gender:
                continue  # two people of one surname
            elif (
                e.gender
                and c.gender
                and e.gender != c.gender
                and not e.gender_guessed
                and not _AMBIGUOUS_CASE_FORM.search(e.text)
            ):
                # "Keir Starmer" … "Lady Starmer", "Mr and Mrs Smith": a title that says the
                # other gender is the other person of that surname (a spouse, a sibling).  Not
                # for a Russian surname whose form is a man's genitive as well as a woman's
                # nominative («Крылова»): its gender is only the lemmatiser's pick of the two
                continue
            if _other_generation(e.text, c):
                continue  # «Джордж Буш-старший» and «Джордж Буш-младший»: father and son
            # «Абу Мухаммад аль-Джулани» (read as first name Абу, surname Мухаммад) … «Джулани»:
            # the word after a particle is a surname too
            particle = surname_key(c.name) != phonetic_key(c.name)
            inner = _inner_words(c)
            if any(
                _surname_match(n, c.last) or (particle and _surname_match(n, c.name))
                for n in surnames
            ):
                if (
                    e.first
                    and c.first
                    and not _same_given_name(e.first, c.first)
                    and not any(_surname_match(e.first, w) for w in inner)
                ):
                    # Hillary and Bill Clinton; but "Méndez Arriaga" after "Rodrigo Méndez
                    # Arriaga" is his two surnames without the given name
                    continue
                candidates.append(c)
                if c.first and c.named_at is not None and c.named_at < e.start:
                    namesakes.append(c)  # named before this mention
            elif e.first is None and any(_surname_match(n, w) for n in surnames for w in inner):
                # "Ayala" after "Rodrigo Ayala Quisbert": the first of two surnames, as
                # Spanish-speaking news calls a person by the father's surname alone
                candidates.append(c)
                if c.named_at is not None and c.named_at < e.start:
                    namesakes.append(c)
            elif e.first is None and e.middle is None and c.first and same_name(last, c.first):
                candidates.append(c)  # "Hillary" alone
            elif (
                e.first
                and e.middle
                and e.last is None
                and c.first
                and c.middle
                and same_name(e.first, c.first)
                and same_name(e.middle, c.middle)
            ):
                candidates.append(c)  # "Сергей Викторович": first name with patronymic
        if not candidates:
            return None
        # namesakes: the one mentioned last is the one meant
        best = max(candidates, key=lambda c: c.seen_before(e.start))
        if (
            e.first is None
            and len(namesakes) > 1
            and best in namesakes
            and not self._settled(best, namesakes, e)
        ):
            self.doubtful.append((e.start, e.end))
        elif e.first is None and best.named_at is not None and best.named_at < e.start:
            # the article calls this one by surname alone from here on
            best.short_from = min(best.short_from or e.start, e.start)
        return best

    def _namesake_named(self, new: Cluster) -> None:
        """A second person of a surname is named («братья Ким» … «Алексей Ким» … «Сергей
        Ким»): the mentions by surname alone that were joined to the first one before it had a
        given name (a family named together, a headline) may be either of them, and the bare
        surname is no longer the first one's own name."""
        if not new.last:
            return
        for c in self.clusters:
            if c.kind != "person" or not c.first or c.named_at is None:
                continue
            if not c.last or not _surname_match(c.last, new.last):
                continue
            self.doubtful.extend(m for m in c.mentions if m[0] < c.named_at)
            c.aliases = [a for a in c.aliases if " " in a.strip() or not _surname_match(a, c.last)]

    def _settled(self, best: Cluster, candidates: list[Cluster], e: Entity) -> bool:
        """Whether the text settles which of two namesakes a bare surname is ("Andrew Carter"
        … "Thomas Carter" … "Carter said"): only when the one mentioned last was mentioned in
        the same paragraph and the other was not.  Writers name two people of one family by
        given name or in full; a bare surname a paragraph later is a guess — except for the
        one the article already called by surname alone before the other was named (the
        subject of a profile, whose mother is named later in full): the surname is that one's
        short name, when that one is also the one mentioned last."""
        if best.short_from is not None and all(
            c is best or c.named_at is None or c.named_at > best.short_from for c in candidates
        ):
            return True
        para = self.text.rfind("\n\n", 0, e.start) + 1 if self.text else 0
        if best.seen_before(e.start) < para:
            return False
        return all(c is best or c.seen_before(e.start) < para for c in candidates)

    def add(self, e: Entity) -> Cluster:
        c = self.match(e)
        if c is None:
            c = Cluster("person", e.normal, e.first, e.middle, e.last or e.normal, e.gender, e.role)
            c.gender_guessed = e.gender_guessed
            if e.first:
                c.named_at = e.start
                self._namesake_named(c)
            self.clusters.append(c)
        else:
            if e.first and c.named_at is None:
                c.named_at = e.start
            if e.first and not c.first:
                c.first, c.name = e.first, e.normal
            if e.middle and not c.middle:
                c.middle = e.middle
            if e.first and e.last and c.first and _fuller(e.normal, c.name):
                c.name = e.normal
            if e.gender and (c.gender is None or c.gender_guessed and not e.gender_guessed):
                c.gender, c.gender_guessed = e.gender, e.gender_guessed  # a title beats a guess
            c.role = c.role or e.role
        # aliases in dictionary form; a lone surname as the cluster spells it (a surname two
        # people share is neither's alias)
        alias: str | None = e.normal
        if not (e.first or e.middle) and not _surname_match(e.normal, c.last or ""):
            alias = c.last if c.last and _surname_match(e.text, c.last) else e.text
        if self.doubtful and self.doubtful[-1] == (e.start, e.end):
            alias = None
        c.add(e.start, e.end, alias)
        if e.role:
            c.heads.update(role_keys(e.role))
        return c


def _inner_words(c: Cluster) -> list[str]:
    """The words between the given name and the last surname of a person named with three or
    more words in Latin letters ("Rodrigo Ayala Quisbert" → "Ayala"): a first surname or a
    second given name, by which alone, or with the last surname, the article may call them.
    Not Russian names in Cyrillic, whose middle word is a patronymic (never used alone)."""
    words = c.name.split()
    if len(words) < 3 or not c.first or _cyrillic(c.name):
        return []
    return [w for w in words[1:-1] if len(w) >= 3 and w[:1].isupper()]


def _other_generation(text: str, c: Cluster) -> bool:
    """Whether a name written with one generation word meets a person already written with the
    other: two namesakes of one family, never one speaker (a name written without one joins
    either, as before)."""
    mine = generation(text)
    if mine is None:
        return False
    theirs = {generation(n) for n in (c.name, *c.aliases)} - {None}
    return bool(theirs) and mine not in theirs


def _fuller(new: str, old: str) -> bool:
    """Whether a person's name as now written says more than the one kept: more words, or
    an initial written out ("V. Putin" … "Vladimir Putin").  A second spelling of the same
    words ("Vladimir Zubkov" … "Vladimir Zoubkov") is not fuller: the first one stays."""
    a, b = new.split(), old.split()
    if len(a) != len(b):
        return len(a) > len(b)
    return any(len(x.rstrip(".")) == 1 and len(y) > 2 for x, y in zip(b, a, strict=True))


def _one_given_name(a: str | None, b: str | None) -> bool:
    """Whether two given names are one name spelt by two transliterations (the same
    :func:`.names.phonetic_key`, three letters at least: Zhanar / Janar, Fyodor / Fedor)."""
    if not a or not b:
        return False
    key = phonetic_key(a)
    return len(key) >= 3 and key == phonetic_key(b)


def _same_given_name(a: str, b: str) -> bool:
    """Hillary and Bill are two people; Aliaksandr and Alexander one (Belarusian and Russian).
    Beside a surname already matched, one given name in two languages (Gheorghe / Georgy,
    Pavlo / Pavel) is closer than two names of a family (Oleg / Olga, Ivan / Igor)."""
    return (
        same_name(a, b)
        or same_bare_spelling(a, b)
        or same_skeleton(a, b)
        or same_given_skeleton(a, b)
        or same_name(a, b, threshold=0.8)
        and phonetic_key(a)[:1] == phonetic_key(b)[:1]
    )


def _org_named(orgs: dict[str, Cluster], key: str) -> Cluster | None:
    """The organisation a shorter name refers back to: «Федерация» after «Федерация футбола
    Португалии» — the one organisation named before whose name starts with these words."""
    if key in orgs:
        return orgs[key]
    longer = [c for k, c in orgs.items() if k.startswith(key + " ")]
    return longer[0] if len(longer) == 1 else None


def _surname_match(a: str, b: str) -> bool:
    ka, kb = surname_key(a), surname_key(b)
    if ka == kb or same_bare_spelling(a, b):
        return True  # "Hadžić" … "Hadzic": the same letters, the diacritics left off once
    if ka.rstrip("a") == kb.rstrip("a") and ka != kb:
        return False  # feminine and masculine forms of one surname
    if min(len(ka), len(kb)) < 5:
        return False
    return same_name(a, b) or same_skeleton(a, b)


def _cyrillic(word: str) -> bool:
    return any("а" <= ch <= "я" or ch == "ё" for ch in word.lower())


#: a kind's spans by start: sorted starts, insertion index of each, the spans in insertion
#: order, the furthest end up to each sorted start
_KindIndex = tuple[list[int], list[int], list[tuple[int, int]], list[int]]


class _EntityClusters(dict[tuple[int, int], Cluster]):
    """Entity span → its cluster, answering "which lie inside this span" by bisection over the
    spans sorted by start (a scan of every entity per source was quadratic in long articles);
    the answer keeps the order of insertion, as a scan would."""

    def __init__(self) -> None:
        super().__init__()
        self._index: tuple[list[int], list[tuple[int, int, int]], list[Cluster]] | None = None
        self._kinds: dict[str, _KindIndex] = {}

    def __setitem__(self, key: tuple[int, int], value: Cluster) -> None:
        self._index = None
        self._kinds = {}
        super().__setitem__(key, value)

    def _of_kind(self, kind: str) -> _KindIndex:
        """The spans of ``kind`` in insertion order, their starts sorted with the insertion
        index of each, and the furthest end up to each sorted start."""
        if kind not in self._kinds:
            spans = [k for k, c in self.items() if c.kind == kind]
            order = sorted(range(len(spans)), key=lambda i: spans[i][0])
            reach, furthest = -1, []
            for i in order:
                reach = max(reach, spans[i][1])
                furthest.append(reach)
            self._kinds[kind] = ([spans[i][0] for i in order], order, spans, furthest)
        return self._kinds[kind]

    def people_on_line(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The people named between the start of ``pos``'s line and ``pos``, in insertion
        order: what :func:`leading_colon` looks among (it looked among every person)."""
        starts, order, spans, _ = self._of_kind("person")
        line_start = text.rfind("\n", 0, pos) + 1
        lo, hi = bisect_left(starts, line_start), bisect_left(starts, pos)
        return [spans[i] for i in sorted(order[lo:hi])]

    def in_organisation(self, at: int) -> bool:
        """Whether an organisation's span holds ``at``."""
        starts, _, _, furthest = self._of_kind("organization")
        k = bisect_right(starts, at) - 1
        return k >= 0 and furthest[k] > at

    def inside(self, start: int, end: int) -> list[Cluster]:
        if self._index is None:
            spans = sorted((s, order, e) for order, (s, e) in enumerate(self))
            self._index = ([s for s, _, _ in spans], spans, list(self.values()))
        starts, spans, clusters = self._index
        hits = sorted(
            order
            for _, order, e in spans[bisect_left(starts, start) : bisect_right(starts, end)]
            if e <= end
        )
        return [clusters[order] for order in hits]
