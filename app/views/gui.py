"""Start the desktop app: QApplication, main window, database, crash handler.

The window shows first and the database opens behind it (issue 13): a thread imports
SQLAlchemy, pydantic and the services and opens the file (the slow part of a start,
~0.5 s) while the window, already on screen, says so; then the window fills itself
(``MainWindow.load``). A database that cannot be opened is said in a message, the window
goes and the app ends with status 1, as when nothing was shown.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.errors import RapportError
from app.paths import resource_path

if TYPE_CHECKING:
    from app.bootstrap import Services

log = logging.getLogger("rapport")


def _install_crash_handler(folder: Path) -> None:
    """Log an unexpected error and tell the user instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unhandled error\n%s", text)
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("Gui", "Rapport — unexpected error"),
                          QCoreApplication.translate(
                              "Gui", "Something went wrong: {problem}\n\nYour saved data is "
                              "safe; the last change may not have been saved. Details are in "
                              "the log folder {folder}.").format(problem=value, folder=folder))
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


class Opening(QObject):
    """Opens the database in a thread; ``opened`` once it is open, ``checked`` once its
    integrity check passed too, ``failed`` instead if either fails. The signals reach
    the GUI thread through its event loop, in that order."""

    opened = Signal(object)  # Services
    checked = Signal()
    failed = Signal(object)  # the exception

    def __init__(self, target: str | None) -> None:
        super().__init__()
        self.target = target
        self.services: Services | None = None  # once open; closed by whoever ends the app
        self._thread = threading.Thread(target=self._run, name="rapport-open", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self) -> None:
        self._thread.join()

    def _run(self) -> None:
        try:
            from app.bootstrap import bootstrap  # SQLAlchemy, pydantic, the services

            # The integrity check reads the whole file in a thread of its own while the
            # window fills.
            services = bootstrap(self.target, writer=True, background_check=True)
        except BaseException as err:  # a RapportError to show, or a bug to report
            self.failed.emit(err)
            return
        self.services = services
        self.opened.emit(services)
        try:
            services.db.ensure_checked()
        except BaseException as err:
            self.failed.emit(err)
            return
        self.checked.emit()


def run_gui(db_target: str | None, lang: str | None = None) -> int:
    """The app; ``lang``: a --lang given on the command line, over the preference."""
    log_folder = _setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("rapport.svg"))))
    from app.bootstrap import database_name
    from app.views import i18n as languages

    settings = QSettings()
    languages.install(app, lang or languages.chosen_language(settings))
    if os.environ.get("RAPPORT_PSEUDO"):  # every string 40 % longer: a layout check
        from app.views.pseudo import install_pseudo

        install_pseudo(app)
    from app.views.connect_dialog import startup_target
    from app.views.main_window import MainWindow

    explicit = db_target
    db_target = startup_target(db_target, settings)  # the team server connected to last
    window = MainWindow(None, settings, database=database_name(db_target), live=True)
    opening = Opening(db_target)
    #: how the start ended: [] while it runs, [0] done, [1] a message was shown
    outcome: list[int] = []
    loaded: list[bool] = []  # the window was filled
    crash: list[BaseException] = []

    def give_up(err: BaseException) -> None:
        """The database cannot be used: say why, over the window, then close it without
        saving its settings; closing the last window ends the app."""
        if outcome:
            return
        outcome.append(1)
        window.portfolio.stop()  # its thread may read the database
        if opening.services is not None:
            opening.services.close()
            opening.services = None
        if isinstance(err, RapportError) and db_target and not explicit \
                and not os.environ.get("RAPPORT_DB"):
            # the team server remembered from last time: offer the way back
            if offer_local_database(settings, str(err)):
                window.restart_requested = window.restart_switch = True
        elif isinstance(err, RapportError):
            QMessageBox.critical(None, QCoreApplication.translate(
                "Gui", "Rapport cannot open the database"), str(err))
        else:  # a bug: raised as before, once the event loop has ended
            crash.append(err)
        window.abandon()

    def opened(services: Services) -> None:
        if not window.isVisible():  # closed meanwhile: the app is ending
            return
        if services.db.backup is not None:
            log.info("database upgraded; backup at %s", services.db.backup)
        try:
            window.load(services, restore=False)  # the list only
            loaded.append(True)
        except Exception as err:
            try:
                services.db.ensure_checked()  # a damaged file explains the failure best
            except RapportError as damaged:
                give_up(damaged)
                return
            give_up(err)

    def checked() -> None:
        if outcome or not window.isVisible() or not loaded:
            return
        assert opening.services is not None
        try:
            window.restore_settings()  # selects the last account: reads its details
        except RapportError as err:
            give_up(err)
            return
        outcome.append(0)
        if opening.services.db.created and window.model.total_count() == 0:
            QTimer.singleShot(0, window.offer_demo)

    opening.opened.connect(opened)
    opening.checked.connect(checked)
    opening.failed.connect(give_up)
    _install_crash_handler(log_folder)
    window.show()
    opening.start()
    try:
        status = app.exec()
    finally:
        # its threads (scoring, movers, change notices) end before the application does,
        # also when the loop ended without the window closing
        window.stop_threads()
        opening.join()
        if opening.services is not None:
            opening.services.close()
    if crash:
        raise crash[0]
    if window.restart_requested:  # Preferences › Restart now: the database is closed
        start_again(window.restart_switch, window.restart_env)
        if outcome and outcome[0] == 1 and window.restart_switch:
            return 0  # going back to the local database is not a failure
    return 1 if outcome and outcome[0] == 1 else status


