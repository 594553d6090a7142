"""`pytest -m "not browser"` works without the browser packages: no test module imports them
at the top, so collecting the suite never needs Playwright, axe or pypdf."""

from __future__ import annotations

import ast
from pathlib import Path

BROWSER_PACKAGES = {"playwright", "axe_playwright_python", "pypdf"}


def test_no_test_module_imports_a_browser_package_at_the_top():
    offenders = []
    for module in sorted(Path(__file__).parent.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:  # only top-level statements
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{module.name}: {n}" for n in names if n.split(".")[0] in BROWSER_PACKAGES]
    assert offenders == []
