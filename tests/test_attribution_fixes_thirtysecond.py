"""Attribution, thirty-second session: guards on three readings that made quotes of words
nobody said (issue 12).  Invented articles, never evaluation text.

- English 'count' is no verb of reporting: "counts X among its clients", "counts among the
  best", "with 90 percent of ballots counted" say nothing anyone asserted.
- Russian «высказались за» is a stance only when «за» governs no time or amount: «высказались
  за 15 минут до голосования» says when they spoke, not what they were for.
- «критика X в адрес Y»: a name in the genitive as X would be shown as the speaker in that case
  («Лондона»), so only a common noun's owner is read (its lemma gives the normal form).
"""

from __future__ import annotations

from attributed import attributed, speaker_name

from newsprism.article import Article

_CLIENTS = (
    "Votes still being tallied in the port city\n\n"
    "The software company counts Apple and Google among its clients.\n\n"
    "Smith counts among the most experienced pilots of the fleet.\n\n"
    "With 90 percent of ballots counted 52 percent went to the mayor.\n\n"
    "The mayor said on Monday that every vote counts.\n"
)


def _said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]


def test_counting_is_no_report() -> None:
    article = attributed(_CLIENTS)
    assert not _said(article, "Apple and Google"), _said(article, "Apple and Google")
    assert not _said(article, "experienced pilots"), _said(article, "experienced pilots")
    assert all(name is None or "ballots" not in name for _, name in _said(article, "52 percent")), (
        _said(article, "52 percent")
    )
    # the reading beside them is untouched: the mayor's words stay hers
    assert [name for _, name in _said(article, "every vote counts")] == ["The mayor"]


_VOTE = (
    "Дума приняла закон о парковках\n\n"
    "Депутаты городской думы высказались за 15 минут до начала голосования.\n\n"
    "Члены фракции высказались за неделю до заседания комиссии.\n\n"
    "Жители района высказались за перенос стоянки на окраину города.\n\n"
    "Мэр Олег Сидоров отверг критику Лондона в адрес нового закона о парковках.\n\n"
    "Губернатор оспорил критику областного совета в адрес городской сметы.\n"
)


def test_a_for_of_time_is_no_stance_and_a_named_critic_is_not_shown_inflected() -> None:
    article = attributed(_VOTE, "ru")
    assert not _said(article, "15 минут"), _said(article, "15 минут")
    assert not _said(article, "неделю до заседания"), _said(article, "неделю до заседания")
    # a stance is still what was said
    stance = [s for s in _said(article, "перенос стоянки") if s[0].startswith("за перенос")]
    assert stance and stance[0][1] == "Жители района", _said(article, "перенос стоянки")
    # no speaker in the genitive («Лондона»)
    assert all(name != "Лондона" for _, name in _said(article, "в адрес")), _said(
        article, "в адрес"
    )
    # a common noun's owner is still read, in its normal form
    assert [
        name for t, name in _said(article, "в адрес городской сметы") if t.startswith("в адрес")
    ] == ["областной совет"], _said(article, "в адрес")
