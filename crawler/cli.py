"""The ``minewatch`` command line: finds the commands, parses arguments, maps errors.

Each command is a module of ``crawler.commands`` with its options beside it. Known
errors become one line on stderr and a documented exit code (``ExitCode``), the same
way for every command.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from crawler import commands
from crawler.errors import ExitCode, MinewatchError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minewatch",
        description="Monitor published landmine and mine-casualty figures and flag what changed.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in commands.NAMES:
        command = commands.load(name)
        command.add_options(subparsers.add_parser(name, help=command.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = commands.load(args.command)
    try:
        return int(command.run(args))
    except MinewatchError as error:
        print(f"minewatch: {error}", file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        print("minewatch: interrupted", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`minewatch extract ... | head`): not an error of ours.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitCode.OK)
    except Exception as error:
        code = _store_exit_code(error)
        if code is None:
            raise
        print(f"minewatch: {error}", file=sys.stderr)
        return int(code)


def _store_exit_code(error: Exception) -> ExitCode | None:
    """Map the store's own errors, which cannot know the crawler's exit codes.

    Looked up in sys.modules rather than imported, so that commands which never
    open a store do not pay for importing SQLAlchemy.
    """
    db = sys.modules.get("store.db")
    lock = sys.modules.get("store.lock")
    if db is not None and isinstance(error, db.StoreError):
        return ExitCode.FAILURE
    if lock is not None and isinstance(error, lock.LockHeld):
        return ExitCode.LOCKED
    return None


if __name__ == "__main__":
    sys.exit(main())
