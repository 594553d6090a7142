"""Mijn selectie: keep instruments with the keyboard, compare them, print an advice note."""

from __future__ import annotations

import io
import re

import pytest
from conftest import screenshot, skip_to_content, tab_to

pytestmark = pytest.mark.browser
CHOSEN = ["jobcoaching", "no-riskpolis", "loonkostensubsidie", "proefplaatsing"]


def keep_with_keyboard(page, slug: str) -> None:
    page.goto(f"{page.site_url}/instrumenten/{slug}/")
    button = page.locator("button.ww-select")
    skip_to_content(page)
    tab_to(page, button)
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-pressed") == "true"
    assert "Bewaard in uw selectie" in page.locator(".ww-select-status").inner_text()


def test_keep_compare_and_print_a_note_with_the_keyboard(page):
    # From the situatiewijzer: choose a situation, keep two of its instruments there.
    page.goto(page.site_url + "/situatiewijzer/?fase=toeleiding&niveau=individu&behoefte=financieel")
    skip_to_content(page)
    for slug in CHOSEN[:2]:
        button = page.locator(f"#ww-sw-result button.ww-select[data-slug='{slug}']")
        tab_to(page, button)
        page.keyboard.press("Enter")
        assert button.get_attribute("aria-pressed") == "true"
    for slug in CHOSEN[2:]:  # and two more from their own pages
        keep_with_keyboard(page, slug)
    page.goto(page.site_url + "/mijn-selectie/")
    assert "selectie=" + "%2C".join(CHOSEN) in page.url  # mirrored in the address
    table = page.locator("table.ww-compare")
    assert table.locator("caption").inner_text() == "Vergelijking van 4 instrumenten"
    assert table.locator("thead th[scope=col]").count() == 4
    assert table.locator("tbody th[scope=row]").count() >= 6
    screenshot(page, "selectie-vergelijking")
    page.set_viewport_size({"width": 390, "height": 800})
    screenshot(page, "selectie-vergelijking-telefoon")
    first_label = table.locator("tbody th").first.bounding_box()
    assert first_label["x"] >= 0 and first_label["width"] > 40  # row labels kept on a phone
    page.set_viewport_size({"width": 1200, "height": 900})
    page.reload()
    assert table.locator("thead th[scope=col]").count() == 4  # a reload keeps the selection
    skip_to_content(page)
    tab_to(page, page.locator("#ww-sel-note"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    names = [n.rsplit(" (", 1)[0] for n in page.locator(".ww-note-name").all_inner_texts()]
    assert len(names) == 4
    assert page.locator("#ww-note-body dl").inner_text().count("\n") >= 2  # the chosen situation
    page.emulate_media(media="print")
    from pypdf import PdfReader  # a browser-test package, imported where used

    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pdf.pages))
    for name in names:
        assert name in text
    assert "Wat het u als werkgever oplevert" in text and "Volgende stappen" in text
    assert "Wegwijzer inclusief werk" in text and "afgedrukt op" in text
    screenshot(page, "adviesnotitie-print")
    print(f"\nadviesnotitie: {len(pdf.pages)} A4 pages for 4 instruments")
    assert len(pdf.pages) <= 2  # A4, one or two pages


def test_untrusted_selection_in_the_address_is_cleaned(page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page.site_url + "/mijn-selectie/?selectie=jobcoaching,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,"
              "jobcoaching,bestaat-niet," + ",".join(f"x{n}" for n in range(50)))
    status = page.locator(".ww-sel-status").inner_text()
    assert "weggelaten" in status and "bestaat-niet" in status
    assert page.url.endswith("selectie=jobcoaching")
    assert page.locator("main img").count() == 0 and dialogs == []


def test_parse_handles_bad_unknown_duplicate_and_oversized_input(page):
    page.goto(page.site_url + "/mijn-selectie/")
    parse = "([text, known]) => WegwijzerSelectie.parse(text, known)"
    known = {f"i{n}": 1 for n in range(20)} | {"a": 1, "b": 1}
    assert page.evaluate(parse, ["a,b,a,,  b ", known])["slugs"] == ["a", "b"]
    result = page.evaluate(parse, ["a,Onbekend!,c,<script>", known])
    assert result["slugs"] == ["a"] and result["unknown"] == ["Onbekend!", "c", "<script>"]
    big = page.evaluate(parse, [",".join(f"i{n}" for n in range(20)), known])
    assert len(big["slugs"]) == 12 and big["truncated"] is True
    assert page.evaluate(parse, [None, known])["slugs"] == []


def test_storage_that_fails_gets_no_confirmation(browser, site_url):
    context = browser.new_context()
    context.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new Error('privé'); }})")
    page = context.new_page()
    page.goto(site_url + "/instrumenten/jobcoaching/")
    page.locator("button.ww-select").click()
    assert page.locator("button.ww-select").get_attribute("aria-pressed") == "false"
    assert "bewaart de selectie niet" in page.locator(".ww-select-status").inner_text()
    context.close()


def test_without_javascript_the_pages_say_what_they_need(page_without_javascript):
    page = page_without_javascript
    for path in ("/mijn-selectie/", "/adviesnotitie/"):
        page.goto(page.site_url + path)
        assert page.locator(".ww-needs-js").is_visible()
    page.goto(page.site_url + "/instrumenten/jobcoaching/")
    assert page.locator("button.ww-select").is_hidden()
