"""Page family: the IHW 2.0 guide — ``/ihw/`` (the method), ``/ihw/rollen/`` (the roles of the
arbeidsdeskundige) and one page per step. The cases and the trainers' pages built from them are
the next family (pages_casussen.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import models
from .page import PageFamily
from .urls import rel, step_src

if TYPE_CHECKING:
    from .render import Link, Page, Renderer

GUIDE = "ihw/index.md"
ROLES = "ihw/rollen.md"
CASES = "casussen/index.md"
TRAINERS = "voor-trainers.md"
WHERE_ARE_YOU = "ihw-waar-staat-u"  # the tree every IHW step page points to


def natural_key(text: str) -> list[Any]:
    """'medewerker 2' before 'medewerker 10'."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text)]


def mentioned(telling: models.Telling) -> str:
    """What the 'Genoemd' column says: how often interviewees named it, or where it comes from."""
    if telling.genoemd == "projectdocumentatie":
        return "in de projectdocumentatie"
    if telling.genoemd is None:
        return "—"
    return "1 keer" if telling.genoemd == 1 else f"{telling.genoemd} keer"


# -- what the guide's pages and the cases' pages both list ----------------------------------------
def cases_with_steps(catalogue, steps: set[str]) -> list[str]:
    return [
        slug for slug, entry in catalogue.casussen.items()
        if any(part.stap in steps for part in entry.model.aanpak)
    ]


def worksheets_for_steps(catalogue, steps: set[str]) -> list[str]:
    return [slug for slug, e in catalogue.werkbladen.items() if steps & set(e.model.ihw_stappen)]


def case_links(renderer: Renderer, src: str, slugs: Iterable[str]) -> list[Link]:
    """Cases in the order of their titles, 'medewerker 2' before 'medewerker 10'."""
    casussen = renderer.catalogue.casussen
    return renderer._case_links(src, sorted(slugs, key=lambda s: natural_key(casussen[s].model.titel)))


class IhwPages(PageFamily):
    def pages(self) -> list[Page]:
        pages = [self._guide()]
        if self.catalogue.methode:
            pages.append(self._roles())
        pages += [self._step(slug) for slug in self.catalogue.stappen]
        return pages

    # -- the method ----------------------------------------------------------------------
    def _guide(self) -> Page:
        methode = self.catalogue.methode
        r = self.renderer
        return r._render(
            "ihw.md.j2", GUIDE, methode.source.path if methode else None,
            methode=methode.model if methode else None,
            stappen=r._step_links(GUIDE, self.catalogue.stappen),
            rollen=rel(GUIDE, ROLES),
            bronnen=r._citations(methode.model.bronnen) if methode else [],
            gecontroleerd=r.dutch_date(methode.model.laatst_gecontroleerd) if methode else "",
        )

    def _roles(self) -> Page:
        methode = self.catalogue.methode
        r = self.renderer
        roles = [
            {
                "naam": models.ROL_LABELS[rol.rol],
                "uitleg": rol.uitleg,
                "training": rol.training,
                "instrumenten": r._instrument_links(ROLES, rol.instrumenten),
                "filter": r.role_filter(ROLES, rol.rol),
            }
            for rol in methode.model.rollen
        ]
        return r._render("ihw-rollen.md.j2", ROLES, methode.source.path, rollen=roles,
                         methode=methode.model, bronnen=r._citations(methode.model.bronnen))

    def _step(self, slug: str) -> Page:
        r = self.renderer
        entry = self.catalogue.stappen[slug]
        stap = entry.model
        src = step_src(slug)
        return r._render(
            "ihw-stap.md.j2", src, entry.source.path,
            stap=stap,
            succesfactoren=[{"tekst": t.tekst, "genoemd": mentioned(t)} for t in stap.succesfactoren],
            valkuilen=[{"tekst": t.tekst, "genoemd": mentioned(t)} for t in stap.valkuilen],
            instrumenten=r._instrument_links(src, stap.instrumenten),
            casussen=case_links(r, src, cases_with_steps(self.catalogue, {slug})),
            werkbladen=r._worksheet_links(src, worksheets_for_steps(self.catalogue, {slug})),
            overzicht=rel(src, GUIDE),
            beslisboom=r._tree_links(src, [t for t in self.catalogue.beslisbomen if t == WHERE_ARE_YOU]),
            bronnen=r._citations(stap.bronnen),
            gecontroleerd=r.dutch_date(stap.laatst_gecontroleerd),
        )
