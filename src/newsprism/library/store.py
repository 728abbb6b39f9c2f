"""Storing, finding and removing articles.

An article is written in one short ``BEGIN IMMEDIATE`` transaction (row, child tables, full-text
row), so a library killed mid-``add`` holds each article complete or not at all.  Re-adding the
same article (same content hash, or same canonical URL) replaces the stored one in place, under
its id; when its text or title changed, the text it replaces is kept as an earlier revision
(:mod:`newsprism.library.revisions`).
"""

from __future__ import annotations

import json
import sqlite3
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from ..article import Article
from ..attribution.confidence import CONFIDENT
from ..errors import ArticleNotFoundError, LibraryError, LinkingWarning
from . import db
from .search import Query, highlight_snippet, parse
from .stemming import stem_text

#: SQLite integers are signed 64-bit: a larger id cannot name a row, and would overflow the driver
MAX_INTEGER = 2**63 - 1


def _bounded(n: int) -> int:
    """A LIMIT or OFFSET SQLite accepts (anything past the largest integer means "all")."""
    return max(0, min(n, MAX_INTEGER))


@dataclass(frozen=True)
class StoredArticle:
    id: int
    title: str | None
    url: str | None
    site: str | None
    language: str | None
    published: str | None
    added_at: str
    word_count: int
    snippet: str | None = None
    #: what a list shows: the title, else a stand-in marked as such ("… [no title: first heading]")
    display_title: str | None = None
    rank: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


#: bm25 weights of the FTS columns: title, body, speakers, quotes, stems
_BM25_WEIGHTS = "8.0, 1.0, 3.0, 2.0, 1.0"
_SUMMARY_COLUMNS = (
    "a.id, a.title, a.url, a.site, a.language, a.published, a.added_at, a.word_count, "
    "a.display_title"
)


#: the orders of :meth:`Library.list_articles`, newest first.  ``published``: the time the outlet
#: published the article, read as a time (an offset like +03:00 counted, a date alone its
#: midnight), an article that gives none at the time it was added; ties (one date, or none) by
#: the time added.  ``added``: the time added to the library, the later id first
LIST_ORDERS = {
    "published": (
        "coalesce(julianday(a.published), julianday(a.added_at)) DESC, a.added_at DESC, a.id DESC"
    ),
    "added": "a.added_at DESC, a.id DESC",
}


