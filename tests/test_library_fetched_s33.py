"""A page's texts are kept in the order they were the page's, at the times they were fetched: a
crawl's captures keep the archive's ``WARC-Date`` through a batch and ``import batch`` (their
revisions said the import's time), and an older capture imported after a newer text — a crawl
read out of order, an old archive after a fresh ``add`` — is kept as an earlier revision instead
of replacing the newer text.  Invented pages, English and Russian."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from typer.testing import CliRunner

import newsprism
from newsprism.article import Article
from newsprism.batch import run_batch
from newsprism.cli import app
from newsprism.library import Library
from newsprism.library.revisions import revisions

URL = "https://kraynews.example/2025/04/bridge"
PAGE = (
    "<html><head><title>Мост через Утку закроют на {weeks} недель</title></head><body><article>"
    "<h1>Мост через Утку закроют на {weeks} недель</h1>"
    "<p>Мост через реку Утку на въезде в Каменск закроют на ремонт с 12 мая, сообщили в "
    "городской администрации. Работы продлятся {weeks} недель.</p>"
    "<p>Автобусы пятого и седьмого маршрутов пойдут в объезд по улице Строителей, а для "
    "пешеходов рядом с мостом поставят временный понтонный переход.</p>"
    "<p>Подрядчик обещает заменить опоры и покрытие проезжей части; на работы из областного "
    "бюджета выделено 214 миллионов рублей.</p></article></body></html>"
)


def _warc(path: Path, captures: list[tuple[str, str]]) -> None:
    """A crawl of ``URL``: one response record per (WARC-Date, page), in the order given."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for date, page in captures:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                URL,
                "response",
                payload=io.BytesIO(page.encode()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)


def test_a_crawl_read_out_of_order_keeps_the_newest_text_and_the_fetch_times(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "crawl.warc.gz"
    # the correction (six weeks, not four) was fetched on the 3rd; the first text on the 1st
    # comes later in the file
    _warc(
        archive,
        [
            ("2025-04-03T09:30:00Z", PAGE.format(weeks=6)),
            ("2025-04-01T08:00:00Z", PAGE.format(weeks=4)),
        ],
    )
    out = tmp_path / "out"
    summary = run_batch([str(archive)], str(out), workers=1, shard_size=1, stages=())
    assert summary.stored == 2
    db = tmp_path / "lib.sqlite"
    result = CliRunner().invoke(app, ["import", "batch", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Library.open(db) as lib:
        assert lib.count() == 1
        (article_id,) = list(lib.iter_ids())
        old, new = revisions(lib, article_id)
        assert "продлятся 4 недель" in old.text and "продлятся 6 недель" in new.text
        assert old.fetched_at == "2025-04-01T08:00:00Z"
        assert old.replaced_at == "2025-04-03T09:30:00Z"
        assert new.fetched_at == "2025-04-03T09:30:00Z" and new.latest
        # the library's article is the newest text, and a second import doubles nothing
        assert "6 недель" in lib.get(article_id).text
    again = CliRunner().invoke(app, ["import", "batch", str(out), "--db", str(db)])
    assert again.exit_code == 0, again.output
    with Library.open(db) as lib:
        assert len(revisions(lib, min(lib.iter_ids()))) == 2


def _article(weeks: int, fetched: str | None) -> Article:
    a = newsprism.read(PAGE.format(weeks=weeks).encode(), stages=())
    return dataclasses.replace(
        a, metadata=dataclasses.replace(a.metadata, url=URL, fetched=fetched)
    )


def test_an_old_capture_after_a_fresh_add_is_an_earlier_revision(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        fresh = lib.add(_article(6, None), link=False)  # read today: stored at today's time
        kept = lib.add(_article(4, "2025-04-01T08:00:00+03:00"), link=False)
        assert kept == fresh and lib.count() == 1
        assert "6 недель" in lib.get(fresh).text
        old, new = revisions(lib, fresh)
        assert "4 недель" in old.text
        assert old.fetched_at == "2025-04-01T05:00:00Z"  # the offset taken to UTC
        assert new.latest and new.fetched_at > "2026"
        # the same capture again keeps nothing twice
        lib.add(_article(4, "2025-04-01T08:00:00+03:00"), link=False)
        assert len(revisions(lib, fresh)) == 2


def test_a_newer_capture_replaces_the_text_at_its_own_fetch_time(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        first = lib.add(_article(4, "2025-04-01T08:00:00Z"), link=False)
        lib.add(_article(6, "2025-04-03T09:30:00Z"), link=False)
        old, new = revisions(lib, first)
        assert (old.fetched_at, old.replaced_at) == ("2025-04-01T08:00:00Z", "2025-04-03T09:30:00Z")
        assert "6 недель" in new.text and new.fetched_at == "2025-04-03T09:30:00Z"


def _weeks(text: str) -> str:
    return next(w for w in "34569" if f"продлятся {w} недель" in text)


def test_old_captures_in_any_order_keep_the_history_and_the_newest_text(tmp_path: Path) -> None:
    """The review's sequences: an old capture of the stored text neither moves its time back
    nor lets a later old capture replace it; captures imported out of order read in fetch
    order, each replaced when the next was fetched; the same text fetched twice is one."""
    with Library.open(tmp_path / "lib.sqlite") as lib:
        now = lib.add(_article(6, None), link=False)
        lib.add(_article(4, "2025-04-01T08:00:00Z"), link=False)
        lib.add(_article(6, "2025-03-20T08:00:00Z"), link=False)  # 6, then 4, then 6 again
        lib.add(_article(4, "2025-04-02T08:00:00Z"), link=False)  # the 4 still on the page
        assert _weeks(lib.get(now).text) == "6"
        history = revisions(lib, now)
        assert [_weeks(r.text) for r in history] == ["6", "4", "6"]
        assert [r.fetched_at for r in history[:2]] == [
            "2025-03-20T08:00:00Z",
            "2025-04-01T08:00:00Z",
        ]
        assert history[0].replaced_at == "2025-04-01T08:00:00Z"
    with Library.open(tmp_path / "other.sqlite") as lib:
        now = lib.add(_article(9, None), link=False)
        for weeks, day in ((3, "10"), (5, "15"), (4, "12")):
            lib.add(_article(weeks, f"2025-02-{day}T00:00:00Z"), link=False)
        history = revisions(lib, now)
        assert [_weeks(r.text) for r in history] == ["3", "4", "5", "9"]
        assert [r.replaced_at for r in history[:2]] == [
            "2025-02-12T00:00:00Z",
            "2025-02-15T00:00:00Z",
        ]
        # each change shown is one that happened: 3 -> 4, not 3 -> 5
        assert any("4" in c.added for c in history[1].changes)
