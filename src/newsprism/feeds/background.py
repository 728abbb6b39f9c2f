"""``serve --watch``: the watcher in a background thread beside the web reader.

It has its own library connection (SQLite in WAL mode: the reader's pages never wait for it)
and stops at the next wake-up once ``stop`` is set.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..errors import NewsprismError


def start_watcher(
    db: Path | str | None, *, allow_private: bool = False
) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()

    def run() -> None:
        from ..library import Library
        from ..library.ingest import default_process
        from .poller import Poller

        with Library.open(db) as lib:
            poller = Poller(lib, allow_private=allow_private, analyse=default_process)
            try:
                poller.watch(stop=stop)
            except NewsprismError as error:  # pragma: no cover - reported, the reader goes on
                import sys

                print(f"newsprism: the feed watcher stopped: {error}", file=sys.stderr)
            finally:
                poller.close()

    thread = threading.Thread(target=run, name="newsprism-watch", daemon=True)
    thread.start()
    return thread, stop
