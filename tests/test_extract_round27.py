"""Pages a 2026 page builder writes (issue 11, round 27): web components read as a browser
renders them (custom elements as the blocks they stand for, declarative shadow roots composed
with their slots), and a framework's shell read from the data it renders.  Invented text."""

from __future__ import annotations

import json

import pytest

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article
from newsprism.errors import NoArticleTextError

_EN = (
    "Fares on the island ferry will rise by eight per cent from the first of April, the "
    "operator said on Tuesday, the second increase in less than a year.",
    "A return ticket for a car and two adults will cost ninety-six pounds, up from eighty-nine. "
    "Foot passengers will pay fourteen pounds fifty for a return.",
    "The operator blamed fuel and the cost of a new berth at the harbour, which opened in "
    "October after two years of delays and went over its budget.",
    "Season tickets bought before the end of March will be honoured at the old price until "
    "they expire, the operator said in a statement.",
)
_RU = (
    "Новая поликлиника на четыреста посещений в смену откроется в Заречье в марте, сообщили в "
    "областном министерстве здравоохранения.",
    "Здание на улице Мира строили три года. Стоимость работ составила более шестисот "
    "миллионов рублей, большую часть выделил федеральный бюджет.",
    "В поликлинике будут работать тридцать восемь врачей, в том числе педиатры и стоматологи. "
    "Запись начнется за две недели до открытия.",
    "«Жителям района больше не придется ездить в центр города к узким специалистам», — сказал "
    "министр здравоохранения области.",
)


def _text(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


def _figures(article: Article) -> list[tuple[str, str | None]]:
    return [(b.text, b.credit) for b in article.blocks if b.kind == "figure"]


def test_custom_elements_holding_text_are_paragraphs_not_one_run() -> None:
    paragraphs = "".join(f"<story-text>{t}</story-text>\n" for t in _EN)
    page = (
        "<!doctype html><html><head><title>Ferry fares to rise in spring</title></head><body>"
        "<site-page><site-masthead><a href='/'>Coastline</a> <a href='/news'>News</a> "
        "<a href='/sport'>Sport</a></site-masthead><news-story>"
        "<h1>Ferry fares to rise in spring</h1>"
        "<story-image><img src='/img/ferry.jpg' loading='lazy' alt=''>"
        "<story-image-caption>The morning sailing leaves the harbour for the island.</story-image-"
        "caption><story-image-credit>Photo: Lisa Marr</story-image-credit></story-image>"
        f"{paragraphs}</news-story><site-footer>© Coastline 2026</site-footer></site-page>"
        "</body></html>"
    ).encode()
    article = newsprism.read(page, stages=())
    # the base code read the whole story as one paragraph, headline and caption inside
    assert _text(article) == list(_EN)
    # the picture's caption and credit, in custom elements of their own, are its figure's
    assert _figures(article) == [
        (
            "The morning sailing leaves the harbour for the island.\nPhoto: Lisa Marr",
            "Photo: Lisa Marr",
        )
    ]


def test_a_custom_element_inside_a_sentence_stays_in_it() -> None:
    sentence = (
        "The bakery was added to the county's list <relative-time datetime='2026-01-09'>two "
        "days ago</relative-time> after a vote of the judges."
    )
    page = (
        "<html><head><title>Bakery wins county award</title></head><body><article>"
        "<h1>Bakery wins county award</h1>"
        + "".join(f"<p>{t}</p>" for t in _EN[:2])
        + f"<p>{sentence}</p>"
        + "".join(f"<p>{t}</p>" for t in _EN[2:])
        + "</article></body></html>"
    ).encode()
    text = _text(newsprism.read(page, stages=()))
    assert (
        "The bakery was added to the county's list two days ago after a vote of the judges." in text
    )


def test_a_box_a_custom_element_names_as_a_sign_up_is_furniture() -> None:
    paragraphs = [f"<story-text>{t}</story-text>" for t in _EN]
    signup = (
        "<site-newsletter-signup><h3>Get the Coastline daily</h3><p>Sign up for our free "
        "newsletter, every morning at seven.</p></site-newsletter-signup>"
    )
    page = (
        "<html><head><title>Ferry fares to rise in spring</title></head><body><news-story>"
        "<h1>Ferry fares to rise in spring</h1>"
        + "".join(paragraphs[:2])
        + signup
        + "".join(paragraphs[2:])
        + "</news-story></body></html>"
    ).encode()
    text = _text(newsprism.read(page, stages=()))
    assert text == list(_EN)


def test_a_declarative_shadow_root_is_read_with_its_slots_filled() -> None:
    # a server-rendered component: the standfirst lives in its shadow root, the paragraphs are
    # its own children, placed by the slots (the base code stripped the template, standfirst
    # and all)
    standfirst = (
        "The island's only link to the mainland will cost more from April, and councillors "
        "say islanders are paying for the harbour's mistakes."
    )
    slotted = "".join(f"<p>{t}</p>" for t in _EN)
    page = (
        "<!doctype html><html><head><title>Ferry fares to rise in spring</title></head><body>"
        "<news-story><template shadowrootmode='open'><style>p{margin:0}</style><article>"
        "<slot name='headline'><h1>Untitled</h1></slot>"
        f"<p class='standfirst'>{standfirst}</p><slot></slot></article></template>"
        "<h1 slot='headline'>Ferry fares to rise in spring</h1>"
        f"{slotted}</news-story></body></html>"
    ).encode()
    article = newsprism.read(page, stages=())
    assert article.title == "Ferry fares to rise in spring"
    assert _text(article) == [standfirst, *_EN]
    assert "Untitled" not in article.text  # a slot's fallback goes when the slot is filled


def _shell(data: str) -> bytes:
    return (
        "<!doctype html><html lang='ru'><head><title>В Заречье откроют поликлинику</title>"
        f"{data}</head><body><div id='__next'><div class='skeleton'></div></div></body></html>"
    ).encode()


def test_a_frameworks_shell_is_read_from_its_hydration_data() -> None:
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "title": "В Заречье откроют поликлинику",
                    "blocks": [{"type": "text", "html": f"<p>{t}</p>"} for t in _RU],
                },
                "related": [{"title": "Мост закроют на ремонт", "url": "/most"}],
            }
        },
        "buildId": "b1",
    }
    page = _shell(
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    )
    with pytest.raises(NoArticleTextError):  # the markup alone holds no article
        newsprism.read(_shell(""), stages=())
    article = newsprism.read(page, stages=())
    assert _text(article) == list(_RU)
    assert article.metadata.extractor == "declared"


def test_a_shell_with_a_declared_article_body_is_read_from_it() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "В Заречье откроют поликлинику",
        "articleBody": "\n".join(_RU),
    }
    page = _shell(
        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    )
    assert _text(newsprism.read(page, stages=())) == list(_RU)


def test_a_page_whose_markup_has_the_article_is_not_read_from_its_data() -> None:
    ld = {"@type": "NewsArticle", "articleBody": " ".join(_RU) + " " + " ".join(_RU)}
    page = (
        "<html><head><title>В Заречье откроют поликлинику</title>"
        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script></head>"
        "<body><article><h1>В Заречье откроют поликлинику</h1>"
        + "".join(f"<p>{t}</p>" for t in _RU)
        + "</article></body></html>"
    ).encode()
    article = newsprism.read(page, stages=())
    assert _text(article) == list(_RU)
    assert article.metadata.extractor != "declared"
