"""What the language-specific extractors hand to speaker resolution.

The extractors (:mod:`.quotes_en`, :mod:`.quotes_ru`) find quotes, their cues and the words that
name their sources; :mod:`.speakers` then decides who those words refer to.  Everything is a
character span into the article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "indirect"]
SourceKind = Literal[
    "name", "pronoun", "description", "anonymous", "collective", "organization", "document"
]


@dataclass(slots=True)
class Entity:
    """A named person or organisation found by NER."""

    start: int
    end: int
    text: str
    #: PER | ORG | LOC
    label: str
    #: the name in its dictionary form (nominative for Russian)
    normal: str
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    #: "m" | "f" | None
    gender: str | None = None
    #: a role or affiliation stated next to the name ("pollster", "глава МИД")
    role: str | None = None
    #: a group named in the plural ("Democrats"): "they", never "it"
    plural: bool = False
    #: the gender is the name dictionary's guess from the given name, not a title, a role or a
    #: pronoun the article uses
    gender_guessed: bool = False


@dataclass(slots=True)
class SourceRef:
    """The words that name who is speaking."""

    start: int
    end: int
    text: str
    kind: SourceKind
    #: lemma of the head noun for descriptions ("senator", "envoy", "источник")
    head: str | None = None
    gender: str | None = None
    plural: bool = False
    #: named entities inside the source words
    entities: list[Entity] = field(default_factory=list)
    #: the words in their dictionary form, for the speaker table («местных СМИ» → «местные СМИ»)
    normal: str | None = None
    #: for a "They" opening its sentence: the subject of the sentence before when it names
    #: people together or as a group ("A and the head of the office B …. They said")
    antecedent: tuple[int, int] | None = None
    #: for a Russian service or office of someone named inside the words («пресс-служба
    #: полиции РА», «офис премьер-министра Терезы Мэй»): the span of whom it serves, who is not
    #: the speaker (:func:`.sources_ru.served`)
    serves: tuple[int, int] | None = None
    #: for a Russian person who acts for, or belongs to, someone named in the genitive after
    #: them («Адвокат Ивана Петрова», «сын Маркива»): the span of that owner, who is not the
    #: speaker (:func:`.owners_ru.person_owner`)
    owner: tuple[int, int] | None = None
    #: the words read both as a person named and as someone acting for them («Адвокат Петрова
    #: заявила»: the lawyer Petrova, or Petrov's lawyer): the speaker is shown uncertain
    owner_doubt: bool = False


@dataclass(slots=True)
class Found:
    """A quote found in the text, before its speaker is resolved."""

    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None = None
    source: SourceRef | None = None
    #: whoever passes the quote on (reads the letter out, recounts the neighbour's words)
    relayed_by: SourceRef | None = None
    #: a quote with no cue of its own that continues the previous speaker's words
    continues_previous: bool = False
    #: for a cue the lexicon does not list: the learned cue finder's probability
    learned: float | None = None
    #: proposed by the learned span tagger where the rules found nothing in the sentence
    tagged: bool = False
    #: the source's own claim that someone told them what follows ("X told the agency that
    #: the landlord had told the tenants on Monday"), whose words are passed on separately:
    #: never shown confident (see :mod:`.nested_en`)
    passes_on: bool = False
    #: the source is a bare surname two people named earlier share ("Andrew Carter" …
    #: "Thomas Carter" … "Carter said"), nothing in the text settling which: never confident
    namesake: bool = False
    #: relayed by an outlet's "according to X, …" (see :mod:`.nested_en`): its source is
    #: someone the article itself may have named ("the governor"), unlike a letter's author
    relayed_report: bool = False


@dataclass(slots=True)
class Analysis:
    """Everything one extractor found in an article."""

    found: list[Found]
    entities: list[Entity]
    #: (start, offset of a pronoun, gender, plural) of pronouns that refer to people
    pronouns: list[tuple[int, int, str | None, bool]] = field(default_factory=list)
    #: letters and messages read out with no quote in the same sentence ("X read out a letter
    #: from a soldier."): (end of that sentence, who reads, whose words), for the quote after it
    readings: list[tuple[int, SourceRef, SourceRef | None]] = field(default_factory=list)
    #: where a capitalised word opens a sentence as a common word, by the tagger ("Rice prices
    #: rose …", "Young farmers are leaving …"): no mention of a person of that surname
    common_openers: frozenset[int] = frozenset()
    #: Russian: where the syntax parse puts a subject — the offsets of every word of a subject
    #: noun phrase's head chain («Депутат Иван Петров заявил»: all three words), in the
    #: sentences that were parsed; empty where nothing was
    subjects: frozenset[int] = frozenset()
