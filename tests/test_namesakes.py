"""Two namesakes of one family, told apart by a generation word, are two speakers (invented
articles, English and Russian)."""

from __future__ import annotations

import pytest
from attributed import attributed, speaker_of

from newsprism.attribution.speakers import generation


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Джордж Буш-младший", "junior"),
        ("Буша-старшего", "senior"),
        ("Cyrus Vance Jr.", "junior"),
        ("John Smith Senior", "senior"),
        ("Иван Младов", None),
        ("Junior Sanchez Team", "junior"),
        ("Anna Starshova", None),
    ],
)
def test_generation_word(name: str, expected: str | None) -> None:
    assert generation(name) == expected


def test_father_and_son_named_by_generation_are_two_speakers_in_russian() -> None:
    article = attributed(
        "Семейное дело\n\n"
        "Виктор Ганзя-старший заявил, что ферма останется в руках семьи. "
        "Виктор Ганзя-младший сообщил, что переедет в Томск осенью.",
        "ru",
    )
    father = speaker_of(article, "ферма останется")
    son = speaker_of(article, "переедет в Томск")
    assert father is not None and son is not None
    assert father != son
    assert "старш" in father and "младш" in son


def test_father_and_son_named_by_generation_are_two_speakers_in_english() -> None:
    article = attributed(
        "Family business\n\n"
        "Harold Penfold Senior said the shop would stay in the family. "
        "Harold Penfold Junior said he would move to Leeds in the autumn."
    )
    father = speaker_of(article, "stay in the family")
    son = speaker_of(article, "move to Leeds")
    assert father is not None and son is not None and father != son


def test_a_name_without_a_generation_word_still_joins_the_person() -> None:
    article = attributed(
        "Семейное дело\n\n"
        "Виктор Ганзя-младший заявил, что ферма останется в руках семьи. "
        "Ганзя добавил, что цены на молоко не вырастут до весны.",
        "ru",
    )
    assert speaker_of(article, "ферма останется") == speaker_of(article, "цены на молоко")


def test_a_name_ending_in_an_abbreviation_speaks_not_its_full_stop() -> None:
    # the tokenizer splits "Sr." and the parser makes the full stop the subject of "said"
    article = attributed(
        "Family business\n\n"
        "Walter Brennan Sr. said the bakery would stay open on Sundays. "
        "Walter Brennan Jr. said the new oven would arrive in March."
    )
    father = speaker_of(article, "stay open on Sundays")
    son = speaker_of(article, "new oven")
    assert father is not None and "Brennan" in father
    assert son is not None and "Brennan" in son and father != son
