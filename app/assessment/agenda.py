"""What is due on an account: reviews coming up and actions due or overdue.

The portfolio overview lists these across every account, so that a manager sees
on Monday morning which reviews to prepare and which promises slipped, without
opening each account's plan. The plan tab colours overdue actions with the same
rule (:func:`is_overdue`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.assessment.wording import listing
from app.i18n import _
from app.models.account import AccountFile, ActionRecord
from app.models.enums import ActionStatus

#: reviews planned up to this many days ahead are listed
REVIEW_HORIZON_DAYS = 30
#: open actions due up to this many days ahead are listed (overdue ones always)
ACTION_HORIZON_DAYS = 7
CLOSED_ACTIONS = frozenset({ActionStatus.DONE, ActionStatus.CANCELLED})


class AgendaKind(StrEnum):
    REVIEW = "review"
    ACTION = "action"


@dataclass(frozen=True)
class AgendaItem:
    """One review or action that needs the manager's attention."""

    kind: AgendaKind
    #: the review's or action's id in the account's plan
    id: str
    date: dt.date
    title: str
    #: team member names (an action's owner, a review's attendees from our side)
    who: str
    #: a review still not marked held after its date, an open action past its due date
    overdue: bool


def is_open(action: ActionRecord) -> bool:
    """Open or in progress; an action without a status counts as open."""
    return action.status not in CLOSED_ACTIONS


def is_overdue(action: ActionRecord, today: dt.date) -> bool:
    return is_open(action) and action.due is not None and action.due < today


def agenda(doc: AccountFile, today: dt.date) -> tuple[AgendaItem, ...]:
    """Reviews not yet held up to :data:`REVIEW_HORIZON_DAYS` ahead (earlier ones are
    overdue: held but not marked, or missed) and open actions due up to
    :data:`ACTION_HORIZON_DAYS` ahead, earliest first."""
    members = {m.id: m.name for m in doc.team}
    review_end = today + dt.timedelta(days=REVIEW_HORIZON_DAYS)
    action_end = today + dt.timedelta(days=ACTION_HORIZON_DAYS)
    items: list[AgendaItem] = []
    for review in doc.reviews:
        if not review.held and review.date <= review_end:
            items.append(AgendaItem(
                AgendaKind.REVIEW, review.id, review.date, review.title or _("Account review"),
                listing([members.get(i, i) for i in review.our_attendees]),
                review.date < today))
    for action in doc.actions:
        if is_open(action) and action.due is not None and action.due <= action_end:
            items.append(AgendaItem(
                AgendaKind.ACTION, action.id, action.due, action.title,
                members.get(action.owner, action.owner) if action.owner else "",
                action.due < today))
    items.sort(key=lambda i: (i.date, i.kind != AgendaKind.REVIEW, i.title.casefold(), i.id))
    return tuple(items)
