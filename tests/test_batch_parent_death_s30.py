"""A batch run's worker processes end when its main process is killed alone (SIGKILL of the main
process only: an out-of-memory kill, ``kill -9 PID``), and the run resumes without losing or
doubling a record (twenty-ninth session's walk: the workers stayed alive, waiting for ever).  A real
subprocess over a WARC of our fixture pages."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsprism.batch import read_table, resolve_stages, run_batch
from newsprism.batch.storage import locate

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent


def _warc(path: Path, copies: int = 3) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(copies):
            for i, page in enumerate(sorted((FIXTURES / "html").glob("*.html"))):
                charset = "windows-1251" if "cp1251" in page.name else "utf-8"
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", f"text/html; charset={charset}")], "HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(
                        f"https://news.example/{n}/{i}",
                        "response",
                        payload=io.BytesIO(page.read_bytes()),
                        http_headers=headers,
                    )
                )


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for the process that adopted it to reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _rows(out: Path, table: str) -> list[str]:
    return sorted(repr(r) for r in read_table(locate(str(out)), table).to_pylist())


def test_workers_end_with_their_killed_main_process_and_the_run_resumes(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsprism", "batch", str(warc), "--out", str(out)]
        + ["--workers", "2", "--shard-size", "1", "--stages", "none"],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        # the workers are running once a shard is done
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            if (out / "done").exists() and any((out / "done").glob("*.json")):
                break
            time.sleep(0.05)
        workers = _children(proc.pid)
        assert proc.poll() is None and len(workers) >= 2, "the run ended before it was killed"
        os.kill(proc.pid, signal.SIGKILL)  # the main process alone
        proc.wait()
        deadline = time.monotonic() + 60  # a bound for a failing run, not a measure of speed
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "workers outlived their run"
    finally:  # whatever failed, nothing of the run is left behind
        for pid in {proc.pid, *workers}:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    committed = len(list((out / "done").glob("*.json")))
    summary = run_batch(
        [str(warc)], str(out), workers=1, shard_size=1, stages=resolve_stages("none")
    )
    assert summary.resumed == committed
    whole = tmp_path / "whole"  # the same archive in one uninterrupted run
    run_batch([str(warc)], str(whole), workers=1, shard_size=1, stages=resolve_stages("none"))
    for table in ("articles", "errors"):
        assert _rows(out, table) == _rows(whole, table)
