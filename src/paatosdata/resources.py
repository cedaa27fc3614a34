"""The only place that locates data files: ontology/, shapes/, the JSON-LD context.

An installed wheel carries them as ``paatosdata/data/{ontology,shapes}``; an editable install
reads them from the repository's top-level folders.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["data_dir", "ontology_dir", "shapes_dir"]

_REPO_ROOT = Path(__file__).resolve().parents[2]


def data_dir(name: str) -> Path:
    """The folder ``name`` (``ontology`` or ``shapes``) from the package, else from the repository."""
    packaged = Path(str(files("paatosdata"))) / "data" / name
    if packaged.is_dir():
        return packaged
    local = _REPO_ROOT / name
    if local.is_dir():
        return local
    raise FileNotFoundError(f"paatosdata data folder {name!r} is missing from this installation")


def ontology_dir() -> Path:
    """Folder of the vocabulary (Turtle) and its JSON-LD context."""
    return data_dir("ontology")


def shapes_dir() -> Path:
    """Folder of the SHACL profiles."""
    return data_dir("shapes")
