"""Dataclasses pickled as their field values: the same objects back, other classes untouched."""

from __future__ import annotations

import copyreg
import pickle
from dataclasses import dataclass, field

from paatosdata import model
from paatosdata.publish import fastpickle, redact, worker
from paatosdata.publish.site import Options  # noqa: F401 - importing the publisher registers its classes
from tests.sample_documents import full_minutes


@dataclass(slots=True)
class Pair:
    left: str
    right: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Single:
    only: str


@dataclass(slots=True)
class Keyword:
    name: str
    size: int = field(default=0, kw_only=True)


@dataclass
class Plain:
    value: int


def test_field_values_round_trip_and_are_registered() -> None:
    fastpickle.by_field_values([Pair, Single, Keyword, Plain])
    try:
        assert Pair in copyreg.dispatch_table and Single in copyreg.dispatch_table
        # a keyword-only field cannot be given in order; a class without slots pickles well already
        assert Keyword not in copyreg.dispatch_table and Plain not in copyreg.dispatch_table
        for value in (Pair("a", [1, 2]), Single("x"), Keyword("k", size=3), Plain(4)):
            again = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            assert again == value and type(again) is type(value)
        shared = [1]
        pair = pickle.loads(pickle.dumps((Pair("a", shared), Pair("b", shared))))
        assert pair[0].right is pair[1].right  # objects shared stay shared
    finally:
        for cls in (Pair, Single):
            copyreg.dispatch_table.pop(cls, None)


def test_publisher_classes_use_field_values() -> None:
    classes = fastpickle.dataclasses_of(model, worker, redact)
    assert model.Document in classes and worker.ItemResult in classes and redact.Redaction in classes
    for cls in (model.Document, model.Item, worker.ItemResult, worker.MeetingResult, worker.DocResult):
        assert cls in copyreg.dispatch_table
    result = worker.ItemResult("iri", "rel", "src", "body", "2026-01-02", "5 §", "Otsikko", "m")
    result.reasons.append("syy")
    result.redaction.identity_codes = 2
    assert pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)) == result


def test_a_read_document_comes_back_equal() -> None:
    doc = full_minutes()
    assert pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)) == doc
