"""The `wegwijzer` command: check the catalogue, write schemas, and other tasks for editors.

Every verb speaks plain Dutch, in its help and in its errors. Problems go to stderr with exit
code 1 and never as a Python traceback (set WEGWIJZER_DEBUG=1 to see one for a bug). Progress
is shown only when stderr is a terminal, so pipes and CI logs stay clean.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import click

from . import kinds, progress
from .catalogue import build_catalogue
from .cli_dutch import Datum, Groep, Keuze, Termijn, Wegwijzer, check_root, fail, root_option
from .diagnostics import CatalogueError
from .link import Catalogue
from .scaffold import KINDS as SCAFFOLDS
from .schemas import stale_schemas, write_schemas


def _catalogue_or_exit(root: Path) -> Catalogue:
    check_root(root)
    with progress.busy(f"Catalogus lezen en controleren ({_file_count(root)} bestanden)"):
        try:
            return build_catalogue(root)
        except CatalogueError as error:
            problems = error
    click.echo(problems.report(), err=True)
    sys.exit(1)


def _file_count(root: Path) -> int:
    count = sum(len(list((root / folder).glob("*.yml"))) for folder in kinds.folders())
    return count + sum(1 for name in kinds.single_files() if (root / name).is_file())


# -- the verbs ---------------------------------------------------------------------------------
@click.group(
    cls=Wegwijzer,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.pass_context
def main(ctx: click.Context) -> None:
    """Wegwijzer: hulpmiddelen voor wie de catalogus bijhoudt.

    Draai de opdrachten in de hoofdmap van de wegwijzer (de map met mkdocs.yml), of geef die
    map op met --root. Meer uitleg bij één opdracht: wegwijzer OPDRACHT --help. Hoe u een
    instrument, beslisboom of casus toevoegt, staat in CONTRIBUTING.md.
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@main.command(short_help="Controleer de hele catalogus.")
@root_option
@click.option("--report", is_flag=True, help="Toon ook per veld hoeveel instrumenten het invullen.")
def validate(root: Path, report: bool) -> None:
    """Controleer de hele catalogus en toon elk probleem met bestand en regel.

    Elk probleem staat op één regel: bestand:regel:kolom: wat er mis is — hoe u het oplost.
    Zijn er problemen, dan stopt de opdracht met foutcode 1.
    """
    catalogue = _catalogue_or_exit(root)
    click.echo(
        f"De catalogus is in orde: {len(catalogue.instruments)} instrumenten, "
        f"{len(catalogue.beslisbomen)} beslisbomen, {len(catalogue.stappen)} IHW-stappen, "
        f"{len(catalogue.casussen)} casussen."
    )
    if report:
        from .report import coverage_report, situation_report, tree_report

        click.echo(coverage_report(catalogue))
        click.echo(situation_report(catalogue))
        click.echo(tree_report(catalogue))


