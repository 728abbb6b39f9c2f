"""Faults a fact-checker met walking every command (twenty-ninth session), fixed in the thirtieth:
a feed item's 404 blamed the feed's address; "1 sources failed".  Invented feeds and pages."""

from __future__ import annotations

import json
from pathlib import Path

from publisher import Publisher
from typer.testing import CliRunner

from newsprism.article import Article, Block, Metadata
from newsprism.cli import app
from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library

RUNNER = CliRunner()


def _feed(site: Publisher) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Вести Приволжья</title><link>{site.url('/')}</link>"
        "<item><title>Водоканал оштрафован на 340 млн рублей</title>"
        f"<link>{site.url('/news/vodokanal-moved')}</link>"
        "<guid>vesti#vodokanal</guid></item></channel></rss>"
    ).encode()


def test_a_feed_items_404_blames_the_items_address_not_the_feeds(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    site.route("/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, _feed(site)))
    site.route("/news/vodokanal-moved", lambda hit: (404, {"Content-Type": "text/html"}, b"gone"))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        p.refresh()
        (error,) = lib.conn.execute("SELECT error FROM feed_items").fetchone()
        p.close()
    assert "404" in error and "/news/vodokanal-moved" in error
    assert "feed's address" not in error
    assert "item" in error


def test_one_failed_source_is_one_source(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(
        "<html><head><title>Harbour bridge reopens — Eastbrook Gazette</title></head><body>"
        "<article><h1>Harbour bridge reopens after repairs</h1>"
        + "".join(
            f"<p>The harbour bridge in Eastbrook reopened on Monday after {n} weeks of repairs, "
            "the council said, and traffic returned to the town centre by the evening.</p>"
            for n in range(3, 9)
        )
        + "</article></body></html>",
        encoding="utf-8",
    )
    missing = tmp_path / "missing.html"
    result = RUNNER.invoke(
        app,
        ["add", str(page), str(missing), "--no-analyse", "--db", str(tmp_path / "lib.sqlite")],
    )
    assert result.exit_code == 5, result.output
    assert "1 source failed:" in result.output
    assert "1 sources" not in result.output


def _dated(title: str, published: str | None) -> Article:
    text = f"{title}\n\n{title} — the council said on the day, and the town heard it by noon."
    return Article(
        text=text,
        title=title,
        language="en",
        metadata=Metadata(site="eastbrook.example", published=published),
        blocks=(
            Block(id=0, kind="heading", start=0, end=len(title), text=title, level=1),
            Block(
                id=1, kind="paragraph", start=len(title) + 2, end=len(text),
                text=text[len(title) + 2 :],
            ),
        ),
    )  # fmt: skip


def test_list_is_newest_first_by_the_outlets_date_then_by_when_added(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        # added in this order; published in another (times in two zones, a date alone)
        lib.add(_dated("Ferry timetable changes", "2026-11-01T23:30:00-05:00"), link=False)
        lib.add(_dated("Водоканал оштрафован", "2026-11-02T06:00:00+03:00"), link=False)
        lib.add(_dated("Harbour bridge reopens", "2026-11-05"), link=False)
        lib.add(_dated("Bridge tolls explained", None), link=False)  # no date: when added
    listed = RUNNER.invoke(app, ["list", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    titles = [line.split("\t")[1] for line in listed.output.splitlines()]
    # 23:30 at UTC-5 is 04:30 UTC on the 2nd, after 06:00 at UTC+3 (03:00 UTC)
    assert titles == [
        "Bridge tolls explained",
        "Harbour bridge reopens",
        "Ferry timetable changes",
        "Водоканал оштрафован",
    ]
    added = RUNNER.invoke(app, ["list", "--sort", "added", "--db", str(db)])
    assert [line.split("\t")[1] for line in added.output.splitlines()] == [
        "Bridge tolls explained",
        "Harbour bridge reopens",
        "Водоканал оштрафован",
        "Ferry timetable changes",
    ]
    wrong = RUNNER.invoke(app, ["list", "--sort", "title", "--db", str(db)])
    assert wrong.exit_code == 2 and "published or added" in wrong.output


NGINX_LISTING = (
    "<html>\r\n<head><title>Index of /archive/</title></head>\r\n<body>\r\n"
    '<h1>Index of /archive/</h1><hr><pre><a href="../">../</a>\r\n'
    '<a href="ru/">ru/</a>                                                06-Dec-2026 08:12       -\r\n'
    '<a href="harbour-bridge.html">harbour-bridge.html</a>                               '
    "06-Dec-2026 08:12    8187\r\n"
    '<a href="vodokanal.html">vodokanal.html</a>                                    '
    "06-Dec-2026 08:12    6403\r\n"
    "</pre><hr></body>\r\n</html>\r\n"
)
#: a listing a site's own script writes, with no server's title: the links name their files
PLAIN_LISTING = (
    "<!doctype html><html><head><meta charset=utf-8><title>files</title></head><body>"
    "<ul><li><a href='2026-11-03-fine.html'>2026-11-03-fine.html</a></li>"
    "<li><a href='2026-11-04-%D0%B2%D0%BE%D0%B4%D0%BE%D0%BA%D0%B0%D0%BD%D0%B0%D0%BB.html'>"
    "2026-11-04-водоканал.html</a></li><li><a href='photos/'>photos/</a></li>"
    "<li><a href='notes.txt'>notes.txt</a></li></ul></body></html>"
)


def test_a_web_servers_folder_listing_is_no_article(tmp_path: Path, site: Publisher) -> None:
    listing = NGINX_LISTING
    site.route(
        "/archive/",
        lambda hit: (200, {"Content-Type": "text/html; charset=utf-8"}, listing.encode()),
    )
    url = site.url("/archive/")
    read = RUNNER.invoke(app, ["read", url, "--allow-private", "--no-analyse", "-f", "text"])
    assert read.exit_code == 3, read.output  # the page holds no article text
    assert "list of the files in a folder" in read.stderr
    assert "give the address of a page in it" in read.stderr
    assert read.stdout == ""
    db = tmp_path / "lib.sqlite"
    added = RUNNER.invoke(app, ["add", url, "--allow-private", "--no-analyse", "--db", str(db)])
    assert added.exit_code == 1 and "list of the files in a folder" in added.stderr
    assert "nothing was stored" in added.stderr
    with Library.open(db) as lib:
        assert list(lib.iter_ids()) == []


def test_read_of_a_folder_reads_every_page_in_it_as_add_does(tmp_path: Path) -> None:
    pages = tmp_path / "saved"
    (pages / "ru").mkdir(parents=True)
    (pages / "harbour.html").write_text(_page("Harbour bridge reopens after repairs"), "utf-8")
    (pages / "ru" / "vodokanal.html").write_text(
        _page("Водоканал оштрафовали на 340 млн рублей"), "utf-8"
    )
    (pages / "notes.pdf").write_bytes(b"%PDF-1.7\n")  # not a saved page: passed over
    read = RUNNER.invoke(app, ["read", str(pages), "--no-analyse"])
    assert read.exit_code == 0, read.output
    titles = [json.loads(line)["title"] for line in read.stdout.splitlines()]
    assert titles == [
        "Harbour bridge reopens after repairs",
        "Водоканал оштрафовали на 340 млн рублей",
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    none = RUNNER.invoke(app, ["read", str(empty), "--no-analyse"])
    assert none.exit_code == 1 and "no saved pages" in none.stderr and str(empty) in none.stderr


def _page(title: str) -> str:
    body = "".join(
        f"<p>{title}: the council said on Monday that the work took {n} weeks, and that the "
        "town centre would see traffic return by the evening after the long closure.</p>"
        for n in range(3, 8)
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>"
    )


def test_stories_min_size_says_no_story_is_that_large_not_that_there_are_none(
    tmp_path: Path,
) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(_page("Harbour bridge reopens after repairs"), "utf-8")
    db = str(tmp_path / "lib.sqlite")
    assert RUNNER.invoke(app, ["add", str(page), "--no-analyse", "--db", db]).exit_code == 0
    big = RUNNER.invoke(app, ["stories", "--min-size", "2", "--db", db])
    assert "no stories yet" not in big.stderr
    assert "no story has 2 articles or more" in big.stderr
    assert "Harbour bridge" in RUNNER.invoke(app, ["stories", "--db", db]).stdout


def test_import_batch_of_three_versions_of_one_page_adds_it_once_then_updates(
    tmp_path: Path,
) -> None:
    from newsprism.batch import resolve_stages, run_batch

    dump = tmp_path / "crawl.jsonl"
    url = "https://eastbrook.example/news/water-fine"
    dump.write_text(
        "".join(
            json.dumps({"url": url, "html": _page(f"Water company fined £{m}m over sewage spills")})
            + "\n"
            for m in ("18.5", "18.6", "19")
        ),
        "utf-8",
    )
    out = tmp_path / "shards"
    run_batch([str(dump)], str(out), workers=1, stages=resolve_stages("none"))
    db = str(tmp_path / "lib.sqlite")
    imported = RUNNER.invoke(app, ["import", "batch", str(out), "--db", db])
    assert imported.exit_code == 0, imported.output
    words = [line.split("\t")[0] for line in imported.stdout.splitlines()]
    assert words == ["added 1", "updated 1", "updated 1"]


def test_a_listing_is_known_by_its_links_named_as_their_files_whatever_its_title() -> None:
    from newsprism.walls import LISTING, listing_reason

    def read(text: str) -> Article:
        block = Block(id=0, kind="paragraph", start=0, end=len(text), text=text)
        return Article(text=text, blocks=(block,))

    names = "2026-11-03-fine.html 2026-11-04-водоканал.html photos/ notes.txt"
    assert listing_reason(read(f"files {names}"), PLAIN_LISTING) == LISTING
    # a page that links to a few files among its own words is an article
    prose = " ".join(["The council published its budget and the minutes of the meeting."] * 4)
    page = PLAIN_LISTING.replace("<ul>", f"<p>{prose}</p><ul>")
    assert listing_reason(read(f"{prose} {names}"), page) is None
