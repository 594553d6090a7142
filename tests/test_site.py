"""build_site: the one entry point the plugin, `wegwijzer generate` and the benchmarks call."""

from __future__ import annotations

import datetime
import gc

import pytest

from wegwijzer.diagnostics import CatalogueError
from wegwijzer.site import SiteOptions, build_site, forget_earlier_builds


def test_a_site_is_its_pages_the_files_to_watch_and_what_to_review(toy):
    site = build_site(toy, SiteOptions(today=datetime.date(2026, 11, 30)))
    assert "instrumenten/voorbeeld.md" in {page.src_uri for page in site.pages}
    assert site.watch == [toy / "instruments"]
    assert site.to_review == []
    later = build_site(toy, SiteOptions(today=datetime.date(2028, 1, 1), review_after_days=365))
    assert [entry.path for entry in later.to_review] == ["instruments/voorbeeld.yml"]


def test_building_leaves_the_cycle_collector_as_it_found_it(toy):
    """Rendering freezes the catalogue for the collector and unfreezes it afterwards; objects a
    process froze itself (e.g. before forking) stay frozen."""
    build_site(toy)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.freeze()
    try:
        build_site(toy)
        assert gc.get_freeze_count() > 0  # some frozen objects may have been freed meanwhile
    finally:
        gc.unfreeze()


def test_a_broken_catalogue_gives_located_problems_and_no_site(toy):
    (toy / "instruments" / "kapot.yml").write_text("naam: Kapot\nsoort: onbekend\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as raised:
        build_site(toy)
    assert any(str(d).startswith("instruments/kapot.yml:2:1:") for d in raised.value.diagnostics)


def test_a_rebuild_reuses_what_did_not_change_and_reads_what_did(toy):
    """`mkdocs serve` rebuilds after each save in the same process: an unchanged file is neither
    parsed nor validated again, and an edited one is, so the page shows the edit."""
    first = build_site(toy).catalogue.instruments["voorbeeld"]
    again = build_site(toy).catalogue.instruments["voorbeeld"]
    assert again.source is first.source and again.model is first.model
    forget_earlier_builds()  # as a new process: everything is read and validated again
    assert build_site(toy).catalogue.instruments["voorbeeld"].source is not first.source
    path = toy / "instruments" / "voorbeeld.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("Voorbeeldinstrument", "Ander instrument"),
                    encoding="utf-8")
    edited = build_site(toy)
    assert edited.catalogue.instruments["voorbeeld"].model.naam == "Ander instrument"
    assert any("Ander instrument" in page.markdown for page in edited.pages)
    path.write_text(path.read_text(encoding="utf-8").replace("naam: Ander instrument\n", ""), encoding="utf-8")
    with pytest.raises(CatalogueError, match="verplicht veld 'naam' ontbreekt"):
        build_site(toy)
