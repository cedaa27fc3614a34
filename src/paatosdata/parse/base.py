"""What every reader shares: the Reader protocol, decoding bytes, input limits, and the span of a line."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from pathlib import Path

from paatosdata.errors import InputError
from paatosdata.model import Document, Source, Span

__all__ = [
    "MAX_INPUT_BYTES",
    "Reader",
    "as_utf8",
    "bom_encoding",
    "decode",
    "read_bytes",
    "source_for",
    "span",
]

#: Inputs larger than this are refused (a minutes file is rarely over a few MB).
MAX_INPUT_BYTES = 64 * 1024 * 1024


class Reader(ABC):
    """Reads one input format into documents. Subclasses set ``name`` and ``extensions``."""

    name: str = ""
    extensions: tuple[str, ...] = ()

    @classmethod
    @abstractmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """True when ``head`` (the first KBs of the file) looks like this format."""

    @abstractmethod
    def read(self, data: bytes, path: Path) -> list[Document]:
        """Parse ``data`` read from ``path`` into one or more documents (raise ParseError)."""


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``, refusing missing, empty, oversized and unreadable inputs."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", source=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from None
    if size == 0:
        raise InputError("the file is empty", source=str(path))
    if size > MAX_INPUT_BYTES:
        raise InputError(
            f"the file is {size:,} bytes; inputs over {MAX_INPUT_BYTES:,} bytes are refused",
            source=str(path),
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from None


def bom_encoding(data: bytes) -> str | None:
    """``utf-32`` or ``utf-16`` when ``data`` opens with that encoding's byte order mark, else ``None``.

    >>> bom_encoding("<p>".encode("utf-16")), bom_encoding("<p>".encode("utf-32")), bom_encoding(b"<p>")
    ('utf-16', 'utf-32', None)
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"  # checked first: the UTF-32 little-endian mark opens with UTF-16's
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def as_utf8(data: bytes, path: Path | str) -> bytes:
    """``data`` re-encoded as UTF-8 when a UTF-16 or UTF-32 byte order mark opens it, else unchanged.

    Readers look for their markers in bytes; a page saved as "Unicode" is handed to them as UTF-8, with
    the same characters and line breaks (so every source span holds).
    """
    return data if bom_encoding(data) is None else decode(data, path).encode("utf-8")


def decode(data: bytes, path: Path | str, declared: str | None = None) -> str:
    """Decode text: a BOM's encoding, or valid UTF-8, then ``declared``, then windows-1252.

    Binary data (NUL bytes, or mostly control characters) is refused with a clear error.
    """
    if not data.strip():
        raise InputError("the file is empty", source=str(path))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif (wide := bom_encoding(data)) is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            raise InputError(f"invalid {wide.upper()} text", source=str(path)) from None
    if b"\x00" in data[:8192]:
        raise InputError("this is a binary file, not text", source=str(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        encoding = declared or "cp1252"
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise InputError("the text is neither UTF-8 nor windows-1252", source=str(path)) from None
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    if sample and controls / len(sample) > 0.05:
        raise InputError("this looks like a binary file, not text", source=str(path))
    return text


def source_for(path: Path, data: bytes, fmt: str) -> Source:
    """The :class:`Source` record of an input: its path, format and SHA-256."""
    return Source(path=str(path), format=fmt, sha256=hashlib.sha256(data).hexdigest())


def span(path: Path | str, line: int | None) -> Span:
    """A span at ``line`` (1 when unknown) of ``path``."""
    return Span(file=str(path), line=line or 1)
