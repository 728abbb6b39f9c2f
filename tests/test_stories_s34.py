"""Stories, thirty-fourth session: a count revised on a later day is the same happening (the
convention of ``benchmarks/heldout.md``); a later day's development of it is not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsprism.library import db
from newsprism.stories import Arrival, StoryIndex, match
from newsprism.stories.features import fingerprints
from newsprism.stories.revised import tells_count_revised, tells_revised
from newsprism.stories.when import REVISED, news_day, revises

MONDAY_9 = 1_791_190_800.0  # Monday 2026-10-05 09:00 UTC
HOUR = 3600.0

# Written for these tests: a flood told on Monday by two outlets, in English and in Russian; on
# Tuesday its toll revised (English and Russian), and Tuesday's development (an arrest)
FLOOD_EN = (
    "Flash flood in Kessock kills two, three missing",
    "A flash flood swept through the village of Kessock near Inverness on Monday, killing two "
    "people and leaving three missing, Police Scotland said. Rescue teams searched the banks of "
    "the Kessock burn through the day as the water rose over the bridge on the main road.",
)
FLOOD_RU = (
    "В шотландском Кессоке паводок унёс жизни двух человек, трое пропали",
    "В понедельник паводок в деревне Кессок под Инвернессом унёс жизни двух человек, ещё трое "
    "числятся пропавшими, сообщила полиция Шотландии. Спасатели весь день обследовали берега "
    "ручья, вода поднялась выше моста на главной дороге.",
)
TOLL_EN = (
    "Kessock flood death toll rises to four",
    "The death toll from Monday's flash flood in the village of Kessock near Inverness rose to "
    "four on Tuesday after rescue teams found two of the three missing people on the banks of "
    "the Kessock burn, Police Scotland said. One person is still missing.",
)
TOLL_RU = (
    "Число погибших при паводке в Кессоке выросло до четырёх",
    "Число погибших в результате паводка в деревне Кессок под Инвернессом выросло до четырёх: "
    "во вторник спасатели нашли на берегу ручья двоих из троих пропавших, сообщила полиция "
    "Шотландии. Один человек по-прежнему числится пропавшим.",
)
ARREST_EN = (
    "Kessock flood: dam keeper arrested over sluice gates",
    "Police Scotland arrested the keeper of the Kessock reservoir dam on Tuesday over the "
    "sluice gates he opened hours before Monday's flash flood in the village near Inverness, "
    "which killed four people. He is held on suspicion of culpable homicide.",
)


@pytest.mark.parametrize(
    "headline",
    [
        TOLL_EN[0],
        TOLL_RU[0],
        "Toll from the Shildon methanol poisoning reaches nine",
        "Two more die after drinking bootleg gin in Shildon",
        "Число пострадавших при пожаре в Твери достигло 40",
        "В Твери скончался ещё один пострадавший при пожаре",
    ],
)
def test_a_count_given_again_is_read(headline: str) -> None:
    assert tells_count_revised(headline)
    assert tells_revised(headline)


@pytest.mark.parametrize(
    "headline",
    [
        FLOOD_EN[0],
        ARREST_EN[0],
        "Central bank raises base rate to 17.5%",  # a decision, not a count given again
        "Bus fares will rise to £2 from April",  # a forecast
        "Минимальная зарплата вырастет до 1,45 млн сумов",  # likewise
        "Wildfire reaches village; 300 evacuated",  # no count after the verb
    ],
)
def test_no_count_given_again(headline: str) -> None:
    assert not tells_count_revised(headline)


def test_a_development_first_is_no_revision() -> None:
    # the toll and an arrest in one headline: a development first (when.tells_aftermath)
    headline = "Kessock flood toll rises to four; dam keeper detained"
    assert tells_count_revised(headline)
    assert not tells_revised(headline)


def test_the_marker_is_no_day() -> None:
    prints = fingerprints([TOLL_EN], [MONDAY_9 + 25 * HOUR])
    assert revises(prints[0].days)
    published = MONDAY_9 + 25 * HOUR
    # the marker never stands for a day of news
    assert news_day((REVISED,), published) is None
    assert news_day(tuple(d for d in prints[0].days if d != REVISED), published) == news_day(
        prints[0].days, published
    )


def test_a_later_count_says_nothing_against_the_first_day() -> None:
    first, toll, arrest = fingerprints(
        [FLOOD_EN, TOLL_EN, ARREST_EN], [MONDAY_9, MONDAY_9 + 25 * HOUR, MONDAY_9 + 26 * HOUR]
    )
    assert match.day_evidence(first, toll) == 0
    assert match.day_evidence(toll, first) == 0
    assert match.day_evidence(first, arrest) == -1
    # only the later report's headline counts: Monday's report of a rising toll says nothing of
    # Tuesday's arrest
    early_toll, late_arrest = fingerprints([TOLL_EN, ARREST_EN], [MONDAY_9, MONDAY_9 + 26 * HOUR])
    assert match.day_evidence(early_toll, late_arrest) == -1


def _assign(path: Path, items: list[tuple[tuple[str, str], float]]) -> dict[int, int]:
    conn: sqlite3.Connection = db.connect(path)
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?,?,'{}')",
        [(n + 1, f"h{n}") for n in range(len(items))],
    )
    index = StoryIndex(conn, window=match.WINDOW_SECONDS)
    for n, ((title, text), at) in enumerate(items):
        index.assign([Arrival(n + 1, title, text, at, dated=True)])
    rows = conn.execute("SELECT article_id, story_id FROM story_articles").fetchall()
    conn.close()
    return {int(a): int(s) for a, s in rows}


def test_the_library_joins_the_count_and_not_the_development(tmp_path: Path) -> None:
    story = _assign(
        tmp_path / "lib.sqlite",
        [
            (FLOOD_EN, MONDAY_9),
            (FLOOD_RU, MONDAY_9 + 2 * HOUR),
            (TOLL_EN, MONDAY_9 + 25 * HOUR),
            (TOLL_RU, MONDAY_9 + 26 * HOUR),
            (ARREST_EN, MONDAY_9 + 27 * HOUR),
        ],
    )
    assert story[1] == story[2] == story[3] == story[4], "the flood and its toll: one happening"
    assert story[5] != story[1], "the arrest a day later is a development"
