"""The twenty-second session's walk through the README as a new user: what a user typed as the
README shows it and got nothing, and a trace that named a guessed speaker as plainly the author.
Invented articles only; each test failed before its fix."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism
from newsprism.api import STORE_STAGES
from newsprism.cli import app
from newsprism.library import Library

LOCAL = "http://127.0.0.1:8000"
BROWSER = {"accept": "text/html,application/xhtml+xml"}


def _page(site: str, published: str, title: str, body: str) -> bytes:
    return (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
        f'<meta property="article:published_time" content="{published}"></head><body><article>'
        f"<h1>{title}</h1><p>{body}</p></article></body></html>"
    ).encode()


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def db(tmp_path: Path) -> str:
    """Ann Lee's two quotes, the second one listed by the reader as uncertain."""
    article = newsprism.read(
        _page(
            "Bay Times",
            "2026-03-02T08:00:00Z",
            "Ferry fares to rise",
            '"We were promised cheaper tickets," said Ann Lee, a commuter, on Monday. '
            '"It is one boat for one town," said Ann Lee.',
        ),
        stages=("segment", *STORE_STAGES),
    )
    quotes = [q for q in article.quotes if q.speaker is not None]
    assert len(quotes) == 2
    unsure = dataclasses.replace(quotes[1], confidence=0.3)
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    lib.add(dataclasses.replace(article, quotes=(quotes[0], unsure)))
    lib.add(
        newsprism.read(
            "Тарифы на паром вырастут в апреле. Решение приняли в администрации порта.".encode()
        )
    )
    lib.close()
    return str(path)


def test_a_search_given_as_one_argument_keeps_its_operators(db: str) -> None:
    # the README's "newsprism search 'инфляции lang:ru after:2026-01'": one argument with a
    # space was put back in quotes as a phrase, "lang:ru" and all, and found nothing
    code, out = _run("search", "паром lang:ru", "--db", db)
    assert code == 0, out
    assert "Тарифы на паром" in out
    code, out = _run("search", "паром lang:en", "--db", db)
    assert code == 1 and "no results" in out
    # several words with no operator are still the phrase the shell unquoted
    code, out = _run("search", "cheaper tickets", "--db", db)
    assert code == 0 and "Ferry fares" in out
    code, out = _run("search", "tickets cheaper", "--db", db)
    assert code == 1


def test_a_quote_of_short_words_is_found(db: str) -> None:
    # "trace --quote 'stays one town'" (the README's example) found nothing: the look-up used
    # only words of five letters or more
    code, out = _run("trace", "--quote", "one boat for one town", "--db", db)
    assert code == 0, out
    assert "one boat for one town" in out
