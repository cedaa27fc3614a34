"""The outcome of an item read from its decision text."""

from __future__ import annotations

import time

import pytest

from paatosdata.model import Outcome
from paatosdata.outcome import classify_outcome, notes_only


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        # the passive "noted" with its object between the verb and "tiedoksi", before later sentences
        # that mention approving something at another meeting
        (
            "Merkittiin saapuneet kirjeet tiedoksi.\n\nKeskusteltiin talousarviosta, joka hyväksytään "
            "ensi kokouksessa.",
            Outcome.NOTED,
        ),
        ("Merkittiin tiedoksi.", Outcome.NOTED),
        # a noting in another sentence than the approval is no noting of this decision
        (
            "Merkittiin, että jäsen saapui. Lautakunta hyväksyi ehdotuksen ja antoi sen tiedoksi.",
            Outcome.APPROVED,
        ),
        ("Ehdotus hyväksyttiin.", Outcome.APPROVED),
        # Swedish noting in the past and in the passive
        ("Nämnden tog del av redogörelsen och antecknade ärendet för kännedom.", Outcome.NOTED),
        ("Antecknas för kännedom.", Outcome.NOTED),
        # ... but not a noting in another sentence than the approval
        (
            "Sektionen antecknade att ledamoten anlände. Förslaget godkändes och sändes för kännedom "
            "till nämnden.",
            Outcome.APPROVED,
        ),
        # a losing return proposal quoted in the record of a vote is not what was decided
        (
            "Ehdotus hyväksyttiin. Käsittelyn jatkamisesta äänestettiin äänin 10-3. Palautusehdotuksen "
            "puolesta äänesti Esimerkki: ”Palautetaan asia uudelleen valmisteluun.”",
            Outcome.VOTED,
        ),
        # the presenter's proposal changed at the meeting and then adopted is an amended decision
        (
            "Rehtorin muutettu päätösehdotus\n\nLautakunta päättää hyväksyä kerhon säännöt.\n\n"
            "Rehtorin muutettu päätösehdotus hyväksyttiin.",
            Outcome.AMENDED,
        ),
        ("Päätettiin muutetun päätösehdotuksen mukaisesti.", Outcome.AMENDED),
        # the same proposal named "päätösesitys"
        ("Tarkastuslautakunta hyväksyi muutetun päätösesityksen.", Outcome.AMENDED),
        ("Muutettu päätösesitys hyväksyttiin yksimielisesti.", Outcome.AMENDED),
        # a change proposed at the meeting with the body's backing, then the proposal adopted
        (
            "Merkittiin, että puheenjohtaja Oiva Esimerkki teki hankintoihin muutosesityksen lautakunnan "
            "kannattamana. Kirjaston kalustemääräraha nostetaan 8 000 euroon.\n\nLautakunta hyväksyi "
            "esityksen yksimielisesti.",
            Outcome.AMENDED,
        ),
        # ... while one backed by no one, or by a member only, changes nothing by itself
        ("Muutosesitys raukesi kannattamattomana. Lautakunta hyväksyi esityksen.", Outcome.APPROVED),
        (
            "Jäsen Esimerkki teki muutosesityksen Mallin kannattamana. Lautakunta hyväksyi esityksen.",
            Outcome.APPROVED,
        ),
        # a point added to the proposal at the meeting
        (
            "Nuorisoneuvosto päätti lisätä päätösehdotukseen 4-kohdan: kysely tehdään myös kouluilla.",
            Outcome.AMENDED,
        ),
        (
            "Päätösehdotus hyväksyttiin. Päätösehdotukseen lisättiin, että kysely tehdään myös kouluilla.",
            Outcome.AMENDED,
        ),
        # a changed proposal handed out at the meeting ("pöydälle jaettiin") is no tabling of the matter
        (
            "Merkitään, että pöydälle (myös sähköpostilla) jaettiin tilapalvelupäällikön muutettu esitys."
            "\n\nMuutettu päätösehdotus hyväksyttiin.",
            Outcome.AMENDED,
        ),
        ("Kokouksessa jaettiin pöydälle uusi liite. Ehdotus hyväksyttiin.", Outcome.APPROVED),
        ("Asia jätettiin pöydälle seuraavaan kokoukseen.", Outcome.TABLED),
        # ... while papers handed out later in the sentence leave a tabling a tabling
        ("Asia jätettiin pöydälle ja siitä pyydetään selvitys, joka jaetaan jäsenille.", Outcome.TABLED),
        ("Lautakunta jätti asian pöydälle, ja kokouksessa jaettu aineisto liitetään.", Outcome.TABLED),
        # a quote that is the decision itself is read; only a lost motion's or a dissent's quote is not
        ("Lautakunta päätti: ”Asia jätetään pöydälle.”", Outcome.TABLED),
        (
            "Valtuusto hyväksyi äänestyksen jälkeen Esimerkin palautusehdotuksen: ”Asia palautetaan "
            "uudelleen valmisteluun.”",
            Outcome.RETURNED,
        ),
        # a noting added to an approval ("Lisäksi merkittiin tiedoksi …") is no noting of the matter
        (
            "Päätösehdotus hyväksyttiin.\nLisäksi merkittiin tiedoksi Esimerkkilän Kyläseura ry:n kirje.",
            Outcome.APPROVED,
        ),
        ("Lisäksi merkittiin tiedoksi seuran kirje.", Outcome.NOTED),
        # ... and so is a noting in a sentence of its own after the proposal was adopted
        ("Ehdotus hyväksyttiin. Merkittiin tiedoksi tilintarkastajan lausunto.", Outcome.APPROVED),
        ("Lautakunta merkitsi katsauksen tiedoksi. Ehdotus hyväksyttiin.", Outcome.NOTED),
        # a decision that only refers to the presenter's proposal by its other name (esitys)
        ("Esittelijän esityksen mukaan.", Outcome.APPROVED),
        # ... but a sentence that opens so states something else
        ("Esityksen mukaan hakemus hylätään.", None),
        ("Esityksen mukaan päätös tehdään myöhemmin.", None),
        # the proposal adopted with a reservation that changes it is an amended decision
        ("Esityksen mukaan, kuitenkin siten että avustus maksetaan kahdessa erässä.", Outcome.AMENDED),
        ("Hyväksyttiin ehdotuksen mukaisesti, kuitenkin siten, että kohta 3 poistetaan.", Outcome.AMENDED),
        ("Enligt förslaget, dock så att bidraget betalas i två poster.", Outcome.AMENDED),
        # ... while a reservation in a decision written out in full names no outcome of its own
        ("Lautakunta myöntää avustuksen, kuitenkin siten että se maksetaan kahdessa erässä.", None),
        # "Noted." as the whole decision, in the passive of either language
        ("Merkittiin.", Outcome.NOTED),
        ("Antecknades.", Outcome.NOTED),
        # ... but not a fact recorded in the minutes ("Merkittiin, että …")
        ("Merkittiin, että kokous keskeytettiin.", None),
        # the body approving the proposal in the present tense, as some minutes word the decision
        ("Ympäristölautakunta hyväksyy ehdotuksen.", Outcome.APPROVED),
        ("Hallitus hyväksyy esittelijän päätösehdotuksen yksimielisesti.", Outcome.APPROVED),
        ("Nämnden godkänner förslaget.", Outcome.APPROVED),
        # ... while a present-tense resolution restated in full names no outcome
        ("Lautakunta hyväksyy kerhon säännöt.", None),
        # a noting whose object runs long, and the possessive "tiedokseen" after "merkitä"
        (
            "Lautakunta päätti merkitä yllä kuvatun Esimerkkilän kaupungin luonnoksen liikennepoliittiseen "
            "ohjelmaan tiedoksi.",
            Outcome.NOTED,
        ),
        ("Johtokunta päätti merkitä tiedokseen valtuuston päätöksen.", Outcome.NOTED),
        # the past tense with a long object, then a further sentence of the body's view
        (
            "Nuorisoneuvosto merkitsi selvityksen Ylä-Lammin ja Ala-Lammin koulujen pihojen kunnostamisesta "
            "tiedoksi. Lisäksi nuorisoneuvosto piti tärkeänä, että pihoille tulee penkkejä.",
            Outcome.NOTED,
        ),
        # ... but not one reaching into the next sentence
        (
            "Lautakunta merkitsi pöytäkirjaan jäsenen saapumisen. Kokouksen jälkeen selvitys annettiin "
            "tiedoksi.",
            None,
        ),
        # ... but "tiedoksi" in a later sentence is no noting
        (
            "Lautakunta päätti merkitä muutoksen hallintosäännön liitteeseen ja pöytäkirjaan. Valtuuston "
            "päätös annetaan samalla kaikille tiedoksi.",
            Outcome.APPROVED,
        ),
    ],
)
def test_outcome_of_a_decision(decision: str, outcome: Outcome | None) -> None:
    assert classify_outcome(decision)[0] is outcome


