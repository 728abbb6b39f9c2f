"""Boxes inside the story's container that the page names as furniture (a sponsor's line, a
newsletter sign-up, a call-to-action button) leave the text; a container so named that holds the
whole story stays (invented pages, English and Russian)."""

from __future__ import annotations

import lxml.html
import pytest

import newsprism
from newsprism.article import AUXILIARY_KINDS
from newsprism.extract.inline_chrome import drop_named_chrome

_EN = [
    "The district council agreed on Monday to keep the Riverside swimming baths open for at "
    "least two more years, reversing a plan to close them in April to save money on repairs.",
    "Councillors voted by 31 to 12 to spend £1.2 million on the roof and the boilers, after a "
    "petition against the closure collected more than 9,000 signatures in six weeks.",
    "The leader of the council said the vote was not a promise to keep the baths open for "
    "ever, but that the authority would look for a partner to run them from 2028.",
    "Swimming clubs that use the pool said they were relieved, and that they would start "
    "planning their spring galas again now that the building had a future.",
]
_EN_SPONSOR = (
    "This week's Town Letter is supported by Millbrook Bakery. Fresh bread baked in the old "
    "mill every morning, delivered to your door before eight."
)
_EN_SIGNUP = "The Town Letter comes out each Friday morning. Join the list"

_RU = [
    "Городская дума в понедельник решила сохранить бассейн «Прибрежный» еще как минимум на два "
    "года и отказалась от плана закрыть его в апреле ради экономии на ремонте.",
    "За ремонт крыши и котельной проголосовали 31 депутат, против были 12; до этого петицию "
    "против закрытия за шесть недель подписали больше девяти тысяч человек.",
    "Глава города сказал, что решение не означает, что бассейн будет работать всегда, но "
    "администрация будет искать партнера, который возьмет его в управление с 2028 года.",
    "В спортивных клубах, которые занимаются в бассейне, сказали, что рады решению и снова "
    "начнут готовить весенние соревнования.",
]
_RU_SPONSOR = (
    "Рассылку «Городские новости» на этой неделе поддерживает пекарня «Мельница»: свежий хлеб "
    "каждое утро с доставкой до восьми часов."
)
_RU_SIGNUP = "Получайте «Городские новости» каждую пятницу. Подписаться"


def _page(paragraphs: list[str], sponsor: str, signup: str, lang: str) -> bytes:
    first, second, third, fourth = (f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Baths stay "
        "open</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<main><article class='story'><h1>Baths stay open</h1><div class='story-body'>"
        f"{first}{second}<div class='sponsor-box'><p><b>{sponsor}</b></p></div>{third}"
        f"<div id='newsletter-signup'><p>{signup}</p><form><input type='email'></form></div>"
        f"{fourth}</div></article></main><footer>© 2025 Town Letter</footer></body></html>"
    ).encode()


def _body(html: bytes) -> str:
    article = newsprism.read(html, stages=())
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


@pytest.mark.parametrize(
    ("paragraphs", "sponsor", "signup", "lang"),
    [(_EN, _EN_SPONSOR, _EN_SIGNUP, "en"), (_RU, _RU_SPONSOR, _RU_SIGNUP, "ru")],
)
def test_a_sponsor_line_and_a_signup_box_inside_the_story_leave_it(
    paragraphs: list[str], sponsor: str, signup: str, lang: str
) -> None:
    body = _body(_page(paragraphs, sponsor, signup, lang))
    for paragraph in paragraphs:
        assert paragraph in body
    assert sponsor.split(".")[0].split(":")[0] not in body
    assert signup.split(".")[0] not in body


def test_a_container_so_named_that_holds_the_story_stays() -> None:
    story = "".join(f"<p>{p}</p>" for p in _EN)
    tree = lxml.html.fromstring(
        f"<html><body><div class='newsletter-post'>{story}</div>"
        "<div class='ad-slot'><span>Advertisement</span></div></body></html>"
    )
    assert drop_named_chrome(tree) == 0  # 'ad' alone is no name of ours; the post is long
    tree = lxml.html.fromstring(
        f"<html><body><div class='newsletter-post'>{story}</div>"
        "<div class='advert'><span>Advertisement</span></div></body></html>"
    )
    assert drop_named_chrome(tree) == 1
    assert _EN[0] in tree.text_content()


def test_a_named_link_or_name_inside_a_sentence_keeps_its_words() -> None:
    # a class names what a link points to or whom a span names; inside a sentence its words are
    # the sentence's: only a box standing alone, or after a finished sentence, leaves the text
    tree = lxml.html.fromstring(
        "<html><body><div class='story-body'>"
        "<p>The summer fair, sponsored by <span class='sponsor-name'>Millbrook Bakery</span>, "
        "returns to the park in July.</p>"
        "<p>The council published <a class='cta-link' href='/r'>its full repair survey</a> on "
        "Monday, and residents can comment until the end of the month.</p>"
        "<p>Дума опубликовала <a class='subscribe-link' href='/o'>полный отчет о ремонте</a> в "
        "понедельник.</p>"
        "<p>The baths reopen in May. <a class='newsletter-cta' href='/n'>Get our weekly "
        "letter</a></p>"
        "<p><a class='cta-button' href='/s'>Subscribe</a></p>"
        "</div></body></html>"
    )
    assert drop_named_chrome(tree) == 2
    text = " ".join(tree.text_content().split())
    assert "sponsored by Millbrook Bakery, returns" in text
    assert "published its full repair survey on Monday" in text
    assert "опубликовала полный отчет о ремонте в понедельник" in text
    assert "Get our weekly letter" not in text
    assert "Subscribe" not in text


def test_an_appeal_a_republish_offer_and_an_about_box_at_the_end_leave_the_story() -> None:
    story = "".join(f"<p>{p}</p>" for p in _EN)
    tree = lxml.html.fromstring(
        "<html><body><article><div class='story-body'>"
        f"{story}</div><div class='story__donate'><p>The Town Letter is free because readers "
        "pay for it. Chip in today.</p><a href='/give'>Give</a></div><div class='republish'>"
        "<p>Republish this story for free under our licence.</p></div><div class='about-author'>"
        "<p>Jane Roe covers the council for the Town Letter.</p></div><p class='disclaimer'>"
        "Views expressed are the writer's own.</p></article></body></html>"
    )
    assert drop_named_chrome(tree) == 4
    text = " ".join(tree.itertext())
    for paragraph in _EN:
        assert paragraph in text
    for gone in ("Chip in", "Republish this story", "Jane Roe covers", "Views expressed"):
        assert gone not in text


def test_a_section_named_about_that_holds_an_article_stays() -> None:
    story = "".join(f"<p>{p}</p>" for p in _EN)
    tree = lxml.html.fromstring(
        f"<html><body><section class='about'><h1>About the baths</h1>{story}</section>"
        "</body></html>"
    )
    assert drop_named_chrome(tree) == 0
