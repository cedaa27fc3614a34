"""The check library on documents built in memory: Python-checked rules, maturity, batching."""

from __future__ import annotations

from paatosdata.checking import CheckOptions, check_documents
from paatosdata.model import Attachment, Outcome, Vote, VoteEvent
from paatosdata.report import Severity
from tests.sample_documents import seed_document


def test_the_hand_built_seed_is_clean_and_linked() -> None:
    report = check_documents([seed_document()])
    assert report.findings == []
    assert [item.maturity for item in report.items] == [3]


def test_a_personal_identity_code_in_an_attachment_title_is_found() -> None:
    doc = seed_document()
    doc.items[0].attachments.append(Attachment(title="Hakemus, Matti Meikäläinen 131052-308T", number="1"))
    report = check_documents([doc], CheckOptions(lang="en"))
    (finding,) = [f for f in report.findings if f.rule_id == "FI-015"]
    assert finding.severity is Severity.VIOLATION
    assert finding.path is not None and finding.path.endswith("#title")
    assert finding.value is not None and "131052-308T" not in finding.value
    assert finding.statute == "KuntaL 140 §"
    assert report.items[0].maturity == 1  # a privacy violation: not legally complete


def test_vote_counts_are_checked_against_the_voters() -> None:
    doc = seed_document()
    item = doc.items[0]
    item.outcome = Outcome.VOTED
    votes = [Vote("A", "yes"), Vote("B", "yes"), Vote("C", "no")]
    item.votes = [VoteEvent(yes=2, no=1, votes=votes)]
    assert not [f for f in check_documents([doc]).findings if f.rule_id == "FI-022"]
    item.votes = [VoteEvent(yes=3, no=1, votes=votes)]
    report = check_documents([doc], CheckOptions(lang="en"))
    (finding,) = [f for f in report.findings if f.rule_id == "FI-022"]
    assert finding.severity is Severity.VIOLATION
    assert "yesCount 3 ≠ 2" in finding.message


def test_profiles_off_means_their_python_rules_are_off() -> None:
    doc = seed_document()
    doc.items[0].reasons = "Hakija 131052-308T."
    report = check_documents([doc], CheckOptions(profiles=("core", "kuntalaki")))
    assert not [f for f in report.findings if f.rule_id == "FI-015"]


def test_small_batches_give_the_same_findings_as_one_batch() -> None:
    from benchmarks.generate import generate_documents

    docs = list(generate_documents(40))
    for doc in docs[:2]:  # defects in items that a batch of 7 puts in different batches
        for item in (doc.items[0], doc.items[8]):
            item.legal_basis, item.legal_basis_text = [], None
    one = check_documents(docs, CheckOptions(batch_size=100))
    small = check_documents(docs, CheckOptions(batch_size=7))
    key = [(f.rule_id, f.severity, f.focus_node, f.location) for f in one.findings]
    assert key == [(f.rule_id, f.severity, f.focus_node, f.location) for f in small.findings]
    assert len(one.items) == len(small.items) == 40
    assert len([f for f in one.findings if f.rule_id == "FI-005"]) == 4
