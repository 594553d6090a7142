"""MkDocs wiring only: the events call the stages; nothing else in the package imports mkdocs."""

from __future__ import annotations

import difflib
import logging
import sys
from pathlib import Path
from typing import Literal

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from .diagnostics import CatalogueError
from .glossary import Glossary
from .link import DEFAULT_MAX_PATHS
from .render import Page, error_pages
from .site import DEFAULT_REVIEW_AFTER_DAYS, SiteOptions, build_site, forget_earlier_builds, watched_paths
from .staging import SiteStaging, StagingError

log = get_plugin_logger(__name__)

# `mkdocs serve` makes a new plugin for every rebuild; the last good pages of each catalogue are
# kept here so a broken catalogue shows its errors on the pages the editor has open.
_LAST_GOOD_PAGES: dict[Path, list[Page]] = {}


class WegwijzerConfig(Config):
    catalogue_dir = c.Optional(c.Dir(exists=True))  # default: the folder of mkdocs.yml
    max_paths = c.Type(int, default=DEFAULT_MAX_PATHS)
    review_after_days = c.Type(int, default=DEFAULT_REVIEW_AFTER_DAYS)  # entries older than this are listed in the log


_OPTION_HINTS = {
    "catalogue_dir": "schrijf de map met instruments/, decision_trees/ en ihw_guide/, bijv. 'catalogue_dir: .'",
    "max_paths": "schrijf een geheel getal, bijv. 'max_paths: 200'",
    "review_after_days": "schrijf een geheel getal (dagen), bijv. 'review_after_days: 365'",
}


def _dash(message: str, hint: str) -> str:
    return f"{message} — {hint}"


class _WarningCount(logging.Handler):
    """Counts what MkDocs' strict mode will count, so the swap can be skipped before it aborts."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class WegwijzerPlugin(BasePlugin[WegwijzerConfig]):
    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.root = Path(".")
        self.command: Literal["build", "gh-deploy", "serve"] = "build"
        self.staging: SiteStaging | None = None
        self.warnings = _WarningCount()
        self.glossary = Glossary([])
        self.generated: set[str] = set()  # the catalogue's pages given to MkDocs, by src_uri

    # Options are checked here so a typo gets our Dutch message with the closest valid name.
    def load_config(self, options, config_file_path=None):
        errors, warnings = super().load_config(options, config_file_path)
        ours = []
        for key, message in warnings:
            if key not in self.config_scheme_keys():
                close = difflib.get_close_matches(key, list(self.config_scheme_keys()), n=1)
                hint = f"bedoelde u '{close[0]}'?" if close else (
                    "toegestane opties: " + ", ".join(self.config_scheme_keys()))
                errors.append((key, ValueError(f"onbekende optie '{key}' — {hint}")))
            else:
                ours.append((key, message))
        dutch = [
            (key, ValueError(_dash(f"ongeldige waarde {options.get(key)!r} voor '{key}'", _OPTION_HINTS[key])))
            if key in _OPTION_HINTS else (key, error)
            for key, error in errors
        ]
        return dutch, ours

    def config_scheme_keys(self) -> list[str]:
        return [name for name, _ in self.config_scheme]

    def on_startup(self, *, command, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(self.config.catalogue_dir or Path(config.config_file_path).parent)
        if self.command != "serve":
            # MkDocs cleans site_dir and writes into it; we let it write a fresh folder beside it
            # and swap only a complete, warning-free build into place.
            self.staging = SiteStaging(Path(config.site_dir))
            config.site_dir = str(self.staging.fresh)
        logging.getLogger("mkdocs").addHandler(self.warnings)
        return config

    # Everything is checked here, before MkDocs cleans the output folder.
    def on_pre_build(self, config: MkDocsConfig) -> None:
        try:
            if self.staging:
                self.staging.prepare()
            custom_dir = config.theme.custom_dir
            site = build_site(self.root, SiteOptions(
                max_paths=self.config.max_paths,
                template_dirs=(Path(custom_dir),) if custom_dir else (),
                review_after_days=self.config.review_after_days,
            ))
            self._refuse_clashes(site.pages, Path(config.docs_dir))
        except StagingError as error:
            raise PluginError(str(error)) from None
        except CatalogueError as error:
            if self.command == "serve" and self.root.resolve() in _LAST_GOOD_PAGES:
                self._show_errors_while_serving(error)
                return
            raise PluginError(error.report()) from None
        self.pages = site.pages
        self.glossary = site.glossary
        if self.command == "serve":
            _LAST_GOOD_PAGES[self.root.resolve()] = site.pages
        else:
            forget_earlier_builds()  # kept only for the next rebuild of `mkdocs serve`
        log.info("Wegwijzer: %d pagina's uit de catalogus gemaakt", len(self.pages))
        # A reminder, not a failure: at INFO level, so `strict: true` does not stop the build.
        for stale in site.to_review:
            log.info("Te controleren: %s", stale.describe())

    def _show_errors_while_serving(self, error: CatalogueError) -> None:
        # Outside MkDocs' logger, so strict mode does not stop the rebuild and hang the browser.
        print(error.report(), file=sys.stderr)
        self.pages = error_pages(_LAST_GOOD_PAGES[self.root.resolve()], error.diagnostics)

    @staticmethod
    def _refuse_clashes(pages: list[Page], docs_dir: Path) -> None:
        seen: set[str] = set()
        for page in pages:
            if page.src_uri in seen:
                raise PluginError(f"twee pagina's uit de catalogus krijgen het adres {page.src_uri} "
                                  "— geef een van beide bestanden een andere naam")
            seen.add(page.src_uri)
            if (docs_dir / page.src_uri).exists():
                raise PluginError(
                    f"docs/{page.src_uri} bestaat al, maar die pagina wordt uit de catalogus "
                    "gemaakt — verwijder of hernoem het bestand in docs/"
                )

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for page in self.pages:
            files.append(File.generated(config, page.src_uri, content=page.markdown))
        self.generated = {page.src_uri for page in self.pages}
        self.pages = []  # the Files hold the text now
        return files

    def on_page_markdown(self, markdown: str, page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri in self.generated:
            # MkDocs has read the page into `markdown`; its File would keep a second copy of the
            # text for the whole build (the site's Markdown twice: 26 MB at 500 entries). Nothing
            # reads a page's File again, so the copy is let go. The page carries its glossary.
            page.file.content_string = ""
            return markdown
        if page.file.generated_by is None:  # hand-written: its glossary is added here
            return markdown + self.glossary.for_page(markdown)
        return markdown

    # Last of all plugins, so the search index and the offline build are in the fresh folder too.
    @event_priority(-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if not self.staging:
            return
        if config.strict and self.warnings.count:
            self.staging.discard()
            log.error("Er waren waarschuwingen in strikte modus; %s is niet veranderd.",
                      self.staging.target)
        else:
            try:
                self.staging.publish()
            except StagingError as error:
                raise PluginError(str(error)) from None
        config.site_dir = str(self.staging.target)  # e.g. gh-deploy reads it after the build

    def on_build_error(self, *, error: Exception) -> None:
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.staging:
            self.staging.discard()

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
        for path in watched_paths(self.root):
            server.watch(str(path))
        return server
