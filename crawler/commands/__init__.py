"""The ``minewatch`` commands: one module each, its options beside what it does.

As in ``scrapy/commands/``, every module here defines a class ``Command`` with a
one-line ``help``, ``add_options(parser)`` and ``run(args) -> int`` (an exit code from
``crawler.errors.ExitCode``). ``crawler.cli`` only finds them and parses arguments.
A command module imports its work inside ``run``: building the parser loads no
Scrapy, SQLAlchemy or APScheduler, so ``minewatch extract`` never pays for them.
"""

from __future__ import annotations

import argparse
import importlib

# in the order ``minewatch --help`` lists them
NAMES = ("run", "extract", "baseline", "demo", "daemon", "reextract", "status")


class BaseCommand:
    """One subcommand: its help line, its options and its work."""

    help = ""

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        """Declare the command's arguments (none by default)."""

    def run(self, args: argparse.Namespace) -> int:
        raise NotImplementedError


def load(name: str) -> BaseCommand:
    command: BaseCommand = importlib.import_module(f"crawler.commands.{name}").Command()
    return command


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """``--config`` and ``--db``, for the commands that open a store."""
    parser.add_argument("--config", default="sources.toml", metavar="PATH", help="sources file")
    parser.add_argument(
        "--db",
        metavar="URL|PATH",
        help="SQLAlchemy URL or SQLite file; default: the config's db, else sqlite:///minewatch.db",
    )
