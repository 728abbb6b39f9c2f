"""Captions in markup the figure reader did not know: a ``<figcaption>`` set outside any
``<figure>`` beside a picture that shows a placeholder while it loads, and a caption class
named ``descr``."""

from __future__ import annotations

from lxml import etree

from newsprism.extract.figures import find_figures
from newsprism.extract.html import parse

_HERO = """<html><body><main><article>
<div class="hero"><div class="image-wrapper"><div aria-hidden="true" style="padding-top:66%"></div>
<img alt="" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C/svg%3E"/>
<picture><img loading="lazy" src="https://img.example.org/ambulance-bay.jpg?w=1600"
alt="An ambulance parked at a rural station"/></picture></div>
<figcaption class="hero__caption">
<span>The ambulance bay in Harmony Falls, where one crew now covers 640 square miles.</span> <span class="hero__credit">Jamie Ortega for The Ledger</span>
</figcaption></div>
<p>Median response times in the county rose from 12 minutes in 2019 to 19 minutes last year.</p>
</article></main></body></html>"""

_DESCR = """<html><body><div class="news_full"><h1>Молокозавод снова принимает молоко</h1>
<div class="news_photo"><a class="fancy" href="/files/moloko_01.jpg"><img src="/files/moloko_01_s.jpg"
alt=""></a><div class="photo_descr">Приемка молока на заводе в понедельник утром
<span class="photo_author">Фото: Алексей Рочев</span></div></div>
<div class="news_text"><p>Завод на улице Луговой закрылся весной 2023 года.</p></div>
</div></body></html>"""


def _figures(html: str) -> list[tuple[str | None, str | None, str | None]]:
    tree = parse(html)
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    return [(f.caption, f.credit, f.image) for f in find_figures(tree, "https://news.example/a")]


def test_a_figcaption_outside_a_figure_captions_the_picture_beside_it() -> None:
    assert _figures(_HERO) == [
        (
            "The ambulance bay in Harmony Falls, where one crew now covers 640 square miles.",
            "Jamie Ortega for The Ledger",
            "https://img.example.org/ambulance-bay.jpg?w=1600",
        )
    ]


def test_a_descr_class_is_a_caption() -> None:
    assert _figures(_DESCR) == [
        (
            "Приемка молока на заводе в понедельник утром",
            "Фото: Алексей Рочев",
            "https://news.example/files/moloko_01_s.jpg",
        )
    ]


#: a photo gallery as a slider script leaves it: slides without a class, each one picture and a
#: caption element, inside one box that holds them all (and a card of another story whose
#: picture's caption class holds an image itself: no caption of its own)
_GALLERY = """<html><body><div class="story"><h1>Театр простился с актрисой</h1>
<p>Прощание прошло в субботу в фойе театра, где выставили фотографии из ее ролей.</p>
<div class="photo-slider"><div class="slider-stage">
<div data-full="/g/1.jpg"><img src="/g/1-thumb.jpg" alt=""><div class="slider__caption-text">В спектакле «Гроза», 1967 год<br><small>Фото: архив театра</small></div></div>
<div data-full="/g/2.jpg"><img src="/g/2-thumb.jpg" alt=""><div class="slider__caption-text">На репетиции, 2016 год</div></div>
</div></div>
<div class="card-caption"><img src="/t/other.jpg" alt=""><a href="/other">Другая новость</a></div>
<p>Похороны пройдут в понедельник на городском кладбище.</p></div></body></html>"""


def test_each_slide_of_a_gallery_is_a_figure_with_its_caption() -> None:
    assert _figures(_GALLERY) == [
        (
            "В спектакле «Гроза», 1967 год",
            "Фото: архив театра",
            "https://news.example/g/1-thumb.jpg",
        ),
        ("На репетиции, 2016 год", None, "https://news.example/g/2-thumb.jpg"),
    ]
