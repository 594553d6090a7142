"""Golden files: every path of every tree, and the main content of chosen pages.

After a deliberate change, run `python3 -m pytest tests/test_golden.py --update-golden` and
review the diff in git before committing it.
"""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT

from wegwijzer import trees
from wegwijzer.catalogue import build_catalogue

CATALOGUE = build_catalogue(ROOT)
GOLDEN_INSTRUMENTS = ["loonkostensubsidie", "bar", "jobcarving", "adviesvaardigheden"]


@pytest.mark.parametrize("slug", sorted(CATALOGUE.beslisbomen))
def test_every_tree_path(golden, slug):
    boom = CATALOGUE.beslisbomen[slug].model
    table = trees.path_table(boom)
    reached = {outcome for row in table for outcome in row["uitkomst"].split(" + ")}
    assert reached == set(boom.uitkomsten), "every outcome is reached by some path"
    text = yaml.safe_dump(table, allow_unicode=True, sort_keys=False, width=100)
    golden(f"beslisbomen/{slug}.paths.yml", text)


def main_content(html: str) -> str:
    """The article's inner HTML, without the parts that change with every build."""
    article = re.search(r"<article[^>]*>(.*?)</article>", html, re.DOTALL).group(1)
    # The print header is theme chrome and carries the build date.
    article = re.sub(r'<div class="ww-print-header".*?</div>', "", article, flags=re.DOTALL)
    return re.sub(r"\n\s*\n", "\n", article).strip() + "\n"


@pytest.mark.parametrize("slug", [s for s in GOLDEN_INSTRUMENTS if s in CATALOGUE.instruments])
def test_instrument_page(golden, built_site, slug):
    html = (built_site / "instrumenten" / slug / "index.html").read_text(encoding="utf-8")
    golden(f"instrumenten/{slug}.html", main_content(html))


@pytest.mark.parametrize("page_path", ["ihw/commitment-van-management", "casussen/nina-inclusief-werkgeverschap"])
def test_guide_page(golden, built_site, page_path):
    html = (built_site / page_path / "index.html").read_text(encoding="utf-8")
    golden(f"{page_path}.html", main_content(html))


def test_golden_check_fails_on_a_change(golden, request):
    if request.config.getoption("--update-golden"):
        pytest.skip("only meaningful when comparing")
    with pytest.raises(AssertionError):
        golden("beslisbomen/bestaat-niet.paths.yml", "x")


def without_glossary(markdown: str) -> str:
    """The abbreviation lines every page ends with (tested once, in test_multi_answer)."""
    return "".join(line for line in markdown.splitlines(keepends=True) if not line.startswith("*["))


@pytest.fixture(scope="module")
def markdown_pages() -> dict[str, str]:
    from wegwijzer.render import Renderer

    return {page.src_uri: page.markdown for page in Renderer(CATALOGUE).pages()}


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
