"""Turtle, JSON-LD and RDF/XML of one resource, written from its sorted N-Triples.

A published resource's graph is at hand as N-Triples sorted by line (see
:func:`~paatosdata.publish.rdfio.sorted_with_ntriples`): the lines of one subject are contiguous, and
of one subject and predicate too. The three files are written from those lines with a fixed prefix
set (:data:`RESOURCE_PREFIXES`), each term converted once and remembered (the vocabulary and most
IRIs repeat from resource to resource):

- Turtle: the prefix lines, then one statement per subject (``a`` for ``rdf:type``, ``;`` between
  predicates, ``,`` between objects; continuation lines start with a tab), prefixed names where the
  local part is a plain name, literals as N-Triples writes them, with prefixed datatypes;
- JSON-LD: compacted, ``{"@context": {prefixes}, "@graph": [nodes]}``, the context inline (reading
  the file never needs the network), ``<``, ``>`` and ``&`` written as JSON escapes so that the
  document can be embedded in HTML as it is;
- RDF/XML: the prefixes as namespace declarations, a typed node element per subject where its first
  class has a prefixed name, else ``rdf:Description``.

The same lines always give the same bytes. What a writer cannot write exactly (a predicate IRI with
no XML name at its end, a character XML 1.0 cannot hold, an IRI whose scheme reads as a prefix in
JSON-LD) goes to pyoxigraph's writer for that format instead.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple, TypeVar

import pyoxigraph as ox

__all__ = [
    "RESOURCE_PREFIXES",
    "Lines",
    "Written",
    "parse_lines",
    "turtle_header",
    "turtle_statements",
    "write_jsonld",
    "write_rdfxml",
    "write_resource",
    "write_turtle",
    "MARK",
    "last_written",
    "Block",
]

#: The prefixes of every resource file and of the Turtle dump: the vocabularies the mapping uses
#: (our own, ELI and its draft-legislation extension, PROV, ORG, the Core Public Organisation
#: Vocabulary ``m8g``), RDF, RDFS, XSD and OWL, and a few common vocabularies linked data reuses.
RESOURCE_PREFIXES: dict[str, str] = {
    "pd": "https://w3id.org/paatosdata/def#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "eli-dl": "http://data.europa.eu/eli/eli-draft-legislation-ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "m8g": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}

_NAMESPACES: dict[bytes, bytes] = {ns.encode(): name.encode() for name, ns in RESOURCE_PREFIXES.items()}
_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = b"http://www.w3.org/2001/XMLSchema#"
_BOOLEAN = b"^^<" + _XSD + b"boolean>"
_INTEGER = b"^^<" + _XSD + b"integer>"
#: a local part written after a prefix as it is, in Turtle (PN_LOCAL) and in XML (NCName)
_TURTLE_LOCAL = re.compile(rb"(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_XML_NAME = re.compile(rb"[A-Za-z_][A-Za-z0-9_.-]*+")
#: the XML name an IRI ends with, for a predicate outside the prefix set
_XML_TAIL = re.compile(rb"[A-Za-z_][A-Za-z0-9_.-]*+$")
#: Turtle INTEGER, and the canonical xsd:integer forms a JSON number gives back unchanged
_TURTLE_INTEGER = re.compile(rb"[+-]?[0-9]++")
_JSON_INTEGER = re.compile(rb"0|-?[1-9][0-9]{0,14}")
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
#: characters XML 1.0 cannot hold, even as references
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: terms remembered per cache before it is emptied
_CACHE = 1 << 15


_V = TypeVar("_V")


class _Unwritable(Exception):
    """A term this module's writer of a format cannot write exactly."""


class Block(NamedTuple):
    """What the lines of one subject give, apart from the subject itself (the same lines about
    another subject give the same block): its piece of each file and what a dump plan counts."""

    ttl: bytes  # the Turtle statement after its subject
    json: bytes | None  # the JSON-LD node's members after "@id" (None: not written here)
    xml_name: bytes  # the RDF/XML node element's name
    xml_body: bytes | None  # its property elements (None: not written here)
    properties: tuple[bytes, ...]  # the predicate of each line
    classes: tuple[bytes, ...]  # the object of each rdf:type line that is an IRI


