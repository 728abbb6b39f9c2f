"""The review of the twenty-eighth session: faults found in what landed, each tested on pages we
wrote (invented places and people)."""

from __future__ import annotations

import contextlib

import newsprism
from newsprism.extract.scraped import extract_scraped

# A flood story whose sentences open with a compound glued by a hyphen to a word that also opens
# a link's prompt ("More", "Watch", "Related"): a link's prompt is "Watch: …" or "Read more - …",
# its separator set off from the word; glued, the hyphen makes a word of the story's sentence.
_STORY = [
    "The river burst its banks in Harwick on Tuesday night, flooding the lower town and cutting "
    "the road to Oskarby for most of the day.",
    "More-than-expected rain fell overnight, flooding forty homes.",
    "Watch-makers on Mill Street lost most of their stock.",
    "Related-party loans to the council's building firm rose sharply last year.",
    "The mayor, Tom Brask, said the town would ask the regional office for help and that the "
    "clean-up could take two weeks if no more rain falls.",
]
_PROMOS = ["Watch: The moment the old mill bridge gave way", "Read more - Storm closes schools"]


def test_a_hyphened_compound_opening_a_paragraph_is_no_link_prompt_in_html() -> None:
    body = "".join(f"<p>{p}</p>" for p in [*_STORY[:3], _PROMOS[0], *_STORY[3:], _PROMOS[1]])
    html = (
        "<html><head><title>Flood in Harwick</title></head><body><article>"
        f"<h1>Flood in Harwick</h1>{body}</article></body></html>"
    )
    text = newsprism.read(html.encode("utf-8"), stages=()).text
    for sentence in _STORY:
        assert sentence in text  # the hyphened ones were dropped as links to other stories
    assert not any(promo in text for promo in _PROMOS)


def test_a_hyphened_compound_opening_a_line_is_no_link_prompt_in_scraped_text() -> None:
    page = "\n".join(
        ["Home", "News", "Flood in Harwick", "By Mara Lind", "5 December 2026", *_STORY]
        + ["Share this article"]
    )
    _, blocks, _ = extract_scraped(page)
    kept = [b.text for b in blocks if b.kind == "paragraph"]
    assert kept == _STORY


# Figures closed by a bracket that is a picture's credit or a pointer into the page, not the
# figure's source (bracketed_en read each as the claim's speaker); the last line's bracket is one.
_BRACKETS = (
    "Rents in Harwick\n\n"
    "Average rents in Harwick rose 12% between 2024 and 2026 (Figure 2).\n\n"
    "Firefighters watch as 3 houses burn on Mill Street on Tuesday. (AP Photo)\n\n"
    "Residents queue for water after 40 homes lost supply on Friday. (Getty Images)\n\n"
    "Rents in the old town rose 9% in a year. (Continued)\n\n"
    "Landlords in the county raised rents by 7% on average last year. (Harwick Tenants Union)"
)


def test_a_photo_credit_or_a_figure_reference_in_brackets_is_no_source() -> None:
    from attributed import attributed, speaker_name

    article = attributed(_BRACKETS, "en")
    speakers = {speaker_name(article, q) for q in article.quotes}
    assert not speakers & {"Figure 2", "AP Photo", "Getty Images", "Continued"}, speakers
    assert "Harwick Tenants Union" in speakers


def test_a_shell_whose_data_opens_with_a_list_of_lists_is_read_without_a_crash() -> None:
    from newsprism.errors import NoArticleTextError

    # a framework's shell with no article in its markup, its data a list that opens with a
    # list (as some pages' JSON does): the payload test asked whether that list was a name
    data = '[[["chart", 3], 1], "Harwick ferry timetable", {"rows": [1, 2]}]'
    page = (
        "<!doctype html><html><head><title>Ferry timetable</title></head><body>"
        "<div id='app'></div>"
        f"<script id='__NUXT_DATA__' type='application/json'>{data}</script></body></html>"
    ).encode()
    # no article: said so (NoArticleTextError), not a TypeError's traceback
    with contextlib.suppress(NoArticleTextError):
        newsprism.read(page, stages=())
