"""Faults an English-speaking fact-checker met walking through every command (session 24)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.trace.search import figure_values


def test_a_figure_grouped_by_commas_is_read_in_thousands() -> None:
    # `trace '231,000'`, copied from an English article, said "no trace found": the English
    # reading wants a word beside the number and the Russian one read 231.000
    assert figure_values("231,000")[0] == 231000.0
    assert figure_values("1,250,000") == [1250000.0]
    assert figure_values("7,2%") == [7.2]  # a Russian decimal stays one figure


def test_watch_once_with_nothing_due_says_when_and_how_to_poll_now(tmp_path: Path) -> None:
    # a feed on a loopback address is refused with "pass --allow-private"; passed to `watch
    # --once`, the refused feed was not due for hours and the command printed nothing at all
    db = str(tmp_path / "lib.sqlite")
    runner = CliRunner()
    feed = "http://127.0.0.1:9/rss.xml"
    assert runner.invoke(app, ["feeds", "add", feed, "--db", db]).exit_code == 0
    first = runner.invoke(app, ["watch", "--once", "--db", db, "--no-analyse", "--no-stories"])
    assert "--allow-private" in first.output
    again = runner.invoke(
        app, ["watch", "--once", "--db", db, "--allow-private", "--no-analyse", "--no-stories"]
    )
    assert again.exit_code == 0
    assert "no feed was due" in again.output and "feeds refresh" in again.output
