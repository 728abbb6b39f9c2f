"""The package's own names stay what the docs say they are."""

from __future__ import annotations

import importlib


def test_render_stays_the_function_after_its_subpackage_is_imported() -> None:
    import newsprism

    importlib.import_module("newsprism.render.html")
    importlib.import_module("newsprism.render.markdown")
    assert callable(newsprism.render) and newsprism.render.__module__ == "newsprism.render"
    page = b"<html><body><article><h1>Pier repairs</h1><p>" + b"The pier will close. " * 20
    text = newsprism.render(newsprism.read(page + b"</p></article></body></html>"), "md")
    assert text.startswith("# Pier repairs")
