"""The kinds of catalogue file, in one table that every stage reads.

A kind is where its files live (a folder with one entry per file, or one file holding a
register), the model that validates them, the name messages and text references use
(``[tekst](instrument:slug)``), and, for entries with a page of their own, that page's Markdown
source. Adding a kind is one row here, a model in ``models/`` and a page family (see
CONTRIBUTING.md, "Een nieuw soort pagina toevoegen").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from . import models, urls


@dataclass(frozen=True)
class Kind:
    name: str  # in messages, in text references and as a document's kind
    model: type[BaseModel]
    folder: str | None = None  # one entry per .yml file in this folder, relative to the root
    file: str | None = None  # or: one file holding a register
    page: Callable[[str], str] | None = None  # slug -> Markdown source of the entry's page
    # Slugs whose page would take the place of a generated page (an index, a listing's folder).
    reserved: frozenset[str] = frozenset({"index"})


KINDS: list[Kind] = [
    Kind("instrument", models.Instrument, folder="instruments", page=urls.instrument_src,
         reserved=frozenset({"index", "soort", "niveau", "dienstverlening", "rollen", "doelgroep",
                             "ihw-stappen"})),
    Kind("beslisboom", models.Beslisboom, folder="decision_trees", page=urls.tree_start_src),
    Kind("ihw-stap", models.IhwStap, folder="ihw_guide/stappen", page=urls.step_src,
         reserved=frozenset({"index", "rollen"})),
    Kind("casus", models.Casus, folder="ihw_guide/casussen", page=urls.case_src),
    Kind("werkblad", models.Werkblad, folder="ihw_guide/werkbladen", page=urls.worksheet_src),
    Kind("ihw-methode", models.IhwMethode, file="ihw_guide/methode.yml"),
    Kind("bronnen", models.Bronnenregister, file="bronnen.yml"),
    Kind("contacten", models.Contactenregister, file="contacten.yml"),
    Kind("woordenlijst", models.Woordenlijst, file="woordenlijst.yml"),
]


def by_name(name: str) -> Kind:
    return next(kind for kind in KINDS if kind.name == name)


def folders() -> dict[str, str]:
    """Folder -> the kind every .yml file in it holds."""
    return {kind.folder: kind.name for kind in KINDS if kind.folder}


def single_files() -> dict[str, str]:
    return {kind.file: kind.name for kind in KINDS if kind.file}


def with_pages() -> list[Kind]:
    """The kinds whose entries have a page, so text can link them by kind and slug."""
    return [kind for kind in KINDS if kind.page]
