"""Review finding R15 of the thirty-eighth session: a company or a country that shares a person's
surname is not that person.  A lone word named before the person is first named, whose own sentence
calls it "it", is a body; "John Smith … Smith said" is still one person.  Invented sentences."""

from __future__ import annotations

from functools import cache

from newsprism.attribution.model import Entity
from newsprism.attribution.name_mentions import (
    _bodies_calling_themselves_it,
    _given_names_joined,
)
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline(["segment", "attribution"], strict=True)


def _entity(text: str, name: str, label: str, at: int = 0) -> Entity:
    start = text.index(name, at)
    words = name.split()
    if label == "PER" and len(words) > 1:
        return Entity(start, start + len(name), name, label, name, first=words[0], last=words[-1])
    return Entity(start, start + len(name), name, label, name)


def _labels(text: str, names: list[tuple[str, str]]) -> list[str]:
    entities = [_entity(text, name, label) for name, label in names]
    return [e.label for e in _bodies_calling_themselves_it(entities, text)]


def test_a_company_calling_itself_it_before_the_person_is_named_is_a_body() -> None:
    text = (
        "Volvo said on Thursday it would close two plants in Belgium.\n\n"
        "Analyst Maria Volvo of Nordea said the closures had been expected."
    )
    assert _labels(text, [("Volvo", "PER"), ("Maria Volvo", "PER")]) == ["ORG", "PER"]


def test_a_country_with_its_own_border_is_a_body() -> None:
    text = (
        "Chad said its army had retaken the town.\n\n"
        "The retired sprinter Hollis Chad said he would run for the senate."
    )
    assert _labels(text, [("Chad", "LOC"), ("Hollis Chad", "PER")]) == ["ORG", "PER"]


def test_a_person_called_back_after_the_full_name_stays_a_person() -> None:
    # the case SURNAMES_AFTER_JOIN exists for: the surname after the full name is the person,
    # even where "it" follows ("Smith said it was …" speaks of something else)
    text = (
        "The mayor John Smith opened the bridge on Monday.\n\n"
        "Smith said it was the proudest day of his term."
    )
    entities = [
        _entity(text, "John Smith", "PER"),
        _entity(text, "Smith", "ORG", text.index("\n\n")),
    ]
    assert [e.label for e in _given_names_joined(entities, text)] == ["PER", "PER"]
    named_whole = [entities[0], _entity(text, "Smith", "PER", text.index("\n\n"))]
    assert [e.label for e in _bodies_calling_themselves_it(named_whole, text)] == ["PER", "PER"]


def test_a_lone_name_called_he_before_the_full_name_is_left_alone() -> None:
    text = "Baker said he would resign.\n\nThe coach Tom Baker confirmed it later."
    assert _labels(text, [("Baker", "PER"), ("Tom Baker", "PER")]) == ["PER", "PER"]


def test_a_body_named_before_the_person_does_not_join_them() -> None:
    # SURNAMES_AFTER_JOIN: a lone word tagged a body before the person is first named stays one
    text = (
        "Tesco reported higher sales on Wednesday.\n\n"
        "The shopper Anna Tesco said prices had risen. Tesco later declined to comment."
    )
    later = text.rindex("Tesco")
    entities = [
        _entity(text, "Tesco", "ORG"),
        _entity(text, "Anna Tesco", "PER"),
        Entity(later, later + 5, "Tesco", "ORG", "Tesco"),
    ]
    assert [e.label for e in _given_names_joined(entities, text)] == ["ORG", "PER", "PER"]


def test_the_companys_statement_is_not_the_analysts() -> None:
    article = _pipeline()(
        article_from_text(
            "Company news of the week\n\n"
            "Ford said on Tuesday it would cut 3,000 jobs in Europe, blaming weak demand.\n\n"
            "Analyst Rebecca Ford of Barclays said the move had been expected for months.",
            "en",
        )
    )
    q = next(q for q in article.quotes if "3,000 jobs" in q.text)
    who = article.speaker(q.speaker)
    assert who is None or who.name != "Rebecca Ford"
    q = next(q for q in article.quotes if "expected for months" in q.text)
    who = article.speaker(q.speaker)
    assert who is not None and who.name == "Rebecca Ford"
