"""The Python API's ``Library.add`` links what it stores, as the CLI and the web reader do; and
an article whose linking failed is tried again, once, under a newer newsprism."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

import newsprism
from newsprism import linking
from newsprism.errors import LinkingWarning
from newsprism.library import Library
from newsprism.library.ingest import default_process

FIXTURES = Path(__file__).parent / "fixtures" / "trace"


@pytest.fixture(scope="module")
def articles() -> list[Any]:
    return [
        default_process(newsprism.read(FIXTURES / name))
        for name in ("en_desertion_kyiv.txt", "ru_desertion_izvestia.txt")
    ]


def _linked(lib: Library) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        lib.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("trace_articles", "story_articles", "link_failures")
    )


def test_library_add_links_the_article_into_traces_and_its_story(
    tmp_path: Path, articles: list[Any]
) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            article_id = lib.add(articles[0])
        assert _linked(lib) == (1, 1, 0)
        assert linking.pending(lib.conn) == {"traces": [], "stories": []}
        assert lib.conn.execute(
            "SELECT count(*) FROM trace_mentions WHERE article_id = ?", (article_id,)
        ).fetchone()[0]


def test_library_add_with_link_false_leaves_the_batch_to_one_pass(
    tmp_path: Path, articles: list[Any]
) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ids = [lib.add(a, link=False) for a in articles]
        assert _linked(lib) == (0, 0, 0)
        assert linking.pending(lib.conn)["traces"] == ids
        report = linking.link_pending(lib)
        assert (report.traced, report.placed, report.failed) == (2, 2, [])


def _break_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism import trace

    real = trace.link_article

    def broken(conn: Any, article_id: int, article: Any) -> None:
        if article.language == "ru":
            raise ValueError("a bug in the linker")
        real(conn, article_id, article)

    monkeypatch.setattr(trace, "link_article", broken)


def test_library_add_keeps_an_article_it_cannot_link_and_warns(
    tmp_path: Path, articles: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_russian(monkeypatch)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.warns(LinkingWarning, match="a bug in the linker"):
            article_id = lib.add(articles[1])
        assert lib.get(article_id).content_hash == articles[1].content_hash
        assert _linked(lib) == (0, 1, 1)


def test_a_failed_link_is_tried_once_more_under_a_newer_newsprism(
    tmp_path: Path, articles: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_russian(monkeypatch)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.warns(LinkingWarning):
            article_id = lib.add(articles[1])
        # the same newsprism does not try it again
        assert linking.pending(lib.conn)["traces"] == []
        # a newer one does, once: still failing, it is recorded under that version
        monkeypatch.setattr(linking, "linker_version", lambda: "9.9.9+newer")
        assert linking.pending(lib.conn)["traces"] == [article_id]
        report = linking.link_pending(lib)
        assert [f[:2] for f in report.failed] == [(article_id, "traces")]
        assert linking.pending(lib.conn)["traces"] == []
        # and one that fixed the fault links it
        monkeypatch.undo()
        monkeypatch.setattr(linking, "linker_version", lambda: "9.9.10+fixed")
        assert linking.link_pending(lib).traced == 1
        assert _linked(lib)[0] == 1


def test_the_migration_makes_failures_of_an_older_newsprism_wait_for_one_more_try(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.sqlite"
    with Library.open(db) as lib:
        # the library as the version before the migration left it: one recorded failure
        lib.conn.execute("ALTER TABLE link_failures DROP COLUMN version")
        lib.conn.execute("DELETE FROM migrations WHERE name = 'linking_0002_failure_version'")
        article = newsprism.read(b"A short note about a harbour ferry.\n\n" * 3)
        article_id = lib.add(article, link=False)
        content_hash = lib.get(article_id).content_hash
        lib.conn.execute(
            "INSERT INTO link_failures(article_id, stage, content_hash, error) "
            "VALUES (?, 'traces', ?, 'an old fault')",
            (article_id, content_hash),
        )
    with Library.open(db) as lib:
        assert lib.conn.execute("SELECT version FROM link_failures").fetchall()[0][0] is None
        assert linking.pending(lib.conn)["traces"] == [article_id]
        assert linking.link_pending(lib).traced == 1


def test_the_linker_version_names_the_release_and_the_code() -> None:
    version = linking.linker_version()
    assert version.startswith(newsprism.__version__ + "+")
    assert len(version.split("+")[1]) == 12
