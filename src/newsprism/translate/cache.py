"""Translations cached on disk, keyed by the hash of the sentence, the model and the settings.

Keying each sentence (not each article) by content means reading the same article twice, or a
second article repeating a sentence (a standard disclaimer, a republished paragraph), translates it
once.  The key also holds the model id (name and version) and the settings that change the output
(beam size, compute type), so installing a newer model never serves a stale translation.

The store is one SQLite file in ``<newsprism home>/cache/``; WAL mode lets several processes of a
batch share it.  A cache that cannot be opened or written is skipped, never fatal: it only saves time.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from .. import home

SCHEMA = "CREATE TABLE IF NOT EXISTS translation (key TEXT PRIMARY KEY, text TEXT NOT NULL)"


def cache_path() -> Path:
    return home.cache_dir() / "translations.sqlite"


def key(model_id: str, settings: str, text: str) -> str:
    h = hashlib.sha256()
    for part in (model_id, settings, text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class TranslationCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_path()
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        #: why the cache was skipped, if it was (shown by the CLI as a note)
        self.problem: str | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(SCHEMA)
                self._db = db
            except (sqlite3.Error, OSError) as exc:
                self.problem = f"translation cache {self.path} cannot be opened: {exc}"
                return None
        return self._db

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(keys))
        db = self._connect()
        found: dict[str, str] = {}
        if db is not None:
            try:
                for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
                    chunk = wanted[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = db.execute(
                        f"SELECT key, text FROM translation WHERE key IN ({marks})", chunk
                    )
                    found.update(rows)
            except sqlite3.Error as exc:
                self.problem = f"translation cache {self.path} cannot be read: {exc}"
                found = {}
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put_many(self, items: dict[str, str]) -> None:
        db = self._connect()
        if db is None or not items:
            return
        try:
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO translation (key, text) VALUES (?, ?)", items.items()
                )
        except sqlite3.Error as exc:
            # a full disk or a locked file: the translation is still returned, just not kept
            self.problem = f"translation cache {self.path} cannot be written: {exc}"

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
