"""The change feed: Activity Streams 2.0, an OrderedCollection of pages of activities.

Every publish compares what it publishes with the previous state (``feed/state.json``: a content
hash per resource, one resource per line, sorted by IRI) and appends one activity per change:
``Create``, ``Update``, ``Update`` marked as a redaction (personal data removed, KuntaL 140 §) and
``Delete`` whose object is a ``Tombstone`` that keeps body, date, § and title.
Unchanged input appends nothing, so nothing is rewritten. Full pages never change; only the last
page and the collection grow.

The comparison is a merge of two streams sorted by IRI (the previous state read line by line, the
new state as it is produced), and activities are written a page at a time, so memory does not grow
with the number of resources.
"""

from __future__ import annotations

import filecmp
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any

from paatosdata.publish.atomic import write_if_changed

__all__ = [
    "AS_CONTEXT",
    "PAGE_SIZE",
    "Change",
    "Entry",
    "Feed",
    "State",
    "diff",
    "load_state",
    "write_feed",
]

AS_CONTEXT: list[Any] = [
    "https://www.w3.org/ns/activitystreams",
    {
        "pd": "https://w3id.org/paatosdata/def#",
        "change": "pd:change",
        "contentHash": "pd:contentHash",
        "body": "pd:body",
        "date": "pd:date",
        "section": "pd:section",
    },
]
PAGE_SIZE = 1000
STATE_VERSION = 2
_HEAD = '{"version": 2, "resources": [\n'


@dataclass(frozen=True, slots=True)
class Entry:
    """What the feed remembers of one published resource."""

    hash: str
    kind: str  # "item" | "meeting"
    body: str
    date: str
    number: str
    title: str
    redacted: bool = False
    deleted: bool = False

    def _values(self) -> tuple[str, str, str, str, str, str, bool, bool]:
        return (
            self.hash,
            self.kind,
            self.body,
            self.date,
            self.number,
            self.title,
            self.redacted,
            self.deleted,
        )

    def __reduce__(self) -> tuple[type[Entry], tuple[str, str, str, str, str, str, bool, bool]]:
        # pickled as its values (the state pickled for a frozen class with slots is rebuilt field
        # by field, several times slower); entries go to disk and back once per resource
        return Entry, self._values()

    def as_json(self) -> dict[str, Any]:
        """JSON form for the state file."""
        return {
            "hash": self.hash,
            "kind": self.kind,
            "body": self.body,
            "date": self.date,
            "number": self.number,
            "title": self.title,
            "redacted": self.redacted,
            "deleted": self.deleted,
        }

    def as_row(self, iri: str) -> list[Any]:
        """The compact row of the state file."""
        return [iri, *self._values()]

    @classmethod
    def from_row(cls, row: list[Any]) -> tuple[str, Entry]:
        """IRI and entry from a row of the state file."""
        iri, digest, kind, body, date, number, title, redacted, deleted = row
        return iri, cls(digest, kind, body, date, number, title, bool(redacted), bool(deleted))


@dataclass(frozen=True, slots=True)
class Change:
    """One change found: ``created``, ``updated``, ``redacted`` or ``deleted``."""

    kind: str
    iri: str
    entry: Entry


@dataclass(slots=True)
class State:
    """The previous publish's record: its counters, and its resources read (sorted by IRI) on demand."""

    path: Path | None
    events: int = 0
    pages: int = 0
    legacy: dict[str, Entry] | None = None

    @property
    def counters(self) -> dict[str, int]:
        """``events`` and ``pages``."""
        return {"events": self.events, "pages": self.pages}

    def resources(self) -> Iterator[tuple[str, Entry]]:
        """Every recorded resource, sorted by IRI, read line by line."""
        if self.legacy is not None:
            yield from sorted(self.legacy.items())
            return
        if self.path is None:
            return
        with open(self.path, encoding="utf-8") as handle:
            handle.readline()
            for line in handle:
                if not line.startswith("["):
                    return
                yield Entry.from_row(json.loads(line.rstrip().rstrip(",")))


