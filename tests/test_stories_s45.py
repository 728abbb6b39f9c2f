"""Stories, forty-fifth session: two English reports of one day that share a rare name (the town,
the estate, the street of one happening) get ``match.ENGLISH_RARE`` on the logit; two same-day
happenings of one kind share the kind's words and its common names, not the rare ones.  The term
is chosen with the other English terms by ``scripts/fit_story_english.py`` under the PolNeAR gate."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from newsprism.stories import match
from newsprism.stories.features import Fingerprint, fingerprints
from newsprism.stories.lexical import DocumentFrequencies

ROOT = Path(__file__).resolve().parent.parent
TUESDAY_8 = 1_796_544_000.0  # Tuesday 2026-12-06 08:00 UTC (a weekday; the day is not read)
HOUR = 3600.0

# Written for these tests: a sports-hall roof gives way in Heaton Moor (Stockport), told by a
# wire and by a local paper's parents; the same morning a gym roof gives way in Farnworth (Bolton),
# told by the same wire; a routine council item names Greater Manchester too
HALL_WIRE = (
    "Sports hall roof collapses at Heaton Moor school, no one hurt",
    "Part of the roof of a sports hall at Priestnall Lane school in Heaton Moor, Stockport, "
    "collapsed early on Tuesday, Greater Manchester Fire and Rescue Service said. The building "
    "was empty and no one was hurt. Pupils were told to stay at home.",
)
HALL_PARENTS = (
    "'It could have been full of children': Heaton Moor parents want answers",
    "Parents gathered at the gates of the Priestnall Lane school on Tuesday afternoon after "
    "the sports hall roof came down in the night. Claire Ashdown, whose son plays basketball "
    "there twice a week, said the council had been told about leaks last winter.",
)
GYM_WIRE = (
    "Gym roof gives way at Farnworth leisure centre",
    "Part of the roof of a gym at Cawdor Street leisure centre in Farnworth, Bolton, gave way "
    "early on Tuesday, Greater Manchester Fire and Rescue Service said. The centre was closed "
    "and no one was hurt. Engineers were checking the rest of the building.",
)
COUNCIL = (
    "Greater Manchester councils agree bus fare cap for another year",
    "The ten councils of Greater Manchester agreed on Tuesday to keep the cap on single bus "
    "fares for another year, the combined authority said. The Fire and Rescue Service budget "
    "was also approved.",
)


def _prints() -> list[Fingerprint]:
    items = [HALL_WIRE, HALL_PARENTS, GYM_WIRE, COUNCIL]
    times = [TUESDAY_8, TUESDAY_8 + 7 * HOUR, TUESDAY_8 + HOUR, TUESDAY_8 + 2 * HOUR]
    return fingerprints(items, times=times)


def _df(fps: list[Fingerprint], crowd: int = 0) -> DocumentFrequencies:
    """Frequencies of these reports and ``crowd`` more that name Greater Manchester's fire
    service (a window where the common names are common)."""
    df = DocumentFrequencies()
    for fp in fps:
        df.add(fp.terms, fp.names)
    common = fps[2].names & fps[3].names
    for _ in range(crowd):
        df.add(fps[3].terms, common)
    return df


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English terms at values that move a decision, whatever match.py ships."""
    monkeypatch.setattr(match, "ENGLISH_BIAS", -1.5)
    monkeypatch.setattr(match, "ENGLISH_LEXICAL", 6.0)
    monkeypatch.setattr(match, "ENGLISH_RARE", 2.0)


def test_a_rare_name_is_the_happenings_not_the_kinds() -> None:
    hall, parents, gym, council = _prints()
    df = _df([hall, parents, gym, council], crowd=5)
    # the school and the district: two reports name them
    assert match.shares_rare_name(hall, parents, df)
    # the fire service and the county: every report of the window names them
    assert hall.names & gym.names
    assert not match.shares_rare_name(hall, gym, df)
    assert not match.shares_rare_name(parents, council, df)


