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
