"""The review of stories/revised.py (thirty-fourth session): a forecast, an economic figure and
a Russian modal are no count given again; a toll given again with a new figure still is."""

from __future__ import annotations

import pytest

from newsprism.stories.revised import tells_revised


@pytest.mark.parametrize(
    "headline",
    [
        # the modal stands before the rising word, not on it
        "Death toll expected to rise to ten",
        "Toll could climb further, officials warn",
        # "rises to N" of an economic rate: nothing a revised count counts is named
        "UK inflation rises to 3.4% in April",
        "Interest rates rise to 5.25%",
        "Unemployment climbs to 4.2 percent",
        "Ключевая ставка выросла до 21%",
        # «может» + infinitive is a forecast, as "could" is
        "Число погибших может вырасти",
    ],
)
def test_a_forecast_or_an_economic_figure_is_no_count_revised(headline: str) -> None:
    assert not tells_revised(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Number of dead in Harwick ferry fire rises to eleven",
        "Число раненых при обрушении моста в Калуге возросло до 15",
    ],
)
def test_a_count_given_again_stays_read(headline: str) -> None:
    assert tells_revised(headline)
