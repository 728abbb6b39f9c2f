"""A quote's vector is read from its words, not from its quotation marks (twenty-eighth session,
``identity.spoken``).  The sentence encoder reads guillemets and an outlet's trailing comma as
words: a quote an outlet cut to a part of its first sentence, stored in its marks, met the longer
quote's sentences (stored without them) as other words, and when that outlet gave the words to
someone else the misattribution was never linked to the quote it came from.  Invented articles."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import catch_up, drift, identity, timeline, vectors

WHOLE_RU = """Завод «Кедр» в Сельге остановил литейный цех, сообщили на предприятии.

«Мы закрыли цех на неделю, пока меняют печь. Люди получат зарплату полностью, никого не уволят», — сказал директор завода Аркадий Мельников.

На заводе работают 900 человек."""
WHOLE_EN = """The Kedr plant in Selga has halted its foundry, the company said.

"We have shut the shop for a week while the furnace is replaced. People will be paid in full and nobody will be laid off," said the plant's director, Arkady Melnikov.

The plant employs 900 people."""
# the next day: a part of the director's first sentence, given to the deputy governor
PART_EN = """Foundry workers in Selga are waiting for the furnace.

"We have shut the shop for a week," deputy governor Oleg Sazonov told reporters on Tuesday.

Shops in Selga stay open."""
PART_RU = """Рабочие «Кедра» ждут запуска печи.

«Люди получат зарплату полностью, никого не уволят», — заявил вице-губернатор Олег Сазонов журналистам во вторник.

Магазины в Сельге работают до вечера."""


def _add(lib: Library, reports: tuple[tuple[str, str, str], ...]) -> None:
    for n, (text, lang, day) in enumerate(reports):
        article = analyse(article_from_text(text, lang))
        meta = dataclasses.replace(
            article.metadata,
            site=f"outlet{n}.example",
            published=day,
            url=f"https://m{n}.example/x",
        )
        lib.add(dataclasses.replace(article, metadata=meta))
    catch_up(lib.conn)


def _director_quotes(tmp_path: Path, part: str, lang: str) -> tuple[list[int], list[str]]:
    """The traces of the director's quote (in Russian, then in English) and of the outlet's part
    of it, and the flags of their trace when they are one."""
    with Library.open(tmp_path / "library.sqlite") as lib:
        reports = ((WHOLE_RU, "ru", "2025-05-12"), (WHOLE_EN, "en", "2025-05-12"))
        _add(lib, (*reports, (part, lang, "2025-05-13")))
        rows = lib.conn.execute(
            "SELECT trace_id, data FROM trace_mentions WHERE kind = 'quote' ORDER BY article_id"
        ).fetchall()
        traces = [int(r[0]) for r in rows if any(w in r[1] for w in ("неделю", "week", "уволят"))]
        flags = []
        if len(set(traces)) == 1:
            flags = [f.kind for f in timeline(lib.conn, traces[0]).flags]
        return traces, flags


@pytest.mark.parametrize(("part", "lang"), [(PART_EN, "en"), (PART_RU, "ru")])
def test_a_part_given_to_another_joins_the_quote_and_is_flagged(
    tmp_path: Path, part: str, lang: str
) -> None:
    traces, flags = _director_quotes(tmp_path, part, lang)
    assert len(traces) == 3 and len(set(traces)) == 1
    assert drift.SPEAKER_CHANGED in flags


def test_read_with_its_marks_the_english_part_stood_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as before the twenty-eighth session: the marks read, and the quotes' threshold 0.4
    monkeypatch.setattr(identity, "SPOKEN", False)
    monkeypatch.setattr(identity, "SAME_QUOTE", 0.4)
    identity.spoken.cache_clear()
    try:
        traces, _ = _director_quotes(tmp_path, PART_EN, "en")
    finally:
        identity.spoken.cache_clear()
    assert len(traces) == 3 and traces[2] not in traces[:2]


def test_a_quote_is_stored_with_the_vector_of_its_words(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite") as lib:
        _add(lib, ((PART_EN, "en", "2025-05-13"),))
        row = lib.conn.execute(
            "SELECT vec1 FROM trace_mentions WHERE kind = 'quote' AND data LIKE '%week%'"
        ).fetchone()
    stored = vectors.unpack(row[0])
    bare, marked = vectors.encode(
        ["We have shut the shop for a week", '"We have shut the shop for a week,"']
    )
    assert float(stored @ bare) > 0.99
    assert float(stored @ marked) < 0.95


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("«Мы закрыли цех на неделю»", "Мы закрыли цех на неделю"),
        ('"We have shut the shop for a week,"', "We have shut the shop for a week"),
        ("“It's done.”", "It's done"),  # the apostrophe is a word's
        ("«Завод «Кедр» встанет»", "Завод Кедр встанет"),
        ('"",', '"",'),  # nothing left: the text as it was
    ],
)
def test_the_words_of_a_quote(text: str, words: str) -> None:
    assert identity.spoken(text) == words


FERRY_EN = """The Vessa island ferry will keep sailing through the winter, the county said on Monday.

"The ferry is the only lifeline the island has," said Mona Eklund, the county's transport chief.

About 400 people live on the island all year."""
FERRY_RU = """Паромная переправа на остров Весса будет работать всю зиму.

«Паром — единственная связь острова с материком», — заявил депутат совета графства Ян Стрём.

На острове круглый год живут около 400 человек."""


def _ferry_quotes(tmp_path: Path) -> tuple[list[int], list[str]]:
    with Library.open(tmp_path / "library.sqlite") as lib:
        _add(lib, ((FERRY_EN, "en", "2025-11-03"), (FERRY_RU, "ru", "2025-11-04")))
        rows = lib.conn.execute(
            "SELECT trace_id, data FROM trace_mentions WHERE kind = 'quote' ORDER BY article_id"
        ).fetchall()
        traces = [int(r[0]) for r in rows if "lifeline" in r[1] or "Паром" in r[1]]
        flags = []
        if len(set(traces)) == 1:
            flags = [f.kind for f in timeline(lib.conn, traces[0]).flags]
        return traces, flags


def test_a_translation_given_to_another_joins_the_quote(tmp_path: Path) -> None:
    """A translation's words meet at a lower cosine than a part's: the quotes' threshold, 0.35
    since the twenty-eighth session, lets this one in (its pair score lies between 0.35 and
    0.4), and the change of speaker is flagged."""
    traces, flags = _ferry_quotes(tmp_path)
    assert len(traces) == 2 and len(set(traces)) == 1
    assert drift.SPEAKER_CHANGED in flags


def test_at_the_old_threshold_the_translation_stood_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(identity, "SAME_QUOTE", 0.4)
    traces, _ = _ferry_quotes(tmp_path)
    assert len(traces) == 2 and traces[0] != traces[1]
