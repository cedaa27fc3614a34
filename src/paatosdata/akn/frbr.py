"""The ``identification`` of an AKN document (its FRBR Work, Expression and Manifestation) as text.

Written as :func:`paatosdata.akn.tree.template` writes it (see :mod:`paatosdata.akn.markup`); the
entries one meeting's documents share (dates, authors, country, subtype, language, format) are
written once and reused.
"""

from __future__ import annotations

from functools import lru_cache

from paatosdata.akn.markup import ENTRIES_KEPT, INDENT, attrs, raw_attr
from paatosdata.akn.refs import clean_ref, clean_text
from paatosdata.ids import LANGUAGE_CODES, WorkPath

__all__ = ["identification"]


@lru_cache(maxsize=ENTRIES_KEPT)
def _leaf(tag: str, **values: str | None) -> str:
    """An empty element with attributes as :func:`paatosdata.akn.markup.attrs` takes them."""
    return f"<{tag}{attrs(**values)}/>"


@lru_cache(maxsize=ENTRIES_KEPT)
def _author(href: str, as_: str | None = None) -> str:
    """``FRBRauthor`` naming a reference (which may have the prefix :data:`paatosdata.akn.tree.MARK`)."""
    start = raw_attr("href", clean_ref(href))
    if as_ is not None:
        start += raw_attr("as", clean_ref(as_))
    return f"<FRBRauthor{start}/>"


def _group(tag: str, children: list[str]) -> str:
    inner = INDENT[2]
    return f"<{tag}>{inner}{inner.join(children)}{INDENT[1]}</{tag}>"


def identification(
    path: WorkPath,
    language: str,
    number_show: str,
    meeting_day: str,
    transform_day: str,
    refs: tuple[str, str, str],
) -> str:
    """``identification`` of the document at ``path`` in ``language``; ``refs`` are the
    ``#``-references to the body, the decision maker's role and paatosdata (the source)."""
    body_ref, decision_maker, source = refs
    lang = LANGUAGE_CODES.get(language, language)
    work_iri = clean_text(path.work)
    expression_iri = clean_text(path.expression(lang))
    number = raw_attr("value", clean_text(path.number)) + raw_attr("showAs", clean_text(number_show))
    work = _group(
        "FRBRWork",
        [
            f"<FRBRthis{raw_attr('value', work_iri + '/!main')}/>",
            f"<FRBRuri{raw_attr('value', work_iri)}/>",
            _leaf("FRBRdate", date=meeting_day, name="meeting"),
            _author(body_ref, decision_maker),
            _leaf("FRBRcountry", value=path.country),
            _leaf("FRBRsubtype", value=path.subtype),
            f"<FRBRnumber{number}/>",
        ],
    )
    expression = _group(
        "FRBRExpression",
        [
            f"<FRBRthis{raw_attr('value', expression_iri + '/!main')}/>",
            f"<FRBRuri{raw_attr('value', expression_iri)}/>",
            _leaf(
                "FRBRdate", date=meeting_day, name="decision" if path.doctype == "statement" else "meeting"
            ),
            _author(body_ref),
            _leaf("FRBRlanguage", language=lang),
        ],
    )
    manifestation = _group(
        "FRBRManifestation",
        [
            f"<FRBRthis{raw_attr('value', expression_iri + '/!main.xml')}/>",
            f"<FRBRuri{raw_attr('value', clean_text(path.manifestation(lang)))}/>",
            _leaf("FRBRdate", date=transform_day, name="transform"),
            _author(source),
            _leaf("FRBRformat", value="xml"),
        ],
    )
    inner = INDENT[1]
    groups = inner.join((work, expression, manifestation))
    return f"<identification{raw_attr('source', source)}>{inner}{groups}{INDENT[0]}</identification>"
