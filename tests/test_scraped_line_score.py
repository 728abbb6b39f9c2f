"""The learned line scorer of scraped text (round 45): its features, its switch, its overrule."""

from __future__ import annotations

import pytest

from newsprism.extract import scraped, scraped_line_score, scraped_line_score_data
from newsprism.extract.scraped_labels import HEADING, PARAGRAPH

# a page written for these tests: a headline, a date, paragraphs, two colon section heads
PAGE = """Новости · Город · Спорт
Пекари поднимут цены на хлеб с января
12 декабря 2026, 09:40
Хлебозаводы области предупредили торговые сети о новых отпускных ценах, которые вступят в силу после праздников, и объяснили это подорожанием муки и электричества.
Магазины: скидок не будет
Крупные сети пока не говорят, насколько вырастут цены на полках, но в двух из них сказали, что акции на хлеб в январе не планируют и будут следить за спросом.
Покупатели: мнения разделились
Одни жители говорят, что перейдут на домашнюю выпечку, другие считают, что рост на несколько рублей за батон почти незаметен в общем чеке за неделю.
Поделиться
"""


def _lines(labs: list[scraped.Labelled], text: str) -> list[int]:
    return [i for i, lab in enumerate(labs) if lab.text.strip() == text]


def test_decision_lines_are_the_short_lines_of_the_body() -> None:
    scraped_line_score.COLLECT = []
    try:
        scraped.classify(PAGE)
        seen = {text for _, _, _, text in scraped_line_score.COLLECT}
    finally:
        scraped_line_score.COLLECT = None
    assert "Магазины: скидок не будет" in seen
    assert "Покупатели: мнения разделились" in seen
    # the menu over the headline and the share button under the last paragraph are not
    assert "Новости · Город · Спорт" not in seen
    assert "Поделиться" not in seen


def test_features_see_a_colon_head_and_its_siblings() -> None:
    scraped_line_score.COLLECT = []
    try:
        scraped.classify(PAGE)
        feats = {text: f for _, f, _, text in scraped_line_score.COLLECT}
    finally:
        scraped_line_score.COLLECT = None
    first = feats["Магазины: скидок не будет"]
    assert "colon_head" in first
    assert "next=running" in first
    # the other colon head of the same length is its sibling
    assert "siblings=1" in first
    assert "script=cyr" in first


def test_the_scorer_off_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scraped_line_score_data, "MARGIN", None)
    monkeypatch.setattr(
        scraped_line_score_data,
        "WEIGHTS",
        {"heading": {"colon_head": 9.0}, "paragraph": {}, "drop": {}},
    )
    before = [(lab.label, lab.reason) for lab in scraped.classify(PAGE)]
    assert all("learned" not in reason for _, reason in before)


def test_a_sure_scorer_overrules_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # weights that make every colon head over running text a heading, surely
    monkeypatch.setattr(scraped_line_score_data, "MARGIN", 0.2)
    monkeypatch.setattr(
        scraped_line_score_data, "BIAS", {"heading": -4.0, "paragraph": 0.0, "drop": -4.0}
    )
    monkeypatch.setattr(
        scraped_line_score_data,
        "WEIGHTS",
        {
            "heading": {"colon_head|next=running": 9.0},
            "paragraph": {"colon_head": -4.0},
            "drop": {},
        },
    )
    labs = scraped.classify(PAGE)
    for text in ("Магазины: скидок не будет", "Покупатели: мнения разделились"):
        (i,) = _lines(labs, text)
        assert labs[i].label == HEADING
    # the paragraphs are not touched: they are no decision lines
    long_ones = [lab for lab in labs if lab.text.startswith("Хлебозаводы")]
    assert long_ones[0].label == PARAGRAPH


def test_an_unsure_scorer_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same direction, but not past the margin: the rules' decision stands
    monkeypatch.setattr(scraped_line_score_data, "MARGIN", 0.05)
    monkeypatch.setattr(
        scraped_line_score_data, "BIAS", {"heading": 0.0, "paragraph": 0.0, "drop": -4.0}
    )
    monkeypatch.setattr(
        scraped_line_score_data,
        "WEIGHTS",
        {"heading": {"colon_head|next=running": 0.5}, "paragraph": {}, "drop": {}},
    )
    base = [(lab.label, lab.text) for lab in scraped.classify(PAGE)]
    monkeypatch.setattr(scraped_line_score_data, "MARGIN", None)
    assert base == [(lab.label, lab.text) for lab in scraped.classify(PAGE)]


def test_probabilities_sum_to_one() -> None:
    probs = scraped_line_score.probabilities(["words=1", "end=none", "rule=heading"])
    assert set(probs) == {"heading", "paragraph", "drop"}
    assert abs(sum(probs.values()) - 1.0) < 1e-9
