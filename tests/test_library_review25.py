"""Library, the twenty-fifth round's review: ``import json`` checks an export's readers'
corrections before it stores the article, as it does its earlier revisions — a bad entry had
stored the article (and the corrections before it), yet the file was reported as failed."""

from __future__ import annotations

import json
from pathlib import Path

from test_library_s25 import _corrected_library
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.library import Library


def test_a_forged_correction_stores_nothing_and_is_named(tmp_path: Path) -> None:
    article_id = _corrected_library(tmp_path / "a.sqlite")
    folder = tmp_path / "out"
    runner = CliRunner()
    out = runner.invoke(
        app, ["export", "-o", str(folder), "-f", "json", "--db", str(tmp_path / "a.sqlite")]
    )
    assert out.exit_code == 0, out.output
    path = folder / f"{article_id}.json"
    data = json.loads(path.read_text())
    data["corrections"] = [{"kind": "quote", "item_id": 999, "correct": None}]
    path.write_text(json.dumps(data))
    out = runner.invoke(app, ["import", "json", str(folder), "--db", str(tmp_path / "b.sqlite")])
    assert out.exit_code != 0, out.output
    assert "correction 1 is not an export's" in out.output, out.output
    with Library.open(tmp_path / "b.sqlite") as b:
        assert list(b.iter_ids()) == []