class Library:
    def __init__(self, conn: sqlite3.Connection, path: Path | str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path | str | None = None) -> Library:
        from ..home import default_library

        path = path if path is not None else default_library()
        return cls(db.connect(path), path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        *,
        source: str | None = None,
        bytes_hash: str | None = None,
        link: bool = True,
        apart: bool = False,
    ) -> int:
        """Store ``article``; return its id.  The same article again updates the stored copy.

        The stored article is then linked into the traces and placed in its story
        (:mod:`newsprism.linking`, the mechanism the CLI and the web reader use), so the library
        a Python user writes is the one ``newsprism add`` writes.  An article that cannot be
        linked stays stored; the failure is recorded and given as a :class:`LinkingWarning`.
        ``link=False`` is for a caller storing a batch: it links the batch in one pass after
        (``linking.link_pending``), which places stories 32 at a time.
        """
        article_id, current = self._store(
            article, source=source, bytes_hash=bytes_hash, apart=apart
        )
        if link and current:  # an older capture kept as an earlier revision links nothing
            from ..linking import failures_line, link_articles

            warning = failures_line(link_articles(self, [(article_id, article)]))
            if warning:
                warnings.warn(warning, LinkingWarning, stacklevel=2)
        return article_id

    def _store(
        self,
        article: Article,
        *,
        source: str | None,
        bytes_hash: str | None,
        apart: bool = False,
    ) -> tuple[int, bool]:
        """Store ``article``; return its id and whether it is now the stored text (``False``:
        an older capture of the page, kept as an earlier revision of the text stored)."""
        payload = json.dumps(article.to_dict(), ensure_ascii=False)
        m = article.metadata
        # when the text was the page's: the archive's fetch time when there is one (an import
        # of a crawl), else now — a revision's times are the page's history, not the import's
        from ..feeds.clock import iso, parse_time  # here: the feeds package imports the library

        fetched = iso(parse_time(m.fetched))
        row = (
            article.content_hash,
            m.url,
            article.title,
            m.site,
            article.language,
            m.published,
            json.dumps(list(m.authors), ensure_ascii=False),
            article.word_count,
            payload,
            str(article.display_title),
        )
        try:
            with db.write_transaction(self.conn) as conn:
                existing = conn.execute(
                    "SELECT id FROM articles WHERE content_hash = ? "
                    "OR (url IS NOT NULL AND url = ? AND NOT ?) "
                    "ORDER BY content_hash = ? DESC LIMIT 1",
                    (article.content_hash, m.url, apart, article.content_hash),
                ).fetchone()
                if (
                    existing
                    and fetched is not None
                    and _older_capture(conn, int(existing["id"]), article, fetched)
                ):
                    article_id = int(existing["id"])
                    _keep_as_earlier(conn, article_id, article, fetched)
                    if source is not None and bytes_hash is not None:
                        conn.execute(
                            "INSERT OR REPLACE INTO sources(source, bytes_hash, article_id) "
                            "VALUES (?,?,?)",
                            (source, bytes_hash, article_id),
                        )
                    return article_id, False
                if existing:
                    article_id = int(existing["id"])
                    values = list(row)
                    if (
                        m.url is not None
                        and conn.execute(
                            "SELECT 1 FROM articles WHERE url = ? AND id != ?", (m.url, article_id)
                        ).fetchone()
                    ):
                        # the same text as this article, at an address another stored article
                        # (another version of the page) holds: both stay, this one keeps its own
                        # address (moving it was a UNIQUE failure, an HTTP 500 on upload)
                        own: str | None = conn.execute(
                            "SELECT url FROM articles WHERE id = ?", (article_id,)
                        ).fetchone()["url"]
                        values[1] = own
                        # and its stored text says so too: an export carrying the other
                        # article's address made the two one article on import (each
                        # re-import swapped their texts).  A row with no address of its own
                        # (stored ``apart``) keeps the one its text names
                        if own is not None:
                            values[8] = _payload_with_url(article, own)
                    # the stored time never moves back: an older capture of the same text says
                    # nothing of when the page last held it (the next older capture of another text
                    # was judged newer, and replaced the newest text — the review of s33)
                    # a new text or a new title at the same address (an outlet's correction):
                    # the one stored until now becomes an earlier revision (its text and title,
                    # not its analysis).  The same text at another address is a copy (a wire
                    # story another outlet ran under its own headline), not a correction: the
                    # page would say the first outlet changed its headline
                    conn.execute(
                        "INSERT INTO article_revisions(article_id, content_hash, title, text, url, "
                        "published, word_count, fetched_at, replaced_at) SELECT id, content_hash, "
                        "title, json_extract(json, '$.text'), url, published, word_count, "
                        "updated_at, coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ','now')) "
                        "FROM articles WHERE id = ? AND url IS ? "
                        "AND (content_hash != ? OR title IS NOT ?)",
                        (fetched, article_id, m.url, article.content_hash, article.title),
                    )
                    conn.execute(
                        "UPDATE articles SET content_hash=?, url=?, title=?, site=?, language=?, published=?, "
                        "authors=?, word_count=?, json=?, display_title=?, "
                        "updated_at=coalesce(max(updated_at, ?), strftime('%Y-%m-%dT%H:%M:%SZ','now')) "
                        "WHERE id=?",
                        (*values, fetched, article_id),
                    )
                    for table in ("speakers", "quotes", "claims"):
                        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
                    conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
                else:
                    if (
                        apart
                        and m.url is not None
                        and conn.execute(
                            "SELECT 1 FROM articles WHERE url = ?", (m.url,)
                        ).fetchone()
                    ):
                        # stored beside the article holding the address, not over it
                        # (its text keeps the address it names: the library's row cannot)
                        row = (row[0], None, *row[2:])
                    cur = conn.execute(
                        "INSERT INTO articles(content_hash, url, title, site, language, published, authors, "
                        "word_count, json, display_title) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        row,
                    )
                    article_id = int(cur.lastrowid or 0)
                    if fetched is not None:
                        conn.execute(
                            "UPDATE articles SET updated_at = ? WHERE id = ?", (fetched, article_id)
                        )
                self._write_children(conn, article_id, article)
                if source is not None and bytes_hash is not None:
                    conn.execute(
                        "INSERT OR REPLACE INTO sources(source, bytes_hash, article_id) VALUES (?,?,?)",
                        (source, bytes_hash, article_id),
                    )
        except sqlite3.IntegrityError as exc:
            raise LibraryError(f"cannot store the article: {exc}") from exc
        except sqlite3.OperationalError as exc:
            # a full disk, a read-only file, a lock held too long: the user's to fix, not a bug
            raise db.storage_error(exc, self.path, doing="write to") from exc
        return article_id, True

    def _write_children(self, conn: sqlite3.Connection, article_id: int, article: Article) -> None:
        # the speakers, quotes and search words as readers corrected them: the speaker facet,
        # ``speaker:`` and the story pages read these rows (library/corrections.py)
        from .corrections import corrected_speakers

        article = corrected_speakers(conn, article, article_id)
        conn.executemany(
            "INSERT INTO speakers(article_id, speaker_id, name, role, kind, aliases) VALUES (?,?,?,?,?,?)",
            [
                (
                    article_id,
                    s.id,
                    s.name,
                    s.role,
                    s.kind,
                    json.dumps(list(s.aliases), ensure_ascii=False),
                )
                for s in article.speakers
            ],
        )
        conn.executemany(
            'INSERT INTO quotes(article_id, quote_id, kind, speaker_id, cue, start, "end", text, confidence) '
            "VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (article_id, q.id, q.kind, q.speaker, q.cue, q.start, q.end, q.text, q.confidence)
                for q in article.quotes
            ],
        )
        conn.executemany(
            'INSERT INTO claims(article_id, claim_id, value, value_high, unit, qualifier, about, "when", speaker_id, '
            'source, start, "end", text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
            [
                (
                    article_id,
                    c.id,
                    c.value,
                    c.value_high,
                    c.unit,
                    c.qualifier,
                    c.about,
                    c.when,
                    c.speaker,
                    c.source,
                    c.start,
                    c.end,
                    c.text,
                )
                for c in article.claims
            ],
        )
        speakers = " ".join(" ".join((s.name, *s.aliases, s.role or "")) for s in article.speakers)
        quotes = "\n".join(q.text for q in article.quotes)
        title = article.title or ""
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body, speakers, quotes, stems) VALUES (?,?,?,?,?,?)",
            (
                article_id,
                title,
                article.text,
                speakers,
                quotes,
                stem_text(" ".join((title, article.text, speakers))),
            ),
        )

    def rewrite_index(self, article_id: int) -> None:
        """Write an article's speakers, quotes, figures and search words again from what it
        holds (after a reader corrected a speaker)."""
        article = self.get(article_id)
        with db.write_transaction(self.conn) as conn:
            for table in ("speakers", "quotes", "claims"):
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
            self._write_children(conn, article_id, article)

    def _known_id(self, article_id: int) -> int:
        if not 0 < article_id <= MAX_INTEGER:
            raise ArticleNotFoundError(f"no article with id {article_id} in {self.path}")
        return article_id

    def remove(self, article_id: int) -> None:
        self._known_id(article_id)
        with db.write_transaction(self.conn) as conn:
            cur = conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if cur.rowcount == 0:
                raise ArticleNotFoundError(f"no article with id {article_id} in {self.path}")
            conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))

    def holds(self, article: Article) -> int | None:
        """The id of a stored article with this text, title and address, if any: storing
        ``article`` again changes nothing a reader sees (a copy of a saved page in another
        file, the same page given twice under two names)."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND title IS ? AND url IS ?",
            (article.content_hash, article.title, article.metadata.url),
        ).fetchone()
        return int(row[0]) if row else None

    def source_done(self, source: str, bytes_hash: str) -> int | None:
        """The id of the article already stored from these exact bytes, if any."""
        row = self.conn.execute(
            "SELECT article_id FROM sources WHERE source = ? AND bytes_hash = ?",
            (source, bytes_hash),
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    # -- reading ----------------------------------------------------------------------------

    def get(self, article_id: int) -> Article:
        self._known_id(article_id)
        row = self.conn.execute("SELECT json FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise ArticleNotFoundError(f"no article with id {article_id} in {self.path}")
        return Article.from_dict(json.loads(row[0]))

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def newest_id(self) -> int:
        """The highest article id stored (0 when empty): an id at or under it that ``add``
        returns was an update of a stored article, not a new one."""
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])

    def list_articles(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        query: Query | None = None,
        sort: str = "added",
    ) -> list[StoredArticle]:
        """Stored articles, newest first: by the time they were added (``sort="added"``), or by
        the time their outlet published them (``"published"``; see :data:`LIST_ORDERS`)."""
        if sort not in LIST_ORDERS:
            from ..errors import ConfigError

            raise ConfigError(
                f"cannot sort by {sort!r}", hint=f"sort by {' or '.join(LIST_ORDERS)}"
            )
        where, params = _filters(query or Query())
        rows = self.conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM articles a {where} ORDER BY {LIST_ORDERS[sort]} "
            "LIMIT ? OFFSET ?",
            (*params, _bounded(limit), _bounded(offset)),
        ).fetchall()
        return [_summary(r) for r in rows]

    def search(self, text: str | Query, *, limit: int = 20, offset: int = 0) -> list[StoredArticle]:
        query = parse(text) if isinstance(text, str) else text
        match = query.fts_expression()
        if match is None:
            return self.list_articles(limit=limit, offset=offset, query=query)
        where, params = _filters(query)
        # Rank inside FTS5 first and read the bodies (for snippets) of the page of results only:
        # reading the body of every match before sorting made common words ten times slower.
        # Without filters the LIMIT goes into the FTS query itself.
        inner_limit = "LIMIT ? OFFSET ?" if not where else ""
        sql = (
            f"SELECT {_SUMMARY_COLUMNS}, r.rank AS rank FROM ("
            f"  SELECT rowid, bm25(articles_fts, {_BM25_WEIGHTS}) AS rank FROM articles_fts"
            f"  WHERE articles_fts MATCH ? ORDER BY rank {inner_limit}"
            f") r JOIN articles a ON a.id = r.rowid {where} ORDER BY r.rank"
            + (" LIMIT ? OFFSET ?" if where else "")
        )
        limit, offset = _bounded(limit), _bounded(offset)
        args = (match, limit, offset) if not where else (match, *params, limit, offset)
        try:
            rows = self.conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            from .search import QueryError

            raise QueryError(f"cannot search for {text!r}: {exc}") from exc
        bodies = (
            dict(
                self.conn.execute(
                    f"SELECT rowid, body FROM articles_fts WHERE rowid IN ({','.join('?' * len(rows))})",
                    [r["id"] for r in rows],
                ).fetchall()
            )
            if rows
            else {}
        )
        stems = set(query.stems())
        return [
            _summary(
                r, snippet=highlight_snippet(bodies.get(r["id"], ""), stems), rank=float(r["rank"])
            )
            for r in rows
        ]

    def speakers(
        self, article_id: int | None = None, name: str | None = None
    ) -> list[dict[str, Any]]:
        sql = "SELECT article_id, speaker_id, name, role, kind, aliases FROM speakers WHERE 1=1"
        params: list[Any] = []
        if article_id is not None:
            sql += " AND article_id = ?"
            params.append(self._known_id(article_id))
        if name:
            sql += " AND (name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')"
            params += [f"%{_like_literal(name)}%", f"%{_like_literal(name)}%"]
        return [
            dict(r) | {"aliases": json.loads(r["aliases"])}
            for r in self.conn.execute(sql + " LIMIT 1000", params)
        ]

    def quotes(self, article_id: int) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.conn.execute(
                'SELECT quote_id AS id, kind, speaker_id AS speaker, cue, start, "end", text FROM quotes '
                "WHERE article_id = ? ORDER BY quote_id",
                (self._known_id(article_id),),
            )
        ]

    def claims(self, article_id: int) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.conn.execute(
                'SELECT claim_id AS id, value, value_high, unit, qualifier, about, "when", speaker_id AS speaker, '
                'source, start, "end", text FROM claims WHERE article_id = ? ORDER BY claim_id',
                (self._known_id(article_id),),
            )
        ]

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Languages, sites and the most quoted speakers, with counts, for the library's filters."""

        def top(sql: str) -> list[tuple[str, int]]:
            return [(r[0], int(r[1])) for r in self.conn.execute(sql) if r[0]]

        return {
            "lang": top(
                "SELECT language, count(*) c FROM articles GROUP BY language ORDER BY c DESC LIMIT 20"
            ),
            "site": top(
                "SELECT site, count(*) c FROM articles GROUP BY site ORDER BY c DESC LIMIT 30"
            ),
            # people and organisations actually quoted, with confidence: not "unofficial data"
            "speaker": top(
                "SELECT s.name, count(DISTINCT s.article_id) c FROM speakers s "
                "WHERE s.kind IN ('person', 'organization') AND EXISTS (SELECT 1 FROM quotes q "
                "WHERE q.article_id = s.article_id AND q.speaker_id = s.speaker_id "
                f"AND q.confidence >= {float(CONFIDENT)}) "
                "GROUP BY s.name ORDER BY c DESC LIMIT 30"
            ),
        }

    def iter_ids(self) -> Iterator[int]:
        for row in self.conn.execute("SELECT id FROM articles ORDER BY id"):
            yield int(row[0])


