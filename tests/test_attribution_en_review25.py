"""English attribution, the twenty-fifth round's review, on our own short articles: the
verb-before-subject reading ("…, reported the press service") must not make a speaker of whom
a verb judges ("…, criticised the governor", "…, blamed the contractor"); "…, warned the
ministry" stays the ministry's (translated text puts the verb before its subject so)."""

from __future__ import annotations

from attributed import attributed, speaker_name


def test_the_object_of_a_judging_verb_is_no_inverted_speaker() -> None:
    for sentence, wrong in (
        (
            "The minister toured the new plant on Monday, met the workers and left early, "
            "criticised the governor.",
            "governor",
        ),
        (
            "The roof of the old gym gave way under the snow on Tuesday night, blamed the "
            "contractor.",
            "contractor",
        ),
    ):
        article = attributed("Valley news\n\n" + sentence, "en")
        given = [speaker_name(article, q) or q.source_text or "" for q in article.quotes]
        assert not any(wrong in name for name in given), given


def test_a_body_after_the_verb_still_speaks() -> None:
    article = attributed(
        "Valley news\n\nThe tariff will rise in May, reported the press service of the agency.",
        "en",
    )
    q = next(q for q in article.quotes if "tariff will rise" in q.text)
    assert "press service" in (speaker_name(article, q) or q.source_text or "")


def test_a_joined_clause_with_its_own_speaker_is_not_the_office_holders() -> None:
    # "According to OUTLET, OFFICIAL said that A, but B say C": the outlet passes on the
    # official's A; the joined clause is what B say, not the official's words
    article = attributed(
        "Road works\n\nAccording to Interfax, the first deputy head of the district Ivan "
        "Sokolov said that the bridge will close in March, but residents of the village say "
        "they were never asked.",
        "en",
    )
    q = next(q for q in article.quotes if "bridge will close" in q.text)
    assert "Sokolov" in (speaker_name(article, q) or "")
    assert "never asked" not in q.text
