"""``benchmarks/scraped_text.py --diff``: which page a name means.

written32–43 all name their pages en_1 … ru_5, so a bare stem cannot say which set's page is
wanted: ``SET/STEM`` names one, a bare stem shared by several sets is refused with the qualified
names, and the held-out (written45) and check (written44, the second check of round 45, and
written26) sets are refused by their name alone, whatever the stem (none of their pages is looked
up, read or printed here).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from scraped_text import WRITTEN34, development_sets, differences, pick_page  # noqa: E402


def test_a_set_and_stem_name_that_sets_page() -> None:
    qualified, page = pick_page("written34/ru_4", development_sets())
    assert qualified == "written34/ru_4"
    assert page == WRITTEN34 / "ru_4.txt"
    # the folder's own name is understood too
    assert pick_page("scraped_written34/ru_4", development_sets())[1] == page


def test_a_bare_stem_of_several_sets_is_refused_with_their_names() -> None:
    with pytest.raises(SystemExit) as refused:
        pick_page("ru_4", development_sets())
    message = str(refused.value)
    for part in (
        "written32",
        "written33",
        "written34",
        "written35",
        "written36",
        "written37",
        "written38",
        "written39",
        "written40",
        "written41",
        "written42",
        "written43",
    ):
        assert f"{part}/ru_4" in message
    assert "written44" not in message.split("say which:")[1]
    assert "written45" not in message.split("say which:")[1]


def test_a_bare_stem_of_one_set_is_still_enough() -> None:
    qualified, page = pick_page("ru_letters_to_editor", development_sets())
    assert qualified == "written21/ru_letters_to_editor"
    assert page.is_file()


@pytest.mark.parametrize(
    "name",
    [
        "written45/en_1",
        "written45/ru_4",
        "scraped_written45/x",
        "written44/en_1",
        "written44/ru_4",
        "scraped_written44/x",
        "written26/en_1",
        "written26/y",
    ],
)
def test_held_out_and_check_sets_are_refused_by_their_set_whatever_the_stem(name: str) -> None:
    with pytest.raises(SystemExit, match="never shown"):
        pick_page(name, development_sets())


def test_an_unknown_set_or_stem_is_refused() -> None:
    with pytest.raises(SystemExit, match="no development set"):
        pick_page("written23/en_1", development_sets())
    with pytest.raises(SystemExit, match="not a development page"):
        pick_page("written34/ru_9", development_sets())


def test_the_diff_shows_the_page_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    differences("written33/en_2")
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("written33/en_2 (benchmarks/data/scraped_written33/en_2.txt)")


def test_the_held_out_part_is_skipped_until_its_pages_land(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import scraped_text

    folder = tmp_path / "scraped_written45"
    folder.mkdir()
    (folder / "en_1.txt").write_text("A page without its gold is no page of the part.\n", "utf-8")
    monkeypatch.setattr(scraped_text, "WRITTEN45", folder)
    monkeypatch.setattr(scraped_text, "ROOT", tmp_path)
    scraped_text.fixtures("held-out")
    assert "held-out fresh45: scraped_written45 is not here yet; skipped" in capsys.readouterr().out


def test_the_second_check_is_listed_but_never_diffed() -> None:
    import scraped_text

    # round 45's time split: written44 is scored in --dev but its pages are never shown
    assert "written44" not in development_sets()
    assert scraped_text.NOT_DIFFED["written44"].startswith("the second check")
    assert scraped_text.NOT_DIFFED["written45"] == "held out"


def test_the_part_before_last_rounds_is_development_now() -> None:
    # written43, round 44's second check, is read from round 45 on
    qualified, page = pick_page("written43/en_1", development_sets())
    assert qualified == "written43/en_1" and page.is_file()
