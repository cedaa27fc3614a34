"""The ``akn`` exporter: registry, one document per file, per-item statements."""

from __future__ import annotations

import pytest

from paatosdata.akn.read import parse_akn, read_akn, read_documents
from paatosdata.config import Config
from paatosdata.errors import ExportError, ParseError
from paatosdata.export import EXPORTERS, exporter_for
from paatosdata.export.akn import AknExporter, item_files
from paatosdata.parse import read_path
from tests.akn import fixtures
from tests.akn.helpers import NS, TRANSFORM, assert_valid_akn


def test_registered_as_akn():
    assert "akn" in EXPORTERS
    exporter = exporter_for("akn")
    assert isinstance(exporter, AknExporter)
    assert (exporter.name, exporter.media_type, exporter.extension) == ("akn", "application/akn+xml", ".xml")


def test_lone_item_is_a_statement_and_minutes_a_debate_report():
    exporter = AknExporter(transform_date=TRANSFORM)
    lone = assert_valid_akn(exporter.dumps([fixtures.seed_document()], Config()))
    assert lone.find("a:statement", NS) is not None
    whole = assert_valid_akn(exporter.dumps([fixtures.whole_minutes()], Config()))
    assert whole.find("a:debateReport", NS) is not None
    one_of_many = fixtures.seed_document()
    one_of_many.whole = True
    assert assert_valid_akn(exporter.dumps([one_of_many], Config())).find("a:debateReport", NS) is not None


def test_config_abbreviations_reach_the_references():
    config = Config(body_abbreviations={"kh": "Kaupunginhallitus"})
    root = assert_valid_akn(AknExporter(transform_date=TRANSFORM).dumps([fixtures.seed_document()], config))
    refs = [r.get("href") for r in root.iterfind(".//a:ref", NS)]
    assert "/akn/fi-kuopio/statement/deliberation/kaupunginhallitus/2025-10-21/293" in refs


def test_several_documents_become_one_collection():
    docs = [fixtures.seed_document(), fixtures.whole_minutes(), fixtures.swedish_minutes(), fixtures.agenda()]
    data = AknExporter(transform_date=TRANSFORM, include_confidential=True).dumps(docs, Config())
    root = assert_valid_akn(data)
    collection = root.find("a:documentCollection", NS)
    assert collection.get("name") == "paatosdataExport"
    members = collection.findall("a:collectionBody/a:component", NS)
    assert [m.get("eId") for m in members] == ["cmp_1", "cmp_2", "cmp_3", "cmp_4"]
    assert [m[0].tag.split("}")[1] for m in members] == [
        "statement",
        "debateReport",
        "debateReport",
        "debateReport",
    ]
    nested = members[1].find("a:debateReport/a:components/a:component", NS)
    assert nested.get("eId") == "cmp_2__cmp_1"
    assert nested.find("a:statement/a:meta/a:identification", NS).get("source") == "#cmp_2__cmp_1__paatosdata"
    work = collection.find("a:meta/a:identification/a:FRBRWork/a:FRBRuri", NS).get("value")
    assert work.startswith("/akn/fi/documentCollection/export/paatosdata/2026-05-20/")
    again = AknExporter(transform_date=TRANSFORM, include_confidential=True).dumps(docs, Config())
    assert again == data  # the same members give the same file
    assert read_documents(parse_akn(data)) == docs
    with pytest.raises(ParseError, match="holds 4 documents"):
        read_akn(parse_akn(data))


def test_collection_of_one_municipality_keeps_its_country():
    data = AknExporter(transform_date=TRANSFORM).dumps(
        [fixtures.seed_document(), fixtures.agenda()], Config()
    )
    root = assert_valid_akn(data)
    assert root.find(".//a:FRBRcountry", NS).get("value") == "fi-kuopio"


def test_no_document_is_an_export_error():
    with pytest.raises(ExportError, match="no document"):
        AknExporter().dumps([], Config())


def test_reader_returns_every_member_of_a_collection(tmp_path):
    docs = [fixtures.seed_document(), fixtures.agenda()]
    path = tmp_path / "bundle.xml"
    path.write_bytes(AknExporter(transform_date=TRANSFORM).dumps(docs, Config()))
    assert read_path(path) == docs


def test_item_files_one_statement_per_item():
    files = item_files(fixtures.whole_minutes(), Config(), transform_date=TRANSFORM)
    assert [f.path for f in files] == [
        f"fi-kuopio/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/{n}/fin@.xml"
        for n in range(28, 33)
    ]
    for file in files:
        root = assert_valid_akn(file.data)
        assert root.find("a:statement", NS) is not None
    secret = files[-1].data.decode("utf-8")
    assert "Salainen sisältö." not in secret and "Henkilöstöasia" in secret


def test_item_files_refuse_paths_leaving_the_output_folder():
    doc = fixtures.seed_document()
    doc.meeting.body.slug = ".."
    with pytest.raises(ExportError, match="unsafe output path"):
        item_files(doc, Config(), transform_date=TRANSFORM)