def _older_capture(
    conn: sqlite3.Connection, article_id: int, article: Article, fetched: str
) -> bool:
    """Whether ``article`` is another text of the stored article's page fetched before the
    stored text was (a crawl imported out of order, an old archive after a fresh ``add``), or
    one kept already as an earlier revision: it must not replace the stored text.  The second
    is a capture stored again — two texts of one fetch time (a page captured twice in the same
    second) flipped on every import of their crawl, each flip a new revision."""
    row = conn.execute(
        "SELECT content_hash, url, updated_at FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None or row["url"] is None or row["url"] != article.metadata.url:
        return False
    if row["content_hash"] == article.content_hash:
        # the stored text itself, fetched earlier, is an earlier state only when another text
        # came between (the page said 6, then 4, then 6 again)
        return fetched < row["updated_at"] and (
            conn.execute(
                "SELECT 1 FROM article_revisions WHERE article_id = ? AND fetched_at > ? "
                "AND content_hash != ? LIMIT 1",
                (article_id, fetched, article.content_hash),
            ).fetchone()
            is not None
        )
    return bool(fetched < row["updated_at"]) or _kept_already(conn, article_id, article, fetched)


def _kept_already(
    conn: sqlite3.Connection, article_id: int, article: Article, fetched: str
) -> bool:
    """Whether this text, fetched at ``fetched``, is an earlier revision of the article."""
    return (
        conn.execute(
            "SELECT 1 FROM article_revisions WHERE article_id = ? AND content_hash = ? "
            "AND fetched_at = ?",
            (article_id, article.content_hash, fetched),
        ).fetchone()
        is not None
    )


def _keep_as_earlier(
    conn: sqlite3.Connection, article_id: int, article: Article, fetched: str
) -> None:
    """Keep ``article``'s text as an earlier revision of the stored article (once: the same text
    fetched at the same time is not kept twice).  It was replaced no later than the next text
    the library holds was fetched; revisions are read in the order of their fetch times."""
    if _kept_already(conn, article_id, article, fetched):
        return
    # a capture of the text the revision fetched just before or just after it holds (the same
    # text fetched on two days) adds no revision: the page kept that text, it did not change
    neighbours = conn.execute(
        "SELECT content_hash, title FROM (SELECT content_hash, title FROM article_revisions "
        "WHERE article_id = ? AND fetched_at <= ? ORDER BY fetched_at DESC, id DESC LIMIT 1) "
        "UNION ALL SELECT content_hash, title FROM (SELECT content_hash, title FROM "
        "article_revisions WHERE article_id = ? AND fetched_at > ? ORDER BY fetched_at, id "
        "LIMIT 1)",
        (article_id, fetched, article_id, fetched),
    ).fetchall()
    same = (article.content_hash, article.title)
    if any((n["content_hash"], n["title"]) == same for n in neighbours):
        return
    later = conn.execute(
        "SELECT min(t) FROM (SELECT fetched_at AS t FROM article_revisions "
        "WHERE article_id = ? AND fetched_at > ? UNION ALL "
        "SELECT updated_at FROM articles WHERE id = ?)",
        (article_id, fetched, article_id),
    ).fetchone()[0]
    m = article.metadata
    conn.execute(
        "INSERT INTO article_revisions(article_id, content_hash, title, text, url, published, "
        "word_count, fetched_at, replaced_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            article_id,
            article.content_hash,
            article.title,
            article.text,
            m.url,
            m.published,
            article.word_count,
            fetched,
            later,
        ),
    )
    # the text kept before this one was replaced by it, not by the later one it was
    # replaced by until now (captures of 1, 3 and then 2 April: the first was the page's until
    # the 2nd); revisions are listed by the time they were replaced, so this also orders them
    conn.execute(
        "UPDATE article_revisions SET replaced_at = ? WHERE article_id = ? AND fetched_at < ? "
        "AND replaced_at > ?",
        (fetched, article_id, fetched, fetched),
    )


