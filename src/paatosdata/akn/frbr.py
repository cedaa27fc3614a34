"""The ``identification`` of an AKN document (its FRBR Work, Expression and Manifestation) as text.

Written as :func:`paatosdata.akn.tree.template` writes it (see :mod:`paatosdata.akn.markup`); the
entries one meeting's documents share (dates, authors, country, subtype, language, format) are
written once and reused.
"""

from __future__ import annotations

from functools import lru_cache

from paatosdata.akn.markup import ENTRIES_KEPT, INDENT, attrs, raw_attr
from paatosdata.akn.refs import clean_ref, clean_text
from paatosdata.akn.tree import escape_attr
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


@lru_cache(maxsize=ENTRIES_KEPT)
def _shared(
    country: str,
    subtype: str,
    doctype: str,
    lang: str,
    meeting_day: str,
    transform_day: str,
    refs: tuple[str, str, str],
) -> tuple[str, str, str]:
    """The entries of Work, Expression and Manifestation between ``FRBRuri`` and the end (the Work's
    up to ``FRBRnumber``), each group's joined: what one meeting's documents have in common."""
    body_ref, decision_maker, source = refs
    inner = INDENT[2]
    work = inner.join(
        (
            _leaf("FRBRdate", date=meeting_day, name="meeting"),
            _author(body_ref, decision_maker),
            _leaf("FRBRcountry", value=country),
            _leaf("FRBRsubtype", value=subtype),
        )
    )
    expression = inner.join(
        (
            _leaf("FRBRdate", date=meeting_day, name="decision" if doctype == "statement" else "meeting"),
            _author(body_ref),
            _leaf("FRBRlanguage", language=lang),
        )
    )
    manifestation = inner.join(
        (
            _leaf("FRBRdate", date=transform_day, name="transform"),
            _author(source),
            _leaf("FRBRformat", value="xml"),
        )
    )
    return work, expression, manifestation


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
    lang = LANGUAGE_CODES.get(language, language)
    work_iri = clean_text(path.work)
    # path.expression(lang) and path.manifestation(lang), the Work IRI written once
    expression_iri = work_iri + clean_text(f"/{LANGUAGE_CODES.get(lang, lang)}@")
    work_this = escape_attr(work_iri)
    expression_this = escape_attr(expression_iri)
    number = raw_attr("value", clean_text(path.number)) + raw_attr("showAs", clean_text(number_show))
    work, expression, manifestation = _shared(
        path.country, path.subtype, path.doctype, lang, meeting_day, transform_day, refs
    )
    inner, outer = INDENT[2], INDENT[1]
    return (
        f"<identification{raw_attr('source', refs[2])}>{outer}"
        f'<FRBRWork>{inner}<FRBRthis value="{work_this}/!main"/>{inner}<FRBRuri value="{work_this}"/>'
        f"{inner}{work}{inner}<FRBRnumber{number}/>{outer}</FRBRWork>{outer}"
        f'<FRBRExpression>{inner}<FRBRthis value="{expression_this}/!main"/>'
        f'{inner}<FRBRuri value="{expression_this}"/>{inner}{expression}{outer}</FRBRExpression>{outer}'
        f'<FRBRManifestation>{inner}<FRBRthis value="{expression_this}/!main.xml"/>'
        f'{inner}<FRBRuri value="{expression_this}.xml"/>{inner}{manifestation}{outer}</FRBRManifestation>'
        f"{INDENT[0]}</identification>"
    )
