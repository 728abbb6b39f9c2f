"""Translated-style English, fourteenth round: invented articles in the style of Russian and
Ukrainian news translated into English (no evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of


def test_a_description_after_a_quote_skips_the_name_inside_that_quote() -> None:
    """ "«… Mr. Dobrescu counts on a dry autumn …», the expert said": the expert is the person
    quoted last outside these words (Popa), not the one they mention; "He added" follows."""
    article = attributed(
        "The port of Constanta will handle 30 million tonnes of grain this year, the director "
        "general of the port administration Mihai Dobrescu said on Monday.\n\n"
        "Dobrescu said that the new terminal would open in March and that the queues of trucks "
        "had already become shorter.\n\n"
        "The head of the logistics association Andrei Popa told the newspaper Ziarul that the "
        "forecast was too optimistic.\n\n"
        "«The railway cannot carry so much. Mr. Dobrescu counts on a dry autumn, and I "
        "understand why: every week of rain stops the loading,» the expert said.\n\n"
        "He added that the ministry should have repaired the tracks in the summer."
    )
    assert speaker_of(article, "The railway cannot carry so much") == "Andrei Popa"
    assert speaker_of(article, "should have repaired the tracks") == "Andrei Popa"


def test_the_office_of_the_unit_opening_its_sentence_refers_back() -> None:
    """ "The head of the commission added that …" opening its sentence: the person quoted last
    (as "the head of the commission added" inside a sentence already did)."""
    article = attributed(
        "The commission on the delimitation of the border met in Ijevan on Friday.\n\n"
        "— The border will pass where it was in the Soviet time, and the farmers will keep "
        "their pastures, — the deputy prime minister Aram Petrosyan said.\n\n"
        "The head of the commission added that the minutes of the session would be posted "
        "online by the cabinet in a few days."
    )
    assert speaker_of(article, "minutes of the session") == "Aram Petrosyan"
