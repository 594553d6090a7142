"""Click in Dutch: help, usage errors and every failure as one plain Dutch line on stderr.

The `wegwijzer` verbs (cli.py) use these classes and parameter types; nothing here knows the
catalogue beyond turning its CatalogueError into the report on stderr.
"""

from __future__ import annotations

import datetime
import difflib
import errno
import os
import sys
from pathlib import Path
from typing import Any

import click

from .diagnostics import CatalogueError

HELP = "Toon deze hulp en stop."


# -- click, in Dutch -----------------------------------------------------------------------------
class _Dutch:
    """Dutch headings and help option for click's help pages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIES]")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP
        return option

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="Gebruik: ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [row for param in self.get_params(ctx) if (row := param.get_help_record(ctx))]
        if rows:
            with formatter.section("Opties"):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)


class Opdracht(_Dutch, click.Command):
    pass


class Groep(_Dutch, click.Group):
    command_class = Opdracht
    group_class = type  # subgroups are Groep too

    def __init__(self, *args: Any, aliases: dict[str, str] | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("subcommand_metavar", "OPDRACHT [ARGUMENTEN]...")
        super().__init__(*args, **kwargs)
        self.aliases = aliases or {}

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return super().get_command(ctx, self.aliases.get(name, name))

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name = args[0]
        if not name.startswith("-") and self.get_command(ctx, name) is None:
            known = self.list_commands(ctx)
            close = difflib.get_close_matches(name, known + list(self.aliases), n=1)
            hint = f"bedoelde u '{close[0]}'?" if close else "kies uit " + ", ".join(known)
            raise click.UsageError(f"onbekende opdracht '{name}' — {hint}", ctx)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        commands = [(name, c) for name, c in commands if c is not None and not c.hidden]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            rows = [(name, command.get_short_help_str(limit)) for name, command in commands]
            with formatter.section("Opdrachten"):
                formatter.write_dl(rows)


class Wegwijzer(Groep):
    """The top-level group: turns every failure into a Dutch message on stderr and exit code 1."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as error:
            _show_usage_error(error)
            code = 1
        except click.ClickException as error:
            fail(error.format_message())
            code = 1
        except (click.Abort, KeyboardInterrupt):
            fail("afgebroken")
            code = 1
        except CatalogueError as error:
            click.echo(error.report(), err=True)
            code = 1
        except OSError as error:
            if error.errno == errno.EPIPE:  # e.g. `wegwijzer export | head`: stop quietly
                _silence_stdout()
                sys.exit(1)
            fail(_os_message(error))
            code = 1
        except Exception as error:  # a bug in wegwijzer itself
            if os.environ.get("WEGWIJZER_DEBUG"):
                raise
            fail(
                f"onverwachte fout in wegwijzer ({type(error).__name__}: {error}) — dit is een "
                "fout in het programma, niet in uw bestanden; meld hem met de opdracht die u gaf "
                "(WEGWIJZER_DEBUG=1 toont de technische details)"
            )
            code = 1
        sys.exit(code if isinstance(code, int) else 0)


def fail(message: str) -> None:
    click.echo(f"Fout: {message}", err=True)


def _show_usage_error(error: click.UsageError) -> None:
    ctx = error.ctx
    if ctx is not None:
        click.echo(ctx.get_usage(), err=True)
    fail(_usage_message(error))
    if ctx is not None:
        click.echo(f"Hulp: {ctx.command_path} --help", err=True)


def _usage_message(error: click.UsageError) -> str:
    """Click's usage errors in Dutch (its own texts are English)."""
    message = error.message
    if isinstance(error, click.NoSuchOption):
        text = f"onbekende optie '{error.option_name}'"
        if error.possibilities:
            names = [f"'{p}'" for p in error.possibilities]
            alternatives = " of ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
            text += f" — bedoelde u {alternatives}?"
        return text
    if isinstance(error, click.MissingParameter):
        name = error.param.get_error_hint(error.ctx) if error.param else "een waarde"
        what = "het argument" if isinstance(error.param, click.Argument) else "de optie"
        return f"{what} {name} ontbreekt"
    if isinstance(error, click.BadParameter):
        name = error.param.get_error_hint(error.ctx) if error.param else None
        return f"ongeldige waarde bij {name}: {message}" if name else message
    if isinstance(error, click.BadOptionUsage) and "requires an argument" in message:
        return f"de optie '{error.option_name}' heeft een waarde nodig"
    if isinstance(error, click.BadOptionUsage) and "does not take a value" in message:
        return f"de optie '{error.option_name}' heeft geen waarde nodig"
    if "unexpected extra argument" in message:
        return f"te veel argumenten: {message.partition('(')[2].rstrip(')')}"
    return error.format_message()


def _os_message(error: OSError) -> str:
    name = f"'{error.filename}'" if error.filename else "een bestand"
    reason = {
        errno.ENOENT: "bestaat niet",
        errno.EACCES: "u hebt er geen toegang toe",
        errno.EISDIR: "dat is een map, geen bestand",
        errno.ENOSPC: "de schijf is vol",
    }.get(error.errno or 0, error.strerror or str(error))
    return f"kan {name} niet lezen of schrijven: {reason}"


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so Python's exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


class Keuze(click.Choice):
    """click.Choice with a Dutch message."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            choices = " of ".join(str(c) for c in self.choices)
            self.fail(f"'{value}' kan niet — kies {choices}", param, ctx)


class Datum(click.ParamType):
    name = "datum"

    def get_metavar(self, *args: Any, **kwargs: Any) -> str:
        return "JJJJ-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            self.fail(
                f"'{value}' is geen datum — schrijf JJJJ-MM-DD, bijv. 2026-11-23", param, ctx
            )


class Termijn(click.ParamType):
    """'12m' or '90d' -> (days, the text as written)."""

    name = "termijn"

    def get_metavar(self, *args: Any, **kwargs: Any) -> str:
        return "TERMIJN"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from .review import parse_period

        if isinstance(value, tuple):
            return value
        try:
            days = parse_period(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)
        number, unit = int(str(value).strip()[:-1]), str(value).strip()[-1].lower()
        if unit == "d":
            return days, f"{number} {'dag' if number == 1 else 'dagen'}"
        return days, f"{number} {'maand' if number == 1 else 'maanden'} ({days} dagen)"


# -- the option every verb has ------------------------------------------------------------------
def root_option(function):
    return click.option(
        "--root",
        type=Path,
        default=Path("."),
        metavar="MAP",
        help="De map van de wegwijzer (met mkdocs.yml en instruments/). Standaard: de huidige map.",
    )(function)


def check_root(root: Path) -> None:
    if root.is_file():
        raise click.UsageError(f"'{root}' is een bestand — geef bij --root de map van de wegwijzer")
    if not root.is_dir():
        raise click.UsageError(f"de map '{root}' bestaat niet — geef bij --root een bestaande map")
