"""Translated-style English, thirteenth round: people named together as one subject, given
names NER mislabels beside them, and "the head of the <unit>" referring back (invented articles;
see docs/attribution.md, thirteenth round)."""

from __future__ import annotations

from attributed import attributed, speaker_of

from newsprism.article import Article
from newsprism.attribution.model import Entity, SourceRef
from newsprism.attribution.speakers import _description_kind, _given_names_joined, _office_of_the


def test_two_people_named_together_after_a_description_speak_together() -> None:
    # the parse hangs the pair on "district", not on the verb's subject "owners"
    article = attributed(
        "Cherry growers and the frost\n\n"
        "The owners of the family orchard from the Soroca district, Ion and Maria Rusu, told "
        "the local radio that the frost had destroyed half of the harvest."
    )
    speaker = speaker_of(article, "the frost had destroyed half")
    assert speaker is not None and set(speaker.split()) >= {"Ion", "Maria", "Rusu"}


def test_a_pair_parted_by_a_relative_clause_is_the_subject_not_its_last_name() -> None:
    article = attributed(
        "Trouble at the club\n\n"
        "The striker Oleksii Danylenko, who arrived on loan last year, and the midfielder "
        "Bohdan Savchuk told a sports channel that the players had not been paid for two months."
    )
    speaker = speaker_of(article, "the players had not been paid")
    assert speaker is not None and "Danylenko" in speaker and "Savchuk" in speaker


def test_one_person_before_a_verb_is_still_one_speaker() -> None:
    # the rule must not make a group where only one person is the subject
    article = attributed(
        "Bridge repairs\n\n"
        "The head of the district Oleh Marchenko told journalists that the bridge would reopen "
        "in May."
    )
    assert speaker_of(article, "the bridge would reopen") == "Oleh Marchenko"


def test_a_lone_surname_tagged_a_body_after_a_given_name_is_the_full_name() -> None:
    text = "Deputies Tetiana Koval and Ivan Hrytsenko met the residents."
    koval = text.index("Koval")
    hrytsenko = text.index("Ivan Hrytsenko")
    entities = [
        Entity(koval, koval + 5, "Koval", "ORG", "Koval"),
        Entity(hrytsenko, hrytsenko + 14, "Ivan Hrytsenko", "PER", "Ivan Hrytsenko"),
    ]
    out = _given_names_joined(entities, text)
    assert (out[0].label, out[0].normal, out[0].first) == ("PER", "Tetiana Koval", "Tetiana")
    # a place stays a place when no given name stands before it
    place = "The mayor of Kamianets said it."
    k = place.index("Kamianets")
    kept = _given_names_joined([Entity(k, k + 9, "Kamianets", "LOC", "Kamianets")], place)
    assert kept[0].label == "LOC"


def test_a_given_name_tagged_a_place_joined_to_a_person_is_a_person() -> None:
    text = "His sister Oksana and his brother Petro Bondar told Suspilne about it."
    o = text.index("Oksana")
    p = text.index("Petro Bondar")
    entities = [
        Entity(o, o + 6, "Oksana", "LOC", "Oksana"),
        Entity(p, p + 12, "Petro Bondar", "PER", "Petro Bondar"),
    ]
    assert _given_names_joined(entities, text)[0].label == "PER"
    # the same word with no person joined to it is left as NER read it
    alone = "Flights to Oksana were cancelled."
    a = alone.index("Oksana")
    assert (
        _given_names_joined([Entity(a, a + 6, "Oksana", "LOC", "Oksana")], alone)[0].label == "LOC"
    )


def test_the_head_of_the_unit_refers_back_to_the_person_of_the_paragraph() -> None:
    article = attributed(
        "Evacuation from the border villages\n\n"
        "The head of the Sumy regional administration Volodymyr Artiukh said on Monday that "
        "the evacuation would continue. According to Artiukh, about 300 children remain in the "
        'villages. "We will not wait for the next strike," the head of the region stressed.'
    )
    assert speaker_of(article, "We will not wait for the next strike") == "Volodymyr Artiukh"


def test_office_of_the_unit_shape() -> None:
    assert _office_of_the("the head of the region", "head")
    assert _office_of_the("the head of the department", "head")
    # a unit with a proper name introduces someone new; a relation is not an office
    assert not _office_of_the("the head of the Sumy Regional Administration", "head")
    assert not _office_of_the("the mother of the pupil", "mother")


def test_a_body_after_a_capitalised_function_word_stays_a_body() -> None:
    # the name dictionary lists "The" and "In" as given names
    text = "The Pentagon said that it was watching. In Kherson the shelling went on."
    p = text.index("Pentagon")
    k = text.index("Kherson")
    entities = [
        Entity(p, p + 8, "Pentagon", "ORG", "Pentagon"),
        Entity(k, k + 7, "Kherson", "LOC", "Kherson"),
    ]
    assert [e.label for e in _given_names_joined(entities, text)] == ["ORG", "LOC"]


def _kind_of(article: Article, phrase: str) -> str | None:
    q = next(q for q in article.quotes if phrase in q.text)
    who = article.speaker(q.speaker)
    return who.kind if who else None


def test_a_description_with_no_word_for_a_person_is_a_body() -> None:
    article = attributed(
        "Heating in Angren\n\n"
        "According to the hokimiyat, the boiler house will be repaired by Friday. A pensioner "
        "from the fourth district complained that the radiators had been cold for a week."
    )
    assert _kind_of(article, "the boiler house will be repaired") == "organization"
    # a noun for a person keeps a person, named or not
    assert _kind_of(article, "the radiators had been cold") != "organization"


def test_a_thing_in_the_plural_is_not_made_a_body() -> None:
    # "they" looks for plural bodies: "the results" must not be one (nor a person, nor people)
    results = SourceRef(0, 11, "the results", "description", "result", plural=True)
    assert _description_kind(results) not in ("organization", "person", "collective")
    akimat = SourceRef(0, 10, "the akimat", "description", "akimat")
    assert _description_kind(akimat) == "organization"
    farmer = SourceRef(0, 10, "the farmer", "description", "farmer")
    assert _description_kind(farmer) == "person"
