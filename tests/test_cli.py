"""The `wegwijzer` verbs (new, export, review, validate, schema), their errors, and CONTRIBUTING.md."""

from __future__ import annotations

import ast
import datetime
import json
import re
import typing
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner
from conftest import IN_CI, INSTRUMENT, ROOT, SEEDS

from wegwijzer import cli, export, models, progress, review, scaffold
from wegwijzer.catalogue import build_catalogue
from wegwijzer.diagnostics import CatalogueError
from wegwijzer.checks import TARGETS
from wegwijzer.link import DEFAULT_MAX_PATHS, link
from wegwijzer import kinds
from wegwijzer.load import Document
from wegwijzer.yaml_text import parse
from wegwijzer.schemas import schema_texts
from wegwijzer.validate import validate as validate_documents

TODAY = datetime.date(2026, 11, 23)


def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        return CliRunner()  # click >= 8.2 keeps stderr apart


def run(*args: str | Path):
    return runner().invoke(cli.main, [str(a) for a in args], catch_exceptions=False, prog_name="wegwijzer")


def assert_fails(result, *phrases: str) -> None:
    """Exit code 1, a Dutch message on stderr, nothing on stdout, and no traceback anywhere."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr
    assert not re.search(r"^(Error|Usage|Try) ", result.stderr.replace(":", " "), re.MULTILINE), result.stderr


# -- a small catalogue ---------------------------------------------------------------------------
REGELING = """\
# yaml-language-server: $schema=../schemas/instrument.schema.json
naam: Proefregeling
aliassen: [PR]
soort: regeling
samenvatting: Een regeling om de export en review mee te testen.
wat_is_het: |-
  Een regeling om mee te testen.

  Met een tweede alinea, "aanhalingstekens" en een puntkomma; zoals echte teksten.
wanneer:
  - Als er iets is; en nog iets.
  - "Met \\"dubbele\\" aanhalingstekens"
  - Met een | streep en een komma, gewoon.
niveau: [individu, team]
dienstverlening: [1, 3]
rollen: [adviserend]
doelgroep: [werkgever, werkzoekende]
gerelateerd: [voorbeeld]
actuele_voorwaarden:
  url: https://www.uwv.nl/nl/no-riskpolis
  toelichting: Controleer de voorwaarden op de pagina van UWV.
bronnen:
  - seed: 004_f73977c3411f9a85.txt
    vindplaats: "§2.3, tabel; rij 'X' | kolom 2"
    citaat: "Een citaat met: een dubbele punt; een puntkomma en \\"quotes\\"."
    url: https://www.uwv.nl/nl/no-riskpolis
  - seed: 003_3668f88ee75d546f.txt
    vindplaats: Vraag 1
laatst_gecontroleerd: 2024-01-10
"""

BOOM = """\
titel: Een proefboom
samenvatting: Een boom om de review mee te testen.
doelgroep: [werkgever]
inleiding: Een inleiding voor de proef.
start: vraag
vragen:
  vraag:
    vraag: Wat wilt u?
    opties:
      - {label: Dit, volgende: a}
      - {label: Dat, volgende: b}
uitkomsten:
  a:
    titel: Uitkomst A
    tekst: Een advies van voldoende lengte.
    volgende_stap: Bel iemand.
    zonder_contact: Een test zonder contact.
    instrumenten: [voorbeeld]
    bronnen:
      - {seed: 003_3668f88ee75d546f.txt, vindplaats: Vraag 2, url: "https://www.ikbenharrie.nl/"}
  b:
    titel: Uitkomst B
    tekst: Een advies van voldoende lengte.
    volgende_stap: Bel iemand.
    zonder_contact: Een test zonder contact.
    zonder_instrument: Een test zonder instrument.
    bronnen: [{seed: 003_3668f88ee75d546f.txt, vindplaats: Vraag 3}]
laatst_gecontroleerd: 2025-06-01
"""

CASUS = """\
titel: Een proefcasus
samenvatting: Een casus om de export mee te testen.
situatie: Een situatie om te testen.
aanpak:
  - {stap: null, tekst: Eerst dit gedaan.}
