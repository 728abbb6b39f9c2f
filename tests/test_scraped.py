"""Scraped text: unit tests of the line rules, golden fixtures, a quality gate and properties.

Fixtures in ``tests/fixtures/scraped/`` are pages we wrote ourselves (fictional events), each a
``.txt`` as copied from a browser with its chrome, and a ``.json`` with the article it should give,
written by hand before the page was first read, and the page's site style.  They come in two parts:

- the **development part** (no prefix): pages the rules were written and tuned on.  Ten of them
  (de, fr, es, uk, three English, three Russian) were once a held-out set; their first runs are
  in ``docs/extraction.md``, and they have been developed on since;
- the **test part** (``test_`` prefix), a third of the pages, in site styles and layouts of their
  own: written after the rules, scored once before any change for them (the figures reported in
  ``docs/extraction.md`` and by ``benchmarks/scraped_text.py``), and only then made to pass, by
  general rules that were checked on the development part too.

Every page of both parts must come out exactly as its ``.json`` says.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.errors import NewsprismError
from newsprism.extract import extract
from newsprism.extract.notices import find_translation_notice, source_language
from newsprism.extract.scraped import classify, extract_scraped
from newsprism.extract.scraped_lines import split_lines, wrap_width
from newsprism.extract.scraped_meta import parse_byline, parse_dateline
from newsprism.sources import Document, load

FIXTURES = Path(__file__).parent / "fixtures" / "scraped"
PAGES = sorted(FIXTURES.glob("*.txt"))
DEV = [p for p in PAGES if not p.name.startswith("test_")]
TEST = [p for p in PAGES if p.name.startswith("test_")]


def _expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".json").read_text("utf-8"))
    data.pop("style", None)  # which kind of site the page imitates (see the coverage test)
    return data


def _language(page: Path) -> str:
    return page.name.removeprefix("test_")[:2]


def _actual(page: Path) -> dict[str, Any]:
    """The article ``newsprism read`` makes of a page, in the fixtures' compact form."""
    article = extract(load(page))
    blocks: list[list[Any]] = []
    for b in article.blocks:
        if b.kind == "figure":
            blocks.append(["figure", b.caption, b.credit])
        else:
            blocks.append([b.kind, b.text])
    m = article.metadata
    return {
        "title": article.title,
        "authors": list(m.authors),
        "published": m.published,
        "translated_by": m.translated_by,
        "source_language": m.source_language,
        "blocks": blocks,
    }


# -- the fixtures themselves --------------------------------------------------------------------


def test_fixtures_cover_the_layouts_the_issue_names() -> None:
    styles = {json.loads(p.with_suffix(".json").read_text("utf-8"))["style"] for p in PAGES}
    assert len(PAGES) >= 30 and len(styles) >= 10
    for part in (DEV, TEST):
        languages = Counter(_language(p) for p in part)
        assert languages["en"] >= 4 and languages["ru"] >= 4, languages
    assert 3 * len(TEST) >= len(PAGES) - 2  # a third aside (to the nearest page)
    for page in PAGES:
        expected = _expected(page)
        # the article itself (not its chrome) is 300-900 words of news writing
        words = len((expected["title"] or "").split()) + sum(
            len(" ".join(part or "" for part in block[1:]).split()) for block in expected["blocks"]
        )
        assert 300 <= words <= 900, f"{page.name}: {words} words"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_scraped_page_gives_the_expected_article(page: Path) -> None:
    assert _actual(page) == _expected(page)


# -- the quality gate ---------------------------------------------------------------------------


@dataclass
class Scores:
    paragraph_precision: float
    paragraph_recall: float
    figure_precision: float
    figure_recall: float
    caption_accuracy: float
    credit_accuracy: float
    heading_f1: float
    title_accuracy: float
    metadata_accuracy: float


