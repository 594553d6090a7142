"""The generated pages as files in a temporary folder, for builders that read pages from disk.

MkDocs keeps a page given as text in its `File` for the whole build, beside the page's own copy
without front matter: the site's Markdown twice (26 MB at 500 entries). Given as files, it reads
them as it reads hand-written pages, and the build holds each page's text once, as plain MkDocs
does.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .page import Page


class PageFolder:
    def __init__(self) -> None:
        self.path: Path | None = None

    def write(self, pages: Iterable[Page]) -> list[tuple[str, Path]]:
        """Each page's source path and the file it is written to, in a new folder."""
        self.remove()
        self.path = Path(tempfile.mkdtemp(prefix="wegwijzer-pages-"))
        written = [(page, self.path / page.src_uri) for page in pages]
        for folder in {path.parent for _, path in written}:
            folder.mkdir(parents=True, exist_ok=True)
        for page, path in written:
            path.write_text(page.markdown, encoding="utf-8")
        return [(page.src_uri, path) for page, path in written]

    def remove(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None
