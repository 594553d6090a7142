"""Page family: the instruments — ``/instrumenten/`` (the overview with its filters), one page per
instrument, and one listing per facet value (``/instrumenten/soort/regeling/``)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import models
from .models import Instrument
from .page import Link
from .urls import instrument_src, rel

if TYPE_CHECKING:
    from .page import Page
    from .render import Renderer
    from .validate import Entry

FACT_FACETS = ("niveau", "dienstverlening", "rollen", "doelgroep")  # shown on instrument pages
FACETS: dict[str, tuple[str, dict[Any, str]]] = {
    "soort": ("Soort", models.SOORT_LABELS),
    "niveau": ("Niveau", models.NIVEAU_LABELS),
    "dienstverlening": ("Dienstverlening (continuüm)", models.DIENSTVERLENING_LABELS),
    "rollen": ("Rol van de arbeidsdeskundige", models.ROL_LABELS),
    "doelgroep": ("Doelgroep", models.DOELGROEP_LABELS),
    "ihw_stappen": ("IHW-stap", {}),  # labels come from the catalogue's steps
}


@dataclass(frozen=True)
class Section:
    """One question an instrument page answers; `text` and `items` both empty means a gap."""

    title: str
    text: str = ""
    items: Sequence[str] = ()
    gap: str = ""  # how the 'Niet in de bronnen' line names it when empty


@dataclass(frozen=True)
class FacetValue:
    facet: str
    value: str
    label: str
    href: str
    count: int


class InstrumentPages:
    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        self.catalogue = renderer.catalogue

    def pages(self) -> list[Page]:
        pages = [self.instrument_overview()]
        pages += [self.instrument_page(entry) for entry in self.catalogue.instruments.values()]
        return pages + self.facet_pages()

    def instrument_page(self, entry: Entry[Instrument]) -> Page:
        src = instrument_src(entry.slug)
        instrument = entry.model
        sections = self._instrument_sections(instrument)
        facets = self._facet_links(src, entry)
        return self.renderer._render(
            "instrument.md.j2", src, entry.source.path,
            slug=entry.slug, instrument=instrument,
            soort=models.SOORT_LABELS[instrument.soort],
            kind=kind_label(instrument),
            sections=[s for s in sections if s.text or s.items],
            gaps=[s.gap for s in sections if not (s.text or s.items)]
            + [title.lower() for title, values in facets if not values],
            related=self.renderer._instrument_links(src, self.catalogue.related.get(entry.slug, [])),
            stappen=self.renderer._step_links(src, self.catalogue.in_stappen.get(entry.slug, [])),
            casussen=self.renderer._case_links(src, self.catalogue.in_casussen.get(entry.slug, [])),
            beslisbomen=self.renderer._tree_links(src, self.catalogue.in_beslisbomen.get(entry.slug, [])),
            bronnen=self.renderer._citations(instrument.bronnen),
            gecontroleerd=self.renderer.dutch_date(instrument.laatst_gecontroleerd),
            facets=facets,
            situaties=self.renderer.situatiewijzer.situations_of(src, entry.slug),
        )

    @staticmethod
    def _instrument_sections(instrument: Instrument) -> list[Section]:
        provider = [f"Aanbieder: {instrument.aanbieder}"] if instrument.aanbieder else []
        cost = [f"Kosten: {instrument.kosten}"] if instrument.kosten else []
        return [
            Section("Wanneer zet u het in?", items=instrument.wanneer or (), gap="wanneer u het inzet"),
            Section("Hoe past u het toe?", items=instrument.hoe_toepassen or (), gap="hoe u het toepast"),
            Section("Wat levert het de werkgever op?", items=instrument.opbrengst_werkgever or (),
                    gap="wat het de werkgever oplevert"),
            Section("Rol van de arbeidsdeskundige", text=instrument.rol_arbeidsdeskundige or "",
                    gap="de rol van de arbeidsdeskundige"),
            Section("Wie biedt het aan, wie betaalt?", items=provider + cost,
                    gap="wie het aanbiedt en wie betaalt"),
        ]

    def _facet_links(self, src: str, entry: Entry[Instrument]) -> list[tuple[str, list[FacetValue]]]:
        """(facet title, this entry's values as links to their listing) for the facts table."""
        links: dict[str, list[FacetValue]] = {facet: [] for facet in FACETS}
        for facet, value in facet_values(entry.model):
            label = self.facet_label(facet, value)
            links[facet].append(FacetValue(facet, str(value), label, rel(src, facet_src(facet, value)), 0))
        return [(FACETS[facet][0], links[facet]) for facet in FACT_FACETS]

    def facet_label(self, facet: str, value: Any) -> str:
        if facet == "ihw_stappen":
            stap = self.catalogue.stappen[value].model
            return f"Stap {stap.nummer}: {stap.naam}"
        return FACETS[facet][1][value]

    def instrument_overview(self) -> Page:
        src = "instrumenten/index.md"
        return self.renderer._render(
            "instrumenten.md.j2", src,
            items=self._listing(src, self.catalogue.instruments.values()),
            facets=self._facet_groups(src),
            total=len(self.catalogue.instruments),
        )

    def facet_pages(self) -> list[Page]:
        pages = []
        for facet, value, entries in self._facet_index:
            src = facet_src(facet, value)
            pages.append(self.renderer._render(
                "facet.md.j2", src,
                facet=FACETS[facet][0], label=self.facet_label(facet, value),
                items=self._listing(src, entries),
                overview=rel(src, "instrumenten/index.md"),
                facets=self._facet_groups(src),
            ))
        return pages

    # Computed once: the overview, every facet page and the trainers' role filters read it.
    @functools.cached_property
    def _facet_index(self) -> list[tuple[str, Any, list[Entry[Instrument]]]]:
        index: dict[tuple[str, Any], list[Entry[Instrument]]] = {}
        for entry in self.catalogue.instruments.values():
            for facet, value in facet_values(entry.model):
                index.setdefault((facet, value), []).append(entry)
        order = {facet: list(labels) for facet, (_, labels) in FACETS.items()}
        order["ihw_stappen"] = list(self.catalogue.stappen)
        return [
            (facet, value, index[(facet, value)])
            for facet in FACETS for value in order[facet] if (facet, value) in index
        ]

    def _facet_groups(self, src: str) -> list[tuple[str, str, list[FacetValue]]]:
        groups: dict[str, list[FacetValue]] = {}
        for facet, value, entries in self._facet_index:
            groups.setdefault(facet, []).append(FacetValue(
                facet, str(value), self.facet_label(facet, value),
                rel(src, facet_src(facet, value)), len(entries),
            ))
        return [(facet, FACETS[facet][0], values) for facet, values in groups.items()]

    def _listing(self, src: str, entries: Iterable[Entry[Instrument]]) -> list[str]:
        """The listing's rows, in name order. Every facet page lists the same rows with the same
        links (the pages share a depth), so each row is rendered once per address it links to:
        at 500 entries ~1,000 rows instead of ~5,000."""
        rows = []
        for e in sorted(entries, key=lambda e: e.model.naam.casefold()):
            href = rel(src, instrument_src(e.slug))
            rows.append(self.renderer.fragment(
                "_listing_item.md.j2", href, lambda: {"item": self._listing_item(e, href)}
            ))
        return rows

    @staticmethod
    def _listing_item(e: Entry[Instrument], href: str) -> dict[str, Any]:
        return {
            "link": Link(e.model.naam, href, e.model.samenvatting),
            "soort": models.SOORT_LABELS[e.model.soort],
            "meta": " · ".join([
                ", ".join(models.NIVEAU_LABELS[n] for n in e.model.niveau),
                ", ".join(models.DIENSTVERLENING_LABELS[d] for d in e.model.dienstverlening),
            ]),
            "data": {
                facet: " ".join(str(v) for f, v in facet_values(e.model) if f == facet)
                for facet in FACETS
            },
        }

    def role_filter(self, src: str, rol: str) -> str:
        """The instrument listing for a role, when any instrument has it."""
        return rel(src, facet_src("rollen", rol)) if rol in self._used("rollen") else ""

    def _used(self, facet: str) -> set[Any]:
        return {value for f, value, _ in self._facet_index if f == facet}


def facet_src(facet: str, value: Any) -> str:
    return f"instrumenten/{facet.replace('_', '-')}/{value}.md"


def facet_values(instrument: Instrument) -> list[tuple[str, Any]]:
    return [
        (facet, value)
        for facet in FACETS
        for value in ([instrument.soort] if facet == "soort" else getattr(instrument, facet))
    ]


def kind_label(instrument: Instrument) -> str:
    """What a search result or page header calls this entry."""
    if instrument.soort == "regeling":
        return "Regeling"
    return f"Instrument · {models.SOORT_LABELS[instrument.soort]}"


