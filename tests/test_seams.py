"""The built site shows no workshop: no seed file names or document numbers, no English theme
text, and "u" as the only form of address outside quotations."""

from __future__ import annotations

import re

FORBIDDEN = {
    "seed file name": re.compile(r"0[0-4]_[0-9a-f]{16}\.txt"),
    "bare document number": re.compile(r"\(\s*00[0-4]\s*\)"),
    "English theme text": re.compile(
        r"Made with|404 - Not found|overeenkomende document|aria-label=\"(?:Header|Footer)\""
    ),
}
INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
# Quotations keep their source's words; scripts and data are not visitor text.
NOT_OURS = re.compile(
    r"<(q|blockquote|script|code|pre)\b[^>]*>.*?</\1>|<[^>]+>", re.DOTALL | re.IGNORECASE
)


ADDRESS = re.compile(r"https?://\S+")


def visitor_text(html: str) -> str:
    return ADDRESS.sub(" ", NOT_OURS.sub(" ", html))


def test_no_workshop_seams_in_any_page(built_site):
    pages = sorted(built_site.rglob("*.html"))
    found = {}
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for what, pattern in FORBIDDEN.items():
            for match in pattern.finditer(html):
                found.setdefault(what, []).append(f"{page.relative_to(built_site)}: {match[0]}")
        for match in INFORMAL.finditer(visitor_text(html)):
            found.setdefault("je/jij/jouw", []).append(f"{page.relative_to(built_site)}: {match[0]}")
    assert found == {}, {what: hits[:5] + [f"... {len(hits)} in all"] for what, hits in found.items()}


def test_the_seam_checks_can_fail():
    assert FORBIDDEN["seed file name"].search("zie 004_f73977c3411f9a85.txt")
    assert INFORMAL.search(visitor_text("<p>Wanneer zet je het in?</p>"))
    assert not INFORMAL.search(visitor_text("<p>Citaat: <q>hoe creëer je banen</q></p>"))


def test_dutch_404_leads_onward(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Deze pagina bestaat niet" in html
    for target in ("situatiewijzer/", "beslisbomen/", "instrumenten/"):
        assert target in html


def test_footer_links_colofon_privacy_and_accessibility(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    for page in ("colofon", "privacy", "toegankelijkheid"):
        assert f'{page}/"' in html
        assert (built_site / page / "index.html").is_file()
