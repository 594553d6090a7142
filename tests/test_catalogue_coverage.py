"""Every row of the inventory table in §2.3 of seed 004 is a catalogue entry (by name or alias)."""

from __future__ import annotations

import re

import pytest
from conftest import IN_CI, ROOT, SEEDS

from wegwijzer.catalogue import build_catalogue

TABLE_START = "| Soort hulpmiddel |"
TABLE_END = "Colofon\n\nVoorwoord\n\n1 Inleiding"  # the page after the table's last part


def table_rows(text: str) -> list[str]:
    """Names in the first column of the table, which continues across several PDF pages."""
    start = text.index(TABLE_START)
    end = text.index(TABLE_END, start)
    names = []
    for line in text[start:end].splitlines():
        if not line.startswith("|"):  # footnotes between the table's parts
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0] or set(cells[0]) <= set("-: "):
            continue
        if cells[0] == "Soort hulpmiddel" or not cells[1]:  # header and category rows
            continue
        names.append(cells[0])
    return names


@pytest.fixture(scope="module")
def rows() -> list[str]:
    seed = SEEDS / "004_f73977c3411f9a85.txt"
    if not seed.is_file():
        if IN_CI:
            pytest.fail(f"{seed} is missing")
        pytest.skip("shared/seeds is not beside this checkout")
    return table_rows(seed.read_text(encoding="utf-8"))


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def test_the_table_is_read_completely(rows):
    assert len(rows) == 28, rows  # counted by hand in the seed: 28 rows in 8 categories
    assert rows[0] == "Bedrijfskunde" and rows[-1] == "Modulaire leergang inclusieve arbeidsorganisaties"


def test_every_table_row_has_an_entry(rows):
    names = {}
    for slug, entry in build_catalogue(ROOT).instruments.items():
        for name in [entry.model.naam, *entry.model.aliassen]:
            names[_key(name)] = slug
    missing = [row for row in rows if _key(row) not in names]
    assert missing == [], "add these names as naam or alias of an instrument"
