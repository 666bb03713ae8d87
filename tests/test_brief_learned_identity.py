"""The learned event-identity layer (reporter/brief/learned_identity.py): what it may join and what it
never may, with hand-made models (self-written reports; the shipped model, if any, is set aside)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from reporter.brief import learned_identity
from reporter.brief.learned_identity import Model
from reporter.brief.merge import Report, group_incidents, incident_relation, report_bounds, rule_groups
from reporter.logistic import Scorer
from reporter.models import Casualties, Incident

#: Joins whatever the rules leave apart, as long as no rule veto stands in the way.
EVERYTHING = Model(Scorer({}, 10.0), 0.5)
#: Joins two reports whose places hold one another (a base within its town); nothing else.
WITHIN = Model(Scorer({"pl:within": 20.0}, -10.0), 0.5)
NOTHING = Model(Scorer({}, -10.0), 0.5)


@pytest.fixture(autouse=True)
def _no_shipped_model():
    learned_identity.SHIPPED.use(None)
    yield
    learned_identity.SHIPPED.forget()


def _report(source: int, **fields) -> Report:
    fields.setdefault("evidence", "A self-written sentence about the event.")
    return Report(source=source, published=date(2025, 3, 11), fact=Incident(**fields))


def _rows(reports: list[Report], model: Model | None) -> list[set[int]]:
    learned_identity.SHIPPED.use(model)
    try:
        return [{r.source for r in g} for g in group_incidents(reports)]
    finally:
        learned_identity.SHIPPED.use(None)


def _base_and_town() -> list[Report]:
    """One night's attack: an outlet's drone attack on the base, another's explosion in its town."""
    return [
        _report(1, date="2025-03-10", type="drone_attack", location="Ain al-Asad", country="Iraq", objects=("drone",)),
        _report(2, date="2025-03-10", type="explosion", location="Al Baghdadi", country="Iraq"),
    ]


def test_the_rules_keep_two_types_at_a_base_and_its_town_apart():
    reports = _base_and_town()
    related = incident_relation(reports)
    assert [len(g) for g in rule_groups(reports, related)] == [1, 1]
    assert not related(*reports).conflict  # apart for want of a tie, not told apart


def test_the_model_joins_them_when_it_finds_them_one_event():
    assert _rows(_base_and_town(), WITHIN) == [{1, 2}]
    assert _rows(_base_and_town(), NOTHING) == [{1}, {2}]
    assert _rows(_base_and_town(), None) == [{1}, {2}]  # no model: the rules alone


def test_two_drones_at_two_airports_the_same_night_stay_two_rows_whatever_the_model():
    reports = [
        _report(1, date="2025-03-10", type="drone_attack", location="Erbil International Airport", country="Iraq"),
        _report(2, date="2025-03-10", type="drone_attack", location="Baghdad International Airport", country="Iraq"),
    ]
    assert incident_relation(reports)(*reports).conflict
    assert _rows(reports, EVERYTHING) == [{1}, {2}]


def test_a_join_never_brings_together_reports_that_plainly_differ():
    """Row 3 (undated, the country only) could join either airport's row, but not both: the first
    join made, the second would put two airports in one row."""
    reports = [
        _report(1, date="2025-03-10", type="drone_attack", location="Erbil International Airport", country="Iraq"),
        _report(2, date="2025-03-10", type="drone_attack", location="Baghdad International Airport", country="Iraq"),
        _report(3, date=None, type="explosion", location=None, country="Iraq"),
    ]
    rows = _rows(reports, EVERYTHING)
    assert len(rows) == 2 and {1, 2} not in rows and any(3 in r and len(r) == 2 for r in rows)


def _two_places_and_the_country() -> list[Report]:
    """Debris at a base and a drone down by a village the same days (nothing ties the two), and a
    crash told only of the country that ties as closely to each: the rules leave three rows."""
    none, days = Casualties(killed=0, injured=0), "2025-06-14/2025-06-15"
    crash = {"type": "crash", "date": days, "country": "Iraq", "casualties": none}
    return [
        _report(1, **crash, location="Ain al-Asad air base", objects=("projectile",),
                evidence="Debris fell in the sand west of the air base at Ain al-Asad, and nobody was hurt."),
        _report(2, **crash, location="Bahirka", objects=("drone",), count=1, actors=("US-led coalition",),
                evidence="A drone plunged into a field by the village of Bahirka over the weekend, the mayor said."),
        _report(3, **crash, location="Iraq", objects=("projectile",), actors=("US-led coalition",),
                evidence="Parts of several projectiles have come down across Iraq, far from homes, with no one hurt."),
    ]  # fmt: skip


