"""A new kind of catalogue file and its pages, added exactly as CONTRIBUTING.md says ("Een nieuw
soort pagina toevoegen"): a model, one row in the table of kinds, a page family with a template.
Everything else (loading, located errors, text references, links from other pages) follows."""

from __future__ import annotations

import pytest
from conftest import INSTRUMENT, write_files
from pydantic import Field

from wegwijzer import kinds, render
from wegwijzer.catalogue import build_catalogue
from wegwijzer.diagnostics import CatalogueError
from wegwijzer.models import Bron, MarkdownText, PlainText, ReviewDate, Strict
from wegwijzer.render import Renderer
from wegwijzer.urls import rel


# 1. The model: what a file of this kind holds.
class Tip(Strict):
    """A short tip for advisers."""

    titel: PlainText = Field(min_length=3)
    tekst: MarkdownText = Field(min_length=10)
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: ReviewDate


def tip_src(slug: str) -> str:
    return f"tips/{slug}.md"


# 2. One row in the table of kinds.
TIP = kinds.Kind("tip", Tip, folder="tips", page=tip_src)

# 3. The page family: one page per tip, rendered from a template (here inline; in the package a
#    file under templates/wegwijzer/).
TEMPLATE = """\
{% import "wegwijzer/_macros.md.j2" as m %}
{{ m.front_matter(tip.titel, tip.titel, "tip", source=source) }}
# {{ tip.titel }}

{{ tip.tekst }}

[Alle instrumenten]({{ overzicht }})
"""


def tip_pages(renderer: Renderer) -> list[render.Page]:
    template = renderer.env.from_string(TEMPLATE)
    pages = []
    for slug, entry in renderer.catalogue.entries["tip"].items():
        src = tip_src(slug)
        markdown = template.render(tip=entry.model, source=entry.source.path,
                                   overzicht=rel(src, "instrumenten/index.md"))
        pages.append(render.Page(src, render.resolve_references(markdown, src), entry.source.path))
    return pages


@pytest.fixture
def with_tips(monkeypatch):
    monkeypatch.setattr(kinds, "KINDS", [*kinds.KINDS, TIP])
    monkeypatch.setattr(render, "PAGE_FAMILIES", [*render.PAGE_FAMILIES, tip_pages])


TIP_FILE = """\
titel: Begin bij de werkgever
tekst: Vraag eerst wat de werkgever nodig heeft; zie [het voorbeeld](instrument:voorbeeld).
bronnen: [{seed: 004_f73977c3411f9a85.txt, vindplaats: tabel}]
laatst_gecontroleerd: 2026-11-23
"""


def test_a_new_kind_gets_pages_and_can_be_linked_both_ways(with_tips, tmp_path):
    instrument = INSTRUMENT.replace(
        "wat_is_het: Een instrument om de tests mee te voeden.",
        "wat_is_het: Een instrument om de tests mee te voeden. Lees ook [de tip](tip:begin).",
    )
    root = write_files(tmp_path, {"instruments/voorbeeld.yml": instrument, "tips/begin.yml": TIP_FILE})
    catalogue = build_catalogue(root)
    pages = {page.src_uri: page.markdown for page in Renderer(catalogue).pages()}
    assert "# Begin bij de werkgever" in pages["tips/begin.md"]
    assert "[het voorbeeld](../instrumenten/voorbeeld.md)" in pages["tips/begin.md"]
    assert "[de tip](../tips/begin.md)" in pages["instrumenten/voorbeeld.md"]


def test_a_bad_file_of_the_new_kind_is_a_located_error(with_tips, tmp_path):
    root = write_files(tmp_path, {
        "instruments/voorbeeld.yml": INSTRUMENT,
        "tips/begin.yml": TIP_FILE.replace("titel: Begin bij de werkgever\n", "titel: Begin\nkleur: rood\n")
                                 .replace("(instrument:voorbeeld)", "(instrument:voorbeld)"),
    })
    with pytest.raises(CatalogueError) as caught:
        build_catalogue(root)
    messages = [str(d) for d in caught.value.diagnostics]
    assert any(m.startswith("tips/begin.yml:2:1: onbekend veld 'kleur'") for m in messages), messages


def test_a_reference_to_a_missing_entry_of_the_new_kind_is_located(with_tips, tmp_path):
    root = write_files(tmp_path, {
        "instruments/voorbeeld.yml": INSTRUMENT.replace(
            "wat_is_het: Een instrument om de tests mee te voeden.",
            "wat_is_het: Een instrument om de tests mee te voeden. Lees [de tip](tip:bgin).",
        ),
        "tips/begin.yml": TIP_FILE,
    })
    with pytest.raises(CatalogueError) as caught:
        build_catalogue(root)
    assert [str(d) for d in caught.value.diagnostics] == [
        "instruments/voorbeeld.yml:4:1: de tekst verwijst naar tip:bgin, maar die pagina bestaat niet"
        " — bedoelde u 'tip:begin'?"
    ]
