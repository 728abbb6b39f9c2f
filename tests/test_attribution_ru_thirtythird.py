"""Russian attribution, thirty-third session (issue 12).  Invented articles, never evaluation
text.

- A sentence a paragraph break cuts in two (a page dropped a link or a name from it, and left
  «… Иван Петров говорил» / «, что …») is read whole: its cue gets the speaker and the content
  of both halves.  A paragraph that ends its sentence, or a next one that opens a sentence of
  its own, is not joined.
- An indirect content that is a noun phrase, not a clause («объявил о своей отставке»), is
  not capped below the confident bar for its grammar: on NEREL's half B such reports are right
  as often as the bar asks (the cap fitted on half A did not hold there).
- «возложил ответственность / вину за X на Y» is blaming: a report of the one who puts it, its
  content the noun's phrase with whom it is put on.
"""

from __future__ import annotations

from attributed import attributed, speaker_name

from newsprism.article import Article
from newsprism.attribution.quotes_ru import joined_paragraphs


def _said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]


_BROKEN = (
    "Завод в Липецке остановил вторую линию\n\n"
    "Линию остановили в среду утром из-за поломки пресса.\n\n"
    "Главный инженер завода Павел Крылов говорил\n\n"
    ", что ремонт пресса займёт не меньше двух недель.\n\n"
    "— Мы успеем к осени, — сказал\n\n"
    "директор завода Олег Гусев.\n"
)


def test_a_sentence_cut_by_a_paragraph_break_is_read_whole() -> None:
    article = attributed(_BROKEN, "ru")
    repair = _said(article, "ремонт пресса")
    assert [name for _, name in repair] == ["Павел Крылов"], repair
    autumn = _said(article, "успеем к осени")
    assert [name for _, name in autumn] == ["Олег Гусев"], autumn


def _spans(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for para in text.split("\n\n"):
        out.append((at, at + len(para.rstrip("\n"))))
        at += len(para) + 2
    return out


def _joined(text: str) -> list[str]:
    return [text[a:b] for a, b in joined_paragraphs(text, _spans(text))]


def test_only_a_paragraph_that_ends_mid_sentence_is_joined() -> None:
    text = (
        "Новости\n\nОн сказал\n\n, что придёт.\n\nВсё готово.\n\nОни пришли\n\nВ среду было тихо.\n"
    )
    # the cut sentence is one; a sentence ended by its mark and a capital opening stay apart
    assert _joined(text) == [
        "Новости",
        "Он сказал\n\n, что придёт.",
        "Всё готово.",
        "Они пришли",
        "В среду было тихо.",
    ]


def test_a_title_or_heading_is_not_joined_to_a_brand_or_the_next_paragraph() -> None:
    # a title ends without a mark and the lead may open with a lower-case brand or word
    iphone = "Apple покажет новые телефоны\n\niPhone 16 поступит в продажу в сентябре.\n"
    assert _joined(iphone) == [
        "Apple покажет новые телефоны",
        "iPhone 16 поступит в продажу в сентябре.",
    ]
    ebay = "Торговые площадки теряют продавцов\n\neBay закрыл российский раздел.\n"
    assert len(_joined(ebay)) == 2
    lower = "Курс рубля\n\nв понедельник доллар подешевел на 40 копеек.\n"
    assert len(_joined(lower)) == 2
    # a heading inside the article, then a paragraph opening with a Latin lower-case name
    heading = (
        "Рынок смартфонов вырос\n\n"
        "Продажи смартфонов выросли на 5%.\n\n"
        "Новые модели\n\n"
        "iPhone 16 занял треть продаж, сообщил аналитик Иван Петров.\n"
    )
    assert len(_joined(heading)) == 4


_NOUN_REPORTS = (
    "В Самаре сменился министр\n\n"
    "Министр финансов области Иван Петров объявил о своей отставке с поста.\n\n"
    "Губернатор Самарской области Олег Гусев выразил соболезнования семье погибшего.\n\n"
    "Министр финансов области Иван Петров заявил, что бюджет будет принят в срок.\n"
)


def test_a_reported_noun_phrase_keeps_its_confidence() -> None:
    from newsprism.attribution.confidence import CONFIDENT

    article = attributed(_NOUN_REPORTS, "ru")
    sure = {q.text: (q.confidence or 0.0) >= CONFIDENT for q in article.quotes}
    # «объявил о своей отставке» beside its speaker's full name and post: as sure as a clause
    assert any(ok for text, ok in sure.items() if "отставке" in text), sure
    assert any(ok for text, ok in sure.items() if "бюджет будет принят" in text), sure


_BLAME = (
    "Забастовка на заводе продлится три дня\n\n"
    "Председатель профсоюза Андрей Зотов возложил ответственность за последствия забастовки "
    "на руководство завода.\n\n"
    "Губернатор области Олег Гусев возложил венок к памятнику погибшим.\n\n"
    "На вице-губернатора возложили ответственность за подготовку к зиме.\n"
)


def test_putting_blame_on_someone_is_a_report() -> None:
    article = attributed(_BLAME, "ru")
    blame = _said(article, "на руководство завода")
    assert [name for _, name in blame] == ["Андрей Зотов"], blame
    assert "последствия забастовки" in blame[0][0], blame
    # a wreath laid, and a duty handed over by no one named, are no words
    assert not _said(article, "венок"), _said(article, "венок")
    assert not _said(article, "подготовку к зиме"), _said(article, "подготовку к зиме")
