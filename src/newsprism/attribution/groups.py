"""People named together ("Senators A and B", "A and the deputy X"): pairs and groups.

Two or more named people joined by "and" (or by an office: "A and deputy B") form a group a
plural cue or a later "they" refers to; the helpers here also tell which people a span names and
whether a person may be "he" or "she".  Split out of :mod:`.speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import coref
from .bodies_en import body_noun
from .clusters import Cluster, People
from .descriptions import _DESCRIPTION_CORE_END, _introduced_as, _lower_office, _person_noun
from .model import Entity, Found, SourceRef
from .name_runs import ROLE_NOUNS
from .names import (
    clean_alias,
)
from .person_nouns_data import PERSON_NOUNS

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
