"""Who the source words of each quote refer to: the per-article speaker table.

People named in the article are clustered first (:mod:`.names` merges spelling variants, first
names keep namesakes apart), organisations by their normalised name.  Each quote's source words
are then resolved: a name to its cluster, a pronoun or a description ("the senator") through
:mod:`.coref`, anonymous sources and collectives to speakers of their own, never to a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..article import Mention, Quote, Sentence, Speaker
from ..calendar_words import MONTHS_EN, WEEKDAYS_EN
from . import coref
from .bodies_en import body_noun
from .bodies_ru import genitive_tail, referred_body, thing_not_source
from .given_names import given_name_gender, is_given_name
from .model import Analysis, Entity, Found, SourceRef
from .name_runs import NAMED_AFTER, ROLE_NOUNS, first_name_gender
from .names import (
    HONORIFICS,
    TITLES,
    clean_alias,
    display_name,
    phonetic_key,
    same_given_skeleton,
    same_name,
    same_skeleton,
    split_honorific,
    strip_suffix,
    surname_key,
)
from .noun_senses_data import GROUP_NOUNS, PEOPLE_NOUNS
from .person_nouns_data import PERSON_NOUNS
from .roles import ROLE_SYNONYMS, role_keys
from .trailing import leading_colon, trailing_cue


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
            if any(
                _surname_match(n, c.last) or (particle and _surname_match(n, c.name))
                for n in surnames
            ):
                if e.first and c.first and not _same_given_name(e.first, c.first):
                    continue  # Hillary and Bill Clinton
                candidates.append(c)
                if c.first and c.named_at is not None and c.named_at < e.start:
                    namesakes.append(c)  # named before this mention
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
    if ka == kb:
        return True
    if ka.rstrip("a") == kb.rstrip("a") and ka != kb:
        return False  # feminine and masculine forms of one surname
    if min(len(ka), len(kb)) < 5:
        return False
    return same_name(a, b) or same_skeleton(a, b)


def resolve(
    analysis: Analysis, sentences: tuple[Sentence, ...], text: str
) -> tuple[tuple[Speaker, ...], tuple[Quote, ...]]:
    people = People(text)
    orgs: dict[str, Cluster] = {}
    others: dict[str, Cluster] = {}
    entity_cluster = _EntityClusters()
    entities = _given_names_joined(
        _relabel_people(sorted(analysis.entities, key=lambda e: e.start)), text
    )
    entities = _quoted_names(entities, text)
    # a name NER calls an organisation somewhere is one in the whole article («издание Long War
    # Journal» … «Long War Journal отмечает» read once as a person)
    org_names = {phonetic_key(e.normal) for e in entities if e.label == "ORG" and " " in e.normal}
    for e in entities:
        if e.label == "PER" and phonetic_key(e.normal) not in org_names:
            entity_cluster[(e.start, e.end)] = people.add(e)
        elif e.label in ("PER", "ORG"):
            key = phonetic_key(e.normal)
            c = _org_named(orgs, key) or orgs.setdefault(
                key, Cluster("organization", e.normal, plural=e.plural)
            )
            c.add(e.start, e.end, e.normal)
            c.role = c.role or e.role
            entity_cluster[(e.start, e.end)] = c

    bare = _surname_mentions(people, entity_cluster, text, analysis.common_openers)
    # a surname NER left untagged still names one of two people named together ("Asanaliev
    # and deputy Gulnara I. asked …. They said"): the pair is read over both kinds of mention
    by_span = {(e.start, e.end): c for e, c in bare} | dict(entity_cluster)
    together = sorted(entities + [e for e, _ in bare], key=lambda e: (e.start, -e.end))
    groups = _coordinated(together, by_span, text, others)
    _read_out(analysis, text)

    resolved: list[tuple[Found, Cluster | None]] = []
    for f in analysis.found:
        cluster: Cluster | None = None
        if f.cue is None and f.kind == "direct" and f.source is None:
            after = trailing_cue(text, f.end)
            named = (
                leading_colon(text, f.start, entity_cluster.people_on_line(text, f.start))
                if after is None
                else None
            )
            if after is not None:  # "“Why should we pay for their mistakes?” Hale said."
                f.cue, f.source = after
                f.continues_previous = False
            elif named is not None:  # "Republican pollster Daron Shaw: “…”"
                colon = text.rindex(":", 0, f.start)
                f.cue = (colon, colon + 1)
                f.source = SourceRef(named[0], named[1], text[named[0] : named[1]], "name")
                f.continues_previous = False
        if f.continues_previous and resolved:
            cluster = resolved[-1][1]
        elif (
            f.source is not None
            and f.source.kind in ("name", "organization")
            and _group_in(f.source, groups)
            and not _named_after_group(f.source, groups, entity_cluster, text)
        ):
            cluster = _group_in(f.source, groups)  # "Senators A and B warned that …"
        elif f.source is not None and (
            pair := _described_pair(f.source, people.clusters, by_span, text)
        ):
            # "A and the deputy from the faction X said": the pair, the description read as the
            # person the article introduced so; "They …" after it finds the pair
            name = f"{pair[0].name} and {pair[1].name}"
            cluster = others.setdefault("group:" + name, Cluster("collective", name, plural=True))
            cluster.people = True
            cluster.add(f.source.start, f.source.end, None)
            groups[(f.source.start, f.source.end)] = cluster
        elif f.source is not None and _people_ending(f.source, groups, text) is not None:
            # "The goalkeeper A, who …, and the defender B told …", "The owners of the winery,
            # Ion and Maria C., told …": the subject ends in two people named together (the
            # parse may hang the pair on another noun, or give the verb only the last name)
            cluster = _people_ending(f.source, groups, text)
        elif f.source is not None and f.source.kind == "pronoun" and f.source.plural:
            # "They warned …": people named together just before, else a group or organisation
            pool = [*groups.values(), *_outside_groups(orgs.values(), groups, f.source.start)]
            cluster = _they_subject(f.source, people.clusters, groups, others, text)
            if cluster is None:
                cluster = coref.pronoun(f.source, people.clusters, pool, resolved, _own_words(f))
            if cluster is not None:
                cluster.add(f.source.start, f.source.end, None)
        elif f.source is not None:
            if (
                _trailing_pronoun(f) or _trailing_description(f, text, entity_cluster)
            ) and _opens_sentence(text, f.start):
                # "Deputy X visited Shebekino.\n\n— We understand …, — he told Izvestia.": a
                # paragraph of speech goes to the person the paragraph before opens with
                cluster = _previous_subject(f, sentences, people.clusters, analysis.found, text)
                if f.source.kind == "description":
                    # "— …, — the pensioner said.": the one introduced as the pensioner, else
                    # the one the paragraph before opens with, if named with a given name
                    introduced = _introduced_as(
                        f.source.text, f.source.start, people.clusters, text, _own_words(f)
                    )
                    fallback = cluster if cluster is not None and cluster.first else None
                    cluster = introduced or fallback
                if cluster is not None:
                    cluster.add(f.source.start, f.source.end, None)
            if cluster is None and RU_SENTENCE_OWNER:
                # «Депутат X заявил, что …: по его словам, …»: the person of the pronoun's
                # gender its own sentence names before it, before anyone quoted earlier
                cluster = _owner_in_sentence(f, sentences, people.clusters, resolved, analysis)
                if cluster is not None:
                    cluster.add(f.source.start, f.source.end, None)
            if cluster is None:
                # "The mayor X visited Y. The agency quotes him as saying …": the sentence's
                # subject before, not the place or person named after it
                cluster = _quoted_object(f.source, sentences, people.clusters, analysis.found, text)
                if cluster is not None:
                    cluster.add(f.source.start, f.source.end, None)
            if cluster is None and RU_PREVIOUS_SUBJECT:
                # «Их инициатором стал Заза С. — отец …. Он считает, что …»: the person the
                # sentence before has as its subject, though no verb of saying introduced them
                cluster = _subject_before_ru(f, sentences, people.clusters, analysis, text)
                if cluster is not None:
                    cluster.add(f.source.start, f.source.end, None)
            before = _previous_sentence(f.source, sentences, text) if cluster is None else None
            if before is not None:
                # "…, Igor P. According to him, …": a pronoun opening its sentence refers to the
                # one person the sentence before names, before anyone quoted earlier; "The
                # governor backed Voronina. He said …": to the person it opens with, described
                cluster = _described_subject(
                    before, f.source, people.clusters, resolved
                ) or _sole_person_before(before, f.source, people.clusters, analysis.found, text)
                if cluster is not None:
                    cluster.add(f.source.start, f.source.end, None)
                else:
                    cluster = _one_of_two_before(
                        before, f.source, people.clusters, analysis.found, text, groups
                    )
            if cluster is None:
                cluster = _resolve_source(
                    f.source,
                    people,
                    orgs,
                    others,
                    entity_cluster,
                    resolved,
                    text,
                    # the author of a letter read out is unnamed; an official an outlet
                    # reports on is not
                    back=f.relayed_by is None or f.relayed_report,
                    said=_own_words(f),
                )
        elif f.cue is None and f.kind == "direct":
            cluster = _same_paragraph_speaker(f, resolved, entity_cluster, text)
        if cluster is not None:
            cluster.speaks = True
            f.namesake = (
                resolved[-1][0].namesake
                if f.continues_previous and resolved
                else f.source is not None
                and any(a < f.source.end and f.source.start < b for a, b in people.doubtful)
            )
        resolved.append((f, cluster))

    # relayed speech: the speaker of the quote the relayed words sit in
    relayer: dict[int, Cluster | None] = {}
    for i, (f, _) in enumerate(resolved):
        if f.relayed_by is not None:
            outer = [
                c
                for g, c in resolved
                if g is not f and g.start <= f.start and f.end <= g.end and g.relayed_by is None
            ]
            relayer[i] = (
                outer[0]
                if outer
                else _resolve_source(f.relayed_by, people, orgs, others, entity_cluster, resolved)
                if f.relayed_by.text
                else None
            )
            if relayer[i] is not None:
                relayer[i].speaks = True  # type: ignore[union-attr]

    _first_names(people, text)
    table = [c for c in _all_clusters(people, orgs, others) if c.speaks]
    for c in table:  # the name, not the whole source phrase with its relative clause
        c.name, role = display_name(c.name)
        c.role = c.role or role
        c.name = _as_written(c, text)
    table.sort(key=lambda c: min((s for s, _ in c.mentions), default=0))
    ids = {id(c): i for i, c in enumerate(table)}
    speakers = tuple(
        Speaker(
            id=ids[id(c)],
            name=c.name,
            aliases=tuple(a for a in c.aliases if _folded_yo(a) != _folded_yo(c.name)),
            role=c.role,
            kind=_body_not_person(c),
            mentions=tuple(Mention(s, e, text[s:e]) for s, e in sorted(c.mentions)),
        )
        for c in table
    )
    quotes = []
    sentence_ends = [s.end for s in sentences]  # sorted: sentences do not overlap
    for i, (f, who) in enumerate(resolved):
        cue = text[f.cue[0] : f.cue[1]] if f.cue else None
        src = f.source
        rel = relayer.get(i)
        quotes.append(
            Quote(
                id=i,
                kind=f.kind,
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                speaker=ids[id(who)] if who is not None else None,
                cue=cue,
                cue_start=f.cue[0] if f.cue else None,
                cue_end=f.cue[1] if f.cue else None,
                # a dropped subject («Также заявлял, что …») has a speaker but no words
                source_text=src.text if src and src.end > src.start else None,
                source_start=src.start if src and src.end > src.start else None,
                source_end=src.end if src and src.end > src.start else None,
                relayed_by=ids[id(rel)] if rel is not None else None,
                sentences=_overlapping(sentences, sentence_ends, f.start, f.end),
            )
        )
    return speakers, tuple(quotes)


#: a short abbreviation standing for a body («ГУ»), shown as the whole name it opens
_SHORT_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,4}")


def _as_written(c: Cluster, text: str) -> str:
    """The name shown for ``c``: a Russian body known by a short abbreviation that one of its
    mentions opens («ГУ» of «ГУ МЧС по Пермскому краю») by that whole name, as a figure's
    source already is; and a Russian name with the «ё» its mentions write («Пётр Семёнов»),
    which the normaliser folds to «е»."""
    mentions = [text[a:b] for a, b in sorted(c.mentions)]
    name = c.name
    if c.kind == "organization" and _SHORT_ABBREVIATION.fullmatch(name):
        from ..claims.source_words import whole_body_name

        for m in sorted((m for m in mentions if m.startswith(name + " ")), key=len):
            whole = whole_body_name(name, m, "ru")
            if whole:
                name = whole
                break
    return with_written_yo(name, mentions)


def _folded_yo(name: str) -> str:
    return name.replace("ё", "е").replace("Ё", "Е")


def with_written_yo(name: str, written: Sequence[str]) -> str:
    """``name`` with «ё» where a written form of the same word has it («Петр Семенов» and
    «Пётр Семёнов» → «Пётр Семёнов»): a word of the name takes the «ё» of a written word whose
    stem it shares (all but the shorter word's last two letters, folding «ё»)."""
    yo_words = [w for t in written for w in re.findall(r"\w+", t) if "ё" in w.lower()]
    if not yo_words:
        return name
    out = []
    for word in name.split(" "):
        chars = list(word)
        folded = word.lower().replace("ё", "е")
        for w in yo_words:
            f = w.lower().replace("ё", "е")
            n = 0
            while n < min(len(f), len(folded)) and f[n] == folded[n]:
                n += 1
            if n < max(3, min(len(f), len(folded)) - 2):
                continue
            for i in range(n):
                if w[i] in "ёЁ" and chars[i] in "еЕ":
                    chars[i] = "ё" if chars[i] == "е" else "Ё"
        out.append("".join(chars))
    return " ".join(out)


#: how far (characters) a quote with no cue of its own may stand from the previous speaker's
MAX_FOLLOW_GAP = 300


def _same_paragraph_speaker(
    f: Found,
    resolved: list[tuple[Found, Cluster | None]],
    entity_cluster: _EntityClusters,
    text: str,
) -> Cluster | None:
    """ "“A,” she said, adding that …. “B.”": a quoted passage with no cue of its own that
    follows someone's words in the same paragraph is theirs, unless another person is named
    in between (then it is left unattributed rather than guessed)."""
    before = [(g, c) for g, c in resolved if g.end <= f.start and g.relayed_by is None]
    if not before:
        return None
    g, c = max(before, key=lambda gc: gc[0].end)
    gap = text[g.end : f.start]
    if c is None or len(gap) > MAX_FOLLOW_GAP:
        return None
    if "\n" in gap:
        # "… he said, adding that ….\n\n“B.”": a paragraph that is all quote, right after a
        # paragraph that ends with someone's words, goes on with them
        said_end = max(g.end, g.cue[1] if g.cue else 0, g.source.end if g.source else 0)
        tail, _, rest = text[said_end : f.start].partition("\n")
        if rest.strip() or len(tail.strip(" .,;")) > 40 or "\n" in text[f.start : f.end]:
            return None
    between = entity_cluster.inside(g.end, f.start)
    if any(other is not c and other.kind == "person" for other in between):
        return None
    # sentences without a cue may not have been through NER: any capitalised word that is not
    # this speaker's name may be someone else's
    own = {w.lower() for n in (c.name, *c.aliases) for w in n.split()}
    said = max(g.cue[1] if g.cue else 0, g.source.end if g.source else 0) - g.end
    for m in _CAPITALISED.finditer(gap, max(0, said)):
        word = m.group().lower()
        at = g.end + m.start()
        if entity_cluster.in_organisation(at):
            continue  # "told CNN": an outlet, not another speaker
        if word not in own and word not in _SENTENCE_OPENERS:
            return None
    return c


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
#: capitalised words that open a sentence and name nobody
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "then",
        "there",
        "here",
        "still",
        "later",
        "earlier",
        "now",
        "mr",
        "ms",
        "mrs",
        "dr",
        *WEEKDAYS_EN,
        *MONTHS_EN,
    ]
)


