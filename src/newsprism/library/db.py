"""One SQLite wrapper: WAL, a busy timeout, foreign keys, and named migrations.

Migrations are applied in order, each in its own transaction, and recorded by name in the
``migrations`` table, so a library written by an older newsprism is brought up to date on open
and a migration is never applied twice.  Writers take the write lock up front (``BEGIN
IMMEDIATE``) and hold it only for the few statements that store an article: with WAL, readers
(the web reader) never wait for them, and a second writer waits up to the busy timeout instead
of failing with "database is locked".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import LibraryError

BUSY_TIMEOUT_MS = 60_000

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_articles",
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT,
            site TEXT,
            language TEXT,
            published TEXT,
            authors TEXT,
            word_count INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            json TEXT NOT NULL
        );
        CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
        CREATE INDEX articles_site ON articles(site);
        CREATE INDEX articles_language ON articles(language);
        CREATE INDEX articles_published ON articles(published);

        CREATE TABLE speakers (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            speaker_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT,
            kind TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (article_id, speaker_id)
        );
        CREATE INDEX speakers_name ON speakers(name COLLATE NOCASE);

        CREATE TABLE quotes (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quote_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker_id INTEGER,
            cue TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, quote_id)
        );

        CREATE TABLE claims (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL,
            value REAL NOT NULL,
            value_high REAL,
            unit TEXT,
            qualifier TEXT,
            about TEXT,
            "when" TEXT,
            speaker_id INTEGER,
            source TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, claim_id)
        );
        CREATE INDEX claims_unit_value ON claims(unit, value);

        -- which source (path or URL, and the bytes read) produced which article, so that a
        -- re-run of an interrupted 'add' skips what is already stored
        CREATE TABLE sources (
            source TEXT PRIMARY KEY,
            bytes_hash TEXT NOT NULL,
            article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE
        );
        """,
    ),
    (
        "0002_fulltext",
        """
        -- rowid = articles.id; 'stems' is the Snowball-stemmed shadow of every other column
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, speakers, quotes, stems,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """,
    ),
    (
        "0003_display_title",
        """
        -- what lists show for an article whose page has no title (its first heading or opening
        -- words, marked as such); title itself stays NULL
        ALTER TABLE articles ADD COLUMN display_title TEXT;
        """,
    ),
    (
        "feeds_0001_feeds",
        """
        -- times are Unix seconds from the poller's clock; ETag and Last-Modified are kept verbatim
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            kind TEXT,
            title TEXT,
            added_at REAL NOT NULL,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            interval_s REAL NOT NULL DEFAULT 3600,
            floor_s REAL NOT NULL DEFAULT 0,
            last_fetch_at REAL,
            next_fetch_at REAL NOT NULL DEFAULT 0,
            last_status TEXT,
            last_error TEXT,
            failures REAL NOT NULL DEFAULT 0,
            disabled_reason TEXT,
            new_items_last INTEGER NOT NULL DEFAULT 0,
            items_total INTEGER NOT NULL DEFAULT 0,
            polls INTEGER NOT NULL DEFAULT 0,
            unchanged_polls INTEGER NOT NULL DEFAULT 0,
            bodiless_polls INTEGER NOT NULL DEFAULT 0,
            lease_owner TEXT,
            lease_expires REAL
        );
        CREATE INDEX feeds_due ON feeds(next_fetch_at) WHERE disabled_reason IS NULL;

        -- one row per entry seen in a feed; 'pending' rows are fetched (again after a crash)
        CREATE TABLE feed_items (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            url TEXT,
            title TEXT,
            published_ts REAL,
            discovered_at REAL NOT NULL,
            stored_at REAL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            content TEXT,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            UNIQUE (feed_id, guid)
        );
        CREATE INDEX feed_items_url ON feed_items(url);
        CREATE INDEX feed_items_pending ON feed_items(feed_id) WHERE status = 'pending';

        -- per host: when the last request started and when the host may be asked again
        CREATE TABLE feed_hosts (
            host TEXT PRIMARY KEY,
            last_start REAL,
            not_before REAL
        );
        """,
    ),
    (
        "reader_0001_quote_confidence",
        """
        -- the attribution's confidence, so that the speaker facet lists only people and
        -- organisations confidently quoted (rows stored before it stay NULL: not listed)
        ALTER TABLE quotes ADD COLUMN confidence REAL;
        """,
    ),
    (
        "stories_0001_stories",
        """
        -- a story is a set of articles about one event; 'relation' says how an article joined:
        -- first (started it), same-text (a rewritten copy of related_to), same-story
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT,
            first_seen REAL NOT NULL,
            last_seen REAL NOT NULL,
            size INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX stories_last_seen ON stories(last_seen);

        CREATE TABLE story_articles (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            relation TEXT NOT NULL,
            related_to INTEGER,
            score REAL,
            at REAL NOT NULL,
            minhash BLOB NOT NULL,
            vector BLOB NOT NULL,
            names TEXT NOT NULL,
            numbers TEXT NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE INDEX story_articles_at ON story_articles(at);

        -- MinHash LSH bands: articles that share a key are candidate rewritten copies
        CREATE TABLE story_bands (
            band_key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX story_bands_key ON story_bands(band_key);
        """,
    ),
    (
        "reader_0002_corrections",
        """
        -- a reader's "this is wrong" on a quote, a speaker link or a figure.  The item's span and
        -- what newsprism said are kept, so that a correction still finds its item after the
        -- article is analysed again (ids may change, spans rarely do), and stays meaningful
        -- in an export even if it does not
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'speaker', 'figure')),
            item TEXT NOT NULL CHECK (item IN ('quote', 'claim')),
            item_id INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            said TEXT,
            correct TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX corrections_article ON corrections(article_id);
        """,
    ),
    # claims and quotes followed across articles: see newsprism.trace.index
    (
        "trace_0001_mentions",
        """
        -- a claim or a quote followed across articles; label: its first mention's words
        CREATE TABLE traces (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            label TEXT
        );
        -- one figure or quote of one article; data: the normalised mention (JSON), vec1/vec2: its
        -- what-is-counted (or quote) and sentence vectors, 512 signed bytes each
        CREATE TABLE trace_mentions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL,
            trace_id INTEGER NOT NULL,
            score REAL,
            value REAL,
            speaker_key TEXT,
            language TEXT,
            site TEXT,
            url TEXT,
            title TEXT,
            at REAL,
            data TEXT NOT NULL,
            vec1 BLOB,
            vec2 BLOB,
            UNIQUE (kind, article_id, item_id)
        );
        CREATE INDEX trace_mentions_value ON trace_mentions(kind, value);
        CREATE INDEX trace_mentions_trace ON trace_mentions(trace_id, at);
        CREATE INDEX trace_mentions_speaker ON trace_mentions(speaker_key, at);
        CREATE INDEX trace_mentions_article ON trace_mentions(article_id);
        CREATE INDEX trace_mentions_time ON trace_mentions(kind, at);
        CREATE VIRTUAL TABLE trace_quote_words USING fts5(words, tokenize = 'unicode61');
        -- which articles are linked, at which text (a changed article is linked again)
        CREATE TABLE trace_articles (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL
        );
        -- a person's word on two mentions; outranks the score, survives re-reading an article
        CREATE TABLE trace_decisions (
            kind TEXT NOT NULL,
            a_article INTEGER NOT NULL,
            a_item INTEGER NOT NULL,
            b_article INTEGER NOT NULL,
            b_item INTEGER NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('same', 'different')),
            decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (kind, a_article, a_item, b_article, b_item)
        );
        """,
    ),
    (
        "feeds_0002_item_retry",
        """
        -- a failed item is retried later, not at once (5, 10, 20 minutes)
        ALTER TABLE feed_items ADD COLUMN next_try_at REAL;
        """,
    ),
    # a mention leaves (its article removed, or read again) with its words in the trace's
    # full-text index and, when it was the last of its trace, with the trace: the foreign key
    # cascade deletes trace_mentions rows, and these triggers (which cascades fire) do the rest
    (
        "trace_0002_cleanup",
        """
        CREATE TRIGGER trace_mentions_gone AFTER DELETE ON trace_mentions BEGIN
            DELETE FROM trace_quote_words WHERE rowid = old.id;
            DELETE FROM traces WHERE id = old.trace_id
                AND NOT EXISTS (SELECT 1 FROM trace_mentions WHERE trace_id = old.trace_id);
        END;
        CREATE TRIGGER trace_mentions_moved AFTER UPDATE OF trace_id ON trace_mentions
        WHEN old.trace_id != new.trace_id BEGIN
            DELETE FROM traces WHERE id = old.trace_id
                AND NOT EXISTS (SELECT 1 FROM trace_mentions WHERE trace_id = old.trace_id);
        END;
        -- what libraries written before these triggers left behind
        DELETE FROM trace_quote_words WHERE rowid NOT IN (SELECT id FROM trace_mentions);
        DELETE FROM traces WHERE id NOT IN (SELECT trace_id FROM trace_mentions);
        """,
    ),
    (
        "stories_0002_head_words",
        """
        -- the stems of an article's head (hashes and counts) for the lexical evidence of a story,
        -- and the script it is written in; rows from before are recomputed when first loaded
        ALTER TABLE story_articles ADD COLUMN terms BLOB;
        ALTER TABLE story_articles ADD COLUMN script TEXT;
        """,
    ),
    (
        "stories_0003_names_by_line",
        """
        -- a line's first word no longer counts as a name (newsprism.stories.features): stored
        -- rows are recomputed from their article when their window is first loaded, as rows
        -- from before stories_0002 are (the MinHash and its LSH bands are kept)
        UPDATE story_articles SET terms = NULL;
        """,
    ),
    # what a figure counts, its article's names and the speaker keys are read another way now:
    # every article is linked again by the next catch_up (a person's decisions are kept)
    (
        "trace_0003_relink",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # what a figure counts by the grammar (newsprism.trace.roles), its words' vectors: every
    # article is linked again by the next catch_up (a person's decisions are kept)
    (
        "trace_0004_roles",
        """
        ALTER TABLE trace_mentions ADD COLUMN vec3 BLOB;
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # a quote joins the trace it matches on average (no more chains of one story's quotes), new
    # claim and quote weights: every article is linked again by the next catch_up (a person's
    # decisions are kept)
    (
        "trace_0005_average_links",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # whose count a figure is (newsprism.trace.owners), stored with each claim mention: every
    # article is linked again by the next catch_up (a person's decisions are kept)
    (
        "trace_0006_owners",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # a quote's clauses are stored among its parts (newsprism.trace.identity.quote_sentences):
    # every article is linked again by the next catch_up (a person's decisions are kept)
    (
        "trace_0007_quote_clauses",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # who acts in a figure's clause (newsprism.trace.owners.agent_of), stored with each claim
    # mention for telling an owner's update from drift: every article is linked again by the
    # next catch_up (a person's decisions are kept)
    (
        "trace_0008_acting_source",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # two levels of story (newsprism.stories.match.LEVELS): a story is one happening, and it
    # belongs to a running story, the id of the running story's first story.  Stories stored
    # before were made at the running level's threshold: each is its own running story
    (
        "stories_0004_running_stories",
        """
        ALTER TABLE stories ADD COLUMN running_id INTEGER;
        UPDATE stories SET running_id = id;
        CREATE INDEX stories_running ON stories(running_id);
        """,
    ),
    # the days an article's lead names, resolved against its publication time
    # (newsprism.stories.when): evidence of when at the happening level.  Rows stored before
    # have none and are decided as before
    (
        "stories_0005_event_days",
        """
        ALTER TABLE story_articles ADD COLUMN days TEXT;
        """,
    ),
    # the content hash of the text an article was placed with: when the library later holds
    # another text for it (a feed item's summary, then the page's full text), the next
    # assignment pass places it again (newsprism.stories.assign).  Rows stored before take
    # the hash their article has now
    (
        "stories_0006_placed_text",
        """
        ALTER TABLE story_articles ADD COLUMN content_hash TEXT;
        UPDATE story_articles SET content_hash = (
            SELECT content_hash FROM articles WHERE articles.id = story_articles.article_id
        );
        """,
    ),
    # an article that could not be linked into the traces or placed in a story, with the text
    # it failed on (newsprism.linking): it stays stored, and is tried again only when its text
    # changes or newsprism changes (linking_0002; a migration that relinks everything deletes
    # these rows too)
    (
        "linking_0001_failures",
        """
        CREATE TABLE link_failures (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            error TEXT NOT NULL,
            failed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (article_id, stage)
        );
        """,
    ),
    # the newsprism that failed to link it (``linking.linker_version``): a newer one, which may
    # have fixed the fault, tries the article once more; rows from before this column are NULL,
    # so every article that failed under an older newsprism is tried once after the upgrade
    (
        "linking_0002_failure_version",
        """
        ALTER TABLE link_failures ADD COLUMN version TEXT;
        """,
    ),
    # a digest of what the feed said of an item when it was last read (``Entry.revision``): an
    # item the publisher changes later under the same GUID (a correction, a new headline) is
    # read again and stored as a new revision of its article; rows from before are NULL and take
    # the digest of their next sighting without a fetch
    (
        "feeds_0002_item_revision",
        """
        ALTER TABLE feed_items ADD COLUMN revision TEXT;
        """,
    ),
    # a feed item's digest with the numbers outside its title masked (``Entry.shape``), whether
    # its current re-read was caused by a change of digits alone, and per feed how many such
    # re-reads found the page unchanged: past FEED_DIGIT_NOISE a feed's digit-only changes (a
    # view counter, a poll's timestamp) no longer cost a fetch (newsprism.library.feeds._revise).
    # Rows from before have no shape: their next change is read as any change is
    (
        "feeds_0003_digit_changes",
        """
        ALTER TABLE feed_items ADD COLUMN shape TEXT;
        ALTER TABLE feed_items ADD COLUMN reread TEXT;
        ALTER TABLE feeds ADD COLUMN digit_noise INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    # the texts an article had before its latest (an outlet corrected a figure or a headline:
    # newsprism.library.revisions).  The latest stays in ``articles``, analysed; an earlier one
    # keeps its text, title and times, not its analysis.  A library from before holds no earlier
    # texts: each article is its own first revision, under its id
    (
        "library_0001_revisions",
        """
        CREATE TABLE article_revisions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            url TEXT,
            published TEXT,
            word_count INTEGER NOT NULL DEFAULT 0,
            -- when this text was last stored (fetched), and when a new one took its place
            fetched_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX article_revisions_article ON article_revisions(article_id, id);
        """,
    ),
    # which numbers of a feed item moved: its dates' and description's runs of digits as last
    # seen (``Entry.digits``), the runs whose change was read again and found the page the same
    # (a counter, a clock: ``moving_runs``) and the runs whose change is being read
    # (``pending_runs``).  A feed taken for a counter's (FEED_DIGIT_NOISE) still reads an item
    # again when a number that never moved before changes — a corrected figure
    # (newsprism.library.feeds._revise).  Rows from before have none: the feed-wide rule holds
    # for them until their next sighting
    (
        "feeds_0004_digit_runs",
        """
        ALTER TABLE feed_items ADD COLUMN digits TEXT;
        ALTER TABLE feed_items ADD COLUMN moving_runs TEXT;
        ALTER TABLE feed_items ADD COLUMN pending_runs TEXT;
        """,
    ),
    # a feed the user declared a live blog ('feeds add --live'): watched as one from its first
    # poll — a page of one post is that post (newsprism.feeds.live), never switched to the
    # site's feed.  Feeds from before are not live
    (
        "feeds_0005_live",
        """
        ALTER TABLE feeds ADD COLUMN live INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    # a quote's vectors are encoded from its words, without its quotation marks
    # (newsprism.trace.identity.spoken): the stored ones were read with them, and a new quote
    # compared with them would meet the old reading.  Every article is linked again by the next
    # catch_up (a person's decisions are kept)
    (
        "trace_0009_quote_words",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # the names an article's headline and lead give (newsprism.stories.match.rare_name_shift:
    # one happening told from another angle shares its rare name in the leads).  Rows stored
    # before have none, and are decided as before
    (
        "stories_0007_headline_names",
        """
        ALTER TABLE story_articles ADD COLUMN head_names TEXT;
        """,
    ),
    (
        "stories_0008_inner_capitals",
        """
        -- stored rows are recomputed from their article when their window is first loaded,
        -- as for stories_0003 (the MinHash and its bands are kept).  Written for a name reader
        -- that read a capital inside a word as part of the name, withdrawn the same session;
        -- kept because libraries opened in between list it, and recomputing is harmless
        UPDATE story_articles SET terms = NULL;
        """,
    ),
    # a quote's parts are cut at a colon and before a clause of its own too, and a speaker's
    # name is keyed without the description set beside it (newsprism.trace.identity
    # .quote_sentences, newsprism.trace.mentions.name_part): the stored parts and speaker keys
    # were read the old way.  Every article is linked again by the next catch_up (a person's
    # decisions are kept)
    (
        "trace_0010_quote_parts_names",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # an article's names leave out the weekdays and months and give a Russian place adjective
    # its place's key too (newsprism.trace.mentions.name_keys): the stored names were read the
    # old way.  Every article is linked again by the next catch_up (a person's decisions are
    # kept)
    (
        "trace_0011_name_keys",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # what a figure counts reads the noun its parse says it counts before the claims stage's
    # word (newsprism.trace.roles.counted_noun): the stored what-is-counted vectors were read
    # the old way.  Every article is linked again by the next catch_up (a person's decisions
    # are kept)
    (
        "trace_0012_counted_noun",
        """
        DELETE FROM trace_mentions;
        DELETE FROM trace_quote_words;
        DELETE FROM traces;
        DELETE FROM trace_articles;
        """,
    ),
    # a live blog's "older posts" pages are followed (newsprism.feeds.poller, session 44): the
    # next older page to fetch and the older pages fetched (a JSON list, bounded), kept in the
    # library so that a killed watcher resumes where it stopped and never fetches a page twice.
    # Feeds from before have followed none
    (
        "feeds_0006_older_pages",
        """
        ALTER TABLE feeds ADD COLUMN older_next TEXT;
        ALTER TABLE feeds ADD COLUMN older_done TEXT;
        """,
    ),
]


def connect(path: Path | str) -> sqlite3.Connection:
    if str(path) != ":memory:":
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                f"cannot create the folder for the library {path}: {exc.strerror}",
                hint="pass --db with a writable path",
            ) from exc
    try:
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        if _storage_problem(exc):
            raise storage_error(exc, path, doing="open") from exc
        raise LibraryError(
            f"cannot open the library {path}: {exc}",
            hint="is it a newsprism library? pass --db to choose another file",
        ) from exc
    return conn


def _storage_problem(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return any(
        m in message for m in ("disk is full", "readonly", "read-only", "locked", "disk i/o")
    )


def storage_error(exc: sqlite3.Error, path: Path | str, *, doing: str) -> LibraryError:
    """A library error that says what the user can do about a failed write (not "a bug").

    A full disk, a read-only file or folder, and a lock held past the busy timeout by another
    process are facts of the user's machine; SQLite rolls the transaction back, so nothing
    half-written stays, and the message says so.
    """
    message = str(exc).lower()
    if "disk is full" in message:
        return LibraryError(
            f"cannot {doing} the library {path}: the disk is full (nothing half-written was kept)",
            hint="free some space on that disk, or pass --db with a library on another disk",
        )
    if "readonly" in message or "read-only" in message:
        return LibraryError(
            f"cannot {doing} the library {path}: the file or its folder is read-only",
            hint="make the library file and its folder writable, or pass --db with another file",
        )
    if "locked" in message:
        return LibraryError(
            f"cannot {doing} the library {path}: another newsprism process held it for more "
            f"than {BUSY_TIMEOUT_MS // 1000} s",
            hint="wait for the other process (an import, 'watch', the web reader's upload) to "
            "finish, then run this again",
        )
    return LibraryError(
        f"cannot {doing} the library {path}: {exc}",
        hint="check the disk holding the library; 'sqlite3 FILE \"PRAGMA integrity_check\"' "
        "tells whether the file is damaged",
    )


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: all or nothing, even under ``kill -9``."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def migrate(conn: sqlite3.Connection) -> list[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, "
        "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    unknown = sorted(done - {name for name, _ in MIGRATIONS})
    if unknown:
        # written by a newer newsprism: its tables may hold columns or rules this version does
        # not know, and writing to them could fail halfway or leave rows the newer one misreads
        raise LibraryError(
            "this library was written by a newer version of newsprism "
            f"(it has the change{'s' if len(unknown) > 1 else ''} {', '.join(unknown[:3])}"
            f"{' …' if len(unknown) > 3 else ''}, which this version does not know)",
            hint="upgrade newsprism (pip install -U newsprism), or pass --db with another library",
        )
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with write_transaction(conn):
            # a concurrent process may have applied it while we waited for the lock
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    # executescript would COMMIT our transaction; split on the ';' that ends each statement
    out, current = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        current.append(line)
        # complete_statement: a trigger's body holds ';' of its own before its END;
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(current)):
            out.append("\n".join(current))
            current = []
    if "".join(current).strip():
        out.append("\n".join(current))
    return out
