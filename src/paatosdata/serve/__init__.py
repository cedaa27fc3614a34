"""``paatosdata serve``: a read-only SPARQL endpoint and the static site, for one machine.

The site's dumps are loaded into an on-disk store (``--store DIR``, else a temporary folder
removed on exit); query workers open it read-only and are killed when a query overruns its time
limit. Uses only the standard library's HTTP server: put a real web server in front of it for
anything beyond a local or small deployment.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from paatosdata.config import Config
from paatosdata.errors import EnvironmentProblem, InputError

if TYPE_CHECKING:
    from paatosdata.serve.app import SparqlServer

__all__ = ["serving"]


@contextmanager
def serving(
    site: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    timeout: float = 10.0,
    limit: int | None = 10000,
    workers: int = 2,
    store_dir: Path | None = None,
    config: Config | None = None,
    verbose: bool = False,
) -> Iterator[SparqlServer]:
    """A bound, not yet running server (call ``serve_forever``); everything is cleaned up after.

    Yields the :class:`paatosdata.serve.app.SparqlServer`; ``server.server_address`` tells the
    port actually bound (pass ``port=0`` for a free one).
    """
    from paatosdata.serve.app import SparqlServer
    from paatosdata.serve.workers import QueryPool
    from paatosdata.store import collect_inputs, prepare_store_dir

    if not site.is_dir():
        raise InputError("the site is not a folder", source=str(site), hint="give the folder publish wrote")
    temporary = None
    if store_dir is None:
        temporary = Path(tempfile.mkdtemp(prefix="paatosdata-store-"))
        store_dir = temporary
    try:
        prepare_store_dir(store_dir, collect_inputs([site]), config)
        try:
            pool = QueryPool(store_dir, size=workers, timeout=timeout, limit=limit)
        except RuntimeError as exc:
            raise EnvironmentProblem(str(exc)) from None
        try:
            try:
                server = SparqlServer((host, port), site, pool, limit, verbose)
            except OSError as exc:
                raise EnvironmentProblem(f"cannot listen on {host}:{port}: {exc.strerror}") from None
            try:
                yield server
            finally:
                server.server_close()
        finally:
            pool.close()
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
