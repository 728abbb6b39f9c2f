"""Turn a SOURCE (path, URL, ``-``, or bytes) into decoded text plus what is known about it.

Binary content (PDF, images, archives, audio) is refused with a clear error before any decoding
is attempted; gzipped pages are unpacked (with the 20 MB cap applied to what they unpack to).
The encoding is worked out by :mod:`newsprism.charset`.  The decoded text has its line ends
normalised and control characters removed, so that no later stage meets a NUL byte.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .charset import decode_bytes, normalise_encoding, utf16_without_bom
from .errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    SourceNotFoundError,
    UnsupportedContentError,
)

MAX_BYTES = 20 * 1024 * 1024

#: (pattern at the start of the data, what it is); patterns are strict enough that a text which
#: merely starts with "ID3" or "GIF8" is not taken for a file of that kind
_MAGIC: list[tuple[re.Pattern[bytes], str]] = [
    (re.compile(rb"%PDF-"), "a PDF document"),
    (re.compile(rb"\x89PNG\r\n\x1a\n"), "a PNG image"),
    (re.compile(rb"\xff\xd8\xff"), "a JPEG image"),
    (re.compile(rb"GIF8[79]a"), "a GIF image"),
    (re.compile(rb"RIFF....WEBP", re.S), "a WebP image"),
    (re.compile(rb"RIFF....(WAVE|AVI )", re.S), "a RIFF audio or video file"),
    (re.compile(rb"....ftyp", re.S), "an MP4/HEIC media file"),
    (re.compile(rb"PK\x03\x04"), "a ZIP archive (or a Word/EPUB document)"),
    (re.compile(rb"PK\x05\x06"), "an empty ZIP archive"),
    (re.compile(rb"\x1f\x8b"), "a gzip archive"),
    (re.compile(rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "an old Microsoft Office document"),
    (re.compile(rb"OggS\x00"), "an Ogg audio file"),
    (re.compile(rb"ID3[\x02-\x04]\x00"), "an MP3 audio file"),
    (re.compile(rb"\x7fELF"), "a program"),
    (re.compile(rb"BZh[1-9]1AY&SY"), "a bzip2 archive"),
    (re.compile(rb"\xfd7zXZ\x00"), "an xz archive"),
    (re.compile(rb"7z\xbc\xaf\x27\x1c"), "a 7-Zip archive"),
    (re.compile(rb"Rar!\x1a\x07"), "a RAR archive"),
    (re.compile(rb"SQLite format 3\x00"), "an SQLite database"),
    (re.compile(rb"wOF[F2]"), "a web font"),
]

_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]"
    r"|<(?:article|div|p|meta|title|link|script|style|table|span|img)[\s>/]|<a\s+href=",
    re.I,
)  # (<link>, <script> …: a page saved without its beginning still opens with some of them)
#: C0 control characters other than tab and newline, DEL and the C1 controls
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: the bytes that UTF-8 decodes to those characters: C0 and DEL are single bytes (which never
#: occur inside a multi-byte character), the C1 controls are C2 80 … C2 9F
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


@dataclass(frozen=True)
class Document:
    """A source read and decoded, not yet extracted."""

    text: str
    is_html: bool
    source: str
    #: the final URL after redirects, for URLs; ``None`` for files and standard input
    url: str | None = None
    encoding: str | None = None
    #: the file name without its suffixes, used for ``-o DIR`` output names
    stem: str = "article"
    #: ``text`` holds no control characters (other than tab and newline): :func:`decode` took
    #: them out, so HTML parsing need not look for them again
    controls_removed: bool = False


def load(
    source: str | Path | bytes, *, allow_private: bool = False, encoding: str | None = None
) -> Document:
    """Read one source: a path, an http(s) URL, ``-`` for standard input, or raw bytes."""
    if isinstance(source, bytes):
        return decode(source, source="<bytes>", forced_encoding=encoding)
    text_source = str(source)
    if text_source == "-":
        return decode(
            _read_capped(sys.stdin.buffer, "standard input"),
            source="-",
            stem="stdin",
            forced_encoding=encoding,
        )
    if re.match(r"^https?://", text_source, re.I):
        from .fetch import fetch  # httpx is only imported when a URL is read

        response = fetch(text_source, allow_private=allow_private)
        return decode(
            response.body,
            source=text_source,
            url=response.url,
            http_charset=response.charset,
            stem=_url_stem(response.url),
            forced_encoding=encoding,
        )
    if re.match(r"^[a-z][a-z0-9+.-]*://", text_source, re.I):
        raise InputError(
            f"cannot read {text_source!r}: only http:// and https:// URLs are supported",
            hint="save the page and read the file",
        )
    path = Path(text_source)
    return decode(
        _read_file(path), source=text_source, stem=_file_stem(path), forced_encoding=encoding
    )


def display_name(source: str) -> str:
    return "standard input" if source == "-" else source


#: suffixes of files newsprism reads or writes, never the end of a host name
_FILE_SUFFIXES = frozenset(
    {".html", ".htm", ".xhtml", ".gz", ".txt", ".text", ".md", ".json", ".jsonl", ".warc", ".csv"}
)


def _read_file(path: Path) -> bytes:
    try:
        if not path.exists():
            # "example.com/news" looks like a site; "page.html" like a file misspelt
            looks_like_a_file = path.suffix.lower() in _FILE_SUFFIXES
            if not looks_like_a_file and re.match(r"^(www\.)?[\w-]+(\.[\w-]+)+(/|$)", str(path)):
                raise SourceNotFoundError(
                    f"no such file: {path}", hint=f"for a web page, give the URL: https://{path}"
                )
            raise SourceNotFoundError(f"no such file: {path}")
        if path.is_dir():
            raise InputError(
                f"{path} is a folder", hint="give the files inside it, e.g. folder/*.html"
            )
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputTooLargeError(f"{path} is {size / 1e6:.1f} MB, more than the 20 MB limit")
        with path.open("rb") as fh:  # a FIFO or /dev/stdin has no size: the read is capped too
            return _read_capped(fh, str(path))
    except PermissionError as exc:
        raise InputError(
            f"cannot read {path}: permission denied", hint="check the file's permissions"
        ) from exc
    except OSError as exc:
        raise InputError(
            f"cannot read {path}: {exc.strerror or exc}", hint="check the path and the disk"
        ) from exc


def _read_capped(fh: BinaryIO, name: str) -> bytes:
    data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(f"{name} is more than the 20 MB limit")
    return data


def _gunzip(data: bytes, name: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            out = gz.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(
            f"{name} looks gzipped but cannot be unpacked: {exc}",
            hint="check that the download finished",
        ) from exc
    if len(out) > MAX_BYTES:
        raise InputTooLargeError(f"{name} unpacks to more than the 20 MB limit")
    return out


#: C0 control bytes no text uses (NUL is counted apart above, tab/LF/VT/FF/CR and ESC are not)
_STRAY_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary content, or ``None`` when the bytes may be text."""
    head = data[:64]
    for magic, what in _MAGIC:
        if magic.match(head):
            return what
    if data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00") or data[:2] in (
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
    ):
        return None  # UTF-16/32 text with a BOM
    if utf16_without_bom(data) is not None:
        return None
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 100 + 1:  # a stray NUL in a text is tolerated
        return "binary data"
    # control bytes other than tab, line breaks, form feed and escape: a text in any code page
    # holds a stray one at most (they are stripped), while compressed or random data holds one
    # byte in eight; without this, every byte value decodes as "windows-1251 text".  A few bytes
    # tell nothing either way: a short text of controls is read and its controls stripped
    if len(sample) >= 256 and len(_STRAY_CONTROLS.findall(sample)) > len(sample) // 50 + 2:
        return "binary data"
    return None


