"""A stage that fails never loses the article: it is recorded in ``article.failures``, the other
stages run, the stages that need the failed one are recorded as skipped, and ``read``, ``add``
and the CLI go on (the CLI warning once).  The property tests run the real analysis stages on
mutated articles of our own and hold that no exception escapes and every span stays valid."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import check_article
from typer.testing import CliRunner

import newsprism
from newsprism import pipeline
from newsprism.article import Article, StageFailure
from newsprism.cli import app
from newsprism.errors import ModelMissingError, NewsprismError
from newsprism.library import Library
from newsprism.pipeline import Pipeline, Stage, get_stage

SCRAPED = Path(__file__).parent / "fixtures" / "scraped"

# A Russian report with a photo and its credit between two paragraphs: the text between the
# paragraphs is in no sentence, and natasha's lemmatizer used to fail on its untagged tokens.
RU_WITH_PHOTO = """\
Строители сдали новый мост через Оку

Строители завершили работы на мосту через Оку на две недели раньше срока, сообщили в \
администрации области.

Фото: РИА Новости / Иван Петров

«Мы успели до холодов», — сказал глава подрядчика Сергей Иванов. По его словам, движение \
откроют в пятницу.

Строители получат премии, пообещал губернатор.
"""


def _boom(article: Article, **_: Any) -> Article:
    raise AttributeError("'NoneType' object has no attribute 'keys'")


def _fail_attribution(monkeypatch: pytest.MonkeyPatch) -> None:
    """attribution raises as a bug would; importance does nothing (no model needed)."""
    real = get_stage("attribution")
    monkeypatch.setitem(pipeline._STAGES, "attribution", dataclasses.replace(real, run=_boom))
    quiet = dataclasses.replace(get_stage("importance"), run=lambda a, **_: a)
    monkeypatch.setitem(pipeline._STAGES, "importance", quiet)


def test_a_failed_stage_is_recorded_and_its_dependants_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fail_attribution(monkeypatch)
    article = newsprism.analyse(newsprism.read(RU_WITH_PHOTO.encode()))
    assert article.sentences and article.blocks  # what the other stages made is kept
    assert article.stages == ("extract", "segment", "importance")
    attribution, claims = article.failures
    assert attribution == StageFailure(
        "attribution",
        "AttributeError: 'NoneType' object has no attribute 'keys'",
        hint="this is a bug in newsprism; run again with --debug and report the traceback",
    )
    assert claims.stage == "claims" and claims.skipped and "attribution" in claims.error
    check_article(article)  # the failures are in the JSON, valid against the schema
    from newsprism.render import render

    assert "attribution failed (AttributeError:" in render(article, "html")
    assert Article.from_dict(article.to_dict()).failures == article.failures


def test_a_stage_that_works_on_a_later_run_clears_its_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flaky = {"fail": True}

    def sometimes(article: Article) -> Article:
        if flaky["fail"]:
            raise ModelMissingError("no model", hint="install it")
        return article

    stage = Stage("flaky", sometimes, requires=frozenset({"text"}), provides=frozenset({"x"}))
    after = Stage("after", lambda a: a, requires=frozenset({"x"}))
    article = Pipeline([stage, after])(Article(text="Hello."))
    assert [(f.stage, f.skipped) for f in article.failures] == [("flaky", False), ("after", True)]
    assert article.failures[0].error == "ModelMissingError: no model"
    assert article.failures[0].hint == "install it"
    flaky["fail"] = False
    again = Pipeline([stage, after])(article)
    assert again.failures == () and again.stages == ("flaky", "after")


def test_an_error_that_ends_the_work_is_not_swallowed() -> None:
    class Budget(Exception):
        ends_work = True

    def slow(article: Article) -> Article:
        raise Budget("time is up")

    with pytest.raises(Budget):
        Pipeline([Stage("slow", slow)])(Article(text="Hello."))


def test_the_cli_keeps_the_article_and_warns_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fail_attribution(monkeypatch)
    source = tmp_path / "bridge.txt"
    source.write_text(RU_WITH_PHOTO, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(source), "-f", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert '"failures"' in result.stdout and '"stage": "attribution"' in result.stdout
    assert result.stderr.count("attribution failed") == 1
    assert result.stderr.count("newsprism:") == 1


def test_add_stores_the_article_with_its_failures(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fail_attribution(monkeypatch)
    source = tmp_path / "bridge.txt"
    source.write_text(RU_WITH_PHOTO, encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    result = CliRunner().invoke(app, ["add", "--db", str(db), str(source)])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("attribution failed") == 1
    with Library.open(db) as lib:
        stored = lib.get(1)
    assert [f.stage for f in stored.failures] == ["attribution", "claims", "counted"]


def test_natasha_reads_a_russian_article_with_a_photo_credit_between_paragraphs() -> None:
    article = newsprism.analyse(newsprism.read(RU_WITH_PHOTO.encode()), ["attribution"])
    assert article.failures == ()
    assert any(b.kind == "figure" for b in article.blocks)
    quote = next(q for q in article.quotes if q.text == "«Мы успели до холодов»")
    speaker = article.speaker(quote.speaker)
    assert speaker is not None and speaker.name == "Сергей Иванов"
    # the photographer of the caption is nobody's speaker
    assert not any("Петров" in s.name for s in article.speakers)


# -- mutated real text through every analysis stage ------------------------------------------

PAGES = {
    "en": sorted(SCRAPED.glob("en_*.txt")),
    "ru": sorted(SCRAPED.glob("ru_*.txt")),
}

#: what typing and scraping do to text: quotes of both alphabets, dashes, stray breaks, digits
NOISE = ["«", "»", "“", "”", '"', " — ", "\n", "\n\n", "…", "5", "3,5 %", "Фото: ", "Photo: ", "?"]


def _mutate(text: str, seed: int, edits: int) -> str:
    rng = random.Random(seed)
    paragraphs = [p for p in text.split("\n") if p.strip()][:40]
    for _ in range(edits):
        op = rng.randrange(4)
        k = rng.randrange(len(paragraphs))
        if op == 0 and len(paragraphs) > 3:
            del paragraphs[k]
        elif op == 1:
            paragraphs.insert(rng.randrange(len(paragraphs)), paragraphs[k])
        elif op == 2:
            p = paragraphs[k]
            cut = rng.randrange(len(p) + 1)
            paragraphs[k] = p[:cut] + rng.choice(NOISE) + p[cut:]
        else:
            p = paragraphs[k]
            paragraphs[k] = p[: rng.randrange(len(p) + 1)]
    return "\n".join(paragraphs)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_analysis_stages_survive_mutated_articles(language: str) -> None:
    pages = PAGES[language]

    @settings(
        max_examples=6,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.integers(0, len(pages) - 1), st.integers(0, 2**32 - 1), st.integers(1, 25))
    def run(page: int, seed: int, edits: int) -> None:
        text = _mutate(pages[page].read_text(encoding="utf-8"), seed, edits)
        try:
            article = newsprism.read(text.encode("utf-8"))
        except NewsprismError:  # e.g. nothing left of the article
            return
        analysed = newsprism.analyse(article)
        assert analysed.failures == (), analysed.failures
        assert analysed.stages[-3:] == ("importance", "attribution", "claims")
        check_article(analysed)
        found.append(len(analysed.quotes) + len(analysed.claims))

    found: list[int] = []
    run()
    assert len(found) >= 3 and sum(found) > 0  # the stages had articles to work on


def test_a_web_upload_stores_the_article_with_its_failures(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app
    from newsprism.web.security import CSRF_COOKIE

    _fail_attribution(monkeypatch)
    with TestClient(
        create_app(tmp_path / "lib.sqlite", analyse=True), base_url="http://127.0.0.1:8000"
    ) as client:
        client.get("/")
        token = client.cookies[CSRF_COOKIE]
        added = client.post(
            "/api/articles", json={"text": RU_WITH_PHOTO}, headers={"X-CSRF-Token": token}
        )
        assert added.status_code == 201, added.text
        page = client.get(added.json()["href"])
        assert page.status_code == 200 and "Строители завершили" in page.text
        assert "Not all of the analysis could be done: attribution failed" in page.text
    with Library.open(tmp_path / "lib.sqlite") as lib:
        stored = lib.get(1)
    assert [f.stage for f in stored.failures] == ["attribution", "claims", "counted"]
    assert stored.sentences  # segmentation and the rest of the article are kept
