"""Two small readings of real wire copy.

- "a mosque in X and sites near Y": the conjunction opens the next item of the list; Y locates those sites,
  and X stays X (not "X and sites near Y").
- An attack told after the story's first event with nothing of its own but a toll on a source's word is
  news told, not a mention in passing.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 5, 7)
HEAD = "Cross-border strikes\n\nNEW DELHI - India fired missiles at nine sites in Pakistan early on Wednesday.\n\n"


def _incidents(ex, text):
    return ex.extract(HEAD + text, id="t", published=DAY).incidents


def test_a_listed_place_is_not_joined_to_the_next_items_reference_point(ex):
    found = _incidents(ex, "The missiles hit a seminary in Bahawalpur and camps near Kotli, the army said.")
    assert all(" and " not in (i.location or "") for i in found), found


def test_a_place_near_a_town_is_still_written_with_it(ex):
    # control: "X forestry near Y" with no conjunction stays one place, written as told
    found = _incidents(ex, "Shelling hit the Leepa valley forest near Muzaffarabad on Wednesday, killing two.")
    assert any("near Muzaffarabad" in (i.location or "") or i.location == "Muzaffarabad" for i in found), found


def test_a_toll_of_its_own_on_a_sources_word_is_news(ex):
    found = _incidents(ex, "Mortar exchanges along the frontier killed nine villagers on the Indian side, police said.")
    shelling = [i for i in found if i.type == "shelling"]
    assert shelling and shelling[0].casualties.killed == 9, found


def test_a_bare_mention_with_no_toll_still_passes(ex):
    # control: an attack told in passing, with neither day, place nor toll of its own, adds no incident
    found = _incidents(ex, "Pakistan has long denied backing the attacks, officials said.")
    assert [i.type for i in found] == ["missile_attack"], found
