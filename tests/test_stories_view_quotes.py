"""A story's quotes grouped fast and exactly as the pair-by-pair difflib comparison groups them."""

from __future__ import annotations

import difflib
import random
import re
import sqlite3
from typing import Any

import numpy as np
import pytest

from newsprism.stories import view
from newsprism.stories.features import name_key

EN_WORDS = [
    "the",
    "council",
    "will",
    "review",
    "harbour",
    "budget",
    "next",
    "spring",
    "after",
    "residents",
    "asked",
    "for",
    "safer",
    "crossings",
    "and",
    "more",
    "buses",
    "on",
    "the",
    "northern",
    "route",
    "we",
    "expect",
    "costs",
    "to",
    "fall",
    "once",
    "repairs",
    "end",
]
RU_WORDS = [
    "совет",
    "рассмотрит",
    "бюджет",
    "порта",
    "весной",
    "после",
    "того",
    "как",
    "жители",
    "попросили",
    "безопасные",
    "переходы",
    "и",
    "больше",
    "автобусов",
    "на",
    "северном",
    "маршруте",
    "мы",
    "ожидаем",
    "что",
    "расходы",
    "снизятся",
    "после",
    "ремонта",
]
SPEAKERS = [
    "Elena Sokolova",
    "Елена Соколова",
    "Mark Hollis",
    "Марк Холлис",
    "",
    "Harbour Authority",
]


def _sentence(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(6, 22)))


def _variant(rng: random.Random, text: str) -> str:
    """The same quote as another outlet carried it: a word changed, dropped, or punctuation and case."""
    words = text.split()
    edit = rng.randrange(4)
    if edit == 0 and len(words) > 3:
        del words[rng.randrange(len(words))]
    elif edit == 1:
        words[rng.randrange(len(words))] = rng.choice(words)
    elif edit == 2:
        words.insert(rng.randrange(len(words)), rng.choice(words))
    out = " ".join(words)
    return f"«{out.capitalize()}»," if rng.random() < 0.5 else out + "."


def _story(n_articles: int, seed: int) -> tuple[sqlite3.Connection, dict[int, dict[str, Any]]]:
    rng = random.Random(seed)
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.executescript(
        "CREATE TABLE speakers (article_id INTEGER, speaker_id INTEGER, name TEXT);"
        "CREATE TABLE quotes (article_id INTEGER, quote_id INTEGER, text TEXT, kind TEXT,"
        " speaker_id INTEGER);"
    )
    articles: dict[int, dict[str, Any]] = {}
    said: dict[str, list[str]] = {"en": [], "ru": []}
    for a in range(1, n_articles + 1):
        language = "ru" if a % 3 == 0 else "en"
        articles[a] = {"site": f"outlet{a % 7}.example", "seen": f"2026-03-{1 + a // 20:02d}T10:{a % 60:02d}:00Z", "language": language}  # fmt: skip
        for q in range(rng.randint(1, 3)):
            earlier = said[language]
            if earlier and rng.random() < 0.5:
                text = _variant(rng, rng.choice(earlier))
            else:
                text = _sentence(rng, RU_WORDS if language == "ru" else EN_WORDS)
            earlier.append(text)
            speaker = rng.choice(SPEAKERS)
            if speaker:
                conn.execute("INSERT INTO speakers VALUES (?, ?, ?)", (a, q, speaker))
            conn.execute(
                "INSERT INTO quotes VALUES (?, ?, ?, 'direct', ?)",
                (a, q, text, q if speaker else None),
            )
    return conn, articles


