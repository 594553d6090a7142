"""Stages 2 and 3: every validation and link message, at its exact file:line:col."""

from __future__ import annotations

import pytest
from conftest import INSTRUMENT

from wegwijzer.catalogue import build_catalogue
from wegwijzer.diagnostics import CatalogueError


def problems_of(root) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        build_catalogue(root)
    return [str(d) for d in caught.value.diagnostics]


def instrument(**changes: str) -> str:
    """The valid test instrument with some lines replaced (key -> whole new line or '')."""
    lines = INSTRUMENT.splitlines()
    for key, line in changes.items():
        index = next(i for i, text in enumerate(lines) if text.lstrip(" -").startswith(f"{key}:"))
        lines[index] = line
    return "\n".join(line for line in lines if line) + "\n"


VALIDATION = [
    pytest.param(instrument(naam=""), "a.yml:1:1: verplicht veld 'naam' ontbreekt — voeg 'naam:' toe", id="missing"),
    pytest.param(instrument(naam="naam: Alfa\nnam: B"), "a.yml:2:1: onbekend veld 'nam' — bedoelde u 'naam'?", id="extra-close"),
    pytest.param(instrument(naam="naam: Alfa\nxyz: B"), "a.yml:2:1: onbekend veld 'xyz' — toegestane velden: naam, aliassen, zoektermen, in_gewone_woorden, soort, samenvatting, wat_is_het, wanneer, hoe_toepassen, opbrengst_werkgever, rol_arbeidsdeskundige, aanbieder, kosten, niveau, dienstverlening, rollen, doelgroep, ihw_stappen, gerelateerd, situaties, actuele_voorwaarden, bronnen, laatst_gecontroleerd", id="extra-far"),
    pytest.param(instrument(soort="soort: gereedschap"), "a.yml:2:1: waarde 'gereedschap' is niet toegestaan bij 'soort' — kies uit 'vakkennis', 'theoretisch-kader', 'vaardigheid', 'praktische-tool', 'methodiek', 'training', 'regeling', 'handreiking', 'opleiding' or 'werkaanpassing'", id="literal"),
    pytest.param(instrument(dienstverlening="dienstverlening: [4]"), "a.yml:6:19: waarde 4 is niet toegestaan bij 'dienstverlening' — kies uit 1, 2 or 3", id="literal-int"),
    pytest.param(instrument(laatst_gecontroleerd="laatst_gecontroleerd: 2026-13-01"), "a.yml:11:1: 'laatst_gecontroleerd' is geen geldige datum — schrijf JJJJ-MM-DD, bijv. 2026-11-23", id="date"),
    pytest.param(instrument(niveau="niveau: individu"), "a.yml:5:1: 'niveau' moet een lijst zijn — zet elke waarde op een eigen regel, beginnend met '- '", id="list"),
    pytest.param(instrument(doelgroep="doelgroep: []"), "a.yml:7:1: 'doelgroep' heeft minstens 1 waarde(n) nodig — vul de lijst aan", id="too-short"),
    pytest.param(instrument(samenvatting="samenvatting: kort"), "a.yml:3:1: 'samenvatting' is te kort (minstens 10 tekens) — schrijf een volledige tekst", id="string-too-short"),
    pytest.param(instrument(samenvatting="samenvatting: " + "x" * 301), "a.yml:3:1: 'samenvatting' is te lang (hoogstens 300 tekens) — maak het korter; de volledige tekst hoort in een ander veld", id="string-too-long"),
    pytest.param(instrument(naam="naam: [A]"), "a.yml:1:1: 'naam' moet tekst zijn — zet de tekst eventueel tussen aanhalingstekens", id="string-type"),
    pytest.param(instrument(bronnen="bronnen: geen", seed="", vindplaats=""), "a.yml:8:1: 'bronnen' moet een lijst zijn — zet elke waarde op een eigen regel, beginnend met '- '", id="list-type-nested"),
    pytest.param(instrument(bronnen="bronnen:\n  - seed: 004_f73977c3411f9a85.txt\n    vindplaats: tabel\n    url: geen-url", seed="", vindplaats=""), "a.yml:11:5: 'url' is geen geldige URL — schrijf het volledige adres, beginnend met https://", id="url"),
    pytest.param(instrument(soort="soort: regeling"), "a.yml:1:1: een regeling heeft 'actuele_voorwaarden' nodig — voeg url en toelichting toe van de officiële pagina", id="regeling-needs-conditions"),
]


