"""The far end of "from N unit … to M" / «с N unit … до M» shares the near end's unit when a short
aside qualifies the near end, and a descending «от N unit до M» after a verb of change is two
levels, as «с … до …» is.  Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str, language: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Waiting times at the clinic fell from 38 minutes on average to 25 this spring.",
        "The ferry crossing was cut from 38 minutes, at most, to 25 after the refit.",
    ],
)
def test_english_far_end_after_an_aside_shares_the_unit(sentence: str) -> None:
    assert _read(sentence, "en") == [(38.0, None, "minute"), (25.0, None, "minute")]


def test_english_aside_with_a_clause_of_its_own_shares_nothing() -> None:
    # the "to" opens another phrase: 40 is no far end of the journey
    read = _read("Journeys grew from 38 minutes and the board hopes to 40 new buses.", "en")
    assert (40.0, None, "minute") not in read


def test_russian_far_end_after_an_aside_shares_the_unit() -> None:
    read = _read("Время в пути сократилось с 38 минут в среднем до 25 после ремонта.", "ru")
    assert read == [(38.0, None, "minute"), (25.0, None, "minute")]


def test_russian_descending_ot_do_after_a_change_is_two_levels() -> None:
    read = _read("Ожидание на переправе сократилось от 38 минут до 25.", "ru")
    assert read == [(38.0, None, "minute"), (25.0, None, "minute")]


def test_russian_ascending_ot_do_stays_a_range() -> None:
    assert _read("Поездка на пароме займёт от 20 до 45 минут.", "ru") == [(20.0, 45.0, "minute")]


def test_trace_prints_the_unit_of_a_figure_written_bare(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import newsprism
    from newsprism.api import STORE_STAGES
    from newsprism.cli import app
    from newsprism.library import Library

    page = (
        b"<html><head><title>Ferry refit</title></head><body><article><h1>Ferry refit</h1>"
        b"<p>The harbour board finished the refit of its two ferries on Monday.</p>"
        b"<p>Engineers say the new engines cut the crossing from 38 minutes to 25.</p>"
        b"</article></body></html>"
    )
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    lib.add(newsprism.read(page, stages=("segment", *STORE_STAGES)))
    lib.close()
    result = CliRunner().invoke(app, ["trace", "25 minutes", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert " 25 (minute)  [" in result.output
