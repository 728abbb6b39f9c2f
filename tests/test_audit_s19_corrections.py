"""The s19 audit: a reader's correction survives re-reading the article, goes out in every export
format, and can be undone (from the CLI and the web reader); hostile markup in an article's
title and quotes stays text in every export.  Invented articles only."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsprism
from newsprism.cli import app
from newsprism.errors import NewsprismError
from newsprism.library import Library
from newsprism.library.corrections import add_correction, corrections, remove_correction
from newsprism.library.ingest import default_process
from newsprism.web import create_app

HOSTILE = (
    "<html><head><title>Port &lt;script&gt;alert(1)&lt;/script&gt; deal signed</title></head>"
    "<body><article><h1>Port &lt;script&gt;alert(1)&lt;/script&gt; deal signed</h1>"
    "<p>The harbour board signed the new lease on Monday after months of talks with the "
    'shipping firm.</p><p>"We will not pay &lt;img src=x onerror=alert(2)&gt; more," said '
    "Maria Lopes, the board's chair. The lease runs for 25 years.</p></article></body></html>"
)


@functools.cache
def _analysed() -> newsprism.Article:
    return default_process(newsprism.read(HOSTILE.encode()))


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    lib = Library.open(tmp_path / "lib.sqlite")
    article_id = lib.add(_analysed())
    yield lib, article_id
    lib.close()


def _quote_id(lib: Library, article_id: int) -> int:
    quotes = lib.get(article_id).quotes
    assert quotes, "the fixture's quote was not found"
    return quotes[0].id


def _export(lib: Library, tmp_path: Path, fmt: str) -> str:
    out = tmp_path / f"out-{fmt}"
    result = CliRunner().invoke(app, ["export", "--db", str(lib.path), "-o", str(out), "-f", fmt])
    assert result.exit_code == 0, result.output
    (page,) = list(out.iterdir())
    return page.read_text(encoding="utf-8")


def test_hostile_markup_stays_text_in_every_export(
    stored: tuple[Library, int], tmp_path: Path
) -> None:
    lib, _ = stored
    html = _export(lib, tmp_path, "html")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    md = _export(lib, tmp_path, "md")
    assert not re.search(r"(?<!\\)<(script|img|/script)", md)  # "\<img" is CommonMark text
    data = json.loads(_export(lib, tmp_path, "json"))
    assert "<script>alert(1)</script>" in data["title"]  # JSON keeps the text as it is


def test_a_correction_survives_re_reading_goes_out_and_can_be_undone(
    stored: tuple[Library, int], tmp_path: Path
) -> None:
    lib, article_id = stored
    fix = add_correction(lib, article_id, "speaker", _quote_id(lib, article_id), "Ana Reyes")
    # the article read and stored again (a re-import) keeps its correction
    assert lib.add(default_process(newsprism.read(HOSTILE.encode()))) == article_id
    assert [c.id for c in corrections(lib, article_id)] == [fix.id]
    assert "Ana Reyes" in _export(lib, tmp_path, "md")
    assert json.loads(_export(lib, tmp_path, "json"))["corrections"][0]["correct"] == "Ana Reyes"
    result = CliRunner().invoke(app, ["corrections", "remove", "--db", str(lib.path), str(fix.id)])
    assert result.exit_code == 0, result.output
    assert corrections(lib, article_id) == []
    assert "Ana Reyes" not in _export(lib, tmp_path, "md")
    with pytest.raises(NewsprismError, match="no correction"):
        remove_correction(lib, fix.id)


def test_the_web_reader_undoes_a_correction_with_its_csrf_token(
    stored: tuple[Library, int],
) -> None:
    lib, article_id = stored
    fix = add_correction(lib, article_id, "quote", _quote_id(lib, article_id))
    with TestClient(
        create_app(lib.path, analyse=False), base_url="http://127.0.0.1:8000"
    ) as client:
        page = client.get(f"/articles/{article_id}")
        undo = f"/articles/{article_id}/corrections/{fix.id}/delete"
        assert undo in page.text
        assert client.post(undo, data={}).status_code == 403  # no token: refused
        assert corrections(lib, article_id) != []
        token = client.cookies.get("newsprism_csrf")
        other = client.post(
            f"/articles/{article_id + 1}/corrections/{fix.id}/delete", data={"csrf": token}
        )
        assert other.status_code == 404  # a stale page cannot undo another article's
        done = client.post(undo, data={"csrf": token}, follow_redirects=False)
        assert done.status_code == 303
    assert corrections(lib, article_id) == []
