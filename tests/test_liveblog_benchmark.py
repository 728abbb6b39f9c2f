"""The live-blog benchmark (forty-second session): its matching and scoring on a page written here,
and its held-out part's wiring (read only by name, absent-safe, never shown page by page)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import liveblog as bench  # noqa: E402

_UPDATES = [
    {
        "@type": "BlogPosting",
        "headline": "Ferry services resume",
        "datePublished": "2026-10-14T09:40:00+01:00",
        "articleBody": "The first ferry left Brackwater harbour at 9.30am after the overnight "
        "suspension, the operator said, with sailings running about an hour late.",
    },
    {
        "@type": "BlogPosting",
        "datePublished": "2026-10-14T08:55:00+01:00",
        "articleBody": "Winds along the coast have dropped to around 35mph, according to the "
        "forecaster, and the amber warning is due to lapse at noon today.",
    },
]


def _page() -> bytes:
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Storm Idris: live updates",
        "liveBlogUpdate": _UPDATES,
    }
    posts = "".join(
        f"<article class=post><time datetime='{u['datePublished']}'>{u['datePublished'][11:16]}"
        f"</time>{'<h2>' + str(u['headline']) + '</h2>' if 'headline' in u else ''}"
        f"<p>{u['articleBody']}</p></article>"
        for u in _UPDATES
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Storm Idris</title>"
        f"<script type='application/ld+json'>{json.dumps(blog)}</script></head><body>"
        f"<h1>Storm Idris: live updates</h1><div class=feed>{posts}</div></body></html>"
    ).encode()


_GOLD = {
    "lang": "en",
    "url": "https://coastnews.example/live/storm-idris",
    "saved_at": "2026-10-14T10:05:00+01:00",
    "timezone": "+01:00",
    "posts": [
        {
            "first": "Ferry services resume The first ferry left",
            "last": "running about an hour late.",
            "time": "2026-10-14T09:40:00+01:00",
            "pinned": False,
        },
        {
            "first": "Winds along the coast have   dropped to",
            "last": "due to lapse at noon today.",
            "time": "2026-10-14T08:55:00+01:00",
            "pinned": True,
        },
    ],
}


def test_a_post_matches_by_its_first_words_once() -> None:
    found = [
        bench.Found(bench.post_text("Ferry services resume", "The first ferry left ... late."), 0),
        bench.Found(bench.post_text("", "winds along the coast have dropped to 35mph"), None),
        bench.Found(bench.post_text("", "winds along the coast have dropped to 35mph"), None),
    ]
    score = bench.score_page(_GOLD, found)
    assert (score.gold, score.found, score.matched) == (2, 3, 2)  # the copy matches nothing
    assert score.whole == 0  # neither ends with the gold's last words
    assert score.timed == 0  # 0 and None are not the gold's times
    assert score.pinned_found == 1


def test_posts_match_in_page_order_only() -> None:
    # review R3 (round 42): the gold's second post found before its first matches nothing
    found = [
        bench.Found(bench.post_text("", "winds along the coast have dropped to 35mph"), None),
        bench.Found(bench.post_text("Ferry services resume", "The first ferry left ... late."), 0),
    ]
    assert bench.score_page(_GOLD, found).matched == 1


def test_headline_is_not_doubled_when_the_body_opens_with_it() -> None:
    assert bench.post_text("Ferry", "Ferry  services resume") == "ferry services resume"
    assert bench.post_text("Ferry", "The first") == "ferry the first"


def test_both_readers_on_a_page_written_here(tmp_path: Path) -> None:
    (tmp_path / "storm.html").write_bytes(_page())
    (tmp_path / "storm.json").write_text(json.dumps(_GOLD), "utf-8")
    totals = bench.run_part("mine", tmp_path, per_page=False, show=False)
    for reader in ("newsprism", "jsonld"):
        score = totals[reader]
        assert (score.matched, score.found, score.whole, score.timed) == (2, 2, 2, 2), reader
        assert score.pinned_found == 1


def test_held_out_part_is_read_by_name_only_and_never_per_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert set(bench.HELD_OUT) == {"written45"} and not set(bench.HELD_OUT) & set(bench.PARTS)
    assert bench.HELD_OUT["written45"].name == "liveblog_written45"
    assert not set(bench.HELD_OUT) & set(bench.CHECK)
    for refused in (
        ["--held-out", "--per-page"],
        ["--held-out", "--show"],
        ["--held-out", "--json"],
    ):
        with pytest.raises(SystemExit):
            bench.main(refused)
    capsys.readouterr()


def test_the_check_part_is_scored_but_never_shown(capsys: pytest.CaptureFixture[str]) -> None:
    # round 45's time split: written44 is the second check; development is dev42-dev45,
    # written42 and written43
    assert set(bench.PARTS) == {"dev42", "written42", "dev43", "written43", "dev44", "dev45"}
    assert set(bench.CHECK) == {"written44"}
    assert bench.CHECK["written44"].name == "liveblog_written44"
    for flag in ("--check", "--all"):
        for refused in ("--per-page", "--show", "--json"):
            with pytest.raises(SystemExit):
                bench.main([flag, refused])
    capsys.readouterr()


def test_an_absent_part_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench, "HELD_OUT", {"written45": tmp_path / "absent"})
    assert bench.main(["--held-out"]) == 0
    assert "absent; skipped" in capsys.readouterr().out
