"""account plan: team, insights, objectives, milestones, revenue plan, risks, actions,
reviews, KPIs; interaction participants

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _vocabulary(column: str, name: str, *values: str, nullable: bool = True) -> sa.Column:
    """An enum stored as VARCHAR(32) by its values, as ``app.models.orm.vocabulary``."""
    return sa.Column(column, sa.Enum(*values, name=name, native_enum=False, length=32),
                     nullable=nullable)


def _owned(table: str) -> list[sa.schema.SchemaItem]:
    """The columns and constraints every keyed plan table shares."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f(f"fk_{table}_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("account_id", "key", name=f"uq_{table}_account_key"),
    ]


def _reference(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete="SET NULL")


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column])


def upgrade() -> None:
    with op.batch_alter_table("interactions") as batch_op:
        batch_op.add_column(sa.Column("participants", sa.JSON(), nullable=True))

    op.create_table(
        "team_members",
        *_owned("team_members"),
        sa.Column("name", sa.String(length=200), nullable=False),
        _vocabulary("role", "teamrole", "account_lead", "executive_sponsor", "technical_lead",
                    "delivery", "support", "other"),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
    )

    op.create_table(
        "insights",
        *_owned("insights"),
        _vocabulary("kind", "insightkind", "goal", "pressure", "initiative", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("value_proposition", sa.Text(), nullable=True),
    )

    op.create_table(
        "objectives",
        *_owned("objectives"),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("measure", sa.String(length=200), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        _vocabulary("status", "objectivestatus", "planned", "on_track", "at_risk", "achieved",
                    "dropped"),
        sa.Column("notes", sa.Text(), nullable=True),
        _reference("objectives", "owner_id", "team_members"),
    )
    _indexes("objectives", "owner_id")

    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["objective_id"], ["objectives.id"],
                                name=op.f("fk_milestones_objective_id_objectives"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
    )
    _indexes("milestones", "objective_id")

    op.create_table(
        "revenue_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("planned", sa.Float(), nullable=True),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.CheckConstraint("year BETWEEN 1990 AND 2200",
                           name=op.f("ck_revenue_plan_year_range")),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4",
                           name=op.f("ck_revenue_plan_quarter_range")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_revenue_plan_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenue_plan")),
        sa.UniqueConstraint("account_id", "year", "quarter",
                            name="uq_revenue_plan_account_quarter"),
    )

    op.create_table(
        "risks",
        *_owned("risks"),
        sa.Column("title", sa.String(length=200), nullable=False),
        _vocabulary("category", "riskcategory", "financial", "competitive", "relationship",
                    "delivery", "compliance", "security"),
        sa.Column("likelihood", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column("mitigation", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        _vocabulary("escalation", "escalation", "none", "account_team", "management",
                    "executive"),
        _vocabulary("status", "riskstatus", "open", "mitigating", "closed"),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint("likelihood BETWEEN 1 AND 5",
                           name=op.f("ck_risks_likelihood_range")),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name=op.f("ck_risks_impact_range")),
        _reference("risks", "owner_id", "team_members"),
    )
    _indexes("risks", "owner_id")

    op.create_table(
        "actions",
        *_owned("actions"),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        _vocabulary("status", "actionstatus", "open", "in_progress", "done", "cancelled"),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("risk_id", sa.Integer(), nullable=True),
        sa.Column("stakeholder_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        _reference("actions", "owner_id", "team_members"),
        _reference("actions", "objective_id", "objectives"),
        _reference("actions", "risk_id", "risks"),
        _reference("actions", "stakeholder_id", "stakeholders"),
    )
    _indexes("actions", "owner_id", "objective_id", "risk_id", "stakeholder_id")

    op.create_table(
        "reviews",
        *_owned("reviews"),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=True),
        sa.Column("our_attendees", sa.JSON(), nullable=False),
        sa.Column("their_attendees", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("decisions", sa.Text(), nullable=True),
        sa.Column("follow_ups", sa.JSON(), nullable=False),
    )

    op.create_table(
        "kpis",
        *_owned("kpis"),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("higher_is_better", sa.Boolean(), nullable=False),
    )

    op.create_table(
        "kpi_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpis.id"], name=op.f("fk_kpi_values_kpi_id_kpis"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_values")),
        sa.UniqueConstraint("kpi_id", "date", name="uq_kpi_values_kpi_date"),
    )


def downgrade() -> None:
    op.drop_table("kpi_values")
    op.drop_table("kpis")
    op.drop_table("reviews")
    with op.batch_alter_table("actions") as batch_op:
        for column in ("stakeholder_id", "risk_id", "objective_id", "owner_id"):
            batch_op.drop_index(batch_op.f(f"ix_actions_{column}"))
    op.drop_table("actions")
    with op.batch_alter_table("risks") as batch_op:
        batch_op.drop_index(batch_op.f("ix_risks_owner_id"))
    op.drop_table("risks")
    op.drop_table("revenue_plan")
    with op.batch_alter_table("milestones") as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestones_objective_id"))
    op.drop_table("milestones")
    with op.batch_alter_table("objectives") as batch_op:
        batch_op.drop_index(batch_op.f("ix_objectives_owner_id"))
    op.drop_table("objectives")
    op.drop_table("insights")
    op.drop_table("team_members")
    with op.batch_alter_table("interactions") as batch_op:
        batch_op.drop_column("participants")
