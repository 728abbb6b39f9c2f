"""The translated article as plain text or Markdown (JSON and HTML carry both sides already)."""

from __future__ import annotations

from ..article import Article, Block
from ..errors import NewsprismError


def translated_blocks(article: Article) -> list[tuple[Block, str]]:
    """Each block with its translation: translated sentences joined as the source ones were."""
    if article.translation is None:
        raise NewsprismError(
            "this article has no translation", hint="run the 'translate' stage first"
        )
    by_source = {t.source: t.text for t in article.translation.sentences}
    out = []
    for block in article.blocks:
        parts: list[str] = []
        pos = block.start
        for s in article.sentences_in(block):
            gap = article.text[pos : s.start]
            # keep line breaks (list items, table rows) and single spaces between sentences
            parts.append("\n" if "\n" in gap else (" " if gap else ""))
            parts.append(by_source.get(s.id, s.text))
            pos = s.end
        out.append((block, "".join(parts).strip()))
    return out


def notice(article: Article) -> str:
    t = article.translation
    assert t is not None
    if t.translator == "none":
        return f"Not translated: the article is already in {t.language}."
    model = f" ({t.model.get('name', '')} {t.model.get('version', '')})" if t.model else ""
    source = article.language or "the original language"
    return f"Machine translation from {source} to {t.language} by {t.translator}{model}, made offline by newsprism."


def render_translation(article: Article, fmt: str) -> str:
    """``fmt`` is ``text`` or ``md``."""
    blocks = translated_blocks(article)
    title = _title(article)
    if fmt == "text":
        parts = [title] if title else []
        parts += [f"[{text}]" if b.kind == "figure" else text for b, text in blocks if text]
        parts.append(f"({notice(article)})")
        return "\n\n".join(parts) + "\n"
    lines = [f"# {title}"] if title else []
    lines.append(f"*{notice(article)}*")
    for block, text in blocks:
        if not text:
            continue
        if block.kind == "heading":
            lines.append("#" * max(2, min(6, block.level or 2)) + " " + text)
        elif block.kind == "list":
            lines.append("\n".join(f"- {item}" for item in text.split("\n")))
        elif block.kind == "quote":
            lines.append("\n".join(f"> {line}" for line in text.split("\n")))
        elif block.kind == "figure":
            lines.append(f"*{text}*")
        else:
            lines.append(text)
    return "\n\n".join(lines) + "\n"


def _title(article: Article) -> str | None:
    assert article.translation is not None
    return article.translation.title or article.title
