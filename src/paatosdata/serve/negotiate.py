"""Content negotiation: parse an ``Accept`` header and choose among offered media types.

>>> choose("text/turtle;q=0.9, application/ld+json", ["text/turtle", "application/ld+json"])
'application/ld+json'
>>> choose("text/*", ["application/ld+json", "text/turtle"])
'text/turtle'
>>> choose("image/png", ["text/html"]) is None
True
>>> choose("", ["text/html", "text/turtle"])
'text/html'
"""

from __future__ import annotations

__all__ = ["choose", "parse_accept"]


def parse_accept(header: str) -> list[tuple[str, float, int]]:
    """``(media range, q, position)`` for each entry of an Accept header; bad q values count as 0."""
    ranges: list[tuple[str, float, int]] = []
    for position, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        if "/" not in media:
            media = "*/*" if media == "*" else media + "/*"
        quality = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, position))
    return ranges


def _match(media_range: str, offer: str) -> int:
    """How specifically ``media_range`` matches ``offer``: 3 exact, 2 type/*, 1 */*, 0 not at all."""
    if media_range == offer:
        return 3
    kind, _, sub = media_range.partition("/")
    offer_kind = offer.partition("/")[0]
    if sub == "*" and kind == offer_kind:
        return 2
    if media_range == "*/*":
        return 1
    return 0


def choose(header: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers (the first offer when there is no Accept header), or None.

    Each offer gets the q of the most specific range matching it; ties go to the client's order,
    then to the order of ``offers``.
    """
    if not header or not header.strip():
        return offers[0] if offers else None
    ranges = parse_accept(header)
    best: tuple[float, int, int, int] | None = None
    chosen: str | None = None
    for index, offer in enumerate(offers):
        score: tuple[float, int, int] | None = None
        for media, quality, position in ranges:
            specificity = _match(media, offer.lower())
            if specificity and (score is None or specificity > score[1]):
                score = (quality, specificity, position)
        if score is None or score[0] <= 0:
            continue
        key = (score[0], score[1], -score[2], -index)
        if best is None or key > best:
            best, chosen = key, offer
    return chosen
