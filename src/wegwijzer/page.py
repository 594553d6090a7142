"""What every page family produces: Markdown pages, and the links between them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .link import Catalogue
    from .render import Renderer


@dataclass(frozen=True)
class Page:
    """One generated Markdown page and the catalogue file it comes from (None for listings)."""

    src_uri: str
    markdown: str
    source: str | None = None


@dataclass(frozen=True)
class Link:
    title: str
    href: str
    summary: str = ""


@dataclass
class PageFamily:
    """A family of pages made with the shared renderer (links, citations, templates)."""

    renderer: Renderer

    @property
    def catalogue(self) -> Catalogue:
        return self.renderer.catalogue
