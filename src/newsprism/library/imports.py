"""Imports for readers leaving other services: Pocket's CSV export, Wallabag's JSON export;
and newsprism's own JSON export, to move a library to another machine.

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
from ..budget import time_budget
from ..errors import InputError, as_newsprism_error
from .ingest import IngestReport, add_sources, default_process
from .store import Library


def export_text(path: Path, what: str, *, hint: str) -> str:
    """The text of an export file a user gives, in whatever encoding it came: a CSV a spreadsheet
    saved again is in the machine's code page (windows-1251 on a Russian Windows), not UTF-8.
    An empty or binary file (the export's zip, a wrong file) is said to be one, with ``hint``."""
    from ..charset import decode_bytes
    from ..errors import EmptyInputError, UnsupportedContentError
    from ..sources import sniff_binary

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"cannot read the {what} {path}: {exc.strerror or exc}", hint=hint
        ) from exc
    if not data.strip():
        raise EmptyInputError(f"{path} is empty", hint=hint)
    kind = sniff_binary(data)
    if kind is not None:
        raise UnsupportedContentError(f"{path} is {kind}, not a {what}", hint=hint)
    text, _ = decode_bytes(data, str(path))
    return text.removeprefix("\ufeff")


def export_json(path: Path, what: str, *, hint: str) -> Any:
    """:func:`export_text` parsed as JSON (where it is not JSON, the line and column say where)."""
    try:
        return json.loads(export_text(path, what, hint=hint))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path} is not a {what}: no JSON at line {exc.lineno}, column {exc.colno}", hint=hint
        ) from exc


def import_pocket(
    library: Library,
    path: Path,
    *,
    allow_private: bool = False,
    analyse: Callable[[Article], Article] | None = default_process,
    timeout: float | None = None,
) -> IngestReport:
    text = export_text(
        path, "Pocket export", hint="give the part_000000.csv file from Pocket's export zip"
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    if rows and "url" not in rows[0]:
        raise InputError(
            f"{path} has no 'url' column: not a Pocket CSV export",
            hint="Pocket's export has the columns title,url,time_added,tags,status",
        )
    urls = [row["url"].strip() for row in rows if (row.get("url") or "").strip()]
    # an export holds web addresses: anything else would be read as a path on this machine, so
    # a CSV from elsewhere could put any file the user can read into the library
    web = [u for u in urls if u.lower().startswith(("http://", "https://"))]
    report = add_sources(
        library, web, allow_private=allow_private, analyse=analyse, timeout=timeout
    )
    why = "is not an http(s) address: a Pocket export's urls are fetched, never read as files"
    report.failed.extend((u, f"{u!r} {why}") for u in urls if u not in web)
    return report


def import_wallabag(
    library: Library,
    path: Path,
    *,
    analyse: Callable[[Article], Article] | None = default_process,
    timeout: float | None = None,
) -> IngestReport:
    from ..api import read_document
    from ..sources import decode

    entries: Any = export_json(
        path, "Wallabag export", hint="export the entries from Wallabag as JSON"
    )
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
            with time_budget(timeout, label):
                title = _escape(str(entry.get("title") or ""))
                html = (
                    f"<html><head><title>{title}</title></head><body><article>"
                    f"<h1>{title}</h1>{entry['content']}</article></body></html>"
                )
                url = entry.get("url")
                doc = decode(
                    html.encode("utf-8"), source=label, url=url if isinstance(url, str) else None
                )
                article = read_document(doc)
                if analyse is not None:
                    article = analyse(article)
            report.added.append((label, library.add(article, link=False)))  # linked after
        except Exception as exc:  # noqa: BLE001 - one bad entry never stops the import
            report.failed.append((label, str(as_newsprism_error(exc))))
    return report


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def import_exported(library: Library, paths: list[Path]) -> IngestReport:
    """Store the articles of ``export -f json`` files (folders: every ``.json`` in them).

    Each file is the article as it was analysed (stored as it is, not read again), with the
    texts it had before (``revisions``: kept as its earlier revisions) and the readers'
    corrections (``corrections``: recorded again).  An export from before revisions were
    exported has neither list and imports as the article alone.  Importing the same files
    again adds nothing.
    """
    from ..errors import ArticleDataError
    from .corrections import add_correction, analysed_json, corrections
    from .revisions import restore_revisions, revision_rows

    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.json")) if path.is_dir() else [path])
    report = IngestReport()
    #: the articles this import stored, each with the folder of the file it came from
    written: dict[int, Path] = {}
    for path in files:
        label = str(path)
        try:
            data: Any = export_json(
                path, "JSON export", hint="give the files 'newsprism export -f json' wrote"
            )
            if not isinstance(data, dict) or "schema" not in data:
                raise ArticleDataError(
                    "not an article exported by newsprism (no schema)",
                    hint="give the files 'newsprism export -f json' wrote",
                )
            earlier = data.pop("revisions", [])
            revision_rows(earlier)  # checked first: a file with a bad list stores nothing
            fixes = data.pop("corrections", [])
            # the export lists a corrected quote under the speaker a reader gave it: stored
            # as newsprism analysed it, the corrections recorded again below
            article = Article.from_dict(analysed_json(data))
            _check_corrections(article, fixes)  # before storing: a bad list stores nothing
            held = library.conn.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)
            ).fetchone()
            replaced = None if held is not None else _held_as_earlier_text(library, article)
            if replaced is not None:
                # a text the library keeps as an earlier revision of the article now at this
                # address (two exports of one page at two times): storing it would make the
                # old text current again, and each import would swap the two back and add
                # two revisions (the walk, twenty-sixth session)
                restore_revisions(library, replaced, earlier)
                report.skipped.append((label, replaced))
                continue
            at_address = library.conn.execute(
                "SELECT id FROM articles WHERE url = ?", (article.metadata.url,)
            ).fetchone()
            # two files of one export (one folder) are two articles, even when both name one
            # address (an older newsprism stored a copy's address in the text of the article it
            # copied): the later one is stored beside the earlier, not over it (each import of
            # the export swapped their texts, and one of them was lost).  Files of two exports
            # (two folders) naming one address are one page at two times: one article
            apart = (
                held is None
                and at_address is not None
                and written.get(at_address[0]) == path.parent
            )
            article_id = library.add(article, link=False, apart=apart)  # linked after
            written.setdefault(article_id, path.parent)
            added = restore_revisions(library, article_id, earlier)
            kept: set[tuple[Any, ...]] = {
                (c.kind, c.item_id, c.start, c.end) for c in corrections(library, article_id)
            }
            for fix in fixes:
                key = (fix.get("kind"), fix.get("item_id"), fix.get("start"), fix.get("end"))
                if key not in kept:
                    add_correction(
                        library,
                        article_id,
                        str(fix["kind"]),
                        int(fix["item_id"]),
                        fix.get("correct"),
                    )
                    kept.add(key)
            if held is not None and not added:
                report.skipped.append((label, article_id))
            else:
                report.added.append((label, article_id))
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the import
            report.failed.append((label, str(as_newsprism_error(exc))))
    return report