instrumenten: [voorbeeld]
discussievragen: ["Wat zou u doen?"]
toont: een-medewerker
bronnen: [{seed: 004_f73977c3411f9a85.txt, vindplaats: "§4.1.4"}]
laatst_gecontroleerd: 2026-11-01
"""


@pytest.fixture
def project(catalogue_dir):
    return catalogue_dir({
        "mkdocs.yml": "site_name: proef\n",
        "instruments/voorbeeld.yml": INSTRUMENT,
        "instruments/proefregeling.yml": REGELING,
        "decision_trees/proefboom.yml": BOOM,
        "ihw_guide/casussen/proefcasus.yml": CASUS,
    })


# -- help and errors for every verb ------------------------------------------------------------
def _command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += _command_paths(command, prefix + (name,))
        else:
            paths.append(prefix + (name,))
    return paths


COMMANDS = _command_paths(cli.main)


def test_every_verb_is_covered():
    assert {p for p in COMMANDS if p} >= {
        ("validate",), ("schema",), ("new",), ("new", "instrument"), ("new", "tree"),
        ("new", "case"), ("export",), ("review",),
    }


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "wegwijzer")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_is_dutch(path, flag):
    result = run(*path, flag)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("Gebruik: wegwijzer")
    assert "Opties:" in text and "Toon deze hulp en stop." in text
    for english in ("Usage:", "Options:", "Commands:", "Show this message", "[default:", "[required]"):
        assert english not in text
    command = cli.main
    for name in path:
        command = command.commands[name]
    assert command.help and command.help.split()[0] in text  # the verb's own Dutch explanation


def test_no_arguments_shows_the_overview():
    result = run()
    assert result.exit_code == 0
    assert "Opdrachten:" in result.stdout and "validate" in result.stdout


@pytest.mark.parametrize("args, phrases", [
    (["valideer"], ["onbekende opdracht 'valideer' — bedoelde u 'validate'?", "Hulp: wegwijzer --help"]),
    (["validate", "--raport"], ["onbekende optie '--raport' — bedoelde u '--report'"]),
    (["validate", "extra"], ["te veel argumenten: extra"]),
    (["export", "--format", "xml"], ["ongeldige waarde bij '--format': 'xml' kan niet — kies json of csv"]),
    (["export", "--out"], ["de optie '--out' heeft een waarde nodig"]),
    (["review", "--older-than", "een jaar"], ["'een jaar' is geen geldige termijn", "12m of 90d"]),
    (["review", "--op", "23-11-2026"], ["'23-11-2026' is geen datum — schrijf JJJJ-MM-DD"]),
    (["new"], ["zeg wat u wilt maken: instrument, tree of case", "Hulp: wegwijzer new --help"]),
    (["new", "instrumnt", "x"], ["onbekende opdracht 'instrumnt' — bedoelde u 'instrument'?"]),
    (["new", "boek", "x"], ["onbekende opdracht 'boek' — kies uit case, instrument, tree"]),
    (["new", "instrument"], ["het argument 'SLUG' ontbreekt"]),
    (["validate", "--root", "/bestaat/niet"], ["de map '/bestaat/niet' bestaat niet"]),
    (["schema", "--root", __file__], ["is een bestand — geef bij --root de map van de wegwijzer"]),
])
def test_usage_errors_are_dutch_and_exit_1(args, phrases):
    assert_fails(run(*args), *phrases)


def test_unexpected_failure_is_a_message_not_a_traceback(project, monkeypatch):
    def broken(root):
        raise RuntimeError("kapot")

    monkeypatch.setattr(cli, "build_catalogue", broken)
    assert_fails(run("validate", "--root", project), "onverwachte fout in wegwijzer (RuntimeError: kapot)")
    monkeypatch.setenv("WEGWIJZER_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run("validate", "--root", project)


def test_unreadable_file_is_a_message(project, monkeypatch):
    def unreadable(root):
        raise PermissionError(13, "Permission denied", str(root / "instruments" / "x.yml"))

    monkeypatch.setattr(cli, "build_catalogue", unreadable)
    assert_fails(run("validate", "--root", project), "x.yml' niet lezen of schrijven: u hebt er geen toegang toe")


# -- validate and schema (behaviour kept from the foundation) ----------------------------------
def test_validate_ok_and_report(project):
    result = run("validate", "--root", project)
    assert result.exit_code == 0
    assert result.stdout == (
        "De catalogus is in orde: 2 instrumenten, 1 beslisbomen, 0 IHW-stappen, 1 casussen.\n"
    )
    assert result.stderr == ""
    report = run("validate", "--root", project, "--report")
    assert report.exit_code == 0
    assert "Vraag op de instrumentpagina" in report.stdout
    assert "Instrumenten zonder letterlijk citaat uit een bron: voorbeeld" in report.stdout


def test_validate_reports_every_problem_on_stderr(project):
    (project / "instruments" / "kapot.yml").write_text("naam: Kapot\nsoort: onbekend\n", encoding="utf-8")
    result = run("validate", "--root", project)
    assert_fails(
        result,
        "instruments/kapot.yml:2:1: waarde 'onbekend' is niet toegestaan bij 'soort'",
        "problemen in de catalogus gevonden.",
    )


def test_schema_writes_checks_and_reports_stale(tmp_path):
    assert_fails(run("schema", "--root", tmp_path, "--check"), "Verouderd in schemas/", "draai 'wegwijzer schema'")
    written = run("schema", "--root", tmp_path)
    assert written.exit_code == 0 and f"{len(schema_texts())} schema('s) bijgewerkt" in written.stdout
    assert run("schema", "--root", tmp_path).stdout == "schemas/ was al bij.\n"
    assert run("schema", "--root", tmp_path, "--check").stdout == "schemas/ is bij.\n"


# -- progress: on a terminal only --------------------------------------------------------------
def test_quiet_in_pipes(project):
    for args in (["validate"], ["export", "--format", "csv"], ["export"], ["review"]):
        result = run(*args, "--root", project)
        assert result.exit_code == 0 and result.stderr == "", (args, result.stderr)


def test_progress_on_a_terminal(project, monkeypatch):
    monkeypatch.setattr(progress, "on_terminal", lambda: True)
    result = run("export", "--root", project, "--format", "json")
    assert result.exit_code == 0
    assert "Exporteren" in result.stderr  # the bar (click prints only its label off a real tty)
    assert "Catalogus lezen en controleren (4 bestanden)" in result.stderr  # the spinner
    json.loads(result.stdout)  # stdout is still only the data
    validated = run("validate", "--root", project)
    assert "Catalogus lezen en controleren" in validated.stderr
    assert validated.stdout.startswith("De catalogus is in orde")


def test_progress_helpers_pass_items_through():
    with progress.steps([1, 2, 3], "x") as items:
        assert list(items) == [1, 2, 3]
    with progress.busy("x"):
        pass


# -- new ---------------------------------------------------------------------------------------
MODELINES = {
    "instrument": "# yaml-language-server: $schema=../schemas/instrument.schema.json",
    "tree": "# yaml-language-server: $schema=../schemas/beslisboom.schema.json",
    "case": "# yaml-language-server: $schema=../../schemas/casus.schema.json",
}
# What an editor types over each placeholder; filled in by key, the way a person would.
FILL = {
    "naam": "Proefinstrument",
    "soort": "methodiek",
    "samenvatting": "Een samenvatting om het sjabloon mee te vullen.",
    "wat_is_het": "Een uitleg om het sjabloon mee te vullen.",
    "titel": "Een proeftitel",
    "inleiding": "Een inleiding om het sjabloon mee te vullen.",
    "vraag": "Wat wilt u doen?",
    "label": "Dit antwoord",
    "tekst": "Een tekst van voldoende lengte.",
    "volgende_stap": "Bel de gemeente.",
    "zonder_contact": "Voor deze proef hoort er niemand bij.",
    "zonder_instrument": "Voor deze proef past er geen.",
    "situatie": "Een situatie om het sjabloon mee te vullen.",
    "seed": "004_f73977c3411f9a85.txt",
    "vindplaats": "§2.3, tabel",
    "toelichting": "Controleer de voorwaarden op de pagina van UWV.",
    "toont": "een-medewerker",
}
REQUIRED_LISTS = {
    "niveau": "[individu]",
    "dienstverlening": "[1]",
    "doelgroep": "[werkgever]",
    "discussievragen": "[\"Wat zou u doen?\"]",
}
PLACEHOLDER = re.compile(r'^([ ]*(?:- )?)([a-z_]+): (""|\[\])$', re.MULTILINE)


def fill(text: str) -> str:
    def replace(match: re.Match) -> str:
        indent, key, empty = match.groups()
        if empty == '""':
            return f"{indent}{key}: {FILL[key]}"
        return f"{indent}{key}: {REQUIRED_LISTS.get(key, '[]')}"

    return PLACEHOLDER.sub(replace, text)


def placeholder_lines(text: str) -> set[int]:
    return {
        text.count("\n", 0, m.start()) + 1
        for m in PLACEHOLDER.finditer(text)
        if m.group(3) == '""' or m.group(2) in REQUIRED_LISTS
    }


def problems(root: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        build_catalogue(root)
    return [str(d) for d in caught.value.diagnostics]


@pytest.mark.parametrize("kind", ["instrument", "tree", "case"])
def test_new_writes_a_template_that_validates_once_filled(project, kind):
    result = run("new", kind, "mijn-nieuwe", "--root", project)
    assert result.exit_code == 0, result.stderr
    folder = scaffold.KINDS[kind].folder
    path = project / folder / "mijn-nieuwe.yml"
    assert result.stdout.startswith(f"Aangemaakt: {folder}/mijn-nieuwe.yml\n")
    address = {"instrument": "instrumenten/mijn-nieuwe/", "tree": "beslisbomen/mijn-nieuwe/",
               "case": "casussen/mijn-nieuwe/"}[kind]
    assert f"http://127.0.0.1:8000/{address}" in result.stdout
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == MODELINES[kind]
    assert f"laatst_gecontroleerd: {datetime.date.today().isoformat()}" in text

    # Untouched, it fails exactly at the placeholders, so an editor is led to each one.
    found = problems(project)
    lines = {int(p.split(":")[1]) for p in found}
    assert all(p.startswith(f"{folder}/mijn-nieuwe.yml:") for p in found), found
    assert lines == placeholder_lines(text), found

    # Filled in, it validates and links with the rest of the catalogue.
    filled = fill(text)
    assert '""' not in "".join(line for line in filled.splitlines() if not line.lstrip().startswith("#"))
    path.write_text(filled, encoding="utf-8")
    catalogue = build_catalogue(project)
    section = {"instrument": catalogue.instruments, "tree": catalogue.beslisbomen, "case": catalogue.casussen}
    assert "mijn-nieuwe" in section[kind]


def test_new_instrument_as_regeling(project):
    run("new", "instrument", "nieuwe-regeling", "--root", project)
    path = project / "instruments" / "nieuwe-regeling.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("#   url: https://", "  url: https://www.uwv.nl/nl/no-riskpolis")
    text = text.replace('#   toelichting: ""', '  toelichting: ""')
    path.write_text(fill(text).replace("soort: methodiek", "soort: regeling"), encoding="utf-8")
    entry = build_catalogue(project).instruments["nieuwe-regeling"]
    assert str(entry.model.actuele_voorwaarden.url) == "https://www.uwv.nl/nl/no-riskpolis"


def test_templates_name_every_choice_the_models_allow():
    text = scaffold.template_text("instrument", "x", TODAY)
    for literal in (models.Soort, models.Niveau, models.Rol, models.Doelgroep):
        for value in typing.get_args(literal):
            assert value in text, value
    for kind in scaffold.KINDS:
        text = scaffold.template_text(kind, "x", TODAY)
        assert all(seed in text for seed in models.SEED_FILES), kind
        assert "\t" not in text and "{{" not in text


def _field_names(model) -> set[str]:
    """Every field name of `model` and of the models inside it (lists, dicts, optionals)."""
    names = set()
    for name, field in model.model_fields.items():
        names.add(name)
        todo = [field.annotation]
        while todo:
            annotation = todo.pop()
            if isinstance(annotation, type) and issubclass(annotation, models.Strict):
                names |= _field_names(annotation)
            else:
                todo += list(typing.get_args(annotation))
    return names


@pytest.mark.parametrize("kind, model", [
    ("instrument", models.Instrument), ("tree", models.Beslisboom), ("case", models.Casus),
])
def test_templates_show_every_field(kind, model):
    text = scaffold.template_text(kind, "x", TODAY)
    keys = set(re.findall(r"^[#\s]*(?:- )?([a-z_]+):", text, re.MULTILINE))
    assert _field_names(model) - {"bron"} <= keys, _field_names(model) - keys


@pytest.mark.parametrize("args, phrase", [
    (["new", "instrument", "voorbeeld"], "instruments/voorbeeld.yml bestaat al — kies een andere slug, of bewerk dat bestand"),
    (["new", "tree", "proefboom"], "decision_trees/proefboom.yml bestaat al"),
    (["new", "casus", "proefcasus"], "ihw_guide/casussen/proefcasus.yml bestaat al"),
    (["new", "instrument", "Harrie Helpt-training"], "'Harrie Helpt-training' is geen geldige slug (alleen kleine letters, cijfers en losse streepjes) — bedoelde u 'harrie-helpt-training'?"),
    (["new", "instrument", "café--x"], "bedoelde u 'cafe-x'?"),
    (["new", "instrument", "x--y-"], "bedoelde u 'x-y'?"),
    (["new", "case", "!!!"], "gebruik kleine letters, cijfers en streepjes"),
    (["new", "instrument", "index"], "'index' kan niet als slug: dat adres gebruikt de site al"),
    (["new", "instrument", "soort"], "'soort' kan niet als slug"),
])
def test_new_refuses(project, args, phrase):
    before = {p: p.read_bytes() for p in project.rglob("*.yml")}
    assert_fails(run(*args, "--root", project), phrase)
    assert {p: p.read_bytes() for p in project.rglob("*.yml")} == before


def test_new_refuses_a_folder_that_is_not_a_wegwijzer(tmp_path):
    assert_fails(run("new", "instrument", "x", "--root", tmp_path), "is niet de map van de wegwijzer")
    assert not (tmp_path / "instruments").exists()


def test_new_accepts_dutch_words_for_the_kind(project):
    assert run("new", "boom", "een-boom", "--root", project).exit_code == 0
    assert run("new", "beslisboom", "nog-een-boom", "--root", project).exit_code == 0
    assert run("new", "casus", "een-casus", "--root", project).exit_code == 0
    assert (project / "decision_trees" / "een-boom.yml").is_file()
    assert (project / "decision_trees" / "nog-een-boom.yml").is_file()
    assert (project / "ihw_guide" / "casussen" / "een-casus.yml").is_file()


def test_new_creates_a_missing_kind_folder(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    assert run("new", "case", "eerste", "--root", tmp_path).exit_code == 0
    assert (tmp_path / "ihw_guide" / "casussen" / "eerste.yml").is_file()


# -- export ------------------------------------------------------------------------------------
def test_json_round_trip(project):
    result = run("export", "--root", project, "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    catalogue = build_catalogue(project)
    assert data == export.catalogue_data(catalogue)
    assert set(data) >= {"instruments", "beslisbomen", "stappen", "casussen", "methode"}
    assert data["methode"] is None and data["stappen"] == {}
    for name, value in review.catalogue_sections(catalogue):
        for slug, entry in (value or {}).items():
            assert data[name][slug] == entry.model.model_dump(mode="json")
            assert type(entry.model).model_validate(data[name][slug]) == entry.model


def test_csv_round_trip(project):
    result = run("export", "--root", project, "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    catalogue = build_catalogue(project)
    back = export.read_csv(result.stdout)
    assert list(back) == list(catalogue.instruments)  # one row per instrument, in slug order
    for slug, entry in catalogue.instruments.items():
        assert back[slug] == entry.model.model_dump(mode="json")
        assert models.Instrument.model_validate(back[slug]) == entry.model


def test_csv_is_spreadsheet_shaped(project):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(run("export", "--root", project, "--format", "csv").stdout)))
    row = next(r for r in rows if r["slug"] == "proefregeling")
    assert row["bestand"] == "instruments/proefregeling.yml"
    for facet in ("soort", "niveau", "dienstverlening", "rollen", "doelgroep", "ihw_stappen"):
        assert facet in row  # one column per facet
    assert row["niveau"] == "individu; team"
    assert row["dienstverlening"] == "1; 3"
    assert row["wanneer"].startswith('"Als er iets is; en nog iets."; ')  # a ';' inside is quoted
    assert row["actuele_voorwaarden.url"] == "https://www.uwv.nl/nl/no-riskpolis"
    assert row["bronnen"].count("seed: ") == 2
    assert "; seed: 003_3668f88ee75d546f.txt | vindplaats: Vraag 1" in row["bronnen"]
    assert row["laatst_gecontroleerd"] == "2024-01-10"
    empty = next(r for r in rows if r["slug"] == "voorbeeld")
    assert empty["wanneer"] == "" and empty["actuele_voorwaarden.url"] == ""


def test_csv_round_trip_of_awkward_values():
    awkward = [
        "", " spaties ", 'een "citaat"', "a; b", "regel\nnieuwe regel", "; ", '"', "gewoon",
        "seed: | vindplaats: x",
    ]
    assert export.split_list(export.join_list(awkward)) == [a for a in awkward]


def test_export_to_a_file(project, tmp_path):
    out = tmp_path / "uit" / "instrumenten.csv"
    out.parent.mkdir()
    result = run("export", "--root", project, "--out", out)  # the format follows the extension
    assert result.exit_code == 0
    assert result.stdout == f"Geëxporteerd: 2 instrumenten naar {out} (CSV).\n"
    assert out.read_text(encoding="utf-8").startswith("slug,bestand,naam,")
    as_json = tmp_path / "uit" / "alles.json"
    assert run("export", "--root", project, "--out", as_json).exit_code == 0
    assert "instruments" in json.loads(as_json.read_text(encoding="utf-8"))


@pytest.mark.parametrize("out, phrase", [
    ("geen-map/x.csv", "de map '{tmp}/geen-map' bestaat niet"),
    (".", "is een map — geef bij --out een bestandsnaam"),
])
def test_export_refuses_a_bad_destination(project, tmp_path, out, phrase):
    assert_fails(
        run("export", "--root", project, "--out", tmp_path / out),
        phrase.format(tmp=tmp_path),
    )


def test_export_of_a_bad_catalogue_fails(project):
    (project / "instruments" / "kapot.yml").write_text("naam: Kapot\n", encoding="utf-8")
    assert_fails(run("export", "--root", project), "instruments/kapot.yml:1:1: verplicht veld")


# -- review ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, days", [("12m", 365), ("6m", 183), ("1m", 30), ("90d", 90), (" 0D ", 0)])
def test_parse_period(text, days):
    assert review.parse_period(text) == days


@pytest.mark.parametrize("text", ["12", "m", "1y", "-3d", "12 maanden", ""])
def test_parse_period_refuses(text):
    with pytest.raises(ValueError, match="geen geldige termijn"):
        review.parse_period(text)


def test_stale_entries_order_and_urls(project):
    catalogue = build_catalogue(project)
    later = datetime.date(2027, 12, 31)
    stale = review.stale_entries(catalogue, later, 30)
    assert [(s.path, s.regeling) for s in stale] == [
        ("instruments/proefregeling.yml", True),  # regelingen first
        ("decision_trees/proefboom.yml", False),  # then oldest first
        ("ihw_guide/casussen/proefcasus.yml", False),
        ("instruments/voorbeeld.yml", False),
    ]
    regeling, boom, casus, instrument = stale
    assert regeling.url == "https://www.uwv.nl/nl/no-riskpolis"  # actuele_voorwaarden.url
    assert boom.url == "https://www.ikbenharrie.nl/"  # the first official page among its sources
    assert instrument.url is None
    assert regeling.title == "Proefregeling" and boom.title == "Een proefboom"
    assert regeling.age_days == (later - datetime.date(2024, 1, 10)).days
    assert casus.kind == "casus" and casus.slug == "proefcasus" and casus.url is None
    assert regeling.describe() == (
        f"instruments/proefregeling.yml: laatst gecontroleerd op 2024-01-10 "
        f"({regeling.age_days} dagen geleden) — controleer https://www.uwv.nl/nl/no-riskpolis"
    )
    assert instrument.describe().endswith("— vergelijk met de bronnen")


def test_stale_means_strictly_older(project):
    catalogue = build_catalogue(project)
    # the case was checked 22 days before TODAY
    assert "ihw_guide/casussen/proefcasus.yml" not in {s.path for s in review.stale_entries(catalogue, TODAY, 22)}
    assert "ihw_guide/casussen/proefcasus.yml" in {s.path for s in review.stale_entries(catalogue, TODAY, 21)}


def test_review_command(project):
    result = run("review", "--root", project, "--op", "2026-11-23")
    assert result.exit_code == 0 and result.stderr == ""
    text = result.stdout
    assert text.startswith("2 onderdelen zijn langer dan 12 maanden (365 dagen) niet nagekeken (gerekend vanaf 2026-11-23).")
    assert text.index("Regelingen:") < text.index("Proefregeling") < text.index("Overige onderdelen:") < text.index("Een proefboom")
    assert "    controleer: https://www.uwv.nl/nl/no-riskpolis" in text
    assert "voorbeeld.yml" not in text  # checked 2026-11-23


def test_review_with_nothing_to_do(project):
    result = run("review", "--root", project, "--op", "2024-01-10", "--older-than", "90d")
    assert result.exit_code == 0
    assert result.stdout == "Niets na te kijken: alles is in de laatste 90 dagen nagekeken (gerekend vanaf 2024-01-10).\n"
    one = run("review", "--root", project, "--op", "2024-02-10", "--older-than", "1m")
    assert one.stdout.startswith("1 onderdeel is langer dan 1 maand (30 dagen) niet nagekeken")


def test_review_of_a_bad_catalogue_fails(project):
    (project / "instruments" / "kapot.yml").write_text("naam: Kapot\n", encoding="utf-8")
    assert_fails(run("review", "--root", project), "instruments/kapot.yml:1:1:")


# -- CONTRIBUTING.md ---------------------------------------------------------------------------
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.MULTILINE | re.DOTALL)
SCHEMA_KIND = re.compile(r"^# yaml-language-server: \$schema=(?:\.\./)+schemas/([a-z-]+)\.schema\.json$")


def guide_examples() -> list[tuple[str | None, str]]:
    """(the file name the guide gives just before the block, or None; the YAML text)."""
    examples = []
    for match in BLOCK.finditer(GUIDE):
        before = GUIDE[: match.start()].rstrip().splitlines()[-1]
        names = re.findall(r"`([a-z_/]+/[a-z0-9-]+\.yml)`", before)
        examples.append((names[-1] if names else None, match.group(1)))
    return examples


def test_the_guide_has_examples_of_each_kind():
    complete = [text for _, text in guide_examples() if not text.startswith("# fragment")]
    kinds = {SCHEMA_KIND.match(text.splitlines()[0]).group(1) for text in complete}
    assert kinds >= {"instrument", "beslisboom", "casus"}


def test_every_yaml_example_in_the_guide_is_valid():
    documents = []
    for name, text in guide_examples():
        data, marks = parse(text)  # also fragments must be YAML that loads
        if text.startswith("# fragment"):
            continue
        first = text.splitlines()[0]
        kind_in_modeline = SCHEMA_KIND.match(first)
        assert kind_in_modeline, f"a complete example starts with the modeline, not {first!r}"
        assert name, f"say which file a complete example is, in `folder/slug.yml`, before:\n{text[:200]}"
        folder, _, file_name = name.rpartition("/")
        kind = kinds.folders()[folder]
        assert kind_in_modeline.group(1) == kind, name
        assert first == MODELINES.get({"beslisboom": "tree", "casus": "case"}.get(kind, kind), first)
        documents.append(Document(name, kind, Path(file_name).stem, data, marks))
    entries, invalid = validate_documents(documents)
    assert [str(d) for d in invalid] == []
    # References may point at each other or at files of the real catalogue.
    real = {(kind, p.stem) for folder, kind in kinds.folders().items() for p in (ROOT / folder).glob("*.yml")}
    real |= {(kind, Path(name).stem) for name, kind in kinds.single_files().items() if (ROOT / name).is_file()}
    ours = {(d.kind, d.slug) for d in documents}
    _, unlinked = link(entries, DEFAULT_MAX_PATHS, real - ours)
    assert [str(d) for d in unlinked] == []


def test_the_guide_quotes_its_seeds_verbatim():
    if not SEEDS.is_dir():
        if IN_CI:
            pytest.fail(f"{SEEDS} is missing")
        pytest.skip("shared/seeds is not beside this checkout")

    def collapse(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    seeds = {p.name: collapse(p.read_text(encoding="utf-8")) for p in SEEDS.glob("0*.txt")}
    everything = " ".join(seeds.values())

    def sources(value):
        if isinstance(value, dict):
            if "seed" in value and "vindplaats" in value:
                yield value
            for item in value.values():
                yield from sources(item)
        elif isinstance(value, list):
            for item in value:
                yield from sources(item)

    checked = 0
    for _, text in guide_examples():
        for bron in sources(yaml.safe_load(text)):
            if bron.get("citaat"):
                assert collapse(bron["citaat"]) in seeds[bron["seed"]], bron["citaat"]
                checked += 1
            if bron.get("url"):
                assert str(bron["url"]).rstrip("/") in everything, bron["url"]
    assert checked >= 5


def _messages(module: Path) -> list[str]:
    """The message argument of every diagnostic a module raises, as its literal parts."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        argument = None
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"Diagnostic": 3, "YamlProblem": 2, "diagnostic": 1, "name_problem": 0, "ValueError": 0}.get(name)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 2:
            argument = node.value.elts[0]  # validate.explain returns (message, hint)
        if argument is not None:
            found.append(argument)
    return found


