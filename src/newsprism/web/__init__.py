"""The local web reader: FastAPI + Jinja2 + htmx (vendored), a thin shell over the Python API."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
