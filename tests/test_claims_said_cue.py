"""Issue 13, twenty-ninth session (follow-up): a figure's source comes from a word of saying the
attribution lexicon knows, never from any verb with a subject that a learned cue finder read as
an attribution ("the utility discharged sewage on 1,240 occasions" is no statement of the
utility's).  Invented articles, none from an evaluation set."""

from __future__ import annotations

import pytest

from newsprism.article import Article, Block, Quote, Speaker
from newsprism.claims.said_cue import said_cue
from newsprism.claims.stage import claims
from newsprism.segment import segment


@pytest.mark.parametrize(
    "cue",
    ["discharged", "pumped", "dumping", "closes", "recorded", "demolished", "Flooded"],
)
def test_verbs_that_say_nothing_give_no_source(cue: str) -> None:
    assert not said_cue(cue, "en")


@pytest.mark.parametrize(
    "cue",
    [
        # the lexicon's verbs in their inflections, nouns and phrasal cues
        *("said", "says", "told", "estimated", "disputed", "Asked", "adding", "denied"),
        *("admitted", "in a statement", "asking for", "according to", "warns"),
        # no cue word (a colon, a transcript's turn) or an irregular form the lexicon's lemma
        # cannot be told from without the parser: kept
        *(None, ":", "wrote", "heard"),
    ],
)
def test_words_of_saying_give_a_source(cue: str | None) -> None:
    assert said_cue(cue, "en")


def test_russian_cues_are_the_lexicons_own_and_stand() -> None:
    assert said_cue("сбросил", "ru")


_TEXT = (
    "Riverside Utilities fined £4.2m over sewage spills\n"
    "Riverside Utilities has been fined £4.2m after admitting that it pumped raw sewage into "
    "Lake Ormond on 860 occasions since 2022.\n"
    "The regulator said the number of spills had risen by 41% in two years."
)


def _article(quotes: list[tuple[str, str, str]]) -> Article:
    """The article with an indirect quote per ``(content, cue, speaker)``."""
    blocks, pos = [], 0
    for i, para in enumerate(_TEXT.split("\n")):
        kind = "heading" if i == 0 else "paragraph"
        blocks.append(Block(i, kind, pos, pos + len(para), para))
        pos += len(para) + 1
    article = segment(Article(text=_TEXT, blocks=tuple(blocks), language="en"))
    speakers, found = [], []
    for n, (content, cue, name) in enumerate(quotes):
        start = _TEXT.index(content)
        cue_start = _TEXT.index(cue)
        found.append(
            Quote(
                n,
                "indirect",
                start,
                start + len(content),
                content,
                speaker=n,
                cue=cue,
                cue_start=cue_start,
                cue_end=cue_start + len(cue),
                source_text=name,
                confidence=0.5,
            )
        )
        speakers.append(Speaker(n, name))
    fields = {f: getattr(article, f) for f in article.__dataclass_fields__}
    return Article(**{**fields, "speakers": tuple(speakers), "quotes": tuple(found)})


def _sources(article: Article) -> dict[str, tuple[int | None, str]]:
    return {c.text: (c.speaker, c.source) for c in claims(article).claims}


def test_a_figure_under_a_verb_of_doing_is_the_articles() -> None:
    sources = _sources(
        _article(
            [
                ("raw sewage into Lake Ormond on 860 occasions since 2022", "pumped", "it"),
                ("the number of spills had risen by 41% in two years", "said", "The regulator"),
            ]
        )
    )
    assert sources["860 occasions"] == (None, "article")
    # the same stage still credits a figure in a quote cued by a word of saying
    assert sources["41%"] == (1, "The regulator")


def test_an_outer_statement_keeps_a_figure_a_verb_of_doing_held() -> None:
    whole = "that it pumped raw sewage into Lake Ormond on 860 occasions since 2022"
    inner = "raw sewage into Lake Ormond on 860 occasions since 2022"
    sources = _sources(
        _article([(whole, "admitting", "Riverside Utilities"), (inner, "pumped", "it")])
    )
    assert sources["860 occasions"] == (0, "Riverside Utilities")