def _body_named_as_person(e: Entity) -> Entity:
    """NER's person whose last word is a body's noun ("General Hospital", "Lakeside Bank") is
    that body, unless it opens with a given name or a title ("Tom Church", "Mr Bank"): "she"
    and "he" must not resolve to it."""
    words = e.normal.split()
    if (
        e.label != "PER"
        or len(words) < 2
        or e.gender is not None
        or not body_noun(words[-1].lower())
        or is_given_name(words[0])
        and words[0].lower() not in ROLE_NOUNS  # "General" is a given name in the dictionary
    ):
        return e
    return Entity(e.start, e.end, e.text, "ORG", e.normal, role=e.role)


def _relabel_people(entities: list[Entity]) -> list[Entity]:
    """Names NER took for organisations: "Alexei Navalny" … "Navalnyi" (a full name and its
    surname, spelt two ways) is a person, as is a lone word that is a known person's surname."""
    named = ("ORG", "LOC")  # NER calls unfamiliar names places too ("Oleksiy Honcharenko")
    single = {phonetic_key(e.normal) for e in entities if e.label in named and " " not in e.normal}
    surnames = {phonetic_key(e.last) for e in entities if e.label == "PER" and e.first and e.last}
    # "Oleh Kiper" … "Oleg Kiper" tagged an organisation: a person's full name, spelt either way
    full_names = {phonetic_key(e.normal) for e in entities if e.label == "PER" and e.first}
    # "Yaroslav Zheleznyak and Oleksiy Honcharenko": a name joined to a person's by "and"
    people_at = {e.start for e in entities if e.label == "PER"} | {
        e.end for e in entities if e.label == "PER"
    }
    out = []
    for e in entities:
        words = e.normal.split()
        if (
            e.label in named
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and (
                phonetic_key(words[-1]) in single
                or e.start - 5 in people_at
                or phonetic_key(e.normal) in full_names
                or _given_then_surname(words)
            )
        ):
            e = Entity(
                e.start, e.end, e.text, "PER", e.normal, first=words[0], last=words[-1], role=e.role
            )
            surnames.add(phonetic_key(words[-1]))
        out.append(e)
    # a lone word that is a known person's surname in another transliteration ("Vilkul" …
    # "Vilkoul also said", "Zubkov" … "Zoubkov"): the names compared as :class:`People` does
    out = [_body_named_as_person(e) for e in out]
    spelt = {e.last for e in out if e.label == "PER" and e.first and e.last}
    return [
        Entity(e.start, e.end, e.text, "PER", e.normal, last=e.normal, role=e.role)
        if e.label in named
        and " " not in e.normal
        and (
            phonetic_key(e.normal) in surnames
            or (e.normal[:1].isupper() and any(_surname_match(e.normal, x) for x in spelt))
        )
        else e
        for e in out
    ]


_OPENING_MARKS = frozenset('"“«„')
_CLOSING_MARKS = frozenset('"”»“')


def _quoted_names(entities: list[Entity], text: str) -> list[Entity]:
    """NER's "person" written whole inside quotation marks is a body's or an outlet's name (the
    network "Zdorovye Plus", the channel "Baza": translated text quotes them as the Russian
    «…» does), never a person's: "she said" must not resolve to it."""
    out = []
    for e in entities:
        if (
            e.label == "PER"
            and e.start > 0
            and e.end < len(text)
            and text[e.start - 1] in _OPENING_MARKS
            and text[e.end] in _CLOSING_MARKS
        ):
            e = Entity(e.start, e.end, e.text, "ORG", e.normal, role=e.role)
        out.append(e)
    return out


def _given_names_joined(entities: list[Entity], text: str) -> list[Entity]:
    """Transliterated names NER cut or mislabelled where people are named together: a lone
    surname tagged a body right after a given name ("Deputies Dastan Bekeshev and …" with only
    "Bekeshev" tagged) is that person's full name; a lone given name tagged a place and joined
    to a person by "and" right after a noun for a person ("his wife Tetiana and his brother
    Andrii") is a person."""
    people = [e for e in entities if e.label == "PER"]
    out = []
    for e in entities:
        word = e.normal
        if e.label in ("ORG", "LOC") and " " not in word and word[:1].isupper() and word.isalpha():
            before = re.search(r"\b([A-Z][a-z]+) $", text[max(0, e.start - 30) : e.start])
            if (
                before is not None
                and not _common_word(before.group(1))
                and _given_then_surname([before.group(1), word])
            ):
                first = before.group(1)
                start = e.start - len(first) - 1
                e = Entity(
                    start,
                    e.end,
                    text[start : e.end],
                    "PER",
                    f"{first} {word}",
                    first=first,
                    last=word,
                    gender=given_name_gender(first),
                )
            elif (
                is_given_name(word)
                and word.lower() not in NAMED_AFTER
                and _after_person_noun(e, text)
                and _joined_to(e, people, text)
            ):
                e = Entity(
                    e.start, e.end, e.text, "PER", word, first=word, gender=given_name_gender(word)
                )
        out.append(e)
    return out


def _common_word(word: str) -> bool:
    """A capitalised word that the name dictionary lists but English uses as a function word
    or an office ("The", "In", "A", "Said", "Deputy"): no given name before a surname."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded by then; not at import

    low = word.lower()
    return (
        low in STOP_WORDS
        or low in _NOT_FIRST_NAMES
        or low in TITLES
        or low in HONORIFICS
        or low in ROLE_NOUNS
    )


#: the lower-case word right before a name
_WORD_BEFORE = re.compile(r"\b([a-z]+) $")


def _after_person_noun(e: Entity, text: str) -> bool:
    """Whether ``e`` stands right after a noun for a person ("his sister Oksana"): many given
    names are also places or clubs ("toured Jordan", "flooded Georgia", "for Chelsea"), which
    NER is right to tag so when no person is named by them."""
    before = _WORD_BEFORE.search(text, max(0, e.start - 30), e.start)
    if before is None:
        return False
    word = before.group(1)
    return word in PERSON_NOUNS or word in ROLE_NOUNS


def _joined_to(e: Entity, people: list[Entity], text: str) -> bool:
    """Whether a person is named right after ``e``, joined to it as :func:`_join_pairs` joins."""
    return any(
        p.start > e.end and _JOINED.fullmatch(text[e.end : p.start]) is not None for p in people
    )


def _given_then_surname(words: list[str]) -> bool:
    """ "Hanna Kravets", "Zarema Abdullaeva" that NER read as an organisation or a place (it
    knows few transliterated names): a given name from the name dictionary, then words that
    are neither given names nor an institution's or a place's head noun."""
    return (
        is_given_name(words[0])
        and not is_given_name(words[-1])
        and words[-1].lower() not in NAMED_AFTER
        and not any(body_noun(w.lower()) for w in words[1:])
    )


_NOT_FIRST_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "said",
        "says",
        "told",
        "asked",
        "added",
        "wrote",
        "according",
        "as",
        "but",
        "and",
        "when",
    ]
)


def _first_names(people: People, text: str) -> None:
    """A person NER saw only by surname ("Shkrebets told …") whose full name the article gives
    where nothing was parsed ("…, Dmitry Shkrebets, has spoken to journalists"): the name
    from its first "Firstname Surname" in the text.  Not a name another person of the article
    already bears, nor a given name of the other gender than a title says: "Mrs Hale", kept
    apart from "Tom Hale", is not Tom."""
    taken = {(c.first, c.last) for c in people.clusters if c.first and c.last}
    for c in people.clusters:
        if c.first or not c.last or not c.last[:1].isupper() or " " in c.last:
            continue
        if _cyrillic(c.last):
            continue  # a Latin word before a Cyrillic name is no given name of it («Nyheter Юха»)
        m = re.search(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+" + re.escape(c.last) + r"\b", text)
        if m is None:
            continue
        first = m.group(1)
        low = first.lower()
        if low in _NOT_FIRST_NAMES or low in TITLES or low in HONORIFICS or low in ROLE_NOUNS:
            continue
        if (first, c.last) in taken:
            continue
        gender = first_name_gender(first)
        if c.gender and not c.gender_guessed and gender and gender != c.gender:
            continue
        c.first, c.name = first, f"{first} {c.last}"
        if c.gender is None:
            c.gender = first_name_gender(first)
            c.gender_guessed = c.gender is not None


#: how far (characters) after "X read out a letter from Y." its quote may begin
MAX_READING_GAP = 300
_WRITING_CUES = frozenset(["wrote", "writes", "write", "writing", "reads", "read"])


def _read_out(analysis: Analysis, text: str) -> None:
    """ "X read out a letter from a soldier. “…,” the soldier wrote.": the quote right after a
    letter read out, by its author (or with a writing cue), is relayed by the reader."""
    for end, reader, author in analysis.readings:
        for f in analysis.found:
            if f.start < end or f.start - end > MAX_READING_GAP or f.relayed_by is not None:
                continue
            cue = text[f.cue[0] : f.cue[1]].lower() if f.cue else ""
            by_author = author is not None and f.source is not None and f.source.head == author.head
            # "“…,” the letter says": the document read out
            by_document = f.source is not None and f.source.kind == "document"
            if f.kind == "direct" and (by_author or by_document or cue in _WRITING_CUES):
                f.relayed_by = reader
            break  # only the first quote after the letter


#: how far into a sentence (characters) a person counts as the one it opens with
SUBJECT_REACH = 60


def _surname_mentions(
    people: People,
    entity_cluster: _EntityClusters,
    text: str,
    common_openers: frozenset[int] = frozenset(),
) -> list[tuple[Entity, Cluster]]:
    """Every later mention of a person by the surname the article gave them ("Tony Manzara" …
    "Manzara directed my gaze …") counts as a mention even where NER tagged nothing, so that
    who was named last and who opens a sentence are read from the text, not from NER's gaps.
    A surname two people share is left alone, and so is one the text also writes in lower
    case (a common word: "Field" beside "the field"), and so is the same word where the tagger
    read it opening a sentence as a common word (``common_openers``: "Rice prices rose …").
    Returns each mention added, as a person entity with its person."""
    added: list[tuple[Entity, Cluster]] = []
    by_surname: dict[str, list[Cluster]] = {}
    for c in people.clusters:
        if c.kind == "person" and c.first and c.last and len(c.last) > 2:
            by_surname.setdefault(c.last, []).append(c)
    if not by_surname:
        return added
    tagged = sorted(entity_cluster)
    starts = [a for a, _ in tagged]
    for surname, owners in by_surname.items():
        if len(owners) != 1 or not surname[:1].isupper() or not surname.replace("-", "").isalpha():
            continue
        if re.search(rf"(?<!\w){re.escape(surname.lower())}(?!\w)", text):
            continue
        owner = owners[0]
        first_seen = min((a for a, _ in owner.mentions), default=len(text))
        for m in re.finditer(rf"(?<![\w.-]){re.escape(surname)}(?![\w-])", text):
            if m.start() <= first_seen or m.start() in common_openers:
                continue
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and tagged[k][0] <= m.start() < tagged[k][1]:
                continue  # inside a name NER tagged (the same person, or another's full name)
            owner.add(m.start(), m.end(), None)
            bare = Entity(m.start(), m.end(), surname, "PER", surname, last=surname)
            added.append((bare, owner))
    return added


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quote starting at ``start`` opens its sentence: a paragraph ("…\n\n— We
    understand …, — he told Izvestia.") or after a full stop ("Manzara pointed to the trees.
    “This is where …,” he said.")."""
    before = text[:start].rstrip(" “\"'‘«—–-")
    return before.endswith("\n") or before.endswith((".", "!", "?"))


