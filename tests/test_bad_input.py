"""Bad input of every kind: a located Dutch message, exit 1, no traceback, the old site intact."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import INSTRUMENT, write_files

from wegwijzer.catalogue import build_catalogue
from wegwijzer.cli import main as cli
from wegwijzer.diagnostics import CatalogueError


def problems(root: Path) -> list[str]:
    with pytest.raises(CatalogueError) as raised:
        build_catalogue(root)
    return [str(d) for d in raised.value.diagnostics]


def test_alias_bomb_is_refused_before_it_expands(catalogue_dir):
    rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for name, previous in zip("bcdefghi", "abcdefgh"):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    root = catalogue_dir({"instruments/bom.yml": "\n".join(rows) + "\n"})
    assert problems(root) == [
        "instruments/bom.yml:2:8: YAML-verwijzingen (&anker en *alias) zijn niet toegestaan"
        " — schrijf de tekst op elke plek voluit"
    ]


def test_alias_that_refers_to_itself_is_refused(catalogue_dir):
    root = catalogue_dir({"instruments/zelf.yml": "naam: &x\n  - *x\n"})
    assert problems(root) == [
        "instruments/zelf.yml:2:5: YAML-verwijzingen (&anker en *alias) zijn niet toegestaan"
        " — schrijf de tekst op elke plek voluit"
    ]


def test_merge_key_is_refused_in_dutch(catalogue_dir):
    root = catalogue_dir({"instruments/samen.yml": "basis: &b {naam: x}\nander:\n  <<: *b\n"})
    assert problems(root) == [
        "instruments/samen.yml:3:3: samenvoegen met '<<:' is niet toegestaan"
        " — schrijf de velden voluit in dit bestand"
    ]


@pytest.mark.parametrize("name", [
    "instruments/index.yml", "instruments/soort.yml", "ihw_guide/stappen/rollen.yml",
    "ihw_guide/casussen/index.yml", "decision_trees/index.yml", "ihw_guide/werkbladen/index.yml",
])
def test_slug_that_takes_a_generated_page_is_refused(catalogue_dir, name):
    root = catalogue_dir({"instruments/gewoon.yml": INSTRUMENT, name: INSTRUMENT})
    slug = Path(name).stem
    assert problems(root) == [
        f"{name}:1:1: de naam '{slug}' is gereserveerd: de site maakt zelf een pagina op dat adres"
        " — kies een andere bestandsnaam die zegt wat erin staat"
    ]


def test_symlink_out_of_the_project_is_refused(catalogue_dir, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elders") / "geheim.yml"
    outside.write_text(INSTRUMENT, encoding="utf-8")
    root = catalogue_dir({"instruments/gewoon.yml": INSTRUMENT})
    (root / "instruments" / "koppeling.yml").symlink_to(outside)
    assert problems(root) == [
        "instruments/koppeling.yml:1:1: 'koppeling.yml' is een koppeling naar een bestand buiten"
        " het project — kopieer het bestand in de catalogus in plaats van ernaar te verwijzen"
    ]


def test_review_date_in_the_future_is_refused(catalogue_dir):
    future = datetime.date.today() + datetime.timedelta(days=30)
    text = INSTRUMENT.replace("2026-11-23", future.isoformat())
    root = catalogue_dir({"instruments/later.yml": text})
    assert problems(root) == [
        f"instruments/later.yml:11:1: de datum {future.isoformat()} ligt in de toekomst — vul de"
        " datum in waarop u de inhoud echt hebt nagekeken (vandaag of eerder)"
    ]


def test_missing_instruments_folder_is_one_message_naming_the_cause(catalogue_dir):
    casus = """\
        titel: Een casus
        samenvatting: Een casus om de tests mee te voeden.
        situatie: Een situatie om de tests mee te voeden.
        instrumenten: [jobcoaching, proefplaatsing, no-riskpolis]
        discussievragen: ["Wat zou u doen?"]
        toont: een-medewerker
        bronnen: [{seed: 004_f73977c3411f9a85.txt, vindplaats: tabel}]
        laatst_gecontroleerd: 2026-11-23
    """
    root = catalogue_dir({"ihw_guide/casussen/x.yml": casus})
    assert problems(root) == [
        "ihw_guide/casussen/x.yml:4:16: de catalogus heeft geen enkel bestand in instruments/, maar"
        " verwijst wel naar 'jobcoaching' — staat de map instruments/ naast mkdocs.yml? Zet anders"
        " 'catalogue_dir' bij de plugin in mkdocs.yml op de map die hem bevat"
    ]


def test_reference_in_text_to_a_missing_page_is_located(catalogue_dir):
    text = INSTRUMENT.replace(
        "wat_is_het: Een instrument om de tests mee te voeden.",
        "wat_is_het: Zie ook [de proef](instrument:proefplaatsin) en [een boom](beslisboom:geen).",
    )
    root = catalogue_dir({"instruments/verwijst.yml": text, "instruments/proefplaatsing.yml": INSTRUMENT
                          .replace("Voorbeeldinstrument", "Proefplaatsing")})
    assert problems(root) == [
        "instruments/verwijst.yml:4:1: de tekst verwijst naar beslisboom:geen, maar die pagina"
        " bestaat niet — er is geen decision_trees/geen.yml",
        "instruments/verwijst.yml:4:1: de tekst verwijst naar instrument:proefplaatsin, maar die"
        " pagina bestaat niet — bedoelde u 'instrument:proefplaatsing'?",
    ]


def test_markup_in_a_name_is_refused_at_its_line(catalogue_dir):
    text = INSTRUMENT.replace("naam: Voorbeeldinstrument", "naam: 'X\"></title><script>alert(1)</script>'")
    root = catalogue_dir({"instruments/x.yml": text})
    [found] = problems(root)
    assert found.startswith("instruments/x.yml:1:1: dubbel aanhalingsteken in tekst zonder opmaak")


def test_validate_command_exits_1_without_traceback(catalogue_dir):
    root = catalogue_dir({"instruments/zelf.yml": "naam: &x\n  - *x\n"})
    result = CliRunner().invoke(cli, ["validate", "--root", str(root)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "instruments/zelf.yml:2:5:" in result.output


# -- the plugin: options, output folder, serve ------------------------------------------------

def test_plugin_option_typo_gets_the_closest_name_in_dutch():
    from wegwijzer.plugin import WegwijzerPlugin

    errors, _ = WegwijzerPlugin().load_config({"catalog_dir": ".", "max_paths": "veel"})
    messages = {key: str(error) for key, error in errors}
    assert messages["catalog_dir"] == "onbekende optie 'catalog_dir' — bedoelde u 'catalogue_dir'?"
    assert messages["max_paths"] == (
        "ongeldige waarde 'veel' voor 'max_paths' — schrijf een geheel getal, bijv. 'max_paths: 200'"
    )


def build(project: Path, site: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=project, check=False,
    )


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_strict_warning_after_writing_pages_keeps_the_old_site(toy):
    site = toy.parent / "site"
    assert build(toy, site).returncode == 0
    before = files_in(site)
    (toy / "docs" / "index.md").write_text("# Proef\n\n[kapot](nergens.md)\n", encoding="utf-8")
    result = build(toy, site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert files_in(site) == before
    assert not (toy.parent / "site.wegwijzer-new").exists()


def test_a_good_build_replaces_the_site_and_leaves_no_folders_behind(toy):
    site = toy.parent / "site"
    site.mkdir()
    (site / "oud.txt").write_text("oud", encoding="utf-8")
    assert build(toy, site).returncode == 0
    assert (site / "instrumenten" / "voorbeeld" / "index.html").is_file()
    assert not (site / "oud.txt").exists()
    assert sorted(p.name for p in toy.parent.iterdir()) == ["project", "site"]


def test_site_that_is_a_file_is_a_dutch_message(toy):
    site = toy.parent / "site"
    site.write_text("geen map", encoding="utf-8")
    result = build(toy, site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{site} is een bestand, geen map — verwijder het of kies met -d een andere map" in result.stderr
    assert site.read_text(encoding="utf-8") == "geen map"


def test_site_that_cannot_be_written_is_a_dutch_message(toy):
    result = build(toy, Path("/proc/wegwijzer-site"))  # not writable, even for root
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "kan niet schrijven in /proc/wegwijzer-site.wegwijzer-new" in result.stderr
    assert "de vorige site is niet veranderd" in result.stderr


def test_serve_shows_the_errors_on_the_open_pages_and_recovers(toy, capsys):
    from wegwijzer import plugin as plugin_module
    from mkdocs.config import load_config

    def rebuild_pages():
        config = load_config(str(toy / "mkdocs.yml"))
        wegwijzer = config.plugins["wegwijzer"]
        wegwijzer.on_startup(command="serve", dirty=False)
        wegwijzer.on_config(config)
        wegwijzer.on_pre_build(config)
        return {page.src_uri: page.markdown for page in wegwijzer.pages}

    good = rebuild_pages()
    entry = toy / "instruments" / "voorbeeld.yml"
    entry.write_text(INSTRUMENT.replace("soort: methodiek", "soort: onbekend"), encoding="utf-8")
    broken = rebuild_pages()
    assert set(broken) == set(good)
    page = broken["instrumenten/voorbeeld.md"]
    assert "# De catalogus bevat fouten" in page
    assert "instruments/voorbeeld.yml:2:1: waarde &#39;onbekend&#39; is niet toegestaan" in page
    assert "instruments/voorbeeld.yml:2:1" in capsys.readouterr().err
    entry.write_text(INSTRUMENT, encoding="utf-8")
    assert rebuild_pages() == good
    plugin_module._LAST_GOOD_PAGES.clear()


def test_docs_page_in_the_place_of_a_generated_page_stops_before_cleaning(toy):
    site = toy.parent / "site"
    assert build(toy, site).returncode == 0
    before = files_in(site)
    write_files(toy, {"docs/instrumenten/index.md": textwrap.dedent("# Eigen\n")})
    result = build(toy, site)
    assert result.returncode == 1
    assert "docs/instrumenten/index.md bestaat al" in result.stderr
    assert files_in(site) == before
