"""Helsinki's decision pages (``paatokset.hel.fi/fi/asia/…``) saved as text, read as Ahjo decision HTML.

A browser's text of a decision on the city's site keeps its lines: the case's title, its dnro
(``HEL 2017-009930``), at times a note that the case was handled later, the item's place on the
agenda and its § (``2. / 747 §``; ``Ärende 7. / 424 §`` and ``Case 15. / 85 §`` on the Swedish and
English site; the later layout prints the decision's title before it and may print no body), the
decision's title, the body (``Helsingin kaupunginhallitus``), then the decision under
its label (``Päätös``, ``Esitys``, ``Lausunto``, ``Beslut``), the handling (``Käsittely``) and the motion
(after the record that the item was tabled, at times in the past tense), closed by the
button that folds them (``Sulje``, ``Stäng``, ``Close``); the presenter's reasons follow. The site's sentence
that the decision is as proposed (``Päätös on ehdotuksen mukainen.``, ``Beslutet stämmer överens med
förslaget.``) closes the decision (or the handling after it): it is the site's statement about the decision,
not what was decided, and is written as a block of its own (``CONFORMS_CLASS``). The presenter
(``Föredragande``), the contact people (``Mer information fås av``) and the instructions for appeal
(``FÖRBUD MOT SÖKANDE AV ÄNDRING``) are each read under their heading wherever the page prints them, and
an invitation to a user test the site prints over the page is left out. An officer's
decision the site shows under no case number is saved without the dnro line; a decision saved with
neither the dnro, the place nor the body line (the case's title, the decision's title, its label, and a
body or official that decided: ``Kaupunginhallitus päätti …``) is still the site's, and so is the compact
page that prints the decision's title right over the label and the decider's sentence. A proposal on its
way to a meeting is marked ``Tämä on esitys`` (``Det här är en framställning`` on the Swedish site)
between the case's title and the proposal's title (the site's test host prints ``Testisisältö`` over it);
the body follows, then the motion under ``Päätösehdotus``.
:func:`ahjo_text_as_page` writes those lines back as an Ahjo decision's markup, one element a line, so
the Ahjo reader reads them and every span points at the line of the text.

The city's older published minutes (``hel.fi/static/public/hela/…``) are read the same way: their text
opens with ``Helsingin kaupunki``, the document and its number (``Pöytäkirja``, ``27/2019``), the page
(``1 (10)``), the body, the item's place (``Asia/2``) and the meeting day, then ``§ 453``, the title and
the dnro, and the parts under their headings (``Päätös``, ``Käsittely``, ``Esittelijä``, ``Lisätiedot`` …).
Its Swedish minutes open with ``Helsingfors stad`` and ``Protokoll`` and place the item as ``Ärende/39``;
some place it after the presenting official's mark (``Stj/1``), or after a dash where there is none
(``-/21``). An item of several cases (the motions left at a meeting) prints them all on its dnro line.

>>> text = "Asia\\n\\nHEL 2026-000001\\n3. / 12 §\\n\\nOtsikko\\n\\n"
>>> text += "Helsingin kaupunginhallitus\\n\\nPäätös\\n\\nTeksti."
>>> is_ahjo_text(text.encode())
True
>>> page = ahjo_text_as_page(text)
>>> (page.agenda_number, page.body, page.markup.splitlines()[3])
('3', 'Kaupunginhallitus', '<div class="Asiapykala">12 §</div>')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from paatosdata.lexicon import classify_heading
from paatosdata.people import TITLE_ENDINGS

__all__ = ["CONFORMS_CLASS", "AhjoTextPage", "ahjo_text_as_page", "city_body", "is_ahjo_text"]

_DNRO = re.compile(r"^HEL[ -]\d{4}-\d{6}(?: T \d{2}(?: \d{2}){2,3})?$")
#: the item's place on the agenda and its §, after the site's word for a case in its language; an
#: officer's decision has its § alone (``§ 62``)
_PLACE = re.compile(
    r"^(?:(?:Asia|Ärende|Case)\s+)?(?P<agenda>\d+)\.\s*/\s*(?P<number>\d+[a-z]?)\s*§$"
    r"|^§\s*(?P<alone>\d+[a-z]?)$"
)
#: the site's notes in the head: that the case was handled again later, or that the body or office that
#: decided no longer exists (``Tämä toimielin tai virka on lakkautettu``, ``This decisionmaker is no longer
#: active``, ``Denna beslutsfattare är inte längre aktiv``) — neither is a title nor a body
_LATER = re.compile(
    r"^(?:Asialla on uudempia käsittelyjä|Ärendet har nyare handläggningar|More recent handlings"
    r"|Tämä toimielin tai virka on lakkautettu|This decision[- ]?maker is no longer active"
    r"|Denna beslutsfattare är inte längre aktiv)$"
)
#: the label of the decision part, in the languages of the site's chrome and of the decision
#: (a statement the body gives is printed under ``Lausunto``, ``Utlåtande``)
_DECISION = re.compile(
    r"^(?:Päätös|Esitys|Lausunto|Beslut|Framställning|Utlåtande|Decision|Proposal|Statement)$"
)
_HANDLING = re.compile(r"^(?:Käsittely|Behandling|Processing)$")
#: the button that folds the decision: what follows it are the presenter's reasons
_CLOSE = re.compile(r"^(?:Sulje|Stäng|Close)$")
#: the sentence that closes the decision on the site: what follows it are the presenter's reasons. It is the
#: site's statement about the decision, not what was decided: a block of its own (``CONFORMS_CLASS``)
_CONFORMS = re.compile(
    r"^(?:(?:Päätös|Esitys|Lausunto) on ehdotuksen mukainen|Beslutet stämmer överens med förslaget|"
    r"(?:Framställningen|Utlåtandet) stämmer överens med förslaget)\.?$"
)
#: the site's note of the day a decision was published, in its languages
_PUBLISHED = re.compile(
    r"^(?:This decision was published on|Det här beslutet publicerades|Tämä päätös on julkaistu)"
    r"\s+\d{1,2}\.\d{1,2}\.\d{4}$"
)
#: the class of the block that holds the site's closing sentence in the markup written for a page
CONFORMS_CLASS = "PaatosEhdotuksenMukainen"
#: the site's case page lists the case's handlings (``- Helsingin kaupunginhallitus 6/07.02.2022``); an
#: official's handling has no meeting number (``- Yksikön päällikkö 15.01.2025``)
_HANDLING_ENTRY = re.compile(r"^-\s+\S.*\s(?:\d+/)?\d{2}\.\d{2}\.\d{4}$")
#: a paragraph that moves a decision in the present tense: the motion printed after the handling
#: (``Kaupunginhallitus päättää …``; ``… esittää kaupunginvaltuustolle seuraavaa:`` for the council;
#: ``… antaa … seuraavan lausunnon:`` for a statement; ``… merkitsee tiedoksi …`` for a noting); a comma
#: after a hyphenated stem stays in the subject (``Sosiaali-, terveys- ja pelastuslautakunnan …``)
_SUBJECT = r"^[A-ZÅÄÖ][\wåäö-]+(?:(?<=-),)?(?:\s+[\wåäö-]+(?:(?<=-),)?){0,4}\s+"
_MOTION = re.compile(_SUBJECT + r"(?:päättää|beslutar|esittää|föreslår|antaa|ger|merkitsee|antecknar)\b")
#: the handling's record that the item was tabled (``… päätti yksimielisesti panna asian pöydälle …``)
_TABLING_RECORD = re.compile(r"\b(?:panna asian pöydälle|bordlägga ärendet)\b.*\.$")
#: after that record the site may print the motion in the past tense, introducing what it would give
#: (``Kaupunginhallitus päätti antaa … seuraavan lausunnon:``)
_PAST_MOTION = re.compile(_SUBJECT + r"(?:päätti|esitti|beslutade|föreslog)\b(?!.*\b(?:pöydälle|bordl)).*:$")
#: the subject of the handling's record that the item was tabled (``Kaupunginhallitus päätti …``): the motion
#: the site prints after it without a heading opens with the same subject in the present tense (``… varaa``,
#: ``… esittää``), at times under a lone part letter (``A``)
_TABLING_SUBJECT = re.compile(r"^(?P<subject>[A-ZÅÄÖ].*?)\s+(?:päätti|beslutade)\b")
#: a motion's verb in the past tense, and its present: the decision's first line says the motion made
_PRESENT = {
    "päätti": "päättää",
    "esitti": "esittää",
    "antoi": "antaa",
    "beslutade": "beslutar",
    "föreslog": "föreslår",
    "gav": "ger",
}
_PAST_VERB = re.compile(r"\b(?:" + "|".join(_PRESENT) + r")\b")
_PART_LETTER = re.compile(r"^[A-H]$")
#: the label of a decision made, not of a proposal or a statement
_DECISION_LABEL = re.compile(r"^(?:Päätös|Beslut|Decision)$")
_PAST = re.compile(r"^(?:" + "|".join(_PRESENT) + r")\b")
#: the first line of a decision saved with no dnro, place or body line: a body or official that decided
#: (``Kaupunginhallitus päätti …``, ``Kasvatuksen ja koulutuksen toimialan apulaispormestari päätti, …``), or
#: a council that holds a motion resolved (``Kaupunginvaltuusto katsoo aloitteen loppuun käsitellyksi.``)
_DECIDED = re.compile(
    _SUBJECT + r"(?:päätti|esitti|antoi|beslutade|föreslog|gav|decided|katsoi|katsoo|betraktade|betraktar)\b"
)
#: a handling's mark (``Kunnanhallitus 12.03.2024 § 5``): another system's minutes, not the site's title
_HANDLING_MARK = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\s*§\s*\d+\s*$")
#: the site's mark of a proposal not yet decided, and the banner of its test host over it
_PROPOSAL_NOTE = re.compile(r"^(?:Tämä on esitys|Det här är en framställning)$")
_TEST_BANNER = re.compile(r"^Testisisältö$")
#: the site's invitation to a user test printed over the page (``Använder du tjänsten Beslut regelbundet? Vi
#: söker nu deltagare till … användartester …``): a question and the word for a user test, in any language
_USER_TEST = re.compile(r"\b(?:användartest|käyttäjätest|user test)", re.I)
#: the site's notice of a disruption printed over the page (``… on laaja häiriö … Pahoittelemme häiriötä.``,
#: ``… Vi beklagar störningen.``): the word for the disruption and the apology for it, in any language
_DISRUPTION = re.compile(r"\b(?:häiriö|störning|disruption)", re.I)
_APOLOGY = re.compile(r"\b(?:Pahoittelemme|Vi beklagar|We apologi[sz]e)\b")
#: the heading of the block that closes an officer's decision with the decider's name and office, in the
#: site's languages (``Päättäjä`` / ``Marja Esimerkki`` / ``asemakaavapäällikkö``): written as Ahjo's block of
#: the decision maker, no contact person
_DECIDER = re.compile(r"^(?:Päättäjä|Beslutsfattare|Decision[- ]maker)$")
#: the labels some pages print over each value of the presenter's and the decider's blocks (``Esittelijä`` /
#: ``Nimi`` / ``Marja Esimerkki`` / ``Titteli`` / ``kansliapäällikkö``): no part of the value
_NAME_LABEL = re.compile(r"^(?:Nimi|Namn|Name)$")
_TITLE_LABEL = re.compile(r"^(?:Titteli|Titel|Title)$")
#: lines only the site's own wording prints, by its language: the page's chrome may be Swedish or English
#: around a decision printed in Finnish (``Ärendet har nyare handläggningar`` … ``Päätös``)
_CHROME = {
    "ärendet har nyare handläggningar": "sv",
    "stäng": "sv",
    "mer information fås av": "sv",
    "beslutsfattare": "sv",
    "more recent handlings": "en",
    "close": "en",
    "decision-maker": "en",
    "decision maker": "en",
}
#: the language of the decision's label (``Päätös``, ``Beslut``, ``Decision``)
_LABEL_LANGUAGES = {
    "päätös": "fi",
    "esitys": "fi",
    "lausunto": "fi",
    "beslut": "sv",
    "framställning": "sv",
    "utlåtande": "sv",
    "decision": "en",
    "proposal": "en",
    "statement": "en",
}
#: the kinds of the parts the site prints after the decision, its handling and the presenter's reasons:
#: the presenter, the contact people and the instructions for appeal (``FÖRBUD MOT SÖKANDE AV ÄNDRING``)
_TAIL_KINDS = ("presenter", "preparers", "appeal")
#: the headings the English site prints over the presenter and the contact people, which the older layout
#: shows in English around a decision in Finnish: written as the Finnish headings they stand for
_ENGLISH_TAIL = {"presenter information": "Esittelijä", "ask for more info": "Lisätietojen antaja"}
#: the title of a statement on a case page that prints no body line names the body that gives it, in the
#: genitive (``Kulttuuri- ja vapaa-aikalautakunnan lausunto kaupunginhallitukselle …``)
_STATEMENT_BY = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:(?<=-),)?(?:\s+(?:ja\s+)?[\wåäö-]+(?:(?<=-),)?){0,3}?"
    r"(?P<organ>lautakunnan|hallituksen|valtuuston|jaoston|johtokunnan))\s+lausunto\b"
)
_ORGAN_NOMINATIVE = {
    "lautakunnan": "lautakunta",
    "hallituksen": "hallitus",
    "valtuuston": "valtuusto",
    "jaoston": "jaosto",
    "johtokunnan": "johtokunta",
}
#: the city's own bodies as the Swedish and English site names them
_BODIES = {
    "helsingfors stadsstyrelse": "Kaupunginhallitus",
    "helsingfors stadsfullmäktige": "Kaupunginvaltuusto",
    "helsinki city board": "Kaupunginhallitus",
    "helsinki city council": "Kaupunginvaltuusto",
    "stadsstyrelsen": "Kaupunginhallitus",
    "stadsfullmäktige": "Kaupunginvaltuusto",
    "stadsmiljönämnden": "Kaupunkiympäristölautakunta",
    "urban environment committee": "Kaupunkiympäristölautakunta",
    "stadsmiljönämndens miljö- och tillståndssektion": (
        "Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto"
    ),
    "stadsmiljönämndens sektion för byggnader och allmänna områden": (
        "Kaupunkiympäristölautakunnan rakennusten ja yleisten alueiden jaosto"
    ),
    "fostrans- och utbildningsnämnden": "Kasvatus- ja koulutuslautakunta",
    "nämnden för fostran och utbildning": "Kasvatus- ja koulutuslautakunta",
    "education committee": "Kasvatus- ja koulutuslautakunta",
    "svenska sektionen vid nämnden för fostran och utbildning": (
        "Kasvatus- ja koulutuslautakunnan ruotsinkielinen jaosto"
    ),
    "kultur- och fritidsnämnden": "Kulttuuri- ja vapaa-aikalautakunta",
    "culture and leisure committee": "Kulttuuri- ja vapaa-aikalautakunta",
    "social-, hälsovårds- och räddningsnämnden": "Sosiaali-, terveys- ja pelastuslautakunta",
    "social- och hälsovårdsnämnden": "Sosiaali- ja terveyslautakunta",
    "revisionsnämnden": "Tarkastuslautakunta",
    "audit committee": "Tarkastuslautakunta",
    "räddningsnämnden": "Pelastuslautakunta",
    "stadsstyrelsens koncernsektion": "Kaupunginhallituksen konsernijaosto",
    "stadsstyrelsens näringslivssektion": "Kaupunginhallituksen elinkeinojaosto",
    "environment and permits sub-committee": "Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto",
    # the board of the city's transport enterprise (HKL), whose decisions may name it ``Johtokunta`` only
    "board of helsinki city transport": "Liikenneliikelaitoksen johtokunta",
    # the English site's name of the mayor's office, whose decisions are an officer's
    "helsinki mayor": "Pormestari",
}
#: a case code printed in brackets after a decision (``(A1147-1236)``): not the decision's last sentence
_CODE = re.compile(r"^\([A-ZÅÄÖ]?\d[\w/-]*\)$")
#: a voting round in the handling (``1 äänestys``, ``7 omröstningen``): Ahjo's reader finds votes in
#: its own block
_ROUND = re.compile(r"^\d+\.?\s*(?:äänestys|omröstning(?:en)?|vote|voting)$", re.I)
#: the older minutes export's single round, unnumbered: ``Äänestys:``
_EXPORT_ROUND = re.compile(r"^(?:\d+\.?\s*)?(?:äänestys|omröstning(?:en)?):?$", re.I)
#: the export's table of whom the item is sent to, flattened to one line: ``Tiedoksi; Muutoksenhakukielto,
#: valmistelu`` (the column's heading, then its cells)
_EXPORT_SENT_TO = re.compile(r"^(?P<heading>[^;]{2,40});\s*(?P<rest>\S.*)$")
#: the first label of the city's letterhead closing a page of the export (its postal and street address,
#: phone, business ID and account): no part of the item
_LETTERHEAD = frozenset({"postiosoite", "postadress"})
#: a heading over the reasons when the page has neither the folding button nor the closing sentence:
#: a short line without a sentence's end
_HEADING = re.compile(r"^[A-ZÅÄÖ][^.:;!?]{2,78}$")
#: a heading over the appealed decision or the claims made against it (``Muutoksenhaun kohteena oleva
#: päätös``, ``Esitetyt vaatimukset ja niiden perusteet``): the case's background, which opens the reasons
#: even when the decision's own reasons follow under a heading of their own
_APPEAL_BACKGROUND = re.compile(
    r"^(?:muutoksenhaun kohteena oleva päätös|esitetyt vaatimukset\b.*|oikaisuvaatimus(?:\s+ja\s+\S+)?"
    r"|beslut(?:et)? som är föremål för ändringssökande|framställda yrkanden\b.*|omprövningsbegäran)$",
    re.I,
)


#: the older minutes export's head: the city, the document, its number, the page, the item's place, the day
_CITY = re.compile(r"^(?:Helsingin kaupunki|Helsingfors stad)$")
_DOCUMENTS = {
    "pöytäkirja": "paatos",
    "esityslista": "esitys",
    "protokoll": "paatos",
    "föredragningslista": "esitys",
}
_DOCUMENT_NUMBER = re.compile(r"^\d+/\d{4}$")
_PAGE_COUNT = re.compile(r"^\d+ \(\d+\)$")
#: the item's place: ``Asia/2``, ``Ärende/39``, after the presenting official's or the body's short mark
#: (``Stj/1``, ``TMJ/3``), or after a dash where the item has no presenting official (``-/21``)
_AGENDA_PLACE = re.compile(r"^(?:Asia|Ärende|-|[A-ZÅÄÖ](?:[a-zåäö]{0,4}|[A-ZÅÄÖ]{1,4}))/(?P<agenda>\d+)$")
#: the export's dnro line of an item that holds several cases: the first case number in full, the others
#: by their year and serial (``HEL 2013-004100, 2013-004101``)
_DNRO_LIST = re.compile(r"^HEL[ -]\d{4}-\d{6}(?:,\s*\d{4}-\d{6})+$")
_DAY = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")
#: the export's § line: the sign first (``§ 453``), or after the number in an office holder's minutes
#: (``68 §``)
_SECTION = re.compile(r"^(?:§\s*(?P<number>\d+[a-z]?)|(?P<after>\d+[a-z]?)\s*§)$")
#: the export's note under an item's title that it was tabled or sent back before (``Bordlades 26.09.2012``,
#: ``Pöydälle 12.03.2014``): neither the title nor the dnro, which follows it
_EARLIER_HANDLING = re.compile(
    r"^(?:Pöydälle|Palautettiin|Palautetaan|Bordlades|Bordlagt|Återremitterades|Återremitterat)\s+"
    r"\d{1,2}\.\d{1,2}\.\d{4}$"
)
#: the Swedish export's heading over the presenter's reasons (``Föredraganden``, the presenter's)
_PRESENTER_S = frozenset({"föredraganden"})
#: the item's bare number on the export's agenda, where minutes print its §
_AGENDA_ITEM = re.compile(r"^(?P<agenda>\d{1,3})$")


@dataclass
class AhjoTextPage:
    """The markup written for a saved page, and what the markup cannot say."""

    markup: str
    agenda_number: str | None
    body: str | None
    #: the body's short name the page prints in brackets after its name (``(Palmia)``), without them
    body_short: str | None = None
    meeting_number: str | None = None
    meeting_day: str | None = None
    #: the language of the site's own wording, and of the decision's label: an office line in the chrome's
    #: language when that is not the decision's is the site's translation of the office
    chrome: str = "fi"
    decided_in: str = "fi"


def _start(lines: list[str]) -> int | None:
    """Index of the dnro line that has the item's place and § within the next two lines, or after the
    decision's title (the site's later layout)."""
    for index, line in enumerate(lines[:40]):
        if not _DNRO.match(line.strip()):
            continue
        if any(_PLACE.match(x.strip()) for x in lines[index + 1 : index + 3]):
            return index
        # the site's later layout prints the decision's title between them (the note of later
        # handlings aside): ``HEL 2025-015171`` / ``Titel`` / ``Ärende 10. / 10 §``
        after = [x.strip() for x in lines[index + 1 : index + 8] if x.strip() and not _LATER.match(x.strip())]
        if len(after) >= 2 and _PLACE.match(after[1]) and not _DECISION.match(after[0]):
            return index
    return None


def _bare_start(lines: list[str]) -> int | None:
    """Index of the case's title on a decision page saved without its dnro line (an officer's decision
    the site shows under no case number): the case's title, the item's place or its § alone
    (``§ 8``), the decision's title, the body or office holder, then the decision's label."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip() and not _LATER.match(line.strip())]
    if len(filled) < 5:
        return None
    first, place, title, body, label = (lines[i].strip() for i in filled[:5])
    if (
        _PLACE.match(place)
        and not any(pattern.match(first) for pattern in (_PLACE, _DNRO, _DECISION))
        and not any(_DECISION.match(x) or _PLACE.match(x) for x in (title, body))
        and _DECISION.match(label)
    ):
        return filled[0]
    return None


