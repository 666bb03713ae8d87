"""Where a source speaks from ("a security source in Anbar said") is no scene when the sentence names one."""

from datetime import date


def _places(ex, text):
    return [i.location for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_base_before_verb_beats_source_post(ex):
    text = "Air defences at Ain al-Asad air base shot down three drones on Friday, a military source in Anbar said."
    assert _places(ex, text) == ["Ain al-Asad air base"]


def test_source_post_is_scene_when_alone(ex):
    assert _places(ex, "Three drones were shot down on Friday, a military source in Anbar said.") == ["Anbar"]


def test_scene_after_verb_stays(ex):
    text = "A roadside bomb hit an army patrol in Tarmiyah on Friday, killing two soldiers, police said."
    assert _places(ex, text) == ["Tarmiyah"]