def test_a_country_wide_row_the_model_joins_to_one_place_carries_it_to_no_other():
    """The model finds the country's crash within each place (and the two places nothing alike): it
    joins one of the two rows, and the two placed rows stay apart."""
    reports = _two_places_and_the_country()
    assert _rows(reports, NOTHING) == [{1}, {2}, {3}]
    rows = _rows(reports, WITHIN)
    assert len(rows) == 2 and not any({1, 2} <= r for r in rows)


def _province_clash_and_a_later_line(place: str, published: date | None = None) -> list[Report]:
    """A dated clash told of a province, and an undated line of another page (no day of its own)
    told of ``place`` that adds only that attackers died: the rules tie it to nothing."""
    dated = Incident(
        date="2025-03-10", type="armed_clash", location="Diyala province", country="Iraq",
        casualties=Casualties(killed=4, injured=None),
        evidence="Gunmen attacked a police checkpoint in Diyala province on Monday night, killing four officers.",
    )
    undated = Incident(
        date=None, type="armed_clash", location=place, country="Iraq",
        evidence="The provincial governor said several of the attackers also died in the exchange of fire.",
    )
    return [Report(source=1, published=date(2025, 3, 11), fact=dated), Report(source=2, published=published, fact=undated)]  # fmt: skip


def test_an_undated_report_told_only_of_a_province_is_joined_by_no_model():
    """A province sees many clashes: the model's liking for one of them (the province's name, a few
    words) does not make the undated report that one."""
    reports = _province_clash_and_a_later_line("Diyala province")
    assert [len(g) for g in rule_groups(reports, incident_relation(reports))] == [1, 1]
    assert _rows(reports, EVERYTHING) == [{1}, {2}]


def test_an_undated_report_at_a_town_or_a_row_the_rules_made_is_left_as_before():
    """Near misses: told of a town in the province, the model may still join it; told of the
    province on a page of the next day, the rules join it themselves and the row stays."""
    in_town = _province_clash_and_a_later_line("Baqubah")
    assert [len(g) for g in rule_groups(in_town, incident_relation(in_town))] == [1, 1]
    assert _rows(in_town, EVERYTHING) == [{1, 2}]
    next_day = _province_clash_and_a_later_line("Diyala province", published=date(2025, 3, 11))
    assert _rows(next_day, NOTHING) == [{1, 2}]
    assert _rows(next_day, EVERYTHING) == [{1, 2}]


def test_a_different_toll_or_a_week_apart_is_never_scored():
    """Pairs dated more than WINDOW_DAYS apart are no candidates; nor are two countries."""
    reports = [
        _report(1, date="2025-03-01", type="shelling", location="Kherson", country="Ukraine"),
        _report(2, date="2025-03-20", type="shelling", location="Kherson", country="Ukraine"),
        _report(3, date="2025-03-01", type="shelling", location="Belgorod", country="Russia"),
    ]
    groups = [[r] for r in reports]
    assert learned_identity.candidate_pairs(groups, incident_relation(reports), report_bounds) == {}


def test_features_name_relations_not_words():
    a, b = _base_and_town()
    b = Report(source=b.source, published=b.published, fact=Incident(**{**_fields(b.fact), "casualties": Casualties(killed=3)}))
    rel = incident_relation([a, b])(a, b)
    feats = learned_identity.pair_features(a, b, rel, report_bounds(a), report_bounds(b))
    assert "pl:within" in feats and "kil:one" in feats and "gap:0" in feats
    assert not any("asad" in f.lower() or "iraq" in f.lower() for f in feats)


def _fields(inc: Incident) -> dict:
    return {name: getattr(inc, name) for name in inc.__dataclass_fields__}


def _one_base_twice() -> list[Report]:
    """Two outlets' drone attack on one base the same day: the rules make one row of them."""
    return [
        _report(1, date="2025-03-10", type="drone_attack", location="Ain al-Asad", country="Iraq"),
        _report(2, date="2025-03-10", type="drone_attack", location="Ain al-Asad", country="Iraq"),
    ]


