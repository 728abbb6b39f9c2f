"""Listen in the web reader: time from pressing Listen to the first audio the page can play,
beside the wait for the whole narration (what the reader did before it streamed), same run.

    nice python benchmarks/listen_web.py [--articles N] [--engines piper,espeak-ng]

Articles are the first N of XSum dev (English, ``$NEWSPRISM_DATASETS/keysent``, default
``<repo>/../shared/datasets``) with 650-950 words, read with ``newsprism.read`` and added to a
fresh library.  For each, the web app (FastAPI's test client: the real routes, no network) is
asked to start the narration (``POST /api/articles/{id}/narration``), as the page does when
Listen is pressed; the page's poll is imitated every 50 ms until the first clip is listed, and
that clip is fetched (``GET …/narration/0.wav``): "first audio" is the wall time until the clip's
bytes are in hand.  "whole" is the wall time until the narration is complete, which the page
used to wait for before any sound.  The bare engine's time to synthesise the article's first
sentence alone (engine loaded) is the floor.  Wall times on a shared machine: compare the
columns of one run, not runs.  Goal: first audio ≤ 2 s on an 800-word article.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
DATASETS = Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))


def texts(count: int) -> list[str]:
    with (DATASETS / "keysent" / "xsum.dev.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line)["text"] for line in f]
    return [t for t in rows if 650 <= len(t.split()) <= 950][:count]


def measure(engine: str, articles: list[str]) -> list[tuple[float, float, float, int]]:
    os.environ["NEWSPRISM_HOME"] = tempfile.mkdtemp(prefix="listen-web-")
    from fastapi.testclient import TestClient

    import newsprism
    from newsprism.speech.narrate import build_script
    from newsprism.speech.synth import choose_voice
    from newsprism.web import create_app

    app = create_app(Path(os.environ["NEWSPRISM_HOME"]) / "lib.sqlite", speech_engine=engine)
    rows = []
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        client.get("/")  # the CSRF cookie, as a page visit sets it
        csrf = {"X-CSRF-Token": client.cookies.get("newsprism_csrf") or ""}
        # load the voice once, as a running server has: the first Listen after start pays it once
        voice = choose_voice("en", engine=engine)
        voice.engine.synthesize("Ready.", voice=voice.voice)
        for text in articles:
            article = newsprism.read(text.encode("utf-8"))
            words = len(article.text.split())
            article_id = app.state.library.add(article)
            first = build_script(article)[0].spoken
            t0 = time.perf_counter()
            voice.engine.synthesize(first, voice=voice.voice)
            floor = time.perf_counter() - t0

            base = f"/api/articles/{article_id}/narration"
            t0 = time.perf_counter()
            state = client.post(base, headers=csrf).json()
            while not state["clips"]:
                time.sleep(0.05)
                state = client.get(base).json()
                if state.get("error"):
                    raise RuntimeError(state["error"])
            clip = client.get(f"{base}/0.wav")
            assert clip.status_code == 200 and len(clip.content) > 1000
            first_audio = time.perf_counter() - t0
            while not state["done"]:
                time.sleep(0.1)
                state = client.get(base).json()
            whole = time.perf_counter() - t0
            rows.append((first_audio, whole, floor, words))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--engines", default="piper,espeak-ng")
    args = parser.parse_args()
    articles = texts(args.articles)
    if not articles:
        sys.exit(f"no XSum articles under {DATASETS}: set NEWSPRISM_DATASETS")
    print(f"{len(articles)} XSum dev articles of 650-950 words; wall seconds, median (max)")
    print(
        "| engine | newsprism first audio | whole narration (before) | ratio | bare engine, first sentence |"
    )
    print("|---|---|---|---|---|")
    for engine in args.engines.split(","):
        rows = measure(engine, articles)
        first = [r[0] for r in rows]
        whole = [r[1] for r in rows]
        floor = [r[2] for r in rows]
        print(
            f"| {engine} | {statistics.median(first):.2f} ({max(first):.2f}) "
            f"| {statistics.median(whole):.1f} ({max(whole):.1f}) "
            f"| {statistics.median(whole) / statistics.median(first):.0f}× sooner "
            f"| {statistics.median(floor):.2f} ({max(floor):.2f}) |"
        )


if __name__ == "__main__":
    main()
