"""Scraped text, round 44: each mechanism tested on pages we wrote (invented places and people);
each rule test fails on the round-43 code (f2cda83a); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import _clipped_sentences, extract_scraped


def _blocks(page: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(page)
    return [(b.kind, b.text) for b in blocks if b.kind != "figure"]


_P1 = (
    "Библиотеку на улице Садовой в Верхнекамске закроют на ремонт с первого марта, сообщили "
    "в городском управлении культуры."
)
_P2 = (
    "Читателям предложат брать книги в филиале на Школьной улице. Туда же перевезут детский "
    "абонемент и часть фонда краеведческого отдела."
)
_P3 = (
    "Ремонт должен занять восемь месяцев. В управлении обещают, что к осени в здании появятся "
    "лифт, новый читальный зал и кафе для посетителей."
)


def _page(body: list[str]) -> str:
    return "\n".join(
        [
            "Верхнекамский курьер",
            "Новости · Город · Культура · Спорт",
            "Культура",
            "Библиотеку на Садовой закроют на ремонт до осени",
            "14 февраля 2026, 12:30",
            *body,
            "Поделиться",
            "© 2026 Верхнекамский курьер",
        ]
    )


# -- an ad's copy between paragraphs ------------------------------------------------------------


def test_two_ad_lines_under_the_ad_label_are_the_pages() -> None:
    # the label takes the line under it; the second ad was read as a heading over the text
    ads = [
        "Реклама",
        "Натяжные потолки за один день — скидка 20% до конца месяца",
        "Ремонт стиральных машин на дому. Выезд бесплатно",
    ]
    blocks = _blocks(_page([_P1, _P2, *ads, _P3]))
    assert blocks == [("paragraph", _P1), ("paragraph", _P2), ("paragraph", _P3)]


def test_an_english_ad_of_two_clipped_sentences_is_no_heading() -> None:
    assert _clipped_sentences("Fresh flowers delivered across the county. Order by noon")
    assert _clipped_sentences("Окна от производителя. Замер бесплатно. Тел. 8 (3412) 00-00-00")


def test_numbered_and_step_headings_stay() -> None:
    # a number, a step or a cry before the stop: a heading's shape, never an ad's
    for heading in (
        "1. Что случилось",
        "Шаг 2. Позвоните в управляющую компанию",
        "ГОЛ! 1:0. Лаптев открывает счёт",
        "3. What the council decided",
    ):
        assert not _clipped_sentences(heading), heading


def test_a_caption_of_two_sentences_is_no_ad() -> None:
    # a caption's second sentence is long, or it is the photo's credit
    assert not _clipped_sentences(
        "Читальный зал на втором этаже. Его откроют первым, ещё до окончания ремонта фасада"
    )
    assert not _clipped_sentences("Директор библиотеки Нина Орлова в хранилище. Фото автора")


def test_a_heading_between_paragraphs_stays() -> None:
    blocks = _blocks(_page([_P1, _P2, "Куда пойти читателям", _P3]))
    assert ("heading", "Куда пойти читателям") in blocks


# -- a pull quote's attribution without its dash ------------------------------------------------

_SAID = (
    "— Мы долго откладывали ремонт, но крыша больше не выдержит ещё одной зимы, а читатели "
    "заслуживают нормального здания, — сказала директор библиотеки Нина Орлова."
)
_PULL = "«Крыша больше не выдержит ещё одной зимы, а читатели заслуживают нормального здания»"


def test_a_bare_attribution_under_a_pull_quote_is_the_quotes() -> None:
    body = [_P1, _SAID, _PULL, "Нина Орлова, директор библиотеки", _P2, _P3]
    blocks = _blocks(_page(body))
    assert all("Нина Орлова, директор" not in text for _, text in blocks)
    assert ("paragraph", _P2) in blocks


def test_a_heading_under_a_pull_quote_stays() -> None:
    # no name and comma: a heading of the story's next section, as before
    body = [_P1, _SAID, _PULL, "Что будет с детским абонементом", _P2, _P3]
    assert ("heading", "Что будет с детским абонементом") in _blocks(_page(body))


# -- an embedded post's signature ---------------------------------------------------------------


def test_an_embedded_posts_signature_is_the_platforms() -> None:
    post = "Библиотека закрывается на ремонт, но книги никуда не денутся. Ждём вас на Школьной!"
    body = [_P1, "Директор написала в своём канале:", post, "— @orlova_biblio, 13 февраля 2026"]
    blocks = _blocks(_page([*body, _P2, _P3]))
    assert all("@orlova_biblio" not in text for _, text in blocks)
    assert ("paragraph", post) in blocks


def test_an_english_posts_signature_without_a_date() -> None:
    post = "Library closes for repairs on March 1. All loans are extended until the autumn."
    page = "\n".join(
        [
            "The Eastfield Echo",
            "Library to close for eight months of repairs",
            "14 February 2026",
            "The library on Garden Street will close on March 1, the council said on Friday.",
            "The council posted on its account:",
            post,
            "— @EastfieldCouncil",
            "Readers can borrow books from the branch on School Lane while the work goes on.",
            "© 2026 The Eastfield Echo",
        ]
    )
    assert all("@EastfieldCouncil" not in text for _, text in _blocks(page))


# -- review fix: the clipped ad needs an ad's label above it --------------------------------------

_EN1 = (
    "The council of Marlow Bay voted on Tuesday to close the old harbour bridge to lorries from "
    "the first of May, after an inspection found cracks in two of its piers."
)
_EN2 = (
    "Engineers said the bridge could still carry cars and buses, but that the weight of goods "
    "traffic was wearing the piers faster than the council could repair them."
)
_EN3 = (
    "Harbour Street traders said they feared the detour would cost them custom, and asked the "
    "council to let delivery vans through before nine in the morning."
)


def _en_page(body: list[str]) -> str:
    return "\n".join(
        [
            "Marlow Bay Gazette",
            "News · Sport · Business · Opinion",
            "Bridge to close to lorries from May",
            "12 March 2026",
            *body,
            "Share this article",
            "© 2026 Marlow Bay Gazette",
        ]
    )


def test_a_hard_wrapped_piece_under_a_line_of_the_pages_stays() -> None:
    # a wrapped paragraph's piece ends one sentence and opens the next; under a share button
    # (the page's, but no ad's label) it is the story's text, not an ad's copy
    piece = "Lorries will use the ring road for two years. Local firms"
    blocks = _blocks(_en_page([_EN1, "Share this article", piece, _EN3]))
    assert piece in [text for _, text in blocks]


def test_a_russian_wrapped_piece_under_a_photo_line_stays() -> None:
    piece = "Читальный зал переедет на Школьную улицу. Детский абонемент"
    blocks = _blocks(_page([_P1, "Фото", piece, _P3]))
    assert piece in [text for _, text in blocks]


def test_an_english_clipped_ad_under_its_label_goes() -> None:
    ad = "Garden sheds built to measure. Call today"
    blocks = _blocks(_en_page([_EN1, _EN2, "Advertisement", ad, _EN3]))
    assert blocks == [("paragraph", _EN1), ("paragraph", _EN2), ("paragraph", _EN3)]


def test_a_clipped_ad_under_the_legal_label_goes() -> None:
    # the label the law requires, then the ad's copy, then the next ad's clipped copy
    ads = [
        "Реклама. ООО «Потолки Плюс», ИНН 1800000000, erid: 2VtzqwXkA7c",
        "Натяжные потолки за один день — скидка 20% до конца месяца",
        "Ремонт стиральных машин на дому. Выезд бесплатно",
        "Окна от производителя. Замер бесплатно",
    ]
    blocks = _blocks(_page([_P1, _P2, *ads, _P3]))
    assert blocks == [("paragraph", _P1), ("paragraph", _P2), ("paragraph", _P3)]
