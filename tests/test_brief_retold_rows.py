"""Brief rows of one real event that outlets tell in other words: self-written multi-outlet articles,
each with a near-miss control that must stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.brief.merge import group_incidents
from reporter.extract import Extractor
from tests.conftest import incident_reports


def _rows(articles: list[tuple[str, date | None]]) -> list[list[tuple[int, str]]]:
    """The brief's rows of self-written articles (text, page date), each as its (article number, type)s."""
    reports = incident_reports(articles)
    return sorted(sorted((r.source, r.fact.type) for r in g) for g in group_incidents(reports))


_MISSILES = (
    "At least six people were killed in a gun attack in Jaffa, among the worst in Israel this year.\n"
    "The gun attack, which also hurt several people, came during a volley of missiles launched from Iran at "
    "Israel after the Lebanon incursion this week.",
    date(2024, 10, 1),
)


def test_a_barrage_one_outlet_calls_missiles_and_another_rockets_is_one_row():
    """One outlet tells a volley of missiles launched from Iran at Israel, another the rocket fire of a
    sweeping assault carried out by Iran on Israel, both told only by the country, on one page day: one
    barrage, one row (the type a disagreement)."""
    rockets = (
        "Police said two gunmen opened fire near a tram stop, wounding several people. Officers said they "
        '"worked under rocket fire" during a sweeping assault carried out by Iran on Israel.',
        date(2024, 10, 1),
    )
    rows = _rows([_MISSILES, rockets])
    assert [(1, "missile_attack"), (2, "rocket_attack")] in rows, rows


def test_another_partys_rockets_and_a_states_missiles_stay_two_rows():
    """Near-miss control: Hezbollah's rockets at Israel that day are not Iran's missiles."""
    rockets = ("Hezbollah said it fired a volley of rockets at Israel on Tuesday, its fighters said.", date(2024, 10, 1))
    rows = _rows([_MISSILES, rockets])
    assert [(2, "rocket_attack")] in rows and not any((2, "rocket_attack") in r and len(r) > 1 for r in rows), rows


_BROADCASTER = (
    "Israeli jets struck the headquarters of the state broadcaster in Tehran on Monday evening, cutting off a "
    "live news bulletin, Iranian media said.",
    date(2025, 6, 16),
)
_STATE_MEDIA = (
    "Israel says it attacked two broadcasting buildings in Tehran. The air raids were shown live, with dust "
    "falling in the studio as an anchor left her desk.\n\n"
    "Ahead of the raid, Israel's military told residents of some Tehran districts to go, saying it would target "
    "military sites in the area.\n\n"
    "State television said several of its staff died in the raids. Israel had said earlier that it held the skies "
    "above Tehran, three days after opening strikes on the nation.\n\n"
    "Separately, Iran accuses Israel of striking a clinic in the country's west, while the Iranian health "
    "ministry says at least 190 people have died in Israeli raids since Saturday.",
    date(2025, 6, 17),
)


def _incidents(text: str, day: date) -> list[tuple[str, str | None, str | None, int | None]]:
    facts = Extractor().extract(text, id="a", published=day)
    return [(i.type, i.date, i.location, i.casualties.killed) for i in facts.incidents]


def test_a_state_that_says_it_attacked_buildings_in_a_city_struck_them():
    """ "Israel says it attacked two broadcasting buildings in Tehran": a state's attack on buildings is a
    blow with arms (an air strike: Israel flies its strikes), dated by its page; the loose "three days
    after opening strikes" further on is the campaign's start, which lends it no day; the toll its health
    ministry gives "since Saturday" is the campaign's, an incident of its own in Iran."""
    got = _incidents(*_STATE_MEDIA)
    assert ("air_strike", "2025-06-16/2025-06-17", "Tehran", None) in got, got
    assert [k for _, d, _, k in got if d == "2025-06-14/2025-06-17"] == [190], got


