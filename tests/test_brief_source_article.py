"""How the incident log words its sources: a bare singular noun takes its article ("the army"),
while names, plurals and phrases with their own determiner stay as the report wrote them."""

from __future__ import annotations

from reporter.brief.textfmt import according_to


def test_bare_singular_source_reads_with_its_article():
    assert according_to(["police (Gulf Courier)"]) == " According to the police (Gulf Courier)."
    assert according_to(["navy spokesman"]) == " According to the navy spokesman."


def test_named_plural_and_determined_sources_stay():
    said = ["Reuters", "officials", "a security official", "two local sources (Wire)"]
    assert according_to(said) == " According to Reuters; officials; a security official; two local sources (Wire)."
    assert according_to(["spokeswoman Lina Haddad"]) == " According to spokeswoman Lina Haddad."
