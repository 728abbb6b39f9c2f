"""Review, nineteenth session: a press release's boilerplate header ("About <the company>",
«О компании») ends scraped text, but a short paragraph or a subheading that opens with
"About"/«О» is running text: the rule read any such line case-insensitively ("About half of
them left.", «О парковке», «О Заречном») and dropped the rest of the article.  Invented pages."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

_EN = [
    "Library move delayed again",
    "The council met on Tuesday evening to discuss the plan for the new library, which has "
    "been delayed for two years by disputes over funding and design.",
    "Residents filled the hall and many of them spoke against the proposal to move the library "
    "to the edge of town, far from the bus routes that serve the centre.",
    "The mayor said the decision would be taken next month after the budget review, and "
    "promised that the old building would stay open until then.",
]
_EN_TAIL = [
    "The rest stayed until midnight, when the chair closed the meeting after a long debate "
    "about parking on the market square.",
    "A second meeting is planned for early January, the clerk said.",
]
_RU = [
    "Перенос библиотеки снова отложен",
    "Городской совет во вторник обсудил план строительства новой библиотеки, которое "
    "откладывается уже два года из-за споров о финансировании.",
    "Жители заполнили зал, и многие выступили против предложения перенести библиотеку на "
    "окраину города, далеко от автобусных маршрутов.",
    "Мэр сказал, что решение примут в следующем месяце после пересмотра бюджета, и пообещал, "
    "что старое здание будет работать до тех пор.",
]
_RU_TAIL = [
    "Отдельно жители говорили о парковке: мест у нового здания будет вдвое меньше, чем сейчас "
    "у старого, сказал депутат.",
    "Следующее заседание назначено на январь, сообщили в совете.",
]


def _text(lines: list[str]) -> str:
    _, blocks, _ = extract_scraped("\n\n".join(lines))
    return "\n".join(b.text for b in blocks)


def test_a_short_paragraph_opening_with_about_is_running_text() -> None:
    text = _text([*_EN, "About half of them left before the vote.", *_EN_TAIL])
    assert "About half of them left" in text and "second meeting" in text


def test_a_subheading_opening_with_about_is_running_text() -> None:
    text = _text([*_EN, "About the new site", *_EN_TAIL])
    assert "second meeting" in text
    for heading in ("О парковке", "О Заречном"):
        text = _text([*_RU, heading, *_RU_TAIL])
        assert "Следующее заседание" in text, heading


def test_a_named_company_header_still_ends_the_release() -> None:
    for header, description in (
        (
            "About Marlow Foods Ltd.",
            "Founded in 1962, Marlow Foods makes bread and cakes for supermarkets in the north "
            "of the country and employs about 900 people at four sites.",
        ),
        (
            "ABOUT MARLOW FOODS",
            "Marlow Foods makes bread and cakes for supermarkets in the north of the country "
            "and employs about 900 people at four sites.",
        ),
        (
            "О компании",
            "«Марлоу Фудс» выпускает хлеб и пирожные для сетевых магазинов с 1962 года, на "
            "четырёх её заводах работают около 900 человек.",
        ),
        (
            "Об Аэрофлоте",
            "ПАО «Аэрофлот» — крупнейшая авиакомпания страны, основанная в 1923 году; её "
            "самолёты летают в 150 городов мира.",
        ),
    ):
        text = _text([*_EN, header, description])
        assert description not in text, header
