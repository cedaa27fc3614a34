"""A worker's file output: new folders written directly, the digest of the bytes kept, plain paths.

The fast ways (files of a new folder written without a look, one match for a plain resource path,
escaping that skips clean text) must give what the general ways give.
"""

from __future__ import annotations

import copy
import hashlib
import html
import os
import pickle
import re
from datetime import date
from pathlib import Path

import pytest

from paatosdata.config import Config
from paatosdata.model import Document
from paatosdata.publish import worker
from paatosdata.publish.atomic import write_new
from paatosdata.publish.html import esc
from paatosdata.publish.layout import MAX_DEPTH, MAX_SEGMENT, _digest, resource_rel, safe_segment
from paatosdata.publish.render import DEFAULT_RENDERERS
from paatosdata.publish.worker import Job, process
from tests.publish.helpers import set_akn_today

BASE = "https://example.org/pd"
TRANSFORM = re.compile(rb'<FRBRdate date="(\d{4}-\d{2}-\d{2})" name="transform"/>')


def test_write_new_writes_each_file(tmp_path: Path) -> None:
    folder = tmp_path / "akn" / "x"
    folder.mkdir(parents=True)
    write_new(str(folder), {"index.ttl": b"<a> <b> <c> .\n", "index.html": b"", "index.rdf": b"r" * 70_000})
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "index.ttl": b"<a> <b> <c> .\n",
        "index.html": b"",
        "index.rdf": b"r" * 70_000,
    }


def test_write_new_never_changes_a_file_found_there_in_place(tmp_path: Path) -> None:
    # another process wrote the same resource at the same moment, from a link to the old site
    old_site = tmp_path / "old.ttl"
    old_site.write_bytes(b"older")
    folder = tmp_path / "new"
    folder.mkdir()
    os.link(old_site, folder / "index.ttl")
    write_new(str(folder), {"index.ttl": b"newer", "index.jsonld": b"{}"})
    assert (folder / "index.ttl").read_bytes() == b"newer"
    assert (folder / "index.jsonld").read_bytes() == b"{}"
    assert old_site.read_bytes() == b"older"
    assert sorted(p.name for p in folder.iterdir()) == ["index.jsonld", "index.ttl"]


def test_write_new_fails_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_new(str(tmp_path / "missing"), {"index.ttl": b"x"})


def _segment_by_segment(iri: str, base: str) -> str:
    """The layout's rule spelt out: each segment of the path under the base made safe on its own."""
    base = base.rstrip("/")
    segments: list[str] = []
    if iri.startswith(base + "/"):
        rest = iri[len(base) + 1 :].split("#", 1)[0].split("?", 1)[0]
        segments = [safe_segment(s) for s in rest.split("/") if s]
    if not segments or len(segments) > MAX_DEPTH:
        return "_ext/" + _digest(iri)
    return "/".join(segments)


@pytest.mark.parametrize(
    "path",
    [
        "akn/fi-kuopio/statement/deliberation/kh/2026-05-07/28",
        "akn/fi-kuopio/statement/deliberation/kh/2026-05-07/28#p1",
        "akn/x/28?a=b",
        "a",
        "a/",
        "a//b",
        "/a",
        "a/./b",
        "a/../b",
        "..",
        "a.",
        "a/b.",
        "fin@/x~y/a!b/c-d/e_f",
        "_x/a",
        "-x",
        "äiti/isä",
        "a\x00b/c",
        "a%2Fb/c",
        "a b/c",
        "x" * MAX_SEGMENT,
        "x" * (MAX_SEGMENT + 1),
        "x" * (MAX_SEGMENT - 1) + ".",
        "/".join(["s"] * MAX_DEPTH),
        "/".join(["s"] * (MAX_DEPTH + 1)),
        "/".join(["s"] * MAX_DEPTH) + "/",
        "",
        "#",
    ],
)
@pytest.mark.parametrize("base", [BASE, BASE + "/"])
def test_resource_rel_keeps_the_rule_of_each_segment(path: str, base: str) -> None:
    iri = BASE + "/" + path
    assert resource_rel(iri, base) == _segment_by_segment(iri, base)


def test_resource_rel_of_an_iri_elsewhere() -> None:
    iri = "https://elsewhere.example/akn/x"
    assert resource_rel(iri, BASE) == _segment_by_segment(iri, BASE)
    assert resource_rel(iri, BASE).startswith("_ext/")


@pytest.mark.parametrize(
    "text",
    ["Kunnanhallitus", "", "a & b", "<script>", "x > y", 'say "hi"', "it's", "&amp;", "ä<ö>&'\"", 28, None],
)
def test_esc_is_html_escape(text: object) -> None:
    assert esc(text) == html.escape(str(text), quote=True)


def _job(staging: Path) -> Job:
    return Job(str(staging), BASE, Config(base=BASE), date(2026, 3, 3), 37, False, None, DEFAULT_RENDERERS)


