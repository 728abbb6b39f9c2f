"""Good citizenship: per-host spacing and concurrency, robots.txt, intervals, backoff.

The rules follow Media Cloud's rss-fetcher and lemon24/reader:

- at most :data:`HOST_CONCURRENCY` requests at once and at least :data:`HOST_SPACING` seconds
  between request starts on one host (more when robots.txt asks for a ``Crawl-delay``), and a
  host that answered 429/503 with ``Retry-After`` is left alone until then;
- robots.txt (protego) is read once a day per host; 4xx means "allowed", 5xx means "not now";
- each feed's interval follows how often it publishes (a quarter of the median gap between its
  items, so that a feed publishing hourly is polled every 15 minutes), kept between 10 minutes
  and 24 hours, never below what the publisher asks (``Cache-Control: max-age``, ``<ttl>``,
  ``sy:updatePeriod``), with a little jitter so feeds do not fall due together;
- failures back off exponentially; hard ones (4xx, DNS, refused address, not a feed) count 1,
  soft ones (timeouts, 5xx, refused connections) ½, and a feed is disabled at
  :data:`DISABLE_AT`, with the reason kept.
"""

from __future__ import annotations

import statistics
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import DNSError, FeedError, FetchError, HTTPStatusError, PrivateAddressError
from .clock import Clock

MIN_INTERVAL = 600.0
MAX_INTERVAL = 86_400.0
DEFAULT_INTERVAL = 3_600.0
HOST_SPACING = 5.0
HOST_CONCURRENCY = 2
DISABLE_AT = 10.0
#: the longest a Retry-After is obeyed (a server asking for a month is asking to be dropped)
MAX_RETRY_AFTER = 7 * 86_400.0
#: the most "older posts" pages of one live blog followed (each once, a page per poll turn)
MAX_OLDER_PAGES = 10
ROBOTS_TTL = 86_400.0


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.hostname or "").lower() + (f":{parts.port}" if parts.port else "")


class HostGate:
    """Request starts per host: spacing, concurrency and Retry-After, shared by all workers."""

    def __init__(
        self,
        clock: Clock,
        *,
        spacing: float | None = None,
        concurrency: int | None = None,
    ) -> None:
        self.clock = clock
        self.spacing = HOST_SPACING if spacing is None else spacing
        self.concurrency = HOST_CONCURRENCY if concurrency is None else concurrency
        self._lock = threading.Lock()
        self._last_start: dict[str, float] = {}
        self._not_before: dict[str, float] = {}
        self._delay: dict[str, float] = {}
        self._inflight: dict[str, int] = {}

    def earliest(self, host: str) -> float:
        """When a request to ``host`` may start, disregarding concurrency."""
        with self._lock:
            return self._earliest(host)

    def _earliest(self, host: str) -> float:
        spacing = max(self.spacing, self._delay.get(host, 0.0))
        last = self._last_start.get(host)
        start = last + spacing if last is not None else 0.0
        return max(start, self._not_before.get(host, 0.0))

    def try_acquire(self, host: str) -> float | None:
        """Start a request now (return None) or say when to try again."""
        with self._lock:
            now = self.clock.now()
            start = self._earliest(host)
            if start > now:
                return start
            if self._inflight.get(host, 0) >= self.concurrency:
                return now + self.spacing
            self._last_start[host] = now
            self._inflight[host] = self._inflight.get(host, 0) + 1
            return None

    def release(self, host: str) -> None:
        with self._lock:
            self._inflight[host] = max(0, self._inflight.get(host, 0) - 1)

    def block(self, host: str, until: float) -> None:
        with self._lock:
            self._not_before[host] = max(self._not_before.get(host, 0.0), until)

    def set_delay(self, host: str, seconds: float) -> None:
        with self._lock:
            self._delay[host] = min(seconds, 300.0)

    def state(self) -> dict[str, tuple[float | None, float | None]]:
        """Per host: last request start and not-before time (for saving between runs)."""
        with self._lock:
            hosts = set(self._last_start) | set(self._not_before)
            return {h: (self._last_start.get(h), self._not_before.get(h)) for h in hosts}

    def restore(self, host: str, last_start: float | None, not_before: float | None) -> None:
        with self._lock:
            if last_start is not None:
                self._last_start[host] = max(self._last_start.get(host, 0.0), last_start)
            if not_before is not None:
                self._not_before[host] = max(self._not_before.get(host, 0.0), not_before)


