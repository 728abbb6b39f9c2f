"""Session 27, the fact-checker's walk: a feed that corrects a figure in an item it already
had said "unchanged · 0 new" when polled, although the item was queued to be read again (half
an hour after it was stored): a user could not tell the correction was seen.  Invented feed."""

from __future__ import annotations

from pathlib import Path

from publisher import Hit, Publisher, Reply
from typer.testing import CliRunner

from newsprism.cli.app import app
from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library

PAGE = (
    "<html><head><title>Lakeside pool reopens</title></head><body><article>"
    "<h1>Lakeside pool reopens</h1><p>The Lakeside pool in Dunmere reopened on Saturday after a "
    "repair that cost {n} thousand pounds, the leisure trust's manager Ilse Varga said.</p>"
    "<p>Swimmers queued from seven in the morning, and the trust said the sauna would follow in "
    "the spring once its heater is replaced.</p></article></body></html>"
)


def _rss(site: Publisher, n: int) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Dunmere news</title><link>{site.url('/')}</link>"
        f"<item><title>Lakeside pool reopens</title><link>{site.url('/pool')}</link>"
        f"<guid>dunmere-pool-1</guid><description>The repair cost {n} thousand pounds."
        "</description></item></channel></rss>"
    ).encode()


def test_a_corrected_feed_item_is_reported_as_changed_not_unchanged(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    state = {"n": 240}

    def page(hit: Hit) -> Reply:
        return 200, {"Content-Type": "text/html"}, PAGE.format(n=state["n"]).encode()

    site.route(
        "/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, _rss(site, state["n"]))
    )
    site.route("/pool", page)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        assert p.refresh()[0].outcome == "new"
        p.drain()
        state["n"] = 420  # the outlet corrects the figure ten minutes later
        clock.sleep(600)
        result = p.refresh()[0]
        assert result.outcome == "changed" and result.new_items == 0
        assert result.changed_items == 1 and result.reread_at is not None
        assert result.to_dict()["reread_at"].endswith("Z")
        # polled again with nothing new: unchanged, nothing queued twice
        clock.sleep(60)
        assert p.refresh()[0].changed_items == 0
        p.close()


def test_feeds_refresh_says_a_corrected_item_will_be_read_again(
    tmp_path: Path, site: Publisher
) -> None:
    state = {"n": 240}
    site.route(
        "/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, _rss(site, state["n"]))
    )
    site.route(
        "/pool",
        lambda hit: (200, {"Content-Type": "text/html"}, PAGE.format(n=state["n"]).encode()),
    )
    db = str(tmp_path / "lib.sqlite")
    runner = CliRunner()
    assert runner.invoke(app, ["feeds", "add", site.url("/rss"), "--db", db]).exit_code == 0
    first = runner.invoke(app, ["feeds", "refresh", "--db", db, "--allow-private", "--no-analyse"])
    assert first.exit_code == 0, first.output
    state["n"] = 420
    again = runner.invoke(app, ["feeds", "refresh", "--db", db, "--allow-private", "--no-analyse"])
    assert again.exit_code == 0, again.output
    assert "changed\t0 new" in again.output and "1 item corrected by the feed" in again.output
    assert "unchanged" not in again.output
