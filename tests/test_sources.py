"""Reading sources: encodings, binary and empty input, size limits (no network here)."""

from __future__ import annotations

import gzip
import io
import random
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsprism
from newsprism.charset import decode_bytes, plausibility
from newsprism.errors import (
    ConfigError,
    DecodingError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NewsprismError,
    SourceNotFoundError,
    UnsupportedContentError,
)
from newsprism.sources import MAX_BYTES, load, sniff_binary

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
TITLE = "В Заречье открыли первый в области музей речного флота"
RU_SENTENCE = "Из них 120 млн выделил областной бюджет, остальное — городская казна"


# -- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("ru-cp1251-meta.html", "cp1251"),
        ("ru-cp1251-nometa.html", "cp1251"),
        ("ru-koi8r-meta.html", "koi8-r"),
        ("ru-koi8r-nometa.html", "koi8_r"),
        ("ru-cp1251-says-utf8.html", "cp1251"),  # the meta lies; strict UTF-8 fails
        ("ru-koi8r-says-latin1.html", "koi8_r"),  # the meta lies; latin-1 "works" but is mojibake
        ("ru-utf16-bom.html", "utf-16"),
        ("ru-utf8-bom.html", "utf-8-sig"),
    ],
)
def test_russian_pages_decode_in_every_encoding(name: str, encoding: str) -> None:
    doc = load(INPUTS / name)
    assert doc.encoding == encoding
    assert doc.is_html
    assert TITLE in doc.text
    assert "\ufeff" not in doc.text
    article = newsprism.read(INPUTS / name)
    assert article.title == TITLE
    assert article.language == "ru"
    assert RU_SENTENCE in article.text
    assert "Журавлёвой" in article.text  # ё survives every code page


def test_scraped_text_in_cp1251() -> None:
    doc = load(INPUTS / "ru-scraped-cp1251.txt")
    assert doc.encoding == "cp1251" and not doc.is_html
    assert doc.text.startswith("Музей речного флота открылся в Заречье")


def test_a_page_whose_html_tag_runs_long_is_html() -> None:
    # a web-font loader writes dozens of class words into <html>: the first 5,000 characters
    # held one "<", and the page was read as scraped text with every tag in it
    classes = " ".join(f"wf-serif{i}-n4-loading wf-serif{i}-i4-loading" for i in range(150))
    page = (
        f'<!DOCTYPE html>\n<html class="js {classes}" lang="en">'
        "<head><title>Ferry keeps its winter timetable</title></head><body><article>"
        "<h1>Ferry keeps its winter timetable</h1>"
        "<p>The harbour board voted on Tuesday to keep the night ferry running through the "
        "winter, after more than four hundred residents signed a petition asking for it.</p>"
        "<p>The crossing will run every ninety minutes until the end of March, the board's "
        "chair, Margaret Doyle, said after the meeting.</p></article></body></html>"
    )
    assert page[:5000].count("<") < 3
    doc = load(page.encode("utf-8"))
    assert doc.is_html
    article = newsprism.read(page.encode("utf-8"), stages=())
    assert "<html" not in article.text and "wf-serif" not in article.text
    assert "night ferry running through the winter" in article.text
    # text copied from a page that merely mentions a tag stays scraped text
    assert not load(b"Use <html> to start a page, they said.\nMore text.").is_html


def test_http_charset_is_used() -> None:
    body = "<p>Цена выросла на 7,5%</p>".encode("koi8_r")
    text, enc = decode_bytes(body, "x", http_charset="koi8-r")
    assert text == "<p>Цена выросла на 7,5%</p>" and enc == "koi8-r"


def test_http_charset_that_lies_is_overruled_by_meta() -> None:
    # many servers label every page ISO-8859-1; the page itself knows better
    page = (INPUTS / "ru-cp1251-meta.html").read_bytes()
    text, enc = decode_bytes(page, "x", http_charset="iso-8859-1")
    assert enc == "cp1251" and TITLE in text


@pytest.mark.parametrize("declared", ["windows-1251", "koi8-r", "iso-8859-1"])
def test_utf8_body_under_a_wrong_http_charset(declared: str) -> None:
    # a CMS that moved to UTF-8 while the server still names the old code page
    for text in (
        "Министр финансов сказал журналистам, что средства поступят до конца года.",
        "Le président a déclaré à la presse qu’il était prêt à négocier.",
    ):
        assert decode_bytes(text.encode("utf-8"), "x", http_charset=declared) == (text, "utf-8")


