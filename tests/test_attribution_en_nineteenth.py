"""English attribution, nineteenth round: one speaker for two spellings of a name; a person
called by their age ("the 54-year-old driver") (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

from newsprism.attribution.names import phonetic_key

SPELLINGS = (
    "Water cut off in two districts\n\n"
    "The director of the municipal water company Fyodor Ilyin said on Tuesday that the pipe "
    "had burst under the railway embankment at night.\n\n"
    "The chairwoman of the pension fund Zhanar Ospanova said that the savings of the "
    "residents were safe.\n\n"
    "Later, Fedor Ilin told reporters that the repairs would take at least a week.\n\n"
    "Janar Ospanova added that the fund had received 40 complaints about fraud this month."
)


def test_two_transliterations_of_one_name_are_one_speaker() -> None:
    """Fyodor / Fedor (ё as yo or e), Ilyin / Ilin (a soft sign as y or nothing), Zhanar /
    Janar (the dictionary gives the two spellings different genders): one person each."""
    article = attributed(SPELLINGS)
    assert speaker_of(article, "repairs would take") == "Fyodor Ilyin"
    assert speaker_of(article, "complaints about fraud") == "Zhanar Ospanova"
    people = [s.name for s in article.speakers if s.kind == "person"]
    assert people.count("Fyodor Ilyin") == 1 and "Fedor Ilin" not in people
    assert "Janar Ospanova" not in people


def test_phonetic_key_folds_yo_and_the_soft_sign() -> None:
    assert phonetic_key("Fyodor") == phonetic_key("Fedor")
    assert phonetic_key("Semyon") == phonetic_key("Semen")
    assert phonetic_key("Ilyin") == phonetic_key("Ilin")
    assert phonetic_key("Yolanda") != phonetic_key("Elanda")  # a word-initial yo stays


AGES = (
    "Flour prices double at village bakeries\n\n"
    "Mary Stone has run the bakery on the square since 1990 with her neighbour Tom Hale. "
    "The 61-year-old said that the price of flour had doubled since the spring.\n\n"
    "Bolat Iskakov has fished on the lake for thirty years and now works in the brigade of "
    "Yerlan Mukanov. The 54-year-old fisherman says that the catch fell by half this autumn."
)


def test_the_n_year_old_is_the_person_the_sentence_before_is_about() -> None:
    """ "The 61-year-old said", "The 54-year-old fisherman says": a person named before (the
    subject of the sentence before), never a body, and not merely the one named last."""
    article = attributed(AGES)
    assert speaker_of(article, "price of flour had doubled") == "Mary Stone"
    assert speaker_of(article, "catch fell by half") == "Bolat Iskakov"
