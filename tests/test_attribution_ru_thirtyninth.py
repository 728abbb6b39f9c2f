"""Russian attribution confidence, thirty-ninth session (issue 12): one logistic model refitted on
every part of development half A with the rules' marks as its features, and a monotone map
fitted on each part predicted with that part left out (``scripts/refit_confidence_ru.py``).
Invented articles and made-up numbers, never evaluation text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import confidence_ru
from newsprism.attribution.confidence import CONFIDENT, is_confident

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    path = ROOT / "scripts" / "refit_confidence_ru.py"
    spec = importlib.util.spec_from_file_location("refit_confidence_ru", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["refit_confidence_ru"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_the_refit_with_the_rules_as_features() -> None:
    model = confidence_ru.load()
    assert model.rules_as_features
    assert model.margin == 0.0
    # every mark a cap or floor acted on is weighed by the model
    for name in confidence_ru.RULE_FEATURES:
        assert name in model.weights, name
    # the marks of doubt weigh down, «— сказал он» beside a quote up
    assert model.weights["rule.nested"] < 0 < model.weights["rule.said_he"]


#: a minister's plain clause, then words that hold a contractor's own cue
_BRIDGE = (
    "Мост откроют в мае\n\n"
    "Министр транспорта области Иван Сергеев заявил, что движение по новому мосту через Волгу "
    "откроют в мае.\n\n"
    "Министр транспорта области Иван Сергеев также сообщил, что отделку опор, по словам "
    "подрядчика, закончат только к осени, а освещение смонтируют летом.\n"
)


def test_words_holding_another_cue_stay_under_the_bar() -> None:
    article = attributed(_BRIDGE, "ru")
    plain = quote_holding(article, "откроют в мае")
    nested = quote_holding(article, "освещение смонтируют")
    assert speaker_name(article, plain) == "Иван Сергеев"
    assert is_confident(plain), plain.confidence
    assert not is_confident(nested), nested.confidence


def test_recording_the_features_changes_no_confidence() -> None:
    first = attributed(_BRIDGE, "ru")
    record: list[tuple[int, int, dict[str, float]]] = []
    confidence_ru.RECORD = record
    try:
        again = attributed(_BRIDGE + "\n", "ru")  # a new text: nothing cached
    finally:
        confidence_ru.RECORD = None
    assert [q.confidence for q in again.quotes] == [q.confidence for q in first.quotes]
    assert len(record) == len(again.quotes)
    assert all("rule.nested" in f and "speaker.log_quotes" in f for _, _, f in record)


def test_no_step_reaches_the_bar_where_nothing_above_it_is_right_often_enough() -> None:
    refit = _script()
    rng = np.random.default_rng(39)
    p = rng.uniform(0.0, 1.0, 600)
    # right 80 % of the time above 0.5: no step may be shown confident
    y = np.where(p > 0.5, rng.uniform(size=600) < 0.8, rng.uniform(size=600) < 0.3).astype(float)
    steps = refit.steps_of(p, y)
    assert all(v < CONFIDENT for _, v in steps), steps
    values = [v for _, v in steps]
    assert values == sorted(values)
    # right 97 % of the time above 0.7: the top steps are shown confident, the lowest not
    y = np.where(p > 0.7, rng.uniform(size=600) < 0.97, rng.uniform(size=600) < 0.4).astype(float)
    steps = refit.steps_of(p, y)
    assert steps[-1][1] >= CONFIDENT > steps[0][1], steps
    assert refit.mapped(0.99, steps) == steps[-1][1]


@pytest.mark.parametrize("p", [0.0, 0.3, 0.6, 0.9, 1.0])
def test_the_map_keeps_order(p: float) -> None:
    assert confidence_ru.recalibrated(p) <= confidence_ru.recalibrated(min(1.0, p + 0.05))
