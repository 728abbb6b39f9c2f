"""Thread limits for numerical libraries.

The matrices newsprism multiplies (sentence vectors, natasha's slovnet networks) are small.  On a
busy 2-core machine a BLAS pool spinning up threads for them stalls instead of helping: natasha
took 7x the CPU time with OpenBLAS's default pool.  Stages that use numpy wrap their work in
:func:`single_threaded_blas`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    # discovering the loaded BLAS libraries is the slow part: do it once per process
    return ThreadpoolController()


def single_threaded_blas() -> AbstractContextManager[Any]:
    limiter: AbstractContextManager[Any] = _controller().limit(limits=1, user_api="blas")
    return limiter
