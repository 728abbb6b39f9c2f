"""A page that declares itself a live blog (schema.org ``LiveBlogPosting``) is read as all its
posts: readability's container is one post there, so neither its last block (the tail trim) nor
its agreement with trafilatura on that one post says where the article ends (invented pages,
English and Russian)."""

from __future__ import annotations

import json

import lxml.html
import pytest

import newsprism
from newsprism.article import AUXILIARY_KINDS
from newsprism.extract.metadata import page_metadata

_LEAD_EN = [
    "The storm that cut the island off from the mainland on Sunday has moved out to sea, and "
    "the clean-up began this morning in the villages along the western shore, where the sea "
    "wall was breached in two places and a dozen houses were flooded.",
    "Council workers spent the night clearing fallen trees from the only road between the "
    "harbour and the northern settlements, and the road reopened shortly after seven, though "
    "the police asked people to travel only if they had to.",
    "Islanders described the strongest winds in more than twenty years. One fisherman said "
    "his boat had broken its moorings and was found two miles along the coast, upside down "
    "on a shingle beach, with its engine torn away.",
    "The council has opened the community hall as a rest centre for families whose homes are "
    "without heating, and volunteers are serving hot meals there until further notice.",
    "We will bring you the latest on the ferries, the power cuts and the schools below.",
]

_LEAD_RU = [
    "Шторм, который в воскресенье отрезал остров от материка, ушел в море, и утром в "
    "поселках западного берега начали разбирать завалы: морская дамба прорвана в двух местах, "
    "затоплено около десятка домов.",
    "Дорожные рабочие всю ночь убирали упавшие деревья с единственной дороги между портом и "
    "северными поселками; движение открыли вскоре после семи утра, но полиция просит ездить "
    "только в случае необходимости.",
    "Жители говорят, что такого ветра не было больше двадцати лет. Один из рыбаков рассказал, "
    "что его лодку сорвало со швартовов и нашли в трех километрах вдоль берега, перевернутой, "
    "с оторванным мотором.",
    "Администрация открыла в доме культуры пункт обогрева для семей, чьи дома остались без "
    "отопления; волонтеры кормят там горячим до особого распоряжения.",
    "О паромах, отключениях света и школах мы рассказываем ниже.",
]

_POSTS_EN = [
    (
        "Ferry service resumes",
        "The first ferry since Sunday left the harbour at 14:10 with about forty passengers on "
        "board, most of them islanders who had waited two days on the mainland for a crossing.",
        "The operator said the afternoon sailing would run as timetabled, but warned that the "
        "evening crossing could still be cancelled if the wind picked up again after dark.",
    ),
    (
        "Power restored to most homes",
        "The electricity network said power had been restored to all but 320 homes on the "
        "island by midday, after engineers replaced a damaged pole near the northern pier.",
        "Crews expect to reconnect the remaining households, most of them on isolated farms, "
        "by Wednesday evening, weather permitting, a spokeswoman for the network said.",
    ),
    (
        "School to reopen on Wednesday",
        "The island's primary school will reopen on Wednesday morning, the head teacher told "
        "parents in a message, after the roof of the gym was checked by the council's surveyors.",
        "The gym itself will stay closed until a loose section of guttering has been fixed, "
        "which the council hopes to do before the end of the week.",
    ),
    (
        "Storm warning lifted",
        "The weather service has lifted its amber warning for the coast, saying gusts had "
        "eased to about 50 miles an hour and would fall further through the afternoon.",
        "A yellow warning for rain stays in place until midnight, and drivers were asked to "
        "take care on the causeway road, where water was still standing in several places.",
    ),
]

