"""Translation speed and memory: newsprism's ``translate`` stage beside CTranslate2 called directly.

    nice python benchmarks/translate.py [--articles 8] [--beam-size 4] [--threads 1] [--opus-sized]

Data: the first N Russian articles of ``$NEWSPRISM_DATASETS/keysent/gazeta.dev.jsonl`` (default
``<repo>/../shared/datasets``), split into sentences by newsprism.  Every runner translates the
same sentences with the same model files and settings (beam size, int8, threads), each in a fresh
process so that its peak memory (``ru_maxrss``) is its own:

- ``ct2 per sentence`` — a ``translate_batch`` call per sentence, as simple scripts do;
- ``ct2 batched``      — one ``translate_batch`` over all sentences (``max_batch_size`` 16);
- ``newsprism``        — the ``translate`` stage on each article, empty cache;
- ``newsprism cached`` — the same articles again, now served from the cache.

Models: the tiny random-weight model the tests build (always run), and every model installed in
the newsprism models directory (none can be downloaded here).  ``--opus-sized`` adds a random
model of OPUS-MT's size (6+6 layers, d_model 512, 8 heads, FFN 2048, 32k vocabulary, int8),
run through CTranslate2 directly, one sentence at a time, on inputs of 1.5 pieces per word (about
what a 32k SentencePiece vocabulary gives for Russian) with each output forced to the length of its
input — the speed a real opus-mt-ru-en would have, not its quality.  Random weights never stop by
themselves, so the tiny model always decodes the 256-piece maximum: its figures are a worst case,
useful as ratios.

Times are CPU seconds of the runner's process (``time.process_time``), not wall-clock time: on a
shared machine the wall clock mostly measures the neighbours.  With ``--threads 1`` the two agree
on an idle machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
DATASETS = Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))
MAX_OUT = 256  # newsprism's own limit (engine.MAX_OUTPUT_PIECES), used by every runner


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited at fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- children: one runner each, printing one JSON line ----------------------------------------


def child(spec: dict[str, Any]) -> dict[str, Any]:
    settings = spec["settings"]
    if spec["runner"].startswith("ct2"):
        import ctranslate2
        import sentencepiece

        sentences = [s for a in spec["articles"] for s in a["sentences_to_translate"]]
        base = peak_mb()
        translator = ctranslate2.Translator(
            spec["model_dir"],
            device="cpu",
            compute_type=settings["compute_type"],
            inter_threads=1,
            intra_threads=settings["threads"],
        )
        src = sentencepiece.SentencePieceProcessor(model_file=spec["source_spm"])
        tgt = sentencepiece.SentencePieceProcessor(model_file=spec["target_spm"])
        kwargs = {"beam_size": settings["beam_size"], "max_decoding_length": MAX_OUT}
        times = []
        for _ in range(spec["repeat"]):
            start = time.process_time()
            pieces = [src.encode(s, out_type=str) for s in sentences]
            if spec["runner"] == "ct2 forced length":  # OPUS-MT's 32k pieces: ~1.5 per word
                pieces = [
                    [f"▁extra{i}" for i in range(int(1.5 * len(s.split())))] for s in sentences
                ]
            if spec["runner"] == "ct2 per sentence":
                results = [translator.translate_batch([p], **kwargs)[0] for p in pieces]
            elif spec["runner"] == "ct2 batched":
                results = translator.translate_batch(pieces, max_batch_size=16, **kwargs)
            else:  # "ct2 forced length": random weights, output as long as its source
                results = []
                for p in pieces:
                    n = len(p) + 1
                    results += translator.translate_batch(
                        [p],
                        beam_size=settings["beam_size"],
                        min_decoding_length=n,
                        max_decoding_length=n,
                    )
            texts = [tgt.decode(r.hypotheses[0]) for r in results]
            times.append(time.process_time() - start)
        return {
            "seconds": min(times),
            "sentences": len(texts),
            "base_mb": base,
            "peak_mb": peak_mb(),
        }

    from newsprism.article import Article
    from newsprism.translate.cache import TranslationCache
    from newsprism.translate.engine import CT2Engine, EngineSettings
    from newsprism.translate.models import get_model, load_translator
    from newsprism.translate.stage import translate

    articles = [Article.from_dict(a["article"]) for a in spec["articles"]]
    # reading an article loads the language detector before translation starts; do the same here
    # so that its start-up is not counted as translation time (its memory still is)
    from newsprism.language import detect

    detect("The ministry declined to comment on the figures published by the newspaper.")
    base = peak_mb()
    model = get_model(spec["model"])
    engine = load_translator(model, EngineSettings(**settings))  # loading is not timed for anyone
    out: dict[str, list[float]] = {"cold": [], "warm": []}
    for run in range(spec["repeat"]):
        path = Path(tempfile.mkdtemp()) / f"cache-{run}.sqlite"  # empty at each repeat
        for label in ("cold", "warm"):
            cache = TranslationCache(path)
            start = time.process_time()
            for article in articles:
                translate(article, model=model.name, cache=cache, **settings)
            out[label].append(time.process_time() - start)
            cache.close()
    assert isinstance(engine, CT2Engine)
    return {
        "seconds": min(out["cold"]),
        "warm_seconds": min(out["warm"]),
        "sentences": engine.sentences_translated // spec["repeat"],
        "base_mb": base,
        "peak_mb": peak_mb(),
    }


def run_child(spec: dict[str, Any], env: dict[str, str]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(spec, f)
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", f.name],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        raise SystemExit(f"{spec['runner']} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- the parent: data, models, table ----------------------------------------------------------


def load_articles(n: int) -> list[dict[str, Any]]:
    from newsprism.article import Article, Block, Sentence
    from newsprism.sentences import split

    path = DATASETS / "keysent" / "gazeta.dev.jsonl"
    if not path.is_file():
        raise SystemExit(f"no data at {path}; set NEWSPRISM_DATASETS")
    out = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if len(out) == n:
                break
            text = json.loads(line)["text"].strip()
            spans = split(text, "ru")
            article = Article(
                text=text,
                language="ru",
                blocks=(Block(0, "paragraph", 0, len(text), text, language="ru"),),
                sentences=tuple(
                    Sentence(i, 0, a, b, text[a:b], language="ru") for i, (a, b) in enumerate(spans)
                ),
                stages=("segment",),
            )
            to_translate = [s.text for s in article.sentences if any(c.isalpha() for c in s.text)]
            out.append({"article": article.to_dict(), "sentences_to_translate": to_translate})
    return out


def tiny_model(workdir: Path) -> Any:
    path = ROOT / "tests" / "fixtures" / "translate" / "tiny_model.py"
    spec = importlib.util.spec_from_file_location("tiny_model", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tiny_model"] = module
    spec.loader.exec_module(module)
    return module


def opus_sized_model(workdir: Path, builder: Any, spm_path: Path) -> Path:
    """A Marian model with OPUS-MT's dimensions and random weights, converted to int8."""
    import numpy as np

    builder.D_MODEL, builder.FFN, builder.HEADS = 512, 2048, 8
    folder = workdir / "opus-sized"
    builder.write_marian_model(folder, spm_path)
    # six layers each side: copy layer 1 (random) to layers 2-6, set the depth in model.yml
    import yaml

    weights = dict(np.load(folder / "model.npz"))
    config = yaml.safe_load(weights["special:model.yml"][:-1].tobytes())
    config["enc-depth"] = config["dec-depth"] = 6
    rng = np.random.default_rng(1)
    for key in [k for k in weights if k.startswith(("encoder_l1_", "decoder_l1_"))]:
        for layer in range(2, 7):
            w = weights[key]
            copy = (
                rng.normal(0, 0.05, w.shape).astype(np.float32)
                if "_W" in key and "ln" not in key
                else w
            )
            weights[key.replace("_l1_", f"_l{layer}_")] = copy
    # a 32k vocabulary like OPUS-MT's: pad the embedding and output bias with extra rows
    vocab_lines = (folder / "vocab.yml").read_text(encoding="utf-8").splitlines()
    extra = 32000 - len(vocab_lines)
    weights["Wemb"] = np.concatenate(
        [weights["Wemb"], rng.normal(0, 0.05, (extra, 512)).astype(np.float32)]
    )
    weights["decoder_ff_logit_out_b"] = np.zeros((1, 32000), np.float32)
    with (folder / "vocab.yml").open("a", encoding="utf-8") as f:
        for i in range(extra):
            f.write(f'"▁extra{i}": {len(vocab_lines) + i}\n')
    weights["special:model.yml"] = np.frombuffer(yaml.safe_dump(config).encode() + b"\0", np.int8)
    np.savez(folder / "model.npz", **weights)
    from ctranslate2.converters import OpusMTConverter

    out = workdir / "opus-sized-ct2"
    OpusMTConverter(str(folder)).convert(str(out), quantization="int8", force=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--beam-size", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--compute-type", default="int8")
    parser.add_argument("--repeat", type=int, default=3, help="runs per runner; the best counts")
    parser.add_argument("--opus-sized", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(Path(args.child).read_text(encoding="utf-8")))))
        return

    from newsprism.translate import argos, marian, models

    settings = {
        "beam_size": args.beam_size,
        "batch_size": 16,
        "compute_type": args.compute_type,
        "threads": args.threads,
    }
    real_models = models.list_models()[0]  # the user's own models directory
    articles = load_articles(args.articles)
    n_sentences = sum(len(a["sentences_to_translate"]) for a in articles)
    n_chars = sum(len(a["article"]["text"]) for a in articles)

    rows: list[tuple[str, str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        home = work / "home"
        env = {**os.environ, "NEWSPRISM_HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
        builder = tiny_model(work)
        tiny = builder.build(work / "tiny")
        os.environ["NEWSPRISM_HOME"] = str(home)
        installed = [models.install_path(tiny.argos_package)]
        for m in real_models:  # link the user's models into the scratch home, read-only use
            os.symlink(m.path, models.translate_dir() / m.name)
            installed.append(models.get_model(m.name))
        for model in installed:
            files = (argos.model_files if model.kind == "argos" else marian.model_files)(model.path)
            common = {
                "repeat": args.repeat,
                "settings": settings,
                "articles": articles,
                "model": model.name,
                "model_dir": str(files[0]),
                "source_spm": str(files[1]),
                "target_spm": str(files[2]),
            }
            label = "tiny (random weights)" if model is installed[0] else model.name
            for runner in ("ct2 per sentence", "ct2 batched", "newsprism"):
                print(f"… {label}: {runner}", file=sys.stderr)
                rows.append((label, runner, run_child({**common, "runner": runner}, env)))
        if args.opus_sized:
            print("… building an OPUS-MT-sized random model (about a minute)", file=sys.stderr)
            ct2_dir = opus_sized_model(work, builder, tiny.sentencepiece)
            spec = {
                "repeat": 1,
                "settings": settings,
                "articles": articles,
                "runner": "ct2 forced length",
                "model_dir": str(ct2_dir),
                "source_spm": str(tiny.sentencepiece),
                "target_spm": str(tiny.sentencepiece),
            }
            rows.append(("OPUS-MT-sized (random)", "ct2 forced length", run_child(spec, env)))

    print(
        f"\n{len(articles)} gazeta articles, {n_sentences} sentences, {n_chars} characters; "
        f"beam {args.beam_size}, {args.compute_type}, {args.threads} thread(s)\n"
    )
    header = ("model", "runner", "sent/s", "s/300 chars", "× ct2 batched", "peak MB", "model MB")
    table = [header]
    batched = {label: r["seconds"] for label, runner, r in rows if runner == "ct2 batched"}
    for label, runner, r in rows:
        entries = [(runner, r["seconds"])]
        if "warm_seconds" in r:
            entries.append(("newsprism, cached", r["warm_seconds"]))
        for name, seconds in entries:
            ratio = f"{seconds / batched[label]:.2f}" if label in batched else "-"
            table.append(
                (
                    label,
                    name,
                    f"{n_sentences / seconds:.1f}",
                    f"{seconds / (n_chars / 300):.3f}",
                    ratio,
                    f"{r['peak_mb']:.0f}",
                    f"{r['peak_mb'] - r['base_mb']:.0f}",
                )
            )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    print(
        "\nCPU time; sent/s and s/300 chars (about one news paragraph) exclude model loading; "
        "'× ct2 batched' < 1 is faster than CTranslate2 called directly in one batch; "
        "'model MB' is the peak minus what the process held before loading the model."
    )


if __name__ == "__main__":
    main()
