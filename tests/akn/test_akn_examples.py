"""The seed and every example, read by the text reader, export to valid AKN and read back equal."""

from __future__ import annotations

import importlib.util

import pytest

from paatosdata.akn.read import parse_akn, read_akn
from tests.akn.helpers import export
from tests.conftest import EXAMPLES, shared_path

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("paatosdata.parse.text") is None, reason="the text reader is not on this branch"
)


def _inputs():
    if not EXAMPLES.is_dir():
        return []
    return sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.suffix.lower() in (".md", ".txt"))


def _check(path):
    from paatosdata.parse import read_path

    for doc in read_path(path):
        if doc.meeting.date is None:
            continue  # AKN needs a date; the check command reports this input
        data, _ = export(doc, include_confidential=True)
        assert read_akn(parse_akn(data)) == doc
        export(doc)


def test_seed_exports_to_valid_akn():
    _check(shared_path("seed", "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"))


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name)
def test_examples_export_to_valid_akn(path):
    _check(path)
