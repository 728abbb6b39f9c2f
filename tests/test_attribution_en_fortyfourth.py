"""English attribution, forty-fourth session (issue 12): a "that" clause the parser splits in two
complements of the cue verb ("added that … every third krona withdrawn from the account | this
year went to the housing market": "withdrawn" and "went" both hang on "added") is one content,
the complement's yield running on through the complement that follows it with no word between;
a later complement with a mark of its own ("because …") or a speech verb of its own is not
joined.  The rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, said

from newsprism.attribution import reader_clauses_en

SAVINGS = (
    "Savers take out record sums from the pension fund\n\n"
    "Withdrawals from the state pension fund doubled in the first half of the year.\n\n"
    "The broker Anna Holm added that in her estimate every third krona withdrawn from the "
    "account this year went to the housing market.\n\n"
    "The economist Lars Berg said that the rules were clear.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_clause_split_in_two_complements_is_one_content(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_clauses_en, "ADJACENT_COMPLEMENTS", on)
    article = attributed(SAVINGS)
    got = said(article, "every third krona withdrawn from the account")
    assert [n for _, n in got] == ["Anna Holm"]
    # off, the content stops where the parser's first complement ends; on, it runs to the end
    # of the clause
    assert got[0][0].endswith("went to the housing market") == on
    # a clause the parser read whole is the same on or off
    assert said(article, "the rules were clear")[0][1] == "Lars Berg"