def load_state(site: Path) -> State:
    """What the previous publish recorded (empty on a first publish); resources are read later."""
    path = site / "feed" / "state.json"
    if not path.is_file():
        return State(None)
    with open(path, "rb") as handle:
        first = handle.readline().decode("utf-8")
        if first == _HEAD:
            handle.seek(max(0, path.stat().st_size - 4096))
            tail = handle.read().decode("utf-8", "replace").rstrip("\n").rsplit("\n", 1)[-1]
            counters = json.loads("{" + tail[2:])
            return State(path, int(counters.get("events", 0)), int(counters.get("pages", 0)))
    # the first version: one JSON object, read whole once
    data = json.loads(path.read_text(encoding="utf-8"))
    legacy = {iri: Entry(**value) for iri, value in data.get("resources", {}).items()}
    return State(None, int(data.get("events", 0)), int(data.get("pages", 0)), legacy)


def diff(
    old: Iterable[tuple[str, Entry]], new: Iterable[tuple[str, Entry]]
) -> Iterator[tuple[str, Entry, Change | None]]:
    """Merge two streams sorted by IRI: every IRI with the entry to keep and its change, if any.

    Tombstones are kept for deleted resources. In ``new``, a later entry for the same IRI wins.
    """
    olds, news = iter(old), _last_per_iri(new)
    before = next(olds, None)
    after = next(news, None)
    while before is not None or after is not None:
        if after is None or (before is not None and before[0] < after[0]):
            assert before is not None
            iri, entry = before
            tomb = Entry("", entry.kind, entry.body, entry.date, entry.number, entry.title, deleted=True)
            yield iri, tomb, None if entry.deleted else Change("deleted", iri, tomb)
            before = next(olds, None)
            continue
        iri, entry = after
        change: Change | None = None
        if before is None or before[0] != iri or before[1].deleted:
            change = Change("created", iri, entry)
        elif before[1].hash != entry.hash:
            kind = "redacted" if entry.redacted and not before[1].redacted else "updated"
            change = Change(kind, iri, entry)
        yield iri, entry, change
        if before is not None and before[0] == iri:
            before = next(olds, None)
        after = next(news, None)


def _last_per_iri(entries: Iterable[tuple[str, Entry]]) -> Iterator[tuple[str, Entry]]:
    held: tuple[str, Entry] | None = None
    for pair in entries:
        if held is not None and held[0] != pair[0]:
            yield held
        held = pair
    if held is not None:
        yield held


def _activity(base: str, page: int, seq: int, change: Change, when: str) -> dict[str, Any]:
    entry = change.entry
    obj: dict[str, Any] = {
        "id": change.iri,
        "type": "Document",
        "name": entry.title,
        "body": entry.body,
        "date": entry.date,
        "section": entry.number,
    }
    activity: dict[str, Any] = {"id": f"{base}/feed/page-{page}.jsonld#{seq}", "published": when}
    if change.kind == "deleted":
        obj.update({"type": "Tombstone", "formerType": "Document", "deleted": when})
        activity["type"] = "Delete"
    else:
        obj["contentHash"] = f"sha256:{entry.hash}"
        activity["type"] = "Create" if change.kind == "created" else "Update"
    activity["change"] = change.kind
    if change.kind == "redacted":
        activity["summary"] = "Personal data of private persons removed after the period (KuntaL 140 §)"
    activity["object"] = obj
    return activity


_REDACTED = ', "summary": "Personal data of private persons removed after the period (KuntaL 140 §)"'
#: a string as JSON (quoted, escaped, non-ASCII kept): what :func:`json.dumps` writes for it;
#: raises TypeError for anything else
_string = encode_basestring


