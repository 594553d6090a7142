"""`wegwijzer new`: a new catalogue file from a commented template, never over an existing one.

The templates (``templates/scaffold/*.yml``) start with the schema modeline, explain every field
in a comment, and mark what the editor must fill in with ``""`` or ``[]``; so an untouched
template fails validation at exactly those lines, and a filled-in one validates.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from . import kinds, load
from .load import SLUG


@dataclass(frozen=True)
class Template:
    """A kind `wegwijzer new` can start a file for; folder and page come from the table of kinds."""

    kind: str  # the kind's name in kinds.py
    template: str  # file name under templates/scaffold/
    help: str  # what the file holds, for `wegwijzer new <word> --help`

    @property
    def folder(self) -> str:
        return kinds.by_name(self.kind).folder

    def address(self, slug: str) -> str:
        """The page's address on the served site."""
        page = kinds.by_name(self.kind).page(slug)
        return page.removesuffix("index.md").removesuffix(".md").rstrip("/") + "/"


# The command's English words (new instrument|tree|case) -> the template it writes.
KINDS: dict[str, Template] = {
    "instrument": Template("instrument", "instrument.yml", "een instrument, regeling, methodiek, training of tool"),
    "tree": Template("beslisboom", "tree.yml", "een beslisboom met een vraag en twee uitkomsten"),
    "case": Template("casus", "case.yml", "een casus met discussievragen"),
}


class ScaffoldError(Exception):
    """A Dutch message for the editor: what is wrong — what to do."""


def template_text(kind: str, slug: str, today: datetime.date) -> str:
    source = resources.files("wegwijzer").joinpath("templates", "scaffold", KINDS[kind].template)
    text = source.read_text(encoding="utf-8")
    return text.replace("{{slug}}", slug).replace("{{datum}}", today.isoformat())


def reserved_slugs(kind: str) -> set[str]:
    """Slugs whose page address the site already uses (an overview, or a facet folder)."""
    return set(load.reserved_slugs(KINDS[kind].folder))


def check_slug(slug: str, kind: str = "instrument") -> None:
    if slug in reserved_slugs(kind):
        raise ScaffoldError(
            f"'{slug}' kan niet als slug: dat adres gebruikt de site al — kies een andere naam"
        )
    if not SLUG.match(slug):
        suggestion = suggest_slug(slug)
        hint = (
            f"bedoelde u '{suggestion}'?" if suggestion
            else "gebruik kleine letters, cijfers en streepjes, bijv. 'no-riskpolis'"
        )
        raise ScaffoldError(
            f"'{slug}' is geen geldige slug "
            f"(alleen kleine letters, cijfers en losse streepjes) — {hint}"
        )


def suggest_slug(text: str) -> str:
    """'Harrie Helpt-training' -> 'harrie-helpt-training'; '' if nothing usable is left."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def target(root: Path, kind: str, slug: str) -> Path:
    return root / KINDS[kind].folder / f"{slug}.yml"


def create(root: Path, kind: str, slug: str, today: datetime.date) -> Path:
    """Write the template for `kind` as <folder>/<slug>.yml under `root`; return the path."""
    check_slug(slug, kind)
    if not (root / "mkdocs.yml").is_file() and not (root / "instruments").is_dir():
        raise ScaffoldError(
            f"'{root}' is niet de map van de wegwijzer "
            "(er staat geen mkdocs.yml of instruments/ in) "
            "— ga naar de hoofdmap van de wegwijzer of geef die op met --root"
        )
    path = target(root, kind, slug)
    relative = f"{KINDS[kind].folder}/{slug}.yml"
    if path.exists():
        raise ScaffoldError(
            f"{relative} bestaat al — kies een andere slug, of bewerk dat bestand"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as file:  # "x": never overwrite
        file.write(template_text(kind, slug, today))
    return path
