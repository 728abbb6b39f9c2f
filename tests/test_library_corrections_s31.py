"""A reader's "wrong figure" and "not a quote" reach every view, as a speaker correction does
(thirtieth session's walk: they showed on the article page alone): the trace's timeline, the
speaker index (``newsprism speaker``, the web speaker page, its JSON), the story view and its
JSON, ``show`` and the Markdown/JSON exports mark the item "corrected by a reader" with what the
reader said; a figure the reader gives to a person the article names is listed under that
person.  All of it is read in one place (``library.corrections.reader_view``).  Invented English
and Russian articles (tests/fixtures/library/corrected-*.html)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_library_corrections_s30 import _analysed, _cli, _quote
from typer.testing import CliRunner

import newsprism
from newsprism.cli import app
from newsprism.library import Library
from newsprism.library.corrections import (
    add_correction,
    corrections,
    reader_view,
    remove_correction,
)
from newsprism.web import create_app


def _figure(article: newsprism.Article, written: str) -> int:
    (claim,) = [c for c in article.claims if c.text.startswith(written)]
    return claim.id


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def _two_outlets(lib: Library) -> tuple[int, int]:
    """The Gazette's report (a "welcomed the fine" read as a quote) and the Post's (the chief
    executive's £30m written £3m, the court's finding read as its quote)."""
    return lib.add(_analysed("corrected-speaker-en.html")), lib.add(
        _analysed("corrected-figure-en.html")
    )


WRONG_FIGURE = "corrected by a reader: wrong figure — right: £30m"
NOT_A_QUOTE = "corrected by a reader: not a quote"


def test_a_wrong_figure_is_marked_in_the_trace_speaker_index_and_story(lib: Library) -> None:
    gazette, post = _two_outlets(lib)
    pumps = _figure(lib.get(post), "£3m")
    # before: nothing is marked anywhere
    assert "corrected by a reader" not in _cli(lib, "speaker", "Mark Hutchins")
    fix = add_correction(lib, post, "figure", pumps, "£30m")
    # the speaker index: the figure stays the chief executive's, marked with what is right
    lines = [ln for ln in _cli(lib, "speaker", "Mark Hutchins").splitlines() if "£3m — " in ln]
    assert lines and all(WRONG_FIGURE in ln for ln in lines)
    (row,) = [
        r
        for r in json.loads(_cli(lib, "speaker", "Hutchins", "--json"))
        if (r["kind"], r["item"], r["article"]) == ("claim", pumps, post)
    ]
    assert row["corrected_by_reader"] is True
    assert row["reader_correction"] == "wrong figure — right: £30m"
    # the trace of the figure
    traced = _cli(lib, "trace", "£3m")
    assert WRONG_FIGURE in traced
    timelines = json.loads(_cli(lib, "trace", "£3m", "--json"))
    marked = [a for tl in timelines for a in tl["appearances"] if a["corrected_by_reader"]]
    assert [(a["article"], a["item"]) for a in marked] == [(post, pumps)]
    # the story: its figures that differ, as text and JSON
    story_id = _cli(lib, "stories").split()[0]
    shown = _cli(lib, "story", story_id)
    assert WRONG_FIGURE in shown.split("figures that differ:", 1)[1]
    data = json.loads(_cli(lib, "story", story_id, "--json"))
    reports = [r for f in data["figures"] for r in f["reports"]]
    assert {
        r.get("reader_correction")
        for r in reports
        if r["claim_id"] == pumps and r["article_id"] == post
    } == {WRONG_FIGURE}
    assert all("reader_correction" not in r for r in reports if r["article_id"] == gazette)
    # the web story page and the trace page
    with TestClient(
        create_app(lib.path, analyse=False), base_url="http://127.0.0.1:8000"
    ) as client:
        assert WRONG_FIGURE in client.get(f"/stories/{story_id}").text
        trace = client.get(f"/trace/claim/{post}/{pumps}").text
        assert WRONG_FIGURE in trace
    # undone, no view marks it
    remove_correction(lib, fix.id)
    assert "corrected by a reader" not in _cli(lib, "speaker", "Mark Hutchins")
    assert "corrected by a reader" not in _cli(lib, "story", story_id)


def test_not_a_quote_is_marked_in_the_trace_speaker_index_story_and_exports(
    lib: Library, tmp_path: Path
) -> None:
    gazette, post = _two_outlets(lib)
    fine = _quote(lib.get(gazette), "the fine")
    finding = _quote(lib.get(post), "pumped untreated sewage")
    add_correction(lib, gazette, "quote", fine)
    add_correction(lib, post, "quote", finding)
    # the speaker index of the court: its "finding" is marked
    court = [
        ln
        for ln in _cli(lib, "speaker", "Eastbrook Crown Court").splitlines()
        if "“that it pumped" in ln
    ]
    assert court and all(NOT_A_QUOTE in ln for ln in court)
    # the trace of the quote
    assert NOT_A_QUOTE in _cli(
        lib, "trace", "--quote", "pumped untreated sewage into the River Leam"
    )
    # the story's "who said what first"
    story = _cli(lib, "story", _cli(lib, "stories").split()[0])
    (line,) = [ln for ln in story.splitlines() if "the fine" in ln]
    assert NOT_A_QUOTE in line
    # show -f md and export -f json mark the quote (and keep the corrections list)
    md = _cli(lib, "show", str(gazette), "-f", "md")
    (item,) = [
        ln for ln in md.splitlines() if ln.startswith("- ") and "the fine" in ln and "(#s-" in ln
    ]
    assert NOT_A_QUOTE in item
    out = tmp_path / "exported"
    _cli(lib, "export", "-o", str(out), "-f", "json")
    data = json.loads((out / f"{gazette}.json").read_text(encoding="utf-8"))
    exported = next(q for q in data["quotes"] if q["id"] == fine)
    assert exported["corrected_by_reader"] is True
    assert exported["reader_correction"] == "not a quote"
    assert "analysed" not in exported  # nothing of newsprism's reading was changed
    # another library imports the article as newsprism read it, and the mark again
    with Library.open(tmp_path / "other.sqlite") as other:
        CliRunner().invoke(app, ["import", "json", str(out), "--db", str(other.path)])
        copy_id = next(i for i in other.iter_ids() if "£2.4m on Tuesday" in other.get(i).text)
        assert other.get(copy_id).to_dict() == lib.get(gazette).to_dict()
        (fix,) = corrections(other, copy_id)
        assert fix.kind == "quote"


def test_a_russian_figure_given_to_the_judge_moves_to_her_in_every_view(lib: Library) -> None:
    article = _analysed("corrected-speaker-ru.html")
    article_id = lib.add(article)
    fine = _figure(article, "340 млн")
    assert article.claims[fine].speaker is None  # newsprism gave it to the article
    add_correction(lib, article_id, "figure", fine, "Ирина Соколова")
    view = reader_view(lib.get(article_id), corrections(lib, article_id))
    judge = view.article.speaker(view.article.claims[fine].speaker)
    assert judge is not None and judge.name == "Ирина Соколова"
    assert view.marks == {("claim", fine): "wrong figure — right: Ирина Соколова"}
    assert len(view.article.speakers) == len(article.speakers)  # no speaker added for it
    # the speaker index in another case form, as text and as the web page
    lines = [ln for ln in _cli(lib, "speaker", "Соколовой").splitlines() if "340" in ln]
    assert lines and all("corrected by a reader: wrong figure" in ln for ln in lines)
    with TestClient(
        create_app(lib.path, analyse=False), base_url="http://127.0.0.1:8000"
    ) as client:
        page = client.get("/speakers/Ирина Соколова").text
        assert "340" in page and "corrected by a reader: wrong figure" in page
        group = client.get(f"/articles/{article_id}").text.split(">Ирина Соколова<", 1)[1]
        assert "340" in group.split('class="wsw-speaker', 1)[0]


def test_a_figure_correction_naming_no_one_of_the_article_moves_nothing(lib: Library) -> None:
    article = _analysed("corrected-speaker-ru.html")
    article_id = lib.add(article)
    fine = _figure(article, "340 млн")
    add_correction(lib, article_id, "figure", fine, "340 млн рублей, без «за сброс»")
    view = reader_view(lib.get(article_id), corrections(lib, article_id))
    assert view.article == lib.get(article_id)  # only marked
    assert view.marks == {("claim", fine): "wrong figure — right: 340 млн рублей, без «за сброс»"}
