"""English attribution, forty-fourth session (issue 12): a "that" clause the parser splits in two
complements of the cue verb ("remarked that … every tenth dollar withdrawn from the trust | this
spring went to car dealers": "withdrawn" and "went" both hang on "remarked") is one content,
the complement's yield running on through the complement that follows it with no word between;
a later complement with a mark of its own ("because …") or a speech verb of its own is not
joined.  A content whose clause ends in a conjunction the parser left dangling ("… for five
weeks and | had not been charged": "and" on the clause, "charged" on the cue verb) runs
on through that conjunct.  Each rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, said

from newsprism.attribution import reader_clauses_en

SAVINGS = (
    "Families empty the education trust\n\n"
    "Payments out of the regional education trust doubled in the first half of the year.\n\n"
    "The agent Pia Lund remarked that in her estimate every tenth dollar withdrawn from the "
    "trust this spring went to car dealers.\n\n"
    "The economist Lars Berg said that the rules were clear.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_clause_split_in_two_complements_is_one_content(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_clauses_en, "ADJACENT_COMPLEMENTS", on)
    article = attributed(SAVINGS)
    got = said(article, "every tenth dollar withdrawn from the trust")
    assert [n for _, n in got] == ["Pia Lund"]
    # off, the content stops where the parser's first complement ends; on, it runs to the end
    # of the clause
    assert got[0][0].endswith("went to car dealers") == on
    # a clause the parser read whole is the same on or off
    assert said(article, "the rules were clear")[0][1] == "Lars Berg"


CUSTODY = (
    "Court keeps the mayor's aide in custody\n\n"
    "The district court in Tartu extended the arrest of the aide of the mayor by two months.\n\n"
    "The attorney Anna Berg objected that her nephew had been in a cell for five weeks and had "
    "not been charged even once.\n\n"
    'The mother of the aide said that her son called her on Monday evening and said: "The '
    'guards are polite, but nobody tells me anything."\n'
)


@pytest.mark.parametrize("on", [True, False])
def test_a_conjunct_left_dangling_by_the_parse_stays_in_the_content(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_clauses_en, "DANGLING_CONJUNCT", on)
    article = attributed(CUSTODY)
    got = said(article, "had been in a cell for five weeks")
    assert [n for _, n in got] == ["Anna Berg"]
    # off, the content ends on the dangling "and"; on, it holds the conjunct too
    assert got[0][0].endswith("had not been charged even once") == on
    assert got[0][0].rstrip().endswith(" and") == (not on)
    # a conjunct with a speech verb of its own is another report: not joined, on or off
    assert said(article, "her son called her on Monday evening")[0][0].endswith("evening")