@pytest.mark.parametrize(
    "proposal",
    [
        "Lautakunta päättää merkitä yllä kuvatun Esimerkkilän kaupungin luonnoksen liikennepoliittiseen "
        "ohjelmaan tiedoksi.",
        "Johtokunta päättää merkitä tiedokseen valtuuston päätöksen",
    ],
)
def test_an_approved_proposal_that_only_notes_is_noted(proposal: str) -> None:
    """A decision "Ehdotus hyväksyttiin." over a proposal that only notes a matter, its object long or
    the noting said "merkitä tiedokseen", is a noting."""
    assert notes_only(proposal)


@pytest.mark.parametrize(
    ("proposal", "only"),
    [
        (
            "Kunnanhallitus päättää 1) merkitä tiedoksi valtuustoaloitteen 2) lähettää aloitteen "
            "tekniselle toimelle valmisteltavaksi.",
            False,
        ),
        (
            "Lautakunta merkitsee aloitteen tiedoksi ja lähettää sen kaupunginhallituksen käsiteltäväksi.",
            False,
        ),
        ("Lautakunta merkitsee katsauksen tiedoksi ja lähettää sen tiedoksi tarkastuslautakunnalle.", True),
    ],
)
def test_a_noting_that_also_sends_the_matter_on_for_preparation_resolves_more(
    proposal: str, only: bool
) -> None:
    """Sending a matter on to be prepared or handled is a resolution; sending a paper on for information is
    not."""
    assert notes_only(proposal) is only