def decode(
    data: bytes,
    *,
    source: str,
    url: str | None = None,
    http_charset: str | None = None,
    stem: str = "article",
    forced_encoding: str | None = None,
) -> Document:
    name = display_name(source)
    if not data:
        raise EmptyInputError(f"{name} is empty")
    if data[:2] == b"\x1f\x8b":  # .html.gz, or a gzipped page saved or served under any name
        data = _gunzip(data, name)
    if not data.strip():
        raise EmptyInputError(f"{name} holds only white space")
    what = sniff_binary(data)
    if what == "binary data" and _wide_encoding(forced_encoding):
        what = None  # the user says it is UTF-16/32 text: its NUL bytes are expected
    if what:
        raise UnsupportedContentError(f"{name} is {what}, not a web page or text")
    text, used = decode_bytes(data, name, http_charset=http_charset, forced=forced_encoding)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    if _may_hold_controls(data, used):
        text = _CONTROL.sub("", text)
    if not text.strip():
        raise EmptyInputError(f"{name} holds only white space")
    feed = _feed_kind(text)
    if feed:
        # it was read as a page and refused as "not parsed as HTML … a front page, a paywall or
        # rendered by JavaScript", which sent the reader to save a page that is a feed
        raise UnsupportedContentError(
            f"{name} is {feed}, not an article",
            hint="watch it with 'newsprism feeds add ADDRESS' and 'newsprism watch', or read "
            "one of the articles it links",
        )
    return Document(
        text=text,
        is_html=looks_like_html(text),
        source=source,
        url=url,
        encoding=used,
        stem=stem,
        controls_removed=True,
    )


