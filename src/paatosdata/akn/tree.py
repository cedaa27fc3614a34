"""A small element tree the AKN builder writes into: serialised straight to bytes, or turned into lxml.

Creating an lxml element costs several microseconds (namespace lookup, UTF-8 conversion and checks
of every attribute), and an item's document has ≈90 of them; a :class:`Node` is a plain Python
object. :func:`serialise` writes exactly what :func:`paatosdata.akn.build.to_bytes` writes for the
same tree made of lxml elements — the same indentation of :data:`BLOCKS`, escapes, empty-element
forms and namespace declarations — and :func:`to_lxml` gives that lxml tree for callers that want one.
A subtree several documents share (see :meth:`Node.freeze`) is written once per indentation level.

Tags and attribute names are local names for the AKN namespace and ``pd:name`` for paatosdata's.
Every text and attribute value must already be XML-clean (:func:`paatosdata.akn.refs.clean_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from paatosdata.akn import AKN_NS, PD_NS

__all__ = [
    "BLOCKS",
    "DECLARATION",
    "MARK",
    "LINES",
    "NEWLINE",
    "ROOT_NAMESPACES",
    "Node",
    "child_text",
    "clark",
    "escape_attr",
    "escape_text",
    "fragment",
    "placed",
    "serialise",
    "sub",
    "template",
    "to_lxml",
]

#: what ``lxml.etree.tostring(root, xml_declaration=True, encoding="UTF-8")`` puts first
DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
ROOT_NAMESPACES = f' xmlns="{AKN_NS}" xmlns:pd="{PD_NS}"'

#: structural elements: indented when they hold children and no text of their own
BLOCKS = frozenset(
    (
        "akomaNtoso statement debateReport meta identification FRBRWork FRBRExpression FRBRManifestation "
        "references proprietary workflow analysis parliamentary voting otherReferences preface mainBody "
        "hcontainer content container conclusions blockContainer attachments attachment components component "
        "documentCollection collectionBody pd:item pd:case pd:confidentiality pd:disqualification"
    ).split()
)


class Node:
    """One element: tag, attributes in order, text, tail and children (an lxml-like subset)."""

    __slots__ = ("attrs", "children", "rendered", "tag", "tail", "text")

    def __init__(self, tag: str, attrs: dict[str, str], text: str | None = None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.text = text
        self.tail: str | None = None
        self.children: list[Node] = []
        self.rendered: dict[int, str] | None = None

    def freeze(self) -> Node:
        """Mark this finished subtree as shared by several trees: it is written once per indentation
        level and the text reused. Neither it nor its children may change afterwards."""
        self.rendered = {}
        return self

    def get(self, name: str) -> str | None:
        """The value of attribute ``name``."""
        return self.attrs.get(name)

    def set(self, name: str, value: str) -> None:
        """Set attribute ``name`` (an existing one keeps its place)."""
        self.attrs[name] = value

    def append(self, child: Node) -> None:
        """Add ``child`` as the last child."""
        self.children.append(child)

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[Node]:
        return iter(self.children)


def sub(parent: Node, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> Node:
    """A new last child of ``parent``; ``attrs`` becomes the node's own dictionary."""
    node = Node(tag, {} if attrs is None else attrs, text)
    parent.children.append(node)
    return node


def _attr_special(value: str) -> bool:
    """True when ``value`` holds a character libxml2 escapes in an attribute value. (A scan for each
    runs at memory speed, where a regular expression looks at each character in turn: ten times
    slower on a long text.)"""
    return (
        "&" in value
        or "<" in value
        or ">" in value
        or '"' in value
        or "\n" in value
        or "\r" in value
        or "\t" in value
    )


def _text_special(value: str) -> bool:
    """True when ``value`` holds a character libxml2 escapes in text (see :func:`_attr_special`)."""
    return "&" in value or "<" in value or ">" in value or "\r" in value


