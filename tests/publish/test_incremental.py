"""publish rewrites only what changed; the nginx config negotiates; the vocabulary is published."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from paatosdata.model import Document
from paatosdata.publish.site import Options, publish

NOW = datetime(2026, 3, 3, tzinfo=UTC)


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def test_changed_input_rewrites_only_what_changed(
    full_doc: Document, seed_doc: Document, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    publish([full_doc, seed_doc], site, Options(validator=None, now=NOW))
    before = _inodes(site)
    seed_doc.items[0].decision = "Toisin päätetty."
    publish([full_doc, seed_doc], site, Options(validator=None, now=NOW))
    after = _inodes(site)
    assert before.keys() == after.keys()
    changed = {name for name in after if after[name] != before[name]}
    seed_files = {n for n in changed if "/statement/deliberation/tyollisyysaluelautakunta/" in n}
    assert {n.rsplit("/", 1)[1] for n in seed_files} >= {"index.ttl", "index.html", "index.akn.xml"}
    others = [n for n in changed if n not in seed_files]
    # the dumps, their checksums and metadata, the landing page and the feed change; no other resource
    assert all("/akn/" not in "/" + n for n in others), others
    assert not any("kunnanhallitus" in n for n in changed)


def test_nginx_config_maps_accept_to_existing_files(seed_doc: Document, tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish([seed_doc], site, Options(validator=None, now=NOW))
    conf = (site / "nginx.conf").read_text(encoding="utf-8")
    rules = re.findall(r'"~\*([^"]+)" "([^"]+)";', conf)
    assert 'default ".html";' in conf and "try_files $uri/index$paatosdata_suffix" in conf
    folder = next(p.parent for p in site.rglob("index.akn.xml") if "statement" in p.as_posix())
    for accept, expected in (
        ("text/turtle", "index.ttl"),
        ("application/ld+json", "index.jsonld"),
        ("application/rdf+xml;q=0.9", "index.rdf"),
        ("application/akn+xml", "index.akn.xml"),
    ):
        suffix = next(s for pattern, s in rules if re.search(pattern, accept, re.IGNORECASE))
        assert f"index{suffix}" == expected
        assert (folder / expected).is_file()


def test_vocabulary_and_shapes_are_published_with_pages(seed_doc: Document, tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish([seed_doc], site, Options(validator=None, now=NOW))
    assert (site / "ontology" / "context.jsonld").is_file()
    assert "paatosdata" in (site / "ontology" / "index.html").read_text(encoding="utf-8")
    shapes = (site / "shapes" / "index.html").read_text(encoding="utf-8")
    assert "FI-0" in shapes and "core.ttl" in shapes
    catalog = (site / "catalog.ttl").read_text(encoding="utf-8")
    assert "ontology/paatosdata.ttl" in catalog and "shapes/core.ttl" in catalog