def _literal_parts(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [part for value in node.values for part in _literal_parts(value)]
    if isinstance(node, ast.BinOp):
        return _literal_parts(node.left) + _literal_parts(node.right)
    return []


@pytest.mark.parametrize("module", [
    "load.py", "yaml_text.py", "validate.py", "link.py", "checks.py", "tree_checks.py", "text.py", "plugin.py", "staging.py",
    *sorted(p.relative_to(ROOT / "src" / "wegwijzer").as_posix() for p in (ROOT / "src" / "wegwijzer" / "models").glob("*.py")),
])
def test_the_guide_explains_every_validation_message(module):
    source = ROOT / "src" / "wegwijzer" / module
    missing = []
    for node in _messages(source):
        parts = [p.strip(" '\"") for p in _literal_parts(node)]
        parts = [p.split(" — ")[0] for p in parts if len(p.strip(" '\"")) >= 4]
        if parts and not all(part in GUIDE for part in parts):
            missing.append(" … ".join(parts))
    assert missing == [], f"add these messages of {module} to 'Wat betekent deze melding?' in CONTRIBUTING.md"


def test_the_guide_names_every_reference_message():
    for word, _ in TARGETS.values():
        assert f"`{word} '" in GUIDE, word


def test_the_guide_lists_every_seed_and_soort():
    for seed in models.SEED_FILES:
        assert f"`{seed}`" in GUIDE
    for soort, label in models.SOORT_LABELS.items():
        assert f"| `{soort}` | {label} |" in GUIDE


def test_the_guides_own_links_lead_somewhere():
    def anchor(heading: str) -> str:  # as GitHub and most Markdown viewers make them
        return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")

    anchors = {anchor(h) for h in re.findall(r"^#+ (.+)$", GUIDE, re.MULTILINE)}
    links = re.findall(r"\]\(#([^)]+)\)", GUIDE)
    assert links and set(links) <= anchors, set(links) - anchors
