"""Feeds at scale: N simulated feeds (default 5,000) polled over simulated hours on one process.

    nice python benchmarks/feeds.py [--feeds 5000] [--hours 6] [--db /tmp/feeds.sqlite]

Every request goes through newsprism's real poller (claims, leases, robots.txt, per-host gate,
conditional GET, parsing with fastfeedparser, item pages extracted and stored through the
``add`` path, analysis off) to an in-process fake transport (``httpx.MockTransport``); a
simulated clock moves only when the poller sleeps or has nothing due, so a day runs in minutes.

The publishers: 1,000 hosts with 5 feeds each; publishing every 15 min (10 %), hourly (30 %),
every 6 h (30 %) or daily (30 %), each item at its period with ±20 % jitter; 95 % of servers
answer conditional requests, 5 % ignore them; 2 % of hosts answer 429 with Retry-After: 600 a
tenth of the time; every host's robots.txt disallows /private/ and one feed on some hosts lives
there.  The transport itself checks politeness and counts violations: two request starts on a
host less than 5 s apart, more than 2 at once, a request before a Retry-After expired, a request
to a disallowed path, a request without newsprism's User-Agent.

Printed beside the naive peer — a poller that GETs every feed every 10 minutes without
validators — computed on the same publishers (its discovery time is 5 min by construction;
what it costs is requests and bodies).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsprism.feeds import Poller, SimulatedClock, add_feeds  # noqa: E402
from newsprism.feeds import politeness as pol  # noqa: E402
from newsprism.library import Library  # noqa: E402

PERIODS = [(900.0, 0.1), (3600.0, 0.3), (21600.0, 0.3), (86400.0, 0.3)]
PAGE = (
    "<!doctype html><html lang=en><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The council of {host} approved the new budget on {when}, officials said, after a debate that "
    "lasted {n} hours. The plan raises spending on schools and roads and was backed by a majority of "
    "members. Opponents said the increase was too large for the town's finances.</p></article></body></html>"
)


@dataclass
class SimFeed:
    host: str
    path: str
    period: float
    start: float
    honours: bool
    times: list[float] = field(default_factory=list)

    def published(self, now: float) -> list[float]:
        while not self.times or self.times[-1] <= now + 86400:
            last = self.times[-1] if self.times else self.start
            self.times.append(last + self.period * random.uniform(0.8, 1.2))
        return [t for t in self.times if t <= now][-10:]


def reply(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    """A response whose body is streamed, as from a socket (the poller reads it raw, capped)."""
    return httpx.Response(status, headers=headers or {}, stream=httpx.ByteStream(body))


class Web:
    """The fake publishers and the politeness referee."""

    def __init__(self, clock: SimulatedClock, feeds: dict[tuple[str, str], SimFeed]) -> None:
        self.clock = clock
        self.feeds = feeds
        self.last_start: dict[str, float] = {}
        self.blocked_until: dict[str, float] = {}
        self.inflight: dict[str, int] = defaultdict(int)
        self.violations: dict[str, int] = defaultdict(int)
        self.requests = 0
        self.feed_polls = 0
        self.bodiless = 0
        self.bodies_unchanged = 0
        self.rng = random.Random(7)
        self.flaky = {h for h in {f.host for f in feeds.values()} if self.rng.random() < 0.02}

    def handle(self, request: httpx.Request) -> httpx.Response:
        now = self.clock.now()
        host, path = request.url.host, request.url.path
        self.requests += 1
        if "newsprism/" not in request.headers.get("user-agent", ""):
            self.violations["user-agent"] += 1
        last = self.last_start.get(host)
        if last is not None and now - last < pol.HOST_SPACING - 1e-6:
            self.violations["spacing < 5 s"] += 1
        if now < self.blocked_until.get(host, 0.0):
            self.violations["ignored Retry-After"] += 1
        if path.startswith("/private/"):
            self.violations["robots.txt"] += 1
        self.last_start[host] = now
        self.inflight[host] += 1
        if self.inflight[host] > pol.HOST_CONCURRENCY:
            self.violations["concurrency > 2"] += 1
        try:
            return self._answer(request, host, path, now)
        finally:
            self.inflight[host] -= 1

    def _answer(self, request: httpx.Request, host: str, path: str, now: float) -> httpx.Response:
        if path == "/robots.txt":
            return reply(200, b"User-agent: *\nDisallow: /private/\n")
        feed = self.feeds.get((host, path))
        if feed is None:
            title = f"Item {path.rsplit('/', 1)[-1]}"
            html = PAGE.format(title=title, host=host, when=formatdate(now), n=len(path) % 9 + 2)
            return reply(200, html.encode(), {"Content-Type": "text/html"})
        self.feed_polls += 1
        if host in self.flaky and self.rng.random() < 0.1:
            self.blocked_until[host] = now + 600
            return reply(429, headers={"Retry-After": "600"})
        times = feed.published(now)
        items = "".join(
            f"<item><title>Item {i}</title><link>https://{host}{path}/item/{int(t)}</link>"
            f"<guid>{host}{path}#{int(t)}</guid><pubDate>{formatdate(t, usegmt=True)}</pubDate></item>"
            for i, t in enumerate(reversed(times))
        )
        body = (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{host}{path}</title>{items}'
            "</channel></rss>"
        ).encode()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if feed.honours and request.headers.get("if-none-match") == etag:
            self.bodiless += 1
            return reply(304, headers={"ETag": etag})
        if request.headers.get("if-none-match") == etag or (
            not feed.honours and request.headers.get("if-none-match")
        ):
            self.bodies_unchanged += 1  # unchanged, but this server sends the body anyway
        headers = {
            "Content-Type": "application/rss+xml",
            "ETag": etag if feed.honours else f'"{now}"',
        }
        return reply(200, body, headers)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=5000)
    parser.add_argument("--hours", type=float, default=6.0)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    random.seed(15)
    clock = SimulatedClock(1_790_000_000.0)
    t0 = clock.now()
    feeds: dict[tuple[str, str], SimFeed] = {}
    for i in range(args.feeds):
        host = f"news{i // 5}.example"
        r, acc = random.random(), 0.0
        period = PERIODS[-1][0]
        for p, share in PERIODS:
            acc += share
            if r < acc:
                period = p
                break
        private = i % 5 == 4 and (i // 5) % 10 == 0
        path = f"/private/feed{i % 5}.xml" if private else f"/feed{i % 5}.xml"
        feeds[(host, path)] = SimFeed(
            host, path, period, t0 - random.uniform(0, period), random.random() >= 0.05
        )
    web = Web(clock, feeds)
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "feeds.sqlite"
    end = t0 + args.hours * 3600
    with Library.open(db) as lib:
        add_feeds(lib, [f"https://{h}{p}" for h, p in feeds], now=t0)
        client = httpx.Client(transport=httpx.MockTransport(web.handle))
        poller = Poller(
            lib,
            clock=clock,
            client=client,
            allow_private=True,
            analyse=None,
            workers=1,
            stories=False,
        )
        cpu0, wall0 = time.process_time(), time.perf_counter()
        polls = 0
        last_report = t0
        while clock.now() < end:
            polls += len(poller.poll_due(limit=1000))
            due = poller.store.next_due() or clock.now() + 60
            clock.advance_to(max(due, clock.now() + 1))
            if clock.now() - last_report >= 3600:
                last_report = clock.now()
                print(
                    f"  simulated {(clock.now() - t0) / 3600:.0f} h: {polls} polls, "
                    f"{time.process_time() - cpu0:.0f} s CPU",
                    file=sys.stderr,
                    flush=True,
                )
        cpu = time.process_time() - cpu0
        wall = time.perf_counter() - wall0
        rows = lib.conn.execute(
            "SELECT f.url, i.published_ts, i.stored_at FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
            "WHERE i.published_ts > ? AND i.stored_at IS NOT NULL",
            (t0 + 3600,),
        ).fetchall()
        stored = lib.count()
        disabled = lib.conn.execute(
            "SELECT count(*) FROM feeds WHERE disabled_reason IS NOT NULL"
        ).fetchone()[0]
        poller.close()
    period_of = {f"https://{h}{p}": f.period for (h, p), f in feeds.items()}
    delays: dict[float, list[float]] = defaultdict(list)
    for url, published, stored_at in rows:
        delays[period_of[url]].append(stored_at - published)
    unchanged = web.bodiless + web.bodies_unchanged
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    naive_requests = sum(int(args.hours * 6) for _ in feeds)
    print(
        f"\nnewsprism feeds: {args.feeds} feeds on {len({h for h, _ in feeds})} hosts, {args.hours:g} simulated hours"
    )
    print("| measure | newsprism | naive (GET every 10 min) |\n|---|---|---|")
    print(f"| feed polls | {web.feed_polls} | {naive_requests} |")
    print(f"| polls per CPU-second (one process) | {polls / cpu:.0f} | — |")
    print(f"| CPU / wall seconds | {cpu:.0f} / {wall:.0f} | — |")
    print(f"| peak memory (RSS) | {rss_mb:.0f} MB | — |")
    for period, label in (
        (900.0, "15-min"),
        (3600.0, "hourly"),
        (21600.0, "6-hourly"),
        (86400.0, "daily"),
    ):
        d = delays.get(period, [])
        if d:
            print(
                f"| median discovery, {label} feeds | {statistics.median(d) / 60:.1f} min ({len(d)} items) | 5.0 min |"
            )
    print(
        f"| unchanged polls without a body | {web.bodiless / max(1, unchanged):.1%} "
        f"({web.bodiless}/{unchanged}; 5 % of servers ignore validators) | 0 % |"
    )
    honouring = sum(1 for f in feeds.values() if f.honours)
    print(f"| servers honouring validators | {honouring / len(feeds):.0%} | |")
    print(f"| articles stored | {stored} | |")
    blocked = sum(1 for _, path in feeds if path.startswith("/private/"))
    print(
        f"| feeds disabled | {disabled} ({blocked} feeds sit under a robots.txt-disallowed path) | |"
    )
    total = sum(web.violations.values())
    print(f"| politeness violations | {total} {dict(web.violations) if total else ''} | |")
    tmp.cleanup()


if __name__ == "__main__":
    main()
