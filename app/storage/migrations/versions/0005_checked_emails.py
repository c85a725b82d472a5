"""team e-mail addresses are checked from now on: an address stored before that does
not pass is moved into the member's notes, so that the account still opens and
nothing typed is lost

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NOTE = "E-mail as entered before Rapport checked addresses: "


def _valid(value: str) -> bool:
    """The rule of ``app.models.account._email`` at the time of this migration."""
    local, at, domain = value.partition("@")
    return bool(at and local and "." in domain.strip(".") and " " not in value.strip())


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, email, notes FROM team_members WHERE email IS NOT NULL")).all()
    for member_id, email, notes in rows:
        if _valid(email):
            continue
        kept = f"{notes}\n{NOTE}{email}" if notes else f"{NOTE}{email}"
        conn.execute(sa.text("UPDATE team_members SET email = NULL, notes = :notes "
                             "WHERE id = :id"), {"notes": kept, "id": member_id})


def downgrade() -> None:
    """Nothing to undo: the addresses moved into the notes are readable there."""
