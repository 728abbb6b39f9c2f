"""English attribution, twenty-eighth round (issue 12): "According to the agency "X", the office
holder Y said that …" when the parse hangs the office holder on the outlet's name, and two people
named together with the second one's office between them, whatever modifies the office ("A and
the two-time champion of Europe B said") or however the office names the party ("A and the
deputy from the party "X" B said"); "They also said" after them is the pair's (invented
articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

OUTAGE = (
    "Power returned to most of Daugavpils on Wednesday after a two-day outage.\n\n"
    'According to the agency "Latinform", the vice-minister of energy Arvid Kalnins said that '
    "the ministry sent to Daugavpils three generators from Riga.\n"
)


def test_an_outlet_passes_on_the_office_holders_words_not_its_own() -> None:
    """The words after "said that" are the vice-minister's, the agency only relays them (the
    parse made the agency the subject of "said")."""
    article = attributed(OUTAGE)
    assert speaker_of(article, "three generators from Riga") == "Arvid Kalnins"


ROWING = (
    "The rowing federation of the region held its conference on Saturday. The former coach "
    "Marta Lind lost the vote for the presidency.\n\n"
    "Lind and the two-time champion of Europe Oskar Berg said that they will hold a separate "
    "tournament in May. They also said that the federation spent the grant on its offices.\n\n"
    'The chess player Ieva Ozola and the deputy from the party "Green Union" Janis Petersons '
    "said that the council will ask the auditors for the list of the contracts.\n"
)


def test_two_people_with_the_seconds_office_between_them_speak_together() -> None:
    article = attributed(ROWING)
    assert speaker_of(article, "separate tournament in May") == "Marta Lind and Oskar Berg"
    assert speaker_of(article, "spent the grant") == "Marta Lind and Oskar Berg"
    assert speaker_of(article, "list of the contracts") == "Ieva Ozola and Janis Petersons"


def test_a_clause_between_two_names_does_not_pair_them() -> None:
    """ "A and the minister who replaced B": the gap holds a clause, not B's office."""
    article = attributed(
        "The council met on Monday.\n\n"
        "Marta Lind and the minister who replaced Oskar Berg said that the budget will be cut.\n"
    )
    assert speaker_of(article, "budget will be cut") != "Marta Lind and Oskar Berg"
