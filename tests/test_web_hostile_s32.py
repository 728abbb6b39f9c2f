"""No markup of a page reaches the web reader or an export as markup: two hostile articles of our
own (tests/fixtures/library/hostile-*.html: an English page and a Russian one in windows-1251
without a charset) carry scripts, event handlers, ``javascript:``/``data:``/``vbscript:`` URLs in
href, src, srcset, xlink:href, action and formaction, SVG with onload, ``<style>`` with
expressions and ``javascript:`` in ``url()``, ``<meta http-equiv=refresh>``, ``<base>``, forms,
iframes with srcdoc, a MathML/``<noscript>`` parser confusion, and markup in the title, the
JSON-LD author and the site name.  Every HTML page the web reader links to (the library, search,
the reader page with a revision and a reader's correction, stories, traces, speakers, feeds) and
the HTML and Markdown exports are parsed, and nothing active may be in them: no element of the
article's, no event attribute, no address but http(s) and the app's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_library_corrections_s30 import _cli

import newsprism
from newsprism.library import Library
from newsprism.library.corrections import add_correction
from newsprism.library.ingest import default_process
from newsprism.web import create_app
from newsprism.web.security import sanitize

FIXTURES = Path(__file__).parent / "fixtures" / "library"
#: elements no article may put in a page (the app's own are told apart in _Active.own)
ACTIVE = {
    "script", "style", "iframe", "frame", "object", "embed", "svg", "math", "form", "input",
    "button", "meta", "base", "link", "img", "source", "video", "audio", "template", "noscript",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster"}


class _Active(HTMLParser):
    """What in a page could run, load or send: each finding a line."""

    def __init__(self, export: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.export = export
        self.found: list[str] = []
        self._in: str | None = None

    def own(self, tag: str, a: dict[str, str | None]) -> bool:
        # the app's own elements: its scripts and styles from /static and /assets (inline ones
        # are allowed by hash and checked for article text below), its forms posting to itself,
        # its chart, the page's charset and viewport, the narration from this server
        src, action = a.get("src") or "", a.get("action")
        if tag in ("script", "style"):
            return not src or src.startswith("/")
        if tag == "meta":
            refresh = (a.get("http-equiv") or "").lower() == "refresh"
            return not refresh and not (a.get("content") or "").lower().startswith("0;")
        if tag == "form":
            return a.get("method") == "dialog" or (action or "/").startswith("/")
        if tag in ("input", "button", "link"):
            return True
        if tag == "svg":
            return a.get("class") == "trace-chart"
        if tag in ("audio", "source"):
            return src.startswith(("/", "data:audio")) or not src
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value:
                for url in value.split(",") if name == "srcset" else [value]:
                    bare = re.sub(r"[\s\x00-\x1f]", "", url).lower()
                    if re.match(r"(javascript|vbscript|data):", bare) and not (
                        tag in ("link", "audio", "source")
                        and bare.startswith(("data:,", "data:audio"))
                    ):
                        self.found.append(f"<{tag} {name}={value!r}>")
            if name == "style" and value and re.search(r"url\(|expression|behavior", value, re.I):
                self.found.append(f"<{tag} style={value!r}>")
        if tag in ACTIVE and not self.own(tag, a):
            self.found.append(f"<{tag} {a}>")
        if tag in ("script", "style"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        # the app's inline code: never a word of the article's
        if self._in and re.search(r"alert\(|javascript:", data, re.I):
            self.found.append(f"<{self._in}> holding {data[:60]!r}")


def active(html: str, export: bool = False) -> list[str]:
    parser = _Active(export)
    parser.feed(html)
    return parser.found


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    path = tmp_path_factory.mktemp("hostile") / "lib.sqlite"
    en = (FIXTURES / "hostile-en.html").read_bytes()
    with Library.open(path) as library:
        first = library.add(default_process(newsprism.read(en)))
        # the outlet "corrects" its figure with more markup: the revision's word diff is shown
        revised = en.replace(
            "£240m".encode(), "£250m &lt;script&gt;alert(60)&lt;/script&gt;".encode(), 1
        )
        assert library.add(default_process(newsprism.read(revised))) == first
        library.add(default_process(newsprism.read((FIXTURES / "hostile-ru.html").read_bytes())))
        quote = library.get(first).quotes[0]
        add_correction(library, first, "speaker", quote.id, '<img src=x onerror="alert(61)">')
        yield library


def _pages(client: TestClient, first: list[str]) -> Iterator[tuple[str, str, str]]:
    """Every page the web reader links to from ``first`` (its own addresses), with its body
    and its Content-Security-Policy."""
    seen: set[str] = set()
    todo = list(first)
    while todo:
        url = todo.pop(0)
        if url in seen:
            continue
        seen.add(url)
        r = client.get(url, headers={"accept": "text/html"})
        assert r.status_code < 500, url
        if "text/html" not in r.headers.get("content-type", ""):
            continue
        yield url, r.text, r.headers.get("content-security-policy", "")
        for href in re.findall(r'href="(/[^"#]*)"', r.text):
            href = href.replace("&amp;", "&")
            if not href.startswith(("/static", "/assets", "/api")) and len(seen) < 400:
                todo.append(href)


def test_no_page_of_the_web_reader_holds_an_articles_markup(lib: Library) -> None:
    hostile = "/?q=" + "%3Cscript%3Ealert(62)%3C%2Fscript%3E"
    app = create_app(lib.path, analyse=False)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        pages = list(_pages(client, ["/", "/stories", "/traces", "/feeds", hostile]))
    urls = {url for url, _, _ in pages}
    assert {"/articles/1", "/articles/2", "/stories/1"} <= urls
    assert any(u.startswith("/speakers/") for u in urls) and any("/trace" in u for u in urls)
    for url, html, policy in pages:
        assert active(html) == [], url
        assert "'unsafe-inline'" not in policy and "script-src 'self'" in policy, url
    # the words are there, as text: shown, not run
    reader = dict((u, h) for u, h, _ in pages)["/articles/1"]
    assert "&lt;script&gt;alert(60)&lt;/script&gt;" in reader  # the revision's diff
    assert "alert(61)" in reader  # the reader's correction, escaped


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_no_export_holds_an_articles_markup(lib: Library, fmt: str) -> None:
    for article_id in ("1", "2"):
        shown = _cli(lib, "show", article_id, "-f", fmt)
        if fmt == "html":
            assert active(shown, export=True) == []
        else:
            # Markdown renders raw HTML: only the anchors it writes itself may be markup
            tags = set(re.findall(r"(?<!\\)<(?!https?://)(/?[a-zA-Z][^>\s]*)", shown))
            assert tags <= {"a", "/a"}, tags
            assert all(
                re.fullmatch(r'<a id="s-\d+"></a>', t)
                for t in re.findall(r"(?<!\\)<a[^>]*>(?:</a>)?", shown)
            )
            assert not re.search(
                r"(?<!\\)\]\((?!<https?://|#s-\d)", shown
            )  # links: http(s) or anchors


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" JaVaScRiPt:alert(1)">x</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
        '<a href="vbscript:msgbox(1)">x</a>',
        '<img src=x onerror="alert(1)">',
        '<img srcset="javascript:alert(1) 1x">',
        '<svg onload="alert(1)"><a xlink:href="javascript:alert(1)">x</a></svg>',
        "<style>p{width:expression(alert(1))}</style>",
        '<p style="background:url(javascript:alert(1))">x</p>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<form action="https://evil.example/"><button formaction="javascript:alert(1)">x</button></form>',
        '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
        '<p onclick="alert(1)" data-s="1">x</p>',
    ],
)
def test_the_sanitiser_lets_no_hostile_markup_through(markup: str) -> None:
    # the last defence of the reader page's article body (web/pages.py: article_body)
    assert active(markup) != []  # the check sees it unsanitised
    assert active(sanitize(markup)) == []


def test_the_check_sees_what_the_fixtures_hold() -> None:
    for name in ("hostile-en.html", "hostile-ru.html"):
        html = (FIXTURES / name).read_bytes().decode("utf-8", errors="replace")
        assert len(active(html)) >= 10, name
