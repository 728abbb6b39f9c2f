"""Conditional GET for feeds and their items, through the address guard of :mod:`newsprism.fetch`.

Unlike :func:`newsprism.fetch.fetch`, this returns the answers a poller acts on instead of
raising: ``304 Not Modified`` (nothing downloaded), ``429``/``503`` with their ``Retry-After``.
``ETag`` and ``Last-Modified`` are sent back exactly as the server gave them.  Redirects are
followed by hand (at most 5), each hop checked for its scheme and, through the guarded client,
for its address; a permanent redirect of the feed itself is reported so the feed's URL can be
updated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx

from ..errors import HTTPStatusError, TooManyRedirectsError
from ..fetch import (
    HEADERS,
    MAX_REDIRECTS,
    _check_url,
    _read_body,
    _redirect_target,
    bounded_fetch,
    check_host,
)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)
#: answers that are not errors of the feed but a request to come back later
RETRY_LATER = (429, 503)


@dataclass(frozen=True)
class FeedResponse:
    status: int
    url: str
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    charset: str | None = None
    #: where a 301/308 said the resource now lives (the first permanent hop only)
    moved_to: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


#: what to do when a feed's own address answers an HTTP error
FEED_FAILED_HINT = "check the feed's address; newsprism backs off and retries"
#: and when an item's page does (the walk: a 404 of an item's page told the reader to check the
#: feed's address, which was fine — the feed links to a page its site does not serve, or not yet)
ITEM_FAILED_HINT = (
    "the feed links to a page its site does not serve (removed, moved or not yet published); "
    "newsprism tries it again later, then gives the item up — the feed itself is fine"
)


def conditional_get(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    allow_private: bool = False,
    guarded: bool = True,
    accept: str = FEED_ACCEPT,
    deadline: float | None = None,
    failed_hint: str = FEED_FAILED_HINT,
) -> FeedResponse:
    """GET ``url`` with ``If-None-Match``/``If-Modified-Since``; raise FetchError on failure.

    ``guarded`` says the client is :func:`newsprism.fetch.guarded_client` (its transport checks
    every connection); with any other client the host is checked here before each hop.
    ``deadline`` (seconds, default :data:`~newsprism.fetch.DEADLINE_SECONDS`) bounds the whole
    request, redirects included, by the same mechanism as :func:`newsprism.fetch.fetch`: with a
    guarded client every socket operation ends by then, so a server that drips its headers
    cannot hold a poll.
    """
    headers = dict(HEADERS)
    headers["Accept"] = accept
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    moved_to: str | None = None
    permanent = True
    with bounded_fetch(url, deadline) as bound:
        for _ in range(MAX_REDIRECTS + 1):
            host, port = _check_url(url)
            bound.url = url
            if not guarded and not allow_private:
                check_host(host, port)
            with client.stream("GET", url, headers=headers) as response:
                if response.has_redirect_location:
                    target = _redirect_target(url, response.headers["location"])
                    permanent = permanent and response.status_code in (301, 308)
                    if permanent:
                        moved_to = target
                    url = target
                    continue
                kept = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code == 304 or response.status_code in RETRY_LATER:
                    return FeedResponse(response.status_code, url, headers=kept, moved_to=moved_to)
                if response.status_code >= 400:
                    raise HTTPStatusError(
                        f"{url} answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                        status=response.status_code,
                        hint=failed_hint,
                    )
                body = _read_body(url, response, bound)
                return FeedResponse(
                    response.status_code,
                    str(response.url),
                    body,
                    kept,
                    response.charset_encoding,
                    moved_to,
                )
        raise TooManyRedirectsError(f"{url} redirected more than {MAX_REDIRECTS} times")


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError, IndexError):
        return None


def max_age(cache_control: str | None) -> float | None:
    """``max-age`` (or ``s-maxage``) of a Cache-Control header, in seconds."""
    if not cache_control:
        return None
    best: float | None = None
    for part in cache_control.split(","):
        name, _, value = part.strip().partition("=")
        if name.strip().lower() in ("max-age", "s-maxage") and value.strip().strip('"').isdigit():
            best = max(best or 0.0, float(value.strip().strip('"')))
    return best
