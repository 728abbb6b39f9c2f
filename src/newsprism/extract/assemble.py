"""Join extracted blocks into the canonical article text, recording each block's offsets."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..article import Article, Block, BlockKind, Metadata

BLOCK_SEPARATOR = "\n\n"
_WHITE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
#: a run of white space inside a line that is not already one plain space (single spaces, most
#: runs, are left alone rather than replaced by themselves)
_SPACES = re.compile(rf" {_WHITE}+|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]{_WHITE}*")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass
class RawBlock:
    """A block before it has a place in the canonical text."""

    kind: BlockKind
    text: str = ""
    level: int | None = None
    caption: str | None = None
    credit: str | None = None
    image: str | None = None
    alt: str | None = None
    rows: list[list[str]] | None = None


def clean_inline(text: str) -> str:
    """Collapse white space inside a line and drop invisible characters (soft hyphens, ZWSP).

    An ASCII line without a tab or two spaces in a row has nothing either pattern matches (the
    invisible characters and the other spaces are not ASCII): only its ends are stripped, at C
    speed — about a tenth of the two substitutions' cost, and 4 % of extraction's time on
    CleanEval went to them (issue 11, round 34; output identical on every development page)."""
    if text.isascii() and "\t" not in text and "  " not in text:
        return text.strip()
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def clean_multiline(text: str) -> str:
    lines = (clean_inline(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _figure_text(block: RawBlock) -> str:
    return "\n".join(p for p in (block.caption, block.credit) if p)


def assemble(
    title: str | None,
    blocks: list[RawBlock],
    metadata: Metadata,
    *,
    source: str | None = None,
    url: str | None = None,
    encoding: str | None = None,
) -> Article:
    parts: list[str] = []
    out: list[Block] = []
    pos = 0
    for raw in blocks:
        rows: tuple[tuple[str, ...], ...] | None = None
        caption = clean_inline(raw.caption) if raw.caption else None
        credit = clean_inline(raw.credit) if raw.credit else None
        if raw.kind == "figure":
            text = _figure_text(dataclasses.replace(raw, caption=caption, credit=credit))
        elif raw.kind == "table" and raw.rows:
            rows = tuple(
                tuple(clean_inline(c) for c in row)
                for row in raw.rows
                if any(c.strip() for c in row)
            )
            text = "\n".join("\t".join(row) for row in rows)
        elif raw.kind == "list":
            text = clean_multiline(raw.text)
        else:
            text = clean_inline(raw.text.replace("\n", " "))
        if not text and not (raw.kind == "figure" and raw.image):
            continue
        if parts:
            pos += len(BLOCK_SEPARATOR)
        out.append(
            Block(
                id=len(out),
                kind=raw.kind,
                start=pos,
                end=pos + len(text),
                text=text,
                level=raw.level,
                caption=caption or None,
                credit=credit or None,
                image=raw.image,
                alt=clean_inline(raw.alt) if raw.alt else None,
                rows=rows,
            )
        )
        parts.append(text)
        pos += len(text)
    metadata = dataclasses.replace(
        metadata,
        source=source if source is not None else metadata.source,
        url=metadata.url or url,
        encoding=encoding or metadata.encoding,
    )
    return Article(
        text=BLOCK_SEPARATOR.join(parts),
        title=clean_inline(title) if title else None,
        blocks=tuple(out),
        metadata=metadata,
        stages=("extract",),
    )
