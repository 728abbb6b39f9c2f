"""One OpenBLAS thread for a process newsprism owns (the CLI, the web app): in a fresh
interpreter each, since the limit is process-wide by design."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

_BLAS_THREADS = """
import sys
{before}
from newsprism.threads import one_blas_thread_for_process
one_blas_thread_for_process()
import numpy
from threadpoolctl import threadpool_info
pools = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
print(max(pools) if pools else "none")
"""


def _blas_threads(before: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    environ |= {"PYTHONPATH": str(SRC)} | env
    done = subprocess.run(
        [sys.executable, "-c", _BLAS_THREADS.format(before=before)],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("before", ["", "import numpy"], ids=["numpy-later", "numpy-loaded"])
def test_one_blas_thread_whether_numpy_is_loaded_before_or_after(before: str) -> None:
    threads = _blas_threads(before)
    if threads == "none":  # pragma: no cover - a numpy without a BLAS threadpoolctl knows
        pytest.skip("no BLAS library that threadpoolctl can see")
    assert threads == "1"


def test_a_thread_count_the_user_set_is_kept() -> None:
    threads = _blas_threads("", OPENBLAS_NUM_THREADS="2")
    if threads == "none":  # pragma: no cover
        pytest.skip("no BLAS library that threadpoolctl can see")
    assert threads == "2"


def test_the_cli_entry_point_sets_it() -> None:
    code = (
        "import os, sys\n"
        "from newsprism.cli import main\n"
        "sys.argv = ['newsprism', '--version']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'))\n"
    )
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environ | {"PYTHONPATH": str(SRC)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "1"
