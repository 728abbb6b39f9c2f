"""A credit line set as an element of its own (issue 11, round 36): a credit worded as a
phrase, or set in one line with the writer's byline, is not a paragraph of the body; a byline
alone, a sentence about photographs and a caption stay.  Invented text."""

from __future__ import annotations

import newsprism
from newsprism.article import AUXILIARY_KINDS
from newsprism.extract.placement import credit_line


def test_credit_lines_worded_or_beside_the_byline() -> None:
    assert credit_line("Фото из архива районного музея")
    assert credit_line("Текст: Полина Ракитина · Фото: Николай Ожегов")
    assert credit_line("Photo courtesy of the harbour board")
    assert credit_line("By Marta Quinn | Photos: Ana Silva")
    # a byline alone, a sentence about photographs and a caption are none
    assert not credit_line("Текст: Полина Ракитина")
    assert not credit_line("Фото с выставки можно посмотреть на сайте музея.")
    assert not credit_line("Дом в 1960-е годы, когда в нём размещалась контора леспромхоза")


_RU_BODY = (
    "Двухэтажный дом на углу Набережной и Садовой построил в 1911 году купец Прокопий Шемякин. "
    "Первый этаж был каменным, с лавками, второй — деревянным, жилым.",
    "После национализации в доме была контора леспромхоза, потом общежитие, а с 1998 года он "
    "стоял пустым. Крыша протекала, и в 2019 году дом признали аварийным.",
    "Спас дом местный фонд, который в 2021 году взял его в аренду у района за один рубль в год "
    "с обязательством отреставрировать. Всего на работы ушло 38 млн рублей.",
)


def test_a_russian_pages_credit_lines_set_as_their_own_elements_leave_the_body() -> None:
    html = (
        "<!doctype html><html lang='ru'><head><title>Дом купца Шемякина откроют весной</title>"
        "</head><body><main><article><h1>Дом купца Шемякина откроют весной</h1>"
        "<div class='lead'>Текст: Полина Ракитина · Фото: Николай Ожегов</div>"
        f"<div class='text'>{_RU_BODY[0]}</div><div class='text'>{_RU_BODY[1]}</div>"
        "<div class='pic'><img src='/f/house.jpg' alt=''></div>"
        "<div class='text'>Дом в 1960-е годы, когда в нём была контора леспромхоза</div>"
        "<div class='text'>Фото из архива районного музея</div>"
        f"<div class='text'>{_RU_BODY[2]}</div></article></main></body></html>"
    ).encode()
    text = [b.text for b in newsprism.read(html, stages=()).blocks if b.kind not in AUXILIARY_KINDS]
    assert not any("Фото" in t for t in text)
    assert all(p in text for p in _RU_BODY)
