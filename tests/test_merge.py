"""Merging pins: rewrites of one story become one incident with all sources; disagreements are kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from reporter.brief.commitments import merge_milestones, milestone_status
from reporter.brief.identity import named_days, parties, ship_names, targets
from reporter.brief.merge import (
    Families,
    MergedIncident,
    Report,
    date_bounds,
    incident_relation,
    merge_incidents,
)
from reporter.brief.merge_posture import merge_posture
from reporter.models import Casualties, Incident, Milestone, Posture
from tests.test_brief_helpers import load_articles


def _inc(
    date_: str | None, *, type_: str = "interception", location: str = "Ain al-Asad air base", **kw
) -> Incident:
    return Incident(date=date_, type=type_, location=location, country=kw.pop("country", "Iraq"), **kw)


def _families(n: int, outlets: dict[int, str] | None = None, texts: dict[int, str] | None = None) -> Families:
    outlets = outlets or {i: f"Outlet {i}" for i in range(1, n + 1)}
    return Families(outlets, texts or {i: f"independent text number {i} " * 3 for i in range(1, n + 1)})


def _merged(published: date, *facts: Incident, sources: Sequence[int] | None = None) -> list[MergedIncident]:
    """The rows merge_incidents makes of one report a fact, all published on one day, by outlets 1, 2, ...
    in turn (or by ``sources``: one number twice is one outlet's two reports)."""
    numbers = sources or range(1, len(facts) + 1)
    reports = [Report(source=n, published=published, fact=f) for n, f in zip(numbers, facts, strict=True)]
    return merge_incidents(reports, _families(len(facts)))


def test_rewrites_of_one_story_become_one_incident_with_all_sources():
    """Four outlets reporting the same interception give one incident with four sources."""
    reports = [
        Report(source=1, published=date(2025, 6, 15), fact=_inc("2025-06-14/2025-06-15", count=2)),
        Report(
            source=2, published=date(2025, 6, 15), fact=_inc("2025-06-15", location="Ain al-Asad", count=2)
        ),
        Report(source=3, published=date(2025, 6, 15), fact=_inc("2025-06-15", location="Iraq")),
        Report(source=4, published=date(2025, 6, 16), fact=_inc(None, location="Ain al-Asad airbase")),
    ]
    merged = merge_incidents(reports, _families(4))
    assert len(merged) == 1
    assert merged[0].sources == (1, 2, 3, 4)
    assert merged[0].families == 4
    assert merged[0].status == "corroborated"
    assert merged[0].count == 2


def test_syndicated_copies_and_one_outlet_count_as_one_family():
    """Near-identical text, or the same outlet, is one source family: not corroboration."""
    text = "Coalition jets shot down over Iraq two Iranian drones heading for Israel " * 5
    reports = [Report(source=n, published=date(2025, 6, 15), fact=_inc("2025-06-15")) for n in (1, 2, 3)]
    families = Families(
        {1: "AFP", 2: "The New Arab", 3: "afp"}, {1: text, 2: text + " Reprinted.", 3: "x y z"}
    )
    (merged,) = merge_incidents(reports, families)
    assert merged.sources == (1, 2, 3)
    assert merged.families == 1
    assert merged.status == "single source"


def test_disagreements_are_reported_with_who_says_what():
    """A differing count and casualty figure are kept as claims with their sources, not averaged."""
    reports = [
        Report(source=1, published=date(2025, 6, 15), fact=_inc("2025-06-15", count=2)),
        Report(source=2, published=date(2025, 6, 15), fact=_inc("2025-06-15", count=3)),
        Report(source=3, published=date(2025, 6, 15), fact=_inc("2025-06-15", count=2)),
    ]
    (merged,) = merge_incidents(reports, _families(3))
    assert merged.count is None
    claims = merged.disagreement("count").claims
    assert [(c.value, c.sources) for c in claims] == [("2", (1, 3)), ("3", (2,))]


def test_different_days_places_or_types_stay_apart():
    """Same base on another day, another base, and another kind of event are separate incidents.

    (An attack with the same weapon at the same base and day is not "another kind": an interception
    can be the attack's other side; see test_brief_identity.)"""
    reports = [
        Report(source=1, published=date(2025, 6, 15), fact=_inc("2025-06-15")),
        Report(source=2, published=date(2025, 6, 15), fact=_inc("2025-06-13")),
        Report(source=3, published=date(2025, 6, 15), fact=_inc("2025-06-15", location="Erbil air base")),
        Report(source=4, published=date(2025, 6, 15), fact=_inc("2025-06-15", type_="explosion")),
        Report(
            source=5,
            published=date(2025, 6, 15),
            fact=_inc("2025-06-15", country="Syria", location="Deir ez-Zor"),
        ),
    ]
    assert len(merge_incidents(reports, _families(5))) == 5


def test_undated_reports_join_by_a_telling_count_or_the_same_account_never_a_small_toll():
    """With no date at all (no page date either): the same 34 missiles, or one account in other
    words, ties two reports; four dead near one town does not (such ambushes recur there)."""

    def undated(source: int, fact: Incident) -> Report:
        return Report(source=source, published=None, fact=fact)

    ukraine = dict(location="Ukraine", country="Ukraine")
    barrage = "a missile barrage at power plants across the west of the country"
    salvo = [
        undated(1, _inc(None, count=34, evidence="The air force said 34 were downed.", **ukraine)),
        undated(2, _inc(None, count=34, evidence="Officials counted the shot-down ones.", **ukraine)),
        undated(3, _inc(None, type_="missile_attack", location="Lviv", country="Ukraine", evidence=f"Overnight {barrage}")),
        undated(4, _inc(None, type_="missile_attack", evidence=f"The army launched {barrage}", **ukraine)),
    ]
    assert sorted(m.sources for m in merge_incidents(salvo, _families(4))) == [(1, 2), (3, 4)]
    ambush = dict(type_="armed_clash", location="Kirkuk", actors=("Islamic State",), casualties=Casualties(killed=4))
    reports = [
        Report(source=1, published=date(2021, 12, 6), fact=_inc("2021-12-05", **ambush)),
        undated(2, _inc(None, **ambush)),
    ]
    assert len(merge_incidents(reports, _families(2))) == 2


def test_a_month_in_a_country_joins_the_attack_of_that_month_with_the_same_toll():
    """'In January, three soldiers were killed by a drone in Jordan' is the drone attack at the
    outpost on 28 January that killed three; a drone attack that month with another toll is not."""
    jordan = dict(type_="drone_attack", country="Jordan")
    outpost = _inc("2024-01-28", location="Tower 22", casualties=Casualties(killed=3), **jordan)
    month = _inc("2024-01", location="Jordan", casualties=Casualties(killed=3), **jordan)
    other = _inc("2024-01", location="Jordan", casualties=Casualties(killed=1), **jordan)
    reports = [Report(source=n, published=date(2024, 2, 2), fact=f) for n, f in ((1, outpost), (2, month), (3, other))]
    assert sorted(m.sources for m in merge_incidents(reports, _families(3))) == [(1, 2), (3,)]


def test_a_barrage_and_its_interception_over_another_city_that_day_are_one_row():
    """200 missiles fired at Jerusalem and missiles shot down over Tel Aviv that day: one salvo."""
    fired = _inc("2024-10-01", type_="missile_attack", location="Jerusalem", count=200, country="Israel")
    caught = _inc("2024-10-01", location="Tel Aviv", objects=("missiles",), country="Israel")
    reports = [Report(source=n, published=date(2024, 10, 2), fact=f) for n, f in ((1, fired), (2, caught))]
    (row,) = merge_incidents(reports, _families(2))
    assert row.type == "missile_attack" and row.facets == ("interception",)


def test_a_partys_own_claim_is_marked_claimed():
    """A single-family report attributed to one of the actors is 'claimed'."""
    fact = _inc(
        "2025-06-15",
        type_="drone_attack",
        actors=("Islamic Resistance in Iraq",),
        attribution="Islamic Resistance in Iraq",
    )
    (merged,) = merge_incidents([Report(source=1, published=None, fact=fact)], _families(1))
    assert merged.status == "claimed"


def test_milestones_one_per_commitment_with_date_disagreement():
    """'end of 2026' and 'September 2026' for the Kurdistan exit are one milestone with two due dates."""
    reports = [
        Report(
            source=1,
            published=date(2025, 6, 15),
            fact=Milestone(what="coalition forces vacate federal Iraqi bases", due="2025-09", evidence=""),
        ),
        Report(
            source=1,
            published=date(2025, 6, 15),
            fact=Milestone(
                what="coalition forces fully exit the autonomous Kurdistan region", due="2026-12", evidence=""
            ),
        ),
        Report(
            source=2,
            published=date(2025, 6, 15),
            fact=Milestone(what="coalition leaves federal Iraqi bases", due="2025-09", evidence=""),
        ),
        Report(
            source=2,
            published=date(2025, 6, 15),
            fact=Milestone(
                what="coalition completes its withdrawal from the Kurdistan Region",
                due="2026-09",
                evidence="",
            ),
        ),
    ]
    federal, kurdistan = merge_milestones(reports, as_of=date(2025, 6, 16))
    assert federal.sources == (1, 2) and not federal.disagreements
    assert federal.status == "due" and federal.days == 106
    # "end of 2026" is December 2026 (a bare "2026" would hold September 2026, not contradict it)
    assert {c.value for c in kurdistan.disagreement("due").claims} == {"2026-12", "2026-09"}


def test_milestone_status_passed_due_overdue():
    """Due at the end of the named period; past it is 'passed', or 'overdue' if still reported pending."""
    assert milestone_status("2025-09", date(2025, 9, 30))[:3] == ("due", "today", 0)
    assert milestone_status("2025-09", date(2025, 10, 2))[0] == "passed"
    assert milestone_status("2025-09", date(2025, 10, 2), reported_after_due=True)[0] == "overdue"
    assert milestone_status("2026", date(2025, 6, 16))[1] == "in 563 days"


def test_a_status_one_day_off_says_day_not_days():
    """A day past (or still to go) reads '1 day ago' and 'by 1 day', as a reader says it; two read 'days'."""
    assert milestone_status("2025-09", date(2025, 10, 1))[1] == "1 day ago"
    assert milestone_status("2025-09", date(2025, 10, 1), reported_after_due=True)[1] == "by 1 day (still reported as pending)"
    assert milestone_status("2025-09", date(2025, 9, 29))[1] == "in 1 day"
    assert milestone_status("2025-09", date(2025, 10, 2))[1] == "2 days ago"


def test_posture_latest_figure_and_change_since_previous_on_record():
    """The latest figure wins; the change is against the earlier figure; aliases name one force."""
    reports = [
        Report(
            source=1,
            published=date(2025, 1, 20),
            fact=Posture(force="US", country="Iraq", count=2000, qualifier=None, evidence=""),
        ),
        Report(
            source=2,
            published=date(2025, 6, 15),
            fact=Posture(force="United States", country="Iraq", count=2500, qualifier="about", evidence=""),
        ),
    ]
    (figure,) = merge_posture(reports)
    assert (figure.force, figure.count, figure.as_of, figure.change) == (
        "United States",
        2500,
        "2025-06-15",
        500,
    )
    (again,) = merge_posture(
        reports,
        previous={("United States", "Iraq"): {"count": 2500, "as_of": "2025-06-15"}},
        previous_label="since issue 2",
    )
    assert again.change == 0 and again.change_basis == "since issue 2"


def test_fixture_seed_and_rewrites_merge():
    """The seed, its syndicated copy and an independent rewrite give one corroborated interception."""
    articles, facts = load_articles()
    numbers = {a.id: n for n, a in enumerate(articles, 1)}
    reports = [
        Report(source=numbers[aid], published=date(2025, 6, 15), fact=inc)
        for aid, f in facts.items()
        for inc in f.incidents
        if inc.type == "interception"
    ]
    families = Families(
        {numbers[a.id]: a.outlet for a in articles}, {numbers[a.id]: a.text for a in articles}
    )
    merged = merge_incidents(reports, families)
    assert [(m.date_from, len(m.sources), m.families) for m in merged] == [
        ("2025-06-13", 3, 2),
        ("2025-06-15", 3, 2),  # (the overnight range holds the others' day: the day)
    ]


def test_date_bounds():
    assert date_bounds("2025-09") == (date(2025, 9, 1), date(2025, 9, 30))
    assert date_bounds("2025-12") == (date(2025, 12, 1), date(2025, 12, 31))
    assert date_bounds("2025-06-14/2025-06-15") == (date(2025, 6, 14), date(2025, 6, 15))
    assert date_bounds("nonsense") is None


def test_two_commitments_in_one_sentence_are_not_chained_together():
    """A long mention naming both commitments does not merge the federal-bases and Kurdistan milestones."""

    def report(source: int, what: str, due: str) -> Report:
        return Report(
            source=source, published=date(2025, 6, 15), fact=Milestone(what=what, due=due, evidence="")
        )

    reports = [
        report(1, "vacating federal Iraqi bases", "2025-09"),
        report(1, "fully exiting the autonomous Kurdistan region", "2026-12"),
        report(
            2,
            "an agreement that foresees the coalition leaving federal Iraqi bases and the Kurdistan region",
            "2026-12",
        ),
        report(3, "its troops in the Kurdistan region will leave", "2026-09"),
    ]
    merged = merge_milestones(reports, as_of=date(2025, 6, 16))
    federal = next(m for m in merged if m.due == "2025-09")
    assert federal.sources == (1,) and not federal.disagreements
    kurdistan = next(m for m in merged if "Kurdistan" in m.what and m.due.startswith("2026"))
    assert 3 in kurdistan.sources


def test_posture_shows_the_standing_level_not_a_plan_or_a_past_one():
    """A planned or former level reported the same day neither replaces nor disputes the standing figure."""

    def report(source: int, count: int, qualifier: str | None) -> Report:
        fact = Posture(force="US", country="Syria", count=count, qualifier=qualifier, evidence="")
        return Report(source=source, published=date(2025, 6, 3), fact=fact)

    reports = [report(1, 2000, "about"), report(1, 1000, "fewer than (planned)"), report(2, 900, "about (former level)")]
    (figure,) = merge_posture(reports)
    assert (figure.count, figure.disagreements) == (2000, ())
    # nor does the level of an exercise there, ahead or under way
    reports += [report(2, 5000, "some (exercise)"), report(2, 6000, "about (planned, exercise)")]
    (figure,) = merge_posture(reports)
    assert (figure.count, figure.disagreements) == (2000, ())


def test_posture_a_force_told_only_by_a_level_to_come_shows_it_marked_planned():
    """A force and place with no standing level, only a planned one ("will send about 1,100 troops"),
    shows that level marked planned, with no change worked out; a former or withdrawn level alone, or
    an exercise's, gives no row, and a planned level in the previous brief is no level a later
    figure changes from."""

    def report(count: int, qualifier: str | None, where: str = "Somalia", day: int = 3) -> Report:
        fact = Posture(force="Egypt", country=where, count=count, qualifier=qualifier, evidence="")
        return Report(source=1, published=date(2025, 6, day), fact=fact)

    (figure,) = merge_posture([report(1100, "about (planned)")])
    assert (figure.count, figure.qualifier, figure.change, figure.previous) == (1100, "about (planned)", None, None)
    # a later plan replaces an earlier one
    (figure,) = merge_posture([report(1100, "about (planned)"), report(1500, "(planned)", day=9)])
    assert (figure.count, figure.as_of) == (1500, "2025-06-09")
    # controls: no row for a former, withdrawn or exercise level alone
    assert merge_posture([report(900, "about (former level)"), report(800, "(withdrawn)")]) == []
    assert merge_posture([report(6000, "about (planned, exercise)")]) == []
    # a standing level keeps the row, the plan beside it as before
    (figure,) = merge_posture([report(1100, "about (planned)"), report(700, "about")])
    assert (figure.count, figure.qualifier) == (700, "about")
    # a planned row of the previous brief is not the level the standing one changes from
    (figure,) = merge_posture(
        [report(700, "about")],
        previous={("Egypt", "Somalia"): {"count": 1100, "qualifier": "about (planned)", "as_of": "2025-06-01"}},
        previous_label="since issue 2",
    )
    assert (figure.count, figure.change, figure.previous) == (700, None, None)


def test_posture_a_force_told_only_by_troops_added_shows_them_with_no_overall_figure():
    """A force and place told only by a reinforcement ("2,000 more troops") gets a row with no
    overall figure and the reinforcement listed, as beside a level; one told only as gone gets none."""

    def report(count: int, qualifier: str | None, day: int = 3) -> Report:
        told = f"about {count:,} troops are in Jordan" if qualifier == "about" else f"is sending {count:,} more troops to Jordan"
        fact = Posture(force="US", country="Jordan", count=count, qualifier=qualifier, evidence=f"The Pentagon said {told}.")
        return Report(source=day, published=date(2025, 6, day), fact=fact)

    (figure,) = merge_posture([report(2000, "(additional)"), report(500, "(additional)", day=9)])
    assert (figure.count, figure.as_of, figure.sources, figure.change) == (None, "2025-06-09", (9,), None)
    assert [(p.count, p.role, p.label) for p in figure.parts] == [(500, "increment", "more")]
    # controls: troops told gone give no row; a standing level takes the row, the reinforcement beside it
    assert merge_posture([report(800, "(withdrawn)")]) == []
    (figure,) = merge_posture([report(2000, "(additional)"), report(3000, "about")])
    assert (figure.count, [p.count for p in figure.parts]) == (3000, [2000])


def test_posture_a_level_still_to_be_withdrawn_stands_until_it_is_gone():
    """ "will withdraw its roughly 1,000 soldiers by January 31": the level is there until the day, so
    the brief shows it; a level told as already withdrawn gives no row."""

    def report(qualifier: str) -> Report:
        fact = Posture(force="Norway", country="Lithuania", count=800, qualifier=qualifier, evidence="")
        return Report(source=1, published=date(2025, 6, 3), fact=fact)

    (figure,) = merge_posture([report("roughly (to be withdrawn)")])
    assert (figure.count, figure.qualifier) == (800, "roughly (to be withdrawn)")
    assert merge_posture([report("roughly (withdrawn)")]) == []


def test_one_articles_several_figures_are_its_history_not_a_disagreement():
    """An article telling how a contingent grew (1,000, then 2,000, then 2,500) gives its last-told
    figure; only another article's differing figure is a disagreement."""

    def report(source: int, count: int) -> Report:
        fact = Posture(force="Rwanda", country="Mozambique", count=count, qualifier=None, evidence="")
        return Report(source=source, published=date(2024, 8, 20), fact=fact)

    (figure,) = merge_posture([report(1, 1000), report(1, 2000), report(1, 2500)])
    assert (figure.count, figure.disagreements, figure.sources) == (2500, (), (1,))
    (figure,) = merge_posture([report(1, 1000), report(1, 2500), report(2, 3000)])
    assert figure.count is None
    assert [(c.value, c.sources) for c in figure.disagreements[0].claims] == [("2500", (1,)), ("3000", (2,))]


def test_a_party_claiming_an_attack_is_the_party_another_outlet_names_plainly():
    """'Houthis (claimed)' and 'Houthis' are one party; the stance suffix is not a second one."""
    plain = _inc("2025-06-15", type_="drone_attack", actors=("Houthis",))
    claimed = _inc("2025-06-15", type_="drone_attack", actors=("Houthis (claimed)", "Iran (blamed)"))
    assert parties(plain) <= parties(claimed) == {"Houthis", "Iran"}
    assert parties(_inc(None, actors=("Saraya (Claimed Brigade)",))) == {"Saraya (Claimed Brigade)"}


def test_named_days_are_the_extractors_month_and_weekday_names_not_prefixes():
    # "Dec" in "decades" and "May" in "mayor" are no months; the extractor's names are.
    assert named_days("three decades 3 times over, the mayor 5 years on") == ()
    assert named_days("on Friday night, and again on Sept. 14 and 3rd of March") == (
        (4, None, None),
        (-1, 9, 14),
        (-1, 3, 3),
    )


def test_named_days_read_every_abbreviated_month_with_or_without_its_dot_and_space():
    """"Feb.19" (the dot for the space), "Sept. 28", "Oct 2": each month's short name, however spaced."""
    short = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
    for month, name in zip((1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12), short, strict=True):
        for spelt in (f"{name}.19", f"{name}. 19", f"{name} 19", f"{name}.19th", f"19 {name}."):
            assert named_days(f"The depot was shelled on {spelt}, the governor said.") == ((-1, month, 19),), spelt
    assert named_days("the rally on Sunday, Feb.9 drew crowds") == ((6, None, None), (-1, 2, 9))
    # A month with no dot still needs its space: "Mar3" is a code, not a day.
    assert named_days("unit Mar3 and form Oct12b") == ()


def test_one_attack_dated_a_day_apart_or_undated_joins_by_a_toll_that_cannot_be_chance():
    """A bombing at a city's airport that killed 13, dated the next day by a far-off outlet: one
    row; another toll the next day is another bombing. Undated, the same dead and the same wounded
    both told tie one city's drone attack; the same dead alone (one) does not."""
    blast = dict(type_="explosion", country="Iraq")
    at_airport = _inc("2031-03-04", location="Mosul airport, Mosul", casualties=Casualties(killed=13), **blast)
    next_day = _inc("2031-03-05", location="Mosul", casualties=Casualties(killed=13), **blast)
    other = _inc("2031-03-05", location="Mosul", casualties=Casualties(killed=2), **blast)
    reports = [Report(source=n, published=date(2031, 3, 5), fact=f) for n, f in enumerate((at_airport, next_day, other), 1)]
    assert sorted(m.sources for m in merge_incidents(reports, _families(3))) == [(1, 2), (3,)]

    drone = dict(type_="drone_attack", location="Haifa", country="Israel")
    reports = [
        Report(source=1, published=None, fact=_inc(None, casualties=Casualties(killed=1, injured=4), **drone)),
        Report(source=2, published=None, fact=_inc(None, casualties=Casualties(killed=1, injured=4), **drone)),
        Report(source=3, published=None, fact=_inc(None, casualties=Casualties(killed=1), **drone)),
    ]
    assert sorted(m.sources for m in merge_incidents(reports, _families(3))) == [(1, 2), (3,)]


def test_strikes_in_a_citys_centre_and_in_its_suburbs_the_same_day_are_two_rows():
    strike = dict(type_="air_strike", location="Strelsau", country="Ruritania", actors=("Borduria",))
    centre = _inc("2031-05-02", evidence="Nine people died in a strike in central Strelsau on Thursday.", **strike)
    suburb = _inc("2031-05-02", evidence="Jets hit targets in a suburb of Strelsau on Thursday.", **strike)
    again = _inc("2031-05-02", evidence="A strike hit central Strelsau, killing nine, officials said.", **strike)
    reports = [Report(source=n, published=date(2031, 5, 3), fact=f) for n, f in enumerate((centre, suburb, again), 1)]
    assert sorted(m.sources for m in merge_incidents(reports, _families(3))) == [(1, 3), (2,)]


def test_interceptions_of_one_salvo_over_two_cities_are_one_row_two_drones_are_not():
    """'Missiles were shot down over Haifa' and 'a large number of missiles were intercepted over
    Jerusalem' the same day: one salvo told at two cities. A drone downed at each of two cities'
    airports that night, with no word of a salvo, stays two."""
    day = dict(country="Israel", objects=("missile",))
    haifa = _inc("2031-06-02", location="Haifa", evidence="Missiles were shot down over Haifa.", **day)
    salvo = "Air defences intercepted a large number of missiles over Jerusalem."
    jerusalem = _inc("2031-06-02", location="Jerusalem", evidence=salvo, **day)
    reports = [Report(source=n, published=date(2031, 6, 3), fact=f) for n, f in ((1, haifa), (2, jerusalem))]
    assert [m.sources for m in merge_incidents(reports, _families(2))] == [(1, 2)]
    drone = dict(country="Israel", objects=("drone",))
    one = _inc("2031-06-02", location="Haifa", evidence="A drone was shot down near the Haifa airport.", **drone)
    two = _inc("2031-06-02", location="Jerusalem", evidence="A drone was downed near Jerusalem's airport.", **drone)
    reports = [Report(source=n, published=date(2031, 6, 3), fact=f) for n, f in ((1, one), (2, two))]
    assert len(merge_incidents(reports, _families(2))) == 2


def test_a_toll_the_sentence_tells_of_another_place_is_not_the_events():
    """'Jets struck the capital ... near the river town, where 40 died': the 40 are the town's dead
    (its fighting), not the strike's; the row and the key point's 'most significant' leave them out.
    A toll told after the event's own place, or after a dateline, stays."""
    from reporter.brief.build import significance
    from reporter.brief.identity import toll_elsewhere

    elsewhere = _inc(
        "2025-07-02",
        type_="air_strike",
        location="Baghdad",
        casualties=Casualties(killed=40),
        evidence="Jets struck a depot in Baghdad on Wednesday, days after fighting broke out in the "
        "river town of Samarra, where about 40 people were killed.",
    )
    own = _inc(
        "2025-07-02",
        type_="air_strike",
        location="Baghdad",
        casualties=Casualties(killed=3),
        evidence="MOSUL — Jets struck a depot in Baghdad on Wednesday, killing 3 guards.",
    )
    assert toll_elsewhere(elsewhere) and not toll_elsewhere(own)
    merged = merge_incidents([Report(source=1, published=date(2025, 7, 2), fact=elsewhere)], _families(1))
    assert merged[0].killed is None and merged[0].disagreements == ()
    other = merge_incidents([Report(source=2, published=date(2025, 7, 2), fact=_inc(
        "2025-06-20", type_="rocket_attack", location="Erbil", casualties=Casualties(killed=2)))], _families(2))
    assert min([merged[0], other[0]], key=significance) is other[0]


def test_an_event_one_article_told_twice_joins_the_row_other_outlets_tie_it_to():
    """One article's 'warplanes struck near the citadel in Homs' and 'jets bombed an army
    headquarters in Homs', both on Wednesday, read as two events in that article: another outlet's
    strike on Homs that Wednesday ties both, so one row; a strike the next day stays its own row."""

    def strike(day: str, evidence: str) -> Incident:
        return _inc(day, type_="air_strike", location="Homs", country="Syria", evidence=evidence)

    first = Report(source=1, published=date(2025, 3, 5), fact=strike("2025-03-05", "Jets struck Homs on Wednesday, hitting a depot."))
    told = Report(source=2, published=date(2025, 3, 6), fact=strike("2025-03-05", "Warplanes struck near the citadel in Homs on Wednesday, witnesses said."))
    again = Report(source=2, published=date(2025, 3, 6), fact=strike("2025-03-05", "The military said its jets had bombed an army headquarters in Homs that day."))
    merged = merge_incidents([first, told, again], _families(2))
    assert [m.sources for m in merged] == [(1, 2)]
    later = Report(source=3, published=date(2025, 3, 7), fact=strike("2025-03-06", "Jets struck Homs again on Thursday, a monitor said."))
    assert len(merge_incidents([first, told, later, again], _families(3))) == 2


def test_fighting_in_one_region_over_a_few_days_is_one_row_and_its_spellings_one_place():
    """Clashes in 'As-Suwayda' over the weekend, and in 'Sweida' on Tuesday: the article before a
    transliterated name does not make another place, and outlets date a region's fighting by
    different days of its course, so one row. In one town, fights three days apart stay two."""

    def clash(day: str, where: str, country: str = "Syria") -> Incident:
        return _inc(day, type_="armed_clash", location=where, country=country, evidence=f"Fighting in {where}.")

    weekend = Report(source=1, published=date(2025, 3, 3), fact=clash("2025-03-01/2025-03-02", "As-Suwayda"))
    tuesday = Report(source=2, published=date(2025, 3, 5), fact=clash("2025-03-04", "Sweida"))
    assert [m.sources for m in merge_incidents([weekend, tuesday], _families(2))] == [(1, 2)]
    town = [
        Report(source=1, published=date(2025, 3, 3), fact=clash("2025-03-01", "El Fasher", "Sudan")),
        Report(source=2, published=date(2025, 3, 5), fact=clash("2025-03-04", "El Fasher", "Sudan")),
    ]
    assert len(merge_incidents(town, _families(2))) == 2


def test_the_most_significant_incident_counts_the_dead_before_the_wounded():
    """One outlet's 40 wounded at a hotel are not above another event's 5 dead."""
    from reporter.brief.build import significance

    def row(source: int, **harm) -> object:
        fact = _inc("2025-06-02", type_="explosion", location="Kirkuk", casualties=Casualties(**harm))
        return merge_incidents([Report(source=source, published=date(2025, 6, 2), fact=fact)], _families(2))[0]

    wounded, dead = row(1, injured=40), row(2, killed=5)
    assert min([wounded, dead], key=significance) is dead


def _strike(date_: str | None, evidence: str, **kw) -> Incident:
    return _inc(date_, type_="missile_attack", location="Nikopol", country="Ukraine", actors=("Russia",), evidence=evidence, **kw)


def test_a_page_with_no_date_joins_the_one_event_its_rare_name_ties():
    """A page with no date at all tells of 'the missile attack on Nikopol during the Lantern Fair':
    the one Nikopol strike told with the Lantern Fair is its event; without a name the two share,
    or with two strikes there that share it, it stays a row of its own (a town of the world list,
    though the lexicons do not know it, sees many attacks)."""
    dated = Report(source=1, published=date(2025, 4, 13), fact=_strike("2025-04-13", "Russian missiles struck Nikopol as crowds gathered for the Lantern Fair, killing 20."))
    undated = Report(source=2, published=None, fact=_strike(None, "Weeks ago the missile attack on Nikopol during the Lantern Fair killed more than 30."))
    plain = Report(source=3, published=None, fact=_strike(None, "Russia fired a missile at Nikopol, officials said."))
    assert [m.sources for m in merge_incidents([dated, undated, plain], _families(3))] == [(1, 2), (3,)]
    again = Report(source=4, published=date(2025, 5, 20), fact=_strike("2025-05-20", "A second strike hit Nikopol, where the Lantern Fair grounds lay empty."))
    assert len(merge_incidents([dated, again, undated], _families(4))) == 3


def test_a_place_named_with_its_town_lies_in_it_and_a_spelling_a_vowel_apart_is_the_same_place():
    """'Hamdaniya camp, Mosul' is in Mosul (one row with Mosul's rockets that day), not the same place
    as 'Salamiyah camp, Mosul' (another row: the town they share is no name of theirs); 'Qaraqosh'
    and 'Qaraqush' are one town spelt with other vowels."""
    def rockets(source: int, place: str) -> Report:
        return Report(source=source, published=date(2025, 3, 4), fact=_inc("2025-03-03", type_="rocket_attack", location=place))

    reports = [rockets(1, "Hamdaniya camp, Mosul"), rockets(2, "Mosul"), rockets(3, "Salamiyah camp, Mosul")]
    assert sorted(m.sources for m in merge_incidents(reports, _families(3))) == [(1, 2), (3,)]
    spelt = [rockets(1, "Qaraqosh"), rockets(2, "Qaraqush")]
    assert [m.sources for m in merge_incidents(spelt, _families(2))] == [(1, 2)]


def test_a_salvo_dated_to_a_day_and_to_the_night_that_holds_it_is_one_row_a_raid_is_no_salvo():
    """Twelve drones on an oil field 'on Sunday' and drones on a refinery 80 km off 'overnight
    Saturday to Sunday': one salvo, its day within the night the other outlet gives. A raid that
    killed scores, dated the same way at two villages, is no salvo: two rows."""
    field = _inc("2031-09-14", type_="drone_attack", location="Tal Hamra", country="Qatar", count=12, evidence="Twelve drones hit the Tal Hamra oil field on Sunday.")
    refinery = _inc("2031-09-13/2031-09-14", type_="drone_attack", location="Ras Qurain", country="Qatar", evidence="Drones struck the Ras Qurain refinery overnight.")
    reports = [Report(source=n, published=date(2031, 9, 14), fact=f) for n, f in ((1, field), (2, refinery))]
    assert [m.sources for m in merge_incidents(reports, _families(2))] == [(1, 2)]
    raid = dict(type_="armed_clash", country="Sudan")
    one = _inc("2031-06-05", location="Umm Sidra", evidence="Gunmen stormed Umm Sidra at dusk, leaving scores of villagers dead.", **raid)
    two = _inc("2031-06-04/2031-06-05", location="Wad Tamir", evidence="Gunmen raided Wad Tamir overnight, killing scores.", **raid)
    reports = [Report(source=n, published=date(2031, 6, 6), fact=f) for n, f in ((1, one), (2, two))]
    assert len(merge_incidents(reports, _families(2))) == 2


def test_a_page_with_no_date_joins_the_attack_at_sea_on_the_day_it_names_never_by_a_flag():
    """'Two freighters caught fire off the coast in the Gulf of Oman on Tuesday', on a page with no
    date, is the blast there dated that Tuesday; two undated pages on ships attacked in that gulf, each
    'Togo-flagged', share no more than the sea and a flag: two rows."""
    def blast(date_: str | None, evidence: str, **kw) -> Incident:
        return _inc(date_, type_="explosion", location="Gulf of Oman", country=None, evidence=evidence, **kw)

    dated = Report(source=1, published=date(2031, 5, 6), fact=blast("2031-05-06", "A freighter burned in the Gulf of Oman after a blast on Tuesday."))
    undated = Report(source=2, published=None, fact=blast(None, "Two freighters caught fire off the coast in the Gulf of Oman on Tuesday, a port agent told reporters."))
    assert [m.sources for m in merge_incidents([dated, undated], _families(2))] == [(1, 2)]
    one = Report(source=1, published=None, fact=blast(None, "Rebels in speedboats fired rockets at the Togo-flagged Alcyon, a grain carrier bound for Mombasa, in the Gulf of Oman."))
    two = Report(source=2, published=None, fact=blast(None, "A limpet mine holed the hull of the Togo-flagged Perdix, a tanker loading crude, while it lay at anchor in the Gulf of Oman."))
    assert len(merge_incidents([one, two], _families(2))) == 2


def test_an_n_before_b_or_p_spelt_m_is_one_place_a_consonant_apart_is_not():
    """'Tanbouli' and 'Tombuli' are one village as outlets transliterate it (other vowels, and an n
    before b is said m); 'Tanbouli' and 'Tantora' are two villages."""
    def raid(source: int, place: str) -> Report:
        return Report(source=source, published=date(2031, 3, 22), fact=_inc("2031-03-21/2031-03-22", type_="armed_clash", location=place, country="Niger"))

    assert [m.sources for m in merge_incidents([raid(1, "Tanbouli"), raid(2, "Tombuli")], _families(2))] == [(1, 2)]
    assert len(merge_incidents([raid(1, "Tanbouli"), raid(2, "Tantora")], _families(2))) == 2


def test_a_place_an_outlet_puts_in_a_city_is_in_it_for_every_report_of_the_brief():
    """One outlet names only 'the Ras Tamir pier', another only Hodeidah; a third writes 'the Ras
    Tamir pier in the Red Sea city of Hodeidah': one blast, one row. Told 'west of Hodeidah', the
    pier lies outside the city: two rows."""
    def blast(source: int, place: str, evidence: str) -> Report:
        return Report(source=source, published=date(2031, 4, 8), fact=_inc("2031-04-07", type_="explosion", location=place, country="Yemen", evidence=evidence))

    pier = blast(1, "Ras Tamir pier", "A blast tore through the Ras Tamir pier on Monday, port workers said.")
    city = blast(2, "Hodeidah", "A huge blast shook Hodeidah on Monday afternoon, residents said.")
    inside = blast(3, "Hodeidah", "Fire spread from the Ras Tamir pier in the Red Sea city of Hodeidah after the blast.")
    assert [m.sources for m in merge_incidents([pier, city, inside], _families(3))] == [(1, 2, 3)]
    west = blast(3, "Hodeidah", "Fire spread from the Ras Tamir pier, west of Hodeidah, after the blast.")
    assert len(merge_incidents([pier, city, west], _families(3))) == 2


def test_a_salvo_dated_by_either_day_of_its_night_is_one_row_two_nights_are_two():
    """'Fourteen missiles struck the Kharga airbase late on Tuesday' and, dated Wednesday, 'missiles
    hit Dumas airbase at 2:10 a.m.': one night's salvo, told by the clock. Another salvo late on
    Wednesday is another night's."""
    def salvo(source: int, day: str, place: str, evidence: str) -> Report:
        return Report(source=source, published=date(2031, 1, 9), fact=_inc(day, type_="missile_attack", location=place, count=14, evidence=evidence))

    tuesday = salvo(1, "2031-01-07", "Kharga airbase", "Fourteen missiles struck the Kharga airbase late on Tuesday, officials said.")
    clock = salvo(2, "2031-01-08", "Dumas airbase", "Missiles hit the Dumas airbase at 2:10 a.m., the ministry said.")
    assert [m.sources for m in merge_incidents([tuesday, clock], _families(2))] == [(1, 2)]
    again = salvo(2, "2031-01-08", "Dumas airbase", "Missiles hit the Dumas airbase late on Wednesday, the ministry said.")
    assert len(merge_incidents([tuesday, again], _families(2))) == 2
    assert targets("Drones hit the airbase.") == targets("Drones hit the air base.") == {"base"}  # one word or two


def test_a_page_with_no_date_at_a_towns_district_joins_the_attack_there_on_the_day_it_names():
    """'On Sunday three projectiles struck a car park in the Green Zone', on a page with no date, is
    Sunday's attack on the embassy there (a district of the town is as narrow as the town), however
    many each outlet counts. Another undated page's 'two small projectiles crashed ... a short walk
    from the US embassy' shares only the kind of target, and its count differs: a row of its own."""
    def rockets(source: int, date_: str | None, place: str, count: int, evidence: str) -> Report:
        fact = _inc(date_, type_="rocket_attack", location=place, count=count, evidence=evidence)
        return Report(source=source, published=date(2031, 2, 9) if date_ else None, fact=fact)

    dated = rockets(1, "2031-02-09", "US embassy in Baghdad", 6, "Sirens wailed and the mission's air defences opened up as six projectiles came down on the grounds of the US embassy in Baghdad late on Sunday, a diplomat said.")
    sunday = rockets(2, None, "Green Zone", 3, "On Sunday three projectiles struck a car park in the Green Zone, close to the US embassy compound.")
    other = rockets(3, None, "Green Zone", 2, "Two small projectiles crashed into a car park inside the Green Zone, a short walk from where the US embassy stands, police officers told reporters.")
    assert sorted(m.sources for m in merge_incidents([dated, sunday, other], _families(3))) == [(1, 2), (3,)]


def test_an_event_its_article_brings_in_as_another_is_not_retold():
    """One article's 'drones hit the airport in a town on Tuesday' and 'another drone struck the
    barracks there': the article itself says the second is a further event, so it does not join
    the row another outlet's Tuesday attack on the town ties to the first."""

    def attack(evidence: str) -> Incident:
        return _inc("2025-03-04", type_="drone_attack", location="Homs", country="Syria", evidence=evidence)

    first = Report(source=1, published=date(2025, 3, 4), fact=attack("Homs came under drone attack on Tuesday, officials said."))
    told = Report(source=2, published=date(2025, 3, 5), fact=attack("Drones hit the airport in Homs on Tuesday, officials said."))
    again = Report(source=2, published=date(2025, 3, 5), fact=attack("Another drone struck the main barracks near the river, a soldier said."))
    merged = merge_incidents([first, told, again], _families(2))
    assert sorted(m.sources for m in merged) == [(1, 2), (2,)]


def test_a_hamlet_the_gazetteer_does_not_know_joins_the_town_told_with_the_same_dead_and_wounded():
    """Fighting at 'Orvanka' (no gazetteer entry, no point) that killed 3 and wounded 12, and fighting
    near Gao the next day with the same toll: one row, the hamlet may lie where the other outlet
    says. Another toll there, or the same toll in another country, stays apart."""
    clash = dict(type_="armed_clash", evidence="Militants attacked an army patrol.")
    hamlet = _inc("2024-03-10", location="Orvanka", country="Mali", casualties=Casualties(killed=3, injured=12), **clash)
    town = _inc("2024-03-11", location="Gao", country="Mali", casualties=Casualties(killed=3, injured=12), **clash)
    other = _inc("2024-03-11", location="Gao", country="Mali", casualties=Casualties(killed=3, injured=7), **clash)
    abroad = _inc("2024-03-11", location="Niamey", country="Niger", casualties=Casualties(killed=3, injured=12), **clash)
    reports = [Report(source=n, published=date(2024, 3, 12), fact=f) for n, f in enumerate((hamlet, town), 1)]
    assert [m.sources for m in merge_incidents(reports, _families(2))] == [(1, 2)]
    for far in (other, abroad):
        reports = [Report(source=n, published=date(2024, 3, 12), fact=f) for n, f in enumerate((hamlet, far), 1)]
        assert len(merge_incidents(reports, _families(2))) == 2


def test_one_partys_strikes_and_drone_strike_told_only_by_their_country_are_one_row():
    """'US jets and drones struck a facility in Syria' (a drone attack to one outlet, air strikes to
    another), both told only by the country, the same day: one row. Another party's drone attack
    there that day, air strikes at a named town, or one party's shelling and missile attack (two
    weapons), stay apart."""
    jets = _inc("2023-11-08", type_="air_strike", location="Syria", country="Syria", actors=("United States",))
    drones = _inc("2023-11-07/2023-11-08", type_="drone_attack", location="Syria", country="Syria", actors=("United States", "Iran"))
    other = _inc("2023-11-08", type_="drone_attack", location="Syria", country="Syria", actors=("Turkey",))
    town = _inc("2023-11-08", type_="drone_attack", location="Deir ez-Zor", country="Syria", actors=("United States",))
    day = date(2023, 11, 9)
    assert len(_merged(day, jets, drones)) == 1
    assert len(_merged(day, jets, other)) == 2
    assert len(_merged(day, jets, town)) == 2
    shells = _inc("2023-11-08", type_="shelling", location="Syria", country="Syria", actors=("Turkey",))
    missiles = _inc("2023-11-08", type_="missile_attack", location="Syria", country="Syria", actors=("Turkey",))
    assert len(_merged(day, shells, missiles)) == 2


def test_one_attack_typed_otherwise_by_two_outlets_is_one_row_with_both_types():
    """'A missile struck central Kramatorsk on Sunday, killing 21' and 'an air strike on Kramatorsk
    killed 21' the same day: one row, both types shown as a disagreement. Another toll, another day,
    a country told only by name, or one article's two kinds, stay apart."""
    toll = Casualties(killed=21)
    missile = _inc("2025-04-13", type_="missile_attack", location="Kramatorsk", country="Ukraine", casualties=toll)
    jets = _inc("2025-04-13", type_="air_strike", location="Kramatorsk", country="Ukraine", casualties=toll)
    fewer = _inc("2025-04-13", type_="air_strike", location="Kramatorsk", country="Ukraine", casualties=Casualties(killed=4))
    later = _inc("2025-04-15", type_="air_strike", location="Kramatorsk", country="Ukraine", casualties=toll)
    land = _inc("2025-04-13", type_="air_strike", location="Ukraine", country="Ukraine", casualties=toll)

    day = date(2025, 4, 14)
    (row,) = _merged(day, missile, jets)
    assert row.sources == (1, 2) and row.facets == ()
    assert {c.value for c in row.disagreement("type").claims} == {"missile_attack", "air_strike"}
    for other in (fewer, later, land):
        assert len(_merged(day, missile, other)) == 2
    assert len(_merged(day, missile, jets, sources=(1, 1))) == 2


def test_one_attack_on_one_kind_of_target_typed_otherwise_by_two_outlets_is_one_row():
    """'Gunmen stormed a church in Lakeside on Sunday' and 'a blast tore through the church in
    Lakeside on Sunday', no toll told alike: one attack that one outlet types by its gunmen, the
    other by its bomb, both naming the church. Without a target in common (a market), or dated only
    to the month, the two kinds stay two rows."""
    gunmen = _inc("2025-05-04", type_="armed_clash", location="Lakeside", country="Nigeria",
                  evidence="Gunmen stormed a church in Lakeside on Sunday, witnesses said.")
    blast = _inc("2025-05-04", type_="explosion", location="Lakeside", country="Nigeria",
                 evidence="A blast tore through the church in Lakeside on Sunday morning.")
    market = _inc("2025-05-04", type_="explosion", location="Lakeside", country="Nigeria",
                  evidence="A blast tore through the market in Lakeside on Sunday morning.")
    month = _inc("2025-05", type_="explosion", location="Lakeside", country="Nigeria",
                 evidence="A blast tore through the church in Lakeside in May.")

    day = date(2025, 5, 5)
    (row,) = _merged(day, gunmen, blast)
    assert row.sources == (1, 2)
    assert {c.value for c in row.disagreement("type").claims} == {"armed_clash", "explosion"}
    assert len(_merged(day, gunmen, market)) == 2
    assert len(_merged(day, gunmen, month)) == 2


def test_one_strike_on_a_broadcaster_typed_otherwise_by_two_outlets_is_one_row():
    """'A missile hit the main studio of the state channel in Kharkiv on Monday' and 'jets struck
    the broadcasting authority in Kharkiv on Monday': one strike on one kind of target, a
    broadcaster, typed by its missile or by its jets. A sentence that only quotes state television
    as its source names no target, and a strike on an army base there that day stays its own row."""
    studio = _inc("2025-02-10", type_="missile_attack", location="Kharkiv", country="Ukraine",
                  evidence="A missile hit the main studio of the state channel in Kharkiv on Monday.")
    authority = _inc("2025-02-10", type_="air_strike", location="Kharkiv", country="Ukraine",
                     evidence="Jets struck the broadcasting authority in Kharkiv on Monday, officials said.")
    quoted = _inc("2025-02-10", type_="air_strike", location="Kharkiv", country="Ukraine",
                  evidence="Jets struck Kharkiv on Monday, state television reported.")
    base = _inc("2025-02-10", type_="air_strike", location="Kharkiv", country="Ukraine",
                evidence="Jets struck an army base in Kharkiv on Monday.")

    day = date(2025, 2, 11)
    (row,) = _merged(day, studio, authority)
    assert row.sources == (1, 2)
    assert {c.value for c in row.disagreement("type").claims} == {"missile_attack", "air_strike"}
    assert targets(quoted.evidence) == frozenset()
    assert len(_merged(day, studio, quoted)) == 2
    assert len(_merged(day, studio, base)) == 2


def test_a_town_told_as_the_reference_point_of_a_site_is_that_sites_place():
    """'Rockets hit a coalition base outside Baghdad' is placed at Baghdad, and the same article's
    'the rockets struck Camp Taji' (27 km north of it) tells the same spot: one row, in several
    wordings of the reference ('near', 'north of', '27 km north of', 'on the outskirts of'). A
    town that is the scene ('a market in Baghdad'), or a site far from the town, stays apart."""
    taji = _inc("2025-03-11", type_="rocket_attack", location="Camp Taji", evidence="The rockets struck Camp Taji late on Tuesday.")
    for told in (
        "Rockets hit a coalition base outside Baghdad late on Tuesday.",
        "Rockets hit a military camp near Baghdad late on Tuesday.",
        "Rockets hit a military camp north of Baghdad late on Tuesday.",
        "Rockets hit a base 27 km north of Baghdad late on Tuesday.",
        "Rockets hit an army camp on the outskirts of Baghdad late on Tuesday.",
    ):
        town = _inc("2025-03-11", type_="rocket_attack", location="Baghdad", evidence=told)
        reports = [Report(source=1, published=date(2025, 3, 12), fact=f) for f in (town, taji)]
        assert len(merge_incidents(reports, _families(1))) == 1, told
    scene = _inc("2025-03-11", type_="rocket_attack", location="Baghdad", evidence="Rockets hit a market in Baghdad late on Tuesday.")
    reports = [Report(source=1, published=date(2025, 3, 12), fact=f) for f in (scene, taji)]
    assert len(merge_incidents(reports, _families(1))) == 2
    far = _inc("2025-03-11", type_="rocket_attack", location="Ain al-Asad", evidence="The rockets struck Ain al-Asad late on Tuesday.")
    town = _inc("2025-03-11", type_="rocket_attack", location="Baghdad", evidence="Rockets hit a coalition base outside Baghdad.")
    reports = [Report(source=1, published=date(2025, 3, 12), fact=f) for f in (town, far)]
    assert len(merge_incidents(reports, _families(1))) == 2


def test_a_rows_interception_and_debris_are_measured_as_the_guides_own_events():
    """For measuring, a row shows the attack, the drones shot down and the debris that fell as
    facets of one event, but the annotation guide counts the interception and the fallen debris
    (a crash) as events of their own: three parts. A drone of the attack that came down at the
    base it was sent against is the attack (the guide: it stays an attack)."""
    from reporter.brief.merge import facet_parts

    def report(source: int, type_: str, evidence: str) -> Report:
        return Report(source=source, published=date(2031, 4, 2), fact=_inc("2031-04-02", type_=type_, evidence=evidence))

    attack = report(1, "drone_attack", "Drones attacked the air base on Wednesday.")
    caught = report(2, "interception", "Air defences shot down two drones over the base.")
    debris = report(3, "crash", "Debris from a downed drone damaged a shed near the base.")
    fell = report(4, "crash", "One drone crashed inside the base, officials said.")
    assert facet_parts([attack, caught, debris, fell]) == [[attack, fell], [caught], [debris]]
    assert facet_parts([caught, debris]) == [[caught], [debris]]
    assert facet_parts([attack, fell]) == [[attack, fell]]


def test_a_place_told_in_a_town_lies_in_that_town_as_another_outlet_spells_it():
    """'Sarnik village, Zakho' lies in the town another outlet spells 'Zakhu' (a spelling the
    gazetteer does not know): one row with that day's shelling there; a place of another name
    ('Batifa') is no spelling of the town and stays apart."""

    def shelled(source: int, place: str) -> Report:
        return Report(source=source, published=date(2025, 7, 2), fact=_inc("2025-07-01", type_="shelling", location=place))

    reports = [shelled(1, "Sarnik village, Zakho"), shelled(2, "Zakhu")]
    assert [m.sources for m in merge_incidents(reports, _families(2))] == [(1, 2)]
    other = [shelled(1, "Sarnik village, Zakho"), shelled(2, "Batifa")]
    assert sorted(m.sources for m in merge_incidents(other, _families(2))) == [(1,), (2,)]


def test_a_site_the_gazetteer_does_not_know_joins_its_town_when_the_target_or_the_town_agrees():
    """Gunmen besieging 'the Corvina Hotel' (no gazetteer entry, no point) and, the next night, a
    hotel siege in Kirkuk, or a siege whose sentence names 'a Kirkuk hotel': one row each, the hotel
    lies in the town. The town may be one the lexicons know (Kirkuk) or a world-list town the
    extractor put on the map (Mogadishu). A market in the town, another type, two days later, or
    one article's own two places stay apart."""
    clash = dict(type_="armed_clash", country="Iraq")
    hotel = _inc("2024-05-03/2024-05-04", location="Corvina Hotel", evidence="Gunmen held the Corvina Hotel for a night.", **clash)
    named = _inc("2024-05-04", location="Corvina Hotel", evidence="Gunmen stormed a Kirkuk landmark at dusk.", **clash)
    town = _inc("2024-05-04", location="Kirkuk", evidence="Troops ended the siege of a hotel in Kirkuk.", lat=35.47, lon=44.39, **clash)
    bare = _inc("2024-05-04", location="Kirkuk", evidence="Troops ended the siege after a long gunfight.", lat=35.47, lon=44.39, **clash)
    market = _inc("2024-05-04", location="Kirkuk", evidence="Gunmen opened fire in a market in Kirkuk.", lat=35.47, lon=44.39, **clash)
    blast = _inc("2024-05-04", location="Kirkuk", evidence="A bomb went off at a hotel in Kirkuk.", lat=35.47, lon=44.39, type_="explosion", country="Iraq")
    later = _inc("2024-05-07", location="Kirkuk", evidence="Gunmen stormed a hotel in Kirkuk.", lat=35.47, lon=44.39, **clash)

    def rows(*facts, sources=None):
        return [m.sources for m in _merged(date(2024, 5, 8), *facts, sources=sources)]

    assert rows(hotel, town) == [(1, 2)]
    assert rows(named, bare) == [(1, 2)]
    for other in (market, blast, later, bare):
        assert len(rows(hotel, other)) == 2
    assert len(rows(hotel, town, sources=(1, 1))) == 2
    world = dict(type_="armed_clash", country="Somalia")
    siege = _inc("2024-06-01", location="Corvina Hotel", evidence="Gunmen stormed the Corvina Hotel.", **world)
    capital = _inc("2024-06-01", location="Mogadishu", evidence="A hotel siege in Mogadishu ended.", lat=2.03711, lon=45.34375, **world)
    assert rows(siege, capital) == [(1, 2)]


def test_a_page_with_no_date_joins_the_one_event_at_a_village_the_gazetteer_does_not_know():
    """A page with no date tells of gunmen attacking 'Dravnyk' (no gazetteer entry, no point), another
    outlet dates an attack on 'Dravnik' (the same village, spelt otherwise): the one event of its kind
    told there is its event. A town of the world list (Mogadishu sees many attacks), two attacks
    told at the village, or two hotels that share only the word, stay apart."""
    clash = dict(type_="armed_clash", country="Kosovo")
    told = {1: "Gunmen ambushed a patrol at dawn.", 2: "A firefight broke out with armed men.", 3: "Police came under fire there."}

    def report(source, when, place, **kw):
        published = date(2023, 10, 2) if when else None
        fact = _inc(when, location=place, evidence=told[source], **{**clash, **kw})
        return Report(source=source, published=published, fact=fact)

    def rows(*reports):
        return sorted(m.sources for m in merge_incidents(list(reports), _families(4)))

    assert rows(report(1, "2023-09-24", "Dravnik"), report(2, None, "Dravnyk")) == [(1, 2)]
    assert rows(report(1, "2023-09-24", "Dravnik"), report(2, "2023-07-02", "Dravnik"), report(3, None, "Dravnyk")) == [(1,), (2,), (3,)]
    assert rows(report(1, "2023-09-24", "Corvina Hotel"), report(2, None, "Palm Hotel")) == [(1,), (2,)]
    somalia = dict(country="Somalia")
    assert rows(report(1, "2023-09-24", "Mogadishu", **somalia), report(2, None, "Mogadishu", **somalia)) == [(1,), (2,)]


def test_one_attack_on_a_named_site_typed_by_its_bombs_or_its_gunmen_is_one_row():
    """'A car bomb went off at the gate of the Corvina Hotel' (an explosion) and 'gunmen stormed the
    Corvina Hotel' (a clash) the same day, no toll or target word shared: one site sees one attack
    of a day, one row with both types. Another day, another site, or a town (Mogadishu sees
    several attacks of a day, by bombs and by gunmen) stay apart."""
    bomb = _inc("2024-06-01", type_="explosion", location="Corvina Hotel", country="Somalia", evidence="A car bomb went off at the gate first.")
    raid = _inc("2024-06-01", type_="armed_clash", location="Corvina Hotel", country="Somalia", evidence="Gunmen then stormed the building.")
    later = _inc("2024-06-03", type_="armed_clash", location="Corvina Hotel", country="Somalia", evidence="Gunmen then stormed the building.")
    other = _inc("2024-06-01", type_="armed_clash", location="Palm Hotel", country="Somalia", evidence="Gunmen then stormed the building.")
    town = dict(location="Mogadishu", country="Somalia", lat=2.03711, lon=45.34375)
    town_bomb = _inc("2024-06-01", type_="explosion", evidence="A car bomb went off at the gate first.", **town)
    town_raid = _inc("2024-06-01", type_="armed_clash", evidence="Gunmen then stormed the building.", **town)

    day = date(2024, 6, 4)
    (row,) = _merged(day, bomb, raid)
    assert row.sources == (1, 2)
    assert {c.value for c in row.disagreement("type").claims} == {"explosion", "armed_clash"}
    for pair in ((bomb, later), (bomb, other), (town_bomb, town_raid)):
        assert len(_merged(day, *pair)) == 2


def test_a_date_that_is_only_the_pages_day_may_be_the_day_before():
    """'Shelling killed six in Homs, officials said', on a page of March 9 that names no day, is
    dated March 9 only by its page: it is the shelling another outlet dates March 8 there, one row.
    Told 'on Sunday' or 'today', or on a page of March 10 (two days on), it is another day: two rows;
    and the earlier page's day is no slack for a later event."""
    def shelling(source: int, day: str, published: date, evidence: str) -> Report:
        fact = _inc(day, type_="shelling", location="Homs", country="Syria", evidence=evidence)
        return Report(source=source, published=published, fact=fact)

    told = shelling(1, "2031-03-08", date(2031, 3, 8), "Artillery shells hit Homs on Saturday, killing six.")
    page = shelling(2, "2031-03-09", date(2031, 3, 9), "Shelling killed six people in Homs, officials said.")
    assert [m.sources for m in merge_incidents([told, page], _families(2))] == [(1, 2)]
    sunday = shelling(2, "2031-03-09", date(2031, 3, 9), "Shelling killed six people in Homs on Sunday, officials said.")
    today = shelling(2, "2031-03-09", date(2031, 3, 9), "Shelling killed six people in Homs today, officials said.")
    later = shelling(2, "2031-03-10", date(2031, 3, 10), "Shelling killed six people in Homs, officials said.")
    for other in (sunday, today, later):
        assert len(merge_incidents([told, other], _families(2))) == 2
    # the page of the earlier day, the event told on the later one: no slack the other way
    early_page = shelling(1, "2031-03-08", date(2031, 3, 8), "Shelling killed six people in Homs, officials said.")
    next_day = shelling(2, "2031-03-09", date(2031, 3, 10), "Artillery shells hit Homs on Sunday, killing six.")
    assert len(merge_incidents([early_page, next_day], _families(2))) == 2


def test_one_nights_attack_on_a_town_or_at_sea_dated_by_either_day_is_one_row():
    """'Drones struck Homs late on Saturday' (dated Saturday) and 'drones hit Homs early on Sunday'
    (dated Sunday) tell one night: one row, as at a site; so at one sea. 'Late on Sunday' is the next
    night, and a night told of a whole country ties nothing: two rows."""
    def drones(source: int, day: str, evidence: str, location: str = "Homs", country: str | None = "Syria") -> Report:
        fact = _inc(day, type_="drone_attack", location=location, country=country, evidence=evidence)
        return Report(source=source, published=date(2031, 5, 12), fact=fact)

    late = drones(1, "2031-05-10", "Drones struck Homs late on Saturday, residents said.")
    early = drones(2, "2031-05-11", "Several drones hit Homs early on Sunday, officials said.")
    assert [m.sources for m in merge_incidents([late, early], _families(2))] == [(1, 2)]
    next_night = drones(2, "2031-05-11", "Several drones hit Homs late on Sunday, officials said.")
    assert len(merge_incidents([late, next_night], _families(2))) == 2
    sea = dict(location="Red Sea", country=None)
    at_sea = [drones(1, "2031-05-10", "Drones targeted a tanker in the Red Sea late on Saturday.", **sea),
              drones(2, "2031-05-11", "Drones targeted a tanker in the Red Sea early on Sunday.", **sea)]
    assert [m.sources for m in merge_incidents(at_sea, _families(2))] == [(1, 2)]
    country = [drones(1, "2031-05-10", "Drones struck Syria late on Saturday.", location="Syria"),
               drones(2, "2031-05-11", "Drones struck Syria early on Sunday.", location="Syria")]
    assert len(merge_incidents(country, _families(2))) == 2


def test_a_toll_that_claimed_lives_is_no_claim():
    """'fighting claimed the lives of 42 soldiers' is a toll: the row stays 'single source'."""
    fact = _inc(
        "2025-06-15", type_="armed_clash", evidence="Fighting near the town last week claimed the lives of 42 soldiers."
    )
    (merged,) = merge_incidents([Report(source=1, published=None, fact=fact)], _families(1))
    assert merged.status == "single source"
    worded = _inc("2025-06-15", type_="armed_clash", evidence="The group claimed the attack on the town.")
    (merged,) = merge_incidents([Report(source=1, published=None, fact=worded)], _families(1))
    assert merged.status == "claimed"


def test_a_spot_the_gazetteer_cannot_place_with_its_towns_ten_or_more_dead_lies_in_that_town():
    """One article tells 'at least 32 were killed in a bombing on a beach in Mosul' and 'an attacker set
    off his vest at the gate of the Seaview Hotel' (32 dead, 63 wounded); another outlet dates the
    Mosul bombing with the same 32 dead and 63 wounded. The hotel no gazetteer places, with the
    town's 32 dead in its country, lies in the town: one row. A hotel in no country told, four dead
    (a toll that recurs), or the same 20 wounded beside other dead (12 and 10: two blasts) ties
    nothing: the article's two places stay apart."""

    def blast(source: int, day: str | None, location: str, killed: int, injured: int | None = None, country: str | None = "Iraq") -> Report:
        fact = _inc(day, type_="explosion", location=location, country=country, evidence=f"A blast at {location} killed {killed}.",
                    casualties=Casualties(killed=killed, injured=injured))
        return Report(source=source, published=date(2031, 8, 3) if day else None, fact=fact)

    town = blast(1, None, "Mosul", 32)
    hotel = blast(1, None, "Seaview Hotel", 32, 63)
    dated = blast(2, "2031-08-02", "Mosul", 32, 63)
    assert [m.sources for m in merge_incidents([town, hotel, dated], _families(2))] == [(1, 2)]
    nowhere = blast(1, None, "Seaview Hotel", 32, 63, country=None)
    assert len(merge_incidents([town, nowhere, dated], _families(2))) == 2
    few = [blast(1, None, "Mosul", 4), blast(1, None, "Seaview Hotel", 4, 9), blast(2, "2031-08-02", "Mosul", 4, 9)]
    assert len(merge_incidents(few, _families(2))) == 2
    other_dead = [blast(1, None, "Mosul", 10, 20), blast(1, None, "Seaview Hotel", 12, 20)]
    assert len(merge_incidents(other_dead, _families(1))) == 2



def test_two_hotels_by_their_own_names_are_two_places_a_hotel_and_its_name_one():
    """Two outlets tell of gunmen holding a hotel in one town the same day, one at the Palm Court Hotel,
    the other at the Lantern Hotel: 'hotel' is the kind of both buildings, not a name they share, so
    two rows. The Palm Court told without its kind word, or 'the hotel' alone, is the same place."""

    def siege(source: int, location: str) -> Report:
        fact = _inc("2031-05-03", type_="armed_clash", location=location, evidence=f"Gunmen held {location} for a day.")
        return Report(source=source, published=date(2031, 5, 4), fact=fact)

    palm = siege(1, "Palm Court Hotel")
    assert len(merge_incidents([palm, siege(2, "Lantern Hotel")], _families(2))) == 2
    assert len(merge_incidents([palm, siege(2, "Palm Court")], _families(2))) == 1
    assert len(merge_incidents([palm, siege(2, "the hotel")], _families(2))) == 1


def test_an_articles_two_events_with_other_dead_are_not_one_retold():
    """One article tells a car bomb in Homs that killed four on Saturday and one that killed 19 on
    Monday; another outlet's page of Monday, with no day of its own, tells a car bomb there that
    killed 15. That page may be either day's, but the article counted other dead on each: two
    events, not one the article read twice, and Saturday's bomb keeps its own row."""

    def bomb(source: int, day: str | None, killed: int, evidence: str) -> Report:
        fact = _inc(day, type_="explosion", location="Homs", country="Syria", evidence=evidence, casualties=Casualties(killed=killed))
        return Report(source=source, published=date(2031, 2, 3), fact=fact)

    saturday = bomb(1, "2031-02-01", 4, "A car bomb in Homs on Saturday killed four civilians.")
    monday = bomb(1, "2031-02-03", 19, "A car bomb killed 19 in Homs on Monday.")
    page = bomb(2, None, 15, "Fifteen died when a parked car blew up in Homs, a monitor said.")
    for order in ([page, monday, saturday], [page, saturday, monday], [monday, page, saturday]):
        rows = merge_incidents(order, _families(2))
        tolls = [{c.value for c in m.disagreement("killed").claims} if m.disagreement("killed") else {str(m.killed)} for m in rows]
        assert not any({"4", "19"} <= told for told in tolls), order


def test_a_rows_actors_are_those_two_outlets_name_the_rest_beside_their_sources():
    """Three outlets tell one drone attack on a base: two name the Houthis (one as claiming it), the
    third the Houthis and the United States (whose troops were the target). The row's actor is the
    Houthis; the United States is kept beside its one source, as a disputed toll is. Two outlets
    naming two parties show both as a disagreement; a row only one outlet names actors in shows
    them all; 'Iran-backed militias' and 'Iranian-backed groups' are one party."""

    def told(source: int, *actors: str) -> Report:
        return Report(source=source, published=date(2031, 4, 2), fact=_inc("2031-04-01", type_="drone_attack", actors=actors))

    (row,) = merge_incidents([told(1, "Houthis"), told(2, "Houthis", "United States"), told(3, "Houthis (claimed)")], _families(3))
    assert row.actors == ("Houthis",)
    assert [(c.value, c.sources) for c in row.disagreement("actors").claims] == [("United States", (2,))]
    (row,) = merge_incidents([told(1, "Iran"), told(2, "Islamic State")], _families(2))
    assert row.actors == ()
    assert [(c.value, c.sources) for c in row.disagreement("actors").claims] == [("Iran", (1,)), ("Islamic State", (2,))]
    (row,) = merge_incidents([told(1, "Houthis", "United States"), told(2)], _families(2))
    assert row.actors == ("Houthis", "United States") and row.disagreement("actors") is None
    (row,) = merge_incidents([told(1, "Iran-backed militias"), told(2, "Iranian-backed groups")], _families(2))
    assert row.actors == ("Iran-backed militias",) and row.disagreement("actors") is None
    # Two copies of one outlet's story are one family: no agreement, no disagreement.
    copies = Families({1: "Wire", 2: "wire"}, {1: "a", 2: "b"})
    (row,) = merge_incidents([told(1, "Houthis"), told(2, "Houthis", "United States")], copies)
    assert row.actors == ("Houthis", "United States") and row.disagreement("actors") is None
    # One outlet's several parties are one claim beside another outlet's, not set against each other.
    (row,) = merge_incidents([told(1, "Iran", "Israel"), told(2, "Hezbollah")], _families(2))
    assert [(c.value, c.sources) for c in row.disagreement("actors").claims] == [("Iran, Israel", (1,)), ("Hezbollah", (2,))]


def test_two_hotels_told_with_the_same_dead_stay_two_places():
    """A siege with 15 dead at the Palm Court Hotel, and a page with no date telling of a siege with
    15 dead at the Lantern Hotel in Mosul: neither hotel is known to the gazetteer, and the same
    dead put a hamlet in a town, not one named building in another."""

    def siege(source: int, day: str | None, location: str) -> Report:
        fact = _inc(day, type_="armed_clash", location=location, evidence=f"Gunmen held {location}; 15 died.", casualties=Casualties(killed=15))
        return Report(source=source, published=date(2031, 5, 4) if day else None, fact=fact)

    assert len(merge_incidents([siege(1, "2031-05-03", "Palm Court Hotel"), siege(2, None, "Lantern Hotel, Mosul")], _families(2))) == 2


def test_one_attack_with_the_same_dead_dated_a_day_apart_is_one_row():
    """Two outlets date a shooting in Kirkuk with two dead a day apart (one tells it the day it
    reports it): the same dead at one town tie one event. Told with other dead, a day apart, they
    stay two."""

    def shooting(day: str, killed: int) -> Incident:
        return _inc(
            day, type_="armed_clash", location="Kirkuk", casualties=Casualties(killed=killed),
            evidence=f"Gunmen opened fire at a cafe in Kirkuk, killing {killed} people.",
        )

    first = Report(source=1, published=date(2025, 4, 7), fact=shooting("2025-04-07", 2))
    late = Report(source=2, published=date(2025, 4, 9), fact=shooting("2025-04-08", 2))
    assert [m.sources for m in merge_incidents([first, late], _families(2))] == [(1, 2)]
    other = Report(source=2, published=date(2025, 4, 9), fact=shooting("2025-04-08", 5))
    assert len(merge_incidents([first, other], _families(2))) == 2


def test_one_articles_two_undated_tellings_at_one_town_are_one_row():
    """A page with no date tells a bombing in Kirkuk in its lead and again with its toll further
    down: one event told twice, one row. Two other counts of the dead stay two."""

    def bombing(evidence: str, killed: int | None = None) -> Incident:
        return _inc(None, type_="explosion", location="Kirkuk", casualties=Casualties(killed=killed), evidence=evidence)

    lead = Report(source=1, published=None, fact=bombing("A car bomb went off near a market in Kirkuk."))
    toll = Report(source=1, published=None, fact=bombing("Police said the Kirkuk blast killed six people.", 6))
    assert len(merge_incidents([lead, toll], _families(1))) == 1
    other = Report(source=1, published=None, fact=bombing("An earlier blast in Kirkuk had killed two.", 2))
    assert len(merge_incidents([toll, other], _families(1))) == 2


def test_an_undated_report_that_fits_two_rows_is_not_chosen_for_by_a_later_loose_tie():
    """Two outlets tell shelling of a town's airport on two days a month apart; a page with no date
    tells shelling of the airport there: it fits both and stays a row of its own. A third outlet's
    airport shelling there a month later ties to it only by the airport, as it would to either
    of the others: that chooses its event for the undated page, so it stays a row of its own too.
    Alone, the undated page and one dated report of the airport shelling are one row."""

    def shelling(day: str | None, evidence: str) -> Incident:
        return _inc(day, type_="shelling", location="Kherson", country="Ukraine", actors=("Russia",), evidence=evidence)

    first = Report(source=1, published=date(2031, 3, 2), fact=shelling("2031-03-02", "Shells hit the airport of the town on Sunday."))
    second = Report(source=2, published=date(2031, 4, 6), fact=shelling("2031-04-06", "Artillery pounded the town airport again."))
    undated = Report(source=3, published=None, fact=shelling(None, "Troops shelled the airport, wrecking a hangar."))
    later = Report(source=4, published=date(2031, 5, 11), fact=shelling("2031-05-11", "The airport came under fire from guns."))
    merged = merge_incidents([first, second, undated, later], _families(4))
    assert sorted(m.sources for m in merged) == [(1,), (2,), (3,), (4,)]
    assert [m.sources for m in merge_incidents([undated, later], _families(4))] == [(3, 4)]


def test_one_articles_two_tellings_at_one_town_that_day_are_one_row_unless_counted_apart():
    """An article tells Tuesday's bombing in Kirkuk with its six dead, and again as one blast a
    paragraph on: one event, one row. Its two bombings there that day with six and two dead stay two."""

    def bombing(evidence: str, killed: int | None = None, count: int | None = None) -> Incident:
        harm = Casualties(killed=killed)
        return _inc("2025-05-06", type_="explosion", location="Kirkuk", casualties=harm, count=count, evidence=evidence)

    toll = Report(source=1, published=date(2025, 5, 6), fact=bombing("A car bomb killed six people in Kirkuk on Tuesday.", 6))
    again = Report(source=1, published=date(2025, 5, 6), fact=bombing("The blast in Kirkuk on Tuesday shattered windows.", count=1))
    assert len(merge_incidents([toll, again], _families(1))) == 1
    other = Report(source=1, published=date(2025, 5, 6), fact=bombing("A second bomb in Kirkuk on Tuesday killed two.", 2))
    assert len(merge_incidents([toll, other], _families(1))) == 2


def test_a_spot_no_gazetteer_places_joins_the_report_whose_sentence_names_it():
    """One outlet places a shooting at "an old shrine" in Kirkuk, its sentence naming the shrine;
    another places it at the shrine by that name, which no gazetteer knows: one spot, one row. A
    third outlet's spot of another name, told by no sentence, stays another place."""
    clash = {"type_": "armed_clash", "country": "Iraq"}

    def report(source: int, fact: Incident) -> Report:
        return Report(source=source, published=date(2031, 5, 5), fact=fact)

    told = "Three gunmen attacked the old shrine of Nabi Yunus Tarsi in Kirkuk on Sunday."
    by_town = _inc("2031-05-04", location="Old shrine, Kirkuk", evidence=told, **clash)
    by_name = _inc("2031-05-04", location="Nabi Yunus Tarsi", evidence="Worshippers fled the gunfire at Nabi Yunus Tarsi.", **clash)
    assert [m.sources for m in merge_incidents([report(1, by_town), report(2, by_name)], _families(2))] == [(1, 2)]
    other = _inc("2031-05-04", location="Qalat Surwan", evidence="Worshippers fled the gunfire at Qalat Surwan.", **clash)
    assert len(merge_incidents([report(1, by_town), report(2, other)], _families(2))) == 2


def test_a_spot_no_gazetteer_places_does_not_keep_a_towns_report_off_its_row():
    """Three outlets tell of one siege in Kirkuk on one day: one by the town and a hotel, one by the
    hotel's own name (a spot no gazetteer places), one by the town alone. The spot may lie in the
    town: it does not tell the third report apart, which joins the row. A spot by its own name and
    another by its own name stay two places, and an undated spot keeps its conflict."""
    clash = {"type_": "armed_clash", "country": "Iraq"}
    town = {"lat": 35.47, "lon": 44.39}

    def report(source: int, fact: Incident) -> Report:
        return Report(source=source, published=date(2031, 5, 5), fact=fact)

    by_hotel = _inc("2031-05-04", location="Kirkuk", evidence="Troops ended the siege of a hotel in Kirkuk.", **town, **clash)
    spot = _inc("2031-05-04", location="Corvina Hotel", evidence="Gunmen held the Corvina Hotel overnight.", **clash)
    by_town = _inc("2031-05-04", location="Kirkuk", evidence="Gunmen fought the troops in Kirkuk, police said.", **town, **clash)
    merged = merge_incidents([report(1, by_hotel), report(2, spot), report(3, by_town)], _families(3))
    assert [m.sources for m in merged] == [(1, 2, 3)]
    other_spot = _inc("2031-05-04", location="Lantern Hotel", evidence="Gunmen held the Lantern Hotel overnight.", **clash)
    assert len(merge_incidents([report(1, spot), report(2, other_spot)], _families(2))) == 2
    undated = Report(source=2, published=None, fact=_inc(None, location="Corvina Hotel", evidence="Gunmen held the Corvina Hotel.", **clash))
    assert len(merge_incidents([report(1, by_hotel), undated, report(3, by_town)], _families(3))) == 2


def test_a_dated_spot_no_gazetteer_places_does_not_keep_a_dateless_towns_report_off_its_row():
    """A siege told by a hotel's own name (a spot no gazetteer places) and by the town with the hotel,
    both on one day, and a page with no date that tells of the hotel siege in the town: the dated spot
    may lie in the town, so it does not tell the dateless report apart; the hotel both town reports
    name ties it to the row."""
    clash = {"type_": "armed_clash", "country": "Iraq"}
    town = {"lat": 35.47, "lon": 44.39}
    by_hotel = _inc("2031-05-04", location="Kirkuk", evidence="Troops ended the siege of a hotel in Kirkuk.", **town, **clash)
    spot = _inc("2031-05-04", location="Corvina Hotel", evidence="Gunmen held the Corvina Hotel overnight.", **clash)
    dateless = _inc(None, location="Kirkuk", evidence="Soldiers freed the guests of a hotel in Kirkuk after the siege.", **town, **clash)
    reports = [
        Report(source=1, published=date(2031, 5, 5), fact=by_hotel),
        Report(source=2, published=date(2031, 5, 5), fact=spot),
        Report(source=3, published=None, fact=dateless),
    ]
    assert [m.sources for m in merge_incidents(reports, _families(3))] == [(1, 2, 3)]


def test_two_hotels_of_a_town_the_lexicons_do_not_know_are_two_places():
    """'Palm Lodge Hotel, Baidoa' and 'Sea Breeze Hotel, Baidoa' (a town only the world list knows):
    two hotels, whatever town both lie in, so two sieges told the same day stay two rows; a hotel
    of the town and the town itself are one place."""
    siege = dict(type_="armed_clash", country="Somalia")
    palm = _inc("2031-04-04", location="Palm Lodge Hotel, Baidoa", casualties=Casualties(killed=9), **siege)
    breeze = _inc("2031-04-04", location="Sea Breeze Hotel, Baidoa", casualties=Casualties(killed=3), **siege)
    reports = [Report(source=n, published=date(2031, 4, 5), fact=f) for n, f in ((1, palm), (2, breeze))]
    assert sorted(m.sources for m in merge_incidents(reports, _families(2))) == [(1,), (2,)]
    town = _inc("2031-04-04", location="Baidoa", casualties=Casualties(killed=9), **siege)
    reports = [Report(source=n, published=date(2031, 4, 5), fact=f) for n, f in ((1, palm), (2, town))]
    assert [m.sources for m in merge_incidents(reports, _families(2))] == [(1, 2)]


def test_two_tolls_told_only_by_the_month_in_one_city_are_two_bombings():
    """'A bombing in Tikrit in March killed 31' and 'a suicide attack there in March killed 12, wounded
    40': a month and one city tie nothing when the dead differ (a city may see two bombings in a
    month); the same dead that month do."""
    blast = dict(type_="explosion", location="Tikrit", country="Iraq")
    first = _inc("2031-03", casualties=Casualties(killed=31), evidence="A bombing in Tikrit in March killed 31.", **blast)
    second = _inc(
        "2031-03", casualties=Casualties(killed=12, injured=40), evidence="A suicide attack there in March left 12 dead.", **blast
    )
    again = _inc("2031-03", casualties=Casualties(killed=31), evidence="Thirty-one people died in the March blast.", **blast)
    reports = [Report(source=n, published=date(2031, 6, 1), fact=f) for n, f in enumerate((first, second, again), 1)]
    assert sorted(m.sources for m in merge_incidents(reports, _families(3))) == [(1, 3), (2,)]


def test_one_named_ship_hit_by_a_missile_to_one_outlet_and_a_drone_to_another_is_one_row():
    """'A missile struck the bulker Sea Lark, far out in the gulf' and 'the M/V Sea Lark was hit by a drone off
    Aden': one attack on one named ship, typed by its weapon and placed at sea or by the port it lay off, on
    days that meet (or a page that gives none). Another day, or another ship named, is another attack."""
    at_sea = dict(location="Gulf of Aden", country=None)
    missile = _inc(
        "2031-05-06", type_="missile_attack", evidence="On Tuesday a missile struck the bulker Sea Lark far out at sea, east of Aden.", **at_sea
    )
    drone = _inc(
        "2031-05-06",
        type_="drone_attack",
        location="Aden",
        country="Yemen",
        evidence="The M/V Sea Lark was hit by a drone some 50 miles off Aden, Yemen, on Tuesday.",
    )
    blast = _inc(None, type_="explosion", evidence="An explosion rocked a Sea Lark cargo ship, its owner said.", **at_sea)
    reports = [Report(source=n, published=date(2031, 5, 7), fact=f) for n, f in enumerate((missile, drone, blast), 1)]
    assert [m.sources for m in merge_incidents(reports, _families(3))] == [(1, 2, 3)]
    # another week, or another ship, is another attack
    later = _inc("2031-05-13", type_="drone_attack", location="Aden", country="Yemen", evidence=drone.evidence)
    other = _inc(
        "2031-05-06",
        type_="drone_attack",
        location="Aden",
        country="Yemen",
        evidence="The M/V Blue Heron was hit by a drone some 50 miles off Aden, Yemen, on Tuesday.",
    )
    for second in (later, other):
        reports = [Report(source=1, published=date(2031, 5, 14), fact=missile), Report(source=2, published=date(2031, 5, 14), fact=second)]
        assert sorted(m.sources for m in merge_incidents(reports, _families(2))) == [(1,), (2,)]


def test_ship_names_are_the_capitalised_words_by_a_word_for_a_ship():
    """'the cargo ship Sea Lark', 'a Sea Lark bulker', 'the vessel (SEA LARK)': its name; a flag, a class of ship,
    a people or a number that opens the sentence names none."""
    assert ship_names("The Liberian-flagged cargo ship Sea Lark was ablaze.") == {"sea", "lark"}
    assert ship_names("A Sea Lark bulker was struck on Monday.") == {"sea", "lark"}
    assert ship_names("Rebels said they targeted the British vessel (SEA LARK) with missiles.") == {"sea", "lark"}
    assert ship_names("Two oil tankers were attacked, and a Greek tanker and Aframax tankers were hit.") == frozenset()


def test_a_ship_named_before_a_comma_and_what_it_is_is_named():
    """'the Sea Lark, a Liberian-flagged bulk carrier' and 'a cargo ship known as the Sea Lark' name the ship
    as 'the bulker Sea Lark' does; a day or a town before the comma names none."""
    assert ship_names("Rebels hit the Sea Lark, a Liberian-flagged bulk carrier, with two missiles.") == {"sea", "lark"}
    assert ship_names("They seized a cargo ship known as the Sea Lark off the coast.") == {"sea", "lark"}
    assert ship_names("Gunmen boarded a vessel called “Blue Heron” at dawn.") == {"blue", "heron"}
    assert ship_names("Crews abandoned the Sea Lark C, a bulk carrier, on Monday.") == {"sea", "lark"}
    assert ship_names("On Monday, a tanker was struck near Aden, a port city.") == frozenset()


def test_one_ship_named_before_a_comma_by_one_outlet_and_after_a_ship_word_by_another_is_one_row():
    """'the Sea Lark, a bulk carrier, was struck in the Red Sea' and 'a drone hit the bulker Sea Lark off
    Hodeidah' the same day: one attack on one named ship, at sea to one outlet and off the port to the other."""
    at_sea = _inc(
        "2031-05-06", type_="missile_attack", location="Red Sea", country=None,
        evidence="The Sea Lark, a bulk carrier sailing north, took a missile hit in the Red Sea on Tuesday.",
    )  # fmt: skip
    off_port = _inc(
        "2031-05-06", type_="drone_attack", location="Hodeidah", country="Yemen",
        evidence="A drone hit the bulker Sea Lark off Hodeidah on Tuesday, the operator said.",
    )  # fmt: skip
    reports = [Report(source=n, published=date(2031, 5, 7), fact=f) for n, f in enumerate((at_sea, off_port), 1)]
    assert [m.sources for m in merge_incidents(reports, _families(2))] == [(1, 2)]


def test_ship_names_read_every_word_for_a_ship_the_extractor_reads():
    """One table of ship words (reporter.ship_nouns) for the extractor and the brief: each noun, singular
    or plural, each prefix and each kind between a name and its noun gives the name."""
    from reporter.ship_nouns import KINDS, PREFIXES, SHIPS

    for noun in SHIPS:
        assert ship_names(f"The {noun} Sea Lark was struck.") == {"sea", "lark"}
        assert ship_names(f"The {noun}s Sea Lark and Blue Heron were struck.") == {"sea", "lark"}
    for prefix in PREFIXES:
        assert ship_names(f"Drones hit the {prefix.upper()} Sea Lark.") == {"sea", "lark"}
    for kind in KINDS:
        assert ship_names(f"Drones hit the Sea Lark {kind} vessel.") == {"sea", "lark"}


def test_one_attack_an_outlet_dates_a_day_later_joins_its_row_unless_told_apart():
    """Drones shot down over a town on Saturday, in one outlet's words, and the same interception
    that another outlet, a day later, dates Sunday with no day in its sentence and no count told
    otherwise: one row. Not when the later sentence names its own day after the earlier page was
    out, nor when one article tells the town's drones on each of the two days."""

    def caught(source: int, day: str, published: date, evidence: str) -> Report:
        fact = _inc(day, location="Zakho", evidence=evidence)
        return Report(source=source, published=published, fact=fact)

    saturday = caught(1, "2031-06-14", date(2031, 6, 15), "Air defences brought down drones over Zakho on Saturday.")
    later = caught(2, "2031-06-15", date(2031, 6, 16), "Drones were brought down above Zakho, the ministry said.")
    assert [m.sources for m in merge_incidents([saturday, later], _families(2))] == [(1, 2)]
    early_page = caught(1, "2031-06-14", date(2031, 6, 14), "Air defences brought down drones over Zakho.")
    sunday = caught(2, "2031-06-15", date(2031, 6, 16), "Drones were brought down above Zakho on Sunday.")
    assert len(merge_incidents([early_page, sunday], _families(2))) == 2
    both = [
        caught(3, "2031-06-14", date(2031, 6, 16), "Drones were downed over Zakho on Saturday."),
        caught(3, "2031-06-15", date(2031, 6, 16), "More drones were downed over Zakho on Sunday."),
    ]
    assert len(merge_incidents([saturday, later, *both], _families(3))) == 2
    # "Late on Saturday" and "late on Sunday" are two nights, whatever else the row holds.
    night = caught(3, "2031-06-14", date(2031, 6, 15), "Drones were downed over Zakho late on Saturday.")
    next_night = caught(4, "2031-06-15", date(2031, 6, 16), "Drones were downed over Zakho late on Sunday.")
    assert len(merge_incidents([night, next_night], _families(4))) == 2
    # Told only of the country, a day off: a row that holds both days takes it; so does the town's
    # row alone when nothing tells them apart (the outlet's summary of that interception), not when
    # the country-wide report names another party (test_a_country_wide_report_a_day_off_...).
    iraq = Report(source=3, published=date(2031, 6, 16), fact=_inc("2031-06-15", location="Iraq", evidence="Drones were downed in Iraq."))
    assert [m.sources for m in merge_incidents([saturday, later, iraq], _families(3))] == [(1, 2, 3)]
    assert [m.sources for m in merge_incidents([saturday, iraq], _families(3))] == [(1, 3)]


def test_a_page_with_no_date_joins_the_one_event_it_names_the_day_of_though_typed_otherwise():
    """A page with no date tells of 'an air strike on Nikopol on Monday'; another outlet dated a drone
    attack on Nikopol to a Monday: one raid that one outlet calls by its drones, the other by its
    strike (one family of attack), at one named town on the day the sentence names. Not when the two
    count the weapons otherwise (four drones beside nine), not at a place only within the other's,
    and not when two Mondays' attacks there fit (never choose between two)."""
    def report(source: int, date_: str | None, type_: str, evidence: str, location: str = "Nikopol", **kw) -> Report:
        published = date.fromisoformat(date_) if date_ else None
        fact = _inc(date_, type_=type_, location=location, country="Ukraine", actors=("Russia",), evidence=evidence, **kw)
        return Report(source=source, published=published, fact=fact)

    dated = report(1, "2025-03-17", "drone_attack", "Russian drones hit a depot in Nikopol overnight, officials said.")
    undated = report(2, None, "air_strike", "Russia struck Nikopol from the air on Monday, the mayor said.")
    assert [m.sources for m in merge_incidents([dated, undated], _families(2))] == [(1, 2)]
    four = report(1, "2025-03-17", "drone_attack", "Four Russian drones hit a depot in Nikopol overnight.", count=4)
    counted = report(2, None, "air_strike", "Russia struck Nikopol from the air on Monday with nine drones.", count=9)
    assert len(merge_incidents([four, counted], _families(2))) == 2
    region = report(2, None, "air_strike", "Russia struck the Dnipropetrovsk region from the air on Monday.", location="Dnipropetrovsk Oblast")
    assert len(merge_incidents([dated, region], _families(2))) == 2
    later = report(3, "2025-03-24", "drone_attack", "Russian drones hit a school in Nikopol, officials said.")
    assert len(merge_incidents([dated, later, undated], _families(3))) == 3


def test_a_town_far_from_its_wide_provinces_point_lies_in_the_province_it_is_nearest_to():
    """'Gunmen attacked a police post in Sistan and Baluchestan province' and, that day, 'in Korvanabad',
    a town some 190 km from the province's point (further than a province's reach from its point,
    but nearer it than any other province of Iran the gazetteer knows): one attack, told by the
    province or by its town. A town of the next province (Zaporizhzhia's, some 200 km from Donetsk
    region's point) is no place in Donetsk region: two rows."""
    def clash(source: int, place: str, country: str, lat=None, lon=None) -> Report:
        fact = _inc("2025-05-04", type_="armed_clash", location=place, country=country, lat=lat, lon=lon,
                    evidence=f"Gunmen attacked a police post in {place} on Sunday.")
        return Report(source=source, published=date(2025, 5, 5), fact=fact)

    province = clash(1, "Sistan and Baluchestan province", "Iran")
    town = clash(2, "Korvanabad", "Iran", 26.3, 61.3)
    assert [m.sources for m in merge_incidents([province, town], _families(2))] == [(1, 2)]
    donetsk = clash(1, "Donetsk region", "Ukraine")
    other = clash(2, "Veldanivka", "Ukraine", 47.3, 35.6)
    assert len(merge_incidents([donetsk, other], _families(2))) == 2


def test_an_undated_page_telling_one_strike_alike_joins_it_never_another_strike_of_the_town():
    """Two outlets date a missile strike that hit flats in a town; a page with no date tells
    it in like words (the same town and kind of attack, a word of its own in common, "flats", and
    no target or toll told otherwise): one strike, one row of three outlets. Undated pages telling
    a missile on the town's railway station, or one on flats that killed nine where the dated
    outlets count two dead, are other strikes of the town's usual attacker: rows of their own."""

    def missile(day: str | None, evidence: str, killed: int | None = None) -> Incident:
        harm = Casualties(killed=killed)
        return _inc(day, type_="missile_attack", location="Kharkiv", country="Ukraine", actors=("Russia",), casualties=harm, evidence=evidence)

    first = Report(source=1, published=date(2031, 2, 10), fact=missile("2031-02-10", "A Russian missile slammed into a block of flats in Kharkiv overnight, killing two.", 2))
    second = Report(source=2, published=date(2031, 2, 10), fact=missile("2031-02-10", "Two residents died when the missile Russia fired hit flats in Kharkiv.", 2))
    alike = Report(source=3, published=None, fact=missile(None, "Rescuers searched the rubble of the flats in Kharkiv after the missile strike."))
    merged = merge_incidents([first, second, alike], _families(3))
    assert [m.sources for m in merged] == [(1, 2, 3)]
    station = Report(source=4, published=None, fact=missile(None, "A Russian missile hit the railway station in Kharkiv, wrecking the hall."))
    nine = Report(source=5, published=None, fact=missile(None, "The missile that hit flats in Kharkiv killed nine, officials said.", 9))
    merged = merge_incidents([first, second, station, nine], _families(5))
    assert sorted(m.sources for m in merged) == [(1, 2), (4,), (5,)]


def test_two_towns_whose_names_fold_alike_far_apart_stay_two_rows_one_town_spelt_two_ways_one():
    """Drones hit 'Dar Mina' and 'Dar Amina' the same day, two made-up towns of one country some
    200 km apart whose names share a word and fold alike: two rows, though spelling alone would tie
    them. 'Qalat Zubair' and 'Qalaat Zoubayr', put on the map a km apart, are one town: one row."""
    drone = {"type_": "drone_attack", "country": "Iraq"}
    north = _inc("2031-03-02", location="Dar Mina", evidence="A drone struck a depot in Dar Mina on Sunday.", lat=36.10, lon=43.20, **drone)
    south = _inc("2031-03-02", location="Dar Amina", evidence="A drone hit a fuel store in Dar Amina on Sunday.", lat=34.30, lon=43.90, **drone)
    far = [Report(source=1, published=date(2031, 3, 3), fact=north), Report(source=2, published=date(2031, 3, 3), fact=south)]
    assert len(merge_incidents(far, _families(2))) == 2
    one = _inc("2031-03-02", location="Qalat Zubair", evidence="A drone struck a depot in Qalat Zubair on Sunday.", lat=33.10, lon=44.50, **drone)
    other = _inc("2031-03-02", location="Qalaat Zoubayr", evidence="A drone hit a fuel store in Qalaat Zoubayr on Sunday.", lat=33.11, lon=44.51, **drone)
    near = [Report(source=1, published=date(2031, 3, 3), fact=one), Report(source=2, published=date(2031, 3, 3), fact=other)]
    assert [m.sources for m in merge_incidents(near, _families(2))] == [(1, 2)]


def test_an_articles_copies_of_an_attack_on_each_ship_stay_two_rows():
    """The extractor tells "two freighters were struck" as an attack on each ship: one article's two
    reports of one sentence, alike in kind, sea and day. Two events, not one read twice: two rows,
    even where another outlet's report of one of them ties both closely. One article's two
    sentences of one attack (the lead and the toll) stay one row."""
    blast = {"type_": "explosion", "location": "Sea of Marmara", "country": None}
    told = "Two freighters in the Sea of Marmara were struck by blasts on Friday, the coast guard said."

    def report(source: int, fact: Incident) -> Report:
        return Report(source=source, published=date(2031, 3, 8), fact=fact)

    first, second = (_inc("2031-03-07", evidence=told, **blast) for _ in range(2))
    other = _inc("2031-03-07", evidence="A blast tore into a freighter in the Sea of Marmara on Friday.", **blast)
    merged = merge_incidents([report(2, other), report(1, first), report(1, second)], _families(2))
    assert sorted(m.sources for m in merged) == [(1,), (1, 2)]
    toll = _inc("2031-03-07", evidence="The blast on the freighter in the Sea of Marmara hurt no one.", **blast)
    assert [m.sources for m in merge_incidents([report(1, first), report(1, toll)], _families(1))] == [(1,)]


def test_one_articles_threat_told_twice_in_one_sentence_stays_one_statement():
    """Two reports of one threat from one sentence of one article are no copies for each ship hit:
    one statement."""
    said = "The militia warned the port authority on Sunday that any tanker in the strait would be a target."
    threat = _inc("2031-03-09", type_="threat_statement", location="Zedland", country="Zedland", evidence=said)
    reports = [Report(source=1, published=date(2031, 3, 9), fact=threat) for _ in range(2)]
    assert [m.sources for m in merge_incidents(reports, _families(1))] == [(1,)]


def _story(source: int, second: Incident, *, day: str = "2025-03-10", where: str = "Erbil", told: str = "") -> list[Report]:
    """A page with no date: drones on Erbil's airport that day (told alike by every such page), and
    one more event of its own."""
    raid = Incident(
        date=day, type="drone_attack", location=where, country="Iraq", objects=("drone",),
        evidence=told or f"Three drones struck the airport of Erbil on {day}, wounding two guards, page {source} says.",
        casualties=Casualties(injured=2),
    )  # fmt: skip
    return [Report(source=source, published=None, fact=raid), Report(source=source, published=None, fact=second)]


def _downed(evidence: str, date_: str | None = None) -> Incident:
    return Incident(date=date_, type="interception", location="Kirkuk", country="Iraq", objects=("drone",), evidence=evidence)


def test_two_pages_of_one_story_join_their_one_undated_report_of_a_second_event():
    """Two undated pages tell one raid alike, and each a drone downed over one town besides, by
    neither dated: the story ties the two downed drones, each page's only one there. One page that
    tells of two drones downed there ties neither; two pages of other raids tie nothing; two dated
    reports are the rules' own question; and an undated one that two dated rows of the story tie
    joins neither (nothing says which)."""
    first = _downed("Guards brought down a lone quadcopter as it circled above Kirkuk, a colonel added.")
    second = _downed("Soldiers shot a further unmanned craft out of the sky near Kirkuk, per the ministry.")
    assert len(merge_incidents(_story(1, first) + _story(2, second), _families(2))) == 2
    # ... the raid told by one page of the whole country over two days: still one story
    weekend = "Over the weekend a northern runway came under fire from the air; two were hurt."
    country_wide = _story(1, first) + _story(2, second, day="2025-03-09/2025-03-10", where="Iraq", told=weekend)
    assert len(merge_incidents(country_wide, _families(2))) == 2
    third = _downed("A separate quadcopter fell to gunfire by the ring road an hour later, it went on.")
    two_there = [*_story(1, first), Report(source=1, published=None, fact=third), *_story(2, second)]
    assert len(merge_incidents(two_there, _families(2))) == 3
    other_raid = _story(1, first) + _story(2, second, day="2025-01-05")
    assert len(merge_incidents(other_raid, _families(2))) == 4
    dated = _story(1, _downed(first.evidence, "2025-03-10")) + _story(2, _downed(second.evidence, "2025-03-14"))
    assert len(merge_incidents(dated, _families(2))) == 3
    torn = _story(1, first) + dated[2:] + _story(3, _downed("Troops downed one by the citadel.", "2025-03-02"))
    assert len(merge_incidents(torn, _families(3))) == 4


def test_a_month_told_report_joins_no_row_when_it_ties_as_closely_to_two_days_rows():
    """Air strikes on Kharkiv on the 10th and on the 20th of a month are two rows; a third outlet that
    tells only of strikes on the city "in March" ties to each alike. That the first row comes first
    in order is no sign it is that row's event: it stays on a row of its own. With one day's row
    there to tie to (and another row of the city's reports with no date at all beside it), it joins
    that row."""
    from reporter.brief.merge import incident_relation, rule_groups

    def strike(source: int, date_: str | None, published: date | None, evidence: str) -> Report:
        fact = _inc(date_, type_="air_strike", location="Kharkiv", country="Ukraine", actors=("Russia",), evidence=evidence)
        return Report(source=source, published=published, fact=fact)

    tenth = strike(1, "2025-03-10", date(2025, 3, 10), "Russian jets bombed a depot in Kharkiv, the governor said.")
    twentieth = strike(2, "2025-03-20", date(2025, 3, 20), "Glide bombs fell on a school in Kharkiv, officials reported.")
    month = strike(3, "2025-03", date(2025, 4, 2), "Russia struck Kharkiv from the air in March, a report found.")
    reports = [tenth, twentieth, month]
    groups = rule_groups(reports, incident_relation(reports))
    assert sorted(sorted(r.source for r in g) for g in groups) == [[1], [2], [3]]
    undated = strike(4, None, None, "Bombs dropped by Russian aircraft set a market in Kharkiv ablaze.")
    reports = [tenth, undated, month]
    groups = rule_groups(reports, incident_relation(reports))
    assert sorted(sorted(r.source for r in g) for g in groups) == [[1, 3], [4]]


def test_two_places_that_share_only_the_word_their_names_open_with_are_two():
    """'Wad Madani' and a village 'Wad Kabo' the gazetteer does not know share only 'Wad', which
    opens many names there (as 'Deir', 'Beit', 'Tel' do elsewhere): two places, two rows. Spellings
    of one name ('Wad Medani') and a shared own word ('Deir Kabo', 'Kabo') still meet."""
    from reporter.brief.identity import place_relation, where

    def at(name: str) -> Incident:
        return _inc("2025-02-03", type_="armed_clash", location=name, country="Sudan")

    assert place_relation(where(at("Wad Madani")), where(at("Wad Kabo"))) == "different"
    assert place_relation(where(at("Deir Sharif")), where(at("Deir Kabo"))) == "different"
    assert place_relation(where(at("Wad Madani")), where(at("Wad Medani"))) == "same"
    assert place_relation(where(at("Deir Kabo")), where(at("Kabo village"))) == "same"
    reports = [
        Report(source=1, published=date(2025, 2, 3), fact=at("Wad Madani")),
        Report(source=2, published=date(2025, 2, 3), fact=at("Wad Kabo")),
    ]
    assert len(merge_incidents(reports, _families(2))) == 2


def test_a_page_with_no_date_that_names_another_weekday_tells_another_day():
    """A missile attack on a town the gazetteer does not know, two dead, dated Monday by one outlet;
    a page with no date tells of two dead there 'on Wednesday': another day's attack, two rows. Told
    'on Monday', it is that attack."""

    def strike(day: str | None, evidence: str) -> Incident:
        return _inc(day, type_="missile_attack", location="Qarvan town", country="Iraq",
                    casualties=Casualties(killed=2), evidence=evidence)

    monday = Report(source=1, published=date(2024, 3, 4), fact=strike("2024-03-04", "Missiles killed two people in Qarvan early Monday."))
    other = Report(source=2, published=None, fact=strike(None, "On Wednesday, two men died when missiles hit a compound near Qarvan."))
    same = Report(source=2, published=None, fact=strike(None, "On Monday, two men died when missiles hit a compound near Qarvan."))
    assert len(merge_incidents([monday, other], _families(2))) == 2
    assert len(merge_incidents([monday, same], _families(2))) == 1


def test_a_border_crossing_two_outlets_put_in_the_two_countries_it_joins_is_one_place():
    """One outlet puts a shooting at the 'Qarvel Bridge' crossing in Jordan, another the same day at
    the 'Qarvel Bridge' in Syria, a sentence telling of the border: one site on the border, one row.
    Without a word of a border, or at two sites of other names, the two countries keep two rows."""
    clash = {"type_": "armed_clash"}

    def shot(country: str, location: str, evidence: str) -> Incident:
        return _inc("2031-03-02", location=location, country=country, evidence=evidence, casualties=Casualties(killed=2), **clash)

    east = shot("Jordan", "Qarvel Bridge", "A gunman shot two guards at the Qarvel Bridge border crossing on Sunday.")
    west = shot("Syria", "Qarvel Bridge", "Two guards were shot dead at the Qarvel Bridge on Sunday.")
    inland = shot("Syria", "Qarvel Bridge", "Two guards were shot dead at the Qarvel Bridge on Sunday, police said.")
    other = shot("Syria", "Dunmere Bridge", "Two guards were shot dead at the Dunmere Bridge border post on Sunday.")

    def rows(*facts: Incident) -> list[tuple[int, ...]]:
        return sorted(m.sources for m in _merged(date(2031, 3, 3), *facts))

    assert rows(east, west) == [(1, 2)]
    plain = shot("Jordan", "Qarvel Bridge", "A gunman shot two guards at the Qarvel Bridge on Sunday.")
    assert rows(plain, inland) == [(1,), (2,)]
    assert rows(east, other) == [(1,), (2,)]


def test_a_country_wide_report_a_day_off_joins_the_named_town_unless_another_party_or_count():
    """One outlet tells missiles fired at a country by a party, another the missiles that hit a town
    of it the next day, by the same party: the country-wide account is a summary of that attack,
    one row. By another party, with another count of missiles, or two days apart: two rows."""

    def salvo(source: int, day: str, location: str, actor: str, evidence: str, count: int | None = None) -> Report:
        fact = _inc(day, type_="missile_attack", location=location, actors=(actor,), evidence=evidence, count=count)
        return Report(source=source, published=date.fromisoformat(day) + timedelta(days=1), fact=fact)

    country = salvo(1, "2031-07-07", "Iraq", "Zedland", "Zedland fired missiles at Iraq, officials said.")
    town = salvo(2, "2031-07-08", "Erbil", "Zedland", "Missiles launched by Zedland struck Erbil, wrecking a depot.")
    assert [m.sources for m in merge_incidents([country, town], _families(2))] == [(1, 2)]
    other = salvo(2, "2031-07-08", "Erbil", "Yarrow Command", "Missiles launched by Yarrow Command struck Erbil.")
    assert len(merge_incidents([country, other], _families(2))) == 2
    counted = [
        salvo(1, "2031-07-07", "Iraq", "Zedland", "Zedland fired four missiles at Iraq.", count=4),
        salvo(2, "2031-07-08", "Erbil", "Zedland", "Nine missiles launched by Zedland struck Erbil.", count=9),
    ]
    assert len(merge_incidents(counted, _families(2))) == 2
    later = salvo(2, "2031-07-09", "Erbil", "Zedland", "Missiles launched by Zedland struck Erbil, wrecking a depot.")
    assert len(merge_incidents([country, later], _families(2))) == 2


def test_a_raid_two_outlets_date_a_day_apart_ties_unless_an_article_tells_a_series():
    """Two outlets' drone raids on one town, a day apart, with nothing that tells them apart: tied as
    one event for every layer of the grouping (the rules and the learned one), marked as a tie across
    a day. Not when one article of the brief tells the town's raids on each of the two days (a series
    of daily raids)."""
    from reporter.brief.merge import incident_relation

    def raid(source: int, day: str, evidence: str, **kw) -> Report:
        fact = _inc(day, type_="drone_attack", location="Zakho", evidence=evidence, **kw)
        return Report(source=source, published=date.fromisoformat(day) + timedelta(days=1), fact=fact)

    first = raid(1, "2031-09-02", "Drones hit the outskirts of Zakho, officials told reporters.")
    second = raid(2, "2031-09-03", "A drone raid shook Zakho, residents said.")
    tie = incident_relation([first, second])(first, second)
    assert not tie.conflict and tie.score > 0 and tie.day_off
    assert [m.sources for m in merge_incidents([first, second], _families(2))] == [(1, 2)]
    # One article tells a raid on the town on each of the two days: a series, two rows.
    series = [
        raid(3, "2031-09-02", "Drones struck Zakho on the first night of the raids."),
        raid(3, "2031-09-03", "Drones came back over Zakho the following night."),
    ]
    assert incident_relation([first, second, *series])(first, second).conflict
    assert len(merge_incidents([first, second, *series], _families(3))) == 2


def test_raids_a_day_apart_on_other_targets_or_by_other_parties_are_two_rows():
    """Two outlets' drone raids on one town a day apart that name other kinds of target, other
    parties or other counts of drones are two raids, however else they agree."""

    def raid(source: int, day: str, evidence: str, **kw) -> Report:
        fact = _inc(day, type_="drone_attack", location="Zakho", evidence=evidence, **kw)
        return Report(source=source, published=date.fromisoformat(day) + timedelta(days=1), fact=fact)

    market = raid(1, "2031-09-02", "Drones hit a market in Zakho.")
    depot = raid(2, "2031-09-03", "Drones hit a fuel depot in Zakho.")
    assert len(merge_incidents([market, depot], _families(2))) == 2
    ours = raid(1, "2031-09-02", "Zedland drones hit Zakho.", actors=("Zedland",))
    theirs = raid(2, "2031-09-03", "Yarrow Command drones hit Zakho.", actors=("Yarrow Command",))
    assert len(merge_incidents([ours, theirs], _families(2))) == 2
    three = raid(1, "2031-09-02", "Three drones hit Zakho.", count=3)
    seven = raid(2, "2031-09-03", "Seven drones hit Zakho.", count=7)
    assert len(merge_incidents([three, seven], _families(2))) == 2


def _running_tally_and_a_day(tally_evidence: str, killed: int | None = 120) -> list[Report]:
    """One outlet's strike on a radio station in a city on a day, and another's count of the dead of
    a week of strikes on that country, placed at the same city."""

    def fact(day: str, evidence: str, **kw) -> Incident:
        return _inc(day, type_="air_strike", location="Tehran", country="Iran", actors=("Zedland",), evidence=evidence, **kw)

    strike = fact("2031-04-16", "Zedland jets hit the state radio building in Tehran on Monday.")
    tally = fact("2031-04-13/2031-04-17", tally_evidence, casualties=Casualties(killed=killed, injured=None))
    return [Report(source=1, published=date(2031, 4, 17), fact=strike), Report(source=2, published=date(2031, 4, 17), fact=tally)]


def test_a_running_count_of_the_dead_since_a_day_is_not_one_days_strike():
    """'Strikes have killed 120 since Friday' sums the campaign to date: beside a strike told to the day
    within that span, it is another row (it ties no event of that week alike)."""
    day, tally = _running_tally_and_a_day("The ministry says Zedland strikes have killed at least 120 people since Friday.")
    assert incident_relation([day, tally])(day, tally).score == 0
    assert len(merge_incidents([day, tally], _families(2))) == 2


def test_a_span_of_strikes_without_a_running_count_still_ties_the_day():
    """Near-miss controls: the same span told without 'since', or with a handful of dead, or with the
    day's own dead, still ties the day's strike (one row)."""
    for evidence, killed in (
        ("The ministry says Zedland strikes over the week killed at least 120 people.", 120),
        ("The ministry says Zedland strikes since Friday have killed four people.", 4),
    ):
        day, tally = _running_tally_and_a_day(evidence, killed)
        assert len(merge_incidents([day, tally], _families(2))) == 1, evidence
    day, tally = _running_tally_and_a_day("Zedland strikes have killed 120 people since Friday.")
    day = replace(day, fact=replace(day.fact, casualties=Casualties(killed=120, injured=None)))
    assert len(merge_incidents([day, tally], _families(2))) == 1

def _ship_and_a_position(position: str) -> list[Report]:
    """One outlet's drone hit on 'a vessel' at ``position`` off Aden, another's missile attack on a
    named bulker in the Gulf of Aden those days, and an undated page's drone hit on that bulker 70
    nautical miles east of Aden, in the order they were published."""
    days = "2031-01-16/2031-01-17"
    missile = _inc(days, type_="missile_attack", location="Gulf of Aden", country=None, actors=("Zedland",),
                   evidence="Zedland forces said they fired missiles at the bulker Sea Lark in the Gulf of Aden, scoring direct hits.")
    named = _inc(None, type_="drone_attack", location="Aden", country="Yemen", count=1,
                 evidence="Yesterday evening the bulker Sea Lark took a drone hit 70 nautical miles east of Aden, Yemen.")
    vessel = _inc(days, type_="drone_attack", location="Aden", country="Yemen",
                  evidence=f"The maritime agency said a merchant ship reported damage on its port side from an uncrewed aerial system, approximately {position} of Aden.")
    return [
        Report(source=1, published=date(2031, 1, 17), fact=vessel),
        Report(source=2, published=date(2031, 1, 17), fact=missile),
        Report(source=3, published=None, fact=named),
    ]  # fmt: skip


def test_a_position_told_alike_by_distance_and_bearing_ties_an_undated_report():
    """The undated page's drone hit on the named bulker and the first outlet's hit on 'a vessel' give
    the same position (70 nautical miles east of Aden): one spot, one event; with the bulker's
    name tying the missile report, one row."""
    reports = _ship_and_a_position("70 nautical miles east")
    assert [m.sources for m in merge_incidents(reports, _families(3))] == [(1, 2, 3)]


def test_another_position_off_the_same_port_ties_nothing():
    """Near-miss control: 95 nautical miles east of Aden is another spot: the 'vessel' stays a row
    of its own (the bulker's two reports still one)."""
    reports = _ship_and_a_position("95 nautical miles east")
    assert sorted(m.sources for m in merge_incidents(reports, _families(3))) == [(1,), (2, 3)]


def test_one_named_ship_told_a_day_apart_by_two_outlets_is_one_row():
    """'a drone hit the tanker Sea Lark in the Arabian Sea on Saturday' and, a day later by another outlet's
    account, 'a drone strike on the Sea Lark off India's coast on Sunday': one attack on one named ship
    (an outlet's day is often a day off, and the coast it names puts it in that country). Two days apart, a
    toll told otherwise, or another ship named a day apart stays another attack."""
    at_sea = _inc(
        "2031-05-03", type_="drone_attack", location="Arabian Sea", country=None,
        evidence="A drone hit the tanker Sea Lark in the Arabian Sea on Saturday, the navy said.",
    )  # fmt: skip
    off_coast = _inc(
        "2031-05-04", type_="drone_attack", location="India", country="India",
        evidence="Officials confirmed a drone strike on the chemical tanker Sea Lark off India's western coast on Sunday.",
    )  # fmt: skip
    reports = [Report(source=n, published=date(2031, 5, 5), fact=f) for n, f in enumerate((at_sea, off_coast), 1)]
    assert [m.sources for m in merge_incidents(reports, _families(2))] == [(1, 2)]
    two_days = (at_sea, replace(off_coast, date="2031-05-05"))
    dead = (replace(at_sea, casualties=Casualties(killed=1)), replace(off_coast, casualties=Casualties(killed=3)))
    other = (at_sea, replace(off_coast, evidence=off_coast.evidence.replace("Sea Lark", "Blue Heron")))
    for first, second in (two_days, dead, other):
        reports = [Report(source=1, published=date(2031, 5, 6), fact=first), Report(source=2, published=date(2031, 5, 6), fact=second)]
        assert sorted(m.sources for m in merge_incidents(reports, _families(2))) == [(1,), (2,)]


def test_one_article_s_attack_in_an_unplaced_town_is_not_a_spot_beside_its_other_town():
    """One report tells an ambush near a town the gazetteer knows and, apart, an attack in a town it
    cannot place: two events. Another outlet's unplaced spot by that town may still be its event."""
    near = _inc(
        "2031-05-12", type_="armed_clash", location="Boulkessi", country="Mali", lat=15.1, lon=-1.1,
        evidence="Gunmen ambushed a supply convoy near Boulkessi on Monday, the army said.",
    )  # fmt: skip
    apart = _inc(
        "2031-05-12", type_="armed_clash", location="Tazawat", country="Mali",
        evidence="In another attack that day, gunmen raided a checkpoint in Tazawat.",
    )  # fmt: skip
    assert len(_merged(date(2031, 5, 13), near, apart, sources=[1, 1])) == 2
    assert len(_merged(date(2031, 5, 13), near, apart)) == 1


def _told(source: int, count: int, qualifier: str | None, evidence: str, where: str = "Middle East") -> Report:
    fact = Posture(force="US", country=where, count=count, qualifier=qualifier, evidence=evidence)
    return Report(source=source, published=date(2025, 6, 3), fact=fact)


def test_posture_the_troops_a_reinforcement_joins_are_listed_under_the_level_not_against_it():
    """A whole presence from one outlet and, from another, the small group that a reinforcement
    joins: the level keeps its sources, the group and the reinforcement are listed beside it."""
    reports = [
        _told(1, 40000, "about", "Roughly 9,000 US troops serve in Iraq now and about 40,000 across the region."),
        _told(2, 2000, "(additional)", "The Pentagon will send 2,000 more troops to the region."),
        _told(2, 400, "about", "They will join about 400 others who are already there."),
    ]
    (figure,) = merge_posture(reports)
    assert (figure.count, figure.qualifier, figure.disagreements, figure.sources) == (40000, "about", (), (1,))
    assert [(p.text, p.role, p.sources) for p in figure.parts] == [
        ("about 400 already there", "part", (2,)),
        ("+2,000 more", "increment", (2,)),
    ]


def test_posture_a_total_and_the_troops_it_adds_up_from_are_not_a_disagreement():
    """'Brings the total to nearly 3,200' from one outlet, 'join the 2,000 already in place' and
    'is deploying 1,200' from another: one level, told as its whole and as its parts."""
    total = "This first deployment of 1,200 soldiers brings the total along the border to nearly 3,200."
    reports = [
        _told(1, 1200, None, total, where="United States"),
        _told(1, 3200, "nearly", total, where="United States"),
        _told(2, 1200, None, "The army is deploying 1,200 soldiers to the border.", where="United States"),
        _told(2, 2000, None, "They will join the 2,000 troops already in place.", where="United States"),
    ]
    (figure,) = merge_posture(reports)
    assert (figure.count, figure.disagreements, figure.sources) == (3200, (), (1,))
    assert [p.text for p in figure.parts] == ["2,000 already there", "+1,200 being sent"]


def test_posture_units_named_with_their_strength_are_parts_when_no_level_is_told():
    """A battalion, a guard of Marines and the rest of a brigade on its way are each a unit or a
    reinforcement: the row has no overall figure and lists them, rather than 'more than 3,500 vs 120'."""
    sent = "A battalion of some 800 soldiers landed in Poland this week; the other 3,500 of its brigade are joining them."
    reports = [
        _told(1, 800, "some", sent, where="Poland"),
        _told(1, 3500, "more than", sent, where="Poland"),
        _told(2, 120, "about", "About 120 Marines in Poland were first sent to guard the embassy.", where="Poland"),
    ]
    (figure,) = merge_posture(reports)
    assert (figure.count, figure.disagreements, figure.sources) == (None, (), (1, 2))
    assert [p.text for p in figure.parts] == ["battalion of some 800", "about 120 Marines", "+more than 3,500 joining"]


def test_posture_outlets_differing_on_one_level_or_one_unit_still_disagree():
    """Near misses: two outlets giving one level differently, the same unit's strength differently,
    a past deployment, or 'joined' not naming the troops joined, remain a disagreement."""
    cases = [
        ("About 2,500 US troops are in Iraq.", 2500, "Some 3,000 US troops are in Iraq.", 3000),
        ("About 18,000 Marines are based on the island.", 18000, "Some 19,000 Marines are based there.", 19000),
        ("The army has deployed 1,200 troops to the area.", 1200, "The army has 1,500 troops in the area.", 1500),
        ("Poland joined the mission in 2019 and has 300 soldiers there.", 300, "It has 350 soldiers there.", 350),
    ]
    for first, one, second, two in cases:
        (figure,) = merge_posture([_told(1, one, None, first), _told(2, two, None, second)])
        assert figure.count is None and figure.parts == (), first
        assert sorted(int(c.value) for c in figure.disagreement("count").claims) == [one, two], first


def test_posture_a_group_joined_told_alone_is_not_the_level():
    """An article telling only a reinforcement and the few it joins gives no overall level: the row
    lists both rather than showing the few as the troops there."""
    reports = [
        _told(1, 2000, "(additional)", "The Pentagon will send 2,000 more troops to the region."),
        _told(1, 400, "about", "They will join about 400 others who are already there."),
    ]
    (figure,) = merge_posture(reports)
    assert (figure.count, figure.disagreements, figure.sources) == (None, (), (1,))
    assert [p.text for p in figure.parts] == ["about 400 already there", "+2,000 more"]
    # near misses: one unit told alone is that place's figure; 'join' not naming the troops joined
    for evidence, count in (
        ("About 100 Marines guard the embassy in Kuwait.", 100),
        ("They will join the coalition, which keeps about 400 troops there.", 400),
        ("Ghana joined the 400-strong mission there last year.", 400),
    ):
        (figure,) = merge_posture([_told(1, count, "about", evidence, where="Kuwait")])
        assert (figure.count, figure.parts) == (count, ()), evidence


def _hit_off_a_port(where: str, *, type_: str = "drone_attack") -> list[Report]:
    """One outlet's drone hit on a ship told at sea in the Gulf of Aden, another's told by the port it
    lay off (``where``), on the same night."""
    days = "2031-02-03/2031-02-04"
    gulf = _inc(days, type_="drone_attack", location="Gulf of Aden", country=None, count=1,
                evidence="The master said a drone struck the freighter's stern and started a small fire that the crew put out.")
    port = _inc(days, type_=type_, location="Aden", country="Yemen",
                evidence=f"A cargo ship reported it was struck by an unmanned aircraft {where}, the maritime agency said.")
    return [Report(source=1, published=date(2031, 2, 4), fact=gulf), Report(source=2, published=date(2031, 2, 4), fact=port)]  # fmt: skip


def test_a_ship_hit_off_a_port_is_at_sea_in_the_gulf_that_port_lies_on():
    """'Struck 45 nautical miles south of Aden' and 'a freighter hit out in the Gulf of Aden' the same night, both by a
    drone: a spot at sea off the port, in the gulf it lies on: one row."""
    for where in ("45 nautical miles south of Aden", "off the coast of Aden"):
        assert [m.sources for m in merge_incidents(_hit_off_a_port(where), _families(2))] == [(1, 2)], where


def test_a_ship_hit_in_the_port_itself_or_by_other_means_stays_apart_from_the_gulf():
    """Near-miss controls: a ship struck in the port of Aden lies in the town, not out at sea; and a
    missile attack off the port beside the gulf's drone hit is another weapon: two rows."""
    assert len(merge_incidents(_hit_off_a_port("in the port of Aden"), _families(2))) == 2
    assert len(merge_incidents(_hit_off_a_port("off Aden", type_="missile_attack"), _families(2))) == 2


def _strikes_in_zedland(undated_words: str) -> list[Report]:
    """One outlet's missile strikes of Ruritania on launchers in Yemen, dated; two other rows of air
    attacks in Yemen on other days; and an undated page's air strikes of Ruritania told in
    ``undated_words``."""
    missiles = _inc("2031-04-09", type_="missile_attack", location="Yemen", country="Yemen", actors=("Ruritania",),
                    evidence="On Wednesday night Ruritanian forces fired cruise missiles at 14 rebel launchers that were ready to be fired in Yemen, the command said.")
    jets = _inc("2031-04-02", type_="air_strike", location="Yemen", country="Yemen", actors=("Ruritania",),
                evidence="Ruritanian jets bombed a rebel radar site in Yemen a week earlier.")
    drone = _inc("2031-04-05", type_="drone_attack", location="Aden", country="Yemen",
                 evidence="A drone hit a fuel depot in Aden on Saturday.")
    strikes = _inc(None, type_="air_strike", location="Yemen", country="Yemen", actors=("Ruritania",), evidence=undated_words)
    return [
        Report(source=1, published=date(2031, 4, 10), fact=missiles),
        Report(source=2, published=date(2031, 4, 3), fact=jets),
        Report(source=3, published=date(2031, 4, 6), fact=drone),
        Report(source=4, published=None, fact=strikes),
    ]  # fmt: skip


def test_one_partys_strikes_told_as_missiles_and_as_air_strikes_in_the_same_words_are_one_row():
    """'Fired cruise missiles at 14 rebel launchers ready to be fired in Yemen' and, on an undated page,
    'carried out strikes on 14 rebel launchers ready to be fired in Yemen', both by Ruritania: one
    raid typed by its missiles or its jets, told in the same words: one row, though Yemen holds other
    dated rows of air attacks."""
    words = "Within hours Ruritanian forces carried out strikes on 14 rebel launchers that were ready to be fired in Yemen, the command said."
    rows = sorted(m.sources for m in merge_incidents(_strikes_in_zedland(words), _families(4)))
    assert rows == [(1, 4), (2,), (3,)]


def test_air_strikes_told_in_other_words_stay_apart_from_the_missile_strikes():
    """Near-miss control: the undated page's strikes of Ruritania in Yemen told in other words
    (depots near the capital) tie to no row of the dated ones."""
    words = "Ruritanian warplanes also hit weapons depots near the capital of Yemen, residents said."
    rows = sorted(m.sources for m in merge_incidents(_strikes_in_zedland(words), _families(4)))
    assert rows == [(1,), (2,), (3,), (4,)]
    # ... and told alike but of another number of launchers, which of Yemen's rows it is nothing says
    words = "Within hours Ruritanian forces carried out strikes on 12 rebel launchers that were ready to be fired in Yemen, the command said."
    rows = sorted(m.sources for m in merge_incidents(_strikes_in_zedland(words), _families(4)))
    assert rows == [(1,), (2,), (3,), (4,)]


def _twin_bombing(undated_place: str) -> list[Report]:
    """Two outlets' twin suicide bombing at a market of Baghdad on one day, and an undated page's twin
    bombing at ``undated_place`` of the city with an early toll."""
    blast = dict(type_="explosion", location="Baghdad", country="Iraq", count=2)
    one = _inc("2031-07-03", casualties=Casualties(killed=28, injured=90),
               evidence="A pair of attackers detonated explosive vests in a busy Baghdad market on Thursday, killing 28.", **blast)
    two = _inc("2031-07-03", casualties=Casualties(killed=30, injured=95),
               evidence="Thirty people died when a pair of bombers struck the market on Thursday morning.", **blast)
    page = _inc(None, casualties=Casualties(killed=15, injured=40),
                evidence=f"Officials say at least 15 people were killed in twin suicide bombings at {undated_place} in the capital, Baghdad.", **blast)
    return [Report(source=1, published=date(2031, 7, 3), fact=one), Report(source=2, published=date(2031, 7, 4), fact=two),
            Report(source=3, published=None, fact=page)]  # fmt: skip


def test_a_commercial_area_is_the_market_another_outlet_names():
    """An undated page's twin bombing 'at a busy commercial area' of the city, beside two outlets' twin
    bombing of a market there: the kind of target told in other words ties it to that row."""
    assert [m.sources for m in merge_incidents(_twin_bombing("a busy commercial area"), _families(3))] == [(1, 2, 3)]


def test_a_bombing_at_a_residential_area_ties_no_market_row():
    """Near-miss control: a residential area is no market: the undated page's bombing keeps its own row."""
    assert len(merge_incidents(_twin_bombing("a residential area"), _families(3))) == 2


def test_the_karachi_airport_by_its_two_names_is_one_site():
    """'Near Karachi airport' to one outlet and 'near Jinnah International Airport' to another, the same
    day: the gazetteer knows them as one airport, so the two bombings are one row."""
    blast = dict(type_="explosion", country="Pakistan", count=1)
    one = _inc("2031-09-08", location="Karachi airport", evidence="A car bomb went off near Karachi airport late on Sunday.", **blast)
    two = _inc("2031-09-08", location="Jinnah International Airport",
               evidence="On Sunday evening the blast hit a convoy on the road outside Jinnah International Airport.", **blast)  # fmt: skip
    assert [m.sources for m in merge_incidents(_reports(one, two), _families(2))] == [(1, 2)]


def _reports(*facts: Incident, published: date = date(2031, 9, 9)) -> list[Report]:
    return [Report(source=n, published=published, fact=f) for n, f in enumerate(facts, 1)]


def _bombing_and_a_later_page(later_words: str) -> list[Report]:
    """A bombing near an airport told to the day, and a page of five days later telling, with no day,
    of a bombing there in ``later_words``."""
    blast = dict(type_="explosion", location="Baghdad International Airport", country="Iraq")
    day = _inc("2031-09-08", evidence="A suicide bomber struck a convoy near Baghdad airport on Monday, killing two.", **blast)
    later = _inc(None, evidence=later_words, **blast)
    return [Report(source=1, published=date(2031, 9, 8), fact=day), Report(source=2, published=date(2031, 9, 13), fact=later)]


def test_an_undated_page_that_looks_back_on_the_recent_bombing_joins_it():
    """'Police named those who planned the recent suicide bombing near Baghdad airport', on a page five days after the
    bombing: an event the page looks back on, somewhere in the days before it, so the bombing's row."""
    words = "Police named those who planned the recent suicide bombing near Baghdad airport, which targeted foreign engineers."
    assert [m.sources for m in merge_incidents(_bombing_and_a_later_page(words), _families(2))] == [(1, 2)]


def test_an_undated_page_telling_a_bombing_as_news_stays_apart_from_one_five_days_before():
    """Near-miss control: told as the page's news ('a suicide bomber struck near the airport'), five days
    after the other, it is another bombing."""
    words = "A suicide bomber struck a convoy near Baghdad airport, police said, and the group behind it is named."
    assert len(merge_incidents(_bombing_and_a_later_page(words), _families(2))) == 2

def test_posture_one_reinforcement_sized_differently_by_two_outlets_is_one_part():
    """'About 3,000 more' and '3,500 more' on one day from two outlets are one reinforcement: one
    part listing each size with its sources, beside the level."""
    reports = [
        _told(1, 10000, "about", "About 10,000 US troops are in Poland.", where="Poland"),
        _told(1, 3000, "about (additional)", "The Pentagon will send about 3,000 more troops to Poland.", where="Poland"),
        _told(2, 3500, "(additional)", "The US is sending 3,500 more troops to Poland.", where="Poland"),
    ]
    (figure,) = merge_posture(reports)
    assert (figure.count, figure.sources) == (10000, (1,))
    (part,) = figure.parts
    assert (part.text, part.sources, part.values) == (
        "+about 3,000 / 3,500 more", (1, 2), (("+about 3,000", (1,)), ("3,500", (2,)))
    )
    # control: one outlet telling two reinforcements keeps both, each its own line
    reports = [
        reports[0],
        _told(1, 2000, "(additional)", "The Pentagon will send 2,000 more troops to Poland now.", where="Poland"),
        _told(1, 1000, "(additional)", "It will send 1,000 more troops to Poland in May.", where="Poland"),
    ]
    (figure,) = merge_posture(reports)
    assert [p.text for p in figure.parts] == ["+2,000 more", "+1,000 more"]


def test_posture_troops_told_only_as_being_sent_are_the_level():
    """'Is deploying 2,000 troops to Romania' with nothing saying 'more' and no other figure for that
    force and place: the figure sent is the level there, not a reinforcement of an untold level."""
    (figure,) = merge_posture([_told(1, 2000, None, "The Pentagon is deploying 2,000 troops to Romania.", where="Romania")])
    assert (figure.count, figure.parts) == (2000, ())
    # controls: beside a level, or beside a reinforcement told as 'more', it is still being sent
    (figure,) = merge_posture([
        _told(1, 2000, None, "The Pentagon is deploying 2,000 troops to Romania.", where="Romania"),
        _told(2, 1000, "about", "About 1,000 US troops are in Romania.", where="Romania"),
    ])  # fmt: skip
    assert (figure.count, [p.text for p in figure.parts]) == (1000, ["+2,000 being sent"])
    (figure,) = merge_posture([
        _told(1, 2000, None, "The Pentagon is deploying 2,000 troops to Romania.", where="Romania"),
        _told(2, 400, "about", "They will join about 400 others already there.", where="Romania"),
    ])  # fmt: skip
    assert figure.count is None and [p.text for p in figure.parts] == ["about 400 already there", "+2,000 being sent"]
    prior = {("United States", "Romania"): {"count": 900, "as_of": "2025-05-01"}}
    (figure,) = merge_posture(
        [_told(1, 2000, None, "The Pentagon is deploying 2,000 troops to Romania.", where="Romania")], previous=prior
    )
    assert (figure.count, [p.text for p in figure.parts]) == (None, ["+2,000 being sent"])


def test_a_site_told_without_its_country_takes_the_country_the_other_reports_name():
    """'Rebels seized Tala airport' (a site no gazetteer knows, no country) and 'rebels seized Tala, Congo':
    one row, at the site, in the country the other outlet names."""
    site = _inc("2031-02-09", type_="armed_clash", location="Tala airport", country=None)
    town = _inc("2031-02-09", type_="armed_clash", location="Tala", country="Democratic Republic of Congo")
    (row,) = _merged(date(2031, 2, 10), site, town)
    assert row.country == "Democratic Republic of Congo"


def test_a_site_told_without_its_country_alone_gets_none_guessed():
    """Near-miss control: a row whose reports name no country stays without one (none is guessed)."""
    site = _inc("2031-02-09", type_="armed_clash", location="Tala airport", country=None)
    again = _inc("2031-02-09", type_="armed_clash", location="Tala airport", country=None)
    (row,) = _merged(date(2031, 2, 10), site, again)
    assert row.country is None
