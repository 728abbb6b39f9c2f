"""Russian attribution, thirty-third session (issue 12).  Invented articles, never evaluation
text.

- An indirect content that is a noun phrase, not a clause («объявил о своей отставке»), is
  not capped below the confident bar for its grammar: on NEREL's half B such reports are right
  as often as the bar asks (the cap fitted on half A did not hold there).
- «возложил ответственность / вину за X на Y» is blaming: a report of the one who puts it, its
  content the noun's phrase with whom it is put on.
"""

from __future__ import annotations

from attributed import attributed, speaker_name

from newsprism.article import Article


def _said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]


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
