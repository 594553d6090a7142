"""Shared fixtures: small catalogues in tmp_path, the real site built once, a browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

INSTRUMENT = """\
naam: Voorbeeldinstrument
soort: methodiek
samenvatting: Een instrument om de tests mee te voeden.
wat_is_het: Een instrument om de tests mee te voeden.
niveau: [individu]
dienstverlening: [1]
doelgroep: [werkgever]
bronnen:
  - seed: 004_f73977c3411f9a85.txt
    vindplaats: tabel
laatst_gecontroleerd: 2026-11-23
"""


def write_files(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


TOY_CONFIG = """\
site_name: Proef
strict: true
theme:
  name: mkdocs
plugins:
  - wegwijzer
"""


@pytest.fixture
def toy(tmp_path):
    """A tiny project that builds in about a second."""
    return write_files(tmp_path / "project", {
        "mkdocs.yml": TOY_CONFIG, "docs/index.md": "# Proef\n", "instruments/voorbeeld.yml": INSTRUMENT,
    })


@pytest.fixture
def catalogue_dir(tmp_path: Path):
    """Returns a function that writes catalogue files into a fresh folder."""
    return functools.partial(write_files, tmp_path)


def run_mkdocs(project: Path, site: Path, *extra: str, **environ: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **environ)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site), *extra],
        capture_output=True, text=True, env=env, cwd=project, check=False,
    )


@functools.lru_cache(maxsize=1)
def real_catalogue():
    """The real catalogue for parametrizing tests at collection, or an empty one when it does not
    build: collection then still succeeds, and test_real_catalogue_builds fails with the reasons."""
    from wegwijzer.catalogue import build_catalogue
    from wegwijzer.diagnostics import CatalogueError
    from wegwijzer.link import Catalogue

    try:
        return build_catalogue(ROOT)
    except CatalogueError:
        return Catalogue({}, {}, {}, {}, None)


@pytest.fixture(scope="session")
def catalogue():
    """The real catalogue, linked once per run (a fixture: a broken catalogue fails the tests
    that use it, instead of failing collection)."""
    from wegwijzer.catalogue import build_catalogue

    return build_catalogue(ROOT)


@pytest.fixture(scope="session")
def markdown_pages(catalogue) -> dict[str, str]:
    """Every generated page's Markdown, by its source path, rendered once per run."""
    from wegwijzer.render import Renderer

    return {page.src_uri: page.markdown for page in Renderer(catalogue).pages()}


def shared_folder(tmp_path_factory, name: str, make) -> Path:
    """A folder that `make(folder)` fills once per test run, also when pytest-xdist runs the tests
    in several processes: the first process to need it makes it while holding a lock, the others
    wait and reuse it. (A build takes 10-20 s; each process building its own doubled that.)"""
    try:
        import fcntl
    except ImportError:  # no file locks (Windows): each process makes its own
        fcntl = None
    root = tmp_path_factory.getbasetemp()
    if fcntl and os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, shared by the workers' own folders
    folder, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        if fcntl:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            make(folder)
            done.touch()
    return folder

