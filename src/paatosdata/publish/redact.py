"""What may be published of an item: confidentiality, identity codes, expired personal data.

Applied to the model before anything is rendered, so every output (RDF, Akoma Ntoso, HTML,
dumps) derives from the same redacted item:

- a wholly confidential item keeps only body, date, §, its public title and the ground;
- a literal holding a Finnish personal identity code (henkilötunnus) has the code masked (the
  check character and century signs are :mod:`paatosdata.hetu`'s; the match here is looser, so a
  code glued to punctuation is masked too);
- personal data of private persons is removed once the configured period after the decision
  has ended (KuntaL 140 §).

>>> mask_identity_codes("Hakija 131052-308T, Kuopio")
('Hakija [henkilötunnus poistettu], Kuopio', 1)
>>> mask_identity_codes("Dnro 131052-3081 ei ole tunnus")
('Dnro 131052-3081 ei ole tunnus', 0)
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from paatosdata.hetu import CENTURY_SIGNS, check_character
from paatosdata.model import Confidentiality, Document, Item, Person

__all__ = [
    "HETU_MASK",
    "PERSONAL_DATA_MASK",
    "Redaction",
    "Redactor",
    "confidential",
    "guard",
    "find_identity_codes",
    "mask_identity_codes",
    "personal_data_expires",
    "redact_item",
    "redact_meeting",
]

HETU_MASK = "[henkilötunnus poistettu]"
PERSONAL_DATA_MASK = "[henkilötieto poistettu]"
#: Title shown for a confidential item that has no public title of its own.
CONFIDENTIAL_TITLE = "Salassa pidettävä asia"

_HETU = re.compile(r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![0-9A-Za-z])")

T = TypeVar("T")


def _valid(match: re.Match[str]) -> bool:
    day, month, year, sep, serial, check = match.groups()
    try:
        date(CENTURY_SIGNS[sep] + int(year), int(month), int(day))
    except ValueError:
        return False
    return check_character(day + month + year + serial) == check


def find_identity_codes(text: str) -> list[str]:
    """The personal identity codes in ``text`` whose date and check character are valid."""
    return [m.group(0) for m in _HETU.finditer(text) if _valid(m)]


def mask_identity_codes(text: str) -> tuple[str, int]:
    """``text`` with every valid identity code masked, and how many were masked."""
    count = 0

    def _replace(match: re.Match[str]) -> str:
        nonlocal count
        if not _valid(match):
            return match.group(0)
        count += 1
        return HETU_MASK

    return _HETU.sub(_replace, text), count


def _map_strings(obj: T, fn: Any) -> T:
    """Apply ``fn`` to every string inside a model object, in place; returns ``obj``."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if type(value) is str:  # not str enums: they are codes, not text
                setattr(obj, f.name, fn(value))
            elif isinstance(value, list):
                setattr(obj, f.name, [fn(v) if type(v) is str else _map_strings(v, fn) for v in value])
            elif dataclasses.is_dataclass(value) or isinstance(value, dict):
                _map_strings(value, fn)
    elif isinstance(obj, dict):
        for key, value in list(obj.items()):
            if type(value) is str:
                obj[key] = fn(value)
            else:
                _map_strings(value, fn)
    return obj


@dataclass(slots=True)
class Redaction:
    """What was removed from one item before publishing."""

    confidential: bool = False
    identity_codes: int = 0
    personal_data: bool = False


def confidential(item: Item) -> bool:
    """True when the whole item is confidential."""
    return item.confidentiality is not None and item.confidentiality.whole_item


def personal_data_expires(doc: Document, days: int) -> date | None:
    """The day from which personal data of private persons must no longer be published."""
    start = doc.published or doc.meeting.date
    return None if start is None else start + timedelta(days=days)


def _mention(item: Item) -> Item:
    """Only what a confidential item may show: §, public title and the confidentiality ground."""
    ground = item.confidentiality
    assert ground is not None
    title = ground.public_title or CONFIDENTIAL_TITLE
    return Item(
        number=item.number,
        title=title,
        number_raw=item.number_raw,
        agenda_number=item.agenda_number,
        confidentiality=Confidentiality(
            ground=ground.ground, reference=ground.reference, whole_item=True, public_title=title
        ),
        language=item.language,
    )


