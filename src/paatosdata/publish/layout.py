"""IRI → path inside the site: every generated path stays inside the output folder.

An IRI under the configured base maps to the folder of its path segments; a segment that is not
plainly safe (``..``, NUL, ``/`` after decoding, control characters, overlong names) is replaced by a
readable prefix plus a hash, so nothing an input says can escape the site or collide with a sibling.

>>> str(resource_dir("https://example.org/pd/akn/fi-kuopio/statement/deliberation/kh/2026-05-07/28",
...                  "https://example.org/pd"))
'akn/fi-kuopio/statement/deliberation/kh/2026-05-07/28'
>>> str(resource_dir("https://example.org/pd/akn/../../etc/passwd", "https://example.org/pd"))
'akn/_-5ec1f7e700/_-5ec1f7e700/etc/passwd'
>>> str(resource_dir("https://elsewhere.example/x", "https://example.org/pd")).startswith("_ext/")
True
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath

from paatosdata.errors import PublishError

__all__ = [
    "MAX_DEPTH",
    "MAX_SEGMENT",
    "inside",
    "inside_path",
    "resource_dir",
    "resource_rel",
    "safe_segment",
]

#: Longest folder name written (bytes of UTF-8); longer names are cut and hashed.
MAX_SEGMENT = 100
#: Deepest folder written under the site for one resource.
MAX_DEPTH = 16

_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~@!-]*\Z")
#: A path of 1 to MAX_DEPTH segments that :func:`safe_segment` each keeps as they are (plain, at most
#: MAX_SEGMENT ASCII characters, not ending in "."): the path is its own folder, checked in one match.
_PLAIN_SEGMENT = rf"[A-Za-z0-9](?:[A-Za-z0-9._~@!-]{{0,{MAX_SEGMENT - 2}}}[A-Za-z0-9_~@!-])?"
_PLAIN_PATH = re.compile(rf"{_PLAIN_SEGMENT}(?:/{_PLAIN_SEGMENT}){{0,{MAX_DEPTH - 1}}}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def safe_segment(segment: str) -> str:
    """One folder name for one IRI path segment: kept when plainly safe, else slug + hash.

    >>> safe_segment("2026-05-07"), safe_segment("fin@")
    ('2026-05-07', 'fin@')
    >>> safe_segment("..")
    '_-5ec1f7e700'
    >>> safe_segment("a\\x00b")
    'a-b-59b271ae1b'
    """
    if _PLAIN.match(segment) and len(segment.encode()) <= MAX_SEGMENT and not segment.endswith("."):
        return segment
    readable = re.sub(r"[^A-Za-z0-9]+", "-", segment).strip("-")[:40]
    return f"{readable or '_'}-{_digest(segment)}"


def resource_dir(iri: str, base: str) -> PurePosixPath:
    """The folder (relative to the site) holding the representations of ``iri``."""
    return PurePosixPath(resource_rel(iri, base))


def resource_rel(iri: str, base: str) -> str:
    """:func:`resource_dir` as a plain ``/``-separated string (what the writers use).

    >>> resource_rel("https://example.org/pd/akn/x/2026-05-07/28#a", "https://example.org/pd/")
    'akn/x/2026-05-07/28'
    """
    base = base.rstrip("/") + "/"
    if iri.startswith(base):
        rest = iri[len(base) :]
        if _PLAIN_PATH.fullmatch(rest):  # the usual IRI: no fragment, query or segment to change
            return rest
        rest = rest.split("#", 1)[0].split("?", 1)[0]
        segments = [safe_segment(s) for s in rest.split("/") if s != ""]
    else:
        segments = []
    if not segments or len(segments) > MAX_DEPTH:
        return "_ext/" + _digest(iri)
    return "/".join(segments)


def inside(site: Path, relative: PurePosixPath | str) -> Path:
    """``site / relative``, refusing anything that would leave ``site`` (checked lexically)."""
    rel = PurePosixPath(relative)
    if rel.is_absolute() or any(part in ("..", "") for part in rel.parts) or "\x00" in str(rel):
        raise PublishError(f"refusing to write outside the site: {str(rel)!r}")
    return site.joinpath(*rel.parts)


def inside_path(site: str, relative: str) -> str:
    """:func:`inside` on plain strings: ``site/relative``, refusing anything that would leave ``site``.

    >>> inside_path("/srv/site", "akn/x/28")
    '/srv/site/akn/x/28'
    >>> inside_path("/srv/site", "akn/../../etc")
    Traceback (most recent call last):
    ...
    paatosdata.errors.PublishError: refusing to write outside the site: 'akn/../../etc'
    """
    if (
        relative
        and relative[0] not in "/."
        and relative[-1] != "/"
        and "//" not in relative
        and "/." not in relative
        and "\x00" not in relative
    ):
        # no empty, "." or ".." part: the parts joined again are ``relative`` itself
        return site.rstrip("/") + "/" + relative
    parts = [part for part in relative.split("/") if part not in ("", ".")]
    if relative.startswith("/") or ".." in parts or "\x00" in relative:
        raise PublishError(f"refusing to write outside the site: {relative!r}")
    return site.rstrip("/") + "/" + "/".join(parts) if parts else site
