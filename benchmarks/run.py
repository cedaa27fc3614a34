"""One command for every figure: parse, convert, check, publish and query, against a naive baseline.

    python -m benchmarks.run                          # sizes 1000,10000 (``make bench``)
    python -m benchmarks.run --sizes 1000,10000,100000 --jobs 2 --skip-naive-above 10000

For each size, invented items (``benchmarks.generate``) go through every stage, each stage in a
fresh process so that its peak memory is its own (``ru_maxrss`` of the process and of its largest
worker; ``tree_peak_mb`` adds them, an upper bound of what the process tree held at once):

* parse: the corpus as one Turtle file per minutes, read by pyoxigraph one file at a time against
  rdflib reading every file into one graph;
* convert: each minutes mapped and written as Turtle and N-Triples through pyoxigraph against the
  naive whole-graph path (every item in one rdflib graph, written by rdflib's serializers);
* check: :func:`paatosdata.checking.check_documents` in batches (``--jobs 1`` and ``--jobs N``)
  against one pySHACL call over the whole graph;
* publish: the whole pipeline (map, check, redact, render every page, dumps, catalog, feed) with
  ``--jobs 1`` and ``--jobs N``, against the naive pipeline (one rdflib graph → one pySHACL call →
  rdflib's Turtle and N-Triples serializers), which does far less (no pages, no per-item files);
* query: the published N-Quads dump loaded into pyoxigraph and the queries of
  ``examples/queries/*.rq`` (or two built-in ones) run, against rdflib loading and querying the same.

Figures are printed beside the baseline with their ratio, with the 1 → N worker scaling, and written as
JSON to ``benchmarks/results/<timestamp>.json``. Noise on a shared machine is ±10-25 %: compare ratios
from one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.check_bench import _cpu_seconds, _peak_mb, run_batched
from benchmarks.generate import generate_documents

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
QUERIES = REPO / "examples" / "queries"
NOW = datetime(2026, 6, 30, tzinfo=UTC)

#: used when examples/queries/ holds no query
BUILTIN_QUERIES = {
    "decisions-per-body": """PREFIX pd: <https://w3id.org/paatosdata/def#>
SELECT ?body (COUNT(?d) AS ?n) WHERE { ?d a pd:Decision ; pd:decidedBy ?body }
GROUP BY ?body ORDER BY ?body""",
    "text-search": """PREFIX pd: <https://w3id.org/paatosdata/def#>
