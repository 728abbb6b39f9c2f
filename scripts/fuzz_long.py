"""The long fuzz run: 10,000 cases through read, analyse, add and the web upload, in chunks.

Each chunk is ``tests/test_fuzz.py`` run by pytest in a process of its own, with a seed of its
own (so the chunks draw different cases) and an address-space limit, so that memory stays
bounded however long the run (a single process that ran thousands of analyses once grew past
20 GB on a shared machine).  The script prints each chunk's outcome and the totals: cases run,
failures, the largest memory a chunk used.  A failing chunk's output is kept under --out.

    nice python scripts/fuzz_long.py                      # the 10,000-case plan below
    nice python scripts/fuzz_long.py --scale 0.1          # a tenth of it
    nice python scripts/fuzz_long.py --only upload,add    # some of the tests

Run it from the repository root; it uses the ``src/`` beside it.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: test → (cases in the full plan, cases per chunk, the test's share in test_fuzz.fuzz_settings)
PLAN: dict[str, tuple[int, int, int]] = {
    "read": (5000, 1250, 1),
    "random": (3000, 1500, 1),
    "analyse": (1000, 250, 10),
    "add": (500, 250, 10),
    "upload": (500, 250, 10),
}
TESTS = {
    "read": "test_read_mutated_pages",
    "random": "test_read_random_bytes",
    "analyse": "test_analyse_mutated_pages",
    "add": "test_add_mutated_pages",
    "upload": "test_upload_mutated_pages",
}
PASSING = re.compile(r"(\d+) passing examples, (\d+) failing examples")


def limit_memory(gigabytes: float) -> None:
    size = int(gigabytes * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


def run_chunk(
    test: str, cases: int, share: int, seed: int, gigabytes: float
) -> tuple[int, int, str, float]:
    """(passing cases, failing cases, pytest's output, peak memory in GB) of one chunk."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src")
    env["NEWSPRISM_FUZZ_EXAMPLES"] = str(cases * share)
    env["NEWSPRISM_FUZZ_SEED"] = str(seed)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--hypothesis-show-statistics", "tests/test_fuzz.py", "-k", TESTS[test]],
        cwd=ROOT, env=env, capture_output=True, text=True,
        preexec_fn=lambda: limit_memory(gigabytes),
    )  # fmt: skip
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 2**20
    output = done.stdout + done.stderr
    found = PASSING.search(output)
    passing, failing = (int(found[1]), int(found[2])) if found else (0, 0)
    if done.returncode != 0 and not failing:
        failing = 1  # the process failed outside Hypothesis (a crash, the memory limit)
    return passing, failing, output, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the plan to run")
    parser.add_argument("--only", help="comma-separated: " + ", ".join(PLAN))
    parser.add_argument("--seed", type=int, default=1000, help="seed of the first chunk")
    parser.add_argument(
        "--memory", type=float, default=4.0, help="GB of address space a chunk may use"
    )
    parser.add_argument("--out", default="fuzz-failures", help="folder for failing chunks' output")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(PLAN)
    seed = args.seed
    total_pass = total_fail = 0
    for name in names:
        planned, per_chunk, share = PLAN[name]
        left = max(1, round(planned * args.scale))
        while left > 0:
            cases = min(per_chunk, left)
            started = time.monotonic()
            passing, failing, output, peak = run_chunk(name, cases, share, seed, args.memory)
            total_pass, total_fail = total_pass + passing, total_fail + failing
            print(
                f"{name:8} seed {seed}: {passing} passed, {failing} failed, "
                f"{time.monotonic() - started:.0f} s, largest chunk so far {peak:.2f} GB RSS",
                flush=True,
            )
            if failing:
                out = Path(args.out)
                out.mkdir(exist_ok=True)
                (out / f"{name}-{seed}.txt").write_text(output)
            left -= cases
            seed += 1
    print(f"total: {total_pass} cases passed, {total_fail} failed")
    sys.exit(1 if total_fail else 0)


if __name__ == "__main__":
    main()
