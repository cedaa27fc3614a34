"""Real vendor samples, read by the vendor readers, export to valid AKN and read back equal.

An input whose meeting date the reader could not find is refused with a clear MappingError (AKN
needs a full date in every FRBR IRI), never written half-way; its content is then still exported
with a stand-in date so that the mapping of real votes, citations and sections is tested.
"""

from __future__ import annotations

from datetime import date

import pytest

from paatosdata.akn.build import build
from paatosdata.akn.read import parse_akn, read_akn
from paatosdata.errors import MappingError
from paatosdata.parse import read_path
from tests.akn.helpers import export
from tests.conftest import shared_path

SAMPLES = [
    ("espoo-dynasty", "2013262303-5.HTM"),
    ("espoo-dynasty", "2017406946.HTM"),
    ("espoo-dynasty", "2017409886-4.HTM"),
    ("espoo-dynasty", "espoo_kh_170508_contents_127.json"),
    ("helsinki-ahjo", "case.json"),
    ("helsinki-ahjo", "confidential-decision-content.html"),
    ("helsinki-ahjo", "decision-content-new.html"),
    ("helsinki-ahjo", "decision-content.html"),
    ("helsinki-ahjo", "decision-motion.html"),
    ("helsinki-ahjo", "decision-record.json"),
    ("helsinki-ahjo", "decision-vote-results.json"),
    ("helsinki-ahjo", "meeting.html"),
    ("oulu-tweb", "oulu_tweb_kaupunginhallitus_5_2017.html"),
    ("oulu-tweb", "35090068.pdf"),
    ("tampere-casem", "contents_57_extended_properties.json"),
    ("tampere-casem", "node_11292_contents.json"),
    ("turku", "turku_kh_2017-02-05-190.htm"),
    ("turku", "turku_kh_2017-02-05-poytakirja.htm"),
]


@pytest.mark.shared
@pytest.mark.parametrize(("folder", "name"), SAMPLES, ids=[name for _, name in SAMPLES])
def test_real_sample_round_trips_through_akn(folder, name):
    documents = read_path(shared_path("real", folder, name))
    assert documents
    for doc in documents:
        if doc.meeting.date is None:
            with pytest.raises(MappingError, match="meeting date is unknown"):
                build(doc)
            # the rest of the mapping is still exercised on the real content, with a stand-in date
            doc.meeting.date = date(2000, 1, 1)
        data, _ = export(doc, include_confidential=True)
        assert read_akn(parse_akn(data)) == doc
        export(doc)
