"""The s19 audit of the library as a user meets it: search syntax people type, and a library on a
full disk, a read-only file, a lock held by another process, or written by a newer newsprism.

Invented articles only.  Each test failed before its fix (see the commit)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism
from newsprism.cli import app
from newsprism.errors import LibraryError, NewsprismError
from newsprism.library import Library

EN = (
    "<html><head><title>Harbour ferry fares rise in April</title></head><body><article>"
    "<h1>Harbour ferry fares rise in April</h1><p>Ferry fares will rise by 12 percent in April, "
    "the port authority said on Friday. Commuters said the elections next year would decide "
    "the matter.</p></article></body></html>"
)
RU = "Тарифы на паром вырастут в апреле. Выборов в порту не будет, сообщили в администрации."
OTHER = "The school board approved a new library budget for the coming year on Thursday."


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib.sqlite")
    for text in (EN, RU, OTHER):
        library.add(newsprism.read(text.encode()))
    yield library
    library.close()


def _ids(lib: Library, q: str) -> set[int]:
    return {hit.id for hit in lib.search(q)}


def _title_ids(lib: Library) -> dict[str, int]:
    return {a.display_title.split()[0]: a.id for a in lib.list_articles()}


def test_an_excluded_word_alone_leaves_out_the_articles_that_have_it(lib: Library) -> None:
    ids = _title_ids(lib)
    everything = set(ids.values())
    assert _ids(lib, "-ferry") == everything - {ids["Harbour"]}
    assert _ids(lib, "NOT ferry") == everything - {ids["Harbour"]}
    # Russian forms exclude each other too («выборы» leaves out «выборов»)
    assert _ids(lib, "-выборы") == everything - {ids["Тарифы"]}


def test_or_and_not_in_capitals_are_read_as_a_user_means_them(lib: Library) -> None:
    ids = _title_ids(lib)
    assert _ids(lib, "ferry OR паром") == {ids["Harbour"], ids["Тарифы"]}
    assert _ids(lib, "fares AND April") == {ids["Harbour"]}
    assert _ids(lib, "election OR budget NOT ferry") == {ids["The"]}
    assert _ids(lib, "budget OR") == {ids["The"]}  # a dangling OR is dropped


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"ferry',
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(a b)",
        "*",
        "-",
        "col:word",
        "title:ferry",
        "{title}",
        "'; DROP TABLE articles; --",
        "a' OR '1'='1",
        "%",
        "\\",
        "🚢",
        "ё",
        "x" * 10_000,
        "speaker:",
        "ferry^",
        "(",
        "ferry NOT",
        "\x00",
    ],
)
def test_typed_queries_give_results_or_a_message(lib: Library, query: str) -> None:
    with contextlib.suppress(NewsprismError):
        lib.search(query)
    assert lib.count() == 3


def test_cli_search_takes_an_excluded_word_and_several_words(lib: Library) -> None:
    runner = CliRunner()
    db = str(lib.path)
    result = runner.invoke(app, ["search", "--db", db, "-inflation"])
    assert result.exit_code == 0, result.output
    assert "Harbour ferry" in result.output
    result = runner.invoke(app, ["search", "--db", db, "fares", "-budget", "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "Harbour ferry" in result.output and "school" not in result.output.lower()


def _fresh_article() -> newsprism.Article:
    return newsprism.read(b"The council said the new tram line would open in 2027 at last.")


class _FullDisk:
    """A connection whose disk fills up at the first row of a new article (as SQLite says it)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.startswith("INSERT INTO articles("):
            raise sqlite3.OperationalError("database or disk is full")
        return self.conn.execute(sql, *args)


def test_a_full_disk_is_a_library_error_that_says_so(lib: Library) -> None:
    real = lib.conn
    lib.conn = _FullDisk(real)  # type: ignore[assignment]
    try:
        with pytest.raises(LibraryError, match="disk is full"):
            lib.add(_fresh_article())
    finally:
        lib.conn = real
    assert lib.count() == 3  # rolled back: nothing half-written
    assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_library_is_a_library_error_that_says_so(lib: Library) -> None:
    lib.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(LibraryError, match="read-only"):
        lib.add(_fresh_article())


def test_a_lock_held_too_long_by_another_process_says_what_to_wait_for(lib: Library) -> None:
    other = sqlite3.connect(str(lib.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        lib.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(LibraryError, match="another newsprism process"):
            lib.add(_fresh_article())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert lib.count() == 3


def test_a_library_from_a_newer_newsprism_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations(name) VALUES ('0099_from_the_future')")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer version of newsprism") as err:
        Library.open(path)
    assert "upgrade" in str(err.value.hint)


def test_like_characters_in_a_speaker_or_site_are_the_characters(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "speakers.sqlite")
    from newsprism.library.ingest import default_process

    text = b'"We will rebuild the pier this summer," said Ann Lee, the harbour master, on Monday.'
    article_id = lib.add(default_process(newsprism.read(text)))
    assert any(s["name"] == "Ann Lee" for s in lib.speakers(article_id))
    assert _ids(lib, "speaker:Lee") == {article_id}
    # was: every article with any speaker ("%" and "_" read as LIKE wildcards)
    assert _ids(lib, "speaker:%") == set()
    assert _ids(lib, "speaker:Ann_Lee") == set()
    assert lib.speakers(name="%") == []
    assert _ids(lib, "site:%") == set()
    lib.close()


def test_or_joins_a_quoted_phrase_as_it_joins_a_word(lib: Library) -> None:
    """'a OR "b c"' needs one of them; it searched for both before (the review's finding)."""
    ids = _title_ids(lib)
    assert _ids(lib, 'budget OR "ferry fares"') == {ids["Harbour"], ids["The"]}
    assert _ids(lib, '"library budget" OR паром') == {ids["The"], ids["Тарифы"]}
    assert _ids(lib, '"ferry fares" OR "library budget" NOT april') == {ids["The"]}
    # a phrase still needs its words in a row
    assert _ids(lib, 'budget OR "fares ferry"') == {ids["The"]}
