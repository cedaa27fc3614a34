"""A meeting whose document graph is not published keeps its attendance in the dumps.

Since the attendance (``pd:participation`` and the Participation and Person descriptions) is
described only in the graph of the meeting's document, leaving that graph out (two whole-minutes
inputs disagree about the meeting) must not leave the attendance out with it: it is published in a
graph of its own, named by the meeting, when every input gives the same attendance.
"""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from paatosdata.model import Document, Person
from paatosdata.publish.site import Options, publish
from tests.sample_documents import full_minutes

NOW = datetime(2026, 3, 3, tzinfo=UTC)
PD = "https://w3id.org/paatosdata/def#"
VOID = "http://rdfs.org/ns/void#"
ATTENDANCE = f"""
CONSTRUCT {{ ?meeting <{PD}participation> ?p . ?p ?pp ?po . ?person ?qp ?qo }}
WHERE {{
  ?meeting a <{PD}Meeting> ; <{PD}participation> ?p . ?p ?pp ?po .
  OPTIONAL {{ ?p <{PD}participant> ?person . ?person ?qp ?qo }}
}}
"""


def _quads(site: Path) -> ox.Store:
    store = ox.Store()
    store.load(gzip.decompress((site / "paatosdata.nq.gz").read_bytes()), ox.RdfFormat.N_QUADS)
    return store


def _attendance(store: ox.Store) -> set[str]:
    triples = store.query(ATTENDANCE, use_default_graph_as_union=True)
    assert isinstance(triples, ox.QueryTriples)
    return {str(t) for t in triples}


def _graphs(store: ox.Store) -> set[str]:
    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}


def _corrected() -> Document:
    """The same minutes, one decision worded otherwise: the meeting's document differs, not its attendance."""
    doc = full_minutes()
    doc.items[0].decision = "Hyväksyttiin muutettuna."
    return doc


def _publish(sources: list[Document], site: Path) -> ox.Store:
    publish(sources, site, Options(validator=None, now=NOW))
    return _quads(site)


def test_disagreeing_minutes_keep_their_attendance(tmp_path: Path) -> None:
    alone = _publish([full_minutes()], tmp_path / "alone")
    expected = _attendance(alone)
    assert len(expected) > 10  # five participations and their persons
    both = _publish([full_minutes(), _corrected()], tmp_path / "both")
    # the meeting's document is not published (the inputs disagree about it) …
    documents = {g for g in _graphs(alone) if "/debateReport/" in g}
    assert documents and not documents & _graphs(both)
    # … but its attendance is, exactly as the meeting published alone gives it
    assert _attendance(both) == expected


def test_the_attendance_graph_is_counted_like_any_other(tmp_path: Path) -> None:
    site = tmp_path / "site"
    store = _publish([full_minutes(), _corrected()], site)
    void = ox.Store()
    void.load((site / "void.ttl").read_bytes(), ox.RdfFormat.TURTLE)

    def count(subject: str, predicate: str) -> int:
        values = list(void.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None))
        assert len(values) == 1
        return int(values[0].object.value)

    named = "https://w3id.org/paatosdata/void#named-graphs"
    dataset = "https://w3id.org/paatosdata/void#dataset"
    assert count(named, VOID + "triples") == len(store)
    union = ox.Store()
    union.load(gzip.decompress((site / "paatosdata.ttl.gz").read_bytes()), ox.RdfFormat.TURTLE)
    assert count(dataset, VOID + "triples") == len(union)
    assert {(q.subject, q.predicate, q.object) for q in store} == {
        (t.subject, t.predicate, t.object) for t in union
    }


def test_minutes_that_disagree_about_the_attendance_publish_neither(tmp_path: Path) -> None:
    other = _corrected()
    other.meeting.participants[1].person = Person(name="Toinen Jäsen")
    site = tmp_path / "site"
    summary = publish([full_minutes(), other], site, Options(validator=None, now=NOW))
    assert _attendance(_quads(site)) == set()
    reasons = [entry["reason"] for entry in summary.coverage.unreadable]
    assert any("attendance" in reason and "differ" in reason for reason in reasons), reasons


def test_the_attendance_is_followed_from_object_to_object_and_never_back() -> None:
    from paatosdata.publish.attendance import attendance_of

    doc, meeting, person = "https://example.org/doc", "https://example.org/meeting", "https://example.org/p"
    lines = [
        f"<{doc}> <{PD}meeting> <{meeting}> .\n",
        f"<{meeting}> <{PD}participation> _:a .\n",
        f'<{meeting}> <{PD}heldOn> "2026-01-01" .\n',
        f"_:a <{PD}participant> <{person}> .\n",
        f"_:a <{PD}meeting> <{meeting}> .\n",
        f'<{person}> <{PD}name> "Maija Meikäläinen" .\n',
        f"<{person}> <{PD}memberOf> <{doc}> .\n",
    ]
    [(name, ntriples)] = attendance_of(doc, "".join(sorted(lines)).encode())
    assert name == meeting
    kept = set(ntriples.decode().splitlines(keepends=True))
    # the participation and the person it names, not the meeting's or the document's own description
    assert kept == {lines[1], lines[3], lines[4], lines[5], lines[6]}
    assert list(attendance_of(doc, lines[0].encode())) == []