def _trailing_pronoun(f: Found) -> bool:
    src = f.source
    return (
        src is not None
        and src.kind == "pronoun"
        and not src.plural
        and (src.head or "") in ("he", "she")
        and src.start > f.start  # after the quote, or in a dash paragraph's author words
    )


def _trailing_description(f: Found, text: str, entity_cluster: _EntityClusters) -> bool:
    """ "— …, — the veteran said." closing a paragraph of dash speech: a definite description
    of one person, naming no one, after the words it attributes — like "he", the person the
    paragraph before opens with ("X, who …, talked to reporters outside.")."""
    src = f.source
    return (
        src is not None
        and src.kind == "description"
        and src.start > f.start
        and text[text.rfind("\n", 0, f.start) + 1 : f.start].strip() in ("—", "–", "-")
        and _definite_person(src)
        and not entity_cluster.inside(src.start, src.end)
    )


def _overlapping(
    sentences: tuple[Sentence, ...], ends: list[int], start: int, end: int
) -> tuple[int, ...]:
    """Ids of the sentences that overlap ``[start, end)``, found by bisection (a scan of every
    sentence for every quote made long articles quadratic)."""
    out = []
    for k in range(bisect_right(ends, start), len(sentences)):
        if sentences[k].start >= end:
            break
        out.append(sentences[k].id)
    return tuple(out)


def _previous_subject(
    f: Found,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    found: list[Found],
    text: str = "",
) -> Cluster | None:
    """The one person of the pronoun's gender named at the start of the sentence right before
    the quote (not inside a quotation), or ``None`` (then the nearest-person rule decides)."""
    before = [s for s in sentences if s.end <= f.start]
    if not before or f.source is None:
        return None
    prev = before[-1]
    quoted = [(g.start, g.end) for g in found if g.kind == "direct"]
    if any(a <= prev.start < b for a, b in quoted):
        return None  # the sentence before is someone's quote: its names are not its subject
    return _opening_person(prev, people, f.source.gender, text)


def _opening_person(
    prev: Sentence, people: list[Cluster], gender: str | None, text: str
) -> Cluster | None:
    """The first person named near the start of ``prev`` (its subject), if they may be of
    ``gender``; ``None`` when no person opens it."""
    opening = [
        (m, c)
        for c in people
        for m, _ in c.mentions
        if prev.start <= m < prev.start + SUBJECT_REACH
    ]
    if not opening:
        return None
    first = min(opening, key=lambda mc: mc[0])[1]  # the first person named: the subject
    return first if _may_be(first, gender, text[prev.start : prev.end]) else None


#: "quotes him", "quoted her": an outlet's verb of quoting right before a pronoun object
_QUOTING_BEFORE = re.compile(r"\b(?:quotes|quoted|quoting|cites|cited)\s+$", re.IGNORECASE)


def _quoted_object(
    src: SourceRef,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    found: list[Found],
    text: str,
) -> Cluster | None:
    """The person a pronoun that an outlet's verb of quoting takes as its object stands for
    ("The minister X visited Y on Monday. The agency quotes him as saying …"): the one the
    sentence before opens with, its subject — who the next sentence goes on about — rather
    than the nearest person-like name (a village NER took for a person, "flew to Uliastai")."""
    if src.kind != "pronoun" or src.plural or (src.head or "") not in ("him", "her"):
        return None
    if _QUOTING_BEFORE.search(text, max(0, src.start - 12), src.start) is None:
        return None
    before = [s for s in sentences if s.end <= src.start]
    if not before:
        return None
    prev = before[-1]
    if any(prev.end <= m < src.start for c in people for m, _ in c.mentions):
        return None  # "… writes his name as X and quotes him": named in its own sentence
    if any(g.kind == "direct" and g.start <= prev.start < g.end for g in found):
        return None  # the sentence before is someone's quote: its names are not its subject
    return _opening_person(prev, people, src.gender, text)


#: how far into its sentence (characters) a pronoun counts as opening it ("According to him")
OPENING_REACH = 16
#: where a sentence ends in the text (the segmenter may join "… Igor P. According to him")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”»]?\s+")


def _previous_sentence(
    src: SourceRef, sentences: tuple[Sentence, ...], text: str
) -> tuple[int, int] | None:
    """The span of the sentence before the one a pronoun opens ("According to him", "He
    said"), or ``None`` when the pronoun does not open its sentence."""
    if src.kind != "pronoun" or src.plural or (src.head or "") not in ("he", "she", "him", "her"):
        return None
    breaks = list(_SENTENCE_BREAK.finditer(text, max(0, src.start - OPENING_REACH), src.start))
    if not breaks:
        return None
    end = breaks[-1].start() + 1
    starts = [s.start for s in sentences]
    k = bisect_right(starts, end - 1) - 1
    if k < 0:
        return None
    start = sentences[k].start
    if end - start < 2:
        return None
    return start, end


#: a Russian «он/она» (and «по его/её словам») refers to the person of its gender named before
#: it in its own sentence — the one such person, else of several the one a reading earlier in
#: the sentence credits — before anyone quoted in the sentences before (twenty-eighth session)
RU_SENTENCE_OWNER = True


def _owner_in_sentence(
    f: Found,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    resolved: list[tuple[Found, Cluster | None]],
    analysis: Analysis,
) -> Cluster | None:
    """The person a singular Russian pronoun source stands for within its own sentence
    (:data:`RU_SENTENCE_OWNER`), or ``None`` to resolve it as before.  A name inside the words
    the pronoun's speaker says is not counted (they speak of that person)."""
    src = f.source
    k = _ru_pronoun_sentence(src, sentences)
    if src is None or k is None:
        return None
    span = (sentences[k].start, src.start)
    # a sentence the parse gave no subject before the pronoun was not parsed (or has none to
    # go by): its people are taken as before
    parsed = any(span[0] <= s < span[1] for s in analysis.subjects)
    fits = [
        c
        for c in _named_in(span, people, analysis.found)
        if c.gender in (None, src.gender)
        and any(
            span[0] <= m < span[1]
            and not f.start <= m < f.end
            and (not parsed or _subject_at(m, e, analysis))
            for m, e in c.mentions
        )
    ]
    if len(fits) == 1:
        return fits[0]
    credited = {
        id(c): c
        for g, c in resolved
        if c is not None
        and id(c) in {id(x) for x in fits}
        and g.source is not None
        and span[0] <= g.source.start < span[1]
    }
    return next(iter(credited.values())) if len(credited) == 1 else None


def _ru_pronoun_sentence(src: SourceRef | None, sentences: tuple[Sentence, ...]) -> int | None:
    """The index of the sentence a singular Russian «он/она» source stands in, or ``None`` when
    the source is no such pronoun (or stands before every sentence)."""
    if src is None or src.kind != "pronoun" or src.plural or src.end <= src.start:
        return None
    if (src.head or "") not in ("он", "она") or not _cyrillic(src.text):
        return None
    k = bisect_right([s.start for s in sentences], src.start) - 1
    return k if k >= 0 else None


#: the person a pronoun takes from its own sentence must be named there as a subject (the
#: parse's): a child named in a list, an addressee or a possessor is no one the sentence speaks
#: through (twenty-ninth session; the development half A had lost «она» to a child so)
RU_OWNER_SUBJECT = True


def _subject_at(start: int, end: int, analysis: Analysis) -> bool:
    """Whether the mention ``start``–``end`` holds a word the parse makes (part of) a subject;
    always true with :data:`RU_OWNER_SUBJECT` off."""
    if not RU_OWNER_SUBJECT:
        return True
    return any(start <= s < end for s in analysis.subjects)


#: a Russian «он/она» with no one named before it in its own sentence is the one person of its
#: gender the sentence right before — a sentence with no verb of saying in it — has as a subject
#: (the parse's), before anyone quoted earlier (thirtieth session: a person introduced without a
#: verb of saying, «Их инициатором стал Заза С. … Он считает, что …», went to the person quoted
#: last)
RU_PREVIOUS_SUBJECT = True


def _subject_before_ru(
    f: Found,
    sentences: tuple[Sentence, ...],
    people: list[Cluster],
    analysis: Analysis,
    text: str,
) -> Cluster | None:
    """The person a singular Russian subject pronoun (:data:`RU_PREVIOUS_SUBJECT`) carries on
    from the sentence before, or ``None`` to resolve it as before: only where its own sentence
    names no one before it, and the sentence before reports nobody's words, was parsed and
    names exactly one person of its gender as a subject."""
    src = f.source
    k = _ru_pronoun_sentence(src, sentences)
    if src is None or k is None or k < 1:
        return None
    own = (sentences[k].start, src.start)
    if _named_in(own, people, analysis.found):
        return None  # its own sentence names someone first: :func:`_owner_in_sentence` decides
    prev = (sentences[k - 1].start, sentences[k - 1].end)
    if not any(prev[0] <= s < prev[1] for s in analysis.subjects):
        return None  # not parsed: nothing to go by
    # only a person introduced without a verb of saying: where the sentence before reports
    # someone's words, the next «он» is left to the speaker rules as before
    if any(g.cue is not None and prev[0] <= g.cue[0] < prev[1] for g in analysis.found):
        return None
    fits = [
        c
        for c in _named_in(prev, people, analysis.found)
        if _may_be(c, src.gender, text[prev[0] : prev[1]])
        and any(prev[0] <= m < prev[1] and _subject_at(m, e, analysis) for m, e in c.mentions)
    ]
    return fits[0] if len(fits) == 1 else None


def _described_subject(
    span: tuple[int, int],
    src: SourceRef,
    people: list[Cluster],
    resolved: list[tuple[Found, Cluster | None]],
) -> Cluster | None:
    """The person the sentence before a pronoun opens with as the source of a reading, when a
    definite description names them ("The governor backed Voronina."), no one is named before
    it in that sentence and someone is named in what it is read to say: the subject, whom the
    next "he" carries on, rather than the one named after it or the person quoted last
    (English)."""
    if _cyrillic(src.text):
        return None
    for g, c in resolved:
        s = g.source
        if s is None or c is None or s.kind != "description" or s.plural:
            continue
        if not span[0] <= s.start < span[1] or not _definite_person(s):
            continue
        if c.kind != "person" or src.gender is not None and c.gender not in (None, src.gender):
            return None
        named = any(span[0] <= m < s.start for p in people for m, _ in p.mentions)
        # only where the one named stands in what the described person is read to say (the
        # reading that would otherwise hand "he" to them): elsewhere the nearest-person rule
        about = any(g.start <= m < g.end for p in people for m, _ in p.mentions)
        return c if about and not named else None
    return None


def _sole_person_before(
    span: tuple[int, int],
    src: SourceRef,
    people: list[Cluster],
    found: list[Found],
    text: str = "",
) -> Cluster | None:
    """The one person of the pronoun's gender that the sentence right before names outside any
    quotation, when it names exactly one person (else ``None``: the nearest-person rule)."""
    named = _named_in(span, people, found)
    if len(named) != 1:
        return None
    only = named[0]
    return only if _may_be(only, src.gender, text[span[0] : span[1]]) else None