def _old_quotes(
    conn: sqlite3.Connection, articles: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The grouping as it was: every quote against every earlier report, difflib on each pair."""

    def similar(a: str, b: str) -> bool:
        na, nb = view._norm(a), view._norm(b)
        return na == nb or difflib.SequenceMatcher(None, na, nb).ratio() >= view.QUOTE_SIMILARITY

    ids = list(articles)
    rows = conn.execute(
        "SELECT q.article_id, q.quote_id, q.text, q.kind, s.name FROM quotes q LEFT JOIN speakers s "
        "ON s.article_id = q.article_id AND s.speaker_id = q.speaker_id "
        f"WHERE q.article_id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    order = {a: n for n, a in enumerate(ids)}
    rows = sorted(rows, key=lambda r: order[r["article_id"]])
    vectors = view._translation_vectors(rows, articles)
    groups: list[dict[str, Any]] = []
    for n, r in enumerate(rows):
        speaker = r["name"] or ""
        key = " ".join(sorted(name_key(w) for w in re.findall(r"\w+", speaker) if len(w) > 2))
        art = articles[r["article_id"]]
        entry = {"article_id": r["article_id"], "quote_id": r["quote_id"], "site": art["site"], "seen": art["seen"],
                 "language": art["language"], "text": r["text"], "kind": r["kind"], "speaker": speaker}  # fmt: skip
        for g in groups:
            if g["speaker_key"] != key:
                continue
            if any(
                similar(e["text"], entry["text"])
                if e["language"] == entry["language"]
                else vectors is not None
                and float(vectors[m] @ vectors[n]) >= view.QUOTE_TRANSLATION
                for e, m in zip(g["reports"], g["rows"], strict=True)
            ):
                g["reports"].append(entry)
                g["rows"].append(n)
                break
        else:
            groups.append(
                {"speaker": speaker or None, "speaker_key": key, "reports": [entry], "rows": [n]}
            )
    out = []
    for g in groups:
        first = g["reports"][0]
        out.append(
            {
                "speaker": g["speaker"],
                "text": first["text"],
                "first": {k: first[k] for k in ("article_id", "quote_id", "site", "seen")},
                "reports": g["reports"],
                "outlets": len({e["site"] for e in g["reports"]}),
            }
        )
    out.sort(key=lambda g: (-g["outlets"], g["first"]["seen"] or ""))
    return out


@pytest.fixture
def fixed_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentence vectors without the encoder: the same vector for one quote in both runs, so
    translations (cosine ≥ the threshold) occur between some English and Russian quotes."""

    def vectors(rows: list[sqlite3.Row], articles: dict[int, dict[str, Any]]) -> Any:
        if len({articles[r["article_id"]]["language"] for r in rows}) < 2:
            return None
        out = np.zeros((len(rows), 4))
        for i, r in enumerate(rows):
            out[i, len(r["text"]) % 4] = 1.0  # quotes of lengths alike mod 4 are "translations"
        return out

    monkeypatch.setattr(view, "_translation_vectors", vectors)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_quotes_grouped_exactly_as_the_pairwise_comparison(fixed_vectors: None, seed: int) -> None:
    conn, articles = _story(120, seed)
    new, old = view._quotes(conn, articles), _old_quotes(conn, articles)
    assert new == old
    # the story has both kinds: quotes carried by several outlets and quotes said once
    assert any(len(g["reports"]) > 1 for g in new) and any(len(g["reports"]) == 1 for g in new)


def test_quotes_of_one_language_grouped_exactly_as_before() -> None:
    conn, articles = _story(90, 7)
    english = {a: v for a, v in articles.items() if v["language"] == "en"}
    assert view._quotes(conn, english) == _old_quotes(conn, english)


def test_a_large_story_runs_difflib_on_few_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pairs whose cheap upper bounds are below the threshold never reach difflib's ratio (300
    quotes of one speaker said once each made 45,000 ratio calls, seconds of a page)."""
    calls = 0
    ratio = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        nonlocal calls
        calls += 1
        return ratio(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
    rng = random.Random(11)
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.executescript(
        "CREATE TABLE speakers (article_id INTEGER, speaker_id INTEGER, name TEXT);"
        "CREATE TABLE quotes (article_id INTEGER, quote_id INTEGER, text TEXT, kind TEXT,"
        " speaker_id INTEGER);"
    )
    articles = {}
    for a in range(1, 301):
        articles[a] = {"site": f"o{a}.example", "seen": f"2026-03-01T{a // 60:02d}:{a % 60:02d}:00Z", "language": "en"}  # fmt: skip
        conn.execute(
            "INSERT INTO quotes VALUES (?, 0, ?, 'direct', NULL)", (a, _sentence(rng, EN_WORDS))
        )
    out = view._quotes(conn, articles)
    assert len(out) > 250
    assert calls < 2_000
