"""Links between generated pages: relative links to the other pages' Markdown sources, which
MkDocs (or another MkDocs-compatible builder) checks and rewrites to their final addresses."""

from __future__ import annotations

import posixpath


def rel(from_src: str, to_src: str) -> str:
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")
