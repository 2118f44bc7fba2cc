"""Sources -> Article: files, folders and standard input, through the input-source registry."""

from crisislens.ingest.articles import article_id, make_article
from crisislens.ingest.readers import read_inputs

__all__ = ["article_id", "make_article", "read_inputs"]