def _payload_with_url(article: Article, url: str | None) -> str:
    """The stored JSON of ``article`` naming ``url`` as its address."""
    moved = replace(article, metadata=replace(article.metadata, url=url))
    return json.dumps(moved.to_dict(), ensure_ascii=False)


def _filters(q: Query) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if q.site:
        host = q.site.lower().removeprefix("www.")
        if "." in host:
            # the host or any of its subdomains, as search engines read "site:": the stored
            # address "https://www.example.org/…" was missed by "site:example.org" (the walk, s29)
            like = _like_literal(host)
            patterns = [f"%://{like}/%", f"%://{like}", f"%://{like}:%"]
            patterns += [p.replace("://", "://%.", 1) for p in patterns]
        else:
            patterns = [_like_literal(q.site)]
        urls = " OR ".join("a.url LIKE ? ESCAPE '\\'" for _ in patterns)
        clauses.append(f"(a.site = ? COLLATE NOCASE OR {urls})")
        params += [q.site, *patterns]
    if q.lang:
        clauses.append("a.language = ?")
        params.append(q.lang.lower())
    if q.after:
        clauses.append("a.published >= ?")
        params.append(q.after)
    if q.before:
        clauses.append("a.published < ?")
        params.append(q.before)
    excluded = q.excluded_expression() if q.fts_expression() is None else None
    if excluded:
        # "-word" alone: every article but those with the word (with other words, FTS5's
        # NOT does it; alone it returned everything, the excluded articles included)
        clauses.append("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(excluded)
    if q.speaker:
        from ..trace.mentions import speaker_key

        # also the speakers `newsprism speaker` matches (a surname in any case or script:
        # "speaker:Набиуллиной" found nothing that `speaker Набиуллиной` lists)
        clauses.append(
            "a.id IN (SELECT article_id FROM speakers "
            "WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\' "
            "UNION SELECT article_id FROM trace_mentions WHERE speaker_key = ?)"
        )
        # the name as typed: "speaker:%" matched every speaker, "speaker:O_Neil" any letter
        name = _like_literal(q.speaker)
        params += [f"%{name}%", f"%{name}%", speaker_key(q.speaker) or ""]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: its % and _ are the characters."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _summary(
    r: sqlite3.Row, *, snippet: str | None = None, rank: float | None = None
) -> StoredArticle:
    return StoredArticle(
        id=r["id"],
        title=r["title"],
        url=r["url"],
        site=r["site"],
        language=r["language"],
        published=r["published"],
        added_at=r["added_at"],
        word_count=r["word_count"],
        display_title=r["display_title"] or r["title"] or "(untitled)",
        snippet=snippet,
        rank=rank,
    )
