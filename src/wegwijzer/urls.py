"""Links between generated pages: relative links to the other pages' Markdown sources, which
MkDocs (or another MkDocs-compatible builder) checks and rewrites to their final addresses."""

from __future__ import annotations

import posixpath


def rel(from_src: str, to_src: str) -> str:
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


# -- the URL scheme: the Markdown source of every entry's page (a newcomer finds the YAML from it) --
def instrument_src(slug: str) -> str:
    return f"instrumenten/{slug}.md"


def tree_start_src(slug: str) -> str:
    return f"beslisbomen/{slug}/index.md"


def step_src(slug: str) -> str:
    return f"ihw/{slug}.md"


def case_src(slug: str) -> str:
    return f"casussen/{slug}.md"


def worksheet_src(slug: str) -> str:
    return f"werkbladen/{slug}.md"
