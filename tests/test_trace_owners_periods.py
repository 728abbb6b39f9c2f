"""Whose count a figure is (the parse) and for which period (a grammar of period expressions),
and how the two hold a trace's links and its "figure changed" flags apart.  Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsprism.trace import drift, identity
from newsprism.trace.mentions import ClaimMention, Source
from newsprism.trace.owners import counted_owner, owners_differ
from newsprism.trace.periods import conflict, period_of


def _period(sentence: str, figure: str, published: str | None = "2027-03-04") -> str | None:
    at = sentence.index(figure)
    return period_of(sentence, at, at + len(figure), published)


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        ("The port handled 3.2 million containers in the first half of 2026.", "3.2 million", "2026 H1"),
        ("За первое полугодие 2026 года порт обработал 3,2 млн контейнеров.", "3,2 млн", "2026 H1"),
        ("Sales rose to 410,000 cars in the third quarter.", "410,000 cars", "- Q3"),
        ("В третьем квартале продажи выросли до 410 тыс. машин.", "410 тыс.", "- Q3"),
        ("Exports reached $8 billion between January and September.", "$8 billion", "- 9M"),
        ("За девять месяцев экспорт составил 8 млрд долларов.", "8 млрд долларов", "- 9M"),
        ("The mill produced 95,000 tonnes last year.", "95,000 tonnes", "2026 Y"),
        ("В прошлом году комбинат выпустил 95 тыс. тонн.", "95 тыс. тонн", "2026 Y"),
        ("In March alone the clinic saw 1,200 patients.", "1,200 patients", "- M03"),
        ("Since January the fund has paid out 40 million.", "40 million", "- YTD"),
        ("С начала года фонд выплатил 40 млн.", "40 млн", "- YTD"),
        ("The regulator may fine the bank up to 5%.", "up to 5%", None),  # "may" is no month
        ("The bridge will cost 2 billion.", "2 billion", None),
    ],
)  # fmt: skip
def test_a_figure_has_the_period_its_sentence_gives_it(
    sentence: str, figure: str, period: str | None
) -> None:
    assert _period(sentence, figure) == period


def test_two_figures_of_one_sentence_each_keep_their_own_period() -> None:
    s = "The chain sold 52,000 bikes in the second quarter and 131,000 bikes in the first half."
    assert _period(s, "52,000 bikes") == "- Q2"
    assert _period(s, "131,000 bikes") == "- H1"
    # a period before the first figure is every figure's: "In 2025 A … and B …"
    s = "В 2025 году Ларсен продал 12 тыс. домов, Оддвик — 9 тыс."
    assert _period(s, "9 тыс.") == "2025 Y"


@pytest.mark.parametrize(
    ("a", "b", "contradict"),
    [
        ("2025 Y", "2026 H1", True),
        ("2026 Q3", "2026 9M", True),
        ("- H1", "2026 H1", False),
        ("- H", "2026 H2", False),
        ("- Q", "- Q4", False),
        ("- YTD", "2026 M04", False),
        ("2025", "2025 Y", False),  # the claims stage's own period keys compare too
        ("2025 H1", "2025", True),
        (None, "2025 Y", False),
    ],
)
def test_which_periods_contradict(a: str | None, b: str | None, contradict: bool) -> None:
    assert conflict(a, b) is contradict
    assert conflict(b, a) is contradict


def _owner(sentence: str, figure: str, language: str) -> tuple[str, ...]:
    at = sentence.index(figure)
    return counted_owner(sentence, at, at + len(figure), language)


def test_whose_count_is_read_from_the_parse_in_both_languages() -> None:
    en = "Larsen Homes sold 12,000 houses in 2025, while Oddvik sold 9,000 houses."
    ru = "Продажи «Оддвика» составили 9 тыс. домов."
    larsen, oddvik = _owner(en, "12,000 houses", "en"), _owner(en, "9,000 houses", "en")
    assert larsen and oddvik and owners_differ(larsen, oddvik)
    # the genitive owner in Russian gives the same key as the English name
    oddvik_ru = _owner(ru, "9 тыс. домов", "ru")
    assert oddvik_ru and not owners_differ(oddvik, oddvik_ru)
    assert _owner("Its profit rose to 3 billion.", "3 billion", "en") == ()


def _claim(article: int, value: float, **kw: object) -> ClaimMention:
    fields: dict[str, object] = {
        "claim_id": 0, "text": str(value), "sentence": "…", "value": value, "value_high": None,
        "unit": None, "hedge": "=", "qualifier": None, "about": "houses sold", "period": None,
        "speaker": None, "asserted_by": "article", "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    src = Source(article, f"outlet{article}.example", None, None, "en", float(article))
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


def test_owners_and_periods_are_evidence_and_can_hold_back_a_changed_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    larsen, oddvik = _claim(1, 12000, owner=("lrsn",)), _claim(2, 9000, owner=("dvk",))
    f = identity.claim_features(larsen, oddvik, 0.8, 0.7)
    assert f["owner_differ"] == 1.0 and f["owner_same"] == 0.0
    f = identity.claim_features(larsen, _claim(3, 12500, owner=("lrsn",)), 0.8, 0.7)
    assert f["owner_same"] == 1.0 and f["owner_differ"] == 0.0
    year, half = _claim(1, 12000, period="2025 Y"), _claim(2, 5000, period="2026 H1")
    assert identity.claim_features(year, half, 0.8, 0.7)["period_conflict"] == 1.0
    assert drift.PERIOD_CHANGED in {f.kind for f in drift.claim_flags(year, half)}
    # the gates: two owners' counts, or two periods', are not a changed figure
    for gate, (a, b) in (("OWNER_GATE", (larsen, oddvik)), ("PERIOD_GATE", (year, half))):
        monkeypatch.setattr(identity, gate, False)
        assert drift.FIGURE_CHANGED in {f.kind for f in drift.claim_flags(a, b)}
        monkeypatch.setattr(identity, gate, True)
        assert drift.FIGURE_CHANGED not in {f.kind for f in drift.claim_flags(a, b)}
