"""A merged row keeps who fired, who shot it down and who was blamed in their own places."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Families, Report, merge_incidents
from reporter.models import Incident

_DAY = date(2026, 2, 11)


def _fact(type_: str, actors: tuple[str, ...], **kw) -> Incident:
    return Incident(
        date="2026-02-10", type=type_, location=kw.pop("location", "Harir air base"), country="Iraq", actors=actors, count=2, **kw
    )


def _rows(*facts: Incident):
    outlets = {n: f"Outlet {n}" for n in range(1, len(facts) + 1)}
    texts = {n: f"separately written story number {n} " * 3 for n in outlets}
    reports = [Report(source=n, published=_DAY, fact=f) for n, f in zip(outlets, facts, strict=True)]
    return merge_incidents(reports, Families(outlets, texts))


def test_an_interceptor_and_a_party_blamed_by_another_outlet_do_not_cancel_out():
    """One outlet names who shot the drones down, another whom officials blamed for them: the row
    shows both, not nothing, and neither as a dispute of the other."""
    (row,) = _rows(
        _fact("interception", ("US-led coalition",)),
        _fact("interception", ("Kataib Hezbollah (blamed)",)),
    )
    assert row.actors == ("US-led coalition", "Kataib Hezbollah (blamed)")
    assert row.disagreement("actors") is None


def test_two_outlets_naming_different_interceptors_still_disagree():
    """Control: two outlets crediting different forces with the same interception stay a dispute."""
    (row,) = _rows(
        _fact("interception", ("US-led coalition",)),
        _fact("interception", ("Kurdish forces",)),
    )
    assert row.actors == ()
    assert row.disagreement("actors") is not None


def test_a_blamed_party_told_with_the_interception_is_the_attacks_not_the_interceptors():
    """An attack row with an interception facet: the party an interception report blames joins the
    attack's side (the same party the attack report names, under its stance mark), and is never
    listed among those who shot the drones down."""
    (row,) = _rows(
        _fact("drone_attack", ("Kataib Hezbollah",)),
        _fact("interception", ("US-led coalition", "Kataib Hezbollah (blamed)")),
    )
    assert row.facets == ("interception",)
    assert row.interceptors == ("US-led coalition",)
    assert row.actors == ("Kataib Hezbollah",)


def test_a_blamed_party_only_the_interception_report_names_becomes_the_attacks():
    """The attack report names nobody; the interception report blames a party: the attack row shows it."""
    (row,) = _rows(
        _fact("drone_attack", ()),
        _fact("interception", ("US-led coalition", "Kataib Hezbollah (blamed)")),
    )
    assert row.interceptors == ("US-led coalition",)
    assert row.actors == ("Kataib Hezbollah (blamed)",)


def test_an_interceptor_is_still_shown_beside_an_attacker_it_differs_from():
    """Control: a plain interceptor named only by the interception report stays the interceptor."""
    (row,) = _rows(
        _fact("drone_attack", ("Houthis",)),
        _fact("interception", ("Israeli military",)),
    )
    assert row.interceptors == ("Israeli military",)
    assert row.actors == ("Houthis",)


def test_a_party_only_the_interception_report_blames_stands_beside_the_attacks_own():
    """The attack report names who fired; another outlet's interception report blames a different
    party: the row keeps the attack report's party and shows the blame with its mark beside it."""
    (row,) = _rows(
        _fact("drone_attack", ("Houthis",)),
        _fact("interception", ("Israeli military", "Iran (blamed)")),
    )
    assert row.actors == ("Houthis", "Iran (blamed)")
    assert row.interceptors == ("Israeli military",)
    assert row.disagreement("actors") is None


def test_a_claim_and_a_blame_told_by_different_outlets_are_both_shown():
    """One outlet tells of a group's claim, another of whom officials suspect, a third of whom a
    government blamed: each is a statement with its mark, not a rival reading, so the row shows all
    three rather than none."""
    (row,) = _rows(
        _fact("drone_attack", ("Saraya Awliya al-Dam (claimed)",)),
        _fact("drone_attack", ("Kataib Hezbollah (suspected)",)),
        _fact("drone_attack", ("Iran-aligned groups (blamed)",)),
    )
    assert row.actors == ("Saraya Awliya al-Dam (claimed)", "Kataib Hezbollah (suspected)", "Iran-aligned groups (blamed)")
    assert row.disagreement("actors") is None


def test_a_plain_attacker_named_by_one_outlet_only_stays_beside_a_blamed_party():
    """Control: two outlets naming different attackers outright still disagree; a third outlet's
    blame of another party shows with its mark and does not settle the dispute."""
    (row,) = _rows(
        _fact("drone_attack", ("Houthis",)),
        _fact("drone_attack", ("Hezbollah",)),
        _fact("drone_attack", ("Iran (blamed)",)),
    )
    assert row.actors == ("Iran (blamed)",)
    assert {c.value for c in row.disagreement("actors").claims} == {"Houthis", "Hezbollah"}


def test_a_proxy_of_the_attacks_backer_is_not_among_those_who_shot_it_down():
    """The interception report lists the groups a state backs beside the force that downed the
    drones, while the attack's side is that state: the proxies fired them, they did not down them."""
    (row,) = _rows(
        _fact("drone_attack", ("Iran",)),
        _fact("interception", ("Iran-backed militias", "United States")),
    )
    assert row.interceptors == ("United States",)


def test_a_proxy_of_another_backer_still_shows_as_interceptor():
    """Control: groups backed by a state other than the attack's side stay among the interceptors."""
    (row,) = _rows(
        _fact("drone_attack", ("Israel",)),
        _fact("interception", ("Iran-backed groups",)),
    )
    assert row.interceptors == ("Iran-backed groups",)
