"""``newsprism serve``: the local web reader."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConfigError
from .app import app


@app.command()
def serve(
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on. Anything but loopback needs --token."),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    db: Annotated[
        Path | None, typer.Option("--db", envvar="NEWSPRISM_DB", help="Library file.")
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="NEWSPRISM_TOKEN",
            help="Access token (required off loopback; 'generate' makes one).",
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Let 'add by URL' fetch private and loopback addresses."
        ),
    ] = False,
) -> None:
    """Open the web reader on the library (http://127.0.0.1:8000 by default)."""
    import uvicorn

    from ..web import create_app
    from ..web.security import is_loopback, new_token

    if token == "generate":
        token = new_token()
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"refusing to serve the library on {host} without an access token",
            hint="add --token generate (or set NEWSPRISM_TOKEN), or listen on 127.0.0.1",
        )
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/" + (
        f"?token={token}" if token else ""
    )
    typer.echo(
        f"newsprism: serving {db or 'the default library'} at {url}  (Ctrl+C to stop)", err=True
    )
    uvicorn.run(
        create_app(db, token=token, allow_private=allow_private),
        host=host,
        port=port,
        log_level="warning",
    )