def _activity_line(base: str, page: int, seq: int, change: Change, when: str) -> str:
    """:func:`_activity` as one compact line of JSON with sorted keys, written out directly.

    What ``json.dumps(_activity(...), ensure_ascii=False, sort_keys=True)`` gives, several times
    faster (an activity is written per change, a page of a thousand at a time); values that are
    not text go the way of :func:`json.dumps`.
    """
    entry = change.entry
    try:
        name, body, date, section = (
            _string(entry.title),
            _string(entry.body),
            _string(entry.date),
            _string(entry.number),
        )
        kind, iri, stamp = _string(change.kind), _string(change.iri), _string(when)
        if change.kind == "deleted":
            obj = (
                f'{{"body": {body}, "date": {date}, "deleted": {stamp}, "formerType": "Document", '
                f'"id": {iri}, "name": {name}, "section": {section}, "type": "Tombstone"}}'
            )
            kind_type = "Delete"
        else:
            digest = _string(f"sha256:{entry.hash}")
            obj = (
                f'{{"body": {body}, "contentHash": {digest}, "date": {date}, "id": {iri}, '
                f'"name": {name}, "section": {section}, "type": "Document"}}'
            )
            kind_type = "Create" if change.kind == "created" else "Update"
        summary = _REDACTED if change.kind == "redacted" else ""
        ident = _string(f"{base}/feed/page-{page}.jsonld#{seq}")
    except TypeError:
        return json.dumps(_activity(base, page, seq, change, when), ensure_ascii=False, sort_keys=True)
    return (
        f'{{"change": {kind}, "id": {ident}, "object": {obj}, "published": {stamp}{summary}, '
        f'"type": "{kind_type}"}}'
    )


_SUMMARY = "Changes to the published decisions: Create, Update (change: updated | redacted), Delete"


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _dump_page(page: dict[str, Any], lines: list[str] | None = None) -> bytes:
    """A page as JSON with one activity per line (compact lines encode many times faster).

    ``lines``, when given, are its activities already written as such lines (``orderedItems`` is
    then left out of ``page``).
    """
    head = {key: value for key, value in page.items() if key != "orderedItems"}
    text = json.dumps(head, ensure_ascii=False, indent=1, sort_keys=True)
    if lines is None:
        lines = [_line(a) for a in page["orderedItems"]]
    joined = ",\n".join(lines)
    body = f"[\n{joined}\n ]" if joined else "[]"
    return (text[: text.rindex("\n}")] + f',\n "orderedItems": {body}\n}}\n').encode("utf-8")


def _line(activity: Any) -> str:
    return json.dumps(activity, ensure_ascii=False, sort_keys=True)


def _row(iri: str, entry: Entry) -> str:
    """``json.dumps(entry.as_row(iri), ensure_ascii=False)``, written out directly when its values
    are text and flags (a row is written per resource)."""
    values = entry._values()
    flags = values[6:]
    if type(flags[0]) is bool and type(flags[1]) is bool:
        try:
            texts = ", ".join(map(_string, (iri, *values[:6])))
        except TypeError:
            pass
        else:
            return f"[{texts}, {'true' if flags[0] else 'false'}, {'true' if flags[1] else 'false'}]"
    return json.dumps(entry.as_row(iri), ensure_ascii=False)


