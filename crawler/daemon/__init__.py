"""The daemon: a thin timer that runs each pass as ``minewatch run`` in a child process.

- ``scheduler``: the APScheduler timer, its job in the store's database, the daemon's loop;
- ``child``: the pass in progress as a child process, and how the daemon stops it;
- ``cron``: 5-field crontab expressions as APScheduler triggers;
- ``reports``: the report files a pass leaves, filed by date and run id.

The command itself is ``crawler.commands.daemon``.
"""

from crawler.daemon.scheduler import scheduled_pass

# The scheduler's stored job names ``crawler.daemon:scheduled_pass`` (JOB_FUNCTION).
__all__ = ["scheduled_pass"]
