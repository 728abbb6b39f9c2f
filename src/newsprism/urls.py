"""URL helpers that never raise on the malformed addresses real pages carry.

``urllib.parse`` raises ``ValueError`` for a bracketed host that does not close
(``https://[news.example/…``) or a port out of range; a page is not to be refused for one bad
``href`` or ``src``.  The address is kept as written when it cannot be joined, and judged
unsafe (``None``) where a safe http(s) address is needed.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def join_url(base: str | None, ref: str) -> str:
    """``ref`` resolved against ``base``; ``ref`` as written when either cannot be parsed."""
    if not base:
        return ref
    try:
        return urljoin(base, ref)
    except ValueError:
        return ref


def split_url(url: str) -> SplitResult | None:
    """The parts of ``url``, or ``None`` when it cannot be parsed."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return None
    return parts


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a well-formed http(s) address with a host, else ``None``."""
    if not url:
        return None
    parts = split_url(url)
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
