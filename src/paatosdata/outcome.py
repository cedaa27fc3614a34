"""The outcome of an item from its decision text, in Finnish or Swedish.

>>> classify_outcome("Työllisyysaluelautakunta hyväksyi yksimielisesti esittelijän päätösehdotuksen.")
(<Outcome.APPROVED: 'approved'>, True)
>>> classify_outcome("Lautakunta merkitsee tiedokseen hallinto-oikeuden päätöksen.")
(<Outcome.NOTED: 'noted'>, None)
>>> classify_outcome("Asia jätettiin pöydälle.")
(<Outcome.TABLED: 'tabled'>, None)
>>> classify_outcome("Nämnden beslöt enhälligt att anteckna ärendet för kännedom.")
(<Outcome.NOTED: 'noted'>, True)
>>> classify_outcome("Lautakunta merkitsi ajankohtaiset asiat tiedokseen.")[0]
<Outcome.NOTED: 'noted'>
>>> classify_outcome("Lautakunta päättää merkitä katsauksen tiedoksi.")[0]
<Outcome.NOTED: 'noted'>
>>> classify_outcome("että raportti merkitään tiedoksi.")[0]
<Outcome.NOTED: 'noted'>
>>> classify_outcome("Stadsfullmäktige beslutade att hålla sina sammanträden så här.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Asia palautettiin uudelleen valmisteltavaksi.")
(<Outcome.RETURNED: 'returned'>, None)
>>> classify_outcome("Lautakunta hyväksyi päätösehdotuksen äänin 7–4.")
(<Outcome.VOTED: 'voted'>, False)
>>> classify_outcome("Johtokunta esitti tarkastuslautakunnalle lausuntonaan seuraavaa:")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Kaupunginhallitus päätti hylätä ehdotuksen.")[0]
<Outcome.REJECTED: 'rejected'>
>>> classify_outcome("Lautakunta päätti hylätä oikaisuvaatimuksen.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Kaupunginhallitus hylkäsi päätökseen 1.2.2026 § 5 tehdyn oikaisuvaatimuksen.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Nämnden avslog rättelseyrkandet.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Kaupunginhallitus hylkäsi ehdotuksen.")[0]
<Outcome.REJECTED: 'rejected'>
>>> classify_outcome("Lautakunta päätti merkitä tiedoksi esittelijän ehdotuksesta poikkeavan selvityksen.")[0]
<Outcome.AMENDED: 'amended'>
>>> classify_outcome("Lautakunta hyväksyi ehdotuksen sillä muutoksella, että jäseneksi valittiin B.")[0]
<Outcome.AMENDED: 'amended'>
>>> classify_outcome("Ehdotuksen mukaan.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Asiasta keskusteltiin. Päätettiin esityksen mukaisesti.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Päätös tehtiin päätösehdotuksen mukaisesti.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Valtuusto päätti yksimielisesti valita seuraavat henkilöt tarkastuslautakuntaan:")
(<Outcome.ELECTED: 'elected'>, True)
>>> classify_outcome("Johtokunta päätti valita talousyksikön johtajaksi Maija Malli.")[0]
<Outcome.APPROVED: 'approved'>
>>> classify_outcome("Ehdotus hyväksyttiin äänin 9-2. Hävinnyt ehdotus: ”Asia palautetaan valmisteluun.”")[0]
<Outcome.VOTED: 'voted'>
"""

from __future__ import annotations

import re

from paatosdata.model import Outcome

__all__ = ["classify_outcome", "notes_only"]

#: the word of a claim someone made (oikaisuvaatimus, valitus, hakemus, rättelseyrkande, ansökan …)
_CLAIM = r"\w*(?:vaatimu|valitu|hakemu|anomu|muistutu|kantelu|tarjou|yrkande|besvär|ansökan|anhållan|anbud)"

