"""Thread limits for numerical libraries.

The matrices newsprism multiplies (sentence vectors, natasha's slovnet networks) are small.  On a
busy 2-core machine a BLAS pool spinning up threads for them stalls instead of helping: natasha
took 7x the CPU time with OpenBLAS's default pool.  Stages that use numpy wrap their work in
:func:`single_threaded_blas`.

That is not enough where newsprism owns the process: any numpy product run outside such a block
(a stage's own arithmetic, a benchmark's, a library's) wakes OpenBLAS's pool, whose threads then
spin for a while waiting for more work — and that spinning lands on whatever runs next.  At a
million trace mentions a claim link took twice its wall time in CPU (52 against 26 ms), all of it
a pool thread spinning.  So the entry points (the CLI, the web app, batch workers) call
:func:`one_blas_thread_for_process` once: no pool is ever started, wherever numpy is called.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _controller() -> Any:
    import numpy  # noqa: F401  (loads OpenBLAS: a controller made before it would see no BLAS)
    from threadpoolctl import ThreadpoolController

    # discovering the loaded BLAS libraries is the slow part: do it once per process.  Since the
    # stages import their modules lazily, the first ``with single_threaded_blas()`` can come
    # before anything has imported numpy; the controller then found no BLAS, limited nothing,
    # and natasha's networks took 7x the CPU (Russian attribution 0.9 → 6.8 s CPU on 25 NEREL
    # articles, nineteenth session)
    return ThreadpoolController()


def single_threaded_blas() -> AbstractContextManager[Any]:
    limiter: AbstractContextManager[Any] = _controller().limit(limits=1, user_api="blas")
    return limiter


#: OpenBLAS reads this when it is loaded; a value the user set is kept (their machine, their call)
BLAS_THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


def one_blas_thread_for_process() -> None:
    """One OpenBLAS thread for the whole process: for the BLAS libraries loaded later (the
    variable) and for those already loaded (threadpoolctl, not restored).  For entry points
    only — a library must not change its caller's process.  ``OPENBLAS_NUM_THREADS`` set by the
    user wins.

    Other thread pools are left alone: onnxruntime's are set per session, and the heavy models
    (translation, speech) size theirs for the work they do.
    """
    if os.environ.setdefault(BLAS_THREADS_VARIABLE, "1") != "1":
        return
    from threadpoolctl import threadpool_limits

    # a fresh look at what is loaded now (the cached controller above may predate numpy)
    threadpool_limits(limits=1, user_api="blas")
