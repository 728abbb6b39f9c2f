"""Fetch a URL politely and safely.

- connect/read timeouts and an overall deadline, at most 5 redirects, a 20 MB cap on the body
  (declared or not, compressed or not), a real User-Agent;
- no private, loopback, link-local or otherwise non-public addresses unless ``allow_private``.
  The guard sits where the connection is made (:class:`GuardedBackend`): the host is resolved,
  *every* address it resolves to is checked, and the socket is opened to the address that was
  checked, not to a second DNS answer.  Each redirect opens a new connection and is checked the
  same way, so a public page that redirects to ``http://169.254.169.254/`` is refused, and so is a
  DNS server that answers "public" to one lookup and "private" to the next (DNS rebinding);
- one deadline covers the whole fetch, redirects included: connecting, the TLS handshake, the
  headers and the body.  Every socket operation is given at most the time left
  (:class:`_DeadlineStream`), so a server that sends a header line every few seconds cannot hold
  a fetch, or the web worker waiting on it, past the deadline;
- proxies from the environment are ignored: a proxy would make the connection on our behalf and
  the guard could not see where to;
- every httpx error is translated into a newsprism :class:`~newsprism.errors.FetchError`.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
import typing
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from . import __version__
from .errors import (
    DNSError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputTooLargeError,
    PrivateAddressError,
    TooManyRedirectsError,
)
from .sources import MAX_BYTES

USER_AGENT = f"Mozilla/5.0 (X11; Linux x86_64) newsprism/{__version__} (+offline news reader)"
MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(connect=10.0, read=20.0, write=10.0, pool=10.0)
#: a server that sends one byte every few seconds never trips the read timeout; this does
DEADLINE_SECONDS = 60.0

#: when the fetch in progress must end (monotonic clock); ``None`` outside a deadline
_deadline: ContextVar[float | None] = ContextVar("newsprism_fetch_deadline", default=None)


@contextmanager
def fetch_deadline(seconds: float) -> Iterator[None]:
    """Every connection made through :func:`guarded_client` inside the block ends by then.

    :func:`fetch` sets one itself; other fetchers (feeds, model downloads) wrap their requests.
    A deadline inside another keeps the earlier one.
    """
    at = time.monotonic() + seconds
    outer = _deadline.get()
    token = _deadline.set(at if outer is None else min(at, outer))
    try:
        yield
    finally:
        _deadline.reset(token)


def _time_left(timeout: float | None) -> float | None:
    """``timeout`` cut to the time left before the deadline; raise when it has passed."""
    at = _deadline.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the fetch deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, _time_left(timeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    "Accept-Language": "en,ru;q=0.9,*;q=0.5",
    # only what _decompress can unpack under the size cap
    "Accept-Encoding": "gzip, deflate",
}


@dataclass(frozen=True)
class Response:
    url: str
    body: bytes
    charset: str | None
    content_type: str | None


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv4 written inside IPv6 (::ffff:127.0.0.1, 64:ff9b::a00:1, 2002:a00:1::) is judged as IPv4
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip in ipaddress.IPv6Network("64:ff9b::/96"):
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.is_global and not ip.is_multicast


#: cloud metadata services (AWS, GCP, Azure, OpenStack; AWS ECS tasks; AWS over IPv6; Alibaba):
#: they hand out the machine's credentials to any local request, so ``allow_private`` does not
#: open them to a page, a redirect or a feed item — only to a URL the user gives with the address
#: itself as its host (:data:`_named_host`)
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
#: the host of the URL the user asked ``fetch`` for (a redirect does not change it)
_named_host: ContextVar[str | None] = ContextVar("newsprism_named_host", default=None)


def _metadata_ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip if ip in METADATA_ADDRESSES else None


def is_metadata_address(address: str) -> bool:
    return _metadata_ip(address) is not None


def check_metadata(host: str, addresses: list[str]) -> None:
    """Under ``allow_private``: refuse a cloud metadata address unless the user's own URL names
    it as its host (a page, a redirect, a feed or a DNS name cannot lead newsprism there)."""
    for address in addresses:
        ip = _metadata_ip(address)
        if ip is None:
            continue
        named = _named_host.get()
        if named is not None and named.strip("[]") == host.strip("[]") == address:
            continue
        raise PrivateAddressError(
            f"{host} is the cloud metadata address {address}, refused even with --allow-private"
            if host.strip("[]") == address
            else f"{host} resolves to the cloud metadata address {address}, refused even with "
            "--allow-private",
            hint="a page, a redirect or a feed never leads newsprism there; to read it, give "
            f"http://{ip if ip.version == 4 else f'[{ip}]'}/… itself as the URL with "
            "--allow-private",
        )


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to.  Raise :class:`DNSError` when it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise DNSError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    except (UnicodeError, ValueError) as exc:
        raise DNSError(f"invalid host name {host!r}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_addresses(host: str, addresses: list[str]) -> None:
    for address in addresses:
        if not is_public_address(address):
            if host.strip("[]") == address:
                raise PrivateAddressError(
                    f"{address} is a non-public (private, loopback or reserved) address"
                )
            raise PrivateAddressError(f"{host} resolves to the non-public address {address}")


def check_host(host: str, port: int) -> None:
    """Raise :class:`PrivateAddressError` unless every address of ``host`` is public."""
    check_addresses(host, resolve(host, port))


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, resolving and checking the host itself before connecting."""

    def __init__(self, *, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        if not self.allow_private:
            check_addresses(host, addresses)
        else:
            check_metadata(host, addresses)
        error: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:  # connect to the checked address, never to a new DNS answer
            try:
                stream = super().connect_tcp(
                    address, port, _time_left(timeout), local_address, socket_options
                )
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None  # getaddrinfo never answers with an empty list
        raise error


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, *, allow_private: bool) -> None:
        super().__init__(trust_env=False)
        # httpx has no public way to give its pool a network backend; the pool is all it keeps
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=GuardedBackend(allow_private=allow_private),
        )


