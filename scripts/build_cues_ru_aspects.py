"""Grow the Russian speech-cue lexicon by aspect: the other aspect of each verb of saying.

    PYTHONPATH=src nice python scripts/build_cues_ru_aspects.py          # build, write
    PYTHONPATH=src nice python scripts/build_cues_ru_aspects.py --show   # candidates only

A verb of saying says the same thing in both aspects («провозгласить» / «провозглашать»,
«выразить» / «выражать», «озвучивать» / «озвучить»), but the lexicons list whichever form was
met or defined: last rounds' misses outside the lexicon include the other aspect of a listed
verb.  The family is derived, not listed:

1. *Candidates*: for every verb of the hand-written, embedding-grown, Wiktionary and
   evaluation lexicons (``quotes_ru.HAND_SPEECH_VERBS``, ``cues_ru``), the forms the regular
   aspect derivations of Russian give — a perfective «-ить» to an imperfective «-ать/-ять/
   -ивать/-ывать» with the consonant alternations of the stem (с→ш, з→ж, т→ч/щ, д→ж, ст→щ,
   б/п/в/м/ф + л), an «-ать/-ять» to «-ивать/-ывать», and each back — that pymorphy3's
   dictionary knows as an infinitive of the **other** aspect (``perf`` / ``impf``), and that no
   lexicon holds yet.  The reflexive «-ся» is kept on both sides.
2. *Review* (once, by reading the candidates, recorded in ``REJECTED``): dropped are forms whose
   dictionary sense is another verb's (a homonym the derivation lands on: «заметать» is to
   sweep, «заявиться» to turn up, «считывать» to read data, «утвердить» to approve, «замещать»
   to replace), forms with no proposition
   («пошучивать») and colloquial iteratives the dictionary lists but news does not use.  The
   review only removes.
3. *Write* ``src/newsprism/data/attribution-cues-ru-aspects.json``: form → the listed verb it
   is the other aspect of, and whether that verb is an evaluation verb.

Deterministic (sorted).  Needs pymorphy3 only (installed with the project).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

OUT = ROOT / "src" / "newsprism" / "data" / "attribution-cues-ru-aspects.json"

#: consonant alternations at the end of a stem when «-ить» becomes an imperfective
ALTERNATIONS = {
    "ст": ("щ",),
    "с": ("ш",),
    "з": ("ж",),
    "т": ("ч", "щ"),
    "д": ("ж", "жд"),
    "б": ("бл",),
    "п": ("пл",),
    "в": ("вл",),
    "м": ("мл",),
    "ф": ("фл",),
}
#: the review: candidates whose dictionary sense is not the listed verb's, or that state nothing
REJECTED = frozenset(
    [
        *("заметать", "заявиться", "отметиться", "поделываться", "посчитывать", "считывать"),
        *("сообщиться", "насказывать", "выяснивать", "разъяснивать", "продолжать"),
        *("пошучивать", "поведывать", "предварять", "отклонить", "похваливать"),
        *("замещать", "рассудить", "утвердить"),
    ]
)


def _aspect(analyzer, word: str) -> str | None:  # type: ignore[no-untyped-def]
    """``perf`` or ``impf`` of ``word`` when pymorphy3 knows it as an infinitive, else None."""
    for p in analyzer.parse(word):
        if p.tag.POS == "INFN" and p.normal_form == word and p.is_known:
            for a in ("perf", "impf"):
                if a in p.tag:
                    return a
    return None


def _forms(verb: str) -> set[str]:
    """The other-aspect forms the regular derivations give (existence not checked)."""
    refl = "ся" if verb.endswith("ся") else ""
    base = verb[: -len(refl)] if refl else verb
    out: set[str] = set()
    if base.endswith("ить"):
        stem = base[:-3]
        stems = {stem}
        for end, alts in ALTERNATIONS.items():
            if stem.endswith(end):
                stems |= {stem[: -len(end)] + a for a in alts}
        out |= {s + suf for s in stems for suf in ("ать", "ять", "ивать", "ывать")}
    if base.endswith(("ать", "ять")):
        stem = base[:-3]
        out |= {stem + "ивать", stem + "ывать", stem + "ить"}
        for end, alts in ALTERNATIONS.items():
            out |= {stem[: -len(a)] + end + "ить" for a in alts if stem.endswith(a)}
    if base.endswith(("ивать", "ывать")):
        stem = base[:-5]
        out |= {stem + "ить", stem + "ать", stem + "ять"}
    return {f + refl for f in out if f != base}


def candidates() -> dict[str, tuple[str, bool]]:
    import pymorphy3

    from newsprism.attribution.cues_ru import (
        ASPECT_EVALUATION,
        ASPECT_SPEECH,
        EVALUATION_VERBS,
        GROWN_SPEECH,
        WIKTIONARY_SPEECH,
    )
    from newsprism.attribution.quotes_ru import HAND_SPEECH_VERBS, SPEECH_VERBS

    analyzer = pymorphy3.MorphAnalyzer()
    known = HAND_SPEECH_VERBS | GROWN_SPEECH | WIKTIONARY_SPEECH | EVALUATION_VERBS
    listed = SPEECH_VERBS - ASPECT_SPEECH - ASPECT_EVALUATION  # this script's own output aside
    out: dict[str, tuple[str, bool]] = {}
    for verb in sorted(known):
        aspect = _aspect(analyzer, verb)
        if aspect is None:
            continue
        for form in sorted(_forms(verb)):
            other = _aspect(analyzer, form)
            if other is None or other == aspect or form in listed or form in out:
                continue
            out[form] = (verb, verb in EVALUATION_VERBS)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print the candidates, write nothing")
    args = ap.parse_args()
    found = candidates()
    if args.show:
        for form, (verb, evaluation) in found.items():
            mark = "REJECTED" if form in REJECTED else ""
            print(f"{form:22} <- {verb:20} {'evaluation' if evaluation else ''} {mark}")
        return
    kept = {f: v for f, v in found.items() if f not in REJECTED}
    data = {
        "about": "other-aspect forms of the verbs of saying (scripts/build_cues_ru_aspects.py)",
        "speech": {f: v for f, (v, e) in sorted(kept.items()) if not e},
        "evaluation": {f: v for f, (v, e) in sorted(kept.items()) if e},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(kept)} forms written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