def _attr(value: str) -> str:
    """``value`` escaped as libxml2 escapes an attribute value."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def _text(value: str) -> str:
    """``value`` escaped as libxml2 escapes text."""
    if not _text_special(value):
        return value
    return _escape_text(value)


def _escape_text(value: str) -> str:
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;")


def escape_attr(value: str) -> str:
    """``value`` (XML-clean) as libxml2 writes it in an attribute value."""
    return _attr(value) if _attr_special(value) else value


def escape_text(value: str) -> str:
    """``value`` (XML-clean) as libxml2 writes it as text."""
    return _escape_text(value) if _text_special(value) else value


def _start(node: Node) -> str:
    """``<tag a="v" …`` (not closed)."""
    start = "<" + node.tag
    for name, value in node.attrs.items():
        if _attr_special(value):
            value = _attr(value)
        start = f'{start} {name}="{value}"'
    return start


def _leaf(node: Node) -> str:
    """``node`` without children, as :func:`_flat` writes it."""
    tag = node.tag
    start = _start(node) if node.attrs else "<" + tag
    text = node.text
    if text is None:
        return start + "/>"
    if _text_special(text):
        text = _escape_text(text)
    return f"{start}>{text}</{tag}>"


def _indented(node: Node) -> bool:
    """True when ``node`` is laid out on lines: a block with children and no text of its own."""
    if not node.children or node.tag not in BLOCKS:
        return False
    text = node.text
    return not (text and text.strip())


def _flat(node: Node, out: list[str], start: str = "") -> None:
    """``node`` as it stands (no indentation inside it); ``start`` replaces its ``<tag …``."""
    children = node.children
    if not children and not start:
        out.append(_leaf(node))
        return
    start = start or _start(node)
    text = node.text
    if not children:
        out.append(start + "/>" if text is None else f"{start}>{_text(text)}</{node.tag}>")
        return
    append = out.append
    append(start + ">" + _text(text) if text else start + ">")
    for child in children:
        if child.children:
            _flat(child, out)
        else:
            append(_leaf(child))
        tail = child.tail
        if tail:
            append(_text(tail))
    append(f"</{node.tag}>")


def _block(node: Node, out: list[str], level: int, start: str = "", nl: str = "\n") -> None:
    """``node`` (see :func:`_indented`) with each child on its own line at ``level + 1``; ``nl``
    begins each line (:func:`template` writes :data:`NEWLINE` there)."""
    inner = nl + " " * (level + 1)
    append = out.append
    append((start or _start(node)) + ">" + inner)
    blocks = BLOCKS
    for child in node.children:
        rendered = child.rendered
        children = child.children
        if rendered is not None and (nl == "\n" or not children):  # a leaf has no lines
            text = rendered.get(level + 1)
            if text is None:
                part: list[str] = []
                if _indented(child):
                    _block(child, part, level + 1)
                else:
                    _flat(child, part)
                text = rendered[level + 1] = "".join(part)
            append(text)
        elif not children:  # a leaf, as _leaf writes it (inline: most children are leaves)
            tag = child.tag
            start = _start(child) if child.attrs else "<" + tag
            text = child.text
            if text is None:
                append(start + "/>")
            else:
                if _text_special(text):
                    text = _escape_text(text)
                append(f"{start}>{text}</{tag}>")
        elif child.tag in blocks and not (child.text and child.text.strip()):
            _block(child, out, level + 1, "", nl)  # see _indented
        else:
            _flat(child, out)
        tail = child.tail
        append(_text(tail) if tail and tail.strip() else inner)
    out[-1] = nl + " " * level  # in place of the last child's tail, which is not written
    append(f"</{node.tag}>")


#: the start of a line at each indentation level, as :func:`serialise` writes it
LINES = tuple("\n" + " " * level for level in range(64))


def child_text(node: Node, level: int) -> str:
    """``node`` (a child without tail, or a :func:`fragment` without prefix) as :func:`serialise`
    writes it at indentation ``level``; a frozen subtree's text is made once per level."""
    rendered = node.rendered
    if rendered is not None:
        text = rendered.get(level)
        if text is not None:
            return text
    part: list[str] = []
    if _indented(node):
        _block(node, part, level)
    else:
        _flat(node, part)
    text = "".join(part)
    if rendered is not None:
        rendered[level] = text
    return text


#: the eId prefix of a tree made to become a :func:`template` (see :mod:`paatosdata.akn.refs`), and
#: the line break before each line's indentation in a template: neither is an XML character, so
#: neither is ever in an element's text or attribute values
MARK = "\x00"
NEWLINE = "\x01"


def template(nodes: list[Node]) -> str:
    """Siblings ``nodes`` as :func:`serialise` writes them one after the other (with no tails), for
    any indentation: each line break and the indentation common to all lines is :data:`NEWLINE`
    (see :func:`fragment`). A frozen subtree's remembered text is used for leaves only."""
    out: list[str] = []
    for node in nodes:
        if node.tail is not None or not node.tag:
            raise ValueError("a template is made of elements without tails")
        if _indented(node):
            _block(node, out, 0, "", NEWLINE)
        else:
            _flat(node, out)
        out.append(NEWLINE)
    out.pop()
    return "".join(out)