#: an abbreviation: capitals (and digits) only, as bodies are written ("UAPF", "DTEK", "FAO")
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def _body_not_person(c: Cluster) -> str:
    """``c``'s kind, with a "person" that is an abbreviation and no one's given name ("UAPF",
    the NER's person) or a bare body noun ("the customs") read as the organisation it is."""
    if c.kind != "person" or c.first or c.role:
        return c.kind
    words = c.name.removeprefix("the ").removeprefix("The ").split()
    if len(words) == 1 and (_ABBREVIATION.fullmatch(words[0]) or body_noun(words[0].lower())):
        return "organization"
    return c.kind


def _one_of_two_before(
    span: tuple[int, int],
    src: SourceRef,
    people: list[Cluster],
    found: list[Found],
    text: str,
    groups: dict[tuple[int, int], Cluster],
) -> Cluster | None:
    """Of two people named together in the sentence before ("The chairwoman Gulnara T. and the
    trader Bakyt S. met the deputies. She said …. He said …"), the one the pronoun's gender
    picks: the only one known to be of it, or the only one not known to be of the other.  "He
    said" right after "She said …" looks past her sentence to the two."""
    if src.gender is None:
        return None
    named = _named_in(span, people, found)
    if not named:
        other = _GENDER_PRONOUNS["f" if src.gender == "m" else "m"]
        if other.match(text, span[0]) is None:
            return None
        # the sentence before "She said …": from the break before it (or its paragraph)
        reach = max(0, span[0] - _PAIR_REACH)
        earlier = list(_SENTENCE_BREAK.finditer(text, reach, max(reach, span[0] - 2)))
        start = earlier[-1].end() if earlier else text.rfind("\n", 0, span[0]) + 1
        span = (start, span[0])
        named = _named_in(span, people, found)
    if len(named) != 2 or not (_together(span, named, text) or _grouped(span, named, groups)):
        return None  # not two people named together ("A and B met …")
    same = [c for c in named if c.gender == src.gender]
    unknown = [c for c in named if c.gender is None]
    if len(same) == 1:
        return same[0]
    return unknown[0] if not same and len(unknown) == 1 else None


#: how far back the sentence naming two people may start
_PAIR_REACH = 600


def _grouped(
    span: tuple[int, int], named: list[Cluster], groups: dict[tuple[int, int], Cluster]
) -> bool:
    """Whether one pair of people named together inside ``span`` holds both ``named``."""
    return any(
        span[0] <= s and e <= span[1] and all(any(s <= m < e for m, _ in c.mentions) for c in named)
        for s, e in groups
    )


def _together(span: tuple[int, int], named: list[Cluster], text: str) -> bool:
    """Whether the two ``named`` are the two sides of one "and" (each one's office may come
    between: "The chairwoman A and the representative of the traders B"), not two people of
    one sentence's different clauses."""
    first = [min((m for m in c.mentions if span[0] <= m[0] < span[1]), default=None) for c in named]
    if any(m is None for m in first):
        return False
    (a_start, a_end), (b_start, _) = sorted(m for m in first if m is not None)
    gap = text[a_end:b_start]
    return (
        re.search(r"\band\b", gap) is not None
        and not re.search(r"[.;:()\"“”«»]|\b(?:said|told|who|which)\b", gap)
        and len(gap.split()) <= 14
        and a_start >= span[0]
    )


def _named_in(span: tuple[int, int], people: list[Cluster], found: list[Found]) -> list[Cluster]:
    """The people named in ``span`` outside any direct quotation."""
    quoted = [(g.start, g.end) for g in found if g.kind == "direct"]
    named = {
        id(c): c
        for c in people
        for m, _ in c.mentions
        if span[0] <= m < span[1] and not any(a <= m < b for a, b in quoted)
    }
    return list(named.values())


#: the pronouns of each gender that carry a topic from one sentence to the next
_GENDER_PRONOUNS = {
    "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
}


def _may_be(c: Cluster, gender: str | None, before: str = "") -> bool:
    """Whether a pronoun of ``gender`` may refer to ``c`` when the sentence's structure points
    to it: a gender the name dictionary guessed ("Dali" is a woman's name in some countries) does
    not overrule the one person the sentence before names — unless that sentence already speaks
    of someone of the pronoun's gender by a pronoun ("But she will not challenge Trump. She
    signalled …": the topic goes on, and it is not the one named)."""
    if gender is None or c.gender in (None, gender):
        return True
    pronoun = _GENDER_PRONOUNS.get(gender)
    # the sentence before speaks of someone of the guessed gender by a pronoun ("Elena V. and
    # Sergei K. differ. She said …. He said …"): the text bears the guess out, and "he" is not her
    theirs = _GENDER_PRONOUNS.get(c.gender or "")
    return (
        c.gender_guessed
        and not (pronoun and pronoun.search(before))
        and not (theirs and theirs.search(before))
    )


def _coordinated(
    entities: list[Entity],
    entity_cluster: dict[tuple[int, int], Cluster],
    text: str,
    others: dict[str, Cluster],
) -> dict[tuple[int, int], Cluster]:
    """People named together ("Senators Jeanne S. and Lindsey G.", «Иванов и Петров»): one
    plural speaker for what they say together ("They warned …"), by the span naming both."""
    out: dict[tuple[int, int], Cluster] = {}
    # people, or bodies («в ГИБДД и МЧС сообщили», then «по их данным»)
    for label in ("PER", "ORG"):
        named = [e for e in entities if e.label == label]
        _join_pairs(named, entity_cluster, text, others, out, label == "ORG")
    return out


def _join_pairs(
    named: list[Entity],
    entity_cluster: dict[tuple[int, int], Cluster],
    text: str,
    others: dict[str, Cluster],
    out: dict[tuple[int, int], Cluster],
    bodies: bool,
) -> None:
    for a, b in zip(named, named[1:], strict=False):
        gap = text[a.end : b.start]
        if not bodies:
            # "A, who was loaned to the club in the summer, and the defender B": a relative
            # clause between commas describes A and does not part the two; nor does A's party
            # in brackets ("Nikita P. (New People) and Timur A. (A Just Russia)")
            gap = _RELATIVE_ASIDE.sub("", gap, count=1)
            gap = _BRACKET_ASIDE.sub("", gap, count=1)
        joined = (_JOINED_BODIES if bodies else _JOINED).fullmatch(gap)
        if joined is None and not bodies:
            joined = _joined_by_office(gap) or _joined_by_role(gap, b.role)
        if joined is None or _CLAUSE_WORDS.intersection(gap.lower().split()):
            continue  # "A and the minister who replaced B": a clause, not B's office
        ca, cb = entity_cluster.get((a.start, a.end)), entity_cluster.get((b.start, b.end))
        if ca is None or cb is None or ca is cb:
            continue
        name = f"{ca.name} {joined.group(1)} {cb.name}"
        c = others.setdefault("group:" + name, Cluster("collective", name, plural=True))
        c.people = not bodies
        c.role = c.role or a.role
        c.add(a.start, b.end, None)
        out[(a.start, b.end)] = c


#: a relative clause set off by commas right after a name (no name of its own inside)
_RELATIVE_ASIDE = re.compile(r"^, (?:who|whose|which|что|который|которая)\b[^,A-ZА-ЯЁ]*,(?= )")
#: a bracket right after a name ("(New People)", "(D-Mo.)")
_BRACKET_ASIDE = re.compile(r"^ \([^()]{1,40}\)(?= )")
#: what joins two people named together: "and", or "and" with the second one's office in
#: lower case ("Yaroslav Nilov and his colleague Sergei Leonov", «Иванов и его заместитель
#: Петров», "A and Defence Intelligence head B" is not: capitals may start another name)
_JOINED = re.compile(
    r" (and|и)(?: (?:his|her|their|its|его|её|ее|их))?(?: [a-zа-яё][\w-]*){0,4} ", re.UNICODE
)


#: "A and the head of the Border Guard B": "and", then the second one's office (lower-case
#: office nouns and function words, capitalised names of bodies) right before the name
_JOINED_OFFICE = re.compile(r" (and|и) ((?:[\"“”«»]?[\w'’-]+[\"“”«»]? ){1,10})", re.UNICODE)
_OFFICE_LINKS = frozenset(
    ["the", "of", "for", "on", "from", "first", "his", "her", "their", "its", "same"]
)
#: words that open a clause, not an office: "A and the deputy who replaced B", "A and the
#: minister said that B …" — the gap then holds no second person's office
_CLAUSE_WORDS = frozenset(
    ["who", "whom", "whose", "which", "that", "when", "where", "while", "said", "says", "told"]
)


def _joined_by_office(gap: str) -> re.Match[str] | None:
    m = _JOINED_OFFICE.fullmatch(gap)
    if m is None:
        return None
    words = [w.strip('"“”«»') for w in m.group(2).split()]
    lower = [w for w in words if not w[:1].isupper()]
    if _CLAUSE_WORDS.intersection(lower):
        return None
    # an office noun, from the office lists or any noun whose commonest WordNet sense is a
    # person ("the UN Special Rapporteur on Torture B", "the Ombudsman B")
    office = next(
        (i for i, w in enumerate(lower) if w.lower() in ROLE_NOUNS or w.lower() in PERSON_NOUNS),
        None,
    )
    if office is None and not any(
        w.lower() in ROLE_NOUNS or w.lower() in PERSON_NOUNS for w in words
    ):
        return None
    # "and the head of its youth section B": a body's noun may name where the office is; the
    # words before the office noun may be any modifiers of it ("the two-time champion of Asia")
    after = lower[office + 1 :] if office is not None else lower
    return m if all(w in ROLE_NOUNS or w in _OFFICE_LINKS or body_noun(w) for w in after) else None


def _joined_by_role(gap: str, role: str | None) -> re.Match[str] | None:
    """ "A and the head of the regional center of the Ministry of Social Policy B": "and",
    then exactly the office the role reader (:mod:`.name_runs`) already gave the second
    name, however long and whatever bodies it names."""
    if not role or "," in role:
        return None
    return re.fullmatch(
        r" (and|и)(?: (?:the|his|her|their|its))? " + re.escape(role) + " ", gap, re.IGNORECASE
    )


#: two bodies named together: only a bare "and" («ГИБДД и МЧС», "the FBI and the CIA")
_JOINED_BODIES = re.compile(r" (and|и)(?: the)? ", re.UNICODE)


def _outside_groups(
    orgs: Iterable[Cluster], groups: dict[tuple[int, int], Cluster], pos: int
) -> list[Cluster]:
    """The organisations "they" may refer to: not one last named inside the offices of people
    named together ("A and the Minister of Foreign Affairs B …. They asked": the ministry is
    B's office, the pair is who asks)."""
    return [c for c in orgs if not any(s <= c.seen_before(pos) < e for (s, e) in groups)]


def _they_subject(
    src: SourceRef,
    clusters: list[Cluster],
    groups: dict[tuple[int, int], Cluster],
    others: dict[str, Cluster],
    text: str,
) -> Cluster | None:
    """ "They" opening a sentence after one whose subject names people (``src.antecedent``,
    see :meth:`.quotes_en._Reader.plural_subject_before`): the people named together there,
    or the group of people it names ("The relatives of the miner came …. They told …")."""
    if src.antecedent is None:
        return None
    a, b = src.antecedent
    words = text[a:b]
    if " and " not in words or _people_of(words):
        # a group of people ("The relatives of the miner"): a person named inside it is
        # whose relatives they are, not who speaks; a bare "Deputies" may be the head of
        # names the parse hung elsewhere, left to the pronoun's resolution
        if not 2 <= len(words.split()) <= 8:
            return None
        group = others.setdefault(
            "collective:" + words.lower(), Cluster("collective", words, plural=True)
        )
        group.add(a, b, words)
        return group
    pair = next((c for (s, e), c in groups.items() if c.people and a <= s and e <= b), None)
    if pair is not None:
        return pair
    named = sorted(
        (
            (min(s for s, e in c.mentions if a <= s and e <= b), c)
            for c in clusters
            if c.kind == "person" and any(a <= s and e <= b for s, e in c.mentions)
        ),
        # by position only: two people first seen at one place (a family named once, "Ivan
        # and Olga Petrov") must not be compared themselves — that raised and lost the article
        key=lambda sc: sc[0],
    )
    if len(named) == 1:
        other = _pair_pronoun(words, a, named[0][1], clusters)
        if other is not None:
            named = sorted([*named, (a, other)], key=lambda sc: sc[0])
    if len(named) >= 2:
        people = [c for _, c in named]
        name = " and ".join([", ".join(c.name for c in people[:-1]), people[-1].name])
        group = others.setdefault("group:" + name, Cluster("collective", name, plural=True))
        group.people = True
        group.add(a, b, None)
        return group
    return None  # one person and someone described: left to the pronoun's resolution


#: a pronoun named beside a person in a sentence's subject ("He and the akim B", "B and she")
_PAIR_PRONOUN = re.compile(r"^(he|she) and |\band (he|she)$", re.IGNORECASE)


