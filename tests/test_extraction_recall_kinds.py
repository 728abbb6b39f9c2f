"""The round-44 census of recall lost against readability-lxml
(``benchmarks/extraction_recall_kinds.py``) names the kind of block a lost gold line was in, and
refuses the sets nobody reads this session and every part but dev-a.  Invented page."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_recall_kinds as kinds  # noqa: E402

_PAGE = b"""<html><head><title>Night ferry saved for another winter</title></head><body>
<article><h1>Night ferry saved for another winter</h1>
<p>The harbour board voted on Tuesday to keep the night ferry running through the winter.</p>
<figure><img src="f.jpg"><figcaption>The ferry at the north quay on Tuesday evening</figcaption>
</figure>
<p>Councillors said the crossing carries about four hundred people a night in the season.</p>
<aside class="factbox"><ul><li>Last crossing leaves the south quay at ten past one</li></ul></aside>
<p>The operator will keep its crew of four until the tender is decided next spring.</p>
</article></body></html>"""
_LEAD = "The harbour board voted on Tuesday to keep the night ferry running through the winter."
_MID = "Councillors said the crossing carries about four hundred people a night in the season."
_END = "The operator will keep its crew of four until the tender is decided next spring."
_CAPTION = "The ferry at the north quay on Tuesday evening"
_BOX = "Last crossing leaves the south quay at ten past one"
_TITLE = "Night ferry saved for another winter"


def test_each_lost_line_is_counted_under_the_kind_of_its_block() -> None:
    gold = "\n".join((_TITLE, _LEAD, _CAPTION, _MID, _BOX, _END))
    ours = "\n".join((_LEAD, _END))
    peer = gold
    lost = kinds.losses(_PAGE, gold, ours, peer)
    assert set(lost) == {"headline", "caption", "para:between", "list"}
    # a line the peer lacks too is nobody's recall lost against it
    assert "para:between" not in kinds.losses(_PAGE, gold, ours, "\n".join((_TITLE, _CAPTION)))


def test_the_held_out_and_unread_sets_are_refused() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction_recall_kinds.py")]
        + ["--sets", "written44,big9-chaos", "--per-page"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "refused" in run.stdout and "written44/" not in run.stdout
    assert "0 of 0 pages" in run.stdout


@pytest.mark.parametrize("parts", ["dev-b", "test", "dev-a,dev-b", "fresh"])
def test_a_check_half_is_refused_before_any_page_is_read(
    parts: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # review R12: even the kind table counts a check half's errors, so only dev-a is read; the
    # set's pages are stand-ins that fail the test if anything reads them (no real page is read)
    def no_page(set_name: str, part: str, limit: int = 0) -> Iterator[Any]:
        raise AssertionError(f"{set_name}/{part} was read")

    monkeypatch.setattr(kinds, "pages", no_page)
    monkeypatch.setattr(kinds, "available", lambda name: True)
    monkeypatch.setattr(sys, "argv", ["extraction_recall_kinds.py", "--parts", parts, "--per-page"])
    with pytest.raises(SystemExit) as exit_:
        kinds.main()
    assert exit_.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""  # no page, no table
    assert "refused" in err and "only dev-a" in err
    assert "dev-a," not in err.split("refused")[0]  # it names the refused parts, not dev-a


def test_dev_a_is_still_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[tuple[str, str]] = []

    def no_pages(set_name: str, part: str, limit: int = 0) -> Iterator[Any]:
        asked.append((set_name, part))
        return iter(())

    monkeypatch.setattr(kinds, "pages", no_pages)
    monkeypatch.setattr(kinds, "available", lambda name: True)
    monkeypatch.setattr(sys, "argv", ["extraction_recall_kinds.py", "--sets", "dragnet"])
    kinds.main()
    assert asked == [("dragnet", "dev-a")]
    assert "0 of 0 pages below readability-lxml by recall (dev-a)" in capsys.readouterr().out