_POSTS_RU = [
    (
        "Паром вышел в рейс",
        "Первый с воскресенья паром вышел из порта в 14:10, на борту около сорока пассажиров, "
        "в основном жители острова, которые два дня ждали переправы на материке.",
        "Перевозчик сообщил, что дневной рейс пойдет по расписанию, но вечерний могут "
        "отменить, если ветер после наступления темноты снова усилится.",
    ),
    (
        "Свет вернули почти во все дома",
        "Сетевая компания сообщила, что к полудню электричество вернули во все дома острова, "
        "кроме 320, после того как бригада заменила поврежденную опору у северного причала.",
        "Оставшиеся дома, в основном отдаленные хутора, обещают подключить к вечеру среды, "
        "если позволит погода, рассказала представитель компании.",
    ),
    (
        "Школа откроется в среду",
        "Островная школа возобновит занятия в среду утром, сообщила родителям директор, после "
        "того как крышу спортзала осмотрели специалисты районной администрации.",
        "Сам спортзал останется закрытым, пока не починят оторвавшийся водосток; в "
        "администрации надеются успеть до конца недели.",
    ),
    (
        "Штормовое предупреждение отменено",
        "Метеослужба отменила штормовое предупреждение для побережья: порывы ветра ослабли "
        "примерно до 20 метров в секунду и к вечеру станут еще слабее.",
        "Предупреждение о сильном дожде действует до полуночи, водителей просят быть "
        "осторожнее на дамбе, где в нескольких местах еще стоит вода.",
    ),
]


def _live_page(
    lead: list[str], posts: list[tuple[str, str, str]], *, declared: bool, lang: str
) -> bytes:
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting" if declared else "NewsArticle",
        "headline": "Island storm: live",
        "datePublished": "2025-11-18T08:00:00Z",
    }
    entries = "".join(
        f'<div class="entry" id="post-{i}"><div class="entry__meta">'
        f'<time datetime="2025-11-18T1{i}:00:00Z">1{i}:00</time></div>'
        f'<h2 class="entry__title">{title}</h2><p>{first}</p><p>{second}</p></div>'
        for i, (title, first, second) in enumerate(posts)
    )
    opening = "".join(f"<p>{p}</p>" for p in lead)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Island storm: '
        'live | Coast Courier</title><script type="application/ld+json">'
        f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><header><nav><a href='/'>"
        "Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
        '<article class="story"><h1>Island storm: live</h1><div class="story__body">'
        f'{opening}</div><div class="entries">{entries}</div></article>'
        "<aside><h3>Most read</h3><ul><li><a href='/a'>Harbour fees to rise</a></li><li>"
        "<a href='/b'>New bus timetable</a></li></ul></aside><footer>© 2025 Coast Courier"
        "</footer></body></html>"
    ).encode()


def _body(html: bytes) -> str:
    article = newsprism.read(html, stages=())
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


@pytest.mark.parametrize(("posts", "lang"), [(_POSTS_EN, "en"), (_POSTS_RU, "ru")])
def test_a_declared_live_blog_is_read_as_every_post(
    posts: list[tuple[str, str, str]], lang: str
) -> None:
    lead = _LEAD_EN if lang == "en" else _LEAD_RU
    body = _body(_live_page(lead, posts, declared=True, lang=lang))
    for paragraph in lead[:4]:
        assert paragraph in body
    for _, first, second in posts:
        assert first in body
        assert second in body
    assert "Harbour fees to rise" not in body


def test_the_declaration_is_read_from_json_ld_and_microdata() -> None:
    page = lxml.html.fromstring(_live_page(_LEAD_EN, _POSTS_EN, declared=True, lang="en"))
    assert page_metadata(page, None).live
    plain = lxml.html.fromstring(_live_page(_LEAD_EN, _POSTS_EN, declared=False, lang="en"))
    assert not page_metadata(plain, None).live
    micro = lxml.html.fromstring(
        "<html><body><div itemscope itemtype='https://schema.org/LiveBlogPosting'>"
        "<p>x</p></div></body></html>"
    )
    assert page_metadata(micro, None).live


def test_on_a_live_page_the_posts_after_readabilitys_one_post_stay() -> None:
    from newsprism.extract.assemble import RawBlock
    from newsprism.extract.merge import Candidate, merge

    lead = [RawBlock("paragraph", p) for p in _LEAD_EN[:4]]
    posts = [
        RawBlock(kind, text)
        for title, first, second in _POSTS_EN
        for kind, text in (("heading", title), ("paragraph", first), ("paragraph", second))
    ]
    primary = Candidate.of(lead + posts)
    second = Candidate.of(lead)  # readability kept the lead's container, one post
    plain, _ = merge(primary, second)
    assert [b.text for b in plain] == _LEAD_EN[:4]  # elsewhere the tail trim stands
    live, _ = merge(primary, second, live=True)
    assert [b.text for b in live] == [b.text for b in lead + posts]
