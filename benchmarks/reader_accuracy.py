"""Reader accuracy: the share of hand-written expected facts each vendor reader gets exactly right.

    python benchmarks/reader_accuracy.py --documents DOCS --expected FACTS [--json] [--verbose]

FACTS mirrors DOCS (it may be the same folder): for the document ``DOCS/a/b.htm`` the expectations are
``FACTS/a/b.htm.json``; a JSON file without a document beside it is not read as expectations,
``{"format": "dynasty", "facts": {"items.0.title": "…", …}}`` (keys as in
``paatosdata.parse.facts.document_facts``). The format is detected from the content, as users
run it; the detected format counts as one more fact. Prints per vendor: exact fields / fields.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from paatosdata.errors import PaatosdataError
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes
from paatosdata.parse.facts import compare_facts, document_facts

#: reader format → vendor
VENDORS = {
    "dynasty": "dynasty",
    "dynasty-json": "dynasty",
    "tweb": "tweb",
    "tweb-pdf": "tweb",
    "turku": "turku",
}


def evaluate(documents: Path, expected: Path) -> dict[str, Any]:
    """Per vendor and per file: fields compared, fields exact, and the misses."""
    files: list[dict[str, Any]] = []
    for facts_file in sorted(expected.rglob("*.json")):
        relative = facts_file.relative_to(expected)
        document_path = documents / relative.with_suffix("")
        if not document_path.is_file():
            continue  # a JSON document itself when facts and documents share a folder
        spec = json.loads(facts_file.read_text(encoding="utf-8"))
        fmt = spec["format"]
        record: dict[str, Any] = {"file": str(relative.with_suffix("")), "vendor": VENDORS.get(fmt, fmt)}
        try:
            detected = reader_for(document_path, read_bytes(document_path)).name
            docs = read_path(document_path, fmt)
        except PaatosdataError as error:
            record.update(total=len(spec["facts"]) + 1, exact=0, misses=[f"error: {error}"])
            files.append(record)
            continue
        actual = document_facts(docs[0])
        results = compare_facts(spec["facts"], actual) + [("format", detected == fmt)]
        misses = [
            f"{key}: expected {spec['facts'].get(key, fmt)!r}, read {actual.get(key, detected)!r}"
            for key, ok in results
            if not ok
        ]
        record.update(total=len(results), exact=sum(ok for _, ok in results), misses=misses)
        files.append(record)
    vendors: dict[str, dict[str, int]] = defaultdict(lambda: {"files": 0, "total": 0, "exact": 0})
    for record in files:
        vendor = vendors[record["vendor"]]
        vendor["files"] += 1
        vendor["total"] += record["total"]
        vendor["exact"] += record["exact"]
    return {"vendors": dict(vendors), "files": files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=Path, required=True, help="folder of input documents")
    parser.add_argument("--expected", type=Path, required=True, help="folder of expected-facts JSON files")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--verbose", action="store_true", help="list every field read wrong")
    args = parser.parse_args(argv)
    result = evaluate(args.documents, args.expected)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for name, vendor in sorted(result["vendors"].items()):
        share = vendor["exact"] / vendor["total"] if vendor["total"] else 0.0
        counts = f"{vendor['exact']:4}/{vendor['total']:<4}"
        print(f"{name:8} {vendor['files']:3} files  {counts} fields exact  {share:.1%}")
    if args.verbose:
        for record in result["files"]:
            for miss in record["misses"]:
                print(f"  {record['file']}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