def _overlap(expected: list[str], actual: list[str]) -> int:
    return sum((Counter(expected) & Counter(actual)).values())


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def score(pages: list[Path]) -> Scores:
    """Block-level scores summed over pages (micro-averaged), exact text matches."""
    tp = n_exp = n_act = 0
    fig_tp = fig_exp = fig_act = cap_ok = cred_ok = 0
    head_tp = head_exp = head_act = 0
    titles = meta_ok = meta_n = 0
    for page in pages:
        exp, act = _expected(page), _actual(page)
        for kind, counter in (("paragraph", "p"), ("heading", "h")):
            e = [b[1] for b in exp["blocks"] if b[0] == kind]
            a = [b[1] for b in act["blocks"] if b[0] == kind]
            if counter == "p":
                tp, n_exp, n_act = tp + _overlap(e, a), n_exp + len(e), n_act + len(a)
            else:
                head_tp += _overlap(e, a)
                head_exp, head_act = head_exp + len(e), head_act + len(a)
        e_fig = [(b[1], b[2]) for b in exp["blocks"] if b[0] == "figure"]
        a_fig = [(b[1], b[2]) for b in act["blocks"] if b[0] == "figure"]
        fig_tp += _overlap(e_fig, a_fig)
        fig_exp, fig_act = fig_exp + len(e_fig), fig_act + len(a_fig)
        cap_ok += _overlap([c for c, _ in e_fig], [c for c, _ in a_fig])
        cred_ok += _overlap([c for _, c in e_fig], [c for _, c in a_fig])
        titles += exp["title"] == act["title"]
        for key in ("authors", "published", "translated_by", "source_language"):
            meta_n += 1
            meta_ok += exp[key] == act[key]
    head_p, head_r = _ratio(head_tp, head_act), _ratio(head_tp, head_exp)
    return Scores(
        paragraph_precision=_ratio(tp, n_act),
        paragraph_recall=_ratio(tp, n_exp),
        figure_precision=_ratio(fig_tp, fig_act),
        figure_recall=_ratio(fig_tp, fig_exp),
        caption_accuracy=_ratio(cap_ok, fig_exp),
        credit_accuracy=_ratio(cred_ok, fig_exp),
        heading_f1=2 * head_p * head_r / (head_p + head_r) if head_p + head_r else 0.0,
        title_accuracy=_ratio(titles, len(pages)),
        metadata_accuracy=_ratio(meta_ok, meta_n),
    )


#: floors for the pages the rules were developed on, and for the test part (set from its first
#: score, before any change made for it: see docs/extraction.md)
DEV_FLOORS = Scores(0.98, 0.98, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95)
TEST_FLOORS = Scores(0.85, 0.85, 0.60, 0.60, 0.60, 0.60, 0.80, 0.60, 0.80)


@pytest.mark.gate
@pytest.mark.parametrize(
    ("pages", "floors"),
    [(DEV, DEV_FLOORS), (TEST, TEST_FLOORS)],
    ids=["dev", "test"],
)
def test_scraped_quality_gate(
    pages: list[Path], floors: Scores, capsys: pytest.CaptureFixture[str]
) -> None:
    if not pages:
        pytest.skip("no pages in this set")
    scores = score(pages)
    with capsys.disabled():
        print(f"\nscraped-text scores on {len(pages)} pages: {scores}")
    for name, floor in vars(floors).items():
        assert getattr(scores, name) >= floor, f"{name} {getattr(scores, name):.3f} < {floor}"


# -- unit tests of the rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "service", "source", "written_in"),
    [
        ("Translated by Google", "Google Translate", None, "en"),
        ("Translated from Russian by Google Translate", "Google Translate", "ru", "en"),
        ("This article was machine translated from German using DeepL.", "DeepL", "de", "en"),
        ("Machine translation: Yandex", "Yandex Translate", None, "en"),
        ("Переведено сервисом «Яндекс Переводчик»", "Yandex Translate", None, "ru"),
        ("Статья переведена с помощью Яндекс Переводчика", "Yandex Translate", None, "ru"),
        ("Переведено с английского сервисом «Яндекс Переводчик»", "Yandex Translate", "en", "ru"),
        ("Переведено на английский язык сервисом Google", "Google Translate", None, "ru"),
        ("Машинный перевод с немецкого: DeepL", "DeepL", "de", "ru"),
        ("Automatisch übersetzt aus dem Englischen mit DeepL", "DeepL", "en", "de"),
        ("Traduit de l'anglais par Google Traduction", "Google Translate", "en", "fr"),
        ("Traducido del inglés por Google", "Google Translate", "en", "es"),
        ("Перекладено з англійської сервісом Google", "Google Translate", "en", "uk"),
        ("Machine-translated by Translate.com", "Translate.com", None, "en"),
    ],
)
def test_translation_notices(line: str, service: str, source: str | None, written_in: str) -> None:
    assert find_translation_notice(line) == (service, source, written_in)


def test_a_notice_in_another_language_than_the_article_names_the_source_language() -> None:
    english = [_PARA, "Officials said the bridge would reopen to traffic before the winter."]
    russian_notice = find_translation_notice("Переведено сервисом «Яндекс Переводчик»")
    assert source_language(russian_notice, english) == "ru"
    # a notice in the article's own language says nothing of the source
    assert source_language(find_translation_notice("Translated by Google"), english) is None
    # what the notice says wins over its language
    notice = find_translation_notice("Переведено с немецкого сервисом Google")
    assert source_language(notice, english) == "de"