#: (outcome, patterns) in priority order; the first outcome with a matching pattern wins
_RULES: list[tuple[Outcome, re.Pattern[str]]] = [
    (
        Outcome.TABLED,
        # papers handed out at the meeting ("jaettiin pöydälle", "pöydälle (…) jaettiin muutettu esitys")
        # table nothing; the handing out must stand right by the word
        re.compile(
            r"(?<!jaettiin )(?<!jaettu )pöydälle"
            r"(?!\s+(?:\([^()]{0,60}\)\s+)?(?:\w+\s+)?jae(?:ttiin|ttu|taan)\b)|bordlade|bordlägg",
            re.I,
        ),
    ),
    (
        Outcome.RETURNED,
        re.compile(r"palaut\w* (?:asia(?:n)? )?(?:uudelleen )?valmistel(?:uun|tavaksi)|återremitt", re.I),
    ),
    (
        Outcome.REMOVED,
        re.compile(r"poist\w* (?:asian )?esityslistalta|ströks från föredragningslistan", re.I),
    ),
    (
        Outcome.REJECTED,
        re.compile(
            # a claim turned down as proposed (an appeal, an application, a bid) is a decision made,
            # not the proposal rejected: "hylkäsi … oikaisuvaatimuksen", "avslog rättelseyrkandet"
            rf"(?:\bhylkäsi\b|\bhylättiin\b|förkastade|avslog)(?!(?:[^.]|\.(?=\S)){{0,200}}?{_CLAIM})|"
            # the proposal itself turned down: "päätti hylätä (esittelijän) ehdotuksen"
            r"\bpäätt(?:i|ää) hylätä (?:\w+ )?(?:päätös)?ehdotuksen\b",
            re.I,
        ),
    ),
    (
        Outcome.VOTED,
        re.compile(r"äänestyksen jälkeen|äänin \d|äänestyksessä|efter omröstning|med rösterna", re.I),
    ),
    (
        Outcome.AMENDED,
        re.compile(
            r"muutettuna|muutoksin|seuraavin muutoksin|lisäyksin|esittelijän muuttaman|"
            # "hyväksyi päätösehdotuksen sillä muutoksella, että …"
            r"\bsillä muutoksella\b|\bseuraavalla muutoksella\b|"
            # a decision that departs from the proposal: "esittelijän ehdotuksesta poikkeavan selvityksen"
            r"ehdotuksesta poikkeav|"
            # a counter-proposal adopted in the handling: "vastaehdotuksen mukaisesti muutetun ehdotuksen"
            r"muutetun ehdotuksen|det ändrade förslaget|"
            # a member's counter-proposal adopted as such: "hyväksyi yksimielisesti ilman äänestystä jäsen A
            # B:n vastaehdotuksen" (not "hyväksyi esittelijän ehdotuksen ja hylkäsi vastaehdotuksen", nor
            # "hyväksyi esittelijän ehdotuksen, eikä vastaehdotuksen tekijä …": one adopted before it)
            r"\bhyväks(?:yi|yttiin)\b(?:(?!\bhylk|\bja\b|\b\w*ehdotuksen\b)[^.]){0,80}?\bvastaehdotuksen\b|"
            # a point added to the proposal: "päätti lisätä päätösehdotukseen 3-kohdan", "Päätösehdotukseen
            # lisättiin, että …"
            r"\blis(?:ätä|ättiin|äsi)\s+(?:päätös)?ehdotukseen\b|\b(?:päätös)?ehdotukseen\s+lisät(?:tiin|ään)\b|"
            # the presenter's proposal changed at the meeting and adopted: "Kunnanjohtajan muutettu
            # päätösehdotus hyväksyttiin", "muutetun päätösehdotuksen mukaan", "muutetun päätösesityksen"
            r"\bmuutet(?:tu|un) päätös(?:ehdotu|esity)(?:s|ksen)\b|"
            # the body changing what was put to it at the meeting: "Lautakunta teki kokouksessa muutokset
            # ohjelmaan", "Kokouksessa tehtiin muutoksia liitteeseen" (not "teki hallintosääntöön muutokset",
            # which may be what was proposed)
            r"\b(?:teki|tehtiin)\s+kokouksessa\s+(?:\w+\s+)?muutok(?:set|sia)\b|"
            r"\bkokouksessa\s+tehtiin\s+(?:\w+\s+)?muutok(?:set|sia)\b|"
            # a change proposed at the meeting with the body's backing: "puheenjohtaja teki muutosesityksen
            # lautakunnan kannattamana"
            r"\bmuutos(?:esity|ehdotu)ksen\b[^.]{0,60}?\b(?:lautakunnan|hallituksen|valtuuston|jaoston|"
            r"toimikunnan|johtokunnan|neuvoston|valiokunnan)\s+(?:yksimielisesti\s+)?kannattamana\b|"
            r"med följande ändring|ändrat|med tillägg|avvikande från föredragandens förslag|"
            # the proposal adopted with a reservation that changes it: "Esityksen mukaan, kuitenkin siten,
            # että …", "enligt förslaget, dock så att …"
            r"\b(?:mukaan|mukaisesti),?\s+kuitenkin\s+siten\b|\benligt\s+förslaget,?\s+dock\s+så\b|"
            # a part decided otherwise and the proposal adopted for the rest: "päätti vahvistaa palkkioksi 22
            # euroa/h … hyväksyi päätösehdotuksen muilta osin", "Muilta osin ehdotus hyväksyttiin", "godkände
            # förslaget i övrigt"
            r"\bhyväks(?:yi|yttiin)\b[^.]{0,60}?\b(?:päätös)?(?:ehdotu|esity)(?:ksen|s)\s+muilta\s+osin\b|"
            r"\bmuilta\s+osin\s+(?:päätös)?(?:ehdotu|esity)(?:s|ksen)\s+hyväksyttiin\b|"
            r"\bgodkän(?:de|des)\s+förslaget\s+i\s+övrigt\b|\bi\s+övrigt\s+godkändes\s+förslaget\b",
            re.I,
        ),
    ),
    (
        Outcome.ELECTED,
        re.compile(
            r"\bvalitsi\b|\bvalittiin\b|\bvalde\b|\bvaldes\b|"
            # the same said as a resolution, of people to a body or its seats: "päätti (yksimielisesti)
            # valita seuraavat henkilöt lautakuntaan", "päätettiin valita jäseniksi …" (not an official to a
            # post or a supplier: "päätti valita … johtajaksi", "… palveluntuottajaksi")
            r"\bpäät(?:ti|ettiin)\s+(?:\w+\s+)?valita\b(?=[^.]{0,80}?(?:\bhenkilöt\b|\b(?:vara)?jäsen|"
            r"\bedustaj|\bpuheenjohtaj|(?:lautakunta|toimikunta|johtokunta|jaosto|neuvosto|työryhmä)(?:an|on|än)\b|"
            r"hallitukseen\b))",
            re.I,
        ),
    ),
    (
        Outcome.NOTED,
        re.compile(
            r"merkits(?:ee?|i) .{0,60}tiedoksi|merkits(?:ee?|i) .{0,60}?tiedokse(?:en|nsa)\b|"
            # a long object within the sentence ("merkitsi esityksen … suunnitelman valmistelusta tiedoksi")
            r"merkits(?:ee?|i) [^.]{0,120}?\btiedoksi|"
            r"tiedoksi merkittävä|merkitään .{0,60}?tiedoksi|merkitä .{0,60}tiedoksi|"
            # a long object within the sentence ("merkitä edellä esitetyn … lausuntoehdotuksen … tiedoksi")
            # and the possessive "merkitä tiedokseen …"
            r"merkitä [^.]{0,120}?\btiedoksi|merkitä (?:[^.]{0,60}? )?tiedokse(?:en|nsa)\b|"
            # the passive with its object between: "Merkittiin viranhaltijoiden esitykset tiedoksi."
            r"merkittiin [^.]{0,60}?tiedoksi|"
            r"antecknar? .{0,60}för kännedom|antecknades för kännedom|"
            # the past and the passive, within one sentence: "antecknade ärendet för kännedom",
            # "Antecknas för kännedom."
            r"anteckna(?:de|s) [^.]{0,60}?för kännedom|"
            # the passive alone as the whole decision: "Merkittiin.", "Antecknades."
            r"^\s*(?:merkittiin|antecknades)\s*\.?\s*$",
            re.I,
        ),
    ),
    (
        Outcome.APPROVED,
        re.compile(
            # the passive past also misprinted with one ``i`` (``Päätösehdotus hyväksyttin.``): no other word
            r"hyväksy(?:i|ttiin|ttin\b)|hyväksytään|päätti|godkände|godkändes|beslöt|beslutade|"
            # the body approving the proposal in the present tense: "Lautakunta hyväksyy ehdotuksen."
            r"\bhyväksyy (?:\w+ )?(?:päätös)?(?:ehdotuksen|esityksen)\b|\bgodkänner (?:\w+ )?förslaget\b|"
            # the decision that only refers to the proposal: "Ehdotuksen mukaan.", "Enligt förslaget."
            r"^\s*(?:esittelijän |kunnanjohtajan |kaupunginjohtajan )?(?:päätös)?ehdotuksen mukaa?n\b|"
            # "Esittelijän esityksen mukaan." as the whole decision ("Esityksen mukaan hakemus …" is none)
            r"^\s*(?:esittelijän )?esityksen mukaa?n\s*\.?\s*$|"
            r"^\s*enligt (?:föredragandens )?förslag(?:et)?\b|"
            # "Päätös ehdotuksen mukainen." as a sentence of its own (not "… mukainen sillä erolla, että …")
            r"^\s*(?:päätös:?\s+(?:on\s+)?)?(?:esittelijän\s+)?(?:päätös)?(?:ehdotuksen|esityksen)\s+mukainen"
            r"\s*(?:\.|\n|$)|"
            # a decision made as proposed: "Päätetty esityksen mukaisesti.", "Päätös tehtiin
            # päätösehdotuksen mukaisesti" (a counter-proposal's "vastaehdotuksen" has no boundary before)
            r"\b(?:päätös)?(?:ehdotuksen|esityksen) mukaisesti\b|"
            # a claim turned down (the rejections of the proposal are caught above)
            r"\bhylkäsi\b|\bhylättiin\b|\bavslog\b|\bförkastade\b|"
            # a statement given: "antoi … lausunnon", "esitti … lausuntonaan", "gav … utlåtande"
            r"\bantoi\b.{0,80}\blausun|lausuntonaan\b|\bgav\b.{0,60}\butlåtande",
            re.I,
        ),
    ),
]
#: a passage in typographic quotes (``”Palautetaan asia uudelleen valmisteluun …”``)
_QUOTED = re.compile(r"[”“][^”“]{1,3000}[”“]")
#: in the sentence before a quote: what shows it is a motion that lost or a dissent, not what was decided
_NOT_DECIDED = re.compile(
    r"puolesta äänesti|äänestivät|hävi\w*|raukes\w*|eriävä\w*|vastalau\w*|röstade för|reservation|föll\b",
    re.I,
)
_UNANIMOUS = re.compile(r"yksimielisesti|enhälligt|enhälliga", re.I)


