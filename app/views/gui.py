"""Start the desktop app: QApplication, database, main window, crash handler."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.bootstrap import bootstrap
from app.errors import RapportError
from app.paths import resource_path

log = logging.getLogger("rapport")


def _install_crash_handler(folder: Path) -> None:
    """Log an unexpected error and tell the user instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unhandled error\n%s", text)
        box = QMessageBox(QMessageBox.Icon.Critical, "Rapport — unexpected error",
                          f"Something went wrong: {value}\n\nYour saved data is safe; the "
                          "last change may not have been saved. Details are in the log "
                          f"folder {folder}.")
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def _setup_logging() -> Path:
    """Warnings on stderr; everything from INFO up in a rotating log file."""
    folder = Path(user_log_dir("Rapport", appauthor=False))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "rapport.log", maxBytes=1_000_000,
                                      backupCount=3, encoding="utf-8")
    except OSError:
        return folder
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder


def run_gui(db_target: str | None) -> int:
    log_folder = _setup_logging()
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

    _install_crash_handler(log_folder)
    window.show()
    if services.db.created and window.model.total_count() == 0:
        QTimer.singleShot(0, window.offer_demo)
    try:
        return app.exec()
    finally:
        services.close()
