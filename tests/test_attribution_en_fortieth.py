"""English attribution, fortieth session (issue 12): a given name with its patronymic calls back
the person named in full (last round's candidate rule 5, landed on the thirty-ninth session's
parts).  Each rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import reader_base_en

STOVE = (
    "Firewood runs short in Kargasok\n\n"
    "The district administration said on Tuesday that the second delivery of firewood would "
    "come only in December.\n\n"
    "The teacher Valentina Sergeyevna Korobova from the village of Novy Vasyugan heats her "
    "house with a stove.\n\n"
    "Valentina Sergeyevna said that the wood she got in October ends next week and that she "
    "has already asked the neighbours to lend her some.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_given_name_with_a_patronymic_is_the_person_named_in_full(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_base_en, "PATRONYMICS", on)
    article = attributed(STOVE)
    name = speaker_name(article, quote_holding(article, "ends next week"))
    assert name == ("Valentina Sergeyevna Korobova" if on else "Valentina Sergeyevna")


def test_a_surname_in_ovich_after_a_given_name_stays_a_surname() -> None:
    article = attributed(
        "Derby postponed\n\n"
        "The coach of the club Dario Petrovich said on Friday that the match would be played in "
        'March. "The pitch is frozen and nobody will risk the players," Petrovich said.\n'
    )
    assert speaker_name(article, quote_holding(article, "pitch is frozen")) == "Dario Petrovich"
