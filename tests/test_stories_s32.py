"""Stories, thirty-second session: a copy that only adds a clock time, a date or a telephone
number after the head the matcher compares is still a copy (the thirty-first session's check of
the tail read them as changed figures); a figure changed there still makes it a report of its
own.  Two reports whose leads say nothing of their days are of two days when they were published
a day apart."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_stories_s31 import TEXT, _article
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.library import Library
from newsprism.stories.copies import tail_figures

#: another outlet's copy that adds an update time, a dated line and the operator's telephone
#: number in its last paragraph, every figure of the news kept
STAMPED = TEXT.replace(
    "once the vessel had been declared safe.",
    "once the vessel had been declared safe. Updated 14:30 BST, 08.10.2026. Passengers with "
    "questions can call the operator on +44 1546 602 127 or 01546 (602) 128.",
)
#: a Russian outlet's line of the same kind: «по телефону 8 800 555-35-35, в 16:00 мск»
RU_LINE = "Справки по телефону 8 800 555-35-35 до 16:00 мск; эвакуировали 112 человек."


def test_times_dates_and_telephone_numbers_are_no_figures() -> None:
    assert tail_figures(RU_LINE) == frozenset({"112"})
    assert tail_figures(STAMPED) == tail_figures(TEXT)
    # spaced thousands, decimals and counts stay figures
    assert tail_figures("1 200 000 рублей, 14.30 млн, 7 946 people") == frozenset(
        {"200", "000", "14.30", "946"}
    )
    assert tail_figures("142 passengers at 9.45am") == frozenset({"142"})


@pytest.fixture(scope="module")
def stamped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("stories32") / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(_article(TEXT, "argyll-times.example", "2026-10-08T10:00:00Z"))
        lib.add(_article(STAMPED, "island-radio.example", "2026-10-08T15:00:00Z"))
    yield path


def test_a_copy_adding_a_time_and_a_telephone_number_is_a_copy(stamped: Path) -> None:
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["stories", "--db", str(stamped), "--json"]).output)
    assert [s["articles"] for s in listed] == [2]
    detail = json.loads(
        runner.invoke(app, ["story", str(listed[0]["id"]), "--db", str(stamped), "--json"]).output
    )
    relations = {a["site"]: a["relation"] for a in detail["articles"]}
    assert relations["island-radio.example"] == "same-text"


MONDAY_NOON = 1_791_201_600.0  # Monday 2026-10-05 12:00 UTC


# Written for this test: a landslide and a report of the diversion drivers face — neither lead
# names its day
SLIDE = (
    "Landslide blocks Glen Croe road",
    "A landslide brought hundreds of tonnes of rock down onto the A83 at Glen Croe, closing the "
    "road between Arrochar and Inveraray, the roads agency said.",
)
DIVERSION = (
    "Drivers face long diversion as Glen Croe road stays shut",
    "Drivers on the A83 at Glen Croe face a diversion of almost 60 miles through Crianlarich and "
    "Tyndrum while the road stays closed, the roads agency said.",
)


def test_leads_without_a_day_published_a_day_apart_are_two_days() -> None:
    from newsprism.stories import match
    from newsprism.stories.features import fingerprints
    from newsprism.stories.when import day_agreement

    apart = fingerprints([SLIDE, DIVERSION], [MONDAY_NOON - 26 * 3600.0, MONDAY_NOON])
    assert day_agreement(apart[0].days, apart[1].days, apart[0].at, apart[1].at) == 0
    assert match.day_evidence(apart[0], apart[1]) == -1
    near = fingerprints([SLIDE, DIVERSION], [MONDAY_NOON - 3 * 3600.0, MONDAY_NOON])
    assert match.day_evidence(near[0], near[1]) == 0
    # a time the reports were only added at says nothing of their days
    undated = [dataclasses.replace(fp, dated=False) for fp in apart]
    assert match.day_evidence(undated[0], undated[1]) == 0
    # nor do two publication dates without a time of day one date apart (read as midnights:
    # the two may have been published an hour apart)
    midnight = MONDAY_NOON - 12 * 3600.0
    dates = fingerprints([SLIDE, DIVERSION], [midnight - 86_400.0, midnight])
    assert match.day_evidence(dates[0], dates[1]) == 0
    dates = fingerprints([SLIDE, DIVERSION], [midnight - 2 * 86_400.0, midnight])
    assert match.day_evidence(dates[0], dates[1]) == -1
