"""The query store: the only module that queries RDF through pyoxigraph.

:func:`open_store` loads a published site (its N-Quads dumps), RDF files or source minutes
(read and mapped to RDF) into an in-memory or on-disk pyoxigraph store. An on-disk store
(``--store DIR``) records what it loaded, so the next query over the same, unchanged inputs
does not load them again; when an input changes, the store is rebuilt.

Nothing is ever fetched: JSON-LD remote contexts are not loaded (pyoxigraph has no document
loader unless one is given) and queries with ``SERVICE`` are refused before they run, because
pyoxigraph would otherwise call the remote endpoint.

Results leave this module either as bytes in the format asked for (:meth:`QueryStore.answer`:
the SPARQL 1.1 JSON, XML, CSV and TSV results formats are written by Oxigraph itself, in Rust,
row by row, and graphs by its RDF serialisers) or as plain Python values (:class:`Term`,
:class:`QueryResult`, from :meth:`QueryStore.query`), so the formatters and the HTTP server never
touch pyoxigraph objects. Turning every row into Python values costs far more than writing it
(measured ≈80 µs against a few µs per row), so a standard format never goes through them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, cast

import pyoxigraph as ox

from paatosdata.config import Config
from paatosdata.errors import ExitStatus, InputError, PaatosdataError
from paatosdata.statistics import STATISTICS_FILE, statistics_triples, store_counts

__all__ = [
    "GRAPH_FORMATS",
    "QueryError",
    "QueryRefused",
    "QueryResult",
    "QueryStore",
    "QueryTimeout",
    "RESULTS_FORMATS",
    "Serialized",
    "Term",
    "collect_inputs",
    "open_store",
    "refuse_remote",
]


class QueryError(PaatosdataError):
    """A query cannot be parsed or evaluated; the message is the parser's, on one line."""


class QueryRefused(PaatosdataError):
    """A query asks for something a read-only, offline store never does (SERVICE, updates)."""


class QueryTimeout(PaatosdataError):
    """A query ran longer than its time limit and was stopped."""

    exit_status = ExitStatus.INTERNAL


#: RDF file suffixes (after an optional ``.gz``) and their pyoxigraph formats.
_RDF_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
#: When one resource is present in several formats (``index.ttl``, ``index.jsonld``…), load one.
_PREFERENCE = [".nq", ".nt", ".trig", ".ttl", ".n3", ".jsonld", ".rdf", ".owl"]
#: Dumps a publisher writes: whole-dataset N-Quads (gzip or not).
_DUMP_SUFFIXES = (".nq.gz", ".nq")

#: Serialisations for CONSTRUCT and DESCRIBE results.
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

#: SELECT and ASK results formats Oxigraph writes itself (``table`` is written by paatosdata.results).
RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}

_MANIFEST = "paatosdata-store.json"
_DB = "oxigraph"
#: 2: the store is compacted once loaded; a store of version 1 is built again.
_MANIFEST_VERSION = 2


