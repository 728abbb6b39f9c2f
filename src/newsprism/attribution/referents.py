"""The cluster a quote's source words refer to, once the context rules have not decided.

:func:`_resolve_source` reads a name, a pronoun, a description, an anonymous source or a body
and finds (or makes) its cluster: a name to its person or organisation, a pronoun through
:mod:`.coref`, a description to the person introduced so, a statement to its issuer.  Split out
of :mod:`.speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import coref, owners_en
from .bodies_en import body_noun
from .bodies_ru import genitive_tail, referred_body, thing_not_source
from .clusters import Cluster, People, _cyrillic, _EntityClusters, _org_named
from .descriptions import (
    _AGE_EPITHET,
    _RELATIVE_WORD,
    _definite_person,
    _description_kind,
    _in_paragraph,
    _introduced_as,
    _named_body_before,
    _other_office,
    _owned_at,
    _qualified,
    _qualified_office,
    _subject_before,
    serves_not,
    serving_description,
)
from .given_names import given_name_gender, is_given_name
from .model import Entity, Found, SourceRef
from .name_runs import ROLE_NOUNS
from .names import (
    clean_alias,
    display_name,
    phonetic_key,
    split_honorific,
    strip_suffix,
)
from .owners_ru import genitive_only
from .person_nouns_data import PERSON_NOUNS
from .roles import EN_FEMALE, EN_MALE, EXPERT_WORDS, ROLE_SYNONYMS

#: an English anonymous source ("a ministry spokesperson") is called back by its head noun
ANONYMOUS_HEADS = True
#: «Пресс-секретарь министра Ивана Петрова, Анна Орлова, заявила»: a Russian name in the
#: genitive before a comma is an owner, not a name the words after the comma describe
#: (thirty-seventh session; :func:`_named_before_apposition`)
RU_GENITIVE_NOT_DESCRIBED = True
#: a Russian unnamed source worded as the role a named person was introduced with
#: («представитель министра» after «Представитель министра, Олег Ким») is that person
#: (thirty-seventh session, :func:`.coref.introduced_ru`)
RU_ROLE_CALLBACK = True


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
    if src.serves is not None and not _named_whole(src, entity_cluster, text):
        # «пресс-служба полиции РА», «офис премьер-министра Терезы Мэй»: a speaker of its own,
        # never merged into the one it serves (named inside its name, which links the two)
        name = src.normal or src.text
        key = "serving:" + phonetic_key(clean_alias(name))
        c = others.setdefault(key, Cluster("organization", name))
        c.heads.add(src.head or "")
        c.add(src.start, src.end, src.text)
        return c
    if src.owner is not None:
        return _acting_for(src, people, others, resolved, text)
    acting = _acting_en(src, entity_cluster, text)
    if acting is not None:
        if acting.own_name is not None:
            # "A spokesman for Defence Secretary Ben Wallace, Tom Hardy, said": Hardy speaks
            own = entity_cluster.get(acting.own_name)
            if own is not None:
                own.add(src.start, src.end, None)
                return own
        else:
            # "The wife of footballer Tom Baker said": the wife, never Baker; her noun gives
            # her gender, so that "she said" after it is hers, not Baker's
            head = (src.head or "").lower()
            gender = "f" if head in EN_FEMALE else "m" if head in EN_MALE else None
            src.gender = src.gender or gender
            if not (
                src.kind == "anonymous" and text[acting.owner[1] : acting.owner[1] + 1] in "'’"
            ):
                # "Grant's spokeswoman said": an unnamed spokesperson stays an anonymous source
                # (below), never Grant; only her noun's gender is read here
                src.owner = acting.owner
                return _acting_for(src, people, others, resolved, text)
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
            len(src.text.split()) <= 2
            or head in PERSON_NOUNS
            or head in ROLE_NOUNS
            # "The presiding Yánez": the head word is the person's surname
            or (SURNAME_HEAD and _surname_headed(src, person, text))
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
            key = _body_key((src.normal or src.text).removeprefix("the ").removeprefix("The "))
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
            src, people.clusters, list(orgs.values()), resolved, said, paragraph=opens, text=text
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
        if named and not (
            text[: named[0][0]].rstrip().endswith(" of")
            # "a fisherman in Vidin", "a driver from Ndola": a name right after a preposition
            # of place is where the described person is, never who they are (NER reads many
            # towns as surnames; thirty-eighth session)
            or (PLACE_NOT_PERSON and _PLACE_PREP.search(text, 0, named[0][0]) is not None)
        ):
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
        if serving_description(src):
            # "the press secretary", "the representative of the ministry": one who speaks for
            # another is only someone who holds that office, never the minister named before
            # (nor the deputy whose office's wider word "representative" is)
            pool = [c for c in pool if not serves_not(src, c, text)]
        earlier = [
            (f, c)
            for f, c in resolved
            if c is None
            or c not in (clause or ())
            and (not owner or c.kind != "person" or _owner_en(c.name) in ("", owner))
        ]
        target = coref.description(src, pool, earlier, text)
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
        if target is None and (src.head or "").replace("ё", "е") in EXPERT_WORDS:
            # «— добавляет эксперт»: the person just quoted, never one named inside the words
            target = coref.last_quoted(src, earlier)
        elif target is None and _cyrillic(src.head or ""):
            before = text[max(0, src.start - 8) : src.start]
            target = coref.description_back(src, pool, earlier, before=before, text=text)
            if target is not None and coref.other_head_of_body(src, target):
                target = None  # «— сказал глава компании» is not the minister quoted last
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
                or coref.description_back(src, pool, earlier, said, text=text)
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
    if src.kind == "anonymous" and RU_ROLE_CALLBACK and not src.plural and _cyrillic(src.text):
        # «Представитель министра, Олег Ким, сообщил … — сказал представитель министра»: the
        # words the article introduced a named person by call that person back
        introduced = coref.introduced_ru(src, people.clusters)
        if introduced is not None:
            introduced.add(src.start, src.end, src.text)
            return introduced
    # anonymous sources, collectives and documents: one speaker per distinct wording
    key = f"{src.kind}:{(src.normal or src.text).lower()}"
    c = others.setdefault(key, Cluster(src.kind, src.normal or src.text, plural=src.plural))
    if src.kind == "anonymous" and src.head and ANONYMOUS_HEADS and not _cyrillic(src.head):
        # "An Environment Agency spokesperson said …" and then "the spokesperson said": the
        # description calls back the one described so (:func:`.coref.description` reads heads)
        c.heads.add(src.head.lower())
    c.add(src.start, src.end, src.text)
    return c


def _acting_for(
    src: SourceRef,
    people: People,
    others: dict[str, Cluster],
    resolved: list[tuple[Found, Cluster | None]],
    text: str,
) -> Cluster:
    """«Адвокат Ивана Петрова»: the person who acts for the owner named in the genitive
    (:mod:`.owners_ru`) — the one the article introduced by that office for that owner
    («Адвокат Ивана Петрова Олег Сидоров»), else a speaker of their own; never the owner, nor
    whoever holds that office for someone else («представитель Алибасова»)."""
    owner = src.owner or (0, 0)
    owners = [
        c for c in people.clusters if any(owner[0] <= a and b <= owner[1] for a, b in c.mentions)
    ]
    pool = [c for c in people.clusters if c not in owners]
    earlier: list[tuple[Found, Cluster | None]] = [
        (f, c) for f, c in resolved if c is not None and c not in owners
    ]
    target = coref.description(src, pool, earlier)
    words = re.findall(r"\w+", text[owner[0] : owner[1]])
    stem = words[-1][:-2] if words else ""
    if target is not None and not any(
        stem and stem.lower() in text[a:b].lower() for a, b in target.mentions
    ):
        target = None
    if target is None:
        name = src.normal or src.text
        target = others.setdefault(
            "owner:" + phonetic_key(clean_alias(name)),
            Cluster(_description_kind(src), name, gender=src.gender),
        )
        target.heads.add(src.head or "")
    target.add(src.start, src.end, src.text)
    return target


#: an English speaker who acts for, or belongs to, a person named in their words is never that
#: person (thirty-seventh session, :mod:`.owners_en`)
EN_ACTING_NOT_OWNER = True


def _acting_en(
    src: SourceRef, entity_cluster: _EntityClusters, text: str
) -> owners_en.Acting | None:
    """:func:`.owners_en.acting_for` on English source words, with the spans of the person names
    NER found inside them."""
    if not EN_ACTING_NOT_OWNER or _cyrillic(src.head or "") or src.kind == "pronoun":
        return None
    people = sorted(
        (s, e)
        for (s, e), c in entity_cluster.items()
        if c.kind == "person" and src.start <= s and e <= src.end
    )
    return owners_en.acting_for(src, people, text)


def _named_whole(src: SourceRef, clusters: _EntityClusters, text: str) -> bool:
    """Whether NER names the source words' head as part of a name («Администрация президента
    России», «Главное управление МВД»), or names the one served right where its words begin
    («пресс-служба Следственного комитета России», «пресс-служба «Яндекса»»: the body speaks
    through its service, and the reader is shown the body).  Where the one served is named only
    inside another's words («пресс-служба полиции РА», «офис премьер-министра Терезы Мэй»), its
    name would be shown for a speaker it is not."""
    head_end = src.start + len(src.text.split(" ", 1)[0])
    if src.serves is None:
        return False
    start, end = src.serves
    first = re.match(r"[«\"„“]*\S+", text[start:end]) if text else None
    first_end = start + (first.end() if first else 0)
    return any(
        s <= src.start < e or src.start <= s < head_end or start <= s < first_end
        for (s, e), _ in clusters.items()
    )


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
        if RU_GENITIVE_NOT_DESCRIBED and _cyrillic(text[s:e]) and genitive_only(text[s:e]):
            # «Пресс-секретарь министра Ивана Петрова, Анна Орлова, заявила»: a name in the
            # genitive is whose the speaker is (the order a translation gives); the name after
            # the comma is the speaker's own, not an apposition describing the owner
            continue
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


def _known_surname(src: SourceRef, people: People, inside: list[Cluster]) -> Cluster | None:
    """The person named before whose surname is the whole of an organisation, name or
    collective source with no entity of its own ("Popko added", NER having tagged nothing;
    "Lubinets noted" opening a sentence, read as a plural group), or ``None``."""
    word = src.text.strip()
    if src.kind not in ("organization", "name", "collective") or inside or src.entities:
        return None
    # a hyphenated or apostrophised surname ("Al-Tarawneh", "O'Neill") is one word
    letters = (
        word.replace("-", "").replace("'", "").replace("’", "")
        if HYPHENATED and not _cyrillic(word)
        else word
    )
    if " " in word or not word[:1].isupper() or not letters.isalpha() or word.isupper():
        return None
    e = Entity(src.start, src.end, word, "PER", word, last=word)
    c = people.match(e)
    return c if c is not None and c.first is not None and c.seen_before(src.start) >= 0 else None


#: "… Andriy Sadovyi at a briefing said", "… Viktor Bondarev on the air of Channel One stated":
#: translated word order puts where it was said between the name and the verb
#: a hyphenated surname alone ("Al-Tarawneh said") calls back the person named in full before
HYPHENATED = True
#: an organisation source whose head word is the surname of the person inside it is that person
SURNAME_HEAD = True


def _surname_headed(src: SourceRef, person: Cluster, text: str) -> bool:
    """Whether the organisation source ``src`` is the person ``person`` named by surname with
    lower-case words before it ("The presiding Yánez", "an angry Hollande"): its head word is
    the person's surname, the person has a given name, and no other capitalised word (a place:
    "Sparsely populated South Dakota") stands before the head."""
    head = (src.head or "").lower()
    if _cyrillic(src.text) or not person.first or head != (person.last or "").lower():
        return False
    words = re.findall(r"[\w'’-]+", src.text)
    lower = [w.lower() for w in words]
    if head not in lower:
        return False
    before = words[1 : lower.index(head)]
    return all(not w[:1].isupper() for w in before)


#: a name after a preposition of place in a description is a place (see :func:`_resolve_source`)
PLACE_NOT_PERSON = True
_PLACE_PREP = re.compile(r"\b(?:in|from|near|outside|at)\s+$")
_ADJUNCT = re.compile(
    r",?\s+(?:at|on|in|during|after|before|while|with|to|from)\s+(?:a|an|the|his|her|their)?\b"
)
#: an apposition after a name: a comma, then a description in lower case ("B, the colleague of
#: the accused", "B, a member of the committee")
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[a-z]")
#: "…, for her part, admitted", "…, in turn, said": «со своей стороны», «в свою очередь»
_ASIDE = re.compile(r",\s+(?:for (?:his|her|their|its) part|in (?:his |her |their |its )?turn),?")


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _body_key(name: str) -> str:
    """The key a body's name is kept under: its :func:`phonetic_key`, with the numbers the
    key drops ("7%" and "8%" of those surveyed, "G7" and "G20" are two, not one)."""
    numbers = _NUMBER.findall(name)
    key = phonetic_key(name)
    return f"{key} {' '.join(numbers)}".strip() if numbers else key
