"""The reviewer's fixes of the twenty-seventh session: faults a reader meets in the library,
each test failing on the code before its fix."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_lead_s27 import _ru
from typer.testing import CliRunner

from newsprism.cli import app

PAGE = """<html lang="en"><head><title>Tram line to the port reopens</title>
<meta property="og:url" content="{url}"></head><body><article>
<h1>Tram line to the port reopens</h1>
<p>The city reopened the tram line to the container port on Tuesday after eleven weeks of track
repairs, and said the first trams would run every {minutes} minutes until the spring.</p>
<p>"The dockers have waited long enough for a reliable way to get to work," the transport
officer, Ilse Varga, told the council. She said the repairs had cost less than planned.</p>
<p>Shop owners along the route said they hoped the trams would bring back their customers.</p>
</article></body></html>"""

A_URL = "https://example.net/city/tram-port"
B_URL = "https://example.net/city/tram-port-update"


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _texts(db: Path) -> list[tuple[str | None, str]]:
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT url, json_extract(json, '$.text') FROM articles ORDER BY id"
        ).fetchall()
    return [
        (url, "every 5 minutes" if "every 5 " in text else "every 8 minutes") for url, text in rows
    ]


def _revisions(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute("SELECT count(*) FROM article_revisions").fetchone()[0])


def _library_with_a_copy(tmp_path: Path) -> Path:
    """Two articles, then the first one's text again at the second one's address (a copy)."""
    db = tmp_path / "lib.sqlite"
    for name, url, minutes in (("a", A_URL, 5), ("b", B_URL, 8), ("c", B_URL, 5)):
        page = tmp_path / f"{name}.html"
        page.write_text(PAGE.format(url=url, minutes=minutes), encoding="utf-8")
        _run("add", str(page), "--db", str(db))
    return db


def test_a_json_export_of_two_articles_imports_as_two_and_again_changes_nothing(
    tmp_path: Path,
) -> None:
    db = _library_with_a_copy(tmp_path)
    before = _texts(db)
    assert before == [(A_URL, "every 5 minutes"), (B_URL, "every 8 minutes")]
    _run("export", "-o", str(tmp_path / "out"), "-f", "json", "--db", str(db))
    # the exported article says the address the library holds for it (it said the copy's)
    first = json.loads((tmp_path / "out" / "1.json").read_text("utf-8"))
    assert first["metadata"]["url"] == A_URL
    moved = tmp_path / "moved.sqlite"
    for _ in range(2):  # before: one article, its text swapped on each import
        _run("import", "json", str(tmp_path / "out"), "--db", str(moved))
        assert _texts(moved) == before
        assert _revisions(moved) == 0


def test_an_older_export_naming_one_address_twice_keeps_both_articles(tmp_path: Path) -> None:
    db = _library_with_a_copy(tmp_path)
    _run("export", "-o", str(tmp_path / "out"), "-f", "json", "--db", str(db))
    # as an older newsprism exported it: the copy's address in the first article's file
    path = tmp_path / "out" / "1.json"
    data = json.loads(path.read_text("utf-8"))
    data["metadata"]["url"] = B_URL
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    moved = tmp_path / "moved.sqlite"
    for n in range(2):
        out = _run("import", "json", str(tmp_path / "out"), "--db", str(moved))
        texts = _texts(moved)
        assert sorted(t for _, t in texts) == ["every 5 minutes", "every 8 minutes"], texts
        assert [u for u, _ in texts].count(B_URL) == 1
        assert _revisions(moved) == 0
        if n:
            assert "added" not in out, out


def test_a_surname_in_ov_finds_the_name_not_the_words_it_begins(tmp_path: Path) -> None:
    from newsprism.library import Library

    lib = Library.open(tmp_path / "lib.sqlite")
    person = lib.add(
        _ru(
            "Глава управы Сергей Иванов пообещал открыть каток к Новому году. Жители "
            "поблагодарили Иванова за новые фонари.",
            "Каток откроют к Новому году",
        ),
        link=False,
    )
    region = lib.add(
        _ru(
            "В Ивановской области закрыли на ремонт мост через реку, а в Иваново продлили "
            "работу автобусов до полуночи.",
            "Мост закрыли на ремонт",
        ),
        link=False,
    )
    street = lib.add(
        _ru("На Петровке открыли новую булочную, сообщили в управе района.", "Булочная"),
        link=False,
    )
    assert {h.id for h in lib.search("Иванов")} == {person}  # and the region before
    assert {h.id for h in lib.search("Ивановым")} == {person}
    assert {h.id for h in lib.search("Петров")} == set()  # the street before
    assert region in {h.id for h in lib.search("Ивановской")}
    assert street in {h.id for h in lib.search("Петровке")}
    lib.close()


def test_whose_words_are_brought_is_named_without_the_words_after_the_colon() -> None:
    from attributed import attributed, quote_holding, speaker_name

    article = attributed(
        "Паводок в Заречье\n\nВода в реке поднялась за ночь на полтора метра.\n\n"
        "Газета «Северный край» приводит слова механика депо: «Мы узнали обо всём из "
        "новостей».",
        "ru",
    )
    name = speaker_name(article, quote_holding(article, "узнали обо всём"))
    # the parse hung the quote on the owner: «механик депо  «Мы узнали обо всём …»» before
    assert name is not None and "«" not in name and "новост" not in name, name


def test_a_shell_page_s_readers_comments_are_not_read_as_its_article() -> None:
    from newsprism.extract.declared import declared_blocks

    story = [
        "The harbour board agreed on Monday to dredge the old fishing basin for the first time "
        "since the war, after two trawlers ran aground there in the autumn.",
        "Work will start when the herring season ends and should take six weeks, the board's "
        "engineer told the meeting, and the basin stays open to small boats.",
        "Fishermen had asked for the dredging for years and said the silt had made the basin "
        "unusable at low tide for anything bigger than a rowing boat.",
    ]
    comments = [
        f"Reader {i}: my grandfather fished from that basin and I am glad somebody finally "
        "remembered it exists, but six weeks sounds far too optimistic to me."
        for i in range(10)
    ]
    data = {
        "props": {
            "story": {"blocks": [{"text": t} for t in story]},
            "comments": [{"body": c} for c in comments],
        }
    }
    page = (
        "<html><body><div id='app'>Loading</div><script id='__NEXT_DATA__' "
        f"type='application/json'>{json.dumps(data)}</script></body></html>"
    )
    # the ten comments outweighed the story and were its text before
    assert [b.text for b in declared_blocks(page)] == story
