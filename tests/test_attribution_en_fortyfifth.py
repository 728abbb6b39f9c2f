"""English attribution, forty-fifth session (issue 12): a clausal content after which the parser
hangs the clause's own conjunct on the cue verb ("wrote … that the pier is sound, | but lacks
proper railings": "lacks" on "wrote") runs on through that conjunct when the grammar shows it goes
on with the words: it repeats the content's subject ("we pay more …, and we get less …"), or it
has no subject and its verb is in the present under a cue in the past.  A conjunct with a subject of its
own that is not the content's ("…, and she will visit it") is the narrative's: not joined.  The
rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, said

from newsprism.attribution import reader_clauses_en

PIER = (
    "Old pier to close for repairs\n\n"
    "The town council met on Thursday evening.\n\n"
    "The engineer Olav Dahl wrote last week that the pier is sound, but lacks proper railings on "
    "its northern side.\n\n"
    "A neighbour, Mara Jensen, said we pay more every winter, and we get less heat for it.\n\n"
    "The governor said the bridge was safe, and she will visit it on Friday.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_conjunct_hung_on_the_cue_goes_on_with_the_words(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_clauses_en, "CONJUNCT_AFTER_CLAUSE", on)
    article = attributed(PIER)
    # no subject, a verb in the present under "told": the words go on
    got = said(article, "the pier is sound")
    assert [n for _, n in got] == ["Olav Dahl"]
    assert got[0][0].endswith("railings on its northern side") == on
    # the conjunct repeats the content's subject ("we … and we …"): the words go on
    got = said(article, "we pay more every winter")
    assert [n for _, n in got] == ["Mara Jensen"]
    assert got[0][0].endswith("less heat for it") == on
    # a subject of its own that is not the content's: the narrative goes on, not the words
    got = said(article, "the bridge was safe")
    assert [n for _, n in got] == ["The governor"]
    assert not got[0][0].endswith("on Friday")