def _held_as_earlier_text(library: Library, article: Article) -> int | None:
    """The id of the stored article at ``article``'s address that keeps ``article``'s text and
    title as one of its earlier revisions, if any."""
    if not article.metadata.url:
        return None
    row = library.conn.execute(
        "SELECT a.id FROM articles a JOIN article_revisions r ON r.article_id = a.id "
        "WHERE a.url = ? AND r.content_hash = ? AND r.title IS ? LIMIT 1",
        (article.metadata.url, article.content_hash, article.title),
    ).fetchone()
    return int(row[0]) if row else None


def _check_corrections(article: Article, fixes: Any) -> None:
    """Raise :class:`~newsprism.errors.ArticleDataError` unless ``fixes`` is an export's list of
    readers' corrections, each naming a kind and an item the article holds.  Checked before the
    article is stored: a bad entry found after it had stored the article and some corrections,
    yet reported the file as failed."""
    from ..errors import ArticleDataError, NewsprismError
    from .corrections import KINDS, _said

    if not isinstance(fixes, list):
        raise ArticleDataError('"corrections" is not a list of readers\' corrections')
    for n, fix in enumerate(fixes, start=1):
        kind = fix.get("kind") if isinstance(fix, dict) else None
        item = fix.get("item_id") if isinstance(fix, dict) else None
        ok = kind in KINDS and isinstance(item, int) and not isinstance(item, bool)
        if ok and isinstance(item, int):
            try:
                _said(article, str(kind), item)
            except NewsprismError:
                ok = False
        if not ok:
            raise ArticleDataError(
                f"correction {n} is not an export's: it needs a kind ({', '.join(sorted(KINDS))}) "
                "and the item_id of a quote or figure the article holds",
                hint="export the article again with 'newsprism export -f json', or remove the "
                "correction from the file",
            )