@pytest.mark.parametrize(
    ("proposal", "only"),
    [
        (
            "Lautakunta merkitsee lausunnot tiedoksi ja päättää säilyttää leikkipuiston ennallaan.",
            False,
        ),
        ("Lautakunta merkitsee selvityksen tiedoksi ja päättää lähettää sen tiedoksi hallitukselle.", True),
        ("Direktionen antecknar rapporten för kännedom och beslutar att avsluta projektet.", False),
    ],
)
def test_a_noting_joined_to_a_second_resolution_resolves_more(proposal: str, only: bool) -> None:
    """``… tiedoksi ja päättää säilyttää …`` resolves something besides the noting, so the proposal
    approved is approved, not noted; ``ja päättää lähettää … tiedoksi`` only passes the paper on."""
    assert notes_only(proposal) is only


def test_a_long_run_of_blank_lines_is_read_in_linear_time() -> None:
    """The added-noting rule once rescanned every run of blank lines from each of its lines."""
    start = time.perf_counter()
    assert classify_outcome("Merkittiin tiedoksi." + "\n" * 50_000)[0] is Outcome.NOTED
    assert time.perf_counter() - start < 2  # about 0.1 s; the quadratic rule took tens of seconds


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("Lautakunta teki kokouksessa muutokset ohjelmaan. Hyväksyttiin muutettu ohjelma.", Outcome.AMENDED),
        ("Kokouksessa tehtiin muutoksia liitteeseen 2. Muilta osin ehdotus hyväksyttiin.", Outcome.AMENDED),
        ("Valtuusto teki hallintosääntöön liitteen mukaiset muutokset.", None),
        ("Hyväksyttiin. Kokouksessa ei tehty muutoksia.", Outcome.APPROVED),
    ],
)
def test_changes_made_at_the_meeting_amend_the_proposal(decision: str, outcome: Outcome | None) -> None:
    """The body changing at the meeting what was put to it amends the proposal; changes that are the
    matter itself (``teki hallintosääntöön … muutokset``) do not."""
    assert classify_outcome(decision)[0] is outcome


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        (
            "Lautakunta päätti yksimielisesti vahvistaa avustuksen määräksi 900 euroa. Lautakunta hyväksyi "
            "yksimielisesti päätösehdotuksen muilta osin.",
            Outcome.AMENDED,
        ),
        ("Avustus myönnettiin 12 hakijalle. Muilta osin esitys hyväksyttiin.", Outcome.AMENDED),
        ("Nämnden beslöt att stryka punkt 3 och godkände förslaget i övrigt.", Outcome.AMENDED),
        ("Päätösehdotus hyväksyttiin.", Outcome.APPROVED),
        # the part not granted is the claim, not the proposal: still the proposal as made
        ("Johtaja hyväksyy osittain hakijan vaatimuksen 150 euron suuruisena, hyläten muilta osin.", None),
    ],
)
def test_the_proposal_adopted_for_the_rest_is_amended(decision: str, outcome: Outcome | None) -> None:
    """A part decided otherwise at the meeting and the proposal adopted ``muilta osin`` / ``i övrigt``
    is the proposal amended; a claim rejected ``muilta osin`` is not."""
    assert classify_outcome(decision)[0] is outcome


def test_a_noting_followed_by_a_sentence_that_resolves_more_is_approved() -> None:
    """A decision that notes a report and, in a sentence of its own, adopts a programme ("Samalla … päätti
    hyväksyä …") does more than note; a decision that only notes and passes the report on stays a noting."""
    both = (
        "Kaupunginhallitus päätti merkitä pyörätieselvityksen loppuraportin tiedoksi.\n\n"
        "Samalla kaupunginhallitus päätti hyväksyä pyöräliikenteen kehittämisohjelman ohjeellisena "
        "noudatettavaksi vuoteen 2031 asti."
    )
    assert classify_outcome(both)[0] is Outcome.APPROVED
    only = "Kaupunginhallitus päätti merkitä selvityksen tiedoksi ja toimittaa sen aloitteen tekijälle."
    assert classify_outcome(only)[0] is Outcome.NOTED
    # a plan to approve at a later meeting resolves nothing yet
    later = "Merkittiin katsaukset tiedoksi. Keskusteltiin työohjelmasta ja hyväksytään se ensi kokouksessa."
    assert classify_outcome(later)[0] is Outcome.NOTED


