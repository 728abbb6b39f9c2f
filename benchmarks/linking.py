"""What linking costs and where it is paid: ``newsprism add`` of a folder of N fixture articles
(default 320), then the first stories page and the first trace page of the web reader.

Before articles were linked on arrival, ``add`` stored and the first page linked everything
(traces and stories) while the reader waited; now ``add`` links at its end, with a progress
line, and the first page only reads.  Run it with each version's code on PYTHONPATH, same run:

    PYTHONPATH=src nice python benchmarks/linking.py [--articles 320]
    PYTHONPATH=/path/to/old/src nice python benchmarks/linking.py [--articles 320]

Prints the seconds of ``add`` (and, where the code links on arrival, the share of it spent
linking: the cost per article beside reading and analysing it), and of the first and second
stories page and the first trace page.  The articles are the tests' fixtures (English and
Russian pages and texts); beyond their number, a text is stored again as a republished copy
with an edited headline (a wire story's second outlet), so the stories have members.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def fixture_pages() -> list[Path]:
    pages = sorted(
        p
        for p in FIXTURES.rglob("*")
        if p.is_file() and p.suffix in (".txt", ".html") and "README" not in p.name
    )
    return pages + sorted((ROOT / "examples").glob("*.html"))


def build_folder(folder: Path, n: int) -> int:
    pages = fixture_pages()
    texts = [p for p in pages if p.suffix == ".txt"]
    written = 0
    for p in pages[:n]:
        (folder / f"{written:04d}-{p.name}").write_bytes(p.read_bytes())
        written += 1
    copy = 1
    while written < n:
        for p in texts:
            if written >= n:
                break
            head, _, rest = p.read_text("utf-8", errors="replace").partition("\n")
            (folder / f"{written:04d}-copy{copy}-{p.name}").write_text(
                f"{head.strip()} (update {copy})\n{rest}", "utf-8"
            )
            written += 1
        copy += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=320)
    args = parser.parse_args()

    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    import newsprism
    from newsprism.cli import app
    from newsprism.library import Library
    from newsprism.web import create_app

    linking: Any = None
    spent = [0.0]
    try:
        from newsprism import linking as linking_module

        linking = linking_module
        real = linking.link_pending

        def timed(*a: Any, **kw: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return real(*a, **kw)
            finally:
                spent[0] += time.perf_counter() - t0

        linking.link_pending = timed
    except ImportError:
        pass

    print(f"code: {Path(newsprism.__file__).resolve().parent}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        n = build_folder(folder, args.articles)
        db = Path(tmp) / "library.sqlite"
        t0 = time.perf_counter()
        result = CliRunner().invoke(app, ["add", str(folder), "--db", str(db), "--quiet"])
        add_s = time.perf_counter() - t0
        with Library.open(db) as lib:
            stored = lib.count()
        print(
            f"add: {n} files, {stored} articles stored in {add_s:.1f} s (exit {result.exit_code})"
        )
        if linking is not None:
            if linking is not None:
                linking.link_pending = real
            link_s = spent[0]
            read_s = add_s - link_s
            print(
                f"  of which linking (traces + stories): {link_s:.1f} s = "
                f"{1000 * link_s / stored:.0f} ms per article, "
                f"{link_s / read_s:.2f} x the reading, analysing and storing "
                f"({1000 * read_s / stored:.0f} ms per article)"
            )
        with TestClient(create_app(db, analyse=False), base_url="http://127.0.0.1:8000") as client:
            for label, url in (
                ("first stories page", "/stories"),
                ("first speaker page", "/speakers/Petrenko"),
                ("second stories page", "/stories"),
            ):
                t0 = time.perf_counter()
                status = client.get(url).status_code
                print(f"{label}: {time.perf_counter() - t0:.2f} s (HTTP {status})")
        with Library.open(db) as lib:
            traced, placed = (
                lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("trace_articles", "story_articles")
            )
        print(f"linked: {traced} articles in traces, {placed} in stories")


if __name__ == "__main__":
    sys.exit(main())