@pytest.mark.parametrize("text, expected", VALIDATION)
def test_validation_message(catalogue_dir, text, expected):
    root = catalogue_dir({"instruments/a.yml": text})
    assert f"instruments/{expected}" in problems_of(root)


def test_model_type_and_seed_and_int_messages(catalogue_dir):
    stap = """\
        nummer: tien
        naam: Stap
        samenvatting: Een stap om te testen.
        wat_gedaan: Iets om te testen.
        succesfactoren: [{tekst: goed, genoemd: -1}]
        valkuilen: geen
        bronnen:
          - seed: 009_onbekend.txt
            vindplaats: tabel
        laatst_gecontroleerd: 2026-11-23
    """
    problems = problems_of(catalogue_dir({"ihw_guide/stappen/s.yml": stap}))
    assert problems == [
        "ihw_guide/stappen/s.yml:1:1: 'nummer' moet een geheel getal zijn — schrijf een getal zonder komma of tekst",
        "ihw_guide/stappen/s.yml:5:32: 'genoemd' moet een aantal (0 of meer) of 'projectdocumentatie' zijn, niet -1 — neem het getal uit de tabel van de bron over",
        "ihw_guide/stappen/s.yml:6:1: 'valkuilen' moet een lijst zijn — zet elke waarde op een eigen regel, beginnend met '- '",
        "ihw_guide/stappen/s.yml:8:5: waarde '009_onbekend.txt' is niet toegestaan bij 'seed' — kies uit '000_43f4ec3db0ef760a.txt', '001_7ec4eee8a08ca1ab.txt', '002_c05a2eab881bf59d.txt', '003_3668f88ee75d546f.txt' or '004_f73977c3411f9a85.txt'",
    ]


def test_mapping_expected(catalogue_dir):
    text = instrument(bronnen="bronnen:\n  - tabel", seed="", vindplaats="")
    problems = problems_of(catalogue_dir({"instruments/a.yml": text}))
    assert problems == ["instruments/a.yml:9:5: 'bronnen' moet velden bevatten — schrijf de velden ingesprongen onder deze regel"]


LINKS = [
    pytest.param(
        {"instruments/a.yml": instrument(naam="naam: Alfa\ngerelateerd: [b, voorbeeld]")},
        ["instruments/a.yml:2:15: onbekend instrument 'b' — er is geen instruments/b.yml",
         "instruments/a.yml:2:18: onbekend instrument 'voorbeeld' — er is geen instruments/voorbeeld.yml"],
        id="unknown-instrument",
    ),
    pytest.param(
        {"instruments/a.yml": instrument(naam="naam: Alfa\ngerelateerd: [a]")},
        ["instruments/a.yml:2:15: een instrument verwijst naar zichzelf — haal deze regel weg"],
        id="self-reference",
    ),
    pytest.param(
        {"instruments/a.yml": instrument(naam="naam: Alfa\ngerelateerd: [abc-de]"), "instruments/abc-def.yml": instrument()},
        ["instruments/a.yml:2:15: onbekend instrument 'abc-de' — bedoelde u 'abc-def'?"],
        id="unknown-instrument-suggestion",
    ),
    pytest.param(
        {"instruments/a.yml": instrument(naam="naam: Alfa\nihw_stappen: [stap-1]")},
        ["instruments/a.yml:2:15: onbekende IHW-stap 'stap-1' — er is geen ihw_guide/stappen/stap-1.yml"],
        id="unknown-step",
    ),
    pytest.param(
        {"instruments/a.yml": instrument(), "instruments/b.yml": instrument(naam="naam: Beta\naliassen: [voorbeeldinstrument]")},
        ["instruments/b.yml:2:12: de naam 'voorbeeldinstrument' hoort al bij instruments/a.yml — kies een andere naam of voeg de twee instrumenten samen"],
        id="duplicate-name",
    ),
]


