"""What a reader needs before trusting an English speaker link resolved from afar.

A quote whose source is "he", "she" or "the 61-year-old keeper" gets its speaker from the
people named before it.  A reader trusts that link when the text leaves no doubt; two kinds of
doubt were counted on the translated-style parts written by a colleague who read no code and
scored before anyone developed on them (mt113–mt124, issue 12, nineteenth round): of the
confident pronoun quotes, few were right where another person of the pronoun's gender (as the
name dictionary or a title gives it) was named in its sentence or the one before, and none of
those resolved to a one-word "person" with no given name, title or role (a town or a farm NER
took for a person) was right.  Figures in docs/attribution.md.  Such quotes stay below
the confident bar, whatever the scorer says; the link itself is unchanged.

A third kind is no person at all: "The report of the audit shows …", "These figures show …":
a document speaks for whoever issued it, so the quote is shown as uncertain, as the stage does
for every document.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..article import Sentence, Speaker
from .given_names import is_given_name
from .model import Entity, Found
from .name_runs import ROLE_NOUNS
from .names import HONORIFICS, TITLES
from .roles import EN_DOCUMENTS
from .sources_en import REPORT_NOUNS

#: singular personal pronouns and the gender each names
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

#: the head nouns of figures and records: they show, they do not say
_RECORD_NOUNS = frozenset(
    [*EN_DOCUMENTS, *REPORT_NOUNS, "figure", "statistic", "statistics", "record", "number"]
)


class Doubts:
    """The people an article names, sorted, and its sentence starts: built once per article."""

    def __init__(self, entities: list[Entity], sentences: tuple[Sentence, ...]) -> None:
        people = sorted((e for e in entities if e.label == "PER"), key=lambda e: e.start)
        self._people = people
        self._starts = [e.start for e in people]
        self._sentence_starts = [s.start for s in sentences]

    def _window_start(self, pos: int) -> int:
        """The start of the sentence before the one holding ``pos`` (two sentences back)."""
        k = bisect_right(self._sentence_starts, pos) - 1
        return self._sentence_starts[max(0, k - 1)] if k >= 0 else 0

    def rival_before(self, found: Found, speaker: Speaker) -> bool:
        """Whether another person of the pronoun's gender (as the name dictionary or a title
        gives it; a person of no known gender is no rival) is named in the pronoun's sentence
        or the one before, outside the quote itself."""
        src = found.source
        if src is None:
            return False
        gender = _PRONOUN_GENDER.get(src.text.lower())
        own = [(m.start, m.end) for m in speaker.mentions]
        lo = self._window_start(src.start)
        for k in range(bisect_left(self._starts, lo), bisect_left(self._starts, src.start)):
            e = self._people[k]
            if found.start <= e.start < found.end:
                continue
            if any(a <= e.start < b or e.start <= a < e.end for a, b in own):
                continue
            if gender is not None and e.gender == gender:
                return True
        return False


def _bare_name(speaker: Speaker) -> list[str]:
    """The speaker's name without titles and offices ("Colonel Gasimov" → ["Gasimov"])."""
    return [
        w
        for w in speaker.name.split()
        if w.lower().rstrip(".") not in TITLES
        and w.lower().rstrip(".") not in HONORIFICS
        and w.lower() not in ROLE_NOUNS
    ]


def _person_word(word: str) -> bool:
    """A given name, a title or an office: what the text says of a person ("Mr", "President")."""
    low = word.lower().rstrip(".")
    return is_given_name(word) or low in TITLES or low in HONORIFICS or low in ROLE_NOUNS


def no_person_evidence(speaker: Speaker) -> bool:
    """A "person" known by one word that is no given name, with no role, title or office
    anywhere the article names them: what NER takes for a person in translated text is often a
    town, a district or a farm ("brought to Yerevan", "the Leninsky district")."""
    if speaker.kind != "person" or speaker.role is not None:
        return False
    words = _bare_name(speaker)
    if len(words) != 1 or len(words) != len(speaker.name.split()) or is_given_name(words[0]):
        return False
    return not any(_person_word(w) for a in speaker.aliases for w in a.split())


def doubtful(found: Found, speaker: Speaker | None, doubts: Doubts) -> bool:
    """Whether the text leaves the speaker of this quote in doubt for a reader (the module
    docstring): a pronoun with another candidate right before it, a pronoun or description
    resolved to a "person" with no evidence of being one, a record as speaker."""
    src = found.source
    if speaker is None or src is None:
        return False
    if src.kind in ("collective", "organization") and (src.head or "").lower() in _RECORD_NOUNS:
        return not any(e.label in ("PER", "ORG") for e in src.entities)
    if src.kind not in ("pronoun", "description") or speaker.kind != "person":
        return False
    if no_person_evidence(speaker):
        return True
    return (
        src.kind == "pronoun"
        and src.text.lower() in _PRONOUN_GENDER
        and doubts.rival_before(found, speaker)
    )
