"""Second pass over scraped text: a credit takes the caption next to it (figures), and a credit set
inside a caption is split off.
"""

from __future__ import annotations

import re

from .figures import (
    CREDIT_PATTERN,
    split_credit,
)
from .scraped_labels import (
    BYLINE,
    CAPTION,
    CAPTION_MAX_CHARS,
    CHROME,
    CREDIT,
    DATE,
    FIGURE,
    FOOTER_LINE,
    NOTICE,
    RELATED,
    SHORT,
    TEXT,
    WIRE_PHOTO_CREDIT,
    Labelled,
    ends_sentence,
    is_body_text,
)
from .scraped_meta import (
    is_name,
    names_only,
)
from .scraped_vocab import (
    AGENCY_CREDIT,
    ui_key,
)


def pair_figures(labs: list[Labelled], exclude: set[int | None]) -> None:
    """A credit takes the caption next to it; captions and credits become figures.

    Lines at the indexes in ``exclude`` (the title and its standfirst) are never captions.
    """
    for lab, below in zip(labs, labs[1:], strict=False):
        if lab.label == CREDIT and _FIRST_OF_GALLERY.match(ui_key(below.text)):
            # "Photos: Fire near the ridge" / "1 of 4": the title of a gallery, not a credit
            lab.relabel(CHROME, "title of a photo gallery")
    content = [lab for lab in labs if lab.label not in (CHROME, NOTICE, FOOTER_LINE, RELATED)]
    position = {id(lab): i for i, lab in enumerate(labs)}
    for k, lab in enumerate(content):
        if lab.label != CREDIT:
            continue
        prev = content[k - 1] if k > 0 else None
        nxt = content[k + 1] if k + 1 < len(content) else None
        lab.credit = lab.credit or lab.text
        if prev is not None and prev.label == CAPTION and prev.credit is None:
            _merge(prev, lab)
        elif nxt is not None and nxt.label == CAPTION:
            _merge(nxt, lab)
        elif prev is not None and prev.line.index not in exclude and _captionish(prev, lab):
            prev.caption = prev.text
            _merge(prev, lab)
        elif _in_byline_block(labs, position[id(lab)]):
            # "Текст: Name" / «Фото: Name» / the date line: the photographer named beside the
            # writer, in the story's header, no photo of its own
            lab.relabel(CHROME, "the photographer named in the byline block")
        elif not any(is_body_text(o) for o in labs[position[id(lab)] + 1 :]):
            # after the story's last line of text, a credit alone shows no photo of the
            # story's: the byline's photographer printed again under it, or a gallery's link
            # among other articles' ("Photos: election night across the county")
            lab.relabel(CHROME, "a credit alone after the story's text")
        else:
            lab.relabel(FIGURE, "photo credit without a caption")
    for lab in labs:
        if lab.label == CAPTION:
            lab.relabel(FIGURE, "caption without a credit")
        elif (
            lab.label in (SHORT, TEXT)
            and len(lab.text) <= CAPTION_MAX_CHARS
            and lab.line.index not in exclude
        ):
            # a caption with its credit on the same line: "Rescuers at the site. Photo: AP/Name"
            parts = inline_credit(lab.text)
            if parts:
                lab.caption, lab.credit = parts
                lab.relabel(FIGURE, "caption with an inline credit")


