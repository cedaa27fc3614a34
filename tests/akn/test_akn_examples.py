"""The seed and every example, read by the text reader, export to valid AKN and read back equal."""

from __future__ import annotations

import pytest

from paatosdata.akn.build import build
from paatosdata.akn.read import parse_akn, read_akn
from paatosdata.errors import MappingError
from paatosdata.parse import read_path
from tests.akn.helpers import export
from tests.conftest import EXAMPLES, shared_path


def _inputs():
    if not EXAMPLES.is_dir():
        return []
    return sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.suffix.lower() in (".md", ".txt"))


def _check(path):
    documents = read_path(path)
    assert documents
    for doc in documents:
        if doc.meeting.date is None:
            with pytest.raises(MappingError, match="meeting date is unknown"):
                build(doc)
            continue
        data, _ = export(doc, include_confidential=True)
        assert read_akn(parse_akn(data)) == doc
        export(doc)


def test_seed_exports_to_valid_akn():
    _check(shared_path("seed", "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"))


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name)
def test_examples_export_to_valid_akn(path):
    _check(path)
