"""Stage 4: the linked catalogue -> Markdown pages (Material's extensions), via Jinja templates.

Python decides what a page says (order, labels, gaps, links); the templates under
``templates/wegwijzer/`` only lay it out. Links are relative links to the other pages' Markdown
sources, so MkDocs (or another MkDocs-compatible builder) checks and rewrites them.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from . import kinds, models
from .glossary import Glossary
from .link import Catalogue
from .pages_beslisbomen import BeslisboomPages, tree_src
from .pages_ihw import IhwPages
from .pages_selectie import SelectiePages
from .pages_situatiewijzer import SituatiewijzerPages
from .urls import case_src, instrument_src, rel, step_src, worksheet_src  # noqa: F401 (re-exported)
from .models import Bron, Instrument
from .validate import Entry

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
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


@dataclass
class Renderer:
    catalogue: Catalogue
    template_dirs: Sequence[Path] = ()
    env: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        self.env = self.environment(self.template_dirs)
        self.glossary = Glossary(self.catalogue.woorden)
        self.situatiewijzer = SituatiewijzerPages(self)

    @staticmethod
    def kind_of(instrument: Instrument) -> str:
        return kind_label(instrument)

    @staticmethod
    def dutch_date(date: datetime.date) -> str:
        return dutch_date(date)

    def source_title(self, bron: Bron) -> str:
        return document_title(self.catalogue.bronnen.get(bron.seed))

    def _citations(self, bronnen: Sequence[Bron]) -> list[dict[str, str]]:
        return citations(bronnen, self.catalogue.bronnen)

    @staticmethod
    def environment(template_dirs: Sequence[Path] = ()) -> jinja2.Environment:
        """The template environment: HTML-escaping on, so catalogue text never becomes markup."""
        return _environment(tuple(str(d) for d in template_dirs))

    # -- the whole site ------------------------------------------------------------------
    def pages(self) -> list[Page]:
        """Every generated page: each page family in PAGE_FAMILIES in turn."""
        return [page for family in PAGE_FAMILIES for page in family(self)]

    def instrument_pages(self) -> list[Page]:
        pages = [self.instrument_overview()]
        pages += [self.instrument_page(entry) for entry in self.catalogue.instruments.values()]
        return pages + self.facet_pages()

    def glossary_pages(self) -> list[Page]:
        if not self.catalogue.woorden:
            return []
        return [self._render(
            "woordenlijst.md.j2", "woordenlijst.md",
            woorden=[
                {"term": w.term, "uitleg": w.uitleg, "bron": self._citations([w.bron])[0]}
                for w in sorted(self.catalogue.woorden, key=lambda w: w.term.casefold())
            ],
        )]

    def _render(self, template: str, src_uri: str, source: str | None = None, **context: Any) -> Page:
        markdown = resolve_references(self.env.get_template(f"wegwijzer/{template}").render(source=source, **context),
                                      src_uri)
        return Page(src_uri, markdown + self.glossary.for_page(markdown), source)

    # -- instruments ---------------------------------------------------------------------
    def instrument_page(self, entry: Entry[Instrument]) -> Page:
        src = instrument_src(entry.slug)
        instrument = entry.model
        sections = self._instrument_sections(instrument)
        facets = self._facet_links(src, entry)
        return self._render(
            "instrument.md.j2", src, entry.source.path,
            slug=entry.slug, instrument=instrument,
            soort=models.SOORT_LABELS[instrument.soort],
            kind=kind_label(instrument),
            sections=[s for s in sections if s.text or s.items],
            gaps=[s.gap for s in sections if not (s.text or s.items)]
            + [title.lower() for title, values in facets if not values],
            related=self._instrument_links(src, self.catalogue.related.get(entry.slug, [])),
            stappen=self._step_links(src, self.catalogue.in_stappen.get(entry.slug, [])),
            casussen=self._case_links(src, self.catalogue.in_casussen.get(entry.slug, [])),
            beslisbomen=self._tree_links(src, self.catalogue.in_beslisbomen.get(entry.slug, [])),
            bronnen=self._citations(instrument.bronnen),
            gecontroleerd=dutch_date(instrument.laatst_gecontroleerd),
            facets=facets,
            situaties=self.situatiewijzer.situations_of(src, entry.slug),
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
        return self._render(
            "instrumenten.md.j2", src,
            items=self._listing(src, self.catalogue.instruments.values()),
            facets=self._facet_groups(src),
            total=len(self.catalogue.instruments),
        )

    def facet_pages(self) -> list[Page]:
        pages = []
        for facet, value, entries in self._facet_index():
            src = facet_src(facet, value)
            pages.append(self._render(
                "facet.md.j2", src,
                facet=FACETS[facet][0], label=self.facet_label(facet, value),
                items=self._listing(src, entries),
                overview=rel(src, "instrumenten/index.md"),
                facets=self._facet_groups(src),
            ))
        return pages

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
        for facet, value, entries in self._facet_index():
            groups.setdefault(facet, []).append(FacetValue(
                facet, str(value), self.facet_label(facet, value),
                rel(src, facet_src(facet, value)), len(entries),
            ))
        return [(facet, FACETS[facet][0], values) for facet, values in groups.items()]

    def _listing(self, src: str, entries: Iterable[Entry[Instrument]]) -> list[dict[str, Any]]:
        return [
            {
                "link": Link(e.model.naam, rel(src, instrument_src(e.slug)), e.model.samenvatting),
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
            for e in sorted(entries, key=lambda e: e.model.naam.casefold())
        ]

    # -- IHW 2.0 guide, cases, trainers ---------------------------------------------------
    def role_filter(self, src: str, rol: str) -> str:
        """The instrument listing for a role, when any instrument has it."""
        return rel(src, facet_src("rollen", rol)) if rol in self._used("rollen") else ""

    def _used(self, facet: str) -> set[Any]:
        return {value for f, value, _ in self._facet_index() if f == facet}

    # -- worksheets ----------------------------------------------------------------------
    def worksheet_pages(self) -> list[Page]:
        index_src = "werkbladen/index.md"
        pages = [self._render(
            "werkbladen.md.j2", index_src,
            werkbladen=self._worksheet_links(index_src, self.catalogue.werkbladen),
        )]
        for slug, entry in self.catalogue.werkbladen.items():
            src = worksheet_src(slug)
            werkblad = entry.model
            labels = werkblad.rijlabels or [""] * werkblad.lege_rijen
            pages.append(self._render(
                "werkblad.md.j2", src, entry.source.path,
                slug=slug, werkblad=werkblad,
                rows=[{"number": n, "label": label} for n, label in enumerate(labels, start=1)],
                stappen=self._step_links(src, werkblad.ihw_stappen),
                bronnen=self._citations(werkblad.bronnen),
                gecontroleerd=dutch_date(werkblad.laatst_gecontroleerd),
            ))
        return pages

    # -- links to other pages ------------------------------------------------------------
    def _instrument_links(self, src: str, slugs: Iterable[str]) -> list[Link]:
        found = [self.catalogue.instruments[s] for s in slugs]
        return [Link(e.model.naam, rel(src, instrument_src(e.slug)), e.model.samenvatting) for e in found]

    def _step_links(self, src: str, slugs: Iterable[str]) -> list[Link]:
        found = [self.catalogue.stappen[s] for s in slugs]
        return [
            Link(f"Stap {e.model.nummer}: {e.model.naam}", rel(src, step_src(e.slug)), e.model.samenvatting)
            for e in found
        ]

    def _case_links(self, src: str, slugs: Iterable[str]) -> list[Link]:
        found = [self.catalogue.casussen[s] for s in slugs]
        return [Link(e.model.titel, rel(src, case_src(e.slug)), e.model.samenvatting) for e in found]

    def _worksheet_links(self, src: str, slugs: Iterable[str]) -> list[Link]:
        found = [self.catalogue.werkbladen[s] for s in slugs]
        return [Link(e.model.titel, rel(src, worksheet_src(e.slug)), e.model.samenvatting) for e in found]

    def _tree_links(self, src: str, slugs: Iterable[str]) -> list[Link]:
        found = [self.catalogue.beslisbomen[s] for s in slugs]
        return [Link(e.model.titel, rel(src, tree_src(e.slug, None)), e.model.samenvatting) for e in found]


# The page families, in the order their pages are listed: each takes the renderer (its catalogue,
# templates and link helpers) and returns its pages. A new kind of page is one more entry here
# (CONTRIBUTING.md, "Een nieuw soort pagina toevoegen").
PAGE_FAMILIES: list[Callable[[Renderer], list[Page]]] = [
    Renderer.instrument_pages,
    lambda renderer: BeslisboomPages(renderer).pages(),
    lambda renderer: IhwPages(renderer).pages(),
    Renderer.worksheet_pages,
    lambda renderer: renderer.situatiewijzer.pages(),
    lambda renderer: SelectiePages(renderer).pages(),
    Renderer.glossary_pages,
]


# One per process and folder list: Jinja compiles each template once (a fifth of a render), also
# across the rebuilds of `mkdocs serve`, and still reloads a template whose file changed.
@functools.lru_cache(maxsize=8)
def _environment(template_dirs: tuple[str, ...]) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(list(template_dirs))]
    loaders.append(jinja2.PackageLoader("wegwijzer", "templates"))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def error_pages(pages: Sequence[Page], diagnostics: Sequence[Any]) -> list[Page]:
    """While serving a broken catalogue: each page the editor may have open shows the problems."""
    template = Renderer.environment().get_template("wegwijzer/fouten.md.j2")
    lines = [str(d) for d in diagnostics]
    return [Page(page.src_uri, template.render(problemen=lines), page.source) for page in pages]


# -- URL scheme: the source of any page is found from its URL ------------------------------
def facet_src(facet: str, value: Any) -> str:
    return f"instrumenten/{facet.replace('_', '-')}/{value}.md"


_REFERENCE_LINK = re.compile(r"\]\(([a-z-]+):([a-z0-9]+(?:-[a-z0-9]+)*)\)")


def resolve_references(markdown: str, src: str) -> str:
    """[tekst](instrument:slug) in catalogue text -> a relative link MkDocs checks and rewrites.
    The link stage has made sure every target exists; any kind with pages can be linked."""
    pages = {kind.name: kind.page for kind in kinds.with_pages()}

    def replace(match: re.Match) -> str:
        page = pages.get(match[1])
        return f"]({rel(src, page(match[2]))})" if page else match[0]

    return _REFERENCE_LINK.sub(replace, markdown)


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


def citations(bronnen: Sequence[Bron], documents: dict[str, models.SourceDocument]) -> list[dict[str, str]]:
    """A page's sources as visitors read them: the document by title (and year), where in it,
    the quote and the official page. File names stay for editors (export, validate)."""
    return [
        {
            "document": document_title(documents.get(b.seed)),
            "vindplaats": locator_parts(b.vindplaats),
            "citaat": b.citaat or "",
            "url": str(b.url) if b.url else "",
        }
        for b in bronnen
    ]


# A heading or row label a locator quotes: 'Vraag 1, 'Hoe creëer je ...?'' -> marked as a quotation.
_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(]))'(.+?)'(?=$|[\s,.;:)])")


def locator_parts(locator: str) -> list[dict[str, Any]]:
    """The locator as text and quoted parts, so the source's own words are marked up as such."""
    parts, position = [], 0
    for match in _QUOTED.finditer(locator):
        parts.append({"tekst": locator[position:match.start()], "citaat": False})
        parts.append({"tekst": match[1], "citaat": True})
        position = match.end()
    parts.append({"tekst": locator[position:], "citaat": False})
    return [part for part in parts if part["tekst"]]


def document_title(document: models.SourceDocument | None) -> str:
    if document is None:  # a catalogue without bronnen.yml, e.g. in tests
        return "Brondocument"
    return document.titel + (f" ({document.jaar})" if document.jaar else "")


def dutch_date(date: datetime.date) -> str:
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"
