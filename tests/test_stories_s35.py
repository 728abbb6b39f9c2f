"""Stories, thirty-fifth session: the revised-count grammar reads every English number word the
figures read (its own list stopped at "fifty": "sixty" to "ninety" and "zero" were no number)."""

from __future__ import annotations

import pytest

from newsprism.stories.revised import tells_count_revised, tells_revised


@pytest.mark.parametrize(
    "headline",
    [
        "Quake dead rise to sixty as rescuers reach hill villages",
        "Flood victims climb to seventy-two after river breaches second levee",
        "Ferry disaster: number of dead rises to ninety",
        "Eighty more die as cholera outbreak spreads through camps",
        "Recount: disputed ballots rise to ninety",
    ],
)
def test_a_count_revised_in_any_number_word(headline: str) -> None:
    assert tells_count_revised(headline)
    assert tells_revised(headline)


@pytest.mark.parametrize(
    "headline",
    [
        # an economic figure, a forecast and an aftermath stay no count given again
        "Unemployment rises to sixty-one thousand claims in March",
        "Death toll expected to rise to seventy, officials warn",
        "Sixty more charged after stadium crush as toll rises to ninety",
        "Inflation falls to zero for the first time since 2015",
    ],
)
def test_no_count_revised(headline: str) -> None:
    assert not tells_revised(headline)
