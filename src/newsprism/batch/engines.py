"""Where shards run: a local process pool (the default) or Ray.

Both take shards and give back :class:`ShardResult` objects as they finish, in any order, with at
most two shards per worker in flight (back-pressure: a huge input never piles up in memory).  The
caller writes each result; workers never write the output folder or the library, so local and
Ray runs produce the same files.  Models are loaded lazily, once per worker process (the stage
registries cache them), not once per shard.

A worker that dies (a crash in native code, the out-of-memory killer, a lost Ray node) costs only
its shards in flight: they are given to a fresh worker, and a shard that has killed its worker
three times is reported as failed with the reason, so the run still ends.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from . import ray_reaper, tables
from .inputs import Shard
from .process import Options, ShardResult, process_shard

ATTEMPTS = 3
ENGINES = ("local", "ray")


def _gave_up(shard: Shard, why: str) -> ShardResult:
    result = ShardResult(shard=shard.id)
    message = f"the worker died {ATTEMPTS} times on this shard ({why}); its records were not read"
    result.errors.append(
        tables.error_row(shard.id, f"{shard.input} (shard)", None, "worker", message)
    )
    return result


#: thread pools of numerical and Rust libraries, capped in each worker: the workers are the
#: parallelism (Ray sets the same for its workers), and N workers × N threads only contend
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS")


def _one_thread_each() -> None:
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")


def _worker_start() -> None:
    """Each worker's set-up: one thread per library, and a watch on the run's main process."""
    _one_thread_each()
    _stop_with_parent()


def _stop_with_parent() -> None:
    """End this worker when the process that started it ends.

    A worker waits for its next shard on a pipe its parent holds; killed with SIGKILL alone
    (an out-of-memory kill, ``kill -9`` of the run), the parent never closes it, and its
    workers waited for ever, each holding its models in memory (the twenty-ninth session's
    walk).  A daemon thread waits on the parent's sentinel — readable once the parent is gone —
    and exits at once.  Nothing is lost: workers never write the output folder, so the shards
    they held are read again when the run is resumed.
    """
    import threading
    from multiprocessing import connection

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        connection.wait([parent.sentinel])
        os._exit(EXIT_ORPHANED)

    threading.Thread(target=watch, name="newsprism-parent-watch", daemon=True).start()


#: a worker's exit status when its run's main process has gone (128 + SIGHUP, as a shell gives
#: a process whose terminal went away)
EXIT_ORPHANED = 129


def run_local(shards: list[Shard], options: Options, workers: int) -> Iterator[ShardResult]:
    """A process pool of ``workers`` fresh interpreters (spawned, so no state is inherited)."""
    todo = list(reversed(shards))
    attempts: dict[str, int] = {}
    ctx = multiprocessing.get_context("spawn")
    while todo:
        pool = cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_start)
        running: dict[cf.Future[ShardResult], Shard] = {}
        broken: BaseException | None = None
        try:
            while todo or running:
                while todo and len(running) < 2 * workers and broken is None:
                    shard = todo.pop()
                    running[pool.submit(process_shard, shard, options)] = shard
                if not running:
                    break
                done, _ = cf.wait(running, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    shard = running.pop(future)
                    try:
                        yield future.result()
                    except cf.process.BrokenProcessPool as exc:
                        broken = exc
                        attempts[shard.id] = attempts.get(shard.id, 0) + 1
                        if attempts[shard.id] >= ATTEMPTS:
                            yield _gave_up(shard, "the process pool broke")
                        else:
                            todo.append(shard)
                if broken is not None and not running:
                    break
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def run_ray(
    shards: list[Shard],
    options: Options,
    workers: int,
    *,
    address: str | None = None,
    runtime_env: dict[str, Any] | None = None,
) -> Iterator[ShardResult]:
    """Ray actors, one per worker, each keeping its models loaded; on ``ray.init()`` locally or
    on an existing cluster (``address``, e.g. ``ray://head:10001`` or ``auto``)."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(
            "the Ray engine needs Ray, which is not installed",
            hint="pip install 'newsprism[ray]', or use --engine local",
        ) from exc
    started = not ray.is_initialized()
    reaper = None
    if started:
        reaper = _ray_init(ray, workers, address, runtime_env)
    try:
        yield from _ray_map(ray, shards, options, workers)
    finally:
        if started:
            ray.shutdown()
        if reaper is not None:
            reaper.done()