# --------------------------------------------------------------------------------------------
# Plain result values
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term as plain values: ``kind`` is ``uri``, ``literal``, ``bnode`` or ``triple``.

    A literal has a ``datatype`` (never ``xsd:string``, which is left implicit) or a
    ``language``; a quoted triple keeps its N-Triples text as ``value``.
    """

    kind: Literal["uri", "literal", "bnode", "triple"]
    value: str
    datatype: str | None = None
    language: str | None = None

    def n3(self) -> str:
        """The term in N-Triples syntax (used by TSV and for comparisons)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return self.value
        text = _escape_literal(self.value)
        if self.language:
            return f'"{text}"@{self.language}'
        if self.datatype:
            return f'"{text}"^^<{self.datatype}>'
        return f'"{text}"'


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_literal(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def _term(value: Any) -> Term:
    if isinstance(value, ox.NamedNode):
        return Term("uri", value.value)
    if isinstance(value, ox.BlankNode):
        return Term("bnode", value.value)
    if isinstance(value, ox.Literal):
        datatype = value.datatype.value
        if value.language:
            return Term("literal", value.value, language=value.language)
        return Term("literal", value.value, None if datatype in (_XSD_STRING, _LANG_STRING) else datatype)
    return Term("triple", str(value))


@dataclass(slots=True)
class QueryResult:
    """What a query gave: a table (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    ``truncated`` is true when a row limit cut the result short.
    """

    kind: Literal["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Term, Term, Term]] = field(default_factory=list)
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Serialized:
    """A query's answer written out: ``kind`` as in :class:`QueryResult`, ``data`` in the format asked.

    ``truncated`` is true when a row limit cut the result short.
    """

    kind: Literal["select", "ask", "graph"]
    data: bytes
    truncated: bool = False


class _OverLimit(Exception):
    """Raised inside Oxigraph's writer when the result may hold more rows than the limit."""


class _RowSink:
    """A binary file for Oxigraph's results writer that keeps the bytes and watches size and time.

    Rows cannot be counted exactly from the bytes without parsing them, but an upper bound is
    cheap: every JSON row opens at least one ``{`` (three more open the document), every CSV and
    TSV row ends a line (one more line is the header), every XML row is one ``<result>`` (markup
    inside values is escaped). When the bound passes the limit the writer is stopped and the caller
    falls back to counting rows one by one. The deadline is checked at every write as well.
    """

    _MARKS: dict[str, tuple[bytes, int]] = {
        "json": (b"{", 3),
        "csv": (b"\n", 1),
        "tsv": (b"\n", 1),
        "xml": (b"<result>", 0),
    }

    def __init__(self, fmt: str, limit: int | None, deadline: float | None) -> None:
        self.parts: list[bytes] = []
        self._mark, self._extra = self._MARKS[fmt]
        self._limit = limit
        self._deadline = deadline
        self._marks = 0
        self._tail = b""

    def write(self, data: bytes) -> int:
        _check_deadline(self._deadline)
        chunk = bytes(data)
        self.parts.append(chunk)
        if self._limit is not None:
            seen = self._tail + chunk
            self._marks += seen.count(self._mark)
            self._tail = seen[len(seen) - len(self._mark) + 1 :] if len(self._mark) > 1 else b""
            if self._marks - self._extra > self._limit:
                raise _OverLimit
        return len(chunk)

    def flush(self) -> None:
        """Nothing to flush: the bytes are kept in memory."""

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


# --------------------------------------------------------------------------------------------
# Refusing what must never run
# --------------------------------------------------------------------------------------------

# Strings, IRIs and comments are blanked out before looking for keywords, so a literal or a
# comment mentioning SERVICE does not trip the check and an IRI cannot hide one.
_LEXICAL_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:.-])", re.IGNORECASE)
_UPDATE = re.compile(
    r"(?<![\w?$:.-])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)(?![\w:.-])", re.IGNORECASE
)


def _strip_noise(query: str) -> str:
    return _LEXICAL_NOISE.sub(" ", query)


def refuse_remote(query: str) -> None:
    """Raise :class:`QueryRefused` when ``query`` would call a remote endpoint (``SERVICE``).

    >>> refuse_remote('SELECT * { ?s ?p "SERVICE" } # SERVICE in a comment')
    >>> refuse_remote("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    paatosdata.store.QueryRefused: SERVICE is not allowed: this store never calls other endpoints ...
    """
    if _SERVICE.search(_strip_noise(query)):
        raise QueryRefused(
            "SERVICE is not allowed: this store never calls other endpoints",
            hint="load the data you need and query it locally",
        )


def looks_like_update(text: str) -> bool:
    """True when ``text`` reads as a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP…).

    >>> looks_like_update("DELETE WHERE { ?s ?p ?o }")
    True
    >>> looks_like_update('SELECT ?x { ?x <http://e/p> "DELETE" }')
    False
    """
    stripped = _strip_noise(text)
    update = _UPDATE.search(stripped)
    if update is None:
        return False
    form = re.search(r"(?<![\w?$:.-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:.-])", stripped, re.IGNORECASE)
    return form is None or update.start() < form.start()


def _one_line(message: str, limit: int = 400) -> str:
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


