"""Names printed surname first, and several people on one preparers line."""

from __future__ import annotations

import pytest

from paatosdata.model import Person
from paatosdata.people import follow_page_order, natural_order, parse_people, parse_person, proposing_office


@pytest.mark.parametrize(
    ("printed", "email", "expected"),
    [
        ("Virtanen Matti", None, "Matti Virtanen"),
        ("Matti Virtanen", None, "Matti Virtanen"),
        ("Korhonen-Lehto Anna Maria", None, "Anna Maria Korhonen-Lehto"),
        ("Salo Pirjo-Riitta", None, "Pirjo-Riitta Salo"),
        ("Aalto Erja-Riitta", None, "Erja-Riitta Aalto"),  # both parts of a double given name known
        ("Lahtinen Reija", None, "Reija Lahtinen"),
        # given names common in the decades of today's officials and pupils' parents
        ("Koivisto Jemina", None, "Jemina Koivisto"),
        ("Laaksonen Tero", None, "Tero Laaksonen"),
        ("Mäkinen Outi", "outi.makinen@example.fi", "Outi Mäkinen"),
        ("Rantala Esko", "rantala.esko@example.fi", "Rantala Esko"),  # the address keeps the order
        # a webmail address is its owner's own choice: it keeps a name as printed but does not turn it
        ("Aarre Kivimäki", "kivimaki.aarre@gmail.com", "Aarre Kivimäki"),
        ("Rantala Esko", "rantala.esko@hotmail.com", "Rantala Esko"),
        ("Lahtinen Ilona", "ilona.lahtinen@example.fi", "Ilona Lahtinen"),
        ("Lehto Unknownname", None, "Lehto Unknownname"),  # no given name known: left as printed
        ("Onni Tuuli", None, "Onni Tuuli"),  # both could be given names: left as printed
    ],
)
def test_natural_order(printed: str, email: str | None, expected: str) -> None:
    assert natural_order(printed, email) == expected


def test_a_preparer_printed_surname_first_with_a_title() -> None:
    person = parse_person("Virtanen Matti, hallintojohtaja, puh. 044 123 4567")
    assert (person.name, person.title, person.phone) == ("Matti Virtanen", "hallintojohtaja", "044 123 4567")
    presenter = parse_person("Hyvinvointialuejohtaja Esimerkki Sanna")
    assert (presenter.name, presenter.title) == ("Sanna Esimerkki", "hyvinvointialuejohtaja")


def test_one_line_with_several_people_and_their_numbers() -> None:
    line = "hallintojohtaja Aino Aro puh. 040 123 4567, lakimies Eero Esko puh. 050 765 4321"
    people = parse_people([line])
    assert [(p.name, p.title, p.phone) for p in people] == [
        ("Aino Aro", "hallintojohtaja", "040 123 4567"),
        ("Eero Esko", "lakimies", "050 765 4321"),
    ]


def test_one_person_with_two_numbers_stays_one() -> None:
    people = parse_people(["Aino Aro, puh. 040 123 4567, 09 816 1234"])
    assert [(p.name, p.phone) for p in people] == [("Aino Aro", "040 123 4567")]


def test_several_people_on_one_line_each_with_a_number_and_an_address_after_it() -> None:
    """Each person's address printed after their number (``puh. …, etu.suku(at)…``): the next person starts
    after the address, and each keeps their own number and address."""
    line = (
        "hankejohtaja Saara Kivikko, puh. 040 321 6543, saara.kivikko(at)esimerkkila.fi, "
        "rahoituspäällikkö Ville Harjunpää, puh. 050 987 1122, ville.harjunpaa(at)esimerkkila.fi"
    )
    people = parse_people([line])
    assert [(p.name, p.title, p.phone, p.email) for p in people] == [
        ("Saara Kivikko", "hankejohtaja", "040 321 6543", "saara.kivikko@esimerkkila.fi"),
        ("Ville Harjunpää", "rahoituspäällikkö", "050 987 1122", "ville.harjunpaa@esimerkkila.fi"),
    ]


def test_one_person_with_a_number_an_address_and_another_number_stays_one() -> None:
    people = parse_people(["Aino Aro, puh. 040 123 4567, aino.aro@example.fi, 09 816 1234"])
    assert [(p.name, p.phone, p.email) for p in people] == [
        ("Aino Aro", "040 123 4567", "aino.aro@example.fi")
    ]


