"""Stage 4: the linked catalogue -> Markdown pages (Material's extensions), via Jinja templates.

Python decides what a page says (order, labels, gaps, links); the templates under
``templates/wegwijzer/`` only lay it out. Links are relative links to the other pages' Markdown
sources, so MkDocs (or another MkDocs-compatible builder) checks and rewrites them.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from . import kinds, models
from .glossary import Glossary
from .link import Catalogue
from .models import Bron, Instrument
from .page import Link, Page  # noqa: F401 (Page: the page families' result, imported from here)
from .pages_beslisbomen import BeslisboomPages, tree_src
from .pages_casussen import CasePages
from .pages_ihw import IhwPages
from .pages_instrumenten import InstrumentPages, kind_label
from .pages_selectie import SelectiePages
from .pages_situatiewijzer import SituatiewijzerPages
from .pages_werkbladen import worksheet_pages
from .urls import case_src, instrument_src, rel, step_src, worksheet_src  # noqa: F401 (re-exported)

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


@dataclass
class Renderer:
    catalogue: Catalogue
    template_dirs: Sequence[Path] = ()
    env: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        self.env = self.environment(self.template_dirs)
        self._fragments: dict[tuple[str, Hashable], markupsafe.Markup] = {}
        self.glossary = Glossary(self.catalogue.woorden)
        self.situatiewijzer = SituatiewijzerPages(self)
        self.instruments = InstrumentPages(self)

    @staticmethod
    def kind_of(instrument: Instrument) -> str:
        return kind_label(instrument)

    def role_filter(self, src: str, rol: str) -> str:
        """The instrument listing for a role, when any instrument has it."""
        return self.instruments.role_filter(src, rol)

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

    def fragment(self, template: str, key: Hashable, context: Callable[[], dict[str, Any]]) -> markupsafe.Markup:
        """A part that many pages repeat unchanged (a listing row, a situatiewijzer card), rendered
        once per `key` and put into each page as it is (already escaped). The key names all the
        part depends on, its links included; `context` is only made the first time."""
        found = self._fragments.get((template, key))
        if found is None:
            text = self.env.get_template(f"wegwijzer/{template}").render(**context())
            found = self._fragments[template, key] = markupsafe.Markup(text)
        return found

    def _render(self, template: str, src_uri: str, source: str | None = None, **context: Any) -> Page:
        markdown = resolve_references(self.env.get_template(f"wegwijzer/{template}").render(source=source, **context),
                                      src_uri)
        return Page(src_uri, markdown + self.glossary.for_page(markdown), source)

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
    lambda renderer: renderer.instruments.pages(),
    lambda renderer: BeslisboomPages(renderer).pages(),
    lambda renderer: IhwPages(renderer).pages(),
    lambda renderer: CasePages(renderer).pages(),
    worksheet_pages,
    lambda renderer: renderer.situatiewijzer.pages(),
    lambda renderer: SelectiePages(renderer).pages(),
    Renderer.glossary_pages,
]


# One per process and folder list: Jinja compiles each template once (a fifth of a render), also
# across the rebuilds of `mkdocs serve`, and still reloads a template whose file changed. The
# compiled templates are kept on disk too, as Python keeps .pyc files (Jinja's per-user cache
# folder, keyed by each template's source): a new `mkdocs build` does not compile them again.
@functools.lru_cache(maxsize=8)
def _environment(template_dirs: tuple[str, ...]) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(list(template_dirs))]
    loaders.append(jinja2.PackageLoader("wegwijzer", "templates"))
    return jinja2.Environment(
        bytecode_cache=_compiled_templates(),
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _compiled_templates() -> jinja2.BytecodeCache | None:
    try:
        return jinja2.FileSystemBytecodeCache()
    except RuntimeError:  # no private temporary folder to keep them in: compile on every build
        return None


def error_pages(pages: Sequence[Page], diagnostics: Sequence[Any]) -> list[Page]:
    """While serving a broken catalogue: each page the editor may have open shows the problems."""
    template = Renderer.environment().get_template("wegwijzer/fouten.md.j2")
    lines = [str(d) for d in diagnostics]
    return [Page(page.src_uri, template.render(problemen=lines), page.source) for page in pages]


# -- URL scheme: the source of any page is found from its URL ------------------------------
_REFERENCE_LINK = re.compile(r"\]\(([a-z-]+):([a-z0-9]+(?:-[a-z0-9]+)*)\)")


def resolve_references(markdown: str, src: str) -> str:
    """[tekst](instrument:slug) in catalogue text -> a relative link MkDocs checks and rewrites.
    The link stage has made sure every target exists; any kind with pages can be linked."""
    pages = {kind.name: kind.page for kind in kinds.with_pages()}

    def replace(match: re.Match) -> str:
        page = pages.get(match[1])
        return f"]({rel(src, page(match[2]))})" if page else match[0]

    return _REFERENCE_LINK.sub(replace, markdown)


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