class _Fragment(dict[int, str]):
    """The ``rendered`` of a :func:`fragment`: its text at every indentation level, made on demand."""

    __slots__ = ("prefix", "text")

    def __init__(self, text: str, prefix: str) -> None:
        super().__init__()
        self.text = text
        self.prefix = prefix

    def get(self, level: int, default: str | None = None) -> str:  # type: ignore[override]
        return self.text.replace(MARK, self.prefix).replace(NEWLINE, "\n" + " " * level)


class _Placed(dict[int, str]):
    """The ``rendered`` of a :func:`placed` child: its text at the one level it was written for."""

    __slots__ = ("level", "text")

    def __init__(self, text: str, level: int) -> None:
        super().__init__()
        self.text = text
        self.level = level

    def get(self, level: int, default: str | None = None) -> str:  # type: ignore[override]
        if level != self.level:
            raise ValueError(f"a child written for level {self.level} placed at level {level}")
        return self.text


def placed(text: str, level: int) -> Node:
    """A stand-in child of a block element written as ``text``: the final text of one or more
    elements (each line break and indentation included) at indentation ``level``, where alone it
    may be placed. Only :func:`serialise` knows it (not :func:`to_lxml`)."""
    node = Node("", {})
    node.rendered = _Placed(text, level)
    return node


def fragment(text: str, prefix: str) -> Node:
    """A stand-in child of a block element written as ``text`` (a :func:`template`) at the child's
    indentation, with each :data:`MARK` replaced by ``prefix``. Only
    :func:`serialise` knows it (not :func:`to_lxml`)."""
    node = Node("", {})
    node.rendered = _Fragment(text, prefix)
    return node


def serialise(root: Node) -> bytes:
    """``root`` (an ``akomaNtoso``, ``statement`` … that declares the namespaces) as indented UTF-8
    XML with a declaration, byte for byte what lxml writes for the same tree indented."""
    out = [DECLARATION]
    tag_end = len(root.tag) + 1
    start = _start(root)
    start = start[:tag_end] + ROOT_NAMESPACES + start[tag_end:]
    if _indented(root):
        _block(root, out, 0, start)
    else:
        _flat(root, out, start)
    return "".join(out).encode("utf-8")


def clark(name: str) -> str:
    """The lxml (``{namespace}local``) form of a tag written ``local`` or ``pd:local``."""
    return f"{{{PD_NS}}}{name[3:]}" if name.startswith("pd:") else f"{{{AKN_NS}}}{name}"


def _clark_attr(name: str) -> str:
    return f"{{{PD_NS}}}{name[3:]}" if name.startswith("pd:") else name


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_LINE_STARTS = re.compile(NEWLINE + " *")
#: each start tag, and whether the element is empty with an empty text (``<p></p>``)
_START_TAGS = re.compile("<[^/][^>]*?(/?)>(</)?")


def _fragment_lxml(rendered: _Fragment, parent: etree._Element) -> None:
    """The elements of a :func:`fragment` appended to ``parent``, as lxml would hold them had they
    been built one by one without indentation (an empty text stays an empty text)."""
    text = _LINE_STARTS.sub("", rendered.text.replace(MARK, rendered.prefix))
    holder = etree.fromstring(f"<x{ROOT_NAMESPACES}>{text}</x>".encode(), _PARSER)
    if "></" in text:
        elements = holder.iter()
        next(elements)  # the holder itself
        for element, start in zip(elements, _START_TAGS.finditer(text), strict=True):
            if start.group(2) and not start.group(1):
                element.text = ""
    for child in list(holder):
        parent.append(child)


def to_lxml(node: Node, parent: etree._Element | None = None) -> etree._Element:
    """``node`` as lxml elements (inside ``parent`` if given, else a root declaring both namespaces)."""
    if isinstance(node.rendered, _Fragment):
        if parent is None:
            raise ValueError("a fragment has no element of its own")
        _fragment_lxml(node.rendered, parent)
        return parent
    attrs = {_clark_attr(name): value for name, value in node.attrs.items()}
    if parent is None:
        made = etree.Element(clark(node.tag), attrs, nsmap={None: AKN_NS, "pd": PD_NS})
    else:
        made = etree.SubElement(parent, clark(node.tag), attrs)
    if node.text is not None:
        made.text = node.text
    if node.tail is not None:
        made.tail = node.tail
    for child in node.children:
        to_lxml(child, made)
    return made
