"""One person's quote restated as reported speech ("I saw …" → "he had seen …"), in the same
language or translated, keeps its meaning but not its words: the speaker named on both sides is
the evidence that it is the same quote (thirty-fourth session).  Another quote of the same
person on another matter stays apart, and a quote given to someone else is still linked and
flagged.  Invented articles in English and Russian."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import catch_up, identity
from newsprism.trace.mentions import QuoteMention, Source

DIRECT = """The river port of Harlow will close its northern quay for repairs from Monday, the port authority said.

"I walked the quay with the engineers last week and we found cracks in every third pile. We cannot let a loaded barge tie up there until the piles are replaced," said Edith Marlowe, the harbour master.

The quay handles about 40 barges a month."""
REPORTED = """Barge crews in Harlow are looking for other berths after the northern quay was closed.

The harbour master, Edith Marlowe, said she had inspected the quay alongside engineers, finding every third pile cracked, and that loaded barges would be barred from mooring there until new piles were in.

Crews say the southern quay is already full."""
REPORTED_RU = """Баржи в Харлоу ищут другие причалы после закрытия северной набережной порта.

Начальник порта Эдит Марлоу рассказала, что осмотрела набережную вместе с инженерами и нашла трещины в каждой третьей свае, и что ни одна гружёная баржа не сможет там встать, пока сваи не заменят.

Южный причал порта уже заполнен."""
OTHER_MATTER = """The port of Harlow has opened a new passenger terminal, the port authority said.

"The new terminal will let families wait in the warm instead of on the pier, and the ferry will run every hour in summer," said Edith Marlowe, the harbour master.

The terminal cost about £2 million."""


#: words of the harbour master's quotes (and of nothing else the articles quote)
HERS = ("pile", "сва", "terminal")


def _traces(tmp_path: Path, reports: tuple[tuple[str, str, str], ...]) -> dict[int, int]:
    """The trace of the harbour master's quote in each article, the reports stored as outlets
    in order."""
    with Library.open(tmp_path / "library.sqlite") as lib:
        for n, (text, lang, day) in enumerate(reports):
            article = analyse(article_from_text(text, lang))
            meta = dataclasses.replace(
                article.metadata, site=f"outlet{n}.example", published=day, url=f"https://o{n}/x"
            )
            lib.add(dataclasses.replace(article, metadata=meta))
        catch_up(lib.conn)
        rows = lib.conn.execute(
            "SELECT article_id, trace_id, data FROM trace_mentions WHERE kind = 'quote'"
        ).fetchall()
        return {int(r[0]): int(r[1]) for r in rows if any(w in r[2] for w in HERS)}


REPORTS = (
    (DIRECT, "en", "2025-05-05"),
    (REPORTED, "en", "2025-05-07"),
    (REPORTED_RU, "ru", "2025-05-08"),
    (OTHER_MATTER, "en", "2025-05-09"),
)


def test_reported_speech_of_one_speaker_joins_the_quote(tmp_path: Path) -> None:
    by_article = _traces(tmp_path, REPORTS)
    assert sorted(by_article) == [1, 2, 3, 4]
    # the quote, its restatement in English and its translated restatement: one trace
    assert by_article[1] == by_article[2] == by_article[3]
    # the same speaker on another matter: another quote
    assert by_article[4] != by_article[1]


def test_without_the_speaker_the_restatement_stands_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(identity.QUOTE_WEIGHTS, "same_speaker", 0.0)
    by_article = _traces(tmp_path, REPORTS)
    assert len({by_article[1], by_article[2], by_article[3]}) > 1


def _quote(text: str, speaker: str | None, lang: str = "en") -> QuoteMention:
    source = Source(1, "outlet.example", "https://outlet.example/1", "t", lang, 0.0)
    return QuoteMention(source, 0, "direct", text, speaker, None, None, None)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Edith Marlowe", "Marlowe", 1.0),  # one person, with and without the first name
        ("Ольга Петренко", "Olga Petrenko", 1.0),  # and across the two scripts
        ("Edith Marlowe", "Otto Brenner", 0.0),  # a quote given to someone else
        ("Edith Marlowe", None, 0.0),  # a speaker not known is no evidence
    ],
)
def test_the_same_speaker_feature(a: str, b: str | None, same: float) -> None:
    features = identity.quote_features(
        _quote("We close the quay", a), _quote("It is closed", b), 0.5
    )
    assert features["same_speaker"] == same
    # a speaker who differs takes nothing away: the pair scores as it did without the feature
    without = dict(identity.QUOTE_WEIGHTS, same_speaker=0.0)
    lifted = identity._logistic(identity.QUOTE_WEIGHTS, features) > identity._logistic(
        without, features
    )
    assert lifted == bool(same)
