"""The library's speaker facet lists people and organisations confidently quoted, nothing else."""

from __future__ import annotations

from pathlib import Path

from newsprism.article import Article, Block, Quote, Sentence, Speaker
from newsprism.library import Library

TEXT = (
    "Mayor Ana Ruiz said the bridge would open in May. "
    "Unofficial data show traffic fell. "
    "A spokesman for Harbour Ferries Ltd said sailings would go on. "
    "Someone, perhaps Tom Lee, said it was late."
)


def _article() -> Article:
    ends = [
        i + 1
        for i, ch in enumerate(TEXT)
        if ch == "." and (i + 1 == len(TEXT) or TEXT[i + 1] == " ")
    ]
    starts = [0] + [e + 1 for e in ends[:-1]]
    sentences = tuple(
        Sentence(i, 0, s, e, TEXT[s:e]) for i, (s, e) in enumerate(zip(starts, ends, strict=True))
    )

    def quote(qid: int, sentence: int, speaker: int, confidence: float) -> Quote:
        s = sentences[sentence]
        return Quote(
            qid,
            "indirect",
            s.start,
            s.end,
            s.text,
            speaker=speaker,
            sentences=(sentence,),
            confidence=confidence,
        )

    return Article(
        text=TEXT,
        title="Bridge opens in May",
        language="en",
        blocks=(Block(0, "paragraph", 0, len(TEXT), TEXT),),
        sentences=sentences,
        speakers=(
            Speaker(0, "Ana Ruiz", role="mayor", kind="person"),
            Speaker(1, "unofficial data", kind="document"),
            Speaker(2, "Harbour Ferries Ltd", kind="organization"),
            Speaker(3, "Tom Lee", kind="person"),
            Speaker(4, "the planning inspectorate", kind="person"),  # named, never quoted
        ),
        quotes=(
            quote(0, 0, 0, 0.97),
            quote(1, 1, 1, 0.95),
            quote(2, 2, 2, 0.9),
            quote(3, 3, 3, 0.4),  # not confident: not in the facet
        ),
    )


def test_speaker_facet_lists_only_confidently_quoted_people_and_organisations(
    tmp_path: Path,
) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.add(_article())
        names = [name for name, _ in lib.facets()["speaker"]]
    assert sorted(names) == ["Ana Ruiz", "Harbour Ferries Ltd"]
