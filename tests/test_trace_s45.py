"""Forty-fifth session: a comparison set off by a comma after a clause's figure ("…, up from
18", "…, against 260 on Monday", «…, против 310») gives the earlier value of that figure's count
whatever verb gives the new one (:data:`newsprism.trace.bonds.COMPARED_ADJUNCT`); another
year's figure and a figure of another sentence do not bond.  Invented sentences."""

from __future__ import annotations

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.trace import bonds
from newsprism.trace.mentions import claim_mentions


def _bonded_values(text: str, lang: str) -> list[tuple[float, float]]:
    article = analyse(article_from_text(text, lang))
    claims = claim_mentions(article, 1)
    return [(claims[j].value, claims[k].value) for j, k in bonds.bonds(article, claims)]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "The county transport office has now issued 720 parking permits to residents of "
            "the old town, up from 430 on Tuesday, it said on Thursday.",
            "en",
            (720.0, 430.0),
        ),
        (
            "Volunteers cleaning the Merva riverbank collected 96 sacks of rubbish by Sunday "
            "evening, against 41 on Saturday, the organisers said.",
            "en",
            (96.0, 41.0),
        ),
        (
            "The regional lab now says 58 wells in the valley are contaminated, up from its "
            "first estimate of 35 wells.",
            "en",
            (58.0, 35.0),
        ),
        (
            "Водоканал Лесногорска принял уже 1300 жалоб на перебои с водой, против 640 в "
            "понедельник.",
            "ru",
            (1300.0, 640.0),
        ),
        # «против» right after the new figure's words, no comma
        (
            "Водоканал Лесногорска принял 1300 жалоб против 640 в понедельник.",
            "ru",
            (1300.0, 640.0),
        ),
    ],
)
def test_a_comparison_after_a_comma_bonds_the_figure_before_it(
    text: str, lang: str, pair: tuple[float, float]
) -> None:
    assert _bonded_values(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another year's figure: two claims
        (
            "The port handled 4.2 million tonnes of grain, up from 3.6 million tonnes last "
            "year, the harbour master said.",
            "en",
        ),
        # the comparison names a figure of another sentence: nothing before it in its own
        (
            "The clinic treated 85 patients on Monday. Against 40 on Sunday, the staff had "
            "little warning.",
            "en",
        ),
        # "against" with no time: a vote's two counts, two parties' seats (review of 95c0f41d)
        ("The motion passed by 310 votes, against 98.", "en"),
        ("The ruling party won 210 seats, against 180 for the opposition.", "en"),
        ("Депутаты приняли закон: 301 голос, против 98.", "ru"),
        # «против» as a vote, far from the figure before it
        (
            "Депутаты одобрили поправку: за неё проголосовали 31 человек, а против — 12.",
            "ru",
        ),
    ],
)
def test_no_comparison_of_one_count_no_bond(text: str, lang: str) -> None:
    assert _bonded_values(text, lang) == []


def test_without_the_adjunct_reading_only_to_bonds(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "The county transport office has now issued 720 parking permits to residents of the "
        "old town, up from 430 on Tuesday, it said on Thursday."
    )
    monkeypatch.setattr(bonds, "COMPARED_ADJUNCT", False)
    assert _bonded_values(text, "en") == []
