"""Page family: the IHW 2.0 guide, its cases and the trainers' pages — ``/ihw/`` (the method, the
roles, one page per step), ``/casussen/`` (one page per case), ``/voor-trainers/`` (by the roles
of the arbeidsdeskundige) and a printable lesmap per role (``/voor-trainers/lesmap/<rol>/``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import models
from .urls import case_src, rel, step_src

if TYPE_CHECKING:
    from .render import Link, Page, Renderer

GUIDE = "ihw/index.md"
ROLES = "ihw/rollen.md"
CASES = "casussen/index.md"
TRAINERS = "voor-trainers.md"
WHERE_ARE_YOU = "ihw-waar-staat-u"  # the tree every IHW step page points to

# Which role's work a case lets a group practise, from what the case shows (its `toont`); the
# trainers page states this rule in words (001: the three roles of the arbeidsdeskundige).
ROLE_OF_CASE: dict[str, str] = {
    "een-medewerker": "inventariserend",
    "werk-herontwerpen": "uitvoerend",
    "organisatie-adviseren": "adviserend",
}


def lesmap_src(rol: str) -> str:
    return f"voor-trainers/lesmap/{rol}.md"


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


def first_paragraph(markdown: str) -> str:
    return markdown.strip().split("\n\n", 1)[0]


@dataclass
class IhwPages:
    renderer: Renderer

    def pages(self) -> list[Page]:
        pages = [self._guide()]
        if self.catalogue.methode:
            pages.append(self._roles())
        pages += [self._step(slug) for slug in self.catalogue.stappen]
        pages.append(self._case_index())
        pages += [self._case(slug) for slug in self.catalogue.casussen]
        pages.append(self._trainers())
        if self.catalogue.methode:
            pages += [self._lesmap(rol) for rol in self.catalogue.methode.model.rollen]
        return pages

    @property
    def catalogue(self):  # noqa: ANN201 - the linked Catalogue
        return self.renderer.catalogue

    # -- the method ----------------------------------------------------------------------
    def _guide(self) -> Page:
        methode = self.catalogue.methode
        r = self.renderer
        return r._render(
            "ihw.md.j2", GUIDE, methode.source.path if methode else None,
            methode=methode.model if methode else None,
            stappen=self._steps(GUIDE, self.catalogue.stappen),
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
            casussen=self._cases(src, self._cases_with_steps({slug})),
            werkbladen=r._worksheet_links(src, self._worksheets_for_steps({slug})),
            overzicht=rel(src, GUIDE),
            beslisboom=r._tree_links(src, [t for t in self.catalogue.beslisbomen if t == WHERE_ARE_YOU]),
            bronnen=r._citations(stap.bronnen),
            gecontroleerd=r.dutch_date(stap.laatst_gecontroleerd),
        )

    # -- cases ---------------------------------------------------------------------------
    def _case_index(self) -> Page:
        return self.renderer._render(
            "casussen.md.j2", CASES,
            casussen=self._cases(CASES, self.catalogue.casussen),
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
                {"stap": self._steps(src, [part.stap])[0] if part.stap else None, "tekst": part.tekst}
                for part in casus.aanpak
            ],
            "instrumenten": r._instrument_links(src, casus.instrumenten),
            "beslisbomen": r._tree_links(src, self._trees_for_instruments(casus.instrumenten)),
            "stappen": self._steps(src, [s for s in self.catalogue.stappen if s in steps]),
        }

    def _cases_with_steps(self, steps: set[str]) -> list[str]:
        return [
            slug for slug, entry in self.catalogue.casussen.items()
            if any(part.stap in steps for part in entry.model.aanpak)
        ]

    def _worksheets_for_steps(self, steps: set[str]) -> list[str]:
        return [slug for slug, e in self.catalogue.werkbladen.items() if steps & set(e.model.ihw_stappen)]

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
            "casussen": self._cases(src, cases),
            "stappen": self._steps(src, [s for s in self.catalogue.stappen if s in steps]),
            "werkbladen": r._worksheet_links(src, self._worksheets_for_steps(steps)),
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

    # -- links ---------------------------------------------------------------------------
    def _steps(self, src: str, slugs: Iterable[str]) -> list[Link]:
        return self.renderer._step_links(src, slugs)

    def _cases(self, src: str, slugs: Iterable[str]) -> list[Link]:
        ordered = sorted(slugs, key=lambda s: natural_key(self.catalogue.casussen[s].model.titel))
        return self.renderer._case_links(src, ordered)