@pytest.mark.parametrize(
    ("name", "claimed", "actual"),
    [
        ("ru-koi8r-nometa.html", "windows-1251", "koi8_r"),
        ("ru-cp1251-nometa.html", "koi8-r", "cp1251"),
    ],
)
def test_one_cyrillic_code_page_claimed_for_another(name: str, claimed: str, actual: str) -> None:
    text, enc = decode_bytes((INPUTS / name).read_bytes(), "x", http_charset=claimed)
    assert enc == actual and TITLE in text


def test_bom_beats_a_wrong_http_charset() -> None:
    page = (INPUTS / "ru-utf16-bom.html").read_bytes()
    text, enc = decode_bytes(page, "x", http_charset="windows-1251")
    assert enc == "utf-16" and TITLE in text


def test_declared_latin1_is_kept_for_real_western_text() -> None:
    body = "<meta charset=iso-8859-1><p>Le ministre a déclaré à la presse qu'il était prêt.</p>"
    text, enc = decode_bytes(body.encode("latin-1"), "x")
    assert enc == "cp1252" and "déclaré" in text


def test_utf8_page_with_a_stray_byte_is_read_not_refused() -> None:
    # archived pages: valid UTF-8 (curly quotes, an em dash, Cyrillic names) but one broken byte
    para = "<p>“Prices rose — again,” said Olena Kovalenko (Олена Коваленко) in Kyiv.</p>\n"
    page = ("<meta charset=utf-8>" + para * 40).encode() + b"<p>cuts\xe2\x80 to the budget</p>"
    page += (para * 40).encode()
    text, enc = decode_bytes(page, "x")
    assert (
        enc == "utf-8 (1 broken byte replaced by U+FFFD)"
        and "Коваленко" in text
        and text.count("\ufffd") == 1
    )


def test_cp1252_page_with_curly_quotes_is_not_taken_for_broken_utf8() -> None:
    body = "<p>The minister\u2019s plan \u2014 \u201cbold\u201d, critics say.</p>\n" * 30
    text, _ = decode_bytes(body.encode("cp1252"), "x")  # cp1250 has the same quotes: either
    assert text == body


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_short_russian_text_without_declaration(encoding: str) -> None:
    # charset-normalizer alone calls the koi8-r one Shift-JIS and the cp1251 one cp1250
    text = "Привет, мир. Короткий текст."
    doc = load(text.encode(encoding))
    assert doc.text == text


