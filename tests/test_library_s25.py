"""Session 25, the library's follow-up: what a user of the library lost.

An export and a re-import keep an article's earlier texts; a feed whose descriptions carry a
counter still reads a figure corrected in digits alone; a batch over a web archive fails the
bot checks, consent walls and "enable JavaScript" pages it holds instead of storing them, and
``import batch`` names each article by its address.  Invented pages.
"""

from __future__ import annotations

import io
from pathlib import Path

from typer.testing import CliRunner

from newsprism.batch import read_table, run_batch
from newsprism.batch.storage import locate
from newsprism.cli import app
from newsprism.library import Library

FIXTURES = Path(__file__).parent / "fixtures"

# -- 3: walls in a batch over a web archive -------------------------------------------------------

BOT_CHECK = (
    b"<html><head><title>Just a moment...</title></head><body><h1>quay.example</h1>"
    b"<p>Checking if the site connection is secure</p><p>Enable JavaScript and cookies to "
    b'continue</p><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script>'
    b"</body></html>"
)
CONSENT = (
    "<html><head><title>Прежде чем продолжить</title></head><body><h1>Мы используем файлы "
    "cookie</h1><p>Нажимая «Принять», вы соглашаетесь на обработку файлов cookie и данных о "
    "посещениях нашими партнёрами.</p><button>Принять</button><button>Настроить</button>"
    "</body></html>"
).encode()
NEEDS_JS = (
    b"<html><head><title>Quay news</title></head><body><p>Please enable JavaScript "
    b"to read this article.</p></body></html>"
)
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
