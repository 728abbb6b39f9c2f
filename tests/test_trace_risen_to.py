"""A later figure its own sentence gives as the level a count grew to ("has risen to",
«выросло до», «достигло») is an update when the stages read no source for it but its sentence
gives it to someone; a body's abbreviation is read letter by letter («ЦРБ» as the initials of
«центральная районная больница»)."""

from __future__ import annotations

import pytest
from trace_samples import claim_mention, flag_kinds

from newsprism.trace import drift, rising, sources

DAY = 86400.0


@pytest.mark.parametrize(
    ("figure", "sentence"),
    [
        (
            "4,200",
            "The number of people evacuated from the valley has risen to 4,200, officials said.",
        ),
        ("61", "The toll climbed sharply to 61 overnight, the regional office said."),
        ("1,300", "The count of damaged homes reached about 1,300 by Thursday."),
        ("5200", "Число эвакуированных из посёлка выросло до 5200, сказали в администрации."),
        ("310", "Число отменённых за день рейсов в аэропорту достигло 310."),
        ("48", "Число пострадавших увеличилось до 48 человек."),
    ],
)
def test_a_count_grown_to_a_figure(figure: str, sentence: str) -> None:
    assert rising.risen_to(figure, sentence)


@pytest.mark.parametrize(
    ("figure", "sentence"),
    [
        ("5%", "Sales rose 5% in March, the company said."),
        ("12", "The number of open shelters fell to 12, officials said."),
        ("4,200", "About 4,200 people were evacuated from the valley, officials said."),
        ("3%", "Цены выросли на 3% за месяц."),
        ("2030", "Завод выйдет на полную мощность к 2030 году."),
    ],
)
def test_not_a_count_grown_to_a_figure(figure: str, sentence: str) -> None:
    assert not rising.risen_to(figure, sentence)


def test_a_grown_count_whose_source_the_stages_missed_is_an_update() -> None:
    monday = claim_mention(
        1,
        640,
        0.0,
        "en",
        text="640",
        sentence="Rescuers have moved 640 villagers to higher ground, the flood office said.",
        asserted_by="the flood office",
    )
    # «…, сообщили в четверг в паводковом штабе: …» — a source the stages did not read: the
    # figure reaches the trace as the outlet's own
    tuesday = claim_mention(
        2,
        910,
        DAY,
        "ru",
        text="910",
        sentence="Число переселённых жителей выросло до 910, сообщили в четверг в паводковом "
        "штабе: вода прибывает.",
    )
    kinds = flag_kinds(monday, tuesday)
    assert drift.UPDATED in kinds
    assert drift.FIGURE_CHANGED not in kinds


def test_a_grown_count_given_to_nobody_stays_a_changed_figure() -> None:
    monday = claim_mention(
        1, 640, 0.0, text="640", sentence="Rescuers moved 640 villagers, the flood office said.",
        asserted_by="the flood office",
    )  # fmt: skip
    # the outlet's own statement, no verb of saying: not given to the flood office
    own = claim_mention(
        2, 910, DAY, text="910", sentence="The number of villagers moved has risen to 910."
    )
    kinds = flag_kinds(monday, own)
    assert drift.FIGURE_CHANGED in kinds and drift.UPDATED not in kinds
    # nor "in the final count": a noun, no verb of saying
    final = claim_mention(
        3, 910, DAY, text="910", sentence="The number rose to 910 in the final count."
    )
    assert drift.UPDATED not in flag_kinds(monday, final)


def test_a_grown_count_of_two_known_sources_is_not_read_as_an_update() -> None:
    """Two sources both read: their names decide, as before (the growth says nothing of whose
    count it is)."""
    mayor = claim_mention(
        1, 12, 0.0, text="12", sentence="At least 12 were injured, Mayor Anna Kessler said.",
        speaker="Anna Kessler", asserted_by="Anna Kessler",
    )  # fmt: skip
    governor = claim_mention(
        2, 27, DAY, text="27", sentence="The toll has risen to 27, Governor Ivan Rudak said.",
        speaker="Ivan Rudak", asserted_by="Ivan Rudak",
    )  # fmt: skip
    kinds = flag_kinds(mayor, governor)
    assert drift.UPDATED not in kinds and drift.SOURCES_DIFFER in kinds


def test_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drift, "RISEN_TO", False)
    monday = claim_mention(
        1, 640, 0.0, text="640", sentence="Rescuers moved 640 villagers, the flood office said.",
        asserted_by="the flood office",
    )  # fmt: skip
    tuesday = claim_mention(
        2, 910, DAY, "ru", text="910",
        sentence="Число переселённых жителей выросло до 910, сообщили в четверг в штабе: вода.",
    )  # fmt: skip
    assert drift.UPDATED not in flag_kinds(monday, tuesday)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("НЦО", "Национальном центре оценивания"),
        ("ЦРБ", "центральной районной больнице"),
        ("ЧОП", "частное охранное предприятие"),
        ("ГЛС", "Государственной лесной службе"),
    ],
)
def test_an_abbreviation_is_read_letter_by_letter(short: str, full: str) -> None:
    assert sources._alike(short, full) == 1.0


def test_an_abbreviation_read_letter_by_letter_keeps_two_bodies_apart() -> None:
    assert sources._alike("НЦО", "Национальной гвардии") < sources.SAME_SOURCE
    assert sources._alike("ЦРБ", "Центральному банку") < sources.SAME_SOURCE
