"""The parts of a counted whole ("two raids ... One targeted X, while the other hit Y") are events of their own:
each at its own spot, of the whole's kind as finally typed, none left to the learned keeper's guess."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.location, i.type, i.casualties.killed) for i in facts.incidents]


def test_every_part_of_a_counted_whole_is_kept_with_the_whole_kind(ex):
    text = (
        "GUSAU, Nigeria — Bandits carried out two raids in Zamfara state on Friday, killing nine villagers. "
        "One targeted a market in Tsafe, while the other hit a farming settlement near Anka, a police spokesman said."
    )
    assert _events(ex, text) == [
        ("Zamfara state", "armed_clash", 9),
        ("Tsafe", "armed_clash", None),
        ("Anka", "armed_clash", None),
    ]


def test_two_drones_one_downed_is_no_counted_whole(ex):
    # control: weapons counted, then one of them stopped: the attack and its interception, as before
    text = "Two drones hit Erbil airport on Monday. One was shot down by air defences, officials said."
    assert [t for _, t, _ in _events(ex, text)] == ["drone_attack", "interception"]


def test_two_unrelated_attacks_stay_two(ex):
    text = (
        "Gunmen attacked a village near Gwoza on Sunday, killing five people, police said. "
        "Separately, soldiers clashed with insurgents in Damboa on Monday, the army said."
    )
    assert _events(ex, text) == [("Gwoza", "armed_clash", 5), ("Damboa", "armed_clash", None)]


def test_a_toll_told_after_the_parts_is_the_whole_toll(ex):
    text = (
        "Jihadists launched three attacks in northern Burkina Faso on Wednesday. One attack hit an army post in "
        "Djibo and another targeted a convoy near Arbinda. Officials said 14 soldiers died."
    )
    assert [(loc, k) for loc, _, k in _events(ex, text)] == [("Burkina Faso", 14), ("Djibo", None), ("Arbinda", None)]


def test_a_toll_told_after_one_part_alone_stays_the_part_toll(ex):
    # control: one part told, then a toll: the dead of that part, as before
    text = (
        "Jihadists launched three attacks in northern Burkina Faso on Wednesday. One attack hit an army post in "
        "Djibo. Fourteen soldiers were killed, officials said."
    )
    assert [(loc, k) for loc, _, k in _events(ex, text)] == [("Burkina Faso", None), ("Djibo", 14)]


def test_one_weapon_of_the_whole_counts_itself_not_the_whole(ex):
    text = (
        "ODESA, Ukraine (Reuters) - Russia struck Odesa with ballistic missiles overnight. One of the missiles hit "
        "a port warehouse, injuring six workers, the regional governor said."
    )
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    assert [(i.location, i.count, i.casualties.injured) for i in facts.incidents] == [("Odesa", None, 6)]


def test_the_one_weapon_told_again_keeps_its_count(ex):
    # control: a single weapon told, then retold as "the missile": its count stays one
    text = (
        "KYIV - Russia fired a cruise missile at Kyiv on Tuesday, officials said. The missile hit an office "
        "building, killing two people."
    )
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    assert [(i.location, i.count, i.casualties.killed) for i in facts.incidents] == [("Kyiv", 1, 2)]


def test_parts_of_a_shelling_told_as_attacks_are_shellings_by_its_doer(ex):
    text = (
        "The Rapid Support Forces shelled two camps for displaced people in North Darfur on Sunday, aid groups "
        "said. One of the attacks hit Zamzam camp, killing seven people, and the other struck Abu Shouk camp."
    )
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    assert [(i.location, i.type, i.actors, i.casualties.killed) for i in facts.incidents] == [
        ("North Darfur", "shelling", ("Rapid Support Forces",), None),
        ("Zamzam camp", "shelling", ("Rapid Support Forces",), 7),
        ("Abu Shouk camp", "shelling", ("Rapid Support Forces",), None),
    ]


def test_an_event_not_told_as_one_of_them_keeps_its_own_kind(ex):
    # control: the next strike is not told as one of the shelling's: its own kind, no doer lent
    text = (
        "The Rapid Support Forces shelled El Fasher on Sunday, aid groups said. A drone struck a fuel depot in "
        "Kosti on Monday."
    )
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    assert [(i.location, i.type, i.actors) for i in facts.incidents] == [
        ("El Fasher", "shelling", ("Rapid Support Forces",)),
        ("Kosti", "drone_attack", ()),
    ]


def test_targets_counted_make_a_whole_whose_parts_and_whole_are_kept(ex):
    text = (
        "PESHAWAR, Pakistan — Militants attacked two police stations in Khyber district late on Monday, officials "
        "said. One attack hit a police post in Landi Kotal, and the other hit a checkpoint in Jamrud."
    )
    assert [loc for loc, _, _ in _events(ex, text)] == ["Khyber district", "Landi Kotal", "Jamrud"]


def test_an_event_after_counted_targets_not_told_as_one_of_them_is_its_own(ex):
    # control: no part told ("One ...", "the other ..."): two events, as before
    text = (
        "PESHAWAR, Pakistan — Militants attacked two police stations in Khyber district on Monday, officials said. "
        "Security forces clashed with militants in Jamrud on Tuesday."
    )
    assert [loc for loc, _, _ in _events(ex, text)] == ["Khyber district", "Jamrud"]


def test_the_first_of_twin_blasts_is_a_part_at_its_own_town(ex):
    text = (
        "MAIDUGURI, Nigeria — Twin suicide bombings struck Borno state on Saturday, killing at least 18 people. "
        "The first blast hit a crowded market in Konduga, a police spokesman said."
    )
    assert _events(ex, text) == [("Borno state", "explosion", 18), ("Konduga", "explosion", None)]


def test_the_first_weapon_at_the_whole_own_town_is_the_whole_told_again(ex):
    # control: "the first" told at the whole's own town adds no event
    text = "Two rockets hit Sderot on Monday, police said. The first rocket struck a house in Sderot, wounding two."
    assert [loc for loc, _, _ in _events(ex, text)] == ["Sderot"]
