"""Page family: the cases and what trainers build on them — ``/casussen/`` (one page per case),
``/voor-trainers/`` (by the roles of the arbeidsdeskundige) and a printable lesmap per role
(``/voor-trainers/lesmap/<rol>/``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import models
from .page import PageFamily
from .pages_ihw import CASES, GUIDE, ROLES, TRAINERS, case_links, natural_key, worksheets_for_steps
from .urls import case_src, rel

if TYPE_CHECKING:
    from .render import Page

# Which role's work a case lets a group practise, from what the case shows (its `toont`); the
# trainers page states this rule in words (001: the three roles of the arbeidsdeskundige).
ROLE_OF_CASE: dict[str, str] = {
    "een-medewerker": "inventariserend",
    "werk-herontwerpen": "uitvoerend",
    "organisatie-adviseren": "adviserend",
}


def lesmap_src(rol: str) -> str:
    return f"voor-trainers/lesmap/{rol}.md"


def first_paragraph(markdown: str) -> str:
    return markdown.strip().split("\n\n", 1)[0]


class CasePages(PageFamily):
    def pages(self) -> list[Page]:
        pages = [self._case_index()]
        pages += [self._case(slug) for slug in self.catalogue.casussen]
        pages.append(self._trainers())
        if self.catalogue.methode:
            pages += [self._lesmap(rol) for rol in self.catalogue.methode.model.rollen]
        return pages

    # -- cases ---------------------------------------------------------------------------
    def _case_index(self) -> Page:
        return self.renderer._render(
            "casussen.md.j2", CASES,
            casussen=case_links(self.renderer, CASES, self.catalogue.casussen),
            trainers=rel(CASES, TRAINERS),
        )

    def _case(self, slug: str) -> Page:
        r = self.renderer
        entry = self.catalogue.casussen[slug]
        src = case_src(slug)
        return r._render(
            "casus.md.j2", src, entry.source.path,
            **self._case_content(src, slug),
            overzicht=rel(src, CASES),
            bronnen=r._citations(entry.model.bronnen),
            gecontroleerd=r.dutch_date(entry.model.laatst_gecontroleerd),
        )

    def _case_content(self, src: str, slug: str) -> dict[str, Any]:
        """What a case page and a lesmap both show of a case."""
        r = self.renderer
        casus = self.catalogue.casussen[slug].model
        steps = {part.stap for part in casus.aanpak if part.stap}
        return {
            "casus": casus,
            "aanpak": [
                {"stap": r._step_links(src, [part.stap])[0] if part.stap else None, "tekst": part.tekst}
                for part in casus.aanpak
            ],
            "instrumenten": r._instrument_links(src, casus.instrumenten),
            "beslisbomen": r._tree_links(src, self._trees_for_instruments(casus.instrumenten)),
            "stappen": r._step_links(src, [s for s in self.catalogue.stappen if s in steps]),
        }

    def _trees_for_instruments(self, instruments: Iterable[str]) -> list[str]:
        found = {tree for slug in instruments for tree in self.catalogue.in_beslisbomen.get(slug, [])}
        return [slug for slug in self.catalogue.beslisbomen if slug in found]

    # -- trainers ------------------------------------------------------------------------
    def _cases_of_role(self, rol: str) -> list[str]:
        return [
            slug for slug, entry in self.catalogue.casussen.items()
            if ROLE_OF_CASE[entry.model.toont] == rol
        ]

    def _role_material(self, src: str, rol: models.RolBeschrijving) -> dict[str, Any]:
        """A role's work and everything that practises it, derived from the role's cases."""
        r = self.renderer
        cases = self._cases_of_role(rol.rol)
        casussen = self.catalogue.casussen
        steps = {part.stap for slug in cases for part in casussen[slug].model.aanpak if part.stap}
        return {
            "rol": rol.rol,
            "naam": models.ROL_LABELS[rol.rol],
            "werk": first_paragraph(rol.uitleg),
            "training": rol.training,
            "casussen": case_links(r, src, cases),
            "stappen": r._step_links(src, [s for s in self.catalogue.stappen if s in steps]),
            "werkbladen": r._worksheet_links(src, worksheets_for_steps(self.catalogue, steps)),
            "lesmap": rel(src, lesmap_src(rol.rol)),
        }

    def _trainers(self) -> Page:
        methode = self.catalogue.methode
        r = self.renderer
        rollen = [self._role_material(TRAINERS, rol) for rol in methode.model.rollen] if methode else []
        return r._render(
            "voor-trainers.md.j2", TRAINERS,
            rollen=rollen,
            casussenpagina=rel(TRAINERS, CASES),
            beslisbomen=r._tree_links(TRAINERS, self.catalogue.beslisbomen),
            ihw=rel(TRAINERS, GUIDE),
            rolpagina=rel(TRAINERS, ROLES) if methode else "",
        )

    def _lesmap(self, rol: models.RolBeschrijving) -> Page:
        src = lesmap_src(rol.rol)
        cases = sorted(self._cases_of_role(rol.rol), key=lambda s: natural_key(self.catalogue.casussen[s].model.titel))
        return self.renderer._render(
            "lesmap.md.j2", src,
            rol=self._role_material(src, rol),
            casussen=[self._case_content(src, slug) for slug in cases],
            aantal="staat 1 casus" if len(cases) == 1 else f"staan {len(cases)} casussen",
            trainers=rel(src, TRAINERS),
        )
