"""English attribution, forty-first session (issue 12): one who speaks or works for another
("the press secretary", "the spokesperson", "the aide", "the representative of the ministry") is
never the person served — a description of that kind calls back only someone who holds that
office, and with no holder named it is an unnamed speaker of its own, not the minister named
before; "according to the investigation" is the investigating body's word, not a document's.
Each rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import descriptions, owners_en, reader_base_en

HOSPITAL = (
    "Minister promises equipment for Tver hospital\n\n"
    "The Minister of Health Andrei Volkov visited the regional hospital in Tver on Monday. He "
    "promised that new equipment would arrive before the winter.\n\n"
    '"We will not leave the doctors without support," Volkov told reporters.\n\n'
    "The press secretary said that the ministry had already signed contracts with three "
    "suppliers.\n\n"
    "According to the spokesperson, the first deliveries are expected in October.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_press_secretary_no_one_holds_is_not_the_minister(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(descriptions, "SERVING_NOT_SERVED", on)
    article = attributed(HOSPITAL)
    for words in ("signed contracts with three", "first deliveries are expected"):
        name = speaker_name(article, quote_holding(article, words))
        if on:
            assert name is not None and "Volkov" not in name
            speaker = article.speaker(quote_holding(article, words).speaker)
            assert speaker is not None and speaker.kind == "person"
        else:
            assert name == "Andrei Volkov"
    # the minister's own words stay his
    assert speaker_name(article, quote_holding(article, "without support")) == "Andrei Volkov"


GAS = (
    "No deal on gas in Bender\n\n"
    "The Deputy Prime Minister for Integration Pavel Lungu said that the talks in Bender ended "
    "without a result.\n\n"
    "The so-called foreign minister of the region Ivan Sorokin stated that the reserves would "
    "last until March.\n\n"
    "The official representative of the Russian Foreign Ministry stated that Chisinau was "
    '"blocking the supplies".\n'
)


@pytest.mark.parametrize("on", [True, False])
def test_the_representative_of_a_ministry_is_not_its_minister(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the description's own words name a representative; "of the Russian Foreign Ministry" is
    # whom it serves, whose office ("foreign minister") is someone else's
    monkeypatch.setattr(descriptions, "SERVING_NOT_SERVED", on)
    monkeypatch.setattr(owners_en, "SERVING_OWN_WORDS", on)
    article = attributed(GAS)
    name = speaker_name(article, quote_holding(article, "blocking the supplies"))
    assert name is not None
    if on:
        assert "Sorokin" not in name and "Lungu" not in name
    else:
        assert name in ("Ivan Sorokin", "Pavel Lungu")


ENVOYS = (
    "Moscow answers the sanctions\n\n"
    "Maria Zakharova, the spokeswoman of the Foreign Ministry, said on Thursday that Moscow "
    "would answer the sanctions.\n\n"
    "The spokeswoman added that the ambassador had been summoned.\n\n"
    "Presidential aide Yuri Ushakov said the meeting would take place in Riyadh. The aide said "
    "the delegations would meet on Tuesday.\n\n"
    "Alexei Morozov, an adviser to the governor, said the bridge would reopen in May. The "
    "adviser also said the repairs would cost 40 million rubles.\n"
)


def test_a_serving_description_still_calls_back_the_one_who_holds_the_office() -> None:
    # the spokeswoman, the aide and the adviser introduced by name keep their later words
    article = attributed(ENVOYS)
    assert speaker_name(article, quote_holding(article, "ambassador had been")) == (
        "Maria Zakharova"
    )
    assert speaker_name(article, quote_holding(article, "meet on Tuesday")) == "Yuri Ushakov"
    assert speaker_name(article, quote_holding(article, "40 million rubles")) == "Alexei Morozov"


def test_serving_words_are_read_up_to_the_head() -> None:
    assert owners_en.serving("the press secretary of the deputy prime minister", "secretary")
    assert not owners_en.serving("the secretary of the Security Council", "secretary")
    assert owners_en.serving_own_words("the aide to the governor", "aide") == "the aide"
    assert owners_en.holds_serving("spokesperson", "the spokeswoman of the ministry")
    assert not owners_en.holds_serving("aide", "the governor of the region")


BRIDGE = (
    "Contractor detained after bridge collapse\n\n"
    "Investigators in the Kostroma region detained the director of a road company on Sunday. "
    "According to the investigation, during the repair the contractor replaced only 12 of the 30 "
    "beams of the span.\n\n"
    "The inquiry found that the acts of the completed works were signed for all 30 beams.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_according_to_the_investigation_is_a_body_speaking(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_base_en, "FINDINGS_AS_BODY", on)
    article = attributed(BRIDGE)
    speaker = article.speaker(quote_holding(article, "replaced only 12 of the 30").speaker)
    assert speaker is not None
    assert (speaker.kind == "organization") is on  # off: a document whose issuer is not found
    # "the inquiry" was read as a body already (WordNet's sense): the rule keeps it so
    speaker = article.speaker(quote_holding(article, "signed for all 30 beams").speaker)
    assert speaker is not None and speaker.kind == "organization"
