"""Stories, twenty-eighth session: the story view flags a figure two outlets give differently
when the trace package's comparison calls the two one claim, across languages too."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsprism.article import Article, Block, Claim, Metadata
from newsprism.cli import app
from newsprism.library import Library
from newsprism.web import create_app

# Written for this test: one regional contract reported by two outlets, in English and in
# Russian, each giving the sum differently; each names what it counts in its own words, so the
# view's grouping by unit and the stem of what is counted kept them apart.
BRIDGE_EN = (
    "Tver region to rebuild flooded bridge for 48 million roubles",
    "The Tver regional government will spend 48 million roubles on rebuilding the road bridge over "
    "the Tvertsa river, which was damaged by spring floods, the regional transport ministry said on "
    "Tuesday. The contract went to the local firm Tverdorstroy, which must finish the work by October.",
)
BRIDGE_RU = (
    "Мост через Тверцу восстановят за 45 млн рублей",
    "Правительство Тверской области направит 45 млн рублей на восстановление автомобильного моста "
    "через реку Тверцу, пострадавшего от весеннего паводка, сообщили во вторник в региональном "
    "министерстве транспорта. Контракт получила местная компания «Твердорстрой», работы завершатся к "
    "октябрю.",
)


def _article(
    head: tuple[str, str], lang: str, site: str, published: str, figure: str, value: float,
    about: str, source: str,
) -> Article:  # fmt: skip
    title, text = head
    n = text.index(figure)
    claim = Claim(
        0, n, n + len(figure), figure, value, unit="RUB", about=about, source=source, change="="
    )
    return Article(
        text=text,
        title=title,
        language=lang,
        blocks=(Block(0, "paragraph", 0, len(text), text, lang),),
        metadata=Metadata(site=site, url=f"https://{site}/bridge", published=published),
        claims=(claim,),
    )


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("stories28") / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(
            _article(
                BRIDGE_EN, "en", "tver-news.example", "2026-05-05T09:00:00Z",
                "48 million roubles", 48e6, "Tver regional government",
                "the regional transport ministry",
            )
        )  # fmt: skip
        lib.add(
            _article(
                BRIDGE_RU, "ru", "verhnevolzhye.example", "2026-05-05T11:00:00Z",
                "45 млн рублей", 45e6, "Правительство Тверской",
                "региональное министерство транспорта",
            )
        )  # fmt: skip
    yield path


def test_a_sum_two_outlets_give_differently_is_flagged_in_the_story(bridge: Path) -> None:
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["stories", "--db", str(bridge), "--json"]).output)
    assert len(listed) == 1 and listed[0]["articles"] == 2, "one story of both reports"
    story = listed[0]["id"]
    out = runner.invoke(app, ["story", str(story), "--db", str(bridge), "--json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.output)["figures"]
    assert len(figures) == 1
    group = figures[0]
    assert [(r["site"], r["value"]) for r in group["reports"]] == [
        ("tver-news.example", 48e6), ("verhnevolzhye.example", 45e6),
    ]  # fmt: skip
    assert [f["kind"] for f in group["flags"]] == ["figure changed"]
    text = runner.invoke(app, ["story", str(story), "--db", str(bridge)]).output
    assert "figures that differ:" in text and "(figure changed)" in text
    assert "48,000,000" in text and "45,000,000" in text
    with TestClient(create_app(bridge, analyse=False), base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{story}").text
        assert "(figure changed)" in page and "verhnevolzhye.example" in page
        assert "The outlets give no differing figures." not in page


def test_a_dayless_follow_up_whose_headline_tells_an_aftermath_is_news_of_its_own_day() -> None:
    """Written for this test: a warehouse fire on one day; the next morning, two outlets report
    arrests over it without naming a day.  Their news is of the day they were published, so
    the first day's report cannot tell of it; a report of the fire itself names no day and
    stays without one."""
    import datetime as dt

    from newsprism.stories.when import day_agreement, event_days, news_day, tells_aftermath

    def at(day: int, hour: int) -> float:
        return dt.datetime(2026, 5, day, hour, tzinfo=dt.UTC).timestamp()

    fire = event_days(
        "Fire destroys logistics warehouse outside Kazan",
        "A fire on Monday destroyed a logistics warehouse outside Kazan, the regional emergencies "
        "ministry said. Nobody was hurt.",
        at(4, 10),
    )
    arrests_en = event_days(
        "Two warehouse managers detained over Kazan fire",
        "Police said the two managers had ignored repeated safety orders.",
        at(5, 7),
    )
    arrests_ru = event_days(
        "Двух управляющих складом под Казанью задержали после пожара",
        "По данным полиции, они не выполняли предписания пожарного надзора.",
        at(5, 8),
    )
    assert tells_aftermath("Суд арестовал владельца склада") and tells_aftermath(
        "Missing hikers found alive"
    )
    assert not tells_aftermath("Fire destroys logistics warehouse outside Kazan")
    assert not tells_aftermath("Спасатели нашли источник возгорания")
    monday = dt.date(2026, 5, 4).toordinal()
    assert fire == (monday,)
    assert news_day(arrests_en, at(5, 7)) == news_day(arrests_ru, at(5, 8)) == monday + 1
    # the fire's report was published before the arrests' day began: it cannot tell of them
    assert day_agreement(fire, arrests_en, at(4, 10), at(5, 7)) == -1
    assert day_agreement(arrests_en, arrests_ru, at(5, 7), at(5, 8)) == 0
    # a report of the next morning that names the fire's day is no evidence against the
    # arrests' report: the day of publication is no day the arrests' lead names
    recap = event_days(
        "Kazan warehouse owner counts losses",
        "The fire on Monday destroyed stock worth millions, the owner said.",
        at(5, 9),
    )
    assert day_agreement(recap, arrests_en, at(5, 9), at(5, 7)) == 0
    # a follow-up that names its own day keeps it; one published without a time names none
    named = event_days("Two managers detained", "They were detained on Monday evening.", at(5, 7))
    assert named == (monday,)
    assert event_days("Two managers detained", "Police said so.", None) == ()
    # a report of the happening that names no day stays without one
    assert event_days("Warehouse burns outside Kazan", "Nobody was hurt.", at(4, 11)) == ()


def test_a_bound_the_other_figure_keeps_to_is_no_figure_that_differs() -> None:
    from newsprism.stories.view import _bound_holds
    from newsprism.trace.mentions import ClaimMention

    def figure(value: float, hedge: str, high: float | None = None) -> ClaimMention:
        fields = {f: None for f in ClaimMention.__dataclass_fields__}
        return ClaimMention(**{**fields, "value": value, "value_high": high, "hedge": hedge})

    more_than_80, exactly_86 = figure(80, ">"), figure(86, "=")
    assert _bound_holds(more_than_80, exactly_86) and not _bound_holds(exactly_86, more_than_80)
    assert not _bound_holds(more_than_80, figure(75, "="))
    assert _bound_holds(figure(200, "<"), figure(150, "=", 180))
    assert not _bound_holds(figure(200, "<"), figure(150, "=", 240))


def test_figures_the_trace_does_not_link_are_shown_without_a_kind_on_every_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the walk, s29: two outlets' figures of one unit that the trace did not call one claim
    # were listed by the CLI with no kind and made the web story page fail (HTTP 500)
    from newsprism.stories import view

    monkeypatch.setattr(view, "TRACED_FIGURES", False)
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        for site, hour, figure, value in (
            ("tver-news.example", 9, "48 million roubles", 48e6),
            ("tver-today.example", 11, "45 million roubles", 45e6),
        ):
            head = (BRIDGE_EN[0], BRIDGE_EN[1].replace("48 million roubles", figure))
            lib.add(
                _article(
                    head, "en", site, f"2026-05-05T{hour:02}:00:00Z", figure, value,
                    "Tver regional government", "the regional transport ministry",
                )
            )  # fmt: skip
    runner = CliRunner()
    story = json.loads(runner.invoke(app, ["stories", "--db", str(db), "--json"]).output)[0]
    out = runner.invoke(app, ["story", str(story["id"]), "--db", str(db), "--json"])
    figures = json.loads(out.output)["figures"]
    assert len(figures) == 1 and figures[0]["flags"] == []
    with TestClient(create_app(db, analyse=False), base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{story['id']}")
        assert page.status_code == 200, page.text[:300]
        assert "tver-today.example" in page.text and "tver-news.example" in page.text
        assert "(figure changed)" not in page.text