#: a sentence of what was done besides the decision (``Lisäksi merkittiin tiedoksi …``, ``Dessutom …``)
_ADDED = re.compile(r"(?:^|(?<=[.\n]))[ \t]*(?:Lisäksi|Dessutom)\b[^.]*\.?")


def _without_lost_quotes(text: str) -> str:
    """``text`` without the quoted motions that lost and the quoted dissents (``Palautusehdotuksen puolesta
    äänesti Esimerkki: ”Palautetaan asia …”``); a quote that is the decision itself stays."""

    def drop(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 200) : m.start()]
        sentence = re.split(r"[.!?]\s", before)[-1]
        return " " if _NOT_DECIDED.search(sentence) else m.group(0)

    return _QUOTED.sub(drop, text)


def _first_rule(text: str) -> Outcome | None:
    """The outcome of the first rule whose pattern the text matches."""
    return next((o for o, pattern in _RULES if pattern.search(text)), None)


def classify_outcome(text: str) -> tuple[Outcome | None, bool | None]:
    """``(outcome, unanimous)``: unanimous is True when said, False after a vote, else None.

    A decision that approves the presenter's proposal to note a matter is ``noted`` when the
    proposal itself is only a noting; callers pass the proposal text too when they have it.
    """
    text = _without_lost_quotes(text)
    outcome = _first_rule(text)
    if outcome is Outcome.NOTED:
        # "Päätösehdotus hyväksyttiin. Lisäksi merkittiin tiedoksi …": a noting added to the decision
        outcome = _first_rule(_ADDED.sub(" ", text)) or outcome
    if outcome is Outcome.NOTED:
        first, *after = _SENTENCE_END.split(text.strip(), maxsplit=1)
        if after and _first_rule(first) is Outcome.APPROVED:
            # "Esitys hyväksyttiin. Merkittiin tiedoksi …": the proposal adopted, a noting added after it
            outcome = Outcome.APPROVED
    if outcome is Outcome.NOTED and any(_resolves_more(s) for s in _SENTENCE_END.split(text)):
        # "… päätti merkitä loppuraportin tiedoksi. Samalla … päätti hyväksyä ohjelman …": a sentence of its
        # own that resolves more than a noting makes the decision more than one
        outcome = Outcome.APPROVED
    if _UNANIMOUS.search(text):
        unanimous: bool | None = True
    elif outcome is Outcome.VOTED:
        unanimous = False
    else:
        unanimous = None
    return outcome, unanimous


