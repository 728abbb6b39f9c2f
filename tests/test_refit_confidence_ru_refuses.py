"""scripts/refit_confidence_ru.py refuses to fit on partial data (review finding 13, session 45):
without the evaluation sets' environment some parts' texts are absent, and the script must exit 2
naming them instead of overwriting the shipped weights with a fit on a fraction of the rows."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "newsprism" / "data" / "attribution-confidence-ru.json"


def test_refit_refuses_without_the_environment(tmp_path: Path) -> None:
    before = hashlib.sha256(SHIPPED.read_bytes()).hexdigest()
    # the environment without env.sh: the fresh sets (NEREL's test folder, factRuEval, BSNLP)
    # are absent, so parts of half A are
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPRISM_FRESH_")}
    env["PYTHONPATH"] = str(ROOT / "src")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "refit_confidence_ru.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    assert "absent" in run.stderr and "env.sh" in run.stderr
    assert "--allow-partial" in run.stderr
    assert hashlib.sha256(SHIPPED.read_bytes()).hexdigest() == before
