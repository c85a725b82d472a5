"""a team's server: on PostgreSQL the documents become ``jsonb`` and every write of an
account notifies the channel ``rapport_accounts`` (key, version, who, how), so open
apps refresh within a moment; on SQLite nothing changes (apps there poll)

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: frozen copy of app.storage.server.CHANNEL at this revision
CHANNEL = "rapport_accounts"

NOTIFY = f"""
CREATE OR REPLACE FUNCTION rapport_account_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'key', OLD.key, 'version', OLD.version,
            'by', coalesce(nullif(current_setting('rapport.user', true), ''), OLD.saved_by),
            'origin', OLD.origin, 'deleted', true)::text);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'key', NEW.key, 'version', NEW.version, 'by', NEW.saved_by,
        'origin', NEW.origin, 'deleted', false)::text);
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE accounts ALTER COLUMN document TYPE jsonb USING document::jsonb")
    op.execute(NOTIFY)
    op.execute("CREATE TRIGGER accounts_changed AFTER INSERT OR UPDATE OR DELETE ON accounts "
               "FOR EACH ROW EXECUTE FUNCTION rapport_account_changed()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS accounts_changed ON accounts")
    op.execute("DROP FUNCTION IF EXISTS rapport_account_changed()")
    op.execute("ALTER TABLE accounts ALTER COLUMN document TYPE text USING document::text")
