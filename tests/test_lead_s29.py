"""The lead's fixes of the twenty-ninth session, from the walk of a fact-checker: a ``site:``
search missed every stored address that starts with ``www.``."""

from __future__ import annotations

from pathlib import Path

from newsprism.api import read_document
from newsprism.article import Article
from newsprism.library import Library
from newsprism.sources import Document

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The {who} was fined 2.1 million pounds on Tuesday for pollution of the river "
    "Eastbrook, the magistrates' court heard, after residents reported dead fish for a week.</p>"
    "<p>The company said it had invested in new storm overflows and would not appeal.</p>"
    "</article></body></html>"
)


def _page(url: str, title: str, who: str) -> Article:
    html = PAGE.format(title=title, who=who)
    return read_document(Document(text=html, is_html=True, source=url, url=url))


def test_site_finds_the_host_with_or_without_www_and_its_subdomains(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        www = lib.add(
            _page("https://www.eastbrookgazette.example/n/1", "Water firm fined", "water company")
        )
        sub = lib.add(_page("https://news.eastbrookgazette.example/a/1", "Dairy fined", "dairy"))
        other = lib.add(
            _page("https://gazette.example/news/fine", "Quarry fined", "quarry operator")
        )
        for typed in ("site:eastbrookgazette.example", "site:www.eastbrookgazette.example"):
            assert {h.id for h in lib.search(f"fined {typed}")} == {www, sub}, typed
        # a host is matched whole: "gazette.example" is not "eastbrookgazette.example"
        assert {h.id for h in lib.search("fined site:gazette.example")} == {other}


def test_a_russian_noun_in_al_is_found_in_every_case(tmp_path: Path) -> None:
    # the walk, s29: Snowball stems «водоканал» to «водокана» and «водоканалу» to «водоканал»,
    # so «водоканалу», «водоканалом» found no article that said «водоканал» or «водоканала»
    def ru(text: str) -> Article:
        return read_document(Document(text=text, is_html=False, source="-"))

    with Library.open(tmp_path / "lib.sqlite") as lib:
        utility = lib.add(
            ru(
                "Водоканал оштрафовали\n\nСуд оштрафовал городской водоканал на 12 млн рублей за "
                "сброс стоков в реку. Директор водоканала решение обжалует."
            )
        )
        for typed in ("водоканал", "водоканалу", "водоканалом", "водоканале", "Водоканалы"):
            assert {h.id for h in lib.search(typed)} == {utility}, typed
        # a word Snowball reads right keeps its one stem: «бюджет» finds no «водоканал»
        assert not lib.search("бюджет")
