"""One format for every problem in the catalogue: ``path:line:col: what is wrong — how to fix``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    column: int
    message: str
    hint: str = ""
    # The kind and slug of the entry the problem is about, when it is about one: later stages
    # leave that entry out (and say so where others refer to it) without reading the path.
    entry: tuple[str, str] | None = field(default=None, compare=False)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {self.message}" + (f" — {self.hint}" if self.hint else "")


class CatalogueError(Exception):
    """Raised with every diagnostic at once, so an editor fixes them in one pass."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(set(diagnostics))
        super().__init__("\n".join(str(d) for d in self.diagnostics))

    def report(self) -> str:
        count = len(self.diagnostics)
        noun = "probleem" if count == 1 else "problemen"
        return f"{self}\n{count} {noun} in de catalogus gevonden."
