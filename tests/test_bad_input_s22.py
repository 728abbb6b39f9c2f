"""Bad input a user still met after session 21: each test failed on the code before its fix."""

from __future__ import annotations

import pytest

from newsprism.charset import decode_bytes

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