class Lines(NamedTuple):
    """N-Triples read by runs of lines with one subject: for each run, its subject, the byte range of
    its lines in the N-Triples, and its :class:`Block`. Where ``base`` is not empty, the blocks hold
    :data:`MARK` in its place (so that the blocks of resources alike are the same)."""

    ntriples: bytes
    runs: list[tuple[bytes, int, int, Block]]
    base: bytes = b""

    def restored(self, data: bytes) -> bytes:
        """``data`` made of blocks, with ``base`` in place of :data:`MARK` again."""
        return data.replace(MARK, self.base) if self.base else data


#: what stands for a resource's own IRI in its blocks: a private-use character (no IRI or literal of a
#: graph that holds it is read this way), which every writer here writes as it is
MARK = "\ue000".encode()


#: A run of lines with the same subject (group 1); lines end with " .\n" (checked per line)
_RUN = re.compile(rb"(\S++) [^\n]*+\n(?:\1 [^\n]*+\n)*+")
_BLOCKS: dict[bytes, Block] = {}
_BLOCK_CACHE = 1 << 13


def _base(iri: str) -> bytes:
    """``iri`` as the base of a graph's blocks, or b"" when it cannot be one: it must be an
    absolute IRI no prefix reads, and neither start a namespace of the prefix set nor start with one
    (so that an IRI under it is never written with a prefix)."""
    base = iri.encode()
    scheme, colon, _ = base.partition(b":")
    if not colon or scheme.lower() in _JSON_PREFIXES or b"\\" in base or len(base) < 8:
        return b""
    if any(namespace.startswith(base) or base.startswith(namespace) for namespace in _NAMESPACES):
        return b""
    return base


def parse_lines(ntriples: bytes, iri: str = "") -> Lines | None:
    """``ntriples`` (sorted ``subject predicate object .`` lines) by runs of one subject; None when
    a line is not so, or a subject is neither an IRI nor a blank node.

    ``iri``, the graph's own IRI, is replaced by a mark in the blocks, so that resources alike share
    them (their text, titles aside, differs mostly by their IRI).
    """
    base = _base(iri) if iri and MARK not in ntriples else b""
    runs: list[tuple[bytes, int, int, Block]] = []
    append = runs.append
    blocks = _BLOCKS
    covered = 0
    for run in _RUN.finditer(ntriples):
        subject = run[1]
        start, end = run.span()
        if start != covered:
            return None
        covered = end
        # a literal holds no raw line break: "\n" + subject + " " is where a line of the run starts
        tail = (b"\n" + run[0]).replace(b"\n" + subject + b" ", b"\n")
        if base:
            tail = tail.replace(base, MARK)
        if not (subject[0] == 0x3C and subject[1] != 0x3C and subject[-1] == 0x3E) and subject[:2] != b"_:":
            return None
        block = blocks.get(tail)
        if block is None:
            block = _block(tail)
            if block is None:
                return None
            if len(blocks) >= _BLOCK_CACHE:
                blocks.clear()
            blocks[tail] = block
        append((subject, start, end, block))
    if covered != len(ntriples):
        return None
    return Lines(ntriples, runs, base)


def _block(tail: bytes) -> Block | None:
    """The :class:`Block` of ``tail``: a run's lines without their subject, each after a line break."""
    pairs: list[tuple[bytes, list[bytes]]] = []
    objects: list[bytes] = []
    properties: list[bytes] = []
    last = b""
    for line in tail[1:-1].split(b"\n"):
        predicate, _, rest = line.partition(b" ")
        if rest[-2:] != b" ." or len(rest) < 3 or predicate[:1] != b"<":
            return None
        properties.append(predicate)
        if rest[0] != 0x22 and b" " in rest[:-2]:  # an IRI or a blank node holds no space
            return None
        if predicate != last:
            last = predicate
            objects = [rest[:-2]]
            pairs.append((predicate, objects))
        else:
            objects.append(rest[:-2])
    classes = tuple(o for o in _objects(pairs, _RDF_TYPE) if o[0] == 0x3C)
    try:
        json: bytes | None = _json_members(pairs)
    except _Unwritable:
        json = None
    try:
        name, body = _xml_block(pairs)
        xml_body: bytes | None = body
    except _Unwritable:
        name, xml_body = b"", None
    return Block(_turtle_rest(pairs), json, name, xml_body, tuple(properties), classes)


