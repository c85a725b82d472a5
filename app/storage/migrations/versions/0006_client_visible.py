"""plan entries reach the client edition only when marked shared: a
``client_visible`` flag on every plan entry the customer could see, false for
everything stored before (nothing becomes shared by the upgrade)

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("team_members", "insights", "objectives", "revenue_plan", "risks", "actions",
          "reviews", "kpis")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("client_visible", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    # white-space cells live in the account's JSON document: absent there means false


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("client_visible")
