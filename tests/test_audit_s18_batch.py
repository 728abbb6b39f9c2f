"""The eighteenth session's audit: a stage that fails inside a batch is recorded, not hidden.

Every text here is invented for the test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsprism import pipeline
from newsprism.article import Article
from newsprism.batch import process, run
from newsprism.cli import app

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The harbour board voted on Monday to raise ferry fares by a tenth from April, its chair "
    "told a meeting of residents in the town hall.</p><p>“We held the fares for three years,” "
    "said Ann Lee, the board's chair, adding that fuel had doubled in price.</p></article>"
    "</body></html>"
)


@pytest.fixture
def failing_stage(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A stage that raises on every article (a bug), and the batch run in this process so that
    the patched stage is the one that runs (the pool's workers are fresh interpreters)."""
    pipeline.stage_names()  # the built-in stages are registered

    def boom(article: Article, **_: Any) -> Article:
        raise KeyError("'unit'")

    monkeypatch.setitem(
        pipeline._STAGES,
        "audit_boom",
        pipeline.Stage("audit_boom", boom, requires=frozenset({"sentences"})),
    )

    def in_process(shards: Any, options: Any, workers: int) -> Iterator[Any]:
        return (process.process_shard(s, options) for s in shards)

    monkeypatch.setattr(run, "run_local", in_process)
    yield


def write_input(path: Path) -> Path:
    lines = [
        json.dumps({"url": f"https://news.example/{i}", "html": PAGE.format(title=title)})
        for i, title in enumerate(("Ferry fares rise", "Bridge to close"))
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_a_stage_failing_in_a_batch_is_listed_with_its_article_stored(
    tmp_path: Path, failing_stage: None
) -> None:
    source, out = write_input(tmp_path / "in.jsonl"), tmp_path / "out"
    summary = run.run_batch([str(source)], str(out), stages=("segment", "audit_boom"))
    # the articles are kept (the stage's failure must not lose them) and counted as stored...
    assert (summary.read, summary.stored, summary.failed) == (2, 2, 0)
    # ...and the failure is said: before, it was only inside each article's JSON, and the
    # article's empty tables read as "nothing found"
    assert summary.stage_failures == 2
    errors = pq.read_table(out / "errors").to_pylist()
    assert len(errors) == 2 and len({e["record"] for e in errors}) == 2
    assert {e["step"] for e in errors} == {"stage audit_boom"}
    assert all("KeyError" in e["error"] and "bug" in e["error"] for e in errors)
    articles = pq.read_table(out / "articles").to_pylist()
    assert len(articles) == 2
    assert all(json.loads(a["article_json"])["failures"] for a in articles)


def test_cli_batch_warns_once_of_stage_failures(tmp_path: Path, failing_stage: None) -> None:
    source, out = write_input(tmp_path / "in.jsonl"), tmp_path / "out"
    result = CliRunner().invoke(
        app, ["batch", str(source), "-o", str(out), "--stages", "audit_boom", "-w", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "2 stored, 0 failed" in result.stderr
    assert result.stderr.count("failed analysis stage") == 1
