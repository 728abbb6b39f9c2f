"""The sixteenth session's review: each test fails on the code before its fix (invented text,
never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

from newsprism.claims import find_quantities


def test_a_russian_womans_surname_read_as_a_mans_case_form_stays_hers() -> None:
    """«Крылова» alone lemmatises to «Крылов» (a man's genitive): the gender of a Russian
    surname's case form is no title, so it must not split her from «Анна Крылова»."""
    article = attributed(
        "Директор завода Анна Крылова выступила на собрании в пятницу.\n\n"
        "Крылова рассказала «Коммерсанту», что новые станки привезут в марте.",
        "ru",
    )
    assert speaker_of(article, "станки привезут") == "Анна Крылова"


def test_an_age_bound_figure_ends_at_its_s() -> None:
    """ "the over-50s club met": the people of an age bound are "50s"; the noun reading that ran
    on into "club met" is not theirs (the span ended three words late)."""
    for sentence, figure in [
        ("The over-50s club met on Monday.", "50s"),
        ("England's under-21s beat Spain on Friday.", "21s"),
        ("Free bus travel for over-60s ends in May.", "60s"),
    ]:
        found = find_quantities(sentence, "en")
        assert [(q.value, q.unit) for q in found][:1] == [(float(figure[:2]), "years old")], (
            sentence
        )
        assert sentence[found[0].start : found[0].end] == figure, sentence


def test_points_of_a_rating_are_points_not_places() -> None:
    """«пункт» before a genitive is a place («пункта обогрева»), but not before the scale whose
    points they are, in lower case («4 пункта рейтинга»)."""
    rating = find_quantities("Партия за месяц потеряла 4 пункта рейтинга.", "ru")
    assert [(q.value, q.unit) for q in rating] == [(4.0, "point")]
    index = find_quantities("За неделю бумаги упали на 40 пунктов индекса.", "ru")
    assert [(q.value, q.unit) for q in index] == [(40.0, "point")]
    places = find_quantities("В городе открыли четыре пункта обогрева.", "ru")
    assert [(q.value, q.unit) for q in places] == [(4.0, "пункт")]


def test_a_surname_kept_apart_does_not_take_the_other_persons_first_name() -> None:
    """ "Mrs Hale", kept apart from "Tom Hale", spoke: she must not be shown as "Tom Hale" (the
    surname's first full name in the text was given to her)."""
    article = attributed(
        "Councillor Tom Hale opened the new library on Friday.\n\n"
        "Mrs Hale, a retired teacher, said the reading room was too small.\n\n"
        "He said the council would find money for a second floor next year."
    )
    assert speaker_of(article, "reading room was too small") == "Mrs Hale"
    assert speaker_of(article, "council would find money") == "Tom Hale"
