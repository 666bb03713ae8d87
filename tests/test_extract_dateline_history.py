"""A yearless dateline takes no year from the deeds a story names as history ("the 2019 bus
bombing") nor any year before them, and a story marking a deed some years on ("the fourth
anniversary of", "six years since") is told that many years after the year it names."""

from datetime import date

from reporter.extract import infer_published


def test_a_year_worn_by_a_deed_is_no_dateline_year():
    text = (
        "AMMAN, March 9 (Reuters) - A military court on Wednesday jailed two men over the 2019 bus "
        "bombing near the border crossing, their lawyers said.\n\nThe men denied the charges."
    )
    assert infer_published(text) is None


def test_nor_is_a_year_before_it():
    text = (
        "LYON, Nov 20 (AFP) - Judges on Thursday heard the last witnesses in the trial over the 2016 "
        "depot attack.\n\nA second case concerns a fire at a warehouse in July 2014."
    )
    assert infer_published(text) is None


def test_an_anniversary_moves_the_named_year_on():
    text = (
        "KABUL, Aug 15 (AP) - Hundreds rallied on Friday to mark the fourth anniversary of the fall "
        "of the city in August 2021, chanting in the main square."
    )
    assert infer_published(text) == date(2025, 8, 15)


def test_years_since_a_deed_move_it_on_too():
    text = (
        "BAGHDAD, Jan 3 (Reuters) - Crowds gathered on Saturday, six years since the airport drone "
        "strike.\n\nThe 2020 strike nearly set off a war, speakers said."
    )
    assert infer_published(text) == date(2026, 1, 3)


def test_control_a_year_told_plainly_still_fixes_the_dateline():
    text = (
        "AMMAN, March 9 (Reuters) - Two rockets struck near the airport on Sunday, officials said. "
        "A similar salvo in 2025 caused no damage."
    )
    assert infer_published(text) == date(2025, 3, 9)


def test_control_a_later_year_beside_a_historic_one_is_kept():
    text = (
        "BEIRUT, Oct 2 (AP) - Protesters marched to the port on Thursday, still demanding answers over "
        "the 2020 port blast.\n\nA new cabinet took office in May 2025."
    )
    assert infer_published(text) == date(2025, 10, 2)
