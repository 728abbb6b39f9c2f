"""Grow the Russian speech-cue lexicon from Wiktionary's definitions; write the reviewed list.

    pip install wiki-ru-wordnet          # Russian Wiktionary's senses (MIT; text CC BY-SA)
    PYTHONPATH=src nice python scripts/build_cues_ru_wiktionary.py          # build, write
    PYTHONPATH=src nice python scripts/build_cues_ru_wiktionary.py --show   # candidates only

The hand-written and embedding-grown verbs (``attribution/quotes_ru.py``, ``cues_ru.py``)
still missed verbs of saying met once each («провозгласил», «воскликнул», «солгал»).  A
dictionary says what a verb is by its genus, the verb its definition opens with
(«провозгласить — всенародно или публично торжественно объявить»; «солгать — сказать
неправду»), so:

1. *Candidates*: every single-word infinitive of ``wiki_ru_wordnet``'s database (Russian
   Wiktionary's senses) whose **first** sense is defined by one of the ``GENUS`` verbs of
   saying (the first infinitive of the definition, before any noun, verb or preposition, after
   templates, examples and «то же, что»), and that no list of ``quotes_ru`` holds yet.  One
   step only, no closure: a genus verb's other senses («передать», «нести») never bring theirs.
2. *Review* (once, by reading the candidates, recorded in ``REJECTED``): a candidate stays when
   its subject states something — a proposition, a request or a quote after it («провозгласил,
   что», «воскликнул: …», «солгал, что»); rejected are speech acts with no proposition (greeting,
   thanking, chattering, swearing), manners of pronouncing, animals' cries and other senses
   («обучить», «намагничивать», «ратифицировать»).  The review only removes.
3. *Write* ``src/newsprism/data/attribution-cues-ru-wiktionary.json``: lemma → its genus.

Deterministic (sorted; the database's own sense order).  Needs pymorphy3 (installed with the
project) and the ``wiki-ru-wordnet`` package (not a runtime dependency).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

OUT = ROOT / "src" / "newsprism" / "data" / "attribution-cues-ru-wiktionary.json"

#: verbs of saying a definition may open with (the genus): plain saying, reporting, asking,
#: requesting, promising, asserting and denying, explaining, warning, complaining, blaming,
#: praising, exclaiming
GENUS = frozenset(
    [
        *("сказать", "говорить", "сообщить", "сообщать", "заявить", "заявлять", "объявить"),
        *("объявлять", "рассказать", "рассказывать", "ответить", "отвечать", "спросить"),
        *("спрашивать", "попросить", "просить", "потребовать", "требовать", "предложить"),
        *("предлагать", "пообещать", "обещать", "утверждать", "отрицать", "высказать"),
        *("высказывать", "высказаться", "высказываться", "подтвердить", "подтверждать"),
        *("опровергнуть", "опровергать", "призвать", "призывать", "пояснить", "пояснять"),
        *("объяснить", "объяснять", "уточнить", "уточнять", "заверить", "заверять"),
        *("предупредить", "предупреждать", "возразить", "возражать", "посетовать", "сетовать"),
        *("пожаловаться", "жаловаться", "признаться", "обвинить", "обвинять", "критиковать"),
        *("похвалить", "хвалить", "упрекнуть", "упрекать", "произнести", "произносить"),
        *("крикнуть", "кричать", "выразить", "выражать"),
    ]
)  # fmt: skip

#: the review: candidates that state nothing (see the module's docstring)
REJECTED = frozenset(
    [
        *("ангажировать", "анпублишить", "ахать", "балаболить", "балабонить", "балакать"),
        *("браниться", "бредить", "визжать", "воплотить", "ворковать", "выругаться"),
        *("галдеть", "горланить", "горлопанить", "грассировать", "грубить", "гундосить"),
        *("дерзить", "капнуть", "картавить", "кликать", "коверкать", "командовать"),
        *("конфирмовать", "кукарекать", "лопотать", "лотошить", "магнитить", "матернуться"),
        *("молиться", "молчать", "намагничивать", "обучать", "обучить", "ологичивать"),
        *("опосредовать", "отблагодарить", "пиздеть", "побираться", "поблагодарить"),
        *("поддакивать", "поздороваться", "поклониться", "попотчевать", "попрошайничать"),
        *("посоветоваться", "потчевать", "приглашать", "пшекнуть", "разговаривать"),
        *("разсказать", "рассусоливать", "ратифицировать", "рефлексировать", "рефлектировать"),
        *("ругаться", "сватать", "свататься", "смеяться", "советоваться", "уськать"),
        *("шепелявить", "шпрехать", "шамкать", "вымолвлять", "ознакомлять", "сокращать"),
        *("переводить", "бухать", "заряжать", "жевать", "журчать", "нести", "гнать", "тянуть"),
        *("сыпать", "вставить", "прибавить", "завернуть", "загнуть", "закрутить", "отмочить"),
        *("выстрелить", "стрельнуть", "въебашить", "гавкать", "вякать", "тявкать", "хохмить"),
        # (the twenty-fifth session's review: «высказать не всё, умолчать» denies after its genus)
        *("недомолвить",),
    ]
)  # fmt: skip


def _clean(body: str) -> str:
    b = re.sub(r"\{\{пример.*", "", body)
    b = re.sub(r"\{\{действие\|([^|}]+)[^}]*\}\}", r" \1 ", b)
    b = re.sub(r"\{\{[^}]*\}\}", "", b)
    b = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", r"\2", b)
    b = re.sub(r"\[\[([^\]]+)\]\]", r"\1", b)
    return re.sub(r"''[^']*''", "", b)


def genus(morph, body: str) -> str | None:
    """The infinitive a definition opens with, before any noun, verb or preposition; none when
    the definition denies it («умалчивать — не говорить о чём-либо», «недосказывать — не
    высказывать до конца»: a verb of not saying is no verb of saying)."""
    for w in re.findall(r"[а-яё-]+", _clean(body).lower())[:8]:
        if w in ("не", "ни", "без"):
            return None
        p = morph.parse(w)[0]
        if p.tag.POS == "INFN":
            return w
        if p.tag.POS in ("NOUN", "VERB", "PREP") and w not in ("то", "же", "что"):
            return None
    return None


def database() -> Path:
    import wiki_ru_wordnet  # the dictionary package; not a dependency of newsprism

    return Path(wiki_ru_wordnet.__file__).parent / "database" / "wikiwordnet.db"


def candidates(morph, known: frozenset[str]) -> dict[str, str]:
    con = sqlite3.connect(database())
    first: dict[str, str] = {}
    for lemma, definition in con.execute("select lemma, definition from synsets order by rowid"):
        if lemma not in first:
            first[lemma] = definition.split("~ru~")[-1]
    out: dict[str, str] = {}
    for lemma, body in sorted(first.items()):
        if " " in lemma or lemma in known or morph.parse(lemma)[0].tag.POS != "INFN":
            continue
        g = genus(morph, body)
        if g in GENUS:
            out[lemma] = g
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print the candidates, write nothing")
    args = ap.parse_args()
    import pymorphy3

    from newsprism.attribution import quotes_ru

    known = quotes_ru.HAND_SPEECH_VERBS | quotes_ru.GROWN_SPEECH | quotes_ru.EVALUATION_VERBS
    known |= quotes_ru.MINED_SPEECH_VERBS | quotes_ru.INSTRUCTION_VERBS
    cands = candidates(pymorphy3.MorphAnalyzer(), frozenset(known))
    kept = {k: v for k, v in cands.items() if k not in REJECTED}
    if args.show:
        for k, v in cands.items():
            print(k, "<-", v, "" if k in kept else "(rejected)")
        print(len(cands), "candidates,", len(kept), "kept")
        return
    data = {
        "about": "Russian verbs of saying whose first Wiktionary sense is defined by a verb of "
        "saying (wiki-ru-wordnet), reviewed once; built by scripts/build_cues_ru_wiktionary.py",
        "speech": kept,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {OUT} ({len(kept)} verbs of {len(cands)} candidates)")


if __name__ == "__main__":
    main()
