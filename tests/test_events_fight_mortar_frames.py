"""A fight told by its verb is a clash when its subject slot holds armed men and what follows tells with whom or
how long ("rival militias fought for hours near X"); a camp "mortared" was shelled. Controls: "he fought in
the war", "doctors fought for hours to save", "fought off an attack" (the attack's own event, unchanged)."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_militias_fought_for_hours(ex):
    assert _types(ex, "Rival clan militias fought for hours near Galkayo on Monday, leaving at least ten dead, elders said.") == [
        ("armed_clash", "Galkayo")
    ]
    assert _types(ex, "Militiamen and soldiers fought each other near Beni on Sunday, residents said.") == [("armed_clash", "Beni")]


def test_insurgents_mortared_a_camp(ex):
    assert _types(ex, "Insurgents mortared a military camp near Mocimboa da Praia on Tuesday.") == [
        ("shelling", "Mocimboa da Praia")
    ]


def test_fights_of_no_armed_subject_are_no_events(ex):
    assert _types(ex, "He fought in the war before joining the ministry in Kabul on Monday, after troops were deployed.") == []
    assert _types(ex, "Nurses fought for hours to save a patient in Kano on Monday, after troops were deployed.") == []


def test_fought_off_is_unchanged(ex):
    assert _types(ex, "Villagers fought off an attack by bandits in Zurmi on Wednesday.") == [("armed_clash", "Zurmi")]