def test_a_row_splits_only_where_the_keeper_doubts_every_tie():
    reports = _one_base_twice()
    assert _rows(reports, None) == [{1, 2}]
    assert _rows(reports, Model(None, keeps=Scorer({}, 10.0), split=0.5)) == [{1, 2}]
    assert _rows(reports, Model(None, keeps=Scorer({}, -10.0), split=0.5)) == [{1}, {2}]


def test_statements_are_left_to_the_rules():
    """Threats are key points, not rows: the layer neither joins nor splits them."""
    reports = [
        _report(1, date="2025-03-10", type="threat_statement", location="Iraq", country="Iraq"),
        _report(2, date="2025-03-11", type="threat_statement", location="Iraq", country="Iraq"),
    ]
    rules = _rows(reports, None)
    assert _rows(reports, EVERYTHING) == rules
    assert _rows(reports, Model(None, keeps=Scorer({}, -10.0), split=0.5)) == rules


def test_other_targets_or_another_count_are_vetoes_too():
    """What the rules keep two reports apart on, both giving it, holds for the layer: a market and a
    railway station, three rockets and two. Two kinds of target it does not know, or one count
    given, veto nothing."""
    town = {"date": None, "location": "Kherson", "country": "Ukraine"}
    market = _report(1, type="missile_attack", evidence="A missile struck the market.", **town)
    station = _report(2, type="missile_attack", evidence="A missile struck the railway station.", **town)
    three = _report(3, type="rocket_attack", count=3, **town)
    two = _report(4, type="rocket_attack", count=2, **town)
    some = _report(5, type="rocket_attack", **town)
    rel = incident_relation([market, station, three, two, some])
    assert learned_identity.vetoed_pair(market, station, rel(market, station))
    assert learned_identity.vetoed_pair(three, two, rel(three, two))
    assert not learned_identity.vetoed_pair(three, some, rel(three, some))


_OVERLAP_PROBE = """
from reporter.brief.learned_identity import _rare_shared
words = "alpha bravo charlie delta echoes foxtrot golfs hotel india juliet kilos".split()
idf = dict(zip(words, (0.1, 0.2, 0.3, 0.7, 1.1, 1.3, 0.17, 0.23, 0.29, 0.31, 0.37)))
print(repr(_rare_shared(" ".join(words[:8]), " ".join(words[:4] + words[8:]), idf)))
"""


def test_word_overlap_is_the_same_in_every_process():
    """The weighted overlap of two sentences' words adds floats over a set, whose order follows the
    string hash of each process: summed in that order, its last digits (and, at a bin's edge, a
    feature) changed from run to run."""
    seen = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run([sys.executable, "-c", _OVERLAP_PROBE], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert len(seen) == 1, seen


def _a_month_and_its_days(days: tuple[str, ...]) -> list[Report]:
    """Strikes on one city told to the day (on days far apart: two raids), and a later page's line
    that only places a strike there in that month."""
    day_reports = [
        _report(n, date=day, type="air_strike", location="Tehran", country="Iran", actors=("Zedland",),
                evidence=f"Zedland jets struck a depot in Tehran, report {n} said.")
        for n, day in enumerate(days, 1)
    ]  # fmt: skip
    month = _report(9, date="2031-06", type="air_strike", location="Tehran", country="Iran", actors=("Zedland",),
                    evidence="The city was struck by Zedland in June, during the short war.")  # fmt: skip
    return [*day_reports, month]


def test_a_row_told_only_by_its_month_joins_no_day_of_two_by_the_model():
    """The rules tie the month's line to each day's raid alike and leave it apart: the model, liking
    the shared town and type, does not pick one of the two."""
    reports = _a_month_and_its_days(("2031-06-03", "2031-06-20"))
    assert _rows(reports, NOTHING) == [{1}, {2}, {9}]
    assert _rows(reports, EVERYTHING) == [{1}, {2}, {9}]


def test_a_row_told_only_by_its_month_beside_one_day_is_the_models_to_join():
    """Near-miss control: one raid that month only, and the model may join the month's line to it."""
    assert _rows(_a_month_and_its_days(("2031-06-03",)), EVERYTHING) == [{1, 9}]
