"""Review reminders: which entries have not been checked against their sources for too long.

`stale_entries` is a pure function of the linked catalogue, so the CLI (`wegwijzer review`) and
the MkDocs plugin (a reminder in the build log) list the same entries in the same order.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from .link import Catalogue
from .models import Bron
from .validate import Entry

DAYS_PER_MONTH = 365.25 / 12
PERIOD = re.compile(r"^\s*(\d+)\s*([md])\s*$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class StaleEntry:
    """One entry to check again, with the page where its current facts can be checked."""

    kind: str  # the document kind: instrument, beslisboom, ihw-stap, casus, ihw-methode, ...
    slug: str
    path: str  # the catalogue file, e.g. instruments/loonkostensubsidie.yml
    title: str
    regeling: bool
    checked: datetime.date
    age_days: int
    url: str | None  # actuele_voorwaarden.url, else the first official URL among its sources

    def describe(self) -> str:
        """One line for a log: file, date, age and what to check."""
        text = (
            f"{self.path}: laatst gecontroleerd op {self.checked.isoformat()} "
            f"({self.age_days} dagen geleden)"
        )
        check = f"controleer {self.url}" if self.url else "vergelijk met de bronnen"
        return f"{text} — {check}"


def stale_entries(
    catalogue: Catalogue, today: datetime.date, older_than_days: int
) -> list[StaleEntry]:
    """Entries whose `laatst_gecontroleerd` lies more than `older_than_days` days before `today`:
    regelingen first (their conditions change), then the rest; oldest first within each group."""
    stale = []
    for entry in catalogue_entries(catalogue):
        checked = getattr(entry.model, "laatst_gecontroleerd", None)
        if not isinstance(checked, datetime.date):
            continue
        age = (today - checked).days
        if age > older_than_days:
            stale.append(StaleEntry(
                kind=entry.source.kind,
                slug=entry.slug,
                path=entry.source.path,
                title=_title(entry),
                regeling=getattr(entry.model, "soort", None) == "regeling",
                checked=checked,
                age_days=age,
                url=_url_to_check(entry.model),
            ))
    return sorted(stale, key=lambda s: (not s.regeling, s.checked, s.path))


def review_report(stale: list[StaleEntry], period: str, today: datetime.date) -> list[str]:
    """What `wegwijzer review` prints: regelingen first, each with the page to check it on.
    `period` is the limit as the editor wrote it (e.g. '12m')."""
    since = f"gerekend vanaf {today.isoformat()}"
    if not stale:
        return [f"Niets na te kijken: alles is in de laatste {period} nagekeken ({since})."]
    noun = "onderdeel is" if len(stale) == 1 else "onderdelen zijn"
    lines = [f"{len(stale)} {noun} langer dan {period} niet nagekeken ({since})."]
    groups = [
        ("Regelingen: controleer de actuele voorwaarden op de officiële pagina",
         [s for s in stale if s.regeling]),
        ("Overige onderdelen: vergelijk ze opnieuw met de bronnen",
         [s for s in stale if not s.regeling]),
    ]
    for heading, items in groups:
        if items:
            lines.append(f"\n{heading}:")
        for item in items:
            lines.append(f"  {item.title} ({item.path})")
            lines.append(f"    laatst gecontroleerd {item.checked.isoformat()}, {item.age_days} dagen geleden")
            if item.url:
                lines.append(f"    controleer: {item.url}")
    lines.append("\nZet na het nakijken 'laatst_gecontroleerd' op de datum van die dag.")
    return lines


def catalogue_entries(catalogue: Catalogue) -> Iterator[Entry]:
    """Every entry of the catalogue, whatever kinds it holds (instruments, trees, steps, ...)."""
    for name, value in catalogue_sections(catalogue):
        if isinstance(value, dict):
            yield from value.values()
        elif value is not None:
            yield value


def catalogue_sections(catalogue: Catalogue) -> list[tuple[str, Any]]:
    """(field name, dict of entries by slug, or one entry or None) for each kind of entry.

    Read from the Catalogue's fields, so a kind added there is included without changes here;
    the reverse-link fields (lists of slugs) are left out."""
    return [
        (field.name, getattr(catalogue, field.name))
        for field in dataclasses.fields(catalogue)
        if "Entry[" in str(field.type)
    ]


def parse_period(text: str) -> int:
    """'12m' (months) or '90d' (days) -> a number of days; ValueError with a Dutch message."""
    match = PERIOD.match(text)
    if not match:
        raise ValueError(
            f"'{text}' is geen geldige termijn — schrijf een getal met m (maanden) of d (dagen), "
            "bijv. 12m of 90d"
        )
    number, unit = int(match.group(1)), match.group(2).lower()
    return round(number * DAYS_PER_MONTH) if unit == "m" else number


def _title(entry: Entry) -> str:
    model = entry.model
    return getattr(model, "naam", None) or getattr(model, "titel", None) or entry.slug


def _url_to_check(model: BaseModel) -> str | None:
    conditions = getattr(model, "actuele_voorwaarden", None)
    if conditions is not None and conditions.url:
        return str(conditions.url)
    return next((str(bron.url) for bron in _sources(model) if bron.url), None)


def _sources(value: Any) -> Iterator[Bron]:
    """Every Bron inside `value`, in field order (also those of a tree's outcomes)."""
    if isinstance(value, Bron):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _sources(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _sources(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _sources(item)
