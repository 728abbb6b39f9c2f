"""A reader's speaker correction ("this is wrong" / the right speaker) reaches every view: the
trace's timeline, the speaker index (``newsprism speaker``, the web speaker page), the article
page and the Markdown/JSON exports list the quote under the corrected speaker, marked "corrected
by a reader" (twenty-ninth session's walk: it showed on the article page alone).  Invented English
and Russian articles (tests/fixtures/library/corrected-speaker-*.html)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsprism
from newsprism.cli import app
from newsprism.library import Library
from newsprism.library.corrections import (
    add_correction,
    corrections,
    reader_speakers,
    remove_correction,
)
from newsprism.library.ingest import default_process
from newsprism.linking import link_pending
from newsprism.trace import speaker_timeline
from newsprism.web import create_app

FIXTURES = Path(__file__).parent / "fixtures" / "library"


@functools.cache
def _analysed(name: str) -> newsprism.Article:
    return default_process(newsprism.read((FIXTURES / name).read_bytes()))


def _quote(article: newsprism.Article, words: str) -> int:
    (quote,) = [q for q in article.quotes if words in q.text]
    return quote.id


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def _said_by(lib: Library, name: str) -> list[str]:
    link_pending(lib)
    return [a.words for a in speaker_timeline(lib.conn, name)]


def test_the_trace_lists_a_corrected_quote_under_the_corrected_speaker(lib: Library) -> None:
    article = _analysed("corrected-speaker-en.html")
    article_id = lib.add(article)
    quote = _quote(article, "first time a water company")
    said = article.speaker(article.quotes[quote].speaker)
    assert said is not None and "Reilly" not in said.name
    assert not any("first time" in w for w in _said_by(lib, "Tom Reilly"))
    fix = add_correction(lib, article_id, "speaker", quote, "Tom Reilly")
    assert any("first time a water company" in w for w in _said_by(lib, "Tom Reilly"))
    assert not any("first time" in w for w in _said_by(lib, said.name))
    # undone, the quote is its first speaker's again
    remove_correction(lib, fix.id)
    assert not any("first time" in w for w in _said_by(lib, "Tom Reilly"))


def test_a_russian_quote_goes_to_a_speaker_the_article_names_and_its_figure_follows(
    lib: Library,
) -> None:
    article = _analysed("corrected-speaker-ru.html")
    article_id = lib.add(article)
    pumps = _quote(article, "потратили на новые насосы")
    add_correction(lib, article_id, "speaker", pumps, "Андрей Лебедев")
    first = _quote(article, "Впервые водоканал")
    add_correction(lib, article_id, "speaker", first, "представителя «Чистой Волги»")
    fixed, marks = reader_speakers(lib.get(article_id), corrections(lib, article_id))
    assert set(marks) == {pumps, first}
    new = fixed.speaker(fixed.quotes[pumps].speaker)
    assert new is not None and new.name == "Андрей Лебедев"
    (figure,) = [c for c in fixed.claims if "1,2 млрд" in c.text]
    assert figure.speaker == new.id  # the figure inside the quote follows its speaker
    assert fixed.quotes[pumps].confidence == 1.0  # a reader's word is no "uncertain" guess
    # the trace finds the figure and the quote under the corrected speaker, in any case form
    assert any("насосы" in w for w in _said_by(lib, "Лебедева"))
    # the speaker index marks both: the quote and the figure that followed it
    lines = [ln for ln in _cli(lib, "speaker", "Андрей Лебедев").splitlines() if ln.strip()]
    assert any("1,2 млрд" in ln for ln in lines) and len(lines) >= 2
    assert all("Андрей Лебедев (corrected by a reader)" in ln for ln in lines)


def _cli(lib: Library, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", str(lib.path)])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_speaker_index_trace_show_and_exports_list_it_under_the_corrected_speaker(
    lib: Library, tmp_path: Path
) -> None:
    article = _analysed("corrected-speaker-en.html")
    article_id = lib.add(article)
    quote = _quote(article, "first time a water company")
    was = article.speaker(article.quotes[quote].speaker)
    assert was is not None
    add_correction(lib, article_id, "speaker", quote, "Tom Reilly")
    # newsprism speaker NAME (text and JSON)
    lines = [line for line in _cli(lib, "speaker", "Tom Reilly").splitlines() if line.strip()]
    assert any("first time a water company" in line for line in lines)
    assert all("Tom Reilly (corrected by a reader)" in line for line in lines)
    (row,) = json.loads(_cli(lib, "speaker", "Reilly", "--json"))
    assert row["corrected_by_reader"] is True and row["attributed_to"] == "Tom Reilly"
    # trace --quote: the timeline's speaker
    shown = _cli(lib, "trace", "--quote", "first time a water company")
    assert "Tom Reilly (corrected by a reader)" in shown
    # the library's speaker facet and search, and the story's "who said what first"
    assert "Severnmoor" in _cli(lib, "search", "speaker:Reilly")
    assert "Tom Reilly" in [name for name, _ in lib.facets()["speaker"]]
    story = _cli(lib, "story", _cli(lib, "stories").split()[0])
    assert "Tom Reilly (corrected by a reader)" in story
    # show -f md: under "### Tom Reilly", marked, with what newsprism said
    md = _cli(lib, "show", str(article_id), "-f", "md")
    section = md.split("### Tom Reilly", 1)[1].split("###", 1)[0]
    assert "first time a water company" in section
    assert "corrected by a reader; newsprism said:" in section
    # export -f json: the quote points at the corrected speaker, marked; import restores the
    # analysis and records the correction again with what newsprism said
    out = tmp_path / "exported"
    _cli(lib, "export", "-o", str(out), "-f", "json")
    data = json.loads((out / f"{article_id}.json").read_text(encoding="utf-8"))
    exported = next(q for q in data["quotes"] if q["id"] == quote)
    named = {sp["id"]: sp for sp in data["speakers"]}
    assert named[exported["speaker"]]["name"] == "Tom Reilly"
    assert exported["corrected_by_reader"] is True
    assert exported["analysed"]["speaker"] == was.id
    with Library.open(tmp_path / "other.sqlite") as other:
        CliRunner().invoke(app, ["import", "json", str(out), "--db", str(other.path)])
        (copy_id,) = list(other.iter_ids())
        stored = other.get(copy_id)
        assert stored.speaker(stored.quotes[quote].speaker) == was  # the analysis, as it was
        (fix,) = corrections(other, copy_id)
        assert (fix.said, fix.correct) == (was.name, "Tom Reilly")


def test_the_web_reader_and_speaker_page_list_it_under_the_corrected_speaker(
    lib: Library,
) -> None:
    article = _analysed("corrected-speaker-ru.html")
    article_id = lib.add(article)
    quote = _quote(article, "Впервые водоканал")
    add_correction(lib, article_id, "speaker", quote, "Андрей Лебедев")
    with TestClient(
        create_app(lib.path, analyse=False), base_url="http://127.0.0.1:8000"
    ) as client:
        page = client.get(f"/articles/{article_id}").text
        group = page.split(">Андрей Лебедев<", 1)[1].split('class="wsw-speaker', 1)[0]
        assert "Впервые водоканал" in group and "corrected by a reader" in group
        speaker = client.get("/speakers/Андрей Лебедев").text
        assert "Впервые водоканал" in speaker and "corrected by a reader" in speaker
        (row,) = client.get("/api/speakers/Лебедев").json()
        assert row["corrected_by_reader"] is True
