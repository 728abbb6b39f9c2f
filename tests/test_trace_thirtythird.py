"""The thirty-third session's trace changes: who estimates a count is its source, not its owner
(:data:`newsprism.trace.owners.COUNTERS_NOT_OWNERS`), and a rival's figure in the clause after a
semicolon bonds with the figure of the clause before (:data:`newsprism.trace.bonds.CLAUSE_RIVALS`).
Each guard fails with its flag off."""

from __future__ import annotations

import pytest
from test_trace_bonds import _bonded_values as _bonded

from newsprism import analyse
from newsprism.article import Article
from newsprism.attribution.stage import article_from_text
from newsprism.trace import bonds, owners
from newsprism.trace.mentions import ClaimMention, claim_mentions

#: a rival's count given by a verb of estimating, after another source's
ESTIMATED = (
    "The regional fisheries institute said 140 seals had been found dead on the shore. "
    "The shipping company Marvell Lines put the number at 160."
)
#: the same, after a semicolon of the first figure's sentence
SEMICOLON = (
    "The district council said 320 families had been evacuated; the plant put the number at 280."
)


def _claims(text: str, lang: str) -> tuple[Article, list[ClaimMention]]:
    article = analyse(article_from_text(text, lang))
    return article, claim_mentions(article, 1)


def _owner_of(text: str, lang: str, value: float) -> tuple[str, ...]:
    _, claims = _claims(text, lang)
    return next(c.owner for c in claims if c.value == value)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (ESTIMATED, "en", 160.0),
        (
            "The state mining agency Gorvex estimates the copper reserves of the new field at "
            "about 900,000 tonnes, the agency said on Monday.",
            "en",
            900000.0,
        ),
        (
            "В Лесногорском заповеднике называют 36 погибших тюленей.",
            "ru",
            36.0,
        ),
    ],
)
def test_who_estimates_a_count_is_not_its_owner(text: str, lang: str, value: float) -> None:
    assert _owner_of(text, lang, value) == ()


def test_who_estimates_a_count_was_its_owner_with_the_flag_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(owners, "COUNTERS_NOT_OWNERS", False)
    assert _owner_of(ESTIMATED, "en", 160.0) != ()


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # the subject of a verb that is not one of estimating stays the owner
        (
            "Tarvik Air carried 12.4 million passengers last year, the airline said.",
            "en",
            12400000.0,
        ),
        # "counted" keeps its subject: a university counts its own applicants
        (
            "In the first round Dorvel University counted 19,000 applicants.",
            "en",
            19000.0,
        ),
    ],
)
def test_other_verbs_keep_their_subject_as_owner(text: str, lang: str, value: float) -> None:
    assert _owner_of(text, lang, value) != ()


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (SEMICOLON, "en", (320.0, 280.0)),
        (
            "Цены на хлеб с начала года выросли на 9%, признаёт министерство торговли; "
            "союз пекарей называет цифру в 15%.",
            "ru",
            (9.0, 15.0),
        ),
    ],
)
def test_a_rival_after_a_semicolon_bonds(text: str, lang: str, pair: tuple[float, float]) -> None:
    assert _bonded(text, lang) == [pair]


def test_a_rival_after_a_semicolon_did_not_bond_with_the_flag_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bonds, "CLAUSE_RIVALS", False)
    assert _bonded(SEMICOLON, "en") == []


def test_another_count_after_a_semicolon_does_not_bond() -> None:
    # a clause with a verb of its own and another thing counted: no verb of estimating
    text = (
        "The district council said 320 families had been evacuated; 14 schools were closed "
        "on Monday."
    )
    assert _bonded(text, "en") == []
