"""Issue 11, review of round 33: a pull quote set in an ``<aside>`` (a sentence of the story
repeated in large type) stays out of the body, while the story's own box in an ``<aside>``
(a note with text of its own) is still read.  Invented pages."""

from __future__ import annotations

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article

_EN = (
    "The county board voted on Monday evening to shut the Harbour Road swimming pool at the end "
    "of the summer season, despite a letter signed by nearly three thousand families.",
    "The board's treasurer, Mark Ellery, said the pool's boilers had failed twice this winter and "
    "that replacing them would cost more than the whole leisure budget for two years.",
    "Parents who spoke at the meeting said the pool was the only place on the east side of the "
    "county where children from the estates could learn to swim before secondary school.",
    "The board says it will pay for a bus to the pool in Westford on Saturday mornings, and will "
    "ask a charity to run the building as a community hall from next spring.",
)
_RU = (
    "Городская дума в понедельник вечером решила закрыть бассейн на Портовой улице после летнего "
    "сезона, несмотря на письмо, которое подписали почти три тысячи семей.",
    "Председатель комиссии по бюджету Марк Елисеев сказал, что котлы бассейна дважды ломались этой "
    "зимой и их замена обойдётся дороже всего спортивного бюджета за два года.",
    "Родители, выступившие на заседании, сказали, что бассейн остаётся единственным местом на "
    "восточной окраине, где дети из новых кварталов могут научиться плавать до средней школы.",
    "Дума обещает оплатить автобус до бассейна в соседнем районе по субботам, а само здание с "
    "весны передать некоммерческой организации под общественный центр.",
)
_SIDEBAR = (
    "<aside class='rail'><h3>Most read</h3><ul><li><a href='/a'>Story a about the bypass</a></li>"
    "<li><a href='/b'>Story b about the bus timetable</a></li></ul></aside>"
)


def _page(paragraphs: tuple[str, ...], pull: str, lang: str) -> bytes:
    # the pull quote repeats paragraph 3 in quote marks, set between paragraphs 2 and 3
    body = (
        "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + f"<aside class='pq'><p>{pull}</p></aside>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    )
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Pool</title>"
        "</head><body><header><a href='/'>Home</a></header><article><h1>"
        f"{paragraphs[0].split(',')[0]}</h1>{body}</article>{_SIDEBAR}</body></html>"
    ).encode()


def _body(article: Article) -> str:
    return "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)


def test_a_pull_quote_in_an_aside_is_not_read_twice() -> None:
    en = _body(newsprism.read(_page(_EN, f"“{_EN[2]}”", "en"), stages=()))
    assert en.count("the only place on the east side") == 1, en
    assert all(p in en for p in _EN)
    ru = _body(newsprism.read(_page(_RU, f"«{_RU[2]}»", "ru"), stages=()))
    assert ru.count("единственным местом на восточной окраине") == 1, ru
    assert all(p in ru for p in _RU)


def test_a_note_with_its_own_text_in_an_aside_is_still_read() -> None:
    note = (
        "Correction: an earlier version of this story said the board met on Tuesday. It met on "
        "Monday, and the letter was signed by families, not by individual residents."
    )
    body = _body(newsprism.read(_page(_EN, note, "en"), stages=()))
    assert note in body and "Most read" not in body
