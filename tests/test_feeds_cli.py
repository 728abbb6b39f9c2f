"""The feed commands end to end, and a ``kill -9`` of ``watch`` that loses nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from publisher import Publisher, article_html
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.feeds import SimulatedClock
from newsprism.library import Library
from newsprism.library.feeds import FeedStore

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_host_spacing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real time here: the 5 s between requests to a host has its own (simulated-clock) tests."""
    import newsprism.feeds.politeness as pol

    monkeypatch.setattr(pol, "HOST_SPACING", 0.0)


@pytest.fixture
def site() -> Iterator[Publisher]:
    with Publisher(SimulatedClock(time.time())) as p:
        yield p


def rss(site: Publisher, n: int, slow: bool = False) -> bytes:
    items = "".join(
        f"<item><title>Item {k}</title><link>{site.url(f'/news/{k}')}</link><guid>g{k}</guid></item>"
        for k in range(n)
    )
    for k in range(n):

        def page(hit: object, k: int = k) -> tuple[int, dict[str, str], bytes]:
            if slow:
                time.sleep(0.4)
            return 200, {"Content-Type": "text/html"}, article_html(k)

        site.route(f"/news/{k}", page)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ex</title>{items}</channel></rss>'.encode()


def test_feeds_commands(site: Publisher, tmp_path: Path) -> None:
    body = rss(site, 2)
    site.route("/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, body))
    db = str(tmp_path / "lib.sqlite")
    runner = CliRunner()
    out = runner.invoke(app, ["feeds", "add", site.url("/rss"), "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)[0]["new"] is True
    # without --allow-private the loopback publisher is refused, with a reason
    out = runner.invoke(app, ["feeds", "refresh", "--db", db, "--no-analyse", "--no-stories"])
    assert out.exit_code == 1 and "non-public" in out.output
    out = runner.invoke(
        app,
        [
            "feeds",
            "refresh",
            "--db",
            db,
            "--allow-private",
            "--no-analyse",
            "--no-stories",
            "--json",
        ],
    )
    assert out.exit_code == 0, out.output
    assert json.loads(out.output.splitlines()[0])["new_items"] == 2
    out = runner.invoke(
        app, ["watch", "--once", "--db", db, "--allow-private", "--no-analyse", "--no-stories"]
    )
    assert out.exit_code == 0 and "polled" not in out.output  # nothing is due yet
    out = runner.invoke(app, ["feeds", "list", "--db", db])
    assert "2 new, 2 items" in out.output and "next in" in out.output
    exported = runner.invoke(app, ["feeds", "export", "--db", db])
    assert site.url("/rss") in exported.output
    out = runner.invoke(app, ["feeds", "remove", "1", "--db", db])
    assert out.exit_code == 0 and runner.invoke(app, ["list", "--db", db]).output.count("\n") == 2


def test_kill_9_during_watch_loses_nothing(site: Publisher, tmp_path: Path) -> None:
    body = rss(site, 6, slow=True)
    site.route("/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, body))
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        FeedStore(lib.conn).add(site.url("/rss"), time.time())
    code = (  # the 5 s per host would make this test slow; the spacing has its own tests
        "import sys\nimport newsprism.feeds.politeness as p\np.HOST_SPACING = 0.0\n"
        "from newsprism.cli import main\nsys.argv = ['newsprism', 'watch', '--once', "
        f"'--db', {str(db)!r}, '--allow-private', '--no-analyse', '--no-stories']\nmain()"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.time() + 30
    while time.time() < deadline and len([h for h in site.hits if h.path.startswith("/news/")]) < 3:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Library.open(db) as lib:
        stored_before = lib.count()
        assert 0 < len(FeedStore(lib.conn).pending()) < 6  # killed halfway through the items
    # a new run (after the dead process's lease expires) stores the rest, each once
    with Library.open(db) as lib:
        lib.conn.execute("UPDATE feeds SET lease_expires = 0")
    out = CliRunner().invoke(
        app, ["watch", "--once", "--db", str(db), "--allow-private", "--no-analyse", "--no-stories"]
    )
    assert out.exit_code == 0, out.output
    with Library.open(db) as lib:
        assert lib.count() == 6 >= stored_before and FeedStore(lib.conn).pending() == []
        assert sorted(i["guid"] for i in FeedStore(lib.conn).items()) == [f"g{k}" for k in range(6)]


def test_serve_watch_runs_the_watcher_beside_the_reader(
    site: Publisher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsprism.library.ingest as ingest
    from newsprism.feeds.background import start_watcher

    monkeypatch.setattr(ingest, "default_process", lambda article: article)  # no analysis here
    body = rss(site, 2)
    site.route("/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, body))
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        FeedStore(lib.conn).add(site.url("/rss"), time.time())
    thread, stop = start_watcher(db, allow_private=True)
    deadline = time.time() + 30
    with Library.open(db) as lib:
        while time.time() < deadline and lib.count() < 2:
            time.sleep(0.1)
        assert lib.count() == 2
    stop.set()
    thread.join(10)
    assert not thread.is_alive()


def test_watch_once_exits_1_when_every_feed_it_polled_failed(
    site: Publisher, tmp_path: Path
) -> None:
    """As ``feeds refresh`` does: a cron job running ``watch --once`` learns that every feed
    failed (here: refused, a loopback address without --allow-private), and 0 once one works."""
    body = rss(site, 1)
    site.route("/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, body))
    db = str(tmp_path / "lib.sqlite")
    runner = CliRunner()
    assert runner.invoke(app, ["feeds", "add", site.url("/rss"), "--db", db]).exit_code == 0
    refused = runner.invoke(app, ["watch", "--once", "--db", db, "--no-analyse", "--no-stories"])
    assert refused.exit_code == 1 and "non-public" in refused.output
    out = runner.invoke(
        app, ["feeds", "refresh", "--db", db, "--allow-private", "--no-analyse", "--no-stories"]
    )
    assert out.exit_code == 0, out.output