@dataclass
class _Robots:
    parser: object | None  # protego.Protego, or None for "everything allowed"
    fetched_at: float


class RobotsCache:
    """robots.txt per host through protego; ``fetch(url) -> (status, body)`` goes through the gate."""

    def __init__(
        self,
        fetch: Callable[[str], tuple[int, bytes]],
        clock: Clock,
        gate: HostGate,
        user_agent: str = "newsprism",
    ) -> None:
        self._fetch = fetch
        self.clock = clock
        self.gate = gate
        self.user_agent = user_agent
        self._cache: dict[str, _Robots] = {}
        self._lock = threading.Lock()

    def known(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host is cached and fresh (no request needed)."""
        with self._lock:
            cached = self._cache.get(host_of(url))
        return cached is not None and self.clock.now() - cached.fetched_at <= ROBOTS_TTL

    def load(self, url: str) -> None:
        """Fetch robots.txt of ``url``'s host; the caller holds a request slot for the host."""
        from protego import Protego

        parts = urlsplit(url)
        host = host_of(url)
        status, body = self._fetch(f"{parts.scheme}://{parts.netloc}/robots.txt")
        if status >= 500 or status == 429:
            raise FetchError(
                f"{host}/robots.txt answered HTTP {status}: not fetching until it can be read",
                hint="newsprism will try again later",
            )
        parser = None
        if 200 <= status < 300:
            parser = Protego.parse(body.decode("utf-8", "replace"))
            delay = parser.crawl_delay(self.user_agent)
            if delay:
                self.gate.set_delay(host, float(delay))
        with self._lock:
            self._cache[host] = _Robots(parser, self.clock.now())

    def check(self, url: str) -> None:
        """Raise :class:`FeedError` when the cached robots.txt disallows ``url``."""
        with self._lock:
            cached = self._cache.get(host_of(url))
        parser = cached.parser if cached is not None else None
        if parser is not None and not parser.can_fetch(url, self.user_agent):  # type: ignore[attr-defined]
            raise FeedError(
                f"robots.txt of {host_of(url)} disallows {url}",
                hint="the site asks robots not to read this address; remove the feed",
            )


def is_hard(error: Exception) -> bool:
    """Hard failures count fully towards disabling a feed; soft ones (may pass) count half."""
    if isinstance(error, HTTPStatusError):
        return 400 <= error.status < 500 and error.status not in (408, 425)
    return isinstance(error, DNSError | PrivateAddressError | FeedError)


def adapt_interval(times: Sequence[float], now: float, previous: float, new_items: int) -> float:
    """The next interval from the publication times of the feed's recent items.

    A quarter of the median gap between items (and between the newest and now, so that a feed
    gone quiet slows down); without times, halve on new items and grow by half on none.
    """
    recent = sorted(t for t in times if t <= now + 3600)[-20:]
    if len(recent) >= 2:
        gaps = [b - a for a, b in zip(recent, recent[1:], strict=False) if b > a]
        gaps.append(now - recent[-1])
        interval = statistics.median(gaps) / 4 if gaps else previous
    elif new_items:
        interval = previous / 2
    else:
        interval = previous * 1.5
    return clamp(interval)


def clamp(interval: float) -> float:
    return min(MAX_INTERVAL, max(MIN_INTERVAL, interval))


def backoff(interval: float, failures: float) -> float:
    return min(MAX_INTERVAL, max(MIN_INTERVAL, interval) * 2 ** min(failures, 8.0))


def jitter(feed_id: int, polls: int) -> float:
    """A factor in [1, 1.05), the same for the same feed and poll (reproducible in tests)."""
    return 1.0 + ((feed_id * 2654435761 + polls * 40503) % 1000) / 20_000
