"""Issue 11, round 31: a print version — the story set straight in ``<body>`` between ``<br>``s
under a masthead table — and its ``<title>``'s print label.  Invented text."""

from __future__ import annotations

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article
from newsprism.extract.assemble import RawBlock
from newsprism.extract.merge import Candidate, _wall

_STORY_RU = (
    "На заводе «Агромаш» в Сызрани запустили линию сварки рам для прицепов. Она позволит "
    "выпускать до 1200 прицепов в год, сообщил директор предприятия Андрей Лыков.",
    "Оборудование обошлось в 230 миллионов рублей, половину суммы предоставил региональный фонд "
    "развития промышленности в виде займа под один процент годовых.",
    "По словам Лыкова, на новой линии будут работать 45 человек, из них 30 уже прошли обучение "
    "на заводе-изготовителе оборудования в Челябинске.",
    "В прошлом году завод выпустил 640 прицепов, большая часть которых ушла хозяйствам "
    "Самарской и Ульяновской областей.",
)


def _print_page(title: str) -> bytes:
    story = "<br><br>\n".join(_STORY_RU)
    return (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        f"<title>{title}</title></head><body onload='window.print()'>"
        "<table width='100%'><tr><td><img src='/logo.gif' alt=''></td>"
        "<td align='right'>Новости Приволжья<br>www.priv-news.example</td></tr></table><hr>"
        "<b>На заводе «Агромаш» запустили новую линию</b><br><i>03.04.2026 10:15</i><br><br>"
        f"{story}<br><br><hr>"
        "Адрес материала: http://www.priv-news.example/news/2026/04/03/agromash.html<br>"
        "© Новости Приволжья. При перепечатке ссылка обязательна.</body></html>"
    ).encode()


def _body(article: Article) -> str:
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


def test_a_print_version_under_a_masthead_table_keeps_its_story() -> None:
    # readability took the masthead cell (the site's name and address: no sentence); the
    # footer line that repeats the name is no "wall" that buries an article it did not find
    article = newsprism.read(_print_page("Версия для печати: На заводе «Агромаш»"), stages=())
    body = _body(article)
    for paragraph in _STORY_RU:
        assert paragraph in body
    assert article.metadata.extractor == "trafilatura"


def test_a_wall_buries_an_article_only_when_readability_found_one() -> None:
    footer = RawBlock(
        "paragraph",
        "Новости Приволжья www.priv-news.example. " + " ".join(f"Рубрика {i}" for i in range(40)),
    )
    primary = Candidate.of([footer])
    masthead = Candidate.of(
        [RawBlock("paragraph", "Новости Приволжья"), RawBlock("paragraph", "www.priv-news.example")]
    )
    assert not _wall(primary, masthead)
    story = Candidate.of([RawBlock("paragraph", _STORY_RU[0])])
    wall = Candidate.of(
        [RawBlock("paragraph", " ".join(f"Раздел {i}" for i in range(80)) + " " + _STORY_RU[0])]
    )
    assert _wall(wall, story)


def test_a_print_label_is_no_part_of_the_headline() -> None:
    for title in (
        "Версия для печати: На заводе «Агромаш» запустили новую линию",
        "На заводе «Агромаш» запустили новую линию (версия для печати)",
    ):
        article = newsprism.read(_print_page(title), stages=())
        assert article.title == "На заводе «Агромаш» запустили новую линию"
        # the headline printed in bold above the story is the title, not the body's first line
        assert not _body(article).startswith("На заводе «Агромаш» запустили новую линию\n")
    english = (
        b"<html><head><title>Print: Library extension opens after two-year delay</title></head>"
        b"<body><p>Westbury's library extension finally opened to the public on Thursday, two "
        b"years later than planned and 1.2 million pounds over budget.</p><p>The new wing adds "
        b"a children's library and a study room with forty desks.</p></body></html>"
    )
    assert (
        newsprism.read(english, stages=()).title == "Library extension opens after two-year delay"
    )
    # a headline that starts with the word is no label
    print_is = english.replace(b"Print: Library", b"Print is dead, long live the Library")
    assert newsprism.read(print_is, stages=()).title.startswith("Print is dead")


_TARIFFS = (
    ("Вода", "Холодная вода подорожает на 11,2 процента, до 48 рублей 30 копеек за кубометр, "
     "а водоотведение — на 10,5 процента."),
    ("Отопление", "Тариф на отопление вырастет на 9,1 процента; для домов с общедомовыми "
     "счётчиками итоговая сумма будет зависеть от погоды."),
    ("Электричество", "Электроэнергия для квартир с газовыми плитами подорожает до 6 рублей "
     "12 копеек за киловатт-час, с электроплитами — до 4 рублей 28 копеек."),
)  # fmt: skip
_TARIFF_TEXT = (
    "Решение утвердил региональный комитет по тарифам на заседании в пятницу. Рост ниже, чем "
    "предлагали ресурсоснабжающие организации, которые просили до 14 процентов.",
    "Льготы для пенсионеров и многодетных семей сохранятся. Субсидию можно оформить, если "
    "расходы на коммунальные услуги превышают 22 процента дохода семьи.",
)


