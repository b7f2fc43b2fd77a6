"""What one item's extraction carries from sentence to sentence, and a claim in the making."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimwatch.core.actors import ActorEntry, ActorMention
from claimwatch.core.gazetteer import PlaceMention
from claimwatch.core.numbers import (
    FigureMatch,
)
from claimwatch.models import Actor


@dataclass(slots=True)
class Claim:
    actor: Actor
    topic: str
    figure: FigureMatch | None
    place: PlaceMention | None
    #: The other side of a sale ("Chile bought 18 jets from the Netherlands"): the count is its claim too, but the
    #: sentence's places are where the buyer's or seller's forces are, not both.
    placeless: bool = False


@dataclass(slots=True)
class State:
    """What carries over between sentences of one item."""

    focus: ActorEntry | None = None  # the actor the text is about
    title_actor: ActorEntry | None = None  # the first actor the headline names: whose forces, when the body never says
    focus_paragraph: int = -1
    state_focus: ActorEntry | None = None  # the last focus that was a state ("the navy" is a state's)
    groups_seen: dict[str, ActorEntry] = field(default_factory=dict)  # sponsor code -> last group mentioned
    # sponsor code -> the groups the item names anywhere (the Africa Corps named after "Russian instructors")
    groups_ahead: dict[str, list[ActorEntry]] = field(default_factory=dict)
    sentence_countries: frozenset[str] = frozenset()  # the countries of the places the sentence names
    sentence_places: list[PlaceMention] = field(default_factory=list)  # the places the sentence names
    # the groups the sentence names as replaced by another ("as the corps takes over from Wagner")
    replaced_groups: frozenset[str] = frozenset()
    # the last sentence that left open whose its forces are ("without saying whether the men were Wagner's")
    whose_open_sentence: int = -2
    nationals_seen: set[str] = field(default_factory=set)  # states whose nationals were found recruited
    security_seen: set[str] = field(default_factory=set)  # states whose private security contractors were named
    ship_starts: set[int] = field(default_factory=set)  # body offsets of warships named again on their own
    # formation head ("brigade") -> the owner named right before the last one named ("Spain's 12th Brigade")
    formation_owner: dict[str, ActorEntry] = field(default_factory=dict)
    claimant: str | None = None
    claimant_paragraph: int = -1
    source_claimant: str | None = None
    last_place: tuple[PlaceMention, int] | None = None  # the last place named, with its paragraph
    places_named: list[PlaceMention] = field(default_factory=list)  # every place named so far, in order
    title_region: PlaceMention | None = None  # a region the headline names ("... in the Middle East"): "the region"
    actor_place: dict[str, tuple[PlaceMention, int]] = field(default_factory=dict)  # actor code -> last place
    mission_place: PlaceMention | None = None  # the last place of a group named as a mission
    contributors_paragraph: int = -1  # the paragraph of a list headed "The largest contingents:" (states' shares)
    mission_actor: ActorEntry | None = None  # the last peace operation or multinational mission named
    section_place: PlaceMention | None = None  # the place a roundup's section heading names ("NIGER")
    heading_places: list[PlaceMention] = field(default_factory=list)  # the places the current section's heading names
    run_in_paragraph: int = -1  # the paragraph a run-in heading opens ("Lithuania. Germany's brigade ..."), if any
    group_actor: ActorEntry | None = None  # the last multinational formation named as a "group" ("task group")
    # every armed group or firm named so far (no peace operation), the last named last
    named_groups: list[ActorEntry] = field(default_factory=list)
    group_subject_sentence: int = -2  # the last sentence that opened with "The group" / "The task group"
    paragraph: int = -1  # the paragraph of the sentence being read
    last_topic: str | None = None  # the topic of the last figure claimed: what a bare "24 more" counts
    plural_topic: str | None = None  # the topic of the last counted plural an earlier sentence named ("fighters")
    sentence_no: int = -1  # the index of the sentence being read (source lines not counted)
    figure_sentence: int = -2  # the index of the last sentence that claimed a figure ("Fiji has about 180." after it)
    figure_entry: ActorEntry | None = None  # whose forces that figure counted ("two of them" are theirs)
    figure_actor: Actor | None = None  # the actor that figure was claimed for ("Russian fighters" of Wagner's)
    # the text and actor mentions of the sentence's earlier clauses, and of the clause being read
    earlier_clauses: list[tuple[str, list[ActorMention]]] = field(default_factory=list)
    this_clause: tuple[str, list[ActorMention]] | None = None
    clause_sentence: int = -2  # the sentence those belong to
    figure_place: tuple[PlaceMention, int] | None = None  # the place of the last placed figure, with its sentence
    # the actors of a count made of several together ("2,000 Afghan and Pakistani fighters"), with the count's noun and
    # where it starts, and the sentence: no figure for either, but the sentence's place is theirs too
    combined: list[tuple[ActorEntry, str, int]] = field(default_factory=list)
    combined_sentence: int = -2
    warship_paragraph: int = -1  # the last paragraph that named a warship ("its crew" may be that ship's)
    question_paragraph: int = -1  # the last paragraph of a transcript's "Q:" (the answer follows it)
    count_question: tuple[int, str] | None = None  # an explainer's "How many X ...?" line: its sentence, topic
    # a row of a list ("Norway - about 300 - Camp X"): its label's actor, topic, and its count's span in the body
    list_row: tuple[ActorEntry, str | None, int, int] | None = None
    list_row_place: PlaceMention | None = None  # the row's place cell or label, when the row says where by it
    list_row_actor: Actor | None = None  # the row's actor when its label names hired nationals ("Colombian fighters")
    actor_row_sentence: int = -2  # the last sentence that was a list's row whose label is its own actor ("Chad: 900")
    title_owner: ActorEntry | None = None  # the one state whose forces the headline names ("Where X's troops serve")
    para_actor: ActorEntry | None = None  # the last actor named as no prepositional object, with its paragraph
    para_actor_paragraph: int = -1
    lead_actor: ActorEntry | None = None  # the first actor named as no prepositional object, with its sentence
    lead_actor_sentence: int = -2
    # Sentence index -> the claimant named in it / the nearest one named earlier in its paragraph
    # (memos: without them a long paragraph of claims is quadratic in its sentences).
    named_claimant: dict[int, str | None] = field(default_factory=dict)
    carried_claimant: dict[int, str | None] = field(default_factory=dict)
    body: str = ""  # the item's body, and where numbers may start in it (``numbers.number_starts``)
    number_starts: list[int] = field(default_factory=list)
    # the starts of the body's actor mentions and places, in their order (a clause's share is found by ``bisect``)
    mention_starts: list[int] = field(default_factory=list)
    place_starts: list[int] = field(default_factory=list)

    def last_corps(self, sponsor: str | None = None) -> ActorEntry | None:
        """The group named last whose name ends in "Corps" ("the Africa Corps"), of ``sponsor`` when one is given:
        whom "the corps" refers back to, wherever a rule reads that word."""
        for g in reversed(self.named_groups):
            if g.actor.name.lower().endswith(" corps") and (sponsor is None or g.sponsor == sponsor):
                return g
        return None


@dataclass(slots=True)
class FigureDraft:
    """One figure on its way to a claim: what the steps of ``FigureRules._figure_claim`` decide and hand on.

    The steps share many facts (the topic so far, whether the noun is only implied, the owner found), and the rules
    are order-sensitive, so each step reads what the ones before it decided here rather than in ten parameters."""

    text: str
    f: FigureMatch  # the figure; a step may replace it with the noun it finds counted
    mentions: list[ActorMention]
    st: State
    has_force: bool  # the sentence names forces (a force noun or phrase, a warship, aircraft by model ...)
    earlier: list[tuple[ActorEntry, int, str]]  # the sentence's figures claimed before: (owner, noun's end, topic)
    topic: str | None
    implied: bool  # the number has no noun of its own ("about 300 were sent")
    clause_start: int = 0
    owner_pronoun: bool = False  # "84 of its fighters": the owner is the antecedent of the possessive
    head_entry_found: ActorEntry | None = None  # the owner that the topic's rules found with the counted noun
    share_of_last: bool = False  # "N of them" counts a share of the forces counted last
    named_share: ActorEntry | None = None  # whose forces "N of them" counts when none were counted before
    label_line: bool = False  # a fact box's line ("Killed: about 2,000")
    inside: list[ActorMention] = field(default_factory=list)  # the names inside the counted noun phrase
    entry: ActorEntry | None = None  # the owner found so far
    agent_verb: bool = False  # a verb before the count says its subject acted on them ("killed", "shot down")
