"""Proceedings text: presence changes, disqualifications, motions, votes and dissents."""

from __future__ import annotations

from datetime import time

from paatosdata.parse.proceedings import (
    parse_disqualifications,
    parse_dissents,
    parse_motions,
    parse_presence_changes,
    parse_votes,
    resolve_seconders,
    strip_role,
)


def test_presence_changes() -> None:
    changes = parse_presence_changes(
        "Varajäsen Kalle Heinonen saapui kokoukseen klo 17.20. "
        "Ledamot Mats Holmberg avlägsnade sig kl. 19.05."
    )
    assert [(c.person, c.kind, c.time) for c in changes] == [
        ("Kalle Heinonen", "arrived", time(17, 20)),
        ("Mats Holmberg", "left", time(19, 5)),
    ]


def test_presence_change_at_a_clock_time_that_is_no_time_of_day() -> None:
    """A misprinted clock time (``klo 18.75``) keeps the change without a time instead of failing."""
    (change,) = parse_presence_changes("Jäsen Kalle Heinonen poistui kokouksesta klo 18.75.")
    assert (change.person, change.kind, change.time) == ("Kalle Heinonen", "left", None)


def test_disqualified_leaving_is_not_a_presence_change() -> None:
    text = "Jäsen Pekka Koivisto ilmoitti olevansa esteellinen ja poistui kokoushuoneesta."
    assert parse_presence_changes(text) == []
    (disq,) = parse_disqualifications(text)
    assert (disq.person, disq.ground, disq.left_room) == ("Pekka Koivisto", None, True)


def test_swedish_disqualification() -> None:
    (disq,) = parse_disqualifications(
        "Ledamot Eva Björk anmälde jäv (FörvL 28 § 1 mom. 4 p.) och deltog inte."
    )
    assert (disq.person, disq.ground) == ("Eva Björk", "FörvL 28 § 1 mom. 4 p.")
    assert disq.reference is not None and (disq.reference.section, disq.reference.paragraph) == ("28", "4")


def test_motions() -> None:
    motions = parse_motions(
        "Jäsen Aino Lehto ehdotti, että asia jätetään pöydälle. Jäsen Ville Ranta kannatti ehdotusta.\n\n"
        "Jäsen Sami Koski ehdotti, että esitys hylätään. Ehdotusta ei kannatettu, joten se raukesi."
    )
    assert [(m.proposer, m.seconder, m.kind) for m in motions] == [
        ("Aino Lehto", "Ville Ranta", "tabling"),
        ("Sami Koski", None, "rejection"),
    ]
    assert motions[1].text.endswith("se raukesi.")


def test_vote_rounds() -> None:
    votes = parse_votes(
        "1 äänestys\nJA = esittelijän ehdotus, EI = Aino Lehdon ehdotus\nJA 6 ääntä, EI 5 ääntä\n"
        "2 äänestys\nJA = esittelijän ehdotus, EI = Sami Kosken ehdotus\n"
        "Lautakunta hyväksyi esityksen äänin 8–3–0."
    )
    assert [(v.round, v.yes, v.no, v.blank) for v in votes] == [(1, 6, 5, None), (2, 8, 3, 0)]
    assert votes[1].no_proposition == "Sami Kosken ehdotus"


def test_propositions_marked_with_the_vote_word_jaa() -> None:
    """``JAA = …, EI = …``: the propositions put to the vote, as a page that votes JAA / EI prints them."""
    [vote] = parse_votes(
        "JAA = kaupunginhallituksen ehdotus, EI = Liisa Kuusen muutosehdotus\n"
        "Ehdotus hyväksyttiin äänin 31 JAA, 9 EI."
    )
    assert (vote.yes_proposition, vote.no_proposition) == (
        "kaupunginhallituksen ehdotus",
        "Liisa Kuusen muutosehdotus",
    )
    assert (vote.yes, vote.no) == (31, 9)


