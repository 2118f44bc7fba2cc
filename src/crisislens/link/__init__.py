"""Story linking: cross-document event coreference (``crisislens link``, ``ingest``, ``stories``).

- :mod:`~crisislens.link.mention`: :class:`LinkMention`, what is known of one event mention;
- :mod:`~crisislens.link.text`: mentions given as spans of parsed text, with
  :mod:`~crisislens.link.telling` (how the text before a trigger tells its event) and
  :mod:`~crisislens.link.lexicon` (the words of data/link.yaml);
- :mod:`~crisislens.link.context`: each trigger in its sentence (all-MiniLM-L6-v2);
- :mod:`~crisislens.link.features`: pairwise evidence and the rules that forbid a pair
  (shared with within-article event coreference), with :mod:`~crisislens.link.places` (one
  place or two) and :mod:`~crisislens.link.kinds` (event types and modes that may be one);
- :mod:`~crisislens.link.documents`: document similarity and groups of documents;
- :mod:`~crisislens.link.model`: the trained pair model;
- :mod:`~crisislens.link.partners`: the second reading of a block (mentions linked to the same
  others);
- :mod:`~crisislens.link.cluster`: constrained average-link clustering;
- :mod:`~crisislens.link.linker`: the linker over given mentions.
"""
