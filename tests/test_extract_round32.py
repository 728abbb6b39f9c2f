"""Issue 11, round 32: a "read more" control written as a link that goes nowhere, and the
speed steps (output identical).  Invented text."""

from __future__ import annotations

import pytest

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article
from newsprism.charset import plausibility

_SHOWN = (
    "В Кирилловском благочинии открылся пункт выдачи тёплой одежды для бездомных. Он будет "
    "работать по вторникам и пятницам с десяти утра до шести вечера.",
    "Одежду и обувь собирали прихожане шести храмов района с начала октября, сообщила "
    "руководитель пункта Ольга Смирнова.",
)
_REST = (
    "За два месяца собрано около 900 комплектов зимней одежды, 300 пар обуви и 150 спальных "
    "мешков. Часть вещей передадут в районную больницу и дом престарелых.",
    "«Самое нужное сейчас — мужская обувь больших размеров и тёплые носки», — сказала Ольга "
    "Смирнова. Вещи принимают в храме Успения по будням.",
    "Волонтёры также будут раз в неделю развозить горячие обеды к вокзалу и к рынку, где "
    "бездомные собираются по вечерам.",
)


def _page(control: str, hidden: str = "style='display:none'") -> bytes:
    shown = "".join(f"<p>{p}</p>" for p in _SHOWN)
    rest = "".join(f"<p>{p}</p>" for p in _REST)
    return (
        "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'>"
        "<title>Открылся пункт выдачи одежды</title></head><body>"
        "<nav><a href='/'>Главная</a> <a href='/news/'>Новости</a></nav>"
        "<div class='news-detail'><h1>Открылся пункт выдачи одежды</h1>"
        "<div class='news-detail__date'>04.12.2026</div>"
        f"<div class='news-detail__text news-short'>{shown}</div>{control}"
        f"<div class='news-detail__text news-more' id='news-more-12' {hidden}>{rest}</div>"
        "<div class='share'>Поделиться: <a href='https://vk.example/share'>ВК</a></div></div>"
        "<div class='other-news'><h3>Другие новости</h3><ul>"
        "<li><a href='/news/1/'>Сёстры милосердия навестили больных</a></li>"
        "<li><a href='/news/2/'>Прошли курсы по уходу за лежачими больными</a></li></ul></div>"
        "</body></html>"
    ).encode()


def _body(article: Article) -> str:
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


@pytest.mark.parametrize(
    "control",
    [
        "<a href='#' class='read-more-link' data-id='12'>Читать полностью &darr;</a>",
        "<a href='javascript:void(0)' onclick='more()'>Read more</a>",
    ],
)
def test_the_rest_a_read_more_link_opens_is_read(control: str) -> None:
    # a script shows the hidden rest when the link is clicked (no button, no aria-controls):
    # both extractors dropped it as hidden machinery, and the story lost its second half
    body = _body(newsprism.read(_page(control), stages=()))
    for paragraph in (*_SHOWN, *_REST):
        assert paragraph in body
    assert "Читать полностью" not in body and "Read more" not in body
    # the two parts are one stretch of text, in order
    assert body.index(_SHOWN[-1]) < body.index(_REST[0])


def test_a_link_to_another_page_or_a_link_of_another_kind_opens_nothing() -> None:
    # a "read more" link with an address leads elsewhere; a link going nowhere whose label is
    # no verb of reading or showing ("ВК") is no such control: the hidden box stays hidden
    for control in (
        "<a href='/news/12/full/'>Читать полностью</a>",
        "<a href='#'>Поделиться</a>",
    ):
        body = _body(newsprism.read(_page(control), stages=()))
        assert _SHOWN[0] in body
        assert _REST[0] not in body


def test_plausibility_is_the_same_figure_as_before() -> None:
    page = _page("<a href='#'>Читать полностью</a>").decode("utf-8")
    samples = [
        page,
        page.encode("utf-8").decode("cp1251"),
        page.encode("cp1251").decode("koi8_r"),
        "The café's crème brûlée cost £4 — ÉTÉ ÅÄÖ ñandú",
        "plain ASCII text with no accent at all",
        "",
    ]
    # the figures the round-31 loop (a word at a time) gave for the same texts
    before = [1.0, -0.8418740849194729, -0.9703703703703703, 0.7391304347826086, 0.0, 0.0]
    assert [plausibility(text) for text in samples] == pytest.approx(before, abs=1e-12)