def _pair_pronoun(
    words: str, start: int, named: Cluster, clusters: list[Cluster]
) -> Cluster | None:
    """ "He and the akim of the district B visited …. They said": the pronoun of the pair is
    the person of its gender (or of none known) last named before the sentence, other than B;
    nobody when no one is, within :data:`coref.MAX_DISTANCE`."""
    m = _PAIR_PRONOUN.search(words.strip())
    if m is None:
        return None
    gender = "m" if (m.group(1) or m.group(2)).lower() == "he" else "f"
    best, best_seen = None, -1
    for c in clusters:
        if c is named or c.kind != "person" or c.plural or c.gender not in (gender, None):
            continue
        seen = c.seen_before(start)
        if seen > best_seen and start - seen <= coref.MAX_DISTANCE:
            best, best_seen = c, seen
    return best


#: a subject that opens with a plural noun and its "of" ("The lawyers of A and B")
_PLURAL_OF = re.compile(r"(?:the\s+)?([a-z]+)\s+of\s", re.IGNORECASE)


def _people_of(words: str) -> bool:
    """Whether ``words`` names people by what they are to others ("The lawyers of A and B",
    "The parents of A and B"): the group speaks, not the two named inside it."""
    m = _PLURAL_OF.match(words)
    if m is None:
        return False
    head = m.group(1).lower()
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else ""
    return bool(singular) and _person_noun(singular)


def _group_in(src: SourceRef, groups: dict[tuple[int, int], Cluster]) -> Cluster | None:
    return next((c for (s, e), c in groups.items() if src.start <= s and e <= src.end), None)


#: «корреспондент Der Spiegel и Le Monde Иван Петров» (an invented example): bodies named together
#: before a person's name are the person's role, not the speaker (thirty-first session)
RU_ROLE_GROUP = True


def _named_after_group(
    src: SourceRef, groups: dict[tuple[int, int], Cluster], clusters: _EntityClusters, text: str
) -> bool:
    """Whether a Russian source's words name a person after the group they hold: the group
    is where the person works, the person speaks."""
    if not RU_ROLE_GROUP or not _cyrillic(src.text):
        return False
    ends = [e for (s, e), c in groups.items() if src.start <= s and e <= src.end]
    if not ends:
        return False
    after = min(ends)
    return any(
        c.kind == "person" and any(after <= a and b <= src.end for a, b in c.mentions)
        for c in clusters.inside(after, src.end)
    )


def _people_ending(
    src: SourceRef, groups: dict[tuple[int, int], Cluster], text: str
) -> Cluster | None:
    """The people named together whose pair ends where the source words end (their core,
    without a trailing relative clause): the pair, not its last name, is the subject."""
    if src.kind == "pronoun" or src.end <= src.start:
        return None
    core = clean_alias(src.text)
    core_end = src.start + max(0, src.text.find(core)) + len(core)
    return next(
        (
            c
            for (s, e), c in groups.items()
            if c.people and e in (src.end, core_end) and s < src.end
        ),
        None,
    )


def _all_clusters(
    people: People, orgs: dict[str, Cluster], others: dict[str, Cluster]
) -> list[Cluster]:
    return [*people.clusters, *orgs.values(), *others.values()]


#: an English anonymous source ("a ministry spokesperson") is called back by its head noun
ANONYMOUS_HEADS = True
#: the offices of :func:`_other_office`: those written as a title before a name ("Governor
#: X", "Judge Y"), which name one post.  Any office word (the wider "the official", "the
#: expert", "the head" among them) cost B 13 right speakers: translated news calls its
#: people by such words whatever their stated office
OTHER_OFFICE_HEADS = TITLES - {"chief", "secretary", "general", "gen"}


def _other_office(src: SourceRef, c: Cluster) -> bool:
    """Whether an English description that is an office ("the governor") names an office other
    than the one stated for ``c`` (its role "the contractor's chief executive"): the head and
    the offices it stands for neither are ``c``'s office nor its wider word (those are read
    before, by :func:`.coref.description` and :func:`.coref.description_family`)."""
    head = (src.head or "").lower()
    if not c.role or head not in OTHER_OFFICE_HEADS or _cyrillic(c.role):
        return False
    return not coref.fits(src, c)


def _definite_person(src: SourceRef) -> bool:
    """ "the politician", "the Belarusian leader": a definite description whose head is a
    person's office or occupation (not "the Ukrainian side", not "the ministry")."""
    words = src.text.lower().split()
    head = (src.head or "").lower()
    if words and words[0] == "the" and not src.plural and _AGE_EPITHET.search(src.text):
        return True  # "the 54-year-old driver", "The 61-year-old": only a person has an age
    return (
        (len(words) <= 3 or _office_of_the(src.text, head))
        and words[0] == "the"
        and not src.plural
        # the office lists, or any noun whose commonest sense is a person in WordNet ("the
        # woman", "the farmer", "the pensioner")
        and (_person_noun(head) or _person_noun(_MAN_FORM.sub("man", head)))
    )


#: an age written before a description ("the 54-year-old driver", "the 61-year-old"): English
#: news calls a person it has named by their age, never a body
_AGE_EPITHET = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b", re.I)
#: where a sentence ends (a quotation mark may close it)
_SENTENCE_END = re.compile(r"[.!?][\"”»]?\s+")


def _subject_before(src: SourceRef, people: list[Cluster], text: str) -> Cluster | None:
    """The person named first in the sentence before ``src``'s (its subject, as a rule):
    "Bolat Iskakov has fished here for thirty years in the brigade of Mukanov. The 54-year-old
    fisherman says …" is Iskakov, not the one named last."""
    para = text.rfind("\n", 0, src.start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para, src.start)]
    if not ends:
        return None
    start = ends[-2] if len(ends) > 1 else para
    firsts = [
        (min(s for s, _ in c.mentions if start <= s < ends[-1]), c)
        for c in people
        if any(start <= s < ends[-1] for s, _ in c.mentions)
    ]
    return min(firsts, key=lambda sc: sc[0])[1] if firsts else None


#: "the head of the region", "the head of the department": an office of a unit named by a
#: common noun (the one the article is about), not a new one ("the head of the Kharkiv
#: Regional Administration", "the mother of a pupil")
_OFFICE_OF_THE = re.compile(r"the (\w+) of the(?: [a-z]+){1,2}")


def _office_of_the(text: str, head: str) -> bool:
    """Whether ``text`` is "the <office> of the <unit>", also opening its sentence ("The head
    of the commission added …")."""
    text = text.strip()
    m = _OFFICE_OF_THE.fullmatch(text[:1].lower() + text[1:])
    return m is not None and m.group(1).lower() == head and head in ROLE_NOUNS


#: "ombudswoman", "chairwoman": WordNet and the office lists may hold only the "-man" form
_MAN_FORM = re.compile(r"(?<=\w)woman$")


#: where a sentence ends, for the words that introduce a person
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: words of a description's qualifier that tell nobody apart
_QUALIFIER_STOP = frozenset(
    ["the", "a", "an", "of", "from", "for", "in", "on", "at", "with", "and", "its", "his", "her"]
    + ["their", "this", "that", "who", "which", "same", "also", "other", "another"]
)


def _qualified(src: SourceRef, people: list[Cluster], text: str) -> Cluster | None:
    """ "The deputy from the opposition said", "the head of the Kalinovka community said": a
    description whose qualifier (the words after its head noun) names what the article stated
    beside one person only — in the words between that person's name and the names next to it
    in the sentence that introduced them ("A from the Olekminsky district and B from the
    faction 'New People'").  The one person whose introduction holds every such word; nobody
    when none or several do (a wrong speaker is worse than none)."""
    head = (src.head or "").lower()
    words = re.findall(r"[\w’'-]+", src.text)
    lowered = [w.lower() for w in words]
    if not head or head not in lowered or src.plural:
        return None
    wanted = {
        w for w in lowered[lowered.index(head) + 1 :] if w not in _QUALIFIER_STOP and len(w) > 2
    }
    if not wanted:
        return None
    fits = []
    for c in people:
        if c.kind != "person" or not c.last:
            continue
        first = next((m for m in c.mentions if m[0] < src.start), None)
        if first is None or src.start - first[0] > coref.MAX_DISTANCE:
            continue
        said = _introduction(first, people, text)
        offices = {w.removesuffix("s") for w in said} & (PERSON_NOUNS | ROLE_NOUNS)
        if offices and head not in offices and head not in _ANY_OFFICE:
            continue  # "the controller of the enterprise" is not its director
        if wanted <= said:
            fits.append(c)
    return fits[0] if len(fits) == 1 else None


#: description heads that fit any office ("the head of the city" for its chairman)
_ANY_OFFICE = frozenset(["head", "leader", "chief", "representative", "official"])
#: how many words after a name its introduction runs at most ("B from the faction X")
_AFTER_NAME_WORDS = 6


@lru_cache(maxsize=4)
def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where the sentence breaks of ``text`` start and end (:data:`_SENTENCE_END`), found once
    per article: each person's introduction is looked up by bisection, not by a scan of the
    text from its start (which made an article of many people quadratic)."""
    found = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _sentence_of(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence holding ``text[a:b]``: from the end of the last break ending at or before
    ``a`` to the start of the first break starting at or after ``b``."""
    starts, ends = _sentence_breaks(text)
    k = bisect_right(ends, a) - 1
    j = bisect_left(starts, b)
    return (ends[k] if k >= 0 else 0), (starts[j] if j < len(starts) else len(text))


def _introduction_text(
    mention: tuple[int, int], people: list[Cluster], text: str
) -> tuple[str, str]:
    """The words of the sentence of ``mention`` before it (its office, after the last "and"
    or comma) and after it (its apposition, a few words) up to the names next to it."""
    a, b = mention
    start, end = _sentence_of(text, a, b)
    others = [m for c in people if c.kind == "person" for m in c.mentions if start <= m[0] < end]
    # a name glued to this one ("from Lviv Iryna Bondar": a place NER took for a person)
    # does not part it from its office
    before = max((m[1] for m in others if m[1] < a - 1), default=start)
    after = min((m[0] for m in others if m[0] >= b), default=end)
    # before the name, its office after the last "and" or comma (what stands before belongs to
    # the name before); after it, its apposition only: up to a comma or a colon, a few words
    lead = re.split(r",|\band\b", text[before:a])[-1]
    # "The official who replaced Ivo Kaas": the words before a relative clause describe its
    # subject, not the name the clause names (its object)
    lead = _RELATIVE_WORD.split(lead)[-1]
    tail = re.split(r"[,:;(]|\band\b", text[b:after], maxsplit=1)[0].split()[:_AFTER_NAME_WORDS]
    return lead, " ".join(tail)


def _introduction(mention: tuple[int, int], people: list[Cluster], text: str) -> set[str]:
    """The lower-case words of the sentence of ``mention`` that stand between it and the
    names before and after it in that sentence (its role, its party, its place)."""
    lead, tail = _introduction_text(mention, people, text)
    return {w.lower() for w in re.findall(r"[\w’'-]+", lead + " " + tail)}


#: where a description's core ends: its relative clause or aside ("The dean of the faculty,
#: where she worked", "the head of the union (the FNPR)")
_DESCRIPTION_CORE_END = re.compile(r",|\(|\s(?:who|which|where|whose|that)\s")
#: words of a description that name no office, place or body of its own
_INTRODUCED_STOP = _QUALIFIER_STOP | frozenset(["said", "says", "told", "added", "also"])
#: words that make an office another one ("deputy chief arbiter" is not the "chief arbiter",
#: "vice-rector" not the rector): a description without it does not name the one with it
#: while someone else holds the office without it
_OFFICE_DEGREE = frozenset(["deputy", "vice", "assistant", "acting", "former", "ex"])


def _introduced_words(text: str) -> set[str]:
    """The content words of ``text`` in the singular ("heads of village councils" → head,
    village, council): what a description and an introduction are compared by."""
    out = set()
    for w in re.findall(r"[\w’'-]+", text.lower()):
        w = w.strip("'’-")
        if not w or w in _INTRODUCED_STOP or w.isdigit():
            continue
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            w = w[:-1]
        out.add(w)
        out.update(p for p in w.split("-") if len(p) > 1 and p not in _INTRODUCED_STOP)
    return out


def _list_lead(mention: tuple[int, int], people: list[Cluster], text: str, depth: int = 0) -> str:
    """The words that introduce a name standing right after a comma or "and" in a list: for
    the first name, the words before the comma ("Two heads of village councils, A from X and B
    from Y"); for a later one, the first one's ("B" is one of the two heads too)."""
    a, _ = mention
    start, _ = _sentence_of(text, a, a)
    named = [
        m
        for c in people
        if c.kind == "person"
        for m in c.mentions
        if start <= m[0] and m[1] < a - 1
    ]
    prev = max(named, key=lambda m: m[1], default=None)
    pieces = re.split(r",|\band\b", text[prev[1] if prev else start : a])
    if re.search(r"[A-Za-z]", pieces[-1]) or len(pieces) < 2:
        return ""  # the name has an office of its own before it
    if prev is None:
        return pieces[-2]
    if depth < 3 and len(pieces) == 2 and not re.search(r"[,;:]", pieces[0]):
        return _list_lead(prev, people, text, depth + 1)
    return ""


