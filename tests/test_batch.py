"""``newsprism batch``: archives of our own fixture pages (and broken records) through both
engines; identical outputs, a killed run resumed, failures recorded, results imported."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsprism.article import Article
from newsprism.batch import iter_articles, read_table, resolve_stages, run_batch
from newsprism.batch.results import import_results
from newsprism.batch.storage import locate
from newsprism.cli import app
from newsprism.errors import ConfigError
from newsprism.library import Library

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted((FIXTURES / "html").glob("*.html"))
SCRAPED = sorted((FIXTURES / "scraped").glob("*.txt"))
ROOT = Path(__file__).resolve().parent.parent


def _charset(page: Path) -> str:
    return "windows-1251" if "cp1251" in page.name else "utf-8"


def write_warc(path: Path, extra: bool = True) -> int:
    """Our HTML fixtures as HTTP responses, plus records that are not articles or are broken.

    Returns how many records are article candidates (response/resource)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    n = 0
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))

        def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
            nonlocal n
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
            n += 1

        for i, page in enumerate(PAGES):
            response(
                f"https://news.example/{i}",
                page.read_bytes(),
                f"text/html; charset={_charset(page)}",
            )
        if extra:
            response(
                "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"
            )
            response(
                "https://news.example/gone", b"<html>gone</html>", "text/html", "404 Not Found"
            )
            response("https://news.example/noise", random.Random(7).randbytes(2048), "text/html")
            response(
                "https://news.example/huge", b"<p>" + b"a " * (13 * 2**20) + b"</p>", "text/html"
            )
            # a request record is not an article candidate and is passed over silently
            writer.write_record(writer.create_warc_record("https://news.example/", "request"))
    return n


def rows(out: Path, table: str) -> list[dict[str, object]]:
    return read_table(locate(str(out)), table).to_pylist()


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    write_warc(path)
    return path


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jsonl") / "dump.jsonl"
    lines = [
        json.dumps({"url": f"https://site.example/t{i}", "text": p.read_text()})
        for i, p in enumerate(SCRAPED[:4])
    ]
    lines.insert(2, "{not json")
    lines.append(json.dumps({"title": "no body"}))
    lines.append(json.dumps({"url": "https://site.example/h", "html": PAGES[0].read_text()}))
    path.write_text("\n".join(lines) + "\n\n")
    return path


