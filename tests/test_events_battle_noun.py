"""A battle fought on the ground is a clash, as "clashes" is: "killed in the battles", "fierce battles broke
the blockade of X". A named or figurative battle ("the battle of X", "a legal battle", "a battle against
inflation", "an uphill battle") is none."""

from datetime import date

import pytest


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2031, 5, 2))
    return [(i.type, i.location, i.date, i.casualties.killed if i.casualties else None) for i in facts.incidents]


def test_a_battle_with_its_day_and_toll_is_a_clash(ex):
    text = "Heavy battles on Thursday lifted the months-long blockade of Kadugli, leaving 14 fighters dead, a monitor said."
    [(kind, place, day, killed)] = _incidents(ex, text)
    assert (kind, day, killed) == ("armed_clash", "2031-05-01", 14)
    assert "Kadugli" in place


def test_the_battles_referring_back_bring_their_toll_and_finer_place(ex):
    text = (
        "Fighting raged in Omdurman on Thursday, witnesses said. At least seven people died in the battles, "
        "which were centred on the Karari district of Omdurman."
    )
    [(kind, place, _day, killed)] = _incidents(ex, text)
    assert (kind, killed) == ("armed_clash", 7)
    assert place.startswith("Karari")


def test_clashes_control_reads_alike(ex):
    text = "Heavy clashes on Thursday lifted the months-long blockade of Kadugli, leaving 14 fighters dead, a monitor said."
    [(kind, _place, day, killed)] = _incidents(ex, text)
    assert (kind, day, killed) == ("armed_clash", "2031-05-01", 14)


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Kadugli faces an uphill battle on Thursday to pass his budget.",
        "The firm lost a legal battle in Omdurman on Thursday over unpaid fees.",
        "The central bank in Khartoum said on Thursday its battle against inflation would go on.",
        "Crowds in Omdurman marked on Thursday the anniversary of the battle of Omdurman.",
        "The singer spoke in Khartoum on Thursday about her long battle with cancer.",
    ],
)
def test_figurative_and_named_battles_give_nothing(ex, text):
    assert _incidents(ex, text) == []