def _objects(pairs: list[tuple[bytes, list[bytes]]], predicate: bytes) -> list[bytes]:
    for found, objects in pairs:
        if found == predicate:
            return objects
    return []


def _split(iri: bytes) -> tuple[bytes, bytes]:
    """``iri`` (no brackets) cut after its last ``#`` or ``/``."""
    cut = max(iri.rfind(b"#"), iri.rfind(b"/")) + 1
    return iri[:cut], iri[cut:]


def _bounded(cache: dict[bytes, _V]) -> dict[bytes, _V]:
    """``cache``, emptied first when it has grown to :data:`_CACHE` entries."""
    if len(cache) >= _CACHE:
        cache.clear()
    return cache


# --- Turtle ---------------------------------------------------------------------------------------


def turtle_header() -> bytes:
    """The prefix lines every Turtle file written here starts with (the dump's too)."""
    return _HEADER


_HEADER = b"".join(b"@prefix %s: <%s> .\n" % (n.encode(), ns.encode()) for n, ns in RESOURCE_PREFIXES.items())
_TURTLE_TERMS: dict[bytes, bytes] = {}
_TURTLE_PREDICATES: dict[bytes, bytes] = {}


def _turtle_iri(term: bytes) -> bytes:
    namespace, local = _split(term[1:-1])
    prefix = _NAMESPACES.get(namespace)
    if prefix is not None and _TURTLE_LOCAL.fullmatch(local):
        return prefix + b":" + local
    return term


def _turtle_term(term: bytes) -> bytes:
    first = term[0]
    if first == 0x3C:  # "<"
        found = _turtle_iri(term)
    elif first == 0x22:  # '"'
        close = term.rfind(b'"')
        suffix = term[close + 1 :]
        if suffix[:3] == b"^^<":
            lexical = term[1:close]
            if suffix == _BOOLEAN and lexical in (b"true", b"false"):
                found = lexical
            elif suffix == _INTEGER and _TURTLE_INTEGER.fullmatch(lexical):
                found = lexical
            else:
                found = term[: close + 1] + b"^^" + _turtle_iri(suffix[2:])
        else:
            found = term
    else:  # a blank node: its N-Triples label is a Turtle label
        found = term
    _bounded(_TURTLE_TERMS)[term] = found
    return found


def _turtle_predicate(term: bytes) -> bytes:
    found = _bounded(_TURTLE_PREDICATES)[term] = b"a" if term == _RDF_TYPE else _turtle_iri(term)
    return found


def _turtle_rest(pairs: list[tuple[bytes, list[bytes]]]) -> bytes:
    terms, predicates = _TURTLE_TERMS, _TURTLE_PREDICATES
    term_of, predicate_of = _turtle_term, _turtle_predicate
    parts = []
    for predicate, objects in pairs:
        name = predicates.get(predicate) or predicate_of(predicate)
        parts.append(name + b" " + b" , ".join([terms.get(o) or term_of(o) for o in objects]))
    return b" " + b" ;\n\t".join(parts) + b" .\n"


def turtle_statements(lines: Lines) -> list[bytes]:
    """The Turtle statement of each run of ``lines`` (no prefix lines), each ending with a line break;
    what they make is to be :meth:`Lines.restored`."""
    terms, term_of = _TURTLE_TERMS, _turtle_term
    return [(terms.get(subject) or term_of(subject)) + block.ttl for subject, _, _, block in lines.runs]


def write_turtle(lines: Lines) -> bytes:
    """The Turtle file of ``lines``: the prefix lines, then a statement per subject."""
    return _HEADER + lines.restored(b"".join(turtle_statements(lines)))


# --- JSON-LD --------------------------------------------------------------------------------------

_JSON_HEAD = (
    b'{\n  "@context": {\n'
    + b",\n".join(b'    "%s": "%s"' % (n.encode(), ns.encode()) for n, ns in RESOURCE_PREFIXES.items())
    + b'\n  },\n  "@graph": ['
)
#: what expanding a compact IRI in JSON-LD would read as a prefix (a defined prefix) or a blank node
_JSON_PREFIXES = frozenset(name.encode() for name in RESOURCE_PREFIXES) | {b"_"}
_JSON_IRIS: dict[bytes, bytes] = {}
_JSON_VALUES: dict[bytes, bytes] = {}
_JSON_KEYS: dict[bytes, bytes] = {}


