"""English attribution, forty-third session (issue 12): a speech verb's "that" clause that the
parser hung on a noun after the verb ("told the reporters at the depot that …", "said in reply
that …") is the verb's content; a relative clause on such a noun ("spoke at the meeting that
took place …") is not.  A report under a modal inside someone's words ("said that the
contractor should first explain …") is theirs, not the inner source's relayed.  Each rule on
and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, said

from newsprism.attribution import nested_en, reader_clauses_en

DEPOT = (
    "Tram depot in Lviv to reopen in spring\n\n"
    "The tram depot on Horodotska street has been closed since August.\n\n"
    "The director of the municipal transport company Ostap Hrynevych told the reporters at the "
    "depot that the repair of the roof was finished and the first trams would leave in March.\n\n"
    "The deputy of the city council Iryna Melnyk answered him from the hall that the council "
    "had paid 12 million hryvnias for the roof in the last year.\n\n"
    "The mayor spoke at the meeting that took place in the town hall on Monday.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_that_clause_hung_on_a_noun_is_the_verbs_content(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_clauses_en, "CLAUSE_ON_NOUN", on)
    article = attributed(DEPOT)
    # the parser hangs "that the repair …" on "depot": off, the content runs from "the
    # reporters" (the verb's object read as a stance); on, it is the clause
    got = said(article, "the repair of the roof was finished")
    assert [n for _, n in got] == ["Ostap Hrynevych"]
    assert got[0][0].startswith("that the repair") == on
    # a clause the parser read right stays as it was, on or off
    assert said(article, "had paid 12 million hryvnias")[0][1] == "Iryna Melnyk"
    # a relative clause on the noun is no one's words, on or off
    assert said(article, "took place in the town hall") == []


ROOF = (
    "Dispute over the school roof in Rivne\n\n"
    "The director of the school Halyna Kravets and the head of the parents' committee Mykola "
    "Savchuk said that the contractor should first explain why the price of the roof grew by a "
    "third.\n\n"
    "The head of the district education office Petro Lysenko said that the contractor told him "
    "that the works would end in October.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_report_under_a_modal_is_not_relayed(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nested_en, "MODAL_NOT_RELAYED", on)
    article = attributed(ROOF)
    # "the contractor should first explain why …" is what the two ask for, not the contractor's
    # words passed on by them
    got = said(article, "the price of the roof grew by a third")
    if on:
        assert [n for _, n in got] == ["Halyna Kravets and Mykola Savchuk"]
        assert got[0][0].startswith("that the contractor should first explain")
    else:
        assert all(not t.startswith("that the contractor") for t, _ in got)
    # a report made ("the contractor told him that …") is still the contractor's, relayed
    relayed = quote_holding(article, "the works would end in October")
    assert relayed.relayed_by is not None
