"""Review of round 22's far-end scale: only the word that closes its opener joins a pair
("from … to", "between … and", «с … до»); "from 5 million and 7 stores closed" is two clauses
and 7 stays 7 (invented sentences)."""

from __future__ import annotations

from newsprism.claims.extract import find_quantities


def _values(text: str, lang: str = "en") -> list[float]:
    return [q.value for q in find_quantities(text, lang)]


def test_and_after_from_joins_no_pair() -> None:
    assert _values("Sales fell from 5 million and 7 stores closed in the spring.") == [5e6, 7.0]


def test_and_after_s_joins_no_pair_in_russian() -> None:
    got = _values("Число туристов выросло с 2 миллионов и 3 отеля закрылись.", "ru")
    assert got == [2e6, 3.0]


def test_the_pairs_closer_still_shares_the_scale() -> None:
    assert _values("Visitors rose from 2 million to 3 last year.") == [2e6, 3e6]
    assert _values("Штраф вырос с 5 тысяч рублей до 7.", "ru") == [5e3, 7e3]
