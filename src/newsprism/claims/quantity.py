"""The quantity a sentence states, before it becomes a :class:`~newsprism.article.Claim`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Quantity:
    #: offsets into the sentence text the extractor was given
    start: int
    end: int
    value: float
    value_high: float | None = None
    #: canonical unit (see :mod:`newsprism.claims.units`) or the lemma of the counted noun
    unit: str | None = None
    #: "more than", "около" … as written
    qualifier: str | None = None
    #: ``=`` exact, ``~`` approximate, ``>`` lower bound, ``<`` upper bound, ``up``/``down`` a change
    change: str = "="
    #: "three times as many", «вдвое больше»: a multiple of another figure
    relative: bool = False
    #: the counted noun phrase ("heart transplants", «жителей»), offsets in the sentence
    noun_start: int | None = None
    noun_end: int | None = None
    #: the counted noun is an earlier count's, the writer having left it out ("7 cars to
    #: Spain, 5 to Italy"): a later figure of the same list may share it through this one
    elided: bool = False

    @property
    def is_range(self) -> bool:
        return self.value_high is not None


#: a token-level POS tag: (universal POS, lemma)
Tag = tuple[str, str]
