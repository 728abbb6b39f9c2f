"""Start-up cost: a read imports the stages it runs, not every stage there is.

Each check runs in a fresh interpreter (what is imported is the point), on the project's own
fixture pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _modules_after(code: str) -> dict[str, bool]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


_REPORT = (
    "import json, sys; print(json.dumps({m: m in sys.modules for m in ("
    "'newsprism.attribution.stage', 'newsprism.claims.stage', 'newsprism.trace.counted', "
    "'newsprism.translate.stage', 'newsprism.attribution.quotes_ru', "
    "'newsprism.attribution.quotes_en')}))"
)


def test_read_imports_no_analysis_stage() -> None:
    page = FIXTURES / "en_bbc_image_source.html"
    code = f"import newsprism; newsprism.read({str(page)!r}); {_REPORT}"
    loaded = _modules_after(code)
    assert not any(loaded.values()), loaded


def test_stage_names_lists_every_builtin_without_importing_them() -> None:
    code = (
        "from newsprism.pipeline import stage_names; names = stage_names(); "
        "assert {'segment', 'attribution', 'claims', 'importance', 'counted', 'translate'} "
        f"<= set(names), names; {_REPORT}"
    )
    loaded = _modules_after(code)
    assert not any(loaded.values()), loaded


def test_one_stage_asked_for_imports_its_module_alone() -> None:
    code = (
        "from newsprism.pipeline import get_stage; s = get_stage('claims'); "
        f"assert s.name == 'claims'; {_REPORT}"
    )
    loaded = _modules_after(code)
    assert loaded["newsprism.claims.stage"]
    assert not loaded["newsprism.translate.stage"]
    assert not loaded["newsprism.trace.counted"]
