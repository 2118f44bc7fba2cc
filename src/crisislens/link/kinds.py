"""Which kinds of event may be one happening: event types, their families and related
groups, orders and the modes they pair with (``data/link.yaml``; split from
:mod:`crisislens.link.features`, whose :func:`~crisislens.link.features.kinds_apart` reads
them; :mod:`crisislens.link.block` reads them as matrices, the store's linker blocks by
:func:`type_family`).

>>> type_family("ASSAULT"), related_types("ASSAULT")
('ASSAULT+COERCE+SANCTION', ['ASSAULT', 'COERCE', 'SANCTION'])
"""

from __future__ import annotations

from functools import lru_cache

from crisislens.link.lexicon import lexicon
from crisislens.link.mention import LinkMention


def is_statement(event_type: str | None) -> bool:
    """Is the type a speech act, whose speaker makes it one happening (data/link.yaml)?"""
    return event_type in lexicon()["statements"]


@lru_cache(maxsize=256)
def type_family(event_type: str | None) -> str | None:
    """The event type, or the types reports of one happening may differ on ('ASSAULT+COERCE',
    from ``related_types`` in data/link.yaml): the store's linker blocks by this."""
    if not event_type:
        return event_type
    return lexicon()["families"].get(event_type, event_type)


def related_types(event_type: str) -> list[str]:
    """The event type and the types related to it ('ASSAULT' -> ['ASSAULT', 'COERCE'])."""
    family = type_family(event_type)
    return sorted({event_type, *(t for t, f in lexicon()["families"].items() if f == family)})


def relation_groups(m: LinkMention) -> int:
    """The ``related_types`` groups (data/link.yaml) the mention's type and mode take part in,
    as bits: an entry ``TYPE:mode`` takes only that mode ("AID:peacekeeping": troops sent as
    peacekeepers, not food aid, may be the deployment a MOBILIZE tells of); a mode of
    ``own_happening_modes`` takes part in none (:func:`own_happening`)."""
    return _group_bits(m.event_type, m.mode)


def own_happening(event_type: str | None, mode: str | None) -> bool:
    """Is an event of this type and mode a happening of its own, never another report's reading
    of an event of a related type (``own_happening_modes`` in data/link.yaml)? The suspects
    arrested after a shooting are not the shooting; the passengers seized in it may be.

    >>> own_happening("COERCE", "arrest"), own_happening("COERCE", "seize")
    (True, False)
    """
    return bool(event_type and mode and mode in lexicon()["own_modes"].get(event_type, ()))


def is_order(event_type: str | None, mode: str | None) -> bool:
    """Is an event of this type and mode an order (``order_modes`` in data/link.yaml: a curfew,
    a state of emergency, a ban), which pairs with events of its type only in its mode?

    >>> is_order("COERCE", "curfew"), is_order("COERCE", "arrest")
    (True, False)
    """
    return bool(event_type and mode and mode in lexicon()["order_modes"].get(event_type, ()))


def orders_differ(a: LinkMention, b: LinkMention) -> bool:
    """Two events of one type in two modes, one of them an order (:func:`is_order`): the
    curfew a city's governor imposed and the tear gas its police fired that day are two
    happenings. Events of one mode, or with no mode, are not ruled apart.

    >>> curfew = LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="curfew")
    >>> gas = LinkMention("b", "d2", 0, 4, event_type="COERCE", mode="restrict")
    >>> orders_differ(curfew, gas), orders_differ(curfew, curfew), orders_differ(gas, gas)
    (True, False, False)
    """
    return bool(
        a.event_type
        and a.event_type == b.event_type
        and a.mode
        and b.mode
        and a.mode != b.mode
        and (is_order(a.event_type, a.mode) or is_order(b.event_type, b.mode))
    )


def modes_apart(a: LinkMention, b: LinkMention) -> bool:
    """Two events of one type, one in a mode that pairs only with some modes of its type
    (``mode_partners`` in data/link.yaml), the other in none of them: the gunmen the police
    arrested and the decree the president issued that day are two happenings; the men held and
    the rifles seized in one raid may be one.

    >>> held = LinkMention("a", "d1", 0, 4, event_type="COERCE", mode="arrest")
    >>> decree = LinkMention("b", "d2", 0, 4, event_type="COERCE", mode="restrict")
    >>> seized = LinkMention("c", "d2", 0, 4, event_type="COERCE", mode="seize")
    >>> modes_apart(held, decree), modes_apart(decree, held), modes_apart(held, seized)
    (True, True, False)
    """
    if not (a.event_type and a.event_type == b.event_type):
        return False
    return partner_modes_apart(a.event_type, a.mode, b.mode)


def partner_modes_apart(event_type: str, mine: str | None, theirs: str | None) -> bool:
    """:func:`modes_apart` for two events of ``event_type`` in these modes."""
    if not (mine and theirs):
        return False
    partners = lexicon()["mode_partners"].get(event_type, {})
    return (mine in partners and theirs not in partners[mine]) or (
        theirs in partners and mine not in partners[theirs]
    )


@lru_cache(maxsize=1024)
def _group_bits(event_type: str | None, mode: str | None) -> int:
    if own_happening(event_type, mode):
        return 0
    bits = 0
    for k, group in enumerate(lexicon()["related_groups"]):
        if any(t == event_type and wanted in (None, mode) for t, wanted in group):
            bits |= 1 << k
    return bits


def related(a: LinkMention, b: LinkMention) -> bool:
    """May two mentions of two types be one event? Only when one related group holds both."""
    return bool(relation_groups(a) & relation_groups(b))
