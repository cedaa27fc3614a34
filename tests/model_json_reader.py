"""A reader of model JSON (``paatosdata.modeljson``) used to drive the CLI in tests."""

from __future__ import annotations

from pathlib import Path

from paatosdata.errors import ParseError
from paatosdata.model import Document
from paatosdata.modeljson import document_from_json
from paatosdata.parse.base import Reader, decode


class ModelJsonReader(Reader):
    """Reads one document written by ``document_to_json``."""

    name = "modeljson"
    extensions = (".json",)

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        return head.lstrip().startswith(b"{")

    def read(self, data: bytes, path: Path) -> list[Document]:
        try:
            return [document_from_json(decode(data, path))]
        except (ValueError, KeyError, TypeError) as exc:
            raise ParseError(f"not model JSON: {exc}", source=str(path)) from None
