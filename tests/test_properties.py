"""Property-based tests: whatever bytes or HTML come in, only newsprism's own errors go out, and
every article that comes out keeps its span invariant and survives a JSON round trip."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsprism
from newsprism.article import Article, iter_spans
from newsprism.errors import NewsprismError
from newsprism.schema import load_schema

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@lru_cache(maxsize=1)
def _validator() -> Any:
    schema = load_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def check_article(article: Article) -> None:
    for kind, span in iter_spans(article):
        assert article.text[span.start : span.end] == span.text, kind
    for s in article.sentences:
        block = article.blocks[s.block]
        assert block.start <= s.start <= s.end <= block.end
    data = article.to_dict()
    assert Article.from_dict(data) == article
    # through real JSON text too: tuples become lists, and must come back as tuples
    assert Article.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == article
    _validator().validate(data)


def read_or_own_error(data: bytes) -> None:
    try:
        article = newsprism.read(data)
    except NewsprismError as error:
        assert error.message and "\n" not in str(error).strip()
        return
    check_article(article)


# -- arbitrary bytes ------------------------------------------------------------------------


@SETTINGS
@given(st.binary(max_size=3000))
@example(b"")
@example(b"\x00" * 50)
@example(b"\xff\xfe")  # a lone UTF-16 BOM
@example(b"\xef\xbb\xbf")  # a lone UTF-8 BOM
@example(b"\x1f\x8b\x08\x00")  # the start of a gzip stream, cut
@example(b"<html><body><p>\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82</p></body></html>")
@example("Привет, мир. Короткий текст.".encode("koi8_r"))
def test_arbitrary_bytes(data: bytes) -> None:
    read_or_own_error(data)


_WORDS = st.sampled_from(
    [
        "The",
        "minister",
        "said",
        "U.S.",
        "Gen.",
        "2.5",
        "7,5",
        "«цитата»",
        "Министр",
        "заявил",
        "т. е.",
        "—",
        "...",
        "“quote”",
        '"',
        "Photo: Reuters/J. Doe",
        "Фото: ТАСС",
        "Advertisement",
        "Translated by Google",
        "&amp;",
        "&nbsp;",
        "&#0;",
        "\u200b",
        "\t",
        "😀",
        "\ufeff",
        "<",
        ">",
    ]
)
_TEXT = st.one_of(
    st.lists(_WORDS, max_size=25).map(" ".join),
    st.text(max_size=80),
)


@SETTINGS
@given(st.lists(_TEXT, max_size=30).map("\n".join), st.sampled_from(["utf-8", "cp1251", "utf-16"]))
def test_arbitrary_text(text: str, encoding: str) -> None:
    read_or_own_error(text.encode(encoding, errors="replace"))


# -- arbitrary HTML (tag soup) ------------------------------------------------------------------------

_TAGS = [
    "p",
    "div",
    "span",
    "a",
    "b",
    "i",
    "h1",
    "h2",
    "h3",
    "article",
    "main",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "img",
    "picture",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "template",
    "time",
    "meta",
    "title",
    "html",
    "body",
    "head",
]
_ATTRS = st.sampled_from(
    [
        "",
        ' class="credit"',
        ' class="caption"',
        ' class="article-body"',
        ' src="https://img.example/a.jpg"',
        ' src="javascript:alert(1)"',
        ' href="/x"',
        ' lang="ru"',
        ' charset="koi8-r"',
        ' property="og:title" content="T"',
        ' itemprop="author"',
        ' style="display:none"',
        " data-x='<p>'",
        ' alt="Фото"',
    ]
)


@st.composite
def tag_soup(draw: st.DrawFn, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 6 if depth < 3 else 2))):
        kind = draw(st.integers(0, 3))
        if kind == 0 or depth >= 4:
            parts.append(draw(_TEXT))
        else:
            tag = draw(st.sampled_from(_TAGS))
            inner = draw(tag_soup(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</div>"]))
            parts.append(f"<{tag}{draw(_ATTRS)}>{inner}{close}")
    return "".join(parts)


@SETTINGS
@given(tag_soup(), st.booleans(), st.sampled_from(["utf-8", "cp1251", "koi8_r", "utf-16"]))
@example("<p>" + "Министр заявил журналистам. " * 20 + "</p>", True, "koi8_r")
@example("<article><figure><img src=x><figcaption>Мэр</figcaption></figure>", True, "utf-8")
def test_arbitrary_html(body: str, wrap: bool, encoding: str) -> None:
    html = f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"
    read_or_own_error((html if wrap else body).encode(encoding, errors="replace"))


# -- the JSON contract ------------------------------------------------------------------------------


def test_real_articles_round_trip_and_validate() -> None:
    from pathlib import Path

    inputs = Path(__file__).parent / "fixtures" / "inputs"
    for name in ("ru-koi8r-meta.html", "en-scraped-ferry.txt"):
        article = newsprism.analyse(newsprism.read(inputs / name))
        check_article(article)
