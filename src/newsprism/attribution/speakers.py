"""Who the source words of each quote refer to: the per-article speaker table.

People named in the article are clustered first (:mod:`.names` merges spelling variants, first
names keep namesakes apart), organisations by their normalised name.  Each quote's source words
are then resolved: a name to its cluster, a pronoun or a description ("the senator") through
:mod:`.coref`, anonymous sources and collectives to speakers of their own, never to a guess.

:func:`resolve` is the entry point; the steps it runs live beside it: :mod:`.clusters` (the
clusters and the span index), :mod:`.name_mentions` (NER's names corrected and completed),
:mod:`.groups` (people named together), :mod:`.sentence_context` (pronouns and descriptions read
from the sentences around a quote), :mod:`.descriptions` (what a description says and whom it
introduced) and :mod:`.referents` (a source's words to their cluster).
"""

from __future__ import annotations

# "x as x" imports below are explicit re-exports: names other modules and the tests imported
# from here before the steps moved to modules of their own
import re
from collections.abc import Sequence

from ..article import Mention, Quote, Sentence, Speaker
from . import coref, merge_ru
from .bodies_en import body_noun
from .clusters import Cluster, People, _cyrillic, _EntityClusters, _org_named
from .clusters import generation as generation
from .descriptions import _description_kind as _description_kind
from .descriptions import _introduced_as
from .descriptions import _office_of_the as _office_of_the
from .descriptions import definite_body as definite_body
from .given_names import is_given_name
from .groups import (
    _all_clusters,
    _coordinated,
    _described_pair,
    _group_in,
    _outside_groups,
    _people_ending,
    _they_subject,
)
from .model import Analysis, Found, SourceRef
from .name_mentions import (
    _bodies_calling_themselves_it,
    _first_names,
    _given_names_joined,
    _quoted_names,
    _read_out,
    _relabel_people,
    _surname_mentions,
)
from .names import (
    display_name,
    phonetic_key,
)
from .referents import _named_whole, _resolve_source
from .relations_en import relate
from .sentence_context import (
    _described_subject,
    _one_of_two_before,
    _opens_sentence,
    _overlapping,
    _owner_in_sentence,
    _previous_sentence,
    _previous_subject,
    _quoted_object,
    _same_paragraph_speaker,
    _sole_person_before,
    _subject_before_ru,
    _trailing_description,
    _trailing_pronoun,
)
from .trailing import leading_colon, trailing_cue


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
    entities = _bodies_calling_themselves_it(_quoted_names(entities, text), text)
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

    # "his son, … Nurlan D.": the kinship a person was introduced by describes them (English
    # words: a Russian text holds none)
    relate(text, entity_cluster)
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
        elif (
            f.source is not None
            and f.source.serves is not None
            and not _named_whole(f.source, entity_cluster, text)
        ):
            # «офис премьер-министра Терезы Мэй»: a service or office held for someone named
            # in it is a speaker of its own, whatever the sentences around it say of that one
            cluster = _resolve_source(
                f.source, people, orgs, others, entity_cluster, resolved, text
            )
        elif f.source is not None and f.source.owner is not None:
            # «Адвокат Ивана Петрова заявил»: the lawyer, a speaker of their own, not the client
            # named in their words (whose own «— сказал Петров» stays theirs)
            cluster = _resolve_source(
                f.source, people, orgs, others, entity_cluster, resolved, text
            )
        elif f.source is not None:
            if (
                _trailing_pronoun(f) or _trailing_description(f, text, entity_cluster)
            ) and _opens_sentence(text, f.start):
                # "Deputy X visited Shebekino.\n\n— We understand …, — he told Izvestia.": a
                # paragraph of speech goes to the person the paragraph before opens with
                # someone known by their relation to a person ("The wife of footballer Tom
                # Baker said …") opens their sentence as much as a named person does
                acting = _acting_people(others)
                cluster = _previous_subject(
                    f, sentences, [*people.clusters, *acting], analysis.found, text
                )
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
                sentence_people = [*people.clusters, *_acting_people(others)]
                cluster = _described_subject(
                    before, f.source, people.clusters, resolved
                ) or _sole_person_before(before, f.source, sentence_people, analysis.found, text)
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
                and (
                    any(a < f.source.end and f.source.start < b for a, b in people.doubtful)
                    # «Адвокат Петрова заявила»: the lawyer Petrova, or Petrov's lawyer
                    or f.source.owner_doubt
                )
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

    # one speaker per person: a Russian description speaker merged into the named speaker it
    # most likely is (a fitted model, :mod:`.merge_ru`; English untouched)
    same_p: dict[int, float] = {}
    same_person = merge_ru.merge(
        resolved,
        relayer,
        lambda c: any(by_span.get(m) is c for m in c.mentions),
        _body_not_person,
        text,
        same_p,
    )
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
            person=ids.get(id(same_person[id(c)])) if id(c) in same_person else None,
            person_p=same_p[id(c)] if id(c) in same_person else None,
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


def _acting_people(others: dict[str, Cluster]) -> list[Cluster]:
    """The English speakers known by their relation to a person named in their words ("The
    wife of footballer Tom Baker", :mod:`.owners_en`): people a sentence may open with as much as
    a named one (the Russian reader's own paths are left as they are)."""
    return [
        c
        for k, c in others.items()
        if k.startswith("owner:") and not any("а" <= ch <= "я" for ch in c.name.lower())
    ]


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


#: a Russian «он/она» (and «по его/её словам») refers to the person of its gender named before
#: it in its own sentence — the one such person, else of several the one a reading earlier in
#: the sentence credits — before anyone quoted in the sentences before (twenty-eighth session)
RU_SENTENCE_OWNER = True


#: a Russian «он/она» with no one named before it in its own sentence is the one person of its
#: gender the sentence right before — a sentence with no verb of saying in it — has as a subject
#: (the parse's), before anyone quoted earlier (thirtieth session: a person introduced without a
#: verb of saying, «Их инициатором стал Заза С. … Он считает, что …», went to the person quoted
#: last)
RU_PREVIOUS_SUBJECT = True


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


def _own_words(f: Found) -> tuple[int, int] | None:
    """The span of what ``f``'s source says, where a name inside it cannot be the source's
    referent (English: measured there; Russian pronouns keep their own rules)."""
    if f.source is None or _cyrillic(f.source.text):
        return None
    return f.start, f.end
