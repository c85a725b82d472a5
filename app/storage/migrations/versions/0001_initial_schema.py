"""initial schema: accounts, stakeholders, influences, stage history, interactions

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 01:20:55.766644
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Marks the file as Rapport's (checked before opening, see app.storage.database).
        op.execute("PRAGMA application_id = 1380012116")
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('tier', sa.Enum('strategic', 'key', 'growth', 'maintain', name='tier', native_enum=False, length=32), nullable=True),
    sa.Column('annual_revenue', sa.Float(), nullable=True),
    sa.Column('potential_revenue', sa.Float(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('lifecycle_stage', sa.Enum('prospect', 'new', 'repeat', 'loyal', 'at_risk', 'lost', name='lifecyclestage', native_enum=False, length=32), nullable=True),
    sa.Column('relationship_stage', sa.Enum('exploratory', 'basic', 'cooperative', 'interdependent', 'integrated', 'disintegrating', name='relationshipstage', native_enum=False, length=32), nullable=True),
    sa.Column('target_stage', sa.Enum('exploratory', 'basic', 'cooperative', 'interdependent', 'integrated', 'disintegrating', name='relationshipstage', native_enum=False, length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('key', name=op.f('uq_accounts_key'))
    )
    op.create_table('stage_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('stage', sa.Enum('exploratory', 'basic', 'cooperative', 'interdependent', 'integrated', 'disintegrating', name='relationshipstage', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_stage_changes_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_changes'))
    )
    with op.batch_alter_table('stage_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_changes_account_id'), ['account_id'], unique=False)

    op.create_table('stakeholders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('role', sa.Enum('economic_buyer', 'decision_maker', 'technical_buyer', 'user_buyer', 'influencer', 'coach', 'gatekeeper', 'other', name='buyingrole', native_enum=False, length=32), nullable=True),
    sa.Column('stance', sa.Enum('champion', 'supporter', 'neutral', 'skeptic', 'blocker', name='stance', native_enum=False, length=32), nullable=True),
    sa.Column('influence', sa.Integer(), nullable=True),
    sa.Column('relationship', sa.Integer(), nullable=True),
    sa.Column('reports_to_id', sa.Integer(), nullable=True),
    sa.Column('our_owner', sa.String(length=200), nullable=True),
    sa.Column('last_contact', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.CheckConstraint('influence BETWEEN 1 AND 5', name=op.f('ck_stakeholders_influence_range')),
    sa.CheckConstraint('relationship BETWEEN 0 AND 4', name=op.f('ck_stakeholders_relationship_range')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_stakeholders_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reports_to_id'], ['stakeholders.id'], name=op.f('fk_stakeholders_reports_to_id_stakeholders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholders')),
    sa.UniqueConstraint('account_id', 'key', name='uq_stakeholders_account_key')
    )
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholders_reports_to_id'), ['reports_to_id'], unique=False)

    op.create_table('influences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('formal', 'informal', 'conflict', name='influencekind', native_enum=False, length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint('strength BETWEEN 1 AND 3', name=op.f('ck_influences_strength_range')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_influences_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['stakeholders.id'], name=op.f('fk_influences_source_id_stakeholders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['stakeholders.id'], name=op.f('fk_influences_target_id_stakeholders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_influences'))
    )
    with op.batch_alter_table('influences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_influences_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_influences_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_influences_target_id'), ['target_id'], unique=False)

    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('stakeholder_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.Enum('meeting', 'call', 'email', 'event', 'other', name='channel', native_enum=False, length=32), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_interactions_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholders.id'], name=op.f('fk_interactions_stakeholder_id_stakeholders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interactions_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interactions_stakeholder_id'), ['stakeholder_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interactions_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_interactions_account_id'))

    op.drop_table('interactions')
    with op.batch_alter_table('influences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_influences_target_id'))
        batch_op.drop_index(batch_op.f('ix_influences_source_id'))
        batch_op.drop_index(batch_op.f('ix_influences_account_id'))

    op.drop_table('influences')
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholders_reports_to_id'))

    op.drop_table('stakeholders')
    with op.batch_alter_table('stage_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_changes_account_id'))

    op.drop_table('stage_changes')
    op.drop_table('accounts')
