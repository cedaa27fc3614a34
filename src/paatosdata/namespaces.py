"""Vocabularies as typed namespaces: a misspelt term is an ``AttributeError``, never a new IRI.

``PD`` lists every term of ``ontology/paatosdata.ttl`` (a test checks both directions). The external
vocabularies list only the terms paatosdata uses; rdflib already ships PROV, ORG, DCTERMS and SKOS.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = ["CPOV", "ELI", "ELIDL", "EU_LANGUAGE", "ONTOLOGY_IRI", "PD", "PD_NAMESPACE"]

PD_NAMESPACE = "https://w3id.org/paatosdata/def#"
ONTOLOGY_IRI = URIRef("https://w3id.org/paatosdata/def")

#: The EU Publications Office language table (``…/language/FIN``), the range of ``eli:language``.
EU_LANGUAGE = Namespace("http://publications.europa.eu/resource/authority/language/")


class PD(DefinedNamespace):
    """The paatosdata vocabulary."""

    _fail = True
    _NS = Namespace(PD_NAMESPACE)

    # classes
    AdministrativeAppealInstruction: URIRef
    Agenda: URIRef
    AgendaItem: URIRef
    AppealBan: URIRef
    AppealInformation: URIRef
    Arrival: URIRef
    Attachment: URIRef
    Body: URIRef
    Case: URIRef
    Confidentiality: URIRef
    Decision: URIRef
    DecisionExpression: URIRef
    DecisionReference: URIRef
    Departure: URIRef
    DiaryNumber: URIRef
    Disqualification: URIRef
    Dissent: URIRef
    Document: URIRef
    ImpactAssessed: URIRef
    ImpactAssessment: URIRef
    ImpactNotAssessed: URIRef
    Item: URIRef
    ItemHandling: URIRef
    LegalReference: URIRef
    MaturityLevel: URIRef
    Meeting: URIRef
    Minutes: URIRef
    Motion: URIRef
    MunicipalAppealInstruction: URIRef
    Municipality: URIRef
    OfficerDecisionDocument: URIRef
    Outcome: URIRef
    Participation: URIRef
    Person: URIRef
    PresenceChange: URIRef
    ProceduralItem: URIRef
    Proposal: URIRef
    RectificationInstruction: URIRef
    Regulation: URIRef
    RegulationReference: URIRef
    RegulationSection: URIRef
    Role: URIRef
    Section: URIRef
    Statute: URIRef
    StatuteReference: URIRef
    Vote: URIRef
    VoteEvent: URIRef
    VoteOption: URIRef

    # properties and concepts
    abbreviation: URIRef
    absentCount: URIRef
    actAbbreviation: URIRef
    acting: URIRef
    actName: URIRef
    actNumber: URIRef
    actYear: URIRef
    agendaNumber: URIRef
    aknMapping: URIRef
    aknPath: URIRef
    amended: URIRef
    apiPaatosMapping: URIRef
    appealAuthority: URIRef
    appealInformation: URIRef
    appealStatute: URIRef
    appliesToAllSections: URIRef
    appliesToSection: URIRef
    approved: URIRef
    attachment: URIRef
    attachmentNumber: URIRef
    blankCount: URIRef
    body: URIRef
    bodyAbbreviation: URIRef
    bodyName: URIRef
    bodyOf: URIRef
    case: URIRef
    chapter: URIRef
    checked: URIRef
    cites: URIRef
    confidentiality: URIRef
    decidedBy: URIRef
    decisionCount: URIRef
    decisionHistory: URIRef
    decisionReference: URIRef
    decisionText: URIRef
    diaryNumber: URIRef
    disqualification: URIRef
    dissent: URIRef
    distribution: URIRef
    document: URIRef
    downloadUrl: URIRef
    elected: URIRef
    email: URIRef
    endedAt: URIRef
    endTime: URIRef
    expressionLanguage: URIRef
    ground: URIRef
    groundReference: URIRef
    handling: URIRef
    heading: URIRef
    heldOn: URIRef
    impactAssessment: URIRef
    item: URIRef
    jobTitle: URIRef
    language: URIRef
    leftRoom: URIRef
    legalBasis: URIRef
    legalBasisCitation: URIRef
    legalBasisText: URIRef
    localIdentifier: URIRef
    maturity: URIRef
    maturityChecked: URIRef
    maturityDecided: URIRef
    maturityProposal: URIRef
    maturityPublished: URIRef
    maturityScheme: URIRef
    meeting: URIRef
    meetingDate: URIRef
    meetingNumber: URIRef
    motion: URIRef
    motionKind: URIRef
    municipality: URIRef
    municipalityCode: URIRef
    name: URIRef
    noCount: URIRef
    noProposition: URIRef
    notAssessedReason: URIRef
    note: URIRef
    noted: URIRef
    order: URIRef
    outcome: URIRef
    outcomeScheme: URIRef
    paragraph: URIRef
    participant: URIRef
    participation: URIRef
    partOfRegulation: URIRef
    pattern: URIRef
    periodDays: URIRef
    person: URIRef
    personalDataRemovalDate: URIRef
    phone: URIRef
    place: URIRef
    politicalGroup: URIRef
    prefix: URIRef
    preparer: URIRef
    presenceChange: URIRef
    present: URIRef
    presenter: URIRef
    printedDate: URIRef
    printedNumber: URIRef
    privatePerson: URIRef
    proposal: URIRef
    proposer: URIRef
    provisionSection: URIRef
    public: URIRef
    publicTitle: URIRef
    publishedOn: URIRef
    rawValue: URIRef
    realizedBy: URIRef
    realizes: URIRef
    reasons: URIRef
    refBody: URIRef
    referencedDate: URIRef
    referencedSection: URIRef
    refersTo: URIRef
    rejected: URIRef
    removed: URIRef
    resultedIn: URIRef
    returned: URIRef
    role: URIRef
    roleChair: URIRef
    roleDeputyMember: URIRef
    roleExpert: URIRef
    roleMember: URIRef
    roleMinutesChecker: URIRef
    roleName: URIRef
    roleOther: URIRef
    rolePreparer: URIRef
    rolePresenter: URIRef
    roleScheme: URIRef
    roleSecretary: URIRef
    roleViceChair: URIRef
    round: URIRef
    seconder: URIRef
    section: URIRef
    sectionKind: URIRef
    sectionNumber: URIRef
    serialNumber: URIRef
    signature: URIRef
    slug: URIRef
    sourceFile: URIRef
    sourceFormat: URIRef
    sourceLocation: URIRef
    sourceSha256: URIRef
    startedAt: URIRef
    startTime: URIRef
    subsection: URIRef
    summary: URIRef
    supplementary: URIRef
    tabled: URIRef
    taskClass: URIRef
    text: URIRef
    time: URIRef
    title: URIRef
    unanimous: URIRef
    vote: URIRef
    voteAbsent: URIRef
    voteBlank: URIRef
    voted: URIRef
    voteEvent: URIRef
    voteNo: URIRef
    voteOption: URIRef
    voteOptionScheme: URIRef
    voter: URIRef
    voteResult: URIRef
    voteYes: URIRef
    wholeItem: URIRef
    wholeMinutes: URIRef
    year: URIRef
    yesCount: URIRef
    yesProposition: URIRef


class ELI(DefinedNamespace):
    """European Legislation Identifier ontology (the terms paatosdata uses)."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    LegalResource: URIRef
    LegalExpression: URIRef
    LegalResourceSubdivision: URIRef
    based_on: URIRef
    cites: URIRef
    passed_by: URIRef
    is_realized_by: URIRef
    realizes: URIRef
    language: URIRef
    is_part_of: URIRef
    date_document: URIRef
    number: URIRef
    id_local: URIRef


class ELIDL(DefinedNamespace):
    """ELI draft legislation ontology (the terms paatosdata uses)."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")

    Activity: URIRef
    ForeseenActivity: URIRef
    Process: URIRef
    decision_outcome: URIRef
    number_of_votes_favor: URIRef
    number_of_votes_against: URIRef
    number_of_votes_abstention: URIRef


class CPOV(DefinedNamespace):
    """Core Public Organisation Vocabulary (the terms paatosdata uses)."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/m8g/")

    PublicOrganisation: URIRef
