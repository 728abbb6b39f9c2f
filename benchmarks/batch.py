"""Batch throughput: newsprism's local and Ray engines beside a plain ``trafilatura.extract`` loop.

Data: a WARC built (in a temporary folder, never in the project) from every page of the
extraction sets in ``../shared/datasets`` (scrapinghub and the four WCEB subsets, about 2,400
pages), repeated until it holds ``--records`` articles; a repeated page gets a different URL and
one sentence of its own appended to its ``<body>``, so every record is a distinct article.

What runs, on the same records in the same run:
- ``trafilatura loop``: what a user would write — iterate the WARC with warcio and call
  ``trafilatura.extract`` on each response body (bytes: it works out the encoding), in this one
  process;
- ``newsprism extract``: ``newsprism batch --stages extract`` (extraction alone: text, blocks,
  title, metadata, figures — the work the trafilatura loop does, and more), local engine with 1
  and 2 workers;
- ``newsprism read``: ``newsprism batch --stages none`` (extraction, language, sentences, Parquet
  out), local engine with 1 and 2 workers, Ray with 1 and 2 workers;
- ``newsprism analyse``: ``--stages all`` (importance, attribution, claims) on the first
  ``--analyse-records`` records, the same four engine settings.

Figures: articles per second of wall time (the workers are the parallelism, so wall time is the
honest measure of a batch), per worker, the speed-up of 2 workers over 1, Ray's start-up (from
``ray.init`` to the first actor answering) and its overhead against the local engine, and the
peak resident memory of the largest worker process, and the CPU milliseconds per article of
every process the run started (workers, and Ray's daemons; sampled from /proc).  The machine is shared:
run it on an otherwise idle machine for the scaling figures, and read ratios, not absolutes.

Run: ``nice python benchmarks/batch.py [--records 5000] [--analyse-records 300] [--skip-ray]``.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import io
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

from newsprism.batch import run_batch  # noqa: E402
from newsprism.batch.run import resolve_stages  # noqa: E402


def datasets_dir() -> Path:
    return Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))


def source_pages() -> list[Path]:
    base = datasets_dir()
    pages = sorted(glob.glob(str(base / "extraction-scrapinghub" / "html" / "*.html.gz")))
    pages += sorted(glob.glob(str(base / "extraction-wceb" / "*" / "html" / "*.html*")))
    if not pages:
        sys.exit(f"no pages under {base}: set NEWSPRISM_DATASETS to the shared datasets folder")
    return [Path(p) for p in pages]


def build_warc(path: Path, records: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = source_pages()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(records):
            page = pages[i % len(pages)]
            body = page.read_bytes()
            if page.name.endswith(".gz"):
                body = gzip.decompress(body)
            round_ = i // len(pages)
            if round_:  # a distinct article: one sentence of its own before </body>
                note = f"<p>Correction {round_}: an earlier version of this page misdated it.</p>"
                body = body.replace(b"</body>", note.encode() + b"</body>", 1)
            # no charset: the pages come in many encodings, and each reader works it out
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://archive.example/{round_}/{page.name}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
            writer.write_record(record)
    return records


class WorkerWatch:
    """While the block runs, samples every process descended from this one (pool workers, Ray's
    actors and its own daemons: raylet, GCS, agents): the largest peak RSS (VmHWM) of a worker,
    and the CPU seconds all of them used, this process included.  The CPU figure tells where an
    engine's time goes: more CPU per article is work of its own, the same CPU over a longer
    wall time is waiting."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.cpu_seconds = 0.0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._tick = os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> WorkerWatch:
        self._own = time.process_time()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._scan()  # processes that ended since the last sample keep their last reading
        own = time.process_time() - self._own
        self.cpu_seconds = own + sum(self._cpu.values())

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            self._scan()

    def _scan(self) -> None:
        me = os.getpid()
        parents: dict[int, int] = {}
        cpu: dict[int, float] = {}
        for stat in glob.glob("/proc/[0-9]*/stat"):
            try:
                fields = Path(stat).read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            pid = int(stat.split("/")[2])
            parents[pid] = int(fields[1])
            cpu[pid] = (int(fields[11]) + int(fields[12])) / self._tick
        for pid, seconds in cpu.items():
            ancestor, hops = parents.get(pid, 0), 0
            while ancestor not in (0, 1, me) and hops < 20:
                ancestor, hops = parents.get(ancestor, 0), hops + 1
            if ancestor == me and pid != me:
                self._cpu[pid] = max(self._cpu.get(pid, 0.0), seconds)
                self._peak(pid)

    def _peak(self, pid: int) -> None:
        try:
            text = Path(f"/proc/{pid}/status").read_text()
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return
        if b"ray::_RayWorker" in cmd or b"multiprocessing" in cmd:
            for line in text.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_kb = max(self.peak_kb, int(line.split()[1]))


