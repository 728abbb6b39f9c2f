"""single_threaded_blas holds even when nothing has imported numpy before it is entered: since the
stages import their modules lazily, a fresh process reading a Russian article first entered the
block before natasha (and numpy, and OpenBLAS) was loaded, the limiter saw no BLAS library, and
natasha's networks took 7x the CPU time (nineteenth session)."""

from __future__ import annotations

import os
import subprocess
import sys

_CHILD = """
from newsprism.threads import single_threaded_blas
with single_threaded_blas():
    import numpy
    from threadpoolctl import threadpool_info
    numpy.ones((64, 64)) @ numpy.ones((64, 64))
    pools = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
print(pools)
assert pools and all(n == 1 for n in pools), pools
"""


def test_blas_is_limited_when_numpy_is_first_imported_inside_the_block() -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env["OPENBLAS_NUM_THREADS"] = "4"  # a pool of several threads, whatever the machine has
    done = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
