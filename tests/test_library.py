from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism
from newsprism.cli import app
from newsprism.errors import ArticleNotFoundError, NewsprismError
from newsprism.library import Library
from newsprism.library.db import MIGRATIONS
from newsprism.library.ingest import add_sources
from newsprism.library.search import parse
from newsprism.library.stemming import stem

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-bridge.html"
RU = Path(__file__).parent / "fixtures" / "library" / "inflation-ru.txt"


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def test_opens_in_wal_with_every_migration(lib: Library) -> None:
    assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in lib.conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == sorted(name for name, _ in MIGRATIONS)  # each applied once


def test_readding_updates_instead_of_duplicating(lib: Library) -> None:
    article = newsprism.read(EXAMPLE)
    first = lib.add(article)
    assert lib.add(article) == first
    assert lib.count() == 1
    assert lib.get(first) == article


def test_same_url_with_new_text_updates(lib: Library) -> None:
    import dataclasses

    article = newsprism.read(EXAMPLE)
    first = lib.add(article)
    changed = newsprism.read(EXAMPLE.read_bytes().replace(b"31 to 12", b"32 to 11"))
    changed = dataclasses.replace(changed, metadata=article.metadata)
    assert changed.content_hash != article.content_hash
    assert lib.add(changed) == first
    assert lib.count() == 1
    assert "32 to 11" in lib.get(first).text


def test_russian_morphology_in_search(lib: Library) -> None:
    lib.add(newsprism.read(RU))
    lib.add(newsprism.read(EXAMPLE))
    assert stem("инфляции") == stem("инфляция")
    hits = lib.search("инфляции")
    assert [h.title for h in hits] == ["Инфляция в марте замедлилась до 7,2%"]
    assert hits[0].snippet and "[" in hits[0].snippet
    # FTS5 alone would not find the genitive form: prove the stems are what finds it
    raw = lib.conn.execute(
        "SELECT count(*) FROM articles_fts WHERE body MATCH 'инфляции'"
    ).fetchone()[0]
    assert raw == 0


def test_english_morphology_and_operators(lib: Library) -> None:
    ru_id = lib.add(newsprism.read(RU))
    en_id = lib.add(newsprism.read(EXAMPLE))
    assert [h.id for h in lib.search("bridges")] == [en_id]
    assert lib.search("bridges lang:ru") == []
    assert [h.id for h in lib.search("lang:ru")] == [ru_id]
    assert [h.id for h in lib.search('"harbour bridge" site:"The Northern Ledger"')] == [en_id]
    assert [h.id for h in lib.search("ferry after:2026-03-01 before:2026-04")] == [en_id]
    assert lib.search("ferry before:2020") == []
    assert lib.search("bridge -ferry") == []


def test_query_parser() -> None:
    q = parse('central "key rate" lang:ru speaker:"Эльвира Набиуллина" -oil after:2024-01')
    assert q.terms == ["central"] and q.phrases == ["key rate"] and q.excluded == ["oil"]
    assert (q.lang, q.speaker, q.after) == ("ru", "Эльвира Набиуллина", "2024-01")
    with pytest.raises(NewsprismError):
        parse("before:someday")


def test_remove_and_missing(lib: Library) -> None:
    article_id = lib.add(newsprism.read(EXAMPLE))
    lib.remove(article_id)
    assert lib.count() == 0 and lib.search("bridge") == []
    with pytest.raises(ArticleNotFoundError):
        lib.get(article_id)
    with pytest.raises(ArticleNotFoundError):
        lib.remove(article_id)


def test_batch_goes_on_past_bad_items(lib: Library, tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("")
    report = add_sources(
        lib,
        [str(tmp_path / "empty.html"), str(tmp_path / "missing.html"), str(EXAMPLE)],
        analyse=None,
    )
    assert [s for s, _ in report.added] == [str(EXAMPLE)]
    assert len(report.failed) == 2 and "empty" in report.failed[0][1]


def test_concurrent_writers_do_not_fail(tmp_path: Path) -> None:
    """Two processes adding to one library at once: neither sees 'database is locked'."""
    db = tmp_path / "lib.sqlite"
    Library.open(db).close()
    code = "\n".join(
        [
            f"import sys; sys.path.insert(0, {str(ROOT / 'src')!r})",
            "from newsprism.article import Article, Block",
            "from newsprism.library import Library",
            f"lib = Library.open({str(db)!r})",
            "for i in range(40):",
            "    t = sys.argv[1] + f' article {i} text.'",
            "    lib.add(Article(text=t, blocks=(Block(0, 'paragraph', 0, len(t), t),)))",
        ]
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, name], stderr=subprocess.PIPE)
        for name in ("one", "two")
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    with Library.open(db) as lib:
        assert lib.count() == 80


