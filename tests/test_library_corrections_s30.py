"""A reader's speaker correction ("this is wrong" / the right speaker) reaches every view: the
trace's timeline, the speaker index (``newsprism speaker``, the web speaker page), the article
page and the Markdown/JSON exports list the quote under the corrected speaker, marked "corrected
by a reader" (twenty-ninth session's walk: it showed on the article page alone).  Invented English
and Russian articles (tests/fixtures/library/corrected-speaker-*.html)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsprism
from newsprism.library import Library
from newsprism.library.corrections import (
    add_correction,
    corrections,
    reader_speakers,
    remove_correction,
)
from newsprism.library.ingest import default_process
from newsprism.linking import link_pending
from newsprism.trace import speaker_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "library"


@functools.cache
def _analysed(name: str) -> newsprism.Article:
    return default_process(newsprism.read((FIXTURES / name).read_bytes()))


def _quote(article: newsprism.Article, words: str) -> int:
    (quote,) = [q for q in article.quotes if words in q.text]
    return quote.id


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def _said_by(lib: Library, name: str) -> list[str]:
    link_pending(lib)
    return [a.words for a in speaker_timeline(lib.conn, name)]


def test_the_trace_lists_a_corrected_quote_under_the_corrected_speaker(lib: Library) -> None:
    article = _analysed("corrected-speaker-en.html")
    article_id = lib.add(article)
    quote = _quote(article, "first time a water company")
    said = article.speaker(article.quotes[quote].speaker)
    assert said is not None and "Reilly" not in said.name
    assert not any("first time" in w for w in _said_by(lib, "Tom Reilly"))
    fix = add_correction(lib, article_id, "speaker", quote, "Tom Reilly")
    assert any("first time a water company" in w for w in _said_by(lib, "Tom Reilly"))
    assert not any("first time" in w for w in _said_by(lib, said.name))
    # undone, the quote is its first speaker's again
    remove_correction(lib, fix.id)
    assert not any("first time" in w for w in _said_by(lib, "Tom Reilly"))


def test_a_russian_quote_goes_to_a_speaker_the_article_names_and_its_figure_follows(
    lib: Library,
) -> None:
    article = _analysed("corrected-speaker-ru.html")
    article_id = lib.add(article)
    pumps = _quote(article, "потратили на новые насосы")
    add_correction(lib, article_id, "speaker", pumps, "Андрей Лебедев")
    first = _quote(article, "Впервые водоканал")
    add_correction(lib, article_id, "speaker", first, "представителя «Чистой Волги»")
    fixed, marks = reader_speakers(lib.get(article_id), corrections(lib, article_id))
    assert set(marks) == {pumps, first}
    new = fixed.speaker(fixed.quotes[pumps].speaker)
    assert new is not None and new.name == "Андрей Лебедев"
    (figure,) = [c for c in fixed.claims if "1,2 млрд" in c.text]
    assert figure.speaker == new.id  # the figure inside the quote follows its speaker
    assert fixed.quotes[pumps].confidence == 1.0  # a reader's word is no "uncertain" guess
    # the trace finds the figure and the quote under the corrected speaker, in any case form
    assert any("насосы" in w for w in _said_by(lib, "Лебедева"))