@pytest.mark.parametrize(
    "line",
    [
        "Google announced a new translation model on Tuesday.",
        "The book was translated into 40 languages.",
        "Переводчик Анна Смирнова рассказала о своей работе над романом.",
        "Translated by Anna Smirnova",
        "Übersetzt von Hans Müller",
    ],
)
def test_sentences_about_translation_are_not_notices(line: str) -> None:
    assert find_translation_notice(line) is None


@pytest.mark.parametrize(
    ("line", "iso", "updated"),
    [
        ("Published 12 March 2026", "2026-03-12", False),
        ("March 3, 2026, 09:15", "2026-03-03", False),
        ("Oct. 21, 2026 at 6:00 a.m. EDT", "2026-10-21", False),
        ("12 марта 2026, 14:30", "2026-03-12", False),
        ("12:40 17.04.2026 (обновлено: 14:05 17.04.2026)", "2026-04-17", False),
        ("Обновлено: 18 мая 2026 г., 10:05", "2026-05-18", True),
        ("Sa., 14. März 2026, 08:30 Uhr", "2026-03-14", False),
        ("le 2 avril 2026 à 17h05", "2026-04-02", False),
        ("Сегодня, 11:20", None, False),
    ],
)
def test_date_lines(line: str, iso: str | None, updated: bool) -> None:
    found = parse_dateline(line)
    assert found is not None and (found.iso, found.updated) == (iso, updated)


@pytest.mark.parametrize(
    "line",
    [
        "The company was founded on 12 March 1998 by two engineers from Leeds.",
        "Завод был построен 12 марта 1961 года по проекту ленинградских инженеров.",
    ],
)
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        (
            "By Priya Raman, Tom Ellery and Grace Whitfield",
            ["Priya Raman", "Tom Ellery", "Grace Whitfield"],
        ),
        ("By Daniel Okafor, Local Democracy Reporter", ["Daniel Okafor"]),
        ("Jane Doe, Political correspondent", ["Jane Doe"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("Текст: Анна Волкова, фото: Игорь Смирнов", ["Анна Волкова"]),
        ("Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]),
        ("Par Jean-Luc Moreau", ["Jean-Luc Moreau"]),
    ],
)
def test_bylines(line: str, authors: list[str]) -> None:
    found = parse_byline(line)
    assert found is not None and found[0] == authors


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    assert parse_byline("By the end of the year, prices had risen by a third.") is None


def _labels(text: str) -> list[tuple[str, str]]:
    return [(lab.label, lab.text) for lab in classify(text)]


_PARA = (
    "The council said the work would take about four months and cost an estimated "
    "£3.2 million, most of it paid for by a government grant awarded last year."
)
_PARA_RU = (
    "Работы продлятся около четырех месяцев и обойдутся в 3,2 миллиарда рублей, "
    "большую часть средств выделит федеральный бюджет, сообщили в мэрии."
)


def test_caption_and_credit_become_one_figure() -> None:
    labels = _labels(
        f"A title for the story here\n{_PARA}\nThe new bridge at dusk\nPhoto: REUTERS/Jane Doe\n{_PARA}"
    )
    assert ("figure", "The new bridge at dusk") in labels
    figure = next(
        lab
        for lab in classify(f"Title of it all\n{_PARA}\nThe new bridge\nФото: ТАСС\n{_PARA}")
        if lab.label == "figure"
    )
    assert (figure.caption, figure.credit) == ("The new bridge", "Фото: ТАСС")


def test_bbc_style_credit_before_a_named_caption() -> None:
    text = f"Story title goes here\n{_PARA}\nImage source, Getty Images\nImage caption, A crowd outside the hall\n{_PARA}"
    _, blocks, _ = extract_scraped(text)
    figures = [(b.caption, b.credit) for b in blocks if b.kind == "figure"]
    assert figures == [("A crowd outside the hall", "Image source, Getty Images")]


def test_agency_alone_is_a_credit_but_a_site_name_is_not() -> None:
    text = f"Story title goes here\n{_PARA}\nA crowd outside the hall\nGetty Images\n{_PARA}\nBBC\n{_PARA}"
    _, blocks, _ = extract_scraped(text)
    assert [(b.caption, b.credit) for b in blocks if b.kind == "figure"] == [
        ("A crowd outside the hall", "Getty Images")
    ]


def test_inline_credit_is_cut_from_its_caption() -> None:
    text = f"Story title goes here\n{_PARA}\nRescuers at the site on Monday. Photo: AP/John Smith\n{_PARA}"
    _, blocks, _ = extract_scraped(text)
    assert [(b.caption, b.credit) for b in blocks if b.kind == "figure"] == [
        ("Rescuers at the site on Monday.", "Photo: AP/John Smith")
    ]


def test_heading_only_between_paragraphs() -> None:
    labels = _labels(
        f"Story title goes here\n{_PARA}\nWhat comes next\n{_PARA_RU}\nTrailing line alone"
    )
    assert ("heading", "What comes next") in labels
    assert ("chrome", "Trailing line alone") in labels


def test_ui_vocabulary_in_several_languages_is_dropped() -> None:
    chrome = [
        "Поделиться",
        "Слушать",
        "Teilen",
        "Partager",
        "Compartir",
        "Поділитися",
        "Share (12)",
        "› Copy link",
        "On",
        "Выкл",
        "1/12",
        "Photo 3 of 8",
        "Фото 2 из 5",
        "Advertisement",
        "Реклама",
        "Anzeige",
    ]
    text = "Story title goes here\n" + _PARA + "\n" + "\n".join(chrome) + "\n" + _PARA_RU
    labels = _labels(text)
    for line in chrome:
        assert ("chrome", line) in labels, line


def test_repeated_label_and_pull_quote_are_dropped() -> None:
    quote = "most of it paid for by a government grant awarded last year"
    text = f"Story title goes here\nPromo slot label\n{_PARA}\nPromo slot label\n“{quote.capitalize()}”\n{_PARA_RU}"
    labels = _labels(text)
    assert ("chrome", f"“{quote.capitalize()}”") in labels
    assert all(lab != "heading" for lab, _ in labels)


def test_related_links_after_read_more_are_dropped() -> None:
    links = "Council approves new pier despite objections\nLocal school wins national science prize"
    text = f"Story title goes here\n{_PARA}\nRead more:\n{links}\n{_PARA_RU}"
    _, blocks, _ = extract_scraped(text)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    # one link alone, however short, is a link
    text = f"Story title goes here\n{_PARA}\nRead more:\nNew pier approved\n{_PARA_RU}"
    _, blocks, _ = extract_scraped(text)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]


