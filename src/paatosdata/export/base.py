"""The exporter interface: documents in, bytes out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from paatosdata.model import Document

if TYPE_CHECKING:
    from paatosdata.config import Config

__all__ = ["Exporter"]


class Exporter(ABC):
    """Writes documents in one format. Subclasses set ``name``, ``media_type`` and ``extension``."""

    name: str = ""
    media_type: str = ""
    extension: str = ""

    @abstractmethod
    def dumps(self, documents: list[Document], config: Config) -> bytes:
        """All ``documents`` in this format."""
