"""A part of a quote is the same quote: an outlet that quotes one sentence of a longer quote (in
the same words, or translated) joins the whole quote's trace, and when it gives the words to
someone else the speaker change is flagged.  Invented articles in English and Russian."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import catch_up, drift, identity, index, timeline

WHOLE = """Flood defences on the river Ostra will not be finished before next spring, the regional water authority said on Monday.

"The embankment at Velden has held for forty years, but it was never built for a river this high. We will raise it by a full metre before the snow melts," said Karin Dahlberg, the head of the authority.

About 1,200 homes in the lower town were flooded last week."""
PART_TO_ANOTHER = """Residents of Velden are asking when the river defences will be raised.

"We will raise it by a full metre before the snow melts," the deputy mayor, Otto Brenner, told reporters on Tuesday.

Shops in the lower town remain closed."""
PART_TRANSLATED = """Жители Вельдена ждут, когда укрепят дамбу на реке Остра.

«Мы поднимем её на целый метр до того, как сойдёт снег», — заявила глава водного управления Карин Дальберг.

На прошлой неделе были затоплены около 1200 домов."""


def _add_outlets(lib: Library, reports: tuple[tuple[str, str, str], ...], host: str) -> None:
    """Each (text, language, day) analysed and stored as another outlet's article, then traced."""
    for n, (text, lang, day) in enumerate(reports):
        article = analyse(article_from_text(text, lang))
        meta = dataclasses.replace(
            article.metadata, site=f"outlet{n}.example", published=day, url=f"https://{host}{n}/x"
        )
        lib.add(dataclasses.replace(article, metadata=meta))
    catch_up(lib.conn)


def _quote_traces(tmp_path: Path) -> list[tuple[int, int]]:
    """(article, trace) of each quote mention but the authority's reported speech."""
    with Library.open(tmp_path / "library.sqlite") as lib:
        reports = (
            (WHOLE, "en", "2025-03-03"),
            (PART_TO_ANOTHER, "en", "2025-03-04"),
            (PART_TRANSLATED, "ru", "2025-03-04"),
        )
        _add_outlets(lib, reports, "o")
        rows = lib.conn.execute(
            "SELECT article_id, trace_id, data FROM trace_mentions WHERE kind = 'quote' "
            "ORDER BY article_id"
        ).fetchall()
        out = [(int(r[0]), int(r[1])) for r in rows if "metre" in r[2] or "метр" in r[2]]
        if len({t for _, t in out}) == 1:
            flags = timeline(lib.conn, out[0][1]).flags
            assert any(f.kind == drift.SPEAKER_CHANGED and "Brenner" in f.detail for f in flags)
        return out


def test_a_sentence_of_a_quote_and_its_translation_join_the_whole_quote(tmp_path: Path) -> None:
    traces = _quote_traces(tmp_path)
    assert [a for a, _ in traces] == [1, 2, 3]
    assert len({t for _, t in traces}) == 1


