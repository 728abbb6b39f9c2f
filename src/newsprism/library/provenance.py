"""Where a stored article came from: the URL, file or import that was read, the feeds that
brought it, and when it was added — what a reader checks before quoting it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .store import Library


@dataclass(frozen=True)
class Origin:
    #: "url", "file", "feed", "import", "text" (pasted or piped), or "added" (the date only)
    kind: str
    value: str
    detail: str | None = None


def provenance(lib: Library, article_id: int) -> list[Origin]:
    conn = lib.conn
    row = conn.execute(
        "SELECT url, json_extract(json, '$.metadata.source') AS source, added_at FROM articles "
        "WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return []
    found: list[Origin] = []
    seen: set[str] = set()

    def add(kind: str, value: str | None, detail: str | None = None) -> None:
        if value and value not in seen:
            seen.add(value)
            found.append(Origin(kind, value, detail))

    try:
        for feed in conn.execute(
            "SELECT f.url, f.title FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
            "WHERE i.article_id = ? ORDER BY i.rowid",
            (article_id,),
        ):
            add("feed", feed["url"], feed["title"])
    except sqlite3.OperationalError:
        pass  # a library without the feeds tables
    for (source,) in conn.execute(
        "SELECT source FROM sources WHERE article_id = ? ORDER BY rowid", (article_id,)
    ):
        add(_kind(source), source)
    add(_kind(row["source"]), row["source"])
    add("url", row["url"])
    found.append(Origin("added", row["added_at"]))
    return found


def _kind(source: str | None) -> str:
    if not source:
        return "text"
    if source.startswith(("http://", "https://")):
        return "url"
    if source in ("-", "pasted text", "upload"):
        return "text"
    if ":" in source.split("/")[0] and not source.startswith("/"):
        return "import"  # "pocket:…", "wallabag:…" and other importers' names
    return "file"