def test_a_digest_is_of_the_bytes_written(
    full_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    job = _job(staging)
    set_akn_today(monkeypatch, date(2026, 3, 3))
    first = process(job, full_doc)
    set_akn_today(monkeypatch, date(2026, 3, 4))  # a later day: every Akoma Ntoso file keeps its bytes
    second = process(job, full_doc)
    resources = [r for r in [*second.items, *second.meetings] if r.digest]
    assert len(resources) >= 3
    for result in resources:
        akn = (staging / result.rel / "index.akn.xml").read_bytes()
        assert set(TRANSFORM.findall(akn)) == {b"2026-03-03"}
        assert result.digest == hashlib.sha256(result.ntriples + b"\x00" + akn).hexdigest()
    assert [r.digest for r in second.items] == [r.digest for r in first.items]
    assert [r.digest for r in second.meetings] == [r.digest for r in first.meetings]


def test_a_long_input_writes_every_resource(full_doc: Document, tmp_path: Path) -> None:
    # more resources than are held before writing: some are written while the input is rendered
    doc = copy.deepcopy(full_doc)
    template = doc.items[0]
    doc.items = []
    for number in range(1, worker._HELD + 9):
        item = copy.deepcopy(template)
        item.number, item.number_raw = str(number), f"§ {number}"
        doc.items.append(item)
    staging = tmp_path / "staging"
    staging.mkdir()
    out = process(_job(staging), doc)
    published = [r for r in out.items if r.published]
    assert len(published) == len(doc.items) and out.meetings and out.meetings[0].digest
    assert len({r.rel for r in published}) == len(doc.items)
    for result in [*published, *out.meetings]:
        folder = staging / result.rel
        assert sorted(p.name for p in folder.iterdir()) == sorted(
            ["index.ttl", "index.jsonld", "index.rdf", "index.akn.xml", "index.html"]
        )
        akn = (folder / "index.akn.xml").read_bytes()
        assert result.digest == hashlib.sha256(result.ntriples + b"\x00" + akn).hexdigest()


def test_a_job_handle_is_unpickled_once_per_process(tmp_path: Path) -> None:
    job = _job(tmp_path)
    handle = worker.JobHandle(job)
    data = pickle.dumps(handle)
    worker._JOBS.clear()
    first, second = pickle.loads(data), pickle.loads(data)
    assert first == job and second is first  # the second batch finds the job kept
    # another run's job (another staging folder) is never taken for this one's
    other = pickle.loads(pickle.dumps(worker.JobHandle(_job(tmp_path / "other"))))
    assert other.staging == str(tmp_path / "other") and other is not first
    assert pickle.loads(data) is first


def test_a_batch_with_a_job_handle_gives_what_the_batch_gives(full_doc: Document, tmp_path: Path) -> None:
    job = _job(tmp_path)
    payload = worker.document_payload(full_doc)
    shipped = worker.process_batch(pickle.loads(pickle.dumps(worker.JobHandle(job))), [payload])
    here = worker.process_batch(worker.JobHandle(job), [payload])  # a handle never pickled: in-process
    direct = worker.process_batch(job, [payload])
    assert shipped == here == direct
    meeting = direct[0].meetings[0]
    # a whole minutes' meeting is rendered by the worker: its item listing stays there
    assert meeting.whole and meeting.digest and meeting.items == []


def test_items_written_together_give_the_files_written_one_by_one(
    full_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document's items have their Turtle and RDF/XML written by one call: the same files as
    writing each item's alone, with confidential, redacted, private and awkward items among them."""
    from paatosdata.model import Confidentiality, Person
    from paatosdata.publish.rdfwrite import write_resource

    doc = copy.deepcopy(full_doc)
    template = doc.items[0]
    for number, change in enumerate(["confidential", "code", "private", "text"], start=len(doc.items) + 1):
        item = copy.deepcopy(template)
        item.number, item.number_raw = str(number), f"§ {number}"
        if change == "confidential":
            item.confidentiality = Confidentiality(ground="JulkL 24 § 1 mom. 25 k")
        elif change == "code":
            item.decision = "Hakija 131052-308T saa luvan."
        elif change == "private":
            item.preparers = [Person(name="Maija Yksityinen", private=True)]
        else:
            item.title = 'Rivi\nja "lainaus" sekä\rpaluu'
        doc.items.append(item)
    single = copy.deepcopy(full_doc)
    single.items = single.items[:1]
    monkeypatch.setattr(worker, "_HELD", 3)  # the items in a few groups
    together, alone = tmp_path / "together", tmp_path / "alone"
    for staging in (together, alone):
        staging.mkdir()
        if staging is alone:
            monkeypatch.setattr(worker, "write_resources", lambda graphs: [write_resource(g) for g in graphs])
        for document in (doc, single):
            out = process(_job(staging), document)
            assert all(r.published for r in out.items)
    files = {p.relative_to(together): p.read_bytes() for p in together.rglob("*") if p.is_file()}
    assert len(files) >= 5 * (len(doc.items) + 1)
    assert files == {p.relative_to(alone): p.read_bytes() for p in alone.rglob("*") if p.is_file()}
    assert not any(b"131052-308T" in data for data in files.values())
