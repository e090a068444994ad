"""The demo: local copies of the kind of sites minewatch watches, and their server.

The sites are package data (``crawler/demo/sites``), so an installed minewatch runs
``minewatch demo`` from anywhere; the test suite serves the same sites. Each
subdirectory of ``sites`` is one site; ``sites/sources.toml.in`` is the sources file
for them, with ``{{base:NAME}}`` where each site's URL goes once it is served
(``server.serve`` describes what a site may contain). The command is
``crawler.commands.demo``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from crawler.errors import MinewatchError

if TYPE_CHECKING:
    from crawler.demo.server import FixtureSites

SITES_DIR = Path(__file__).resolve().parent / "sites"
SOURCES_TEMPLATE = "sources.toml.in"


def fixture_sites_root() -> Path:
    if not (SITES_DIR / SOURCES_TEMPLATE).is_file():
        raise MinewatchError(
            f"the demo's fixture sites were not found at {SITES_DIR}: this installation of "
            "minewatch is incomplete (reinstall it)"
        )
    return SITES_DIR


def write_demo_sources(sites: FixtureSites, path: Path) -> Path:
    """Write the sources file for the served sites: the template with their base URLs."""
    template = (sites.root / SOURCES_TEMPLATE).read_text(encoding="utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(sites.substitute_sites(template), encoding="utf-8")
    return path
