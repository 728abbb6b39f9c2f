"""English attribution, twenty-fourth round, second part (issue 12): a description whose head is
a wider word for an office the article stated ("the politician" for a governor, "the lawyer"
for a prosecutor) refers to the one person holding such an office, and to nobody when two do
(invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

from newsprism.attribution import coref
from newsprism.attribution.role_families_data import ROLE_FAMILIES

BORDER_TALKS = (
    "Talks on the border crossing\n\n"
    "The ambassador-at-large of the Foreign Ministry Pavel Orlov met his counterpart in Vienna "
    "on Monday. The governor of the border region Oleg Titov also took part in the meeting.\n\n"
    "After the talks the diplomat said that the crossing would reopen in March.\n\n"
    "The politician said that the region would pay for the new terminal."
)


def test_a_wider_word_for_an_office_refers_to_its_holder() -> None:
    """A governor is a politician (WordNet): "The politician said" is the governor, not the
    ambassador quoted last."""
    article = attributed(BORDER_TALKS)
    assert speaker_of(article, "would pay for the new terminal") == "Oleg Titov"
    assert speaker_of(article, "would reopen in March") == "Pavel Orlov"


TWO_POLITICIANS = (
    "Bridge repairs delayed again\n\n"
    "The governor of the region Oleg Titov inspected the bridge on Thursday. Titov said that "
    "the contractor had been fined twice. The mayor of the city Anna Belova came with him.\n\n"
    "The politician said that the repairs would take another two months."
)


def test_two_holders_of_fitting_offices_leave_the_description_unresolved() -> None:
    """A governor and a mayor are both politicians: the text does not decide, so neither is
    given the words, not even the one quoted last (a wrong speaker is worse than none)."""
    article = attributed(TWO_POLITICIANS)
    assert speaker_of(article, "would take another two months") not in ("Oleg Titov", "Anna Belova")


PROSECUTOR = (
    "Court hears the land case\n\n"
    "The prosecutor of the district Irina Volkova asked the court on Wednesday to return the "
    "plot to the city. The owner of the plot Sergei Lebedev said that he had bought it at an "
    "auction.\n\n"
    "The lawyer said that the sale had broken the law twice."
)


def test_a_prosecutor_is_a_lawyer() -> None:
    """ "The lawyer" is the prosecutor, not the owner named last."""
    article = attributed(PROSECUTOR)
    assert speaker_of(article, "had broken the law twice") == "Irina Volkova"


def test_families_hold_wider_offices_and_leave_out_words_that_fit_anyone() -> None:
    assert "diplomat" in ROLE_FAMILIES["ambassador"]
    assert "politician" in ROLE_FAMILIES["senator"]
    # "the official" fits every office holder in news; WordNet says so of only some
    assert all("official" not in wider for wider in ROLE_FAMILIES.values())
    assert coref.AMBIGUOUS == "ambiguous"


PRONOUN_PAIR = (
    "Water tariffs frozen until spring\n\n"
    "The head of the regional water utility Bakyt Osmonov met the residents of the district on "
    "Tuesday. He said that the pipes would be replaced by the summer.\n\n"
    "He and the akim of the district Nurlan Sadykov visited the pumping station on Wednesday. "
    "They said that the tariff would not rise until April."
)


def test_they_after_a_pronoun_and_a_name_is_both_people() -> None:
    """ "He and the akim B … They said": "he" is the person named before, and "They" both."""
    article = attributed(PRONOUN_PAIR)
    assert speaker_of(article, "would not rise until April") == "Bakyt Osmonov and Nurlan Sadykov"


SHOP_FIRE = (
    "Fire at a shop on the market square\n\n"
    "Police officer Daniel Hart said on Friday that the fire had started in the storeroom. "
    "A neighbour, Maria Cole, said that she had heard a bang at about midnight.\n\n"
    "The owner said that the shop would reopen next month."
)


def test_a_rarer_sense_of_an_office_makes_no_family() -> None:
    """WordNet's rarer senses of "officer" (an office holder, so an owner), "sister" (a girl)
    or "doctor" (a scholar) are no wider word a reader would use: "The owner said" after a
    police officer was named is not the officer."""
    article = attributed(SHOP_FIRE)
    assert speaker_of(article, "would reopen next month") != "Daniel Hart"
    assert "owner" not in ROLE_FAMILIES["officer"]
    assert "girl" not in ROLE_FAMILIES["sister"]
    assert "student" not in ROLE_FAMILIES["doctor"]
    assert "lawyer" in ROLE_FAMILIES["prosecutor"]
