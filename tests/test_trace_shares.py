"""The forty-second session's trace change: a share in per cent, a fraction in words ("a third
of", «треть») and a multiple ("doubled", «втрое больше», "halved") are one comparable quantity
(:data:`newsprism.trace.measures.SHARES_AND_MULTIPLES`, the measure "share" of
:mod:`newsprism.trace.measures`): their values compare in per cent, the index searches each in
the other's unit, and a round statement of the share is no changed figure."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import apart, catch_up, drift, identity, measures
from newsprism.trace.index import traces_with_value
from newsprism.trace.mentions import ClaimMention, Source


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    # unit and value agreement are memoised pure functions of the units: a switch flipped by a
    # test must not read an answer kept from before
    identity._units_agree.cache_clear()
    identity._value_of.cache_clear()
    yield None
    identity._units_agree.cache_clear()
    identity._value_of.cache_clear()


def _figure(value: float, unit: str | None, hedge: str = "=") -> ClaimMention:
    src = Source(1, "outlet.example", None, None, "en", 0.0)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence="", value=value, value_high=None,
        unit=unit, hedge=hedge, qualifier=None, about="", period=None, speaker=None,
        asserted_by="article", confidence=None,
    )  # fmt: skip


def test_a_multiple_reads_as_shares() -> None:
    assert measures.multiple_as_shares(2) == (200.0, 100.0, 50.0)
    # "halved" (0.5 times) reads as its inverse
    assert measures.multiple_as_shares(0.5) == (200.0, 100.0, 50.0)
    assert measures.multiple_as_shares(1) == ()
    assert measures.share_as_multiples(50) == (1.5, 2.0)
    assert measures.share_as_multiples(200) == (2.0, 3.0)


@pytest.mark.parametrize(
    ("a", "b", "at_least"),
    [
        ((2, "times", "~"), (90, "%", "up"), 0.85),  # "nearly doubled" / "up 90%"
        ((3, "times", "up"), (200, "%", "up"), 1.0),  # «втрое больше» / "up 200%"
        ((0.5, "times", "down"), (48, "%", "down"), 0.9),  # "halved" / "fell by 48%"
        ((2, "times", "~"), (180, "%", "="), 0.85),  # "almost twice the norm" / "180% of it"
        ((1 / 3, "fraction", "="), (33, "%", "="), 1.0),  # "a third of" / "33%"
        ((0.25, "fraction", "="), (26, "%", "="), 0.95),  # «четверть» / "26%"
    ],
)
def test_a_share_in_words_agrees_with_the_share(
    a: tuple[float, str, str], b: tuple[float, str, str], at_least: float
) -> None:
    fa, fb = _figure(*a), _figure(*b)
    assert identity.unit_agreement(fa, fb) == 1.0
    assert not apart.kinds_apart(fa, fb)
    assert identity.value_agreement(fa, fb) >= at_least
    assert identity.value_agreement(fb, fa) == pytest.approx(identity.value_agreement(fa, fb))
    # a round statement of the share: no changed figure
    assert not drift._values_differ(fa, fb)


def test_a_multiple_far_from_the_share_is_a_changed_figure() -> None:
    fa, fb = _figure(2, "times", "up"), _figure(30, "%", "up")  # "doubled" / "up 30%"
    assert identity.value_agreement(fa, fb) < 0.8
    assert drift._values_differ(fa, fb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((2, "times", "up"), (60, "%", "up")),  # "doubled" is up 100 %, not up 60 %
        ((3, "times", "up"), (70, "%", "up")),  # "tripled" is up 200 %, not up 70 %
        ((2, "times", "up"), (50, "%", "down")),  # a rise against a fall: never one figure
    ],
)
def test_a_multiple_is_read_in_the_direction_it_states(
    a: tuple[float, str, str], b: tuple[float, str, str]
) -> None:
    fa, fb = _figure(*a), _figure(*b)
    assert identity.value_agreement(fa, fb) < measures.MULTIPLE_ROUNDED
    assert drift._values_differ(fa, fb)


def test_the_readings_follow_the_direction() -> None:
    assert measures.stated_readings(2, "up", None) == (100.0,)
    assert measures.stated_readings(2, None, "down") == (50.0,)
    assert measures.stated_readings(0.5, "down", "down") == (50.0,)
    assert measures.stated_readings(2, "=", "=") == (200.0,)
    assert measures.stated_readings(2, "~", None) == (200.0, 100.0)
    assert measures.stated_readings(2, "up", "down") == ()


def test_without_the_switch_a_multiple_and_a_share_are_two_measures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(measures, "SHARES_AND_MULTIPLES", False)
    identity._units_agree.cache_clear()
    fa, fb = _figure(2, "times"), _figure(90, "%")
    assert identity.unit_agreement(fa, fb) == 0.0
    assert apart.kinds_apart(fa, fb)
    assert identity.value_agreement(fa, fb) == pytest.approx(math.exp(-math.log(45)))


#: invented reports of one rise in ferry bookings, in a multiple and in per cent
FERRY = [
    (
        "en",
        "lakewire.example",
        "2034-06-02",
        "Bookings on the Tarvik ferry nearly doubled this spring, the operator Nordvest Lines "
        "said on Monday. Nordvest Lines blamed the closed bridge at Tarvik.",
    ),
    (
        "en",
        "coastpost.example",
        "2034-06-03",
        "Bookings on the Tarvik ferry rose 90% this spring, the operator Nordvest Lines said. "
        "The bridge at Tarvik stays closed until August.",
    ),
]


def test_a_multiple_joins_the_share_of_its_trace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def trace_ids() -> set[int]:
        with Library.open(tmp_path / f"{len(list(tmp_path.iterdir()))}.sqlite") as lib:
            for n, (lang, site, date, text) in enumerate(FERRY):
                article = analyse(article_from_text(text, lang))
                meta = dataclasses.replace(
                    article.metadata, site=site, published=date, url=f"https://{site}/f/{n}"
                )
                lib.add(dataclasses.replace(article, metadata=meta), link=False)
            catch_up(lib.conn)
            return {t for v in (2, 90) for t in traces_with_value(lib.conn, [v])}

    assert len(trace_ids()) == 1
    monkeypatch.setattr(measures, "SHARES_AND_MULTIPLES", False)
    identity._units_agree.cache_clear()
    identity._value_of.cache_clear()
    assert len(trace_ids()) == 2
