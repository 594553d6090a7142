"""Traceability: every quote and official URL in the catalogue stands in the seed it names."""

from __future__ import annotations

import re

import pytest
from conftest import IN_CI, ROOT, SEEDS
from pydantic import BaseModel, HttpUrl

from wegwijzer.catalogue import build_catalogue
from wegwijzer.models import Bron


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    if not SEEDS.is_dir():
        if IN_CI:
            pytest.fail(f"CI runs with shared/ beside the clone, but {SEEDS} is missing")
        pytest.skip("shared/seeds is not beside this checkout")
    return {p.name: _collapse(p.read_text(encoding="utf-8")) for p in SEEDS.glob("0*.txt")}


def _entries():
    catalogue = build_catalogue(ROOT)
    # Every kind in the table (kinds.py), so a kind added later has its quotes checked too.
    every = [entry for entries in catalogue.entries.values() for entry in entries.values()]
    return every + ([catalogue.methode] if catalogue.methode else [])


def _all_sources():
    for entry in _entries():
        yield from ((entry.source.path, v) for v in _walk(entry.model) if isinstance(v, Bron))


def _walk(value):
    """Every model and URL inside `value`, depth first."""
    if isinstance(value, HttpUrl):
        yield value
    elif isinstance(value, BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)


def test_every_quote_is_verbatim_in_its_seed(seeds):
    missing = [
        f"{path}: {bron.citaat[:80]!r} not in {bron.seed}"
        for path, bron in _all_sources()
        if bron.citaat and _collapse(bron.citaat) not in seeds[bron.seed]
    ]
    assert missing == []


def test_every_official_url_is_named_by_a_seed(seeds):
    everything = " ".join(seeds.values())
    unnamed = [
        f"{entry.source.path}: {url}"
        for entry in _entries()
        for url in _walk(entry.model)
        if isinstance(url, HttpUrl) and str(url).rstrip("/") not in everything
    ]
    assert unnamed == []


def test_quote_checker_can_fail(seeds):
    invented = Bron(seed="004_f73977c3411f9a85.txt", vindplaats="tabel", citaat="Een subsidie van 5000 euro")
    assert _collapse(invented.citaat) not in seeds[invented.seed]
