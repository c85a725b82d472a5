"""card positions on the stakeholder map

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stakeholders") as batch_op:
        batch_op.add_column(sa.Column("map_x", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("map_y", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stakeholders") as batch_op:
        batch_op.drop_column("map_y")
        batch_op.drop_column("map_x")
