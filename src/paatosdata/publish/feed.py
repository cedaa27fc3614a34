"""The change feed: Activity Streams 2.0, an OrderedCollection of pages of activities.

Every publish compares what it publishes with the previous state (``feed/state.json``: a content
hash per resource) and appends one activity per change: ``Create``, ``Update``, ``Update`` marked as
a redaction (personal data removed, KuntaL 140 §) and ``Delete`` whose object is a ``Tombstone``
that keeps body, date, § and title. Unchanged input appends nothing, so nothing is rewritten.
Full pages never change; only the last page and the collection grow.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paatosdata.publish.atomic import write_if_changed

__all__ = ["AS_CONTEXT", "PAGE_SIZE", "Change", "Entry", "diff", "load_state", "write_feed"]

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
STATE_VERSION = 1


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


@dataclass(frozen=True, slots=True)
class Change:
    """One change found: ``created``, ``updated``, ``redacted`` or ``deleted``."""

    kind: str
    iri: str
    entry: Entry


def load_state(site: Path) -> tuple[dict[str, Entry], dict[str, int]]:
    """The resources and counters the previous publish recorded (empty on a first publish)."""
    path = site / "feed" / "state.json"
    if not path.is_file():
        return {}, {"events": 0, "pages": 0}
    data = json.loads(path.read_text(encoding="utf-8"))
    resources = {iri: Entry(**value) for iri, value in data.get("resources", {}).items()}
    return resources, {"events": int(data.get("events", 0)), "pages": int(data.get("pages", 0))}


def diff(old: dict[str, Entry], new: dict[str, Entry]) -> tuple[list[Change], dict[str, Entry]]:
    """Changes from ``old`` to ``new`` (sorted by IRI) and the state to keep, tombstones included."""
    changes: list[Change] = []
    state: dict[str, Entry] = {}
    for iri in sorted(set(old) | set(new)):
        before, after = old.get(iri), new.get(iri)
        if after is not None:
            state[iri] = after
            if before is None or before.deleted:
                changes.append(Change("created", iri, after))
            elif before.hash != after.hash:
                kind = "redacted" if after.redacted and not before.redacted else "updated"
                changes.append(Change(kind, iri, after))
        elif before is not None:
            tomb = Entry("", before.kind, before.body, before.date, before.number, before.title, deleted=True)
            state[iri] = tomb
            if not before.deleted:
                changes.append(Change("deleted", iri, tomb))
    return changes, state


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


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_feed(
    site: Path,
    base: str,
    changes: list[Change],
    state: dict[str, Entry],
    counters: dict[str, int],
    when: str,
) -> int:
    """Append ``changes`` as activities, write the collection and the state; the number appended."""
    folder = site / "feed"
    folder.mkdir(parents=True, exist_ok=True)
    events, pages = counters["events"], counters["pages"]
    pending = list(changes)
    while pending:
        if pages == 0 or events >= pages * PAGE_SIZE:
            pages += 1
        page_path = folder / f"page-{pages}.jsonld"
        items: list[Any] = []
        if page_path.is_file():
            items = json.loads(page_path.read_text(encoding="utf-8"))["orderedItems"]
        room = PAGE_SIZE - len(items)
        batch, pending = pending[:room], pending[room:]
        for change in batch:
            events += 1
            items.append(_activity(base, pages, events, change, when))
        page: dict[str, Any] = {
            "@context": AS_CONTEXT,
            "id": f"{base}/feed/page-{pages}.jsonld",
            "type": "OrderedCollectionPage",
            "partOf": f"{base}/feed/",
            "startIndex": (pages - 1) * PAGE_SIZE,
            "orderedItems": items,
        }
        if pages > 1:
            page["prev"] = f"{base}/feed/page-{pages - 1}.jsonld"
        write_if_changed(page_path, _dump(page))
        if pages > 1:
            previous = folder / f"page-{pages - 1}.jsonld"
            data = json.loads(previous.read_text(encoding="utf-8"))
            if data.get("next") != page["id"]:
                data["next"] = page["id"]
                write_if_changed(previous, _dump(data))
    collection: dict[str, Any] = {
        "@context": AS_CONTEXT,
        "id": f"{base}/feed/",
        "type": "OrderedCollection",
        "summary": "Changes to the published decisions: Create, Update (change: updated | redacted), Delete",
        "totalItems": events,
    }
    if pages:
        collection["first"] = f"{base}/feed/page-1.jsonld"
        collection["last"] = f"{base}/feed/page-{pages}.jsonld"
    write_if_changed(folder / "index.jsonld", _dump(collection))
    payload = {
        "version": STATE_VERSION,
        "events": events,
        "pages": pages,
        "resources": {iri: state[iri].as_json() for iri in sorted(state)},
    }
    write_if_changed(folder / "state.json", _dump(payload))
    return len(changes)
