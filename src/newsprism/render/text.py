"""The plain article: title, then the blocks, separated by blank lines."""

from __future__ import annotations

from ..article import Article


def render_text(article: Article) -> str:
    parts = [article.title] if article.title else []
    for block in article.blocks:
        if block.kind == "table" and block.rows:
            table = "\n".join("  ".join(row) for row in block.rows)
            parts.append(f"{table}\n{block.credit}" if block.credit else table)
        elif block.kind == "figure":
            parts.append(f"[{block.text.replace(chr(10), ' — ')}]" if block.text else "")
        else:
            parts.append(block.text)
    return "\n\n".join(p for p in parts if p) + "\n"
