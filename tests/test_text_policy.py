"""Catalogue text is text: every free-text field of every kind refuses markup, at its line.

The table of fields is read from the models, so a field added later is covered without editing
this file; the samples are the real catalogue files, so every nested structure has a value to
attack.
"""

from __future__ import annotations

import copy
import typing
from pathlib import Path

import pytest
from conftest import ROOT
from pydantic import BaseModel

from wegwijzer import models, text
from wegwijzer import kinds
from wegwijzer.load import load_file
from wegwijzer.models import unwrap_optional
from wegwijzer.validate import MODELS, validate

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example/"></iframe>',
    '<a href="https://evil.example">x</a>',
    "[hier](javascript:alert(1))",
    "[hier]( JaVaScRiPt:alert(1) )",
    "[hier](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox(1))",
    "[x](../../docs/index.md)",
    "[hier][x]\n\n[x]: https://evil.example/",
    'tekst\n{ onclick="alert(1)" }',
    'tekst {: onmouseover="alert(1)" }',
    "{{ config.site_name }}",
    '{% include "base.html" %}',
    "](javascript:alert(1))[",
    "&#106;avascript:alert(1)",
    "![x](https://evil.example/x.png)",
    '"></title><script>alert(1)</script>',
    "\n*[LKS]: uitleg",
    "javascript:alert(1)",
]
POLICIES = {text.check_plain: "plain", text.check_quote: "quote", text.check_markdown: "markdown"}


def _policy(metadata) -> str | None:
    """'plain' or 'markdown' for catalogue text, 'pattern' for ids and slugs, else None."""
    for item in metadata:
        if getattr(item, "func", None) in POLICIES:
            return POLICIES[item.func]
        if getattr(item, "pattern", None) or any(getattr(m, "pattern", None) for m in getattr(item, "metadata", ())):
            return "pattern"
    return None


def text_fields(annotation, metadata=(), path=()) -> list[tuple[tuple, str | None]]:
    """(path, policy) of every string inside a model; '[]' is a list item, '{}' a dict value."""
    if typing.get_origin(annotation) is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        return text_fields(base, (*metadata, *extra), path)
    annotation = unwrap_optional(annotation)
    if typing.get_origin(annotation) is typing.Annotated:
        return text_fields(annotation, metadata, path)
    if annotation is str:
        return [(path, _policy(metadata))]
    if typing.get_origin(annotation) is list:
        return text_fields(typing.get_args(annotation)[0], (), path + ("[]",))
    if typing.get_origin(annotation) is dict:
        return text_fields(typing.get_args(annotation)[1], (), path + ("{}",))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        found = []
        for name, info in annotation.model_fields.items():
            found += text_fields(info.annotation, tuple(info.metadata), path + (name,))
        return found
    return []


SAMPLES = ROOT / "tests" / "data" / "samples"  # structures the real catalogue may lack


def _samples(kind: str) -> list[tuple[Path, Path]]:
    """(file, root) pairs: the real catalogue first, then the test samples."""
    found = []
    for root in (ROOT, SAMPLES):
        folders = [root / f for f, k in kinds.folders().items() if k == kind]
        found += [(p, root) for folder in folders for p in sorted(folder.glob("*.yml"))]
        found += [(root / f, root) for f, k in kinds.single_files().items() if k == kind and (root / f).is_file()]
    return found


def _resolve(data, path: tuple) -> list | None:
    """The concrete key path for `path` in `data`, or None when the sample lacks a container."""
    concrete: list = []
    node = data
    for index, part in enumerate(path):
        last = index == len(path) - 1
        if part == "[]":
            if not isinstance(node, list) or not node:
                return None
            concrete.append(0)
            node = node[0]
        elif part == "{}":
            if not isinstance(node, dict) or not node:
                return None
            key = next(iter(node))
            concrete.append(key)
            node = node[key]
        else:
            if not isinstance(node, dict) or (part not in node and not last):
                return None
            concrete.append(part)
            node = node.get(part)
    return concrete


def _cases():
    for kind, model_class in MODELS.items():
        for path, policy in text_fields(model_class):
            if policy in ("plain", "quote", "markdown"):
                yield pytest.param(kind, path, id=f"{kind}:{'.'.join(path)}")


def _set(data, concrete: list, value: str) -> None:
    node = data
    for part in concrete[:-1]:
        node = node[part]
    node[concrete[-1]] = value


def _sample_for(kind: str, path: tuple):
    for sample, root in _samples(kind):
        document = load_file(sample, root, kind)
        concrete = _resolve(document.data, path)
        if concrete is not None:
            return document, concrete
    return None, None


@pytest.mark.parametrize("kind, path", list(_cases()))
def test_every_payload_is_refused_at_its_line(kind, path):
    document, concrete = _sample_for(kind, path)
    assert document is not None, (
        f"no catalogue file of kind {kind} has {'.'.join(path)}; add one so the field is tested"
    )
    for payload in PAYLOADS:
        data = copy.deepcopy(document.data)
        _set(data, concrete, "Een tekst van voldoende lengte " + payload)
        attacked = type(document)(document.path, document.kind, document.slug, data, document.marks)
        _, problems = validate([attacked])
        located = [p for p in problems if p.line == document.locate(tuple(concrete))[0]]
        assert located, f"{payload!r} in {kind}:{'.'.join(map(str, concrete))} was accepted"
        assert all(p.hint for p in located)
        assert not any("te lang" in p.message or "te kort" in p.message for p in located), located


def test_every_string_field_has_a_text_policy_or_a_pattern():
    unpoliced = [
        f"{kind}:{'.'.join(path)}"
        for kind, model_class in MODELS.items()
        for path, policy in text_fields(model_class)
        if policy is None
    ]
    assert unpoliced == []


def test_the_table_finds_fields_in_nested_models():
    paths = dict(text_fields(models.Beslisboom))
    assert paths[("vragen", "{}", "opties", "[]", "label")] == "plain"
    assert paths[("uitkomsten", "{}", "tekst")] == "markdown"


@pytest.mark.parametrize("allowed", [
    "Gewone tekst met *nadruk*, **vet** en een lijst:\n\n- een\n- twee",
    "Zie [de pagina van UWV](https://www.uwv.nl/) of mail [ons](mailto:info@example.org).",
    "Lees ook [proefplaatsing](instrument:proefplaatsing) en [de boom](beslisboom:werk-aanpassen).",
    "Een adres als <https://www.uwv.nl/> mag ook.",
    "Tom & Jerry zeggen 'hallo' en \"dag\" (1 < 2 is geen HTML).",
])
def test_the_named_subset_is_accepted(allowed):
    assert text.check_markdown(allowed) == allowed


def test_references_name_kind_and_slug():
    assert text.references("[a](instrument:lks) en [b](casus:nina) en [c](https://x.nl)") == [
        ("instrument", "lks"), ("casus", "nina"),
    ]
    assert text.reference("onbekend:iets") is None
