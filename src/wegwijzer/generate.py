"""A complete, plugin-free project: the hand-written docs plus every generated page as Markdown,
so any MkDocs-compatible builder (MkDocs itself, or Zensical, which runs no third-party plugins)
builds the same site.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .site import SiteOptions, build_site

PLUGIN = "wegwijzer"


class GenerateError(Exception):
    """Nothing was written; the message says why and what to do."""


def without_plugin(mkdocs_yml: str, name: str = PLUGIN) -> str:
    """mkdocs.yml text with the `- wegwijzer` plugin entry (and any options under it) removed.
    Text, not YAML, in and out: the file uses MkDocs' own tags (!ENV, !!python/name)."""
    out, entry_indent = [], None
    for line in mkdocs_yml.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip(" "))
        if entry_indent is not None and line.strip():
            if indent > entry_indent:
                continue  # an option of the removed entry
            entry_indent = None
        if re.match(rf"^\s*-\s+{re.escape(name)}\s*:?\s*(#.*)?$", line):
            entry_indent = indent
            continue
        out.append(line)
    text = "".join(out)
    if re.search(rf"^\s*-\s+{re.escape(name)}\b", text, re.M):
        raise GenerateError(f"kan de plugin {name} niet uit mkdocs.yml halen — haal de regel "
                            f"'- {name}' onder 'plugins:' zelf weg")
    return text


def generate(root: Path, dest: Path, force: bool = False) -> int:
    """Write the project to `dest`; returns the number of generated pages. Raises
    CatalogueError (nothing written) or GenerateError."""
    if dest.exists() and any(dest.iterdir()) and not force:
        raise GenerateError(f"{dest} is niet leeg — kies een lege map, of gebruik --force om hem te vervangen")
    docs = root / "docs"
    # Raises with every located problem before anything is written.
    site = build_site(root, SiteOptions(template_dirs=(docs / "overrides",)))
    pages = site.pages
    config = without_plugin((root / "mkdocs.yml").read_text(encoding="utf-8"))
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(docs, dest / "docs")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    for page in pages:
        target = dest / "docs" / page.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
    # The plugin adds the glossary to hand-written pages while building; here it is written in.
    generated = {page.src_uri for page in pages}
    for markdown in (dest / "docs").rglob("*.md"):
        relative = markdown.relative_to(dest / "docs").as_posix()
        if relative not in generated and not relative.startswith("overrides/"):
            text = markdown.read_text(encoding="utf-8")
            markdown.write_text(text + site.glossary.for_page(text), encoding="utf-8")
    return len(pages)
