"""Page family: the worksheets — ``/werkbladen/`` and one page per worksheet, to fill in the
browser (kept only in it) or print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .urls import worksheet_src

if TYPE_CHECKING:
    from .render import Page, Renderer


def worksheet_pages(renderer: Renderer) -> list[Page]:
    index_src = "werkbladen/index.md"
    pages = [renderer._render(
        "werkbladen.md.j2", index_src,
        werkbladen=renderer._worksheet_links(index_src, renderer.catalogue.werkbladen),
    )]
    for slug, entry in renderer.catalogue.werkbladen.items():
        src = worksheet_src(slug)
        werkblad = entry.model
        labels = werkblad.rijlabels or [""] * werkblad.lege_rijen
        pages.append(renderer._render(
            "werkblad.md.j2", src, entry.source.path,
            slug=slug, werkblad=werkblad,
            rows=[{"number": n, "label": label} for n, label in enumerate(labels, start=1)],
            stappen=renderer._step_links(src, werkblad.ihw_stappen),
            bronnen=renderer._citations(werkblad.bronnen),
            gecontroleerd=renderer.dutch_date(werkblad.laatst_gecontroleerd),
        ))
    return pages
