"""``/api/docs``: the JSON API described on a page of our own.

FastAPI's Swagger UI loads its script and styles from a CDN: under the server's
Content-Security-Policy it is a blank page, and loosening the policy would let a third party
see every visit.  This page is rendered on the server from the same OpenAPI description, needs
no script, and stays on this computer.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


def operations(spec: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", []) if p.get("in") != "path"]
            if "requestBody" in op:
                params.append("JSON body")
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary") or op.get("description") or "",
                    "parameters": ", ".join(params),
                }
            )
    return out


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    from .pages import page

    return page(request, "api_docs.html.j2", operations=operations(request.app.openapi()))