def _introduced_as(
    description: str,
    start: int,
    people: list[Cluster],
    text: str,
    said: tuple[int, int] | None = None,
    *,
    by_office: bool = False,
) -> Cluster | None:
    """ "The deputy chief arbiter said", "the head of the council of X told": the
    one person named before whose introduction — the words the article wrote beside their
    name (their office, body, place; the office of the list they were named in) — holds every
    word of the description's core.  Of several, those whose office has no degree the
    description lacks ("deputy", "vice"); nobody when still none or several fit (a wrong
    speaker is worse than none).  With ``by_office``, when nobody's introduction holds every
    word, the one person whose introduction holds the office noun alone (a pair's "the head
    of the trade union" for "the head of the miners' committee B")."""
    core = _DESCRIPTION_CORE_END.split(description, maxsplit=1)[0]
    wanted = _introduced_words(core)
    office_words = re.split(r"\s(?:of|from|for|at|in)\s", core, maxsplit=1)[0]
    office = _introduced_words(office_words)
    head = (re.findall(r"[\w’'-]+", office_words.lower()) or [""])[-1]
    if not (_person_noun(head) or _person_noun(_MAN_FORM.sub("man", head))):
        return None  # "the eparchy", "the council": a body is nobody's introduction
    if not wanted or not text:
        return None
    own = said or (0, 0)
    fits: list[tuple[Cluster, set[str]]] = []
    in_office: list[tuple[Cluster, set[str]]] = []
    for c in people:
        # a person named with a given name: a place NER took for a surname ("from Lviv
        # Iryna Bondar") has no introduction of its own
        if c.kind != "person" or c.plural or not c.last or not c.first:
            continue
        before = [m for m in c.mentions if m[1] <= start and not own[0] <= m[0] < own[1]]
        if not before or start - before[-1][0] > coref.MAX_DISTANCE:
            continue
        said_of: set[str] = set()
        written: list[str] = [c.role or ""]
        for m in before:
            written.extend(_introduction_text(m, people, text))
            written.append(_list_lead(m, people, text))
            described = text[m[0] : m[0] + 1].islower() or text[m[0] : m[0] + 4] == "The "
            if described and len(wanted) > 1:
                # a description resolved to c before ("the head of the task force"); not
                # for a one-word epithet ("the expert"), which the writer gives whoever speaks
                written.append(text[m[0] : m[1]])
        for w in written:
            said_of |= _introduced_words(w)
        if len(wanted) == 1 and not any(_office_head(next(iter(wanted)), w) for w in written):
            continue  # "the official" is not the "official representative"
        if wanted <= said_of:
            fits.append((c, said_of))
        elif office and office <= said_of:
            in_office.append((c, said_of))
    if not fits and by_office:
        fits = in_office
    if len(fits) > 1:
        plain = [(c, w) for c, w in fits if not (w & _OFFICE_DEGREE) - wanted]
        fits = plain or fits
    return fits[0][0] if len(fits) == 1 else None


def _office_head(word: str, written: str) -> bool:
    """Whether ``word`` heads an office in ``written`` (an introduction's words): followed by
    its body ("keeper of the nursery"), a name, punctuation or nothing — not by another noun
    it qualifies ("official representative")."""
    return (
        re.search(
            rf"(?i:\b{re.escape(word)}s?\b)(?!\s+(?!(?:of|from|for|at|in|on|and|who)\b)[a-z])",
            written,
        )
        is not None
    )


def _lower_office(words: str) -> bool:
    """Whether ``words`` (a conjunct's office before a name, or a description) are in lower
    case after their first word: "the deputy mayor", "deputy"; not "Regional Development",
    the end of an office whose name holds "and"."""
    # a name in quotation marks inside the office ("the deputy of the faction "A Just Russia"")
    # is the faction's, not the office's
    rest = _NUMBERED.sub(" ", _IN_QUOTES.sub(" ", words)).split()[1:]
    return all(not w[:1].isupper() for w in rest)


_IN_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
#: a number's sign ("the district No. 7"): no capitalised word of a name
_NUMBERED = re.compile(r"\bNo\.?\s*\d+")


def _qualified_office(description: str) -> bool:
    """Whether ``description`` is definite and names more than a bare office ("the deputy
    mayor", "the head of the union"; not "the official", not "a passenger": an indefinite
    description introduces someone new)."""
    core = _DESCRIPTION_CORE_END.split(description, maxsplit=1)[0]
    return core.lower().startswith("the ") and len(_introduced_words(core)) >= 1


def _described_pair(
    src: SourceRef,
    people: list[Cluster],
    by_span: dict[tuple[int, int], Cluster],
    text: str,
) -> tuple[Cluster, Cluster] | None:
    """ "A and the deputy from the faction X said", "A and the head of the trade union said":
    two people named together, one (or both) by a description — each conjunct a person named
    in it, or the one person the article introduced so (:func:`_introduced_as`)."""
    if src.kind == "pronoun" or src.end <= src.start:
        return None
    core = _DESCRIPTION_CORE_END.split(src.text, maxsplit=1)[0] if "," in src.text else src.text
    parts = core.split(" and ")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    found: list[Cluster] = []
    pos = src.start
    for part in parts:
        a = text.find(part, pos, src.end)
        if a < 0:
            return None
        b = a + len(part)
        named = [
            (s, c) for (s, e), c in by_span.items() if c.kind == "person" and a <= s and e <= b
        ]
        if named:
            s, c = max(named, key=lambda sc: sc[0])
            if not _lower_office(text[a:s]):
                return None  # "The Minister of Trade and Regional Development B": one office
            if _CLAUSE_WORDS.intersection(text[a:s].lower().split()):
                return None  # "the minister who replaced B": B is not the one who speaks
            found.append(c)
        elif part.lower().lstrip().startswith("the ") and _lower_office(part):
            described = _introduced_as(part, a, people, text, by_office=True)
            if described is None:
                return None
            found.append(described)
        else:
            return None
        pos = b
    return (found[0], found[1]) if found[0] is not found[1] else None


def _description_kind(src: SourceRef) -> str:
    """A singular description no one was found for is a person when its head noun can name
    one (the office lists, WordNet's person nouns, a gendered noun), else a body ("the
    akimat", "the monitoring system of the agency"): no word for a person, no person.  A plural
    one is people ("collective") only when its noun denotes people, a body when it denotes a
    group, and neither otherwise ("anonymous": "the plants", "the restaurants", "the figures"
    are no one's name, neither a person nor a group of people)."""
    head = (src.head or "").lower()
    words = src.text.lower().split()
    plural = (
        src.plural
        and (
            any(w.endswith("s") and w.startswith(head[:4]) for w in words)
            # "the wives", "the women", "the children": a noun for a person written in another
            # form than its dictionary form is that form's plural
            or _person_noun(head)
            and head not in words
            and any(w[:2] == head[:2] for w in words)
        )
    )  # the tagger calls unknown words plural ("the hokimiyat"): an -s form says it is
    if plural and not _cyrillic(head):
        # what the noun denotes, by WordNet's lexicographer files (:mod:`.noun_senses_data`):
        # "the parents of the pupils", "the drivers in the chat" are people as a group;
        # "the ministries" bodies; a thing's plural no one ("they" must not find it among the
        # bodies, nor a person's mark be shown for it)
        if _person_noun(head) or head in PEOPLE_NOUNS:
            return "collective"
        if body_noun(head) or head in GROUP_NOUNS:
            return "organization"
        return "anonymous"
    if src.gender is not None or not head or _cyrillic(head) or plural:
        return "person"
    person = _person_noun(head) or _person_noun(_MAN_FORM.sub("man", head))
    aged = _AGE_EPITHET.search(src.text) is not None
    return "person" if person or aged or head in TITLES else "organization"


def _person_noun(head: str) -> bool:
    return head in ROLE_NOUNS or head in ROLE_SYNONYMS or head in PERSON_NOUNS


#: words before the one spoken to ("told Suspilne", "said in an interview with RBC"): a
#: listener, not someone a later "the woman said" refers to
_TO_LISTENER = re.compile(
    r"\b(?:told|tells|telling|(?:said|stated|explained|confirmed|complained) to"
    r"|(?:an )?interview (?:to|with))\s+$"
)


def _in_paragraph(
    src: SourceRef, people: list[Cluster], text: str, said: tuple[int, int] | None = None
) -> Cluster | None:
    """The person of the description's gender named last before it in its own paragraph,
    not counting where they are only the one spoken to, nor inside the words ``said`` by the
    description's speaker ("“We met Tom Lee,” the politician said" is not Tom Lee's)."""
    para = text.rfind("\n", 0, src.start) + 1
    own = said or (0, 0)
    best: tuple[int, Cluster] | None = None
    for c in people:
        if src.gender is not None and c.gender not in (None, src.gender):
            continue
        seen = max(
            (
                s
                for s, _ in c.mentions
                if para <= s < src.start
                and not own[0] <= s < own[1]
                and not _TO_LISTENER.search(text, max(0, s - 30), s)
            ),
            default=-1,
        )
        if seen >= 0 and (best is None or seen > best[0]):
            best = (seen, c)
    return best[1] if best else None


#: a name's possessive with more words after it: "Armenia's health ministry", "Kyiv’s council"
_POSSESSIVE = re.compile(r"(?<![\w'’])[A-Z][\w.&-]*?(['’]s|(?<=s)['’])\s+[A-Za-z]")


def _owned_at(src: SourceRef, text: str) -> int | None:
    """Where the possessive of a name that owns what ``src`` names stands ("Armenia's health
    ministry": the offset of "'s"), or None when the source has no such possessive."""
    m = _POSSESSIVE.search(text, src.start, src.end)
    return m.start(1) if m is not None and m.end() <= src.end else None


#: "the ministry", "the health ministry": a definite description of a body, in lower case
_DEFINITE_BODY = re.compile(r"[Tt]he((?: [a-z][a-z-]*){1,3})")
#: how far back (characters) "the ministry" looks for the body it names again
BODY_REACH = 2500


def definite_body(words: str) -> bool:
    """Whether ``words`` call a body by what it is ("the ministry", "the health ministry")."""
    m = _DEFINITE_BODY.fullmatch(words.strip())
    return m is not None and body_noun(m.group(1).split()[-1])


def _named_body_before(src: SourceRef, bodies: Iterable[Cluster]) -> Cluster | None:
    """The one body named before ``src`` that the definite description ``src`` ("the ministry",
    "the health ministry") calls again: its name ends in the description's head noun and holds
    each of its words.  None when no body or more than one fits (then it is no one's)."""
    m = _DEFINITE_BODY.fullmatch(src.text.strip())
    if m is None:
        return None
    words = m.group(1).split()
    if not body_noun(words[-1]):
        return None
    fits: list[Cluster] = []
    for c in bodies:
        if c.kind != "organization" or c in fits or not any(ch.isupper() for ch in c.name):
            continue
        seen = c.seen_before(src.start)
        if seen < 0 or src.start - seen > BODY_REACH:
            continue
        named = re.findall(r"[\w-]+", c.name.lower())
        if named and named[-1] == words[-1] and all(w in named for w in words):
            fits.append(c)
    return fits[0] if len(fits) == 1 else None


def _add_owner_ru(org: Cluster, src: SourceRef, clusters: _EntityClusters, text: str) -> None:
    """«Министерство здравоохранения Армении сообщило»: NER names the body «Министерство
    здравоохранения» and the place apart; the parse's noun phrase keeps the genitive dependants
    after the name, which are part of it (the country whose ministry it is), so the body is
    named with them.  A body already named with dependants of its own keeps its name."""
    ends = [e for (s, e), c in clusters.items() if c is org and src.start <= s < e < src.end]
    if not ends:
        return
    end = max(ends)
    tail = genitive_tail(text[end : src.end])
    if tail is None or tail.lower() in org.name.lower():
        return
    if len(org.name.split()) > len(text[src.start : end].split()):
        return  # named before with another owner: leave the name the reader saw first
    org.name = f"{org.name} {tail}"


#: a Russian description that names a thing, no person and no body, is no speaker
#: (twenty-sixth session; :func:`.bodies_ru.thing_not_source`)
RU_NO_THING_SOURCES = True


