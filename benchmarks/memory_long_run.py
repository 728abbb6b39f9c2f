"""Resident memory of one process that reads and analyses many articles, as ``watch`` does.

The articles are made here from random words (English and Russian in turn, with quotes, names
and figures), the worst case for every cache of words: nothing repeats.  Every ``--every``
articles the script prints the process's resident memory and the sizes of the word caches
(Russian lemmas, pymorphy3 parses, natasha's parses, spaCy's strings).  Flat after the caches
fill is the goal (see docs/security.md, "Memory in long runs").

    nice python benchmarks/memory_long_run.py --count 1000 --every 100
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import time

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюя"


def article(rng: random.Random, k: int) -> bytes:
    russian = k % 2 == 1
    alphabet = CYRILLIC if russian else LATIN

    def word() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 12)))

    paragraphs = []
    for _ in range(rng.randint(4, 10)):
        name = f"{word().capitalize()} {word().capitalize()}"
        body = " ".join(word() for _ in range(rng.randint(8, 30)))
        amount = rng.randint(1, 999)
        if russian:
            paragraphs.append(
                f"«{body.capitalize()}», — сказал {name}. {word().capitalize()} {body} "
                f"{amount} млн рублей."
            )
        else:
            paragraphs.append(
                f'"{body.capitalize()}," {name} said. {word().capitalize()} {body} ${amount}m.'
            )
    title = word().capitalize()
    html = (
        f"<html lang='{'ru' if russian else 'en'}'><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    )
    return (html + "</article></body></html>").encode()


def resident_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--every", type=int, default=100)
    args = parser.parse_args()

    import newsprism
    from newsprism.attribution import quotes_ru
    from newsprism.attribution.backends import models
    from newsprism.claims import nlp as claims_nlp
    from newsprism.errors import NewsprismError

    rng = random.Random(7)
    started = time.monotonic()
    print("| articles | resident MB | lemmas | parses | natasha parses | spaCy strings | s |")
    print("|---|---|---|---|---|---|---|")
    for k in range(args.count):
        with contextlib.suppress(NewsprismError):  # a refused article is no leak
            newsprism.analyse(newsprism.read(article(rng, k)))
        if (k + 1) % args.every == 0:
            natasha = type(models.get("ru").morph_vocab).parse.cache_info().currsize
            print(
                f"| {k + 1} | {resident_mb():.0f} | {len(quotes_ru._LEMMAS)} | "
                f"{claims_nlp.russian_parses.cache_info().currsize} | {natasha} | "
                f"{len(models.get('en').vocab.strings)} | {time.monotonic() - started:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
