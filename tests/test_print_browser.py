"""Printed pages lose nothing: print to PDF in Chromium and read the PDF's text."""

from __future__ import annotations

import io
import re

import pytest
from conftest import ROOT, screenshot

from wegwijzer import trees
from wegwijzer.catalogue import build_catalogue

pytestmark = pytest.mark.browser
SITE_NAME = "Wegwijzer inclusief werk"


def pdf_text(page) -> tuple[str, int]:
    page.emulate_media(media="print")
    data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    from pypdf import PdfReader  # a browser-test package: `pytest -m "not browser"` runs without it

    reader = PdfReader(io.BytesIO(data))
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def save_first_page_png(page, name: str) -> None:
    screenshot(page, f"print-{name}")


@pytest.fixture(scope="module")
def outcome_path() -> str:
    catalogue = build_catalogue(ROOT)
    slug = sorted(catalogue.beslisbomen)[0]
    _, paths = trees.walk(catalogue.beslisbomen[slug].model)
    return f"/beslisbomen/{slug}/y/{'/'.join(map(str, paths[0].answers))}/"


def test_filled_worksheet_prints_every_column_and_all_typed_text(page):
    page.goto(page.site_url + "/werkbladen/takeninventarisatie/")
    headers = page.locator(".ww-werkblad-tabel thead th").all_inner_texts()
    fields = page.locator(".ww-werkblad-tabel textarea")
    long_text = "Regel een\nRegel twee met veel woorden " + "lang " * 40 + "einde-van-de-tekst"
    typed = {}
    for index in range(fields.count()):
        text = f"cel{index}" if index != 5 else long_text
        fields.nth(index).fill(text)
        typed[index] = text
        if index > 10:
            break
    text, pages = pdf_text(page)
    save_first_page_png(page, "werkblad")
    for header in headers:
        name = header.split("\n")[0].strip()
        if name:
            assert name in text, f"column {name!r} is not on the printed page"
    compact = re.sub(r"\s+", "", text)  # a narrow column wraps lines wherever it must
    for value in typed.values():
        assert re.sub(r"\s+", "", value) in compact
    assert SITE_NAME in text and page.site_url in text
    assert "afgedrukt op" in text


@pytest.mark.parametrize("name, path", [
    ("casus", "/casussen/nina-inclusief-werkgeverschap/"),
    ("ihw-stap", "/ihw/arbeidsanalyse/"),
    ("situatiewijzer", "/situatiewijzer/verzuim/individu/analyseren/"),
])
def test_handouts_carry_name_address_and_date_without_navigation(page, name, path):
    page.goto(page.site_url + path)
    title = page.locator("h1").first.inner_text().rstrip("¶").strip()
    text, pages = pdf_text(page)
    save_first_page_png(page, name)
    assert SITE_NAME in text and title in text and page.site_url + path in text
    assert "afgedrukt op" in text and "pagina 1 van" in text
    assert "Zoeken" not in text  # no search box or navigation chrome
    assert pages <= 8


def test_tree_outcome_prints_as_a_handout(page, outcome_path):
    page.goto(page.site_url + outcome_path)
    text, pages = pdf_text(page)
    save_first_page_png(page, "uitkomst")
    assert "Volgende stap" in text and SITE_NAME in text
    assert "Opnieuw beginnen" not in text
    assert "Laatst gecontroleerd" in text
    assert pages <= 4


def test_tree_diagram_is_readable_on_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(page.site_url + "/beslisbomen/werk-aanpassen/structuur/")
    links = page.locator(".ww-diagram a")
    assert links.count() >= 3
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box["x"] + box["width"] <= 390 + 1, "a node runs off the screen"
    font = page.locator(".ww-diagram a").first.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert font >= 12
    screenshot(page, "diagram-telefoon")


def test_lesmap_prints_one_case_per_page(page):
    """A trainer prints a role's lesmap: every case starts on a new sheet, with its questions."""
    page.goto(page.site_url + "/voor-trainers/lesmap/inventariserend/")
    cases = page.locator(".ww-lesmap-casus h2").all_inner_texts()
    questions = page.locator(".ww-lesmap-casus ol li").first.inner_text()
    text, pages = pdf_text(page)
    save_first_page_png(page, "lesmap")
    assert len(cases) > 1
    assert pages >= len(cases) + 1  # the introduction, then at least one sheet per case
    assert re.sub(r"\s+", " ", questions.strip()) in text
    starts = [page.evaluate(
        "(h) => getComputedStyle(document.querySelectorAll('.ww-lesmap-casus')[h]).breakBefore", i
    ) for i in range(len(cases))]
    assert set(starts) == {"page"}
