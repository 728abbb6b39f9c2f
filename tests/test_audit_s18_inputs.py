"""The eighteenth session's audit: inputs a user meets that failed on main, one test each.

Every text here is invented for the test.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsprism
from newsprism.charset import decode_bytes
from newsprism.cli import app as cli_app
from newsprism.cli import main as cli_main
from newsprism.cli.app import terminal_safe
from newsprism.errors import EmptyInputError, InputError
from newsprism.library import Library
from newsprism.web import create_app
from newsprism.web.security import CSRF_COOKIE

LOCAL = "http://127.0.0.1:8000"

#: a short Russian news text (invented), as copied from a page
RUSSIAN_LINES = (
    "Мост через залив закроют на ремонт\n\n"
    "Городской совет во вторник проголосовал за закрытие старого моста на ремонт, "
    "сообщил мэр журналистам.\n\n"
    "Работы начнутся в марте и продлятся до конца лета, уточнили в администрации.\n\n"
    "Жители северного района будут ездить через паромную переправу.\n"
)
ENGLISH_LINES = (
    "Harbour bridge to close for repairs\n\n"
    "The town council voted on Tuesday to close the old harbour bridge for six months, "
    "the mayor told reporters after the meeting.\n\n"
    "Work will start in March and end in late summer, officials said.\n"
)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "lib.sqlite", analyse=False), base_url=LOCAL) as c:
        c.get("/")
        yield c


# -- pasted text that Python holds but UTF-8 cannot ------------------------------------------------


def test_pasted_text_with_a_lone_surrogate_is_stored_not_a_500(
    client: TestClient, tmp_path: Path
) -> None:
    # JSON's "\ud800" escape decodes to a lone surrogate; the add failed with an internal error
    body = json.dumps({"text": ENGLISH_LINES.replace("Tuesday", "Tuesday \\ud800")})
    body = body.replace("\\\\ud800", "\\ud800")
    response = client.post(
        "/api/articles",
        content=body.encode("ascii"),
        headers={"x-csrf-token": client.cookies[CSRF_COOKIE], "content-type": "application/json"},
    )
    assert response.status_code == 201, response.text
    article = client.get(response.json()["href"].replace("/articles", "/api/articles")).json()
    assert "Tuesday \ufffd" in article["text"]
    assert "officials said" in article["text"]


# -- a short UTF-8 text with one broken byte -------------------------------------------------------


def test_short_utf8_text_with_one_broken_byte_is_read(tmp_path: Path) -> None:
    # a truncated character pasted into otherwise valid UTF-8: the whole text was refused
    # ("cannot tell the character encoding") because it is shorter than 1,000 bytes per break
    data = RUSSIAN_LINES.encode("utf-8").replace("ремонт,".encode(), "ремонт,".encode() + b"\xd0")
    text, encoding = decode_bytes(data, "x.txt")
    assert encoding == "utf-8 (1 broken byte replaced by U+FFFD)"
    assert "ремонт,\ufffd сообщил" in text
    path = tmp_path / "copied.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(cli_app, ["read", str(path), "--no-analyse"])
    assert result.exit_code == 0, result.output
    assert "паромную переправу" in json.loads(result.stdout)["text"]


def test_single_byte_cyrillic_is_still_not_taken_for_broken_utf8() -> None:
    # the relaxed rule must not read a windows-1251 text as UTF-8 full of U+FFFD
    text, encoding = decode_bytes(RUSSIAN_LINES.encode("cp1251"), "x.txt")
    assert encoding == "cp1251"
    assert "паромную переправу" in text


# -- the Python API's wrong arguments say what to pass -----------------------------------------


def test_api_read_of_an_empty_string_says_it_is_empty() -> None:
    with pytest.raises(EmptyInputError, match="empty string"):
        newsprism.read("")  # was ". is a folder"


def test_api_read_of_markup_in_a_str_says_to_pass_bytes() -> None:
    with pytest.raises(InputError) as caught:
        newsprism.read("<html><body><p>" + ENGLISH_LINES + "</p></body></html>")
    assert "bytes" in (caught.value.hint or "")


def test_api_analyse_of_a_path_is_an_input_error() -> None:
    with pytest.raises(InputError, match="takes an Article"):
        newsprism.analyse("page.html")  # type: ignore[arg-type]  # was an AttributeError


# -- the web app -------------------------------------------------------------------------------


def test_speaker_whose_name_holds_a_slash_has_a_page(tmp_path: Path) -> None:
    # pages link /speakers/{name|urlencode}, which leaves "/" as it is: "Ann Lee/Reuters" was a 404
    db = tmp_path / "lib.sqlite"
    with Library.open(db):
        pass
    with TestClient(create_app(db, analyse=False), base_url=LOCAL) as c:
        page = c.get("/speakers/Ann%20Lee/Reuters", headers={"accept": "text/html"})
        assert page.status_code == 200
        assert "Ann Lee/Reuters" in page.text
        assert c.get("/api/speakers/Ann%20Lee/Reuters").status_code == 200


# -- a page's control characters reach a terminal ----------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_control_characters_of_a_page_are_shown_not_obeyed_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # entities put ESC into the title and text: `newsprism read -f text` on a terminal cleared
    # the screen, set the window title and moved the cursor over earlier output
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry &#27;]0;owned&#7; fares &#27;[2J rise</title></head><body>"
        "<article><h1>Ferry fares rise</h1><p>The harbour board raised ferry fares on Monday "
        "&#27;[1A&#27;[2K by a tenth, its chair told a meeting of residents.</p><p>Season "
        "tickets stay at last year's price until the end of March, the board said.</p>"
        "</article></body></html>",
        "utf-8",
    )
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setattr(sys, "argv", ["newsprism", "read", str(page), "--no-analyse", "-f", "text"])
    with pytest.raises(SystemExit) as ended:
        cli_main()
    assert ended.value.code in (0, None)
    shown = terminal.getvalue()
    assert "Monday ␛[1A␛[2K by a tenth" in shown
    assert "\x1b" not in shown and "\x07" not in shown
    # a pipe or a file gets the article as it is
    result = CliRunner().invoke(cli_app, ["read", str(page), "--no-analyse", "-f", "text"])
    assert "\x1b[1A" in result.stdout


@pytest.mark.parametrize("command", ["add", "read"])
def test_warnings_show_the_controls_a_source_carries(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    # a warning quotes the source (a path, an address) and why it failed: a name can carry a
    # clear-screen or a window title, which the terminal the warning goes to would obey
    good = tmp_path / "good.html"
    good.write_text(
        "<html><body><article><h1>Ferry fares rise</h1><p>The harbour board raised ferry fares "
        "on Monday by a tenth, its chair told a meeting of residents.</p></article></body></html>",
        "utf-8",
    )
    gone = str(tmp_path / "gone\x1b[2J\x1b]0;x\x07.html")
    args = ["newsprism", command, str(good), gone, "--no-analyse"] if command == "read" else [
        "newsprism", "add", "--db", str(tmp_path / "l.sqlite"), str(good), gone
    ]  # fmt: skip
    if command == "read":
        args += ["-o", str(tmp_path / "out")]
    monkeypatch.setattr(sys, "argv", args)
    with pytest.raises(SystemExit):
        cli_main()
    shown = capsys.readouterr().err
    assert "gone␛[2J␛]0;x␇.html" in shown
    assert "\x1b" not in shown and "\x07" not in shown


def test_terminal_safe_keeps_tabs_newlines_and_letters() -> None:
    assert terminal_safe("a\tb\nв\x1bc\x9bd\x7f") == "a\tb\nв␛c\ufffdd\u2421"


# -- an import file names what is read ----------------------------------------------------------


def test_a_pocket_export_never_reads_a_local_file(tmp_path: Path) -> None:
    # its url column was given to `add`, which reads paths: a CSV from elsewhere could put any
    # file the user can read into the library (and so into the web reader and exports)
    secret = tmp_path / "notes.html"
    secret.write_text(
        "<html><body><article><h1>Private notes</h1><p>The harbour board's chair will step "
        "down in May, a person told the reporter in confidence on Friday.</p><p>Nothing of "
        "this is to be published before the board meets again.</p></article></body></html>",
        "utf-8",
    )
    export = tmp_path / "part_000000.csv"
    export.write_text(
        f"title,url,time_added,tags,status\nNotes,{secret},1700000000,,unread\n"
        "Script,javascript:alert(1),1700000001,,unread\n",
        "utf-8",
    )
    db = tmp_path / "lib.sqlite"
    result = CliRunner().invoke(cli_app, ["import", "pocket", str(export), "--db", str(db)])
    assert result.exit_code != 0
    assert "not an http(s) address" in result.stderr
    with Library.open(db) as lib:
        assert lib.count() == 0


@pytest.mark.parametrize(
    ("command", "content"),
    [
        (["import", "pocket"], "title,url,time_added\n"),
        (["import", "wallabag"], '{"entries": 0}'),
        (["import", "folder"], None),
        (["add"], None),
    ],
)
def test_an_import_of_nothing_says_so_and_fails(
    tmp_path: Path, command: list[str], content: str | None
) -> None:
    # the wrong file or an empty folder ended silently with exit code 0
    if content is None:
        target = tmp_path / "saved"
        target.mkdir()
        (target / "notes.odt").write_bytes(b"PK\x03\x04")
    else:
        target = tmp_path / "export.file"
        target.write_text(content, "utf-8")
    db = tmp_path / "lib.sqlite"
    result = CliRunner().invoke(cli_app, [*command, str(target), "--db", str(db)])
    assert result.exit_code == 1
    assert "newsprism: nothing imported:" in result.stderr