def _ray_init(
    ray: Any, workers: int, address: str | None, env: dict[str, Any] | None
) -> ray_reaper.Reaper | None:
    """Start or reach Ray; for a private local cluster, also the watch that ends it with this
    process if this process is killed (:mod:`.ray_reaper`: two of Ray's agents outlived a
    SIGKILL of the run by a minute).  A cluster at ``address`` is not ours to stop."""
    if address or not ray_reaper.available():
        _ray_start(ray, workers, address, env)
        return None
    before = ray_reaper.children(os.getpid())
    _ray_start(ray, workers, address, env)
    try:
        return ray_reaper.Reaper(ray_reaper.children(os.getpid()) - before)
    except BaseException:
        ray.shutdown()  # the run does not start without its watch; nothing of Ray is left
        raise


def _ray_start(ray: Any, workers: int, address: str | None, env: dict[str, Any] | None) -> None:
    kwargs: dict[str, Any] = {
        "include_dashboard": False,
        "log_to_driver": False,
        "logging_level": "ERROR",
        "runtime_env": env,
    }
    before = os.environ.get("PYTHONPATH")
    if address:
        kwargs["address"] = address
    else:  # a private local cluster sized to the run, started and stopped by us
        kwargs |= {"num_cpus": workers, "object_store_memory": 256 * 2**20}
        # its workers import the very newsprism the driver runs (a source checkout included):
        # through the environment the local Ray's processes inherit from us, not a runtime
        # environment, whose set-up costs each actor seconds at start
        here = str(Path(__file__).resolve().parents[2])
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (here, before) if p)
    try:
        ray.init(**kwargs)
    except Exception as exc:  # ConnectionError, or Ray's own errors for a bad address
        raise ConfigError(
            f"cannot start or reach Ray{' at ' + address if address else ''}: {exc}",
            hint="check --address (e.g. ray://HEAD:10001 or auto), or use --engine local",
        ) from exc
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before


class _RayWorker:
    """Runs shards in one long-lived Ray worker process (models stay loaded between shards)."""

    def process(self, shard: Shard, options: Options) -> ShardResult:
        return process_shard(shard, options)


def _ray_map(
    ray: Any, shards: list[Shard], options: Options, workers: int
) -> Iterator[ShardResult]:
    remote = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(_RayWorker)
    actors = [remote.remote() for _ in range(workers)]
    todo = list(reversed(shards))
    attempts: dict[str, int] = {}
    load = dict.fromkeys(range(workers), 0)
    running: dict[Any, tuple[Shard, int]] = {}
    submit: Callable[[Shard, int], None] = lambda shard, i: running.__setitem__(  # noqa: E731
        actors[i].process.remote(shard, options), (shard, i)
    )
    while todo or running:
        while todo:
            i = min(load, key=lambda k: load[k])
            if load[i] >= 2:
                break
            load[i] += 1
            submit(todo.pop(), i)
        ready, _ = ray.wait(list(running), num_returns=1)
        for ref in ready:
            shard, i = running.pop(ref)
            load[i] -= 1
            try:
                yield ray.get(ref)
            except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError) as exc:
                attempts[shard.id] = attempts.get(shard.id, 0) + 1
                if attempts[shard.id] >= ATTEMPTS:
                    yield _gave_up(shard, type(exc).__name__)
                else:  # the actor restarts (max_restarts=-1); the shard goes back in the queue
                    todo.append(shard)
