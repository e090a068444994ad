"""The command line itself: every command documents itself, and known failures are one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.commands import NAMES

FIGURE_TEXTS = Path(__file__).parent.parent / "fixtures" / "figures"


@pytest.mark.parametrize("command", NAMES)
def test_every_command_has_help(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert f"minewatch {command}" in capsys.readouterr().out


def test_an_unknown_command_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["nosuchcommand"])
    assert exited.value.code == 2


def test_a_closed_pipe_is_not_an_error() -> None:
    # `minewatch extract ... | head -1`: the reader leaves early. Well over a pipe's
    # 64 KiB of output makes the writer meet the closed pipe every time.
    texts = " ".join(str(path) for path in sorted(FIGURE_TEXTS.glob("*.txt")))
    done = subprocess.run(
        f"{sys.executable} -m crawler extract --json {texts} {texts} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    assert "BrokenPipeError" not in done.stderr


def test_building_the_command_line_loads_no_scrapy_sqlalchemy_or_apscheduler() -> None:
    # each command imports its work when it runs: `minewatch extract` never pays for Scrapy
    probe = (
        "import sys\n"
        "from crawler.cli import build_parser\n"
        "build_parser()\n"
        "heavy = {'scrapy', 'twisted', 'sqlalchemy', 'apscheduler'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
