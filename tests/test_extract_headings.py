"""A page heading right above text the article kept goes back above it; teasers, boxes and
headings outside the article stay out."""

from __future__ import annotations

from newsprism.extract.assemble import RawBlock
from newsprism.extract.headings import headings_in_place
from newsprism.extract.html import parse

_PAGE = """<html><body>
<header><h2>Borough council news</h2></header>
<main><div class="grid">
<div class="grid__item"><article>
<h1>Seafront parking: new charges and permits from April</h1>
<p>Parking charges on the council's four seafront car parks will apply all year round from 1 April,
the council's cabinet decided on Tuesday evening after a consultation in the autumn.</p>
<p>Councillor Priya Lawson said: "Nobody likes paying more, but the sea wall has to be paid for."</p>
</article></div>
<div class="grid__item"><section class="accordion">
<h2 class="accordion__heading">Your questions answered</h2>
<div class="accordion__item"><h3>How much will visitors pay?<span aria-hidden="true">+</span></h3>
<div class="accordion__panel"><p>The hourly charge stays at £1.80. A full day will cost £9 in
summer and £6 from November to February.</p></div></div>
<div class="accordion__item"><h3><a href="/permits">Residents' permits explained</a></h3>
<div class="accordion__panel"><p>Anyone who pays council tax in the borough can buy one permit
per vehicle registered at their address.</p></div></div>
</section></div>
<div class="grid__item"><aside class="related"><h3>Bus lane cameras switched on</h3>
<p>Cameras on the Marine Parade bus lane start issuing fines next week, the council said.</p></aside>
</div>
<div class="grid__item"><h3>Leave a comment</h3>
<p>The full cabinet report is available on the council's website.</p></div>
</div></main>
<footer><h2>Contact the council</h2><p>Town Hall, Saltby. Open Monday to Friday.</p></footer>
</body></html>"""

_KEPT = [
    RawBlock(
        "paragraph",
        "Parking charges on the council's four seafront car parks will apply all year round from "
        "1 April, the council's cabinet decided on Tuesday evening after a consultation in the "
        "autumn.",
    ),
    RawBlock(
        "paragraph",
        'Councillor Priya Lawson said: "Nobody likes paying more, but the sea wall has to be '
        'paid for."',
    ),
    RawBlock(
        "paragraph",
        "The hourly charge stays at £1.80. A full day will cost £9 in summer and £6 from "
        "November to February.",
    ),
    RawBlock(
        "paragraph",
        "Anyone who pays council tax in the borough can buy one permit per vehicle registered "
        "at their address.",
    ),
    RawBlock(
        "paragraph",
        "Cameras on the Marine Parade bus lane start issuing fines next week, the council said.",
    ),
    RawBlock("paragraph", "The full cabinet report is available on the council's website."),
]


def test_a_question_over_a_kept_answer_goes_back_above_it() -> None:
    out = headings_in_place(list(_KEPT), parse(_PAGE))
    headings = [(b.text, b.level) for b in out if b.kind == "heading"]
    # the accordion's question heads a kept answer; the section heading above it heads another
    # heading, not text; a linked heading is a teaser's; a box of related links is no article's;
    # the page header's and footer's headings lie outside the article's stretch; a prompt for
    # readers' comments is the page's own furniture
    assert headings == [("How much will visitors pay?", 3)]
    at = next(i for i, b in enumerate(out) if b.kind == "heading")
    assert out[at + 1].text.startswith("The hourly charge")


def test_a_heading_already_read_is_not_read_twice() -> None:
    kept = [*_KEPT[:2], RawBlock("heading", "How much will visitors pay?", level=3), *_KEPT[2:]]
    assert headings_in_place(kept, parse(_PAGE)) == kept


def test_russian_subheadings_between_kept_paragraphs() -> None:
    page = """<html><body><div class="news"><div class="news__text">
<p>Администрация района начала прием заявок на бесплатные дрова для семей с печным отоплением.</p>
</div><div class="spoilers"><h4>Кто может получить дрова</h4>
<div class="spoiler__body"><p>Семьи участников СВО, многодетные семьи и пенсионеры старше 70 лет,
которые живут в домах с печным отоплением.</p></div></div>
<div class="news__text"><p>Заявления принимают до 1 марта в МФЦ и на портале госуслуг.</p></div>
</div></body></html>"""
    kept = [
        RawBlock(
            "paragraph",
            "Администрация района начала прием заявок на бесплатные дрова для семей с печным "
            "отоплением.",
        ),
        RawBlock(
            "paragraph",
            "Семьи участников СВО, многодетные семьи и пенсионеры старше 70 лет, которые живут "
            "в домах с печным отоплением.",
        ),
        RawBlock("paragraph", "Заявления принимают до 1 марта в МФЦ и на портале госуслуг."),
    ]
    out = headings_in_place(kept, parse(page))
    assert [b.text for b in out if b.kind == "heading"] == ["Кто может получить дрова"]
    assert [b.kind for b in out] == ["paragraph", "heading", "paragraph", "paragraph"]
