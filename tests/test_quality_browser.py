"""Accessibility (axe-core, WCAG 2.1 AA), privacy and offline use, on every page type."""

from __future__ import annotations


import pytest
from conftest import AXE_PATH, real_catalogue, screenshot, skip_to_content, tab_to

from wegwijzer import trees

pytestmark = pytest.mark.browser
CATALOGUE = real_catalogue()
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
              "resultTypes": ["violations"]}  # only violations are asserted; details of passes cost time


def _first(mapping):
    return next(iter(mapping))


def page_types() -> dict[str, str]:
    tree = _first(CATALOGUE.beslisbomen)
    _, paths = trees.walk(CATALOGUE.beslisbomen[tree].model)
    outcome = "/".join(map(str, paths[0].answers))
    types = {
        "home": "/",
        "overzicht": "/instrumenten/",
        "overzicht-gefilterd": "/instrumenten/?soort=regeling",
        "filterpagina": "/instrumenten/soort/regeling/",
        "instrument": f"/instrumenten/{_first(CATALOGUE.instruments)}/",
        "beslisbomen": "/beslisbomen/",
        "boom-start": f"/beslisbomen/{tree}/",
        "boom-structuur": f"/beslisbomen/{tree}/structuur/",
        "boom-vraag": f"/beslisbomen/{tree}/y/",
        "boom-uitkomst": f"/beslisbomen/{tree}/y/{outcome}/",
        "ihw": "/ihw/",
        "werkbladen": "/werkbladen/",
        "werkblad": "/werkbladen/takeninventarisatie/",
        "casussen": "/casussen/",
        "voor-trainers": "/voor-trainers/",
        "lesmap": "/voor-trainers/lesmap/inventariserend/",
        "situatiewijzer": "/situatiewijzer/",
        "situatiewijzer-vraag": "/situatiewijzer/verzuim/individu/",
        "situatiewijzer-advies": "/situatiewijzer/verzuim/individu/financieel/",
        "situatiewijzer-geen-precieze": "/situatiewijzer/langdurig/team/begeleiden/",
        "mijn-selectie": "/mijn-selectie/?selectie=jobcoaching,no-riskpolis,proefplaatsing",
        "adviesnotitie": "/adviesnotitie/?selectie=jobcoaching,no-riskpolis&fase=verzuim",
        "colofon": "/colofon/",
        "404": "/404.html",
    }
    if CATALOGUE.stappen:
        types["ihw-stap"] = f"/ihw/{_first(CATALOGUE.stappen)}/"
    if CATALOGUE.methode:
        types["ihw-rollen"] = "/ihw/rollen/"
    if CATALOGUE.casussen:
        types["casus"] = f"/casussen/{_first(CATALOGUE.casussen)}/"
    return types


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.1 AA violations on the page as it is now (axe from the test server)."""
    page.add_script_tag(url=page.site_url + AXE_PATH)
    return page.evaluate("options => axe.run(options)", WCAG_21_AA)["violations"]


@pytest.mark.parametrize("name, path", sorted(page_types().items()))
def test_no_axe_violations_and_no_other_origin(page, name, path):
    page.goto(page.site_url + path)
    violations = [  # requests made until axe is done are checked too
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
        for v in axe_violations(page)
    ]
    assert violations == [], name
    assert [u for u in page.requests if not u.startswith(page.site_url)] == []
    assert page.locator("meta[http-equiv='Content-Security-Policy']").count() == 1


@pytest.mark.search
def test_search_results_open_is_accessible(page):
    page.goto(page.site_url + "/")
    page.keyboard.press("/")  # Material's shortcut puts focus in the search box
    page.keyboard.type("subsidie")
    page.locator(".md-search-result__item").first.wait_for()
    screenshot(page, "zoeken-subsidie")
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in axe_violations(page)]
    assert violations == []
    assert [u for u in page.requests if not u.startswith(page.site_url)] == []


def test_skip_link_and_visible_focus(page):
    page.goto(page.site_url + f"/instrumenten/{_first(CATALOGUE.instruments)}/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text().strip() == "Ga naar inhoud"
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle + getComputedStyle(el).transform")
    assert outline
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    style = focused.evaluate("el => getComputedStyle(el).outlineStyle")
    assert style != "none"


def test_filter_overview_with_keyboard_only(page):
    page.goto(page.site_url + "/instrumenten/")
    total = page.locator(".ww-item").count()
    skip_to_content(page)
    for facet, label in (("Soort", "Regeling of subsidie"), ("Doelgroep", "Werkgever")):
        summary = page.locator("summary", has_text=facet)
        tab_to(page, summary)
        page.keyboard.press("Enter")  # opens the facet
        tab_to(page, page.get_by_role("checkbox", name=label))
        page.keyboard.press("Space")
    shown = page.locator(".ww-item:visible")
    assert 0 < shown.count() < total
    assert "soort=regeling" in page.url and "doelgroep=werkgever" in page.url
    assert page.locator("#ww-count").inner_text() == f"{shown.count()} van {total} hulpmiddelen"
    screenshot(page, "overzicht-gefilterd")
    page.reload()
    assert page.locator(".ww-item:visible").count() == shown.count()  # the URL keeps the filter
    link = shown.first.get_by_role("link")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/instrumenten/*/")
    assert page.locator(".ww-kind").count() == 1


def test_offline_site_from_a_folder(page, offline_tricky_site):
    page.goto((offline_tricky_site / "index.html").as_uri())
    page.locator("article").get_by_role("link", name="Instrumentenwijzer").click()
    assert page.url.endswith("instrumenten/index.html")
    page.locator(".ww-listing a").first.click()
    page.locator(".ww-kind").wait_for()
    page.goto((offline_tricky_site / "index.html").as_uri())
    page.locator("article").get_by_role("link", name="Beslisbomen").click()
    page.locator("article ul a").first.click()
    page.get_by_role("link", name="Start", exact=True).click()
    page.locator(".ww-options a").first.click()
    assert page.url.startswith("file://") and page.url.endswith(".html")
    page.goto((offline_tricky_site / "index.html").as_uri())
    page.locator("article").get_by_role("link", name="Situatiewijzer", exact=True).first.click()
    for name in ("fase", "niveau", "behoefte"):
        page.locator(f"#ww-sw-form input[name='{name}']").first.check()
    assert page.locator("#ww-sw-result .ww-card").count() >= 1
    page.locator("#ww-sw-result a.md-button").click()
    page.locator("article .ww-card").first.wait_for()
    assert page.url.startswith("file://") and page.url.endswith("index.html")
    page.goto((offline_tricky_site / "voor-trainers.html").as_uri())
    page.locator("article a.md-button").first.click()
    page.locator(".ww-lesmap-casus").first.wait_for()
    assert page.url.startswith("file://") and page.url.endswith("lesmap/inventariserend.html")
    page.goto((offline_tricky_site / "index.html").as_uri())
    page.keyboard.press("/")
    page.keyboard.type("subsidie")
    page.locator(".md-search-result__item").first.wait_for()
    screenshot(page, "offline-zoeken")
    assert all(url.startswith(("file://", "data:", "blob:")) for url in page.requests)


def test_trainers_page_and_lesmap_without_javascript(page_without_javascript):
    """The trainer's way in a classroom without scripts: trainers page, a role's lesmap, a case."""
    page = page_without_javascript
    page.goto(page.site_url + "/voor-trainers/")
    page.locator("article a.md-button").first.click()
    assert "/voor-trainers/lesmap/" in page.url
    assert page.locator(".ww-lesmap-casus").count() >= 1
    page.locator(".ww-lesmap-casus a").first.click()
    assert page.locator("article h1").count() == 1
    screenshot(page, "lesmap-zonder-js")
