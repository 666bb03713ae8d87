"""A state's force named by no country as the doer ("an army drone struck", "the military shelled"), in a story
that names one country only, where the event took place: the army is that country's own (GUIDE: the parties that
acted). Not when the story names another country, nor when the army was the target, nor for a crash."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text, where):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [list(i.actors) for i in incs if i.location == where]


@pytest.mark.parametrize(
    ("text", "where", "actor"),
    [
        ("Fighting went on in Sudan on Monday. In Khartoum, an army drone struck an RSF position on Sunday.", "Khartoum", "Sudan"),
        ("The army shelled RSF positions in Omdurman on Sunday. The RSF has fought the Sudanese army since 2023.", "Omdurman", "Sudan"),
        ("Army jets bombed RSF positions near Nyala on Saturday. The war in Sudan has killed tens of thousands.", "Nyala", "Sudan"),
        ("Pakistan's army said on Monday it had killed militants. The military shelled hideouts near Bannu on Sunday.", "Bannu", "Pakistan"),
    ],
)
def test_a_bare_army_is_the_story_s_one_country_s(ex, text, where, actor):
    assert _actors(ex, text, where) == [[actor]]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # another country named: whose army is not told
        ("In Khartoum, an army drone struck an RSF position on Sunday. Chad and Egypt have urged a truce in Sudan.", "Khartoum"),
        ("Israeli jets struck southern Lebanon on Monday. The army shelled villages near Tyre on Tuesday.", "Tyre"),
        # the army was the target
        ("Army positions in Omdurman were shelled on Sunday. The war in Sudan has killed tens of thousands.", "Omdurman"),
        # a crash has no doer
        ("An army helicopter crashed near Gao in Mali on Sunday, killing two crew.", "Gao"),
    ],
)
def test_near_miss_no_army_s_country(ex, text, where):
    assert _actors(ex, text, where) == [[]]


@pytest.mark.parametrize(
    ("text", "where", "actor"),
    [
        ("Regime forces shelled the village of Kansafra in southern Idlib on Tuesday, killing five people, a monitor said.", "Kansafra, Idlib", "Syria"),
        ("Regime jets bombed a market in Maaret al-Numan in Idlib province on Sunday, killing 12 people.", "Maaret al-Numan, Idlib province", "Syria"),
        ("Junta forces carried out an air strike on a village in Sagaing Region's Kani Township on Tuesday, residents said.", "Kani Township, Sagaing Region", "Myanmar"),
        ("Government forces shelled villages near Omdurman on Sunday, killing six people. The war in Sudan goes on.", "Omdurman", "Sudan"),
        ("The army carried out an air strike on a market near Nyala on Saturday. The war in Sudan has killed thousands.", "Nyala", "Sudan"),
    ],
)
def test_a_regime_s_junta_s_or_government_s_forces_are_the_state_s(ex, text, where, actor):
    assert _actors(ex, text, where) == [[actor]]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the government's building was the target, and the regime was only blamed
        ("Militants attacked a government building in Kansafra in southern Idlib on Tuesday, killing five guards.", "Kansafra, Idlib"),
        ("The regime was blamed after a shell struck a market in Kansafra in southern Idlib on Tuesday.", "Kansafra, Idlib"),
    ],
)
def test_near_miss_a_government_s_target_or_the_regime_blamed(ex, text, where):
    assert _actors(ex, text, where) == [[]]


def test_near_miss_gunmen_loyal_to_the_former_regime(ex):
    text = "Gunmen loyal to the former regime ambushed a patrol near Jableh in Latakia on Thursday, killing 13 guards."
    assert _actors(ex, text, "Jableh") == [[]]
