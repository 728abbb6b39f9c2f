"""Issue 11, round 28: a framework's shell whose data holds readers' posts besides the story
(the posts are never the article, whatever the data calls them; refusing is better), a
list-of-references payload (Nuxt's) read back into its objects, and the cheaper tests of the
raw page that give the same answers.  Invented text."""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article
from newsprism.errors import NoArticleTextError
from newsprism.extract import html as html_extract
from newsprism.extract.declared import declared_blocks

_STORY = (
    "The county council voted on Thursday to keep the Harlow Street library open for another "
    "three years, reversing a plan that would have closed it in April.",
    "Councillors said the decision followed a petition signed by more than four thousand "
    "residents and a review of how many children use the branch.",
    "The library will cut its Saturday hours to pay for a new roof, which engineers say must be "
    "replaced before next winter at a cost of about 180,000 pounds.",
    "The council will review the branch again in 2029, when its lease on the building ends and "
    "the landlord has said it intends to sell the site.",
)
_POSTS = (
    ("Marjorie P", "I have taken my grandchildren there every week for years and I am so glad "
     "the council finally listened to all of us."),
    ("dave_h", "Three more years is not a victory, it is a delay. They will close it in 2029 and "
     "we will be back here signing petitions again."),
    ("Sunita", "The roof has leaked for as long as I can remember, so it is good news that "
     "somebody is finally going to fix it properly."),
    ("Old Reader", "Saturday is the only day working families can go. Cutting those hours "
     "punishes exactly the people the library is meant for."),
    ("K. Lowe", "Well done to everyone who signed. It shows that a local campaign can still "
     "change what the council does when enough people care."),
    ("Priya N", "My daughter learned to read at that library and I will happily give money to "
     "the fund to bring the Saturday hours back."),
)  # fmt: skip


