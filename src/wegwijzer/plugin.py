"""MkDocs wiring only: the events call the stages; nothing else in the package imports mkdocs."""

from __future__ import annotations

import datetime
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .catalogue import build_catalogue
from .diagnostics import CatalogueError
from .link import DEFAULT_MAX_PATHS
from .load import SINGLE_FILES, SOURCES
from .render import Page, Renderer
from .review import stale_entries

log = get_plugin_logger(__name__)


class WegwijzerConfig(Config):
    catalogue_dir = c.Optional(c.Dir(exists=True))  # default: the folder of mkdocs.yml
    max_paths = c.Type(int, default=DEFAULT_MAX_PATHS)
    review_after_days = c.Type(int, default=365)  # entries older than this are listed in the log


class WegwijzerPlugin(BasePlugin[WegwijzerConfig]):
    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.root = Path(".")

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(self.config.catalogue_dir or Path(config.config_file_path).parent)
        return config

    # The catalogue is read here, before MkDocs cleans site_dir, so a bad catalogue stops the
    # build with the previous site untouched.
    def on_pre_build(self, config: MkDocsConfig) -> None:
        try:
            catalogue = build_catalogue(self.root, self.config.max_paths)
        except CatalogueError as error:
            raise PluginError(error.report()) from None
        custom_dir = config.theme.custom_dir
        self.pages = Renderer(catalogue, [Path(custom_dir)] if custom_dir else []).pages()
        log.info("Wegwijzer: %d pagina's uit de catalogus gemaakt", len(self.pages))
        # A reminder, not a failure: at INFO level, so `strict: true` does not stop the build.
        for stale in stale_entries(catalogue, datetime.date.today(), self.config.review_after_days):
            log.info("Te controleren: %s", stale.describe())

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for page in self.pages:
            if files.get_file_from_path(page.src_uri):
                raise PluginError(
                    f"docs/{page.src_uri} bestaat al, maar die pagina wordt uit de catalogus "
                    "gemaakt — verwijder of hernoem het bestand in docs/"
                )
            files.append(File.generated(config, page.src_uri, content=page.markdown))
        return files

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
        for folder in [*SOURCES, *SINGLE_FILES]:
            if (self.root / folder).exists():
                server.watch(str(self.root / folder))
        return server
