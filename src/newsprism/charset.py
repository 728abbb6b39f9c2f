"""Bytes to text: which character encoding a page is in.

Evidence, strongest first: an encoding the user forces (``--encoding``), a byte-order mark, the
HTTP ``charset``, ``<meta charset>`` (or the XML declaration), valid UTF-8 (or UTF-8 but for a rare
broken byte, shown as U+FFFD), UTF-8 with whole parts in one single-byte code page (a site's
new template around old windows-1251 blocks: each part read in its own), then detection with
charset-normalizer.

Declared charsets lie.  A server that labels every page ISO-8859-1 while the page is in
windows-1251 is common, and so is a page saved in one charset that still names another.  A
declared single-byte charset is therefore only believed when the text it gives looks like
language (see :func:`plausibility`); otherwise the next piece of evidence is tried.

charset-normalizer is reliable on a page of text but guesses wildly on a line or two (a short
Russian text in koi8-r comes back as Shift-JIS).  When it recognises no language in its answer,
its candidates and the common Russian and Western code pages are ranked by the same plausibility
score, which knows Latin and Cyrillic words, the two scripts newsprism reads first.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from itertools import filterfalse

from .errors import ConfigError, DecodingError

#: code pages tried besides charset-normalizer's own candidates when it is unsure
_FALLBACKS = ("cp1251", "koi8_r", "cp1252", "iso8859_5", "mac_cyrillic", "cp1250")

#: labels browsers read as their supersets (WHATWG encoding standard), so must we
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1251": "cp1251",
    "x-cp1251": "cp1251",
    "win-1251": "cp1251",
    "utf8": "utf-8",
}
#: a <meta charset="utf-16"> in a page that decoded as ASCII-compatible bytes cannot be true
_DECLARED_ALIASES = {"utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""", re.I)
_WORD = re.compile(r"[^\W\d_]+")
#: a run of well-formed UTF-8 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF);
#: what lies between two runs is bytes UTF-8 cannot read
_UTF8_RUN = re.compile(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def normalise_encoding(name: str, *, declared: bool = False) -> str | None:
    """Python's codec name for an encoding label, or ``None`` if Python has no such codec.

    ``declared``: the label comes from inside the page or its HTTP header, where UTF-16 cannot
    be meant (the bytes were read as ASCII to find it); a user's ``--encoding`` is believed.
    """
    label = name.strip().lower()
    label = _ALIASES.get(label, label)
    if declared:
        label = _DECLARED_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def bom_encodings(data: bytes) -> list[str]:
    """Encodings whose byte-order mark ``data`` starts with (FF FE 00 00 is UTF-32 or UTF-16)."""
    return [name for bom, name in _BOMS if data.startswith(bom)]


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` reads as UTF-16 text with no byte-order mark.

    Markup, spaces, digits and Latin letters in UTF-16 put a zero byte on one side of every
    pair (the odd bytes for little-endian) and almost none on the other; Cyrillic letters put
    none at all, but a Russian page still has its spaces and punctuation.  The guess must also
    decode strictly, surrogate pairs included.
    """
    head = data[:8192]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for enc, zeros, other in (
        ("utf-16-le", zeros_odd, zeros_even),
        ("utf-16-be", zeros_even, zeros_odd),
    ):
        if zeros >= 0.1 and other <= 0.01:
            try:
                text = data[: len(data) - len(data) % 2].decode(enc)
            except UnicodeDecodeError:
                continue
            controls = sum(1 for c in text[:4096] if c < " " and c not in "\t\n\r")
            if controls <= len(text[:4096]) // 100:
                return enc
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset a page names in ``<meta>`` or an XML declaration (raw label)."""
    m = _META_CHARSET.search(data[:8192]) or _XML_ENCODING.search(data[:200])
    return m.group(1).decode("ascii", "ignore") if m else None


def decode_bytes(
    data: bytes, source: str, *, http_charset: str | None = None, forced: str | None = None
) -> tuple[str, str]:
    """Decode ``data``; return the text and the codec used.  Raise :class:`DecodingError`."""
    if forced:
        enc = normalise_encoding(forced)
        if enc is None:
            raise ConfigError(
                f"unknown encoding {forced!r}",
                hint="give a standard name such as utf-8, windows-1251 or koi8-r",
            )
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            raise DecodingError(
                f"{source} is not valid {enc} text (byte {exc.start})",
                hint="try another --encoding, or leave it out to detect the encoding",
            ) from exc

    for bom in bom_encodings(data):
        with contextlib.suppress(UnicodeDecodeError):  # a BOM-like start: try the other evidence
            return data.decode(bom), bom
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return data[: len(data) - len(data) % 2].decode(utf16), utf16
    for label in (http_charset, declared_encoding(data)):
        enc = normalise_encoding(label, declared=True) if label else None
        if enc is None:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue  # the page lies about its charset
        if _is_multibyte(enc) or plausibility(text) >= 0:
            return text, enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data) or _damaged_utf8(data)
    if repaired is not None:
        return _with_stray_punctuation(data, repaired)
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed
    return _detect(data, source)


def _mostly_utf8(data: bytes) -> str | None:
    """The page as UTF-8 with its few broken bytes shown as U+FFFD, when it is UTF-8 but for them.

    Archived pages often hold a stray byte or two (a truncated character pasted from elsewhere)
    in otherwise valid UTF-8; refusing the page for them would lose it.  Random single-byte text
    breaks UTF-8 at nearly every non-ASCII byte, and an English cp1252 page with a few curly
    quotes has no valid multi-byte sequence at all, so both are left to detection: the broken
    bytes must be rare in the page and rare beside the well-formed multi-byte characters.
    """
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))  # at C speed, not per character
    wellformed = non_ascii - text.count("\ufffd")
    # a short text (scraped lines, a small page) with one broken byte is still UTF-8 when its
    # well-formed multi-byte characters outnumber the broken ones twenty to one: single-byte
    # Cyrillic or Western text read as UTF-8 breaks far more often than it forms a character
    rare = broken * 1_000 <= len(data) or broken * 20 <= wellformed
    if broken > 0 and broken * 10 <= wellformed and rare:
        return text
    return None


#: broken runs (each one U+FFFD) a page may hold and still be read as damaged UTF-8 on the
#: evidence of :func:`_damaged_utf8`: "a damaged character or two", not a part in a code page
_DAMAGED_MAX = 3
#: a UTF-8 sequence cut short: a lead byte and fewer continuation bytes than it announces
_TRUNCATED = re.compile(
    rb"[\xc2-\xdf](?![\x80-\xbf])|[\xe0-\xef][\x80-\xbf]?(?![\x80-\xbf])"
    rb"|[\xf0-\xf4][\x80-\xbf]{0,2}(?![\x80-\xbf])"
)


def _damaged_utf8(data: bytes) -> str | None:
    """The page as UTF-8 with its broken bytes as U+FFFD, when they are a damaged character or
    two (at most :data:`_DAMAGED_MAX` runs) and the rest of the page says it is UTF-8.

    Too few broken bytes tell a detector nothing (it guessed hp_roman8 or cp850 for a UTF-8 page
    with one cut character), so the evidence is elsewhere: the page holds a well-formed
    multi-byte character (single-byte text almost never forms one), or each break is a UTF-8
    sequence cut short (a lead byte and some of its continuation bytes).  A cp1252 page's curly
    quotes (lone continuation bytes) and accented letters before a space (lone lead bytes) are
    neither, and stay with detection.  A declared ``charset=utf-8`` is not taken as evidence: old
    sites declare it over windows-1252 text.
    """
    text = data.decode("utf-8", "replace")
    runs = text.count("\ufffd") - data.count("\ufffd".encode())
    if runs <= 0:
        return None
    # lone windows-1252 punctuation bytes (a curly quote pasted from a word processor) are read
    # as that punctuation, which any single-byte reading of the page would give too: they do
    # not count as damage, but alone they are no evidence of UTF-8 either
    real = data.decode("utf-8", _STRAY_HANDLER).count("\ufffd") - data.count("\ufffd".encode())
    stray = runs - real
    if real > _DAMAGED_MAX:
        return None
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    wellformed = non_ascii - text.count("\ufffd")
    if wellformed > 0:
        return text
    cut = [m for m in _TRUNCATED.finditer(data) if m.end() - m.start() > 1]
    if not stray and len(cut) >= runs:
        return text
    return None


#: a lone byte that is punctuation in windows-1252 and windows-1251 alike (curly quotes, dashes,
#: an ellipsis, guillemets …): a character pasted from a single-byte document into a UTF-8 page.
#: Only bytes UTF-8 reads as a stray continuation byte (0x80–0xBF) qualify, and only those the
#: two code pages of the languages newsprism reads agree on: 0xBF is "¿" in one and "ї" in the
#: other, so a Ukrainian name's letter is never turned into a question mark
_STRAY_PUNCTUATION = {
    bytes([b]): bytes([b]).decode("cp1252")
    for b in (0x82, 0x84, 0x85, 0x86, 0x87, 0x89, 0x8B, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
              0x9B, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB)
}  # fmt: skip
_STRAY_HANDLER = "newsprism-stray-cp1252-punctuation"


def _stray_punctuation(exc: UnicodeError) -> tuple[str, int]:
    """The error handler: a lone punctuation byte between whole characters is that character;
    anything else (a byte beside other broken bytes, the tail of a character whose first bytes
    were lost or mangled) is U+FFFD."""
    assert isinstance(exc, UnicodeDecodeError)
    data, start, end = exc.object, exc.start, exc.end
    mark = _STRAY_PUNCTUATION.get(bytes(data[start:end]))
    if mark is None or (end < len(data) and 0x80 <= data[end] <= 0xBF):
        return "\ufffd", end
    if start == 0 or data[start - 1] < 0x80 or _ends_a_character(data, start):
        return mark, end
    return "\ufffd", end


def _ends_a_character(data: bytes, at: int) -> bool:
    """Whether the bytes just before ``at`` are a whole multi-byte UTF-8 character."""
    for size in (2, 3, 4):
        if at >= size and data[at - size] >= 0xC2:
            try:
                bytes(data[at - size : at]).decode("utf-8")
            except UnicodeDecodeError:
                return False
            return True
    return False


codecs.register_error(_STRAY_HANDLER, _stray_punctuation)


def _with_stray_punctuation(data: bytes, replaced: str) -> tuple[str, str]:
    """A page judged UTF-8 but for a few broken bytes: each broken byte that is a lone
    windows-1252 punctuation character (:data:`_STRAY_PUNCTUATION`) is read as that character,
    the others are U+FFFD, and the encoding note says which (the article's
    ``metadata.encoding``: the reader sees the page was damaged, not guessed otherwise).

    Python's UTF-8 decoder calls the error handler once per broken byte or cut-short sequence,
    and ``replace`` gives one U+FFFD for each: the two readings line up character for character,
    so the characters read as windows-1252 are where they differ.
    """
    text = data.decode("utf-8", _STRAY_HANDLER)
    read_as_cp1252: list[str] = []
    at = replaced.find("\ufffd")
    while at >= 0:
        if text[at] != "\ufffd":
            read_as_cp1252.append(text[at])
        at = replaced.find("\ufffd", at + 1)
    runs = replaced.count("\ufffd") - data.count("\ufffd".encode()) - len(read_as_cp1252)
    notes = []
    if read_as_cp1252:
        n = len(read_as_cp1252)
        marks = " ".join(dict.fromkeys(read_as_cp1252))
        notes.append(f"{n} stray windows-1252 byte{'s' if n != 1 else ''} read as {marks}")
    if runs:
        notes.append(f"{runs} broken byte{'s' if runs != 1 else ''} replaced by U+FFFD")
    return text, f"utf-8 ({'; '.join(notes)})"


#: well-formed UTF-8 characters and broken bytes a page must both hold to be read as mixed
#: (a handful of broken bytes is a damaged character, not a part in another code page)
_MIXED_MIN = 20


def _mixed_utf8(data: bytes) -> tuple[str, str] | None:
    """A page pasted together from UTF-8 and a single-byte code page, each part in its own.

    A site that moved to UTF-8 keeps serving old blocks (a sidebar, an archived paragraph, a
    template) in windows-1251: read whole in either charset, one part becomes mojibake.  Text in
    one single-byte code page almost never forms a well-formed multi-byte UTF-8 character (a
    Cyrillic capital would have to precede punctuation), so many of them beside many broken
    bytes mean both are there: the valid UTF-8 stays, and the broken runs are decoded in the
    code page whose reading of them looks most like language.
    """
    text = data.decode("utf-8", "replace")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    replaced = text.count("\ufffd")  # one per broken run or byte: at most the broken bytes
    wellformed = non_ascii - replaced
    if wellformed < _MIXED_MIN or wellformed * 5 < replaced:
        return None
    pieces: list[tuple[bool, bytes]] = []  # (is UTF-8, bytes), in order
    pos = 0
    for m in _UTF8_RUN.finditer(data):
        if m.start() > pos:
            pieces.append((False, data[pos : m.start()]))
        pieces.append((True, m.group()))
        pos = m.end()
    if pos < len(data):
        pieces.append((False, data[pos:]))
    runs = [b for ok, b in pieces if not ok]
    broken = sum(len(r) for r in runs)
    # too few broken bytes to judge a code page by, or a few stray characters in a code-page page
    if broken < _MIXED_MIN or wellformed * 5 < broken:
        return None
    sample = b" ".join(runs)
    best: tuple[float, str] | None = None
    for name in _FALLBACKS:
        try:
            score = plausibility(sample.decode(name))
        except UnicodeDecodeError:
            continue
        if best is None or score > best[0]:
            best = (score, name)
    if best is None or best[0] <= 0:
        return None
    codepage = best[1]
    parts = [b.decode("utf-8" if ok else codepage) for ok, b in pieces]
    return "".join(parts), f"utf-8+{codepage}"


def _is_multibyte(enc: str) -> bool:
    # a successful strict decode with a multi-byte codec is strong evidence by itself
    return enc.startswith(("utf", "gb", "big5", "shift_jis", "euc", "iso2022", "cp932", "cp949"))


def _detect(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    best = matches[0] if matches else None
    if best is not None and best.coherence >= 0.2:
        # charset-normalizer recognised a language in its answer: trust it
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(best.encoding), best.encoding
    ranked: list[tuple[float, int, int, str, str]] = []
    names = [m.encoding for m in matches] + list(_FALLBACKS)
    for order, name in enumerate(dict.fromkeys(names)):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        # on a tie, the code pages the web actually uses beat exotic ones (mac_cyrillic, cp1125)
        common = len(_FALLBACKS) - _FALLBACKS.index(name) if name in _FALLBACKS else 0
        ranked.append((round(plausibility(text), 3), common, -order, name, text))
    score, _, _, name, text = max(ranked) if ranked else (0.0, 0, 0, "", "")
    # charset-normalizer found every code page too messy: then only clear language will do
    if score > (0 if matches else 0.5):
        return text, name
    # no Latin or Cyrillic words to judge by: another script, taken on charset-normalizer's word
    with contextlib.suppress(UnicodeDecodeError):
        if best is not None and best.chaos < 0.1:
            return data.decode(best.encoding), best.encoding
    raise DecodingError(f"cannot tell the character encoding of {source}")


def plausibility(text: str) -> float:
    """How much ``text``'s non-ASCII words look like Latin or Cyrillic language, from -1 to 1.

    A word counts for when it is lower case or capitalised and written in one script, with some
    ASCII letters if it is Latin (a Latin word made only of accented letters is the mojibake of
    another code page).  It counts against when its case flips inside it (``пРИВЕТ``, typical of
    koi8-r read as windows-1251), when it mixes scripts, or is all accented Latin letters.
    All-capital words are neutral.  Text with no non-ASCII words scores 0.
    """
    sample = text[:100_000]
    if sample.isascii():
        return 0.0
    good = bad = 0
    # (the ASCII words, most of an English page's, are left out at C speed: a test of each word
    # in Python was a third of reading such a page's bytes)
    for word in filterfalse(str.isascii, _WORD.findall(sample)):
        if len(word) < 2:
            continue
        n = len(word)
        cyr = len(_CYRILLIC.findall(word))
        lat = len(_LATIN.findall(word))
        if cyr and lat:
            bad += n
        elif cyr == n or (lat == n and any(c.isascii() for c in word)):
            if word.islower() or (word[0].isupper() and word[1:].islower()):
                good += n
            elif not word.isupper():
                bad += n
        elif lat == n:  # all accented Latin letters
            bad += n
        # other scripts: neutral, newsprism cannot judge them
    total = good + bad
    return 0.0 if total == 0 else (good - bad) / total
