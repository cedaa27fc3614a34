"""Guesses from free text: the language (fi/sv) and the municipality the minutes come from.

>>> detect_language("Lautakunta hyväksyi esityksen ja merkitsi asian tiedoksi.")
'fi'
>>> detect_language("Nämnden godkände förslaget och antecknade ärendet för kännedom.")
'sv'
>>> m = guess_municipality("etunimi.sukunimi@kuopio.fi", "seed.md")
>>> (m.name, m.slug, m.code)
('Kuopio', 'kuopio', '297')
>>> guess_municipality("Kaislarannan kaupungin hallintosääntö", "x.md").name
'Kaislaranta'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath

from paatosdata.ids import slugify
from paatosdata.model import Municipality
from paatosdata.parse.headers import BODY_WORDS
from paatosdata.parse.municipalities import MUNICIPALITIES, municipality_by_genitive, municipality_by_name

__all__ = [
    "detect_language",
    "guess_municipality",
    "guess_municipality_stated",
    "municipality_from_body_name",
    "municipality_from_locatives",
    "municipality_from_own_text",
]

_FI = {
    "ja", "on", "että", "sekä", "ei", "asia", "asian", "päätös", "kaupungin", "kunnan", "lautakunta",
    "hyväksyi", "mukaan", "tai", "oli", "ovat", "joka", "jotka", "kanssa", "myös", "tiedoksi",
}  # fmt: skip
_SV = {
    "och", "att", "som", "för", "är", "med", "på", "av", "till", "beslut", "ärendet", "nämnden",
    "godkände", "det", "den", "inte", "enligt", "stadens", "kommunens", "kännedom",
}  # fmt: skip


def detect_language(text: str) -> str:
    """``fi`` or ``sv`` by counting common words; Finnish when unsure."""
    words = Counter(w.casefold() for w in re.findall(r"[\wåäöÅÄÖ]+", text))
    fi = sum(words[w] for w in _FI)
    sv = sum(words[w] for w in _SV)
    return "sv" if sv > fi else "fi"


#: genitive → nominative where dropping the final n is wrong (consonant gradation and -nen names)
_GENITIVE_EXCEPTIONS = {
    "helsingin": "Helsinki",
    "turun": "Turku",
    "lahden": "Lahti",
    "seinäjoen": "Seinäjoki",
    "rovaniemen": "Rovaniemi",
    "lappeenrannan": "Lappeenranta",
    "kauniaisten": "Kauniainen",
    "kirkkonummen": "Kirkkonummi",
    "hangon": "Hanko",
    "kemijärven": "Kemijärvi",
    "iisalmen": "Iisalmi",
    "jyväskylän": "Jyväskylä",
}
_PLACE = re.compile(
    r"\b(?P<fi>[A-ZÅÄÖ][\wåäö-]+n)\s+(?:kaupungin|kaupunki|kaupunkia|kunnan|kunta|kuntaa)\b"
    r"|\b(?P<sv>[A-ZÅÄÖ][\wåäö-]+)\s+(?:stads?|kommuns?)\b"
)
_DOMAIN = re.compile(r"@(?:[\w-]+\.)*?(?P<name>[\w-]+)\.fi\b", re.IGNORECASE)
_NOT_MUNICIPAL = {"example", "gmail", "hotmail", "outlook", "kuntaliitto", "yahoo", "luukku", "elisanet"}
_FILE_WORDS = ("poytakirja", "esityslista", "protokoll", "paatos", "ote", "minutes", "agenda")


def _nominatives(genitive: str) -> list[str]:
    """Candidate base forms of a genitive, most likely first: ``Tuulijärven`` → Tuulijärvi, Tuulijärve."""
    exception = _GENITIVE_EXCEPTIONS.get(genitive.casefold())
    if exception:
        return [exception]
    out: list[str] = []
    for weak, strong in (("nnan", "nta"), ("nnän", "ntä"), ("mman", "mpa"), ("mmän", "mpä")):
        if genitive.endswith(weak):
            out.append(genitive[: -len(weak)] + strong)
    if genitive.endswith("een"):
        out.append(genitive[:-2])
    elif genitive.endswith("en"):
        out.append(genitive[:-2] + "i")
    out.append(genitive[:-1])
    return out


#: a capitalised word in the adessive or inessive (``Ruskolla``, ``Tampereella``, ``Porissa``)
_LOCATIVE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:lla|llä|ssa|ssä)$")
#: where a sentence starts: the start of a line (after a list mark) or after its closing mark
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)[-–•*]?\s*$")


def _locative_bases(word: str) -> list[str]:
    """Base forms of a locative: ``Ruskolla`` → Rusko, ``Tampereella`` → Tampere, ``Iisalmessa`` → Iisalmi."""
    stem = word[:-3]
    out = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "aeiouyäö":
        out.append(stem[:-1])
    if stem.endswith("e"):
        out.append(stem[:-1] + "i")
    return out


def municipality_from_locatives(text: str) -> Municipality | None:
    """The one municipality a text names only in a locative (``Turvaruoka Ruskolla``), else ``None``.

    Only a capitalised word inside a sentence counts (a sentence's first word is capitalised anyway), and
    only the name of a municipality in the table; a text naming two different ones gives none.

    >>> municipality_from_locatives("Lautakunta kokoontuu Ruskolla kunnantalolla.").code
    '704'
    >>> municipality_from_locatives("Kokouksella ei ollut esteitä. Lautakunnalla on kiire.") is None
    True
    >>> municipality_from_locatives("Seminaari pidettiin Tampereella ja toinen Porissa.") is None
    True
    """
    found: list[Municipality] = []
    for line in text.splitlines():
        for m in re.finditer(r"\S+", line):
            word = m.group(0).strip(",;:.!?()\"'”")
            if not _LOCATIVE.match(word) or _SENTENCE_START.search(line[: m.start()]):
                continue
            for base in _locative_bases(word):
                known = municipality_by_name(base)
                if known.code:
                    found.append(known)
                    break
    return _the_one(found)


def _the_one(found: Iterable[Municipality | None]) -> Municipality | None:
    """The one known municipality among those found, else ``None``: a text naming two different ones
    does not say which is its own, and one without a code is not in the table."""
    by_code = {
        municipality.code: municipality for municipality in found if municipality and municipality.code
    }
    return next(iter(by_code.values())) if len(by_code) == 1 else None


#: a municipality named as one, in any case (``Enontekiön kunnalle``, ``Kajaanin kaupungissa``); not in the
#: plural (``Oulun ja Helsingin kaupunkien``, ``kuntien``, ``kunnissa``): a list of several names others
_NAMED = re.compile(
    r"\b(?P<stem>[A-ZÅÄÖ][\wåäö-]+n)\s+(?!kunti|kunni|kunnat\b|kaupunkien\b|kaupunke|kaupunge|kaupungit\b)"
    r"(?:kun(?:ta|n)|kaupun(?:ki|g))[a-zåäö]*\b"
)


def _abbreviates(short: str, name: str) -> bool:
    """True when ``short`` is ``name`` cut short: its first letter, then the rest of its letters in order
    (``mju`` of ``mäntyharju``, ``mli`` of ``mikkeli``)."""
    if len(short) < 2 or not name.startswith(short[0]):
        return False
    rest = iter(name[1:])
    return all(letter in rest for letter in short[1:])


def _municipality_abbreviated(text: str, dnro_prefix: str) -> Municipality | None:
    """The one municipality whose name a dnro prefix abbreviates (``MjuDno``) and whose genitive the text
    names (``Mäntyharjun kirjasto``): a prefix alone matches many names, and a name in the text may be a
    neighbour's."""
    short = dnro_prefix.casefold().removesuffix("dno")
    words = set(re.findall(r"[\wåäö-]+", text.casefold()))
    return _the_one(
        record.municipality()
        for record in MUNICIPALITIES
        if record.until is None
        and record.genitive.casefold() in words
        and _abbreviates(short, record.name.casefold())
    )


def municipality_from_own_text(text: str, dnro_prefix: str | None = None) -> Municipality | None:
    """The municipality an item's own text names, when nothing else (host, e-mail, known dnro prefix)
    does, else ``None``.

    The most explicit sign first: the one municipality named as one in any case (``Kittilän kunnalle``),
    then the one named only in a locative (``Ruskolla``), then the one whose name the case's dnro prefix
    abbreviates and whose genitive the text names (``MjuDno`` and ``Mäntyharjun kirjasto``). A place in a
    locative is often where something happens, not whose minutes these are.

    >>> municipality_from_own_text("Kittilän kunnalle jää tukea. Koulutus järjestetään Rovaniemellä.").name
    'Kittilä'
    >>> municipality_from_own_text("Koulutus järjestetään Rovaniemellä.").name
    'Rovaniemi'
    >>> municipality_from_own_text("Mäntyharjun kirjasto uusii hyllynsä.", "MjuDno").name
    'Mäntyharju'
    >>> municipality_from_own_text("Oulun ja Helsingin kaupunkien säännöt. Koiria on Ruskolla.").name
    'Rusko'
    """
    named = _the_one(municipality_by_genitive(m.group("stem")) for m in _NAMED.finditer(text))
    if named is not None:
        return named
    located = municipality_from_locatives(text)
    if located is not None or not dnro_prefix:
        return located
    return _municipality_abbreviated(text, dnro_prefix)


#: the board of a municipal enterprise named with its city's genitive and its own capitalised name:
#: ``Tampereen Vesi Liikelaitoksen johtokunta``, ``Porin Palveluliikelaitoksen johtokunta``
_ENTERPRISE_BOARD = re.compile(
    r"^(?P<genitive>[A-ZÅÄÖ][a-zåäö]+n)(?:\s+[A-ZÅÄÖ][\wåäö]*)*?\s*[-–]?\s*"
    r"(?:[A-ZÅÄÖ][a-zåäö]*liikelaitoksen|[Ll]iikelaitoksen)\s+johtokunta$"
)


#: a body named with its municipality's genitive and one lower-case word for the body:
#: ``Tampereen nuorisovaltuusto``, ``Porin kaupunginhallitus``, ``Salon vammaisneuvosto``
_GENITIVE_BODY = re.compile(
    r"^(?P<genitive>[A-ZÅÄÖ][a-zåäö]+n)\s+[a-zåäö-]*"
    r"(?:valtuusto|hallitus|lautakunta|neuvosto|johtokunta|jaosto|toimikunta)$"
)


def municipality_from_body_name(body: str) -> Municipality | None:
    """The municipality whose genitive leads a body's name, else ``None``: a body of the municipality named
    by one lower-case word (``Tampereen nuorisovaltuusto`` → Tampere), or the board of its enterprise named
    by its own capitalised name (``Tampereen Vesi Liikelaitoksen johtokunta`` → Tampere).

    Only the genitive of a municipality in the table: a region's or joint authority's name (``Oulun seudun
    jätelautakunta``, ``Helsingin ja Uudenmaan …``) goes on in lower case or in more words and names none.

    >>> municipality_from_body_name("Tampereen nuorisovaltuusto").name
    'Tampere'
    >>> municipality_from_body_name("Tampereen Vesi Liikelaitoksen johtokunta").name
    'Tampere'
    >>> municipality_from_body_name("Porin Palveluliikelaitoksen johtokunta").name
    'Pori'
    >>> municipality_from_body_name("Oulun seudun jätelautakunta") is None
    True
    >>> municipality_from_body_name("Helsingin seudun Vesi liikelaitoksen johtokunta") is None
    True
    >>> municipality_from_body_name("Helsingin ja Uudenmaan Apu liikelaitoksen johtokunta") is None
    True
    >>> municipality_from_body_name("Liikenneliikelaitoksen johtokunta") is None
    True
    >>> municipality_from_body_name("Nuorisovaltuusto") is None
    True
    """
    name = " ".join(body.split())
    m = _GENITIVE_BODY.match(name) or _ENTERPRISE_BOARD.match(name)
    return municipality_by_genitive(m.group("genitive")) if m is not None else None


def guess_municipality(text: str, file_name: str) -> Municipality | None:
    """The municipality: from e-mail domains, ``Kuopion kaupungin``/``Pargas stad``, or the file name.

    A municipality in :data:`paatosdata.parse.municipalities.KNOWN` gets its code and Swedish name.
    """
    return guess_municipality_stated(text, file_name)[0]


def guess_municipality_stated(text: str, file_name: str) -> tuple[Municipality | None, bool]:
    """:func:`guess_municipality`, and whether the text itself names one (not only the file name).

    >>> found, stated = guess_municipality_stated("ei kuntaa", "kuopio-kh-2026.md")
    >>> (found.name if found else None, stated)
    ('Kuopio', False)
    """
    found, stated = _guess(text, file_name)
    if found is None:
        return None, stated
    known = municipality_by_name(found.name)
    return (known if known.code else found), stated


def _guess(text: str, file_name: str) -> tuple[Municipality | None, bool]:
    names: Counter[str] = Counter()
    candidates: dict[str, list[str]] = {}
    for m in _PLACE.finditer(text):
        if m.group("fi"):
            forms = _nominatives(m.group("fi"))
        elif m.group("sv") and not m.group("sv").casefold().endswith(BODY_WORDS):
            word = m.group("sv")
            forms = [word[:-1], word] if word.endswith("s") and not word.endswith("ss") else [word]
        else:
            continue
        names[forms[0]] += 1
        candidates.setdefault(forms[0], forms)
    domains = Counter(
        m.group("name").casefold()
        for m in _DOMAIN.finditer(text)
        if m.group("name").casefold() not in _NOT_MUNICIPAL
    )
    by_slug = {slugify(form): form for name, _ in names.most_common() for form in reversed(candidates[name])}
    token = _file_token(file_name)
    stated = bool(names or domains)
    for hint in [d for d, _ in domains.most_common()] + ([token] if token else []):
        if hint in by_slug:
            return Municipality(name=by_slug[hint], slug=hint), stated
    if domains:
        domain = domains.most_common(1)[0][0]
        name = domain.replace("-", " ").title().replace(" ", "-")
        return Municipality(name=name, slug=slugify(domain)), stated
    if names:
        name = names.most_common(1)[0][0]
        return Municipality(name=name, slug=slugify(name)), stated
    if token:
        return Municipality(name=token.title(), slug=token), stated
    return None, stated


def _file_token(file_name: str) -> str | None:
    """A leading municipality in a file name such as ``kuopio-tyollisyysaluelautakunta-….md``."""
    stem = PurePath(file_name).stem.casefold()
    first = re.split(r"[-_ .]", stem)[0]
    if (
        re.fullmatch(r"[a-zåäö]{3,}", first)
        and "-" in stem
        and not first.endswith(tuple(slugify(w) for w in BODY_WORDS))
        and first not in _FILE_WORDS
    ):
        return slugify(first)
    return None
