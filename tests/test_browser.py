"""What a person does with the built site, in headless Chromium."""

from __future__ import annotations

import pytest
from conftest import heading, headings, screenshot

pytestmark = pytest.mark.browser


def only_own_origin(page) -> list[str]:
    return [url for url in page.requests if not url.startswith(page.site_url)]


def test_home_page_says_what_the_site_is_for(page):
    page.goto(page.site_url + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert heading(page) == "Wegwijzer inclusief werk"
    assert page.get_by_text("Arbeidsdeskundigen", exact=True).is_visible()
    screenshot(page, "home")
    assert only_own_origin(page) == []


def test_follow_link_from_home_to_an_instrument(page):
    page.goto(page.site_url + "/")
    page.locator("article").get_by_role("link", name="Instrumentenwijzer").click()
    page.wait_for_url("**/instrumenten/")
    page.locator(".ww-listing").get_by_role("link", name="Loonkostensubsidie", exact=True).click()
    page.wait_for_url("**/instrumenten/loonkostensubsidie/")
    assert heading(page) == "Loonkostensubsidie"
    h2 = headings(page, "article h2")
    assert h2[:6] == [
        "Wat is het?", "Wanneer zet je het in?", "Hoe pas je het toe?",
        "Wat levert het de werkgever op?", "Rol van de arbeidsdeskundige",
        "Wie biedt het aan, wie betaalt?",
    ]
    assert page.locator(".admonition-title", has_text="Controleer de actuele voorwaarden").is_visible()
    screenshot(page, "instrument-loonkostensubsidie")
    assert only_own_origin(page) == []