#: the root element of an XML feed or sitemap, after the XML declaration, stylesheets, comments
_FEED_ROOT = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
    r"<(rss|feed|rdf:RDF|urlset|sitemapindex)[\s>]",
    re.S,
)
_FEED_KINDS = {
    "rss": "an RSS feed",
    "feed": "an Atom feed",
    "rdf:RDF": "an RSS feed",
    "urlset": "a sitemap",
    "sitemapindex": "a sitemap index",
}


def _feed_kind(text: str) -> str | None:
    """What feed a text is (its root element says it), or ``None``."""
    found = _FEED_ROOT.match(text[:4096])
    return _FEED_KINDS[found.group(1)] if found else None


def _may_hold_controls(data: bytes, encoding: str) -> bool:
    """Whether the text decoded from ``data`` may hold a character :data:`_CONTROL` removes.

    For UTF-8 (most pages) the bytes answer it several times faster than a scan of the decoded
    text (deleting bytes and a search led by a fixed byte both run at C speed); for other
    encodings the text is scanned."""
    try:
        if codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
            return True
    except LookupError:
        return True
    return len(data.translate(None, _CONTROL_BYTES)) != len(data) or bool(_C1_UTF8.search(data))


def _wide_encoding(name: str | None) -> bool:
    codec = normalise_encoding(name) if name else None
    return codec is not None and codec.startswith(("utf-16", "utf-32"))


#: a page that opens as a document does ("<!DOCTYPE html", "<html"), after white space, a
#: byte-order mark or comments
_DOCUMENT_OPENING = re.compile(r"<(?:!doctype\s+html|html[\s>])", re.I)
_BLANK = re.compile(r"[\s\ufeff]*")


def _opens_as_document(text: str) -> bool:
    at = 0
    for _ in range(20):  # a saved page's "saved from" comment, a CMS's banner comments
        at = _BLANK.match(text, at).end()  # type: ignore[union-attr]
        if not text.startswith("<!--", at):
            break
        end = text.find("-->", at + 4)
        if end < 0:
            return False
        at = end + 3
    return bool(_DOCUMENT_OPENING.match(text, at))


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a page's markup rather than text copied from a page: a document's
    opening, or markup signs among its first 5,000 characters.  (A page whose ``<html>`` tag
    carries a long class list, a web-font loader's, opens with fewer than three ``<`` in its
    first 5,000 characters: it was read as scraped text, every tag in it.)"""
    if _opens_as_document(text):
        return True
    head = text[:5000]
    return bool(_HTML_SIGNS.search(head)) and head.count("<") >= 3


def _file_stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".html", ".htm", ".txt", ".xhtml"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or "article"


def _url_stem(url: str) -> str:
    path = re.sub(r"[?#].*$", "", url).rstrip("/")
    last = path.rsplit("/", 1)[-1] if "/" in path.split("://", 1)[-1] else path.split("://", 1)[-1]
    last = re.sub(r"\.(html?|php|aspx?)$", "", last, flags=re.I)
    return re.sub(r"[^\w.-]+", "-", last).strip("-.")[:80] or "article"
