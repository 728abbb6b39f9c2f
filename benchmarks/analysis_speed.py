"""Speed of the whole analysis (importance, attribution, claims), beside spaCy, textacy, natasha.

    nice python benchmarks/analysis_speed.py [--limit N] [--english | --russian]

Two sets of English articles, as plain paragraphs: PolNeAR dev (political news, an attribution
in most sentences) and the article bodies of the scrapinghub extraction benchmark (news of every
kind).  On the same articles, in the same run, CPU time per article with models loaded:

* newsprism, the whole analysis, on a first pass (its part-of-speech/lemma lookup still
  learning the vocabulary) and on a second pass over the same articles (steady state);
* newsprism's attribution stage alone, and with every paragraph parsed (what the sentence
  pre-filter saves);
* newsprism's copy of that pipeline (``attribution.backends.load_english``: NumPy matrix
  products, the tag/lemma lookup, parser and NER loops with the GIL held; the same
  annotations) over every paragraph — what the parse itself costs;
* spaCy's ``en_core_web_sm`` as it ships, run over the paragraphs (tagger, parser, attribute
  ruler, lemmatizer, NER) — what any analysis built on that parse costs at least;
* textacy's ``direct_quotations`` on that stock parse, the attribution peer of ``quotes_en.py``.

Russian: the Gazeta dev articles of the key-sentence benchmark, newsprism's whole analysis beside
natasha as it ships (segmentation, morphology, syntax, NER: what newsprism's Russian stage runs).

With ``--repeat N`` every figure is the least of N measurements, taken in turns (the machine
is shared: the least is the one the neighbours disturbed least).

Printed: CPU seconds per article, articles per second per core scaled to 800 words, and each
figure as a ratio to stock spaCy (the machines are shared: ratios are what carry over).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))


def datasets() -> Path:
    return Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))


def polnear(limit: int | None) -> list[str]:
    files = sorted((datasets() / "quotes" / "polnear" / "dev" / "text").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files[:limit]]


def scrapinghub(limit: int | None) -> list[str]:
    from newsprism.language import detect

    truth = json.loads((datasets() / "extraction-scrapinghub" / "ground-truth.json").read_text())
    bodies = [v["articleBody"] for _, v in sorted(truth.items())]
    english = [
        "\n\n".join(line for line in b.splitlines() if line.strip())
        for b in bodies
        if len(b.split()) >= 200 and detect(b) == "en"
    ]
    return english[:limit]


#: how many times each figure is measured (the least is kept); set by ``--repeat``
REPEAT = 1


def cpu_per_article(run: Callable[[Any], Any], items: list[Any]) -> float:
    start = time.process_time()
    for item in items:
        run(item)
    return (time.process_time() - start) / len(items)


def least(rows: Callable[[], dict[str, float]]) -> dict[str, float]:
    """The figures of ``rows`` measured :data:`REPEAT` times in turns, the least of each (a first
    pass is measured once: after it, the pass is no longer the first)."""
    out = rows()
    for _ in range(REPEAT - 1):
        out = {k: out[k] if "first pass" in k else min(v, out[k]) for k, v in rows().items()}
    return out


def segmented(texts: list[str], language: str) -> list[Any]:
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    return [Pipeline(["segment"])(article_from_text(t, language)) for t in texts]


def newsprism_rows(articles: list[Any]) -> dict[str, float]:
    """The whole analysis as ``newsprism.analyse`` runs it (first and second pass), and the
    attribution stage alone; call inside ``single_threaded_blas`` as the stages run."""
    from newsprism.api import analyse
    from newsprism.attribution.stage import attribute

    return {
        "newsprism, whole analysis, first pass": cpu_per_article(analyse, articles),
        "newsprism, whole analysis, steady state": cpu_per_article(analyse, articles),
        "newsprism, attribution alone": cpu_per_article(attribute, articles),
    }


def measure(texts: list[str]) -> dict[str, float]:
    from textacy.extract.triples import direct_quotations

    from newsprism.attribution import quotes_en
    from newsprism.attribution.backends import models, stock_english
    from newsprism.attribution.stage import attribute
    from newsprism.threads import single_threaded_blas

    articles = segmented(texts, "en")

    def attribution_every_paragraph(article: Any) -> Any:
        selective = quotes_en.analyse
        quotes_en.analyse = lambda nlp, text, paragraphs, sentences=None: selective(
            nlp, text, paragraphs
        )
        try:
            return attribute(article)
        finally:
            quotes_en.analyse = selective

    nlp = stock_english()
    ours = models.get("en")

    def spacy_stock(article: Any) -> Any:
        return list(nlp.pipe([b.text for b in article.blocks]))

    def spacy_ours(article: Any) -> Any:
        return list(ours.pipe([b.text for b in article.blocks]))

    def textacy(article: Any) -> Any:
        out = []
        for doc in nlp.pipe([b.text for b in article.blocks]):
            try:
                out += list(direct_quotations(doc))
            except ValueError:  # an odd number of quotation marks: textacy refuses
                continue
        return out

    def rows() -> dict[str, float]:
        out = newsprism_rows(articles)
        out["newsprism, attribution, every paragraph parsed"] = cpu_per_article(
            attribution_every_paragraph, articles
        )
        out["newsprism's spaCy pipeline, every paragraph"] = cpu_per_article(spacy_ours, articles)
        out["spaCy en_core_web_sm as shipped"] = cpu_per_article(spacy_stock, articles)
        out["textacy direct_quotations (on that parse)"] = cpu_per_article(textacy, articles)
        return out

    with single_threaded_blas():  # as the stages run; OpenBLAS would otherwise take every core
        spacy_stock(articles[0])
        spacy_ours(articles[0])
        return least(rows)


def gazeta(limit: int | None) -> list[str]:
    path = datasets() / "keysent" / "gazeta.dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return ["\n\n".join(r["text"].splitlines()) for r in rows[:limit]]


def measure_russian(texts: list[str]) -> dict[str, float]:
    from natasha import Doc

    from newsprism.attribution.backends import models
    from newsprism.threads import single_threaded_blas

    articles = segmented(texts, "ru")
    nlp = models.get("ru")

    def natasha_stock(article: Any) -> Any:
        doc = Doc(article.text)
        doc.segment(nlp.segmenter)
        doc.tag_morph(nlp.morph_tagger)
        doc.parse_syntax(nlp.syntax_parser)
        doc.tag_ner(nlp.ner_tagger)
        return doc

    def rows() -> dict[str, float]:
        out = newsprism_rows(articles)
        out["natasha as shipped (morphology, syntax, NER)"] = cpu_per_article(
            natasha_stock, articles
        )
        return out

    with single_threaded_blas():
        natasha_stock(articles[0])
        return least(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="articles per set")
    ap.add_argument("--repeat", type=int, default=1, help="measure N times, keep the least")
    ap.add_argument("--english", action="store_true", help="the English sets only")
    ap.add_argument("--russian", action="store_true", help="the Russian set only")
    args = ap.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    from newsprism.attribution.backends import models

    models.get("en")
    models.get("ru")
    sets = (
        ("PolNeAR dev", "English", polnear, measure),
        ("scrapinghub bodies", "English", scrapinghub, measure),
        ("Gazeta dev", "Russian", gazeta, measure_russian),
    )
    for name, language, load, run in sets:
        if (args.english and language != "English") or (args.russian and language != "Russian"):
            continue
        texts = load(args.limit)
        if not texts:
            raise SystemExit(f"no {name} articles under {datasets()}: set NEWSPRISM_DATASETS")
        words = sum(len(t.split()) for t in texts) / len(texts)
        figures = run(texts)
        base_name = list(figures)[-2 if language == "English" else -1]
        base = figures[base_name]
        print(f"\n{name}: {len(texts)} {language} articles, {words:.0f} words on average")
        print(f"{'system':50} {'CPU s/article':>13} {'art/s @800w':>11} {'× base':>7}")
        for system, seconds in figures.items():
            per_second = 1 / seconds * words / 800
            print(f"{system:50} {seconds:13.3f} {per_second:11.1f} {seconds / base:7.2f}")
        print(f"(base: {base_name})")
    print("\nart/s @800w: articles per second per core, scaled to an 800-word article.")


if __name__ == "__main__":
    main()
