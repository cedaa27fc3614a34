"""An nginx configuration that serves the site's IRIs with content negotiation.

``Accept`` picks the representation: ``text/turtle`` → ``index.ttl``, ``application/ld+json`` →
``index.jsonld``, ``application/rdf+xml`` → ``index.rdf``, ``application/akn+xml`` →
``index.akn.xml``; anything else gets ``index.html``. Responses say ``Vary: Accept``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["NEGOTIATION", "nginx_conf"]

#: Accept pattern → file suffix, first match wins (HTML is the default)
NEGOTIATION = [
    ("text/turtle", ".ttl"),
    ("application/ld\\+json", ".jsonld"),
    ("application/rdf\\+xml", ".rdf"),
    ("application/akn\\+xml", ".akn.xml"),
]


def nginx_conf(base: str, root: str = "/srv/paatosdata") -> str:
    """The configuration text; ``root`` is where the site folder is served from."""
    prefix = urlsplit(base).path.rstrip("/")
    host = urlsplit(base).hostname or "localhost"
    rules = "\n".join(f'    "~*{pattern}" "{suffix}";' for pattern, suffix in NEGOTIATION)
    location = prefix + "/" if prefix else "/"
    alias = f"alias {root}/;" if prefix else f"root {root};"
    return f"""# nginx: serve the paatosdata site with content negotiation.
# Include this file inside the http {{ }} block; set the folder in "{alias}".
map $http_accept $paatosdata_suffix {{
    default ".html";
{rules}
}}

server {{
    listen 80;
    server_name {host};
    charset utf-8;

    types {{
        text/html html;
        text/turtle ttl;
        application/ld+json jsonld;
        application/rdf+xml rdf;
        application/xml xml;
        application/n-quads nq;
        application/gzip gz;
        application/json json;
        image/svg+xml svg;
        text/plain txt;
    }}

    location {location} {{
        {alias}
        add_header Vary Accept always;
        add_header Access-Control-Allow-Origin * always;
        try_files $uri/index$paatosdata_suffix $uri $uri/index.html =404;
    }}
}}
"""
