"""How the cost of one article grows with its size: newsprism beside trafilatura, same inputs.

Inputs are made here, not taken from a data set: news-like prose (English and Russian, with
quotes, speakers and figures, every sentence different) at 50 KB, 500 KB and 5 MB, and
degenerate markup (``<p>x</p>`` repeated, ``<p>`` without an end tag, ``<div>`` nested deep).
For each input the script prints CPU seconds of the measuring process (``time.process_time``:
on a shared, busy machine wall-clock time measures the neighbours) and seconds per MB for

- newsprism ``read`` (extraction and sentences, ``--no-analyse``),
- newsprism ``read`` + ``analyse`` (importance, who said what, claims; prose only),
- newsprism ``analyse`` alone on the article already read (prose only), with the seconds of
  each stage (importance, attribution, claims) printed in a second table,
- trafilatura ``extract`` (extraction only: the peer of ``read``),
- the NLP library the analysis is built on, run plainly over the same paragraphs (the peer of
  ``analyse``): spaCy's ``en_core_web_sm`` (tagger, parser, NER) over each paragraph for
  English, natasha's segmenter, morphology, syntax and NER over runs of paragraphs of about
  20,000 characters for Russian (a 5 MB body in one natasha document would not fit in memory).  Its cost per MB is what linear looks like
  for a parser; newsprism parses only the sentences that can hold an attribution,

and the ratio of the largest input's seconds per MB to the smallest's (1.0 is linear; the goal
is within 2).  Models are loaded before timing.  Each measurement runs in its own process under a time limit (``--limit``), so
a super-linear case shows as "> limit" instead of holding the run.

    nice python benchmarks/scaling.py                 # everything (about half an hour)
    nice python benchmarks/scaling.py --quick         # 50 KB and 500 KB only
    nice python benchmarks/scaling.py --only prose-en --sizes 50000,5000000
    nice python benchmarks/scaling.py --systems newsprism+analyse --sizes 25000,100000
    nice python benchmarks/scaling.py --only prose-en,prose-ru --systems analyse,nlp
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import time
from collections.abc import Callable
from typing import Any

NAMES_EN = [
    "Margaret Doyle",
    "Peter Hale",
    "Anna Kovacs",
    "James Okafor",
    "Laura Chen",
    "Tom Reyes",
]
ROLES_EN = ["the council leader", "the finance chief", "a spokeswoman for the port", "the mayor"]
THINGS_EN = ["the bridge", "the ferry link", "the harbour wall", "the new school", "the bus depot"]
VERBS_EN = ["said", "told reporters", "added", "warned", "argued"]
RU_NAMES = ["Маргарита Дойл", "Пётр Хейл", "Анна Ковач", "Иван Окафор", "Лариса Чен"]
RU_THINGS = ["мост", "паром", "мол", "новую школу", "автобусный парк"]
RU_VERBS = ["заявила", "сообщил", "добавила", "предупредил"]


def prose_en(rng: random.Random, n: int) -> str:
    who, role, thing = rng.choice(NAMES_EN), rng.choice(ROLES_EN), rng.choice(THINGS_EN)
    value, year = rng.randint(2, 900), rng.randint(2020, 2040)
    kinds = [
        f"Work on {thing} will cost £{value}m, {who}, {role}, {rng.choice(VERBS_EN)} on day {n}.",
        f'"We have waited {rng.randint(2, 30)} years for {thing}," {who} {rng.choice(VERBS_EN)}. '
        f'"It will open in {year}, and not a day later."',
        f"According to {role}, more than {value * 10:,} people use {thing} every week, "
        f"up {rng.randint(2, 60)}% since {year - 10}.",
        f"{who} said that {thing} would need {rng.randint(2, 9)} more months of repairs "
        f"before inspectors could approve it (item {n}).",
    ]
    return " ".join(rng.sample(kinds, 3))


def prose_ru(rng: random.Random, n: int) -> str:
    who, thing = rng.choice(RU_NAMES), rng.choice(RU_THINGS)
    value, year = rng.randint(2, 900), rng.randint(2020, 2040)
    kinds = [
        f"Ремонт обойдётся в {value} млн рублей, {rng.choice(RU_VERBS)} {who} в {n}-й день.",
        f"«Мы ждали этого {rng.randint(2, 30)} лет, — {rng.choice(RU_VERBS)} {who}. — "
        f"Работы закончатся в {year} году».",
        f"По данным мэрии, {thing} каждую неделю используют более {value * 10} человек, "
        f"на {rng.randint(2, 60)}% больше, чем в {year - 10} году.",
        f"{who} сообщила, что на {thing} потребуется ещё {rng.randint(2, 9)} месяцев (пункт {n}).",
    ]
    return " ".join(rng.sample(kinds, 3))


def article(size: int, paragraph: Callable[[random.Random, int], str], lang: str) -> str:
    rng = random.Random(size)
    parts, total, n = [], 0, 0
    while total < size:
        p = f"<p>{paragraph(rng, n)}</p>\n"
        parts.append(p)
        total += len(p.encode())
        n += 1
    title = "Harbour works go on" if lang == "en" else "Работы в гавани продолжаются"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><article><h1>{title}</h1>{''.join(parts)}</article></body></html>"
    )


def repeated(unit: str) -> Callable[[int], str]:
    return lambda size: "<html><body>" + unit * max(1, size // len(unit)) + "</body></html>"


INPUTS: dict[str, tuple[Callable[[int], str], bool]] = {
    # name: (make(size) -> html, analyse it too)
    "prose-en": (lambda size: article(size, prose_en, "en"), True),
    "prose-ru": (lambda size: article(size, prose_ru, "ru"), True),
    "p-x": (repeated("<p>x</p>"), False),
    "p-open": (repeated("<p>"), False),
    "div-nested": (lambda size: "<html><body>" + "<div>" * (size // 5) + "x</body></html>", False),
}
SIZES = (50_000, 500_000, 5_000_000)


def _warm(system: str) -> None:
    import newsprism

    sample = article(20_000, prose_en, "en").encode()
    if system == "trafilatura":
        import trafilatura

        trafilatura.extract(sample.decode())
        return
    a = newsprism.read(sample)
    if system in ("newsprism+analyse", "analyse", "nlp"):
        newsprism.analyse(a)
        newsprism.analyse(newsprism.read(article(20_000, prose_ru, "ru").encode()))


def _nlp_peer(text: str, paragraphs: list[tuple[int, int]], language: str) -> None:
    """The analysis's NLP library on every paragraph, as one would run it plainly."""
    from newsprism.attribution.backends import models

    nlp = models.get(language)
    if language == "en":
        for _ in nlp.pipe(text[a:b] for a, b in paragraphs):
            pass
        return
    from natasha import Doc

    runs: list[tuple[int, int]] = []  # whole paragraphs, about 20,000 characters a Doc
    for a, b in paragraphs:
        if runs and b - runs[-1][0] <= 20_000:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    for a, b in runs:
        doc = Doc(text[a:b])
        doc.segment(nlp.segmenter)
        doc.tag_morph(nlp.morph_tagger)
        doc.parse_syntax(nlp.syntax_parser)
        doc.tag_ner(nlp.ner_tagger)