#: field names per model class (``dataclasses.fields`` costs more than the walk itself); () for leaves
_FIELDS: dict[type, tuple[str, ...]] = {}


def _strings(obj: Any, out: list[str]) -> list[str]:
    """Every string inside a model object (not str enums: they are codes, not text), into ``out``."""
    kind = type(obj)
    if kind is str:
        out.append(obj)
        return out
    if isinstance(obj, list):
        for value in obj:
            _strings(value, out)
        return out
    if isinstance(obj, dict):
        for value in obj.values():
            _strings(value, out)
        return out
    names = _FIELDS.get(kind)
    if names is None:
        dataclass_instance = dataclasses.is_dataclass(obj) and not isinstance(obj, type)
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(obj)) if dataclass_instance else ()
    for name in names:
        _strings(getattr(obj, name), out)
    return out


#: for a quick look over bytes: digits (and, to be safe for other scripts' digits, every byte of a
#: non-ASCII character) become "0", the characters that can follow a code's date become "-"
_SKETCH = bytes.maketrans(
    b"0123456789+ABCDEFUVWXY" + bytes(range(0x80, 0x100)),
    b"0" * 10 + b"-" * 12 + b"0" * 0x80,
)


def _may_hold_code(data: bytes) -> bool:
    """False when ``data`` surely holds no identity code: no six digits followed by a century sign.

    ``bytes.translate`` and ``bytes.find`` run at memory speed, where a regular expression search
    over every position costs ten times more; the exact check runs only on a hit.
    """
    return data.translate(_SKETCH).find(b"000000-") >= 0


def _has_identity_code(obj: Any) -> bool:
    """True when some string inside a model object holds a valid identity code."""
    strings = _strings(obj, [])
    if not _may_hold_code("\n".join(strings).encode("utf-8", "surrogatepass")):
        return False
    return any(find_identity_codes(text) for text in strings)


def _private_people(doc: Document, item: Item) -> list[Person]:
    people = [p for p in item.preparers if p.private]
    if item.presenter is not None and item.presenter.private:
        people.append(item.presenter)
    people.extend(p.person for p in doc.meeting.participants if p.person.private)
    return people


def _erase_person(person: Person) -> None:
    person.name = PERSONAL_DATA_MASK
    person.title = person.phone = person.email = person.group = None


