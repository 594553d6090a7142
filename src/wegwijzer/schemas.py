"""JSON Schema files for editors, generated from the models (never edited by hand)."""

from __future__ import annotations

import json
from pathlib import Path

from .validate import MODELS


def schema_texts() -> dict[str, str]:
    """File name -> JSON text, one schema per kind of catalogue file."""
    texts = {}
    for kind, model in MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"{kind}.schema.json"
        texts[f"{kind}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return texts


def stale_schemas(folder: Path) -> list[str]:
    """Names of the schema files in `folder` that differ from what the models give."""
    return [
        name for name, text in schema_texts().items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write_schemas(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    changed = stale_schemas(folder)
    for name, text in schema_texts().items():
        if name in changed:
            (folder / name).write_text(text, encoding="utf-8")
    return changed
