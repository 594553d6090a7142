"""An adviser describes a situation with the keyboard alone: with JavaScript on one page, without
it through one page per question."""

from __future__ import annotations

import pytest
from conftest import heading, screenshot, skip_to_content, tab_to

from wegwijzer.pages_situatiewijzer import QUESTIONS

pytestmark = pytest.mark.browser
CHOICES = ("verzuim", "individu", "financieel")


def open_from_home(page) -> None:
    page.goto(page.site_url + "/")
    skip_to_content(page)
    tab_to(page, page.locator("article a[href$='situatiewijzer/']").first)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert heading(page) == "Situatiewijzer"


def test_choose_a_situation_with_the_keyboard(page):
    open_from_home(page)
    assert page.locator("#ww-sw-static").is_hidden()
    skip_to_content(page)
    for (name, _, labels), value in zip(QUESTIONS, CHOICES):
        tab_to(page, page.locator(f"#ww-sw-form input[name='{name}']").first)
        page.keyboard.press("Space")
        for _ in range(list(labels).index(value)):
            page.keyboard.press("ArrowDown")  # a radio group moves and checks with the arrows
        assert page.locator(f"#ww-sw-form input[value='{value}']").is_checked()
    assert "fase=verzuim" in page.url and "niveau=individu" in page.url and "behoefte=financieel" in page.url
    cards = page.locator("#ww-sw-result .ww-card")
    assert cards.count() >= 3
    screenshot(page, "situatiewijzer-met-js")
    page.reload()
    assert cards.count() >= 3  # the address keeps the choice
    skip_to_content(page)
    tab_to(page, page.locator("#ww-sw-result a.md-button"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert heading(page) == "Instrumenten voor uw situatie"
    assert page.locator(".ww-card blockquote").count() == page.locator(".ww-card h3").count()
    assert page.locator(".ww-answers table tbody tr").count() == 3
    screenshot(page, "situatiewijzer-advies")
    page.set_viewport_size({"width": 390, "height": 800})
    screenshot(page, "situatiewijzer-advies-telefoon")
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden()
    assert page.locator(".ww-card").first.is_visible()
    assert [u for u in page.requests if not u.startswith(page.site_url)] == []


def test_an_address_with_unknown_values_selects_only_known_ones(page):
    page.goto(page.site_url + "/situatiewijzer/?fase=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&niveau=team")
    assert page.locator("#ww-sw-form input[value='team']").is_checked()
    assert page.locator("#ww-sw-form input:checked").count() == 1
    assert page.locator("main img").count() == 0


def test_situatiewijzer_works_without_javascript(page_without_javascript):
    page = page_without_javascript
    open_from_home(page)
    for (_, _, labels), value in zip(QUESTIONS, CHOICES):
        skip_to_content(page)
        tab_to(page, page.locator(".ww-options a", has_text=labels[value][0]))
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert heading(page) == "Instrumenten voor uw situatie"
    assert page.locator(".ww-card").count() >= 3
    screenshot(page, "situatiewijzer-zonder-js")
    page.locator(".ww-answers table").get_by_role("link").nth(1).click()
    assert heading(page) == QUESTIONS[1][1]  # 'wijzigen' returns to that question
