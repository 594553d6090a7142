"""Walking each beslisboom as a person does: keyboard only, change an answer, print, no JavaScript."""

from __future__ import annotations

import pytest
from conftest import ROOT, heading, screenshot, tab_to

from wegwijzer import trees
from wegwijzer.catalogue import build_catalogue

pytestmark = pytest.mark.browser
CATALOGUE = build_catalogue(ROOT)
TREES = sorted(CATALOGUE.beslisbomen)


def first_path(slug: str) -> trees.Path:
    _, paths = trees.walk(CATALOGUE.beslisbomen[slug].model)
    return max(paths, key=lambda p: len(p.answers))  # the longest: most questions


def walk_with_keyboard(page, slug: str, path: trees.Path) -> None:
    boom = CATALOGUE.beslisbomen[slug].model
    page.goto(f"{page.site_url}/beslisbomen/{slug}/")
    tab_to(page, page.get_by_role("link", name="Start", exact=True))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    for question, answer in zip(path.asked, path.answers):
        assert heading(page) == boom.vragen[question].vraag
        tab_to(page, page.locator(".ww-options a").nth(answer - 1))
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert heading(page) == boom.uitkomsten[path.outcome].titel


@pytest.mark.parametrize("slug", TREES)
def test_walk_change_and_print(page, slug):
    path = first_path(slug)
    boom = CATALOGUE.beslisbomen[slug].model
    walk_with_keyboard(page, slug, path)
    screenshot(page, f"boom-{slug}-uitkomst")

    answers = page.locator(".ww-answers table tbody tr")
    assert answers.count() == len(path.answers)
    page.go_back()
    assert heading(page) == boom.vragen[path.asked[-1]].vraag  # back is the last question
    page.go_forward()
    page.reload()
    assert heading(page) == boom.uitkomsten[path.outcome].titel  # reload keeps the state

    page.locator(".ww-answers table").get_by_role("link").first.click()
    assert heading(page) == boom.vragen[path.asked[0]].vraag  # changing the first answer
    screenshot(page, f"boom-{slug}-wijzigen")

    page.go_back()
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden()
    assert page.locator(".md-sidebar--primary").is_hidden()
    screenshot(page, f"boom-{slug}-print")
    assert [u for u in page.requests if not u.startswith(page.site_url)] == []


def test_tree_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.site_url = site_url
    slug = TREES[0]
    walk_with_keyboard(page, slug, first_path(slug))
    screenshot(page, f"boom-{slug}-zonder-js")
    context.close()


def test_walk_the_ihw_steps_with_the_keyboard(page):
    """From step 1, 'next' by keyboard leads through all nine steps in order."""
    steps = list(CATALOGUE.stappen.values())
    page.goto(f"{page.site_url}/ihw/{steps[0].slug}/")
    for current, following in zip(steps, steps[1:]):
        assert heading(page) == f"Stap {current.model.nummer}: {current.model.naam}"
        tab_to(page, page.locator(".ww-pager a.ww-next"), limit=400)
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert heading(page) == f"Stap {steps[-1].model.nummer}: {steps[-1].model.naam}"
    assert page.locator(".ww-pager a.ww-next").count() == 0
    assert page.locator(".ww-pager a.ww-prev").count() == 1
    screenshot(page, "ihw-stap-9")
