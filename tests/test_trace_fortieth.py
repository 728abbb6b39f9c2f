"""The fortieth session's trace change, on invented names: two articles that share no name are
another event by as much as the article naming fewer holds names
(:func:`newsprism.trace.identity._other_event`) — outlets of one event that each name one or two
people often share none of them."""

from __future__ import annotations

import pytest

from newsprism.trace import identity
from newsprism.trace.mentions import ClaimMention, Source


def _claim(names: tuple[str, ...]) -> ClaimMention:
    src = Source(1, "outlet.example", None, None, "en", 1.0)
    return ClaimMention(
        source=src, claim_id=0, text="1,380", sentence="The council approved 1,380 permits.",
        value=1380.0, value_high=None, unit=None, hedge="=", qualifier=None, about="permits",
        period=None, speaker=None, asserted_by="article", confidence=None, names=names,
    )  # fmt: skip


# a harbour strike told by two outlets that quote different people, against a bakery's
ONE = ("Halvorsen",)
TWO = ("Kessa", "Marwick")
THREE = ("Ostria", "Brask", "Telnova")
SIX = ("Dunmore", "Velmar", "Ryabova", "Karsk", "Holm", "Petrenko")
OTHER_SIX = ("Orsk", "Baltavia", "Quist", "Janssen", "Moravec", "Sand")


def _keys(words: tuple[str, ...]) -> tuple[str, ...]:
    from newsprism.trace.mentions import speaker_key

    return tuple(k for w in words if (k := speaker_key(w)))


def test_sharing_no_name_weighs_by_how_many_names_the_fewer_holds() -> None:
    one, two, three = _claim(_keys(ONE)), _claim(_keys(TWO)), _claim(_keys(THREE))
    six, other_six = _claim(_keys(SIX)), _claim(_keys(OTHER_SIX))
    weak = identity._other_event(one, six)
    assert 0.0 < weak < identity._other_event(two, six) < 1.0  # one or two names: weak evidence
    assert weak < identity._other_event(three, six) < 1.0  # three names: stronger, not full
    assert identity._other_event(_claim(_keys(("Brask", *TWO, "Ilves", "Orm"))), six) == 1.0
    assert identity._other_event(six, other_six) == 1.0


def test_a_shared_name_or_no_names_is_no_other_event() -> None:
    six = _claim(_keys(SIX))
    assert identity._other_event(six, _claim(_keys(("Velmar",)))) == 0.0
    assert identity._other_event(six, _claim(())) == 0.0


def test_ungraded_other_event_is_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity, "OTHER_EVENT_GRADED", False)
    assert identity._other_event(_claim(_keys(ONE)), _claim(_keys(SIX))) == 1.0