def test_a_title_with_an_address_of_its_own_is_another_person() -> None:
    people = parse_people(
        [
            "kansliapäällikkö kanslia@example.fi, puh. 040 111 2222",
            "hallintosuunnittelija hallinto@example.fi, puh. 040 111 3333",
        ]
    )
    assert [(p.email, p.phone) for p in people] == [
        ("kanslia@example.fi", "040 111 2222"),
        ("hallinto@example.fi", "040 111 3333"),
    ]


def test_lines_that_only_complete_the_last_person_join_it() -> None:
    lines = ["Aino Aro, hallintojohtaja", "puh. 040 123 4567", "sähköposti aino.aro@example.fi"]
    people = parse_people(lines)
    assert [(p.name, p.phone, p.email) for p in people] == [
        ("Aino Aro", "040 123 4567", "aino.aro@example.fi")
    ]
    # an address printed to fool harvesters on a line of its own is read as on the person's line
    people = parse_people(["Aino Aro, hallintojohtaja,", "aino.aro(at)example.fi"])
    assert [(p.name, p.email) for p in people] == [("Aino Aro", "aino.aro@example.fi")]
    # a second number of the same person, with a label, is not another person
    people = parse_people(["Aino Aro, puh. 040 123 4567", "gsm 050 765 4321"])
    assert [(p.name, p.phone) for p in people] == [("Aino Aro", "040 123 4567")]


def test_page_order_turns_undecided_names_only_on_a_surname_first_page() -> None:
    people = [Person(name="Liisa Virtanen"), Person(name="Tammela Reko")]
    follow_page_order(people, ["Virtanen Liisa", "Tammela Reko"])
    assert [p.name for p in people] == ["Liisa Virtanen", "Reko Tammela"]
    # a page that prints a known given name first is given name first: nothing turned
    people = [Person(name="Matti Virtanen"), Person(name="Tammela Reko")]
    follow_page_order(people, ["Matti Virtanen", "Tammela Reko"])
    assert [p.name for p in people] == ["Matti Virtanen", "Tammela Reko"]
    # no evidence either way: nothing turned
    people = [Person(name="Tammela Reko")]
    follow_page_order(people, ["Tammela Reko"])
    assert people[0].name == "Tammela Reko"


def test_an_acting_mark_printed_with_the_title_after_the_name() -> None:
    """``Nimi, va. titteli`` is as acting as ``va. titteli Nimi``; a page's bullet is no part of the title."""
    person = parse_person("• Aila Esimerkki, va. sivistysjohtaja, aila.esimerkki@example.fi")
    assert (person.name, person.title, person.acting) == ("Aila Esimerkki", "sivistysjohtaja", True)
    person = parse_person("Aila Esimerkki, vt. kunnanjohtaja")
    assert (person.title, person.acting) == ("kunnanjohtaja", True)


def test_one_line_with_several_people_each_after_a_title_of_their_own() -> None:
    """``kasvatus- ja opetusjohtaja A B, perusopetuksen rehtori C D``: two people, each with a title."""
    people = parse_people(["sivistys- ja vapaa-aikajohtaja Sanna Salmela, lukion rehtori Pekka Pajala"])
    assert [(p.name, p.title) for p in people] == [
        ("Sanna Salmela", "sivistys- ja vapaa-aikajohtaja"),
        ("Pekka Pajala", "lukion rehtori"),
    ]


def test_a_title_or_a_place_after_the_name_stays_that_person_s() -> None:
    [person] = parse_people(["rehtori Pekka Pajala, Esimerkkilän lukio"])
    assert (person.name, person.title) == ("Pekka Pajala", "rehtori, Esimerkkilän lukio")


def test_what_the_phone_and_the_address_leave_is_no_part_of_the_title() -> None:
    """``puh. … tai osoite@…`` leaves the ``tai`` between them; a phone in parentheses leaves ``( )``."""
    joined = parse_person("Rakennustarkastaja Olli Oletus, puh. 040 765 4321 tai olli.oletus@esimerkki.fi")
    assert (joined.name, joined.title, joined.phone, joined.email) == (
        "Olli Oletus",
        "rakennustarkastaja",
        "040 765 4321",
        "olli.oletus@esimerkki.fi",
    )
    bracketed = parse_person("kirjastonjohtaja Aino Esimerkki (050 123 4567)")
    assert (bracketed.name, bracketed.title, bracketed.phone) == (
        "Aino Esimerkki",
        "kirjastonjohtaja",
        "050 123 4567",
    )


