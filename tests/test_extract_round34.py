"""Round 34 (issue 11): a lead photo's caption in a box the page names a caption, its picture
filled in by a script (no ``<img>``), is not the standfirst; the white-space shortcut for ASCII
lines gives the same text.  Invented text."""

from __future__ import annotations

from test_extract_round26 import _TITLE, _page, _text

import newsprism


def test_a_caption_named_box_without_its_picture_is_not_the_standfirst() -> None:
    caption = "Passengers board the last crossing of the evening at the north shore slipway."
    photo = (
        "<div id='top_images'><div><span class='resimg' data-image='/img/ferry.jpg'>ferry.jpg"
        f"</span></div><div class='Caption'>{caption} <em>(Harbour Press)</em></div></div>"
    )
    text = _text(newsprism.read(_page(photo), stages=()))
    assert text[0].startswith("The harbour board voted")
    assert not any(caption[:40] in t for t in text)


def test_a_standfirst_in_a_box_named_otherwise_stays() -> None:
    deck = "Shift workers had warned that the last crossing of the day was their only way home."
    text = _text(newsprism.read(_page(f"<div class='dek'>{deck}</div>"), stages=()))
    assert text[0] == deck
    assert _TITLE not in text


def test_clean_inline_takes_the_same_text_by_its_ascii_shortcut() -> None:
    # the shortcut for plain ASCII lines gives what the two substitutions give
    from newsprism.extract.assemble import _INVISIBLE, _SPACES, clean_inline

    for text in (
        "  The board voted.  ",
        "The board voted.",
        "The\tboard  voted.",
        "The board\u00a0voted \u200bon\u00adTuesday.",
        "Совет  проголосовал\u2009во вторник.",
        "\n Home \r",
    ):
        assert clean_inline(text) == _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()
