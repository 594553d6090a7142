"""Dutch search in the browser: realistic queries must find their page in the top 3."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.browser
QUERIES = yaml.safe_load((Path(__file__).parent / "data" / "search_queries.yml").read_text(encoding="utf-8"))
REQUIRED_HIT_RATE = 0.9


def top_results(page, query: str, count: int = 3) -> list[str]:
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(query)  # Material searches on key events, as a person types
    page.wait_for_function("() => /gevonden/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.wait_for_timeout(300)  # Material's worker answers each keystroke; let the last one land
    links = page.locator(".md-search-result__list > .md-search-result__item > a.md-search-result__link")
    hrefs = links.evaluate_all("els => els.map(e => new URL(e.href).pathname)")
    return list(dict.fromkeys(hrefs))[:count]  # a page's sections come as separate items


def open_search(page) -> None:
    page.goto(page.site_url + "/")
    page.keyboard.press("/")
    page.wait_for_function(
        "() => !/voorbereid/.test(document.querySelector('.md-search-result__meta').textContent)"
    )


def test_query_set_hit_rate(page):
    open_search(page)
    misses = []
    for case in QUERIES:
        found = top_results(page, case["zoek"])
        expected = case["verwacht"] if isinstance(case["verwacht"], list) else [case["verwacht"]]
        if not set(expected) & set(found):
            misses.append(f"{case['zoek']!r}: expected {case['verwacht']}, got {found}")
    hit_rate = 1 - len(misses) / len(QUERIES)
    print(f"search hit rate: {hit_rate:.0%} of {len(QUERIES)} queries; misses: {misses}")
    assert len(QUERIES) >= 30
    assert hit_rate >= REQUIRED_HIT_RATE, "\n".join(misses)


@pytest.mark.parametrize("query, entry, within", [
    # Dutch stemming finds inflected forms
    ("subsidies", "/instrumenten/loonkostensubsidie/", 5),
    ("jobcoaches", "/instrumenten/jobcoaching/", 5),
    ("werkplekaanpassingen", "/instrumenten/subsidie-werkplekaanpassing/", 5),
    # the adviser's entry and the glossary are found
    ("situatiewijzer", "/situatiewijzer/", 3),
    ("welk instrument past", "/situatiewijzer/", 3),
    ("woordenlijst", "/woordenlijst/", 3),
])
def test_query_finds_its_page(page, query, entry, within):
    open_search(page)
    assert entry in top_results(page, query, count=within)
