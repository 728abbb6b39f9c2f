"""Key sentences: newsprism against Lead-3, LexRank and TextRank on the keysent dev sets.

    python benchmarks/keysent.py [--limit N] [--sets cnndm,xsum,gazeta,rbc] [--count 3]

Every system sees the same sentences (``newsprism.sentences.split``), picks the same number of
them, and is scored against the reference with the same Unicode-aware ROUGE tokenizer
(``rouge-score``'s default one drops every Cyrillic letter and would score Russian as 0).
LexRank and TextRank are sumy's, given our sentences and a word tokenizer so that sumy needs no
NLTK download, in the set-up that scored best for them here (see ``sumy_picker``).  Speed is articles
per second on one core, model loading excluded.

Needs the ``bench`` extra (sumy, rouge-score) and the data in ``$NEWSPRISM_DATASETS/keysent``
(default ``<repo>/../shared/datasets``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

from newsprism.importance import score_sentences  # noqa: E402
from newsprism.importance.features import STOP_WORDS  # noqa: E402
from newsprism.sentences import split  # noqa: E402

SETS = {"cnndm": "en", "xsum": "en", "gazeta": "ru", "rbc": "ru"}
_TOKEN = re.compile(r"\w+")


class UnicodeTokenizer:
    """ROUGE tokens: lower-case Unicode words (letters of any script and digits)."""

    def tokenize(self, text: str) -> list[str]:
        return _TOKEN.findall(text.lower())


class SumyTokenizer:
    """Gives sumy our words so it never calls NLTK's punkt (which needs a download)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(_TOKEN.findall(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:  # not used: sentences come pre-split
        return tuple(
            text[a:b] for a, b in split(text, "ru" if self.language == "russian" else "en")
        )


def datasets_dir() -> Path:
    return Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))


def load(name: str, limit: int | None) -> list[dict[str, Any]]:
    path = datasets_dir() / "keysent" / f"{name}.dev.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if name == "cnndm":  # PTB-tokenised ("derby . With"): every splitter sees it as normal text
        rows = [{**r, "text": detokenize(r["text"])} for r in rows]
    return rows[:limit] if limit else rows


_PTB_SPACE = re.compile(r" ([.,;:!?%)\]])|([(\[$£]) | (n't|'s|'re|'ve|'ll|'d|'m)\b")


def detokenize(text: str) -> str:
    """Undo PTB spacing ("kick-off . With", "sunday 's") so that sentence splitters work."""
    text = text.replace("``", '"').replace("''", '"')
    return _PTB_SPACE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)


Picker = Callable[[list[str], dict[str, Any], str, int], list[int]]


def newsprism_picker(encoder: str) -> Picker:
    def pick(sents: list[str], row: dict[str, Any], lang: str, k: int) -> list[int]:
        scored = score_sentences(
            sents, title=row.get("title"), language=lang, count=k, encoder=encoder
        )
        return scored.picked

    return pick


def lead(sents: list[str], row: dict[str, Any], lang: str, k: int) -> list[int]:
    return list(range(min(k, len(sents))))


