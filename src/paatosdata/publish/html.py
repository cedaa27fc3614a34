"""Small HTML helpers shared by the item, meeting and landing pages: every text is escaped."""

from __future__ import annotations

import html

__all__ = ["esc", "json_script", "page"]

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}"
    "pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}nav a{margin-right:1rem}"
)


def esc(text: object) -> str:
    """``text`` escaped for HTML element content and quoted attribute values."""
    return html.escape(str(text), quote=True)


def json_script(data: bytes) -> str:
    """JSON(-LD) bytes embedded in ``<script>``: ``<``, ``>`` and ``&`` become JSON escapes.

    Those characters can only occur inside JSON strings, where ``\\u003c`` means the same, so the
    data stays identical while ``</script>`` or ``<!--`` in a value cannot end the script element.
    """
    text = data.decode("utf-8")
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def page(title: str, body: str, *, lang: str = "fi", head: str = "", root: str = "/") -> bytes:
    """A complete HTML document; ``body`` and ``head`` must already be escaped."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_STYLE}</style>\n{head}</head>\n<body>\n"
        f'<nav><a href="{esc(root)}">paatosdata</a></nav>\n{body}\n</body>\n</html>\n'
    ).encode()
