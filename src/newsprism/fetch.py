"""Fetch a URL politely and safely.

- connect/read timeouts, at most 5 redirects, a 20 MB cap on the body, a real User-Agent;
- no private, loopback, link-local or otherwise non-public addresses unless ``allow_private``:
  the host is resolved and *every* address it resolves to is checked, before the first request
  and again on every redirect (a public page may redirect to ``http://169.254.169.254/``);
- every httpx error is translated into a newsprism :class:`~newsprism.errors.FetchError`.

The check happens just before each request; a DNS server that answers differently a millisecond
later (DNS rebinding) is outside what this guard can see.  Run newsprism behind an egress proxy
if that matters to you.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

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


@dataclass(frozen=True)
class Response:
    url: str
    body: bytes
    charset: str | None
    content_type: str | None


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_host(host: str, port: int) -> None:
    """Raise :class:`PrivateAddressError` unless every address of ``host`` is public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise DNSError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    except UnicodeError as exc:
        raise DNSError(f"invalid host name {host!r}") from exc
    for info in infos:
        address = str(info[4][0])
        if not is_public_address(address):
            raise PrivateAddressError(f"{host} resolves to the non-public address {address}")


def fetch(url: str, *, allow_private: bool = False, client: httpx.Client | None = None) -> Response:
    own_client = client is None
    http = client or httpx.Client(
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Language": "en,ru;q=0.9,*;q=0.5",
        },
        timeout=TIMEOUT,
        follow_redirects=False,  # followed by hand, so that every hop is checked
    )
    try:
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"cannot fetch {url!r}: not an http(s) URL")
            if not allow_private:
                check_host(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
            with http.stream("GET", url) as response:
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{url} redirects without saying where")
                    url = urljoin(url, location)
                    continue
                if response.status_code >= 400:
                    raise HTTPStatusError(
                        f"{url} answered HTTP {response.status_code} {response.reason_phrase}",
                        status=response.status_code,
                        hint="the page may have moved or need a login; open it in a browser and save it"
                        if response.status_code < 500
                        else "the server has a problem; try again later",
                    )
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                    raise InputTooLargeError(
                        f"{url} is {int(declared) / 1e6:.1f} MB, more than the 20 MB limit"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_raw():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise InputTooLargeError(f"{url} is more than the 20 MB limit")
                    chunks.append(chunk)
                body = b"".join(chunks)
                if response.headers.get("content-encoding", "").lower() in (
                    "gzip",
                    "deflate",
                    "br",
                ):
                    body = _decompress(body, response.headers["content-encoding"].lower(), url)
                return Response(
                    url=str(response.url),
                    body=body,
                    charset=response.charset_encoding,
                    content_type=response.headers.get("content-type"),
                )
        raise TooManyRedirectsError(f"{url} redirected more than {MAX_REDIRECTS} times")
    except httpx.TimeoutException as exc:
        raise FetchTimeoutError(f"timed out fetching {url}") from exc
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect to {urlsplit(url).hostname}: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"fetching {url} failed: {exc}") from exc
    finally:
        if own_client:
            http.close()


def _decompress(body: bytes, encoding: str, url: str) -> bytes:
    # iter_raw keeps the size cap honest against compression bombs; decode with a cap too
    import zlib

    if encoding == "br":
        raise FetchError(f"{url} sent brotli-compressed content, which newsprism cannot read")
    wbits = 31 if encoding == "gzip" else 15
    d = zlib.decompressobj(wbits)
    out = d.decompress(body, MAX_BYTES + 1)
    if len(out) > MAX_BYTES:
        raise InputTooLargeError(f"{url} unpacks to more than the 20 MB limit")
    return out
