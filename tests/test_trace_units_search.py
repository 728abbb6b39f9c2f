"""A figure restated in another unit of its measure is searched there, and a named past year's
figure is not linked to one of the story's own time (twenty-ninth session, ``trace/index.py``'s
``OTHER_UNITS`` and ``PAST_APART``, ``trace/measures.py``'s ``other_units``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism.trace import index, measures


@pytest.mark.parametrize(
    ("unit", "into", "expected"),
    [
        ("m/s", "mph", 2.2369),  # a gust of 25 m/s is 56 mph
        ("km/h", "m/s", 1 / 3.6),
        ("knot", "km/h", 1.852),
        ("centner", "tonne", 0.1),
        ("mmHg", "hPa", 1.3332),
        ("hp", "kW", 0.7457),
    ],
)
def test_units_named_whole_convert(unit: str, into: str, expected: float) -> None:
    assert measures.factor(unit, into) == pytest.approx(expected, rel=1e-3)


def test_other_units_of_a_measure() -> None:
    units = dict(measures.other_units("ha"))
    assert units["acre"] == pytest.approx(2.471, rel=1e-3) and "ha" not in units
    assert "kg" not in units and measures.other_units("EUR/m³") == ()
    assert measures.other_units(None) == ()


def _link(tmp_path: Path, texts: list[str], lang: str = "en") -> list[int | None]:
    from newsprism import api
    from newsprism.attribution.stage import article_from_text
    from newsprism.library import Library
    from newsprism.trace import catch_up

    with Library.open(tmp_path / "lib.sqlite") as lib:
        ids = []
        for n, text in enumerate(texts):
            article = api.analyse(article_from_text(text, lang), stages=api.STORE_STAGES)
            meta = dataclasses.replace(
                article.metadata, site=f"s{n}.example", published=f"2037-03-0{n + 1}"
            )
            ids.append(lib.add(dataclasses.replace(article, metadata=meta)))
        catch_up(lib.conn)
        return [index.trace_of(lib.conn, "claim", i, 0) for i in ids]


def test_a_figure_in_another_unit_far_from_it_is_found(tmp_path: Path) -> None:
    """Fourteen days and two weeks lie sevenfold apart as written, outside the value span the
    index searches: they meet through the conversion."""
    traces = _link(
        tmp_path,
        [
            "The bridge on the Tvertsa will stay closed for 14 days, the road agency said.",
            "The road agency said the bridge on the Tvertsa would stay closed for two weeks.",
        ],
    )
    assert None not in traces and len(set(traces)) == 1


def test_a_past_years_figure_is_not_the_days_figure(tmp_path: Path) -> None:
    """Another event's count of a named past year, with the same value and the same words,
    stays out of the day's trace (as :func:`.drift._values_differ` keeps it out of the flags)."""
    from newsprism.library import Library

    _link(
        tmp_path,
        [
            "The mudflow destroyed 36 houses in the Rasht valley, the emergencies committee "
            "said on Monday.",
            "The mudflow in the Rasht valley destroyed 36 houses, the emergencies committee "
            "said. In 2031 a mudflow in the Vanch district destroyed 36 houses.",
        ],
    )
    with Library.open(tmp_path / "lib.sqlite") as lib:
        rows = lib.conn.execute(
            "SELECT trace_id FROM trace_mentions WHERE kind = 'claim' ORDER BY article_id, item_id"
        ).fetchall()
    assert len(rows) == 3
    first, today, past = (r["trace_id"] for r in rows)
    assert first == today and past != first


def test_a_figure_in_another_unit_is_found_among_many_nearer_values(tmp_path: Path) -> None:
    """The ten figures nearest the conversion are asked for in its unit: eleven other figures
    between 15 days' 2.14 weeks and the two weeks of the first report (percentages of another
    article) no longer crowd the two weeks out (thirtieth session)."""
    from newsprism.library import Library

    crowd = ", ".join(f"{2.02 + 0.01 * k:.2f}% in {town}" for k, town in enumerate(_TOWNS))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        first = _stored(
            lib,
            "The road agency said the bridge on the Tvertsa would stay closed for two weeks.",
            "2037-03-01",
        )
        _stored(
            lib, f"Bread prices rose {crowd} last month, the statistics office said.", "2037-03-01"
        )
        later = _stored(
            lib,
            "The bridge on the Tvertsa will stay closed for 15 days, the road agency said.",
            "2037-03-02",
        )
        weeks = index.trace_of(lib.conn, "claim", first, 0)
        assert weeks is not None and index.trace_of(lib.conn, "claim", later, 0) == weeks


_TOWNS = ("Ostrov", "Pskov", "Luga", "Tosno", "Kirishi", "Volkhov", "Tikhvin", "Gatchina",
          "Kingisepp", "Slantsy", "Vyborg", "Sosnovy Bor")  # fmt: skip


def _stored(lib: object, text: str, day: str) -> int:
    from newsprism import api
    from newsprism.attribution.stage import article_from_text
    from newsprism.library import Library

    assert isinstance(lib, Library)
    article = api.analyse(article_from_text(text, "en"), stages=api.STORE_STAGES)
    meta = dataclasses.replace(
        article.metadata,
        site=f"s{lib.conn.execute('SELECT count(*) FROM articles').fetchone()[0]}.example",
        published=day,
    )
    return lib.add(dataclasses.replace(article, metadata=meta))
