"""A fake news publisher on 127.0.0.1 for the feed tests: in-process, driven by a simulated clock.

It serves RSS feeds whose items appear as the clock moves, article pages for them, live blogs
that add updates, robots.txt, and misbehaviour on demand (304s, 429 + Retry-After, validators
ignored, malformed XML, huge bodies, redirects to private addresses).  Every request is logged
with the simulated time it arrived, and the number of requests in flight is tracked, so a test
can check the poller's politeness from the server's side.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from newsprism.feeds.clock import SimulatedClock, iso

Reply = tuple[int, dict[str, str], bytes]
Route = Callable[["Hit"], Reply]


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


EN_PARAS = [
    "Rescue teams reached the flooded district of Millbrook on {day} after the river rose {n} "
    "centimetres overnight, the county emergency service said in a statement.",
    '"We have evacuated {m} people so far and the water is still rising," said Ellen Carver, '
    "who leads the county's flood response. She added that two shelters had opened in schools.",
    "The weather office expects another {k} millimetres of rain before the weekend. Roads into "
    "the district remain closed and the railway line to the coast has been suspended.",
    "Residents who stayed behind were asked to move to upper floors and keep their phones "
    "charged. Volunteers handed out sandbags at the town hall until late in the evening.",
]
RU_PARAS = [
    "Спасатели добрались до затопленного района Заречье в {day}, после того как уровень реки "
    "за ночь поднялся на {n} сантиметров, сообщили в региональном управлении МЧС.",
    "«Мы уже эвакуировали {m} человек, и вода продолжает прибывать», — сказала Елена Карпова, "
    "руководитель областного штаба. По её словам, в двух школах открыты пункты временного размещения.",
    "Синоптики ожидают ещё {k} миллиметров осадков до выходных. Въезд в район закрыт, "
    "движение поездов на побережье приостановлено.",
    "Жителей, оставшихся дома, попросили подняться на верхние этажи и держать телефоны "
    "заряженными. Добровольцы раздавали мешки с песком у здания администрации до позднего вечера.",
]


def article_html(k: int, lang: str = "en", title: str | None = None) -> bytes:
    paras = EN_PARAS if lang == "en" else RU_PARAS
    day = ["Monday", "Tuesday", "Wednesday"][k % 3] if lang == "en" else "понедельник"
    body = "".join(
        f"<p>{p.format(day=day, n=40 + k, m=100 + 7 * k, k=10 + k % 9)} (#{k})</p>" for p in paras
    )
    title = title or (f"Flood update {k}" if lang == "en" else f"Наводнение: сводка {k}")
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'</head><body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}</article>'
        "<footer>© Example News</footer></body></html>"
    ).encode()


class Publisher:
    def __init__(self, clock: SimulatedClock) -> None:
        self.clock = clock
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.inflight = 0
        self.max_inflight = 0
        self.slow: float = 0.0
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.route("/robots.txt", lambda hit: (404, {}, b"not found"))

    def __enter__(self) -> Publisher:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Route) -> None:
        self.routes[path] = handler

    def requests_to(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def min_spacing(self) -> float:
        """The smallest gap between two request starts (simulated seconds)."""
        times = sorted(h.at for h in self.hits)
        return min((b - a for a, b in zip(times, times[1:], strict=False)), default=float("inf"))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        publisher = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                hit = Hit(
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    publisher.clock.now(),
                )
                with publisher._lock:
                    publisher.hits.append(hit)
                    publisher.inflight += 1
                    publisher.max_inflight = max(publisher.max_inflight, publisher.inflight)
                done = False
                try:
                    handler = publisher.routes.get(self.path.split("?")[0])
                    status, headers, body = handler(hit) if handler else (404, {}, b"no such page")
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    # the request ends for the client when it has read the body, which cannot
                    # happen before the body is written: counted done here, not when this
                    # thread returns (the client may by then have started its next request,
                    # whose thread counted three in flight while the poller held two)
                    with publisher._lock:
                        publisher.inflight -= 1
                        done = True
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                finally:
                    if not done:
                        with publisher._lock:
                            publisher.inflight -= 1

        return Handler


@dataclass
class RssFeed:
    """An RSS feed that publishes one item every ``period`` seconds from ``start`` on.

    It answers conditional requests properly unless ``honour_validators`` is off (then it sends a
    fresh random-looking ETag and the full body every time, as some servers do).
    """

    publisher: Publisher
    path: str
    start: float
    period: float = 3600.0
    lang: str = "en"
    keep: int = 20
    honour_validators: bool = True
    extra_channel: str = ""
    published: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.publisher.route(self.path, self.serve)

    def items_now(self) -> list[int]:
        now = self.publisher.clock.now()
        n = int((now - self.start) // self.period) + 1 if now >= self.start else 0
        return list(range(max(0, n - self.keep), n))

    def item_path(self, k: int) -> str:
        return f"{self.path.rstrip('/').rsplit('/', 1)[0]}/news/{self.path.strip('/').replace('/', '-')}-{k}"

    def item_time(self, k: int) -> float:
        return self.start + k * self.period

    def body(self) -> tuple[bytes, str, str]:
        ks = self.items_now()
        for k in ks:
            self.published.setdefault(k, self.item_time(k))
            path = self.item_path(k)
            if path not in self.publisher.routes:
                self.publisher.route(
                    path,
                    lambda hit, k=k: (
                        200,
                        {"Content-Type": "text/html; charset=utf-8"},
                        article_html(k, self.lang),
                    ),
                )
        items = "".join(
            f"<item><title>Flood update {k}</title><link>{self.publisher.url(self.item_path(k))}</link>"
            f'<guid isPermaLink="false">{self.path}#{k}</guid>'
            f"<pubDate>{formatdate(self.item_time(k), usegmt=True)}</pubDate></item>"
            for k in reversed(ks)
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel>'
            f"<title>Example {self.path}</title><link>{self.publisher.url('/')}</link>"
            f"{self.extra_channel}{items}</channel></rss>"
        ).encode()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        last_modified = formatdate(self.item_time(ks[-1]) if ks else self.start, usegmt=True)
        return body, etag, last_modified

    def serve(self, hit: Hit) -> Reply:
        body, etag, last_modified = self.body()
        if not self.honour_validators:
            fresh = '"' + hashlib.sha1(f"{hit.at}".encode()).hexdigest()[:16] + '"'
            return 200, {"Content-Type": "application/rss+xml", "ETag": fresh}, body
        if hit.headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        headers = {
            "Content-Type": "application/rss+xml",
            "ETag": etag,
            "Last-Modified": last_modified,
        }
        return 200, headers, body


@dataclass
class LiveBlog:
    """A live-blog page whose JSON-LD ``liveBlogUpdate`` list grows as the clock moves."""

    publisher: Publisher
    path: str
    updates: list[tuple[float, str, str]]  # (time, headline, text)

    def __post_init__(self) -> None:
        self.publisher.route(self.path, self.serve)

    def serve(self, hit: Hit) -> Reply:
        import json

        now = self.publisher.clock.now()
        shown = [u for u in self.updates if u[0] <= now]
        data = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Floods: live",
            "coverageStartTime": iso(self.updates[0][0]),
            "liveBlogUpdate": [
                {
                    "@type": "BlogPosting",
                    "@id": f"{self.path}#post-{i}",
                    "headline": headline,
                    "articleBody": text,
                    "datePublished": iso(t),
                }
                for i, (t, headline, text) in enumerate(shown)
            ][::-1],
        }
        page = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floods: live</title>'
            f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
            "<body><h1>Floods: live</h1>"
            + "".join(f"<div><h2>{h}</h2><p>{t}</p></div>" for _, h, t in shown[::-1])
            + "</body></html>"
        ).encode()
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page