def test_plain_text_is_no_vote() -> None:
    assert parse_votes("Kaupunki ja kunta sopivat yhteistyöstä 3 vuodeksi.") == []


def test_dissents() -> None:
    dissents = parse_dissents(
        "Valtuutettu Sami Koski jätti eriävän mielipiteen. Eva Björk anmälde avvikande mening."
    )
    assert [d.person for d in dissents] == ["Sami Koski", "Eva Björk"]


def test_several_dissenters_in_one_sentence() -> None:
    dissents = parse_dissents(
        "Jäsenet Katja Lindholm, Pasi Hakala ja Mikko Niskanen jättivät eriävän mielipiteen. "
        "Eva Björk och Jonas Lind anmälde avvikande mening."
    )
    assert [d.person for d in dissents] == [
        "Katja Lindholm",
        "Pasi Hakala",
        "Mikko Niskanen",
        "Eva Björk",
        "Jonas Lind",
    ]


def test_strip_role() -> None:
    assert (
        strip_role("Kaupunginhallituksen jäsen Mikko Niskanen") == "Kaupunginhallituksen jäsen Mikko Niskanen"
    )
    assert strip_role("Varajäsen Kalle Heinonen") == "Kalle Heinonen"


def test_counts_written_as_a_sentence() -> None:
    (vote,) = parse_votes("Äänestyksessä annettiin 7 JA-ääntä ja 4 EI-ääntä sekä 1 tyhjä ääni.")
    assert (vote.yes, vote.no, vote.blank) == (7, 4, 1)
    (vote,) = parse_votes("JA 6 ääntä, EI 5 ääntä")
    assert (vote.yes, vote.no) == (6, 5)


def test_a_count_written_together_with_its_vote_word() -> None:
    """``TYHJÄ 3ääntä``: a count printed without the space before ``ääntä`` is a count all the same."""
    (vote,) = parse_votes("Äänestyksen tulos: JAA 9 ääntä, EI 6 ääntä, TYHJÄ 3ääntä.")
    assert (vote.yes, vote.no, vote.blank) == (9, 6, 3)
    (vote,) = parse_votes("Äänestyksen tulos: JAA 9ääntä, EI 6ääntä.")
    assert (vote.yes, vote.no) == (9, 6)


def test_seconder_in_the_genitive() -> None:
    motions = parse_motions(
        "Jäsen Aino Lehto ehdotti Ville Rannan kannattamana, että asia palautetaan valmisteluun.\n\n"
        "Jäsen Sami Koski ehdotti Pekka Mäkelän kannattamana, että esitys hylätään.\n\n"
        "Jäsen Eva Björk ehdotti Tuntemattoman Henkilön kannattamana, että asia jätetään pöydälle."
    )
    assert [m.seconder for m in motions] == [None, None, None]
    resolve_seconders(motions, ["Aino Lehto", "Ville Ranta", "Pekka Mäkelä", "Pekka Mäki", "Sami Koski"])
    assert [m.seconder for m in motions] == ["Ville Ranta", "Pekka Mäkelä", None]


def test_swedish_inline_seconder() -> None:
    (motion,) = parse_motions(
        "Ledamot Anna Sundqvist föreslog, understödd av Mats Holmberg, att ärendet bordläggs."
    )
    assert (motion.proposer, motion.seconder, motion.kind) == ("Anna Sundqvist", "Mats Holmberg", "tabling")


def test_counts_after_the_number_with_the_capital_vote_words() -> None:
    """``äänin 31 JAA, 4 EI, 2 tyhjä``: the counts before the capital JAA / EI and ``tyhjä``."""
    (vote,) = parse_votes("Puheenjohtaja totesi, että äänin 31 JAA, 4 EI, 2 tyhjä ehdotus on hyväksytty.")
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (31, 4, 2, None)
    assert parse_votes("Kokous jatkui klo 19 ja EI muita asioita ollut.") == []