SELECT ?d ?title WHERE { ?d a pd:Decision ; pd:title ?title FILTER(CONTAINS(LCASE(?title), "hankinta")) }
ORDER BY ?d""",
}


def _memory(jobs: int = 1) -> dict[str, float]:
    own = _peak_mb(resource.RUSAGE_SELF)
    worker = _peak_mb(resource.RUSAGE_CHILDREN)
    return {
        "peak_mb": round(own, 1),
        "worker_peak_mb": round(worker, 1),
        "tree_peak_mb": round(own + worker * jobs if worker else own, 1),
        "cpu_seconds": round(_cpu_seconds(resource.RUSAGE_SELF) + _cpu_seconds(resource.RUSAGE_CHILDREN), 2),
    }


def _figures(items: int, seconds: float, jobs: int = 1, **extra: Any) -> dict[str, Any]:
    return {"items": items, "seconds": round(seconds, 3), "items_per_s": round(items / seconds, 1), **extra}


# --- preparation -------------------------------------------------------------------------------


def prepare(n_items: int, work: Path) -> dict[str, Any]:
    """Write the corpus as one Turtle file per minutes into ``work/corpus`` (not timed)."""
    from paatosdata.export.oxi import oxi_triples, serialize_triples
    from paatosdata.mapping import PREFIXES, document_triples

    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    files = 0
    for index, doc in enumerate(generate_documents(n_items)):
        data = serialize_triples(oxi_triples(document_triples(doc, redact=False)), "turtle", dict(PREFIXES))
        (corpus / f"{index:07d}.ttl").write_bytes(data)
        files += 1
    return {"files": files}


# --- stages (each runs in its own process) -----------------------------------------------------


def parse_ours(n_items: int, work: Path) -> dict[str, Any]:
    """pyoxigraph reads the corpus one file at a time (streaming: nothing is kept)."""
    import pyoxigraph as ox

    start = time.perf_counter()
    triples = 0
    for path in sorted((work / "corpus").iterdir()):
        with open(path, "rb") as handle:
            triples += sum(1 for _ in ox.parse(handle, ox.RdfFormat.TURTLE))
    return _figures(n_items, time.perf_counter() - start, triples=triples) | _memory()


def parse_naive(n_items: int, work: Path) -> dict[str, Any]:
    """rdflib reads every file of the corpus into one graph."""
    from rdflib import Graph

    start = time.perf_counter()
    graph = Graph()
    for path in sorted((work / "corpus").iterdir()):
        graph.parse(path, format="turtle")
    return _figures(n_items, time.perf_counter() - start, triples=len(graph)) | _memory()


def convert_ours(n_items: int, work: Path) -> dict[str, Any]:
    """Map each minutes and write it as Turtle and N-Triples through pyoxigraph, one at a time."""
    from paatosdata.export.oxi import oxi_triples, serialize_triples
    from paatosdata.mapping import PREFIXES, document_triples

    out = work / "convert"
    out.mkdir(exist_ok=True)
    start = time.perf_counter()
    written = 0
    with open(out / "all.nt", "wb") as nt, open(out / "all.ttl", "wb") as ttl:
        for doc in generate_documents(n_items):
            triples = list(oxi_triples(document_triples(doc, redact=False)))
            ttl.write(serialize_triples(triples, "turtle", dict(PREFIXES)))
            data = serialize_triples(triples, "ntriples")
            nt.write(data)
            written += data.count(b"\n")
    return _figures(n_items, time.perf_counter() - start, triples=written) | _memory()


def naive_pipeline(n_items: int, work: Path) -> dict[str, Any]:
    """Every item in one rdflib graph, one pySHACL call, rdflib's Turtle and N-Triples serializers."""
    from pyshacl import validate
    from rdflib import Graph

    from paatosdata.mapping import bind_prefixes, document_graph
    from paatosdata.validate import load_rulebook

    book = load_rulebook()
    start = time.perf_counter()
    graph = bind_prefixes(Graph())
    for doc in generate_documents(n_items):
        graph.addN((s, p, o, graph) for s, p, o in document_graph(doc, redact=False))
    mapped = time.perf_counter()
    out = work / "naive"
    out.mkdir(exist_ok=True)
    graph.serialize(out / "all.ttl", format="turtle")
    graph.serialize(out / "all.nt", format="nt")
    serialized = time.perf_counter()
    triples = len(graph)
    _conforms, results, _text = validate(
        graph, shacl_graph=book.shapes, inference="none", inplace=True, allow_warnings=True, allow_infos=True
    )
    done = time.perf_counter()
    return (
        _figures(
            n_items,
            done - start,
            triples=triples,
            map_seconds=round(mapped - start, 3),
            serialize_seconds=round(serialized - mapped, 3),
            validate_seconds=round(done - serialized, 3),
            results=len(set(results.subjects())),
        )
        | _memory()
    )


def check_ours(n_items: int, jobs: int) -> dict[str, Any]:
    """``check_documents`` in batches of 100 on ``jobs`` processes (``benchmarks.check_bench``)."""
    row = run_batched(n_items, jobs)
    return _figures(n_items, row["seconds"], findings=row["results"]) | _memory(jobs)


def publish_ours(n_items: int, jobs: int, work: Path) -> dict[str, Any]:
    """The whole pipeline: publish with validation into ``work/site-<jobs>``."""
    from paatosdata.publish.site import Options, publish

    site = work / f"site-{jobs}"
    start = time.perf_counter()
    summary = publish(generate_documents(n_items), site, Options(jobs=jobs, now=NOW))
    seconds = time.perf_counter() - start
    return _figures(
        summary.coverage.read,
        seconds,
        published=summary.coverage.published,
        triples=summary.stats.triples,
        quads=summary.stats.quads,
    ) | _memory(jobs)


def _queries() -> dict[str, str]:
    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERIES.glob("*.rq"))}
    return found or BUILTIN_QUERIES


def query_ours(n_items: int, work: Path) -> dict[str, Any]:
    """Load the published dump into pyoxigraph (``paatosdata.store`` when installed) and run the queries."""
    site = work / "site-1"
    start = time.perf_counter()
    try:
        from paatosdata.store import open_store  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        import pyoxigraph as ox

        store = ox.Store()
        with gzip.open(site / "paatosdata.nq.gz", "rb") as stream:
            quads = ox.parse(stream, ox.RdfFormat.N_QUADS)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)

        def run(text: str) -> int:
            return sum(1 for _ in store.query(text))

        engine = "pyoxigraph"
    else:
        opened = open_store([site]).store

        def run(text: str) -> int:
            answer = opened.query(text)
            return len(answer.rows) or len(answer.triples)

        engine = "paatosdata.store"
    loaded = time.perf_counter()
    timings = {}
    for name, text in _queries().items():
        begin = time.perf_counter()
        rows = run(text)
        timings[name] = {"seconds": round(time.perf_counter() - begin, 4), "rows": rows}
    done = time.perf_counter()
    return (
        _figures(
            n_items,
            done - start,
            engine=engine,
            load_seconds=round(loaded - start, 3),
            query_seconds=round(done - loaded, 3),
            queries=timings,
        )
        | _memory()
    )