def test_without_the_sentences_and_the_words_the_part_stands_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "QUOTE_PARTS", False)
    monkeypatch.setitem(identity.QUOTE_WEIGHTS, "contained", 0.0)
    traces = _quote_traces(tmp_path)
    assert traces[0][1] != traces[1][1]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("We will raise it. Before the snow melts we will be done,", 2),
        ("«Мы поднимем её на метр. Снег сойдёт не раньше апреля»", 2),
        ("We will raise it by a full metre before the snow melts,", 0),
        ("Yes. We will raise it by a metre,", 0),  # a one-word sentence is no part to match
    ],
)
def test_the_sentences_of_a_quote(text: str, sentences: int) -> None:
    assert len(identity.quote_sentences(text)) == sentences


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a part of the quote in its words, whatever the whole adds
        (
            "We have been waiting on the bridge since noon, and nobody has told us anything",
            "We have been waiting on the bridge since noon,",
            1.0,
        ),
        (
            "«Дамбу поднимут на метр до весны. Деньги на это уже выделены»",
            "«Деньги на это уже выделены»",
            1.0,
        ),
        # two quotes of one story sharing their common words are not one
        (
            "Мы копаем вручную, потому что техника не может подняться на склон",
            "Мы работаем руками, потому что тяжёлая техника на склоне может вызвать новый сход",
            0.0,
        ),
        ("We are ready,", "We are ready to keep rates high for as long as it takes,", 0.0),
    ],
)
def test_a_part_in_the_same_words(a: str, b: str, expected: float) -> None:
    assert identity.contained(a, b) == expected == identity.contained(b, a)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a sentence's clauses, cut before a conjunction, a semicolon or a dash
        (
            "The pumps are running day and night, but the water keeps coming in from the hills,",
            ["The pumps are running day and night", "but the water keeps coming in from the hills"],
        ),
        (
            "«Насосы работают круглые сутки, а вода всё прибывает с холмов»",
            ["Насосы работают круглые сутки", "а вода всё прибывает с холмов"],
        ),
        ("The pumps are running; we are ready", ["The pumps are running", "we are ready"]),
        # a comma that ends no clause ("day and night, and") cuts nothing
        ("The pumps are running day and night,", []),
        ("Pumps run, and then", []),  # a piece of two words is no part to match
    ],
)
def test_the_clauses_of_a_sentence_are_parts(text: str, parts: list[str]) -> None:
    assert identity.quote_sentences(text) == parts


CLAUSE_WHOLE = """The village of Dorne is cut off by the flood for a third day, the district council said.

"Our crews are taking people out by boat, house by house, and it will take the whole week," said Lena Vark, the head of the fire brigade.

Around 300 people live in the village."""
CLAUSE_TRANSLATED = """Деревня Дорне третий день отрезана паводком.

«Наши расчёты вывозят людей на лодках, дом за домом, и это займёт всю неделю», — сказала начальник пожарной охраны Лена Варк.

В деревне живут около 300 человек."""
CLAUSE_PART = """Boats are still the only way in or out of Dorne.

"Our crews are taking people out by boat, house by house," Lena Vark told reporters.

The council said the road would reopen next week."""


def _clause_traces(tmp_path: Path) -> list[int]:
    with Library.open(tmp_path / "library.sqlite") as lib:
        reports = (
            (CLAUSE_WHOLE, "en", "2025-04-07"),
            (CLAUSE_TRANSLATED, "ru", "2025-04-07"),
            (CLAUSE_PART, "en", "2025-04-09"),
        )
        _add_outlets(lib, reports, "c")
        rows = lib.conn.execute(
            "SELECT trace_id, data FROM trace_mentions WHERE kind = 'quote' ORDER BY article_id"
        ).fetchall()
        return [int(r[0]) for r in rows if "boat" in r[1] or "лодках" in r[1]]


def test_a_clause_of_a_quote_joins_the_whole_quote(tmp_path: Path) -> None:
    traces = _clause_traces(tmp_path)
    assert len(traces) == 3 and len(set(traces)) == 1


def test_a_clause_meets_its_translation_closer_than_the_whole_sentence() -> None:
    """What the clauses add: the part quoted in English read against the Russian quote's
    parts, with and without its clauses (the best cosine of the multilingual vectors)."""
    import numpy as np

    from newsprism.trace import vectors

    part = "Our crews are taking people out by boat, house by house,"
    whole = (
        "«Вода поднялась за ночь на два метра. Наши расчёты вывозят людей на лодках, дом за "
        "домом, и это займёт всю неделю, если дожди не прекратятся»"
    )

    def best(pieces: list[str]) -> float:
        vecs = vectors.encode([part, *pieces])
        return float(np.max(vecs[1:] @ vecs[0]))

    with_clauses = identity.quote_sentences(whole)
    sentences = [p for p in with_clauses if p in identity._SENTENCE_END.split(whole.strip(" «»"))]
    assert len(with_clauses) > len(sentences) == 2
    assert best(with_clauses) > best(sentences) + 0.05