def _case_page_start(lines: list[str], lenient: bool = False) -> int | None:
    """Index of the decision's title on the site's case page: the case's title, its handlings listed
    under it, then the decision's title over its label (``Päätös``). ``lenient`` takes a page whose
    saved text lists no handling (the case's title, the decision's title, ``Päätös``): too little to
    tell such text from other minutes, so only when the reader is asked for it, or when the page prints
    one of the site's own notes: its closing sentence (``Lausunto on ehdotuksen mukainen.``) or the day the
    decision was published (``This decision was published on 23.12.2022``)."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    lenient = lenient or any(_CONFORMS.match(x.strip()) or _PUBLISHED.match(x.strip()) for x in lines)
    position = 1
    while position < len(filled) and _HANDLING_ENTRY.match(lines[filled[position]].strip()):
        position += 1
    if (
        (position == 1 and not lenient)
        or position + 1 >= len(filled)
        or not _DECISION.match(lines[filled[position + 1]].strip())
    ):
        return None
    return filled[position]


def _untitled_start(lines: list[str]) -> int | None:
    """Index of the decision's title on a page saved with no dnro, place or body line: two title lines
    (neither a label, a place, a dnro nor a handling's mark), the decision's label, then a body or
    official that decided (``Kaupunginhallitus päätti …``), at times under the lone letter of the decision's
    first part (``A``). The decider's sentence right under the label tells the site's text from other
    minutes, which print a proposal before their decision; where the title is printed twice over
    ``Päätös`` (the case's and its one decision's), the decision may open in the motion's present tense."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    if len(filled) > 4 and _PART_LETTER.match(lines[filled[3]].strip()):
        del filled[3]  # a decision in parts: the lone letter of its first part (``A``) over the decider
    if len(filled) < 4:
        return None
    case_title, title, label, decided = (lines[i].strip() for i in filled[:4])
    # the case's title printed twice (the case's and its one decision's) over ``Päätös``: the site's
    # decision, even where it opens in the motion's present tense (``Kaupunginhallitus antaa …``)
    twice = (
        case_title == title
        and _DECISION_LABEL.match(label) is not None
        and _MOTION.match(decided) is not None
    )
    if not (_DECISION.match(label) and (_DECIDED.match(decided) or twice)):
        return None
    patterns = (_DECISION, _PLACE, _DNRO, _SECTION, _HANDLING_ENTRY, _CLOSE, _LATER, _PROPOSAL_NOTE)
    for line in (case_title, title):
        if any(pattern.match(line) for pattern in patterns) or _HANDLING_MARK.search(line):
            return None
        if line.endswith(":") or classify_heading(line):
            return None
    return filled[1]


def _compact_start(lines: list[str]) -> int | None:
    """Index of the decision's title on the site's compact page, which prints neither the case's title, the
    dnro, the place nor the body line: the title, the decision's label, then a body or official that decided
    (``Kaupunginhallitus päätti …``), on three lines with no blank line between them."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    if len(filled) < 3 or filled[2] - filled[0] != 2:
        return None
    title, label, decided = (lines[i].strip() for i in filled[:3])
    if not (_DECISION.match(label) and _DECIDED.match(decided)):
        return None
    patterns = (_DECISION, _PLACE, _DNRO, _SECTION, _HANDLING_ENTRY, _CLOSE, _LATER, _PROPOSAL_NOTE)
    if any(pattern.match(title) for pattern in patterns) or _HANDLING_MARK.search(title):
        return None
    if title.endswith(":") or classify_heading(title):
        return None
    return filled[0]


def _proposal_start(lines: list[str]) -> int | None:
    """Index of the proposal's title on the site's page of a proposal not yet decided: (the test host's
    banner,) the case's title, (its dnro and the note of later handlings, as the live site prints them,)
    ``Tämä on esitys`` (``Det här är en framställning``), the proposal's title, the body, then the motion's
    label (``Päätösehdotus``). A page may print no body line: the motion's subject names the body then."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip() and not _LATER.match(line.strip())]
    if filled and _TEST_BANNER.match(lines[filled[0]].strip()):
        filled = filled[1:]
    if len(filled) > 1 and _DNRO.match(lines[filled[1]].strip()):
        filled = filled[:1] + filled[2:]
    if len(filled) < 5 or not _PROPOSAL_NOTE.match(lines[filled[1]].strip()):
        return None
    if all(classify_heading(lines[filled[at]].strip()) != "proposal" for at in (3, 4)):
        return None
    return filled[2]


def _proposal_as_page(lines: list[str], title_at: int) -> AhjoTextPage:
    """The markup of a proposal's page (see ``_proposal_start``): the lines before the title kept as text,
    the body read, the motion and all that follows it the proposal, unless a heading of the presenter's
    reasons (``Esittelijän perustelut``) or the folding button starts them."""
    out = ["" for _ in lines]
    body: str | None = None
    short: str | None = None
    part = "head"
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if index < title_at and _DNRO.match(line):
            out[index] = f'<div class="DnroTmuoto">{escape(line)}</div>'
        elif index < title_at and _LATER.match(line):
            continue
        elif index < title_at:
            out[index] = f"<p>{escape(line)}</p>"
        elif index == title_at:
            out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
        elif part == "head" and classify_heading(line) == "proposal":
            part = "proposal"
            out[index] = f"<h3>{escape(line)}</h3>"
        elif part == "head" and body is None:
            body, short = _body(line), _short_name(line)
        elif part == "proposal" and (
            _CLOSE.match(line) or (len(line) <= 80 and classify_heading(line) == "reasons")
        ):
            part = "reasons"
            out[index] = "<h3>Esittelijän perustelut</h3>"
        else:
            out[index] = f"<p>{escape(line)}</p>"
    out[0] = f'<html lang="fi"><head><meta charset="utf-8"></head><body><div class="esitys">{out[0]}'
    out[-1] = f"{out[-1]}</div></body></html>"
    return AhjoTextPage("\n".join(out), None, body, body_short=short)


def _export_start(lines: list[str]) -> int | None:
    """Index of the ``§`` line of the older minutes export, with the title and the dnro under it; on its
    agenda (``Esityslista``), which gives no § yet, the item's bare number in its place (``5``)."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    if not filled or not _CITY.match(lines[filled[0]].strip()):
        return None
    agenda = any(_DOCUMENTS.get(lines[i].strip().casefold()) == "esitys" for i in filled[:4])
    for position, index in enumerate(filled[:40]):
        line = lines[index].strip()
        after = [lines[i].strip() for i in filled[position + 1 : position + 4]]
        if len(after) == 3 and _EARLIER_HANDLING.match(after[1]):
            del after[1]  # the note of an earlier handling between the title and the dnro
        placed = _SECTION.match(line) or (agenda and _AGENDA_ITEM.match(line))
        if placed and len(after) >= 2 and (_DNRO.match(after[1]) or _DNRO_LIST.match(after[1])):
            return index
    return None


def _without_banner(lines: list[str]) -> list[str]:
    """The lines with the site's invitation to a user test or its notice of a disruption, when it opens the
    text, left blank (so every line keeps its number)."""
    filled = [i for i, line in enumerate(lines[:5]) if line.strip()]
    first = lines[filled[0]] if filled else ""
    invitation = "?" in first and _USER_TEST.search(first)
    notice = _DISRUPTION.search(first) and _APOLOGY.search(first)
    if len(first) < 400 and (invitation or notice):
        return ["" if i == filled[0] else line for i, line in enumerate(lines)]
    return lines


def _without_field_labels(lines: list[str]) -> list[str]:
    """The lines with the labels of a presenter's or a decider's block (its heading, ``Nimi``, the name,
    ``Titteli``, the title) left blank and the values in the order the site prints them without labels: the
    presenter's title (in lower case, as the site prints it there) over the name, the decider's name over
    the title. Every line keeps its number."""
    out = list(lines)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for at, heading in enumerate(filled[:-4]):
        label, name, label2, title = (lines[i].strip() for i in filled[at + 1 : at + 5])
        if not (_NAME_LABEL.match(label) and _TITLE_LABEL.match(label2)):
            continue
        line = lines[heading].strip()
        if _DECIDER.match(line):
            values = (name, title)
        elif classify_heading(line) == "presenter":
            # a title printed as a field's value is capitalised; the site prints it in lower case elsewhere
            values = (title if title[:2].isupper() else title[:1].lower() + title[1:], name)
        else:
            continue
        first, _, second, _ = filled[at + 1 : at + 5]
        out[first], out[filled[at + 2]], out[second], out[filled[at + 4]] = "", values[0], "", values[1]
    return out


def is_ahjo_text(head: bytes) -> bool:
    """True for the text of a decision page of Helsinki's site (a dnro line with the § under it) or of
    the city's older published minutes."""
    text = head.decode("utf-8", "replace")
    if text.lstrip().startswith("<"):
        return False
    lines = _without_banner(text.splitlines())
    finders = (
        _start,
        _bare_start,
        _case_page_start,
        _untitled_start,
        _compact_start,
        _proposal_start,
        _export_start,
    )
    return any(find(lines) is not None for find in finders)


def _export_as_page(lines: list[str], section_at: int) -> AhjoTextPage:
    """The markup of the older minutes export's text: its head read for the meeting, then the item."""
    out = ["" for _ in lines]
    page = AhjoTextPage("", None, None)
    root = "paatos"
    language = "fi"
    for raw in lines[:section_at]:
        line = raw.strip()
        place = _AGENDA_PLACE.match(line)
        if line == "Helsingfors stad":
            language = "sv"  # the export's Swedish minutes
        if not line or _CITY.match(line) or _PAGE_COUNT.match(line):
            continue
        if line.casefold() in _DOCUMENTS:
            root = _DOCUMENTS[line.casefold()]
        elif _DOCUMENT_NUMBER.match(line):
            page.meeting_number = line
        elif place is not None:
            page.agenda_number = place.group("agenda")
        elif _DAY.match(line):
            page.meeting_day = line
        elif page.body is None or (_is_office(line) and not _is_office(page.body)):
            # an office holder's minutes print the office under its department: the office decides
            page.body, page.body_short = _body(line), _short_name(line)
    section = _SECTION.match(lines[section_at].strip())
    if section is not None:
        number = section.group("number") or section.group("after")
        out[section_at] = f'<div class="Asiapykala">{escape(number)} §</div>'
    elif page.agenda_number is None:
        page.agenda_number = lines[section_at].strip()  # the agenda's bare number: no § yet
    title_done = dnro_done = False
    heading: str | None = None
    voting = False  # inside the handling's voting rounds, written as Ahjo's block of votes
    for index in range(section_at + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if not title_done:
            title_done = True
            out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
        elif not dnro_done and _EARLIER_HANDLING.match(line):
            continue  # the note that the item was tabled or sent back before: no part of the item
        elif not dnro_done and (_DNRO.match(line) or _DNRO_LIST.match(line)):
            dnro_done = True
            out[index] = f'<div class="DnroTmuoto">{escape(line)}</div>'
        elif heading == "handling" and not voting and _EXPORT_ROUND.match(line):
            # a round in the handling (``1 äänestys``; ``Äänestys:`` alone), not a part of its own
            voting = True
            out[index] = f'<div class="aanestykset"><p>{escape(line)}</p>'
        elif heading in ("history", "letterhead"):
            out[index] = f"<p>{escape(line)}</p>"  # an earlier handling's heading, decision and all
        elif line.casefold() in _LETTERHEAD:
            heading = "letterhead"  # kept as a part of its own under its first label
            out[index] = f"{'</div>' if voting else ''}<h3>{escape(line)}</h3>"
            voting = False
        elif (sent := _EXPORT_SENT_TO.match(line)) and classify_heading(
            sent.group("heading")
        ) == "distribution":
            heading = "distribution"
            text = f"<h3>{escape(sent.group('heading'))}</h3><p>{escape(sent.group('rest'))}</p>"
            out[index] = f"{'</div>' if voting else ''}{text}"
            voting = False
        elif len(line) <= 80 and (classify_heading(line) or line.casefold() in _PRESENTER_S):
            heading = classify_heading(line) or "presenter"
            if heading == "presenter" and _reasons_under(lines, index):
                # the agenda prints the presenter's reasons under ``Esittelijä`` too, before the presenter
                heading, line = "reasons", "Esittelijän perustelut"
            out[index] = f"{'</div>' if voting else ''}<h3>{escape(line)}</h3>"
            voting = False
        else:
            out[index] = f"<p>{escape(line)}</p>"
    out[0] = f'<html lang="{language}"><head><meta charset="utf-8"></head><body><div class="{root}">{out[0]}'
    out[-1] = f"{out[-1]}{'</div>' if voting else ''}</div></body></html>"
    page.markup = "\n".join(out)
    return page


def _is_office(line: str) -> bool:
    """True for an office holder's title (``Kasvatuksen ja koulutuksen toimialan toimialajohtaja``): its last
    word ends as an office does, not as a body or a department."""
    words = line.split()
    return bool(words) and words[-1].casefold().endswith(TITLE_ENDINGS)


def _reasons_under(lines: list[str], index: int) -> bool:
    """True when the next filled line after the heading at ``index`` is a sentence (it ends with one's
    end), not the presenter's office: the reasons, printed under the presenter's heading."""
    after = next((x.strip() for x in lines[index + 1 :] if x.strip()), "")
    return after.endswith((".", ":"))


def city_body(name: str) -> str:
    """The Finnish name of one of the city's bodies named in Swedish or English, else ``name``.

    >>> city_body("Stadsfullmäktige"), city_body("Kaupunginhallitus")
    ('Kaupunginvaltuusto', 'Kaupunginhallitus')
    """
    return _BODIES.get(name.casefold(), name)


#: a body's short name printed in brackets after its name (``… johtokunta (Stara)``, ``(HKL)``): one word,
#: no part of the name
_SHORT_NAME = re.compile(r"\s+\((?P<short>[A-ZÅÄÖ][\wåäö-]{1,15})\)$")


def _short_name(line: str) -> str | None:
    """The short name in brackets after a body's name (``… johtokunta (Stara)`` → ``Stara``), if any."""
    m = _SHORT_NAME.search(line)
    return m.group("short") if m else None


def _body(line: str) -> str:
    """``Helsingin kaupunginhallitus`` → Kaupunginhallitus; a Swedish or English name of the city's own;
    a short name in brackets after the name left out."""
    line = _SHORT_NAME.sub("", line)
    key = line.casefold()
    named = _BODIES.get(key) or _BODIES.get(re.sub(r"^helsingfors\s+", "", key))
    if named:
        return named
    stem = re.sub(r"^Helsingin\s+", "", line)
    return stem[:1].upper() + stem[1:]


def _ends_decision(line: str, decided: list[str], after: str | None, cut: bool = False) -> bool:
    """True for a heading over the reasons printed right after the decision: a short line without a
    sentence's end, after a decision paragraph that ends a sentence (a case code in brackets aside) and
    before a longer paragraph, which ends a sentence too unless the saved text is ``cut`` inside it."""
    sentences = [x for x in decided if not _CODE.match(x)]
    return bool(
        sentences
        and sentences[-1].endswith(".")
        and _HEADING.match(line)
        and after is not None
        and len(after) > len(line)
        and (cut or after.endswith((".", ":")))
    )


def ahjo_text_as_page(text: str, lenient: bool = False) -> AhjoTextPage:
    """The Ahjo markup for the page's text, line for line (see the module's description); ``lenient``
    also takes a case page's text with no handling listed (see ``_case_page_start``)."""
    lines = _without_field_labels(_without_banner(text.splitlines()))
    start = _start(lines)
    bare = start is None and (start := _bare_start(lines)) is not None
    if start is None and (proposal_at := _proposal_start(lines)) is not None:
        return _proposal_as_page(lines, proposal_at)
    lenient = lenient or _untitled_start(lines) is not None
    case_page = start is None and (start := _case_page_start(lines, lenient)) is not None
    if start is None and (start := _compact_start(lines)) is not None:
        case_page = True
    if start is None:
        section_at = _export_start(lines)
        return _export_as_page(lines, section_at) if section_at is not None else AhjoTextPage("", None, None)
    out = ["" for _ in lines]
    agenda: str | None = None
    body: str | None = None
    short: str | None = None
    title_at: int | None = None
    part = "head"  # head → decision (→ conformed) → handling → motion → reasons
    filled = [i for i, x in enumerate(lines) if x.strip()]
    following = dict(zip(filled, filled[1:], strict=False))
    # a page without the folding button, the closing sentence and a handling: a heading ends the decision
    folded = any(pattern.match(x.strip()) for x in lines for pattern in (_CLOSE, _CONFORMS, _HANDLING))
    # text saved without the folding button: the closing sentence after the handling ends it too
    buttonless = not any(_CLOSE.match(x.strip()) for x in lines)
    # the site's closing sentence ends the decision: a reasons heading before it is the decision's own
    # subheading (``Perustelut`` between ``Esitetyt vaatimukset`` and ``Lopputulos``), not the reasons
    conformed_at = max((i for i, x in enumerate(lines) if _CONFORMS.match(x.strip())), default=-1)
    decided: list[str] = []
    handled: list[str] = []  # the handling's paragraphs so far
    voting = False  # inside the handling's voting rounds, written as Ahjo's block of votes
    decider = 0  # the lines read so far of the decider's block
    decided_in = "fi"
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        was = part
        if index < start or (index == start and bare):
            out[index] = f"<p>{escape(line)}</p>"  # the case's title (and listed handlings), kept as text
        elif index == start and case_page:
            title_at = index
            out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
        elif index == start:
            out[index] = f'<div class="DnroTmuoto">{escape(line)}</div>'
        elif part == "head":
            place = _PLACE.match(line)
            if _LATER.match(line):
                continue
            if place is not None:
                agenda = place.group("agenda")
                number = place.group("number") or place.group("alone")
                out[index] = f'<div class="Asiapykala">{escape(number)} §</div>'
            elif title_at is None:
                title_at = index
                out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
            elif _DECISION.match(line):
                part = "decision"
                decided_in = _LABEL_LANGUAGES[line.casefold()]
                out[index] = "<h3>Päätös</h3>"
            elif body is None:
                body, short = _body(line), _short_name(line)
            else:
                out[index] = f"<p>{escape(line)}</p>"
        elif part == "history":
            out[index] = f"<p>{escape(line)}</p>"  # an earlier handling's heading, decision and all
        elif part == "decider" and len(line) <= 80 and classify_heading(line):
            part = "history" if classify_heading(line) == "history" else "tail"
            out[index] = f"</div><h3>{escape(line)}</h3>"
        elif part == "decider":
            # the decider's name, then the office; anything further is text of the block
            css = ("PaattajaNimi", "PaattajaOtsikko")[decider] if decider < 2 else None
            out[index] = f'<div class="{css}">{escape(line)}</div>' if css else f"<p>{escape(line)}</p>"
            decider += 1
        elif _DECIDER.match(line):
            part = "decider"
            decider = 0
            out[index] = f'{"</div>" if voting else ""}<div class="Paatoksentekija"><h3>{escape(line)}</h3>'
            voting = False
        elif (
            part == "reasons"
            and _CLOSE.match(line)
            and _HANDLING_MARK.search(_after(lines, following, index) or "")
        ):
            # a second folding button closes the reasons; an earlier handling's mark under it opens the
            # decision history (``Sosiaali- ja terveyslautakunta 30.08.2022 § 169``, its label, its text)
            part = "history"
            out[index] = "<h3>Päätöshistoria</h3>"
        elif part != "reasons" and _CLOSE.match(line):
            part = "reasons"
            out[index] = "<h3>Esittelijän perustelut</h3>"
        elif line.casefold() in _ENGLISH_TAIL:
            part = "tail"
            out[index] = f"<h3>{_ENGLISH_TAIL[line.casefold()]}</h3>"
        elif (
            _tail_heading(line) and (buttonless or line.isupper() or part not in ("decision", "handling"))
        ) or (part == "tail" and len(line) <= 80 and classify_heading(line)):
            # the presenter, the contact people or the appeal's instructions, each under its heading
            # (inside the decision or the handling only in capitals, as the site prints its appeal notes,
            # or on a page without the folding button);
            # after them every known heading starts a part of its own, but the decision history holds
            # the rest of the page (an earlier handling's ``Päätös`` is no second decision)
            part = "history" if part == "tail" and classify_heading(line) == "history" else "tail"
            out[index] = f"<h3>{escape(line)}</h3>"
        elif part in ("decision", "handling", "motion") and _CONFORMS.match(line):
            # the site's statement that the decision is as proposed: a block of its own, so that neither the
            # decision nor the handling ends with it; it ends the decision, and on text saved without the
            # folding button the handling too
            if part == "decision" or (part == "handling" and buttonless):
                part = "conformed"
            out[index] = f'{"</div>" if voting else ""}<div class="{CONFORMS_CLASS}">{escape(line)}</div>'
            voting = False  # the handling's votes end before it
        elif part == "conformed":
            part = "reasons"
            out[index] = f"<h3>Esittelijän perustelut</h3><p>{escape(line)}</p>"
        elif part == "decision" and _HANDLING.match(line):
            part = "handling"
            out[index] = "<h3>Käsittely</h3>"
        elif (
            part == "decision"
            and index > conformed_at
            and len(line) <= 80
            and classify_heading(line) == "reasons"
        ):
            part = "reasons"  # the decision's own reasons (``Päätöksen perustelut``)
            out[index] = f"<h3>{escape(line)}</h3>"
        elif (
            part == "decision"
            and not folded
            and _ends_decision(
                line, decided, _after(lines, following, index), following.get(index) == filled[-1]
            )
            and (_APPEAL_BACKGROUND.match(line) or not _reasons_heading_ahead(lines, index))
        ):
            part = "reasons"
            out[index] = f"<h3>Esittelijän perustelut</h3><p>{escape(line)}</p>"
        elif part == "decision" and _motion_repeated(line, decided):
            # the proposal printed again after the decision without a heading: the motion
            part = "motion"
            out[index] = f"<h3>Päätösehdotus</h3><p>{escape(line)}</p>"
        elif part == "handling" and (
            _MOTION.match(line)
            or (handled and _TABLING_RECORD.search(handled[-1]) and _PAST_MOTION.match(line))
            or _motion_after_tabling(line, handled, _after(lines, following, index))
        ):
            part = "motion"
            out[index] = f"<h3>Päätösehdotus</h3><p>{escape(line)}</p>"
        elif part == "handling" and not voting and _ROUND.match(line):
            voting = True
            out[index] = f'<div class="aanestykset"><p>{escape(line)}</p>'
        else:
            out[index] = f"<p>{escape(line)}</p>"
            if part == "decision":
                decided.append(line)
            elif part == "handling":
                handled.append(line)
        if voting and part != was:
            voting = False
            out[index] = f"</div>{out[index]}"
    if body is None and case_page and title_at is not None:
        body = _statement_by(lines[title_at].strip())
    out[0] = f'<html lang="fi"><head><meta charset="utf-8"></head><body><div class="paatos">{out[0]}'
    out[-1] = f"{out[-1]}{'</div>' if voting or part == 'decider' else ''}</div></body></html>"
    return AhjoTextPage(
        "\n".join(out), agenda, body, body_short=short, chrome=_chrome(lines), decided_in=decided_in
    )


def _statement_by(title: str) -> str | None:
    """The body that gives the statement a title names (``Kulttuuri- ja vapaa-aikalautakunnan lausunto …``
    → ``Kulttuuri- ja vapaa-aikalautakunta``), else ``None``."""
    m = _STATEMENT_BY.match(title)
    if m is None:
        return None
    organ = m.group("organ")
    name = m.group("body")[: -len(organ)] + _ORGAN_NOMINATIVE[organ]
    return None if name.casefold() in _ORGAN_NOMINATIVE.values() else _body(name)


def _chrome(lines: list[str]) -> str:
    """The language of the site's own wording on the page (its notes, buttons, headings and the word
    before the item's place), Finnish when none of them tells."""
    for raw in lines:
        line = raw.strip()
        language = _CHROME.get(line.casefold())
        place = _PLACE.match(line)
        if language is None and place is not None and not line[:1].isdigit() and not line.startswith("§"):
            language = {"ärende": "sv", "case": "en"}.get(line.split()[0].casefold())
        if language is not None:
            return language
    return "fi"


def _motion_after_tabling(line: str, handled: list[str], after: str | None) -> bool:
    """True for the first line of the motion the site prints without a heading after the handling's record
    that the item was tabled: a paragraph that opens with the record's subject and goes on in the present
    tense (``Kaupunginhallitus varaa …`` after ``Kaupunginhallitus päätti … panna asian pöydälle …``), or a
    lone part letter (``A``) over such a paragraph."""
    if not handled or not _TABLING_RECORD.search(handled[-1]):
        return False
    record = _TABLING_SUBJECT.match(handled[-1])
    if record is None:
        return False
    if _PART_LETTER.match(line) and after is not None:
        line = after
    subject = record.group("subject")
    rest = line[len(subject) :].lstrip() if line.startswith(subject + " ") else ""
    return bool(rest) and _PAST.match(rest) is None


def _motion_repeated(line: str, decided: list[str]) -> bool:
    """True for the first line of the proposal the site prints again right after the decision, without a
    heading: the decision's first line in the present tense (``Stadsstyrelsen föreslår stadsfullmäktige
    följande:`` after ``Stadsstyrelsen föreslog stadsfullmäktige följande:``)."""
    if not decided or not _MOTION.match(line):
        return False
    present = _PAST_VERB.sub(_present, decided[0], count=1)
    return present != decided[0] and line == present


def _present(m: re.Match[str]) -> str:
    """The present tense of a motion's verb in the past tense."""
    return _PRESENT[m.group(0)]


def _reasons_heading_ahead(lines: list[str], index: int) -> bool:
    """True when the decision goes on to a heading of its reasons (``Päätöksen perustelut``) after
    ``index`` and before the presenter, the contact people or the appeal's instructions: a short line
    before it is then the decision's own subheading (``Ohjeet avustuksen saajille``), its paragraphs
    are the decision's, and the reasons start under their heading."""
    for raw in lines[index + 1 :]:
        line = raw.strip()
        if not line or len(line) > 80:
            continue
        if _DECIDER.match(line) or _tail_heading(line) or line.casefold() in _ENGLISH_TAIL:
            return False
        if classify_heading(line) == "reasons":
            return True
    return False


def _tail_heading(line: str) -> bool:
    """True for the heading of the presenter, the contact people or the instructions for appeal: a
    short line without a sentence's end."""
    return len(line) <= 80 and not line.endswith(".") and classify_heading(line) in _TAIL_KINDS


def _after(lines: list[str], following: dict[int, int], index: int) -> str | None:
    """The next filled line after ``index``, stripped."""
    after = following.get(index)
    return lines[after].strip() if after is not None else None
