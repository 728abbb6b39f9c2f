"""Articles are linked into the traces and placed in their stories when they are stored, so no
view pays for it later; a backlog is linked with progress (CLI) or a bounded slice at a time
(web); one article that cannot be linked stays stored, recorded and reported once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.library import Library

FIXTURES = Path(__file__).parent / "fixtures" / "trace"
PAGES = ["en_desertion_kyiv.txt", "ru_desertion_izvestia.txt", "en_desertion_wire.txt"]


def _counts(db: Path) -> tuple[int, int, int]:
    with Library.open(db) as lib:
        return tuple(  # type: ignore[return-value]
            lib.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("trace_articles", "story_articles", "link_failures")
        )


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("linking") / "library.sqlite"
    result = CliRunner().invoke(app, ["add", *(str(FIXTURES / p) for p in PAGES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_add_links_every_article_into_traces_and_stories_before_any_view(added: Path) -> None:
    assert _counts(added) == (3, 3, 0)
    with Library.open(added) as lib:
        mentions = lib.conn.execute("SELECT count(*) FROM trace_mentions").fetchone()[0]
        assert mentions > 0
        from newsprism.linking import pending

        assert pending(lib.conn) == {"traces": [], "stories": []}


def _unlinked_copy(added: Path, tmp_path: Path) -> Path:
    """The library as an older newsprism (or a relinking migration) leaves it: stored, unlinked."""
    db = tmp_path / "old.sqlite"
    with Library.open(added) as src:
        src.conn.execute("VACUUM INTO ?", (str(db),))
    with Library.open(db) as lib:
        for table in ("trace_mentions", "trace_quote_words", "traces", "trace_articles"):
            lib.conn.execute(f"DELETE FROM {table}")
        lib.conn.execute("DELETE FROM story_bands")
        lib.conn.execute("DELETE FROM story_articles")
        lib.conn.execute("DELETE FROM stories")
    return db


def test_the_cli_links_a_backlog_with_a_progress_line(added: Path, tmp_path: Path) -> None:
    db = _unlinked_copy(added, tmp_path)
    result = CliRunner().invoke(app, ["trace", "231 thousand", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "linking 3 articles into traces… 3/3" in result.output
    assert "placing 3 articles in stories… 3/3" in result.output
    assert _counts(db) == (3, 3, 0)


def test_a_web_page_links_a_backlog_a_slice_at_a_time_and_says_what_waits(
    added: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from newsprism import linking
    from newsprism.web import create_app

    db = _unlinked_copy(added, tmp_path)
    monkeypatch.setattr(linking, "VIEW_SECONDS", 0.0)  # one article (and one batch) per request
    with TestClient(create_app(db, analyse=False), base_url="http://127.0.0.1:8000") as client:
        first = client.get("/stories")
        assert first.status_code == 200
        assert "2 stored articles are still waiting" in first.text
        assert _counts(db)[0] == 1
        client.get("/stories")
        last = client.get("/stories")
        assert "still waiting" not in last.text
    assert _counts(db) == (3, 3, 0)


def test_an_article_added_on_the_web_is_linked_on_arrival(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app
    from newsprism.web.security import CSRF_COOKIE

    db = tmp_path / "web.sqlite"
    text = (FIXTURES / PAGES[0]).read_text("utf-8")
    with TestClient(create_app(db, analyse=True), base_url="http://127.0.0.1:8000") as client:
        client.get("/")
        token = client.cookies[CSRF_COOKIE]
        added = client.post("/api/articles", json={"text": text}, headers={"X-CSRF-Token": token})
        assert added.status_code == 201, added.text
    assert _counts(db) == (1, 1, 0)


def test_an_article_that_cannot_be_linked_stays_stored_and_is_reported_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsprism import trace

    real = trace.link_article

    def broken(conn: Any, article_id: int, article: Any) -> None:
        if article.language == "ru":
            raise ValueError("a bug in the linker")
        real(conn, article_id, article)

    monkeypatch.setattr(trace, "link_article", broken)
    db = tmp_path / "library.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["add", *(str(FIXTURES / p) for p in PAGES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 stored article could not be linked" in result.output
    assert "a bug in the linker" in result.output
    assert _counts(db) == (2, 3, 1)
    with Library.open(db) as lib:
        assert lib.count() == 3
    # recorded: not tried (nor reported) again until its text changes
    again = runner.invoke(app, ["stories", "--db", str(db)])
    assert again.exit_code == 0 and "could not be linked" not in again.output
