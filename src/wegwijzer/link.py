"""Stage 3: the linked catalogue — entries by kind and the reverse links pages show — after the
checks that need the whole catalogue (checks.py: references, unique names, tree shape)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from . import checks, kinds
from .diagnostics import Diagnostic
from .models import (
    Beslisboom, Casus, Contact, IhwMethode, IhwStap, Instrument, SourceDocument, Werkblad, Woord,
)
from .validate import Entry

DEFAULT_MAX_PATHS = 200


@dataclass(frozen=True)
class Catalogue:
    """The linked catalogue: entries by slug plus the reverse links pages show."""

    instruments: dict[str, Entry[Instrument]]
    beslisbomen: dict[str, Entry[Beslisboom]]
    stappen: dict[str, Entry[IhwStap]]  # in step order
    casussen: dict[str, Entry[Casus]]
    methode: Entry[IhwMethode] | None
    werkbladen: dict[str, Entry[Werkblad]] = field(default_factory=dict)
    # source document id -> its entry in bronnen.yml (empty when the file is absent)
    bronnen: dict[str, SourceDocument] = field(default_factory=dict)
    contacten: dict[str, Contact] = field(default_factory=dict)  # contacten.yml, by id
    woorden: list[Woord] = field(default_factory=list)  # woordenlijst.yml
    # Every kind with a folder (kinds.py), by kind name, then slug: the fields above are views of
    # it for the built-in kinds; a kind added later is found here.
    entries: dict[str, dict[str, Entry]] = field(default_factory=dict)
    # instrument slug -> slugs of what mentions it
    related: dict[str, list[str]] = field(default_factory=dict)
    in_stappen: dict[str, list[str]] = field(default_factory=dict)
    in_casussen: dict[str, list[str]] = field(default_factory=dict)
    in_beslisbomen: dict[str, list[str]] = field(default_factory=dict)


def link(
    entries: list[Entry],
    max_paths: int = DEFAULT_MAX_PATHS,
    unreadable: set[tuple[str, str]] = frozenset(),
) -> tuple[Catalogue, list[Diagnostic]]:
    """Link valid entries; `unreadable` holds (kind, slug) of files that failed earlier stages,
    so references to them are not reported a second time."""
    by_kind: dict[str, dict[str, Entry]] = defaultdict(dict)
    for entry in entries:
        by_kind[entry.source.kind][entry.slug] = entry
    by_slug = {kind.name: dict(sorted(by_kind[kind.name].items())) for kind in kinds.KINDS if kind.folder}
    by_slug["ihw-stap"] = dict(sorted(by_kind["ihw-stap"].items(), key=lambda item: item[1].model.nummer))
    catalogue = Catalogue(
        entries=by_slug,
        instruments=by_slug["instrument"],
        beslisbomen=by_slug["beslisboom"],
        stappen=by_slug["ihw-stap"],
        casussen=by_slug["casus"],
        methode=next(iter(by_kind["ihw-methode"].values()), None),
        werkbladen=by_slug["werkblad"],
        bronnen={
            document.id: document
            for entry in by_kind["bronnen"].values() for document in entry.model.documenten
        },
        contacten={
            contact.id: contact
            for entry in by_kind["contacten"].values() for contact in entry.model.contacten
        },
        woorden=[woord for entry in by_kind["woordenlijst"].values() for woord in entry.model.woorden],
    )
    problems = checks.whole_catalogue(catalogue, by_kind.get("contacten", {}), unreadable, max_paths)
    _fill_reverse_links(catalogue)
    return catalogue, problems


def _fill_reverse_links(catalogue: Catalogue) -> None:
    for entry in catalogue.instruments.values():
        for other in entry.model.gerelateerd:
            catalogue.related.setdefault(entry.slug, []).append(other)
            catalogue.related.setdefault(other, []).append(entry.slug)
    for slug, stap in catalogue.stappen.items():
        for instrument in stap.model.instrumenten:
            catalogue.in_stappen.setdefault(instrument, []).append(slug)
    for entry in catalogue.instruments.values():
        for stap in entry.model.ihw_stappen:
            if stap in catalogue.stappen:  # unknown ones are reported by _check_references
                catalogue.in_stappen.setdefault(entry.slug, []).append(stap)
    for slug, casus in catalogue.casussen.items():
        for instrument in casus.model.instrumenten:
            catalogue.in_casussen.setdefault(instrument, []).append(slug)
    for slug, boom in catalogue.beslisbomen.items():
        for uitkomst in boom.model.uitkomsten.values():
            for instrument in uitkomst.instrumenten:
                catalogue.in_beslisbomen.setdefault(instrument, []).append(slug)
    step_order = list(catalogue.stappen)
    for key, values in catalogue.in_stappen.items():
        catalogue.in_stappen[key] = sorted(set(values), key=step_order.index)
    for mapping in (catalogue.related, catalogue.in_casussen, catalogue.in_beslisbomen):
        for key, values in mapping.items():
            mapping[key] = sorted(set(values))
