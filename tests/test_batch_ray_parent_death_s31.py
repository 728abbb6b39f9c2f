"""A Ray run's local cluster ends with its driver when the driver alone is killed with SIGKILL
(an out-of-memory kill, ``kill -9 PID``) — every process ``ray.init()`` started, the dashboard
and runtime-env agents under the raylet included (the thirtieth session's walk: those two
outlived the run by a minute) — and the run resumes without losing or doubling a record.  A
real subprocess on a local Ray cluster over a WARC of our fixture pages; skipped where Ray is
not installed or there is no Linux ``/proc`` to see the processes in."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch_parent_death_s30 import _warc

from newsprism.batch import ray_reaper, read_table, resolve_stages, run_batch
from newsprism.batch.storage import locate

pytestmark = [
    pytest.mark.skipif(not ray_reaper.available(), reason="needs Linux /proc to see processes"),
]

ROOT = Path(__file__).resolve().parent.parent


def _descendants(pid: int) -> dict[int, str]:
    """Every live process under ``pid``, with its command line."""
    tree = ray_reaper._tree(ray_reaper.children(pid))
    out = {}
    for child in tree:
        try:
            out[child] = (Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")).decode()
        except OSError:
            continue
    return out


def _alive(pid: int) -> bool:
    return ray_reaper._stat(pid) is not None


def _rows(out: Path, table: str) -> list[str]:
    return sorted(repr(r) for r in read_table(locate(str(out)), table).to_pylist())


def test_a_killed_ray_driver_takes_its_local_cluster_with_it_and_the_run_resumes(
    tmp_path: Path,
) -> None:
    pytest.importorskip("ray")
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsprism", "batch", str(warc), "--out", str(out)]
        + ["--engine", "ray", "--workers", "2", "--shard-size", "1", "--stages", "none"],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    cluster: dict[int, str] = {}
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if (out / "done").exists() and any((out / "done").glob("*.json")):
                break
            time.sleep(0.05)
        cluster = _descendants(proc.pid)
        assert proc.poll() is None, "the run ended before it was killed"
        # the agents are the raylet's children, the driver's grandchildren
        assert any("raylet" in cmd for cmd in cluster.values())
        assert any("Agent" in cmd or "agent" in cmd for cmd in cluster.values()), cluster
        os.kill(proc.pid, signal.SIGKILL)  # the driver alone
        proc.wait()
        deadline = time.monotonic() + 30  # a bound for a failing run (Ray's own wait is 60 s)
        while time.monotonic() < deadline and any(_alive(p) for p in cluster):
            time.sleep(0.2)
        left = {p: cmd[:80] for p, cmd in cluster.items() if _alive(p)}
        assert not left, f"Ray's processes outlived the run: {left}"
    finally:  # whatever failed, nothing of the run is left behind
        for pid in {proc.pid, *cluster}:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    committed = len(list((out / "done").glob("*.json")))
    assert committed > 0
    stages = resolve_stages("none")
    summary = run_batch([str(warc)], str(out), engine="ray", workers=2, shard_size=1, stages=stages)
    assert summary.resumed == committed
    whole = tmp_path / "whole"  # the same archive in one uninterrupted run
    run_batch([str(warc)], str(whole), workers=1, shard_size=1, stages=stages)
    for table in ("articles", "errors"):
        assert _rows(out, table) == _rows(whole, table)


def test_a_ray_run_that_ends_normally_leaves_no_watch_and_kills_nothing(tmp_path: Path) -> None:
    """The watch is told the run shut Ray down itself: it exits, and a process that merely
    shares the run's process tree is left alone."""
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        reaper = ray_reaper.Reaper({sleeper.pid})
        reaper.done()  # the watch notes the tree before it reads "done": the sleeper is in it
        assert reaper.process.returncode == 0
        assert _alive(sleeper.pid)
    finally:
        sleeper.kill()
        sleeper.wait()


def test_the_watch_kills_what_it_watched_when_the_run_dies(tmp_path: Path) -> None:
    """The run's end of the pipe closes without "done" (the run died): the watched tree goes."""
    sleeper = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time; "
            "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); time.sleep(60)",
        ]
    )
    try:
        # wait (bounded) for the sleeper's child to exist: a loaded machine starts Python slowly
        deadline = time.monotonic() + 60
        tree = ray_reaper._tree({sleeper.pid})
        while len(tree) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
            tree = ray_reaper._tree({sleeper.pid})
        assert len(tree) == 2  # the sleeper and its child
        # the watch notes the tree before it first reads its pipe, so closing the pipe at once
        # still tests the kill
        reaper = ray_reaper.Reaper({sleeper.pid})
        assert reaper.process.stdin is not None
        reaper.process.stdin.close()  # as the system does when the run is killed
        reaper.process.wait(timeout=30)
        sleeper.wait(timeout=30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(p) for p in tree):
            time.sleep(0.1)
        assert not any(_alive(p) for p in tree)
    finally:
        for pid in ray_reaper._tree({sleeper.pid}):
            os.kill(pid, signal.SIGKILL)
        sleeper.wait()
