"""Issue 11, round 33: the story's own box in an ``<aside>`` (a method note, a correction) is
read as the article, the site's asides (links, a sign-up form) are not; a page nested deeper
than the HTML parser reads keeps the text after the nest.  Invented pages."""

from __future__ import annotations

import lxml.html

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article
from newsprism.extract.deep_nesting import shallow_markup

_RU = (
    "С 2021 по 2026 год средний тариф на тепловую энергию в двадцати областных центрах вырос на "
    "63 процента, тогда как накопленная инфляция за тот же период составила около 49 процентов.",
    "Самым резким был рост в 2025 году, когда тарифы проиндексировали с первого июля сразу на "
    "11,9 процента, а в ряде регионов ещё выше предельного индекса.",
    "Собственники могут потребовать от управляющей компании перерасчёта, если температура в "
    "квартире ниже восемнадцати градусов, составив акт замера вместе с соседями.",
)
_METHOD = (
    "Мы взяли двадцать областных центров Северо-Западного и Центрального федеральных округов и "
    "для каждого города брали тариф единой теплоснабжающей организации для населения."
)
_SIDEBAR = (
    "<aside class='sidebar'><h3>Популярное</h3><ul>"
    "<li><a href='/a'>Мусорная реформа: пять лет спустя, что изменилось в областях</a></li>"
    "<li><a href='/b'>Сколько стоит школьный автобус и кто за него платит</a></li>"
    "<li><a href='/c'>Почему в райцентрах закрываются аптеки и что с этим делать</a></li>"
    "</ul></aside>"
)
_SIGNUP = (
    "<aside class='box'><h3>Рассылка «Цифры недели»</h3><p>Раз в неделю три графика о жизни в "
    "регионах, без рекламы и без спама, отписаться можно в любой момент одним щелчком.</p>"
    "<form action='/subscribe'><input type='email' name='email'><button>Подписаться</button>"
    "</form></aside>"
)


def _page(box: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _RU)
    return (
        "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'>"
        "<title>Тарифы на тепло выросли быстрее инфляции</title></head><body>"
        "<nav><a href='/'>Главная</a> <a href='/blog/'>Блог</a></nav><main><article>"
        "<h1>Тарифы на тепло выросли быстрее инфляции</h1>"
        f"<section class='e-content'>{paragraphs}{box}</section></article>{_SIDEBAR}</main>"
        f"{_SIGNUP}<footer><p>© 2026 Цифры и люди</p></footer></body></html>"
    ).encode()


def _body(article: Article) -> str:
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


def test_a_method_note_in_an_aside_after_the_story_is_read_as_the_story() -> None:
    note = f"<aside class='note note-info'><h3>Методика</h3><p>{_METHOD}</p></aside>"
    body = _body(newsprism.read(_page(note), stages=()))
    assert _METHOD in body and "Методика" in body
    assert all(p in body for p in _RU)
    # the site's asides stay out: links to other stories, a sign-up box with a form
    assert "Мусорная реформа" not in body and "Раз в неделю" not in body


def test_an_aside_of_links_or_with_a_form_is_not_the_story_even_after_prose() -> None:
    links = (
        "<aside class='note'><h3>Читайте также</h3><p><a href='/x'>Как управляющие компании "
        "считают отопление и почему квитанции в соседних домах различаются вдвое.</a></p></aside>"
    )
    form = (
        "<aside class='note'><p>Расскажите, сколько вы платите за отопление в своём городе, и мы "
        "добавим ваши данные в следующий выпуск нашего исследования.</p>"
        "<form action='/tell'><textarea name='t'></textarea><button>Отправить</button></form>"
        "</aside>"
    )
    body = _body(newsprism.read(_page(links + form), stages=()))
    assert "Как управляющие компании" not in body and "Расскажите" not in body
    assert all(p in body for p in _RU)


_EN = [
    f"Paragraph {i}: the harbour board voted to keep the night ferry running through the winter "
    f"after {400 + i * 37} residents of the island signed a petition against the cut."
    for i in range(8)
]


def test_the_text_after_a_nest_deeper_than_the_parser_reads_is_kept() -> None:
    # an old template opens a <font> on every line and never closes it
    lines = "".join(f"<font face='Arial'>{i}. " for i in range(2600))
    page = (
        "<html><head><title>Night ferry stays</title></head><body><h1>Night ferry stays</h1>"
        + "".join(f"<p>{p}</p>" for p in _EN[:3])
        + lines
        + "".join(f"<p>{p}</p>" for p in _EN[3:])
        + "</body></html>"
    ).encode()
    text = newsprism.read(page, stages=()).text
    assert all(p in text for p in _EN)


def test_the_shallow_rewrite_keeps_every_word_and_closes_what_html_closes() -> None:
    deep = "<div>" + "<span>x " * 3000 + "</div>"
    shallow, left_out = shallow_markup(deep, limit=100)
    assert left_out == 3000 - 99  # the div and 99 spans kept
    assert lxml.html.fromstring(shallow).text_content().split() == ["x"] * 3000
    # paragraphs, list items and cells nobody closed are siblings, not a nest: nothing left out
    flat = "<p>a" * 3000 + "<ul>" + "<li>b" * 3000 + "</ul><table><tr>" + "<td>c" * 3000
    assert shallow_markup(flat, limit=100)[1] == 0


_COURT = (
    "Приречный районный суд рассмотрел гражданское дело по иску владельца легкового автомобиля "
    "к управляющей компании о возмещении ущерба от упавшей с крыши наледи.",
    "Как установил суд, истец оставил автомобиль во дворе многоквартирного дома, где проживает; "
    "около семи утра с кровли на машину сошла глыба льда.",
)


def _court_page(title: str, masthead: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _COURT)
    return (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
        f"<title>{title}</title></head><body>{masthead}"
        "<div class='content'><h1>Управляющая компания возместит владельцу автомобиля ущерб от "
        f"упавшей с крыши наледи</h1><div class='date'>12.03.2024</div>{paragraphs}</div>"
        "</body></html>"
    ).encode("cp1251")


def test_a_generic_title_yields_to_the_headline_the_page_prints() -> None:
    article = newsprism.read(_court_page("Пресс-релиз :: Приречный районный суд"), stages=())
    assert article.title is not None and article.title.startswith("Управляющая компания")
    assert all(p in article.text for p in _COURT)


def test_a_title_of_a_headline_s_length_or_a_masthead_link_keeps_the_title() -> None:
    # a <title> as long as a headline is the headline, though worded otherwise
    seo = "Суд обязал УК заплатить за разбитую льдом машину во дворе"
    assert newsprism.read(_court_page(seo), stages=()).title == seo
    # an <h1> that is the masthead's logo link is the site's name, not the headline
    logo = "<h1><a href='/'>Приречный районный суд Ульяновской области</a></h1>"
    page = (
        _court_page("Пресс-релиз", masthead=logo)
        .replace("<h1>Управляющая".encode("cp1251"), "<h2>Управляющая".encode("cp1251"))
        .replace("наледи</h1>".encode("cp1251"), "наледи</h2>".encode("cp1251"))
    )
    assert newsprism.read(page, stages=()).title == "Пресс-релиз"