_HIDDEN = " style='display: none;'"


def _tabs_page(aria: bool) -> bytes:
    if aria:
        labels = "".join(
            f"<button role='tab' aria-controls='p{i}' id='t{i}'>{label}</button>"
            for i, (label, _) in enumerate(_TARIFFS)
        )
        tablist = f"<div role='tablist'>{labels}</div>"
    else:
        labels = "".join(
            f"<li><a href='#p{i}' data-toggle='tab'>{label}</a></li>"
            for i, (label, _) in enumerate(_TARIFFS)
        )
        tablist = f"<ul class='nav nav-tabs'>{labels}</ul>"
    panels = "".join(
        f"<div class='tab-pane' id='p{i}' role='tabpanel'{_HIDDEN if i else ''}><p>{text}</p></div>"
        for i, (_, text) in enumerate(_TARIFFS)
    )
    return (
        "<!doctype html><html lang='ru'><head><meta charset='utf-8'>"
        "<title>Как изменятся тарифы с 1 июля — Городской портал</title></head><body>"
        "<div class='menu'><a href='/'>Главная</a> <a href='/news'>Новости</a></div>"
        "<div class='news-item'><h1>Как изменятся тарифы с 1 июля</h1>"
        f"<div class='news-text'><p>{_TARIFF_TEXT[0]}</p></div>{tablist}"
        f"<div class='tab-content'>{panels}</div>"
        f"<div class='news-text'><p>{_TARIFF_TEXT[1]}</p></div></div>"
        "<div class='footer'>© Городской портал</div></body></html>"
    ).encode()


def test_every_tab_panel_is_read_hidden_or_not() -> None:
    for aria in (True, False):
        article = newsprism.read(_tabs_page(aria), stages=())
        blocks = [(b.kind, b.text) for b in article.blocks if b.kind not in AUXILIARY_KINDS]
        # the labels stay controls (a writer's gold left a live page's filter tabs out)
        expected = [("paragraph", t) for t in (_TARIFF_TEXT[0], *(t for _, t in _TARIFFS))]
        expected.append(("paragraph", _TARIFF_TEXT[1]))
        assert blocks == expected, aria


_CLOCK = (
    "The clock on Ashby town hall will chime again on Saturday for the first time in thirty "
    "years, after volunteers finished restoring its mechanism.",
    "The clock was silenced in 1996 when a cracked gear wheel made its striking train unsafe, "
    "and the council could not afford a repair.",
)
_CLOCK_REST = (
    "A group of six retired engineers took on the job in 2022. They cast a new gear wheel at a "
    "foundry in Walsall and rebuilt the escapement behind the fire station.",
    "The council will pay two thousand pounds a year for the clock's upkeep, and a brass band "
    "will play on the square at the first chime.",
)


def _read_more_page(button: str, rest: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head><title>Town hall clock to chime again</title>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Town hall clock to chime again</h1>"
        + "".join(f"<p>{p}</p>" for p in _CLOCK)
        + f"<div class='more-wrap'><div class='article-more' style='display:none'>{rest}</div>"
        f"<div class='more-box'>{button}</div></div>"
        "</article><footer>The Evening Star</footer></body></html>"
    ).encode()


def test_the_rest_a_read_more_button_opens_is_read_and_nothing_else_hidden_is() -> None:
    rest = "".join(f"<p>{p}</p>" for p in _CLOCK_REST)
    for button in (
        "<button class='js-more'>Continue reading</button>",
        "<span role='button' class='more'>Читать далее</span>",
    ):
        body = _body(newsprism.read(_read_more_page(button, rest), stages=()))
        assert all(p in body for p in (*_CLOCK, *_CLOCK_REST)), button
    # a button that is no "read more" control opens nothing the reader reads as the story
    body = _body(newsprism.read(_read_more_page("<button>Subscribe</button>", rest), stages=()))
    assert _CLOCK_REST[0] not in body and _CLOCK[1] in body
    # a hidden list of links beside "Show more" is a menu, not the story's rest
    links = "".join(f"<a href='/s/{i}'>Another story number {i}</a> " for i in range(8))
    body = _body(newsprism.read(_read_more_page("<button>Show more</button>", links), stages=()))
    assert "Another story" not in body


