"""``newsprism serve``: the local web reader."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..budget import DEFAULT_SECONDS
from ..errors import ConfigError
from .app import TimeoutOption, app


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
    allowed_hosts: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A host name the server answers to besides localhost and loopback addresses "
            "(repeatable; '*' for any, only behind a proxy that checks it).",
        ),
    ] = None,
    timeout: TimeoutOption = DEFAULT_SECONDS,
    watch: Annotated[
        bool, typer.Option("--watch", help="Also watch the library's feeds (as 'newsprism watch').")
    ] = False,
) -> None:
    """Open the web reader on the library (http://127.0.0.1:8000 by default).

    Requests must name this server in their Host header (localhost, a loopback address, the
    --host address, or an --allowed-host), which keeps other web sites out by DNS rebinding.
    """
    import uvicorn

    from ..web import create_app
    from ..web.security import MIN_TOKEN_LENGTH, is_loopback, new_token

    if token == "generate":
        token = new_token()
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"refusing to serve the library on {host} without an access token",
            hint="add --token generate (or set NEWSPRISM_TOKEN), or listen on 127.0.0.1",
        )
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise ConfigError(
            f"the access token is too short ({len(token)} characters; at least {MIN_TOKEN_LENGTH})",
            hint="use --token generate for a random one",
        )
    hosts = list(allowed_hosts or [])
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(host)  # the address it listens on is a name it answers to
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/" + (
        f"?token={token}" if token else ""
    )
    typer.echo(
        f"newsprism: serving {db or 'the default library'} at {url}  (Ctrl+C to stop)", err=True
    )
    watcher = None
    if watch:
        from ..feeds.background import start_watcher

        watcher = start_watcher(db, allow_private=allow_private)
    try:
        uvicorn.run(
            create_app(
                db,
                token=token,
                allow_private=allow_private,
                allowed_hosts=hosts,
                timeout=timeout or None,
            ),
            host=host,
            port=port,
            log_level="warning",
        )
    finally:
        if watcher is not None:
            watcher[1].set()
