"""The fortieth session's trace change, on invented English and Russian sentences: what a figure
counts is the noun its parse says it counts (:func:`newsprism.trace.roles.counted_noun`), read
before the claims stage's ``about``."""

from __future__ import annotations

import pytest

from newsprism.trace import mentions
from newsprism.trace.mentions import ClaimMention, Source
from newsprism.trace.roles import counted_noun


@pytest.mark.parametrize(
    ("sentence", "figure", "language", "noun"),
    [
        # the noun the number modifies, past its number words
        (
            "Nine hundred dockers stopped work at dawn, the union said.",
            "Nine hundred",
            "en",
            "docker",
        ),
        ("The council has approved 1,380 new parking permits.", "1,380", "en", "permit"),
        # a share counts what it is a share of
        ("Roughly 31% of tenants had their heating cut.", "31%", "en", "tenant"),
        # a share or a measure of nothing named after a light verb: that verb's subject
        ("Attendance fell to 64% in the spring term.", "64%", "en", "attendance"),
        (
            "The mill produced 4.2 million tonnes of pulp last year.",
            "4.2 million tonnes",
            "en",
            "pulp",
        ),
        # Russian: the noun after the numeral, its lemma by pymorphy3
        ("В больницах остаются 52 пациента.", "52", "ru", "пациент"),
        ("Отключения затронули 18% абонентов.", "18%", "ru", "абонент"),
        ("Добыча снизилась до 3,4 млн тонн.", "3,4 млн тонн", "ru", "добыча"),
    ],
)
def test_the_noun_a_figure_counts(sentence: str, figure: str, language: str, noun: str) -> None:
    assert counted_noun(sentence, figure, language) == noun


def test_no_noun_where_the_parse_names_none() -> None:
    assert counted_noun("It was 5%.", "5%", "en") is None
    assert counted_noun("A sentence.", "not in it", "en") is None


def _claim(about: str | None, noun: str | None, names: tuple[str, ...] = ()) -> ClaimMention:
    src = Source(1, "outlet.example", None, None, "en", 1.0)
    return ClaimMention(
        source=src, claim_id=0, text="1,380", sentence="The council approved 1,380 permits.",
        value=1380.0, value_high=None, unit=None, hedge="=", qualifier=None, about=about,
        period=None, speaker=None, asserted_by="article", confidence=None, names=names,
        noun=noun,
    )  # fmt: skip


def test_what_is_counted_reads_the_parse_noun_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # the claims stage's about is the verb here; the parse's noun says what is counted
    m = _claim("approved", "permit")
    assert m.what.split()[0] == "permit"
    assert _claim("approved", None).what.split()[0] == "approved"  # no noun: about as before
    monkeypatch.setattr(mentions, "COUNTED_NOUN", False)
    assert m.what.split()[0] == "approved"