def test_a_phone_in_brackets_after_the_office_leaves_no_brackets_in_the_title() -> None:
    """``Name, office (p. 040 …)``: the phone is taken out of the brackets and the brackets out of the
    title."""
    person = parse_person("Oona Oikeusta, lakimies (p. 040 123 4567)")
    assert (person.name, person.title, person.phone) == ("Oona Oikeusta", "lakimies", "040 123 4567")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("sivistysjohtaja Esimerkki, Helena", ("Helena Esimerkki", "sivistysjohtaja", False)),
        ("Sivistysjohtaja Esimerkki, Helena", ("Helena Esimerkki", "sivistysjohtaja", False)),
        ("vs. tekninen johtaja Oletus, Pekka", ("Pekka Oletus", "tekninen johtaja", True)),
        ("Oletus, Pekka", ("Pekka Oletus", None, False)),
    ],
)
def test_an_office_and_a_name_printed_surname_comma_given_name(
    printed: str, expected: tuple[str, str | None, bool]
) -> None:
    """``kaupunginjohtaja Virtanen, Matti``: the word after the comma is the given name, not a title."""
    person = parse_person(printed)
    assert (person.name, person.title, person.acting) == expected


def test_a_name_and_a_word_after_the_comma_that_is_no_given_name_stay_as_printed() -> None:
    person = parse_person("hallintojohtaja Oletus, Esimerkkilä")
    assert person.name != "Esimerkkilä Oletus"


def test_an_office_and_a_colon_before_the_name_leave_the_colon_out_of_the_title() -> None:
    person = parse_person("Sivistysjohtaja: Helena Esimerkki, puh. 040 123 4567")
    assert (person.name, person.title) == ("Helena Esimerkki", "sivistysjohtaja")
    assert person.phone == "040 123 4567"


def test_two_offices_and_names_joined_by_ja_are_two_people() -> None:
    """``Sivistysjohtaja Esimerkki Helena ja talouspäällikkö Oletus Pekka``: each office with its own
    person, the names printed surname first."""
    people = parse_people(["Sivistysjohtaja Esimerkki Helena ja talouspäällikkö Oletus Pekka"])
    assert [(p.name, p.title) for p in people] == [
        ("Helena Esimerkki", "sivistysjohtaja"),
        ("Pekka Oletus", "talouspäällikkö"),
    ]


def test_a_name_its_email_spells_keeps_its_order_on_a_page_printed_surname_first() -> None:
    """A page that prints its presenter ``Oletus Pekka`` is surname first, but a preparer whose e-mail
    address spells ``Sanelma Virkkula`` is printed given name first and stays so."""
    people = [
        Person(name="Sanelma Virkkula", email="sanelma.virkkula@example.fi"),
        Person(name="Pekka Oletus"),
    ]
    follow_page_order(people, ["Sanelma Virkkula", "Oletus Pekka"])
    assert [p.name for p in people] == ["Sanelma Virkkula", "Pekka Oletus"]


def test_eemi_is_a_given_name_so_a_name_printed_surname_first_with_it_is_turned() -> None:
    assert natural_order("Esimerkkiaho Eemi") == "Eemi Esimerkkiaho"


def test_an_offices_esitys_names_the_office_that_proposes() -> None:
    """``Palvelualuejohtajan esitys`` is the office's proposal, as ``… ehdotus`` is."""
    assert proposing_office("Palvelualuejohtajan esitys") == "Palvelualuejohtaja"
    assert proposing_office("Lautakunnan esitys") is None


@pytest.mark.parametrize(
    ("line", "name", "title", "acting"),
    [
        ("Vs. talousjohtaja Reino T. Ahvenjärvi", "Reino T. Ahvenjärvi", "talousjohtaja", True),
        ("Ilmari A. B. Saarto, kehittämispäällikkö", "Ilmari A. B. Saarto", "kehittämispäällikkö", False),
    ],
)
def test_a_middle_initial_is_part_of_the_name(line: str, name: str, title: str, acting: bool) -> None:
    """``Reino T. Ahvenjärvi``: the initial and the surname after it belong to the name, not the title."""
    person = parse_person(line)
    assert (person.name, person.title, person.acting) == (name, title, acting)


