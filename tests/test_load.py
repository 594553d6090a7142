"""Stage 1: every problem the loader reports, with its exact location and words."""

from __future__ import annotations

import pytest
import yaml

from wegwijzer.load import load_catalogue

CASES = [
    pytest.param(
        {"instruments/a.yml": "naam: A\nsoort: regeling\nnaam: B\n"},
        "instruments/a.yml:3:1: veld 'naam' staat dubbel (eerder op regel 1) — verwijder of hernoem één van beide",
        id="duplicate-key",
    ),
    pytest.param(
        {"instruments/a.yml": "naam: A\n\tsoort: regeling\n"},
        "instruments/a.yml:2:1: tab-teken gevonden — gebruik spaties in plaats van tabs",
        id="tab",
    ),
    pytest.param(
        {"instruments/a.yml": b"naam: A\nwat_is_het: caf\xe9\n"},
        "instruments/a.yml:2:16: het bestand is geen geldige UTF-8 (byte 0xe9) — sla het bestand op als UTF-8",
        id="not-utf8",
    ),
    pytest.param(
        {"instruments/a.yml": "# alleen commentaar\n"},
        "instruments/a.yml:1:1: het bestand is leeg — vul het in of verwijder het",
        id="empty",
    ),
    pytest.param(
        {"instruments/a.yml": "- naam: A\n"},
        "instruments/a.yml:1:1: het bestand moet met velden beginnen ('naam: ...') — zet op elke regel 'veld: waarde'",
        id="not-a-mapping",
    ),
    pytest.param(
        {"instruments/a.yml": "naam: [A\nsoort: regeling\n"},
        "instruments/a.yml:2:6: ongeldige YAML: "
        + ("did not find expected ',' or ']'" if yaml.__with_libyaml__ else "expected ',' or ']', but got ':'")
        + " — controleer inspringing, dubbele punten en aanhalingstekens",
        id="bad-yaml",
    ),
    pytest.param(
        {"instruments/a.yml": "? [a, b]\n: c\n"},
        "instruments/a.yml:1:3: een veldnaam moet gewone tekst zijn — schrijf 'naam: waarde'",
        id="complex-key",
    ),
    pytest.param(
        {"instruments/a.yml": "naam: A\x00\n"},
        "instruments/a.yml:1:8: teken 0x0000 mag niet in een YAML-bestand — verwijder dit onzichtbare teken (kopieer de tekst opnieuw als platte tekst)",
        id="control-character",
    ),
    pytest.param(
        {"instruments/a.yaml": "naam: A\n"},
        "instruments/a.yaml:1:1: bestand 'a.yaml' is geen .yml-bestand — geef het de extensie .yml of haal het uit deze map",
        id="wrong-extension",
    ),
    pytest.param(
        {"instruments/Mijn Instrument.yml": "naam: A\n"},
        "instruments/Mijn Instrument.yml:1:1: bestandsnaam 'Mijn Instrument' is geen geldige slug — gebruik kleine letters, cijfers en streepjes, bijv. 'no-riskpolis.yml'",
        id="bad-slug",
    ),
    pytest.param(
        {"ihw_guide/extra.yml": "naam: A\n"},
        "ihw_guide/extra.yml:1:1: onbekend bestand in ihw_guide/ — zet stappen in ihw_guide/stappen/, casussen in ihw_guide/casussen/, werkbladen in ihw_guide/werkbladen/",
        id="stray-guide-file",
    ),
]


@pytest.mark.parametrize("files, expected", CASES)
def test_loader_reports_problem_at_its_place(catalogue_dir, files, expected):
    documents, problems = load_catalogue(catalogue_dir(files))
    assert [str(p) for p in problems] == [expected]
    assert documents == []


def test_loader_keeps_line_and_column_of_every_value(catalogue_dir):
    root = catalogue_dir({"instruments/a.yml": "naam: A\nbronnen:\n  - seed: x\n    vindplaats: y\n"})
    [document], problems = load_catalogue(root)
    assert problems == []
    assert document.slug == "a" and document.kind == "instrument"
    assert document.locate(("bronnen", 0, "vindplaats")) == (4, 5)
    assert document.locate(("bronnen", 0, "citaat")) == (3, 5)  # missing: its parent's place
    assert document.data == {"naam": "A", "bronnen": [{"seed": "x", "vindplaats": "y"}]}


def test_loader_ignores_hidden_files_and_reads_all_folders(catalogue_dir):
    root = catalogue_dir({
        "instruments/.a.yml.swp": "x",
        "decision_trees/boom.yml": "titel: x\n",
        "ihw_guide/methode.yml": "titel: x\n",
        "ihw_guide/stappen/stap.yml": "naam: x\n",
        "ihw_guide/casussen/casus.yml": "titel: x\n",
    })
    documents, problems = load_catalogue(root)
    assert problems == []
    assert sorted(d.kind for d in documents) == ["beslisboom", "casus", "ihw-methode", "ihw-stap"]
