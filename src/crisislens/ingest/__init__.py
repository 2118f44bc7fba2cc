"""Sources -> Article: plain text, HTML, JSON Lines and standard input."""

from crisislens.ingest.readers import article_id, make_article, read_inputs

__all__ = ["article_id", "make_article", "read_inputs"]