@pytest.mark.parametrize(
    ("printed", "name", "title"),
    [
        ("Kaupunginjohtaja A. Virtanen", "A. Virtanen", "kaupunginjohtaja"),
        ("tekninen johtaja M. Korhonen, puh. 040 123 4567", "M. Korhonen", "tekninen johtaja"),
        ("vs. hallintojohtaja A.-M. Laine", "A.-M. Laine", "hallintojohtaja"),
        ("A. Virtanen, kaupunginjohtaja", "A. Virtanen", "kaupunginjohtaja"),
        # an initial after a word that is no office is no name of a person
        ("Liite A. Suunnitelma", "Liite A. Suunnitelma", None),
    ],
)
def test_an_office_over_an_initialled_name(printed: str, name: str, title: str | None) -> None:
    """``Kaupunginjohtaja A. Virtanen``: the office is the title and the initialled name the person's."""
    person = parse_person(printed)
    assert (person.name, person.title) == (name, title)


def test_a_presenter_with_a_webmail_address_in_the_other_order_keeps_the_printed_order() -> None:
    person = parse_person("• Kauko Sammalinen, sammalinen.kauko@gmail.com")
    assert (person.name, person.email) == ("Kauko Sammalinen", "sammalinen.kauko@gmail.com")


@pytest.mark.parametrize(
    "printed",
    [
        "Kaupunginreviisori Anna Korpela puh. 040 987 6543, etunimi.sukunimi@example.fi",
        "Korpela Anna, Kaupunginreviisori",
    ],
)
def test_a_city_auditor_is_an_office_not_part_of_the_name(printed: str) -> None:
    """``Kaupunginreviisori`` (the city's auditor) before or after a name is the title, never the name's."""
    [person] = parse_people([printed])
    assert (person.name, person.title) == ("Anna Korpela", "kaupunginreviisori")


@pytest.mark.parametrize(
    ("printed", "name", "title", "acting"),
    [
        ("Vs. kulttuurijohtaja Ilona lahti-Rantanen", "Ilona lahti-Rantanen", "kulttuurijohtaja", True),
        (
            "rakennuttajapäällikkö Heikki Juhani aalto-Kivelä",
            "Heikki Juhani aalto-Kivelä",
            "rakennuttajapäällikkö",
            False,
        ),
        ("Ilona Lahti-Rantanen, kulttuurijohtaja", "Ilona Lahti-Rantanen", "kulttuurijohtaja", False),
    ],
)
def test_a_double_surname_printed_with_a_lower_case_first_part(
    printed: str, name: str, title: str, acting: bool
) -> None:
    """A double surname whose first part is printed in lower case (``lahti-Rantanen``) is the name's last
    word: the name as printed, the office before it its title."""
    person = parse_person(printed)
    assert (person.name, person.title, person.acting) == (name, title, acting)


def test_a_lower_case_word_joined_to_a_capitalised_one_is_no_given_name() -> None:
    """A lower-case word without a capitalised part after its hyphen is a title's (``vapaa-aikajohtaja``),
    and one after a name (``Sanna Salo, e-Palvelut``) is no part of it."""
    person = parse_person("vapaa-aikajohtaja Ilona Lahti")
    assert (person.name, person.title) == ("Ilona Lahti", "vapaa-aikajohtaja")
    assert parse_person("Sanna Salo, e-Palvelut").name == "Sanna Salo"


def test_several_titled_people_on_a_line_where_one_given_name_is_not_known() -> None:
    """``kunnanjohtaja A B, johdon erityisavustaja C D`` where C is no given name the reader knows: the first
    piece is a titled person, so the second, a title and a given name and a surname, is a person too."""
    people = parse_people(["kunnanjohtaja Anna Korpela, johdon erityisavustaja Iiva Marjomaa"])
    assert [(p.name, p.title) for p in people] == [
        ("Anna Korpela", "kunnanjohtaja"),
        ("Iiva Marjomaa", "johdon erityisavustaja"),
    ]


def test_pieces_without_a_known_given_name_are_not_cut_apart() -> None:
    """Without any known given name on the line, a comma does not cut it: ``suunnittelija Iiva Marjomaa,
    hallinto Yyvi Oy`` stays one person."""
    [person] = parse_people(["suunnittelija Iiva Marjomaa, hallinto Yyvi Oy"])
    assert person.name == "Iiva Marjomaa"
