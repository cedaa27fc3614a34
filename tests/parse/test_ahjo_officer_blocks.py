"""The blocks that close an officer's decision on Helsinki's decision site saved as text: the decider's block
under the English site's ``Decisionmaker``, the contact people printed as labelled values (``Name`` / the
name / ``Title`` / the title), the site's note of the day the decision was published, and the office of an
acting decider."""

from __future__ import annotations

from pathlib import Path

from paatosdata.model import AppealKind, DocumentKind
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes


def _saved(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sivu.txt"
    path.write_text(text, encoding="utf-8")
    return path


#: a compact page of the English site (no blank lines), closed by the contact people and the decider
_COMPACT = (
    "Teosten liittäminen kokoelmiin, vuoden 2025 prosenttirahateokset\n"
    "HEL 2026-007702\n"
    "More recent handlings\n"
    "§ 29\n"
    "Teosten liittäminen kokoelmiin, vuoden 2025 prosenttirahateokset\n"
    "Taidemuseon johtaja\n"
    "Päätös\n"
    "Taidemuseon johtaja päätti liittää seuraavat teokset taidemuseon kokoelmiin:\n"
    'Mira Esimerkki "Aamun portti" Esimerkkilän koulussa (2025-12)\n'
    'Joel Malli "Virta" Mallikylän kirjastossa (2025-13).\n'
    "This decision was published on 12.05.2026\n"
    "MUUTOKSENHAKUKIELTO\n"
    "Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua.\n"
    "Ask for more info\n"
    "Outi Rantamäki, kokoelmakuraattori, puhelin: 09 310 00011\n"
    "outi.rantamaki@hel.fi\n"
    "Decisionmaker\n"
    "Vilja Korpinen\n"
    "taidemuseon johtaja\n"
)


def test_compact_english_page_closed_by_the_decisionmaker_block(tmp_path: Path) -> None:
    """The English site's compact page prints the decider's block under ``Decisionmaker`` after the
    contact people: the decision maker, no contact person."""
    [document] = read_path(_saved(tmp_path, _COMPACT))
    assert document.meeting.body.name == "Taidemuseon johtaja"
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Outi Rantamäki", "09 310 00011")]
    assert [(s.person.name, s.person.title, s.role) for s in document.signatures] == [
        ("Vilja Korpinen", "taidemuseon johtaja", "päättäjä")
    ]
    assert [a.kind for a in item.appeal] == [AppealKind.APPEAL_BAN]


def test_contact_people_after_the_decisionmaker_block(tmp_path: Path) -> None:
    """The decider's block printed before ``Ask for more info``: the English heading ends the block, and
    the people under it are the contact people."""
    block = "Decisionmaker\nVilja Korpinen\ntaidemuseon johtaja\n"
    text = _COMPACT.replace(block, "").replace("Ask for more info\n", block + "Ask for more info\n")
    [document] = read_path(_saved(tmp_path, text))
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Outi Rantamäki", "kokoelmakuraattori")]
    assert [(s.person.name, s.person.title, s.role) for s in document.signatures] == [
        ("Vilja Korpinen", "taidemuseon johtaja", "päättäjä")
    ]


def test_labelled_contact_people_are_read_by_name_and_title(tmp_path: Path) -> None:
    """The site's test host prints each contact person as labelled values under ``Ask for more info``:
    the labels are no part of the people, the name is the person and the title (capitalised as a field's
    value) the person's title, in lower case as the site prints contact lines elsewhere."""
    text = (
        "Veistoksen liittäminen kokoelmiin, kulttuurikeskus Esimerkki\n\n"
        "HEL 2026-004481\n"
        "More recent handlings\n"
        "§ 17\n"
        "This decisionmaker is no longer active\n\n"
        "Päätös veistoksen liittämisestä kokoelmiin\n\n"
        "Päätös\n\n"
        "Taidemuseon johtaja päätti liittää kokoelmaan taiteilija Aarne Esimerkin veistoksen Tuulenpesä.\n\n"
        "MUUTOKSENHAKUKIELTO\n\n"
        "Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua.\n\n"
        "Decisionmaker\n\nName\nVilja Korpinen\n\nTitle\nTaidemuseon johtaja\n\n"
        "Ask for more info\n\nName\nOuti Rantamäki\n\nTitle\nKokoelmakuraattori\n\n"
        "Name\nPekka Salminen\n\nTitle\nAmanuenssi\n"
    )
    path = _saved(tmp_path, text)
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Taidemuseon johtaja"
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Outi Rantamäki", "kokoelmakuraattori"),
        ("Pekka Salminen", "amanuenssi"),
    ]
    assert [(s.person.name, s.person.title, s.role) for s in document.signatures] == [
        ("Vilja Korpinen", "Taidemuseon johtaja", "päättäjä")
    ]