def query_naive(n_items: int, work: Path) -> dict[str, Any]:
    """rdflib loads the same dump into one graph and runs the same queries."""
    from rdflib import Graph

    start = time.perf_counter()
    graph = Graph()
    with gzip.open(work / "site-1" / "paatosdata.nq.gz", "rb") as stream:
        data = stream.read().decode("utf-8")
    # the dump's named graphs merged into one graph, as the pyoxigraph side does
    graph.parse(
        data="".join(line.rsplit(" ", 2)[0] + " .\n" for line in data.splitlines() if line), format="nt"
    )
    statistics = work / "site-1" / "statistics.ttl"
    if statistics.is_file():  # the site's published statistics, which paatosdata.store loads with it
        graph.parse(statistics, format="turtle")
    loaded = time.perf_counter()
    timings = {}
    for name, text in _queries().items():
        begin = time.perf_counter()
        rows = sum(1 for _ in graph.query(text))
        timings[name] = {"seconds": round(time.perf_counter() - begin, 4), "rows": rows}
    done = time.perf_counter()
    return (
        _figures(
            n_items,
            done - start,
            load_seconds=round(loaded - start, 3),
            query_seconds=round(done - loaded, 3),
            queries=timings,
        )
        | _memory()
    )


def _one(stage: str, n_items: int, jobs: int, work: Path) -> dict[str, Any]:
    stages = {
        "parse": lambda: parse_ours(n_items, work),
        "parse-naive": lambda: parse_naive(n_items, work),
        "convert": lambda: convert_ours(n_items, work),
        "naive-pipeline": lambda: naive_pipeline(n_items, work),
        "check": lambda: check_ours(n_items, jobs),
        "publish": lambda: publish_ours(n_items, jobs, work),
        "query": lambda: query_ours(n_items, work),
        "query-naive": lambda: query_naive(n_items, work),
    }
    result: dict[str, Any] = stages[stage]()
    return result


