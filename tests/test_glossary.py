"""Each page explains the glossary terms it uses, and carries no others."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from wegwijzer.glossary import Glossary
from wegwijzer.models import Woord

BRON = {"seed": "004_f73977c3411f9a85.txt", "vindplaats": "tabel"}
GLOSSARY = Glossary([
    Woord(term="AKC", uitleg="Arbeidsdeskundig Kennis Centrum.", bron=BRON),
    Woord(term="AM-er", uitleg="Assistent administratief medewerker.", bron=BRON),
    Woord(term="tweede spoor", uitleg="Re-integratie bij een andere werkgever.", bron=BRON),
])


def test_a_page_gets_the_definitions_of_the_terms_it_uses_in_glossary_order():
    text = "Het tweede spoor begint bij het AKC. Een AM-er werkt mee.\n"
    assert GLOSSARY.for_page(text) == (
        "\n*[AKC]: Arbeidsdeskundig Kennis Centrum."
        "\n*[AM-er]: Assistent administratief medewerker."
        "\n*[tweede spoor]: Re-integratie bij een andere werkgever.\n"
    )


def test_only_whole_terms_with_the_same_case_count():
    # The abbr extension explains only these, so a definition for them would be dead weight.
    assert GLOSSARY.for_page("AKCS en akc en Tweede spoor en tweede sporen\n") == ""


def test_no_glossary_adds_nothing():
    assert Glossary([]).for_page("AKC\n") == ""


def test_a_line_seen_before_is_searched_again_for_another_glossary():
    # Lines are searched once and their terms kept, per glossary: a catalogue whose glossary
    # changed (an edit while serving) must not get the terms the old one found.
    line = "Het AKC en het tweede spoor.\n"
    assert "AKC" in GLOSSARY.for_page(line)
    other = Glossary([Woord(term="spoor", uitleg="Een weg naar werk.", bron=BRON)])
    assert other.for_page(line) == "\n*[spoor]: Een weg naar werk.\n"


@pytest.mark.parametrize("field", ["term", "uitleg"])
def test_a_term_or_its_explanation_on_two_lines_is_refused(field):
    # The definition is one line at the end of the page; a second line would become page text.
    woord = {"term": "AKC", "uitleg": "Arbeidsdeskundig Kennis Centrum.", "bron": BRON}
    with pytest.raises(ValidationError, match="regeleinde"):
        Woord(**{**woord, field: "tweede\n# spoor"})


def test_built_pages_explain_a_term_where_it_is_used(built_site):
    page = (built_site / "woordenlijst" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="Arbeidsdeskundig Kennis Centrum.">AKC</abbr>' in page