def _unescape(lexical: bytes) -> str:
    """The text of an N-Triples string (between its quotes)."""
    text = lexical.decode("utf-8")
    if "\\" not in text:
        return text
    text = _ECHAR.sub(_echar, text)
    if "\ue000" in text:  # read as the mark of a base IRI (see Lines)
        raise _Unwritable(text)
    return text


def _echar(match: re.Match[str]) -> str:
    code = match[1] or match[2]
    if code is not None:
        return chr(int(code, 16))
    return _ECHARS[match[3]]


def _json_string(text: str) -> bytes:
    return json.dumps(text, ensure_ascii=False).encode("utf-8")


def _json_iri(iri: bytes) -> bytes:
    """An IRI (no brackets) as a JSON string, compacted when it has a prefix."""
    found = _JSON_IRIS.get(iri)
    if found is not None:
        return found
    namespace, local = _split(iri)
    prefix = _NAMESPACES.get(namespace)
    if prefix is not None and not local.startswith(b"//"):
        compact = prefix + b":" + local
    else:
        if not iri.startswith(MARK) and (iri.split(b":", 1)[0].lower() in _JSON_PREFIXES or b":" not in iri):
            raise _Unwritable(iri.decode("utf-8", "replace"))
        compact = iri
    found = _bounded(_JSON_IRIS)[iri] = _json_string(compact.decode("utf-8"))
    return found


def _json_value(term: bytes) -> bytes:
    first = term[0]
    if first == 0x3C:
        found = b'{"@id": ' + _json_iri(term[1:-1]) + b"}"
    elif first == 0x22:
        close = term.rfind(b'"')
        lexical, suffix = term[1:close], term[close + 1 :]
        if not suffix:
            found = _json_string(_unescape(lexical))
        elif suffix[0] == 0x40:  # "@": a language tag
            text = _json_string(_unescape(lexical))
            found = b'{"@value": ' + text + b', "@language": ' + _json_string(suffix[1:].decode()) + b"}"
        elif suffix == _BOOLEAN and lexical in (b"true", b"false"):
            found = lexical
        elif suffix == _INTEGER and _JSON_INTEGER.fullmatch(lexical):
            found = lexical
        else:
            text = _json_string(_unescape(lexical))
            found = b'{"@value": ' + text + b', "@type": ' + _json_iri(suffix[3:-1]) + b"}"
    else:
        found = b'{"@id": ' + _json_string(term.decode("utf-8")) + b"}"
    _bounded(_JSON_VALUES)[term] = found
    return found


def _json_key(predicate: bytes) -> bytes:
    found = _bounded(_JSON_KEYS)[predicate] = _json_iri(predicate[1:-1]) + b": "
    return found


def _json_id(subject: bytes) -> bytes:
    if subject[0] == 0x3C:
        return _json_iri(subject[1:-1])
    return _json_string(subject.decode("utf-8"))


def _json_members(pairs: list[tuple[bytes, list[bytes]]]) -> bytes:
    """The members of a node after its ``"@id"``, each after ``,`` and a line break."""
    values, keys = _JSON_VALUES, _JSON_KEYS
    value_of, key_of = _json_value, _json_key
    members = []
    for predicate, objects in pairs:
        if predicate == _RDF_TYPE and all(o[0] == 0x3C for o in objects):
            types = [_json_iri(o[1:-1]) for o in objects]
            members.append(b'"@type": ' + (types[0] if len(types) == 1 else b"[" + b", ".join(types) + b"]"))
            continue
        key = keys.get(predicate) or key_of(predicate)
        if len(objects) == 1:
            members.append(key + (values.get(objects[0]) or value_of(objects[0])))
        else:
            listed = b",\n        ".join([values.get(o) or value_of(o) for o in objects])
            members.append(key + b"[\n        " + listed + b"\n      ]")
    return b"".join([b",\n      " + member for member in members])