@pytest.mark.parametrize("files, expected", LINKS)
def test_link_message(catalogue_dir, files, expected):
    assert problems_of(catalogue_dir(files)) == expected


def test_reference_to_an_invalid_file_is_reported_once(catalogue_dir):
    root = catalogue_dir({
        "instruments/a.yml": instrument(naam="naam: Alfa\ngerelateerd: [b]"),
        "instruments/b.yml": instrument(soort="soort: fout"),
    })
    assert len(problems_of(root)) == 1


def test_duplicate_step_number(catalogue_dir):
    stap = """\
        nummer: 1
        naam: Stap
        samenvatting: Een stap om te testen.
        wat_gedaan: Iets om te testen.
        bronnen: [{seed: 002_c05a2eab881bf59d.txt, vindplaats: tabel}]
        laatst_gecontroleerd: 2026-11-23
    """
    root = catalogue_dir({"ihw_guide/stappen/a.yml": stap, "ihw_guide/stappen/b.yml": stap})
    assert problems_of(root) == [
        "ihw_guide/stappen/b.yml:1:1: stapnummer 1 wordt ook gebruikt door a — geef elke IHW-stap een eigen nummer"
    ]


def test_every_problem_is_reported_at_once(catalogue_dir):
    """Ten different mistakes in one catalogue give ten located messages."""
    root = catalogue_dir({
        "instruments/a.yml": instrument(naam="", soort="soort: x", niveau="niveau: individu"),
        "instruments/b.yml": instrument(naam="naam: Beta\ngerelateerd: [onbekend]"),
        "instruments/h.yml": instrument(naam="naam: Hotel\nnam: C"),
        "instruments/c.yml": "naam: A\nnaam: B\n",
        "instruments/d.yml": "naam: A\n\tsoort: x\n",
        "instruments/e.yml": "",
        "instruments/F.yml": "naam: A\n",
        "instruments/g.yml": instrument(laatst_gecontroleerd="laatst_gecontroleerd: gisteren"),
    })
    problems = problems_of(root)
    assert len(problems) == 10, problems
    assert all(p.startswith("instruments/") and p.count(":") >= 3 for p in problems)


def test_number_bounds(catalogue_dir):
    stap = """\
        nummer: 0
        naam: Stap
        samenvatting: Een stap om te testen.
        wat_gedaan: Iets om te testen.
        bronnen: [{seed: 002_c05a2eab881bf59d.txt, vindplaats: tabel}]
        laatst_gecontroleerd: 2026-11-23
    """
    werkblad = """\
        titel: Werkblad
        samenvatting: Een werkblad om te testen.
        inleiding: Een werkblad om te testen.
        kolommen: [{naam: Taak}]
        lege_rijen: 41
        bronnen: [{seed: 000_43f4ec3db0ef760a.txt, vindplaats: tabel}]
        laatst_gecontroleerd: 2026-11-23
    """
    root = catalogue_dir({"ihw_guide/stappen/s.yml": stap, "ihw_guide/werkbladen/w.yml": werkblad})
    assert problems_of(root) == [
        "ihw_guide/stappen/s.yml:1:1: 'nummer' moet minstens 1 zijn — kies een getal van minstens 1",
        "ihw_guide/werkbladen/w.yml:5:1: 'lege_rijen' moet hoogstens 40 zijn — kies een getal van hoogstens 40",
    ]