@pytest.mark.parametrize(
    "decision",
    [
        "Valtuusto päätti yksimielisesti valita seuraavat henkilöt rakennuslautakuntaan vuosiksi 2027–2030:",
        "Hallitus päätti valita jäseniksi Aino Esimerkin ja Pekka Mallin.",
        "Päätettiin valita nuorisovaltuuston edustajaksi Ella Koe.",
    ],
)
def test_a_resolution_to_elect_people_to_a_body_is_an_election(decision: str) -> None:
    """A resolution "päätti valita …" of people to a body or its seats says what "valitsi" says: an
    election."""
    assert classify_outcome(decision)[0] is Outcome.ELECTED


@pytest.mark.parametrize(
    "decision",
    [
        "Johtokunta päätti valita hallintoyksikön johtajaksi Maija Mallin 1.4.2027 alkaen.",
        "Toimialajohtaja päätti valita tarjouskilpailun perusteella palveluntuottajaksi Esimerkki Oy:n.",
    ],
)
def test_a_resolution_to_choose_an_official_or_a_supplier_stays_approved(decision: str) -> None:
    """An official chosen to a post or a supplier chosen in a tender is a decision made, no election."""
    assert classify_outcome(decision)[0] is Outcome.APPROVED


def test_a_noting_followed_by_the_body_s_instruction_in_the_present_tense_is_approved() -> None:
    """A decision that notes a report and, in a sentence of its own, instructs in the present tense
    ("Lautakunta kehottaa …") does more than note; a report's own present tense stays a noting."""
    both = (
        "Lautakunta päätti merkitä tiedoksi katuvalaistuksen seurantaraportin. "
        "Lautakunta kehottaa jatkamaan uusien valaisimien kokeilua kaikilla alueilla."
    )
    assert classify_outcome(both)[0] is Outcome.APPROVED
    only = (
        "Lautakunta päätti merkitä tiedoksi katuvalaistuksen seurantaraportin. "
        "Raportin mukaan valaisimien uusiminen on edennyt suunnitellusti."
    )
    assert classify_outcome(only)[0] is Outcome.NOTED


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Lautakunta hyväksyi yksimielisesti ilman äänestystä jäsen Aino Mallikkaan vastaehdotuksen.",
            Outcome.AMENDED,
        ),
        (
            "Lautakunta hyväksyi esittelijän ehdotuksen. Vastaehdotuksen teki jäsen Aino Mallikas.",
            Outcome.APPROVED,
        ),
        (
            "Lautakunta hyväksyi esittelijän ehdotuksen, eikä vastaehdotuksen tekijä vaatinut äänestystä.",
            Outcome.APPROVED,
        ),
    ],
)
def test_a_member_s_counter_proposal_adopted_amends(text: str, outcome: Outcome) -> None:
    """A counter-proposal the body adopted changes what was proposed; one only made does not."""
    assert classify_outcome(text)[0] is outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Päätös ehdotuksen mukainen.\nPykälä tarkastettiin kokouksessa.", Outcome.APPROVED),
        ("Päätösehdotuksen mukainen.", Outcome.APPROVED),
        ("Päätös ehdotuksen mukainen, kuitenkin siten, että avustus on 500 euroa.", None),
        ("Päätös ehdotuksen mukainen lukuun ottamatta kohtaa 2.", None),
        ("Päätös ei ole ehdotuksen mukainen.", None),
    ],
)
def test_a_decision_that_says_it_is_as_proposed(text: str, outcome: Outcome | None) -> None:
    """``Päätös ehdotuksen mukainen.`` as a sentence of its own adopts the proposal; one that goes on to an
    exception or says the opposite is not read as adopting it."""
    assert classify_outcome(text)[0] is outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Esitys hyväksyttin.", Outcome.APPROVED),
        ("Ehdotus hyväksyttin yksimielisesti.", Outcome.APPROVED),
        ("Esitys hyväksyttin muutettuna.", Outcome.AMENDED),
        ("Asia jätettiin pöydälle. Esitys hyväksyttin.", Outcome.TABLED),
    ],
)
def test_the_passive_past_misprinted_with_one_i(text: str, outcome: Outcome) -> None:
    """``hyväksyttin`` (``hyväksyttiin`` printed with one ``i``) adopts the proposal as the word does; the
    outcomes read before an approval still come first."""
    assert classify_outcome(text)[0] is outcome