def test_a_subhead_right_after_a_link_list_is_a_heading() -> None:
    links = "В городе закроют на ремонт улицу Радищева\nГубернатор рассказал о планах строительства дорог"
    text = f"Заголовок статьи здесь\n{_PARA_RU}\nЧитайте также:\n{links}\nЧто изменится для водителей\n{_PARA_RU.replace('мэрии', 'думе')}"
    _, blocks, _ = extract_scraped(text)
    assert [(b.kind, b.text[:27]) for b in blocks][1] == ("heading", "Что изменится для водителей")


def test_dialogue_lines_are_paragraphs_even_when_short() -> None:
    text = f"Заголовок интервью здесь\n{_PARA_RU}\n— Почему?\n— Потому что так решили.\n{_PARA_RU}"
    _, blocks, _ = extract_scraped(text)
    assert [b.text for b in blocks][1:3] == ["— Почему?", "— Потому что так решили."]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    import textwrap

    paragraphs = [_PARA * 2, _PARA_RU * 2, _PARA + " " + _PARA_RU]
    text = "Title of the wrapped page\n\n" + "\n\n".join(textwrap.fill(p, 70) for p in paragraphs)
    assert wrap_width([len(line) for line in text.split("\n") if line]) is not None
    lines = [line.text for line in split_lines(text)]
    assert lines == ["Title of the wrapped page", *paragraphs]


def test_unwrapped_page_is_left_alone() -> None:
    text = "\n".join([_PARA, "Short line", _PARA_RU, "Another short one", _PARA] * 3)
    assert [line.text for line in split_lines(text)] == text.split("\n")


def test_every_line_has_a_reason() -> None:
    text = (FIXTURES / "en_bbc_flood.txt").read_text("utf-8")
    assert all(lab.reason for lab in classify(text))


def test_read_end_to_end_keeps_spans_and_sentences() -> None:
    import newsprism

    article = newsprism.read(FIXTURES / "ru_interview_baker.txt")
    assert article.metadata.extractor == "scraped-text"
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    assert article.language == "ru"


# -- properties ---------------------------------------------------------------------------------

