"""The service layer: the only way views and the CLI change data.

``AccountService`` and its types are imported on first use (PEP 562): importing one
service module (``app.services.calendar`` …) does not load SQLAlchemy with the accounts.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.accounts import AccountService, AccountSummary, ImportResult

__all__ = ["AccountService", "AccountSummary", "ImportResult"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from app.services import accounts

        return getattr(accounts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
