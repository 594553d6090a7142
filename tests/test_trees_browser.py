"""Walking each beslisboom as a person does: keyboard only, change an answer, print, no JavaScript."""

from __future__ import annotations

import pytest
from conftest import heading, headings, real_catalogue, screenshot, skip_to_content, tab_to

from wegwijzer import trees

pytestmark = pytest.mark.browser
CATALOGUE = real_catalogue()
TREES = sorted(CATALOGUE.beslisbomen)


def first_path(slug: str) -> trees.AnswerPath:
    _, paths = trees.walk(CATALOGUE.beslisbomen[slug].model)
    return max(paths, key=lambda p: len(p.answers))  # the longest: most questions


def walk_with_keyboard(page, slug: str, path: trees.AnswerPath) -> None:
    boom = CATALOGUE.beslisbomen[slug].model
    page.goto(f"{page.site_url}/beslisbomen/{slug}/")
    skip_to_content(page)
    tab_to(page, page.get_by_role("link", name="Start", exact=True))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    index = 0
    while index < len(path.answers):
        question = path.asked[index]
        assert heading(page) == boom.vragen[question].vraag
        skip_to_content(page)
        checkboxes = page.locator("form.ww-multi input[name=optie]")
        if page.locator("form.ww-multi").is_visible():
            # Several answers may apply: tick them with the keyboard, then 'Verder'.
            count = checkboxes.count()
            chosen = path.answers[index:index + count]
            for box, answer in zip(range(count), chosen):
                if answer == trees.YES:
                    tab_to(page, checkboxes.nth(box))
                    page.keyboard.press("Space")
            if trees.YES not in chosen:
                tab_to(page, page.locator("form.ww-multi input[name=geen]"))
                page.keyboard.press("Space")
            tab_to(page, page.locator("form.ww-multi button[type=submit]"))
            index += count
        else:
            tab_to(page, page.locator(".ww-options a").nth(path.answers[index] - 1))
            index += 1
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert heading(page) == outcome_heading(boom, path)


def outcome_heading(boom, path: trees.AnswerPath) -> str:
    if len(path.outcomes) > 1:
        return "Uw advies voor elk van uw keuzes"
    return boom.uitkomsten[path.outcome].titel


def asks_several_at_once(slug: str) -> bool:
    boom = CATALOGUE.beslisbomen[slug].model
    return any(boom.vragen[q].meerdere for q in first_path(slug).asked)


# Every tree's pages are one of two kinds (a question as links, or as a form that ticks several
# answers), with the same script: going back, reloading, changing an answer and printing, and
# the walk without JavaScript, are tried on one tree of each kind; every tree is walked.
ONE_OF_EACH_FORM = sorted({
    next(s for s in TREES if asks_several_at_once(s)),
    next(s for s in TREES if not asks_several_at_once(s)),
})


@pytest.mark.parametrize("slug", TREES)
def test_walk_with_the_keyboard(page, slug):
    path = first_path(slug)
    walk_with_keyboard(page, slug, path)
    screenshot(page, f"boom-{slug}-uitkomst")
    assert page.locator(".ww-answers table tbody tr").count() == len(path.answers)
    if slug in ONE_OF_EACH_FORM:
        back_reload_change_and_print(page, slug, path)
    assert [u for u in page.requests if not u.startswith(page.site_url)] == []


def back_reload_change_and_print(page, slug: str, path: trees.AnswerPath) -> None:
    boom = CATALOGUE.beslisbomen[slug].model
    page.go_back()
    assert heading(page) == boom.vragen[path.asked[-1]].vraag  # back is the last question
    page.go_forward()
    page.reload()
    assert heading(page) == outcome_heading(boom, path)  # reload keeps the state

    page.locator(".ww-answers table").get_by_role("link").first.click()
    assert heading(page) == boom.vragen[path.asked[0]].vraag  # changing the first answer
    screenshot(page, f"boom-{slug}-wijzigen")

    page.go_back()
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden()
    assert page.locator(".md-sidebar--primary").is_hidden()
    screenshot(page, f"boom-{slug}-print")


@pytest.mark.parametrize("slug", ONE_OF_EACH_FORM)
def test_tree_works_without_javascript(page_without_javascript, slug):
    walk_with_keyboard(page_without_javascript, slug, first_path(slug))
    screenshot(page_without_javascript, f"boom-{slug}-zonder-js")


def test_walk_the_ihw_steps_with_the_keyboard(page):
    """The steps are in the navigation in their order: from step 1, the footer's 'Volgende' link
    names the next step, and the keyboard (Material's 'n' for the next page; the link itself is
    in the tab order after the article) leads through all nine steps."""
    steps = sorted(CATALOGUE.stappen.values(), key=lambda e: e.model.nummer)
    page.goto(f"{page.site_url}/ihw/{steps[0].slug}/")
    for current, following in zip(steps, steps[1:]):
        assert heading(page) == f"Stap {current.model.nummer}: {current.model.naam}"
        assert page.locator(".md-nav--primary a.md-nav__link--active").inner_text().strip() == heading(page)
        next_link = page.locator("a.md-footer__link--next")
        assert f"Stap {following.model.nummer}" in next_link.inner_text()
        assert next_link.get_attribute("tabindex") != "-1"
        with page.expect_navigation():
            page.keyboard.press("n")
    assert heading(page) == f"Stap {steps[-1].model.nummer}: {steps[-1].model.naam}"
    assert f"Stap {steps[-2].model.nummer}" in page.locator("a.md-footer__link--prev").inner_text()
    assert "Stap" not in page.locator("a.md-footer__link--next").inner_text()
    screenshot(page, "ihw-stap-9")


def test_several_answers_at_once_with_checkboxes(page):
    """'Geen van deze' together with an option is refused; two options lead to both outcomes."""
    slug = next(s for s in TREES if any(v.meerdere for v in CATALOGUE.beslisbomen[s].model.vragen.values()))
    boom = CATALOGUE.beslisbomen[slug].model
    visits, paths = trees.walk(boom)
    visit = next(v for v in visits if v.option == 0)
    page.goto(f"{page.site_url}/beslisbomen/{slug}/y/{''.join(f'{a}/' for a in visit.answers)}")
    form = page.locator("form.ww-multi")
    assert form.is_visible() and page.locator(".ww-options").is_hidden()
    boxes = form.locator("input[name=optie]")
    boxes.nth(0).check()
    form.locator("input[name=geen]").check()
    form.locator("button[type=submit]").click()
    assert form.locator(".ww-multi-error").is_visible()
    form.locator("input[name=geen]").uncheck()
    boxes.nth(1).check()
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    vraag = boom.vragen[visit.node]
    titles = headings(page, "article h2")
    for optie in vraag.opties[:2]:
        assert boom.uitkomsten[optie.volgende].titel in titles
    screenshot(page, f"boom-{slug}-meerdere")
