"""Write fitted weights into the module that holds them, as the repository formats it.

The fitting scripts of the learned rankers (``fit_coref_rank_en.py``, ``fit_coref_rank_ru.py``)
keep their weights as ``NAME: tuple[float, ...] = (…)`` constants in the ranker's module; a refit
rewrites those constants in place and formats the module with ruff, so that a refit of the same
data leaves no diff (review R8, forty-second session).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path


def write_tuples(target: Path, constants: dict[str, Iterable[float]]) -> None:
    """Replace each ``NAME: tuple[float, ...] = (…)`` constant of ``target`` named in
    ``constants`` by its new values (four decimals), then format the file."""
    text = target.read_text(encoding="utf-8")
    for name, values in constants.items():
        tup = "(" + ", ".join(f"{x:.4f}" for x in values) + ",)"
        text, n = re.subn(
            rf"^{name}: tuple\[float, \.\.\.\] = \(.*?\)$",
            f"{name}: tuple[float, ...] = {tup}",
            text,
            count=1,
            flags=re.M | re.S,
        )
        if n != 1:
            raise SystemExit(f"{target}: no constant {name} to rewrite")
    target.write_text(text, encoding="utf-8")
    subprocess.run(["ruff", "format", "--quiet", str(target)], check=True)
