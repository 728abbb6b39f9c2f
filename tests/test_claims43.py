"""Issue 13, forty-third session: the Russian figure scorer (invented sentences, none from an
evaluation set)."""

from __future__ import annotations

from newsprism.claims import figure_score
from newsprism.claims.extract import find_quantities
from newsprism.claims.quantity import Quantity


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


def test_the_russian_scorer_drops_numbers_that_are_no_figure() -> None:
    # a score line and a network's name: bare numbers the rules let through
    assert _ru("Матч закончился вничью 1:1.") == []
    assert _ru("Команда выиграла у «Зенита» 3:0.") == []
    assert _ru("Оператор запустил сеть 5G в трёх городах.") == [(3.0, "город")]


def test_the_russian_scorer_off_keeps_what_the_rules_found() -> None:
    figure_score.ENABLED = False
    try:
        assert _ru("Матч закончился вничью 1:1.") == [(1.0, None), (1.0, None)]
    finally:
        figure_score.ENABLED = True


def test_a_difference_is_never_judged() -> None:
    # «на N меньше» after a share: a figure by the conventions, whatever the model would say
    assert _ru("Безработица составила 5% — на 1 меньше, чем в прошлом году.") == [
        (5.0, "%"),
        (1.0, None),
    ]
    # guards: counts and a share stay
    assert _ru("В области открылись 12 новых школ.") == [(12.0, "школа")]
    assert _ru("Цены на бензин выросли на 4% за месяц.") == [(4.0, "%")]


def test_what_each_scope_judges() -> None:
    text = "Сеть открыла 40 магазинов и подняла цены на 5%."
    shops = Quantity(13, 26, 40.0, unit="магазин")
    share = Quantity(43, 45, 5.0, unit="%")
    assert figure_score.judged(shops, text, None, "counts")
    assert not figure_score.judged(shops, text, None, "bare")
    assert not figure_score.judged(share, text, None, "counts")
    assert figure_score.judged(share, text, None, "every")


def test_the_russian_scorer_was_fitted_on_development_parts_only() -> None:
    from newsprism.claims import figure_score_ru_data

    doc = " ".join((figure_score_ru_data.__doc__ or "").split())
    fitted = doc.split("whole parts of ", 1)[1].split(" (", 1)[0].split(", ")
    assert "ru41w" in fitted and "gazeta" in fitted
    # the held-out part and the second check of the session of the fit are never fitted on
    for name in ("ru42w", "ru43w", "newsquant"):
        assert name not in fitted
    assert figure_score.scope("ru") == "counts"
    # English keeps session 42's model: bare figures only
    assert figure_score.scope("en") == "bare"
