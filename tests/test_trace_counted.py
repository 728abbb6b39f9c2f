"""The ``counted`` stage: each figure's counted role and owner are read while the article is
analysed and kept in it, so that linking parses nothing; an article stored without them (or read
by other code) is parsed at link time, with the same result."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsprism import analyse, read
from newsprism.api import STORE_STAGES
from newsprism.article import Article, Counted
from newsprism.library import Library
from newsprism.schema import load_schema
from newsprism.trace import catch_up, counted, roles
from newsprism.trace.mentions import claim_mentions

EN = b"""Airlines report a record year

Nordair carried 12.4 million passengers in 2025, the airline said on Monday. Baltavia's passengers rose to 8.1 million.

The merger will cost up to 1,500 jobs, the unions warned. Baltavia's shareholders will own 40% of the new company.
"""
RU = """Итоги года в Белограде

В результате пожара в Белограде погибли 5 человек, ещё 17 получили ранения, сообщил глава города.

Прибыль Норбанка составила 61 млрд рублей.
""".encode()


def _article(raw: bytes) -> Article:
    """Analysed as the library analyses what it stores."""
    return analyse(read(raw), defaults=STORE_STAGES)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [_article(EN), _article(RU)]


def _without(article: Article) -> Article:
    """The article as a library written before the stage holds it."""
    claims = tuple(dataclasses.replace(c, counted=None) for c in article.claims)
    return dataclasses.replace(article, claims=claims)


def _readings(article: Article) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(m.role, m.owner) for m in claim_mentions(article, 1)]


def test_analysis_keeps_what_each_figure_counts_and_whose_count_it_is(
    articles: list[Article],
) -> None:
    en, ru = articles
    assert en.stages[-2:] == ("claims", "counted") and ru.stages[-2:] == ("claims", "counted")
    by_text = {c.text: c.counted for c in en.claims}
    assert all(r is not None and r.version == counted.version() for r in by_text.values())
    # the two airlines' passengers: two owners, one kind of count
    nordair = next(r for t, r in by_text.items() if t.startswith("12.4"))
    baltavia = next(r for t, r in by_text.items() if t.startswith("8.1"))
    assert nordair is not None and baltavia is not None
    assert nordair.owner and baltavia.owner and set(nordair.owner).isdisjoint(baltavia.owner)
    roles_ru = {c.text: c.counted.role if c.counted else None for c in ru.claims}
    assert any(r and "погибнуть" in r.split() for r in roles_ru.values()), roles_ru


def test_linking_an_analysed_article_parses_nothing_and_reads_what_a_parse_reads(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    for article in articles:
        roles.clear_cache()
        parsed = _readings(_without(article))  # an older article: its sentences are parsed
        assert any(role for role, _ in parsed)
        roles.clear_cache()

        def no_parse(sentences: list[str]) -> Any:
            raise AssertionError(f"parsed at link time: {sentences}")

        with monkeypatch.context() as m:
            m.setattr(roles, "_parse_en_many", no_parse)
            m.setattr(roles, "_parse_ru_many", no_parse)
            assert _readings(article) == parsed


def test_a_reading_by_other_code_is_read_again(articles: list[Article]) -> None:
    en = articles[0]
    stale = Counted(role="something else", owner=("zz",), version="another")
    old = dataclasses.replace(
        en, claims=tuple(dataclasses.replace(c, counted=stale) for c in en.claims)
    )
    roles.clear_cache()
    assert _readings(old) == _readings(en)
    assert "something else" not in {role for role, _ in _readings(old)}


def test_json_with_and_without_the_readings_is_valid_and_reads_back(
    articles: list[Article],
) -> None:
    for article in articles:
        for version in (article, _without(article)):
            data = json.loads(json.dumps(version.to_dict(), ensure_ascii=False))
            jsonschema.validate(data, load_schema())
            assert Article.from_dict(data) == version
        data = article.to_dict()
        for claim in data["claims"]:  # a file written before the field existed
            del claim["counted"]
        assert Article.from_dict(data) == _without(article)


def test_a_stored_article_without_readings_links_as_one_with_them(
    tmp_path: Path, articles: list[Article]
) -> None:
    def linked(db: Path, stored: list[Article]) -> list[tuple[Any, ...]]:
        with Library.open(db) as lib:
            for k, article in enumerate(stored):
                meta = dataclasses.replace(article.metadata, published=f"2026-03-0{k + 1}")
                lib.add(dataclasses.replace(article, metadata=meta), link=False)
            assert catch_up(lib.conn) == len(stored)
            rows = lib.conn.execute(
                "SELECT article_id, item_id, trace_id, data, vec3 FROM trace_mentions "
                "ORDER BY article_id, kind, item_id"
            ).fetchall()
        return [tuple(r) for r in rows]

    roles.clear_cache()
    new = linked(tmp_path / "new.sqlite", articles)
    roles.clear_cache()
    old = linked(tmp_path / "old.sqlite", [_without(a) for a in articles])
    assert new == old and any(r[4] is not None for r in new)


def test_without_a_parser_the_stage_keeps_no_reading(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(sentences: list[str]) -> Any:
        raise OSError("no model")

    roles.clear_cache()
    monkeypatch.setattr(roles, "_parse_en_many", missing)
    out = counted.add_counted(_without(articles[0]))
    assert out.claims and all(c.counted is None for c in out.claims)
