"""Publish a corpus as a static linked-data site: the orchestration of one publish run.

1. stage: a hidden sibling folder starts as a hard-link copy of the current site;
2. items: every input is read, validated, redacted and rendered by the same batch function, in
   this process, on ``jobs`` local processes or on a Dask cluster (``scheduler``), each resource's
   files written into the staging folder (which Dask workers must share);
3. meetings assembled from their items, duplicates and conflicts resolved;
4. dumps, VoID, DCAT-AP catalog, change feed, coverage, landing page, nginx config, vocabulary;
5. files no longer produced are removed and the staging folder is swapped in atomically.

The dumps are written during step 2, as the results arrive (while the workers still work), taking
every resource read so far for published; step 3 then tells whether that gave the dumps the exact
pass over the final set of resources gives (:class:`~paatosdata.publish.dumps.DumpWriter`). When a
duplicate or conflicting input, or a meeting that cannot be merged, changes them, they are written
again from the graphs the N-Quads dump holds (read back from it) and those spooled since.

This process holds nothing per item: each result's N-Triples go to the dumps as it arrives, and
its summary to a ledger sorted by IRI in runs on disk (:mod:`paatosdata.publish.spill`); one pass over
the sorted ledger resolves duplicates, counts coverage per body and meeting and yields the new feed
state in IRI order, which is merged with the previous state read line by line; the counts per meeting
go to disk too and coverage.json is written streaming. What stays in memory grows with bodies (and
their months) and with the inputs held back, plus 8 bytes per published resource (the digests of
their IRIs, for the dumps and for pruning).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import heapq
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import chain, count, groupby
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import IO

from paatosdata import model
from paatosdata.config import Config
from paatosdata.errors import EnvironmentProblem, PaatosdataError
from paatosdata.model import Document, Item
from paatosdata.publish import atomic, redact, worker
from paatosdata.publish.attendance import Attendances
from paatosdata.publish.coverage import Coverage, level_label
from paatosdata.publish.dcat import CatalogInfo, Extra, catalog_graph
from paatosdata.publish.dumps import DumpStats, DumpWriter, GraphPlan, sha256_file, write_dumps
from paatosdata.publish.fastpickle import by_field_values, dataclasses_of
from paatosdata.publish.feed import Entry, State, diff, load_state, write_feed
from paatosdata.publish.landing import landing_page
from paatosdata.publish.layout import inside_path
from paatosdata.publish.nginx import nginx_conf
from paatosdata.publish.pages import REPRESENTATIONS
from paatosdata.publish.rdfio import ox_triples, serialize
from paatosdata.publish.redact import guard
from paatosdata.publish.render import DEFAULT_RENDERERS
from paatosdata.publish.spill import KeySet, SortedSpill, Tape, read_tape
from paatosdata.publish.verdict import DEFAULT_VALIDATOR
from paatosdata.publish.vocab import publish_vocabulary
from paatosdata.publish.void import statistics_extra, void_graph
from paatosdata.publish.worker import (
    DocResult,
    Job,
    JobHandle,
    MeetingResult,
    document_payload,
    process_batch,
    render_meeting,
)
from paatosdata.runner import Pending, Workers, batched
from paatosdata.statistics import STATISTICS_FILE, DecisionTally, statistics_turtle

__all__ = ["DEFAULT_PERSONAL_DATA_DAYS", "Options", "Summary", "publish"]

# the documents sent to worker processes, their results and the ledger: pickled as field values
by_field_values(dataclasses_of(model, worker, redact))

#: Days after the decision (publication, else meeting date) after which personal data of private
#: persons is removed: 7 days until deemed notified + 30 days of appeal (KuntaL 140 §).
DEFAULT_PERSONAL_DATA_DAYS = 37

Progress = Callable[[int, int, int], None]
#: Most inputs handed to a worker at once. Up to ``2 × jobs`` batches are in flight and the results
#: of a finished batch wait whole in this process until their turn (a minutes of ten items gives
#: about 0.4 MB of results), so a batch is kept small: a few hundred milliseconds of work each
_BATCH = 4


@dataclass(slots=True)
class Options:
    """How to publish.

    ``now`` is the publish's clock: personal-data periods are counted to its day and feed events record
    it. An Akoma Ntoso file's transform date is the day its current content was first written
    (:mod:`paatosdata.publish.manifestation`), so a later day alone changes no byte.
    """

    config: Config = field(default_factory=Config)
    base: str | None = None
    now: datetime | None = None
    allow_invalid: bool = False
    jobs: int = 1
    scheduler: str | None = None  # a Dask scheduler address (tcp://host:port); workers share the disk
    personal_data_days: int = DEFAULT_PERSONAL_DATA_DAYS
    validator: str | None = DEFAULT_VALIDATOR
    renderers: str = DEFAULT_RENDERERS
    sparql_endpoint: str | None = None
    progress: Progress | None = None


@dataclass(slots=True)
class Summary:
    """The outcome of a publish."""

    site: Path
    coverage: Coverage
    stats: DumpStats
    meetings: int
    events: int


#: Container objects allocated (net) before the cyclic garbage collector looks at the youngest ones,
#: in this process while results arrive: each look walks every young object, and the results, the
#: ledger's runs and the dumps' lines are all young for a while (the default is 700)
_GC_YOUNG = 20_000


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Keep the cyclic garbage collector out of the way of this process until the end of the block.

    What is alive at the start (modules, the workers' handles) goes where no collection walks it
    again (:func:`gc.freeze`, unless something froze objects already), and the youngest objects
    are looked at less often; both are undone at the end. Entered once the worker processes are
    running, so that they keep their own settings. Garbage is collected before the freeze: frozen,
    it would outlive the block and be collected later on whatever thread runs a collection then
    (some objects, pyoxigraph's query results among them, may only be dropped on their own thread).
    """
    before = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.collect()
        gc.freeze()
    gc.set_threshold(_GC_YOUNG, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if freeze:
            gc.unfreeze()


def _timestamp(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


def _results(
    workers: Workers,
    job: Job,
    tasks: Iterable[str | Document],
    total: int | None,
    then: Callable[[], object] | None = None,
) -> Iterator[DocResult]:
    """Results in input order, from batches run on ``workers``; ``then()`` once every batch is handed out."""
    size = _BATCH if total is None else max(1, min(_BATCH, total // (workers.jobs * 4) or 1))
    if workers.local:
        for batch in workers.map_ordered(partial(process_batch, job), batched(tasks, size), then):
            yield from batch
        return
    # the job goes to each worker process once; a read document crosses as its pickled bytes, which
    # the worker reuses
    work = partial(process_batch, JobHandle(job))
    sent = (document_payload(t) if isinstance(t, Document) else t for t in tasks)
    for batch in workers.map_ordered(work, batched(sent, size), then):
        yield from batch


class _Spool:
    """The graphs for the dumps: each handed to ``writer`` as it comes while there is one (the dumps
    written as the results arrive), the later ones (meetings merged from their parts) kept on disk
    until the final owners are known. Should the ledger find that the early dumps differ from what
    the exact pass gives, the writer gives its graphs back (:meth:`DumpWriter.written`) and the
    dumps are written again from those and the ones kept here.
    """

    def __init__(
        self, root: Path, writer: DumpWriter | None = None, tally: DecisionTally | None = None
    ) -> None:
        self.root = str(root)
        self.handle: IO[bytes] = tempfile.TemporaryFile()
        self.writer = writer
        self.tally = tally  # counts what goes to ``writer``
        self.attendances = Attendances()  # of meetings whose document's graph is left out

    def add(self, iri: str, ntriples: bytes, rel: str, plan: GraphPlan | None = None) -> None:
        if self.writer is None:
            pickle.dump((iri, ntriples, rel), self.handle, protocol=pickle.HIGHEST_PROTOCOL)
            return
        self.writer.add(iri, ntriples, self._turtle(rel), plan)
        if self.tally is not None:
            if plan is not None:
                self.tally.add_keys(plan.decisions, ntriples)
            else:
                self.tally.add(iri, ntriples)

    def _turtle(self, rel: str) -> str:
        return inside_path(self.root, rel) + "/index.ttl"

    def records(
        self,
        skip: set[str],
        once: set[str],
        early: Iterable[tuple[str, bytes, str]] = (),
        attendance: Container[str] = (),
    ) -> Iterator[tuple[str, bytes, str]]:
        """``early`` (the graphs the writer was given, as it gives them back), then the graphs kept
        here; but those in ``skip``, and of those in ``once`` (read twice alike) the first.

        Each with the path of its Turtle file in the staging folder, for the Turtle dump. Of the
        graphs skipped that are in ``attendance``, the attendance goes to :attr:`attendances`, and
        after every graph comes each meeting's attendance graph (no Turtle file).
        """
        seen: set[str] = set()
        for record in chain(early, self._kept()):
            iri = record[0]
            if iri in skip:
                if iri in attendance:
                    self.attendances.add(iri, record[1])
                continue
            if iri in once:
                if iri in seen:
                    continue
                seen.add(iri)
            yield record
        for meeting, ntriples in self.attendances.graphs():
            yield meeting, ntriples, ""

    def _kept(self) -> Iterator[tuple[str, bytes, str]]:
        self.handle.seek(0)
        while True:
            try:
                iri, data, rel = pickle.load(self.handle)
            except EOFError:
                return
            yield iri, data, self._turtle(rel)


def _inputs(sources: Iterable[Path | Document]) -> tuple[Iterable[str | Document], int | None]:
    """The inputs as tasks, and how many there are: paths are listed, documents stream through."""
    from paatosdata.parse import iter_inputs

    if isinstance(sources, list | tuple) and not any(isinstance(s, Document) for s in sources):
        paths = [str(p) for source in sources for p in iter_inputs([Path(source)])]
        return paths, len(paths)

    def tasks() -> Iterator[str | Document]:
        for source in sources:
            if isinstance(source, Document):
                yield source
            else:
                yield from (str(p) for p in iter_inputs([Path(source)]))

    return tasks(), None


def _prune(staging: Path, keep_dirs: KeySet, keep_top: set[str]) -> None:
    """Remove every file the new site does not produce (left over from the previous one)."""
    names = set(REPRESENTATIONS)
    for dirpath, _dirnames, filenames in os.walk(staging, topdown=False):
        folder = Path(dirpath)
        rel = folder.relative_to(staging).as_posix()
        top = rel.split("/", 1)[0] if rel != "." else ""
        for name in filenames:
            if (rel == "." and name in keep_top) or top in keep_top:
                continue
            if name in names and rel.encode() in keep_dirs:
                continue
            (folder / name).unlink()
        if rel != "." and not any(folder.iterdir()):
            folder.rmdir()


def publish(sources: Iterable[Path | Document], site: Path, options: Options | None = None) -> Summary:
    """Publish ``sources`` (paths or read documents) as a static site in ``site``.

    When the disk fills up or the output cannot be written, the half-built copy is removed, the
    previous site is left exactly as it was, and an :class:`EnvironmentProblem` says what failed.
    """
    try:
        return _publish(sources, site, options)
    except OSError as exc:
        atomic.discard(site.absolute())
        where = exc.filename if isinstance(exc.filename, str) else str(site)
        raise EnvironmentProblem(
            f"cannot write the site: {exc.strerror or exc}",
            source=where,
            hint="nothing was published; the previous site is unchanged",
        ) from None


#: Ledger records of the items and meetings held in memory before a sorted run goes to disk
LEDGER_RUN = 4000

#: What deciding on an item needs of its result, as a tuple of plain values (which pickles to the
#: ledger's runs and back without a call per object): see :data:`_ItemValues`
_item_values = attrgetter(
    "published",
    "digest",
    "rel",
    "source",
    "body",
    "meeting",
    "date",
    "number",
    "title",
    "reasons",
    "level",
    "redaction.personal_data",
)
#: published, digest, rel, source, body, meeting, date, number, title, reasons, level, redacted
_ItemValues = tuple[bool, str, str, str, str, str, str, str, str, list[str], int | None, bool]
#: An item in the ledger: its IRI, its place in the reading order, its values. Sorted as tuples,
#: records compare by IRI and then by place (never further: the place is unique), so those of one
#: IRI stay in the order read and no key function is called
_ItemRecord = tuple[str, int, _ItemValues]
#: A resource of the new feed state as the ledger writes it: its IRI, then an :class:`Entry`'s
#: values (sorted as tuples: by IRI, unique)
_StateRow = tuple[str, str, str, str, str, str, str, bool, bool]
_iri = attrgetter("iri")
_by_iri = itemgetter(0)
_values = itemgetter(2)


@dataclass(slots=True)
class _Outcome:
    """What the sorted pass over the ledger found (bounded: no per-item collections)."""

    items: int = 0
    meetings: int = 0
    first_date: str | None = None
    last_date: str | None = None
    examples: list[str] = field(default_factory=list)
    skip: set[str] = field(default_factory=set)
    once: set[str] = field(default_factory=set)  # published, but read (and spooled) more than once
    skipped_rels: set[str] = field(default_factory=set)
    # meetings whose document's graph is left out (its inputs disagree), its attendance published alone
    attendance: set[str] = field(default_factory=set)
    owners: KeySet = field(default_factory=KeySet)
    # the dumps written as the results arrived hold a graph to leave out or to write once only,
    # or take a resource for published that is not: they are written again from the spool
    dumps_differ: bool = False
    keep_dirs: KeySet = field(default_factory=KeySet)
    item_state: Tape[_StateRow] = field(default_factory=Tape)
    meeting_state: Tape[_StateRow] = field(default_factory=Tape)

    def date(self, day: str) -> None:
        if day:
            if self.first_date is None or day < self.first_date:
                self.first_date = day
            if self.last_date is None or day > self.last_date:
                self.last_date = day


def _decide_items(iri: str, group: list[_ItemValues], coverage: Coverage, out: _Outcome) -> None:
    """Publish, hold or (when inputs disagree) skip the item ``iri`` read from ``group``."""
    published, digest, rel, source, body, meeting, date, number, title, reasons, level, redacted = group[0]
    if len(group) > 1:
        digests = {g[1] for g in group if g[0]}
        if len(digests) > 1 or digests and not all(g[0] for g in group):
            out.skip.add(iri)
            out.dumps_differ = True
            out.skipped_rels.update(g[2] for g in group)
            sources_list = ", ".join(sorted(g[3] for g in group))
            for g in group:
                coverage.count(g[4], g[5], g[6], False, g[3])
            coverage.hold(
                iri,
                sources_list,
                body,
                date,
                number,
                title,
                [f"{len(group)} inputs give this IRI different content: {sources_list}"],
            )
            return
    coverage.count(body, meeting, date, published, source)
    if len(group) > 1:
        out.once.add(iri)
        # every input gave the same; published, each was spooled
        out.dumps_differ |= published
    if not published:
        coverage.hold(iri, source, body, date, number, title, reasons)
        return
    out.items += 1
    out.date(date)
    if len(out.examples) < 3:
        out.examples.append(iri)
    out.owners.add(iri.encode())
    out.keep_dirs.add(rel.encode())
    if level is not None:
        coverage.levels[level_label(level)] += 1
    if reasons:
        coverage.flag(iri, source, reasons)
    out.item_state.add((iri, digest, "item", body, date, number, title, redacted, False))


def _decide_meeting(
    job: Job, iri: str, parts: list[MeetingResult], spool: _Spool, out: _Outcome, coverage: Coverage
) -> None:
    """Publish the meeting ``iri``: as rendered from whole minutes, or merged from its parts.

    A meeting that cannot be rendered (say its date is unknown, which Akoma Ntoso needs) is left
    out and listed with its reason; its items carry their own reasons.
    """
    whole = [p for p in parts if p.whole]
    if whole:
        if len({p.digest for p in whole}) > 1:
            out.skip.add(iri)
            out.attendance.add(iri)
            out.dumps_differ = True
            reason = (
                f"{len(whole)} inputs give this meeting different content; only its attendance is published"
            )
            coverage.unreadable.append({"path": iri, "reason": reason})
            return
        if len(whole) > 1:
            out.once.add(iri)
            out.dumps_differ = True
        meeting = whole[0]
    else:
        meeting = parts[0]
        assert meeting.shell is not None
        stubs: dict[str, Item] = {}
        listing: dict[str, tuple[str, str, str]] = {}
        for part in parts:
            assert part.shell is not None
            for stub in part.shell.items:
                stubs.setdefault(stub.number or stub.agenda_number or stub.title, stub)
            for entry in part.items:
                # the parts list the items their input published; drop those skipped as conflicting
                if entry[2] not in out.skipped_rels:
                    listing.setdefault(entry[2], entry)
        shell = dataclasses.replace(meeting.shell, items=sorted(stubs.values(), key=_item_order))
        meeting.items = sorted(listing.values(), key=lambda e: _number_key(e[0]))
        try:
            render_meeting(job, shell, meeting, None)
        except PaatosdataError as error:
            reason = f"the meeting cannot be rendered: {error.reason}"
            coverage.unreadable.append({"path": iri, "reason": reason})
            out.skip.add(iri)
            out.dumps_differ = True
            return
        if meeting.ntriples:
            spool.add(meeting.iri, meeting.ntriples, meeting.rel)
    out.meetings += 1
    if out.meetings == 1:
        out.examples.append(iri)
    out.owners.add(iri.encode())
    out.keep_dirs.add(meeting.rel.encode())
    title = f"{meeting.body} {meeting.date}".strip()
    out.meeting_state.add(
        (iri, meeting.digest, "meeting", meeting.body, meeting.date, "", title, False, False)
    )


def _publish(sources: Iterable[Path | Document], site: Path, options: Options | None) -> Summary:
    options = options or Options()
    # the worker processes (or the Dask client) stay for the whole run: after the last batch, workers
    # left idle write the vocabulary and (local processes) the feed while this one finishes the dumps
    with Workers(options.jobs, options.scheduler) as workers:
        return _publish_on(workers, sources, site, options)


def _publish_on(
    workers: Workers, sources: Iterable[Path | Document], site: Path, options: Options
) -> Summary:
    base = (options.base or options.config.base).rstrip("/")
    config = dataclasses.replace(options.config, base=base)
    now = options.now or datetime.now().astimezone()
    site = site.absolute()
    had_site = site.is_dir()
    staging = atomic.stage(site)
    root = staging.root
    old_state = load_state(root)
    job = Job(
        staging=str(root),
        base=base,
        config=config,
        now=now.date(),
        personal_data_days=options.personal_data_days,
        allow_invalid=options.allow_invalid,
        validator=options.validator,
        renderers=options.renderers,
    )
    tasks, total = _inputs(sources)
    coverage = Coverage(validated=options.validator is not None)
    # The dumps are written as the results arrive, taking every resource read so far for published
    # (each result's before its graphs). That is what the exact pass after the ledger would have
    # written unless the ledger drops a graph or a resource, or a graph asked about a resource that
    # came later: then the dumps are written again from the spool.
    writer = DumpWriter(root)
    # decisions per body and month, counted on the graphs as the dumps take them
    tally = DecisionTally()
    spool = _Spool(root, writer, tally)
    vocabulary: list[Pending[list[Extra]]] = []
    feed: _FeedTask | None = None

    def hand_out() -> None:
        """Once every batch is handed out: the vocabulary (in-process: where it always was)."""
        vocabulary.append(workers.submit(publish_vocabulary, root))

    # with worker processes on this machine, one of them reads the new feed state from named files
    named = not (workers.local or workers.scheduler)
    out = _Outcome(item_state=Tape(named=named), meeting_state=Tape(named=named))
    tuned = contextlib.ExitStack()
    try:
        # Every item and meeting read goes to a ledger sorted on disk by IRI: inputs giving the same IRI
        # meet there, and the feed is a merge of sorted streams. Nothing here grows with the corpus.
        items: SortedSpill[_ItemRecord] = SortedSpill(None, LEDGER_RUN)
        place = count()
        # a meeting's record holds its shell document (the meeting and its stub items), ten or more
        # times an item's: fewer of them are held at once, in a run and in a chunk being merged
        meetings: SortedSpill[MeetingResult] = SortedSpill(_iri, LEDGER_RUN // 10, chunk=16)
        done = read = 0
        for result in _results(workers, job, tasks, total, hand_out):
            done += 1
            if done == 1:
                # the worker processes started with the first batch
                tuned.enter_context(_fewer_collections())
            read += len(result.items)
            if result.error is not None:
                coverage.unreadable.append({"path": result.path, "reason": result.error})
            writer.learn(
                chain((i.iri for i in result.items if i.published), (m.iri for m in result.meetings))
            )
            for item in result.items:
                if item.published:
                    spool.add(item.iri, item.ntriples, item.rel, item.plan)
            # (``place`` goes on for ever: the IRIs end the zip)
            items.extend(zip(map(_iri, result.items), place, map(_item_values, result.items), strict=False))
            for meeting in result.meetings:
                if meeting.whole and meeting.ntriples:
                    spool.add(meeting.iri, meeting.ntriples, meeting.rel, meeting.plan)
                    meeting.ntriples = b""
                meeting.plan = None
                meetings.add(meeting)
            if options.progress is not None:
                options.progress(done, total or 0, read)

        # graphs spooled from here on (meetings merged from their parts) wait for the final owners
        spool.writer = None
        writer.final(out.owners)
        for iri, records in groupby(items, key=_by_iri):
            _decide_items(iri, list(map(_values, records)), coverage, out)
        for iri, parts in groupby(meetings, key=_iri):
            _decide_meeting(job, iri, list(parts), spool, out, coverage)
        feed = _FeedTask(workers, root, base, old_state, out, _timestamp(now))

        if out.dumps_differ or not writer.holds():
            early = writer.written()  # the early dumps given up, their graphs read back
            tally = DecisionTally()  # counted again, on exactly the graphs written
            graphs = spool.records(out.skip, out.once, early, out.attendance)
            stats = write_dumps(root, tally.tap(graphs), out.owners)
        else:
            for record in tally.tap(spool.records(out.skip, out.once)):
                writer.add(*record)
            stats = writer.finish()
        for node in spool.attendances.differing:
            reason = "the inputs give this meeting different attendances: none is published"
            coverage.unreadable.append({"path": node, "reason": reason})
        # the rest of the site is described while the feed is still being written
        _describe(root, base, config, options, stats, tally, out, coverage, vocabulary[0])
        events = feed.result()
    except BaseException:
        writer.discard()
        raise
    finally:
        tuned.close()
        spool.handle.close()
        out.item_state.close()
        out.meeting_state.close()
        if feed is not None:
            feed.drop()
    if had_site or out.skip:
        keep_top = {
            "feed",
            "ontology",
            "shapes",
            "index.html",
            "catalog.ttl",
            "catalog.jsonld",
            "void.ttl",
            STATISTICS_FILE,
            "coverage.json",
            "nginx.conf",
            "SHA256SUMS",
            *(f.name for f in stats.files),
        }
        _prune(root, out.keep_dirs, keep_top)
    atomic.commit(staging, site)
    return Summary(site, coverage, stats, out.meetings, events)


def _describe(
    root: Path,
    base: str,
    config: Config,
    options: Options,
    stats: DumpStats,
    tally: DecisionTally,
    out: _Outcome,
    coverage: Coverage,
    vocabulary: Pending[list[Extra]],
) -> None:
    """Write what describes the site once the dumps are in place: checksums, statistics, VoID, the
    DCAT-AP catalog, coverage, the landing page and the nginx configuration."""
    sums = "".join(f"{f.sha256}  {f.name}\n" for f in stats.files)
    atomic.write_if_changed(root / "SHA256SUMS", sums.encode())

    period = (out.first_date, out.last_date)
    vocabularies = [f"{base}/ontology/", "http://data.europa.eu/eli/ontology#", "http://purl.org/dc/terms/"]
    statistics = statistics_turtle(base, tally.counts)
    atomic.write_if_changed(root / STATISTICS_FILE, statistics.data)
    void = ox_triples(
        void_graph(base, stats, out.examples, vocabularies, options.sparql_endpoint, statistics.triples),
        "void",
    )
    atomic.write_if_changed(root / "void.ttl", serialize(void, "ttl"))
    extras = vocabulary.result()
    extras.append(statistics_extra(root))
    extras.append(
        Extra(
            "void.ttl",
            "VoID description",
            "text/turtle",
            (root / "void.ttl").stat().st_size,
            sha256_file(root / "void.ttl"),
        )
    )
    info = CatalogInfo(
        base=base,
        publisher=config.publisher_name,
        licence=config.licence,
        contact_email=config.publisher_email,
        municipality=config.municipality_name,
        start=period[0],
        end=period[1],
        items=out.items,
        meetings=out.meetings,
        sparql_endpoint=options.sparql_endpoint,
        levels=dict(coverage.levels),
    )
    catalog = ox_triples(catalog_graph(info, stats.files, extras), "catalog")
    atomic.write_if_changed(root / "catalog.ttl", serialize(catalog, "ttl"))
    atomic.write_if_changed(root / "catalog.jsonld", serialize(catalog, "jsonld"))
    coverage.write(root / "coverage.json", guard)
    title = f"paatosdata – {config.municipality_name}" if config.municipality_name else "paatosdata"
    landing = landing_page(base, title, coverage, stats, out.meetings, period, tally)
    atomic.write_if_changed(root / "index.html", guard(landing))
    atomic.write_if_changed(root / "nginx.conf", nginx_conf(base).encode())


def _entries(rows: Iterable[_StateRow]) -> Iterator[tuple[str, Entry]]:
    """The IRI and :class:`Entry` of each state row."""
    for row in rows:
        yield row[0], Entry(*row[1:])


def _feed(root: Path, base: str, old: State, new: Iterable[_StateRow], when: str) -> int:
    """Write the change feed from the new state (sorted by IRI); the number of its events."""
    return write_feed(root, base, diff(old.resources(), _entries(new)), old.counters, when)


def _feed_from(root: Path, base: str, old: State, paths: list[str], when: str) -> int:
    """:func:`_feed` on a worker process: the new state merged from the sealed tapes at ``paths``."""
    return _feed(root, base, old, heapq.merge(*map(read_tape, paths)), when)


class _FeedTask:
    """The change feed, written on a local worker process while this one finishes the dumps.

    With worker processes on this machine the tapes of the new state (named files) are sealed and
    a worker reads them; in-process (and on Dask, where a worker may not see this machine's
    temporary files) the feed is written here when its result is asked for, as the last step of
    the dumps' part.
    """

    def __init__(self, workers: Workers, root: Path, base: str, old: State, out: _Outcome, when: str) -> None:
        self.paths: list[str] = []
        self.pending: Pending[int] | None = None
        if out.item_state.path is None or out.meeting_state.path is None:
            new = heapq.merge(out.item_state, out.meeting_state)
            self.here = partial(_feed, root, base, old, new, when)
            return
        self.paths = [out.item_state.seal(), out.meeting_state.seal()]
        self.pending = workers.submit(_feed_from, root, base, old, self.paths, when)

    def result(self) -> int:
        """The number of feed events (the feed written)."""
        try:
            return self.here() if self.pending is None else self.pending.result()
        finally:
            self.drop()

    def drop(self) -> None:
        """Remove the tapes' files (once the worker is done with them, or the run failed)."""
        for path in self.paths:
            with contextlib.suppress(OSError):
                os.unlink(path)
        self.paths = []


def _number_key(number: str) -> tuple[int, str]:
    digits = "".join(c for c in number if c.isdigit())
    return (int(digits) if digits else 1 << 30, number)


def _item_order(item: object) -> tuple[int, str]:
    number = getattr(item, "number", None) or getattr(item, "agenda_number", None) or ""
    return _number_key(str(number))


def remove_tree(path: Path) -> None:
    """Remove a folder tree (used by tests and benchmarks)."""
    shutil.rmtree(path, ignore_errors=True)
