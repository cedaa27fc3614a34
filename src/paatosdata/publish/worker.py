"""Work on one input (run in a worker process): read, validate, redact, render, write its files.

Every representation is written into the staging folder here, so file writing runs in parallel;
the parent process gets back small results plus the N-Triples it needs for the dumps.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from paatosdata.config import Config
from paatosdata.errors import PaatosdataError
from paatosdata.model import Document, Item
from paatosdata.publish.atomic import write_if_changed, write_new
from paatosdata.publish.dumps import GraphPlan, plan_graph
from paatosdata.publish.layout import inside_path, resource_rel
from paatosdata.publish.manifestation import keep_transform_date
from paatosdata.publish.pages import item_page, meeting_page
from paatosdata.publish.rdfio import sorted_with_ntriples
from paatosdata.publish.rdfwrite import Written, write_resource, write_resources
from paatosdata.publish.redact import Redaction, Redactor, guard
from paatosdata.publish.render import Renderers, load_renderers
from paatosdata.publish.verdict import Validator, Verdict, load_validator

__all__ = [
    "DocResult",
    "ItemResult",
    "Job",
    "JobHandle",
    "MeetingResult",
    "process",
    "process_batch",
    "render_meeting",
]


@dataclass(frozen=True, slots=True)
class Job:
    """What every task of one publish shares (picklable)."""

    staging: str
    base: str
    config: Config
    now: date
    personal_data_days: int
    allow_invalid: bool
    validator: str | None
    renderers: str


#: The jobs this (worker) process was handed, by :attr:`JobHandle.key`: the last few only, since a
#: long-lived worker (on a Dask cluster) may serve one run after another
_JOBS: dict[str, Job] = {}
_JOBS_KEPT = 4


class JobHandle:
    """A :class:`Job` as the batches of one run carry it to the worker processes.

    Pickled as its job's bytes, made once here, and its key: a worker process unpickles the job
    the first time only and keeps it (:func:`_known_job`). Pickled whole with every batch, the job
    (its configuration several dozen objects) cost each batch a few hundred microseconds of
    pickling here and unpickling there. The key is the digest of the bytes, so a worker that
    serves several runs never takes one run's job for another's.
    """

    __slots__ = ("data", "job", "key")

    def __init__(self, job: Job) -> None:
        self.job = job
        self.data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        self.key = hashlib.sha256(self.data).hexdigest()

    def __reduce__(self) -> tuple[Callable[[str, bytes], Job], tuple[str, bytes]]:
        return _known_job, (self.key, self.data)


def _known_job(key: str, data: bytes) -> Job:
    """The job a :class:`JobHandle` carries, unpickled the first time this process sees ``key``."""
    job = _JOBS.get(key)
    if job is None:
        if len(_JOBS) >= _JOBS_KEPT:
            _JOBS.clear()
        job = _JOBS[key] = pickle.loads(data)
        assert isinstance(job, Job)
    return job


@dataclass(slots=True)
class ItemResult:
    """One item read: where it goes, whether it was published, and its data for the dumps."""

    iri: str
    rel: str
    source: str
    body: str
    date: str
    number: str
    title: str
    meeting: str
    published: bool = False
    reasons: list[str] = field(default_factory=list)
    level: int | None = None
    warnings: int = 0
    redaction: Redaction = field(default_factory=Redaction)
    digest: str = ""
    ntriples: bytes = b""
    triples: int = 0
    plan: GraphPlan | None = None  # for the dumps (see paatosdata.publish.dumps.plan_graph)


@dataclass(slots=True)
class MeetingResult:
    """A meeting: rendered here when the input held the whole minutes, else merged later."""

    iri: str
    rel: str
    body: str
    date: str
    whole: bool
    # (number, title, rel) of its items, for its page: kept in the result only when not ``whole``
    items: list[tuple[str, str, str]] = field(default_factory=list)
    shell: Document | None = None  # meeting + stub items, for merging parts
    digest: str = ""
    ntriples: bytes = b""
    triples: int = 0
    plan: GraphPlan | None = None  # for the dumps (see paatosdata.publish.dumps.plan_graph)


@dataclass(slots=True)
class DocResult:
    """Everything one input gave."""

    path: str
    error: str | None = None
    items: list[ItemResult] = field(default_factory=list)
    meetings: list[MeetingResult] = field(default_factory=list)


@cache
def _renderers(target: str) -> Renderers:
    return load_renderers(target)


@cache
def _validator(target: str) -> Validator:
    return load_validator(target)


def _made(folder: str) -> bool:
    """Make ``folder`` when it is missing; True when this call made it (and so it holds no file
    but those written later in this run)."""
    try:
        os.mkdir(folder)  # a new resource in a folder that exists: one call
        return True
    except FileExistsError:
        return False
    except FileNotFoundError:
        os.makedirs(os.path.dirname(folder), exist_ok=True)
    try:
        os.mkdir(folder)
        return True
    except FileExistsError:  # made by another worker just now
        return False


def _write(folder: str, files: dict[str, bytes]) -> None:
    """Write ``files`` into ``folder``, keeping the published Akoma Ntoso file when only its
    transform date would change (``files`` takes the bytes kept)."""
    if _made(folder):
        # a folder made just now holds no published file to keep or to compare with
        write_new(folder, files)
        return
    name = folder + "/index.akn.xml"
    files["index.akn.xml"] = keep_transform_date(name, files["index.akn.xml"])
    folder += "/"
    for name, data in files.items():
        write_if_changed(folder + name, data)


#: Most resources of one input whose files wait to be written (about 0.1 MB each): see :class:`_Output`
_HELD = 32


class _Output:
    """The files of one input's resources, written together once it is rendered (or every
    :data:`_HELD` resources): measured, writing them in a row costs less CPU time than writing each
    resource's files between renderings (the system's work and the rendering's then seem to evict
    each other's data from the processor's caches less).

    A resource's digest is taken of the bytes written (an Akoma Ntoso file may keep its published
    transform date): it is set on its result when the files are written.
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.pending: list[tuple[str, dict[str, bytes], ItemResult | MeetingResult]] = []

    def add(self, rel: str, files: dict[str, bytes], result: ItemResult | MeetingResult) -> None:
        """Write ``files`` into the folder of ``rel`` (soon); ``result`` has its N-Triples."""
        self.pending.append((inside_path(self.job.staging, rel), files, result))
        if len(self.pending) >= _HELD:
            self.flush()

    def flush(self) -> None:
        """Write every file waiting."""
        for folder, files, result in self.pending:
            _write(folder, files)
            result.digest = _digest(result.ntriples, files["index.akn.xml"])
        self.pending.clear()


