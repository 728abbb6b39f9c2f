"""The eighteenth session's audit of the web app as a browser and an API client meet it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsprism.web import create_app
from newsprism.web.security import CSRF_COOKIE

LOCAL = "http://127.0.0.1:8000"
BROWSER = {"accept": "text/html,application/xhtml+xml"}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "lib.sqlite", analyse=False), base_url=LOCAL) as c:
        c.get("/")
        yield c


def test_a_bad_query_value_is_a_page_in_a_browser_and_one_line_in_json(
    client: TestClient,
) -> None:
    # was FastAPI's bare JSON list of validation errors, in the browser too
    page = client.get("/stories?level=weekly", headers=BROWSER)
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")
    assert "level:" in page.text
    api = client.get("/api/articles?limit=0")
    assert api.status_code == 422
    assert api.json()["error"] == "InvalidRequestError"
    assert api.json()["message"].startswith("invalid request — limit:")
    assert "/api/docs" in api.json()["hint"]


def test_a_wrong_kind_of_mention_is_a_400_not_a_500(client: TestClient) -> None:
    response = client.get("/trace/footnote/1/2")
    assert response.status_code == 400
    assert response.json()["error"] == "ConfigError"


def test_adding_a_private_address_is_refused_as_the_requests_fault(client: TestClient) -> None:
    # 502 (bad gateway) said the server upstream failed; the address was refused before any fetch
    response = client.post(
        "/api/articles",
        json={"url": "http://10.20.30.40/news/1"},
        headers={"x-csrf-token": client.cookies[CSRF_COOKIE]},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "PrivateAddressError"
