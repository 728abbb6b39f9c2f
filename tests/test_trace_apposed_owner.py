"""Whose count a figure is when its subject is a body's kind with the body's name beside it
(«Комбинат «Северолес» … закупил …»): the name owns it, as "the Severoles mill" does in English,
and not the place the verb puts it in (twenty-seventh session, ``owners.APPOSED_NAMES``).

Russian names a company by its kind and its name in quotation marks; the parse makes the name
the kind's apposition.  Before, the owner fell through to the place of the verb («в
Архангельской области»), so the Russian and the English outlet's figure of one company had two owners
and were held apart (``index.OWNERS_APART``)."""

from __future__ import annotations

import pytest

from newsprism.trace.owners import counted_owner, owners_agree, owners_differ

pytest.importorskip("natasha")
pytest.importorskip("spacy")

_RU = (
    "Комбинат «Северолес» за год закупил в Архангельской области 12 тыс. кубометров леса, "
    "сообщил директор Пётр Ильин."
)
_EN = (
    "The Severoles mill in Arkhangelsk bought 12,000 cubic metres of timber last year, its "
    "director Pyotr Ilyin said."
)
_RU_OTHER = (
    "Завод «Беломорсталь» за год закупил в Архангельской области 9 тыс. тонн лома, сообщил "
    "его директор."
)


def _owner(sentence: str, figure: str, language: str) -> tuple[str, ...]:
    at = sentence.index(figure)
    return counted_owner(sentence, at, at + len(figure), language)


def test_a_named_kind_owns_its_figure_in_both_languages() -> None:
    ru = _owner(_RU, "12 тыс. кубометров", "ru")
    en = _owner(_EN, "12,000 cubic metres", "en")
    assert ru and en
    assert owners_agree(ru, en)


def test_two_named_bodies_of_one_place_are_two_owners() -> None:
    # both in one region: the place no longer makes them one owner, their names make them two
    assert owners_differ(
        _owner(_RU, "12 тыс. кубометров", "ru"), _owner(_RU_OTHER, "9 тыс. тонн", "ru")
    )