def _resolve_source(
    src: SourceRef,
    people: People,
    orgs: dict[str, Cluster],
    others: dict[str, Cluster],
    entity_cluster: _EntityClusters,
    resolved: list[tuple[Found, Cluster | None]],
    text: str = "",
    *,
    back: bool = True,
    said: tuple[int, int] | None = None,
) -> Cluster | None:
    inside = entity_cluster.inside(src.start, src.end)
    named_org = orgs.get(phonetic_key(clean_alias(src.text)))
    if (
        src.kind in ("name", "description")
        and named_org is not None
        and not any(c.kind == "person" for c in inside)
    ):
        # the name of an organisation named before («Long War Journal отмечает»), whatever the
        # source reader took it for
        named_org.add(src.start, src.end, None)
        return named_org
    if (
        src.kind in ("organization", "collective", "description")
        and _cyrillic(src.head or "")
        and not inside
    ):
        # «по данным газеты» after «газета «Московский комсомолец»», «следствие» after
        # «Следственный комитет»: a body named once, then called by what it is
        bodies = [*orgs.values(), *(c for _, c in resolved if c is not None)]
        body = referred_body(src.head or "", src.text, src.start, bodies, text, src.plural)
        if isinstance(body, Cluster):
            body.add(src.start, src.end, None)
            return body
    known = _known_surname(src, people, inside)
    if known is not None:
        # "Popko added …" read as a body (NER tagged nothing there): a lone capitalised word
        # that is the surname of a person named before is that person
        known.add(src.start, src.end, src.text.strip())
        return known
    if src.kind == "name":
        # English names the person last ("Moldovan President Maia Sandu"), unless an
        # apposition follows the name and names others ("Ruth Adeyemi, an adviser to Senator
        # Claire Whitcombe", "Martin Okafor, the Greene campaign's field director")
        person = _named_before_apposition(src, entity_cluster, text) or next(
            (c for c in reversed(inside) if c.kind == "person"), None
        )
        missed = [e for e in src.entities if e.label == "PER"]
        if person is None and missed:
            person = people.add(missed[0])  # a name NER missed, found by the extractor
            person.add(src.start, src.end, None)
        elif person is None:
            # "Schilling, who": the name without "who"; «Джон Тернер (John Turner)»: without
            # the bracket the name is written again in, whose last word is no surname
            name = clean_alias(_TRAILING_BRACKET.sub("", src.text))
            gender, words, _ = split_honorific(name.split())
            words = strip_suffix(words)
            e = Entity(src.start, src.end, src.text, "PER", name, last=words[-1], gender=gender)
            person = people.add(e)
        else:
            person.add(src.start, src.end, None)
        # "the chief diplomat, Sergei Lavrov": the words around the name describe the person
        if src.head and src.head not in (person.last or "").lower():
            person.heads.add(src.head)
            person.heads.add(ROLE_SYNONYMS.get(src.head, src.head))
        return person
    if src.kind == "organization":
        # "Armenia's health ministry said": the name before a possessive is the body's owner,
        # not the body — the speaker is the ministry, named whole, never "Armenia"
        owned = _owned_at(src, text)
        if owned is not None:
            owners = [c for (_, e), c in entity_cluster.items() if e == owned]
            inside = [c for c in inside if c not in owners]
        person = next((c for c in inside if c.kind == "person"), None)
        head = (src.head or "").lower()
        # "The wife of a soldier of the 47th brigade, Olena Tkachuk, who …": the parse's
        # organisation is a person when its head noun is one and it holds a person's name
        if person is not None and (
            len(src.text.split()) <= 2 or head in PERSON_NOUNS or head in ROLE_NOUNS
        ):
            person.add(src.start, src.end, None)
            return person
        # after a possessive only a name NER tagged across it ("McDonald's Corp") is the body's
        # own; a name after it ("health ministry") is part of the whole, which is the name
        org = (
            next(
                (
                    c
                    for (s, e), c in entity_cluster.items()
                    if c.kind == "organization" and src.start <= s < owned < e <= src.end
                ),
                None,
            )
            if owned is not None
            else next((c for c in inside if c.kind == "organization"), None)
        )
        # "The ferry operator, Ellis Crossings, which …": the name, with the rest as its role
        name, role = display_name(src.text)
        if org is None and owned is None and not inside:
            # "The ministry said" after "Armenia's health ministry said": the one body of that
            # head noun named before
            org = _named_body_before(src, [*orgs.values(), *(c for _, c in resolved if c)])
            if org is not None:
                org.add(src.start, src.end, None)
                return org
        if org is None:
            key = phonetic_key((src.normal or src.text).removeprefix("the ").removeprefix("The "))
            org = _org_named(orgs, key) or orgs.setdefault(
                key, Cluster("organization", src.normal or src.text, plural=src.plural)
            )
            org.add(src.start, src.end, name)
        else:
            org.add(src.start, src.end, None)  # the name NER found, in its dictionary form
            if owned is None and _cyrillic(src.head or ""):
                _add_owner_ru(org, src, entity_cluster, text)
        org.role = org.role or role
        return org
    if src.kind == "pronoun":
        if (src.head or "") in ("i", "я"):
            # "“… I believe …,” she said": the first person inside a quote is its speaker
            outer = [c for g, c in resolved if g.kind == "direct" and g.start <= src.start < g.end]
            return outer[-1] if outer else None
        # English: the paragraph the pronoun stands in (see :func:`.coref.pronoun`)
        opens = 0 if _cyrillic(src.text) else text.rfind("\n", 0, src.start) + 1
        target = coref.pronoun(
            src, people.clusters, list(orgs.values()), resolved, said, paragraph=opens
        )
        if target is not None and src.end > src.start:  # a dropped subject has no words
            target.add(src.start, src.end, None)
        return target
    if src.kind == "description" and not _cyrillic(src.head or ""):
        # "the head of the regional administration Oleh Synehubov": an English description
        # that ends in a name (not "the wife of John Smith") is that person
        # "…, Olena Tkachenko, whose son returned": the name ends where the relative clause
        # starts
        core = clean_alias(src.text)
        core_end = src.start + max(0, src.text.find(core)) + len(core)
        named = [
            (s, e, c)
            for (s, e), c in entity_cluster.items()
            if c.kind == "person"
            and src.start < s
            and (
                e in (src.end, core_end)
                or (e < src.end and _ADJUNCT.match(text, e) is not None)
                or _ASIDE.fullmatch(text, e, src.end) is not None
                # "the head of the laboratory B, a colleague of the accused for years":
                # the apposition after the name describes B
                or (e < src.end and _APPOSITION.match(text, e, src.end) is not None)
            )
        ]
        if named and not text[: named[0][0]].rstrip().endswith(" of"):
            person = named[0][2]
            person.add(src.start, src.end, None)
            return person
        written = _full_name_at_end(src.text, people.clusters) if not named else None
        if written is not None:
            # "by the first vice-mayor of the capital Kanybek O., who …" where NER called the
            # name a building here: the person the article names so in full elsewhere
            written.add(src.start, src.end, None)
            return written
        alone = _given_name_at_end(src.text) if not named else None
        if alone is not None:
            # "The pharmacist of the network "X" Natalia said": a person known by a given
            # name only, the words before it their description
            start = src.start + src.text.rindex(alone)
            e = Entity(
                start,
                start + len(alone),
                alone,
                "PER",
                alone,
                first=alone,
                gender=given_name_gender(alone),
                gender_guessed=True,
            )
            person = people.add(e)
            person.add(src.start, src.end, None)
            return person
        tail = _name_at_end(src.text)
        if tail is not None and not named:
            # "The deputy of the bloc Anahit Minasyan" with no person tagged: the description
            # names someone (a given name, then a surname), never another deputy named before
            first, last = tail
            start = src.start + src.text.rindex(f"{first} {last}")
            e = Entity(
                start,
                start + len(first) + len(last) + 1,
                f"{first} {last}",
                "PER",
                f"{first} {last}",
                first=first,
                last=last,
                gender=given_name_gender(first),
                gender_guessed=True,
            )
            person = people.add(e)
            person.add(src.start, src.end, None)
            return person
    body = next((c for c in inside if c.kind == "organization"), None)
    if src.kind == "description" and body is not None and (src.head or "") in _PUBLISHED:
        # "According to the updated forecast of the NBU": a body's forecast, data or estimate
        # is the body's word, not a person's
        body.add(src.start, src.end, None)
        return body
    if src.kind == "description":
        # "The official who replaced Ivo Kaas told …": whoever the relative clause names is
        # someone else than the one it describes
        # and, identified by its clause, it does not call back whoever was named last
        clause = _named_in_clause(src, people.clusters, text, said)
        pool = [c for c in people.clusters if c not in (clause or ())]
        # "Her deputy" after "His deputy": a description through another owner is another person
        owner = _owner_en(src.text)
        if owner:
            pool = [c for c in pool if _owner_en(c.name) in ("", owner)]
        earlier = [
            (f, c)
            for f, c in resolved
            if c is None
            or c not in (clause or ())
            and (not owner or c.kind != "person" or _owner_en(c.name) in ("", owner))
        ]
        target = coref.description(src, pool, earlier)
        if not _cyrillic(src.head or "") and not src.plural and _qualified_office(src.text):
            # "the deputy chief arbiter", "the head of the council of X": an office with a
            # degree or a qualifier calls back the one introduced so (a bare "the official"
            # is left to recency: any office may be called so)
            introduced = _introduced_as(src.text, src.start, pool, text, said)
            target = introduced or target
        if not _cyrillic(src.head or ""):
            qualified = _qualified(src, pool, text)
            if target is None or qualified is not None and coref.fits(src, qualified):
                # of two holders of the office, the one the qualifier names ("the councillor
                # from the opposition"), not the one seen last
                target = qualified or target
        family = None if target is not None else coref.description_family(src, pool)
        if isinstance(family, Cluster):
            target = family
        if target is None and _cyrillic(src.head or ""):
            before = text[max(0, src.start - 8) : src.start]
            target = coref.description_back(src, pool, earlier, before=before)
        elif (
            target is None and back and family is None and _definite_person(src) and clause is None
        ):
            # "“…,” the politician said": the person this paragraph has named last, or else
            # the one quoted last
            # a person whose office the article has stated, and whom this office does not
            # fit, is someone else ("The governor backed her" after the contractor's chief
            # executive; "the spokesperson" after Judge Alison Pryce)
            pool = [c for c in pool if not _other_office(src, c)]
            aged = _subject_before(src, pool, text) if _AGE_EPITHET.search(src.text) else None
            target = (
                aged
                or _in_paragraph(src, pool, text, said)
                or coref.description_back(src, pool, earlier, said)
            )
        if target is not None:
            target.add(src.start, src.end, src.text)
            return target
        if _cyrillic(src.head or "") and RU_NO_THING_SOURCES and thing_not_source(src):
            return None  # «На встрече сообщили», «в воскресенье, 8 июля, сообщили»: nobody
        key = "description:" + _owner_en(src.text) + (src.head or src.text.lower())
        name = src.normal or src.text  # a passive's agent in the instrumental: its nominative
        kind = _description_kind(src)
        c = others.setdefault(
            key, Cluster(kind, name, gender=src.gender, plural=kind == "collective")
        )
        c.heads.add(src.head or "")
        c.add(src.start, src.end, src.text)
        return c
    if src.kind == "document" and back:
        issuer = _issuer(src, inside, resolved, text, said) or _issued_before(
            src, entity_cluster, text
        )
        if issuer is not None:
            issuer.add(src.start, src.end, None)
            return issuer
    # anonymous sources, collectives and documents: one speaker per distinct wording
    key = f"{src.kind}:{(src.normal or src.text).lower()}"
    c = others.setdefault(key, Cluster(src.kind, src.normal or src.text, plural=src.plural))
    if src.kind == "anonymous" and src.head and ANONYMOUS_HEADS and not _cyrillic(src.head):
        # "An Environment Agency spokesperson said …" and then "the spokesperson said": the
        # description calls back the one described so (:func:`.coref.description` reads heads)
        c.heads.add(src.head.lower())
    c.add(src.start, src.end, src.text)
    return c


