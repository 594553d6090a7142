"""Links between generated pages: relative links to the other pages' Markdown sources, which
MkDocs (or another MkDocs-compatible builder) checks and rewrites to their final addresses."""

from __future__ import annotations

import functools


def rel(from_src: str, to_src: str) -> str:
    """The link from the page `from_src` to the page `to_src`, both relative to docs/."""
    return _from_folder(from_src.rpartition("/")[0], to_src)


# In strings, not posixpath.relpath: that asks the operating system for the working folder on
# every call, and a build makes some 13,000 links (a quarter of the time spent rendering). Kept
# per folder, not per page: pages in one folder (e.g. the facet listings) link alike, and at
# 5,000 entries the pairs of pages alone were more than the cache holds.
@functools.lru_cache(maxsize=65536)
def _from_folder(from_folder: str, to_src: str) -> str:
    folder = from_folder.split("/") if from_folder else []
    target = to_src.split("/")
    shared = 0
    while shared < min(len(folder), len(target) - 1) and folder[shared] == target[shared]:
        shared += 1
    return "/".join([".."] * (len(folder) - shared) + target[shared:])


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
