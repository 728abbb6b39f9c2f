"""Time for the poller: the wall clock, or a simulated one that tests and benchmarks drive.

Everything the poller schedules is in Unix seconds read from a :class:`Clock`, so a day of
polling runs in a second under :class:`SimulatedClock` with the same code as ``watch``.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def now(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


class SimulatedClock:
    """A clock that moves only when slept on (thread-safe)."""

    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._now += max(0.0, seconds)

    def advance_to(self, when: float) -> None:
        with self._lock:
            self._now = max(self._now, when)


def iso(ts: float | None) -> str | None:
    """A Unix time as ISO 8601 UTC (``2026-12-03T08:00:00Z``), ``None`` for ``None``."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str | None) -> float | None:
    """An ISO 8601 or RFC 822 date as Unix seconds; ``None`` when it cannot be read."""
    if not value:
        return None
    text = value.strip()
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()
