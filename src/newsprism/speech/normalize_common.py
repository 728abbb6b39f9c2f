"""Typography and web addresses: the part of normalisation every language shares.

Engines stumble on typographic marks (espeak-ng reads some quote marks and dashes aloud, piper
makes odd pauses at them) and spell URLs letter by letter.  Here quotes are dropped, dashes become
commas, ellipses plain dots, and a URL is reduced to its site name ("example dot com").
"""

from __future__ import annotations

import re
import unicodedata

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>«»\"…]+[^\s<>«»\"….,;:!?)\]]", re.IGNORECASE)
EMAIL = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_QUOTES = re.compile(r"[«»„“”‟\"‹›‘’‚‛`]")
# a dash between words or after a comma: a pause; an en dash in "2019–2023" is left to the ranges
_DASH = re.compile(r"\s+[—–-]{1,2}\s+|\s*—\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_REPEAT_COMMA = re.compile(r"(?:,\s*){2,}")


def site_name(url: str, dot: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
    host = re.split(r"[/?#:]", host, maxsplit=1)[0]
    return f" {dot} ".join(p for p in host.split(".") if p)


def urls(text: str, *, dot: str = "dot", at: str = "at") -> str:
    text = URL.sub(lambda m: site_name(m.group(0), dot), text)
    return EMAIL.sub(
        lambda m: f"{m.group(1).replace('.', f' {dot} ')} {at} {site_name(m.group(2), dot)}",
        text,
    )


def typography(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "")  # soft hyphen
    text = text.replace("…", "...").replace("\u2026", "...")
    text = _QUOTES.sub("", text)
    text = re.sub(r"(?<=\w)'(?=\w)", "'", text)
    text = _DASH.sub(", ", text)
    text = re.sub(r"[()\[\]{}]", ", ", text)
    text = re.sub(r"[*_#|~^]+", " ", text)
    return text


def tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEAT_COMMA.sub(", ", text)
    text = re.sub(r",\s*([.!?;:])", r"\1", text)
    text = re.sub(r"^[\s,;:]+", "", text)
    text = re.sub(r"([.!?])[,;:\s]*$", r"\1", text.rstrip(" ,;:"))
    return text.strip()


def normalize_common(text: str) -> str:
    """For languages without a normaliser of their own: typography and URLs only."""
    return tidy(typography(urls(text)))


def keep_full_stop(text: str, ending: str) -> str:
    """An abbreviation that ended the sentence ("… and so on, etc.") took its full stop with it."""
    if ending in ".!?" and ending and text and text[-1] not in ".!?":
        return text + ending
    return text


_CAPS_WORD = re.compile(r"\b\w*[^\W\d_]\w*\b")


def unshout(text: str, keep: frozenset[str] | set[str]) -> str:
    """A headline in capitals ("COUNCIL APPROVES BRIDGE") in lower case, except known acronyms.

    Otherwise every short capitalised word would be taken for an abbreviation and spelt out.
    """
    words = [w for w in _CAPS_WORD.findall(text) if len(w) > 1]
    shouted = [w for w in words if w.isupper()]
    if len(shouted) < 3 or len(shouted) < 0.6 * len(words):
        return text
    return _CAPS_WORD.sub(lambda m: m.group(0) if m.group(0) in keep else m.group(0).lower(), text)
