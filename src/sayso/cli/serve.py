"""``sayso serve``: the web app and REST API over a store."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ConfigError
from .common import db_option, db_path, note


@click.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
    help="Port to listen on (0: any free port).",
)  # fmt: skip
@click.option(
    "--review", is_flag=True,
    help="Review mode: the article page gets forms that correct a quote's speaker or drop an "
    "event (as `sayso fix` does); off by default (read-only, GET only).",
)  # fmt: skip
def serve(db: Path | None, host: str, port: int, review: bool) -> None:
    """Start the web app (search, articles, actors, events, stories) and its JSON API.

    Read-only unless --review; bound to 127.0.0.1 unless --host says otherwise. Every page has
    a JSON twin at the same path with .json; the API is described at /openapi.json.
    """
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ConfigError(
            f"the web app needs the [web] extra ({exc.name} is missing); pip install 'sayso[web]'"
        ) from exc
    app = create_app(db_path(db), review=review)
    mode = ", review mode: corrections are written to the store" if review else ""
    note(f"Sayso on http://{host}:{port}/{mode} (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
