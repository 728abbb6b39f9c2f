"""Names read before clustering: what NER tagged, corrected, and what it left untagged.

A person's name whose last word is a body's noun is that body; a given name written just before
a surname NER tagged alone joins it; a name in quotation marks is a title, not a speaker; bare
surnames NER missed are found by the clusters' own surnames; letters read out name their writer.
Split out of :mod:`.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from .bodies_en import body_noun
from .clusters import Cluster, People, _cyrillic, _EntityClusters, _surname_match
from .given_names import given_name_gender, is_given_name
from .groups import _JOINED
from .model import Analysis, Entity
from .name_runs import NAMED_AFTER, ROLE_NOUNS, first_name_gender
from .names import (
    FEMININE,
    HONORIFICS,
    TITLES,
    phonetic_key,
)
from .person_nouns_data import PERSON_NOUNS


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
    out = [_body_named_as_person(_honorific_body(e)) for e in out]
    spelt = {e.last for e in out if e.label == "PER" and e.first and e.last}
    out = [
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
    return _words_of_named_people(out)


def _honorific_body(e: Entity) -> Entity:
    """NER's organisation opening with a title of address ("Ms Nguyen Thi Hong Nhung") is the
    person it names: no body is called "Ms"."""
    words = e.normal.split()
    if e.label != "ORG" or len(words) < 2 or words[0].lower().rstrip(".") not in HONORIFICS:
        return e
    if not all(w[:1].isupper() for w in words[1:]) or _cyrillic(e.normal):
        return e
    return Entity(
        e.start,
        e.end,
        e.text,
        "PER",
        " ".join(words[1:]),
        first=words[1] if len(words) > 2 else None,
        last=words[-1],
        gender=HONORIFICS[words[0].lower().rstrip(".")],
        role=e.role,
    )


def _words_of_named_people(entities: list[Entity]) -> list[Entity]:
    """A body or place NER made of a word of a person's full name the article gives — a given
    name used alone ("Nurlybek Utepov" … "Nurlybek"), one of two surnames ("Lucia Condori
    Mamani" … "Condori"), a surname or a whole name in another spelling ("Mammadova" …
    "Mamedova", "Bakhtiyor Nazarov" … "Baxtiyor Nazarov") — is that person, when the word
    belongs to one person only.  A given name stands for a person only where NER called it a
    body: given names are places too ("Jordan", "Georgia")."""
    people = [e for e in entities if e.label == "PER" and e.first and e.last]
    if not people:
        return entities
    out = []
    for e in entities:
        words = e.normal.split()
        if (
            e.label in ("ORG", "LOC")
            and 1 <= len(words) <= 3
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and not _cyrillic(e.normal)
        ):
            owner = _one_owner(words, e.label, people)
            if owner is not None:
                e = Entity(
                    e.start,
                    e.end,
                    e.text,
                    "PER",
                    e.normal,
                    first=owner.first if len(words) == 1 else words[0],
                    last=owner.last,
                    gender=owner.gender,
                    role=e.role,
                )
        out.append(e)
    return out


def _one_owner(words: list[str], label: str, people: list[Entity]) -> Entity | None:
    """The one person whose full name holds ``words`` (one word of it, or given name and
    surname in other spellings), by :func:`.names.phonetic_key` or a spelling close to it."""
    owners: dict[str, Entity] = {}
    for p in people:
        assert p.first is not None and p.last is not None  # selected so by the caller
        names = p.normal.split()
        if len(words) == 1:
            hit = any(
                _close_spelling(words[0], n) and (n != p.first or label == "ORG")
                for n in names[1:] + ([p.first] if p.first == names[0] else [])
            )
        else:
            hit = _close_spelling(words[-1], p.last) and _close_spelling(words[0], p.first)
        if hit:
            owners.setdefault(phonetic_key(p.normal), p)
    return next(iter(owners.values())) if len(owners) == 1 else None


def _close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name word: the same key, or keys of five letters at least that
    open alike and differ in a letter or two (Mammadova / Mamedova, Baxtiyor / Bakhtiyor)."""
    ka, kb = phonetic_key(a), phonetic_key(b)
    if ka == kb:
        return len(ka) >= 3
    if min(len(ka), len(kb)) < 5 or ka[:2] != kb[:2]:
        return False
    if bool(FEMININE.search(ka)) != bool(FEMININE.search(kb)):
        return False  # Zhukovsky and Zhukovskaya: a family's man and woman
    return SequenceMatcher(None, ka, kb).ratio() >= 0.8


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
    if not SURNAMES_AFTER_JOIN:
        return out
    # the same surname alone elsewhere, tagged a body or a place ("the first vice-president of
    # the Assembly Gabriela Yánez" … "Yánez closed the session"): that person, as
    # :func:`_relabel_people` reads a surname of a name NER found whole
    # only after the person is first named: a body or a place named before ("Ford said it would
    # cut jobs" … "analyst Rebecca Ford") cannot call back a name not yet given
    joined: dict[str, int] = {}
    for e in out:
        if e.label == "PER" and e.first and e.last:
            joined.setdefault(phonetic_key(e.last), e.start)
    return [
        Entity(e.start, e.end, e.text, "PER", e.normal, last=e.normal, role=e.role)
        if e.label in ("ORG", "LOC")
        and " " not in e.normal
        and e.normal[:1].isupper()
        and not _cyrillic(e.normal)  # English only: the Russian reader has its own forms
        and joined.get(phonetic_key(e.normal), len(text)) < e.start
        else e
        for e in out
    ]


#: the personal pronouns an English clause may call its subject back by
_PRONOUN = re.compile(r"\b(it|its|itself|he|him|his|himself|she|her|hers|herself)\b", re.I)
#: where a sentence ends (the pronoun must stand in the name's own sentence)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


def _bodies_calling_themselves_it(entities: list[Entity], text: str) -> list[Entity]:
    """A lone word that shares a person's surname but stands before that person is first named,
    and whose own sentence then calls it "it" ("Ford said on Tuesday it would cut 3,000 jobs" …
    "analyst Rebecca Ford"; "Jordan said it had closed its border" … "Michael Jordan"), is the
    company or the country, whatever NER called it: a person is "he" or "she", and a name not yet
    given cannot be called back.  Relabelled a body, it no longer joins the person (R15,
    thirty-eighth session)."""
    first_named: dict[str, int] = {}
    for e in entities:
        if e.label == "PER" and e.first and e.last:
            first_named.setdefault(phonetic_key(e.last), e.start)
    if not first_named:
        return entities
    out = []
    for e in entities:
        if (
            e.label in ("PER", "ORG", "LOC")
            and " " not in e.normal
            and e.normal[:1].isupper()
            and not _cyrillic(e.normal)
            and e.start < first_named.get(phonetic_key(e.normal), -1)
            and _called_it(e, text)
        ):
            e = Entity(e.start, e.end, e.text, "ORG", e.normal, role=e.role)
        out.append(e)
    return out


def _called_it(e: Entity, text: str) -> bool:
    """Whether the first personal pronoun after ``e`` in its sentence is "it" or "its"."""
    end = _SENTENCE_END.search(text, e.end)
    pronoun = _PRONOUN.search(text, e.end, end.start() if end else len(text))
    return pronoun is not None and pronoun.group(1).lower() in ("it", "its", "itself")


#: a lone surname tagged a body is the person a joined name names (thirty-eighth session)
SURNAMES_AFTER_JOIN = True


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
