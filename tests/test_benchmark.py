"""The benchmark's catalogue generator, and a smoke run of benchmarks/run.py (no timings asserted)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import INSTRUMENT

from wegwijzer.catalogue import build_catalogue

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate, sizes_for
from benchmarks.run import PAGE_TYPES
from wegwijzer.generate import without_plugin


def digest(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*")) if path.is_file()
    }


def test_generator_is_deterministic(tmp_path):
    first = generate(ROOT, tmp_path / "a", 120)
    second = generate(ROOT, tmp_path / "b", 120)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert first.counts == second.counts


# 5,000 takes half a minute to validate; the benchmark itself builds it.
@pytest.mark.parametrize("size", [50, 500])
def test_generated_catalogue_is_valid(tmp_path, size):
    generated = generate(ROOT, tmp_path / "project", size, with_project=False)
    catalogue = build_catalogue(tmp_path / "project")  # raises CatalogueError on any problem
    wanted = sizes_for(size)
    assert len(catalogue.instruments) == size
    assert len(catalogue.beslisbomen) == wanted["beslisboom"] == generated.counts["beslisboom"]
    assert len(catalogue.casussen) == wanted["casus"] == generated.counts["casus"]
    assert catalogue.stappen, "every page type needs at least one IHW step"
    owners: dict[str, set[str]] = {}
    for slug, entry in catalogue.instruments.items():
        for name in [entry.model.naam, *entry.model.aliassen]:
            owners.setdefault(name.casefold(), set()).add(slug)
    assert all(len(slugs) == 1 for slugs in owners.values()), "names and aliases are unique"


def test_copies_keep_references_inside_the_catalogue(tmp_path):
    generate(ROOT, tmp_path / "project", 200, with_project=False)
    catalogue = build_catalogue(tmp_path / "project")
    copies = [s for s in catalogue.instruments if "-x" in s]
    assert copies, "a catalogue larger than the real one has copies"
    assert any(catalogue.related.get(s) for s in copies), "copies link to each other"


def test_without_plugin_keeps_the_rest_of_mkdocs_yml():
    text = "plugins:\n  - search:\n      lang: nl\n  - wegwijzer:\n      max_paths: 9\n\n  - offline\nnav: []\n"
    assert without_plugin(text) == "plugins:\n  - search:\n      lang: nl\n\n  - offline\nnav: []\n"
    real = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "wegwijzer\n" not in without_plugin(real).replace("assets/wegwijzer", "")


def positive_numbers(value, path="results"):
    """Every number in the results is > 0 (or a ratio/boolean); yields offending paths."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float)):
        if value <= 0:
            yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("returncode", "fallback_kinds", "examples_failing", "changed_files"):
                yield from positive_numbers(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from positive_numbers(item, f"{path}[{index}]")


def smoke_run(tmp_path, *options: str) -> tuple[dict, str]:
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), *options, "--runs", "1", "--rebuild-runs", "1",
         "--out", str(out), "--workdir", str(tmp_path / "work")],
        capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["machine"]["nproc"] and results["machine"]["cpu"]
    assert results["targets"] is not None and all("met" in check for check in results["targets"])
    assert list(positive_numbers(results)) == []
    return results, result.stdout


def assert_site_figures(site: dict) -> None:
    material, pagefind = site["search"]["material"], site["search"]["pagefind"]
    for part in ("index", "code", "total"):
        assert material[part]["raw_bytes"] and material[part]["gzip_bytes"]
    for part in ("fixed", "per_query", "ui", "first_search"):
        assert pagefind[part]["raw_bytes"] and pagefind[part]["gzip_bytes"]
    assert set(site["page_weight"]) == set(PAGE_TYPES)
    for kind, weight in site["page_weight"].items():
        assert weight, f"no page of type {kind}"
        assert weight["median_total_gzip_bytes"] > weight["median_html_gzip_bytes"] > 0
    assert site["trees_without_js"]["question_pages"] > 0


# One smoke run: the smallest generated catalogue that has every page type, and the real site as
# the test run already built it. Building it again, and the four builds of timing a serve rebuild
# at this size, would double the run; the rebuild is timed on the toy project below.
def test_smoke_run_emits_every_figure(tmp_path, built_site):
    results, stdout = smoke_run(tmp_path, "--sizes", "10", "--rebuild-sizes", "", "--real-site", str(built_site),
                                "--keep-sites")
    assert "ratio plugin/plain" in stdout  # the table is printed
    size = results["sizes"]["10"]
    assert size["catalogue"]["instrument"] == 10
    for variant in ("plugin", "plain"):
        build = size["build"][variant]
        assert build["wall_s"]["min"] and build["wall_s"]["median"] and build["peak_rss_mib"]
    assert size["build"]["ratio_median"] and size["build"]["ratio_min"]
    assert "rebuild" not in size
    assert set(size["stages"]) == {"load", "validate", "link", "render"}
    assert_site_figures(size)
    assert "growth" in results  # null with a single size
    real = results["real"]
    assert real["build_s"] is None and real["peak_rss_mib"] is None  # built before, not timed
    assert_site_figures(real)
    assert real["html_pages"] == sum(1 for _ in built_site.rglob("*.html"))
    same_pages(tmp_path / "work" / "site-plugin-10", tmp_path / "work" / "site-plain-10")


def same_pages(plugin: Path, plain: Path) -> None:
    """What makes the comparison fair, and what `wegwijzer generate` promises: plain MkDocs
    builds the project it writes into the same pages, with the same article on each."""
    pages = {p.relative_to(plugin).as_posix() for p in plugin.rglob("*.html")}
    assert pages == {p.relative_to(plain).as_posix() for p in plain.rglob("*.html")}
    assert len(pages) > 100
    for name in sorted(pages):
        ours, theirs = (re.search(r"<article.*?</article>", (site / name).read_text(encoding="utf-8"), re.S)
                        for site in (plugin, plain))
        assert bool(ours) == bool(theirs), name
        if ours:
            assert re.sub(r"\s+", " ", theirs[0]) == re.sub(r"\s+", " ", ours[0]), name


def test_serve_rebuild_is_timed_for_the_plugin_and_plain_mkdocs(toy, tmp_path):
    from benchmarks.run import make_plain, time_rebuilds

    make_plain(toy, tmp_path / "plain")
    rebuild = time_rebuilds(toy, tmp_path / "plain", "voorbeeld", 1)
    for variant in ("plugin", "plain"):
        assert rebuild[variant]["initial_build_s"] > 0
        assert rebuild[variant]["rebuild_s"]["median"] > 0 and rebuild[variant]["rebuild_cpu_s"]["median"] > 0
    assert rebuild["ratio_median"] > 0 and rebuild["ratio_min"] > 0
    assert (toy / "instruments" / "voorbeeld.yml").read_text(encoding="utf-8") == INSTRUMENT  # edit undone
