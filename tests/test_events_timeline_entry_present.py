"""A timeline's entry, a line opening with its day and a dash, tells its day's deeds in the present ("Jan. 20 -
Militants fire rockets at the base"): those verbs are events; an infinitive or a modal's verb there is not."""

from datetime import date


def _incidents(ex, text):
    return ex.extract(text, id="x", published=date(2024, 2, 2)).incidents


def test_present_tense_deeds_of_dated_entries_are_events(ex):
    text = (
        "Timeline: attacks on foreign forces\n\n"
        "Jan. 20 - Armed men fire rockets and missiles at the Ain al-Asad base in western Iraq.\n\n"
        "Oct. 17, 2023 - Gunmen ambush a patrol near Kirkuk, killing two soldiers.\n"
    )
    got = [(i.type, str(i.date)) for i in _incidents(ex, text)]
    assert ("rocket_attack", "2024-01-20") in got
    assert ("armed_clash", "2023-10-17") in got


def test_an_entry_threat_to_fire_is_no_launch(ex):
    text = "Timeline\n\nJan. 20 - The group says it will fire rockets at the base if the troops stay.\n"
    assert all(i.type != "rocket_attack" for i in _incidents(ex, text))


def test_present_outside_an_entry_stays_no_event(ex):
    text = "Militias fire rockets at foreign bases in Iraq from time to time, officials say."
    assert _incidents(ex, text) == ()
