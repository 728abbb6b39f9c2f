"""Russian attribution, thirty-third session (issue 12).  Invented articles, never evaluation
text.

- An indirect content that is a noun phrase, not a clause («объявил о своей отставке»), is
  reported and credited; no fixed cap holds it below the bar (the cap fitted on half A did not
  hold on B), and since the thirty-ninth session the refitted model weighs it below a clause.
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
    conf = {q.text: q.confidence or 0.0 for q in article.quotes}
    said = {q.text: speaker_name(article, q) for q in article.quotes}
    # «объявил о своей отставке» is reported and credited; since the thirty-ninth session the
    # refitted model weighs a noun-phrase content below a clause of the same speaker (on half B,
    # never fitted on, such reports were right 58 % of the time at a mean of 0.65)
    resign = next(t for t in conf if "отставке" in t)
    budget = next(t for t in conf if "бюджет будет принят" in t)
    assert said[resign] == said[budget] == "Иван Петров", said
    assert sure[budget], sure
    # (forty-fifth session: the refit's monotone map may put both in one step; the model itself
    # still weighs a noun-phrase content down)
    assert conf[resign] <= conf[budget], conf
    from newsprism.attribution import confidence_ru

    assert confidence_ru.load().weights["rule.noun_report"] < 0


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
