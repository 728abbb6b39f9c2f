"""Scraped text, round 29: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-28 code."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _paragraphs(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [b.text for b in blocks if b.kind == "paragraph"]


# A story that quotes a copyright line in its own sentence, the page's real footer below it.
_QUOTED_FOOTER_EN = """Home
News
Councils
Parish newsletter copied word for word by a property firm, council says
By Owen Tallis
3 December 2026
A property firm in Wrenfield reprinted a parish council's newsletter in its own mailing without asking, the council said on Tuesday.
The firm's director apologised and said the mailing had been put together by an agency that had been told to use "local material" and had taken the newsletter from the parish website.
The clerk, Ruth Amble, said the firm had kept everything, even the newsletter's closing line, "all rights reserved", under its own logo.
What happens next
The council will ask the firm to send a correction with its next mailing in January.
Share this article
© 2026 Wrenfield Echo. All rights reserved.
"""

_QUOTED_FOOTER_RU = """Главная
Новости
Агентство недвижимости перепечатало газету поселкового совета
Автор: Инна Громова
3 декабря 2026
Агентство недвижимости в Заречном без спроса перепечатало газету поселкового совета в своей рассылке.
Директор агентства извинился и объяснил, что рассылку готовил подрядчик, которому велели взять «местные материалы», и тот скачал газету с сайта совета.
Секретарь совета заметила, что агентство не убрало даже строку «Все права защищены» внизу последней страницы.
Что дальше
Совет потребует разослать поправку вместе со следующим выпуском в январе.
Поделиться
© 2026 «Заречный вестник». Все права защищены.
"""


def test_a_story_s_sentence_quoting_a_copyright_line_does_not_end_the_story() -> None:
    kept = _paragraphs(_QUOTED_FOOTER_EN)
    assert len(kept) == 4
    assert kept[2].startswith("The clerk, Ruth Amble, said")
    assert kept[3].startswith("The council will ask the firm")
    kept = _paragraphs(_QUOTED_FOOTER_RU)
    assert len(kept) == 4
    assert kept[2].startswith("Секретарь совета заметила")
    assert kept[3].startswith("Совет потребует")
