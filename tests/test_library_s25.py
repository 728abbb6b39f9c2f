"""Session 25, the library's follow-up: what a user of the library lost.

An export and a re-import keep an article's earlier texts; a feed whose descriptions carry a
counter still reads a figure corrected in digits alone; a batch over a web archive fails the
bot checks, consent walls and "enable JavaScript" pages it holds instead of storing them, and
``import batch`` names each article by its address.  Invented pages.
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import wall_pages
from publisher import Publisher
from typer.testing import CliRunner
from wall_pages import bot_check, needs_js

import newsprism
from newsprism.article import Article
from newsprism.batch import read_table, run_batch
from newsprism.batch.storage import locate
from newsprism.cli import app
from newsprism.feeds import SimulatedClock
from newsprism.library import Library
from newsprism.library.corrections import add_correction, corrections
from newsprism.library.revisions import revisions

FIXTURES = Path(__file__).parent / "fixtures"

# -- 3: walls in a batch over a web archive -------------------------------------------------------

BOT_CHECK = bot_check("quay.example")
CONSENT = wall_pages.CONSENT
NEEDS_JS = needs_js("Quay news")
ARTICLE = (
    b"<html><head><title>Quay repairs to start in March</title></head><body><article>"
    b"<h1>Quay repairs to start in March</h1>"
    b"<p>Repairs to the old fish quay at Orrin Bay will begin in March and last until the end "
    b"of the summer, the harbour trust said on Thursday after its board approved the plan.</p>"
    b"<p>The trust will close the northern half of the quay first, so that the two boats that "
    b"still land their catch there can use the southern berths while the work goes on.</p>"
    b"<p>Fishermen said they welcomed the repairs but asked the trust to keep the ice plant "
    b"open through the works, since the nearest other one is forty minutes away by road.</p>"
    b"</article></body></html>"
)


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )


def test_a_batch_over_an_archive_fails_its_wall_pages_and_goes_on(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _warc(
        archive,
        [
            ("https://quay.example/a", BOT_CHECK),
            ("https://quay.example/repairs", ARTICLE),
            ("https://quay.example/b", CONSENT),
            ("https://quay.example/c", NEEDS_JS),
        ],
    )
    out = tmp_path / "out"
    summary = run_batch([str(archive)], str(out), workers=1, shard_size=2, stages=())
    assert (summary.stored, summary.failed) == (1, 3)
    errors = {r["url"]: r for r in read_table(locate(str(out)), "errors").to_pylist()}
    assert set(errors) == {
        "https://quay.example/a",
        "https://quay.example/b",
        "https://quay.example/c",
    }
    assert "bot check" in errors["https://quay.example/a"]["error"]
    assert "consent wall" in errors["https://quay.example/b"]["error"]
    assert "needs JavaScript" in errors["https://quay.example/c"]["error"]
    assert all("not the article" in e["error"] for e in errors.values())
    # resumable as before: a second run finds every shard done and reads nothing again
    again = run_batch([str(archive)], str(out), workers=1, shard_size=2, stages=())
    assert again.resumed == again.shards and (again.stored, again.failed) == (1, 3)
    # the import names the article by its address, not by the archive's record key
    db = tmp_path / "lib.sqlite"
    result = CliRunner().invoke(app, ["import", "batch", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "https://quay.example/repairs" in result.output
    assert "crawl.warc.gz#" not in result.output
    again_out = CliRunner().invoke(app, ["import", "batch", str(out), "--db", str(db)])
    assert "unchanged" in again_out.output and "https://quay.example/repairs" in again_out.output
    with Library.open(db) as lib:
        assert lib.count() == 1


# -- 1: export and import keep an article's earlier texts ----------------------------------------

URL = "https://quay.example/news/repairs"


def _article(weeks: int, headline: str) -> Article:
    page = ARTICLE.decode().replace("last until the end of the summer", f"last {weeks} weeks")
    page = page.replace("Quay repairs to start in March", headline)
    a = newsprism.read(page.encode(), stages=())
    return dataclasses.replace(a, metadata=dataclasses.replace(a.metadata, url=URL))


def _corrected_library(path: Path) -> int:
    with Library.open(path) as lib:
        article_id = lib.add(_article(12, "Quay repairs to start in March"), link=False)
        lib.add(_article(21, "Quay repairs to start in March"), link=False)
        lib.add(_article(21, "Quay repairs to take 21 weeks"), link=False)
        assert len(revisions(lib, article_id)) == 3
        return article_id


def test_an_exported_library_imports_with_its_earlier_revisions(tmp_path: Path) -> None:
    first, second, folder = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "out"
    article_id = _corrected_library(first)
    runner = CliRunner()
    out = runner.invoke(app, ["export", "-o", str(folder), "-f", "json", "--db", str(first)])
    assert out.exit_code == 0, out.output
    data = json.loads((folder / f"{article_id}.json").read_text())
    assert [r["title"] for r in data["revisions"]] == ["Quay repairs to start in March"] * 2
    assert "last 12 weeks" in data["revisions"][0]["text"]
    out = runner.invoke(app, ["import", "json", str(folder), "--db", str(second)])
    assert out.exit_code == 0, out.output
    with Library.open(first) as a, Library.open(second) as b:
        [moved] = list(b.iter_ids())
        was, now = revisions(a, article_id), revisions(b, moved)
        assert [(r.title, r.text, r.fetched_at) for r in was[:2]] == [
            (r.title, r.text, r.fetched_at) for r in now[:2]
        ]
        assert (now[-1].title, now[-1].text) == (was[-1].title, was[-1].text)
        assert "21 weeks" in now[-1].title and "12" in now[1].changes[0].removed
    # the same export again adds nothing
    again = runner.invoke(app, ["import", "json", str(folder), "--db", str(second)])
    assert again.exit_code == 0 and "unchanged" in again.output, again.output
    with Library.open(second) as b:
        assert b.count() == 1 and len(revisions(b, moved)) == 3


def test_an_export_from_before_revisions_still_imports(tmp_path: Path) -> None:
    article_id = _corrected_library(tmp_path / "a.sqlite")
    folder = tmp_path / "out"
    CliRunner().invoke(
        app, ["export", "-o", str(folder), "-f", "json", "--db", str(tmp_path / "a.sqlite")]
    )
    path = folder / f"{article_id}.json"
    data = json.loads(path.read_text())
    del data["revisions"]
    path.write_text(json.dumps(data))
    (folder / "notes.json").write_text('{"title": "not an article"}')
    forged = dict(
        data,
        revisions=[
            {"content_hash": "x", "text": "t", "fetched_at": "a", "replaced_at": "b", "title": 5}
        ],
    )
    (folder / "forged.json").write_text(json.dumps(forged))
    out = CliRunner().invoke(
        app, ["import", "json", str(folder), "--db", str(tmp_path / "b.sqlite")]
    )
    assert out.exit_code == 5, out.output  # one article added, the stray files named as failed
    assert "notes.json" in out.output and "not an article exported by newsprism" in out.output
    assert "forged.json" in out.output and "earlier revision 1 is not an export's" in out.output
    with Library.open(tmp_path / "b.sqlite") as b:
        [moved] = list(b.iter_ids())
        [only] = revisions(b, moved)
        assert only.title == "Quay repairs to take 21 weeks"


def test_the_markdown_and_html_exports_show_the_earlier_texts(tmp_path: Path) -> None:
    article_id = _corrected_library(tmp_path / "a.sqlite")
    folder = tmp_path / "out"
    CliRunner().invoke(app, ["export", "-o", str(folder), "--db", str(tmp_path / "a.sqlite")])
    text = (folder / f"{article_id}.md").read_text()
    assert "## Earlier revisions" in text and "last 12 weeks" in text
    assert text.index("last 12 weeks") > text.index("## Earlier revisions")
    CliRunner().invoke(
        app, ["export", "-o", str(folder), "-f", "html", "--db", str(tmp_path / "a.sqlite")]
    )
    page = (folder / f"{article_id}.html").read_text()
    assert "Earlier revisions" in page and "last 12 weeks" in page


def test_a_readers_correction_moves_with_the_article(tmp_path: Path) -> None:
    from newsprism.library.ingest import default_process

    quoted = ARTICLE.decode().replace(
        "<p>Fishermen said",
        '<p>"We have waited eleven years for this," said Ailsa Brodie, the trust\'s chair.</p>'
        "<p>Fishermen said",
    )
    article = default_process(newsprism.read(quoted.encode(), stages=()))
    assert article.quotes
    first, second, folder = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "out"
    with Library.open(first) as lib:
        article_id = lib.add(article, link=False)
        add_correction(lib, article_id, "speaker", article.quotes[0].id, "Someone Else")
    runner = CliRunner()
    runner.invoke(app, ["export", "-o", str(folder), "-f", "json", "--db", str(first)])
    for _ in range(2):  # twice: the second import records it no second time
        out = runner.invoke(app, ["import", "json", str(folder), "--db", str(second)])
        assert out.exit_code == 0, out.output
    with Library.open(second) as b:
        [fix] = corrections(b)
        assert (fix.kind, fix.correct) == ("speaker", "Someone Else")


# -- 2: a feed whose descriptions carry a counter still reads a corrected figure ----------------


def test_a_figure_corrected_in_a_counting_feed_is_read_again(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    from test_library_revisions_s24 import _counter_feed

    state = {"n": "12", "title": "Ferry fares to rise", "desc": "Up 12 per cent. Read 10 times."}
    lib, p, pages = _counter_feed(tmp_path, clock, site, state)
    for k in range(1, 7):  # a view counter: two re-reads find the page the same, then none
        state["desc"] = f"Up 12 per cent. Read {10 + 37 * k} times."
        clock.sleep(3600)
        p.refresh()
        p.drain()
    assert len(pages) == 3
    [article_id] = list(lib.iter_ids())
    # the publisher corrects the figure: 12 becomes 21, in digits alone, as the counter moves
    state.update(desc="Up 21 per cent. Read 300 times.", n="21")
    clock.sleep(3600)
    p.refresh()
    p.drain()
    assert len(pages) == 4
    old, new = revisions(lib, article_id)[-2:]
    assert "12" in new.changes[0].removed and "21" in new.changes[0].added
    # a correction resets the feed's count: the next change of digits is read as any change is
    assert lib.conn.execute("SELECT digit_noise FROM feeds").fetchone()[0] == 0
    # and the counter alone, learnt as moving, costs nothing once the feed is counted again
    for k in range(2):
        state["desc"] = f"Up 21 per cent. Read {400 + k} times."
        clock.sleep(3600)
        p.refresh()
        p.drain()
    assert len(pages) == 6
    for k in range(3):
        state["desc"] = f"Up 21 per cent. Read {500 + k} times."
        clock.sleep(3600)
        p.refresh()
        p.drain()
    assert len(pages) == 6 and len(revisions(lib, article_id)) == 2
    p.close()
    lib.close()
