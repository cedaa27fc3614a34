"""What every reader shares: the Reader protocol, decoding bytes, and input limits."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from pathlib import Path

from paatosdata.errors import InputError
from paatosdata.model import Document, Source

__all__ = ["MAX_INPUT_BYTES", "Reader", "decode", "read_bytes", "source_for"]

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


def decode(data: bytes, path: Path | str, declared: str | None = None) -> str:
    """Decode text: a UTF-8 BOM or valid UTF-8 first, then ``declared``, then windows-1252.

    Binary data (NUL bytes, or mostly control characters) is refused with a clear error.
    """
    if not data.strip():
        raise InputError("the file is empty", source=str(path))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", source=str(path)) from None
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
