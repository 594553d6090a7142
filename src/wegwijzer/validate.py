"""Stage 2: plain data -> typed models; pydantic's errors -> located Dutch diagnostics."""

from __future__ import annotations

import datetime
import difflib
import typing
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from . import kinds
from .diagnostics import Diagnostic
from .load import Document, Loc
from .models import is_model, unwrap_optional

MODELS: dict[str, type[BaseModel]] = {kind.name: kind.model for kind in kinds.KINDS}  # built-in kinds

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Entry(Generic[M]):
    """A validated model with the document it came from, so later stages can point at lines."""

    slug: str
    model: M
    source: Document


# The load stage returns the very same Document for a file that did not change (mkdocs serve
# rebuilds after each save); its entry is not validated again. Models are frozen, so sharing is
# safe; the date is part of the key because a check compares with today.
_last_validation: dict[int, tuple[Document, datetime.date, Entry]] = {}


def forget_earlier_validations() -> None:
    _last_validation.clear()


def validate(documents: list[Document]) -> tuple[list[Entry], list[Diagnostic]]:
    global _last_validation
    entries: list[Entry] = []
    problems: list[Diagnostic] = []
    validated: dict[int, tuple[Document, datetime.date, Entry]] = {}
    today = datetime.date.today()
    for document in documents:
        earlier = _last_validation.get(id(document))
        if earlier and earlier[0] is document and earlier[1] == today:
            entry = earlier[2]
        else:
            model_class = kinds.by_name(document.kind).model
            try:
                entry = Entry(document.slug, model_class.model_validate(document.data), document)
            except ValidationError as error:
                problems += [_diagnostic(document, model_class, e) for e in error.errors()]
                continue
        validated[id(document)] = (document, today, entry)
        entries.append(entry)
    _last_validation = validated
    return entries, problems


def _diagnostic(document: Document, model_class: type[BaseModel], error: Any) -> Diagnostic:
    loc: Loc = tuple(error["loc"])
    message, hint = explain(error, model_class)
    return document.diagnostic(loc, message, hint)


def explain(error: Any, model_class: type[BaseModel]) -> tuple[str, str]:
    """A Dutch (message, hint) for one pydantic error."""
    loc = tuple(error["loc"])
    kind = error["type"]
    name = _field_name(loc)
    ctx = error.get("ctx", {})
    if kind == "missing":
        return f"verplicht veld '{name}' ontbreekt", f"voeg '{name}:' toe"
    if kind == "extra_forbidden":
        return f"onbekend veld '{name}'", _suggest_field(model_class, loc)
    if kind in ("literal_error", "enum"):
        value = error.get("input")
        return f"waarde {value!r} is niet toegestaan bij '{name}'", f"kies uit {ctx.get('expected')}"
    if kind in ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return f"'{name}' is geen geldige datum", "schrijf JJJJ-MM-DD, bijv. 2026-11-23"
    if kind.startswith("url"):
        return f"'{name}' is geen geldige URL", "schrijf het volledige adres, beginnend met https://"
    if kind == "string_pattern_mismatch":
        return (
            f"'{name}' mag alleen kleine letters, cijfers en streepjes bevatten, niet {error.get('input')!r}",
            "schrijf een slug zoals 'no-riskpolis' (de bestandsnaam zonder .yml)",
        )
    if kind == "list_type":
        return f"'{name}' moet een lijst zijn", "zet elke waarde op een eigen regel, beginnend met '- '"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"'{name}' moet velden bevatten", "schrijf de velden ingesprongen onder deze regel"
    if kind == "string_type":
        return f"'{name}' moet tekst zijn", "zet de tekst eventueel tussen aanhalingstekens"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"'{name}' moet een geheel getal zijn", "schrijf een getal zonder komma of tekst"
    if kind == "too_short":
        return f"'{name}' heeft minstens {ctx.get('min_length')} waarde(n) nodig", "vul de lijst aan"
    if kind == "string_too_short":
        return (
            f"'{name}' is te kort (minstens {ctx.get('min_length')} tekens)",
            "schrijf een volledige tekst",
        )
    if kind == "string_too_long":
        return (
            f"'{name}' is te lang (hoogstens {ctx.get('max_length')} tekens)",
            "maak het korter; de volledige tekst hoort in een ander veld",
        )
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        word = "minstens" if kind == "greater_than_equal" else "hoogstens"
        return f"'{name}' moet {word} {bound} zijn", f"kies een getal van {word} {bound}"
    if kind == "value_error":
        message, _, hint = str(ctx.get("error", error["msg"])).partition(" — ")
        return message, hint
    return f"'{name}': {error['msg']}", "zie het schema in schemas/ voor wat hier mag"


def _field_name(loc: Loc) -> str:
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else "bestand"


def _suggest_field(model_class: type[BaseModel], loc: Loc) -> str:
    parent = _model_at(model_class, loc[:-1])
    allowed = list(parent.model_fields) if parent else []
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
    if close:
        return f"bedoelde u '{close[0]}'?"
    return "toegestane velden: " + ", ".join(allowed)


def _model_at(model_class: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that holds the value at `loc`, following lists, dicts and optionals."""
    annotation: Any = model_class
    for part in loc:
        annotation = unwrap_optional(annotation)
        if isinstance(part, str) and is_model(annotation) and part in annotation.model_fields:
            annotation = annotation.model_fields[part].annotation
        elif typing.get_origin(annotation) in (list, dict):
            annotation = typing.get_args(annotation)[-1]
        else:
            return None
    annotation = unwrap_optional(annotation)
    return annotation if is_model(annotation) else None

