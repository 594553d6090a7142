"""Deterministic synthetic catalogues for the benchmark, made by copying the real entries.

``generate(ROOT, dest, 5000)`` writes a complete Wegwijzer project to ``dest`` (mkdocs.yml, docs/,
and a catalogue with 5,000 instruments plus proportional decision trees and cases). Every entry is
a copy of a real, valid entry in the repository:

- copy 0 of each real entry keeps its slug and name, so a catalogue at least as large as the real
  one contains the real one unchanged;
- copy k >= 1 gets the slug ``<slug>-x<k>`` and the name/title (and each alias) ``<name> (<k>)``,
  so names and aliases stay unique across instruments;
- references (``gerelateerd``, ``instrumenten``, ``ihw_stappen``, ``stap``, ``casussen``) in copy k
  point at copy ``k mod copies(target)`` of the same target; references to entries that are not in
  the synthetic catalogue (a real entry that is invalid right now, or not copied at a small size)
  are dropped, so every reference resolves;
- kinds that do not grow with the catalogue (IHW steps, the method, worksheets, ...) are copied
  once. Kinds are discovered from the table of kinds (``wegwijzer.kinds``), so a new kind of
  file is copied too.

Nothing is random: the same repository state gives byte-identical output.
"""

from __future__ import annotations

import datetime
import math
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wegwijzer.checks import check_tree
from wegwijzer.link import DEFAULT_MAX_PATHS
from wegwijzer import kinds
from wegwijzer.load import load_catalogue
from wegwijzer.validate import validate

# Kinds that grow with the catalogue, and how many of each per 100 instruments. The real
# catalogue is still being written, so its own ratios move from day to day; these fixed ratios
# keep runs comparable: an organisation that adds 100 instruments (regional regelingen) adds a
# few decision trees for them and a set of practice cases.
TREES_PER_100 = 5
CASES_PER_100 = 10
GROWING = ("instrument", "beslisboom", "casus")

# Keys whose values (a slug or a list of slugs) name another entry, by the kind they name.
REFERENCE_KEYS = {
    "gerelateerd": "instrument",
    "instrumenten": "instrument",
    "ihw_stappen": "ihw-stap",
    "stap": "ihw-stap",
    "casussen": "casus",
}
NAME_KEYS = {"instrument": "naam", "beslisboom": "titel", "casus": "titel"}

# Used only when the repository holds no valid entry of a page type the benchmark measures
# (the catalogue is written in parallel); `Generated.fallbacks` says when that happened.
FALLBACK_CASE = {
    "titel": "Voorbeeldcasus voor de benchmark",
    "samenvatting": "Een werkgever herverdeelt taken zodat een nieuwe medewerker kan beginnen.",
    "situatie": "Een organisatie met hoge werkdruk wil taken anders verdelen en iemand aannemen.",
    "aanpak": [{"tekst": "Het team bracht de taken in kaart en koos wat af te splitsen was."}],
    "discussievragen": ["Welke taken zou u in uw eigen organisatie afsplitsen?"],
    "bronnen": [{"seed": "002_c05a2eab881bf59d.txt", "vindplaats": "hoofdstuk 3"}],
    "laatst_gecontroleerd": datetime.date(2026, 11, 23),
}
FALLBACK_STEP = {
    "nummer": 1,
    "naam": "Commitment van het management",
    "samenvatting": "Het management besluit mee te doen en maakt daar tijd en mensen voor vrij.",
    "wat_gedaan": "Het management besloot mee te doen en stelde een contactpersoon aan.",
    "bronnen": [{"seed": "002_c05a2eab881bf59d.txt", "vindplaats": "hoofdstuk 3"}],
    "laatst_gecontroleerd": datetime.date(2026, 11, 23),
}
FALLBACKS = {"casus": ("ihw_guide/casussen", "benchmark-casus", FALLBACK_CASE),
             "ihw-stap": ("ihw_guide/stappen", "benchmark-stap", FALLBACK_STEP)}