def _rdf_suffix(path: Path) -> str | None:
    """The RDF suffix of ``path`` (``.nq`` for ``dump.nq.gz``), or None for a non-RDF file."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    return suffix if suffix in _RDF_SUFFIXES else None


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return name.rsplit(".", 1)[0]


def _visible_files(folder: Path) -> list[Path]:
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]


def _is_dump(path: Path) -> bool:
    return path.name.lower().endswith(_DUMP_SUFFIXES)


def _turtle_twin(dump: Path, present: set[Path]) -> Path:
    """The Turtle dump written beside the N-Quads dump ``dump`` (``x.nq.gz`` → ``x.ttl.gz``), if any.

    ``publish`` writes both with the same statements: the N-Quads one graph per resource, the Turtle
    one each statement once. The store keeps no graph names, so the Turtle dump gives the same
    merged graph, and Oxigraph parses it without a Python object per quad (≈2.5× less CPU).
    """
    gzipped = dump.name.lower().endswith(".gz")
    stem = dump.name[: -len(".nq.gz") if gzipped else -len(".nq")]
    twin = dump.with_name(stem + (".ttl.gz" if gzipped else ".ttl"))
    return twin if twin in present else dump


def _site_rdf(folder: Path) -> tuple[list[Path], bool]:
    """RDF files of a site: its dumps when there are any (the Turtle twin of an N-Quads dump, see
    :func:`_turtle_twin`), else one file per resource.

    A folder is a site when it holds dumps or per-resource ``index.*`` RDF files; otherwise
    (an empty list) it is read as a folder of minutes. The flag tells whether the files are dumps.
    """
    files = _visible_files(folder)
    dumps = [p for p in files if _is_dump(p)]
    if dumps:
        present = set(files)
        return [_turtle_twin(p, present) for p in dumps], True
    if not any(p.name.startswith("index.") and _rdf_suffix(p) for p in files):
        return [], False
    best: dict[tuple[Path, str], Path] = {}
    for path in files:
        suffix = _rdf_suffix(path)
        if suffix is None:
            continue
        key = (path.parent, _stem(path))
        current = best.get(key)
        if current is None or _PREFERENCE.index(suffix) < _PREFERENCE.index(_rdf_suffix(current) or ""):
            best[key] = path
    return sorted(best.values()), False


@dataclass(frozen=True, slots=True)
class Input:
    """One file to load: RDF (with its format) or source minutes (read and mapped)."""

    path: Path
    kind: Literal["rdf", "source", "statistics"]


def collect_inputs(paths: Iterable[Path]) -> list[Input]:
    """Expand SITE folders, RDF files and source minutes into the files to load, in order.

    A folder holding N-Quads dumps (``*.nq.gz``/``*.nq``) contributes those dumps only (each as its
    Turtle twin when there is one, see :func:`_turtle_twin`); a site
    folder without dumps contributes one ``index.*`` file per resource (N-Quads over Turtle over
    JSON-LD over RDF/XML); any other folder is read as minutes (its RDF files loaded as they are).

    The published statistics of a site (``statistics.ttl`` beside its dumps) are loaded when that
    one site is all there is to load; otherwise :meth:`QueryStore.load_all` computes them over
    everything loaded, so that counts never mix sources.
    """
    paths = list(paths)
    inputs: list[Input] = []
    for path in paths:
        if path.is_dir():
            rdf, dumps = _site_rdf(path)
            if rdf:
                inputs.extend(Input(p, "rdf") for p in rdf)
                published = path / STATISTICS_FILE
                if len(paths) == 1 and published.is_file() and dumps:
                    inputs.append(Input(published, "statistics"))
                continue
            from paatosdata.parse import iter_inputs

            inputs.extend(Input(p, "rdf" if _rdf_suffix(p) else "source") for p in iter_inputs([path]))
        elif not path.exists():
            raise InputError("no such file or folder", source=str(path))
        elif _rdf_suffix(path) is not None:
            inputs.append(Input(path, "rdf"))
        else:
            inputs.append(Input(path, "source"))
    if not inputs:
        raise InputError(
            "nothing to load",
            source=", ".join(str(p) for p in paths) or None,
            hint="give a published site folder, RDF files (.nq, .ttl, .jsonld…) or minutes",
        )
    return inputs


def _open_maybe_gzip(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _source_quads(path: Path, config: Config | None) -> Iterator[ox.Quad]:
    """Source minutes → model → RDF (through the mapping) → quads in the default graph."""
    from paatosdata import mapping
    from paatosdata.parse import read_path

    for document in read_path(path):
        graph = mapping.document_graph(document, config)
        data = graph.serialize(format="nt", encoding="utf-8")
        yield from (q for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


# --------------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------------


class QueryStore:
    """A pyoxigraph store with the loading and querying rules of paatosdata."""

    def __init__(self, store: ox.Store, path: Path | None = None, config: Config | None = None) -> None:
        self._store = store
        self.path = path
        self.config = config

    @classmethod
    def in_memory(cls) -> QueryStore:
        """An empty in-memory store."""
        return cls(ox.Store())

    @classmethod
    def read_only(cls, path: Path) -> QueryStore:
        """Open the database of an on-disk store (made by :func:`open_store`) for reading."""
        db = path / _DB if (path / _DB).is_dir() else path
        try:
            return cls(ox.Store.read_only(str(db)), path)
        except OSError as exc:
            raise InputError(f"cannot open the store: {_one_line(str(exc))}", source=str(path)) from None

    def __len__(self) -> int:
        return len(self._store)

    def load(self, item: Input) -> None:
        """Load one input; a parse error names the file and is a :class:`InputError`."""
        try:
            if item.kind == "source":
                self._store.bulk_extend(_source_quads(item.path, self.config))
                return
            suffix = _rdf_suffix(item.path) or ".ttl"
            rdf_format = _RDF_SUFFIXES[suffix]
            base = item.path.resolve().as_uri()
            with _open_maybe_gzip(item.path) as stream:
                if rdf_format.supports_datasets:
                    # graph names are dropped: see load_all
                    quads = ox.parse(stream, rdf_format, base_iri=base)
                    self._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
                else:
                    self._store.bulk_load(stream, rdf_format, base_iri=base)
        except (SyntaxError, ValueError, OSError, EOFError, gzip.BadGzipFile) as exc:
            raise InputError(f"cannot load: {_one_line(str(exc))}", source=str(item.path)) from None

    def load_all(self, inputs: Iterable[Input]) -> None:
        """Load every input into the default graph, then flush to disk when the store is persistent.

        Everything goes into one graph, the merge of all inputs, so every triple is there once.
        Named graphs (one per item in a site's dump) are dropped on purpose: pyoxigraph's "union
        default graph" is a bag (a body's name repeated in a thousand item graphs comes back a
        thousand times and joins multiply), and keeping the named graphs beside a merged copy made
        default-graph joins 20-30 times slower in our measurements.

        The statistics (decisions per body and month, :mod:`paatosdata.statistics`) come from a
        site's ``statistics.ttl`` when one is among the inputs, and are otherwise computed over
        the merged graph once everything is loaded, so the example queries that read them answer
        alike over a site and over its sources.

        On disk, the store is compacted (:meth:`pyoxigraph.Store.optimize`) once everything, the
        statistics too, is in: each bulk load leaves its own sorted files in RocksDB, overlapping
        the others, which every index lookup then visits one by one, and a store opened read-only
        never compacts them.
        """
        inputs = list(inputs)
        for item in inputs:
            self.load(item)
        if not any(item.kind == "statistics" for item in inputs):
            self.add_statistics()
        self._store.flush()
        if self.path is not None:
            self._store.optimize()

    def add_statistics(self) -> int:
        """Compute the decisions per body and month over the loaded data and add them; their number."""
        from paatosdata.config import DEFAULT_BASE

        counts = store_counts(self._store)
        if counts:
            base = self.config.base if self.config is not None else DEFAULT_BASE
            self._store.bulk_extend(
                ox.Quad(t.subject, t.predicate, t.object) for t in statistics_triples(base, counts)
            )
        return len(counts)

    def query(
        self,
        text: str,
        limit: int | None = None,
        deadline: float | None = None,
    ) -> QueryResult:
        """Run a read-only SPARQL query over the merged default graph.

        ``limit`` caps the rows (or triples) kept; ``deadline`` (a :func:`time.monotonic` value)
        stops a query whose results take too long to produce. A query busy inside one step
        (a big sort or aggregate) is stopped only by killing its process: see ``paatosdata.serve``.
        """
        _refuse(text)
        try:
            answer = self._store.query(text)
            if isinstance(answer, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(answer))
            if isinstance(answer, ox.QuerySolutions):
                return _select_rows(answer, limit, deadline)
            result = QueryResult("graph")
            for n, triple in enumerate(answer):
                if limit is not None and n >= limit:
                    result.truncated = True
                    break
                _check_deadline(deadline)
                result.triples.append((_term(triple.subject), _term(triple.predicate), _term(triple.object)))
            return result
        except SyntaxError as exc:
            raise QueryError(f"bad query: {_one_line(str(exc), 200)}") from None
        except OSError as exc:
            raise QueryError(f"the query failed: {_one_line(str(exc))}") from None

    def answer(
        self,
        text: str,
        fmt: str = "json",
        graph_format: str = "turtle",
        *,
        prefixes: dict[str, str] | None = None,
        limit: int | None = None,
        deadline: float | None = None,
    ) -> Serialized:
        """Run a read-only query and write its answer: what ``query`` prints and ``serve`` sends.

        SELECT and ASK results come in ``fmt`` (``json``, ``xml``, ``csv``, ``tsv`` written by
        Oxigraph; ``table`` by :mod:`paatosdata.results`), CONSTRUCT and DESCRIBE in
        ``graph_format`` (a key of :data:`GRAPH_FORMATS`; ``prefixes`` used in Turtle and RDF/XML
        where their namespaces occur). ``limit`` and ``deadline`` work as in :meth:`query`: a result
        that may hold more rows than ``limit`` is evaluated again and cut at exactly ``limit`` rows.
        """
        _refuse(text)
        try:
            answer = self._store.query(text)
            if isinstance(answer, ox.QueryBoolean):
                if fmt in RESULTS_FORMATS:
                    return Serialized("ask", answer.serialize(format=RESULTS_FORMATS[fmt]) or b"")
                return Serialized("ask", _formatted(QueryResult("ask", boolean=bool(answer)), fmt, prefixes))
            if isinstance(answer, ox.QuerySolutions):
                if fmt in RESULTS_FORMATS:
                    sink = _RowSink(fmt, limit, deadline)
                    try:
                        answer.serialize(cast("IO[bytes]", sink), format=RESULTS_FORMATS[fmt])
                        return Serialized("select", sink.getvalue())
                    except _OverLimit:
                        del sink
                        # the solutions are used up: evaluate again, counting rows one by one
                        result = self.query(text, limit, deadline)
                        return Serialized("select", _formatted(result, fmt, prefixes), result.truncated)
                result = _select_rows(answer, limit, deadline)
                return Serialized("select", _formatted(result, fmt, prefixes), result.truncated)
            return _graph_answer(answer, graph_format, prefixes, limit, deadline)
        except SyntaxError as exc:
            raise QueryError(f"bad query: {_one_line(str(exc), 200)}") from None
        except OSError as exc:
            raise QueryError(f"the query failed: {_one_line(str(exc))}") from None


def _select_rows(solutions: ox.QuerySolutions, limit: int | None, deadline: float | None) -> QueryResult:
    """SELECT solutions as plain Python rows, at most ``limit`` of them."""
    names = [v.value for v in solutions.variables]
    result = QueryResult("select", variables=names)
    for n, solution in enumerate(solutions):
        if limit is not None and n >= limit:
            result.truncated = True
            break
        _check_deadline(deadline)
        result.rows.append(
            tuple(None if solution[i] is None else _term(solution[i]) for i in range(len(names)))
        )
    return result


def _refuse(text: str) -> None:
    """Raise :class:`QueryRefused` for SERVICE and for updates."""
    refuse_remote(text)
    if looks_like_update(text):
        raise QueryRefused(
            "updates are not allowed: this store is read-only",
            hint="use SELECT, ASK, CONSTRUCT or DESCRIBE",
        )


def _formatted(result: QueryResult, fmt: str, prefixes: dict[str, str] | None) -> bytes:
    from paatosdata.results import format_result

    return format_result(result, fmt, prefixes).encode("utf-8")


def _graph_answer(
    triples: ox.QueryTriples,
    graph_format: str,
    prefixes: dict[str, str] | None,
    limit: int | None,
    deadline: float | None,
) -> Serialized:
    """CONSTRUCT/DESCRIBE triples written by Oxigraph, cut at ``limit`` triples."""
    rdf_format = GRAPH_FORMATS[graph_format]
    kept: list[ox.Triple] = []
    truncated = False
    for n, triple in enumerate(triples):
        if limit is not None and n >= limit:
            truncated = True
            break
        _check_deadline(deadline)
        kept.append(triple)
    used = None
    if prefixes and rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        iris = {t.value for triple in kept for t in triple if isinstance(t, ox.NamedNode)}
        iris |= {t.datatype.value for triple in kept for t in triple if isinstance(t, ox.Literal)}
        used = {k: v for k, v in prefixes.items() if any(iri.startswith(v) for iri in iris)} or None
    data = ox.serialize(kept, format=rdf_format, prefixes=used)
    assert data is not None
    return Serialized("graph", data, truncated)


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise QueryTimeout("the query took too long and was stopped", hint="narrow it or add a LIMIT")


# --------------------------------------------------------------------------------------------
# Persistent stores and what they loaded
# --------------------------------------------------------------------------------------------


def _fingerprint(path: Path) -> dict[str, Any]:
    stat = path.stat()
    return {"path": str(path.resolve()), "mtime_ns": stat.st_mtime_ns, "size": stat.st_size}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest_matches(recorded: dict[str, Any], inputs: list[Input]) -> bool:
    """True when the recorded loads are exactly ``inputs`` and none changed (mtime, else hash)."""
    entries = recorded.get("inputs")
    if recorded.get("version") != _MANIFEST_VERSION or not isinstance(entries, list):
        return False
    if len(entries) != len(inputs):
        return False
    for entry, item in zip(entries, inputs, strict=True):
        now = _fingerprint(item.path)
        if entry.get("path") != now["path"] or entry.get("kind") != item.kind:
            return False
        if entry.get("size") != now["size"]:
            return False
        if entry.get("mtime_ns") != now["mtime_ns"] and entry.get("sha256") != _sha256(item.path):
            return False
    return True


def _write_manifest(folder: Path, inputs: list[Input], triples: int) -> None:
    entries = [{**_fingerprint(i.path), "kind": i.kind, "sha256": _sha256(i.path)} for i in inputs]
    manifest = {"version": _MANIFEST_VERSION, "quads": triples, "inputs": entries}
    (folder / _MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")


@dataclass(slots=True)
class Opened:
    """An opened store and whether it was (re)loaded now."""

    store: QueryStore
    loaded: bool


def prepare_store_dir(folder: Path, inputs: list[Input], config: Config | None = None) -> bool:
    """Make ``folder`` an up-to-date on-disk store of ``inputs``; True when it was (re)loaded.

    A folder that exists and is neither empty nor a paatosdata store is refused, never cleared.
    """
    manifest_path = folder / _MANIFEST
    if folder.exists() and not folder.is_dir():
        raise InputError("the store path is a file", source=str(folder), hint="give a folder for --store")
    if folder.is_dir() and any(folder.iterdir()) and not manifest_path.is_file():
        raise InputError(
            "this folder is not a paatosdata store and is not empty",
            source=str(folder),
            hint="give an empty or new folder for --store",
        )
    if manifest_path.is_file():
        try:
            recorded = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = {}
        if isinstance(recorded, dict) and _manifest_matches(recorded, inputs):
            return False
        manifest_path.unlink()
        shutil.rmtree(folder / _DB, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        writable = ox.Store(str(folder / _DB))
    except OSError as exc:
        raise InputError(f"cannot open the store: {_one_line(str(exc))}", source=str(folder)) from None
    store = QueryStore(writable, folder, config)
    store.load_all(inputs)
    count = len(store)
    del store, writable
    _write_manifest(folder, inputs, count)
    return True


def open_store(paths: Iterable[Path], store_dir: Path | None = None, config: Config | None = None) -> Opened:
    """Load ``paths`` (site folders, RDF files, minutes) into a store ready to query.

    Without ``store_dir`` the store lives in memory; with it, it is kept on disk and reused
    while the inputs stay the same. ``config`` sets the base IRI used when mapping minutes.
    """
    inputs = collect_inputs(list(paths))
    if store_dir is None:
        store = QueryStore(ox.Store(), None, config)
        store.load_all(inputs)
        return Opened(store, True)
    loaded = prepare_store_dir(store_dir, inputs, config)
    return Opened(QueryStore.read_only(store_dir), loaded)