def test_read_only_run_over_warc_jsonl_and_folder_records_every_record(
    tmp_path: Path, warc: Path, jsonl: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for page in PAGES[:3]:
        (folder / page.name).write_bytes(page.read_bytes())
    (folder / "notes.bin").write_bytes(b"\0\1")  # not a page: not even listed
    out = tmp_path / "out"
    summary = run_batch([str(warc), str(jsonl), str(folder)], str(out), workers=2, shard_size=3)

    articles = rows(out, "articles")
    errors = {r["record"]: r for r in rows(out, "errors")}
    # 8 WARC pages + 4 scraped texts + 1 html line + 3 saved pages
    assert summary.stored == len(articles) == 16
    assert summary.skipped == 2  # the PNG and the 404
    assert summary.failed == len(errors) == 4
    assert summary.read == summary.stored + summary.failed + summary.skipped
    assert not summary.ok
    by_url = {r["url"]: r for r in errors.values()}
    noise = str(by_url["https://news.example/noise"]["error"])
    assert "encoding" in noise or "binary" in noise
    assert "20 MB" in str(by_url["https://news.example/huge"]["error"])
    assert any("not a JSON object" in str(e["error"]) for e in errors.values())
    assert any('no "html"' in str(e["error"]) for e in errors.values())
    # each record once, in a stable order, with the article's own JSON beside flat columns
    keys = [r["record"] for r in articles]
    assert len(keys) == len(set(keys))
    ru = next(r for r in articles if "cp1251" in str(r["record"]) or r["language"] == "ru")
    assert ru["language"] == "ru"
    first = json.loads(str(articles[0]["article_json"]))
    assert first["schema"] == "newsprism.article/1" and first["title"] == articles[0]["title"]
    saved = json.loads((out / "summary.json").read_text())
    assert saved["stored"] == 16 and saved["ok"] is False


def test_analysis_tables_match_the_python_api(tmp_path: Path) -> None:
    from newsprism import analyse, read

    page = FIXTURES / "html" / "en_news_figure_credit.html"
    out = tmp_path / "out"
    summary = run_batch([str(page)], str(out), workers=1, stages=resolve_stages("all"))
    assert summary.ok and summary.stored == 1
    expected = analyse(read(page))
    ((record, data),) = list(iter_articles(locate(str(out))))
    assert data == json.loads(json.dumps(expected.to_dict(), sort_keys=True))
    assert len(rows(out, "quotes")) == len(expected.quotes) > 0
    assert len(rows(out, "claims")) == len(expected.claims)
    assert {r["name"] for r in rows(out, "speakers")} == {s.name for s in expected.speakers}


def test_local_and_ray_engines_give_identical_outputs(
    tmp_path: Path, warc: Path, jsonl: Path
) -> None:
    pytest.importorskip("ray")
    local, ray_out = tmp_path / "local", tmp_path / "ray"
    a = run_batch([str(warc), str(jsonl)], str(local), workers=2, shard_size=4)
    b = run_batch([str(warc), str(jsonl)], str(ray_out), engine="ray", workers=2, shard_size=4)
    assert (a.read, a.stored, a.failed, a.skipped) == (b.read, b.stored, b.failed, b.skipped)
    for table in ("articles", "quotes", "speakers", "claims", "errors"):
        assert rows(local, table) == rows(ray_out, table), table


def test_a_killed_run_resumes_without_losing_or_doubling(tmp_path: Path, warc: Path) -> None:
    whole = tmp_path / "whole"
    run_batch([str(warc)], str(whole), workers=1, shard_size=1)
    out = tmp_path / "killed"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsprism",
            "batch",
            str(warc),
            "--out",
            str(out),
            "--workers",
            "1",
            "--shard-size",
            "1",
            "--stages",
            "none",
        ],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        done = list((out / "done").glob("*.json")) if (out / "done").exists() else []
        if len(done) >= 3 or proc.poll() is not None:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, mid-shard
    proc.wait()
    committed = len(list((out / "done").glob("*.json")))
    assert 0 < committed < 12, "the run should have been killed half-way"
    summary = run_batch([str(warc)], str(out), workers=1, shard_size=1)
    assert summary.resumed == committed
    for table in ("articles", "errors"):
        assert rows(out, table) == rows(whole, table)


def test_resuming_with_other_options_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(PAGES[0])], str(out), workers=1)
    with pytest.raises(ConfigError, match="other options"):
        run_batch([str(PAGES[0])], str(out), workers=1, stages=("importance",))
    with pytest.raises(ConfigError, match="inputs changed"):
        run_batch([str(PAGES[0]), str(PAGES[1])], str(out), workers=1)


