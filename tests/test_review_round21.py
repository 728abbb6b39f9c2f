"""Review of round 21: faults found in what landed, each with a test that fails on the code
before the fix (invented English and Russian pages and sentences, not evaluation text).

- figures: a people's name in the plural right after a number ("300 Moldovans fled …") is what
  is counted; the words after it are the clause, not more modifiers of a later plural;
- attribution: a document "from the lawyer of X" or "from a spokesman for X" is the lawyer's or
  the spokesman's, not X's (the name after "of"/"for" is whom the author speaks for);
- scraped text: the story's last sentence may have the site as its subject ("Reuters could
  not verify …", «Ведомости направили запрос …»): it is the story's, not the site describing
  itself ("The Harbour Post is an independent newsroom …"), and stays in the body;
- scraped text: a list after a colon may end on a short last paragraph (it was dropped as a
  link list), and names over the date line with no headline above them are the headline, not
  the byline.
"""

from __future__ import annotations

import pytest
from scraped_samples import PARA, PARA2, blocks

_EN = [
    "Home",
    "News",
    "Port strike enters its third week as talks stall",
    "By Helen Marsh",
    "December 3, 2026",
    PARA,
    PARA2,
]


def test_a_last_sentence_with_the_site_as_its_subject_stays() -> None:
    last = "Harbour Wire could not independently verify the number of containers affected."
    tail = ["Share", "© 2026 Harbour Wire. All rights reserved."]
    got = blocks("\n".join([*_EN, last, *tail]))
    assert got[-1] == ("paragraph", last)


def test_the_site_describing_itself_after_the_story_is_still_chrome() -> None:
    tail = [
        "Harbour Wire is an independent news agency owned by its staff.",
        "Share",
        "© 2026 Harbour Wire. All rights reserved.",
    ]
    got = blocks("\n".join([*_EN, *tail]))
    assert got[-1] == ("paragraph", PARA2)


_RU = [
    "Главная",
    "Новости",
    "Порт в третий раз за месяц остановил погрузку",
    "Анна Кузьмина",
    "3 декабря 2026",
    "Докеры северного порта во вторник снова вышли на забастовку, сотни контейнеров остаются "
    "на причалах, а очередь судов на рейде растет третий день подряд.",
    "Профсоюз утверждает, что зарплаты не индексировались с 2022 года, а оператор порта "
    "предлагает повышение на 4% в течение двух лет.",
]


def test_a_russian_last_sentence_with_the_site_as_its_subject_stays() -> None:
    last = "«Северный курьер» направил запрос в пресс-службу оператора порта."
    tail = ["Поделиться", "© 2026 Северный курьер. Все права защищены."]
    got = blocks("\n".join([*_RU, last, *tail]))
    assert got[-1] == ("paragraph", last)


def test_a_russian_site_describing_itself_is_still_chrome() -> None:
    tail = [
        "«Северный курьер» — независимое региональное издание, которое существует на деньги "
        "читателей.",
        "Поделиться",
        "© 2026 Северный курьер. Все права защищены.",
    ]
    got = blocks("\n".join([*_RU, *tail]))
    assert got[-1][0] == "paragraph" and got[-1][1].startswith("Профсоюз")


# -- figures: a people's name in the plural is the counted noun, not a modifier --------------


def _read(text: str) -> list[tuple[float, str | None]]:
    from newsprism.claims.extract import find_quantities

    return [(q.value, q.unit) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause after the head was read into what is counted
        ("About 300 Moldovans fled heavy floods on the plain overnight.", [(300.0, "moldovan")]),
        ("At least 25 Liberals opposed new tariffs on timber.", [(25.0, "liberal")]),
        ("Some 150 Bolivians crossed Chilean border posts on Monday.", [(150.0, "bolivian")]),
        # inside a name the plural still modifies
        ("The panel heard 5 United States senators on Monday.", [(5.0, "united states senator")]),
    ],
)
def test_a_plural_name_after_the_number_is_what_is_counted(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _read(text) == expected


# -- scraped text: a list after a colon that ends on a short last paragraph ------------------


def test_a_list_after_a_colon_ending_on_a_short_paragraph_is_kept() -> None:
    page = [
        *_RU[:5],
        _RU[5],
        "В плане названы улицы, которые отремонтируют первыми:",
        "Ленина, от площади до моста",
        "Садовая и Первомайская, на всем протяжении",
        "Заречная, от рынка до школы",
        "Заявки на компенсацию примут со следующей недели, сообщили в мэрии.",
    ]
    got = blocks("\n".join(page))
    assert ("list", "\n".join(page[7:10])) in got
    assert got[-1] == ("paragraph", page[-1])


# -- attribution: a letter from someone's lawyer is the lawyer's -----------------------------


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("a letter from the lawyer of Thomas Greene", "the lawyer"),
        ("a letter from a spokesman for Maria Novak", "a spokesman"),
    ],
)
def test_a_document_from_someones_representative_is_the_representatives(
    sentence: str, author: str
) -> None:
    from attributed import attributed, speaker_of

    text = (
        "The court heard the case against the builder on Monday.\n\n"
        f'At the hearing, the judge read out {sentence}: "The bill was paid in full in March, '
        'and nobody will pay it twice."'
    )
    assert speaker_of(attributed(text), "paid in full") == author


# -- scraped text: names over the date with no headline above them are the headline ----------


def test_two_names_over_the_date_with_no_headline_above_are_the_title() -> None:
    from newsprism.extract.scraped import extract_scraped

    page = ["Home", "Politics", "Keir Starmer and Rishi Sunak", "December 3, 2026", PARA, PARA2]
    title, _, metadata = extract_scraped("\n".join(page))
    assert title == "Keir Starmer and Rishi Sunak"
    assert metadata.authors == ()
