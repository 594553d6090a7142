"""The catalogue as JSON (everything) or CSV (the instruments, one row each) for other tools.

JSON holds every entry exactly as the models give it (``model_dump(mode="json")``), by section
and slug. CSV is for spreadsheets: one row per instrument, one column per field (so each facet
is a column), a nested field such as ``actuele_voorwaarden`` spread over ``actuele_voorwaarden.url``
and ``actuele_voorwaarden.toelichting``, and lists joined with ``'; '``. A list item that itself
contains ``;``, a double quote or a line break is put between double quotes (inner quotes
doubled), as CSV does with cells, so `read_csv` gives back exactly what `export_csv` wrote.
Each source (``bronnen``) is one list item, ``seed: … | vindplaats: … | citaat: … | url: …``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import typing
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

from .link import Catalogue
from .models import Instrument, is_model, unwrap_optional
from .review import catalogue_sections
from .validate import Entry

LIST_SEPARATOR = "; "
PART_SEPARATOR = " | "
FIXED_COLUMNS = ("slug", "bestand")

T = TypeVar("T")
Track = Callable[[Iterable[Any]], Iterable[Any]]  # wraps an iterable, e.g. in a progress bar


def _same(items: Iterable[T]) -> Iterable[T]:
    return items


def entry_count(catalogue: Catalogue, csv_only: bool = False) -> int:
    if csv_only:
        return len(catalogue.instruments)
    return sum(
        len(value) if isinstance(value, dict) else int(value is not None)
        for _, value in catalogue_sections(catalogue)
    )


# -- JSON --------------------------------------------------------------------------------------
def catalogue_data(catalogue: Catalogue, track: Track = _same) -> dict[str, Any]:
    """{section: {slug: data}} for every kind of entry; a single entry (methode) maps to its data."""
    sections = catalogue_sections(catalogue)
    data: dict[str, Any] = {
        name: {} if isinstance(value, dict) else None for name, value in sections
    }
    pairs = [
        (name, entry)
        for name, value in sections
        for entry in (value.values() if isinstance(value, dict) else [value] if value else [])
    ]
    for name, entry in track(pairs):
        dumped = entry.model.model_dump(mode="json")
        if isinstance(data[name], dict):
            data[name][entry.slug] = dumped
        else:
            data[name] = dumped
    return data


def export_json(catalogue: Catalogue, track: Track = _same) -> str:
    return json.dumps(catalogue_data(catalogue, track), ensure_ascii=False, indent=2) + "\n"


# -- CSV ---------------------------------------------------------------------------------------
def csv_columns(model: type[BaseModel] = Instrument) -> list[str]:
    columns = list(FIXED_COLUMNS)
    for name, field in model.model_fields.items():
        shape, inner = _shape(field.annotation)
        if shape == "model":
            columns += [f"{name}.{sub}" for sub in inner.model_fields]
        else:
            columns.append(name)
    return columns


def export_csv(catalogue: Catalogue, track: Track = _same) -> str:
    """One row per instrument (in slug order), with a header row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=csv_columns(), lineterminator="\r\n")
    writer.writeheader()
    for entry in track(catalogue.instruments.values()):
        writer.writerow(csv_row(entry))
    return out.getvalue()


def csv_row(entry: Entry[Instrument]) -> dict[str, str]:
    row = {"slug": entry.slug, "bestand": entry.source.path}
    model = entry.model
    for name, field in type(model).model_fields.items():
        shape, inner = _shape(field.annotation)
        value = model.model_dump(mode="json", include={name})[name]
        if shape == "model":
            for sub in inner.model_fields:
                row[f"{name}.{sub}"] = _cell(value[sub] if value else None)
        elif shape == "models":
            row[name] = join_list(_join_parts(item) for item in value) if value else ""
        elif shape == "list":
            row[name] = join_list(_cell(item) for item in value) if value else ""
        else:
            row[name] = _cell(value)
    return row


def read_csv(text: str, model: type[BaseModel] = Instrument) -> dict[str, dict[str, Any]]:
    """Rows of `export_csv` -> {slug: data as model_dump(mode="json") gives it}.

    An empty cell becomes the field's default (None or an empty list)."""
    result = {}
    for row in csv.DictReader(io.StringIO(text)):
        data: dict[str, Any] = {}
        for name, field in model.model_fields.items():
            shape, inner = _shape(field.annotation)
            if shape == "model":
                cells = {sub: row.get(f"{name}.{sub}", "") for sub in inner.model_fields}
                data[name] = {
                    sub: _typed(cell, inner.model_fields[sub].annotation) if cell else None
                    for sub, cell in cells.items()
                } if any(cells.values()) else None
                continue
            cell = row.get(name, "")
            if not cell:
                required_empty = [] if shape in ("list", "models") else ""
                data[name] = (
                    required_empty if field.is_required()
                    else field.get_default(call_default_factory=True)
                )
            elif shape == "models":
                data[name] = [_split_parts(item, inner) for item in split_list(cell)]
            elif shape == "list":
                data[name] = [_typed(item, inner) for item in split_list(cell)]
            else:
                data[name] = _typed(cell, field.annotation)
        result[row["slug"]] = data
    return result


def join_list(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(_quote(item) for item in items)


def split_list(cell: str) -> list[str]:
    if not cell:
        return []
    return next(csv.reader([cell], delimiter=";", quotechar='"', skipinitialspace=True))


def _quote(item: str) -> str:
    if item == "" or item != item.strip() or any(c in item for c in ';"\n\r'):
        return '"' + item.replace('"', '""') + '"'
    return item


def _join_parts(item: dict[str, Any]) -> str:
    return PART_SEPARATOR.join(
        f"{key}: {_cell(value)}" for key, value in item.items() if value is not None
    )


def _split_parts(text: str, model: type[BaseModel]) -> dict[str, Any]:
    keys = "|".join(re.escape(key) for key in model.model_fields)
    parts = re.split(rf"{re.escape(PART_SEPARATOR)}(?=(?:{keys}): )", text)
    data: dict[str, Any] = {key: None for key in model.model_fields}
    for part in parts:
        key, _, value = part.partition(": ")
        data[key] = _typed(value, model.model_fields[key].annotation)
    return data


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _typed(text: str, annotation: Any) -> Any:
    """A cell's text as the JSON value of `annotation` (an int for numbers, else the text)."""
    if _is_int(annotation):
        return int(text)
    return text


def _is_int(annotation: Any) -> bool:
    annotation = unwrap_optional(annotation)
    if annotation is int:
        return True
    if typing.get_origin(annotation) is typing.Literal:
        return all(isinstance(arg, int) for arg in typing.get_args(annotation))
    return False


def _shape(annotation: Any) -> tuple[str, Any]:
    """('model', Model) | ('models', Model) | ('list', item type) | ('scalar', type)."""
    annotation = unwrap_optional(annotation)
    if typing.get_origin(annotation) is list:
        item = unwrap_optional(typing.get_args(annotation)[0])
        if is_model(item):
            return "models", item
        return "list", item
    if is_model(annotation):
        return "model", annotation
    return "scalar", annotation