def _measure(system: str, html: str, out: Any) -> None:
    import newsprism
    from newsprism.api import ANALYSIS_STAGES
    from newsprism.errors import NewsprismError
    from newsprism.pipeline import get_stage

    _warm(system)
    stages: dict[str, float] = {}
    a = newsprism.read(html.encode()) if system in ("analyse", "nlp") else None
    started = time.process_time()
    note = ""
    try:
        if system == "trafilatura":
            import trafilatura

            trafilatura.extract(html)
        elif system == "nlp":
            assert a is not None
            blocks = [(b.start, b.end) for b in a.blocks]
            _nlp_peer(a.text, blocks, a.language or "en")
        elif system == "analyse":
            assert a is not None
            for name in ANALYSIS_STAGES:
                at = time.process_time()
                a = get_stage(name)(a)
                stages[name] = time.process_time() - at
        else:
            a = newsprism.read(html.encode())
            if system == "newsprism+analyse":
                newsprism.analyse(a)
    except NewsprismError as error:
        note = type(error).__name__
    out.put((time.process_time() - started, note, stages))


def measure(system: str, html: str, limit: float) -> tuple[float | None, str, dict[str, float]]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_measure, args=(system, html, queue))
    proc.start()
    proc.join(3 * limit + 120)  # wall clock: the warm-up loads models, neighbours take CPU
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None, f"> {limit:.0f} s", {}
    if queue.empty():
        return None, f"crashed (exit {proc.exitcode})", {}
    seconds, note, stages = queue.get()
    if seconds > limit:
        return seconds, f"> {limit:.0f} s", stages
    return seconds, note, stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="50 KB and 500 KB only")
    parser.add_argument("--sizes", help="comma-separated sizes in bytes")
    parser.add_argument("--only", help="comma-separated input names: " + ", ".join(INPUTS))
    parser.add_argument(
        "--systems",
        help="comma-separated: newsprism, newsprism+analyse, analyse, nlp, trafilatura",
    )
    parser.add_argument("--limit", type=float, default=600, help="seconds per measurement")
    parser.add_argument("--json", help="also write the rows to this file")
    args = parser.parse_args()
    sizes = (
        tuple(int(s) for s in args.sizes.split(","))
        if args.sizes
        else (SIZES[:2] if args.quick else SIZES)
    )
    names = args.only.split(",") if args.only else list(INPUTS)
    rows = []
    per_stage: list[str] = []
    print(
        "| input | system | "
        + " | ".join(f"{s / 1e6:g} MB: CPU s (s/MB)" for s in sizes)
        + " | ratio |"
    )
    print("|---|---|" + "---|" * len(sizes) + "---|")
    for name in names:
        make, analysed = INPUTS[name]
        systems = (
            ["newsprism", "newsprism+analyse", "analyse", "nlp", "trafilatura"]
            if analysed
            else ["newsprism", "trafilatura"]
        )
        if args.systems:
            systems = [s for s in systems if s in args.systems.split(",")]
        htmls = {size: make(size) for size in sizes}
        for system in systems:
            cells, per_mb = [], []
            stage_cells: dict[str, list[str]] = {}
            for size in sizes:
                html = htmls[size]
                mb = len(html.encode()) / 1e6
                seconds, note, stages = measure(system, html, args.limit)
                for stage, spent in stages.items():
                    stage_cells.setdefault(stage, []).append(f"{spent:.2f} ({spent / mb:.1f})")
                if seconds is None:
                    cells.append(note)
                    per_mb.append(None)
                else:
                    cells.append(
                        f"{seconds:.2f} ({seconds / mb:.1f})" + (f" {note}" if note else "")
                    )
                    per_mb.append(seconds / mb)
                rows.append(
                    {
                        "input": name,
                        "system": system,
                        "bytes": len(html.encode()),
                        "seconds": seconds,
                        "note": note,
                        "stages": stages,
                    }
                )
                sys.stdout.flush()
            ratio = f"{per_mb[-1] / per_mb[0]:.2f}" if per_mb[0] and per_mb[-1] is not None else "—"
            print(f"| {name} | {system} | " + " | ".join(cells) + f" | {ratio} |", flush=True)
            per_stage += [
                f"| {name} | {stage} | " + " | ".join(spent) + " |"
                for stage, spent in stage_cells.items()
            ]
    if per_stage:
        print("\nanalyse, per stage: CPU s (s/MB)\n")
        print("| input | stage | " + " | ".join(f"{s / 1e6:g} MB" for s in sizes) + " |")
        print("|---|---|" + "---|" * len(sizes))
        print("\n".join(per_stage))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(rows, fh, indent=1)


if __name__ == "__main__":
    main()
