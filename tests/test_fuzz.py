"""Fuzzing: mutated real pages and random bytes through ``read``, ``analyse``, ``add`` and the web
upload.  Whatever comes in, only newsprism's own errors come out, and no analysis stage fails
with a bug (a stage's failure is recorded on the article, so that is checked there).

The pages are our own fixtures; the mutations are what broke newsprism before: malformed URLs,
deep nesting, stray NULs and byte-order marks, other encodings, cut-off markup, lone quotation
marks.  Hypothesis runs with a fixed seed (``derandomize``), so CI sees the same cases each time.

CI runs a few dozen cases (≈ 30 s).  A longer run, for developers::

    NEWSPRISM_FUZZ_EXAMPLES=10000 python -m pytest -q tests/test_fuzz.py

``read`` and random bytes then get that many cases each; ``analyse``, ``add`` and the upload,
which run the whole analysis, a tenth as many.  ``NEWSPRISM_FUZZ_SEED=N`` draws other cases.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import newsprism
from newsprism.article import Article
from newsprism.errors import InternalError, NewsprismError
from newsprism.library import Library
from newsprism.library.ingest import add_sources
from newsprism.web import create_app
from newsprism.web.security import CSRF_COOKIE

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"

EXAMPLES = int(os.environ.get("NEWSPRISM_FUZZ_EXAMPLES", "0"))
SEED = os.environ.get("NEWSPRISM_FUZZ_SEED")


def fuzz_settings(ci: int, share: int = 1) -> Callable[[Any], Any]:
    """``ci`` cases in CI; with NEWSPRISM_FUZZ_EXAMPLES, that many divided by ``share``."""
    count = max(1, EXAMPLES // share) if EXAMPLES else ci
    configured = settings(
        max_examples=count,
        deadline=None,
        derandomize=SEED is None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    if SEED is None:
        return configured
    return lambda test: seed(int(SEED))(configured(test))


@lru_cache(maxsize=1)
def pages() -> list[bytes]:
    """Our own fixture pages and scraped texts, as bytes."""
    paths = [ROOT / "examples" / "harbour-bridge.html"]
    paths += sorted((FIXTURES / "html").glob("*.html"))
    paths += sorted((FIXTURES / "inputs").glob("*.html")) + sorted(
        (FIXTURES / "inputs").glob("*.txt")
    )
    paths += sorted((FIXTURES / "scraped").glob("*.txt"))[:6]
    paths += sorted((FIXTURES / "attribution").glob("*.txt"))
    return [p.read_bytes() for p in paths]


#: pieces that broke newsprism, or might: spliced into pages at random places
HOSTILE = [
    b'<link rel="canonical" href="https://[news.example/2026/a">',
    b'<img src="http://[broken/x.jpg">',
    b'<img srcset="http://[::1/a.jpg 2x, //[x 3x">',
    b'<a href="javascript:alert(1)">click</a>',
    b'<meta property="og:url" content="http://news.example:99999/a">',
    b'<meta charset="utf-16">',
    b'<meta charset="no-such-charset">',
    b'<figure><img src="/a.jpg"><figcaption>Photo: ',
    b"<figure><figcaption>\xc2\xa9 Reuters</figcaption></figure>",
    b"<div>" * 400,
    b"<p>" * 300,
    b"<table><tr><td>" * 40,
    b"<ul><li>" * 60,
    b"<h1></h1><h2>",
    b"<script>var a = '</p>';</script>",
    b"<!-- ",
    b"<![CDATA[",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xed\xa0\x80",
    b"&#0;&#xD800;&#x110000;&#1114111;",
    b"\xe2\x80\xae",
    "«».“”„‘’ — – …".encode(),
    "сказал он, «но".encode(),
    b'"said the minister. "',
    "от 3,5 до 7 млрд рублей, на 12% больше".encode(),
    b"more than $2.5bn, up 40% from 1,200 in 2019",
    b"\n\n\n",
    b" " * 200,
]


@st.composite
def mutated_page(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(pages())))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["insert", "random", "delete", "byte", "truncate", "repeat"]))
        at = draw(st.integers(0, len(data)))
        if kind == "insert":
            data[at:at] = draw(st.sampled_from(HOSTILE))
        elif kind == "random":
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 400))]
        elif kind == "byte" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del data[at:]
        elif kind == "repeat":
            end = min(len(data), at + draw(st.integers(1, 200)))
            data[at:at] = data[at:end] * draw(st.integers(2, 20))
    if draw(st.integers(0, 9)) == 0:  # now and then, in another encoding
        codec = draw(st.sampled_from(["utf-16-le", "utf-16-be", "cp1251", "koi8_r", "utf-16"]))
        data = bytearray(bytes(data).decode("utf-8", "replace").encode(codec, "replace"))
    return bytes(data)


def no_bug_in_stages(article: Article) -> None:
    bugs = [f for f in article.failures if not f.skipped and f.hint == InternalError.hint]
    assert not bugs, bugs


def own_error(error: NewsprismError) -> None:
    assert error.message, error
    assert not isinstance(error, InternalError), error


# -- read -------------------------------------------------------------------------------------


@fuzz_settings(ci=40)
@given(mutated_page())
def test_read_mutated_pages(data: bytes) -> None:
    try:
        article = newsprism.read(data)
    except NewsprismError as error:
        own_error(error)
        return
    for kind_span in (*article.blocks, *article.sentences):
        assert article.text[kind_span.start : kind_span.end] == kind_span.text


@fuzz_settings(ci=30)
@given(st.binary(max_size=4000))
def test_read_random_bytes(data: bytes) -> None:
    try:
        newsprism.read(data)
    except NewsprismError as error:
        own_error(error)


# -- analyse, add, upload ---------------------------------------------------------------------


@fuzz_settings(ci=6, share=10)
@given(mutated_page())
def test_analyse_mutated_pages(data: bytes) -> None:
    try:
        article = newsprism.read(data)
    except NewsprismError:
        return
    try:
        no_bug_in_stages(newsprism.analyse(article))
    except NewsprismError as error:
        own_error(error)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    with Library.open(tmp_path_factory.mktemp("fuzz") / "lib.sqlite") as lib:
        yield lib


@fuzz_settings(ci=4, share=10)
@given(data=mutated_page())
def test_add_mutated_pages(data: bytes, library: Library, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("page") / "page.html"
    path.write_bytes(data)
    report = add_sources(library, [str(path)])
    assert not [r for _, r in report.failed if r.startswith("internal error")], report.failed
    assert len(report.added) + len(report.skipped) + len(report.failed) == 1
    for _, article_id in report.added:
        no_bug_in_stages(library.get(article_id))


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    app = create_app(tmp_path_factory.mktemp("web") / "lib.sqlite")
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as c:
        c.get("/")
        yield c


@fuzz_settings(ci=4, share=10)
@given(data=mutated_page())
def test_upload_mutated_pages(data: bytes, web: TestClient) -> None:
    r = web.post(
        "/add",
        files={"file": ("page.html", data, "text/html")},
        data={"csrf": web.cookies[CSRF_COOKIE]},
        headers={"Accept": "application/json"},
        follow_redirects=False,
    )
    assert r.status_code in (303, 400, 422), r.text[:300]
    if r.status_code != 303:
        assert r.json()["error"] != "InternalError", r.json()