def _in_subprocess(stage: str, n_items: int, jobs: int, work: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.run", "--one", stage, str(n_items), str(jobs), str(work)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=os.environ.copy())
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the run -----------------------------------------------------------------------------------


def _ratio(ours: dict[str, Any], naive: dict[str, Any]) -> float | None:
    if "seconds" not in ours or "seconds" not in naive or not ours["seconds"]:
        return None
    return round(naive["seconds"] / ours["seconds"], 2)


def _line(label: str, ours: dict[str, Any], naive: dict[str, Any] | None = None) -> str:
    if "error" in ours:
        return f"  {label:<28} failed: {ours['error']}"
    text = (
        f"  {label:<28} {ours['items_per_s']:>9,.1f} items/s {ours['seconds']:>8.1f} s"
        f"  peak {ours['tree_peak_mb']:>6.0f} MB"
    )
    if naive and "error" not in naive:
        text += (
            f"   | naive {naive['items_per_s']:>8,.1f} items/s {naive['seconds']:>8.1f} s"
            f" peak {naive['tree_peak_mb']:>6.0f} MB  → {_ratio(ours, naive)}×"
        )
    elif naive:
        text += f"   | naive failed: {naive['error']}"
    return text


def run_size(n_items: int, jobs: int, naive: bool, log: Any) -> dict[str, Any]:
    """Every stage at one size; prints as it goes and returns the figures."""
    with tempfile.TemporaryDirectory(prefix="paatosdata-bench-") as tmp:
        work = Path(tmp)
        prep_start = time.perf_counter()
        prep = prepare(n_items, work)
        print(
            f"{n_items:,} items ({prep['files']} minutes, "
            f"prepared in {time.perf_counter() - prep_start:.1f} s)",
            file=log,
            flush=True,
        )
        out: dict[str, Any] = {"items": n_items}

        def stage(key: str, name: str, stage_jobs: int = 1) -> dict[str, Any]:
            out[key] = _in_subprocess(name, n_items, stage_jobs, work)
            return out[key]  # type: ignore[no-any-return]

        stage("parse", "parse")
        if naive:
            stage("parse_naive", "parse-naive")
        print(_line("parse (RDF files)", out["parse"], out.get("parse_naive")), file=log, flush=True)
        stage("convert", "convert")
        if naive:
            stage("naive_pipeline", "naive-pipeline")
        pipe = out.get("naive_pipeline")
        naive_convert = None
        naive_check = None
        if pipe and "error" not in pipe:
            convert_seconds = pipe["map_seconds"] + pipe["serialize_seconds"]
            naive_convert = {**pipe, **_figures(n_items, convert_seconds)}
            naive_check = {**pipe, **_figures(n_items, pipe["map_seconds"] + pipe["validate_seconds"])}
        elif pipe:
            naive_convert = naive_check = pipe
        print(_line("convert (map + write)", out["convert"], naive_convert), file=log, flush=True)
        stage("check_1", "check", 1)
        stage(f"check_{jobs}", "check", jobs)
        print(_line("check --jobs 1", out["check_1"], naive_check), file=log, flush=True)
        print(_line(f"check --jobs {jobs}", out[f"check_{jobs}"], naive_check), file=log, flush=True)
        stage("publish_1", "publish", 1)
        stage(f"publish_{jobs}", "publish", jobs)
        print(_line("publish --jobs 1 (pipeline)", out["publish_1"], pipe), file=log, flush=True)
        print(_line(f"publish --jobs {jobs} (pipeline)", out[f"publish_{jobs}"], pipe), file=log, flush=True)
        stage("query", "query")
        if naive:
            stage("query_naive", "query-naive")
        print(_line("query (load + queries)", out["query"], out.get("query_naive")), file=log, flush=True)
        scaling, per_cpu = {}, {}
        for name in ("check", "publish"):
            one, many = out[f"{name}_1"], out[f"{name}_{jobs}"]
            if "error" not in one and "error" not in many:
                scaling[name] = round(many["items_per_s"] / one["items_per_s"], 2)
                # on a busy machine wall time hides the parallel efficiency: items per CPU-second
                # of the whole process tree, times the workers, is the scaling N idle cores would give
                efficiency = (one["cpu_seconds"] / many["cpu_seconds"]) if many["cpu_seconds"] else 0.0
                per_cpu[name] = round(efficiency * jobs, 2)
        out["scaling"] = scaling
        out["scaling_projected_from_cpu"] = per_cpu
        out["pipeline_vs_naive"] = {
            f"jobs_{j}": _ratio(out[f"publish_{j}"], pipe) for j in (1, jobs) if pipe and "error" not in pipe
        }
        print(
            f"  scaling 1 → {jobs} workers: "
            + ", ".join(f"{k} {v}×" for k, v in scaling.items())
            + " (target ≥ 1.7×); projected from CPU time on idle cores: "
            + ", ".join(f"{k} {v}×" for k, v in per_cpu.items())
            + (
                f"; whole pipeline vs naive: {out['pipeline_vs_naive']} (target ≥ 5×)"
                if out["pipeline_vs_naive"]
                else ""
            ),
            file=log,
            flush=True,
        )
        return out


def main(argv: list[str] | None = None) -> None:
    """Run every size, print the figures and write them as JSON."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="1000,10000", help="comma-separated item counts (default 1000,10000)"
    )
    parser.add_argument("--jobs", type=int, default=2, help="workers for the scaling runs (default 2)")
    parser.add_argument(
        "--skip-naive-above",
        type=int,
        default=10_000,
        help="no naive baseline above this size (it holds everything)",
    )
    parser.add_argument("--output", type=Path, default=None, help="JSON results file")
    parser.add_argument("--one", nargs=4, metavar=("STAGE", "N", "JOBS", "WORK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        stage, n, jobs, work = args.one
        print(json.dumps(_one(stage, int(n), int(jobs), Path(work))))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    started = datetime.now(UTC)
    results: dict[str, Any] = {
        "started": started.isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "load_average_start": os.getloadavg()[0],
        "jobs": args.jobs,
        "python": sys.version.split()[0],
        "sizes": {},
    }
    print(f"paatosdata benchmark: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)
    for n in sizes:
        results["sizes"][str(n)] = run_size(n, args.jobs, n <= args.skip_naive_above, sys.stdout)
    results["load_average_end"] = os.getloadavg()[0]
    if len(sizes) > 1:
        largest, reference = str(sizes[-1]), str(10_000 if 10_000 in sizes[:-1] else sizes[-2])
        growth = {}
        for key in ("publish_1", f"publish_{args.jobs}", "check_1", f"check_{args.jobs}"):
            big, small = results["sizes"][largest].get(key, {}), results["sizes"][reference].get(key, {})
            if "tree_peak_mb" in big and "tree_peak_mb" in small:
                growth[key] = round(big["tree_peak_mb"] / small["tree_peak_mb"], 2)
        results["peak_memory_growth"] = {"from": reference, "to": largest, "ratios": growth}
        print(f"peak memory {largest} vs {reference} items: {growth} (target ≤ 1.2×)", flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = args.output or RESULTS / f"{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    target.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"results: {target}", flush=True)


if __name__ == "__main__":
    main()
