"""Small HTML helpers shared by the item, meeting and landing pages: every text is escaped."""

from __future__ import annotations

import html
from collections.abc import Callable

__all__ = ["esc", "json_script", "json_script_bytes", "page"]

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}"
    "pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}nav a{margin-right:1rem}"
)


def esc(text: object) -> str:
    """``text`` escaped for HTML element content and quoted attribute values."""
    string = text if type(text) is str else str(text)
    # most texts hold none of the five characters: a scan for each is cheaper than five copies
    if "&" in string or "<" in string or ">" in string or '"' in string or "'" in string:
        return html.escape(string, quote=True)
    return string


def _json_escaped(data: bytes) -> bytes:
    """UTF-8 JSON with ``<``, ``>`` and ``&`` as JSON escapes (ASCII bytes: never inside a sequence)."""
    for raw, escaped in ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"&", b"\\u0026")):
        if raw in data:  # usually absent: a scan is cheaper than a copy
            data = data.replace(raw, escaped)
    return data


def json_script(data: bytes) -> str:
    """JSON(-LD) bytes embedded in ``<script>``: ``<``, ``>`` and ``&`` become JSON escapes.

    Those characters can only occur inside JSON strings, where ``\\u003c`` means the same, so the
    data stays identical while ``</script>`` or ``<!--`` in a value cannot end the script element.
    """
    return json_script_bytes(data).decode("utf-8")


def json_script_bytes(data: bytes) -> bytes:
    """:func:`json_script` as UTF-8 bytes, without decoding and re-encoding ``data``."""
    return b'<script type="application/ld+json">\n' + _json_escaped(data) + b"\n</script>"


def page(
    title: str,
    body: str,
    *,
    lang: str = "fi",
    head: str = "",
    root: str = "/",
    script: bytes = b"",
    own_text: Callable[[bytes], bytes] | None = None,
) -> bytes:
    """A complete HTML document; ``body`` and ``head`` must already be escaped.

    ``script`` (bytes from :func:`json_script_bytes`, with its own line end) goes into the head after
    ``head``; it is joined as bytes so that large embedded data is not re-encoded. ``own_text``, when
    given, is applied to the page's own bytes, before and after ``script``, not to ``script``.
    """
    start = (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_STYLE}</style>\n{head}"
    )
    end = f'</head>\n<body>\n<nav><a href="{esc(root)}">paatosdata</a></nav>\n{body}\n</body>\n</html>\n'
    start_bytes, end_bytes = start.encode(), end.encode()
    if own_text is not None:
        start_bytes, end_bytes = own_text(start_bytes), own_text(end_bytes)
    return b"".join((start_bytes, script, end_bytes))
