"""A page saved from a browser names its outlet and address (the lead, s29, from the walk: the
first report of a trace showed "(no outlet named)" and a story of two outlets read "1 outlet")."""

from __future__ import annotations

from newsprism.api import read_document
from newsprism.sources import Document

SAVED = """<!DOCTYPE html>
<!-- saved from url=(0058)https://www.vesti-privolzhya.example/news/2026/12/vodokanal -->
<html lang="ru"><head><meta charset="utf-8"><title>Водоканал оштрафовали на 12 млн рублей — Вести Приволжья</title></head>
<body><header><a href="/">Вести Приволжья</a></header><article>
<h1>Водоканал оштрафовали на 12 млн рублей</h1>
<p>Арбитражный суд оштрафовал городской водоканал на 12 млн рублей за сброс неочищенных стоков
в Волгу, сообщила пресс-служба суда. Предприятие может обжаловать решение в течение месяца.</p>
<p>Директор водоканала Сергей Ежиков заявил, что компания уже вложила в очистные сооружения
340 млн рублей и завершит их ремонт к лету.</p>
</article></body></html>"""


def test_a_saved_page_names_its_address_and_its_outlet_from_the_title() -> None:
    meta = read_document(Document(text=SAVED, is_html=True, source="vodokanal.html")).metadata
    assert meta.url == "https://www.vesti-privolzhya.example/news/2026/12/vodokanal"
    assert meta.site == "Вести Приволжья"


def test_a_title_that_is_not_headline_and_site_names_no_outlet() -> None:
    # "A — B" where neither side is the headline: no guess
    html = SAVED.replace(
        "Водоканал оштрафовали на 12 млн рублей — Вести Приволжья", "Новости — Общество"
    ).replace(
        "<!-- saved from url=(0058)https://www.vesti-privolzhya.example/news/2026/12/vodokanal -->",
        "",
    )
    meta = read_document(Document(text=html, is_html=True, source="v.html")).metadata
    assert meta.site is None and meta.url is None
