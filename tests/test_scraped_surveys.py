"""Scraped text: an opinion survey that a story reports (its question, each answer with its
share under it) is the story's text; a reader poll shows itself the page's widget by its label,
its number of votes or its button, and only then leaves the story.  Pages we wrote (invented
places and people), in English and Russian."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped
from tests.test_scraped_thirtyseventh import _POLL_RESULTS_EN, _POLL_RESULTS_RU

_SURVEY_EN = """The Marshby Echo
News · Sport · What's On · Opinion
Independents lead in first poll of the council campaign
A survey of 800 residents puts the Marshby Independents ahead with five weeks to go
By Nell Ashworth
5 December 2026
The Marshby Independents would win the most votes if the council election were held now, according to a survey published on Friday by the Eastholme Research Centre.
Researchers phoned 800 adults in the borough between 20 and 28 November and put to them one question.
Which party would you vote for if the council election were held tomorrow?
Marshby Independents
38%
Labour
29%
Conservative
21%
Green
12%
The centre said the margin of error was about three and a half points either way.
Labour's group leader, Dev Sharma, said the party would campaign on bus routes and ferry fares.
"""

_SURVEY_RU = """Вести Заречья
Новости · Общество · Спорт · Афиша
Большинство жителей района против закрытия сельских школ
Социологи опросили 600 жителей Заречного района
Анна Кречетова
5 декабря 2026
Почти две трети жителей Заречного района выступают против закрытия малокомплектных сельских школ, показал опрос областного центра социологии.
Социологи опросили 600 взрослых жителей района с 18 по 25 ноября. Результаты опроса приводим ниже.
Как вы относитесь к закрытию малокомплектных сельских школ?
Против закрытия
64%
Поддерживаю, если будет школьный автобус
23%
Затрудняюсь ответить
13%
Погрешность опроса не превышает четырёх процентных пунктов, уточнили в центре.
Решение о судьбе школ районный совет примет в феврале.
"""


def _shown(page: str) -> list[str]:
    _, blocks, _ = extract_scraped(page)
    return [line for b in blocks for line in b.text.split("\n")]


def _between(page: str, first: str, last: str) -> list[str]:
    lines = page.splitlines()
    return lines[lines.index(first) : lines.index(last) + 1]


def test_a_survey_the_story_reports_keeps_its_question_and_figures() -> None:
    for page, question, last in (
        (
            _SURVEY_EN,
            "Which party would you vote for if the council election were held tomorrow?",
            "12%",
        ),
        (_SURVEY_RU, "Как вы относитесь к закрытию малокомплектных сельских школ?", "13%"),
    ):
        shown = _shown(page)
        survey = _between(page, question, last)
        assert len(survey) >= 7
        # every line of it, in its order, and the story goes on under it
        at = shown.index(question)
        assert shown[at : at + len(survey)] == survey, shown
        assert shown[at + len(survey)].startswith(("The centre said", "Погрешность опроса"))


def test_a_reader_poll_with_only_its_label_or_only_its_votes_is_still_chrome() -> None:
    for page, label, votes in (
        (_POLL_RESULTS_EN, "Quick poll", "2,108 votes"),
        (_POLL_RESULTS_RU, "Опрос", "Проголосовали 1 512 человек"),
    ):
        question = page.splitlines()[page.splitlines().index(label) + 1]
        for variant in (page.replace(votes + "\n", ""), page.replace(label + "\n", "")):
            shown = set(_shown(variant))
            poll = _between(variant, question, "19%" if "19%" in variant else "26%")
            assert not shown & set(poll), (shown & set(poll), variant)
            assert label not in shown and votes not in shown


def test_a_survey_announced_by_its_paragraph_stays_even_under_a_button() -> None:
    # the story's paragraph says the figures follow: a "See results" link after them is the
    # survey's own link, not a poll's button, and the figures stay
    page = _SURVEY_EN.replace(
        "and put to them one question.", "and published the results below."
    ).replace("12%\n", "12%\nSee results\n")
    shown = _shown(page)
    assert "Which party would you vote for if the council election were held tomorrow?" in shown
    assert {"Labour", "29%", "Green", "12%"} <= set(shown), shown


def test_a_paragraph_opening_with_the_word_poll_is_no_polls_label() -> None:
    # the paragraph over the question opens with «Опрос» / "Poll": the story's, not a label
    for page, old, new, question in (
        (
            _SURVEY_RU,
            "Социологи опросили 600 взрослых жителей района с 18 по 25 ноября. Результаты опроса приводим ниже.",
            "Опрос проводился по телефону с 18 по 25 ноября, в нём участвовали 600 взрослых жителей района.",
            "Как вы относитесь к закрытию малокомплектных сельских школ?",
        ),
        (
            _SURVEY_EN,
            "Researchers phoned 800 adults in the borough between 20 and 28 November and put to them one question.",
            "Pollsters phoned 800 adults in the borough between 20 and 28 November for the survey.",
            "Which party would you vote for if the council election were held tomorrow?",
        ),
    ):
        assert old in page
        shown = _shown(page.replace(old, new))
        assert question in shown and shown[shown.index(question) + 2] in ("38%", "64%"), shown