def test_forced_encoding_wins_and_a_wrong_one_is_reported() -> None:
    body = "Министр заявил журналистам о новых мерах.".encode("cp1251")
    assert load(body, encoding="windows-1251").text.startswith("Министр")
    with pytest.raises(DecodingError, match="not valid utf-8"):
        load(body, encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown encoding"):
        load(body, encoding="no-such-charset")


def test_plausibility_tells_language_from_mojibake() -> None:
    ru = "Министр финансов сказал журналистам, что средства поступят до конца года."
    assert plausibility(ru) > 0.9
    assert plausibility(ru.encode("cp1251").decode("koi8_r")) < 0
    assert plausibility(ru.encode("koi8_r").decode("cp1251")) < 0
    assert plausibility(ru.encode("cp1251").decode("cp1252")) < 0
    assert plausibility("Le président a déclaré") > 0.9
    assert plausibility("plain ASCII only") == 0


def test_utf16_text_starting_with_nul_is_not_taken_for_utf32() -> None:
    # FF FE 00 00 opens UTF-32 LE, and also UTF-16 LE text whose first character is U+0000
    text = "Министр заявил журналистам о новых мерах."
    doc = load(b"\xff\xfe" + ("\x00" + text).encode("utf-16-le"))
    assert doc.encoding == "utf-16" and doc.text == text


def test_control_characters_and_crlf_are_cleaned() -> None:
    doc = load(b"First line of an article.\r\nSecond\x07 line\x00 here.\rThird.")
    assert doc.text == "First line of an article.\nSecond line here.\nThird."


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("ab \t\n\r\x07\x0b\x1f\x7f\x80\x85\x9f\xa0\xc2©ж€😀\ufeff"),
        max_size=30,
    )
)
def test_utf8_pages_lose_exactly_the_control_characters(body: str) -> None:
    # decode looks at the bytes of a UTF-8 page to skip the scan of its text: the result must
    # be what the scan gives
    from newsprism.sources import _CONTROL

    data = ("<p>Статья " + body + " конец</p>").encode("utf-8")
    doc = load(data, encoding="utf-8")
    expected = _CONTROL.sub("", data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
    assert doc.text == expected.lstrip("\ufeff")
    assert doc.controls_removed


# -- refused input --------------------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.html", "<p>hello</p>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40, "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 40, "JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (_zip_bytes(), "ZIP"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 60, "program"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_binary_content_is_refused(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "file.html"  # a misleading suffix changes nothing
    path.write_bytes(data)
    with pytest.raises(UnsupportedContentError, match=what) as info:
        load(path)
    assert info.value.exit_code == 1
    assert "convert" in info.value.hint


def test_every_byte_value_is_binary_not_russian_text() -> None:
    # no NUL-heavy head, but one byte in eight a control: it decoded as "windows-1251 text"
    data = bytes(range(1, 256)) * 40
    assert sniff_binary(data) == "binary data"
    with pytest.raises(UnsupportedContentError, match="binary"):
        load(data)


def test_a_text_with_stray_control_bytes_is_still_text() -> None:
    body = "Городская дума утвердила бюджет на 2027 год, сообщил Сергей Лапин.\n" * 30
    data = body.encode("cp1251") + b"\x0c\x01\x1a"  # a form feed, a stray SOH, a DOS end mark
    assert sniff_binary(data) is None
    assert "бюджет" in load(data).text
    koi8 = body.encode("koi8_r")  # KOI8-R uses only the upper half: no control byte at all
    assert sniff_binary(koi8) is None


def test_text_that_starts_like_a_magic_number_is_text() -> None:
    for text in (b"ID3 tags are metadata in MP3 files.", b"GIF8 is not a format.", b"PK was here."):
        assert sniff_binary(text) is None
        assert load(text).text.startswith(text.decode()[:3])


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="no such file") as info:
        load(tmp_path / "nope.html")
    assert "'-'" in info.value.hint
    with pytest.raises(InputError, match="is a folder"):
        load(tmp_path)
    with pytest.raises(SourceNotFoundError) as info:
        load("www.example.com/news/1")
    assert "https://www.example.com/news/1" in info.value.hint


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError, match="is empty"):
        load(empty)
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\r\n  ")
    with pytest.raises(EmptyInputError, match="only white space"):
        load(blank)
    with pytest.raises(EmptyInputError, match="only white space"):
        load("\ufeff \n ".encode("utf-16"))
    with pytest.raises(EmptyInputError):
        load(b"\x07\x07 \x08")  # only control characters


def test_file_over_20_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(InputTooLargeError, match="20 MB"):
        load(big)


def test_stdin_over_20_mb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = SimpleNamespace(buffer=io.BytesIO(b"a" * (MAX_BYTES + 1)))
    monkeypatch.setattr(sys, "stdin", fake)
    with pytest.raises(InputTooLargeError, match="standard input"):
        load("-")


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = SimpleNamespace(buffer=io.BytesIO("Текст из буфера обмена.".encode("cp1251")))
    monkeypatch.setattr(sys, "stdin", fake)
    doc = load("-")
    assert doc.text == "Текст из буфера обмена." and doc.stem == "stdin"


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b" " * (MAX_BYTES + 10)))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(InputTooLargeError, match="unpacks"):
        load(bomb)


def test_html_gz_is_unpacked(tmp_path: Path) -> None:
    page = (INPUTS / "ru-cp1251-meta.html").read_bytes()
    path = tmp_path / "museum.html.gz"
    path.write_bytes(gzip.compress(page))
    doc = load(path)
    assert doc.stem == "museum" and TITLE in doc.text


def test_broken_gzip(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(b"<p>text</p>" * 100)[:30])
    with pytest.raises(InputError, match="cannot be unpacked"):
        load(path)


def test_undecodable_bytes() -> None:
    rng = random.Random(7)  # high bytes at random: no code page makes words of them
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    with pytest.raises(DecodingError, match="encoding") as info:
        load(noise)
    assert "--encoding" in info.value.hint


def test_other_schemes_are_refused() -> None:
    for url in ("ftp://example.com/a.html", "file:///etc/passwd", "javascript://alert(1)"):
        with pytest.raises(InputError, match="only http"):
            load(url)


def test_every_error_is_a_newsprism_error_with_a_hint(tmp_path: Path) -> None:
    cases: list[object] = [tmp_path / "missing", b"", b"%PDF-1.4 x", tmp_path]
    for case in cases:
        with pytest.raises(NewsprismError) as info:
            load(case)  # type: ignore[arg-type]
        assert info.value.hint, case
        assert "\n" not in str(info.value)
