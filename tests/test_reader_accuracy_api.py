"""The API readers' accuracy benchmark counts hits and misses honestly."""

from __future__ import annotations

from benchmarks.reader_accuracy_api import FIXTURE_FACTS, measure


def test_own_fixture_facts_are_met() -> None:
    result = measure(FIXTURE_FACTS)
    [stats] = result.values()
    assert stats["exact"] == stats["fields"] > 0
    assert stats["naive"] < stats["fields"]


def test_a_wrong_fact_is_a_miss() -> None:
    entry = dict(FIXTURE_FACTS[0])
    entry["facts"] = {"body": "Väärä lautakunta", "number": "41", "proposal_prefix": "Ei näin"}
    [stats] = measure([entry]).values()
    assert (stats["fields"], stats["exact"]) == (3, 1)
    assert {miss[1] for miss in stats["misses"]} == {"body", "proposal_prefix"}
