"""Bad input a user still met after session 21: each test failed on the code before its fix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsprism.charset import decode_bytes
from newsprism.library import Library

ENGLISH = (
    "<html><head><title>Harbour budget</title></head><body><article><h1>Harbour budget</h1>"
    + "<p>The harbour board met on Tuesday to agree next year's ferry budget. </p>" * 12
)
RUSSIAN = "<p>Совет гавани в Заречье утвердил бюджет паромной переправы на следующий год.</p>"


@pytest.mark.parametrize(
    ("data", "kept"),
    [
        # a character cut short (the first two of an em dash's three bytes) in an ASCII page
        ((ENGLISH + "<p>It costs more ").encode() + b"\xe2\x80 than planned.</p>", "It costs more"),
        # a stray lead byte in a page with well-formed Russian text
        ((ENGLISH + RUSSIAN).encode() + b"<p>\xd0 end</p>", "утвердил бюджет"),
        # two broken bytes beside a few curly quotes written as UTF-8
        (
            (ENGLISH + "<p>\u201cNo,\u201d she said.</p>").encode() + b"<p>\xc3 and \xe2\x80</p>",
            "\u201cNo,\u201d she said",
        ),
    ],
)
def test_a_utf8_page_with_a_few_broken_bytes_stays_utf8_with_a_note(data: bytes, kept: str) -> None:
    text, encoding = decode_bytes(data, "page.html")
    assert encoding.startswith("utf-8 (") and "replaced by U+FFFD" in encoding
    assert kept in text and "\ufffd" in text


@pytest.mark.parametrize("codec", ["cp1252", "cp1251"])
def test_single_byte_pages_with_few_special_characters_are_not_taken_for_damaged_utf8(
    codec: str,
) -> None:
    words = "\u201cNo,\u201d he said." if codec == "cp1252" else "Совет гавани."
    text, encoding = decode_bytes((ENGLISH + f"<p>{words}</p>").encode(codec), "page.html")
    assert not encoding.startswith("utf-8")
    assert "\ufffd" not in text


def _client(tmp_path: Path, **kw: Any) -> Any:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    app = create_app(tmp_path / "lib.sqlite", analyse=False, **kw)
    return TestClient(app, base_url="http://127.0.0.1:8000")


def _chunks(total: int, size: int = 1 << 20) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"a" * min(size, total - sent)
        sent += size


def test_an_upload_without_a_length_past_the_limit_gets_our_page_not_a_bare_413(
    tmp_path: Path,
) -> None:
    from newsprism.web.app import MAX_BODY_BYTES
    from newsprism.web.security import CSRF_COOKIE

    with _client(tmp_path) as c:
        c.get("/")
        token = c.cookies[CSRF_COOKIE]
        page = c.post(
            "/add",
            content=_chunks(MAX_BODY_BYTES + 2),
            headers={
                "accept": "text/html",
                "content-type": "application/x-www-form-urlencoded",
                "x-csrf-token": token,
            },
        )
        assert page.status_code == 413
        assert "more than the 20 MB limit" in page.text
        assert page.headers.get("x-frame-options")
        api = c.post(
            "/api/articles",
            content=_chunks(MAX_BODY_BYTES + 2),
            headers={"content-type": "application/json", "x-csrf-token": token},
        )
        assert api.status_code == 413 and api.json()["error"] == "UploadTooLargeError"


def test_a_chunked_body_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    import json

    from newsprism.web.security import CSRF_COOKIE

    text = "The harbour board agreed the ferry budget on Tuesday. " * 40
    body = json.dumps({"text": text}).encode()
    with _client(tmp_path) as c:
        c.get("/")
        token = c.cookies[CSRF_COOKIE]
        added = c.post(
            "/api/articles",
            content=iter([body[:100], body[100:]]),
            headers={"content-type": "application/json", "x-csrf-token": token},
        )
        assert added.status_code == 201, added.text


@pytest.mark.parametrize("accept", ["text/html", "application/json"])
def test_the_web_form_given_a_url_and_text_refuses_and_says_which_to_clear(
    tmp_path: Path, accept: str
) -> None:
    from newsprism.web.security import CSRF_COOKIE

    text = "The harbour board agreed the ferry budget on Tuesday. " * 40
    with _client(tmp_path) as c:
        c.get("/")
        token = c.cookies[CSRF_COOKIE]
        answer = c.post(
            "/add",
            data={"csrf": token, "url": "https://news.example/ferry", "text": text},
            headers={"accept": accept},
        )
        assert answer.status_code == 400
        assert "a URL and pasted text" in answer.text
        assert "leave the URL field empty" in answer.text
        # nothing was fetched nor stored
        with Library.open(tmp_path / "lib.sqlite") as lib:
            assert lib.count() == 0
        # the text alone is added
        alone = c.post("/add", data={"csrf": token, "text": text}, follow_redirects=False)
        assert alone.status_code == 303


def test_add_prints_each_sources_line_as_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run stopped after the first of three files (Ctrl-C, or a kill) has already said what it
    # stored: the lines were printed only at the very end
    from typer.testing import CliRunner

    from newsprism.cli import app
    from newsprism.library import ingest

    pages = []
    for n in range(3):
        page = tmp_path / f"page{n}.txt"
        page.write_text(f"Ferry news {n}\n\n" + f"The harbour board met for the {n}th time. " * 20)
        pages.append(str(page))
    real = ingest._add_one
    calls = []

    def stop_at_the_second(*args: Any) -> Any:
        calls.append(args[1])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(ingest, "_add_one", stop_at_the_second)
    result = CliRunner().invoke(
        app, ["add", *pages, "--db", str(tmp_path / "lib.sqlite"), "--no-analyse"]
    )
    assert result.exit_code != 0
    assert "added 1\t" in result.output and "page0.txt" in result.output
    assert "page1.txt" not in result.output