#: what a body publishes as its own word ("according to the updated forecast of the NBU")
_PUBLISHED = frozenset(
    ["forecast", "data", "estimate", "estimates", "report", "statement", "calculations",
     "assessment", "information", "analysis", "survey", "study", "findings", "statistics",
     "release", "communique", "resolution", "conclusion", "website", "figures"]
)  # fmt: skip
#: what a body or a person issues in its own name: "the statement says" is the issuer's
#: statement, "the post says" its author's; not "the investigation", whose body is rarely the one
#: quoted just before (a court, a lawyer: A +1 -1 when it was listed)
_ISSUED = frozenset(
    ["statement", "release", "communique", "communiqué", "resolution", "post", "message",
     "appeal", "letter", "address", "decree", "order", "document", "report",
     "ruling", "indictment", "findings", "publication", "petition", "note", "memo"]
)  # fmt: skip
#: what only a body issues, so that the body quoted last may be its issuer when nothing else
#: names one ("the statement says"); a letter or a post is not the last body's (on real news:
#: "…, the human rights group X found. “…,” the letter stated" is the committee's letter)
_BODY_ISSUED = frozenset(["statement", "release", "communique", "communiqué", "resolution"])
#: cues by which someone issues a document: the "post" after "X wrote in his Telegram channel"
_ISSUING_CUES = frozenset(
    ["wrote", "writes", "write", "posted", "posts", "published", "publishes", "issued",
     "issues", "released", "releases", "tweeted", "tweets", "sent", "signed", "addressed"]
)  # fmt: skip
#: how far back (characters) the body that issued "the statement" may have been named
ISSUER_REACH = 400
#: the words before a name inside a document's phrase that make the name its author ("the
#: statement of the ministry", "a letter from the residents", "the post by the governor"); a
#: name after "about", "into", "on" is what the document is about (reviewer)
_AUTHOR_BEFORE = re.compile(r"\b(?:of|from|by)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _authors(c: Cluster, src: SourceRef, text: str) -> bool:
    """A mention of ``c`` inside the document's phrase names its author: after "of", "from" or
    "by", or as a possessive ("the governor's post", "the ministry’s statement")."""
    head = text.lower().find((src.head or "").lower(), src.start, src.end) if src.head else -1
    for a, b in c.mentions:
        if a < src.start or b > src.end:
            continue
        if _AUTHOR_BEFORE.search(text[src.start : a]):
            return True
        before_head = head < 0 or b <= head
        if before_head and text[b : b + 2] in ("'s", "’s"):
            return True  # "the governor's post"; not "the report into Mark Ellis's death"
        if before_head and text[src.start : a].lower().strip() in ("", "the", "a", "an", "this"):
            return True  # "the Kremlin statement", "Harbour Club letter": a name before the noun
    return False


def _issuer(
    src: SourceRef,
    inside: list[Cluster],
    resolved: list[tuple[Found, Cluster | None]],
    text: str = "",
    said: tuple[int, int] | None = None,
) -> Cluster | None:
    """Who a definite document speaks for: the one named inside it ("the statement of the
    ministry", "the governor's post"), else the nearest one quoted just before by a cue of
    issuing ("X wrote in his Telegram channel that … “…,” the post says") or, for what only a
    body issues, the nearest body quoted ("This is stated in the press release of the
    regulator. “…,” the statement says").  A document read out keeps its own author (the caller passes no
    ``back``: a soldier's letter read out is not the reader's)."""
    if (src.head or "") not in _ISSUED or not src.text.lower().startswith(("the ", "this ")):
        return None
    owner = next(
        (
            c
            for c in inside
            if c.kind in ("organization", "person", "collective")
            and (not text or _authors(c, src, text))
        ),
        None,
    )
    if owner is not None:
        return owner
    # measured from where the document's words begin ("“…,” the post says": the quote's start)
    anchor = min(src.start, said[0]) if said is not None else src.start
    for f, c in reversed(resolved):
        if f.start > src.start or c is None:
            continue
        if anchor - f.start > ISSUER_REACH:
            break
        cue = text[f.cue[0] : f.cue[1]].lower() if f.cue and text else ""
        # a group of people who wrote it too ("the residents wrote an appeal"); measured on
        # English only, so a Russian group is left as it was
        group = c.kind == "collective" and not _cyrillic(c.name)
        if (c.kind in ("organization", "person") or group) and cue in _ISSUING_CUES:
            return c
        if c.kind == "organization" and src.head in _BODY_ISSUED:
            return c
    return None


#: "The department published a statement.": a verb of issuing and its document, whose subject
#: (named right before the verb) issued what "the statement" later says
_ISSUING = (
    r"\s+(?:has\s+|had\s+)?(?:published|issued|released|posted|sent|distributed|circulated)"
    r"\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}"
)


def _issued_before(src: SourceRef, named: _EntityClusters, text: str) -> Cluster | None:
    """Who issued the document ``src`` names ("The statement says"), when a sentence before it
    says so: the body or person named right before "published a statement" ("The Department
    of Hydrology published a statement. The statement says that …"), the nearest within
    :data:`ISSUER_REACH`; English only."""
    head = (src.head or "").lower()
    if head not in _ISSUED or _cyrillic(head) or not src.text.lower().startswith(("the ", "this ")):
        return None
    issued = re.compile(_ISSUING + re.escape(head) + r"s?\b", re.IGNORECASE)
    a = max(0, src.start - ISSUER_REACH)
    verbs = {m.start() for m in issued.finditer(text, a, src.start)}
    found = [
        (e, c)
        for (s, e), c in named.items()
        if c.kind in ("organization", "person") and a <= s and e in verbs
    ]
    return max(found, key=lambda ec: ec[0])[1] if found else None


def _named_before_apposition(
    src: SourceRef, entity_cluster: _EntityClusters, text: str
) -> Cluster | None:
    """The person a name source names first when a comma follows that name and another person
    is named after it: the words after the comma are an apposition describing the first."""
    if not text:
        return None
    named = sorted(
        (
            (s, e, c)
            for (s, e), c in entity_cluster.items()
            if c.kind == "person" and src.start <= s and e <= src.end
        ),
        key=lambda t: (t[0], t[1]),
    )
    for k, (s, e, c) in enumerate(named[:-1]):
        if _RELATIVE_WORD.search(text[src.start : s]):
            continue  # "the deputy who replaced A, B": A is the clause's object, not who speaks
        if text[e : e + 2].strip().startswith(","):
            return c if any(s2 > e for s2, _, _ in named[k + 1 :]) else None
    return None


def _owner_en(description: str) -> str:
    """The owner an English description names someone through, as written ("his ", "her ",
    "berzina's "; "" for none): "His deputy" and "Her deputy" are two people, never one speaker
    (a description's speaker is otherwise kept by its head noun alone)."""
    m = _OWNED_EN.match(description)
    return m.group(1).lower() + " " if m else ""


#: an English description's owner: a possessive pronoun or a possessor's "'s"
_OWNED_EN = re.compile(r"(?:the\s+)?(his|her|their|its|[\w-]+['’]s)\s", re.IGNORECASE)


def _named_in_clause(
    src: SourceRef, clusters: list[Cluster], text: str, said: tuple[int, int] | None
) -> list[Cluster] | None:
    """The people named in the relative clause that follows a description ("The lawyer who
    represents Maria Saar said": Saar), up to the end of its clause or the quote's words; None
    when no relative clause follows it."""
    if not text or not (_RELATIVE_END.search(src.text) or _RELATIVE_START.match(text, src.end)):
        return None
    stop = _CLAUSE_STOP.search(text, src.end)
    end = stop.start() if stop else len(text)
    if said is not None and src.end <= said[0] < end:
        end = said[0]
    return [c for c in clusters if any(src.end <= s < end for s, _ in c.mentions)]


#: a description whose source words end with, or are followed by, a relative clause's opening
_RELATIVE_END = re.compile(r"\b(?:who|whom|whose|that)\s*$")
_RELATIVE_START = re.compile(r"\s*,?\s*(?:who|whom|whose)\b")
#: where such a clause ends at the latest: a sentence's or a clause's punctuation
_CLAUSE_STOP = re.compile(r"[.;:!?\n]")
#: a word opening a relative clause: a name after it is the clause's, not the described one's
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that)\b")
#: a bracket closing a source's words: «Фолькер Буфье (Volker Bouffier)»
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
#: a description's last two words: a capitalised word after a lower-case one, then another
_TRAILING_PAIR = re.compile(r"(?:(?<=[a-z] )|(?<=[a-z], ))([A-Z][\w'-]+) ([A-Z][\w'-]+)$")


def _full_name_at_end(description: str, clusters: Iterable[Cluster]) -> Cluster | None:
    """The one person whose full name (two words or more, as NER tagged it elsewhere) closes
    an English description after a lower-case word: "the head of the region Ivan Petrov"."""
    words = clean_alias(description)
    found = [
        c
        for c in clusters
        if c.kind == "person"
        and c.first
        and " " in c.name
        and words.endswith(" " + c.name)
        and words[: -len(c.name)].rstrip(" ,")[-1:].islower()
    ]
    return found[0] if len(found) == 1 else None


#: a description's last word: a capitalised word after a lower-case one or a closing quote
_TRAILING_ONE = re.compile(r"(?:(?<=[a-z] )|(?<=[\"”»] ))([A-Z][a-z'-]+)$")
#: words after which a capitalised word is the object of a preposition or of an article
_GOVERNING_WORDS = frozenset(
    ["of", "for", "in", "from", "at", "to", "on", "by", "with", "near", "about", "and", "the"]
)


def _given_name_at_end(description: str) -> str | None:
    """The given name closing an English description of a person who is named by it alone
    ("The pharmacist of the network "X" Natalia", "a teacher from the school Oksana"): a word
    of the given-name dictionary, no office and no body's noun."""
    alias = clean_alias(description)
    m = _TRAILING_ONE.search(alias)
    if m is None or not is_given_name(m.group(1)):
        return None
    # a capitalised word a preposition governs is a place's or a body's name, never the person
    # described: "the mayor of Charlotte", "the governor of Virginia", "the Bank of Georgia"
    before = alias[: m.start(1)].split()
    if before and before[-1].lower() in _GOVERNING_WORDS:
        return None
    word = m.group(1)
    return None if word.lower() in ROLE_NOUNS or body_noun(word.lower()) else word


def _name_at_end(description: str) -> tuple[str, str] | None:
    """(given name, surname) when an English description ends in a person's name that NER
    missed: a capitalised word from the given-name dictionary, then a capitalised surname, after
    a lower-case word or its comma ("… of the bloc Anahit Minasyan", "The mother of a boy from
    Oleshky, Iryna Kovalenko"; not "… of the Liberal Democratic Party")."""
    m = _TRAILING_PAIR.search(clean_alias(description))
    if m is None or not is_given_name(m.group(1)) or is_given_name(m.group(2)):
        return None
    return m.group(1), m.group(2)


#: the most a quote may be trusted whose speaker is a person the article never named in the
#: source words or anywhere they were resolved to ("the farmer", "The leader of the Liberal
#: Democratic Party"): below :data:`.confidence.CONFIDENT`, so readers mark it uncertain.  On our
#: translated-style articles such speakers were right for 2 of the 6 quotes scored confident
#: (the named person was meant); see docs/attribution.md, eighth round.
UNNAMED_CAP = 0.8
_ARTICLES = frozenset(["the", "a", "an", "one"])


def unnamed_person(speaker: Speaker) -> bool:
    """Whether ``speaker`` is a person known only by a description: none of its names starts
    with a capital that is not an article ("the woman", "The ombudswoman" are unnamed)."""
    if speaker.kind != "person":
        return False
    return not any(
        (n[:1].isupper() and n.split()[0].lower() not in _ARTICLES) or _holds_name(n)
        for n in (speaker.name, *speaker.aliases)
        if n
    )


#: words that may open a description without naming anyone ("The ministry", "His relatives")
_OPENERS = _ARTICLES | frozenset(["his", "her", "their", "its", "our", "some", "several", "many"])


def unnamed_body(speaker: Speaker) -> bool:
    """Whether ``speaker`` is a body, group or document known only by a description: no word
    of any of its names is capitalised but an opening article or possessive ("the ministry",
    "one of the interlocutors of the publication"; not "The Kharkiv Regional Military
    Administration")."""
    if speaker.kind == "person":
        return False
    for n in (speaker.name, *speaker.aliases):
        words = n.replace('"', " ").split()
        if not words:
            continue
        if words[0][:1].isupper() and words[0].lower() not in _OPENERS:
            return False
        if any(w[:1].isupper() for w in words[1:]):
            return False
    return True


def _holds_name(words: str) -> bool:
    """A given name then a capitalised word inside a description the name was not split from
    ("The spokesman of the Navy Dmytro Pletenchuk, answering …"): a named person."""
    ws = words.replace(",", " ").split()
    return any(
        is_given_name(a) and b[:1].isupper() and b.isalpha()
        for a, b in zip(ws, ws[1:], strict=False)
    )


def _known_surname(src: SourceRef, people: People, inside: list[Cluster]) -> Cluster | None:
    """The person named before whose surname is the whole of an organisation, name or
    collective source with no entity of its own ("Popko added", NER having tagged nothing;
    "Lubinets noted" opening a sentence, read as a plural group), or ``None``."""
    word = src.text.strip()
    if src.kind not in ("organization", "name", "collective") or inside or src.entities:
        return None
    if " " in word or not word[:1].isupper() or not word.isalpha() or word.isupper():
        return None
    e = Entity(src.start, src.end, word, "PER", word, last=word)
    c = people.match(e)
    return c if c is not None and c.first is not None and c.seen_before(src.start) >= 0 else None


#: "… Andriy Sadovyi at a briefing said", "… Viktor Bondarev on the air of Channel One stated":
#: translated word order puts where it was said between the name and the verb
_ADJUNCT = re.compile(
    r",?\s+(?:at|on|in|during|after|before|while|with|to|from)\s+(?:a|an|the|his|her|their)?\b"
)
#: an apposition after a name: a comma, then a description in lower case ("B, the colleague of
#: the accused", "B, a member of the committee")
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[a-z]")
#: "…, for her part, admitted", "…, in turn, said": «со своей стороны», «в свою очередь»
_ASIDE = re.compile(r",\s+(?:for (?:his|her|their|its) part|in (?:his |her |their |its )?turn),?")


def _own_words(f: Found) -> tuple[int, int] | None:
    """The span of what ``f``'s source says, where a name inside it cannot be the source's
    referent (English: measured there; Russian pronouns keep their own rules)."""
    if f.source is None or _cyrillic(f.source.text):
        return None
    return f.start, f.end


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
