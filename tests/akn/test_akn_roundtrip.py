"""Property: model → AKN → model is the same model, and every output passes XSD + profile."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from paatosdata.akn.read import parse_akn, read_akn
from tests.akn.helpers import export
from tests.akn.strategies import documents

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(documents())
def test_model_to_akn_to_model_is_identity(doc):
    data, _ = export(doc, include_confidential=True)
    assert read_akn(parse_akn(data)) == doc


@_SETTINGS
@given(documents())
def test_redacted_output_is_valid_and_hides_text(doc):
    data, _ = export(doc)
    back = read_akn(parse_akn(data))
    for original, read in zip(doc.items, back.items, strict=True):
        secret = original.confidentiality
        if secret is not None and secret.whole_item:
            assert read.decision is None and read.proposal is None and read.reasons is None
            assert read.preparers == [] and read.votes == [] and read.case is None
