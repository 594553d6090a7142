"""The JSON Schema files editors use must match the models."""

from __future__ import annotations

import json
from pathlib import Path

from wegwijzer.schemas import schema_texts, stale_schemas

ROOT = Path(__file__).resolve().parents[1]


def test_committed_schemas_are_current():
    assert stale_schemas(ROOT / "schemas") == [], "run `wegwijzer schema` and commit schemas/"


def test_stale_schema_is_detected(tmp_path):
    for name, text in schema_texts().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "instrument.schema.json").write_text("{}", encoding="utf-8")
    assert stale_schemas(tmp_path) == ["instrument.schema.json"]


def test_every_catalogue_file_names_its_schema():
    for kind_folder, schema in [
        ("instruments", "../schemas/instrument.schema.json"),
        ("decision_trees", "../schemas/beslisboom.schema.json"),
        ("ihw_guide/stappen", "../../schemas/ihw-stap.schema.json"),
        ("ihw_guide/casussen", "../../schemas/casus.schema.json"),
        ("ihw_guide/werkbladen", "../../schemas/werkblad.schema.json"),
    ]:
        for path in sorted((ROOT / kind_folder).glob("*.yml")):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first == f"# yaml-language-server: $schema={schema}", path
    methode = (ROOT / "ihw_guide" / "methode.yml").read_text(encoding="utf-8").splitlines()[0]
    assert methode == "# yaml-language-server: $schema=../schemas/ihw-methode.schema.json"
    bronnen = (ROOT / "bronnen.yml").read_text(encoding="utf-8").splitlines()[0]
    assert bronnen == "# yaml-language-server: $schema=schemas/bronnen.schema.json"


def test_schema_describes_fields_in_dutch():
    schema = json.loads(schema_texts()["instrument.schema.json"])
    assert schema["additionalProperties"] is False
    assert "Hoe past u het toe" in schema["properties"]["hoe_toepassen"]["description"]
