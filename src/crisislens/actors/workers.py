"""Rules on the sector of people named by the work they do ("hospital workers"), run by
``clues.py`` among its clue rules.

>>> coder.code(nlp("Hospital workers staged a walkout.")[1], context).sector  # doctest: +SKIP
'HLH'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crisislens.actors.mention import NOUN_MODIFIER_DEPS, Mention

if TYPE_CHECKING:
    from crisislens.actors.coder import ActorCoder


def workers_of_a_field(coder: ActorCoder, mention: Mention) -> None:
    """Workers take the sector of the field their modifier names, not labour's: "hospital
    workers" are health (HLH), "bank employees" business, "a security worker" and "two
    security men" security forces (``worker_fields``); "dock workers" stay labour. A
    government's own staff are left as the head word codes them ("government employees"
    on strike are labour, not the state)."""
    words = coder.words
    if mention.head.lemma_.lower() not in words.field_workers or mention.entity is not None:
        return
    for token in mention.span:
        if token.i >= mention.head.i or token.dep_ not in NOUN_MODIFIER_DEPS or token.ent_type_:
            continue
        lemma = token.lemma_.lower()
        sector = words.worker_fields.get(lemma) or coder.dictionary.agent_sector(lemma)
        if sector is not None and sector not in words.field_sectors_kept:
            mention.sector = sector
            return
