"""The library as a reader uses it: the speaker facet, corrections ("this is wrong"), provenance."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsprism.article import Article, Block, Claim, Metadata, Quote, Sentence, Speaker
from newsprism.cli import app as cli_app
from newsprism.library import Library
from newsprism.library.corrections import add_correction, corrections, counts
from newsprism.library.provenance import provenance
from newsprism.web import create_app
from newsprism.web.security import CSRF_COOKIE

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
        claims=(
            Claim(0, TEXT.index("May"), TEXT.index("May") + 3, "May", 5.0, speaker=0, sentence=0),
        ),
        metadata=Metadata(url="https://news.example/bridge", source="https://news.example/bridge"),
    )


def test_speaker_facet_lists_only_confidently_quoted_people_and_organisations(
    tmp_path: Path,
) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.add(_article())
        names = [name for name, _ in lib.facets()["speaker"]]
    assert sorted(names) == ["Ana Ruiz", "Harbour Ferries Ltd"]


def _library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(_article(), source="saved/bridge.html", bytes_hash="x")
    return path


def test_corrections_are_kept_counted_and_exported(tmp_path: Path) -> None:
    db = _library(tmp_path)
    with Library.open(db) as lib:
        fix = add_correction(lib, 1, "speaker", 3, "Tom Lee's assistant")
        add_correction(lib, 1, "figure", 0)
        assert fix.said == "Tom Lee" and fix.text.startswith("Someone")
        assert counts(lib) == {"quote": 0, "speaker": 1, "figure": 1}
        assert [c.kind for c in corrections(lib, 1)] == ["speaker", "figure"]
    # the CLI lists and exports them (JSON Lines), and an export of the article carries them
    runner = CliRunner()
    out = runner.invoke(cli_app, ["corrections", "export", "--db", str(db)])
    assert out.exit_code == 0, out.output
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(c["kind"], c["correct"], c["article_url"]) for c in lines] == [
        ("speaker", "Tom Lee's assistant", "https://news.example/bridge"),
        ("figure", None, "https://news.example/bridge"),
    ]
    listed = runner.invoke(cli_app, ["corrections", "list", "--db", str(db)])
    assert "1 speaker, 1 figure" in listed.output
    exported = runner.invoke(
        cli_app, ["export", "--db", str(db), "-f", "json", "-o", str(tmp_path / "x")]
    )
    assert exported.exit_code == 0, exported.output
    data = json.loads((tmp_path / "x" / "1.json").read_text("utf-8"))
    assert [c["kind"] for c in data["corrections"]] == ["speaker", "figure"]
    runner.invoke(cli_app, ["export", "--db", str(db), "-f", "md", "-o", str(tmp_path / "m")])
    assert "## Corrections" in (tmp_path / "m" / "1.md").read_text("utf-8")


def test_bad_corrections_are_refused_with_what_to_do(tmp_path: Path) -> None:
    import pytest

    from newsprism.errors import ArticleNotFoundError, InputError

    db = _library(tmp_path)
    with Library.open(db) as lib:
        with pytest.raises(InputError, match="quote, speaker or figure"):
            add_correction(lib, 1, "everything", 0)
        with pytest.raises(ArticleNotFoundError, match="no quote 99"):
            add_correction(lib, 1, "quote", 99)
        assert corrections(lib) == []


def test_reader_takes_a_correction_and_shows_it_from_then_on(tmp_path: Path) -> None:
    db = _library(tmp_path)
    with TestClient(create_app(db, analyse=False), base_url="http://127.0.0.1:8000") as client:
        page = client.get("/articles/1")
        assert "This is wrong" in page.text
        token = client.cookies[CSRF_COOKIE]
        answer = client.post(
            "/articles/1/corrections",
            data={"kind": "quote", "item": "1", "correct": "", "csrf": token},
            headers={"HX-Request": "true"},
        )
        assert answer.status_code == 200 and "kept as a correction" in answer.text
        again = client.get("/articles/1")
        assert again.text.count("marked wrong (not a quote)") == 1
        bad = client.post(
            "/articles/1/corrections",
            data={"kind": "nonsense", "item": "1", "csrf": token},
            headers={"HX-Request": "true"},
        )
        assert bad.status_code == 400 and "quote, speaker or figure" in bad.text


def test_reader_shows_where_the_article_came_from(tmp_path: Path) -> None:
    db = _library(tmp_path)
    with Library.open(db) as lib:
        kinds = [(o.kind, o.value) for o in provenance(lib, 1)][:2]
    assert kinds == [("file", "saved/bridge.html"), ("url", "https://news.example/bridge")]
    with TestClient(create_app(db, analyse=False), base_url="http://127.0.0.1:8000") as client:
        page = client.get("/articles/1").text
    assert "Where this came from" in page and "saved/bridge.html" in page
