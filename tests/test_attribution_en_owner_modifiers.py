"""English attribution (issue 12): a name set off after "the X of the late/former/first Y"
is the X's, whatever adjectives and determiners the owner Y carries — the role is the whole
relation phrase, and a later "the Y said" is Y's, not the X's
(:func:`newsprism.attribution.owners_en.relation_head`).  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import roles_en

DAUGHTER = (
    "A tribute to the late president\n\n"
    "The daughter of the late president, Maria Lopez, said the family would hold a private "
    "service on Friday.\n\n"
    "The president had always said that he wanted no state funeral, Lopez said.\n"
)
WIDOW = (
    "Minister's papers to be published\n\n"
    "The widow of the former minister, Helen Carter, said on Monday that his diaries would be "
    'published next year. "He wrote every night," she said.\n\n'
    "The minister said in 2019 that the diaries would stay private.\n"
)
SON = (
    "Museum opens\n\n"
    "The son of the country's first president, David Okafor, said the museum would open in "
    "May.\n\n"
    'The president said in his last interview that he "never wanted a monument."\n'
)
AIDE = (
    "Senator to retire\n\n"
    "An aide to the former senator, Paul Reyes, said the senator would not seek office "
    "again.\n\n"
    'The senator told local radio that he was "tired of the fight."\n'
)
FORMER = (
    "Memoir announced\n\n"
    "Former President John Smith will publish a memoir in the autumn. Smith said the book "
    "would cover his two terms.\n"
)
MANAGER = (
    "Album released\n\n"
    "The late singer's manager, Tom Bell, said the album had been finished before her death. "
    "Bell said fans would hear it in June.\n"
)


def _role(article: object, name: str) -> str | None:
    roles = [s.role for s in article.speakers if s.name == name]  # type: ignore[attr-defined]
    assert roles, name
    return roles[0]


@pytest.mark.parametrize(
    ("text", "name", "role", "own", "later", "owner"),
    [
        (DAUGHTER, "Maria Lopez", "the daughter of the late president", "private service",
         "no state funeral", "The president"),
        (WIDOW, "Helen Carter", "the widow of the former minister", "diaries would be",
         "stay private", "The minister"),
        (SON, "David Okafor", "the son of the country's first president", "open in",
         "never wanted a monument", "The president"),
        (AIDE, "Paul Reyes", "an aide to the former senator", "not seek office",
         "tired of the fight", "The senator"),
    ],
)  # fmt: skip
def test_the_owner_with_modifiers_is_not_the_speaker(
    text: str, name: str, role: str, own: str, later: str, owner: str
) -> None:
    article = attributed(text)
    hers = quote_holding(article, own)
    assert speaker_name(article, hers) == name
    assert _role(article, name) == role
    theirs = quote_holding(article, later)
    assert theirs.speaker != hers.speaker
    assert speaker_name(article, theirs) == owner


def test_off_the_owner_adjective_takes_the_role(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the relation head the parse's attachment gives the owner's words as her role
    (the review's finding)."""
    monkeypatch.setattr(roles_en, "ACTING_ROLES", False)
    article = attributed(DAUGHTER)
    assert _role(article, "Maria Lopez") != "the daughter of the late president"


def test_a_former_office_before_a_name_is_his_own() -> None:
    article = attributed(FORMER)
    said = quote_holding(article, "two terms")
    assert speaker_name(article, said) == "John Smith"
    assert _role(article, "John Smith") == "Former President"


def test_a_possessive_owner_with_an_adjective_keeps_the_manager_role() -> None:
    article = attributed(MANAGER)
    first = quote_holding(article, "finished before her death")
    second = quote_holding(article, "hear it in June")
    assert speaker_name(article, first) == "Tom Bell"
    assert second.speaker == first.speaker
    assert _role(article, "Tom Bell") == "the late singer's manager"