def test_a_truncated_archive_keeps_its_whole_records_and_says_where_it_broke(
    tmp_path: Path,
) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, extra=False)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    summary = run_batch([str(cut)], str(tmp_path / "out"), workers=1, shard_size=2)
    assert 0 < summary.stored < len(PAGES)
    assert summary.problems and "unreadable after record" in summary.problems[0][1]
    assert not summary.ok


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        name = self.path.strip("/")
        page = FIXTURES / "html" / name
        if not page.is_file():
            self.send_error(404)
            return
        body = page.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", f"text/html; charset={_charset(page)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_csv_of_urls_is_fetched_under_the_address_guard(tmp_path: Path, site: str) -> None:
    csv = tmp_path / "urls.csv"
    csv.write_text("id,url\n1," + site + "/" + PAGES[0].name + "\n2," + site + "/missing.html\n")
    refused = run_batch([str(csv)], str(tmp_path / "refused"), workers=1)
    assert refused.stored == 0 and refused.failed == 2
    assert all(
        "private" in str(r["error"]) or "loopback" in str(r["error"])
        for r in rows(tmp_path / "refused", "errors")
    )
    allowed = run_batch([str(csv)], str(tmp_path / "allowed"), workers=1, allow_private=True)
    assert allowed.stored == 1 and allowed.failed == 1
    assert rows(tmp_path / "allowed", "articles")[0]["record"] == f"{csv}:1"


def test_cli_batch_then_import_into_the_library_once(tmp_path: Path, warc: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "lib.sqlite"
    runner = CliRunner()
    result = runner.invoke(
        app, ["batch", str(warc), "--out", str(out), "--stages", "none", "-w", "1", "--jsonl"]
    )
    assert result.exit_code == 5, result.output  # the broken records failed
    assert "8 stored, 2 failed, 2 skipped" in result.output
    assert len((out / "jsonl" / "00000.jsonl").read_text().splitlines()) == 8
    first = runner.invoke(app, ["import", "batch", str(out), "--db", str(db)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["import", "batch", str(out), "--db", str(db)])
    assert again.exit_code == 0 and "unchanged" in again.output and "added" not in again.output
    with Library.open(db) as lib:
        assert lib.count() == 8
    missing = runner.invoke(app, ["import", "batch", str(tmp_path), "--db", str(db)])
    assert missing.exit_code != 0 and "not the output folder" in missing.output


def test_cli_refuses_unknown_engine_and_stage(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(
        app, ["batch", str(PAGES[0]), "--out", str(tmp_path / "o"), "--engine", "spark"]
    )
    assert bad.exit_code != 0 and "unknown engine" in bad.output
    stage = runner.invoke(
        app, ["batch", str(PAGES[0]), "--out", str(tmp_path / "o"), "--stages", "magic"]
    )
    assert stage.exit_code != 0 and "magic" in stage.output


def test_parquet_shards_have_the_same_columns_when_empty(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(PAGES[0])], str(out), workers=1)
    empty = pq.read_table(out / "errors" / "00000.parquet")
    assert empty.num_rows == 0 and empty.column_names == ["record", "shard", "url", "step", "error"]
    quotes = pq.read_table(out / "quotes" / "00000.parquet")
    assert {"record", "speaker", "text", "start", "end"} <= set(quotes.column_names)


def test_a_record_over_its_time_budget_fails_alone(tmp_path: Path) -> None:
    # a budget no record can meet: every record fails with the budget's reason, none is lost
    out = tmp_path / "out"
    summary = run_batch([str(PAGES[0]), str(PAGES[1])], str(out), workers=1, timeout=1e-9)
    assert summary.read == 2 and summary.failed == 2 and summary.stored == 0
    assert all("time budget" in str(r["error"]) for r in rows(out, "errors"))


def test_extract_only_run_leaves_sentences_to_the_import(tmp_path: Path) -> None:
    # `--stages extract`: what a plain extractor gives (no languages, no sentences), at its
    # speed; the library adds the sentences when it imports, as the reader needs them
    out, db = tmp_path / "out", tmp_path / "lib.sqlite"
    summary = run_batch(
        [str(PAGES[0]), str(PAGES[1])], str(out), workers=1, stages=resolve_stages("extract")
    )
    assert summary.stored == 2 and summary.failed == 0
    stored = [Article.from_dict(data) for _, data in iter_articles(locate(str(out)))]
    assert all(a.text and not a.sentences and "segment" not in a.stages for a in stored)
    with Library.open(db) as lib:
        report = import_results(lib, str(out))
        assert len(report.added) == 2
        for article_id in (i for _, i in report.added):
            article = lib.get(article_id)
            assert article.sentences and "segment" in article.stages
    assert resolve_stages("none") == ("segment",)
    assert resolve_stages("importance") == ("segment", "importance")
