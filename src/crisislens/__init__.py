"""crisislens: news articles in, coded, located and sourced political events out."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
