"""Readers: one module per input format, chosen from the content (``--from`` forces one).

``read_path`` reads a file (or every supported file in a folder) into :class:`Document` objects.
Readers are registered by module path and imported lazily, so an unused format costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from paatosdata.errors import InputError, PaatosdataError
from paatosdata.model import Document
from paatosdata.parse.base import Reader, as_utf8, bom_encoding, read_bytes, source_for

__all__ = ["READERS", "ReadResult", "iter_inputs", "read_path", "reader_for", "read_many"]

#: format name → "module:Class". Order matters for sniffing: specific formats first, text last.
READERS: dict[str, str] = {
    "akn": "paatosdata.akn.read:AknReader",
    "dynasty": "paatosdata.parse.dynasty:DynastyReader",
    "dynasty-json": "paatosdata.parse.dynasty_json:DynastyJsonReader",
    "tweb": "paatosdata.parse.tweb:TwebReader",
    "tweb-pdf": "paatosdata.parse.tweb_pdf:TwebPdfReader",
    "turku": "paatosdata.parse.turku:TurkuReader",
    "casem": "paatosdata.parse.casem:CasemReader",
    "casem-list": "paatosdata.parse.casem:CasemListReader",
    "casem-html": "paatosdata.parse.casem_html:CasemHtmlReader",
    "ahjo-html": "paatosdata.parse.ahjo_html:AhjoHtmlReader",
    "ahjo-json": "paatosdata.parse.ahjo_json:AhjoJsonReader",
    "6aika": "paatosdata.parse.sixaika:SixAikaReader",
    "text": "paatosdata.parse.text:TextReader",
}

_SNIFF_BYTES = 65536


def _reader_class(name: str) -> type[Reader]:
    module_name, attribute = READERS[name].split(":")
    cls = getattr(importlib.import_module(module_name), attribute)
    assert isinstance(cls, type) and issubclass(cls, Reader)
    return cls


def reader_for(path: Path, data: bytes, fmt: str | None = None) -> Reader:
    """The reader for ``data``: ``fmt`` when given, else the first whose ``sniff`` accepts it."""
    if fmt is not None:
        if fmt not in READERS:
            known = ", ".join(sorted(READERS))
            raise InputError(f"unknown input format {fmt!r}", hint=f"choose one of: {known}")
        return _reader_class(fmt)()
    head = data[:_SNIFF_BYTES]
    for name in READERS:
        cls = _reader_class(name)
        if cls.sniff(head, path):
            return cls()
    raise InputError(
        "the format of this file is not recognised",
        source=str(path),
        hint="use --from FORMAT to say what it is",
    )


def read_path(path: Path, fmt: str | None = None) -> list[Document]:
    """Read one file into documents (a whole-minutes file gives one document with many items)."""
    data = read_bytes(path)
    text = as_utf8(data, path)
    documents = reader_for(path, text, fmt).read(text, path)
    if text is not data:  # the record of the source is the file's own bytes, not their UTF-8
        for document in documents:
            if document.source is not None and document.source.path == str(path):
                document.source = source_for(path, data, document.source.format)
    return documents


def _supported(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    suffixes = {
        ".md",
        ".txt",
        ".markdown",
        ".htm",
        ".html",
        ".json",
        ".xml",
        ".akn",
        ".pdf",
        ".ttl",
        ".jsonld",
        ".rdf",
        ".nt",
        ".nq",
        ".trig",
        ".owl",
    }
    return path.suffix.lower() in suffixes


def iter_inputs(paths: list[Path], fmt: str | None = None) -> Iterator[Path]:
    """Files named, and supported files found under folders named, in a stable order.

    In a folder, a file whose content another file's reading brings in is left out, so that each
    item is read once: the item pages a Dynasty meeting list reads from beside it. A page the list
    cannot read in (broken, or of another meeting) is still read on its own; a file named is always
    read. ``fmt`` is the format the inputs will be read as (``None``: each file's own).
    """
    for path in paths:
        if path.is_dir():
            found = [
                child
                for child in sorted(path.rglob("*"))
                if child.is_file()
                and _supported(child)
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            ]
            read_in = _read_in_by_others(found, fmt)
            yield from (child for child in found if child not in read_in)
        else:
            yield path


def _read_in_by_others(files: list[Path], fmt: str | None) -> set[Path]:
    """The files among ``files`` whose items a Dynasty meeting list among them brings in.

    Such a list is read here, and the files its items were read from (their spans) are the ones it
    brings in: exactly what reading the list takes, whatever the reason another page is not taken.
    """
    if fmt not in (None, "dynasty"):
        return set()
    pages = [f for f in files if f.suffix.lower() in (".htm", ".html")]
    if len(pages) < 2:
        return set()
    from paatosdata.parse.dynasty10 import is_dynasty10_html, is_dynasty10_meeting_list

    read_in: set[Path] = set()
    for page in pages:
        try:
            with page.open("rb") as handle:
                head = handle.read(_SNIFF_BYTES)
            if bom_encoding(head) is None and not is_dynasty10_html(head):
                continue
            data = as_utf8(read_bytes(page), page)
            if not is_dynasty10_html(data[:_SNIFF_BYTES]):
                continue
            if not is_dynasty10_meeting_list(data, page):
                continue
            documents = reader_for(page, data, fmt).read(data, page)
        except (OSError, PaatosdataError):
            continue  # reported when the list is read on its own
        own = str(page)
        for document in documents:
            read_in.update(
                Path(item.span.file) for item in document.items if item.span and item.span.file != own
            )
    return read_in


@dataclass(slots=True)
class ReadResult:
    """The outcome of reading one input: its documents, or the error that stopped it."""

    path: Path
    documents: list[Document]
    error: PaatosdataError | None = None


def read_many(paths: list[Path], fmt: str | None = None) -> Iterator[ReadResult]:
    """Read every input; a bad one yields its error and the others are still read."""
    for path in iter_inputs(paths, fmt):
        try:
            yield ReadResult(path, read_path(path, fmt))
        except PaatosdataError as error:
            if error.source is None:
                error.source = str(path)
            yield ReadResult(path, [], error)