class _Rendered(NamedTuple):
    """An item to publish, rendered but for its RDF files."""

    published: Document
    pitem: Item
    triples: list[ox.Triple]
    ntriples: bytes
    akn: bytes
    verdict: Verdict


def _represent(ntriples: bytes, akn: bytes, written: Written) -> tuple[dict[str, bytes], bytes]:
    guarded = guard(ntriples)
    # every literal reads the same in each RDF syntax: when N-Triples is clean, so are the others
    check = guard if guarded is not ntriples else _same
    files = {
        "index.ttl": check(written.ttl),
        "index.jsonld": check(written.jsonld),
        "index.rdf": check(written.rdf),
        "index.akn.xml": guard(akn),
    }
    return files, guarded


def _same(data: bytes) -> bytes:
    return data


def _digest(ntriples: bytes, akn: bytes) -> str:
    digest = hashlib.sha256(ntriples)
    digest.update(b"\x00")
    digest.update(akn)
    return digest.hexdigest()


def _stub(item: Item) -> Item:
    return Item(
        number=item.number,
        title=item.title,
        number_raw=item.number_raw,
        agenda_number=item.agenda_number,
        confidentiality=item.confidentiality,
        language=item.language,
    )


def _meeting_of(doc: Document) -> tuple[str, str]:
    """The body and date (ISO, or empty) that each result of ``doc`` names."""
    meeting = doc.meeting
    return meeting.body.name, meeting.date.isoformat() if meeting.date else ""


def _item(
    job: Job,
    renderers: Renderers,
    redactor: Redactor,
    item: Item,
    source: str,
    index: int,
    verdict: Verdict,
    meeting: tuple[str, str],
) -> tuple[ItemResult, _Rendered | None]:
    """An item's result and, when it is to be published, its rendering (its files are made by
    :func:`_finish_item`, once the RDF files of all the document's items are written together)."""
    config = job.config
    published, redaction = redactor.item(item)
    pitem = published.items[0]
    if not pitem.number and not pitem.agenda_number:
        # keep the IRI an unnumbered item has in its whole document
        pitem = dataclasses.replace(pitem, agenda_number=f"nn-{index}")
        published = dataclasses.replace(published, items=[pitem])
    iri = renderers.item_iri(published, pitem, config)
    rel = resource_rel(iri, job.base)
    result = ItemResult(
        iri=iri,
        rel=rel,
        source=source,
        body=meeting[0],
        date=meeting[1],
        number=pitem.number or pitem.agenda_number or "",
        title=pitem.title,
        meeting=renderers.meeting_iri(published, config),
        level=verdict.level,
        warnings=verdict.warnings,
        redaction=redaction,
    )
    if verdict.violations and not job.allow_invalid:
        result.reasons = list(verdict.violations)
        return result, None
    triples, ntriples = sorted_with_ntriples(renderers.item_graph(published, pitem, config), iri)
    akn = renderers.item_akn(published, pitem, config)
    return result, _Rendered(published, pitem, triples, ntriples, akn, verdict)


