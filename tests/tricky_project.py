"""The real project with catalogue text that passes validation but tries to become markup: a
script in an attribute, a link that leaves its quotes. The safety tests check it stays text; the
classroom tests use the same build (OFFLINE=true), so it is built once per run."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import copy_project

# Text that the policy accepts but that tries to leave its attribute or link.
TRICKY_PLAIN = "Proef 'x' onmouseover='alert(1)' & „y” onfocus=alert(2) ©"
TRICKY_MARKDOWN = (
    'Zie [hier](https://example.org/"onmouseover="alert(3)) en '
    '<https://example.org/"onmouseover=alert(4)> met *nadruk* & "aanhalingstekens".'
)
# (file, key path, text) — one file of each kind, plain and Markdown fields.
EDITS = [
    ("instruments/proefplaatsing.yml", ("naam",), TRICKY_PLAIN),
    ("instruments/proefplaatsing.yml", ("samenvatting",), TRICKY_PLAIN),
    ("instruments/proefplaatsing.yml", ("aliassen",), [TRICKY_PLAIN + " alias"]),
    ("instruments/proefplaatsing.yml", ("wat_is_het",), TRICKY_MARKDOWN),
    ("decision_trees/werk-aanpassen.yml", ("titel",), TRICKY_PLAIN),
    ("decision_trees/werk-aanpassen.yml", ("inleiding",), TRICKY_MARKDOWN),
    ("ihw_guide/stappen/arbeidsanalyse.yml", ("naam",), TRICKY_PLAIN),
    ("ihw_guide/stappen/arbeidsanalyse.yml", ("wat_gedaan",), TRICKY_MARKDOWN),
    ("ihw_guide/casussen/nina-inclusief-werkgeverschap.yml", ("titel",), TRICKY_PLAIN),
    ("ihw_guide/casussen/nina-inclusief-werkgeverschap.yml", ("situatie",), TRICKY_MARKDOWN),
    ("ihw_guide/werkbladen/takeninventarisatie.yml", ("titel",), TRICKY_PLAIN),
    ("ihw_guide/methode.yml", ("inleiding",), TRICKY_MARKDOWN),
]

def write_tricky_project(project: Path) -> Path:
    copy_project(project)
    for name, keys, value in EDITS:
        path = project / name
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return project
