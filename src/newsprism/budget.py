"""A time budget per article: the work checks a deadline and stops with a clear error.

A thread cannot be killed from outside, so the work itself looks at the clock: the pipeline
between stages, segmentation between blocks, the parsers between the chunks they feed a model.
Each step between two checks is linear in its input (and the input is capped at 20 MB), so the
budget ends the work within a step of its deadline and frees the worker, in the CLI and in the
web app alike.

The deadline lives in a :class:`~contextvars.ContextVar`, so threads of a web server each keep
their own, and code that never sets one is never interrupted::

    with time_budget(120, "page.html"):
        article = analyse(read("page.html"))   # raises BudgetExceededError after 120 s
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from .errors import BudgetExceededError

T = TypeVar("T")

#: seconds one article may take by default (read, extract, analyse): a few minutes
DEFAULT_SECONDS = 180.0


@dataclass(frozen=True)
class _Deadline:
    at: float
    seconds: float
    what: str


_current: ContextVar[_Deadline | None] = ContextVar("newsprism_deadline", default=None)


@contextmanager
def time_budget(seconds: float | None, what: str = "the article") -> Iterator[None]:
    """Within the block, :func:`check_time` raises once ``seconds`` have passed.

    ``None`` or ``0`` sets no limit.  A budget inside another keeps the earlier deadline.
    """
    outer = _current.get()
    deadline = outer
    if seconds:
        at = time.monotonic() + seconds
        if outer is None or at < outer.at:
            deadline = _Deadline(at, seconds, what)
    token = _current.set(deadline)
    try:
        yield
    finally:
        _current.reset(token)


def check_time() -> None:
    """Raise :class:`BudgetExceededError` when the current budget is spent."""
    deadline = _current.get()
    if deadline is not None and time.monotonic() > deadline.at:
        raise BudgetExceededError(
            f"stopped after {deadline.seconds:g} s: {deadline.what} took longer than its time budget"
        )


def seconds_left() -> float | None:
    """Seconds until the current deadline (``None`` without one)."""
    deadline = _current.get()
    return None if deadline is None else deadline.at - time.monotonic()


def checked(items: Iterable[T]) -> Iterator[T]:
    """``items``, checking the budget before each: for loops that feed a model chunk by chunk."""
    for item in items:
        check_time()
        yield item