_NOTED = next(pattern for outcome, pattern in _RULES if outcome is Outcome.NOTED)
#: verbs of a resolution that does more than note (hyväksyä, myöntää, valita, esittää …)
_RESOLVES = re.compile(
    r"\b(?:hyväksyä|hyväksyy|hyväksytään|myöntää|myönnetään|valita|valitsee|valitaan|vahvistaa|"
    r"vahvistetaan|nimetä|nimeää|esittää|antaa|annetaan|oikeuttaa|kehottaa|kumota|kumoaa|"
    r"godkänna|godkänner|bevilja|beviljar|välja|väljer|fastställa|fastställer|föreslå|föreslår)\b",
    re.I,
)
#: a matter sent on to be prepared or handled (``lähettää aloitteen … valmisteltavaksi``, ``remittera … för
#: beredning``): a resolution, where sending a paper on for information (``lähettää tiedoksi``) is not
_REFERS = re.compile(
    r"\b(?:lähettää|lähetetään|remittera|remitterar)\b[^.;]{0,120}?"
    r"(?:valmisteltava|käsiteltävä|toimenpitei|för beredning|för behandling)",
    re.I,
)
#: a second resolution joined to the noting: ``merkitsee … tiedoksi ja päättää säilyttää puiston ennallaan``,
#: ``antecknar … för kännedom och beslutar att …`` (not passing the matter on: ``ja päättää lähettää …``)
_RESOLVES_ALSO = re.compile(
    r"\b(?:ja\s+päättää|och\s+beslutar\s+att)\s+(?!merkitä\b|lähettää\b|anteckna\b|sända\b|översända\b)\w+",
    re.I,
)


