"""Russian attribution of issue 12's thirteenth session, on our own short articles.

One speaker per body or person: an abbreviation is the body whose full name's initials it
spells, in any case form («СК» … «Следственного комитета России»); a form of address is no part
of a name («Сэр Томас Уилкинс» … «Томас Уилкинс»); «-младший» after a surname joins the person
named in full.  Nouns of asking and stating govern their content from a «с» phrase («выступило с
заявлением о том, что …», «с призывом прекратить …»), the speaker being the subject of the
verb; «По решению X, …» reports what X decided.
"""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding

from newsprism.article import Article
from newsprism.attribution.model import Entity
from newsprism.attribution.names_ru import (
    abbreviates,
    initials,
    join_abbreviations,
    without_generation,
    without_title,
)

#: our own article (a story about a collapsed footbridge, written for this test)
_BRIDGE = (
    "Следователи задержали подрядчика после обрушения моста\n\n"
    "Следственный комитет России по Тверской области возбудил уголовное дело после обрушения "
    "пешеходного моста в Торжке.\n\n"
    "В СК сообщили, что подрядчик задержан и доставлен на допрос.\n\n"
    "Как заявили в пресс-службе Следственного комитета России по Тверской области, экспертиза "
    "продлится не менее месяца.\n\n"
    "Сэр Томас Уилкинс, инженер из Лондона, заявил, что мост был рассчитан на меньшую нагрузку.\n\n"
    "Томас Уилкинс добавил, что опоры моста давно требовали ремонта.\n\n"
    "Мэр города Игорь Зотов заявил журналистам, что пострадавшим выплатят компенсации.\n\n"
    "Зотов-младший сообщил, что деньги поступят на счета в течение недели.\n\n"
    "Городская администрация выступила с заявлением о том, что все мосты города будут проверены.\n\n"
    "Местные жители выступили с призывом привлечь к ответственности чиновников мэрии.\n\n"
    "По решению районного суда, подрядчик останется под арестом до конца расследования."
)


def _speaker_of(article: Article, phrase: str) -> int | None:
    return quote_holding(article, phrase).speaker


def _name(article: Article, speaker: int | None) -> str | None:
    return next((s.name for s in article.speakers if s.id == speaker), None)


def test_initials_leave_out_prepositions_and_keep_every_case() -> None:
    assert initials("Организация по запрещению химического оружия") == "ОЗХО"
    assert initials("Агентства национальной безопасности США") == "АНБС"
    assert abbreviates("АНБ", "Агентства национальной безопасности США")
    assert abbreviates("СК", "Следственный комитет России")
    assert not abbreviates("СК", "Следственный департамент")
    assert not abbreviates("МВД", "МВД")  # one word is no full name


def test_an_abbreviation_takes_the_full_name_before_it() -> None:
    full = Entity(0, 27, "Следственный комитет России", "ORG", "Следственный комитет России")
    other = Entity(30, 50, "Союз журналистов", "ORG", "Союз журналистов")
    short = Entity(60, 62, "СК", "ORG", "СК")
    lone = Entity(70, 73, "ФСБ", "ORG", "ФСБ")
    join_abbreviations([full, other, short, lone])
    assert short.normal == "Следственный комитет России"
    assert lone.normal == "ФСБ"  # no full name spelt by it: left alone


def test_titles_and_generations_are_no_part_of_a_name() -> None:
    e = without_title(Entity(10, 27, "Сэр Томас Уилкинс", "PER", "Сэр Томас Уилкинс"))
    assert (e.start, e.text, e.normal) == (14, "Томас Уилкинс", "Томас Уилкинс")
    kept = without_title(Entity(0, 13, "Томас Уилкинс", "PER", "Томас Уилкинс"))
    assert kept.text == "Томас Уилкинс"
    assert without_generation("Вэнс-младший") == "Вэнс"
    assert without_generation("Буша-старшего") == "Буша"
    assert without_generation("Петров") == "Петров"


@pytest.mark.slow
def test_one_body_under_its_abbreviation_and_full_name() -> None:
    article = attributed(_BRIDGE, "ru")
    short = _speaker_of(article, "подрядчик задержан")
    full = _speaker_of(article, "экспертиза продлится")
    assert short is not None and short == full


@pytest.mark.slow
def test_one_person_with_a_title_or_a_generation() -> None:
    article = attributed(_BRIDGE, "ru")
    assert _speaker_of(article, "рассчитан на меньшую нагрузку") == _speaker_of(
        article, "опоры моста давно"
    )
    mayor = _speaker_of(article, "пострадавшим выплатят")
    assert mayor is not None and mayor == _speaker_of(article, "деньги поступят")


@pytest.mark.slow
def test_a_reporting_noun_after_s_speaks_for_the_subject() -> None:
    article = attributed(_BRIDGE, "ru")
    q = quote_holding(article, "все мосты города будут проверены")
    assert "администрац" in (_name(article, q.speaker) or "").lower()
    q = quote_holding(article, "привлечь к ответственности")
    assert "жител" in (_name(article, q.speaker) or "").lower()


@pytest.mark.slow
def test_by_decision_of_a_court_reports_the_court() -> None:
    article = attributed(_BRIDGE, "ru")
    q = quote_holding(article, "останется под арестом")
    assert "суд" in (_name(article, q.speaker) or "").lower()
