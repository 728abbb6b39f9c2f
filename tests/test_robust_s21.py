"""The twenty-first session's robustness pass: bad input a reader's collection holds, one test
each, every one failing on the code before it.  Every text here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_batch import PAGES, write_warc

from newsprism.batch import run_batch
from newsprism.batch.inputs import Shard, read_warc


def _cut_inside_last_header(whole: Path, cut: Path) -> None:
    """The archive cut off inside its last record's WARC header, before its Content-Length."""
    data = whole.read_bytes()
    last = data.rindex(b"WARC/1.0\r\n")
    cut.write_bytes(data[: data.index(b"WARC-Date", last)])


def test_an_archive_cut_inside_a_record_header_says_so(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    n = write_warc(whole, extra=False)
    cut = tmp_path / "cut.warc"
    _cut_inside_last_header(whole, cut)
    summary = run_batch([str(cut)], str(tmp_path / "out"), workers=1, shard_size=2)
    assert summary.stored == n - 1 == len(PAGES) - 1
    assert summary.problems and "the file ends inside a record" in summary.problems[0][1]
    assert not summary.ok


def test_records_planned_but_not_in_the_archive_are_reported_not_dropped(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    n = write_warc(whole, extra=False)
    cut = tmp_path / "cut.warc"
    _cut_inside_last_header(whole, cut)
    # planned on the whole file, read from one cut since: the last record must not vanish
    shard = Shard("", str(cut), "warc", start=0, skip=0, count=n, first=1)
    records = list(read_warc(shard, 2**24))
    assert len(records) == n
    assert records[-1].error and "archive ends after record" in records[-1].error
    assert records[-1].key.endswith(f"#{n}")


#: an invented Russian article: the site's new template is UTF-8, an older block kept windows-1251
_HEAD_UTF8 = (
    '<html><head><meta charset="utf-8"><title>Паром возобновит рейсы</title></head><body>'
    "<article><h1>Паром через залив возобновит рейсы в апреле</h1>"
    "<p>Городская паромная компания объявила в среду, что рейсы через залив возобновятся "
    "в начале апреля после ремонта причала, сообщили в администрации порта.</p>"
)
_TAIL_CP1251 = (
    "<p>Ремонт причала обошёлся городу дороже, чем планировали весной, признал директор "
    "компании на встрече с жителями северного района.</p>"
    "<p>Жители просили добавить вечерние рейсы по пятницам и субботам.</p></article></body></html>"
)


def test_a_page_part_utf8_part_cp1251_reads_both_parts() -> None:
    import newsprism
    from newsprism.charset import decode_bytes

    data = _HEAD_UTF8.encode("utf-8") + _TAIL_CP1251.encode("cp1251")
    text, encoding = decode_bytes(data, "x.html")
    assert text == _HEAD_UTF8 + _TAIL_CP1251
    assert encoding == "utf-8+cp1251"
    article = newsprism.read(data)
    assert "паромная компания" in article.text and "вечерние рейсы" in article.text


def test_one_code_page_alone_is_not_read_as_mixed() -> None:
    from newsprism.charset import decode_bytes

    page = _HEAD_UTF8 + _TAIL_CP1251
    for codec in ("cp1251", "koi8_r"):
        text, encoding = decode_bytes(page.replace("utf-8", "x").encode(codec), "x.html")
        assert (text, encoding) == (page.replace("utf-8", "x"), codec)


def test_feeds_list_says_which_items_were_not_stored_and_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import time

    from publisher import Publisher, article_html
    from typer.testing import CliRunner

    import newsprism.feeds.politeness as pol
    from newsprism.cli import app
    from newsprism.feeds import SimulatedClock

    monkeypatch.setattr(pol, "HOST_SPACING", 0.0)
    with Publisher(SimulatedClock(time.time())) as site:
        links = ("/news/1", "/news/report.pdf", "/news/2")
        items = "".join(
            f"<item><title>Item {k}</title><link>{site.url(p)}</link><guid>g{k}</guid></item>"
            for k, p in enumerate(links)
        )
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ex</title>{items}</channel></rss>'
        site.route(
            "/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, feed.encode())
        )
        for k in (1, 2):
            site.route(
                f"/news/{k}", lambda hit, k=k: (200, {"Content-Type": "text/html"}, article_html(k))
            )
        site.route(
            "/news/report.pdf",
            lambda hit: (
                200,
                {"Content-Type": "application/pdf"},
                b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n",
            ),
        )
        db = str(tmp_path / "lib.sqlite")
        runner = CliRunner()
        assert runner.invoke(app, ["feeds", "add", site.url("/rss"), "--db", db]).exit_code == 0
        flags = ["--db", db, "--allow-private", "--no-analyse", "--no-stories"]
        assert runner.invoke(app, ["feeds", "refresh", *flags]).exit_code == 0
    out = runner.invoke(app, ["feeds", "list", "--db", db])
    # (session 22: a PDF is given up at once, the same bytes would come back on every retry)
    assert "1 item not stored (1 given up); latest:" in out.output
    assert "report.pdf is a PDF document" in out.output
    listed = json.loads(runner.invoke(app, ["feeds", "list", "--db", db, "--json"]).output)
    assert listed[0]["items_given_up"] == 1 and "PDF" in listed[0]["latest_item_error"]
    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    with TestClient(create_app(Path(db), analyse=False), base_url="http://127.0.0.1:8000") as c:
        page = c.get("/feeds").text
        assert "1 item not stored (1 given up); latest:" in page and "PDF document" in page
        assert c.get("/api/feeds").json()[0]["items_given_up"] == 1


@pytest.mark.parametrize("value", ["2026-13", "2026-02-30", "2026-00", "2026-04-31"])
def test_a_date_filter_naming_no_real_day_is_refused_not_an_empty_result(value: str) -> None:
    from newsprism.library.search import QueryError, parse

    with pytest.raises(QueryError, match="takes a date like"):
        parse(f"bridge after:{value}")
    assert parse("bridge after:2024-02-29 before:2026-12").after == "2024-02-29"


def test_add_of_a_folder_names_the_documents_it_passes_over(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsprism.cli import app

    folder = tmp_path / "saved"
    folder.mkdir()
    page = folder / "bridge.html"
    page.write_text(
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        "<h1>Harbour bridge to close for repairs</h1>"
        "<p>The town council voted on Tuesday to close the old harbour bridge for six months, "
        "the mayor told reporters after the meeting.</p>"
        "<p>Work will start in March and end in late summer, officials said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (folder / "council-minutes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n")
    (folder / "bridge_files").mkdir()
    (folder / "bridge_files" / "style.css").write_text("p { margin: 0 }")  # a page's own asset
    result = CliRunner().invoke(
        app, ["add", str(folder), "--db", str(tmp_path / "lib.sqlite"), "--no-analyse"]
    )
    assert result.exit_code == 0, result.output
    assert "added 1" in result.output
    assert "passed over 1 document in the folders that is not a saved page" in result.output
    assert "council-minutes.pdf" in result.output and "style.css" not in result.output


def test_an_upload_past_the_limit_gets_an_error_page_not_a_bare_line(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app
    from newsprism.web.app import MAX_BODY_BYTES
    from newsprism.web.security import CSRF_COOKIE

    big = b"<p>" + b"a" * MAX_BODY_BYTES + b"</p>"
    app = create_app(tmp_path / "lib.sqlite", analyse=False)
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        c.get("/")
        token = c.cookies[CSRF_COOKIE]
        page = c.post(
            "/add",
            data={"csrf": token},
            files={"file": ("saved.html", big, "text/html")},
            headers={"accept": "text/html"},
        )
        assert page.status_code == 413
        assert (
            "more than the 20 MB limit" in page.text and "save just the article page" in page.text
        )
        assert page.headers.get("x-frame-options")
        api = c.post(
            "/api/articles",
            files={"file": ("saved.html", big, "text/html")},
            headers={"x-csrf-token": token},
        )
        assert api.status_code == 413 and api.json()["error"] == "UploadTooLargeError"
        # a foreign Host still gets nothing of ours
        assert c.post("/add", content=big, headers={"host": "evil.example"}).status_code in (
            400,
            413,
        )
