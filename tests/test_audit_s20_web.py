"""The twentieth session's audit of the web reader as a reader meets it: the library's pages, the
article page, the story, speaker and feeds pages.  Invented articles only; each test failed
before its fix (see the commit)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import newsprism
from newsprism.library import Library
from newsprism.web import create_app

LOCAL = "http://127.0.0.1:8000"
BROWSER = {"accept": "text/html,application/xhtml+xml"}

EN = (
    "<html><head><title>Harbour ferry fares rise in April</title></head><body><article>"
    "<h1>Harbour ferry fares rise in April</h1><p>Ferry fares will rise by 12 percent in April, "
    "the port authority said on Friday. Commuters said they would take the bus instead.</p>"
    "</article></body></html>"
)
RU = "Тарифы на паром вырастут в апреле. Решение приняли в администрации порта в пятницу."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    for text in (EN, RU):
        lib.add(newsprism.read(text.encode()))
    lib.close()
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, analyse=False), base_url=LOCAL) as c:
        c.get("/")
        yield c


def test_a_page_past_the_last_is_no_empty_library(client: TestClient) -> None:
    # was "The library is empty: add an article below" on a library of two articles
    page = client.get("/?page_no=3", headers=BROWSER)
    assert page.status_code == 200
    assert "library is empty" not in page.text
    assert "No more articles past page 3" in page.text
    assert "holds 2 articles" in page.text
    # a search's page past its last is no "Nothing matches" either
    searched = client.get("/?q=ferry&page_no=2", headers=BROWSER)
    assert "Nothing matches" not in searched.text
    assert "No more results past page 2" in searched.text

