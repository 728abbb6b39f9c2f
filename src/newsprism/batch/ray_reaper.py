"""A watch that ends a private local Ray cluster with the run that started it.

``ray.init()`` on one machine starts Ray's processes as children of the run (the driver): the
GCS server, the raylet, the dashboard head, the log monitor and, under the raylet, the
dashboard and runtime-env agents and the workers.  Ray ties the GCS server and the raylet to
the driver's life, but when the driver is killed with SIGKILL (an out-of-memory kill,
``kill -9``) the two agents outlive it: each notices its raylet is gone at once, then waits a
minute on a report to the dead GCS server before it exits (Ray 2.x; the thirtieth session's walk
found them still running).  No setting of Ray's shortens that wait.

So when the batch starts its own local cluster it also starts this watch: a small process of
its own (in a session of its own, so a Ctrl-C or a kill of the run's process group leaves it to
clean up) that holds a pipe from the run and, every second, notes every process descended from
the processes ``ray.init()`` started.  When the pipe closes without the run saying it is done —
the run died — it kills the ones still alive (each checked by its start time, so a process id
the system gave to another program meanwhile is never touched) and exits.  Nothing is lost:
Ray's workers never write the output folder, so the shards they held are read again when the
run is resumed.

Run as a script by path (``python ray_reaper.py RUN_PID ROOT_PID...``): it uses the standard
library alone and never imports newsprism, so it costs a few milliseconds and megabytes.  Linux
only (it reads ``/proc``); elsewhere the batch starts no watch.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO

#: what the run writes to the watch when it shut Ray down itself
DONE = b"done\n"
#: how often the watch notes the cluster's processes, in seconds
EVERY = 1.0

PROC = Path("/proc")


def available() -> bool:
    """Whether processes can be watched here (a Linux ``/proc``)."""
    return sys.platform.startswith("linux") and (PROC / "self" / "stat").exists()


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time) of a live process, or None (gone, or a zombie)."""
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[1]), int(fields[19])


def children(pid: int) -> set[int]:
    """The live child processes of ``pid``."""
    found = set()
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[0] == pid:
                found.add(int(entry.name))
    return found


def _tree(roots: set[int]) -> dict[int, int]:
    """Every live process in the trees under ``roots`` (the roots included), by pid, with its
    start time."""
    stats: dict[int, tuple[int, int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None:
                stats[int(entry.name)] = stat
    found = {pid: stats[pid][1] for pid in roots if pid in stats}
    grew = True
    while grew:
        grew = False
        for pid, (ppid, start) in stats.items():
            if ppid in found and pid not in found:
                found[pid] = start
                grew = True
    return found


def watch(roots: set[int], pipe: IO[bytes]) -> int:
    """Note the trees under ``roots`` until ``pipe`` ends; kill what is left of them unless the
    run said it was done.  Returns how many processes were killed."""
    seen: dict[int, int] = {}
    while True:
        seen |= _tree(roots | set(seen))
        ready, _, _ = select.select([pipe], [], [], EVERY)
        if not ready:
            continue
        line = pipe.readline()
        if line == DONE:
            return 0
        if line:
            continue  # nothing else is said on the pipe; a stray line changes nothing
        break
    killed = 0
    for pid, start in seen.items():
        stat = _stat(pid)
        if stat is None or stat[1] != start or pid == os.getpid():
            continue
        try:
            os.kill(pid, signal.SIGKILL)
            killed += 1
        except OSError:
            continue
    return killed


class Reaper:
    """The run's end of the watch: started after ``ray.init()``, told :meth:`done` after
    ``ray.shutdown()``."""

    def __init__(self, roots: set[int]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", str(Path(__file__).resolve()), *map(str, sorted(roots))],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )

    def done(self) -> None:
        """The run shut Ray down itself: the watch ends and kills nothing."""
        stdin = self.process.stdin
        if stdin is not None:
            try:
                stdin.write(DONE)
                stdin.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def main(argv: list[str]) -> int:
    roots = {int(a) for a in argv}
    watch(roots, sys.stdin.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
