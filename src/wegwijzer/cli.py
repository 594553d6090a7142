"""The `wegwijzer` command: validate the catalogue, write schemas, and other editor tasks."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .catalogue import build_catalogue
from .diagnostics import CatalogueError
from .link import Catalogue
from .schemas import write_schemas, stale_schemas

ROOT_OPTION = click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Map met instruments/, decision_trees/ en ihw_guide/.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Wegwijzer: controleer en beheer de catalogus."""


def _catalogue_or_exit(root: Path) -> Catalogue:
    try:
        return build_catalogue(root)
    except CatalogueError as error:
        click.echo(error.report(), err=True)
        sys.exit(1)


@main.command()
@ROOT_OPTION
@click.option("--report", is_flag=True, help="Toon ook per veld hoeveel instrumenten het invullen.")
def validate(root: Path, report: bool) -> None:
    """Controleer de hele catalogus en toon elk probleem met bestand en regel."""
    catalogue = _catalogue_or_exit(root)
    click.echo(
        f"De catalogus is in orde: {len(catalogue.instruments)} instrumenten, "
        f"{len(catalogue.beslisbomen)} beslisbomen, {len(catalogue.stappen)} IHW-stappen, "
        f"{len(catalogue.casussen)} casussen."
    )
    if report:
        from .report import coverage_report

        click.echo(coverage_report(catalogue))


@main.command()
@ROOT_OPTION
@click.option("--check", is_flag=True, help="Alleen controleren of schemas/ bij is; niets schrijven.")
def schema(root: Path, check: bool) -> None:
    """Schrijf de JSON Schema-bestanden in schemas/ (voor autocomplete in uw editor)."""
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
