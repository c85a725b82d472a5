"""The glossary: what each word of the stakeholder map and of the findings means, in the
words of the map's legend and of docs/findings.md and docs/stages.md.

Help › Glossary shows it; it is plain data (no Qt) so a report or the command line can
show the same. The meanings are marked here (``N_``) and translated where read:
:func:`entries` gives them in the language of the moment, with each value's own label
(``label``), badge (``encoding.role_badge``) and finding title (``kind_title``).

Every value of the vocabularies the map shows has a meaning here, and every kind of
finding: ``tests/test_glossary.py`` fails on a new one without.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.graph.analysis import kind_title
from app.graph.encoding import role_badge
from app.i18n import N_, _, pgettext
from app.models.enums import (
    RELATIONSHIP_LABELS,
    BuyingRole,
    RelationshipStage,
    Stance,
    label,
)

#: the sections in the order shown, each with its heading (the legend's words)
SECTIONS: tuple[tuple[str, str], ...] = (
    ("role", N_("Badge: buying role")),
    ("stance", N_("Fill: stance toward us")),
    ("strength", N_("Border: our relationship")),
    ("stage", N_("Relationship stage")),
    ("finding", N_("Findings")),
)

ROLE_MEANINGS: dict[BuyingRole, str] = {
    BuyingRole.ECONOMIC_BUYER: N_("Approves the budget: can say yes when others say no."),
    BuyingRole.DECISION_MAKER: N_("Owns the decision: chooses the supplier or signs off "
                                  "the choice."),
    BuyingRole.TECHNICAL_BUYER: N_("Checks that the offer meets the requirements: can "
                                   "say no, rarely yes."),
    BuyingRole.USER_BUYER: N_("Will use what we deliver and judges it by their daily "
                              "work."),
    BuyingRole.INFLUENCER: N_("Sways the decision without owning it."),
    BuyingRole.COACH: N_("Wants us to win and tells us how decisions are really made."),
    BuyingRole.GATEKEEPER: N_("Controls access to people and information."),
    BuyingRole.OTHER: N_("Holds none of the buying roles above (no badge)."),
}

#: ``None``: the stance is not recorded
STANCE_MEANINGS: dict[Stance | None, str] = {
    Stance.CHAMPION: N_("Sells our case inside the customer, even when we are not "
                        "there."),
    Stance.SUPPORTER: N_("Favours us and speaks for us when asked."),
    Stance.NEUTRAL: N_("Neither for nor against us yet."),
    Stance.SKEPTIC: N_("Doubts us or our offer, but can be won over."),
    Stance.BLOCKER: N_("Works against us, or for a competitor."),
    None: N_("Not recorded yet: counts as neither a supporter nor an opponent."),
}

#: by level, 0 … 4 (the words are ``RELATIONSHIP_LABELS``)
STRENGTH_MEANINGS: dict[int, str] = {
    0: N_("No relationship, or none recorded (dashed border)."),
    1: N_("We have met; they know who we are."),
    2: N_("We work together regularly."),
    3: N_("They trust us and share what they know."),
    4: N_("They vouch for us and speak for us inside their company."),
}

#: the Cranfield ladder, as docs/stages.md words it
STAGE_MEANINGS: dict[RelationshipStage, str] = {
    RelationshipStage.EXPLORATORY: N_("We see potential and have made first contact; no "
                                      "business yet."),
    RelationshipStage.BASIC: N_("We trade: one buyer and one salesperson, a transactional "
                                "relationship."),
    RelationshipStage.COOPERATIVE: N_("Several contacts in several functions, regular "
                                      "contact and reviews; a preferred supplier."),
    RelationshipStage.INTERDEPENDENT: N_("Senior sponsors on both sides, many-to-many "
                                         "contacts, joint plans, strategic information "
                                         "shared."),
    RelationshipStage.INTEGRATED: N_("Joint teams, shared systems, value created "
                                     "together; every key person trusts us."),
    RelationshipStage.DISINTEGRATING: N_("The relationship is breaking down: not a step "
                                         "of the ladder, it can happen at any stage."),
}

#: every kind of finding: the map's (``analysis.KINDS``), then the account's
#: (``assessment.gaps.ACCOUNT_KINDS``), as docs/findings.md explains them
FINDING_MEANINGS: dict[str, str] = {
    "missing_role": N_("Nobody on the map is the economic buyer, a decision maker, or a "
                       "coach or champion: roles every deal needs."),
    "coverage_gap": N_("Someone with a large say (influence 4 or 5) barely knows us "
                       "(relationship 0 or 1)."),
    "blocker_risk": N_("An influential skeptic or blocker, with the supporters who can "
                       "reach them."),
    "single_threaded": N_("Our position rests on one person: most of our relationship "
                          "strength, or the only trusted relationship."),
    "hidden_influencer": N_("The influence lines show someone carrying far more weight "
                            "than their rating or position suggests."),
    "no_path_to_power": N_("Whether someone who trusts us can introduce us to the "
                           "economic buyer or a decision maker, and through whom."),
    "stale_contact": N_("A key person (influence 4 or 5) has not heard from us for more "
                        "than 90 days, or never."),
    "no_owner": N_("A key person has nobody on our account team who looks after the "
                   "relationship."),
    "unknown_owner": N_("A stakeholder's owner on our side is not a member of the "
                        "account team."),
    "stage_gap": N_("What stands between the recorded relationship stage and the target "
                    "stage, or evidence that does not support the recorded one."),
    "whitespace": N_("A cross-sell or upsell opportunity, or a competitor's foothold, in "
                     "the white-space grid; or cells not assessed yet."),
    "health_drop": N_("A churn warning: health below the threshold, or falling sharply."),
    "tier_mismatch": N_("The tier set by hand differs from the tier computed from current "
                        "and potential value."),
}


@dataclass(frozen=True)
class Entry:
    """One word of the glossary, in the language it was made in."""

    #: the section's key (see :data:`SECTIONS`)
    section: str
    #: the value explained: a vocabulary value, a level ("3"), a finding kind; "" for
    #: an unrecorded stance
    key: str
    #: the word as the app shows it ("Economic buyer", "3 Trusted", "Coverage gap")
    term: str
    #: the role's badge on a card ("EB"); "" outside roles and for "other"
    badge: str
    meaning: str


def section_title(section: str) -> str:
    """A section's heading in the current language."""
    return _(dict(SECTIONS)[section])


def entries() -> list[Entry]:
    """Every entry in the current language, section by section, each section in the
    order the app lists its values (roles and stances as the legend, levels 0 … 4,
    stages up the ladder, findings as ``gaps`` sorts kinds of equal severity)."""
    found = [Entry("role", role.value, label(role), role_badge(role), _(meaning))
             for role, meaning in ROLE_MEANINGS.items()]
    found += [Entry("stance", stance.value if stance else "",
                    label(stance) if stance else pgettext("stance", "Unknown"), "",
                    _(meaning))
              for stance, meaning in STANCE_MEANINGS.items()]
    found += [Entry("strength", str(level), f"{level} {RELATIONSHIP_LABELS[level]}", "",
                    _(meaning))
              for level, meaning in STRENGTH_MEANINGS.items()]
    found += [Entry("stage", stage.value, label(stage), "", _(meaning))
              for stage, meaning in STAGE_MEANINGS.items()]
    found += [Entry("finding", kind, kind_title(kind), "", _(meaning))
              for kind, meaning in FINDING_MEANINGS.items()]
    return found