def offer_local_database(settings: QSettings, problem: str) -> bool:
    """The team server of the last session cannot be opened: say why and offer the
    local database (the server is then forgotten). True to start again on it."""
    from app.views.connect_dialog import SERVER_SETTING

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "Gui", "Rapport cannot open the database"), problem)
    box.setInformativeText(QCoreApplication.translate(
        "Gui", "This is the team server Rapport used last time. Start on the local "
        "database instead? (File › Connect to a team server… connects again.)"))
    local = box.addButton(QCoreApplication.translate("Gui", "Use the &local database"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not local:
        return False
    settings.remove(SERVER_SETTING)
    settings.sync()
    return True


def start_again(switch: bool, env: dict[str, str]) -> bool:
    """Start the app again as it was started; ``switch``: on the database the settings
    name (no --db, no $RAPPORT_DB); ``env``: variables for it alone (a password typed
    for this session, handed over as libpq's PGPASSWORD, never written anywhere)."""
    from PySide6.QtCore import QProcessEnvironment

    program, arguments = restart_command(sys.argv, keep_db=not switch)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    if switch:
        environment.remove("RAPPORT_DB")
    for name, value in env.items():
        environment.insert(name, value)
    process.setProcessEnvironment(environment)
    started, _pid = process.startDetached()
    if not started:
        log.warning("could not start Rapport again: %s %s", program, arguments)
    return bool(started)


def restart_command(argv: list[str], *, keep_db: bool = True) -> tuple[str, list[str]]:
    """How to start the app again as it was started (``argv``), without a ``--lang``
    (the language just chosen in Preferences is then the one used), and without a
    ``--db`` unless ``keep_db`` (a database chosen in File › Connect to a team server…
    is then the one used)."""
    arguments: list[str] = []
    dropped = ("--lang",) if keep_db else ("--lang", "--db")
    rest = iter(argv[1:])
    for arg in rest:
        if arg in dropped:
            next(rest, None)
        elif not arg.startswith(tuple(f"{option}=" for option in dropped)):
            arguments.append(arg)
    script = Path(argv[0]) if argv and argv[0] else None
    if script is not None and script.suffix == ".py" and script.exists():  # main.py
        return sys.executable, [str(script.resolve()), *arguments]
    if script is not None:  # an installed entry point ("rapport") runs itself
        found = str(script.resolve()) if script.is_file() else shutil.which(str(script))
        if found:
            return found, arguments
    return sys.executable, ["-c", "import sys; from app.cli import main; sys.exit(main())",
                            *arguments]

