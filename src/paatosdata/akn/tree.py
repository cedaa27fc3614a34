"""A small element tree the AKN builder writes into: serialised straight to bytes, or turned into lxml.

Creating an lxml element costs several microseconds (namespace lookup, UTF-8 conversion and checks
of every attribute), and an item's document has ≈75 of them; a :class:`Node` is a plain Python
object. :func:`to_bytes` writes exactly what ``lxml.etree.tostring`` writes for the same tree after
:func:`indent_rules` — the same escapes, empty-element forms and namespace declarations — and
:func:`to_lxml` gives the lxml tree for callers that want one.

Tags and attribute names are local names for the AKN namespace and ``pd:name`` for paatosdata's.
Every text and attribute value must already be XML-clean (:func:`paatosdata.akn.refs.clean_text`).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from paatosdata.akn import AKN_NS, PD_NS

__all__ = ["BLOCKS", "DECLARATION", "Node", "clark", "element", "serialise", "sub", "to_lxml"]

#: what ``lxml.etree.tostring(root, xml_declaration=True, encoding="UTF-8")`` puts first
DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
_ROOT_NAMESPACES = f' xmlns="{AKN_NS}" xmlns:pd="{PD_NS}"'

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

    __slots__ = ("attrs", "children", "tag", "tail", "text")

    def __init__(self, tag: str, attrs: dict[str, str], text: str | None = None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.text = text
        self.tail: str | None = None
        self.children: list[Node] = []

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


def element(tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> Node:
    """A node without parent."""
    return Node(tag, {} if attrs is None else attrs, text)


def sub(parent: Node, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> Node:
    """A new last child of ``parent``; ``attrs`` becomes the node's own dictionary."""
    node = Node(tag, {} if attrs is None else attrs, text)
    parent.children.append(node)
    return node


def _attr(value: str) -> str:
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    return value


def _text(value: str) -> str:
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def _indented(node: Node) -> bool:
    """True when ``node`` is laid out on lines: a block with children and no text of its own."""
    if node.tag not in BLOCKS or not node.children:
        return False
    text = node.text
    return not (text and text.strip())


def _open(node: Node, out: list[str], namespaces: str) -> None:
    out.append(f"<{node.tag}{namespaces}")
    for name, value in node.attrs.items():
        out.append(f' {name}="{_attr(value)}"')


def _flat(node: Node, out: list[str], namespaces: str = "") -> None:
    """``node`` as it stands (no indentation inside it)."""
    _open(node, out, namespaces)
    children = node.children
    text = node.text
    if not children and text is None:
        out.append("/>")
        return
    out.append(">")
    if text:
        out.append(_text(text))
    for child in children:
        _flat(child, out)
        if child.tail:
            out.append(_text(child.tail))
    out.append(f"</{node.tag}>")


def _block(node: Node, out: list[str], level: int, namespaces: str = "") -> None:
    """``node`` (see :func:`_indented`) with each child on its own line at ``level + 1``."""
    _open(node, out, namespaces)
    inner = "\n" + " " * (level + 1)
    out.append(">" + inner)
    children = node.children
    last = len(children) - 1
    for index, child in enumerate(children):
        if _indented(child):
            _block(child, out, level + 1)
        else:
            _flat(child, out)
        if index == last:
            out.append("\n" + " " * level)
        else:
            tail = child.tail
            out.append(_text(tail) if tail and tail.strip() else inner)
    out.append(f"</{node.tag}>")


def serialise(root: Node) -> bytes:
    """``root`` (an ``akomaNtoso``, ``statement`` … that declares the namespaces) as indented UTF-8
    XML with a declaration, byte for byte what lxml writes for the same tree indented."""
    out = [DECLARATION]
    if _indented(root):
        _block(root, out, 0, _ROOT_NAMESPACES)
    else:
        _flat(root, out, _ROOT_NAMESPACES)
    text = "".join(out)
    return text.encode("utf-8")


def clark(name: str) -> str:
    """The lxml (``{namespace}local``) form of a tag written ``local`` or ``pd:local``."""
    return f"{{{PD_NS}}}{name[3:]}" if name.startswith("pd:") else f"{{{AKN_NS}}}{name}"


def _clark_attr(name: str) -> str:
    return f"{{{PD_NS}}}{name[3:]}" if name.startswith("pd:") else name


def to_lxml(node: Node, parent: etree._Element | None = None) -> etree._Element:
    """``node`` as lxml elements (inside ``parent`` if given, else a root declaring both namespaces)."""
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