def _text(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


def _shell(script: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head><title>Library saved for three years</title></head>"
        f"<body><div id='__next'><div class='spinner'>Loading</div></div>{script}</body></html>"
    ).encode()


def _next_data(props: dict[str, Any]) -> bytes:
    state = {"props": {"pageProps": props}, "buildId": "b7"}
    return _shell(
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    )


def _posts(key: str = "author") -> list[dict[str, Any]]:
    return [
        {"id": i, key: {"name": name}, "createdAt": f"2026-11-2{i}T10:00:00Z", "body": text}
        for i, (name, text) in enumerate(_POSTS)
    ]


@pytest.mark.parametrize("where", ["thread", "conversation", "feedback"])
def test_readers_posts_under_any_key_are_not_the_article(where: str) -> None:
    page = _next_data({"story": {"paragraphs": list(_STORY)}, where: {"items": _posts()}})
    # the six posts outweigh the story; they were read as the article before
    assert _text(newsprism.read(page, stages=())) == list(_STORY)


def test_a_shell_holding_only_readers_posts_has_no_article() -> None:
    page = _next_data({"story": {"teaser": _STORY[0]}, "conversation": {"items": _posts("user")}})
    with pytest.raises(NoArticleTextError):
        newsprism.read(page, stages=())


def test_a_storys_blocks_of_a_few_kinds_are_still_the_story() -> None:
    kinds = ["paragraph", "quote", "paragraph", "paragraph"]
    blocks = [{"type": k, "text": t} for k, t in zip(kinds, _STORY, strict=True)]
    page = _next_data({"story": {"blocks": blocks, "byline": {"name": "Ann Hale"}}})
    assert _text(newsprism.read(page, stages=())) == list(_STORY)


def _references(story: list[str], posts: list[tuple[str, str]]) -> list[Any]:
    """A Nuxt-style payload: one flat list, every object's values positions in it."""
    flat: list[Any] = [["ShallowReactive", 1]]

    def put(value: Any) -> int:
        flat.append(value)
        return len(flat) - 1

    root = put(None)
    paragraphs = put([put(p) for p in story])
    article = put({"headline": put("Library saved for three years"), "paragraphs": paragraphs})
    items = [put({"author": put(name), "text": put(text)}) for name, text in posts]
    flat[root] = {"data": put({"article": article, "feedback": put(items)})}
    return flat


def test_a_list_of_references_payload_is_read_back_into_its_objects() -> None:
    flat = _references(list(_STORY), list(_POSTS))
    script = (
        "<script type='application/json' id='__NUXT_DATA__' data-ssr='true'>"
        f"{json.dumps(flat)}</script>"
    )
    article = newsprism.read(_shell(script), stages=())
    # read flat, the story and the posts were one group, the posts in the article's text
    assert _text(article) == list(_STORY)
    assert article.metadata.extractor == "declared"


def test_a_payload_that_is_no_list_of_references_is_read_as_it_is() -> None:
    script = f"<script>window.__STATE__ = {json.dumps([list(_STORY), {'n': 1}])};</script>"
    assert [b.text for b in declared_blocks(_shell(script).decode())] == list(_STORY)


@pytest.mark.parametrize(
    "page",
    [
        "<p>plain English</p>",
        "<p>“Quoted” English, translated by a reader</p>",
        "<p>Перевод с английского</p>",
        "<p>Машинный текст</p>",
        "<p>Переведено</p>",
        "<p>“curly” Translated</p>",
        "<p>Русский текст без нужных слов</p>",
    ],
)
def test_the_quick_notice_test_answers_as_the_word_by_word_one(page: str) -> None:
    words = ("ranslated", "еревед", "еревод", "ашинн")
    assert html_extract._may_hold_notice(page) == any(w in page for w in words)


_PARAGRAPHS = "".join(f"<p>{t}</p>" for t in _STORY)


def _page(inner: str) -> bytes:
    return (
        "<!doctype html><html><head><title>Library saved for three years</title></head><body>"
        f"<article><h1>Library saved for three years</h1>{inner}</article>"
        "<footer><a href='/'>Home</a></footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "line",
    [
        "Print | Email | Comments (3)",
        "Tags: libraries, council, Harlow Street",
        "Watch: the moment the vote was announced",
        "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
        "We use cookies to see how many people read our stories.",
    ],
)
def test_a_line_of_the_sites_furniture_in_the_story_goes(line: str) -> None:
    half = len(_STORY) // 2
    inner = "".join(f"<p>{t}</p>" for t in _STORY[:half]) + f"<p>{line}</p>"
    inner += "".join(f"<p>{t}</p>" for t in _STORY[half:])
    assert _text(newsprism.read(_page(inner), stages=())) == list(_STORY)


def test_a_header_of_links_after_the_story_goes_with_the_headlines() -> None:
    tail = (
        "<p>Read more</p><p>Harlow Street traders ask for a loading bay</p>"
        "<p>New roof for the town museum after years of leaks</p>"
    )
    assert _text(newsprism.read(_page(_PARAGRAPHS + tail), stages=())) == list(_STORY)


def test_sentences_of_the_story_that_hold_such_words_stay() -> None:
    story = [
        *_STORY,
        "Watch the council's meeting again on its website, the clerk said, as the vote was "
        "the closest in a decade.",
        "Read more about the petition in the group's newsletter, its chair told the meeting.",
        "We use cookies, jam and bread as prizes at the library's summer fair, a volunteer "
        "joked after the vote.",
    ]
    inner = "".join(f"<p>{t}</p>" for t in story)
    assert _text(newsprism.read(_page(inner), stages=())) == story


def test_a_header_of_links_followed_by_the_storys_sentences_stays() -> None:
    story = [*_STORY[:2], "Read more", *_STORY[2:]]
    inner = "".join(f"<p>{t}</p>" for t in story)
    assert _text(newsprism.read(_page(inner), stages=())) == story


_MATCH = (
    "Дождь начался за час до начала игры и не прекращался до финального свистка, поэтому "
    "обе команды почти не рисковали в первом тайме и больше играли длинными передачами.",
    "Гости открыли счет на двенадцатой минуте: после подачи углового мяч отскочил к "
    "защитнику, и тот с близкого расстояния пробил под перекладину.",
    "После перерыва хозяева поменяли двух полузащитников и сразу прибавили. Уже через пять "
    "минут нападающий сравнял счет ударом головой после навеса с фланга.",
    "Победный мяч был забит с пенальти за десять минут до конца матча. Судья назначил его "
    "после долгого просмотра видеоповтора, и гости еще несколько минут спорили с арбитром.",
    "В оставшееся время гости так и не создали ни одного опасного момента. Их тренер после "
    "игры сказал, что команда устала после длинного выездного отрезка календаря.",
    "Следующий матч хозяева проведут в субботу на своем поле. Клуб обещал к этому времени "
    "заменить газон, который болельщики и игроки критиковали всю осень.",
    "Билеты на следующую игру уже продаются в кассах стадиона и на сайте клуба. Для "
    "владельцев абонементов вход будет свободным, как и на всех домашних матчах сезона.",
    "Тренер хозяев отдельно поблагодарил болельщиков, которые пришли на стадион несмотря на "
    "ливень и поддерживали команду все девяносто минут без перерыва.",
)


def test_a_standfirst_under_an_h1_the_title_adds_to_is_found() -> None:
    from newsprism.extract.html import parse
    from newsprism.extract.standfirst import standfirst_candidate

    headline = "Камбэк в дождь и первое поражение лидера за одиннадцать туров"
    lead = (
        "«Северянка» отыгралась после пропущенного в начале мяча и прервала беспроигрышную "
        "серию «Соколов», которые остаются первыми в таблице."
    )
    page = (
        f"<html><body><article><h1>{headline}</h1><div class='meta'>Денис Курочкин</div>"
        f"<div class='lead'>{lead}</div>{''.join(f'<p>{t}</p>' for t in _MATCH)}"
        "</article></body></html>"
    )
    # the page's title is the score and the headline; the <h1> is the headline alone (the
    # standfirst was lost where trafilatura read such a page alone)
    found = standfirst_candidate(parse(page), f"«Северянка» — «Соколы» — 2:1: {headline}")
    assert found is not None and found.text == lead
    # an <h1> of a few words the title happens to hold is no headline
    short = page.replace(headline, "Футбол")
    assert standfirst_candidate(parse(short), f"«Северянка» — «Соколы» — 2:1: {headline}") is None
