"""English attribution, forty-fifth session (issue 12): a clausal content after which the parser
hangs the clause's own conjunct on the cue verb ("told … that the patient eats well, | but does
not sleep": "sleep" on "told") runs on through that conjunct when the grammar shows it goes on
with the words: it repeats the content's subject ("they had to …, and they got …"), or it has no
subject and its verb is in the present under a cue in the past.  A conjunct with a subject of its
own that is not the content's ("…, and she will visit it") is the narrative's: not joined.  The
rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, said

from newsprism.attribution import reader_clauses_en

CLINIC = (
    "Flu ward of the county hospital is full\n\n"
    "The county hospital opened a second ward for patients with influenza on Wednesday.\n\n"
    "His sister told the newspaper that the patient eats well, but does not sleep at night.\n\n"
    "Residents told reporters they had to fill in two forms, and they got the money within a "
    "week.\n\n"
    "The governor said the bridge was safe, and she will visit it on Friday.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_conjunct_hung_on_the_cue_goes_on_with_the_words(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_clauses_en, "CONJUNCT_AFTER_CLAUSE", on)
    article = attributed(CLINIC)
    # no subject, a verb in the present under "told": the words go on
    got = said(article, "the patient eats well")
    assert [n for _, n in got] == ["His sister"]
    assert got[0][0].endswith("does not sleep at night") == on
    # the conjunct repeats the content's subject ("they … and they …"): the words go on
    got = said(article, "they had to fill in two forms")
    assert [n for _, n in got] == ["Residents"]
    assert got[0][0].endswith("got the money within a week") == on
    # a subject of its own that is not the content's: the narrative goes on, not the words
    got = said(article, "the bridge was safe")
    assert [n for _, n in got] == ["The governor"]
    assert not got[0][0].endswith("on Friday")
