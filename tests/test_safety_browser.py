"""Catalogue text that passes validation stays text in the browser; the CSP allows no inline script
except the theme's listed ones."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from conftest import SEARCH_ANSWERED, SEARCH_READY, serving, without_pages

pytestmark = pytest.mark.browser

# Pages of the shared offline build (OFFLINE=true: no directory URLs), one of each kind with edited text.
PAGES = [
    "index.html", "instrumenten/index.html", "instrumenten/proefplaatsing.html", "instrumenten/soort/regeling.html",
    "beslisbomen/index.html", "beslisbomen/werk-aanpassen/index.html", "beslisbomen/werk-aanpassen/y/index.html",
    "ihw/index.html", "ihw/arbeidsanalyse.html", "casussen/index.html", "casussen/nina-inclusief-werkgeverschap.html",
    "werkbladen/takeninventarisatie.html", "voor-trainers.html",
]


def _csp(html: str) -> str:
    return re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)[1]


def _inline_scripts(html: str) -> list[str]:
    return [
        body for attrs, body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S)
        if "application/json" not in attrs  # data, not run
    ]


def test_csp_allows_scripts_only_from_files_and_listed_hashes(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        html = page.read_text(encoding="utf-8")
        script_src = re.search(r"script-src ([^;]+)", _csp(html))[1]
        assert "'unsafe-inline'" not in script_src, page
        for body in _inline_scripts(html):
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in script_src, (
                f"{page}: an inline script of the theme changed; list its hash in "
                f"docs/overrides/main.html: {body[:80]!r}"
            )


@pytest.fixture(scope="module")
def tricky_urls(offline_tricky_site):
    """The site twice: without search documents for the page visits (the worker would index them
    after every page load, most of this test's time), and as built for the search."""
    index = without_pages(offline_tricky_site / "search" / "search_index.json")
    with serving(offline_tricky_site, index) as pages_url, serving(offline_tricky_site) as search_url:
        yield pages_url, search_url


class _Attributes(HTMLParser):
    """Every event-handler attribute and link target, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[str] = []
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.handlers += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]
        self.targets += [value or "" for name, value in attrs if name in ("href", "src")]


def test_tricky_text_stays_text_in_html_and_search_index(offline_tricky_site):
    index = (offline_tricky_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Proef" in index
    for document in json.loads(index)["docs"]:
        parser = _Attributes()
        parser.feed(document["title"] + document["text"])
        assert parser.handlers == [], document["location"]
    for html_file in offline_tricky_site.rglob("*.html"):
        parser = _Attributes()
        parser.feed(html_file.read_text(encoding="utf-8"))
        assert parser.handlers == [], html_file
        assert not [t for t in parser.targets if t.strip().lower().startswith(("javascript:", "data:"))]


def test_no_dialog_on_any_page_kind_or_in_search(page, tricky_urls):
    pages_url, search_url = tricky_urls
    dialogs, violations = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    for path in PAGES:
        page.goto(f"{pages_url}/{path}")
        page.mouse.move(400, 400)
        page.keyboard.press("Tab")
    page.goto(f"{search_url}/index.html")
    page.keyboard.press("/")
    page.wait_for_function(SEARCH_READY)  # typed before, a query can go unanswered on a busy machine
    box = page.locator("input.md-search__input")
    # Words of the tricky text that search finds ('alert' is not one: Material splits words on
    # spaces and hyphens only, so it sits inside "onmouseover='alert(1)'").
    for query in ("proef", "onmouseover", "onfocus", "aanhalingstekens"):
        box.fill("")
        page.wait_for_function(f"() => !({SEARCH_ANSWERED})()")
        box.press_sequentially(query)  # Material searches on key events, as a person types
        page.wait_for_function(SEARCH_ANSWERED)
        page.locator(".md-search-result__item").first.hover()
    assert dialogs == []
    assert violations == []
