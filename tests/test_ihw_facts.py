"""The IHW step pages carry tables 1 and 2 of 002 exactly: checked against an independent
transcription of the seed in tests/data/ihw_tables_from_seed.yml (which cites the seed lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import real_catalogue


SEED_TABLES = yaml.safe_load((Path(__file__).parent / "data" / "ihw_tables_from_seed.yml").read_text(encoding="utf-8"))
STEPS = {entry.model.nummer: entry.model for entry in real_catalogue().stappen.values()}
STEP_NAMES = {  # the nine steps as 002 names them (lines 68-266 of the seed)
    1: "Commitment van Management", 2: "Arbeidsanalyse", 3: "Participatief Herontwerp",
    4: "Communicatie en Instemming", 5: "Werving en Selectie", 6: "Organiseren van Begeleiding",
    7: "Personeelsbeleid", 8: "Monitoren van Arbeidsvermogen", 9: "Evalueren en Consolidatie Functieontwerp",
}


def test_nine_steps_with_the_seed_names():
    assert sorted(STEPS) == list(range(1, 10))
    assert {n: s.naam for n, s in STEPS.items()} == STEP_NAMES


@pytest.mark.parametrize("table, field", [("tabel_1", "succesfactoren"), ("tabel_2", "valkuilen")])
def test_tables_equal_the_seed(table, field):
    for number, expected in SEED_TABLES[table].items():
        rows = [row.model_dump(exclude_defaults=True) for row in getattr(STEPS[number], field)]
        assert rows == expected["rijen"], f"{field} of step {number}"


def test_steps_without_a_table_have_no_counts():
    covered = set(SEED_TABLES["tabel_1"]) | set(SEED_TABLES["tabel_2"])
    for number, step in STEPS.items():
        if number not in covered:
            assert all(row.genoemd is None for row in step.succesfactoren + step.valkuilen)
