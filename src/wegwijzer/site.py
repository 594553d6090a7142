"""The whole generated site in one call: what the MkDocs plugin, `wegwijzer generate` and the
benchmarks share.

`build_site` runs the stages in order (load, validate, link in `build_catalogue`; render in
`Renderer`) and returns plain data: the Markdown pages, the glossary for hand-written pages, the
files `mkdocs serve` should watch, and the entries that are due for review. Nothing here knows
MkDocs, so another builder can take the pages as they are.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
from dataclasses import dataclass, field
from pathlib import Path

from . import glossary, kinds, load, validate
from .catalogue import build_catalogue
from .glossary import Glossary
from .link import DEFAULT_MAX_PATHS, Catalogue
from .render import Page, Renderer
from .review import StaleEntry, stale_entries

DEFAULT_REVIEW_AFTER_DAYS = 365


@dataclass(frozen=True)
class SiteOptions:
    max_paths: int = DEFAULT_MAX_PATHS  # paths a tree may have before its check fails
    template_dirs: tuple[Path, ...] = ()  # the theme's custom_dir: our templates may be overridden
    review_after_days: int = DEFAULT_REVIEW_AFTER_DAYS
    today: datetime.date = field(default_factory=datetime.date.today)


@dataclass(frozen=True)
class Site:
    catalogue: Catalogue
    pages: list[Page]
    glossary: Glossary  # for hand-written pages; generated pages carry theirs already
    watch: list[Path]  # the catalogue's folders and files that exist
    to_review: list[StaleEntry]


def build_site(root: Path, options: SiteOptions | None = None) -> Site:
    """Every generated page of the catalogue under `root`; raises CatalogueError with every
    located problem, before anything is written."""
    options = options or SiteOptions()  # made now, so `today` is today
    with _cycle_collection_paused():
        catalogue = build_catalogue(root, options.max_paths)
    renderer = Renderer(catalogue, options.template_dirs)
    with _catalogue_frozen():
        pages = renderer.pages()
    return Site(
        catalogue=catalogue,
        pages=pages,
        glossary=renderer.glossary,
        watch=watched_paths(root),
        to_review=stale_entries(catalogue, options.today, options.review_after_days),
    )


@contextlib.contextmanager
def _cycle_collection_paused():
    """Loading and validating make ~1M objects (YAML nodes, data, models) without reference
    cycles, most of which live on: Python's cycle collector would walk them again and again
    meanwhile (~0.15 of 1.0 s at 500 entries). Rendering does make cycles, so it keeps the
    collector (paused there too, the build's peak memory rose by a sixth)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def _catalogue_frozen():
    """While rendering, the collector still frees the render's own cycles, but no longer walks
    the catalogue (and whatever else lives on) in its full collections (a full collection at 500
    entries is ~0.06 s). Unfrozen afterwards, so nothing stays exempt; a process that froze
    objects itself (e.g. before forking) is left as it was."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def forget_earlier_builds() -> None:
    """Start as a new process does. Within one process (`mkdocs serve`) a build reuses what did
    not change since the one before; the benchmark forgets it to time each stage cold."""
    load.forget_earlier_loads()
    validate.forget_earlier_validations()
    glossary.forget_terms_found()


def watched_paths(root: Path) -> list[Path]:
    """The catalogue's folders and single files under `root` that exist."""
    return [root / name for name in [*kinds.folders(), *kinds.single_files()] if (root / name).exists()]
