"""The seventeenth session's review, figures: each test fails on the code before its fix
(invented sentences)."""

from __future__ import annotations

from newsprism.claims import find_quantities


def _figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, "en")]


def test_a_share_price_in_pence_is_no_video_format() -> None:
    # 9fb322d refused "480p" anywhere as a video format; on a market page it is a price
    assert _figures("Shares in the grocer closed at 480p on Friday.") == [(480.0, "pence")]
    assert _figures("The stock fell 240p to 1,080p after the profit warning.") == [
        (240.0, "pence"),
        (1080.0, "pence"),
    ]
    # where the sentence speaks of pictures it still is a format
    assert _figures("The doorbell camera streams 720p video.") == []


def test_a_day_of_a_month_after_a_russian_count_is_no_part_of_it() -> None:
    # 7d72685 read «300 тысяч 15 марта» as 300 015 of a date, and the date refusal lost the figure
    ru = [(q.value, q.unit) for q in find_quantities("Фонд перечислил 300 тысяч 15 марта.", "ru")]
    assert ru == [(300000.0, None)]
    # a number written in parts is still one number
    parts = find_quantities("Штраф составит 2 тысячи 500 рублей.", "ru")
    assert [(q.value, q.unit) for q in parts] == [(2500.0, "RUB")]


def test_a_record_after_who_was_is_no_age() -> None:
    # left latent since the sixteenth review: "who was 5 for 5" read as a five-year-old
    for sentence in (
        "The striker, who was 5 for 5 from the spot, scored again.",
        "Okafor, who was 12 of 15 from the field, led the team.",
    ):
        assert all(q.unit != "years old" for q in find_quantities(sentence, "en")), sentence
    # an age stays an age
    ages = find_quantities("The driver, who was 42, escaped unhurt.", "en")
    assert [(q.value, q.unit) for q in ages] == [(42.0, "years old")]
