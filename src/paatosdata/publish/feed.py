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


_SUMMARY = "Changes to the published decisions: Create, Update (change: updated | redacted), Delete"


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _dump_page(page: dict[str, Any]) -> bytes:
    """A page as JSON with one activity per line (compact lines encode many times faster)."""
    head = {key: value for key, value in page.items() if key != "orderedItems"}
    text = json.dumps(head, ensure_ascii=False, indent=1, sort_keys=True)
    lines = ",\n".join(json.dumps(a, ensure_ascii=False, sort_keys=True) for a in page["orderedItems"])
    body = f"[\n{lines}\n ]" if lines else "[]"
    return (text[: text.rindex("\n}")] + f',\n "orderedItems": {body}\n}}\n').encode("utf-8")


class Feed:
    """Writes one publish's activities a page at a time, then the collection and the new state."""

    def __init__(self, site: Path, base: str, counters: dict[str, int], when: str) -> None:
        self.folder = site / "feed"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.base, self.when = base, when
        self.events, self.pages = counters["events"], counters["pages"]
        self.appended = 0
        self.page: list[Any] | None = None
        self.state_part = self.folder / "state.json.part"
        self.state: IO[str] = open(self.state_part, "w", encoding="utf-8")  # noqa: SIM115
        self.state.write(_HEAD)
        self.rows = 0

    def keep(self, iri: str, entry: Entry) -> None:
        """Record ``entry`` in the new state (call in IRI order)."""
        row = json.dumps(entry.as_row(iri), ensure_ascii=False)
        self.state.write(("\n" if self.rows else "") + row + ",")
        self.rows += 1

    def add(self, change: Change) -> None:
        """Append one activity."""
        if self.page is None or self.events >= self.pages * PAGE_SIZE:
            if self.page is not None:
                self._flush()
            self._open()
        assert self.page is not None
        self.events += 1
        self.appended += 1
        self.page.append(_activity(self.base, self.pages, self.events, change, self.when))

    def _open(self) -> None:
        if self.pages == 0 or self.events >= self.pages * PAGE_SIZE:
            self.pages += 1
        path = self.folder / f"page-{self.pages}.jsonld"
        self.page = json.loads(path.read_text(encoding="utf-8"))["orderedItems"] if path.is_file() else []

    def _flush(self) -> None:
        assert self.page is not None
        base, pages = self.base, self.pages
        page: dict[str, Any] = {
            "@context": AS_CONTEXT,
            "id": f"{base}/feed/page-{pages}.jsonld",
            "type": "OrderedCollectionPage",
            "partOf": f"{base}/feed/",
            "startIndex": (pages - 1) * PAGE_SIZE,
            "orderedItems": self.page,
        }
        if pages > 1:
            page["prev"] = f"{base}/feed/page-{pages - 1}.jsonld"
        write_if_changed(self.folder / f"page-{pages}.jsonld", _dump_page(page))
        if pages > 1:
            previous = self.folder / f"page-{pages - 1}.jsonld"
            data = json.loads(previous.read_text(encoding="utf-8"))
            if data.get("next") != page["id"]:
                data["next"] = page["id"]
                write_if_changed(previous, _dump_page(data))
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
