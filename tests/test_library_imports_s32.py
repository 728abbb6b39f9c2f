"""Import files as users have them: a Pocket CSV a spreadsheet saved again in windows-1251 (the
default of a Russian Windows), a Wallabag export in windows-1251, an empty file and a binary one
given by mistake.  Before, the first two failed with Python's "'utf-8' codec can't decode byte
0xd2 in position 6" and the last two said "Expecting value: line 1 column 1 (char 0)" or the
codec error again — nothing a user can act on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.errors import InputError
from newsprism.library import Library
from newsprism.library.imports import import_exported, import_pocket, import_wallabag


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def test_a_pocket_csv_saved_again_in_windows_1251_is_read(lib: Library, tmp_path: Path) -> None:
    csv = tmp_path / "part_000000.csv"
    csv.write_bytes(
        "title,url,time_added,tags,status\n"
        '"Тарифы на воду вырастут на 4,5%",http://127.0.0.1:9/tarify,1717000000,ЖКХ,unread\n'
        "Зерновой терминал,ftp://example.ru/terminal,1717000001,,archive\n".encode("cp1251")
    )
    report = import_pocket(lib, csv, analyse=None)
    assert report.added == []
    reasons = dict(report.failed)
    assert "non-public" in reasons["http://127.0.0.1:9/tarify"]
    assert "not an http(s) address" in reasons["ftp://example.ru/terminal"]


def test_a_wallabag_export_in_windows_1251_keeps_its_russian_text(
    lib: Library, tmp_path: Path
) -> None:
    body = (
        "<p>Городской водоканал с 1 июля повысит тарифы на 4,5 процента, сообщил директор "
        "предприятия Андрей Лебедев. По его словам, средний счёт семьи вырастет примерно на "
        "60 рублей в месяц.</p>"
    )
    entry = {"title": "Водоканал повысит тарифы", "url": "https://vesti.example/1", "content": body}
    path = tmp_path / "wallabag.json"
    path.write_bytes(json.dumps([entry], ensure_ascii=False).encode("cp1251"))
    report = import_wallabag(lib, path, analyse=None)
    (added,) = report.added
    article = lib.get(added[1])
    assert article.title == "Водоканал повысит тарифы" and "Андрей Лебедев" in article.text


@pytest.mark.parametrize("which", ["pocket", "wallabag", "json"])
def test_an_empty_or_binary_file_gets_a_message_a_user_can_act_on(
    lib: Library, tmp_path: Path, which: str
) -> None:
    empty, binary = tmp_path / "export.csv", tmp_path / "export.zip"
    empty.write_bytes(b"")
    binary.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 40)
    for path, said in ((empty, "is empty"), (binary, "is a ZIP archive")):
        if which == "json":
            report = import_exported(lib, [path])
            ((_, message),) = report.failed
        else:
            run = import_pocket if which == "pocket" else import_wallabag
            with pytest.raises(InputError) as caught:
                run(lib, path, analyse=None)
            message = str(caught.value)
        assert said in message, message
        assert "codec" not in message and "char 0" not in message, message