def _jsonld(lines: Lines) -> bytes:
    nodes: list[bytes] = []
    for subject, _, _, block in lines.runs:
        if block.json is None:
            raise _Unwritable("a term")
        nodes.append(b'\n    {\n      "@id": ' + _json_id(subject) + block.json + b"\n    }")
    data = _JSON_HEAD + lines.restored(b",".join(nodes)) + b"\n  ]\n}\n"
    for raw, escaped in _JSON_UNSAFE:
        if raw in data:  # only inside strings, where the escape means the same
            data = data.replace(raw, escaped)
    return data


_JSON_UNSAFE = (
    (b"<", b"\\u003c"),
    (b">", b"\\u003e"),
    (b"&", b"\\u0026"),
    ("\u2028".encode(), b"\\u2028"),
    ("\u2029".encode(), b"\\u2029"),
)


def write_jsonld(lines: Lines) -> bytes | None:
    """The compact JSON-LD of ``lines``; None when an IRI cannot be written compactly."""
    try:
        return _jsonld(lines)
    except _Unwritable:
        return None


# --- RDF/XML --------------------------------------------------------------------------------------

_XML_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF'
    + b"".join(b'\n\txmlns:%s="%s"' % (n.encode(), ns.encode()) for n, ns in RESOURCE_PREFIXES.items())
    + b">\n"
)
#: predicate → (opening of its element, closing tag)
_XML_PROPERTIES: dict[bytes, tuple[bytes, bytes]] = {}
#: object → what follows the property element's name
_XML_OBJECTS: dict[bytes, bytes] = {}
#: class IRI → its prefixed element name (b"" for none)
_XML_CLASSES: dict[bytes, bytes] = {}


def _xml_attribute(text: bytes) -> bytes:
    return text.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b'"', b"&quot;")


def _xml_text(text: str) -> bytes:
    if _NOT_XML.search(text):
        raise _Unwritable(text)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return escaped.encode("utf-8")


def _xml_iri(term: bytes) -> bytes:
    """``<iri>`` as an attribute value."""
    iri = term[1:-1]
    if b"\\" in iri:  # an escape in N-Triples: not read back here
        raise _Unwritable(iri.decode("utf-8", "replace"))
    return _xml_attribute(iri)


def _xml_node_id(term: bytes) -> bytes:
    label = term[2:]
    if not _XML_NAME.fullmatch(b"n" + label):
        raise _Unwritable(label.decode("utf-8", "replace"))
    return b"n" + label  # an XML name for any N-Triples label, the same for the same label


def _xml_property(predicate: bytes) -> tuple[bytes, bytes]:
    iri = predicate[1:-1]
    namespace, local = _split(iri)
    prefix = _NAMESPACES.get(namespace)
    if prefix is not None and _XML_NAME.fullmatch(local):
        name = prefix + b":" + local
        found = (b"<" + name, b"</" + name + b">")
    else:
        tail = _XML_TAIL.search(iri)
        if tail is None or tail.start() == 0 or b"\\" in iri:
            raise _Unwritable(iri.decode("utf-8", "replace"))
        name = tail[0]
        found = (b"<" + name + b' xmlns="' + _xml_attribute(iri[: tail.start()]) + b'"', b"</" + name + b">")
    _bounded(_XML_PROPERTIES)[predicate] = found
    return found


def _xml_object(term: bytes) -> bytes:
    first = term[0]
    if first == 0x3C:
        found = b' rdf:resource="' + _xml_iri(term) + b'"/>'
    elif first == 0x22:
        close = term.rfind(b'"')
        text = _xml_text(_unescape(term[1:close]))
        suffix = term[close + 1 :]
        if not suffix:
            found = b">" + text
        elif suffix[0] == 0x40:
            found = b' xml:lang="' + _xml_attribute(suffix[1:]) + b'">' + text
        else:
            found = b' rdf:datatype="' + _xml_iri(suffix[2:]) + b'">' + text
    else:
        found = b' rdf:nodeID="' + _xml_node_id(term) + b'"/>'
    _bounded(_XML_OBJECTS)[term] = found
    return found


def _xml_class(term: bytes) -> bytes:
    namespace, local = _split(term[1:-1])
    prefix = _NAMESPACES.get(namespace)
    found = prefix + b":" + local if prefix is not None and _XML_NAME.fullmatch(local) else b""
    _bounded(_XML_CLASSES)[term] = found
    return found