def guarded_client(
    *,
    allow_private: bool = False,
    timeout: httpx.Timeout | None = None,
    follow_redirects: bool = False,
) -> httpx.Client:
    """An httpx client whose every connection goes through the address guard.

    Other modules that fetch (feeds, robots.txt, model downloads) should use this rather than a
    bare client.  ``fetch`` follows redirects by hand (to check each hop's scheme); a download
    may let httpx follow them, since every connection is checked by the transport anyway.
    """
    return httpx.Client(
        headers=HEADERS,
        timeout=timeout or TIMEOUT,
        follow_redirects=follow_redirects,
        max_redirects=MAX_REDIRECTS,
        trust_env=False,
        transport=_GuardedTransport(allow_private=allow_private),
    )


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    client: httpx.Client | None = None,
    deadline: float | None = None,
) -> Response:
    """GET ``url``; follow up to 5 redirects; raise a :class:`FetchError` subclass on failure.

    ``deadline`` (seconds, default :data:`DEADLINE_SECONDS`) bounds the whole fetch.  With a
    ``client`` of your own, the address guard runs before each request instead (it cannot see
    inside your client's connections), and the deadline is only checked between chunks of the
    body; prefer :func:`guarded_client`.
    """
    own_client = client is None
    http = client if client is not None else guarded_client(allow_private=allow_private)
    named = None
    try:
        named = _named_host.set(_check_url(url)[0])
        with bounded_fetch(url, deadline) as bound:
            for _ in range(MAX_REDIRECTS + 1):
                host, port = _check_url(url)
                bound.url = url
                if not own_client and not allow_private:
                    check_host(host, port)
                elif not own_client:
                    check_metadata(host, resolve(host, port))
                with http.stream("GET", url, headers=HEADERS) as response:
                    if response.has_redirect_location:  # a 3xx without Location is no redirect
                        url = _redirect_target(url, response.headers["location"])
                        continue
                    _check_status(url, response)
                    body = _read_body(url, response, bound)
                    return Response(
                        url=str(response.url),
                        body=body,
                        charset=response.charset_encoding,
                        content_type=response.headers.get("content-type"),
                    )
            raise TooManyRedirectsError(f"{url} redirected more than {MAX_REDIRECTS} times")
    finally:
        if named is not None:
            _named_host.reset(named)
        if own_client:
            http.close()


@dataclass
class FetchBound:
    """The deadline of one fetch in progress, and the address it is at (for the messages)."""

    url: str
    seconds: float
    at: float

    def check(self) -> None:
        """Raise :class:`FetchTimeoutError` once the deadline has passed."""
        if time.monotonic() > self.at:
            raise self.timeout()

    def timeout(self) -> FetchTimeoutError:
        return FetchTimeoutError(f"{self.url} took more than {self.seconds:g} s to send the page")


