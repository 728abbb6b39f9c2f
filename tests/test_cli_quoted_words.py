"""`newsprism speaker` and `newsprism trace` print a mention's words in one pair of quotation
marks, and a long quote cut at a word with "…" (they printed “"…,"” and cut a quote inside a word,
unmarked, which read as the speaker's last word); the story page's quotes are in one pair of marks
too.  Invented article."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import newsprism
from newsprism.api import STORE_STAGES
from newsprism.cli import app
from newsprism.library import Library

LOCAL = "http://127.0.0.1:8000"
BROWSER = {"accept": "text/html,application/xhtml+xml"}
LONG = (
    "The boats are always late, and the timetable that the port authority printed in January "
    "has not been kept on a single weekday since the new operator took over the crossing"
)


def _library(tmp_path: Path) -> Path:
    body = (
        f'"We were promised cheaper tickets," said Ann Lee, a commuter, on Monday. "{LONG}," '
        "said Ann Lee."
    )
    page = (
        '<html><head><title>Ferry fares</title><meta property="og:site_name" content="Bay Times">'
        '<meta property="article:published_time" content="2026-03-02T08:00:00Z"></head><body>'
        f"<article><h1>Ferry fares</h1><p>{body}</p></article></body></html>"
    ).encode()
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    lib.add(newsprism.read(page, stages=("segment", *STORE_STAGES)))
    lib.close()
    return path


def test_speaker_prints_each_quote_in_one_pair_of_marks_and_marks_a_cut(tmp_path: Path) -> None:
    path = _library(tmp_path)
    result = CliRunner().invoke(app, ["speaker", "Ann Lee", "--db", str(path)])
    assert result.exit_code == 0, result.output
    (short,) = [line for line in result.output.splitlines() if "cheaper tickets" in line]
    assert short.endswith("“We were promised cheaper tickets”")
    (long,) = [line for line in result.output.splitlines() if "always late" in line]
    assert '"' not in long and long.endswith(" …”")
    shown = long.split("“", 1)[1].removesuffix(" …”")
    assert LONG.startswith(shown) and LONG[len(shown)] == " "  # cut between two words


def test_the_story_page_shows_a_quote_in_one_pair_of_marks(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    with TestClient(create_app(_library(tmp_path), analyse=False), base_url=LOCAL) as client:
        stories = client.get("/stories", headers=BROWSER)
        story_id = int(stories.text.split('href="/stories/')[1].split('"')[0].split("?")[0])
        story = client.get(f"/stories/{story_id}", headers=BROWSER)
    assert story.status_code == 200
    assert "“We were promised cheaper tickets”" in story.text
    assert "“&#34;" not in story.text and '“"' not in story.text


def _two_language_library(tmp_path: Path) -> Path:
    """One English and one Russian report of a ferry timetable, a quote in each written with
    its own marks, and a figure whose sentence holds a quote."""
    pages = [
        (
            "en",
            "Ferry timetable",
            "<p>The harbour board changed the ferry timetable on Monday.</p>"
            "<p>“The crossing now takes 25 minutes on the new boats,” Ann Lee said.</p>"
            '<p>"We were promised cheaper tickets," Ann Lee said on Monday.</p>',
        ),
        (
            "ru",
            "Расписание парома",
            "<p>Портовое управление в понедельник изменило расписание парома.</p>"
            '<p>"Нам обещали дешёвые билеты", — сказала пассажирка Анна Ли.</p>',
        ),
    ]
    path = tmp_path / "lib2.sqlite"
    lib = Library.open(path)
    for lang, title, body in pages:
        page = (
            f'<html lang="{lang}"><head><title>{title}</title>'
            '<meta property="og:site_name" content="Bay Times">'
            '<meta property="article:published_time" content="2026-03-02T08:00:00Z"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>"
        ).encode()
        lib.add(newsprism.read(page, stages=("segment", *STORE_STAGES)))
    lib.close()
    return path


def test_story_prints_each_quote_in_one_pair_of_its_language_marks(tmp_path: Path) -> None:
    path = _two_language_library(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["stories", "--db", str(path)]).exit_code == 0
    result = runner.invoke(app, ["story", "1", "--db", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    (en,) = [line for line in lines if "cheaper tickets" in line]
    assert ": “We were promised cheaper tickets” — first in" in en
    (ru,) = [line for line in lines if "дешёвые билеты" in line]
    assert ": «Нам обещали дешёвые билеты» — first in" in ru
    for line in lines:
        assert not any(pair in line for pair in ('“"', '"”', "““", "””", '«"', '"»', "“«", "»”"))


def test_a_figure_sentence_holding_a_quote_shows_the_quote_in_inner_marks(tmp_path: Path) -> None:
    path = _two_language_library(tmp_path)
    result = CliRunner().invoke(app, ["speaker", "Ann Lee", "--db", str(path)])
    assert result.exit_code == 0, result.output
    (figure,) = {line for line in result.output.splitlines() if "Ann Lee said." in line}
    assert figure.endswith(
        ": 25 minutes — “‘The crossing now takes 25 minutes on the new boats,’ Ann Lee said.”"
    )


def test_quoted_keeps_one_pair_in_the_words_language() -> None:
    from newsprism.render.quoting import quoted

    assert quoted('"We were promised cheaper tickets,"') == "“We were promised cheaper tickets”"
    assert quoted("«Нам обещали дешёвые билеты»") == "«Нам обещали дешёвые билеты»"
    assert (
        quoted('"Нам обещали билеты", — сказала она.') == "«„Нам обещали билеты“, — сказала она.»"
    )
    # two quotes with words between are not one quote in marks: neither pair is taken off
    assert (
        quoted('"We lost," she said, "and we know it."')
        == "“‘We lost,’ she said, ‘and we know it.’”"
    )
    assert quoted("the board can’t pay") == "“the board can’t pay”"  # an apostrophe stays