class Feed:
    """Writes one publish's activities a page at a time, then the collection and the new state.

    A page is held as its activities' lines of JSON until it is full and the next activity comes,
    then written once, linked to the next page; the last page is written by :meth:`close`.
    """

    def __init__(self, site: Path, base: str, counters: dict[str, int], when: str) -> None:
        self.folder = site / "feed"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.base, self.when = base, when
        self.events, self.pages = counters["events"], counters["pages"]
        self.appended = 0
        self.page: list[str] | None = None
        # whether the page before the one being filled was written by this run, linked to it
        self.linked = False
        self.state_part = self.folder / "state.json.part"
        self.state: IO[str] = open(self.state_part, "w", encoding="utf-8")  # noqa: SIM115
        self.state.write(_HEAD)
        self.rows = 0

    def keep(self, iri: str, entry: Entry) -> None:
        """Record ``entry`` in the new state (call in IRI order)."""
        row = _row(iri, entry)
        self.state.write(f"\n{row}," if self.rows else f"{row},")
        self.rows += 1

    def add(self, change: Change) -> None:
        """Append one activity."""
        if self.page is None or self.events >= self.pages * PAGE_SIZE:
            if self.page is not None:
                self._flush(last=False)
            self._open()
        assert self.page is not None
        self.events += 1
        self.appended += 1
        self.page.append(_activity_line(self.base, self.pages, self.events, change, self.when))

    def _open(self) -> None:
        if self.pages == 0 or self.events >= self.pages * PAGE_SIZE:
            self.pages += 1
        path = self.folder / f"page-{self.pages}.jsonld"
        if path.is_file():
            self.page = [_line(a) for a in json.loads(path.read_text(encoding="utf-8"))["orderedItems"]]
        else:
            self.page = []

    def _flush(self, last: bool = True) -> None:
        """Write the page being filled; linked to the next one unless it is the ``last``."""
        assert self.page is not None
        base, pages = self.base, self.pages
        page: dict[str, Any] = {
            "@context": AS_CONTEXT,
            "id": f"{base}/feed/page-{pages}.jsonld",
            "type": "OrderedCollectionPage",
            "partOf": f"{base}/feed/",
            "startIndex": (pages - 1) * PAGE_SIZE,
        }
        if pages > 1:
            page["prev"] = f"{base}/feed/page-{pages - 1}.jsonld"
        if not last:
            page["next"] = f"{base}/feed/page-{pages + 1}.jsonld"
        write_if_changed(self.folder / f"page-{pages}.jsonld", _dump_page(page, self.page))
        if pages > 1 and not self.linked:
            # the page before, written by an earlier publish, is linked to this one
            previous = self.folder / f"page-{pages - 1}.jsonld"
            data = json.loads(previous.read_text(encoding="utf-8"))
            if data.get("next") != page["id"]:
                data["next"] = page["id"]
                write_if_changed(previous, _dump_page(data))
        self.linked = not last
        self.page = None

    def close(self) -> int:
        """Write the last page, the collection and the state; the number of activities appended."""
        if self.page is not None:
            self._flush()
        base = self.base
        collection: dict[str, Any] = {
            "@context": AS_CONTEXT,
            "id": f"{base}/feed/",
            "type": "OrderedCollection",
            "summary": _SUMMARY,
            "totalItems": self.events,
        }
        if self.pages:
            collection["first"] = f"{base}/feed/page-1.jsonld"
            collection["last"] = f"{base}/feed/page-{self.pages}.jsonld"
        write_if_changed(self.folder / "index.jsonld", _dump(collection))
        with self.state:
            if self.rows:
                # the last row loses its comma: seek back over it
                self.state.seek(self.state.tell() - 1)
                self.state.truncate()
                self.state.write("\n")
            self.state.write(f'], "events": {self.events}, "pages": {self.pages}}}\n')
        path = self.folder / "state.json"
        if path.is_file() and filecmp.cmp(self.state_part, path, shallow=False):
            self.state_part.unlink()
        else:
            # renamed over, never written in place: the staged file is a hard link to the live one
            os.replace(self.state_part, path)
        return self.appended

    def discard(self) -> None:
        """Drop the half-written state (after a failure)."""
        self.state.close()
        self.state_part.unlink(missing_ok=True)


def write_feed(
    site: Path,
    base: str,
    changes: Iterable[tuple[str, Entry, Change | None]],
    counters: dict[str, int],
    when: str,
) -> int:
    """Append the changes of a :func:`diff` as activities, write the collection and the state."""
    feed = Feed(site, base, counters, when)
    try:
        for iri, entry, change in changes:
            feed.keep(iri, entry)
            if change is not None:
                feed.add(change)
    except BaseException:
        feed.discard()
        raise
    return feed.close()