def gallery_title(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` stands right over a gallery's first counter ("Gallery: Spring collection" /
    "1 of 5", «Фотогалерея» / «1 / 6»): the gallery's title, the page's."""
    return i + 1 < len(labs) and bool(_FIRST_OF_GALLERY.match(ui_key(labs[i + 1].text)))


def _in_byline_block(labs: list[Labelled], i: int) -> bool:
    """Line ``i`` stands between a byline and a date line (in either order), or between two
    bylines: the story's header of who wrote it, who photographed it and when."""
    header = (BYLINE, DATE)
    return (
        0 < i < len(labs) - 1
        and labs[i - 1].label in header
        and labs[i + 1].label in header
        and BYLINE in (labs[i - 1].label, labs[i + 1].label)
    )


def inline_credit(text: str) -> tuple[str, str] | None:
    """A caption and the credit printed on its line ("Rescuers at the site. Photo: AP/Name",
    "… (AP Photo/Name, File)"), or ``None`` when the line carries no credit."""
    caption, credit = split_credit(text)
    bracketed = text.rstrip().endswith(")")  # "… (AP Photo/Name, File)"
    if bracketed and credit:
        credit = text.rstrip()[text.rstrip().rfind("(") :]  # as printed
    if credit and caption and (CREDIT_PATTERN.search(text) or bracketed):
        return caption, credit
    return None


# the counter over a gallery's first photo: "1 of 4", «1 из 12», "1/8"
# (a word before it names a photo or a slide: "Card 1 of 5", «Карточка 1 из 5» count a story's
# cards, and the credit above it is a photo's)
_FIRST_OF_GALLERY = re.compile(
    r"^(?:(?:photo|image|picture|slide|фото|слайд|снимок|изображение|світлина|bild|foto|"
    r"diapositive|imagen)\s*)?0?1\s*(?:/|of|из|з|von|sur|de)\s*\d{1,3}$",
    re.I,
)


def _captionish(prev: Labelled, credit: Labelled) -> bool:
    """Is the line before a credit its caption?

    It is when it is short enough for a caption and either sits right on the credit (no empty
    line between) or is a short line on its own; a long paragraph keeps its place.
    """
    if prev.label not in (SHORT, TEXT) or len(prev.text) > CAPTION_MAX_CHARS:
        return False
    if (
        len(prev.text) > RUNNING_CAPTION_MAX_CHARS
        and ends_sentence(prev.text)
        and len(_SENTENCE_BREAK.split(prev.text)) > 1
        and not wire_credit(credit)
    ):
        # several finished sentences past a caption's length are the story's paragraph, with
        # the photo's credit under it and no caption (every caption of the development golds
        # of two sentences runs to at most 141 characters, every such paragraph to 145 or
        # more); a gallery's long caption is cut short by its "… more" toggle.  A wire
        # agency's caption runs to 300 characters in two sentences and more ("… on Tuesday,
        # December 2, 2026. More than 2,000 residents were evacuated overnight." over
        # "REUTERS/Name"): under an agency's credit the length says nothing.
        return False
    return not credit.line.blank_before or prev.label == SHORT or len(prev.text) <= 160


_PHOTO_PREFIX = re.compile(r"^(?:photo|picture|image|фото|снимок)\s*:\s*", re.I)


def wire_credit(credit: Labelled) -> bool:
    """Is the credit a wire agency's ("REUTERS/Jon Nazca", "AP Photo/Name", «Фото: ТАСС»)?"""
    text = _PHOTO_PREFIX.sub("", (credit.credit or credit.text).strip())
    # (or in brackets, as wire copy prints it: "(AP Photo/Name, File)")
    return bool(AGENCY_CREDIT.match(text) or WIRE_PHOTO_CREDIT.fullmatch(text.strip("()")))


#: a caption of more than one sentence runs to at most this many characters
RUNNING_CAPTION_MAX_CHARS = 150
#: where one sentence ends and the next begins: a stop, then a capital (or an opening quote)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[»\"”)]?\s+(?=[«\"“]?[A-ZА-ЯЁ])")


#: the reason a credit line merged into the figure above it is chrome (other stages read it)
CREDIT_MERGED = "credit merged into the figure above"


def _merge(caption: Labelled, credit: Labelled) -> None:
    caption.credit = credit.credit or credit.text
    caption.relabel(FIGURE, "caption next to its credit")
    credit.relabel(CHROME, CREDIT_MERGED)


#: the job of one who filmed, edited or produced a story, before their name
_CREW = re.compile(
    r"^(?:camera|cameraman|camerawoman|video|videographer|video editor|editing|producer|"
    # who edited or checked the text, under the writer's byline ("Edited by Name")
    r"edited by|fact[- ]checked by|reviewed by|редактор|корректор|"
    r"оператор|видеооператор|монтаж|монтажер|монтажёр|режиссер|режиссёр|продюсер|"
    r"звукорежиссер|звукорежиссёр|видеоинженер)\s*:?\s+(?P<names>[^\W\d_].*)$",
    re.I,
)


def _crew_line(text: str) -> bool:
    """A crew line: the job, then people's names and nothing else ("Оператор Глеб Рябинин",
    "Camera: Ines Duarte and Tom Hale"); "Video evidence questioned in court" and «Монтаж
    новой линии задерживается» are the story's subheadings."""
    m = _CREW.match(text.strip())
    if m is None:
        return False
    names = m.group("names").strip(" .")
    return is_name(names) or bool(names_only(names))
