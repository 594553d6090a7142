"""The glossary's terms explained where a page uses them (Python-Markdown's abbr extension).

Each page gets the definitions of the terms it contains, not the whole list: the abbr extension
searches every text of a page for every defined term, and with the whole glossary on each of the
site's ~470 pages that search was the largest single cost of a build (4.5 of 10 s of Markdown).
"""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

from .models import Woord


# The terms found in each page's text, kept across `mkdocs serve` rebuilds (keyed by a digest of the
# text): after one edit most pages' Markdown is unchanged, and searching it again for every term
# was ~0.7 s of a rebuild at 500 entries.
_terms_found: dict[tuple[str, bytes], frozenset[str]] = {}
_KEPT = 50_000  # digests; beyond that the cache starts again


def forget_terms_found() -> None:
    _terms_found.clear()


class Glossary:
    def __init__(self, woorden: Sequence[Woord]) -> None:
        self.definitions = {woord.term: f"*[{woord.term}]: {woord.uitleg}" for woord in woorden}
        # The abbr extension's own rule: the exact term (case-sensitive) between word boundaries,
        # longer terms first so 'IHW 2.0' is not cut short by 'IHW'.
        terms = sorted(self.definitions, key=len, reverse=True)
        self.pattern = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, terms))) if terms else None

    def for_page(self, markdown: str) -> str:
        """The definition lines for the end of `markdown`: the terms it uses, in glossary order.
        Validated plain text (no markup, no line breaks), so safe as an attribute value."""
        if self.pattern is None:
            return ""
        key = (self.pattern.pattern, hashlib.blake2b(markdown.encode(), digest_size=16).digest())
        used = _terms_found.get(key)
        if used is None:
            if len(_terms_found) >= _KEPT:
                _terms_found.clear()
            used = _terms_found[key] = frozenset(self.pattern.findall(markdown))
        lines = [line for term, line in self.definitions.items() if term in used]
        return "".join(f"\n{line}" for line in lines) + ("\n" if lines else "")
