"""The checks of stage 3 that need the whole catalogue: references between entries and in text,
contacts, unique names, the steps' numbering, and each tree's shape (tree_checks.py). Each returns
located problems."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from pydantic import BaseModel

from . import kinds
from .diagnostics import Diagnostic
from .yaml_text import Loc
from .text import references
from .tree_checks import check_tree
from .validate import Entry

if TYPE_CHECKING:
    from .link import Catalogue


def whole_catalogue(catalogue: Catalogue, contacts: dict[str, Entry], unreadable: set[tuple[str, str]],
                    max_paths: int) -> list[Diagnostic]:
    """Every problem found across entries; `unreadable` (kind, slug) are not reported again."""
    problems = _check_references(catalogue, unreadable) + _check_names(catalogue) + _check_steps(catalogue)
    problems += _check_text_references(catalogue, unreadable)
    problems += _check_contacts(catalogue, contacts, unreadable)
    for entry in catalogue.beslisbomen.values():
        problems += check_tree(entry, max_paths)
    return problems


def _references(catalogue: Catalogue):
    """(entry, location, kind of target, slug) for every reference in the catalogue."""
    for entry in catalogue.instruments.values():
        yield from _each(entry, ("gerelateerd",), "instrument", entry.model.gerelateerd)
        yield from _each(entry, ("ihw_stappen",), "ihw-stap", entry.model.ihw_stappen)
    for entry in catalogue.stappen.values():
        yield from _each(entry, ("instrumenten",), "instrument", entry.model.instrumenten)
    for entry in catalogue.casussen.values():
        yield from _each(entry, ("instrumenten",), "instrument", entry.model.instrumenten)
        for index, stap in enumerate(entry.model.aanpak):
            if stap.stap is not None:
                yield entry, ("aanpak", index, "stap"), "ihw-stap", stap.stap
    for entry in catalogue.werkbladen.values():
        yield from _each(entry, ("ihw_stappen",), "ihw-stap", entry.model.ihw_stappen)
    if catalogue.methode:
        for index, rol in enumerate(catalogue.methode.model.rollen):
            yield from _each(catalogue.methode, ("rollen", index, "instrumenten"), "instrument", rol.instrumenten)
    for entry in catalogue.beslisbomen.values():
        for node_id, uitkomst in entry.model.uitkomsten.items():
            at = ("uitkomsten", node_id)
            yield from _each(entry, at + ("instrumenten",), "instrument", uitkomst.instrumenten)
            yield from _each(entry, at + ("ihw_stappen",), "ihw-stap", uitkomst.ihw_stappen)
            yield from _each(entry, at + ("casussen",), "casus", uitkomst.casussen)


def _each(entry: Entry, at: Loc, kind: str, slugs: list[str]):
    for index, slug in enumerate(slugs):
        yield entry, at + (index,), kind, slug


TARGETS = {
    "instrument": ("onbekend instrument", "instruments/"),
    "ihw-stap": ("onbekende IHW-stap", "ihw_guide/stappen/"),
    "casus": ("onbekende casus", "ihw_guide/casussen/"),
}


def _check_references(catalogue: Catalogue, unreadable: set[tuple[str, str]]) -> list[Diagnostic]:
    known = {
        "instrument": catalogue.instruments,
        "ihw-stap": catalogue.stappen,
        "casus": catalogue.casussen,
    }
    problems = []
    references = list(_references(catalogue))
    # A kind with no entries but several references points at a missing folder, not at typos.
    empty = {
        kind for kind, entries in known.items()
        if not entries and len({slug for _, _, k, slug in references if k == kind}) > 1
    }
    unreported = set(empty)
    for entry, loc, kind, slug in references:
        if kind in unreported:
            unreported.discard(kind)
            folder = TARGETS[kind][1]
            problems.append(entry.source.diagnostic(
                loc, f"de catalogus heeft geen enkel bestand in {folder}, maar verwijst wel naar '{slug}'",
                f"staat de map {folder} naast mkdocs.yml? Zet anders 'catalogue_dir' bij de plugin "
                "in mkdocs.yml op de map die hem bevat",
            ))
        elif kind in empty:
            continue
        elif loc[0] == "gerelateerd" and slug == entry.slug:
            problems.append(entry.source.diagnostic(
                loc, "een instrument verwijst naar zichzelf", "haal deze regel weg"
            ))
        elif slug not in known[kind] and (kind, slug) not in unreadable:
            word, folder = TARGETS[kind]
            close = difflib.get_close_matches(slug, list(known[kind]), n=1)
            hint = f"bedoelde u '{close[0]}'?" if close else f"er is geen {folder}{slug}.yml"
            problems.append(entry.source.diagnostic(loc, f"{word} '{slug}'", hint))
    return problems


def _entries(catalogue: Catalogue) -> list[Entry]:
    every = [entry for entries in catalogue.entries.values() for entry in entries.values()]
    return every + ([catalogue.methode] if catalogue.methode else [])


def _texts(value, loc: Loc):
    """(location, text) for every string inside a model, depth first."""
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), loc + (name,))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _texts(item, loc + (index,))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, loc + (key,))




def _check_text_references(catalogue: Catalogue, unreadable: set[tuple[str, str]]) -> list[Diagnostic]:
    """A link like [tekst](instrument:slug) in catalogue text must name a page that exists."""
    problems = []
    for entry in _entries(catalogue):
        for loc, text in _texts(entry.model, ()):
            for kind, slug in references(text):
                folder = f"{kinds.by_name(kind).folder}/"
                known = catalogue.entries.get(kind, {})
                if slug in known or (kind, slug) in unreadable:
                    continue
                close = difflib.get_close_matches(slug, list(known), n=1)
                hint = f"bedoelde u '{kind}:{close[0]}'?" if close else f"er is geen {folder}{slug}.yml"
                problems.append(entry.source.diagnostic(
                    loc, f"de tekst verwijst naar {kind}:{slug}, maar die pagina bestaat niet", hint
                ))
    return problems


def _check_contacts(catalogue: Catalogue, registry: dict[str, Entry], unreadable) -> list[Diagnostic]:
    """Outcomes name contacts from contacten.yml; ids there are unique."""
    problems = []
    seen: set[str] = set()
    for entry in registry.values():
        for index, contact in enumerate(entry.model.contacten):
            if contact.id in seen:
                problems.append(entry.source.diagnostic(
                    ("contacten", index, "id"), f"contact '{contact.id}' staat dubbel", "geef elk contact een eigen id",
                ))
            seen.add(contact.id)
    if ("contacten", "contacten") in unreadable:
        return problems
    for entry in catalogue.beslisbomen.values():
        for node_id, uitkomst in entry.model.uitkomsten.items():
            for index, contact in enumerate(uitkomst.contacten):
                if contact not in catalogue.contacten:
                    close = difflib.get_close_matches(contact, list(catalogue.contacten), n=1)
                    problems.append(entry.source.diagnostic(
                        ("uitkomsten", node_id, "contacten", index), f"onbekend contact '{contact}'",
                        f"bedoelde u '{close[0]}'?" if close else "voeg het toe aan contacten.yml",
                    ))
    return problems


def _check_names(catalogue: Catalogue) -> list[Diagnostic]:
    """Names and aliases must point at one entry, or search and references become ambiguous."""
    owner: dict[str, str] = {}
    problems = []
    for entry in catalogue.instruments.values():
        names = [(("naam",), entry.model.naam)] + [
            (("aliassen", i), alias) for i, alias in enumerate(entry.model.aliassen)
        ]
        for loc, name in names:
            key = name.casefold()
            if key in owner and owner[key] != entry.slug:
                problems.append(entry.source.diagnostic(
                    loc, f"de naam '{name}' hoort al bij instruments/{owner[key]}.yml",
                    "kies een andere naam of voeg de twee instrumenten samen",
                ))
            owner.setdefault(key, entry.slug)
    return problems


def _check_steps(catalogue: Catalogue) -> list[Diagnostic]:
    seen: dict[int, str] = {}
    problems = []
    for entry in catalogue.stappen.values():
        number = entry.model.nummer
        if number in seen:
            problems.append(entry.source.diagnostic(
                ("nummer",), f"stapnummer {number} wordt ook gebruikt door {seen[number]}",
                "geef elke IHW-stap een eigen nummer",
            ))
        seen.setdefault(number, entry.slug)
    return problems
