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
