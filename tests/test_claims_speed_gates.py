"""The cheap first looks that gate the English claims stage's costly patterns (thirteenth
session) must never change what the patterns find: each gated result equals the ungated one."""

from __future__ import annotations

import re

import pytest

from newsprism.claims import masks_en
from newsprism.claims.attribute import _CITED_EN, cited_source
from newsprism.claims.extract import _NUMBER_WORDS, _trie_pattern, candidate_windows
from newsprism.claims.lexicon_en import PHONE, TIME

# invented sentences, one or more of each kind of mask, and plain ones
SENTENCES = [
    "Rovers beat Athletic 3-1 at home on Saturday, a 2-1 win the week before.",
    "The council voted 7 to 2 to close the depot, and the board split 5-to-4 later.",
    "In the 2019-20 season the club sold 12,000 tickets between 2000 - 2050 days.",
    "The festival runs Oct. 11-14 and costs £40, open 24/7 at the harbour.",
    "Doors open at 9:30 and the talk starts at 6 p.m., ending from 9 to 11pm.",
    "Call 0161 496 0123 or +44 20 7946 0958 for tickets, priced at 5/2 favourite odds.",
    'The page set width="250px" and {"price": 12} before the $total = 5 line.',
    "1) Wash the leaves, 2) dry them and 3) chop 200 g finely.",
    "The 9/11 memorial drew 3/4 of the city's 1,200 schools.",
    "Sales rose 5% to $3.2bn, the company said in a statement on Tuesday.",
    "Nearly forty-two people came, twice as many as the three hundred expected.",
    "Shares closed at 14.30 in London, up 2 – 0 on the day.",
    "17.00 We are closing this live page now.",
    "1 of 4.",
]


def _ungated(sentence: str) -> list[tuple[int, int]]:
    patterns = (
        TIME,
        masks_en._SCORE,
        masks_en._YEAR_SPAN,
        masks_en._ALWAYS,
        masks_en._LIST_NUMBER,
        masks_en._DAY_RANGE,
        masks_en._NUMBER_ALONE,
        masks_en._ENTRY_TIME,
        masks_en._COUNTER,
    )
    spans = [m.span() for p in patterns for m in p.finditer(sentence)]
    spans += masks_en._inline_items(sentence)
    spans += masks_en._odds(sentence)
    marks = masks_en._CODE_MARK.findall(sentence)
    spans += [(0, len(sentence))] if len(marks) >= 2 else []
    spans += [
        m.span() for m in masks_en._TALLY.finditer(sentence) if int(m.group(2)) <= int(m.group(1))
    ]
    for m in masks_en._VOTE_TALLY.finditer(sentence):
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if int(second) <= int(first):
            spans.append(m.span())
    spans += masks_en._day_months(sentence)
    spans += masks_en.not_prose_spans(sentence)
    for m in PHONE.finditer(sentence):
        if sum(c.isdigit() for c in m.group()) >= 9 and "," not in m.group():
            spans.append(m.span())
    return sorted(set(spans))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gated_masks_equal_ungated(sentence: str) -> None:
    assert sorted(set(masks_en.masked_spans(sentence))) == _ungated(sentence)


def test_masks_still_find_each_kind() -> None:
    # the gates must not hide the masks themselves
    assert masks_en.masked_spans(SENTENCES[0])
    assert masks_en.masked_spans(SENTENCES[1])
    assert masks_en.masked_spans(SENTENCES[4])
    assert masks_en.masked_spans(SENTENCES[6]) == [(0, len(SENTENCES[6]))]


def test_trie_matches_flat_alternation() -> None:
    words = sorted({w.lower() for w in _NUMBER_WORDS if len(w) > 2 and w.isalpha()})
    flat = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    trie = re.compile(r"\b" + _trie_pattern(words) + r"\b", re.IGNORECASE)
    text = " ".join(SENTENCES) + " Eighteen eighty Tenfold tens TENS thirteenths onefold"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert candidate_windows("Nothing here counts.") == []
    assert candidate_windows("Some seventeen came.")


def test_trie_pattern_of_prefixes() -> None:
    pattern = re.compile(r"\b" + _trie_pattern(["ten", "tenfold", "tens"]) + r"\b")
    assert [m.group() for m in pattern.finditer("ten tens tenfold tenth")] == [
        "ten",
        "tens",
        "tenfold",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout fell to 61%, according to the electoral commission.",
        "Data from the statistics office show prices rose 3%.",
        "The Health Ministry estimates 4,000 cases.",
        "Prices rose 3%, citing the central bank.",
        "Prices rose 3% last year.",
    ],
)
def test_cited_source_gate_equals_patterns(sentence: str) -> None:
    expected = None
    for pattern in _CITED_EN:
        m = pattern.search(sentence)
        if m:
            expected = " ".join(m.group("src").split()[:8])
            break
    assert cited_source(sentence, "en") == expected
