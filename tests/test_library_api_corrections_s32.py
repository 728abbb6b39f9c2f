"""``/api/articles/{id}`` and its ``/quotes`` and ``/claims`` carry the readers' corrections that
the HTML pages, ``show`` and the exports show (thirty-first session's walk: the API returned the
analysis as stored, without them): a quote under the speaker a reader gave it, a "not a quote" and
a "wrong figure" marked ``corrected_by_reader``, what newsprism said kept in ``analysed``, the
corrections themselves in ``corrections`` — the same JSON as ``export -f json``, read through one
path (``library.corrections.article_json``).  Invented English and Russian articles
(tests/fixtures/library/corrected-*.html)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_library_corrections_s30 import _analysed, _cli, _quote

from newsprism.library import Library
from newsprism.library.corrections import add_correction, remove_correction
from newsprism.web import create_app


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def _client(lib: Library) -> TestClient:
    return TestClient(create_app(lib.path, analyse=False), base_url="http://127.0.0.1:8000")


def test_the_api_article_lists_a_russian_quote_under_the_readers_speaker(lib: Library) -> None:
    article = _analysed("corrected-speaker-ru.html")
    article_id = lib.add(article)
    pumps = _quote(article, "потратили на новые насосы")
    was = article.quotes[pumps].speaker
    fix = add_correction(lib, article_id, "speaker", pumps, "Андрей Лебедев")
    with _client(lib) as client:
        data = client.get(f"/api/articles/{article_id}").json()
        rows = client.get(f"/api/articles/{article_id}/quotes").json()
        figures = client.get(f"/api/articles/{article_id}/claims").json()
    quote = next(q for q in data["quotes"] if q["id"] == pumps)
    named = {sp["id"]: sp["name"] for sp in data["speakers"]}
    assert named[quote["speaker"]] == "Андрей Лебедев"
    assert quote["corrected_by_reader"] is True and quote["reader_correction"] == "speaker"
    assert quote["analysed"]["speaker"] == was  # the original beside the correction
    assert [c["id"] for c in data["corrections"]] == [fix.id]
    # the quotes' and figures' rows say the same
    row = next(r for r in rows if r["id"] == pumps)
    assert row["corrected_by_reader"] is True and row["analysed"]["speaker"] == was
    assert all(r["corrected_by_reader"] is False for r in rows if r["id"] != pumps)
    (figure,) = [f for f in figures if "1,2 млрд" in f["text"]]
    assert figure["corrected_by_reader"] is True and figure["source"] == "Андрей Лебедев"
    # the same JSON as show -f json (one path), and undone it is the analysis again
    assert json.loads(_cli(lib, "show", str(article_id), "-f", "json")) == data
    remove_correction(lib, fix.id)
    with _client(lib) as client:
        data = client.get(f"/api/articles/{article_id}").json()
    assert "corrections" not in data
    assert next(q for q in data["quotes"] if q["id"] == pumps)["speaker"] == was
    assert data == lib.get(article_id).to_dict()


def test_the_api_marks_not_a_quote_and_a_wrong_figure(lib: Library) -> None:
    gazette = lib.add(_analysed("corrected-speaker-en.html"))
    post = lib.add(_analysed("corrected-figure-en.html"))
    fine = _quote(lib.get(gazette), "the fine")
    (pumps,) = [c.id for c in lib.get(post).claims if c.text.startswith("£3m")]
    add_correction(lib, gazette, "quote", fine)
    add_correction(lib, post, "figure", pumps, "£30m")
    with _client(lib) as client:
        quotes = client.get(f"/api/articles/{gazette}").json()["quotes"]
        claims = client.get(f"/api/articles/{post}").json()["claims"]
        rows = client.get(f"/api/articles/{post}/claims").json()
    (marked,) = [q for q in quotes if q.get("corrected_by_reader")]
    assert (marked["id"], marked["reader_correction"]) == (fine, "not a quote")
    (figure,) = [c for c in claims if c.get("corrected_by_reader")]
    assert figure["id"] == pumps and figure["text"].startswith("£3m")  # what the page says
    assert figure["reader_correction"] == "wrong figure — right: £30m"
    assert next(r for r in rows if r["id"] == pumps)["reader_correction"] == (
        "wrong figure — right: £30m"
    )