def sumy_picker(kind: str) -> Picker:
    """sumy's LexRank or TextRank, set up as it scored best on these sets.

    Without stemming (lower-case words), which beat sumy's Snowball stemmer on all four sets
    (e.g. LexRank R-1 on RBC 23.7 against 22.9); stop words from sumy's English list, and for
    Russian, for which sumy has none, newsprism's list.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    made: dict[str, Any] = {}

    def summarizer(lang: str) -> Any:
        if lang not in made:
            language = "russian" if lang == "ru" else "english"
            cls = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer
            s = cls()  # sumy's null stemmer: lower-cases words
            s.stop_words = STOP_WORDS["ru"] if lang == "ru" else get_stop_words("english")
            made[lang] = (s, SumyTokenizer(language))
        return made[lang]

    def pick(sents: list[str], row: dict[str, Any], lang: str, k: int) -> list[int]:
        s, tok = summarizer(lang)
        objs = [Sentence(t, tok) for t in sents]
        doc = ObjectDocumentModel([Paragraph(objs)])
        chosen = {id(x) for x in s(doc, k)}
        return [i for i, o in enumerate(objs) if id(o) in chosen]

    return pick


def evaluate(
    rows: Sequence[dict[str, Any]], lang: str, picker: Picker, k: int, scorer: Any
) -> tuple[dict[str, float], float]:
    splits = [[r["text"][a:b] for a, b in split(r["text"], lang)] for r in rows]
    t0 = time.process_time()
    picks = [picker(sents, row, lang, k) for sents, row in zip(splits, rows, strict=True)]
    seconds = time.process_time() - t0
    totals: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": []}
    for sents, row, picked in zip(splits, rows, picks, strict=True):
        # one sentence a line: ROUGE-Lsum takes the LCS sentence by sentence
        summary = "\n".join(sents[i] for i in sorted(picked))
        ref = row["summary"]
        reference = "\n".join(ref[a:b] for a, b in split(ref, lang))
        result = scorer.score(reference, summary)
        for key in totals:
            totals[key].append(result[key].fmeasure)
    return {k: 100 * statistics.fmean(v) for k, v in totals.items()}, len(rows) / max(seconds, 1e-9)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per set (default all)")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    parser.add_argument("--count", type=int, default=3, help="sentences per summary")
    parser.add_argument(
        "--systems",
        default="newsprism,lead3,lexrank,textrank",
        help="also: newsprism-use (multilingual USE vectors instead of TF-IDF)",
    )
    args = parser.parse_args(argv)

    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(
        ["rouge1", "rouge2", "rougeLsum"], use_stemmer=False, tokenizer=UnicodeTokenizer()
    )
    systems: dict[str, Picker] = {
        "newsprism": newsprism_picker("lexical"),
        "newsprism-use": newsprism_picker("use"),
        "lead3": lead,
        "lexrank": sumy_picker("lexrank"),
        "textrank": sumy_picker("textrank"),
    }
    chosen = [s for s in args.systems.split(",") if s]
    print(f"{'set':8} {'system':14} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'art/s':>8}")
    for name in [s for s in args.sets.split(",") if s]:  # --sets "" measures speed only
        lang = SETS[name]
        rows = load(name, args.limit)
        # warm up lazy loads (stemmers, encoders) outside the timed loop
        for sys_name in chosen:
            systems[sys_name](["Warm up.", "Second sentence."], {}, lang, 1)
        for sys_name in chosen:
            scores, speed = evaluate(rows, lang, systems[sys_name], args.count, scorer)
            print(
                f"{name:8} {sys_name:14} {scores['rouge1']:6.1f} {scores['rouge2']:6.1f} "
                f"{scores['rougeLsum']:6.1f} {speed:8.0f}",
                flush=True,
            )
    speed_table(systems, chosen)


def speed_table(systems: dict[str, Picker], chosen: list[str], size: int = 30) -> None:
    """Articles per second per core on articles cut to ``size`` sentences (the issue's yardstick)."""
    import resource

    arts: list[tuple[list[str], str]] = []
    for name, lang in SETS.items():
        for row in load(name, None):
            sents = [row["text"][a:b] for a, b in split(row["text"], lang)]
            if len(sents) >= size:
                arts.append((sents[:size], lang))
    if not arts:
        return
    print(f"\nspeed on {len(arts)} articles of {size} sentences (one core, CPU time):")
    rates = {}
    for sys_name in chosen:
        t0 = time.process_time()
        for sents, lang in arts:
            systems[sys_name](sents, {}, lang, 3)
        rates[sys_name] = len(arts) / max(time.process_time() - t0, 1e-9)
    ref = rates.get("lexrank")
    for sys_name, rate in rates.items():
        ratio = f"{rate / ref:8.2f}x LexRank" if ref else ""
        print(f"  {sys_name:14} {rate:10.0f} art/s {ratio}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this benchmark process (all systems, data): {peak:.0f} MB")
    for encoder in ("lexical", "use"):
        print(f"peak memory of newsprism alone ({encoder}): {memory_alone(arts, encoder):.0f} MB")


def memory_alone(arts: list[tuple[list[str], str]], encoder: str) -> float:
    """Peak resident memory of a fresh process that only scores the articles (MB)."""
    import subprocess
    import tempfile

    program = (
        "import json, sys; sys.path.insert(0, sys.argv[3]);"
        "from newsprism.importance import score_sentences;"
        "arts = json.load(open(sys.argv[1], encoding='utf-8'));"
        "[score_sentences(s, language=lang, encoder=sys.argv[2]) for s, lang in arts];"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork+exec
        "print([int(l.split()[1]) / 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as fh:
        json.dump(arts, fh)
        fh.flush()
        out = subprocess.run(
            [sys.executable, "-c", program, fh.name, encoder, str(ROOT / "src")],
            capture_output=True,
            text=True,
            check=True,
        )
    return float(out.stdout.strip())


if __name__ == "__main__":
    main()
