"""Property-based fuzzing of every registered reader: bad bytes give a PaatosdataError, never a crash.

Each reader is fed random bytes, random text, and mutations of a real-looking input of its kind.
Crashes found here become regression tests in tests/regressions/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paatosdata.errors import PaatosdataError
from paatosdata.parse import READERS, reader_for

PATH = Path("fuzz-input")
#: raise for a longer local fuzzing run, e.g. PAATOSDATA_FUZZ_EXAMPLES=5000
EXAMPLES = int(os.environ.get("PAATOSDATA_FUZZ_EXAMPLES", "60"))

SEEDS = [
    (
        "## **Otsikko**\n\nKaupunginhallitus 01.02.2026 § 5\n123/00.01.01/2026\n\n"
        "### Päätös\n\nHyväksyttiin.\n"
    ).encode(),
    (
        "<html><head><meta charset='windows-1252'></head><body class='bodyKokousasia'>"
        "<p class='Sivuotsikko'><b>Päätös</b></p></body></html>"
    ).encode("cp1252"),
    b'{"ExtendedProperties": [{"Name": "Name", "Text": "&auml;"}]}',
    (
        b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        b'<statement name="decision"/></akomaNtoso>'
    ),
    b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
    b'{"article_number": 5, "title": "x", "case": {"register_id": "1/2020"}}',
]


def _read(fmt: str | None, data: bytes) -> None:
    try:
        reader = reader_for(PATH, data, fmt)
        reader.read(data, PATH)
    except PaatosdataError:
        pass


@pytest.mark.parametrize("fmt", [None, *sorted(READERS)])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048))
def test_random_bytes(fmt: str | None, data: bytes) -> None:
    _read(fmt, data)


@pytest.mark.parametrize("fmt", [None, *sorted(READERS)])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=1024))
def test_random_text(fmt: str | None, text: str) -> None:
    _read(fmt, text.encode("utf-8"))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    seed = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        if not seed:
            break
        at = draw(st.integers(0, len(seed) - 1))
        action = draw(st.sampled_from(["flip", "cut", "dup", "insert"]))
        if action == "flip":
            seed[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del seed[at:]
        elif action == "dup":
            seed[at:at] = seed[at : at + draw(st.integers(1, 64))]
        else:
            seed[at:at] = draw(st.binary(min_size=1, max_size=16))
    return bytes(seed)


@pytest.mark.parametrize("fmt", [None, *sorted(READERS)])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated())
def test_mutated_seeds(fmt: str | None, data: bytes) -> None:
    _read(fmt, data)
