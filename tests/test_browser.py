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
    for user in ("Werkgever", "Arbeidsdeskundige of adviseur", "Trainer"):
        assert page.locator(".ww-entries strong", has_text=user).first.is_visible()
    screenshot(page, "home")
    page.set_viewport_size({"width": 390, "height": 800})
    screenshot(page, "home-telefoon")
    assert only_own_origin(page) == []


def test_follow_link_from_home_to_an_instrument(page):
    page.goto(page.site_url + "/")
    page.locator("article").get_by_role("link", name="Instrumentenwijzer").click()
    page.wait_for_url("**/instrumenten/")
    page.locator(".ww-listing").get_by_role("link", name="Loonkostensubsidie", exact=True).click()
    page.wait_for_url("**/instrumenten/loonkostensubsidie/")
    assert heading(page) == "Loonkostensubsidie"
    h2 = headings(page, "article h2")
    assert h2[:3] == ["Wat is het?", "Wanneer zet u het in?", "Hoe past u het toe?"]
    assert "Bronnen" in h2
    assert page.locator(".admonition-title", has_text="Controleer de actuele voorwaarden").is_visible()
    screenshot(page, "instrument-loonkostensubsidie")
    assert only_own_origin(page) == []


DIALOGS_SEEN_BY_EARLIER_TESTS: list[str] = []


@pytest.mark.parametrize("visit", [1, 2])
def test_every_test_starts_as_a_new_visitor(page, visit):
    """Tests share one browser tab per process (opening one is costly); each still starts with
    nothing stored, as the selection and the worksheets assume, on screen media at the usual size,
    with no listener of another test. Run in one process, the second visit fails if the first
    one's storage, cookie, emulation, viewport or dialog handler is left behind."""
    page.goto(page.site_url + "/")
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.context.cookies() == []
    assert page.evaluate("matchMedia('print').matches") is False
    assert page.evaluate("innerWidth") == 1200
    assert page.requests[0] == page.site_url + "/"  # only this test's requests
    page.evaluate("alert('proef')")  # dismissed by Playwright, unless a listener is left
    assert DIALOGS_SEEN_BY_EARLIER_TESTS == []
    page.on("dialog", lambda dialog: (DIALOGS_SEEN_BY_EARLIER_TESTS.append(dialog.message), dialog.dismiss()))
    page.evaluate("localStorage.setItem('ww-proef', '1'); sessionStorage.setItem('ww-proef', '1');"
                  "document.cookie = 'ww-proef=1; path=/'")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 390, "height": 800})