def test_the_rare_term_is_english_and_one_days(chosen: None) -> None:
    hall, parents, gym, council = _prints()
    df = _df([hall, parents, gym, council], crowd=5)
    lexical = df.cosine(hall, parents)
    assert match.english_shift(hall, parents, lexical, df) == pytest.approx(
        -1.5 + 6.0 * lexical + 2.0
    )
    assert match.english_shift(hall, gym, 0.1, df) == pytest.approx(-1.5 + 6.0 * 0.1)
    # a day and more apart: no English term at all
    late = fingerprints([HALL_PARENTS], times=[TUESDAY_8 + 30 * HOUR])[0]
    assert match.english_shift(hall, late, lexical, df) == 0.0


def test_the_library_path_and_the_pair_path_agree_with_the_rare_term(chosen: None) -> None:
    """score_if_close (the library's spelled-out sum) gives story_score's probability with the
    rare term, and could_reach does not rule out what it keeps."""
    hall, parents, gym, council = _prints()
    df = _df([hall, parents, gym, council], crowd=5)
    for a, b in ((hall, parents), (hall, gym), (parents, gym), (hall, council)):
        cosine = float(a.vector @ b.vector)
        full = match.story_score(a, b, df)
        close = match.score_if_close(a, b, df, cosine)
        if full >= match.RUNNING_STORY:
            assert close == pytest.approx(full, abs=1e-6)
        else:
            assert close is None
        reach = match.could_reach(
            np.array([cosine], dtype=np.float32),
            np.array([1.0]),
            np.array([1.0]),
            np.array([False]),
            np.array([True]),
        )
        assert reach[0] or close is None


def test_the_running_level_leaves_the_rare_term_out(chosen: None) -> None:
    hall, parents, gym, council = _prints()
    df = _df([hall, parents, gym, council], crowd=5)
    full = match.story_score(hall, parents, df)
    plain = match.running_probability(full, hall, parents, df)
    z = match._logit(match.story_features(hall, parents, df))
    assert plain == pytest.approx(1 / (1 + np.exp(-z)), abs=1e-6)


def test_at_zero_the_rare_term_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match, "ENGLISH_BIAS", 0.0)
    monkeypatch.setattr(match, "ENGLISH_LEXICAL", 0.0)
    monkeypatch.setattr(match, "ENGLISH_RARE", 0.0)
    hall, parents, gym, council = _prints()
    df = _df([hall, parents, gym, council], crowd=5)
    assert not match.english_terms()
    z = match._logit(match.story_features(hall, parents, df)) + match.rare_name_shift(
        hall, parents, df
    )
    assert match.story_score(hall, parents, df) == pytest.approx(1 / (1 + np.exp(-z)))


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


def test_the_scripts_two_deciders_agree_with_the_library(chosen: None) -> None:
    """The script's decision of a pair from its precomputed row (one at a time and in numpy) is
    match.same_story's, the rare term included."""
    fit = _script()
    hall, parents, gym, council = _prints()
    df = _df([hall, parents, gym, council], crowd=5)
    point = (match.ENGLISH_BIAS, match.ENGLISH_LEXICAL, match.ENGLISH_OTHER_DAY, match.ENGLISH_RARE)
    rows = []
    pairs = [(hall, parents), (hall, gym), (parents, gym), (hall, council), (gym, council)]
    for a, b in pairs:
        rows.append(fit._row("test", 1, a, b, df, False))
    decided = fit.Decider(rows)(point)
    for (a, b), row, fast in zip(pairs, rows, decided, strict=True):
        assert fit.decide(row, point) == match.same_story(a, b, df) == bool(fast)
    assert rows[0].rare and not rows[1].rare


def test_the_shipped_constants_are_on_the_scripts_grid() -> None:
    fit = _script()
    assert match.ENGLISH_RARE in fit.RARES
    assert fit.BASE[3] == 0.0
