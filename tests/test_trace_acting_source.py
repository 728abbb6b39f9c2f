"""An owner's later figure with no verb of saying is still its update when its clause names the
owner: the body that acts in it ("The water board now puts the number of homes cut off at
6,300") or the owner's own words in its sentence («…; всего без воды остаются 6300 домов,
сообщил водоканал» where the claims stage gives no source).  Invented sentences."""

from __future__ import annotations

from functools import partial

import pytest
from trace_samples import claim_mention, flag_kinds

from newsprism.trace import drift, sources
from newsprism.trace.owners import counted_agent

DAY = 86400.0


#: this file's figures count homes left without water
_claim = partial(claim_mention, unit="home", about="homes without water")
_kinds = flag_kinds


@pytest.mark.parametrize(
    ("sentence", "figure", "lang", "agent"),
    [
        (
            "The water board now puts the number of homes cut off in Harlby at 6,300.",
            "6,300",
            "en",
            "water board",
        ),
        (
            "The regional council widened the flood zone around Tessin to 2,400 homes on Friday.",
            "2,400 homes",
            "en",
            "regional council",
        ),
        (
            "Городской водоканал продлил отключение воды в Харлби до 12 дней.",
            "12 дней",
            "ru",
            "Городской водоканал",
        ),
        # what is counted is the subject, or the subject is acted on: nobody acts
        ("About 6,300 homes in Harlby are without water.", "About 6,300", "en", None),
        ("В Харлби без воды остаются 6300 домов.", "6300 домов", "ru", None),
        ("More than 6,300 homes were cut off by the flood.", "More than 6,300", "en", None),
    ],
)
def test_who_acts_in_a_figures_clause(
    sentence: str, figure: str, lang: str, agent: str | None
) -> None:
    at = sentence.find(figure)
    assert counted_agent(sentence, at, at + len(figure), lang) == agent


def test_an_owner_acting_in_the_later_clause_makes_an_update() -> None:
    monday = _claim(1, 4100, 0.0, asserted_by="the water board")
    wednesday = _claim(
        2,
        6300,
        2 * DAY,
        sentence="The water board now puts the number of homes cut off at 6,300.",
        agent="water board",
    )
    kinds = _kinds(monday, wednesday)
    assert drift.UPDATED in kinds and drift.FIGURE_CHANGED not in kinds
    # across the languages, by the sentence vectors of the two bodies' names
    ru = _claim(
        3,
        63,
        2 * DAY,
        "ru",
        sentence="Министерство здравоохранения увеличило число пострадавших до 63.",
        agent="Министерство здравоохранения",
    )
    assert drift.UPDATED in _kinds(_claim(1, 41, 0.0, asserted_by="the health ministry"), ru)


def test_an_owner_named_in_the_later_sentence_makes_an_update() -> None:
    monday = _claim(1, 4100, 0.0, "ru", asserted_by="водоканал")
    wednesday = _claim(
        2,
        6300,
        2 * DAY,
        "ru",
        sentence="Водоканал сообщил, что ремонт затянется; всего без воды остаются 6300 домов.",
    )
    assert drift.UPDATED in _kinds(monday, wednesday)
    # an abbreviation meets its other script: «БВС» in a sentence, BVS the source
    bvs = _claim(3, 4100, 0.0, asserted_by="BVS")
    later = _claim(
        4, 6300, 2 * DAY, "ru", sentence="По итогам среды БВС насчитало 6300 домов без воды."
    )
    assert drift.UPDATED in _kinds(bvs, later)


def test_no_owner_in_the_later_clause_stays_a_changed_figure() -> None:
    monday = _claim(1, 4100, 0.0, asserted_by="the water board")
    # another body acts in it, or nobody does: an outlet's own figure, not the board's update
    council = _claim(
        2,
        6300,
        2 * DAY,
        sentence="The regional council widened the flood zone to 6,300 homes.",
        agent="regional council",
    )
    assert drift.UPDATED not in _kinds(monday, council)
    own = _claim(3, 6300, 2 * DAY, sentence="About 6,300 homes are still without water.")
    kinds = _kinds(monday, own)
    assert drift.FIGURE_CHANGED in kinds and drift.UPDATED not in kinds


def test_the_acting_source_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "ACTING", False)
    monkeypatch.setattr(sources, "NAMED_IN_SENTENCE", False)
    monday = _claim(1, 4100, 0.0, asserted_by="the water board")
    wednesday = _claim(
        2,
        6300,
        2 * DAY,
        sentence="The water board now puts the number of homes cut off at 6,300.",
        agent="water board",
    )
    assert drift.UPDATED not in _kinds(monday, wednesday)
