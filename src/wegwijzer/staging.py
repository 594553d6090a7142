"""Build into a fresh folder beside the site and swap it in only when the build succeeded.

MkDocs empties its output folder right after the pre-build checks and reports strict-mode
warnings only after writing every page; building beside the old site keeps that site whole until
a complete build replaces it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path


class StagingError(Exception):
    """The output folder cannot be written; the message says what to do."""


class SiteStaging:
    def __init__(self, target: Path) -> None:
        self.target = target.resolve()
        self.fresh = self.target.with_name(f"{self.target.name}.wegwijzer-new")

    def prepare(self) -> None:
        """Check that the site can be written and start from an empty fresh folder."""
        if self.target.exists() and not self.target.is_dir():
            raise StagingError(
                f"{self.target} is een bestand, geen map — verwijder het of kies met -d een andere map"
            )
        try:
            self.discard()
            if self.fresh.exists():
                raise PermissionError(13, "kan een vorige bouwmap niet opruimen", str(self.fresh))
            self.fresh.mkdir(parents=True)
            probe = self.fresh / f".probe-{uuid.uuid4().hex}"
            probe.write_bytes(b"")
            probe.unlink()
            if self.target.exists() and not os.access(self.target, os.W_OK):
                raise PermissionError(13, "geen schrijfrechten", str(self.target))
        except OSError as error:
            self.discard()
            raise StagingError(_cannot_write(error)) from None

    def publish(self) -> None:
        """Put the fresh build in place of the old site, then remove the old one."""
        old = self.target.with_name(f"{self.target.name}.wegwijzer-old")
        try:
            shutil.rmtree(old, ignore_errors=True)
            if self.target.exists():
                self.target.rename(old)
            self.fresh.rename(self.target)
        except OSError as error:
            if old.exists() and not self.target.exists():
                old.rename(self.target)
            raise StagingError(_cannot_write(error)) from None
        shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.fresh, ignore_errors=True)


def _cannot_write(error: OSError) -> str:
    where = error.filename or "de uitvoermap"
    return (
        f"kan niet schrijven in {where}: {error.strerror or error} — maak de map schrijfbaar, "
        "of bouw in een andere map met 'mkdocs build -d MAP'; de vorige site is niet veranderd"
    )