PROJECT_FILES = ("mkdocs.yml", "bronnen.yml", "contacten.yml", "woordenlijst.yml", "docs")


@dataclass(frozen=True)
class Template:
    kind: str
    folder: str  # relative path of the folder (or, for single files, the file)
    slug: str
    data: Any
    single: bool = False


@dataclass
class Generated:
    """What `generate` wrote: counts per kind, and which kinds had to use a fallback entry."""

    root: Path
    counts: dict[str, int] = field(default_factory=dict)
    templates: dict[str, int] = field(default_factory=dict)
    fallbacks: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # real files left out because invalid now
    instrument_slugs: list[str] = field(default_factory=list)


def sizes_for(instruments: int) -> dict[str, int]:
    """How many entries of each growing kind a catalogue of `instruments` instruments gets."""
    return {
        "instrument": instruments,
        "beslisboom": max(1, math.ceil(instruments * TREES_PER_100 / 100)),
        "casus": max(1, math.ceil(instruments * CASES_PER_100 / 100)),
    }


def real_templates(source: Path) -> tuple[dict[str, list[Template]], list[str]]:
    """The valid entries of the real catalogue by kind (sorted by slug), and the invalid ones."""
    documents, _ = load_catalogue(source)
    entries, _ = validate(documents)
    valid = {(e.source.kind, e.slug): e for e in entries}
    single_kinds = {kind: name for name, kind in kinds.single_files().items()}
    folders = {kind: folder for folder, kind in kinds.folders().items()}
    by_kind: dict[str, list[Template]] = {}
    skipped = []
    for document in documents:
        entry = valid.get((document.kind, document.slug))
        if entry is None or (document.kind == "beslisboom" and check_tree(entry, DEFAULT_MAX_PATHS)):
            skipped.append(document.path)
            continue
        single = document.kind in single_kinds
        folder = single_kinds[document.kind] if single else folders[document.kind]
        by_kind.setdefault(document.kind, []).append(
            Template(document.kind, folder, document.slug, document.data, single)
        )
    for templates in by_kind.values():
        templates.sort(key=lambda t: t.slug)
    return by_kind, sorted(skipped)


def copy_slug(slug: str, k: int) -> str:
    return slug if k == 0 else f"{slug}-x{k}"


def copy_name(name: str, k: int) -> str:
    return name if k == 0 else f"{name} ({k})"


