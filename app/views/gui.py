"""Start the desktop app: QApplication, database, main window, crash handler."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.bootstrap import bootstrap
from app.errors import RapportError
from app.paths import resource_path

log = logging.getLogger("rapport")


def _install_crash_handler() -> None:
    """Log an unexpected error and tell the user instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unhandled error\n%s", text)
        box = QMessageBox(QMessageBox.Icon.Critical, "Rapport — unexpected error",
                          f"Something went wrong: {value}\n\nYour saved data is safe; the "
                          "last change may not have been saved.")
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def run_gui(db_target: str | None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("rapport.svg"))))
    from app.views.main_window import MainWindow

    try:
        # The integrity check reads the whole file in a thread while the window fills.
        services = bootstrap(db_target, writer=True, background_check=True)
    except RapportError as err:
        QMessageBox.critical(None, "Rapport cannot open the database", str(err))
        return 1
    if services.db.backup is not None:
        log.info("database upgraded; backup at %s", services.db.backup)
    try:
        try:
            window = MainWindow(services, QSettings(), restore=False)  # the list only
        except Exception:
            services.db.ensure_checked()  # a damaged file explains the failure best
            raise
        services.db.ensure_checked()
        window.restore_settings()  # selects the last account: reads its details
    except RapportError as err:
        services.close()
        QMessageBox.critical(None, "Rapport cannot open the database", str(err))
        return 1

    _install_crash_handler()
    window.show()
    if services.db.created and window.model.total_count() == 0:
        QTimer.singleShot(0, window.offer_demo)
    try:
        return app.exec()
    finally:
        services.close()