def _finish_item(rendered: _Rendered, written: Written, result: ItemResult, output: _Output) -> None:
    """Guard and write the files of an item :func:`_item` rendered, ``written`` its RDF files."""
    published, pitem, triples, ntriples, akn, verdict = rendered
    files, ntriples = _represent(ntriples, akn, written)
    # the page embeds the JSON-LD file as written (guarded with the N-Triples): its own text is guarded
    files["index.html"] = item_page(
        published, pitem, result.iri, result.meeting, result.rel, files["index.jsonld"], guard
    )
    result.published = True
    result.reasons = list(verdict.violations)
    result.ntriples = ntriples
    result.triples = len(triples)
    result.plan = plan_graph(result.iri, ntriples, files["index.ttl"])
    output.add(result.rel, files, result)


def render_meeting(job: Job, doc: Document, result: MeetingResult, full: Document | None) -> None:
    """Render and write the meeting of ``doc`` (stub items) into ``result``; AKN from ``full`` if given."""
    output = _Output(job)
    _render_meeting(job, doc, result, full, output)
    output.flush()


def _render_meeting(
    job: Job, doc: Document, result: MeetingResult, full: Document | None, output: _Output
) -> None:
    renderers = _renderers(job.renderers)
    triples, ntriples = sorted_with_ntriples(renderers.document_graph(doc, job.config), result.iri)
    akn = renderers.document_akn(full if full is not None else doc, job.config)
    files, ntriples = _represent(ntriples, akn, write_resource(triples))
    files["index.html"] = meeting_page(
        doc, result.iri, result.rel, result.items, files["index.jsonld"], guard
    )
    result.ntriples = ntriples
    result.triples = len(triples)
    result.plan = plan_graph(result.iri, ntriples, files["index.ttl"])
    output.add(result.rel, files, result)


def _document(job: Job, doc: Document, source: str, out: DocResult, pickled: bytes | None = None) -> None:
    renderers = _renderers(job.renderers)
    with renderers.scope():
        _document_in_scope(job, renderers, doc, source, out, pickled)


def _document_in_scope(
    job: Job, renderers: Renderers, doc: Document, source: str, out: DocResult, pickled: bytes | None
) -> None:
    kept: list[Item] = []
    output = _Output(job)
    redactor = Redactor(doc, job.now, job.personal_data_days, pickled)
    verdicts = _validator(job.validator)(doc, job.config) if job.validator else [Verdict() for _ in doc.items]
    meeting = _meeting_of(doc)
    rendered: list[tuple[int, Item, str, _Rendered]] = []
    for index, (item, verdict) in enumerate(zip(doc.items, verdicts, strict=True), start=1):
        where = str(item.span) if item.span is not None else source
        try:
            result, ready = _item(job, renderers, redactor, item, where, index, verdict, meeting)
        except PaatosdataError as error:
            out.items.append(_failed(job, doc, item, where, str(error)))
            continue
        if ready is not None:
            rendered.append((len(out.items), item, where, ready))
        out.items.append(result)
        if len(rendered) >= _HELD:
            _finish_items(job, doc, rendered, out, kept, output)
    _finish_items(job, doc, rendered, out, kept, output)
    try:
        out.meetings.append(_meeting(job, renderers, redactor, doc, kept, out, output))
    except PaatosdataError as error:
        # the items already carry their own reasons; a meeting that cannot be rendered is
        # reported with its input, and the rest of the run goes on
        note = f"the meeting cannot be rendered: {error.reason}"
        out.error = note if out.error is None else f"{out.error}; {note}"
    output.flush()