@contextmanager
def bounded_fetch(url: str, seconds: float | None = None) -> Iterator[FetchBound]:
    """One deadline over a whole fetch, and httpx's errors as newsprism's.

    ``seconds`` (default :data:`DEADLINE_SECONDS`) is cut to the article's remaining time
    budget when one is running.  Inside the block every socket operation of a
    :func:`guarded_client` ends by the deadline (connecting, TLS, headers, body); a timeout once
    it has passed says so.  Every fetcher uses this (``fetch``, the feed poller), so a server
    that drips its headers holds none of them.
    """
    from .budget import seconds_left

    if seconds is None:
        seconds = DEADLINE_SECONDS
    left = seconds_left()  # the article's own time budget, when one is running
    if left is not None:
        seconds = max(0.0, min(seconds, left))
    bound = FetchBound(url, seconds, time.monotonic() + seconds)
    try:
        with fetch_deadline(seconds):
            yield bound
    except httpx.TimeoutException as exc:
        if time.monotonic() >= bound.at:
            raise bound.timeout() from exc
        raise fetch_error(bound.url, exc) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise fetch_error(bound.url, exc) from exc


def fetch_error(url: str, exc: httpx.HTTPError | httpx.InvalidURL) -> FetchError:
    """httpx's exception as one of ours, saying what to do (every fetcher translates alike)."""
    if isinstance(exc, httpx.TimeoutException):
        return FetchTimeoutError(f"timed out fetching {url}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError(f"cannot connect to {urlsplit(url).hostname}: {exc}")
    if isinstance(exc, httpx.InvalidURL):
        return FetchError(f"{url!r} is not a valid URL: {exc}", hint="check the URL")
    return FetchError(f"fetching {url} failed: {exc}")


def _redirect_target(url: str, location: str) -> str:
    try:
        return urljoin(url, location)
    except ValueError as exc:  # "http://[broken" in a Location header
        raise FetchError(
            f"{url} redirected to a malformed address {location!r}",
            hint="open the page in a browser and save it",
        ) from exc


def _check_url(url: str) -> tuple[str, int]:
    """The host and port of an http(s) URL; raise :class:`FetchError` for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port out of range
    except ValueError as exc:
        raise FetchError(f"{url!r} is not a valid URL: {exc}", hint="check the URL") from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(
            f"cannot fetch {url!r}: not an http(s) URL",
            hint="newsprism follows only http:// and https:// links",
        )
    return parts.hostname, port or (443 if parts.scheme.lower() == "https" else 80)


def _check_status(url: str, response: httpx.Response) -> None:
    status = response.status_code
    if status < 300:
        return
    if status < 400:  # 3xx with no Location: nothing to follow, and no page either
        raise HTTPStatusError(
            f"{url} answered HTTP {status} {response.reason_phrase} without an address to follow",
            status=status,
            hint="open it in a browser and save the page",
        )
    raise HTTPStatusError(
        f"{url} answered HTTP {status} {response.reason_phrase}".rstrip(),
        status=status,
        hint="the page may have moved or need a login; open it in a browser and save it"
        if status < 500
        else "the server has a problem; try again later, or save the page and read the file",
    )


def _read_body(url: str, response: httpx.Response, bound: FetchBound) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise InputTooLargeError(
            f"{url} is {int(declared) / 1e6:.1f} MB, more than the 20 MB limit"
        )
    chunks: list[bytes] = []
    size = 0
    # iter_raw: the bytes as sent, so that the cap counts them before anything is unpacked
    for chunk in response.iter_raw():
        size += len(chunk)
        if size > MAX_BYTES:
            raise InputTooLargeError(f"{url} is more than the 20 MB limit")
        bound.check()
        chunks.append(chunk)
    body = b"".join(chunks)
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        body = _decompress(body, encoding, url)
    elif encoding not in ("", "identity"):
        raise FetchError(
            f"{url} sent content encoded as {encoding!r}, which newsprism cannot unpack",
            hint="save the page in a browser and read the file",
        )
    return body


def _decompress(body: bytes, encoding: str, url: str) -> bytes:
    # gzip, or zlib-wrapped deflate; some servers send raw deflate, so that is tried last
    for wbits in (31,) if encoding != "deflate" else (15, -15):
        d = zlib.decompressobj(wbits)
        try:
            out = d.decompress(body, MAX_BYTES + 1)
        except zlib.error:
            continue
        if len(out) > MAX_BYTES:
            raise InputTooLargeError(f"{url} unpacks to more than the 20 MB limit")
        return out
    raise FetchError(f"{url} sent {encoding} content that cannot be unpacked")
