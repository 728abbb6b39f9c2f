"""English attribution, sixteenth round: real-page evidence (invented articles, never evaluation
text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

SPOUSE = (
    "Prime Minister Gareth Pryce spent Saturday at a charity gala in Leeds, where guests paid "
    "for tables in aid of a children's hospice.\n\n"
    "Lady Pryce wore a gown lent by a local designer, and photographs of the evening were "
    "shared widely online.\n\n"
    "On Monday, Sir Gareth dodged questions about gifts from his friend Lord Ashby, pledging "
    "only to \u201cfollow the rules\u201d.\n\n"
    "He said it would be unfair to stop ministers' families from wearing British fashion."
)


def test_a_title_of_the_other_gender_is_another_person_of_that_surname() -> None:
    """ "Lady Pryce" is not the prime minister: merged, his cluster turned female and "He said"
    went to nobody or someone else."""
    article = attributed(SPOUSE)
    assert speaker_of(article, "unfair to stop ministers") == "Gareth Pryce"
    names = [s.name for s in article.speakers]
    assert "Lady Pryce" not in " ".join(n for n in names if "Gareth" in n)


PIER = (
    "Engineers from the port authority met on Thursday to inspect the damaged pier at "
    "Marrow Bay.\n\n"
    "Daniel Okoro, the authority's chief engineer, said the pier had stood since 1911.\n\n"
    "Peter Lindqvist, a diver who surveyed the pylons, told reporters they were cracked.\n\n"
    "Okoro walked Lindqvist along the railing to the broken pylons. \u201cThis is where "
    "the ice pushed the deck sideways,\u201d he said."
)


def test_a_pronoun_after_a_quote_opening_its_sentence_is_the_sentence_befores_subject() -> None:
    """The sentence before the quote opens with Okoro; Lindqvist is named after him, as the
    object, and is not who says it."""
    article = attributed(PIER)
    assert speaker_of(article, "ice pushed the deck") == "Daniel Okoro"


def test_a_surname_named_again_is_a_mention_even_where_ner_tagged_nothing() -> None:
    from newsprism.attribution.model import Entity
    from newsprism.attribution.speakers import People, _EntityClusters, _surname_mentions

    text = (
        "Leslie Marsh and Tony Quill ran the test. Marsh kept the log. Quill drilled the ice "
        "in the field. Field notes were kept by Marsh."
    )
    people, tagged = People(), _EntityClusters()
    for name, first, last, gender in (
        ("Leslie Marsh", "Leslie", "Marsh", "f"),
        ("Tony Quill", "Tony", "Quill", "m"),
    ):
        start = text.index(name)
        e = Entity(start, start + len(name), name, "PER", name, first=first, last=last)
        e.gender = gender
        tagged[(e.start, e.end)] = people.add(e)
    _surname_mentions(people, tagged, text)
    marsh, quill = people.clusters
    assert [text[a:b] for a, b in sorted(marsh.mentions)] == ["Leslie Marsh", "Marsh", "Marsh"]
    assert [text[a:b] for a, b in sorted(quill.mentions)] == ["Tony Quill", "Quill"]