def test_an_amp_page_keeps_its_pictures_and_its_accordion() -> None:
    page = b"""<!doctype html><html amp lang="en"><head><meta charset="utf-8">
<title>Ferry operator fined over stranded passengers - Coastline News</title>
<link rel="canonical" href="https://coastline.example/news/ferry-fined">
<style amp-custom>body{font-family:Georgia}</style></head><body>
<header><a href="/">Coastline News</a><amp-sidebar id="sb" layout="nodisplay"><ul>
<li><a href="/news">News</a></li><li><a href="/travel">Travel</a></li></ul></amp-sidebar></header>
<div class="art"><h1>Ferry operator fined over stranded passengers</h1>
<figure><amp-img src="/img/ferry.jpg" width="800" height="450" layout="responsive"
alt="The ferry"></amp-img><figcaption>The Hebridean Star at its berth in Portree.
<span class="credit">Photo: Coastline News/Ann Ross</span></figcaption></figure>
<p>The regulator has fined Isles Ferry Company 380,000 pounds after more than 600 passengers
were left on a ferry overnight outside Portree harbour in February.</p>
<p>The ship lost power to its bow thrusters in a storm and was not allowed to berth, and its
passengers spent eleven hours aboard without hot food.</p>
<amp-accordion><section expanded><h4>What the regulator found</h4><div><p>The inquiry found
that the company had known about the fault in the thrusters for three weeks and had put off
the repair.</p></div></section></amp-accordion>
<p>The fine is the largest the regulator has imposed on a ferry operator since 2019.</p>
</div><footer><p>Coastline News 2026</p></footer></body></html>"""
    article = newsprism.read(page, stages=())
    figure = next(b for b in article.blocks if b.kind == "figure")
    assert figure.image == "https://coastline.example/img/ferry.jpg"
    assert figure.credit and "Ann Ross" in figure.credit
    body = _body(article)
    assert "had known about the fault in the thrusters" in body
    assert "largest the regulator has imposed" in body


def test_a_key_points_box_under_the_headline_is_kept_whole() -> None:
    points = (
        "The waiting list fell by 3,400 to 61,200 in October",
        "Hip and knee operations saw the biggest fall",
        "Cancer referrals still miss the 62-day target",
    )
    story = (
        "The number of people waiting for planned treatment at the three hospitals fell in "
        "October for the first time since 2021, figures published on Thursday show.",
        "The health trust said 61,200 people were on the waiting list at the end of the month, "
        "after it opened two new operating theatres at the City hospital.",
        "Cancer referrals still missed the national target: 71 per cent of patients started "
        "treatment within 62 days of an urgent referral, against a target of 85 per cent.",
    )
    page = (
        "<!doctype html><html lang='en'><head><title>Hospital waiting lists fall | Echo</title>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        "<h1>Hospital waiting lists fall</h1><aside class='box'><h2>Key points</h2><ul>"
        + "".join(f"<li>{p}</li>" for p in points)
        + "</ul></aside>"
        + "".join(f"<p>{p}</p>" for p in story)
        + "</article></main><footer>Echo</footer></body></html>"
    ).encode()
    blocks = [b for b in newsprism.read(page, stages=()).blocks if b.kind not in AUXILIARY_KINDS]
    assert (blocks[0].kind, blocks[0].text) == ("heading", "Key points")
    assert (blocks[1].kind, blocks[1].text) == ("list", "\n".join(points))
    assert [b.text for b in blocks[2:]] == list(story)


def test_the_rest_after_a_read_more_button_in_its_own_box_is_the_article() -> None:
    first = (
        "Plans to extend Hollins quarry by 40 hectares were refused by the county planning "
        "committee on Wednesday after a three-year campaign by residents of nearby villages.",
        "The operator wanted to extract a further 12 million tonnes of limestone over 25 years "
        "and said the extension would have kept 60 jobs at the site.",
        "Councillors voted eight to three against, citing the dust and lorry traffic that would "
        "have passed through Hollins and Greave, and the loss of ancient woodland.",
        "More than 2,300 people wrote to the council to object, one of the largest responses to "
        "a planning application in the county's history, the committee's chair said.",
    )
    rest = (
        "The operator said it was disappointed and would consider an appeal.",
        "The residents' association said it would ask the county to designate the woodland as "
        "a local nature reserve.",
    )
    page = (
        "<!doctype html><html lang='en'><head><title>Quarry expansion refused - Vale Courier"
        "</title></head><body><header><a href='/'>Vale Courier</a><nav><a href='/news'>News</a>"
        " <a href='/sport'>Sport</a></nav></header><main><h1>Quarry expansion refused</h1>"
        "<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in first) + "</div>"
        "<div class='fade'><button class='expand'>Read the full story</button></div>"
        "<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in rest) + "</div>"
        "<section class='related'><h2>Related</h2><ul><li><a href='/1'>Quarry lorries banned "
        "from village centre</a></li><li><a href='/2'>Woodland trust buys Greave valley</a>"
        "</li></ul></section></main><footer>Vale Courier</footer></body></html>"
    ).encode()
    assert _body(newsprism.read(page, stages=())) == "\n".join((*first, *rest))