def built(project: Path, site: Path, **environ: str) -> None:
    result = run_mkdocs(project, site, **environ)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test run with `mkdocs build --strict`."""
    return shared_folder(tmp_path_factory, "site", lambda site: built(ROOT, site))


@pytest.fixture(scope="session")
def offline_tricky_site(tmp_path_factory) -> Path:
    """The real project with text that tries to become markup (tricky_project.py), built with
    OFFLINE=true as a classroom opens it from a folder: the safety and the offline tests share
    this one build."""
    from tricky_project import write_tricky_project

    def make(folder: Path) -> None:
        built(write_tricky_project(folder / "project"), folder / "site", OFFLINE="true")

    return shared_folder(tmp_path_factory, "offline-tricky", make) / "site"


# axe-core for the accessibility tests, served on the site's own origin: the browser then caches
# it and its compiled code, instead of being sent 570 kB to evaluate on every page.
AXE_PATH = "/__axe.min.js"


@functools.lru_cache(maxsize=1)
def _axe_script() -> bytes:
    import importlib.util  # axe_playwright_python is a browser-test package: found only when asked

    spec = importlib.util.find_spec("axe_playwright_python")
    return (Path(spec.origin).parent / "axe.min.js").read_bytes()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    search_index: bytes | None = None  # served instead of the site's own search index

    def log_message(self, *args) -> None:  # keep pytest output readable
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == AXE_PATH:
            return self._send(_axe_script(), "text/javascript", "max-age=3600")
        if self.search_index is not None and path == "/search/search_index.json":
            return self._send(self.search_index, "application/json")
        return super().do_GET()

    def _send(self, body: bytes, content_type: str, cache: str = "no-cache") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", cache)
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serving(site: Path, search_index: bytes | None = None):
    """The site at http://127.0.0.1:<port>, as a static host serves it."""
    handler = functools.partial(
        type("Handler", (_QuietHandler,), {"search_index": search_index}), directory=str(site)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def without_pages(search_index: Path) -> bytes:
    """The search index with its configuration and no documents. Material's worker builds the
    index after every page load, ~0.7 s of Chromium's CPU on a 2-core machine each time; the
    site at `site_url` serves this one, so only tests marked `search` (at `search_site_url`,
    another origin with the real index) pay for it."""
    index = json.loads(search_index.read_text(encoding="utf-8"))
    return json.dumps({"config": index["config"], "docs": []}).encode()


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    with serving(built_site, without_pages(built_site / "search" / "search_index.json")) as url:
        yield url


@pytest.fixture(scope="session")
def search_site_url(built_site: Path):
    with serving(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail("CI must run the browser tests, but /usr/bin/chromium is missing")
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


# A browser context costs ~2 s of Chromium's CPU to open, a new tab ~0.3 s more than a page load
# in an open one, and the browser tests load ~200 pages: each process keeps one context with one
# tab, and every test gets that tab as a new visitor would find it (`_as_new`).
VIEWPORT = {"width": 1200, "height": 900}
# Material's search box: its worker has indexed the site / it has answered the query typed.
SEARCH_READY = "() => !/voorbereid/.test(document.querySelector('.md-search-result__meta').textContent)"
SEARCH_ANSWERED = "() => /gevonden/.test(document.querySelector('.md-search-result__meta').textContent)"


@pytest.fixture(scope="session")
def _context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="nl-NL")
    yield context
    context.close()


@pytest.fixture
def page(_context, request):
    """The process's tab, as if new: no storage, cookies or emulation from other tests. It
    records every request, so tests can assert nothing leaves the site. `page.site_url` is the
    site; for tests marked `search` one with the real search index."""
    searches = request.node.get_closest_marker("search") is not None
    tab = next((p for p in _context.pages if hasattr(p, "requests")), None) or _new_tab(_context)
    tab.requests = []
    tab.site_url = request.getfixturevalue("search_site_url" if searches else "site_url")
    added: list[tuple[str, object]] = []

    def on(event: str, handler) -> None:  # a test's own listeners end with the test
        added.append((event, handler))
        type(tab).on(tab, event, handler)

    tab.on = on
    yield tab
    del tab.on
    if not tab.is_closed():
        for event, handler in added:
            tab.remove_listener(event, handler)
        _as_new(tab, _context)


def _new_tab(context):
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    return tab


def _as_new(tab, context) -> None:
    """Forget every site the test visited (storage of every type, cookies); then screen media and
    the usual viewport."""
    origins = {re.match(r"https?://[^/]+", url)[0] for url in tab.requests if url.startswith("http")}
    tab.goto("about:blank")
    session = context.new_cdp_session(tab)
    for origin in origins | {tab.site_url}:
        session.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
    session.detach()
    tab.emulate_media(media="null")
    if tab.viewport_size != VIEWPORT:
        tab.set_viewport_size(VIEWPORT)


@pytest.fixture(scope="session")
def _context_without_javascript(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1200, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page_without_javascript(_context_without_javascript, site_url):
    """A new page in a browser with JavaScript switched off (nothing it could store)."""
    page = _context_without_javascript.new_page()
    page.site_url = site_url
    yield page
    page.close()


SCREENSHOTS = ROOT / "tests" / "screenshots"


def skip_to_content(page) -> None:
    """Tab to the page's first link, Material's 'Ga naar inhoud', and follow it: the next Tab then
    starts in the article, past the header and the navigation, as a keyboard user skips them."""
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')"), "no skip link first"
    page.keyboard.press("Enter")


def tab_to(page, locator, limit: int = 200) -> None:
    """Press Tab until `locator` has focus, as a keyboard user would, or fail."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{locator} cannot be reached with Tab")


def heading(page) -> str:
    """The page's h1 without the permalink sign MkDocs adds (waiting for it after a click)."""
    page.locator("h1").first.wait_for()
    return headings(page, "h1")[0]


def headings(page, selector: str) -> list[str]:
    return [text.rstrip("¶").strip() for text in page.locator(selector).all_inner_texts()]


# Full-page screenshots are for people to look at after a change; rasterising every long page
# was a fifth of the browser tests' time, so they are written only when asked for:
#   WEGWIJZER_SCREENSHOTS=1 python3 -m pytest -m browser   (then look in tests/screenshots/)
WANT_SCREENSHOTS = os.environ.get("WEGWIJZER_SCREENSHOTS", "").lower() in ("1", "true", "yes")


def screenshot(page, name: str) -> Path | None:
    if not WANT_SCREENSHOTS:
        return None
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def copy_project(destination: Path) -> Path:
    """A copy of the real project (config, docs, catalogue) that a test may break."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "bronnen.yml", "contacten.yml", "woordenlijst.yml", "docs", "instruments",
                 "decision_trees", "ihw_guide"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.exists():
            shutil.copy(source, destination / name)
    return destination


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true",
        help="rewrite the golden files under tests/golden/ instead of comparing",
    )


@pytest.fixture
def golden(request):
    """Compare text with tests/golden/<name>, or rewrite it with --update-golden."""
    update = request.config.getoption("--update-golden")

    def check(name: str, text: str) -> None:
        path = ROOT / "tests" / "golden" / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        assert path.is_file(), f"no golden file {path}; run pytest --update-golden and review it"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs; see the diff above"

    return check
