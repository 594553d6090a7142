"""Building the site with plain `mkdocs build --strict`, and what a bad catalogue leaves behind."""

from __future__ import annotations

import json

from pathlib import Path

from conftest import copy_project, run_mkdocs


def tree_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_real_site_builds_strict(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "instrumenten" / "index.html").is_file()
    assert (built_site / "beslisbomen" / "index.html").is_file()


def test_every_instrument_has_a_page_at_its_file_name(built_site):
    root = Path(__file__).resolve().parents[1]
    for source in (root / "instruments").glob("*.yml"):
        assert (built_site / "instrumenten" / source.stem / "index.html").is_file(), source.name


def test_bad_catalogue_fails_cleanly_and_keeps_previous_site(toy):
    project = toy
    site = toy.parent / "site"
    assert run_mkdocs(project, site).returncode == 0
    before = tree_of(site)
    bad = project / "instruments" / "kapot.yml"
    bad.write_text("naam: Kapot\nsoort: onbekend\n", encoding="utf-8")

    result = run_mkdocs(project, site)

    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "instruments/kapot.yml:2:1: waarde 'onbekend' is niet toegestaan bij 'soort'" in output
    assert "Traceback" not in output
    assert tree_of(site) == before


def test_page_in_docs_may_not_hide_a_generated_page(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "instrumenten").mkdir(exist_ok=True)
    (project / "docs" / "instrumenten" / "index.md").write_text("# Eigen\n", encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode == 1
    assert "docs/instrumenten/index.md bestaat al" in result.stdout + result.stderr


def test_build_lists_entries_to_review_without_failing(toy):
    entry = toy / "instruments" / "voorbeeld.yml"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(text.replace("laatst_gecontroleerd: 2026-11-23", "laatst_gecontroleerd: 2020-01-01"))
    result = run_mkdocs(toy, toy.parent / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Te controleren: instruments/voorbeeld.yml: laatst gecontroleerd op 2020-01-01" in output


def test_real_catalogue_builds(catalogue):
    """Fails with every located problem when the real catalogue is broken (parametrized tests
    elsewhere then have nothing to run, instead of failing to collect)."""
    assert catalogue.instruments and catalogue.beslisbomen and catalogue.stappen and catalogue.casussen


def test_search_weighs_a_title_a_few_times_the_text_not_a_thousand(built_site):
    """mkdocs.yml sets the field weights measured on the search evaluation set; Material's own
    (title 1,000, tags 1,000,000) would put any title word above a described need."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {f: v["boost"] for f, v in index["config"]["fields"].items()} == {"title": 3, "text": 1, "tags": 3}


def test_search_indexes_the_situatiewijzer_by_its_introduction_not_its_choices(built_site):
    """Listing text is kept out of what search matches: the choices the situatiewijzer lists would
    make its page an answer to almost any description of a situation."""
    from wegwijzer import models

    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    documents = {d["location"]: d for d in index["docs"] if d["location"].startswith("situatiewijzer/")}
    assert list(documents) == ["situatiewijzer/"]
    text = documents["situatiewijzer/"]["text"]
    assert "past bij uw situatie" in text
    labels = [label for labels in (models.FASE_LABELS, models.BEHOEFTE_LABELS) for label, *_ in labels.values()]
    assert [label for label in labels if label in text] == []


def test_a_generated_page_is_held_once_after_mkdocs_read_it(toy):
    """MkDocs keeps a generated File's text for the whole build beside the page's own copy; the
    plugin lets the File's copy go once the page is read. Hand-written pages are left alone and
    get the glossary."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    from wegwijzer import plugin as plugin_module

    config = load_config(str(toy / "mkdocs.yml"))
    wegwijzer = config.plugins["wegwijzer"]
    wegwijzer.on_startup(command="serve", dirty=False)  # no staging folder beside the site
    wegwijzer.on_config(config)
    wegwijzer.on_pre_build(config)
    hand_written = File("index.md", str(toy / "docs"), config.site_dir, config.use_directory_urls)
    files = config.plugins.on_files(Files([hand_written]), config=config)
    generated = files.get_file_from_path("instrumenten/voorbeeld.md")
    text = generated.content_string
    for file in (generated, hand_written):
        page = Page(None, file, config)
        page.read_source(config)
        markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        if file is generated:
            assert markdown == page.markdown and page.markdown in text
            assert generated.content_string == ""
        else:
            assert hand_written.content_string == "# Proef\n"
            assert markdown.startswith("# Proef\n")
    plugin_module._LAST_GOOD_PAGES.clear()
