"""Worksheets: what a person types stays in their browser, survives a reload, and can be cleared."""

from __future__ import annotations

import json

import pytest
from conftest import screenshot

pytestmark = pytest.mark.browser
URL = "/werkbladen/takeninventarisatie/"


def test_fill_reload_save_clear_print(page, tmp_path):
    page.goto(page.site_url + URL)
    first = page.get_by_label("Taak, rij 1", exact=True)
    first.fill("Post rondbrengen")
    page.get_by_label("Belastende factoren, rij 1", exact=True).fill("Veel lopen")

    page.reload()
    assert page.get_by_label("Taak, rij 1", exact=True).input_value() == "Post rondbrengen"

    with page.expect_download() as download:
        page.get_by_role("button", name="Opslaan als bestand").click()
    saved = tmp_path / "werkblad.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text())["velden"]["r1k1"] == "Post rondbrengen"

    page.emulate_media(media="print")
    assert page.get_by_role("button", name="Afdrukken").is_hidden()
    screenshot(page, "werkblad-print")
    page.emulate_media(media="screen")

    page.get_by_role("button", name="Alles wissen").click()
    assert page.get_by_label("Taak, rij 1", exact=True).input_value() == ""
    page.reload()
    assert page.get_by_label("Taak, rij 1", exact=True).input_value() == ""

    page.locator("input.ww-bestand").set_input_files(str(saved))
    from playwright.sync_api import expect  # a browser-test package

    expect(page.get_by_role("status")).to_have_text("Het bestand is geopend.")  # read async
    assert page.get_by_label("Taak, rij 1", exact=True).input_value() == "Post rondbrengen"
    screenshot(page, "werkblad-ingevuld")
    assert [u for u in page.requests if not u.startswith(page.site_url)] == []


def test_without_javascript_it_is_a_blank_printable_form(page_without_javascript):
    page = page_without_javascript
    page.goto(page.site_url + URL)
    assert page.get_by_role("button", name="Afdrukken").is_hidden()
    assert page.get_by_label("Taak, rij 10", exact=True).is_visible()
