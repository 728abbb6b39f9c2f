"""The thirty-first session's walk of the README's commands: one page that fails says plainly
what failed and why, in one line (``add`` printed "failed", then "1 source failed:" and the
reason indented under it); a sentence of a quote that runs over several sentences is listed
without a stray mark (the bundled example's speaker index printed “"For ten years …”)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.render.quoting import quoted

ROOT = Path(__file__).resolve().parent.parent
RUNNER = CliRunner()

#: a page its site renders with script: saved from the browser's "view source", it holds no text
FRONT = """<html lang="ru"><head><title>Вечерний Лиманск</title></head><body>
<div id="root"></div><script src="/static/app.3f9c.js"></script></body></html>"""


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_add_of_one_page_that_fails_says_what_and_why_in_one_line(tmp_path: Path) -> None:
    front = tmp_path / "novosti.html"
    front.write_text(FRONT, encoding="utf-8")
    result = RUNNER.invoke(app, ["add", str(front), "--db", str(tmp_path / "lib.sqlite")])
    assert result.exit_code == 1
    (line,) = _lines(result.stderr)
    assert line.startswith("newsprism: no article text found in ") and str(front) in line
    assert "source failed" not in result.stderr


def test_add_of_one_missing_page_names_it_once(tmp_path: Path) -> None:
    missing = tmp_path / "harbour-bridge.html"
    result = RUNNER.invoke(app, ["add", str(missing), "--db", str(tmp_path / "lib.sqlite")])
    assert result.exit_code == 1
    (line,) = _lines(result.stderr)
    assert line.startswith("newsprism: ") and line.count(str(missing)) == 1


def test_several_pages_keep_the_summary(tmp_path: Path) -> None:
    front = tmp_path / "novosti.html"
    front.write_text(FRONT, encoding="utf-8")
    missing = tmp_path / "missing.html"
    result = RUNNER.invoke(
        app, ["add", str(front), str(missing), "--db", str(tmp_path / "lib.sqlite")]
    )
    assert result.exit_code == 1
    assert "newsprism: 2 sources failed:" in result.stderr


def test_read_of_one_page_that_fails_says_it_in_one_line(tmp_path: Path) -> None:
    front = tmp_path / "novosti.html"
    front.write_text(FRONT, encoding="utf-8")
    result = RUNNER.invoke(app, ["read", str(front)])
    assert result.exit_code == 3
    (line,) = _lines(result.stderr)
    assert "no article text found in" in line and " of 1 " not in line


def test_a_sentence_of_a_quote_that_runs_on_has_no_stray_mark() -> None:
    assert quoted('"For ten years we have asked people to wait.') == (
        "“For ten years we have asked people to wait.”"
    )
    assert quoted('Tonight we stopped asking."') == "“Tonight we stopped asking.”"
    assert quoted("«Мы потратили на новые насосы 1,2 млрд рублей.") == (
        "«Мы потратили на новые насосы 1,2 млрд рублей.»"
    )
    assert quoted("Насосы уже заменены.»") == "«Насосы уже заменены.»"
    # paired marks are the quote's own, or a quote inside the words, as before
    assert quoted('"We lost," she said, "and we know it."') == (
        "“‘We lost,’ she said, ‘and we know it.’”"
    )
    assert quoted('He said: "we lost" and left.') == "“He said: ‘we lost’ and left.”"


def test_the_bundled_examples_speaker_index_shows_no_stray_mark(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert RUNNER.invoke(app, ["add", str(ROOT / "examples"), "--db", db]).exit_code == 0
    result = RUNNER.invoke(app, ["speaker", "Margaret Doyle", "--db", db])
    assert result.exit_code == 0
    assert "For ten years" in result.stdout
    assert '“"' not in result.stdout and "“'" not in result.stdout
