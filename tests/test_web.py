from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsprism
from newsprism.cli import app as cli_app
from newsprism.library import Library
from newsprism.web import create_app
from newsprism.web.security import CSRF_COOKIE, sanitize

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-bridge.html"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(newsprism.read(EXAMPLE))
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    with TestClient(create_app(db, analyse=False), base_url="http://127.0.0.1:8000") as c:
        yield c


def csrf(client: TestClient) -> str:
    client.get("/")
    return client.cookies[CSRF_COOKIE]


def test_library_page_lists_and_searches(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Council approves" in page.text and "<main" in page.text and 'class="skip"' in page.text
    hits = client.get(
        "/", params={"q": "bridges"}, headers={"HX-Request": "true", "HX-Target": "results"}
    )
    assert "<mark>bridge</mark>" in hits.text and "<html" not in hits.text
    assert "Nothing matches" in client.get("/", params={"q": "zeppelin"}).text
    assert "takes a date" in client.get("/", params={"q": "before:soon"}).text


def test_reader_page_and_security_headers(client: TestClient) -> None:
    page = client.get("/articles/1")
    assert page.status_code == 200
    assert 'id="s-0"' in page.text and "Photo: Harbour Link Partnership/Handout" in page.text
    csp = page.headers["content-security-policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp
        and "frame-ancestors 'none'" in csp
    )
    assert not re.search(r"<script>(?!\s*</script>)", page.text), "no inline script"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/articles/999").status_code == 404


def test_article_html_is_sanitised() -> None:
    dirty = '<p id="b-1" onclick="x()">hi<script>alert(1)</script><a href="javascript:alert(1)">l</a><img src=x onerror=y></p>'
    clean = sanitize(dirty)
    assert (
        "script" not in clean
        and "onclick" not in clean
        and "javascript" not in clean
        and "<img" not in clean
    )
    assert 'id="b-1"' in clean


def test_hostile_page_cannot_inject_markup(client: TestClient) -> None:
    page = (
        b"<html><head><title>x</title></head><body><article><p>"
        + b"Harmless words here. " * 20
        + b"&lt;script&gt;alert(1)&lt;/script&gt; <b onmouseover=alert(2)>bold</b></p></article></body></html>"
    )
    token = csrf(client)
    added = client.post(
        "/add",
        files={"file": ("evil.html", page, "text/html")},
        data={"csrf": token},
        follow_redirects=False,
    )
    assert added.status_code == 303, added.text
    reader = client.get(added.headers["location"]).text
    assert "<script>alert" not in reader and "onmouseover" not in reader
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reader


def test_state_changes_need_the_csrf_token(client: TestClient) -> None:
    assert (
        client.post("/add", data={"text": "Some text. " * 30}).status_code == 403
    )  # no cookie at all
    token = csrf(client)
    assert (
        client.post("/add", data={"text": "Some text. " * 30, "csrf": "wrong"}).status_code >= 400
    )
    assert (
        client.post(
            "/api/articles", json={"text": "x"}, headers={"X-CSRF-Token": "wrong"}
        ).status_code
        == 403
    )
    other_origin = client.post(
        "/api/articles",
        json={"text": "x"},
        headers={"X-CSRF-Token": token, "Origin": "https://evil.example"},
    )
    assert other_origin.status_code == 403
    text = (
        "The council met on Monday and agreed to repair the old pier before the summer season. " * 3
    )
    ok = client.post("/api/articles", json={"text": text}, headers={"X-CSRF-Token": token})
    assert ok.status_code == 201, ok.text
    assert client.get(ok.json()["href"]).status_code == 200


def test_add_by_url_refuses_private_addresses(client: TestClient) -> None:
    token = csrf(client)
    r = client.post(
        "/api/articles", json={"url": "http://127.0.0.1:9/x"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 400 and r.json()["error"] == "PrivateAddressError"
    r = client.post(
        "/api/articles", json={"url": "file:///etc/passwd"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 400


def test_json_api_mirrors_the_python_api(client: TestClient, db: Path) -> None:
    listed = client.get("/api/articles").json()
    assert listed[0]["title"].startswith("Council approves")
    article = client.get("/api/articles/1").json()
    with Library.open(db) as lib:
        assert article == lib.get(1).to_dict()
    assert client.get("/api/search", params={"q": "ferry lang:en"}).json()[0]["id"] == 1
    for part in ("speakers", "quotes", "claims"):
        assert client.get(f"/api/articles/1/{part}").status_code == 200
    spec = client.get("/api/openapi.json").json()
    assert "/api/articles/{article_id}/quotes" in spec["paths"]


def test_token_required_when_configured(db: Path) -> None:
    with TestClient(
        create_app(db, token="s3cret", analyse=False), base_url="http://127.0.0.1:8000"
    ) as c:
        assert c.get("/").status_code == 401
        assert c.get("/", params={"token": "nope"}).status_code == 401
        assert c.get("/", params={"token": "s3cret"}).status_code == 200
        assert c.get("/").status_code == 200  # the cookie now carries it
        assert c.get("/api/articles", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_serve_refuses_public_binding_without_token() -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "token" in (result.output + str(result.exception))


RU_PAGE = (
    "<html lang='ru'><head><title>Мост</title></head><body><article><h1>Совет одобрил строительство моста</h1>"
    "<p>Депутаты городского совета в четверг одобрили строительство моста через гавань. "
    "Мост длиной около 850 метров должен открыться в 2030 году.</p>"
    "<p>«Это самое важное решение за целое поколение», — заявила глава совета Маргарита Дойл.</p>"
    "</article></body></html>"
).encode()


def _add_russian(client: TestClient) -> int:
    token = csrf(client)
    r = client.post(
        "/add",
        files={"file": ("ru.html", RU_PAGE, "text/html")},
        data={"csrf": token},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1])


def test_translate_without_a_model_says_how_to_install_one(client: TestClient) -> None:
    article_id = _add_russian(client)
    page = client.get(f"/articles/{article_id}").text
    assert 'id="translate-button"' in page
    r = client.post(
        f"/articles/{article_id}/translate",
        data={"csrf": client.cookies[CSRF_COOKIE]},
        headers={"HX-Request": "true"},
    )
    assert r.status_code >= 400
    assert "newsprism models install" in r.text


def test_translate_with_a_model_shows_both_columns(
    client: TestClient, tiny_translation_models: object
) -> None:
    from newsprism.translate import models

    models.install_path(tiny_translation_models.argos_package)  # type: ignore[attr-defined]
    article_id = _add_russian(client)
    r = client.post(
        f"/articles/{article_id}/translate",
        data={"csrf": client.cookies[CSRF_COOKIE]},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    page = client.get(f"/articles/{article_id}")
    assert 'id="translation"' in page.text and 'lang="en"' in page.text and 'lang="ru"' in page.text
    stored = client.get(f"/api/articles/{article_id}").json()
    assert stored["translation"]["language"] == "en"
    assert len(stored["translation"]["sentences"]) == len(stored["sentences"])
    # the translation section carries no inline style or script (its CSS is in article.css), so
    # the strict policy needs no exception for it
    section = page.text.split('id="translation"')[1].split("</section>")[0]
    assert "<style" not in section and "<script" not in section
    assert "unsafe-inline" not in page.headers["content-security-policy"]
