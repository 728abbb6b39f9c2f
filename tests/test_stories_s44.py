"""Stories, forty-fourth session: two English reports of one day get terms of their own on the
combiner's logit (``match.ENGLISH_BIAS``, ``ENGLISH_LEXICAL``, ``ENGLISH_OTHER_DAY``), chosen by
the decision itself (``scripts/fit_story_english.py``); every other pair is decided as before."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from newsprism.stories import match
from newsprism.stories.features import fingerprints
from newsprism.stories.lexical import DocumentFrequencies

ROOT = Path(__file__).resolve().parent.parent
MONDAY_9 = 1_796_115_600.0  # Monday 2026-12-01 09:00 UTC
HOUR = 3600.0

# Written for these tests: a footbridge closed in Shrewsbury told from two angles (a council
# notice; a piece on the traders it cuts off), a look-alike elsewhere, and a Russian report
BRIDGE_WIRE = (
    "Shrewsbury's Porthill footbridge shut after cracks found",
    "Shropshire Council closed the Porthill footbridge over the River Severn in Shrewsbury on "
    "Monday morning after an inspection found cracks in two of its supports. Engineers will "
    "assess the damage this week.",
)
BRIDGE_TRADERS = (
    "'We'll lose half our trade': riverside cafes fear a long quiet winter",
    "Jenny Marsh has run her tea room by the water for eleven years and says she has never "
    "seen the terrace so empty. Walkers who used to cross from the town centre now face a "
    "twenty-minute detour since the Porthill footbridge was shut on Monday morning after "
    'cracks were found in its supports. "If it stays closed until spring, we won\'t be here," '
    "she said.",
)
TRAM_STRIKE = (
    "Edinburgh tram drivers vote for two-day walkout",
    "Tram drivers in Edinburgh have voted to strike for two days later this month in a dispute "
    "over rosters, their union said on Monday. The operator said it was disappointed.",
)
BRIDGE_RU = (
    "В Шрусбери закрыли пешеходный мост из-за трещин",
    "Власти графства Шропшир в понедельник закрыли пешеходный мост Портхилл через реку Северн "
    "в Шрусбери после того, как инспекция нашла трещины в двух опорах.",
)


def _prints(items: list[tuple[str, str]], times: list[float | None]) -> list[match.Fingerprint]:
    return fingerprints(items, times=times)


def _df(*fps: match.Fingerprint) -> DocumentFrequencies:
    df = DocumentFrequencies()
    for fp in fps:
        df.add(fp.terms, fp.names)
    return df


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English terms at values that move a decision, whatever match.py ships."""
    monkeypatch.setattr(match, "ENGLISH_BIAS", -0.5)
    monkeypatch.setattr(match, "ENGLISH_LEXICAL", 6.0)
    monkeypatch.setattr(match, "ENGLISH_OTHER_DAY", -4.0)
    # the forty-fifth session's rare-name term (tests/test_stories_s45.py) off here
    monkeypatch.setattr(match, "ENGLISH_RARE", 0.0)


def test_only_two_english_reports_of_one_day_get_the_terms(chosen: None) -> None:
    wire, traders, late, undated, ru = _prints(
        [BRIDGE_WIRE, BRIDGE_TRADERS, BRIDGE_TRADERS, BRIDGE_TRADERS, BRIDGE_RU],
        [MONDAY_9, MONDAY_9 + 5 * HOUR, MONDAY_9 + 30 * HOUR, None, MONDAY_9 + HOUR],
    )
    undated = dataclasses.replace(undated, dated=False)
    assert match.english_near(wire, traders)
    assert match.english_shift(wire, traders, 0.25) == pytest.approx(-0.5 + 6.0 * 0.25)
    assert not match.english_near(wire, late)  # more than a day apart
    assert match.english_shift(wire, late, 0.25) == 0.0
    assert not match.english_near(wire, undated)  # a time that was not published
    assert not match.english_near(wire, ru)  # two scripts
    assert match.english_shift(wire, ru, 0.25) == 0.0


