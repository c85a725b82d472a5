"""stakeholder history, stage evidence, selection, white space, settings

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_STANCES = ("champion", "supporter", "neutral", "skeptic", "blocker")
_EVIDENCE = (
    "basic.qualified_supplier", "cooperative.reviews_held", "cooperative.preferred_supplier",
    "interdependent.our_executive_sponsor", "interdependent.joint_plans",
    "interdependent.strategic_information", "integrated.joint_teams",
    "integrated.shared_systems", "integrated.joint_value",
)


def _stance(name: str) -> sa.Column:
    return sa.Column(name, sa.Enum(*_STANCES, name="stance", native_enum=False, length=32),
                     nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch_op:
        batch_op.add_column(sa.Column("selection", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("whitespace", sa.JSON(), nullable=True))

    op.create_table(
        "person_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=False),
        _stance("old_stance"),
        _stance("new_stance"),
        sa.Column("old_level", sa.Integer(), nullable=True),
        sa.Column("new_level", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("field IN ('stance', 'relationship')",
                           name=op.f("ck_person_changes_field_known")),
        sa.CheckConstraint("old_level BETWEEN 0 AND 4",
                           name=op.f("ck_person_changes_old_level_range")),
        sa.CheckConstraint("new_level BETWEEN 0 AND 4",
                           name=op.f("ck_person_changes_new_level_range")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_person_changes_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholders.id"],
                                name=op.f("fk_person_changes_stakeholder_id_stakeholders"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_changes")),
    )
    with op.batch_alter_table("person_changes") as batch_op:
        batch_op.create_index(batch_op.f("ix_person_changes_account_id"), ["account_id"])
        batch_op.create_index(batch_op.f("ix_person_changes_stakeholder_id"),
                              ["stakeholder_id"])

    op.create_table(
        "stage_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.Enum(*_EVIDENCE, name="evidence", native_enum=False,
                                       length=48), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_stage_evidence_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_evidence")),
        sa.UniqueConstraint("account_id", "criterion",
                            name="uq_stage_evidence_account_criterion"),
    )

    op.create_table(
        "settings",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_settings"),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("stage_evidence")
    with op.batch_alter_table("person_changes") as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_changes_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_person_changes_account_id"))
    op.drop_table("person_changes")
    with op.batch_alter_table("accounts") as batch_op:
        batch_op.drop_column("whitespace")
        batch_op.drop_column("selection")
