"""English attribution: what a plural description is, by what its noun denotes (WordNet's
lexicographer files, :mod:`newsprism.attribution.noun_senses_data`): people as a group when the
noun names people ("the residents", "the drivers"), a body when it names a group ("the
ministries"), and neither a person nor people when it names a thing ("the plants", "the
restaurants").  Invented articles, never evaluation text."""

from __future__ import annotations

from attributed import attributed, quote_holding

from newsprism.article import Article
from newsprism.attribution.noun_senses_data import GROUP_NOUNS, PEOPLE_NOUNS

FROST = (
    "A week of frost left two districts of the town without heating, and the council opened "
    "warm rooms in its schools.\n\n"
    "The plants said that the boilers would be repaired by Friday.\n\n"
    "The residents said that the radiators had been cold since Monday.\n\n"
    "The drivers said that the trams stopped twice on the bridge.\n\n"
    "The ministries said that the money for the pipes would arrive in spring.\n\n"
    "The restaurants said that they would close at six until the heating returns.\n"
)


def _kind(article: Article, phrase: str) -> str | None:
    who = article.speaker(quote_holding(article, phrase).speaker)
    return who.kind if who else None


def test_a_plural_of_people_is_a_group_of_people() -> None:
    article = attributed(FROST)
    assert _kind(article, "radiators had been cold") == "collective"
    assert _kind(article, "trams stopped twice") == "collective"


def test_a_plural_of_things_is_no_person_and_no_people() -> None:
    """The old guess by the ending ("-ant", "-er") made the plants and the restaurants people."""
    article = attributed(FROST)
    assert _kind(article, "boilers would be repaired") not in ("person", "collective")
    assert _kind(article, "close at six") not in ("person", "collective")


def test_a_plural_of_bodies_is_a_body() -> None:
    article = attributed(FROST)
    assert _kind(article, "money for the pipes") == "organization"


def test_the_table_reads_the_commonest_senses() -> None:
    """A person's noun filed outside person.n.01's tree ("driver") or whose senses were never
    tagged ("medic") is people; a noun tagged most as a made thing ("plant") is not."""
    assert {"driver", "medic", "resident", "protester"} <= PEOPLE_NOUNS
    assert not {"plant", "restaurant", "reactor", "center"} & (PEOPLE_NOUNS | GROUP_NOUNS)
    assert {"ministry", "police"} <= GROUP_NOUNS


def test_a_group_that_wrote_a_document_speaks_through_it() -> None:
    article = attributed(
        "The bus depot on Lime Street will close in March.\n\n"
        "The residents of the street wrote an appeal to the mayor. "
        '"We ask the city to keep at least one route through our district," the appeal says.\n'
    )
    q = quote_holding(article, "keep at least one route")
    who = article.speaker(q.speaker)
    assert who is not None and who.kind == "collective", who