def test_at_zero_the_terms_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match, "ENGLISH_BIAS", 0.0)
    monkeypatch.setattr(match, "ENGLISH_LEXICAL", 0.0)
    monkeypatch.setattr(match, "ENGLISH_OTHER_DAY", match.OTHER_DAY_LOGIT)
    monkeypatch.setattr(match, "ENGLISH_RARE", 0.0)
    wire, traders = _prints([BRIDGE_WIRE, BRIDGE_TRADERS], [MONDAY_9, MONDAY_9 + 5 * HOUR])
    df = _df(wire, traders)
    z = match._logit(match.story_features(wire, traders, df)) + match.rare_name_shift(
        wire, traders, df
    )
    assert match.story_score(wire, traders, df) == pytest.approx(1 / (1 + np.exp(-z)))


def test_the_library_path_and_the_pair_path_agree(chosen: None) -> None:
    """score_if_close (the library's spelled-out sum) gives story_score's probability with the
    English terms, could_reach does not rule out what it keeps, and the running level's
    probability leaves the terms out (chosen for the happening level only)."""
    wire, traders, tram = _prints(
        [BRIDGE_WIRE, BRIDGE_TRADERS, TRAM_STRIKE], [MONDAY_9, MONDAY_9 + 5 * HOUR, MONDAY_9]
    )
    df = _df(wire, traders, tram)
    cosine = float(wire.vector @ traders.vector)
    full = match.story_score(wire, traders, df)
    close = match.score_if_close(wire, traders, df, cosine)
    if full >= match.RUNNING_STORY:
        assert close == pytest.approx(full, abs=1e-6)
    lexical = df.cosine(wire, traders)
    assert match.english_shift(wire, traders, lexical) != 0.0
    plain = match.running_probability(full, wire, traders, df)
    z = match._logit(match.story_features(wire, traders, df))
    assert plain == pytest.approx(1 / (1 + np.exp(-z)), abs=1e-6)
    reach = match.could_reach(
        np.array([cosine], dtype=np.float32),
        np.array([1.0]),
        np.array([1.0]),
        np.array([False]),
        np.array([True]),
    )
    assert reach[0] or close is None


def test_one_happening_from_two_angles_is_joined_and_a_stranger_is_not(
    chosen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The council's notice and the traders' piece, five hours apart, are one happening with the
    English terms (not without); the tram strike of the same morning is not joined to either."""
    wire, traders, tram = _prints(
        [BRIDGE_WIRE, BRIDGE_TRADERS, TRAM_STRIKE], [MONDAY_9, MONDAY_9 + 5 * HOUR, MONDAY_9]
    )
    df = _df(wire, traders, tram)
    assert match.same_story(wire, traders, df)
    with monkeypatch.context() as base:
        base.setattr(match, "ENGLISH_BIAS", 0.0)
        base.setattr(match, "ENGLISH_LEXICAL", 0.0)
        assert not match.same_story(wire, traders, df)
    assert not match.same_story(wire, tram, df)
    assert not match.same_story(traders, tram, df)


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "fit_story_english", ROOT / "scripts" / "fit_story_english.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_story_english"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_the_script_decides_as_the_library_does(chosen: None) -> None:
    """The script's decision of a pair from its precomputed row is match.same_story's."""
    fit = _script()
    wire, traders, tram = _prints(
        [BRIDGE_WIRE, BRIDGE_TRADERS, TRAM_STRIKE], [MONDAY_9, MONDAY_9 + 5 * HOUR, MONDAY_9]
    )
    df = _df(wire, traders, tram)
    point = (match.ENGLISH_BIAS, match.ENGLISH_LEXICAL, match.ENGLISH_OTHER_DAY, 0.0)
    for a, b in ((wire, traders), (wire, tram), (traders, tram)):
        features = match.story_features(a, b, df)
        row = fit.Row(
            "test",
            1,
            None,
            match._logit(features) + match.rare_name_shift(a, b, df),
            features[1],
            match.day_evidence(a, b) < 0,
            0.0 if match.later_revises(a, b) else match.short_names_shift(a, b),
            match.is_short(a) or match.is_short(b),
            abs((a.at or 0.0) - (b.at or 0.0)) / HOUR,
        )
        assert fit.decide(row, point) == match.same_story(a, b, df)


def test_the_shipped_constants_are_on_the_scripts_grid() -> None:
    fit = _script()
    assert match.ENGLISH_BIAS in fit.BIASES
    assert match.ENGLISH_LEXICAL in fit.LEXICALS
    assert match.ENGLISH_OTHER_DAY in fit.OTHER_DAYS
