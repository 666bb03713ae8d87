"""Events: an interception told as under way ("forces were working to intercept them") is an attempt, not an
interception done; one told as done stays."""

from __future__ import annotations

from datetime import date


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 6, 14)).incidents]


def test_forces_working_to_intercept_made_no_interception(ex):
    text = (
        "Zedland launched some 60 drones toward Israel on Friday, the army said, adding that its air force was "
        "working to intercept them before they reached the border."
    )
    assert _types(ex, text) == ["drone_attack"]


def test_racing_to_shoot_down_made_no_interception(ex):
    text = "Dozens of drones were launched toward Israel on Friday, and jets were racing to shoot them down, the army said."
    assert "interception" not in _types(ex, text)


def test_an_interception_done_stays(ex):
    """Control: drones the forces intercepted were intercepted."""
    text = (
        "Zedland launched some 60 drones toward Israel on Friday, the army said, adding that its air force had "
        "intercepted them before they reached the border."
    )
    assert "interception" in _types(ex, text)