@main.command(short_help="Schrijf een project zonder plugin (voor Zensical of gewone MkDocs).")
@root_option
@click.argument("doelmap", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Vervang een map die niet leeg is.")
def generate(root: Path, doelmap: Path, force: bool) -> None:
    """Schrijf naar DOELMAP een volledig project zonder de wegwijzer-plugin: mkdocs.yml, docs/
    en elke pagina uit de catalogus als Markdown. 'mkdocs build' en 'zensical build' in die map
    maken dezelfde site. Bij een fout in de catalogus wordt niets geschreven.
    """
    from .generate import GenerateError, generate as write_project

    _catalogue_or_exit(root)
    try:
        count = write_project(root, doelmap, force)
    except GenerateError as error:
        fail(str(error))
        sys.exit(1)
    click.echo(f"Geschreven: {doelmap} ({count} pagina's uit de catalogus). Bouw met: "
               f"cd {doelmap} && zensical build (of: mkdocs build)")


@main.command(short_help="Schrijf de JSON Schema's voor uw editor.")
@root_option
@click.option("--check", is_flag=True, help="Alleen controleren of schemas/ bij is; niets schrijven.")
def schema(root: Path, check: bool) -> None:
    """Schrijf de JSON Schema-bestanden in schemas/ (voor autocomplete in uw editor).

    Een editor met de YAML-extensie (zoals VS Code) gebruikt ze voor aanvullen en voor
    foutmeldingen terwijl u typt. Draai dit na elke wijziging in de velden van de catalogus.
    """
    check_root(root)
    folder = root / "schemas"
    if check:
        stale = stale_schemas(folder)
        if stale:
            click.echo(f"Verouderd in schemas/: {', '.join(stale)} — draai 'wegwijzer schema'", err=True)
            sys.exit(1)
        click.echo("schemas/ is bij.")
        return
    changed = write_schemas(folder)
    click.echo(f"{len(changed)} schema('s) bijgewerkt in {folder}/." if changed else "schemas/ was al bij.")


@main.group(
    cls=Groep,
    short_help="Maak een nieuw instrument, beslisboom of casus.",
    invoke_without_command=True,
    aliases={"boom": "tree", "beslisboom": "tree", "casus": "case"},
)
@click.pass_context
def new(ctx: click.Context) -> None:
    """Maak een nieuw, toegelicht bestand voor een instrument, beslisboom of casus.

    De SLUG wordt de bestandsnaam en het adres van de pagina: kleine letters, cijfers en
    streepjes, bijv. jobcoaching. Een bestaande slug wordt nooit overschreven.
    'boom' of 'beslisboom' mag ook in plaats van 'tree', en 'casus' in plaats van 'case'.
    """
    if ctx.invoked_subcommand is None:
        raise click.UsageError("zeg wat u wilt maken: instrument, tree of case", ctx)


def _new(kind: str, slug: str, root: Path) -> None:
    from .scaffold import ScaffoldError, create

    check_root(root)
    try:
        path = create(root, kind, slug, datetime.date.today())
    except ScaffoldError as error:
        fail(str(error))
        sys.exit(1)
    relative = f"{SCAFFOLDS[kind].folder}/{path.name}"
    click.echo(f"Aangemaakt: {relative}")
    click.echo(
        f"Vul de velden met \"\" en [] in (de uitleg staat erboven), controleer met "
        f"'wegwijzer validate' en bekijk de pagina met 'python3 -m mkdocs serve' op "
        f"http://127.0.0.1:8000/{SCAFFOLDS[kind].address(slug)}"
    )


def _new_command(word: str, template) -> None:
    """`wegwijzer new <word> SLUG`, one per row of scaffold's table."""

    def command(slug: str, root: Path) -> None:
        _new(word, slug, root)

    command.__doc__ = f"Maak {template.folder}/SLUG.yml: {template.help}."
    short = f"Maak {template.folder}/SLUG.yml."
    new.command(word, short_help=short)(click.argument("slug")(root_option(command)))


for _word, _template in SCAFFOLDS.items():
    _new_command(_word, _template)


@main.command(short_help="Exporteer de catalogus als JSON of CSV.")
@root_option
@click.option(
    "--format", "format_", type=Keuze(["json", "csv"]), default=None,
    help="json: de hele catalogus. csv: de instrumenten, één rij per instrument, voor een "
    "spreadsheet. Zonder --format: volgens de extensie van --out, anders json.",
)
@click.option(
    "--out", type=Path, default=None, metavar="BESTAND",
    help="Schrijf naar dit bestand (een bestaand bestand wordt vervangen). Zonder --out: naar "
    "het scherm, of door te sturen met '>' of '|'.",
)
def export(root: Path, format_: str | None, out: Path | None) -> None:
    """Exporteer de catalogus als JSON of CSV, voor een spreadsheet of ander programma.

    CSV: één rij per instrument en één kolom per veld; lijsten staan in één cel, gescheiden
    door '; ', en elke bron als 'seed: … | vindplaats: … | citaat: … | url: …'.

    JSON: alles (instrumenten, beslisbomen, IHW-stappen, casussen, ...) met alle velden.
    """
    from . import export as exporting

    if format_ is None:
        format_ = "csv" if out is not None and out.suffix.lower() == ".csv" else "json"
    catalogue = _catalogue_or_exit(root)
    count = exporting.entry_count(catalogue, csv_only=format_ == "csv")

    def track(items):
        with progress.steps(items, "Exporteren", length=count) as bar:
            yield from bar

    text = (exporting.export_csv if format_ == "csv" else exporting.export_json)(catalogue, track)
    if out is None:
        click.echo(text, nl=False)
        return
    if out.is_dir():
        raise click.UsageError(
            f"'{out}' is een map — geef bij --out een bestandsnaam, bijv. catalogus.{format_}"
        )
    if not out.parent.is_dir():
        raise click.UsageError(
            f"de map '{out.parent}' bestaat niet — maak hem eerst aan of kies een andere plek"
        )
    out.write_bytes(text.encode("utf-8"))
    what = f"{count} instrumenten" if format_ == "csv" else f"{count} onderdelen"
    click.echo(f"Geëxporteerd: {what} naar {out} ({format_.upper()}).")


@main.command(short_help="Toon wat lang niet is nagekeken.")
@root_option
@click.option(
    "--older-than", "older_than", type=Termijn(), default="12m", show_default=False,
    help="Hoe lang geleden is te lang: een getal met m (maanden) of d (dagen), bijv. 6m of "
    "90d. Standaard: 12m.",
)
@click.option(
    "--op", "today", type=Datum(), default=None,
    help="Reken vanaf deze datum in plaats van vandaag, bijv. om vooruit te plannen.",
)
def review(root: Path, older_than: tuple[int, str], today: datetime.date | None) -> None:
    """Toon wat lang niet is nagekeken: eerst de regelingen, met de pagina om te controleren.

    Kijkt naar 'laatst_gecontroleerd' in elk bestand. Kijk een onderdeel na tegen de bronnen
    en de genoemde officiële pagina, en zet daarna 'laatst_gecontroleerd' op de datum van
    vandaag.
    """
    from .review import review_report, stale_entries

    days, period = older_than
    today = today or datetime.date.today()
    catalogue = _catalogue_or_exit(root)
    stale = stale_entries(catalogue, today, days)
    for line in review_report(stale, period, today):
        click.echo(line)
