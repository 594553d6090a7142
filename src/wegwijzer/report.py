"""Coverage of the catalogue: how many instruments answer each question an instrument page asks."""

from __future__ import annotations

from . import trees
from .link import Catalogue
from .models import BEHOEFTE_LABELS, FASE_LABELS

THIN = 2  # a fase and behoefte with fewer instruments than this gives a thin answer

QUESTIONS = {
    "wanneer": "Wanneer zet u het in?",
    "hoe_toepassen": "Hoe past u het toe?",
    "opbrengst_werkgever": "Wat levert het de werkgever op?",
    "rol_arbeidsdeskundige": "Rol van de arbeidsdeskundige",
    "aanbieder": "Wie biedt het aan?",
    "kosten": "Wie betaalt?",
    "rollen": "Rol (inventariserend/uitvoerend/adviserend)",
    "ihw_stappen": "IHW-stappen",
}


def coverage(catalogue: Catalogue) -> list[tuple[str, int, int]]:
    """(question, entries that answer it, total) per optional field of an instrument."""
    models = [entry.model for entry in catalogue.instruments.values()]
    return [
        (label, sum(1 for m in models if getattr(m, field)), len(models))
        for field, label in QUESTIONS.items()
    ]


def coverage_report(catalogue: Catalogue) -> str:
    rows = coverage(catalogue)
    width = max(len(label) for label, _, _ in rows)
    lines = ["", f"{'Vraag op de instrumentpagina'.ljust(width)}  ingevuld", "-" * (width + 12)]
    for label, filled, total in rows:
        percent = 100 * filled // total if total else 0
        lines.append(f"{label.ljust(width)}  {filled:>3}/{total:<3} {percent:>3}%")
    # Every entry must name a seed; one without any quote cannot be checked against it.
    unquoted = [
        slug for slug, entry in catalogue.instruments.items()
        if not any(bron.citaat for bron in entry.model.bronnen)
    ]
    lines.append("")
    lines.append("Instrumenten zonder letterlijk citaat uit een bron: " + (", ".join(unquoted) or "geen"))
    return "\n".join(lines)


def situation_report(catalogue: Catalogue) -> str:
    """What the situatiewijzer can answer: instruments in no situation, thin combinations."""
    without = [slug for slug, entry in catalogue.instruments.items() if not entry.model.situaties]
    counts = {(fase, behoefte): set() for fase in FASE_LABELS for behoefte in BEHOEFTE_LABELS}
    for slug, entry in catalogue.instruments.items():
        for situatie in entry.model.situaties:
            for fase in situatie.fasen:
                for behoefte in situatie.behoeften:
                    counts[(fase, behoefte)].add(slug)
    thin = [f"{fase} + {behoefte} ({len(slugs)})" for (fase, behoefte), slugs in counts.items() if len(slugs) < THIN]
    return "\n".join([
        "",
        "Situatiewijzer",
        "Instrumenten in geen enkele situatie (de situatiewijzer toont ze nooit): " + (", ".join(without) or "geen"),
        f"Aanleiding + behoefte met minder dan {THIN} instrumenten (het advies toont daar vooral "
        "gedeeltelijke passers): " + (", ".join(thin) or "geen"),
    ])


def tree_report(catalogue: Catalogue) -> str:
    """What editors check in the trees: outcomes without instruments, outcomes that several
    paths render (intended or a duplicate?), and contacts that no outcome uses."""
    lines = ["", "Beslisbomen"]
    used: set[str] = set()
    for slug, entry in catalogue.beslisbomen.items():
        boom = entry.model
        _, paths = trees.walk(boom)
        per_outcome: dict[str, int] = {}
        for path in paths:
            for outcome in path.outcomes:
                per_outcome[outcome] = per_outcome.get(outcome, 0) + 1
        without = [o for o, u in boom.uitkomsten.items() if not u.instrumenten]
        shared = [f"{o} ({n} paden)" for o, n in per_outcome.items() if n > 1]
        used |= {c for u in boom.uitkomsten.values() for c in u.contacten}
        lines.append(
            f"{slug}: {len(boom.vragen)} vragen, {len(boom.uitkomsten)} uitkomsten, {len(paths)} paden; "
            f"zonder instrument: {', '.join(without) or 'geen'}; via meer paden: {', '.join(shared) or 'geen'}"
        )
    unused = sorted(set(catalogue.contacten) - used)
    lines.append("Contacten die geen uitkomst gebruikt: " + (", ".join(unused) or "geen"))
    return "\n".join(lines)
