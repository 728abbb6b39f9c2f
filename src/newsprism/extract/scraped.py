"""Text scraped or copied from a news page, with its page chrome, becomes a structured article.

General rules only (no site's own strings): known UI vocabulary in several languages, line
length and final punctuation, position, repetition, and credit patterns.  A short caption line
followed by a credit line becomes a figure; a translation notice becomes metadata; a short line
without final punctuation between paragraphs becomes a heading.
"""

from __future__ import annotations

import re
from collections import Counter

from ..article import Metadata
from .assemble import RawBlock, clean_inline
from .figures import CREDIT_PATTERN
from .notices import find_translation_notice

_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|menu|sign in|log in|subscribe|advertisement|advert|ad|"
    r"share|copy link|listen(?: to this article)?|on|off|read more:?.*|related:?.*|"
    r"перейти к содержанию|меню|войти|подписаться|реклама|поделиться|скопировать ссылку|слушать|"
    r"вкл|выкл|читайте также:?.*|читать далее|\d{1,2}:\d{2})$",
    re.I,
)
_FINAL_PUNCT = re.compile(r"[.!?…:;»\"”)]$")


def extract_scraped(text: str) -> tuple[str | None, list[RawBlock], Metadata]:
    lines = [clean_inline(line) for line in text.split("\n")]
    counts = Counter(line for line in lines if line)
    notice = None
    kept: list[str] = []
    for line in lines:
        if not line:
            kept.append("")
            continue
        found = find_translation_notice(line) if len(line) < 120 else None
        if found:
            notice = found
            continue
        if _CHROME.match(line) or (counts[line] > 1 and len(line) < 60):
            continue
        kept.append(line)
    blocks: list[RawBlock] = []
    title: str | None = None
    i = 0
    content = [line for line in kept if line]
    while i < len(content):
        line = content[i]
        nxt = content[i + 1] if i + 1 < len(content) else ""
        if CREDIT_PATTERN.fullmatch(line):
            blocks.append(RawBlock("figure", credit=line))
        elif nxt and CREDIT_PATTERN.fullmatch(nxt) and len(line) < 200:
            blocks.append(RawBlock("figure", caption=line, credit=nxt))
            i += 1
        elif title is None and not blocks and len(line) < 200 and not _FINAL_PUNCT.search(line):
            title = line
        elif len(line) < 90 and not _FINAL_PUNCT.search(line) and len(line.split()) <= 12:
            blocks.append(RawBlock("heading", line, level=2))
        else:
            blocks.append(RawBlock("paragraph", line))
        i += 1
    metadata = Metadata(
        translated_by=notice[0] if notice else None,
        source_language=notice[1] if notice else None,
        extractor="scraped-text",
    )
    return title, blocks, metadata
