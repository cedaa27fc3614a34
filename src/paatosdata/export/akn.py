"""Akoma Ntoso 3.0 XML export (``--to akn``).

One input document gives one AKN file: whole minutes or an agenda become a ``debateReport`` with
each item as a component; a lone item becomes a ``statement``. Several documents (a folder of
inputs) become one ``documentCollection`` with each document as a component
(:mod:`paatosdata.akn.collection`). :func:`item_files` gives one ``statement`` per item, named after
the item's Manifestation IRI, for publishing.

File extension: ``.xml`` (the Manifestation IRIs end in ``.xml``, ``FRBRformat`` is ``xml``); the
media type is ``application/akn+xml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from paatosdata.errors import ExportError
from paatosdata.export.base import Exporter
from paatosdata.model import Document

if TYPE_CHECKING:
    from paatosdata.config import Config

__all__ = ["AknExporter", "AknFile", "item_files"]


@dataclass(frozen=True, slots=True)
class AknFile:
    """One AKN file: its path relative to an output folder (from the IRI) and its bytes."""

    path: str
    data: bytes


class AknExporter(Exporter):
    """Writes one document as AKN XML (statement or debateReport)."""

    name = "akn"
    media_type = "application/akn+xml"
    extension = ".xml"

    def __init__(self, include_confidential: bool = False, transform_date: date | None = None) -> None:
        self.include_confidential = include_confidential
        self.transform_date = transform_date

    def dumps(self, documents: list[Document], config: Config) -> bytes:
        """One document as itself; several as one ``documentCollection``."""
        from paatosdata.akn.build import build_bytes, to_bytes
        from paatosdata.akn.collection import build_collection

        if not documents:
            raise ExportError("there is no document to write as Akoma Ntoso")
        include, day, abbreviations = (
            self.include_confidential,
            self.transform_date,
            config.body_abbreviations,
        )
        given = config.akn_meeting_date
        if len(documents) == 1:
            return build_bytes(
                documents[0],
                include_confidential=include,
                transform_date=day,
                abbreviations=abbreviations,
                meeting_date=given,
            )
        root = build_collection(
            documents,
            include_confidential=include,
            transform_date=day,
            abbreviations=abbreviations,
            meeting_date=given,
        )
        return to_bytes(root)


def item_files(
    doc: Document,
    config: Config,
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
) -> list[AknFile]:
    """One ``statement`` per item of ``doc``, at its Manifestation path without ``/akn/``.

    ``…/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/28/fin@.xml`` becomes
    ``fi-kuopio/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/28/fin@.xml``; every
    segment is a slug, so the path stays inside the output folder.
    """
    from paatosdata.akn.build import build_item_bytes
    from paatosdata.ids import LANGUAGE_CODES, item_path

    files = []
    for item in doc.items:
        data = build_item_bytes(
            doc,
            item,
            include_confidential=include_confidential,
            transform_date=transform_date,
            abbreviations=config.body_abbreviations,
        )
        manifestation = item_path(doc, item).manifestation(LANGUAGE_CODES.get(item.language, item.language))
        files.append(AknFile(_safe_relative(manifestation.removeprefix("/akn/")), data))
    return files


def _safe_relative(path: str) -> str:
    """``path`` when every segment is a plain name (a slug may come from input): never ``..`` or ``/``."""
    parts = path.split("/")
    if any(part in ("", ".", "..") or "\\" in part or "\x00" in part for part in parts):
        raise ExportError(
            f"unsafe output path {path!r}",
            hint="body and municipality slugs must be plain names (letters, digits, hyphens)",
        )
    return path
