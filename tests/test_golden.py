"""Golden files: every path of every tree, and the main content of chosen pages.

After a deliberate change, run `python3 -m pytest tests/test_golden.py --update-golden` and
review the diff in git before committing it.
"""

from __future__ import annotations


import pytest
import yaml
from conftest import ROOT, real_catalogue

from wegwijzer import trees

CATALOGUE = real_catalogue()
# One sample per page kind (several instruments: they have the most optional parts), as the
# Markdown the core produces, so neither a theme upgrade nor another builder changes them.
PAGE_SAMPLES = [
    "instrumenten/loonkostensubsidie.md",
    "instrumenten/bar.md",
    "instrumenten/jobcarving.md",
    "instrumenten/adviesvaardigheden.md",
    "instrumenten/index.md",
    "instrumenten/niveau/team.md",
    "ihw/index.md",
    "ihw/rollen.md",
    "ihw/commitment-van-management.md",
    "ihw/werving-en-selectie.md",
    "casussen/index.md",
    "casussen/nina-inclusief-werkgeverschap.md",
    "casussen/universiteit-onderwijsondersteunend-team.md",
    "voor-trainers.md",
    "voor-trainers/lesmap/uitvoerend.md",
    "werkbladen/takeninventarisatie.md",
    "beslisbomen/index.md",
    "woordenlijst.md",
]


@pytest.mark.parametrize("slug", sorted(CATALOGUE.beslisbomen))
def test_every_tree_path(golden, slug):
    boom = CATALOGUE.beslisbomen[slug].model
    table = trees.path_table(boom)
    reached = {outcome for row in table for outcome in row["uitkomst"].split(" + ")}
    assert reached == set(boom.uitkomsten), "every outcome is reached by some path"
    text = yaml.safe_dump(table, allow_unicode=True, sort_keys=False, width=100)
    golden(f"beslisbomen/{slug}.paths.yml", text)


@pytest.mark.parametrize("src", PAGE_SAMPLES)
def test_page_kind_sample(golden, markdown_pages, src):
    assert src in markdown_pages, f"{src} is no longer generated; choose another sample"
    golden(f"pages/{src}", without_glossary(markdown_pages[src]))


def test_no_orphan_goldens():
    """A golden whose subject is gone fails, instead of lying around unchecked."""
    golden_dir = ROOT / "tests" / "golden"
    expected = {f"pages/{src}" for src in PAGE_SAMPLES}
    for slug in CATALOGUE.beslisbomen:
        expected |= {f"beslisbomen/{slug}.{part}" for part in ("paths.yml", "structuur.md", "pages.md")}
    found = {p.relative_to(golden_dir).as_posix() for p in golden_dir.rglob("*") if p.is_file()}
    found = {name for name in found if not name.startswith("situatiewijzer/")}  # test_situations owns these
    assert found - expected == set(), "golden files without a test; delete them"


def test_golden_check_fails_on_a_change(golden, request):
    if request.config.getoption("--update-golden"):
        pytest.skip("only meaningful when comparing")
    with pytest.raises(AssertionError):
        golden("beslisbomen/bestaat-niet.paths.yml", "x")


def without_glossary(markdown: str) -> str:
    """Without the glossary lines a page ends with (tested in test_glossary)."""
    return "".join(line for line in markdown.splitlines(keepends=True) if not line.startswith("*["))




@pytest.mark.parametrize("slug", sorted(CATALOGUE.beslisbomen))
def test_tree_diagram(golden, markdown_pages, slug):
    """The structure page's outline, drawn at build time (no diagram script)."""
    golden(f"beslisbomen/{slug}.structuur.md", markdown_pages[f"beslisbomen/{slug}/structuur.md"])


@pytest.mark.parametrize("slug", sorted(CATALOGUE.beslisbomen))
def test_every_question_and_outcome_page(golden, markdown_pages, slug):
    """One page per question (per option of a multi-answer question) and per outcome, in the
    order a walk meets them; combinations of outcomes are covered by the path table."""
    from wegwijzer.pages_beslisbomen import tree_src

    visits, paths = trees.walk(CATALOGUE.beslisbomen[slug].model)
    first_visits = {(v.node, v.option): v.answers for v in reversed(visits)}
    first_outcomes = {p.outcomes: p.answers for p in reversed(paths) if len(p.outcomes) == 1}
    chosen = sorted(first_visits.values()) + sorted(first_outcomes.values())
    text = "".join(f"\n\n===== {tree_src(slug, answers)}\n\n" + without_glossary(markdown_pages[tree_src(slug, answers)])
                   for answers in chosen)
    golden(f"beslisbomen/{slug}.pages.md", text)
