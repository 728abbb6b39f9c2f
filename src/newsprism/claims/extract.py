"""Find the figures in one sentence, in English or Russian."""

from __future__ import annotations

import re

from . import quantities_en
from .nlp import taggers
from .quantity import Quantity, Tag

_HAS_NUMBER_EN = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|twice|"
    r"double|doubled|tripled|halved|third|quarter|half|fold)",
    re.IGNORECASE,
)


def find_quantities(sentence: str, language: str | None) -> list[Quantity]:
    """Every figure ``sentence`` states; offsets are relative to the sentence."""
    return analyse_sentence(sentence, language)[0]


def analyse_sentence(
    sentence: str, language: str | None
) -> tuple[list[Quantity], dict[int, Tag] | None]:
    """The figures in ``sentence`` and the POS tags read to find them (``None``: no figure)."""
    if language == "ru":
        from . import quantities_ru

        if not quantities_ru.may_hold_number(sentence):
            return [], None
        tags = taggers.get("ru")(sentence)
        return quantities_ru.find(sentence, tags), tags
    if not _HAS_NUMBER_EN.search(sentence):
        return [], None
    tags = taggers.get("en")(sentence)
    return quantities_en.find(sentence, tags), tags
