"""Mine Russian cue verbs from the NEREL articles we never annotated (twelfth session).

    python scripts/mine_cues_ru.py [N]      # the first N unannotated train-folder articles (500)

Prints the verbs outside the cue lexicon that govern a clause of their own opened by «что»
(natasha's parse: a ``ccomp`` child with a ``mark`` «что»), with how often, and how often with a
noun subject.  The list was read once and the verbs whose subject states what the clause says
were kept as ``quotes_ru.MINED_SPEECH_VERBS`` (установить, выяснить, показать, гласить,
свидетельствовать, with their aspect pairs); impersonal «ожидается», «считается» and verbs of
knowing or feeling («знать», «понимать», «чувствовать») were not.  Texts are read from
``$NEWSPRISM_DATASETS/ru-news-nerel`` and never copied.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from newsprism.attribution.quotes_ru import SPEECH_VERBS

    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    data = Path(os.environ.get("NEWSPRISM_DATASETS", ROOT.parent / "shared" / "datasets"))
    base = data / "ru-news-nerel" / "train"
    annotated = ROOT / "benchmarks" / "data" / "nerel_quotes.jsonl"
    done = {json.loads(line)["doc"] for line in annotated.read_text("utf-8").splitlines()}
    names = sorted(p.stem for p in base.glob("*.txt") if f"train/{p.stem}" not in done)
    emb = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    tagger, parser = NewsMorphTagger(emb), NewsSyntaxParser(emb)
    counts: Counter[str] = Counter()
    with_subject: Counter[str] = Counter()
    for name in names[:limit]:
        text = (base / f"{name}.txt").read_text("utf-8")
        lines = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if re.search(r"\bчто\b", s)]
        if not lines:
            continue
        doc = Doc("\n".join(lines))
        doc.segment(segmenter)
        doc.tag_morph(tagger)
        doc.parse_syntax(parser)
        for sent in doc.sents:
            kids: dict[str, list] = {}  # type: ignore[type-arg]
            for t in sent.tokens:
                kids.setdefault(t.head_id, []).append(t)
            for t in sent.tokens:
                own = kids.get(t.id, [])
                if t.pos != "VERB" or not any(
                    k.rel == "ccomp"
                    and any(c.rel == "mark" and c.text.lower() == "что" for c in kids.get(k.id, []))
                    for k in own
                ):
                    continue
                t.lemmatize(vocab)
                if t.lemma in SPEECH_VERBS:
                    continue
                counts[t.lemma] += 1
                if any(k.rel == "nsubj" and k.pos in ("PROPN", "NOUN") for k in own):
                    with_subject[t.lemma] += 1
    for lemma, n in counts.most_common(80):
        print(f"{lemma:24} {n:4} {with_subject[lemma]:4}")


if __name__ == "__main__":
    main()
