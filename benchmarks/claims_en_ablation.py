"""Which English rules help off NewsQuant?  Each refusal in ``refusals_en`` and each named helper
of the English reader is switched off in turn, and the change in F1 is printed on the sets the
rules were *not* written on (our own English dev part, quantulum3's dev part) beside NewsQuant's
dev half (on which most of them were written).

    python benchmarks/claims_en_ablation.py

A rule that helps NewsQuant and neither of the other two is shaped like NewsQuant's sentences.
Refusals are switched off by rewriting one ``return True`` of ``refusals_en`` or its parts
(``refusals_names_en``, ``refusals_dates_en``, ``refusals_words_en``) into ``pass`` in a fresh
copy of the module, whose functions stand in for the module's wherever the claims package holds
them; helpers are replaced by a stub that declines (``None``/``False``/identity).  Nothing in
``src`` is changed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import claims_en as bench  # noqa: E402

from newsprism.claims import (  # noqa: E402
    number_unit_en,
    qualify_en,
    quantities_en,
    quantity_at_en,
    refusals_dates_en,
    refusals_en,
    refusals_names_en,
    refusals_words_en,
)

SETS = {
    "own dev": lambda: bench.load_part("own", "dev"),
    "q3 dev": lambda: bench.load_part("quantulum3", "dev"),
    # the first fresh set became a development set in issue 13's third round
    "fresh1": lambda: bench.load_part("fresh", "check"),
    "NewsQuant": lambda: bench.load_part("newsquant", "check"),
}
KINDS = ("value", "value+unit", "value+change")


def scores(data: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, float]]:
    out = {}
    for name, items in data.items():
        preds = [bench.newsprism_tagger(d["text"]) for d in items]
        if name.startswith("q3"):
            preds = [[bench._averaged(p) for p in ps] for ps in preds]
        s = bench.score(items, preds, average_ranges=False)
        out[name] = {k: s[k][2] for k in KINDS}
    return out


#: the modules whose ``return True`` lines are the refusals switched off one at a time
REFUSAL_MODULES = (refusals_en, refusals_names_en, refusals_dates_en, refusals_words_en)


@contextlib.contextmanager
def refusal_off(original: types.ModuleType, line_no: int) -> Iterator[None]:
    """Run with one refusal of ``original`` off: a copy of the module with that ``return True``
    made ``pass`` stands in for each of its functions wherever the claims package holds it."""
    path = Path(str(original.__file__))
    lines = path.read_text(encoding="utf-8").splitlines()
    line = lines[line_no - 1]
    indent = line[: len(line) - len(line.lstrip())]
    lines[line_no - 1] = indent + "pass"
    module = types.ModuleType(original.__name__)
    module.__dict__["__package__"] = "newsprism.claims"
    exec(compile("\n".join(lines), str(path), "exec"), module.__dict__)
    # the module's own functions, named before any is swapped (the module holds them too)
    own = {
        name: value
        for name, value in vars(original).items()
        if isinstance(value, types.FunctionType)
        and value.__module__ == original.__name__
        and name in module.__dict__
    }
    swapped: list[tuple[Any, str, Any]] = []
    for holder in [m for k, m in sys.modules.items() if k.startswith("newsprism.claims")]:
        for name, value in list(vars(holder).items()):
            if name in own and own[name] is value:
                swapped.append((holder, name, value))
                setattr(holder, name, module.__dict__[name])
    try:
        yield
    finally:
        for holder, name, value in swapped:
            setattr(holder, name, value)


@contextlib.contextmanager
def helper_off(module: Any, name: str, stub: Callable[..., Any]) -> Iterator[None]:
    saved = getattr(module, name)
    setattr(module, name, stub)
    try:
        yield
    finally:
        setattr(module, name, saved)


def _refusal_switches(original: types.ModuleType) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    lines = Path(str(original.__file__)).read_text(encoding="utf-8").splitlines()
    for k, line in enumerate(lines, 1):
        if line.strip().startswith("return True"):
            # the nearest comment above names the rule
            label = next(
                (
                    lines[m].strip()[2:60]
                    for m in range(k - 2, max(k - 12, 0), -1)
                    if lines[m].strip().startswith("#")
                ),
                "",
            )
            note = line.split("#", 1)[1].strip()[:50] if "#" in line else label
            stem = str(original.__name__).rsplit(".", 1)[-1]
            out.append((f"{stem} L{k}: {note}", refusal_off(original, k)))
    return out


def switches() -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for original in REFUSAL_MODULES:
        out += _refusal_switches(original)
    from newsprism.claims import implicit_en

    out += [
        (
            "implicit units (ages, shared units)",
            helper_off(quantities_en, "implicit_units", lambda s, f: f),
        ),
        (
            "conversion keeps change (_converts)",
            helper_off(quantities_en, "_converts", lambda *a: False),
        ),
        (
            "numbering continues (_continues_numbering)",
            helper_off(quantities_en, "_continues_numbering", lambda *a: False),
        ),
        (
            "scale named ('on the Richter scale')",
            helper_off(quantity_at_en, "_scale_named", lambda *a: None),
        ),
        ("part of ('half a million')", helper_off(quantity_at_en, "_part_of", lambda *a: None)),
        ("rate denominators (_per)", helper_off(quantity_at_en, "_per", lambda *a: None)),
        ("implicit age", helper_off(implicit_en, "age", lambda *a: None)),
        ("paired age", helper_off(implicit_en, "_paired_age", lambda *a: None)),
        ("shared unit", helper_off(implicit_en, "_shared", lambda *a: None)),
        # issue 13, third round: general mechanisms, each with its own switch
        (
            "quantulum3's unit table (lookup_en_fallback)",
            helper_off(number_unit_en, "lookup_en_fallback", lambda *a, **k: None),
        ),
        (
            "'one in five' (_ratio_after_in)",
            helper_off(quantity_at_en, "_ratio_after_in", lambda *a: None),
        ),
        ("'2m workers' (million_of)", helper_off(number_unit_en, "million_of", lambda *a: False)),
        ("WordNet change verbs (UP_VERBS)", helper_off(qualify_en, "UP_VERBS", frozenset())),
        ("WordNet change verbs (DOWN_VERBS)", helper_off(qualify_en, "DOWN_VERBS", frozenset())),
    ]
    return out


def main() -> None:
    data = {name: load() for name, load in SETS.items()}
    base = scores(data)
    print(
        "baseline F1 "
        + "  ".join(f"{n}: " + "/".join(f"{base[n][k]:.1f}" for k in KINDS) for n in data)
    )
    print(
        "Δ F1 when the rule is off (negative = the rule helps); value / value+unit / value+change"
    )
    for label, ctx in switches():
        with ctx:
            got = scores(data)
        deltas = {n: [base[n][k] - got[n][k] for k in KINDS] for n in data}
        helps_off_nq = any(d > 0.05 for n in ("own dev", "q3 dev", "fresh1") for d in deltas[n])
        helps_nq = any(d > 0.05 for d in deltas["NewsQuant"])
        flag = (
            "NEWSQUANT-ONLY"
            if helps_nq and not helps_off_nq
            else ("no effect" if not helps_nq and not helps_off_nq else "")
        )
        cells = "  ".join(f"{n}: " + "/".join(f"{-d:+.1f}" for d in deltas[n]) for n in data)
        print(f"{label[:58]:<58} {cells}  {flag}")


if __name__ == "__main__":
    main()
