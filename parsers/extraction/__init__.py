"""The steps of ``parsers.figures.extract``, one module per job; nothing here is public API."""
