"""The plugin-free project (`wegwijzer generate`) builds with Zensical, the successor of Material,
which runs no third-party plugins: same pages, working without JavaScript, search, the text
policy, and nothing loaded from another origin. (That plain MkDocs builds it into the same pages
is checked on the benchmark's own projects: tests/test_benchmark.py.)"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
from click.testing import CliRunner
from conftest import INSTRUMENT, ROOT, copy_project, shared_folder, write_files

from wegwijzer.cli import main as cli

ZENSICAL = shutil.which("zensical") or str(Path(sys.executable).with_name("zensical"))


def pages_of(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


class _Page(HTMLParser):
    """Links, headings and event-handler attributes of one built page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (href, class of the enclosing list item's link)
        self.handlers: list[str] = []
        self.loads: list[str] = []  # what the page makes the browser fetch
        self.h1 = ""
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "a" and attributes.get("href"):
            self.links.append((attributes["href"], attributes.get("class") or ""))
        if tag in ("script", "img", "iframe") and attributes.get("src"):
            self.loads.append(attributes["src"])
        if tag == "link" and attributes.get("href") and "stylesheet" in (attributes.get("rel") or ""):
            self.loads.append(attributes["href"])
        if tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.h1 = page.h1.replace("¶", "").strip()
    return page


def option_links(page: _Page) -> list[str]:
    """The answer links of a question page (the list of large option links), in order."""
    # Option links go one level down ('1/', 'verzuim/'); navigation and footer links go up.
    return [href for href, _ in page.links if re.fullmatch(r"[a-z0-9-]+/", href)]


def walk(site: Path, url_path: str, steps: int) -> tuple[str, _Page]:
    """Follow the first answer `steps` times, as a visitor without JavaScript would."""
    for _ in range(steps):
        page = parse(site / url_path.lstrip("/") / "index.html")
        url_path = urljoin(url_path, option_links(page)[0])
    return url_path, parse(site / url_path.lstrip("/") / "index.html")


def write_generated(dest: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", "--root", str(ROOT), str(dest)])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    return shared_folder(tmp_path_factory, "generated", lambda folder: write_generated(folder / "project")) / "project"


def build(command: list[str], project: Path) -> float:
    started = time.perf_counter()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return time.perf_counter() - started


@pytest.fixture(scope="session")
def zensical_site(generated, tmp_path_factory) -> Path:
    def make(folder: Path) -> None:
        shutil.copytree(generated, folder / "project")
        seconds = build([ZENSICAL, "build"], folder / "project")
        print(f"\nzensical build of the generated project: {seconds:.1f} s")

    return shared_folder(tmp_path_factory, "zensical", make) / "project" / "site"


def test_zensical_builds_every_page(zensical_site, built_site):
    missing = pages_of(built_site) - pages_of(zensical_site)
    assert missing == set()


def test_zensical_site_walks_a_tree_and_the_situatiewijzer_without_javascript(zensical_site):
    from wegwijzer import trees
    from wegwijzer.catalogue import build_catalogue

    boom = build_catalogue(ROOT).beslisbomen["werk-aanpassen"].model
    _, paths = trees.walk(boom)
    first = next(p for p in paths if all(a == 1 for a in p.answers))
    url, page = walk(zensical_site, "/beslisbomen/werk-aanpassen/y/", len(first.answers))
    assert page.h1 == boom.uitkomsten[first.outcome].titel, url

    url, page = walk(zensical_site, "/situatiewijzer/", 3)
    assert url.count("/") == 5 and page.h1 == "Instrumenten voor uw situatie", url


def test_zensical_search_index_finds_pages(zensical_site):
    index = json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))
    text = json.dumps(index, ensure_ascii=False).lower()
    for query in ("loonkostensubsidie", "jobcoach", "situatiewijzer", "herontwerp"):
        assert query in text, query


def test_zensical_site_keeps_the_text_policy_and_loads_nothing_from_elsewhere(zensical_site):
    import base64
    import hashlib

    for file in zensical_site.rglob("*.html"):
        html = file.read_text(encoding="utf-8")
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)[1]
        for attrs, body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S):
            if "application/json" not in attrs:
                digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
                assert f"'sha256-{digest}'" in policy, (file, body[:80])
        page = parse(file)
        assert page.handlers == [], file
        assert not [href for href, _ in page.links if href.strip().lower().startswith(("javascript:", "data:"))]
        assert not [src for src in page.loads if re.match(r"(https?:)?//", src)], (file, page.loads)


def test_generate_refuses_a_non_empty_folder_and_a_bad_catalogue(tmp_path):
    full = tmp_path / "vol"
    write_files(full, {"iets.txt": "x"})
    result = CliRunner().invoke(cli, ["generate", "--root", str(ROOT), str(full)])
    assert result.exit_code == 1 and "is niet leeg" in result.output
    project = copy_project(tmp_path / "project")
    write_files(project, {"instruments/kapot.yml": INSTRUMENT.replace("soort: methodiek", "soort: onbekend")})
    dest = tmp_path / "doel"
    result = CliRunner().invoke(cli, ["generate", "--root", str(project), str(dest)])
    assert result.exit_code == 1
    assert "instruments/kapot.yml:2:1: waarde 'onbekend' is niet toegestaan bij 'soort'" in result.output
    assert not dest.exists()
