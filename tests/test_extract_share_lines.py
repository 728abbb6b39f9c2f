"""Round 43: a row of share buttons written out as text ("Поделиться: ВКонтакте Telegram") and
a line of hashtags only are the site's furniture, in English and Russian; a sentence of the story
that names a network, or opens with a hashtag, stays."""

from __future__ import annotations

import pytest

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article
from newsprism.extract.assemble import RawBlock
from newsprism.extract.page_chrome import drop_page_chrome

_STORY = (
    "Городская дума во вторник утвердила новую схему движения маршруток через центр города.",
    "По словам заместителя мэра, изменения коснутся пяти маршрутов и вступят в силу в марте.",
    "Жители окраин давно просили пустить автобусы чаще, особенно в утренние часы пик.",
    "Перевозчики обещают закупить двадцать новых машин на газе до конца весны.",
)


def _page(inner: str) -> bytes:
    return (
        "<!doctype html><html><head><title>Новая схема маршруток</title></head><body>"
        f"<article><h1>Новая схема маршруток</h1>{inner}</article>"
        "<footer><a href='/'>Главная</a></footer></body></html>"
    ).encode()


def _text(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


@pytest.mark.parametrize(
    "line",
    [
        "Поделиться: ВКонтакте Одноклассники Telegram",
        "Поделиться: WhatsApp Telegram ВКонтакте Facebook",
        "Share: Facebook X Email",
        "Facebook X LinkedIn Print",
        "#транспорт #маршрутки #мэрия",
        "#transport #buses",
    ],
)
def test_a_share_row_or_a_hashtag_line_both_readings_kept_goes(line: str) -> None:
    # the line as both extractors keep it in the story's container (a template whose share row
    # and tag list sit inside the text's own <div>): a paragraph of its own after the story
    blocks = [RawBlock("paragraph", t) for t in (*_STORY, line)]
    assert [b.text for b in drop_page_chrome(blocks)] == list(_STORY)


def test_sentences_that_name_networks_or_open_with_a_hashtag_stay() -> None:
    story = [
        *_STORY,
        "Мэрия будет публиковать новое расписание в Telegram и ВКонтакте каждую пятницу.",
        "#МаршруткаНеЖдёт стал самым популярным хештегом города на прошлой неделе.",
        "Facebook and X were asked to remove the fake timetables, the council said.",
    ]
    inner = "".join(f"<p>{t}</p>" for t in story)
    assert _text(newsprism.read(_page(inner), stages=())) == story
