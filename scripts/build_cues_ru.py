"""Grow the Russian speech-cue lexicon from word embeddings; write the reviewed list.

    PYTHONPATH=src nice python scripts/build_cues_ru.py          # candidates, review, write
    PYTHONPATH=src nice python scripts/build_cues_ru.py --show   # candidates and verdicts only

1. *Candidates*: for every seed verb (the hand-written ``HAND_SPEECH_VERBS`` of
   ``attribution/quotes_ru.py`` and the evaluation verbs in ``EVALUATION_SEEDS``), the 40
   nearest words of three of its forms (infinitive, «заявил», «заявили», «заявляет») in navec's
   news embeddings (``natasha.NewsEmbedding``, shipped inside natasha: 250,000 words trained on
   Russian news), cosine similarity.  A neighbour counts when pymorphy's first reading is a verb;
   it is kept under its lemma.  A lemma is a candidate when it is a neighbour of at least
   ``MIN_SEEDS`` distinct seeds (one seed's neighbours are mostly its own synonyms and typos).
2. *Review* (done once, by reading the candidate list, recorded below): a candidate becomes a
   cue when its subject states something — a speech act with a clause, an «о» phrase or a
   colon after it (``SPEECH``: «прокомментировал, что», «намекнул на»), or an evaluation with a
   noun object (``EVALUATION``: «назвал решение ошибкой», «осудил удары», «обвинил Киев в …»).
   Rejected without listing them: verbs of wanting, being able, knowing and perceiving (хотеть,
   мочь, знать, видеть), motion and action (делать, звонить, ходить), feelings without a
   stated content (бояться, нервничать) and speech acts without a proposition (поблагодарить,
   поздравить, пригласить); одобрить/одобрять, which in news mostly report a vote
   («Госдума одобрила законопроект»), not a statement.  Every kept word must be among the candidates: the review only
   removes.
3. *Write* ``src/newsprism/data/attribution-cues-ru.json``: ``speech`` and ``evaluation`` lemma
   lists with, per word, the number of seeds it neighbours and its best similarity.

Deterministic (sorted seeds, exact nearest neighbours).  About 1 GB of memory for a minute.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

OUT = ROOT / "src" / "newsprism" / "data" / "attribution-cues-ru.json"
NEIGHBOURS = 40
MIN_SEEDS = 3
#: evaluations the hand-written list lacked (the issue's misses): seeds, not cues by themselves
EVALUATION_SEEDS = ("оценить", "назвать", "осудить", "обвинить", "раскритиковать")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# the review (step 2): candidates kept, by how their content is found
SPEECH = _words(
    """комментировать прокомментировать рассуждать посоветовать советовать порекомендовать
    рекомендовать доказывать доказать заключать заключить намекать намекнуть высказать
    высказывать высказываться поведать возмущаться исключать исключить подозревать
    оправдываться проинформировать информировать подытожить подытоживать описать описывать
    оговориться разъяснить разъяснять уверить предостеречь предостерегать пошутить шутить
    иронизировать повторять спрогнозировать предсказывать предсказать конкретизировать
    обосновать возражать вопрошать пригрозить озвучивать твердить уведомить известить
    оповещать сокрушаться мотивировать произнести перефразировать согласиться сомневаться
    опровергать уведомлять аргументировать декларировать клясться сожалеть сформулировать
    акцентировать ручаться"""
)
EVALUATION = _words(
    """назвать называть раскритиковать критиковать оценить оценивать обвинить обвинять осудить
    осуждать расценить расценивать похвалить упрекать упрекнуть высмеивать отметать отмести истолковать трактовать интерпретировать оспаривать ругать
    приветствовать отклонять"""
)


def candidates() -> dict[str, tuple[int, float]]:
    import pymorphy3
    from natasha import NewsEmbedding

    from newsprism.attribution.quotes_ru import HAND_SPEECH_VERBS as SPEECH_VERBS

    emb = NewsEmbedding()
    morph = pymorphy3.MorphAnalyzer()
    words = list(emb.vocab.words)
    index = {w: i for i, w in enumerate(words)}
    vectors = emb.pq.unpack().astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9

    def forms(lemma: str) -> list[str]:
        infinitive = next((p for p in morph.parse(lemma) if p.tag.POS == "INFN"), None)
        out = {lemma}
        if infinitive is not None:
            for grams in ({"past", "masc", "sing"}, {"past", "plur"}, {"pres", "3per", "sing"}):
                f = infinitive.inflect(grams)
                if f is not None:
                    out.add(f.word)
        return sorted(w for w in out if w in index)

    seen: dict[str, set[str]] = {}
    best: dict[str, float] = {}
    for seed in sorted(set(SPEECH_VERBS) | set(EVALUATION_SEEDS)):
        for form in forms(seed):
            sims = vectors @ vectors[index[form]]
            for j in np.argsort(-sims)[1 : NEIGHBOURS + 1]:
                parses = morph.parse(words[j])
                if not parses or parses[0].tag.POS not in ("VERB", "INFN"):
                    continue
                lemma = parses[0].normal_form.replace("ё", "е")
                if lemma in SPEECH_VERBS:
                    continue
                seen.setdefault(lemma, set()).add(seed)
                best[lemma] = max(best.get(lemma, 0.0), float(sims[j]))
    return {w: (len(s), round(best[w], 3)) for w, s in seen.items() if len(s) >= MIN_SEEDS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print candidates and verdicts only")
    args = ap.parse_args()
    found = candidates()
    kept = SPEECH | EVALUATION
    missing = sorted(w for w in kept if w.replace("ё", "е") not in found)
    for w, (n, sim) in sorted(found.items(), key=lambda kv: (-kv[1][0], -kv[1][1])):
        verdict = "speech" if w in SPEECH else "evaluation" if w in EVALUATION else "-"
        if args.show:
            print(f"{w:22} seeds {n:2}  best {sim:.3f}  {verdict}")
    print(f"{len(found)} candidates; kept {len(kept) - len(missing)}; not among them: {missing}")
    if args.show:
        return
    data = {
        "about": "Russian speech and evaluation cues grown from navec neighbours of seed verbs, "
        "reviewed once; built by scripts/build_cues_ru.py",
        "neighbours": NEIGHBOURS,
        "min_seeds": MIN_SEEDS,
        "speech": {w: found[w] for w in sorted(SPEECH) if w in found},
        "evaluation": {w: found[w] for w in sorted(EVALUATION) if w in found},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