def _xml_block(pairs: list[tuple[bytes, list[bytes]]]) -> tuple[bytes, bytes]:
    """The node element's name (b"" for ``rdf:Description``) and its property elements."""
    properties, objects_of = _XML_PROPERTIES, _XML_OBJECTS
    element = b""
    body: list[bytes] = []
    for predicate, objects in pairs:
        if not element and predicate == _RDF_TYPE and objects[0][0] == 0x3C:
            first = objects[0]
            known = _XML_CLASSES.get(first)
            element = known if known is not None else _xml_class(first)
            if element:
                objects = objects[1:]
        opening, closing = properties.get(predicate) or _xml_property(predicate)
        for term in objects:
            rest = objects_of.get(term) or _xml_object(term)
            body.append(b"\t\t" + opening + rest + (closing if rest[-2:] != b"/>" else b"") + b"\n")
    return element, b"".join(body)


def _rdfxml(lines: Lines) -> bytes:
    out = [_XML_HEAD]
    for subject, _, _, block in lines.runs:
        body = block.xml_body
        if body is None:
            raise _Unwritable("a term")
        if subject[0] == 0x3C:
            about = b' rdf:about="' + _xml_iri(subject) + b'"'
        else:
            about = b' rdf:nodeID="' + _xml_node_id(subject) + b'"'
        name = block.xml_name or b"rdf:Description"
        if body:
            out.append(b"\t<" + name + about + b">\n" + body + b"\t</" + name + b">\n")
        else:
            out.append(b"\t<" + name + about + b"/>\n")
    out.append(b"</rdf:RDF>\n")
    data = b"".join(out)
    return data.replace(MARK, _xml_attribute(lines.base)) if lines.base else data


def write_rdfxml(lines: Lines) -> bytes | None:
    """The RDF/XML of ``lines``; None when a term cannot be written exactly."""
    try:
        return _rdfxml(lines)
    except _Unwritable:
        return None


# --- all three ------------------------------------------------------------------------------------


class Written(NamedTuple):
    """The three files of one resource, and its N-Triples read by runs (None: not read here)."""

    ttl: bytes
    jsonld: bytes
    rdf: bytes
    lines: Lines | None
    statements: list[bytes] | None  # the Turtle statement of each run of ``lines``


def _oxigraph(triples: list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    data = ox.serialize(triples, format=fmt, prefixes=RESOURCE_PREFIXES)
    assert data is not None
    return data


#: the last resource written, for :func:`last_written`
_LAST: list[Written] = []


def write_resource(triples: list[ox.Triple], ntriples: bytes, iri: str = "") -> Written:
    """The Turtle, JSON-LD and RDF/XML of the graph whose sorted N-Triples are ``ntriples``.

    ``triples`` (the same graph) go to pyoxigraph's writers for what is not written here; ``iri``,
    the graph's own IRI, when given, lets resources alike share more of the work.
    """
    lines = parse_lines(ntriples, iri)
    if lines is None:
        written = Written(
            _oxigraph(triples, ox.RdfFormat.TURTLE),
            _oxigraph(triples, ox.RdfFormat.JSON_LD),
            _oxigraph(triples, ox.RdfFormat.RDF_XML),
            None,
            None,
        )
    else:
        statements = turtle_statements(lines)
        jsonld = write_jsonld(lines)
        rdf = write_rdfxml(lines)
        written = Written(
            _HEADER + lines.restored(b"".join(statements)),
            jsonld if jsonld is not None else _oxigraph(triples, ox.RdfFormat.JSON_LD),
            rdf if rdf is not None else _oxigraph(triples, ox.RdfFormat.RDF_XML),
            lines,
            statements,
        )
    _LAST[:] = [written]
    return written


def last_written(turtle: bytes, ntriples: bytes) -> Written | None:
    """The :class:`Written` of the last :func:`write_resource` when its Turtle is the object
    ``turtle`` and it was read from ``ntriples`` (the same object): what a dump plan of that graph
    takes instead of reading the graph again."""
    if _LAST:
        written = _LAST[0]
        if written.ttl is turtle and written.lines is not None and written.lines.ntriples is ntriples:
            return written
    return None
