"""The pipeline in one call: load -> validate -> link, collecting every problem on the way."""

from __future__ import annotations

from pathlib import Path

from .diagnostics import CatalogueError
from .link import DEFAULT_MAX_PATHS, Catalogue, link
from .load import load_catalogue
from .validate import validate


def build_catalogue(root: Path, max_paths: int = DEFAULT_MAX_PATHS) -> Catalogue:
    """The linked catalogue under `root`; raises CatalogueError listing every problem found."""
    documents, problems = load_catalogue(root)
    entries, invalid = validate(documents)
    problems += invalid
    valid = {(e.source.kind, e.slug) for e in entries}
    unreadable = {(d.kind, d.slug) for d in documents} - valid
    unreadable |= {p.entry for p in problems if p.entry}
    catalogue, unlinked = link(entries, max_paths, unreadable)
    problems += unlinked
    if problems:
        raise CatalogueError(problems)
    return catalogue

