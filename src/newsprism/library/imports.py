"""Imports for readers leaving other services: Pocket's CSV export, Wallabag's JSON export.

Pocket exports only URLs (title, url, time_added, tags, status), so each is fetched like
``newsprism add URL``; Wallabag exports the saved page content itself, which is read offline.
Bad rows are recorded in the report, and the import goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import InputError, NewsprismError
from .ingest import IngestReport, add_sources, default_process
from .store import Library


def import_pocket(
    library: Library,
    path: Path,
    *,
    allow_private: bool = False,
    analyse: Callable[[Article], Article] | None = default_process,
) -> IngestReport:
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"cannot read the Pocket export {path}: {exc}",
            hint="give the part_000000.csv file from Pocket's export zip",
        ) from exc
    rows = list(csv.DictReader(io.StringIO(text)))
    if rows and "url" not in rows[0]:
        raise InputError(
            f"{path} has no 'url' column: not a Pocket CSV export",
            hint="Pocket's export has the columns title,url,time_added,tags,status",
        )
    urls = [row["url"].strip() for row in rows if (row.get("url") or "").strip()]
    return add_sources(library, urls, allow_private=allow_private, analyse=analyse)


def import_wallabag(
    library: Library, path: Path, *, analyse: Callable[[Article], Article] | None = default_process
) -> IngestReport:
    from ..api import read_document
    from ..sources import decode

    try:
        entries: Any = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            f"cannot read the Wallabag export {path}: {exc}",
            hint="export the entries from Wallabag as JSON",
        ) from exc
    if isinstance(entries, dict):
        entries = entries.get("entries") or entries.get("_embedded", {}).get("items") or []
    report = IngestReport()
    for n, entry in enumerate(entries if isinstance(entries, list) else []):
        label = (
            str(entry.get("url") or f"entry {n + 1}")
            if isinstance(entry, dict)
            else f"entry {n + 1}"
        )
        try:
            if not isinstance(entry, dict) or not entry.get("content"):
                raise InputError(f"{label} has no saved content")
            html = (
                f"<html><head><title>{_escape(entry.get('title') or '')}</title></head><body><article>"
                f"<h1>{_escape(entry.get('title') or '')}</h1>{entry['content']}</article></body></html>"
            )
            doc = decode(html.encode("utf-8"), source=label, url=entry.get("url"))
            article = read_document(doc)
            if analyse is not None:
                article = analyse(article)
            report.added.append((label, library.add(article)))
        except NewsprismError as error:
            report.failed.append((label, str(error)))
    return report


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
