"""Faults a Russian-speaking reader met walking through every command (session 23)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from publisher import Publisher, article_html
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.trace.search import figure_values


def test_a_russian_decimal_written_in_digits_is_one_figure() -> None:
    # «7,2%» has no letters to tell its language: read as English it was 7 and 2, and
    # `trace '7,2%'` showed a trace of "в два раза"
    assert figure_values("7,2%") == [7.2]
    assert figure_values("11,9 %") == [11.9]


def test_figures_with_words_keep_their_language() -> None:
    assert figure_values("231 тыс.") == [231000.0]
    assert figure_values("231 thousand") == [231000.0]
    assert figure_values("40-45%") == [40.0, 45.0]


def test_markdown_marks_an_uncertain_figure_as_uncertain() -> None:
    # the quote's line said "uncertain: X?" and the figure in it, listed under the same
    # heading, gave the speaker plainly (the HTML reader puts a question mark after it)
    import newsprism
    from newsprism.article import Article
    from newsprism.render import render

    text = "«Расходы вырастут на 12%», — сказал Пётр Крылов.\n\nМост построят к осени."
    data = newsprism.read(text.encode("utf-8")).to_dict()
    start = data["text"].index("12%")
    name_at = data["text"].index("Пётр Крылов")
    data["speakers"] = [
        {
            "id": 0,
            "name": "Пётр Крылов",
            "aliases": [],
            "role": None,
            "kind": "person",
            "mentions": [{"start": name_at, "end": name_at + 11, "text": "Пётр Крылов"}],
        }
    ]
    quote_end = data["text"].index("»") + 1
    data["quotes"] = [
        {
            "id": 0,
            "kind": "direct",
            "start": 0,
            "end": quote_end,
            "text": data["text"][:quote_end],
            "speaker": 0,
            "cue": "сказал",
            "cue_start": quote_end + 4,
            "cue_end": quote_end + 10,
            "source_text": "Пётр Крылов",
            "source_start": name_at,
            "source_end": name_at + 11,
            "relayed_by": None,
            "sentences": [0],
            "confidence": 0.4,
            "speaker_confidence": 0.4,
        }
    ]
    data["claims"] = [
        {
            "id": 0,
            "start": start,
            "end": start + 3,
            "text": "12%",
            "value": 12.0,
            "value_high": None,
            "unit": "%",
            "qualifier": None,
            "about": "Расходы",
            "when": None,
            "speaker": 0,
            "source": "Пётр Крылов",
            "relative_to": None,
            "sentence": 0,
            "change": "up",
            "source_confidence": 0.4,
            "counted": None,
        }
    ]
    md = render(Article.from_dict(data), "md")
    figure = next(line for line in md.splitlines() if line.startswith("- figure: "))
    assert "uncertain: Пётр Крылов?" in figure


def test_watch_once_says_what_it_stored_after_a_killed_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a restart after `kill -9` stored the items the dead run had found, and printed nothing
    import newsprism.feeds.politeness as pol
    from newsprism.feeds import SimulatedClock
    from newsprism.feeds.parse import Entry
    from newsprism.library import Library
    from newsprism.library.feeds import FeedStore

    monkeypatch.setattr(pol, "HOST_SPACING", 0.0)
    with Publisher(SimulatedClock(time.time())) as site:
        for k in range(2):
            site.route(
                f"/news/{k}",
                lambda hit, k=k: (200, {"Content-Type": "text/html"}, article_html(k)),
            )
        db = tmp_path / "lib.sqlite"
        with Library.open(db) as lib:
            feeds = FeedStore(lib.conn)
            feed, _ = feeds.add(site.url("/rss"), time.time())
            feeds.record_entries(
                feed.id, [Entry(f"g{k}", site.url(f"/news/{k}")) for k in range(2)], time.time()
            )
            # polled a moment ago by the run that was killed: not due again
            lib.conn.execute("UPDATE feeds SET next_fetch_at = ?", (time.time() + 900,))
            lib.conn.commit()
        out = CliRunner().invoke(
            app,
            ["watch", "--once", "--db", str(db), "--allow-private", "--no-analyse", "--no-stories"],
        )
        assert out.exit_code == 0, out.output
        assert "stored 2 waiting items" in out.output
        with Library.open(db) as lib:
            assert lib.count() == 2


def test_the_speaker_page_is_headed_with_the_name_as_the_articles_give_it(
    tmp_path: Path,
) -> None:
    # asked in the genitive («Котовой»), the page was headed "Attributed to Котовой"
    # above rows saying «Ирина Котова»
    from urllib.parse import quote

    from fastapi.testclient import TestClient

    import newsprism
    from newsprism.api import STORE_STAGES
    from newsprism.library import Library
    from newsprism.web import create_app

    page = (
        "<html><head><title>Банк сохранил ставку</title></head><body><article>"
        "<h1>Банк сохранил ставку</h1><p>Региональный банк сохранил ставку по вкладам на "
        "уровне 9%. «Мы не будем торопиться со снижением», — заявила председатель правления "
        "банка Ирина Котова на пресс-конференции в среду.</p></article></body></html>"
    )
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    lib.add(newsprism.read(page.encode(), stages=("segment", *STORE_STAGES)))
    lib.close()
    with TestClient(create_app(path, analyse=False), base_url="http://127.0.0.1:8000") as c:
        html = c.get("/speakers/" + quote("Котовой"), headers={"accept": "text/html"}).text
        same = c.get("/speakers/" + quote("Ирина Котова"), headers={"accept": "text/html"}).text
    assert "не будем торопиться" in html
    assert "<h1>Attributed to Ирина Котова</h1>" in html
    assert "Found for “Котовой”" in html
    assert "<h1>Attributed to Ирина Котова</h1>" in same and "Found for" not in same


def test_search_finds_a_speaker_named_in_another_case(tmp_path: Path) -> None:
    # `newsprism speaker Котовой` listed her quotes, `search speaker:Котовой` found nothing
    import newsprism
    from newsprism.api import STORE_STAGES
    from newsprism.library import Library

    page = (
        "<html><head><title>Банк сохранил ставку</title></head><body><article>"
        "<h1>Банк сохранил ставку</h1><p>Региональный банк сохранил ставку по вкладам на "
        "уровне 9%. «Мы не будем торопиться со снижением», — заявила председатель правления "
        "банка Ирина Котова на пресс-конференции в среду.</p></article></body></html>"
    )
    with Library.open(tmp_path / "lib.sqlite") as lib:
        article_id = lib.add(newsprism.read(page.encode(), stages=("segment", *STORE_STAGES)))
        assert [h.id for h in lib.search("speaker:Котова")] == [article_id]
        assert [h.id for h in lib.search("speaker:Котовой")] == [article_id]
        assert [h.id for h in lib.search("ставку speaker:Котовой")] == [article_id]
        assert lib.search("speaker:Петровой") == []