def _finish_items(
    job: Job,
    doc: Document,
    rendered: list[tuple[int, Item, str, _Rendered]],
    out: DocResult,
    kept: list[Item],
    output: _Output,
) -> None:
    """Make the files of the items ``rendered`` (where their results are in ``out``, their items,
    where they come from), their RDF files written together; those published are ``kept``. At most
    :data:`_HELD` wait, as the files of :class:`_Output` do."""
    written = write_resources([ready.triples for *_, ready in rendered])
    for (at, item, where, ready), files in zip(rendered, written, strict=True):
        try:
            _finish_item(ready, files, out.items[at], output)
        except PaatosdataError as error:
            out.items[at] = _failed(job, doc, item, where, str(error))
            continue
        kept.append(ready.pitem)
    rendered.clear()


def _meeting(
    job: Job,
    renderers: Renderers,
    redactor: Redactor,
    doc: Document,
    kept: list[Item],
    out: DocResult,
    output: _Output,
) -> MeetingResult:
    meeting_doc = redactor.meeting([_stub(i) for i in kept])
    iri = renderers.meeting_iri(meeting_doc, job.config)
    body, day = _meeting_of(doc)
    meeting = MeetingResult(
        iri=iri,
        rel=resource_rel(iri, job.base),
        body=body,
        date=day,
        whole=doc.whole,
        items=[(r.number, r.title, r.rel) for r in out.items if r.published],
    )
    if doc.whole:
        full = redactor.meeting(kept)
        _render_meeting(job, meeting_doc, meeting, full, output)
        # listed on its page, rendered now: only the parts of a meeting carry theirs on, for merging
        meeting.items = []
    else:
        meeting.shell = meeting_doc
    return meeting


def _failed(job: Job, doc: Document, item: Item, source: str, reason: str) -> ItemResult:
    renderers = _renderers(job.renderers)
    try:
        iri = renderers.item_iri(doc, item, job.config)
        meeting = renderers.meeting_iri(doc, job.config)
    except PaatosdataError:
        iri = meeting = f"{job.base}/_unmapped/{hashlib.sha256(source.encode()).hexdigest()[:16]}"
    return ItemResult(
        iri=iri,
        rel=resource_rel(iri, job.base),
        source=source,
        body=doc.meeting.body.name,
        date=doc.meeting.date.isoformat() if doc.meeting.date else "",
        number=item.number or "",
        title=item.title,
        meeting=meeting,
        reasons=[f"cannot be rendered: {reason}"],
    )


#: The cyclic garbage collector's first threshold in a worker process: an item makes thousands of
#: short-lived containers (none in a cycle), and at Python's default of 700 a young collection ran
#: every few hundred of them, walking whatever was alive at that moment
_YOUNG_COLLECTION = 10_000


@cache
def _settle() -> None:
    """In a worker process, once, after its first batch: move what is alive then (modules, loaded
    renderers) out of the cyclic garbage collector's way; it would otherwise walk those objects
    again and again while items are made. Young collections then run less often."""
    if multiprocessing.parent_process() is not None:
        gc.freeze()
        young, *older = gc.get_threshold()
        if young < _YOUNG_COLLECTION:
            gc.set_threshold(_YOUNG_COLLECTION, *older)


def process_batch(job: Job | JobHandle, tasks: list[str | Document | bytes]) -> list[DocResult]:
    """:func:`process` for each of a batch of inputs.

    ``job`` is a :class:`JobHandle` (which a worker process receives as its job) when nothing was
    pickled on the way: a cluster's worker in this process.
    """
    if isinstance(job, JobHandle):
        job = job.job
    results = [process(job, task) for task in tasks]
    _settle()
    return results


def document_payload(doc: Document) -> bytes:
    """A read document as the bytes :func:`process` takes (what would be pickled for it anyway)."""
    return pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)


def process(job: Job, task: str | Document | bytes) -> DocResult:
    """Publish what one input holds: a path to read, a read document, or its :func:`document_payload`.

    A payload comes from the publishing process itself; its bytes also serve the redaction's
    first look for identity codes.
    """
    pickled = None
    if isinstance(task, bytes):
        pickled = task
        task = pickle.loads(task)
        assert isinstance(task, Document)
    if isinstance(task, Document):
        source = task.source.path if task.source is not None else "<document>"
        out = DocResult(source)
        _document(job, task, source, out, pickled)
        return out
    from paatosdata.parse import read_path

    out = DocResult(task)
    try:
        documents = read_path(Path(task))
    except PaatosdataError as error:
        out.error = error.reason
        return out
    for doc in documents:
        _document(job, doc, task, out)
    return out
