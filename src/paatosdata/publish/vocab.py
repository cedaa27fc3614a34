"""The vocabulary, JSON-LD context and SHACL shapes published beside the data, with HTML pages."""

from __future__ import annotations

from pathlib import Path

from paatosdata.publish.atomic import write_if_changed
from paatosdata.publish.dcat import Extra
from paatosdata.publish.dumps import sha256_file
from paatosdata.publish.html import esc, page

__all__ = ["publish_vocabulary", "shapes_html"]

_MEDIA = {".ttl": "text/turtle", ".jsonld": "application/ld+json"}


def shapes_html(folder: Path) -> bytes:
    """A page listing every rule of the shapes: code, name, severity, message, profile file."""
    import rdflib
    from rdflib.namespace import SH

    pd = rdflib.Namespace("https://w3id.org/paatosdata/def#")
    rows: list[tuple[str, str, str, str, str]] = []
    for path in sorted(folder.glob("*.ttl")):
        graph = rdflib.Graph().parse(path, format="turtle")
        for shape in set(graph.subjects(SH.name, None)):
            name = graph.value(shape, SH.name)
            code = graph.value(shape, pd.ruleId)
            severity = graph.value(shape, SH.severity)
            messages = [
                m for m in graph.objects(shape, SH.message) if getattr(m, "language", None) in ("fi", None)
            ]
            rows.append(
                (
                    str(code or ""),
                    str(name),
                    str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                    str(messages[0]) if messages else "",
                    path.name,
                )
            )
    rows.sort()
    cells = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    files = "".join(
        f'<li><a href="{esc(p.name)}">{esc(p.name)}</a></li>' for p in sorted(folder.glob("*.ttl"))
    )
    body = (
        "<h1>paatosdata SHACL shapes</h1><p>The profiles the published data was checked against:</p>"
        f"<ul>{files}</ul><table><tr><th>Rule</th><th>Name</th><th>Severity</th><th>Message</th>"
        f"<th>Profile</th></tr>{cells}</table>"
    )
    return page("paatosdata SHACL shapes", body, lang="fi", root="../")


def _vocabulary_html() -> bytes | None:
    try:
        from paatosdata.owl import load_vocabulary
        from paatosdata.vocabdocs import vocabulary_html
    except ImportError:
        return None
    return vocabulary_html(load_vocabulary()).encode("utf-8")


def publish_vocabulary(site: Path) -> list[Extra]:
    """Copy ``ontology/`` and ``shapes/`` into ``site`` with an ``index.html`` each; their DCAT entries."""
    from paatosdata import resources

    extras: list[Extra] = []
    for name, locate in (("ontology", resources.ontology_dir), ("shapes", resources.shapes_dir)):
        try:
            folder = locate()
        except FileNotFoundError:
            continue
        target = site / name
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
            rel = path.relative_to(folder)
            out = target / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            write_if_changed(out, path.read_bytes())
            if path.suffix in _MEDIA:
                extras.append(
                    Extra(
                        f"{name}/{rel.as_posix()}",
                        f"{name}: {rel.as_posix()}",
                        _MEDIA[path.suffix],
                        out.stat().st_size,
                        sha256_file(out),
                    )
                )
        html = _vocabulary_html() if name == "ontology" else shapes_html(folder)
        if html is not None:
            write_if_changed(target / "index.html", html)
    return extras