#: a page of the Swedish chrome whose decider's and contact people's blocks are labelled (``Namn`` /
#: ``Titel``), and which prints no office line
_SWEDISH_LABELLED = (
    "Prosenttirahahankinta, Esimerkkilän koulu, valmistumispäätös\n"
    "HEL 2016-003318\n"
    "Ärendet har nyare handläggningar\n"
    "Denna beslutsfattare är inte längre aktiv\n"
    "Prosenttirahahankinta, Esimerkkilän koulu, valmistumispäätös\n"
    "§ 8\n"
    "Päätös\n"
    "Taidemuseon johtaja päätti liittää kokoelmiin Esimerkkilän kouluun valmistuneen taideteoksen.\n"
    "MUUTOKSENHAKUKIELTO\n"
    "Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua.\n"
    "Beslutsfattare\nNamn\nSanni Aaltonen\nTitel\nMuseichef vs.\n"
    "Upplysningar\nNamn\nLauri Heikkilä\nTitel\nJulkisen taiteen intendentti\n"
)


def test_labelled_swedish_contact_person(tmp_path: Path) -> None:
    """The Swedish chrome labels the values ``Namn`` / ``Titel`` under ``Upplysningar`` as under
    ``Beslutsfattare``: one contact person, named without the labels."""
    [document] = read_path(_saved(tmp_path, _SWEDISH_LABELLED))
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Lauri Heikkilä", "julkisen taiteen intendentti")]
    assert [(s.person.name, s.role) for s in document.signatures] == [("Sanni Aaltonen", "päättäjä")]


def test_a_decision_without_its_reasons_ends_at_the_note_of_its_publication(tmp_path: Path) -> None:
    """The site prints the day the decision was published right after a decision without reasons (``This
    decision was published on …``, ``Päätös tullut nähtäväksi …``, ``Detta beslut publicerades …``): the
    note is no part of the decision."""
    decision = (
        "Taidemuseon johtaja päätti liittää seuraavat teokset taidemuseon kokoelmiin:\n\n"
        'Mira Esimerkki "Aamun portti" Esimerkkilän koulussa (2025-12)\n\n'
        'Joel Malli "Virta" Mallikylän kirjastossa (2025-13).'
    )
    notes = (
        "This decision was published on 12.05.2026",
        "Päätös tullut nähtäväksi 12.05.2026",
        "Detta beslut publicerades 12.05.2026",
    )
    for note in notes:
        text = _COMPACT.replace("This decision was published on 12.05.2026", note)
        [document] = read_path(_saved(tmp_path, text))
        [item] = document.items
        assert item.decision == decision, note
        assert item.reasons is None, note
        assert [a.kind for a in item.appeal] == [AppealKind.APPEAL_BAN], note


def test_a_page_without_an_office_line_is_named_by_the_decision_s_subject(tmp_path: Path) -> None:
    """A Swedish-chrome page that prints no office line over a decision in Finnish is named by the
    decision's subject, which is in the decision's language already, not by the decider's own title
    (``Museichef vs.``)."""
    [document] = read_path(_saved(tmp_path, _SWEDISH_LABELLED))
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Taidemuseon johtaja"


def test_acting_decider_on_the_swedish_site_names_the_office_without_the_mark(tmp_path: Path) -> None:
    """The Swedish site prints the office line in Swedish over a decision printed in Finnish, and the
    decider's block names an acting holder (``vs. kulttuurijohtaja``): the body is the office, without the
    acting mark, as a decision's subject names it (``Vs. kulttuurijohtaja päätti …`` → Kulttuurijohtaja)."""
    text = (
        "Lahjoitus, kaupunginmuseo, kulttuurin ja vapaa-ajan toimiala\n\n"
        "HEL 2026-001876\n"
        "Ärendet har nyare handläggningar\n"
        "§ 4\n\n"
        "Lahjoituksen vastaanottaminen kaupunginmuseolle\n\n"
        "Kulturdirektör\n\n"
        "Päätös\n\n"
        "Vs. kulttuurijohtaja päätti ottaa vastaan Esimerkkiseuran lahjoituksen 2 400 euroa.\n\n"
        "Detta beslut publicerades 03.03.2026\n\n"
        "MUUTOKSENHAKUKIELTO\n\n"
        "Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua.\n\n"
        "Stäng\n\n"
        "Mer information fås av\n\n"
        "Outi Rantamäki, kokoelmakuraattori, puhelin: 09 310 00011\n\n"
        "Beslutsfattare\n\n"
        "Sanni Aaltonen\n"
        "vs. kulttuurijohtaja\n"
    )
    [document] = read_path(_saved(tmp_path, text))
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Kulttuurijohtaja"
    [item] = document.items
    assert item.decision == (
        "Vs. kulttuurijohtaja päätti ottaa vastaan Esimerkkiseuran lahjoituksen 2 400 euroa."
    )
    # the office named after the holder, as the older pages print it (``Museichef vs.``)
    path = _saved(tmp_path, text.replace("vs. kulttuurijohtaja\n", "kulttuurijohtaja vs.\n"))
    [document] = read_path(path)
    assert document.meeting.body.name == "Kulttuurijohtaja"