#: the end of a sentence within a decision
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


#: a body's resolution said as such: ``päätti``, ``beslutade`` (not a plan for a later meeting, ``hyväksytään
#: ne seuraavassa kokouksessa``)
_RESOLVED = re.compile(r"\b(?:päätti|beslutade|beslöt)\b", re.I)
#: a body's resolution in the present tense, its name the sentence's subject (``Kaupunginhallitus kehottaa
#: jatkamaan …``)
_RESOLVES_NOW = re.compile(
    r"^(?:(?:Samalla|Lisäksi|Dessutom)\s+)?[A-ZÅÄÖa-zåäö][\wåäö-]+\s+"
    r"(?:kehottaa|hyväksyy|myöntää|valitsee|nimeää|oikeuttaa|kumoaa|uppmanar|godkänner|beviljar|väljer)\b"
)
#: a noting or a passing on for information in any form (``tiedoksi``, ``tiedokseen``, ``för kännedom``)
_FOR_INFORMATION = re.compile(r"tiedoksi|tiedokse|kännedom", re.I)


def _resolves_more(sentence: str) -> bool:
    """True for a sentence of a decision that notes nothing and resolves something (``Samalla
    kaupunginhallitus päätti hyväksyä …``, ``Kaupunginhallitus kehottaa …``)."""
    return (
        not _FOR_INFORMATION.search(sentence)
        and (_RESOLVED.search(sentence) is not None or _RESOLVES_NOW.match(sentence.strip()) is not None)
        and _RESOLVES.search(sentence) is not None
    )


def notes_only(proposal: str) -> bool:
    """True when a proposal only notes a matter: it says "merkitä tiedoksi" and resolves nothing else.

    >>> notes_only("Lautakunta päättää merkitä tiedoksi talouskatsauksen.")
    True
    >>> notes_only("Lautakunta päättää merkitä tiedoksi katsauksen ja hyväksyä toimintasuunnitelman.")
    False
    >>> notes_only("Kunnanhallitus päättää 1) merkitä tiedoksi aloitteen 2) lähettää sen valmisteltavaksi.")
    False
    >>> notes_only("Lautakunta päättää merkitä tiedoksi katsauksen ja lähettää sen tiedoksi valtuustolle.")
    True
    >>> notes_only("Lautakunta merkitsee palautteen tiedoksi ja päättää säilyttää puiston ennallaan.")
    False
    """
    if not _NOTED.search(proposal):
        return False
    rest = _NOTED.sub(" ", proposal)
    return not (_RESOLVES.search(rest) or _REFERS.search(rest) or _RESOLVES_ALSO.search(rest))
