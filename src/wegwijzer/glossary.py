"""The glossary's terms explained where a page uses them (Python-Markdown's abbr extension).

Each page gets the definitions of the terms it contains, not the whole list: the abbr extension
searches every text of a page for every defined term, and with the whole glossary on each of the
site's ~470 pages that search was the largest single cost of a build (4.5 of 10 s of Markdown).
"""

from __future__ import annotations

import re
from typing import Sequence

from .models import Woord

# The terms found in each line of text, per glossary pattern, kept across pages and across the
# rebuilds of `mkdocs serve`. Pages repeat the same lines (cards, listing rows, the same
# paragraphs), so each distinct line is searched once: at 500 entries 13,000 distinct lines of
# 180,000, and the search took 0.16 s instead of 0.58 s. A term never spans a line break, so a
# page's terms are exactly the terms of its lines.
_terms_by_line: dict[str, dict[str, frozenset[str]]] = {}
_KEPT = 200_000  # lines; beyond that the cache starts again
_NONE: frozenset[str] = frozenset()


def forget_terms_found() -> None:
    _terms_by_line.clear()


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
        used = self.terms_in(markdown)
        lines = [line for term, line in self.definitions.items() if term in used]
        return "".join(f"\n{line}" for line in lines) + ("\n" if lines else "")

    def terms_in(self, markdown: str) -> set[str]:
        assert self.pattern is not None
        found = _terms_by_line.setdefault(self.pattern.pattern, {})
        if len(found) >= _KEPT:
            found.clear()
        used: set[str] = set()
        for line in set(markdown.split("\n")):
            terms = found.get(line)
            if terms is None:
                terms = found[line] = frozenset(self.pattern.findall(line)) or _NONE
            used |= terms
        return used
