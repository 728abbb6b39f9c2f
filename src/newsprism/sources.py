"""Turn a SOURCE (path, URL, ``-``, or bytes) into decoded text plus what is known about it.

Order of evidence for the encoding: the HTTP charset, a byte-order mark, ``<meta charset>`` (or
the XML declaration), then detection with charset-normalizer, which tells cp1251 from koi8-r on
Russian text.  Binary content (PDF, images, archives) is refused with a clear error before any
decoding is attempted.
"""

from __future__ import annotations

import codecs
import gzip
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import (
    DecodingError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    SourceNotFoundError,
    UnsupportedContentError,
)

MAX_BYTES = 20 * 1024 * 1024

_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image or WAV audio)"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"OggS", "an Ogg audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x7fELF", "a program"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""", re.I)
_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:article|div|p|meta|title)[\s>/]", re.I
)


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
    return decode(
        _read_file(Path(text_source)),
        source=text_source,
        stem=_file_stem(Path(text_source)),
        forced_encoding=encoding,
    )


def _read_file(path: Path) -> bytes:
    if not path.exists():
        raise SourceNotFoundError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a folder", hint="give the files inside it, e.g. folder/*.html")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputTooLargeError(f"{path} is {size / 1e6:.1f} MB, more than the 20 MB limit")
        with path.open("rb") as fh:
            data = _read_capped(fh, str(path))
    except PermissionError as exc:
        raise InputError(
            f"cannot read {path}: permission denied", hint="check the file's permissions"
        ) from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if data[:2] == b"\x1f\x8b":  # .html.gz, or a gzipped page saved under any name
        data = _gunzip(data, str(path))
    return data


def _read_capped(fh: BinaryIO, name: str) -> bytes:
    data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(f"{name} is more than the 20 MB limit")
    return data


def _gunzip(data: bytes, name: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as gz:
            out = gz.read(MAX_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise InputError(
            f"{name} looks gzipped but cannot be unpacked: {exc}",
            hint="check that the download finished",
        ) from exc
    if len(out) > MAX_BYTES:
        raise InputTooLargeError(f"{name} unpacks to more than the 20 MB limit")
    return out


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary content, or ``None`` when the bytes may be text."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00") or data[:2] in (
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
    ):
        return None  # UTF-16/32 text with a BOM
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 100:
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
    if not data.strip():
        raise EmptyInputError(f"{source} is empty")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, source)
    what = sniff_binary(data)
    if what:
        raise UnsupportedContentError(f"{source} is {what}, not a web page or text")
    text, used = _decode_text(data, source, http_charset, forced_encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise EmptyInputError(f"{source} holds only white space")
    return Document(
        text=text, is_html=looks_like_html(text), source=source, url=url, encoding=used, stem=stem
    )


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return bool(_HTML_SIGNS.search(head)) and head.count("<") >= 3


def _decode_text(
    data: bytes, source: str, http_charset: str | None, forced: str | None
) -> tuple[str, str]:
    candidates: list[str] = []
    if forced:
        candidates.append(forced)
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            candidates.append(name)
            break
    if http_charset:
        candidates.append(http_charset)
    m = _META_CHARSET.search(data[:8192]) or _XML_ENCODING.search(data[:200])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    for name in candidates:
        enc = _normalise_encoding(name)
        if not enc:
            continue
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue  # a page that lies about its charset: fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=None).best()
    if best is None or best.encoding is None:
        raise DecodingError(f"cannot tell the character encoding of {source}")
    try:
        return data.decode(best.encoding), best.encoding
    except UnicodeDecodeError as exc:
        raise DecodingError(f"{source} is not valid {best.encoding} text") from exc


def _normalise_encoding(name: str) -> str | None:
    name = name.strip().lower()
    # browsers treat these labels as their supersets; so must we (WHATWG encoding standard)
    aliases = {
        "iso-8859-1": "cp1252",
        "latin1": "cp1252",
        "latin-1": "cp1252",
        "ascii": "cp1252",
        "us-ascii": "cp1252",
        "windows-1251": "cp1251",
        "x-cp1251": "cp1251",
        "win-1251": "cp1251",
    }
    name = aliases.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


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