_VOCAB = [
    "Share",
    "Advertisement",
    "Photo: REUTERS/Jane Doe",
    "Image source, Getty Images",
    "Image caption, A man",
    "Фото: ТАСС",
    "Translated by Google",
    "Read more:",
    "1/12",
    "— Да.",
    "• item",
    "By Jane Doe",
    "12 March 2026",
    "© 2026 Site",
    "On",
    "Off",
    "Слушать",
    _PARA,
    _PARA_RU,
    "",
    " ",
    "\t",
    "Heading here",
]
_lines = st.lists(st.one_of(st.sampled_from(_VOCAB), st.text(max_size=120)), max_size=40)


def _check(text: str) -> None:
    try:
        article = extract(Document(text=text, is_html=False, source="<test>"))
    except NewsprismError:
        return
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        if block.kind == "figure":
            assert block.caption or block.credit


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_raises_only_newsprism_errors(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lines)
def test_pages_made_of_chrome_and_text_keep_the_span_invariant(lines: list[str]) -> None:
    _check("\n".join(lines))


def test_credit_label_and_value_on_two_lines_are_one_credit() -> None:
    text = f"A title for the story here\n{_PARA}\nThe new bridge at dusk\nФото:\nличный архив автора\n{_PARA_RU}"
    _, blocks, _ = extract_scraped(text)
    assert [(b.caption, b.credit) for b in blocks if b.kind == "figure"] == [
        ("The new bridge at dusk", "Фото: личный архив автора")
    ]


def test_a_copyright_line_mid_page_does_not_end_the_article() -> None:
    other = _PARA.replace("council", "board")
    text = f"A title for the story here\n{_PARA}\n© 2019 Video Player Inc.\n{_PARA_RU}\n{other}\n© 2026 The Site. All rights reserved.\nTerms of use"
    _, blocks, _ = extract_scraped(text)
    assert [b.kind for b in blocks] == ["paragraph"] * 3


def test_readers_comments_end_the_article() -> None:
    comment = (
        "I have lived here for thirty years and I have never seen the council act this fast, good."
    )
    text = (
        f"A title for the story here\n{_PARA}\n{_PARA_RU}\n{_PARA.replace('council', 'board')}\n"
        f"Leave a Reply\njdoe42 says:\n{comment}\nmarta_k says:\n{comment.replace('thirty', 'forty')}"
    )
    _, blocks, _ = extract_scraped(text)
    assert [b.kind for b in blocks] == ["paragraph"] * 3


def test_cli_reads_a_scraped_page_into_the_json_contract() -> None:
    import jsonschema
    from typer.testing import CliRunner

    from newsprism.cli import app

    runner = CliRunner()
    page = FIXTURES / "en_mt_tula_bridge.txt"
    result = runner.invoke(app, ["read", str(page), "-f", "json", "--no-analyse"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    jsonschema.validate(data, schema)
    assert data["metadata"]["translated_by"] == "Google Translate"
    assert data["metadata"]["source_language"] == "ru"
    figures = [b for b in data["blocks"] if b["kind"] == "figure"]
    assert [f["credit"] for f in figures] == [
        "Photo: Tula Courier / Ivan Sorokin",
        "Photo: press service of the Tula administration",
    ]
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]


# -- a page without a title ----------------------------------------------------------------------

_UNTITLED = (
    "The river rose by two metres overnight, officials said on Monday, and more than 300 homes "
    "were evacuated in the lower town.\n\nRescue teams worked through the night to move residents "
    "to the school gym, the mayor said in a statement.\n\nProtests in Lowford: the latest news\n\n"
    "Residents gathered outside the town hall on Tuesday to demand better flood defences.\n"
)


def test_a_page_without_a_title_keeps_it_null_but_every_view_shows_something(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    import newsprism
    from newsprism.article import display_title
    from newsprism.cli import app
    from newsprism.library import Library
    from newsprism.render import render

    article = newsprism.read(_UNTITLED.encode(), stages=())
    assert article.title is None  # nothing invented
    shown = article.display_title
    assert shown.source == "heading" and shown.text == "Protests in Lowford: the latest news"
    assert str(shown) == "Protests in Lowford: the latest news [no title: first heading]"
    lead = display_title(None, [b for b in article.blocks if b.kind != "heading"])
    assert lead.source == "lead" and lead.text.endswith("…") and len(lead.text) <= 71
    assert lead.text.startswith("The river rose by two metres overnight")
    assert display_title("Own title", article.blocks).text == "Own title"

    html = render(article, "html")
    assert "<title>Protests in Lowford: the latest news [no title: first heading]</title>" in html
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.add(article)
        (listed,) = lib.list_articles()
        assert listed.title is None and listed.display_title == str(shown)
    result = CliRunner().invoke(app, ["list", "--db", str(tmp_path / "lib.sqlite")])
    assert "Protests in Lowford: the latest news [no title: first heading]" in result.stdout
