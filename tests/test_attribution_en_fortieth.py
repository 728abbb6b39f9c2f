"""English attribution, fortieth session (issue 12): a given name with its patronymic calls back
the person named in full (last round's candidate rule 5, landed on the thirty-ninth session's
parts); a body's words in the translated impersonal passive ("In the statement of the ministry it
is said that …", "It was said in the ministry that …", "In the report of the commission it is said
that …"); "in the words of X" opening its sentence or as an aside inside it.  Each rule on and
off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name, speaker_of

from newsprism.attribution import cues_en, reader_base_en, said_in_en

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


CLINIC = (
    "Clinic to close\n\n"
    "The Ministry of Health of Moldova informed on Monday that the district clinic of Cahul "
    "will stop admitting patients in March. In the statement of the ministry it is said that "
    'the building "does not meet the fire safety rules", and the patients will be moved to '
    "Comrat.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_in_the_statement_of_a_body_with_no_comma_is_the_body_speaking(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(said_in_en, "OPENING_WITHOUT_COMMA", on)
    article = attributed(CLINIC)
    name = speaker_name(article, quote_holding(article, "does not meet the fire safety"))
    assert name == ("The Ministry of Health of Moldova" if on else None)


@pytest.mark.parametrize("on", [True, False])
def test_the_report_of_a_body_speaks_for_the_body(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(said_in_en, "DOCUMENT_OF_BODY", on)
    article = attributed(
        "Dam checked\n\n"
        "In the report of the commission it is said that the dam near Costesti needs repairs "
        "before the spring floods.\n"
    )
    speaker = speaker_of(article, "needs repairs before the spring")
    assert speaker == ("the commission" if on else "the report of the commission")


@pytest.mark.parametrize("on", [True, False])
def test_it_was_said_in_a_body_is_the_body_speaking(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(said_in_en, "BODY_AFTER_IN", on)
    article = attributed(
        "Clinic to close\n\n"
        "The district clinic of Cahul will close in March. It was also said in the ministry "
        "that the patients will be moved to the hospital of Comrat.\n"
    )
    speaker = speaker_of(article, "the patients will be moved to the hospital")
    assert speaker == ("the ministry" if on else None)


@pytest.mark.parametrize("on", [True, False])
def test_it_opening_its_sentence_is_read(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(said_in_en, "OPENING_IT", on)
    article = attributed(
        "Clinic to close\n\n"
        "The district clinic of Cahul will close in March. It was said in the ministry that "
        "the patients will be moved to the hospital of Comrat.\n"
    )
    assert speaker_of(article, "moved to the hospital") == ("the ministry" if on else None)


TOLL = (
    "Toll dispute\n\n"
    "The lawyer of the company Andris Ozols told LSM after the hearing that the defence will "
    "appeal. In the words of Ozols, the list of the goods changed four times during the year.\n\n"
    "The union of drivers gave the ministry time until Friday. After that, in the words of the "
    "union's chairman Janis Berzins, the drivers will block the road to Riga.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_in_the_words_of_x_opening_or_inside_its_sentence(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cues_en, "WORDS_ASIDE", on)
    article = attributed(TOLL)
    for phrase, name in (
        ("changed four times", "Andris Ozols"),
        ("block the road", "Janis Berzins"),
    ):
        holding = [speaker_name(article, q) for q in article.quotes if phrase in q.text]
        assert holding == ([name] if on else [])
