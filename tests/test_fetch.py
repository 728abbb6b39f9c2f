"""URL fetching against a real HTTP server on 127.0.0.1.

Nothing here leaves the machine: the ``sandbox`` fixture replaces DNS resolution with a fixed
table of made-up names and lets sockets open only to 127.0.0.1.  A made-up *public* address
(``PUBLIC_IP``) stands for "some server on the internet": the guard sees and checks that address,
and the sandbox then connects the socket to the local test server instead.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import newsprism
from newsprism import fetch as fetch_module
from newsprism.errors import (
    DNSError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputTooLargeError,
    NewsprismError,
    PrivateAddressError,
    TooManyRedirectsError,
)
from newsprism.fetch import fetch, is_public_address
from newsprism.sources import MAX_BYTES, load

PUBLIC_IP = "93.184.216.34"  # stands for a public server; the sandbox routes it to 127.0.0.1
RU_PAGE = (
    "<html><head><title>Паводок в Заречье</title></head><body><article>"
    "<h1>Паводок в Заречье</h1>"
    "<p>Уровень воды в реке за сутки поднялся на 2,5 метра, сообщили в городской администрации. "
    "Жителей прибрежных улиц попросили не оставлять машины у набережной.</p>"
    "<p>По словам спасателей, пик паводка ожидается в четверг. В городе открыты три пункта "
    "временного размещения, в них уже находятся 140 человек.</p>"
    "</article></body></html>"
)


@dataclass
class Server:
    port: int
    hits: list[str] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if "Content-Length" not in (headers or {}):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: C901 - one branch per test route
            server.hits.append(self.path)
            server.headers.append({k.lower(): v for k, v in self.headers.items()})
            path = self.path
            html_1251 = {"Content-Type": "text/html; charset=windows-1251"}
            if path == "/article":
                self._send(200, RU_PAGE.encode("cp1251"), html_1251)
            elif path == "/koi8-no-charset":
                self._send(200, RU_PAGE.encode("koi8_r"), {"Content-Type": "text/html"})
            elif path == "/gzip":
                self._send(
                    200,
                    gzip.compress(RU_PAGE.encode("utf-8")),
                    {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
                )
            elif path == "/empty-article":
                self._send(200, b"<html><body><nav>Home | News</nav></body></html>")
            elif path.startswith("/status/"):
                self._send(int(path.rsplit("/", 1)[1]), b"<h1>error</h1>")
            elif path == "/slow":
                time.sleep(1.5)
                self._send(200, RU_PAGE.encode("utf-8"))
            elif path == "/drip":  # a byte at a time: never trips the read timeout
                self.send_response(200)
                self.end_headers()
                for _ in range(20):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/big-declared":
                self.send_response(200)
                self.send_header("Content-Length", str(MAX_BYTES + 1))
                self.end_headers()
                self.wfile.write(b"<p>" + b"a" * 1000)
            elif path == "/big-undeclared":  # HTTP/1.0 without Content-Length: read to close
                self.send_response(200)
                self.end_headers()
                chunk = b"<p>" + b"a" * 65533
                try:
                    for _ in range(MAX_BYTES // len(chunk) + 5):
                        self.wfile.write(chunk)
                except OSError:
                    pass  # the client hung up at the cap, as it should
            elif path == "/gzip-bomb":
                self._send(
                    200, gzip.compress(b" " * (MAX_BYTES + 100)), {"Content-Encoding": "gzip"}
                )
            elif path.startswith("/hops/"):
                n = int(path.rsplit("/", 1)[1])
                target = "/article" if n == 0 else f"/hops/{n - 1}"
                self._send(302, b"", {"Location": target})
            elif path == "/loop":
                self._send(301, b"", {"Location": "/loop"})
            elif path == "/to-loopback":
                self._send(302, b"", {"Location": server.url("/secret")})
            elif path == "/to-metadata":
                self._send(302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})
            elif path == "/to-metadata-name":
                self._send(302, b"", {"Location": server.url("/latest/", "metadata.example")})
            elif path == "/to-metadata-mapped":
                self._send(302, b"", {"Location": "http://[::ffff:169.254.169.254]/latest/"})
            elif path == "/to-internal-name":
                self._send(302, b"", {"Location": server.url("/secret", "internal.example")})
            elif path == "/to-public":
                self._send(302, b"", {"Location": server.url("/article", "news.example")})
            elif path == "/to-file":
                self._send(302, b"", {"Location": "file:///etc/passwd"})
            elif path == "/secret":
                self._send(200, b"<p>internal secret</p>")
            else:
                self._send(404, b"not found")

    return Handler


@pytest.fixture(name="server")
def server_fixture() -> Iterator[Server]:
    state = Server(port=0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@dataclass
class Sandbox:
    #: made-up host name -> the addresses it resolves to, one list per successive lookup
    names: dict[str, list[list[str]]]
    connected: list[str] = field(default_factory=list)


@pytest.fixture(name="sandbox")
def sandbox_fixture(monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    box = Sandbox(
        names={
            "news.example": [[PUBLIC_IP]],
            "internal.example": [["10.0.0.5"]],
            "metadata.example": [["169.254.169.254"]],
            "mixed.example": [[PUBLIC_IP, "192.168.1.20"]],
            "six.example": [["::ffff:127.0.0.1"]],
        }
    )
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.create_connection

    def fake_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in box.names:
            answers = box.names[name]
            addresses = answers.pop(0) if len(answers) > 1 else answers[0]
            return [
                (
                    socket.AF_INET6 if ":" in a else socket.AF_INET,
                    socket.SOCK_STREAM,
                    6,
                    "",
                    (a, port),
                )
                for a in addresses
            ]
        try:  # address literals resolve without DNS; any real name is a test bug
            return real_getaddrinfo(host, port, *args, flags=socket.AI_NUMERICHOST)
        except socket.gaierror:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None

    def fake_connect(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        host, port = address[0], address[1]
        box.connected.append(host)
        if host == PUBLIC_IP:
            host = "127.0.0.1"
        if host != "127.0.0.1":
            raise AssertionError(f"a test tried to open a connection to {host}")
        return real_connect((host, port), *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", fake_connect)
    return box


# -- the address guard ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("64:ff9b::a00:1", False),  # NAT64 form of 10.0.0.1
        ("2002:a00:1::", False),  # 6to4 form of 10.0.0.1
        ("::ffff:93.184.216.34", True),
    ],
)
def test_public_address_check(address: str, public: bool) -> None:
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "10.0.0.7", "169.254.169.254", "[::1]", "[::ffff:127.0.0.1]", "internal.example"],
)
def test_private_addresses_are_refused_without_connecting(sandbox: Sandbox, host: str) -> None:
    with pytest.raises(PrivateAddressError) as info:
        fetch(f"http://{host}:8080/")
    assert info.value.exit_code == 4
    assert "--allow-private" in info.value.hint
    assert sandbox.connected == []


def test_a_host_with_one_private_address_among_public_ones_is_refused(sandbox: Sandbox) -> None:
    with pytest.raises(PrivateAddressError, match="192.168.1.20"):
        fetch("http://mixed.example/")
    assert sandbox.connected == []


def test_local_server_is_refused_then_allowed(sandbox: Sandbox, server: Server) -> None:
    with pytest.raises(PrivateAddressError):
        fetch(server.url("/article"))
    assert server.hits == []
    response = fetch(server.url("/article"), allow_private=True)
    assert response.charset == "windows-1251"
    assert "Паводок" in response.body.decode("cp1251")
    assert server.headers[0]["user-agent"].startswith("Mozilla/5.0")
    assert "newsprism/" in server.headers[0]["user-agent"]


def test_public_host_is_fetched_through_the_checked_address(
    sandbox: Sandbox, server: Server
) -> None:
    article = newsprism.read(server.url("/article", "news.example"))
    assert article.title == "Паводок в Заречье"
    assert article.language == "ru"
    assert article.metadata.url is not None and "news.example" in article.metadata.url
    assert sandbox.connected == [PUBLIC_IP]


def test_dns_rebinding_cannot_switch_the_address(sandbox: Sandbox, server: Server) -> None:
    # the first answer is public, every later one loopback: the socket must go to the first
    sandbox.names["flip.example"] = [[PUBLIC_IP], ["127.0.0.1"]]
    fetch(server.url("/article", "flip.example"))
    assert sandbox.connected == [PUBLIC_IP]


@pytest.mark.parametrize("route", ["/to-loopback", "/to-metadata", "/to-internal-name"])
def test_public_page_redirecting_to_a_private_one_is_refused(
    sandbox: Sandbox, server: Server, route: str
) -> None:
    with pytest.raises(PrivateAddressError):
        fetch(server.url(route, "news.example"))
    assert server.hits == [route]  # the private target was never requested
    assert sandbox.connected == [PUBLIC_IP]


def test_redirect_between_allowed_hosts_is_followed(sandbox: Sandbox, server: Server) -> None:
    response = fetch(server.url("/to-public"), allow_private=True)
    assert response.url == server.url("/article", "news.example")


def test_redirect_to_another_scheme_is_refused(sandbox: Sandbox, server: Server) -> None:
    with pytest.raises(FetchError, match="not an http"):
        fetch(server.url("/to-file"), allow_private=True)


def test_five_redirects_are_followed_and_six_are_too_many(sandbox: Sandbox, server: Server) -> None:
    assert fetch(server.url("/hops/4"), allow_private=True).url.endswith("/article")
    with pytest.raises(TooManyRedirectsError):
        fetch(server.url("/hops/5"), allow_private=True)
    with pytest.raises(TooManyRedirectsError) as info:
        fetch(server.url("/loop"), allow_private=True)
    assert info.value.exit_code == 4


# -- network failures -------------------------------------------------------------------------


def test_dns_failure(sandbox: Sandbox) -> None:
    with pytest.raises(DNSError, match="cannot resolve host 'nowhere.example'") as info:
        load("https://nowhere.example/news/1")
    assert info.value.exit_code == 4


@pytest.mark.parametrize(
    ("status", "hint"),
    [
        (404, "moved"),
        (410, "moved"),
        (500, "later"),
        (300, "save the page"),
        (304, "save the page"),
    ],
)
def test_http_error_status(sandbox: Sandbox, server: Server, status: int, hint: str) -> None:
    with pytest.raises(HTTPStatusError, match=f"HTTP {status}") as info:
        fetch(server.url(f"/status/{status}"), allow_private=True)
    assert info.value.status == status
    assert hint in info.value.hint
    assert info.value.exit_code == 4


def test_read_timeout(sandbox: Sandbox, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    monkeypatch.setattr(fetch_module, "TIMEOUT", httpx.Timeout(0.3))
    with pytest.raises(FetchTimeoutError, match="timed out"):
        fetch(server.url("/slow"), allow_private=True)


def test_overall_deadline(
    sandbox: Sandbox, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch_module, "DEADLINE_SECONDS", 0.3)
    with pytest.raises(FetchTimeoutError, match="to send"):
        fetch(server.url("/drip"), allow_private=True)


def test_connection_refused(sandbox: Sandbox) -> None:
    with socket.socket() as s:  # a port that is certainly closed: bound, never listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        with pytest.raises(FetchError, match="cannot connect"):
            fetch(f"http://127.0.0.1:{port}/", allow_private=True)


# -- size and content -------------------------------------------------------------------------


def test_declared_size_over_20_mb(sandbox: Sandbox, server: Server) -> None:
    with pytest.raises(InputTooLargeError, match="more than the 20 MB limit"):
        fetch(server.url("/big-declared"), allow_private=True)


def test_undeclared_size_over_20_mb(sandbox: Sandbox, server: Server) -> None:
    with pytest.raises(InputTooLargeError, match="more than the 20 MB limit"):
        fetch(server.url("/big-undeclared"), allow_private=True)


def test_compressed_body_is_unpacked_and_capped(sandbox: Sandbox, server: Server) -> None:
    assert "Паводок" in fetch(server.url("/gzip"), allow_private=True).body.decode("utf-8")
    with pytest.raises(InputTooLargeError, match="unpacks"):
        fetch(server.url("/gzip-bomb"), allow_private=True)


def test_charset_without_header_is_detected(sandbox: Sandbox, server: Server) -> None:
    doc = load(server.url("/koi8-no-charset"), allow_private=True)
    assert doc.encoding == "koi8_r" and "Паводок в Заречье" in doc.text
    assert doc.url == server.url("/koi8-no-charset")


def test_page_without_article_text(sandbox: Sandbox, server: Server) -> None:
    from newsprism.errors import NoArticleTextError

    with pytest.raises(NoArticleTextError) as info:
        newsprism.read(server.url("/empty-article"), allow_private=True)
    assert info.value.exit_code == 3


def test_invalid_urls(sandbox: Sandbox) -> None:
    for url in ("http://[::1/", "http://host:99999/", "http://exa mple.com/"):
        with pytest.raises(NewsprismError):
            fetch(url)


# -- cloud metadata under --allow-private (session 22) ----------------------------------------


@pytest.mark.parametrize("route", ["/to-metadata", "/to-metadata-name", "/to-metadata-mapped"])
def test_allow_private_still_refuses_a_redirect_to_cloud_metadata(
    sandbox: Sandbox, server: Server, route: str
) -> None:
    with pytest.raises(PrivateAddressError, match="cloud metadata") as info:
        fetch(server.url(route), allow_private=True)
    assert "give http://169.254.169.254/" in info.value.hint
    assert sandbox.connected == ["127.0.0.1"]  # the page itself, never the metadata service


def test_allow_private_refuses_a_name_that_resolves_to_cloud_metadata(sandbox: Sandbox) -> None:
    with pytest.raises(PrivateAddressError, match="resolves to the cloud metadata"):
        fetch("http://metadata.example/latest/", allow_private=True)
    assert sandbox.connected == []


def test_cloud_metadata_named_as_the_url_itself_is_let_through_with_allow_private(
    sandbox: Sandbox,
) -> None:
    with pytest.raises(PrivateAddressError):  # without the flag: refused as any private address
        fetch("http://169.254.169.254/latest/")
    # with it, and the address itself as the URL's host: the guard lets the connection start
    # (the sandbox then stops it, as it stops every connection off this machine)
    with pytest.raises(AssertionError, match="169.254.169.254"):
        fetch("http://169.254.169.254/latest/", allow_private=True)
    assert sandbox.connected == ["169.254.169.254"]
