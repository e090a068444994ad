"""Pure parsing: pages to articles, articles to figures, figures to changes.

``PARSER_VERSION`` is stored with every document version; bump it whenever the
figures extracted from the same text may differ, so stored pages can be re-read.
"""

PARSER_VERSION = "16"
