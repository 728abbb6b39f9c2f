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


STATS = (
    "What local search marketing costs in 2026\n\n"
    "We asked agencies and owners what they pay.\n\n"
    "Most small firms spend between $300 and $900 a month on local search. (Brightline "
    "Research)\n"
    "About 61% of owners expect to raise their budgets next year (Vendor Survey 2025).\n"
    "Owners put 40% of their budget into search engine optimization (SEO).\n"
    "3 Harbour Lights (Northwind Audio)\n"
    "Our own tests took 3 weeks.\n"
)


def test_a_figure_closed_by_its_source_in_brackets_is_that_sources() -> None:
    """A sentence with a figure whose line ends in a name in brackets, before or after its
    full stop, is that source's claim; an abbreviation the words spell out, a list entry with
    no full stop (a title and its publisher) and a sentence with no bracket are no one's."""
    article = attributed(STATS)
    assert speaker_of(article, "between $300 and $900") == "Brightline Research"
    assert speaker_of(article, "raise their budgets") == "Vendor Survey 2025"
    for phrase in ("40% of their budget", "Harbour Lights", "Our own tests"):
        assert not any(phrase in q.text and q.speaker is not None for q in article.quotes)


def test_a_bodys_name_ending_in_a_body_noun_is_not_cut_at_a_given_name() -> None:
    """ "the American Heart Association": "Heart" reads as a given name in the name lists; a
    run ending in "Association" is a body's name, whole."""
    article = attributed(
        "Walking is cheap medicine.\n\n"
        "The American Heart Association says that a brisk walk of 20 minutes a day lowers the "
        "risk of a stroke.\n"
    )
    assert speaker_of(article, "brisk walk") == "The American Heart Association"


def test_a_share_of_people_speaks_as_a_group() -> None:
    """ "About 61% of owners said": the share of the people speaks, as a group; two shares are
    two speakers, not one body named after a percentage."""
    article = attributed(
        "Owners were asked about their budgets.\n\n"
        "About 61% of owners said that they will raise their budgets next year.\n\n"
        "12.96% of practitioners reported that they spend more than $10,000.\n"
    )
    first = speaker_of(article, "raise their budgets")
    second = speaker_of(article, "more than $10,000")
    assert first is not None and "owners" in first
    assert second is not None and "practitioners" in second
    kinds = {s.name: s.kind for s in article.speakers}
    assert kinds[first] == kinds[second] == "collective"
