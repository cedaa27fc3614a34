"""The static site, served so that every IRI path dereferences to the format a client asks for.

A published item lives in a folder named by its IRI path holding ``index.html``, ``index.ttl``,
``index.jsonld``, ``index.rdf`` and ``index.akn.xml``. A request for the IRI path gets the file
that the ``Accept`` header prefers; the same path with an extension (``….ttl``, ``….akn.xml``)
gets that format whatever it accepts. Paths never leave the site folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from paatosdata.serve.negotiate import choose

__all__ = ["Resolved", "media_type", "resolve"]

#: Representations of a resource folder: file name → media type, in the order offered.
INDEX_FILES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "index.ttl": "text/turtle; charset=utf-8",
    "index.jsonld": "application/ld+json",
    "index.rdf": "application/rdf+xml",
    "index.akn.xml": "application/akn+xml",
    "index.nt": "application/n-triples",
}
#: Extra names clients use for the same formats.
_ALIASES: dict[str, str] = {
    "application/xhtml+xml": "index.html",
    "application/x-turtle": "index.ttl",
    "application/json": "index.jsonld",
    "application/xml": "index.akn.xml",
    "text/xml": "index.akn.xml",
}
#: Extensions understood on an IRI path, longest first.
_EXTENSIONS: list[tuple[str, str]] = [
    (".akn.xml", "index.akn.xml"),
    (".jsonld", "index.jsonld"),
    (".html", "index.html"),
    (".ttl", "index.ttl"),
    (".rdf", "index.rdf"),
    (".nt", "index.nt"),
    (".akn", "index.akn.xml"),
    (".xml", "index.akn.xml"),
]
_MEDIA_BY_SUFFIX: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".ttl": "text/turtle; charset=utf-8",
    ".jsonld": "application/ld+json",
    ".json": "application/json",
    ".rdf": "application/rdf+xml",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".trig": "application/trig",
    ".xml": "application/xml",
    ".gz": "application/gzip",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/vnd.microsoft.icon",
    ".pdf": "application/pdf",
}


def media_type(path: Path) -> str:
    """The media type of a file by its name (``.akn.xml`` is Akoma Ntoso)."""
    name = path.name.lower()
    if name.endswith(".akn.xml"):
        return "application/akn+xml"
    return _MEDIA_BY_SUFFIX.get(path.suffix.lower(), "application/octet-stream")


@dataclass(slots=True)
class Resolved:
    """The outcome of resolving a request path: a file to send, or an HTTP status to answer."""

    status: int
    file: Path | None = None
    content_type: str = "text/plain; charset=utf-8"
    negotiated: bool = False
    message: str = ""


def _safe_relative(raw_path: str) -> list[str] | None:
    """The path's segments after percent-decoding, or None when it tries to leave the site."""
    path = raw_path.split("?", 1)[0].split("#", 1)[0]
    try:
        decoded = unquote(path, errors="strict") if "%" in path else path
    except UnicodeDecodeError:
        return None
    if "\x00" in decoded or "\\" in decoded:
        return None
    if not decoded.startswith("/"):
        return None
    segments = [s for s in decoded.split("/") if s not in ("", ".")]
    if any(s == ".." for s in segments):
        return None
    if any(s.startswith(".") for s in segments):  # no hidden files (.git, .store)
        return None
    return segments


def _within(site: Path, candidate: Path) -> bool:
    try:
        return candidate.resolve().is_relative_to(site)
    except (OSError, RuntimeError):
        return False


def _negotiate(folder: Path, accept: str | None) -> Resolved:
    present = {name: media for name, media in INDEX_FILES.items() if (folder / name).is_file()}
    if not present:
        return Resolved(404, message="not found")
    offers = [media.split(";")[0] for media in present.values()]
    by_media = {media.split(";")[0]: name for name, media in present.items()}
    for alias, name in _ALIASES.items():
        if name in present:
            offers.append(alias)
            by_media[alias] = name
    chosen = choose(accept, offers)
    if chosen is None:
        listing = ", ".join(offers[: len(present)])
        return Resolved(406, message=f"not available in the requested format; available: {listing}")
    name = by_media[chosen]
    return Resolved(200, folder / name, present[name], negotiated=True)


def resolve(site: Path, raw_path: str, accept: str | None) -> Resolved:
    """Map a request path to a file of ``site`` (resolved), negotiating folders by ``accept``."""
    segments = _safe_relative(raw_path)
    if segments is None:
        return Resolved(400, message="bad path")
    candidate = site.joinpath(*segments) if segments else site
    if not _within(site, candidate):
        return Resolved(404, message="not found")
    if candidate.is_dir():
        return _negotiate(candidate, accept)
    if candidate.is_file():
        return Resolved(200, candidate, media_type(candidate))
    if segments:
        last = segments[-1]
        for extension, index in _EXTENSIONS:
            if last.lower().endswith(extension) and len(last) > len(extension):
                folder = site.joinpath(*segments[:-1], last[: -len(extension)])
                file = folder / index
                if _within(site, file) and file.is_file():
                    return Resolved(200, file, INDEX_FILES[index])
                break
    return Resolved(404, message="not found")
