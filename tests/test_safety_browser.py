"""Catalogue text that passes validation stays text in the browser; the CSP allows no inline script
except the theme's listed ones."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from conftest import built, copy_project, serving, shared_folder

pytestmark = pytest.mark.browser

# Text that the policy accepts but that tries to leave its attribute or link.
TRICKY_PLAIN = "Proef 'x' onmouseover='alert(1)' & „y” onfocus=alert(2) ©"
TRICKY_MARKDOWN = (
    'Zie [hier](https://example.org/"onmouseover="alert(3)) en '
    '<https://example.org/"onmouseover=alert(4)> met *nadruk* & "aanhalingstekens".'
)
# (file, key path, text) — one file of each kind, plain and Markdown fields.
EDITS = [
    ("instruments/proefplaatsing.yml", ("naam",), TRICKY_PLAIN),
    ("instruments/proefplaatsing.yml", ("samenvatting",), TRICKY_PLAIN),
    ("instruments/proefplaatsing.yml", ("aliassen",), [TRICKY_PLAIN + " alias"]),
    ("instruments/proefplaatsing.yml", ("wat_is_het",), TRICKY_MARKDOWN),
    ("decision_trees/werk-aanpassen.yml", ("titel",), TRICKY_PLAIN),
    ("decision_trees/werk-aanpassen.yml", ("inleiding",), TRICKY_MARKDOWN),
    ("ihw_guide/stappen/arbeidsanalyse.yml", ("naam",), TRICKY_PLAIN),
    ("ihw_guide/stappen/arbeidsanalyse.yml", ("wat_gedaan",), TRICKY_MARKDOWN),
    ("ihw_guide/casussen/nina-inclusief-werkgeverschap.yml", ("titel",), TRICKY_PLAIN),
    ("ihw_guide/casussen/nina-inclusief-werkgeverschap.yml", ("situatie",), TRICKY_MARKDOWN),
    ("ihw_guide/werkbladen/takeninventarisatie.yml", ("titel",), TRICKY_PLAIN),
    ("ihw_guide/methode.yml", ("inleiding",), TRICKY_MARKDOWN),
]
PAGES = [
    "/", "/instrumenten/", "/instrumenten/proefplaatsing/", "/instrumenten/soort/regeling/",
    "/beslisbomen/", "/beslisbomen/werk-aanpassen/", "/beslisbomen/werk-aanpassen/y/",
    "/ihw/", "/ihw/arbeidsanalyse/", "/casussen/", "/casussen/nina-inclusief-werkgeverschap/",
    "/werkbladen/takeninventarisatie/", "/voor-trainers/",
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


def write_tricky_project(project: Path) -> Path:
    copy_project(project)
    for name, keys, value in EDITS:
        path = project / name
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return project


@pytest.fixture(scope="session")
def tricky_site(tmp_path_factory) -> Path:
    def make(folder: Path) -> None:
        built(write_tricky_project(folder / "project"), folder / "site")

    return shared_folder(tmp_path_factory, "tricky", make) / "site"


@pytest.fixture(scope="module")
def tricky_url(tricky_site):
    with serving(tricky_site) as url:
        yield url


class _Attributes(HTMLParser):
    """Every event-handler attribute and link target, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[str] = []
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.handlers += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]
        self.targets += [value or "" for name, value in attrs if name in ("href", "src")]


def test_tricky_text_stays_text_in_html_and_search_index(tricky_site):
    index = (tricky_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Proef" in index
    for document in json.loads(index)["docs"]:
        parser = _Attributes()
        parser.feed(document["title"] + document["text"])
        assert parser.handlers == [], document["location"]
    for html_file in tricky_site.rglob("*.html"):
        parser = _Attributes()
        parser.feed(html_file.read_text(encoding="utf-8"))
        assert parser.handlers == [], html_file
        assert not [t for t in parser.targets if t.strip().lower().startswith(("javascript:", "data:"))]


def test_no_dialog_on_any_page_kind_or_in_search(browser, tricky_url):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="nl-NL")
    page = context.new_page()
    dialogs, violations = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    for path in PAGES:
        page.goto(tricky_url + path)
        page.mouse.move(400, 400)
        page.keyboard.press("Tab")
    page.goto(tricky_url + "/")
    page.keyboard.press("/")
    for query in ("proef", "onmouseover", "alert", "aanhalingstekens"):
        page.locator("input.md-search__input").fill(query)
        page.wait_for_timeout(400)
        page.locator(".md-search-result__item").first.hover(timeout=2000)
    context.close()
    assert dialogs == []
    assert violations == []
