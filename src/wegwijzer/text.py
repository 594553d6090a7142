"""What catalogue text may contain: the one policy that keeps visitor text from becoming markup.

Two kinds of text, chosen per field in the models:
- ``PlainText`` (names, titles, summaries, labels, aliases): reaches front matter, page titles,
  link labels and the search index, so it holds no markup at all;
- ``QuoteText`` (verbatim quotes from a source): plain text that keeps double quotes;
- ``MarkdownText`` (explanations, advice): a small, named Markdown subset — emphasis, lists,
  paragraphs, links to http(s) and mailto addresses, and references to other catalogue pages
  written ``[tekst](soort:slug)``, which the link stage resolves.
Everything else (raw HTML, other link schemes, images, attribute lists, reference definitions,
character references, template syntax) is refused with a message that says how to fix it. The
check runs in validation, so it holds for every builder, not only through our theme.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

# The kinds a catalogue reference may name; the link stage knows which pages they resolve to.
REFERENCE = re.compile(r"^(?P<kind>[a-z-]+):(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$")

_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^<>\s]+>")
_TAG = re.compile(r"<\s*[A-Za-z/!?]")
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_SCRIPT_SCHEME = re.compile(r"(?:java|vb)script\s*:|data\s*:[a-z]+/", re.IGNORECASE)
_INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)>?(?:\s+[^)]*)?\)")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:", re.MULTILINE)
_REFERENCE_LINK = re.compile(r"\]\s?\[")
_ABBREVIATION = re.compile(r"^ {0,3}\*\[", re.MULTILINE)
_FOOTNOTE = re.compile(r"\[\^")
_SAFE_SCHEMES = ("https://", "http://", "mailto:")


class TextProblem(ValueError):
    """A refused piece of text; the message uses the ``what — how to fix`` convention."""


def check_plain(text: str) -> str:
    """Text without markup, on one line: refuses every character that could start markup or
    leave a link, and line breaks (a term or title on two lines breaks the line it is put in)."""
    for pattern, what, fix in (*_PLAIN_RULES, _LINE_BREAK):
        found = pattern.search(text)
        if found:
            raise TextProblem(f"{what}: {_excerpt(text, found.start())} — {fix}")
    return text


def check_quote(text: str) -> str:
    """A verbatim quote: plain text, but keeps the source's double quotes (it never reaches a
    page title or an attribute)."""
    for pattern, what, fix in _PLAIN_RULES[1:-1]:
        found = pattern.search(text)
        if found:
            raise TextProblem(f"{what}: {_excerpt(text, found.start())} — {fix}")
    return text


def check_markdown(text: str) -> str:
    """The allowed Markdown subset; see the module docstring."""
    for pattern, what, fix in _MARKDOWN_RULES:
        found = pattern.search(_AUTOLINK.sub("", text) if pattern is _TAG else text)
        if found:
            raise TextProblem(f"{what}: {_excerpt(text, found.start())} — {fix}")
    for match in _INLINE_LINK.finditer(text):
        target = match.group(1)
        if not (target.lower().startswith(_SAFE_SCHEMES) or reference(target)):
            raise TextProblem(
                f"link naar '{target[:60]}' is niet toegestaan — link naar een adres dat met "
                "https:// of mailto: begint, of naar een pagina van de catalogus als "
                "[tekst](instrument:slug) (ook beslisboom:, ihw-stap:, casus:, werkblad:)"
            )
    return text


def reference(target: str) -> tuple[str, str] | None:
    """(kind, slug) when a link target names a catalogue page, else None."""
    match = REFERENCE.match(target)
    if match and match["kind"] in reference_kinds():
        return match["kind"], match["slug"]
    return None


def reference_kinds() -> set[str]:
    """The kinds whose entries have a page (kinds.py; imported here, not at the top, because the
    table names the models that use this module's text types)."""
    from . import kinds

    return {kind.name for kind in kinds.with_pages()}


def references(text: str) -> list[tuple[str, str]]:
    """Every catalogue page that Markdown text links to, in order."""
    found = (reference(m.group(1)) for m in _INLINE_LINK.finditer(text))
    return [ref for ref in found if ref]


def _excerpt(text: str, at: int) -> str:
    return repr(text[max(0, at - 10): at + 30])


_NO_HTML = "schrijf gewone tekst; opmaak en HTML zijn hier niet toegestaan"
# Visitors know the documents by title; numbers and file names are for editors.
_DOCUMENT_NUMBER = (
    re.compile(r"\(\s*00[0-4]\s*\)|\b00[0-4]_[0-9a-f]{16}\.txt\b|\bbron(?:document)? 00[0-4]\b", re.IGNORECASE),
    "een brondocument met zijn nummer of bestandsnaam",
    "noem het document bij zijn titel (zie bronnen.yml) of laat de verwijzing weg; de bronnen "
    "staan al onder 'bronnen'",
)
_PLAIN_RULES = (
    # Page titles and descriptions go into HTML attributes of themes that do not escape them.
    (re.compile('"'), "dubbel aanhalingsteken in tekst zonder opmaak",
     "gebruik enkele aanhalingstekens ('...') of „...”"),
    (re.compile(r"[<>]"), "'<' of '>' in tekst zonder opmaak", "schrijf 'kleiner dan' of 'groter dan'"),
    (re.compile(r"[\[\]{}`]"), "rechte haak, accolade of backtick in tekst zonder opmaak",
     "gebruik gewone haakjes ( ) of laat het teken weg"),
    (_ENTITY, "HTML-code voor een teken", "typ het teken zelf"),
    (_SCRIPT_SCHEME, "'javascript:', 'vbscript:' of 'data:' in tekst", _NO_HTML),
    _DOCUMENT_NUMBER,
)
_LINE_BREAK = (re.compile(r"[\r\n]"), "een regeleinde in tekst van één regel",
               "zet de tekst op één regel, of schrijf hem met > in plaats van | zodat YAML de regels samenvoegt")
_MARKDOWN_RULES = (
    (_TAG, "HTML in de tekst", "schrijf Markdown zonder HTML; een link schrijft u als [tekst](https://...)"),
    (re.compile(r"[{}]"), "accolade '{' of '}' in de tekst (attributen of sjablooncode)",
     "laat de accolades weg; opmaak met { ... } is niet toegestaan"),
    (_ENTITY, "HTML-code voor een teken", "typ het teken zelf"),
    (_SCRIPT_SCHEME, "'javascript:', 'vbscript:' of 'data:' in de tekst",
     "link alleen naar https://- of mailto:-adressen"),
    (re.compile(r"!\["), "een afbeelding", "afbeeldingen zijn in cataloguetekst niet toegestaan; laat ze weg"),
    (_REFERENCE_DEFINITION, "een linkdefinitie '[naam]: adres'",
     "schrijf de link op zijn plaats als [tekst](https://...)"),
    (_REFERENCE_LINK, "een referentielink '[tekst][naam]'", "schrijf de link als [tekst](https://...)"),
    (_ABBREVIATION, "een afkortingsdefinitie '*[...]'", "afkortingen horen in de woordenlijst, niet in de tekst"),
    (_FOOTNOTE, "een voetnoot '[^...]'", "zet de bron in 'bronnen' in plaats van in een voetnoot"),
    _DOCUMENT_NUMBER,
)

PlainText = Annotated[str, AfterValidator(check_plain)]
QuoteText = Annotated[str, AfterValidator(check_quote)]
MarkdownText = Annotated[str, AfterValidator(check_markdown)]
