"""Property: model → AKN → model is the same model, and every output passes XSD + profile.

Each generated document is exported with ``include_confidential`` (must read back equal), twice
in one ``documentCollection`` (both must read back equal), and without ``include_confidential``
(wholly confidential items must come back without their text, all others equal).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from paatosdata.akn.build import to_bytes
from paatosdata.akn.collection import build_collection
from paatosdata.akn.read import parse_akn, read_akn, read_documents
from tests.akn.helpers import TRANSFORM, assert_valid_akn, export
from tests.akn.strategies import documents


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_model_to_akn_to_model_is_identity(doc):
    data, _ = export(doc, include_confidential=True)
    assert read_akn(parse_akn(data)) == doc

    bundle = to_bytes(build_collection([doc, doc], include_confidential=True, transform_date=TRANSFORM))
    assert_valid_akn(bundle)
    assert read_documents(parse_akn(bundle)) == [doc, doc]

    redacted, _ = export(doc)
    back = read_akn(parse_akn(redacted))
    for original, read in zip(doc.items, back.items, strict=True):
        secret = original.confidentiality
        if secret is not None and secret.whole_item:
            assert read.decision is None and read.proposal is None and read.reasons is None
            assert read.preparers == [] and read.votes == [] and read.case is None
        else:
            assert read == original