def trafilatura_loop(warc: Path, limit: int) -> float:
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    start = time.perf_counter()
    n = 0
    with warc.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            trafilatura.extract(record.content_stream().read())  # bytes: it finds the encoding
            n += 1
            if n >= limit:
                break
    return time.perf_counter() - start


def ray_startup(workers: int) -> float:
    import ray

    from newsprism.batch.engines import _ray_init, _RayWorker

    start = time.perf_counter()
    _ray_init(ray, workers, None, None)
    remote = ray.remote(num_cpus=1)(_RayWorker)
    actors = [remote.remote() for _ in range(workers)]
    ray.get([a.__ray_ready__.remote() for a in actors])
    took = time.perf_counter() - start
    ray.shutdown()
    return took


def run(
    warc: Path, out: Path, engine: str, workers: int, stages: str, shard_size: int
) -> tuple[float, int, WorkerWatch]:
    with WorkerWatch() as watch:
        start = time.perf_counter()
        summary = run_batch(
            [str(warc)],
            str(out),
            engine=engine,
            workers=workers,
            stages=resolve_stages(stages),
            shard_size=shard_size,
        )
        took = time.perf_counter() - start
    if summary.failed:  # a rate over failed records would flatter: say so, with one reason
        from newsprism.batch import read_table
        from newsprism.batch.storage import locate

        first = read_table(locate(str(out)), "errors").to_pylist()[0]
        print(f"  ({engine}, {workers}: {summary.failed} records failed, e.g. {first['error']})")
    return took, summary.stored, watch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--analyse-records", type=int, default=300)
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument(
        "--shard-size", type=int, default=100, help="records per shard (the CLI's default)"
    )
    parser.add_argument(
        "--analyse-only", action="store_true", help="skip the extract and read runs"
    )
    args = parser.parse_args()
    engines = [("local", 1), ("local", 2)] + ([] if args.skip_ray else [("ray", 1), ("ray", 2)])
    with tempfile.TemporaryDirectory(prefix="newsprism-batch-bench-") as tmp:
        work = Path(tmp)
        read_warc = work / "read.warc.gz"
        build_warc(read_warc, 0 if args.analyse_only else args.records)
        analyse_warc = work / "analyse.warc.gz"
        build_warc(analyse_warc, args.analyse_records)
        read_part = (
            ""
            if args.analyse_only
            else (f"{args.records} records ({read_warc.stat().st_size / 1e6:.0f} MB WARC); ")
        )
        print(
            f"{read_part}{args.analyse_records} for the whole analysis in shards of "
            f"{args.shard_size}; {os.cpu_count()} cores"
        )
        print(
            f"\n{'run':<34}{'articles/s':>11}{'per worker':>11}{'2 vs 1':>8}{'peak MB':>9}"
            f"{'CPU ms/article':>16}"
        )
        base = 0.0
        if not args.analyse_only:
            base = trafilatura_loop(read_warc, args.records)
            rate = args.records / base
            print(f"{'trafilatura loop (1 process)':<34}{rate:>11.1f}{rate:>11.1f}")
        runs = (
            ("extract", read_warc, "extract", [("local", 1), ("local", 2)]),
            ("none", read_warc, "read", engines),
            ("all", analyse_warc, "analyse", engines),
        )
        for stages, warc, label, settings in runs[2:] if args.analyse_only else runs:
            rates: dict[tuple[str, int], float] = {}
            for engine, workers in settings:
                took, stored, watch = run(
                    warc,
                    work / f"{label}-{engine}-{workers}",
                    engine,
                    workers,
                    stages,
                    args.shard_size,
                )
                rate = stored / took
                rates[engine, workers] = rate
                gain = (
                    f"{rate / rates[engine, 1]:.2f}x" if workers == 2 and rates[engine, 1] else ""
                )
                print(
                    f"{f'newsprism {label}, {engine}, {workers} worker(s)':<34}{rate:>11.1f}"
                    f"{rate / workers:>11.1f}{gain:>8}{watch.peak_kb / 1024:>9.0f}"
                    f"{1000 * watch.cpu_seconds / max(stored, 1):>16.1f}"
                )
            if label in ("extract", "read"):
                per_worker = rates["local", 1]
                print(
                    f"  {label} per worker / trafilatura loop: {per_worker / (args.records / base):.2f}x"
                )
            if not args.skip_ray and ("ray", 2) in rates and rates["local", 2]:
                overhead = 1 - rates["ray", 2] / rates["local", 2]
                print(f"  Ray overhead against local, 2 workers: {overhead:+.1%} of the run time")
        if not args.skip_ray:
            print(f"\nRay start-up (init + 2 actors ready): {ray_startup(2):.1f} s")


if __name__ == "__main__":
    main()
