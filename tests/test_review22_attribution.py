"""Review of round 22's English attribution: a given name that closes a description is the
person described only when no preposition governs it — "the mayor of Charlotte" is a mayor of
a city, not a person called Charlotte (invented article)."""

from __future__ import annotations

from attributed import attributed, speaker_of

STORM = (
    "Storm damage on the coast\n\n"
    "A storm hit the coast on Monday night. The mayor of Charlotte said that forty trees had "
    "fallen in the city parks. The governor of Virginia said the state would send two hundred "
    "workers. The chairman of the Bank of Georgia said the branches would open on Tuesday."
)


def test_a_place_after_of_is_no_persons_given_name() -> None:
    article = attributed(STORM)
    for phrase, office in (
        ("forty trees had fallen", "mayor"),
        ("send two hundred workers", "governor"),
        ("branches would open on Tuesday", "chairman"),
    ):
        who = speaker_of(article, phrase)
        assert who is not None and office in who.lower(), (phrase, who)
    assert not {"Charlotte", "Virginia", "Georgia"} & {s.name for s in article.speakers}


PHARMACIST = (
    "Pharmacies run short of syringes\n\n"
    'Reporters visited three pharmacies on Monday. The pharmacist of the chain "Zelena Apteka" '
    "Oksana said that the last syringes had been sold on Friday."
)


def test_a_given_name_after_a_quoted_body_still_closes_the_description() -> None:
    assert speaker_of(attributed(PHARMACIST), "the last syringes had been sold") == "Oksana"


FAREWELLS = (
    "Small clubs count the cost\n\n"
    "The coach of the club Pavel Orlov said goodbye to the players on Sunday after six seasons. "
    "Pavel Orlov said farewell tours were a waste of money for small teams."
)


def test_a_statement_about_farewells_is_no_greeting() -> None:
    """ "said goodbye to the players" says nothing of the world; "said farewell tours were a
    waste" is a statement that opens with the word."""
    article = attributed(FAREWELLS)
    assert speaker_of(article, "farewell tours were a waste") == "Pavel Orlov"
    assert not any(q.text.startswith("goodbye") for q in article.quotes)


GOVERNOR_AND_FARMERS = (
    "Floods in the valley\n\n"
    "The river rose by two metres overnight. Governor Anna Belova talked to the farmers of the "
    "valley on Monday.\n\n"
    "She said that the state would pay for the lost harvest."
)
GOVERNOR_AND_MINISTER = (
    "Floods in the valley\n\n"
    "The river rose overnight. The governor Anna Belova asked the minister of finance Oleg "
    "Petrov for money on Monday.\n\n"
    "She said that the region needed two billion roubles."
)
PORTAL_AND_KEEPER = (
    "Tiger back in its enclosure\n\n"
    "The tiger that left its enclosure on Sunday is back. How the animal got out, the portal "
    "Citynews asked the director of the zoo Maria Lenz.\n\n"
    "She said that a keeper had left a gate unlocked."
)


def test_she_after_a_person_talked_to_others_is_that_person() -> None:
    """ "Governor Anna B. talked to the farmers." then "She said …": the governor speaks; the
    farmers are no "she", and the report is not lost as part of the introduction."""
    who = speaker_of(attributed(GOVERNOR_AND_FARMERS), "the state would pay for the lost harvest")
    assert who == "Anna Belova"


def test_she_is_not_the_man_who_was_asked() -> None:
    who = speaker_of(attributed(GOVERNOR_AND_MINISTER), "needed two billion roubles")
    assert who == "Anna Belova"


def test_she_after_an_outlet_asked_a_woman_is_the_one_asked() -> None:
    who = speaker_of(attributed(PORTAL_AND_KEEPER), "a keeper had left a gate unlocked")
    assert who is not None and "Maria Lenz" in who
