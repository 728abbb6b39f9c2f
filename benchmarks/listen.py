"""Listen: newsprism's narration end to end beside the bare speech engine, same text, same run.

    nice python benchmarks/listen.py [--articles N] [--only piper-en,espeak-ng-ru,...]

For each engine and language, the same article texts (XSum for English, Gazeta for Russian, from
``$NEWSPRISM_DATASETS/keysent``, default ``<repo>/../shared/datasets``) are spoken

* by the bare engine: piper's own Python API on the raw text (``PiperVoice.synthesize`` writing a
  WAV with the ``wave`` module, ONNX on one intra-op thread like ours), or the ``espeak-ng``
  program writing a WAV;
* by newsprism end to end from the Article: script, normalisation, synthesis sentence by sentence,
  pauses, the WAV or Ogg Opus file and the timings beside it.

Real-time factor (RTF) is processing time / seconds of audio produced, as CPU time of this process
(or of the espeak-ng child) — on a shared machine wall time mostly measures the neighbours; wall
RTF is shown too.  newsprism's audio is a little longer than the bare engine's (its pauses between
sentences and paragraphs, numbers said in words), so the overhead is the CPU seconds newsprism
spends on the same articles / the CPU seconds the bare engine spends.  Time to first audio is from
the call (engine loaded) to the first PCM of the first sentence; "cold" is from a fresh process,
engine loading included.
Goals: overhead ≤ 1.2×, English RTF ≤ 0.1 on one core, first audio ≤ 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("NEWSPRISM_ONNX_THREADS", "1")

import newsprism  # noqa: E402
from newsprism.article import Article  # noqa: E402
from newsprism.speech import narrate, normalize, speech_engines, stream  # noqa: E402
from newsprism.speech.audio import file_duration  # noqa: E402
from newsprism.speech.engines import JOE_VOICE, PiperEngine  # noqa: E402

DATASETS = Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))
SOURCES = {"en": "xsum.dev.jsonl", "ru": "gazeta.dev.jsonl"}


@dataclass
class Row:
    system: str
    engine: str
    language: str
    audio: float
    cpu: float
    wall: float
    first: float | None
    cold: float | None = None

    @property
    def rtf(self) -> float:
        return self.cpu / self.audio

    @property
    def wall_rtf(self) -> float:
        return self.wall / self.audio


def texts(language: str, count: int) -> list[str]:
    path = DATASETS / "keysent" / SOURCES[language]
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line)["text"] for line in f]
    rows = [t for t in rows if 800 < len(t) < 4000]
    return rows[:count]


def timed(fn: Callable[[], float]) -> tuple[float, float, float]:
    """(audio seconds, CPU seconds of this process, wall seconds)."""
    cpu, wall = time.process_time(), time.perf_counter()
    audio = fn()
    return audio, time.process_time() - cpu, time.perf_counter() - wall


def bare_piper(text: str, out: Path) -> tuple[float, float, float, float]:
    engine = speech_engines.get("piper")
    assert isinstance(engine, PiperEngine)
    voice = engine._voice(JOE_VOICE)  # the same one-thread ONNX session newsprism uses
    first: list[float] = []

    def run() -> float:
        start = time.perf_counter()
        with wave.open(str(out), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(voice.config.sample_rate)
            for chunk in voice.synthesize(text):
                if not first:
                    first.append(time.perf_counter() - start)
                w.writeframes(chunk.audio_int16_bytes)
        return file_duration(out)

    audio, cpu, wall = timed(run)
    return audio, cpu, wall, first[0]


def bare_espeak(text: str, language: str, out: Path) -> tuple[float, float, float, float]:
    voice = {"en": "en-us"}.get(language, language)
    txt = out.with_suffix(".txt")
    txt.write_text(text, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(out), "-f", str(txt)], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # first audio: the same program writing to a pipe, until its first bytes of PCM arrive
    start = time.perf_counter()
    with subprocess.Popen(
        ["espeak-ng", "-v", voice, "--stdout", "-f", str(txt)], stdout=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None
        proc.stdout.read(4096)
        first = time.perf_counter() - start
        proc.stdout.read()
    return file_duration(out), cpu, wall, first


def ours(article: Article, engine: str, out: Path) -> tuple[float, float, float, float]:
    def run() -> float:
        narrate(article, out, engine=engine)
        return file_duration(out)

    audio, cpu, wall = timed(run)
    start = time.perf_counter()
    segments = iter(stream(article, engine=engine))
    next(segments)
    first = time.perf_counter() - start
    segments.close()  # type: ignore[attr-defined]
    return audio, cpu, wall, first


def cold_start(engine: str, article: Article) -> float:
    """Seconds from a fresh process to the first sentence's audio, engine loading included."""
    code = (
        "import sys, time, newsprism; from newsprism.article import Article; "
        "from newsprism.speech import stream; import json; "
        f"a = Article.from_dict(json.loads(sys.stdin.read())); t = time.perf_counter(); "
        f"next(iter(stream(a, engine={engine!r}))); print(time.perf_counter() - t)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(article.to_dict()),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def run_case(engine: str, language: str, count: int, tmp: Path) -> list[Row]:
    articles = [newsprism.read(t.encode("utf-8")) for t in texts(language, count)]
    # warm: engine, voice and the normaliser's dictionaries loaded, as in a running app
    # (the cold start is measured on its own, in a fresh process)
    narrate(articles[0], tmp / "warm.wav", engine=engine)
    normalize(
        "около 600 тысяч, 21%", language
    )  # pymorphy3's dictionaries, if the first had no number
    rows: list[Row] = []
    bare = [0.0, 0.0, 0.0]
    firsts, our_firsts = [], []
    mine = {".wav": [0.0, 0.0, 0.0], ".ogg": [0.0, 0.0, 0.0]}
    for i, article in enumerate(articles):
        raw = article.text if not article.title else f"{article.title}\n\n{article.text}"
        out = tmp / f"bare-{engine}-{language}-{i}.wav"
        if engine == "piper":
            a, c, w, f = bare_piper(raw, out)
        else:
            a, c, w, f = bare_espeak(raw, language, out)
        bare = [bare[0] + a, bare[1] + c, bare[2] + w]
        firsts.append(f)
        for suffix, acc in mine.items():
            a, c, w, f = ours(article, engine, tmp / f"ours-{engine}-{language}-{i}{suffix}")
            mine[suffix] = [acc[0] + a, acc[1] + c, acc[2] + w]
            if suffix == ".wav":
                our_firsts.append(f)
    cold = cold_start(engine, articles[0])
    label = {"piper": "piper API → wav", "espeak-ng": "espeak-ng program → wav"}[engine]
    rows.append(Row(f"bare {label}", engine, language, *bare, max(firsts)))
    for suffix, acc in mine.items():
        fmt = "wav" if suffix == ".wav" else "ogg/opus"
        first = max(our_firsts) if suffix == ".wav" else None
        rows.append(
            Row(f"newsprism → {fmt}", engine, language, *acc, first, cold if first else None)
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2, help="articles per language")
    parser.add_argument("--only", default="piper-en,espeak-ng-en,espeak-ng-ru")
    args = parser.parse_args()
    cases = [c.rsplit("-", 1) for c in args.only.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        rows: list[Row] = []
        for engine, language in cases:
            rows += run_case(engine, language, args.articles, Path(tmp))
    print(
        f"\n{args.articles} article(s) per language; CPU RTF = CPU s / audio s; "
        "first audio with the engine loaded (cold: fresh process)\n"
    )
    header = "| engine | lang | system | audio s | CPU s | RTF (CPU) | RTF (wall) | overhead (CPU) | first audio s | cold first s |"
    print(header)
    print("|---|---|---|---|---|---|---|---|---|---|")
    bare_cpu: dict[tuple[str, str], float] = {}
    for r in rows:
        key = (r.engine, r.language)
        if r.system.startswith("bare"):
            bare_cpu[key] = r.cpu
        overhead = r.cpu / bare_cpu[key] if key in bare_cpu else float("nan")
        first = f"{r.first:.3f}" if r.first is not None else "–"
        cold = f"{r.cold:.2f}" if r.cold is not None else "–"
        print(
            f"| {r.engine} | {r.language} | {r.system} | {r.audio:.1f} | {r.cpu:.2f} | {r.rtf:.4f} | "
            f"{r.wall_rtf:.4f} | {overhead:.2f}× | {first} | {cold} |"
        )


if __name__ == "__main__":
    main()