def test_kill_9_during_add_leaves_a_consistent_library_and_a_rerun_finishes(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    template = EXAMPLE.read_text("utf-8")
    for i in range(30):
        (pages / f"page{i:02d}.html").write_text(
            template.replace("Port Ellis", f"Port Ellis {i}").replace(
                "harbour-bridge-approved", f"story-{i}"
            ),
            "utf-8",
        )
    db = tmp_path / "lib.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [
        sys.executable,
        "-m",
        "newsprism",
        "add",
        str(pages),
        "--db",
        str(db),
        "--no-analyse",
        "-q",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until some, not all, articles are in
        time.sleep(0.05)
        if db.exists():
            try:
                n = (
                    sqlite3.connect(db, timeout=1)
                    .execute("SELECT count(*) FROM articles")
                    .fetchone()[0]
                )
            except sqlite3.OperationalError:
                continue
            if n >= 3:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Library.open(db) as lib:
        stored = lib.count()
        assert 0 < stored < 30
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for article_id in lib.iter_ids():  # every stored article is complete
            article = lib.get(article_id)
            assert article.sentences and "Port Ellis" in article.text
        fts = lib.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == stored
    rerun = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()
    with Library.open(db) as lib:
        assert lib.count() == 30


def test_cli_round_trip(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "lib.sqlite")
    result = runner.invoke(app, ["add", str(EXAMPLE), str(RU), "--db", db, "--no-analyse"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["search", "инфляцию", "--db", db, "--json"])
    hits = json.loads(result.output)
    assert len(hits) == 1 and hits[0]["language"] == "ru"
    result = runner.invoke(app, ["show", str(hits[0]["id"]), "--db", db, "-f", "md"])
    assert result.exit_code == 0 and result.output.startswith("# Инфляция")
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "-o", str(out), "--db", db, "-f", "html"])
    assert result.exit_code == 0 and len(list(out.glob("*.html"))) == 2
    # a search that matches nothing exports nothing and says so, with a failing exit code
    nothing = tmp_path / "nothing"
    result = runner.invoke(app, ["export", "-o", str(nothing), "--db", db, "-q", "zzzqqq"])
    assert result.exit_code == 1 and "no article matches" in result.output
    assert not nothing.exists()
    result = runner.invoke(app, ["remove", str(hits[0]["id"]), "--db", db])
    assert result.exit_code == 0
    result = runner.invoke(app, ["list", "--db", db, "--json"])
    assert len(json.loads(result.output)) == 1


def test_wallabag_and_pocket_imports(lib: Library, tmp_path: Path) -> None:
    from newsprism.library.imports import import_pocket, import_wallabag

    body = EXAMPLE.read_text("utf-8").split("<article>")[1].split("</article>")[0]
    export = [
        {"title": "Harbour bridge", "url": "https://northernledger.example/a", "content": body},
        {"title": "broken", "url": "https://example.org/b", "content": ""},
    ]
    (tmp_path / "wallabag.json").write_text(json.dumps(export))
    report = import_wallabag(lib, tmp_path / "wallabag.json", analyse=None)
    assert len(report.added) == 1 and len(report.failed) == 1
    assert lib.get(report.added[0][1]).metadata.url == "https://northernledger.example/a"
    (tmp_path / "pocket.csv").write_text(
        "title,url,time_added,tags,status\nx,http://127.0.0.1:9/x,1,,unread\n"
    )
    report = import_pocket(lib, tmp_path / "pocket.csv", analyse=None)
    assert report.added == [] and "non-public" in report.failed[0][1]