def test_one_strike_told_by_a_state_that_says_it_attacked_and_by_another_outlet_is_one_row():
    """The broadcaster struck in Tehran on Monday evening, and the next day's page of the state that says it
    attacked broadcasting buildings there: one row; the campaign's toll since Saturday stays its own."""
    rows = _rows([_BROADCASTER, _STATE_MEDIA])
    assert [(1, "air_strike"), (2, "air_strike")] in rows, rows
    assert [(2, "air_strike")] in rows, rows


def test_words_a_state_attacked_are_no_strike():
    """Near-miss controls: a state that "attacked" a budget, plans or the media (no building as the whole
    object) struck nothing."""
    for said in (
        "Israel attacked the school budget on Monday, as the war with Iran went on.",
        "Israel attacked plans to build homes in Tehran on Monday, as the war with Iran went on.",
        "Israel attacked Iranian state media on Monday, as the war with Iran went on.",
    ):
        assert _incidents(said, date(2025, 6, 17)) == [], said


_DRONE_AT_CAMP = [
    ("A drone strike on the Zamzam displacement camp near El Fasher killed 14 people on Friday, aid workers said.", date(2025, 2, 8)),
    ("Fourteen people were killed when a drone struck Zamzam camp on Friday, medics said.", date(2025, 2, 9)),
]
_SHELLS_AT_CAMP = [
    ("Artillery shelling of Zamzam camp on Friday killed 11 civilians, the camp's coordination committee said.", date(2025, 2, 8)),
    ("The paramilitary shelled the Zamzam camp on Friday, killing 11 people, local monitors said.", date(2025, 2, 8)),
]


def test_a_drone_strike_and_shelling_of_one_camp_with_other_dead_are_two_rows():
    """Four outlets: two tell a drone strike on a camp with 14 dead, two its shelling that day with 11:
    two weapons and two tolls, two events (not one row typed shelling)."""
    rows = _rows(_DRONE_AT_CAMP + _SHELLS_AT_CAMP)
    assert rows == [[(1, "drone_attack"), (2, "drone_attack")], [(3, "shelling"), (4, "shelling")]], rows


@pytest.mark.parametrize(
    "other",
    [
        # near-miss controls: the same dead, or none told, leave one attack typed by either weapon
        ("Paramilitary fighters shelled Zamzam camp on Friday, killing 14 people, aid workers said.", date(2025, 2, 8)),
        ("Shelling hit the Zamzam camp on Friday, residents said.", date(2025, 2, 8)),
    ],
)
def test_a_camp_drone_struck_to_one_outlet_and_shelled_to_another_with_no_other_dead_is_one_row(other):
    rows = _rows([_DRONE_AT_CAMP[0], other])
    assert rows == [[(1, "drone_attack"), (2, "shelling")]], rows


_AT_MURIDKE = [
    ("A missile struck a seminary in Muridke, in Sheikhupura district, before dawn on Wednesday, killing five "
     "people, police said.", date(2025, 5, 7)),
    ("Indian missiles hit a religious compound in Muridke early on Wednesday, killing five people, officials said.",
     date(2025, 5, 7)),
]  # fmt: skip


def test_strikes_on_two_towns_a_few_km_apart_with_other_dead_are_two_rows():
    """Two outlets tell a strike at a town (five dead), a third one at a town 25 km off that day (two dead):
    two towns, two tolls, two strikes (not one row that mixes them)."""
    other = ("A missile hit a seminary in Sheikhupura on Wednesday, killing two people, police said.", date(2025, 5, 7))
    rows = _rows([*_AT_MURIDKE, other])
    assert rows == [[(1, "missile_attack"), (2, "missile_attack")], [(3, "missile_attack")]], rows


def test_a_strike_told_at_two_towns_a_few_km_apart_with_the_same_dead_is_one_row():
    """Near-miss control: the same five dead told at the district's seat by another outlet is that strike."""
    other = ("A missile hit a seminary in Sheikhupura on Wednesday, killing five people, police said.", date(2025, 5, 7))
    rows = _rows([*_AT_MURIDKE, other])
    assert rows == [[(1, "missile_attack"), (2, "missile_attack"), (3, "missile_attack")]], rows
