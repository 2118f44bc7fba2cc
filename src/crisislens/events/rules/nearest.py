"""The nearest name: when the parse gives a trigger no role word, the nearest named actor
with a country on that side of it in its clause, as dictionary coders do, less the names that
say where ("in Benin"), whose ("the mayor's reply"), or whom another phrase describes.

>>> nearest_named(sent, draft, actors, context, True, None).country  # doctest: +SKIP
'NGA'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.actors.coder import ActorCoder, ArticleContext
from crisislens.events.figure_words import words as figure_words
from crisislens.events.roles import freeing_noun, site_of_a_stateless_act
from crisislens.events.rules.draft import Draft
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.geo.lexicon import GeoLexicon
from crisislens.nlp.doc_cache import entity_at, span_ents
from crisislens.nlp.syntax import (
    NAMED_LABELS,
    child,
    children,
    clause_head,
    is_noun,
    lemma,
    pobj,
    same_token,
)
from crisislens.schemas import Actor

PLACE_LABELS = ("GPE", "LOC", "FAC")
DOER_LABELS = ("NORP", "GPE", "ORG")


def dependents(token: Token) -> set[int]:
    """Indices of a token's subtree, less what hangs under a time preposition and less clauses
    of other events ("as the army advanced"); a condition ("unless the strikers return") and a
    purpose ("to press their claims on the council") stay."""
    words = vocabulary().words
    out: set[int] = set()
    stack = [token]
    while stack:
        node = stack.pop()
        out.add(node.i)
        for sub in node.children:
            if sub.dep_ == "prep" and sub.lower_ in words.time_preps:
                continue
            if sub.dep_ in ("advcl", "relcl", "ccomp") and any(
                other_event_mark(m) for m in sub.children
            ):
                continue
            stack.append(sub)
    return out


def other_event_mark(word: Token) -> bool:
    """A word that opens a clause of another event: a conjunction ("as the army advanced"), or
    a wh-adverb the parse hangs as a modifier ("used tear gas when marchers tried to cross the
    Elm Street bridge": the bridge is no party to the tear gas)."""
    opens = word.dep_ == "mark" or (word.dep_ == "advmod" and word.tag_ == "WRB")
    return opens and word.lower_ in vocabulary().words.other_event_marks


def where_named(token: Token) -> bool:
    """A name after a preposition of place, also one listed with it or set beside it, says
    where, not who: "in Benin", "talks in Lome, Togo", "raids in Abo and Ubo"."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in vocabulary().words.place_only_preps


def border_neighbour(token: Token) -> bool:
    """A name that a border is named with or by, where that border is said after a preposition
    of place or "close to", says where, not who, on either side of a trigger: "raided a hideout
    near the border with Elbonia", "strikes on a camp near the Elbonian border" and "a base
    close to the border with Elbonia" act on no Elbonian. Not "sent troops to its border with
    Elbonia": the lead's rules/place reads that neighbour as a build-up's target."""
    lex = GeoLexicon.load()
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ in ("amod", "compound", "nmod", "poss"):
        border = head  # "the Elbonian border", "Elbonia's border"
    elif token.dep_ == "pobj" and head.lower_ in lex.neighbour_preps and head.i > 0:
        before = token.doc[head.i - 1]  # the parse may hang "with" elsewhere: the word before
        border = before if lemma(before) in lex.border_nouns else head.head
    else:
        return False
    return lemma(border) in lex.border_nouns and (where_named(border) or _close_to(border))


def _close_to(token: Token) -> bool:
    """Whether a noun is the object of "to" after an adverb or adjective ("close to the
    border", "next to the border"), which says where, as "near" does."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i != prep.i
        and prep.head.tag_ in ("RB", "RBR", "JJ", "JJR")  # "close to", "closer to"
    )


def sent_home(token: Token, draft: Draft) -> bool:
    """A country after "to" on a verb that sends people back names the people sent there, its
    nationals, not its state: "deported 40 others to Elbonia" and "sent them back to Elbonia"
    act on Elbonians (CVL), not on Elbonia's government; save for a type whose recipient is
    where its forces go (MOBILIZE)."""
    if event_types()[draft.sense.event_type].has("recipient_is_destination"):
        return False
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or prep.head.i == prep.i:
        return False
    verb = prep.head.head if prep.head.dep_ == "prt" else prep.head
    back = any(c.lower_ == "back" for c in verb.children if c.dep_ in ("prt", "advmod"))
    return back or lemma(verb) in vocabulary().words.returning_verbs


def owns_place(token: Token) -> bool:
    """A name that owns or qualifies a place said after a preposition of place says where, not
    whom: "in Ruritania's remote Upland province", "in the Elbonian town of Dorf", "in
    northern Ruritania's Upland region"."""
    head = token.head
    if token.dep_ not in ("poss", "amod", "compound") or head.i == token.i:
        return False
    kinds = GeoLexicon.load().kind_nouns | GeoLexicon.load().capital_words
    return (lemma(head) in kinds or head.ent_type_ in PLACE_LABELS) and where_named(head)


def named_kind(token: Token) -> bool:
    """A name of a kind of place says where, not who: as a modifier (:func:`kind_modifier`),
    or after "of" on a kind said after a preposition of place ("in the central state of
    Upland", "near the town of Dorf", "stormed a sit-in in the Elbonian capital of Dorf")."""
    prep = token.head
    if kind_modifier(token):
        return True
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    kinds = GeoLexicon.load().kind_nouns | GeoLexicon.load().capital_words
    return lemma(prep.head) in kinds and where_named(prep.head)


def kind_modifier(token: Token) -> bool:
    """A name of a kind of place that modifies another noun says where it was, on either side
    of a trigger: "a Diyala province car bombing", "the Dorf town raid"."""
    kinds = GeoLexicon.load().kind_nouns
    if lemma(token) in kinds and token.dep_ in ("compound", "amod", "nmod"):
        return True
    head = token.head
    return token.dep_ in ("compound", "amod") and head.i != token.i and lemma(head) in kinds


def _skips(ent: Span, draft: Draft, before: bool, avoid: Actor | None) -> bool:
    """Names that cannot fill the role: a place after a locative, or listed or set beside one
    ("in Benin", "in Abo and Ubo", "in Lome, Togo" are where, not whom: :func:`where_named`);
    another noun's possessor, before a noun or a verb ("the mayor's reply to the riots": not
    the rioters; "crowds waving Kenya's flag marched": not Kenya); the other role, and a name
    set beside it or beside a passive subject ("the governor, Ana Example, was killed in a
    blast": neither the killer nor the bomber)."""
    head = ent.root
    if not before and (where_named(head) or owns_place(head) or named_kind(head)):
        return True
    if story_label(head):  # "Elbonia: gunmen kill 12 in a village": the story's country
        return True
    if border_neighbour(head):  # "a raid near the border with Elbonia": where, not whom
        return True
    if before and kind_modifier(head):  # "a Diyala province car bombing"
        return True
    if not before and draft is not None and in_charge(head, draft.trigger.token):
        return True
    if not before and draft is not None and in_actor_phrase(head, draft):
        return True
    if not before and draft is not None and in_freed_party(head, draft):
        return True
    if not before and doer_of_an_act(head):  # "killed after Russian shelling": not Russia
        return True
    if not before and draft is not None and blamed_party(head, draft.trigger.token):
        return True
    if before and head.dep_ == "poss" and not same_token(head.head, draft.trigger.token):
        return True
    if before and draft is not None and in_recipient_phrase(head, draft):
        return True
    if before and draft is not None and victim_of_clause(head, draft.trigger.token):
        return True
    beside = head.head if head.dep_ == "appos" else None
    if before and beside is not None and beside.dep_ == "nsubjpass":
        return True
    if avoid is None:
        return False
    if beside is not None and avoid.start <= beside.idx < avoid.end:
        return True
    return ent.start_char < avoid.end and avoid.start < ent.end_char


def story_label(token: Token | None) -> bool:
    """A name that opens a headline and is set off by a colon labels the country the story is
    about, as wire feeds head their stories, and is no party: "Elbonia: attack in a Dorf
    mosque", "Elbonia: gunmen kill 12 in a village"."""
    if token is None:
        return False
    ent = entity_at(token)
    if ent is None or ent.start != ent.sent.start or ent.end >= len(token.doc):
        return False
    return token.doc[ent.end].text == ":"


def doer_of_an_act(token: Token) -> bool:
    """A people's, a country's or a body's name that modifies or owns an act with a doer of
    its own (``harming_acts``) says who did that act, not whom the trigger acted on: in "four
    people were killed after Elbonian shelling of the town", Elbonia is no victim, nor the
    Front in "houses burned in a Front raid"."""
    head = token.head
    if token.dep_ not in ("amod", "compound", "nmod", "poss") or head.i == token.i:
        return False
    return lemma(head) in vocabulary().words.harming_acts and token.ent_type_ in DOER_LABELS


def blamed_party(token: Token, trigger: Token) -> bool:
    """A name in the phrase an act is blamed on, by a verb other than the trigger, is whom the
    text blames for acts, not whom the trigger acted on: in "the latest bombing in a series of
    attacks blamed on networks linked to the Front", the Front bombed no one's target."""
    blame = vocabulary().words.blame_verbs
    for above in token.ancestors:
        verb = above.head
        if above.dep_ == "prep" and above.lower_ == "on" and lemma(verb) in blame:
            return verb.i != trigger.i
    return False


def in_actor_phrase(token: Token, draft: Draft) -> bool:
    """A name inside the actor's own phrase tells who the actor is, not whom it acts on: in
    "the army blamed the raids on militants based in Chad", Chad is no recipient of the
    raids."""
    actor = draft.actor_token
    if actor is None or actor.i == draft.trigger.token.i or token.i == actor.i:
        return False
    return actor.left_edge.i <= token.i <= actor.right_edge.i and not (
        actor.left_edge.i <= draft.trigger.token.i <= actor.right_edge.i
    )


def in_recipient_phrase(token: Token, draft: Draft) -> bool:
    """A name inside the recipient's own phrase, after its head, tells who the recipient is,
    not who acted on it: in "Jan Example, a director of the Elbonian trade ministry, was shot
    dead", the ministry shot no one."""
    recipient = draft.recipient_token
    if recipient is None or recipient.i == draft.trigger.token.i or token.i <= recipient.i:
        return False  # after its head: an apposition or an "of" phrase that describes it
    return token.i <= recipient.right_edge.i and not (
        recipient.left_edge.i <= draft.trigger.token.i <= recipient.right_edge.i
    )


def victim_of_clause(token: Token, trigger: Token) -> bool:
    """The one a clause says was harmed, as its passive subject or the subject of a verb of
    dying, did not carry out the event noun that clause tells of: in "the commander was
    killed in an airstrike" and "two guards died in the raid", no one named there struck."""
    while token.dep_ in ("compound", "amod", "nmod", "appos") and token.head.i != token.i:
        token = token.head
    verb = token.head
    dying = token.dep_ == "nsubj" and lemma(verb) in figure_words().victim_subject_verbs
    if (token.dep_ != "nsubjpass" and not dying) or verb.i == trigger.i:
        return False  # a verb trigger's own passive subject is its recipient, kept apart
    return verb.left_edge.i <= trigger.i <= verb.right_edge.i and not (
        token.left_edge.i <= trigger.i <= token.right_edge.i
    )


def in_charge(token: Token, trigger: Token) -> bool:
    """A name in what the trigger's object is charged with or praised for is no party of the
    trigger's: in "accused Western states of pressuring others to condemn Ruritania" the
    states are accused, not Ruritania (a gerund clause after a preposition, where the trigger
    has an object)."""
    if child(trigger, "dobj") is None:
        return False
    return any(
        clause.left_edge.i <= token.i <= clause.right_edge.i
        for prep in children(trigger, "prep")
        for clause in children(prep, "pcomp")
    )


def nearest_named(
    sent: Span,
    draft: Draft,
    actors: ActorCoder,
    context: ArticleContext,
    before: bool,
    avoid: Actor | None,
    own_words: bool = False,
) -> Actor | None:
    """When the parse gives no role, the nearest named actor with a country on that side of the
    trigger in its clause (the subject side before it, the object side after it, with its own
    dependents; only those with ``own_words``), as dictionary coders do."""
    start, end = draft.trigger.start, draft.trigger.end
    clause = None if own_words else clause_head(draft.trigger.token)
    below = set() if before else dependents(draft.trigger.token)
    ents = [
        e
        for e in span_ents(sent)
        if e.label_ in NAMED_LABELS
        and (e.end_char <= start if before else e.start_char >= end)
        and ((clause is not None and same_token(clause_head(e.root), clause)) or e.root.i in below)
    ]
    for ent in reversed(ents) if before else ents:
        if _skips(ent, draft, before, avoid) or document_name(ent.root, actors):
            continue
        if names_where(ent.root, draft.sense.event_type, actors):
            continue  # "the Kabul airport bombing": where, not who
        if context.in_source(ent.start_char, ent.end_char):
            continue  # "KANO, May 3: Gunmen killed ...": where the story was filed
        actor = actors.code(ent.root, context)
        if actor is None or actor.country is None:
            continue
        if not before and sent_home(ent.root, draft):  # "deported 40 others to Elbonia"
            return actor.model_copy(update={"sector": next(iter(vocabulary().sectors.sent_home))})
        return named_phrase(ent, actor, actors, context)
    return None


def names_where(token: Token | None, event_type: str, actors: ActorCoder) -> bool:
    """A name that modifies an attack's noun and names a site, a region or an occasion says
    where it was, not who did it: "the Boston Marathon bombing", "the Manchester Arena attack"
    (an organisation's name ending in one of ``occasion_nouns``, or a place the tagger reads
    as a location or a facility that is no country); a country's or a people's word ("Turkish
    drone strikes"), a body's name ("the Hamas attack") and a town's name, which the tagger
    cannot tell from a state's, still act. Not for a type whose unnamed doers are a place's
    people ("a Nairobi protest": unlikely_parties.people_of_state)."""
    kind = event_types()[event_type]
    if token is None or kind.state_sector in kind.unlikely_sectors:
        return False
    if token.dep_ not in ("compound", "amod", "nmod") or not is_noun(token.head):
        return False
    if site_of_a_stateless_act(token):  # "an Elbonia suicide attack": where, not who
        return True
    ent = entity_at(token)
    if ent is None or ent.label_ not in (*PLACE_LABELS, "ORG"):
        return False
    town = ent.label_ == "GPE" and actors.country_word(ent.text) is None
    if town and town_before_a_site(ent):
        return True  # "the Dorf mosque attack": where, not who
    if ent.label_ == "ORG":
        return lemma(ent[-1]) in vocabulary().words.occasion_nouns
    return ent.label_ != "GPE" and actors.country_word(ent.text) is None


def town_before_a_site(ent: Span) -> bool:
    """A town's name right before a site's noun (``occasion_nouns``) on one attack noun says
    where it was: in "the Dorf mosque attack" and "the Dorf hotel siege", the parse hangs the
    town and the site both on the attack noun (or the town on the site), and Dorf attacked
    no one."""
    doc, head = ent.doc, ent.root.head
    if ent.end >= len(doc) or head.i == ent.root.i:
        return False
    site = doc[ent.end]
    if lemma(site) not in vocabulary().words.occasion_nouns:
        return False
    return site.i == head.i or site.head.i == head.i


def document_name(token: Token, actors: ActorCoder) -> bool:
    """A name that modifies a document's or a process's noun names the text, not a party:
    "the Lisbon treaty", "the Minsk process"."""
    head = token.head
    return token.dep_ in ("compound", "amod", "nmod") and lemma(head) in actors.words.document_nouns


def named_phrase(ent: Span, named: Actor, actors: ActorCoder, context: ArticleContext) -> Actor:
    """A name that modifies an agent noun stands with it: "Iraqi special forces" are the
    forces (IRQ MIL), not Iraq's government; a name modifying a thing ("the Somali city"), or
    a phrase that would take another country, leaves the name alone."""
    head = ent.root.head
    if ent.root.dep_ not in ("amod", "compound") or not is_noun(head) or head.ent_type_:
        return named
    actor = actors.code(head, context)
    if actor is None or actor.sector is None or actor.country != named.country:
        return named
    return actor


def demanded_freeing(draft: Draft) -> Token | None:
    """The freeing noun a demand asks for, as its recipient word or after a preposition on
    its trigger ("called for the handover of ..."), where its type is aimed at whom it asks."""
    if draft.sense.event_type not in vocabulary().words.holder_asked_types:
        return None
    freeing = freeing_noun(draft.recipient_token)
    if freeing is None and draft.recipient_token is None:
        objects = [pobj(prep) for prep in children(draft.trigger.token, "prep")]
        freeing = next((o for o in objects if o is not None and freeing_noun(o) is o), None)
    return freeing


def in_freed_party(token: Token, draft: Draft) -> bool:
    """A name in the phrase of whom a demand would free ("the release of two Kenyan
    activists") tells who they are, not whom the demand is aimed at (:func:`asked_party`)."""
    freeing = demanded_freeing(draft)
    return freeing is not None and freeing.left_edge.i <= token.i <= freeing.right_edge.i
