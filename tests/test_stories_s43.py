"""Stories, forty-third session: the pair combiner's fitting script
(``scripts/fit_story_combiner.py``) — reproducible, fitted on half A of the development split
only, with the happening level's evidence of when as a fixed offset."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    path = ROOT / "scripts" / "fit_story_combiner.py"
    spec = importlib.util.spec_from_file_location("fit_story_combiner", path)
    assert spec and spec.loader
    sys.path.insert(0, str(ROOT / "benchmarks"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_is_scikit_learns_without_an_offset_and_the_same_twice() -> None:
    """The fitting script's Newton solver: with no offset it finds scikit-learn's L2 logistic
    regression (weighted, the bias unpenalised), and run twice on the same data it gives the same
    weights bit for bit (no random start)."""
    from sklearn.linear_model import LogisticRegression

    fit = _script()
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 3))
    y = (x @ np.array([1.5, -2.0, 0.5]) + rng.normal(size=400) > 0).astype(np.float64)
    w = rng.uniform(0.5, 1.5, size=400)
    beta, bias = fit.newton(x, np.zeros(400), y, w, 1.0)
    again, bias_again = fit.newton(x, np.zeros(400), y, w, 1.0)
    assert beta.tobytes() == again.tobytes() and bias == bias_again
    ref = LogisticRegression(C=1.0, tol=1e-10, max_iter=10_000).fit(x, y, sample_weight=w)
    assert np.allclose(beta, ref.coef_[0], atol=1e-4)
    assert math.isclose(bias, float(ref.intercept_[0]), abs_tol=1e-4)


def test_an_offset_is_taken_as_given() -> None:
    """A pair's fixed offset (the happening level's evidence of when) is not learnt again: data
    generated with a known offset give back the weights without it."""
    fit = _script()
    rng = np.random.default_rng(11)
    x = rng.normal(size=(3000, 2))
    off = np.where(rng.uniform(size=3000) < 0.3, -2.2, 0.0)
    z = x @ np.array([2.0, -1.0]) + 0.5 + off
    y = (rng.uniform(size=3000) < 1.0 / (1.0 + np.exp(-z))).astype(np.float64)
    beta, bias = fit.newton(x, off, y, np.ones(3000), 1e6)
    assert np.allclose(beta, [2.0, -1.0], atol=0.25)
    assert abs(bias - 0.5) < 0.25


def test_the_fit_reads_half_a_only() -> None:
    """What the script fits on is half A of ``stories_feed.py``'s split: no written part of the
    check half B or scored only this session, no pair of a public set's B half."""
    fit = _script()
    feed = fit.F
    chosen = fit.half_a(fit.S.load_sets())
    assert chosen
    names = {group for group, _, _ in chosen}
    assert "written A en-en" in names and "written A ru-ru" in names
    for _, ds, pairs in chosen:
        number = fit.S.written_number(ds.name)
        assert number not in fit.S.WRITTEN_B and number not in fit.S.SCORED_ONLY
        assert ds.name not in fit.S.NOT_FITTED_ON and ds.level == "happening"
        if ds.name in feed.FRESH_SETS:
            key = feed.story_key(fit.S.split(ds)[0])
            assert all(feed.in_a(key[p.a]) for p in pairs)
        elif number is None:
            b = {(p.a, p.b) for p in feed.halves(ds)[1]}
            assert not b & {(p.a, p.b) for p in pairs}