class Redactor:
    """Redaction of one document's items and meeting; the document's own parts are checked once.

    A document's meeting, signatures and appeal instructions are the same for each of its items;
    :meth:`item` looks for identity codes only in the item when they were clean. Before that, one
    quick look over the whole document's pickled bytes (every string is there as UTF-8) usually
    shows that no identity code can be anywhere in it; ``pickled`` passes those bytes when the
    caller has them already.
    """

    def __init__(
        self, doc: Document, now: date, personal_data_days: int, pickled: bytes | None = None
    ) -> None:
        self.doc = doc
        self.now = now
        self.days = personal_data_days
        expires = personal_data_expires(doc, personal_data_days)
        self.expired = expires is not None and now >= expires
        if pickled is None:
            pickled = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
        #: True when no string of the document can hold an identity code
        self.clean = not _may_hold_code(pickled)
        self._items = {id(item) for item in doc.items}  # the items the look covered
        self._shared_clean: bool | None = True if self.clean else None

    def _shared_parts_clean(self) -> bool:
        if self._shared_clean is None:
            doc = self.doc
            self._shared_clean = not _has_identity_code(
                [doc.meeting, doc.signatures, doc.appeal_instructions]
            )
        return self._shared_clean

    def _needs_redaction(self, item: Item) -> bool:
        if confidential(item) or any(not a.public and a.url for a in item.attachments):
            return True
        if self.expired and _private_people(self.doc, item):
            return True
        if self.clean and id(item) in self._items:
            return False
        return not self._shared_parts_clean() or _has_identity_code(item)

    def item(self, item: Item) -> tuple[Document, Redaction]:
        """A copy of the document holding only the publishable form of ``item``, and what was removed.

        The copy keeps the meeting (body, date, number, place, participants) and drops minutes-level
        text; the original objects are not changed.
        """
        doc = self.doc
        if not self._needs_redaction(item):
            return dataclasses.replace(doc, items=[item], sections=[]), Redaction()
        shell = dataclasses.replace(doc, items=[], sections=[], signatures=list(doc.signatures))
        out = copy.deepcopy(shell)
        out.source = doc.source
        redaction = Redaction()
        if confidential(item):
            out.items = [_mention(item)]
            redaction.confidential = True
        else:
            out.items = [copy.deepcopy(item)]
        published = out.items[0]
        for attachment in published.attachments:
            if not attachment.public:
                attachment.url = None
        if self.expired:
            people = _private_people(out, published)
            names = sorted({p.name for p in people if p.name and p.name != PERSONAL_DATA_MASK}, key=len)
            for person in people:
                _erase_person(person)
            if names:
                pattern = re.compile("|".join(re.escape(n) for n in reversed(names)))
                _map_strings(out, lambda s: pattern.sub(PERSONAL_DATA_MASK, s))
            redaction.personal_data = bool(people)

        def _mask(text: str) -> str:
            masked, count = mask_identity_codes(text)
            redaction.identity_codes += count
            return masked

        _map_strings(out, _mask)
        return out, redaction

    def meeting(self, items: list[Item]) -> Document:
        """A copy of the document carrying ``items`` (already redacted), its meeting's data redacted."""
        doc = self.doc
        private = [p.person for p in [*doc.meeting.participants, *doc.signatures] if p.person.private]
        if not (self.expired and private) and (
            self.clean
            or not _has_identity_code([doc.meeting, doc.signatures, doc.appeal_instructions, doc.sections])
        ):
            return dataclasses.replace(
                doc, items=items, sections=list(doc.sections), signatures=list(doc.signatures)
            )
        shell = dataclasses.replace(
            doc, items=[], sections=list(doc.sections), signatures=list(doc.signatures)
        )
        out = copy.deepcopy(shell)
        out.source = doc.source
        if self.expired:
            people = [p.person for p in out.meeting.participants if p.person.private]
            people += [p.person for p in out.signatures if p.person.private]
            names = sorted(
                {p.name for p in people if p.name and p.name != PERSONAL_DATA_MASK}, key=len, reverse=True
            )
            for person in people:
                _erase_person(person)
            if names:
                pattern = re.compile("|".join(re.escape(n) for n in names))
                _map_strings(out, lambda s: pattern.sub(PERSONAL_DATA_MASK, s))
        _map_strings(out, lambda s: mask_identity_codes(s)[0])
        out.items = items
        return out


def redact_item(doc: Document, item: Item, now: date, personal_data_days: int) -> tuple[Document, Redaction]:
    """A copy of ``doc`` holding only the publishable form of ``item``, and what was removed.

    The copy keeps the meeting (body, date, number, place, participants) and drops minutes-level
    text; the original objects are not changed. (:class:`Redactor` does this for many items.)
    """
    return Redactor(doc, now, personal_data_days).item(item)


_HETU_BYTES = re.compile(rb"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]")


def guard(data: bytes) -> bytes:
    """Last line of defence on bytes about to be written: mask any identity code left in them."""
    if not _may_hold_code(data) or not _HETU_BYTES.search(data):
        return data
    text = data.decode("utf-8", "surrogateescape")
    masked, count = mask_identity_codes(text)
    return masked.encode("utf-8", "surrogateescape") if count else data


def redact_meeting(doc: Document, items: list[Item], now: date, personal_data_days: int) -> Document:
    """A copy of ``doc`` carrying ``items`` (already redacted), with the meeting's own data redacted."""
    return Redactor(doc, now, personal_data_days).meeting(items)
