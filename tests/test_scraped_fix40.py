"""Scraped text, round 40 fix (review R8): a correction, clarification, update or editor's note
printed after the share bar is the story's own text, never "a line or two of text among the
page's chrome after the story".  Invented pages (places and people made up), English and
Russian; each note is lost by drop_text_islands as first landed (439ee3c3)."""

from __future__ import annotations

import pytest

from newsprism.extract.scraped import classify
from newsprism.extract.scraped_ends import _story_note

_HEAD = [
    "Home",
    "News",
    "Politics",
    "Sport",
    "Council approves new tram line to the eastern suburbs",
    "By Anna Clarke",
    "12 March 2026",
    "The city council voted on Tuesday to build a new tram line linking the centre with the "
    "eastern suburbs, ending a debate that has lasted almost a decade.",
    "The line will run for eleven kilometres and have fourteen stops, according to the plans "
    "approved by 31 votes to 12.",
    "Opponents said the cost, put at 420 million pounds, was too high for a city still paying "
    "for its last transport project.",
    "Supporters argued that the eastern districts have been cut off from jobs in the centre for "
    "too long and that buses could not cope.",
    "Construction is expected to start next spring and the first trams should run in 2030, the "
    "council said.",
    "Share this article",
    "Facebook",
    "Twitter",
    "Email",
]
_TAIL = [
    "Related stories",
    "Bus fares to rise in April",
    "New cycle lanes open",
    "Most read",
    "Cookie settings",
]

_NOTES = [
    "Correction: An earlier version of this article said the vote was 31 to 14. It was 31 to 12.",
    "Примечание редакции: в первой версии заметки было указано, что за проект проголосовали "
    "31 депутат против 14. Верно: 31 против 12.",
    "Update, 14 March: The council has published the full plans on its website.",
]


@pytest.mark.parametrize("note", _NOTES, ids=["correction", "ru_editors_note", "update"])
def test_a_note_after_the_share_bar_stays_the_storys(note: str) -> None:
    labs = classify("\n".join([*_HEAD, note, *_TAIL]))
    (lab,) = [lab for lab in labs if lab.text == note]
    assert lab.label == "paragraph"


def test_the_lexicon_reads_a_notes_opener_not_a_link() -> None:
    for note in (
        "Clarification (3 March): the fund is run by the county, not the city.",
        "Editor's note: this piece was amended after publication.",
        "Исправление: в заметке была неверно указана дата.",
        "Уточнение. Сумма указана без учёта НДС.",
        "Обновлено 14 марта: совет опубликовал полный текст плана.",
        "Дополнено в 15:30: мэрия ответила на запрос.",
        "We have amended this story to give the full name of the fund.",
        "В эту статью внесены изменения.",
    ):
        assert _story_note(note), note
    for link in ("Update your settings", "Corrections policy", "Read more", "Most read"):
        assert not _story_note(link), link