class _Plan:
    """Which copies exist: for each kind, the template slugs and how many copies of each."""

    def __init__(self, templates: dict[str, list[Template]], sizes: dict[str, int]) -> None:
        self.copies: dict[str, dict[str, int]] = {}
        self.order: dict[str, list[tuple[Template, int]]] = {}
        for kind, items in templates.items():
            total = sizes.get(kind, len(items))
            self.order[kind] = [(items[i % len(items)], i // len(items)) for i in range(total)]
            counts: dict[str, int] = {}
            for template, _ in self.order[kind]:
                counts[template.slug] = counts.get(template.slug, 0) + 1
            self.copies[kind] = counts

    def target(self, kind: str, slug: str, k: int) -> str | None:
        """The slug copy k of an entry should use for a reference to `slug`, or None to drop it."""
        count = self.copies.get(kind, {}).get(slug, 0)
        return copy_slug(slug, k % count) if count else None


def _remap(value: Any, plan: _Plan, k: int, own: tuple[str, str], key: str | None = None) -> Any:
    """A deep copy of `value` with every reference pointed at the right copy (or dropped)."""
    if isinstance(value, dict):
        result = {}
        for name, item in value.items():
            mapped = _remap(item, plan, k, own, name)
            if mapped is _DROP:
                result[name] = None  # a single reference that cannot resolve: leave it empty
            else:
                result[name] = mapped
        return result
    if isinstance(value, list):
        items = [_remap(item, plan, k, own, key) for item in value]
        return [item for item in items if item is not _DROP]
    if isinstance(value, str) and key in REFERENCE_KEYS:
        target = plan.target(REFERENCE_KEYS[key], value, k)
        if target is None or (REFERENCE_KEYS[key], target) == own and key == "gerelateerd":
            return _DROP
        return target
    if isinstance(value, str) and "](" in value:
        return _TEXT_REFERENCE.sub(lambda m: _remap_text_reference(m, plan, k), value)
    return value


# Links like [tekst](instrument:slug) in catalogue text: point them at copy k, or keep the text.
_TEXT_REFERENCE = re.compile(r"\[([^\]]*)\]\((instrument|beslisboom|ihw-stap|casus|werkblad):([a-z0-9-]+)\)")


def _remap_text_reference(match: re.Match, plan: _Plan, k: int) -> str:
    text, kind, slug = match.groups()
    target = plan.target(kind, slug, k) if kind in plan.copies else slug
    return f"[{text}]({kind}:{target})" if target else text


_DROP = object()


def _copy_entry(template: Template, k: int, plan: _Plan, names: dict[str, str]) -> tuple[str, Any]:
    slug = copy_slug(template.slug, k)
    data = _remap(template.data, plan, k, (template.kind, slug))
    name_key = NAME_KEYS.get(template.kind)
    if name_key and isinstance(data.get(name_key), str):
        data[name_key] = copy_name(data[name_key], k)
    if template.kind == "beslisboom":
        # An outcome whose instruments were all left out of this smaller catalogue says why.
        for uitkomst in (data.get("uitkomsten") or {}).values():
            if isinstance(uitkomst, dict) and not uitkomst.get("instrumenten") and not uitkomst.get("zonder_instrument"):
                uitkomst["zonder_instrument"] = "Het instrument ontbreekt in deze benchmarkcatalogus."
    if template.kind == "instrument":
        # Names and aliases must point at one instrument: drop any alias that would clash.
        _claim(names, data["naam"], slug)
        if data.get("aliassen"):
            aliases = [copy_name(a, k) for a in data["aliassen"]]
            data["aliassen"] = [a for a in aliases if _claim(names, a, slug)]
    return slug, data


def _claim(names: dict[str, str], name: str, slug: str) -> bool:
    key = name.casefold()
    if names.setdefault(key, slug) != slug:
        return False
    return True


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml when available
    pass


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text and not text.endswith((" ", "\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _str)


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def generate(source: Path, dest: Path, instruments: int, *, with_project: bool = True) -> Generated:
    """Write a project with `instruments` instruments (and proportional trees, cases) to `dest`."""
    templates, skipped = real_templates(source)
    if not templates.get("instrument"):
        raise RuntimeError(f"{source} has no valid instrument to copy")
    result = Generated(dest, skipped=skipped)
    for kind, (folder, slug, data) in FALLBACKS.items():
        if not templates.get(kind):
            templates[kind] = [Template(kind, folder, slug, data)]
            result.fallbacks.append(kind)
    result.templates = {kind: len(items) for kind, items in sorted(templates.items())}
    plan = _Plan(templates, sizes_for(instruments))

    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    if with_project:
        for name in PROJECT_FILES:
            path = source / name
            if path.is_dir():
                shutil.copytree(path, dest / name)
            elif path.is_file():
                shutil.copy(path, dest / name)

    names: dict[str, str] = {}
    for kind in sorted(plan.order, key=lambda k: (k != "instrument", k)):
        for template, k in plan.order[kind]:
            slug, data = _copy_entry(template, k, plan, names)
            if template.single:
                path = dest / template.folder
            else:
                path = dest / template.folder / f"{slug}.yml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(dump(data), encoding="utf-8")
            if kind == "instrument":
                result.instrument_slugs.append(slug)
        result.counts[kind] = len(plan.order[kind])
    return result
