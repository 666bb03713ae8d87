"""'Was the target of an attack' tells one attack (a communique's way of saying "was attacked"); "a frequent target
of attacks" and one "every week" stay a pattern, no event."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location, i.date) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_patrol_target_of_a_complex_attack(ex):
    assert _types(ex, "On 9 March 2025, a FAMa patrol was the target of a complex attack by armed terrorist groups near Tessit.") == [
        ("armed_clash", "Tessit", "2025-03-09")
    ]


def test_target_of_attacks_is_a_pattern(ex):
    assert _types(ex, "The base has been a frequent target of attacks by militants near Menaka since 2023.") == []
    assert _types(ex, "Army convoys are the target of an attack almost every week near Menaka, officials say.") == []
