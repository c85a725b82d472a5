"""Command line: ``python main.py [--db PATH] [COMMAND]`` (import, import-contacts,
export, history, list, demo, gaps, map, pdf, backup, restore).

Without a sub-command the desktop app starts. Exit status: 0 success,
1 a user error (one message on stderr, no traceback), 2 bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import sys
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app import __version__
from app.errors import NotFound, RapportError, shown
from app.models.enums import label

if TYPE_CHECKING:  # each command imports what it needs: --help and list stay light
    from app.bootstrap import Services
    from app.models.account import AccountFile
    from app.services.accounts import ImportResult
    from app.services.contacts import ImportResult as ContactsImported


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _table(rows: list[list[str]]) -> str:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


class Listed(Protocol):
    """An account list row: an AccountSummary, or a ListRow of the sqlite3-only path."""

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def tier(self) -> str | None: ...
    @property
    def relationship_stage(self) -> str | None: ...
    @property
    def stakeholder_count(self) -> int: ...


def print_list(summaries: Sequence[Listed]) -> None:
    if not summaries:
        print("No accounts yet. Add some with 'import' or 'demo'.")
        return
    rows = [["ID", "NAME", "TIER", "STAGE", "STAKEHOLDERS"]]
    for s in sorted(summaries, key=lambda s: s.name.casefold()):
        rows.append([s.key, s.name, label(s.tier), label(s.relationship_stage),
                     str(s.stakeholder_count)])
    print(_table(rows))


def cmd_list(services: Services, _args: argparse.Namespace) -> None:
    print_list(services.accounts.list_summaries())


def quick_list(db: str | None) -> bool:
    """``list`` read with sqlite3 alone (app.storage.quick) when the database is a file
    at the current schema; False when the full path must run."""
    from app.storage.database import resolve_target
    from app.storage.quick import list_rows

    rows = list_rows(resolve_target(db))
    if rows is None:
        return False
    print_list(rows)
    return True


def _report(results: list[ImportResult]) -> None:
    for r in results:
        verb = "replaced" if r.replaced else "created"
        # the key and name come from a file: escape sequences are shown, not obeyed
        print(f"{verb} {shown(r.key)}: {shown(r.name)} ({r.stakeholders} stakeholders)")


def cmd_import(services: Services, args: argparse.Namespace) -> None:
    docs = services.accounts.read_files(args.files)
    if args.replace:  # what is replaced can be restored (backups/ beside the database)
        services.backups.before_replacing(d.account.id for d in docs)
    _report(services.accounts.import_documents(docs, replace=args.replace))


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    key = services.accounts.find(args.account)
    if args.rescue:
        from app.services.rescue import export_rescued

        result, report = export_rescued(services.accounts.database, key, args.json)
        print(f"rescued {shown(key)}: {shown(result.doc.account.name)} to "
              f"{shown(str(args.json))}; {len(result.repairs)} damaged "
              f"{'place' if len(result.repairs) == 1 else 'places'} reported in "
              f"{shown(str(report))}")
        return
    which = f" (version {args.version})" if args.version is not None else ""
    if args.json is not None:
        doc = services.accounts.export(key, args.json, version=args.version)
        print(f"exported {shown(key)}{which}: {shown(doc.account.name)} to "
              f"{shown(str(args.json))}")
        return
    _export_spreadsheet(services, key, args, which)


def _export_spreadsheet(services: Services, key: str, args: argparse.Namespace,
                        which: str) -> None:
    """``export --xlsx`` (people, actions, risks, interactions) or ``--csv`` (people)."""
    from app.atomic import check_target
    from app.fileformat.spreadsheet import write_people_csv, write_workbook

    out: Path = args.xlsx if args.xlsx is not None else args.csv
    check_target(out)  # a FIFO or a read-only file is refused before the account is read
    doc = (services.accounts.snapshot(key) if args.version is None
           else services.accounts.version(key, args.version))
    written = (write_workbook if args.xlsx is not None else write_people_csv)(doc, out)
    what = ", ".join(_counted(n, title) for title, n in written.rows.items())
    print(f"exported {shown(key)}{which}: {shown(doc.account.name)} to "
          f"{shown(str(out))} ({what})")
    if written.replaced:
        print(f"rapport: warning: {_counted(written.replaced, 'cell')} held characters a "
              "spreadsheet cannot (control characters); each is written as U+FFFD, the "
              "replacement character", file=sys.stderr)
    if written.cut:
        print(f"rapport: warning: {_counted(written.cut, 'cell')} held more than an Excel "
              "cell does (32,767 characters) and "
              f"{'was' if written.cut == 1 else 'were'} cut; --json keeps every text whole",
              file=sys.stderr)


#: singular of the sheets' and warnings' nouns
_ONE = {"People": "person", "Actions": "action", "Risks": "risk",
        "Interactions": "interaction", "cell": "cell"}
_MANY = {"People": "people", "Actions": "actions", "Risks": "risks",
         "Interactions": "interactions", "cell": "cells"}


def _counted(n: int, noun: str) -> str:
    return f"{n:,} {_ONE[noun] if n == 1 else _MANY[noun]}"


def _history_key(services: Services, ident: str) -> str:
    """An account's id: of a stored account (id or name), or one only in the history."""
    try:
        return services.accounts.find(ident)
    except NotFound:
        return ident  # a deleted account's history is kept under its id


def cmd_import_contacts(services: Services, args: argparse.Namespace) -> None:
    """People from a contact file into an account: the wizard's rules, one save."""
    from app.contacts import layout, open_source, plan_import
    from app.services.contacts import apply_import, placed

    key = services.accounts.find(args.account)  # before the file is read: a typo is quick
    table = open_source(args.file, args.encoding)
    view = layout(table, preset=args.preset, mapping=args.mapping,
                  header_row=args.header_row)
    today = dt.date.today()

    def imported(doc: AccountFile) -> ContactsImported:
        return apply_import(plan_import(doc, view, region=args.region), today=today)

    name = shown(args.file.name)
    base = services.accounts.snapshot(key)
    first = imported(base)
    done: list[ContactsImported] = [first]
    if first.changed and not args.dry_run:
        def change(doc: AccountFile) -> AccountFile:
            # planned again on the stored account if someone saved it meanwhile
            done[0] = first if doc is base or doc == base else imported(doc)
            return placed(done[0])

        services.accounts.edit(key, change, f"contacts imported from {args.file.name}"[:200])
    lines = done[0].summary.lines()
    if args.dry_run:
        print(f"dry run: nothing saved; importing {name} into {shown(key)} would give:")
    elif not first.changed:
        print(f"nothing to import from {name}: {shown(key)} has everyone as in the file")
    else:
        print(f"imported {name} into {shown(key)}:")
    print("\n".join(lines))


def cmd_history(services: Services, args: argparse.Namespace) -> None:
    key = _history_key(services, args.account)
    rows = [["VERSION", "SAVED AT", "SAVED BY", "WHAT CHANGED"]]
    for info in services.accounts.history(key):
        changes = list(info.changes) or [info.origin]
        what = changes[-1] if len(changes) == 1 else (
            f"{changes[-1]} (and {len(changes) - 1} earlier changes that day)")
        rows.append([f"{info.version}{' (current)' if info.current else ''}",
                     info.saved_at.strftime("%Y-%m-%d %H:%M"), shown(info.saved_by),
                     shown(what)])
    print(_table(rows))


def cmd_demo(services: Services, args: argparse.Namespace) -> None:
    from app.services.demo import demo_documents

    docs = demo_documents()
    if args.replace:
        services.backups.before_replacing(d.account.id for d in docs)
    _report(services.accounts.import_documents(docs, replace=args.replace))


def cmd_backup(services: Services, args: argparse.Namespace) -> None:
    if args.list:
        found = services.backups.list()
        if not found:
            print(f"No backups yet in {services.backups.folder}.")
        for b in found:
            print(f"{b.taken:%Y-%m-%d %H:%M:%S}  {b.kind:<14}  {b.size:>10,} B  {b.path}")
        return
    path = services.backups.back_up_now()
    accounts = services.backups.contents(path).accounts
    print(f"backed up {len(accounts)} accounts to {path}")


def cmd_restore(services: Services, args: argparse.Namespace) -> None:
    contents = services.backups.contents(args.backup, quick_check=True)
    before = services.backups.restore(args.backup)
    print(f"restored {len(contents.accounts)} accounts from {args.backup}; "
          f"the state before is backed up in {before}")


def cmd_gaps(services: Services, args: argparse.Namespace) -> None:
    from app.assessment.gaps import all_findings

    key = services.accounts.find(args.account)
    findings = all_findings(services.accounts.snapshot(key), dt.date.today(),
                            services.settings.scoring())
    if args.format == "json":
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
        return
    if not findings:
        print("No gaps found.")
    for f in findings:
        print(f"[{f.severity.upper():6}] {f.kind}: {f.message}")


def cmd_map(services: Services, args: argparse.Namespace) -> None:
    # Drawn by the same Qt scene as the app, on the offscreen platform: no display needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.views.map.export import export_map
    from app.views.map.scene import MapScene

    key = services.accounts.find(args.account)
    app = QApplication.instance() or QApplication(["rapport"])
    scene = MapScene()
    scene.set_document(services.accounts.snapshot(key))
    export_map(scene, args.out, legend=not args.no_legend)
    print(f"wrote {args.out} ({len(scene.cards)} stakeholders)")
    del app


def cmd_pdf(services: Services, args: argparse.Namespace) -> None:
    from app.services.reports import export_pdf

    key = services.accounts.find(args.account)
    sections = None if args.sections is None else [
        s.strip() for s in args.sections.split(",") if s.strip()]
    if sections == []:
        raise RapportError("--sections names no section; leave it out for all of them.")
    if args.preview:
        _print_preview(services, key, args.edition, sections)
        return
    if args.out is None:
        raise RapportError("--out FILE.pdf is needed (or --preview, with --edition client, "
                           "to see what the customer would get).")
    result = export_pdf(services, key, args.edition, args.out, sections=sections,
                        allow_flagged=args.allow_flagged)
    print(f"wrote {result.path} ({result.pages} pages, {result.edition} edition of "
          f"{result.account})")
    if result.missing:
        print("rapport: warning: the PDF fonts have no glyphs for "
              + " ".join(result.missing) + "; they print as blanks", file=sys.stderr)


def _terminal(text: str) -> str:
    """User text for a terminal: control characters (an escape sequence could clear the
    screen or fake a line) are shown as escapes, not obeyed."""
    return "".join(c if unicodedata.category(c) not in ("Cc", "Cf") or c == "\u200d"
                   else repr(c)[1:-1] for c in text)


def _print_preview(services: Services, key: str, edition: str,
                   sections: list[str] | None) -> None:
    """What the client edition of ``key`` holds, section by section; writes nothing."""
    from app.reports import SECTION_KEYS
    from app.reports.editions import client_preview

    if edition != "client":
        raise RapportError("--preview lists what the client edition shows the customer; "
                           "use it with --edition client.")
    unknown = sorted(set(sections or ()) - set(SECTION_KEYS))
    if unknown:
        raise RapportError("Unknown section(s): " + ", ".join(unknown) + "; known: "
                           + ", ".join(SECTION_KEYS) + ".")
    doc = services.accounts.snapshot(key)
    preview = client_preview(doc, None if sections is None else frozenset(sections))
    print(f"The client edition of {_terminal(doc.account.name)} would show:")
    for section in preview:
        if section.empty:
            why = (f"nothing shared ({section.held_back} recorded)" if section.held_back
                   else "nothing recorded")
            print(f"\n{section.title}: left out, {why}")
            continue
        held = f", {section.held_back} not shared" if section.held_back else ""
        print(f"\n{section.title}" + (f" ({len(section.items)}{held})" if section.counted
                                       else ""))
        for item in section.items:
            print(f"  - {_terminal(item)}")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH|URL", default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $RAPPORT_DB, else the user data dir)",
    )
    parser = argparse.ArgumentParser(
        prog="rapport", parents=[common],
        description="Rapport: key accounts, stakeholder maps and account plans. "
                    "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument("--lang", metavar="LANG", choices=("en", "zh_CN", "ru"),
                        help="language of the app and of messages: en, zh_CN or ru "
                             "(default: $RAPPORT_LANG, else the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", parents=[common], help="import account files (JSON)",
                       description="Import account files. All files are checked first; if any "
                                   "is invalid nothing is imported.")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.json")
    p.add_argument("--replace", action="store_true",
                   help="replace accounts that already exist with the same id")
    p.set_defaults(func=cmd_import, writer=True)

    p = sub.add_parser("export", parents=[common],
                       help="export one account (JSON) or its people (Excel, CSV)",
                       description="Export an account (by id or exact name) to an account "
                                   "file (--json), or its people to a spreadsheet: an Excel "
                                   "workbook with the plan's actions, risks and interactions "
                                   "as further sheets (--xlsx), or CSV in UTF-8 with a BOM "
                                   "(--csv). Texts that look like formulas stay text.")
    p.add_argument("account", metavar="ACCOUNT", help="account id or exact name")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", type=Path, metavar="OUT.json",
                     help="the account file to write (everything, to import again)")
    out.add_argument("--xlsx", type=Path, metavar="OUT.xlsx",
                     help="an Excel workbook: sheets People, Actions, Risks, Interactions")
    out.add_argument("--csv", type=Path, metavar="OUT.csv",
                     help="the people as CSV (UTF-8 with BOM, for Excel in any language)")
    p.add_argument("--version", type=int, metavar="N",
                   help="an earlier version (see the history command)")
    p.add_argument("--rescue", action="store_true",
                   help="with --json, for a damaged account: write what can be read, and "
                        "beside it OUT.json.rescue.txt listing what could not")
    p.set_defaults(func=cmd_export, writer=False, usage=p)

    p = sub.add_parser(
        "import-contacts", parents=[common],
        help="add or update an account's people from a CRM export, spreadsheet or vCards",
        description="Read a contact file (CSV or text, Excel .xlsx, vCard .vcf; the "
                    "encoding is detected), match its columns to fields by their names "
                    "(English, Russian, Chinese) or a CRM preset, and add the people to the "
                    "account: people already there (same e-mail or phone, or a near-"
                    "identical name) are updated, reporting lines come from the manager "
                    "column, and rows that cannot be imported are listed with the reason. "
                    "See docs/contacts.md.")
    p.add_argument("account", metavar="ACCOUNT", help="account id or exact name")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--preset", metavar="NAME",
                   help="the CRM that exported the file: salesforce, hubspot, dynamics, "
                        "bitrix24, amocrm, or generic for none (default: recognised)")
    p.add_argument("--encoding", metavar="ENC",
                   help="the file's text encoding, e.g. utf-8, gb18030, cp1251 "
                        "(default: detected)")
    p.add_argument("--mapping", metavar="JSON",
                   help='corrections to the column mapping, e.g. '
                        '\'{"Компания": "department", "Комментарий": null}\'')
    p.add_argument("--header-row", type=int, metavar="N",
                   help="the row that names the columns (0: the file has none; default: "
                        "found)")
    p.add_argument("--region", metavar="CC",
                   help="where phone numbers without a country code are from (ISO code "
                        "such as CN or RU; default: from the file and the account)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would happen and save nothing")
    p.set_defaults(func=cmd_import_contacts, writer=True)

    p = sub.add_parser("history", parents=[common], help="an account's kept versions",
                       description="Every kept version of an account (every import and the "
                                   "last version of each day it was edited): version, when, "
                                   "by whom, and what changed. Export one with "
                                   "export --version N.")
    p.add_argument("account", metavar="ACCOUNT", help="account id or exact name")
    p.set_defaults(func=cmd_history, writer=False)

    p = sub.add_parser("list", parents=[common], help="list accounts",
                       description="One line per account: id, name, tier, stage, stakeholders.")
    p.set_defaults(func=cmd_list, writer=False)

    p = sub.add_parser("gaps", parents=[common], help="what the account analysis finds",
                       description="Findings for one account, most severe first: missing "
                                   "roles, coverage gaps, blockers, single-threaded "
                                   "relationships, hidden influencers, paths to power, "
                                   "stale contacts (the stakeholder map), and stage gaps, "
                                   "white space, health drops and tier mismatches.")
    p.add_argument("account", metavar="ACCOUNT", help="account id or exact name")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_gaps, writer=False)

    p = sub.add_parser("map", parents=[common], help="export the stakeholder map as an image",
                       description="Draw an account's stakeholder map to a PNG or SVG file, "
                                   "with the legend that explains its colours, sizes, "
                                   "borders, badges and lines.")
    p.add_argument("account", metavar="ACCOUNT", help="account id or exact name")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png|FILE.svg")
    p.add_argument("--no-legend", action="store_true",
                   help="leave the legend out of the image (just the cards and lines)")
    p.set_defaults(func=cmd_map, writer=False)

    p = sub.add_parser("pdf", parents=[common], help="export the account plan as a PDF",
                       description="Write an account's plan as a PDF: internal (everything), "
                                   "client (safe to hand to the customer: only plan entries "
                                   "marked shared, no stances, scores, notes or internal "
                                   "risks) or executive (two pages). See docs/pdf.md.")
    p.add_argument("account", metavar="ACCOUNT", help="account id or exact name")
    p.add_argument("--edition", choices=("internal", "client", "executive"),
                   default="internal", help="which edition (default: internal)")
    p.add_argument("--sections", metavar="KEY,KEY", default=None,
                   help="only these sections (internal and client editions): "
                        "summary, profile, map, stakeholders, stages, findings, whitespace, "
                        "insights, objectives, revenue, risks, actions, team, reviews, kpis, "
                        "interactions")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="file to write")
    p.add_argument("--preview", action="store_true",
                   help="with --edition client: list section by section what the customer "
                        "would see (only entries marked shared), and write nothing")
    p.add_argument("--allow-flagged", action="store_true",
                   help="write the client edition even where its free texts name a stance "
                        "or a score or repeat an internal risk (refused otherwise, with "
                        "the list)")
    p.set_defaults(func=cmd_pdf, writer=False)

    p = sub.add_parser("demo", parents=[common], help="load the demo workspace",
                       description="Load three demo accounts (Chinese, Russian, English).")
    p.add_argument("--replace", action="store_true", help="replace demo accounts already there")
    p.set_defaults(func=cmd_demo, writer=True)

    p = sub.add_parser("backup", parents=[common], help="back the database up now",
                       description="Copy the database into backups/ beside it (the app and "
                                   "commands that save also keep a daily one, the last 7, "
                                   "and one before every import that replaces accounts).")
    p.add_argument("--list", action="store_true", help="list the backups instead, newest "
                                                         "first")
    p.set_defaults(func=cmd_backup, writer=False)

    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup",
                       description="Check a backup, back the current state up, then replace "
                                   "the database with the backup.")
    p.add_argument("backup", type=Path, metavar="BACKUP.sqlite")
    p.set_defaults(func=cmd_restore, writer=True)
    return parser


def _print_error(err: RapportError) -> None:
    """The error on stderr, line by line with control characters escaped: a message
    quotes names and values from files (InvalidInput lists at most MAX_LISTED problems)."""
    lines = str(err).split("\n")
    print("\n".join(["rapport: error: " + shown(lines[0]), *map(shown, lines[1:])]),
          file=sys.stderr)


def _terminated(_signum: int, _frame: object) -> None:
    """SIGTERM ends a command like Ctrl+C: files being written are cleaned up."""
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "rescue", False) and args.json is None:
        args.usage.error("--rescue writes an account file: use it with --json, not "
                         + ("--xlsx" if args.xlsx is not None else "--csv"))
    if args.command is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
    db = getattr(args, "db", None)
    if args.command is None:
        from app.views.gui import run_gui  # Qt only when the window is wanted

        return run_gui(db, args.lang)
    from app import i18n

    try:
        i18n.set_language(i18n.resolve(args.lang))
    except ValueError as err:  # RAPPORT_LANG names a language Rapport does not speak
        print(f"rapport: error: {err}", file=sys.stderr)
        return 2
    try:  # list: sqlite3 alone where the file allows it, else the full path below
        if args.func is cmd_list and quick_list(db):
            return 0
    except KeyboardInterrupt:
        print("rapport: interrupted", file=sys.stderr)
        return 130
    from app.bootstrap import bootstrap  # SQLAlchemy, pydantic, the services

    try:
        # Read-only commands neither lock nor create: a mistyped --db is an error.
        services = bootstrap(db, writer=args.writer, create=args.writer)
    except RapportError as err:
        _print_error(err)
        return 1
    try:
        args.func(services, args)
    except RapportError as err:
        _print_error(err)
        return 1
    except KeyboardInterrupt:  # Ctrl+C: one line, and what was being written is removed
        print("rapport: interrupted", file=sys.stderr)
        return 130
    finally:
        services.close()
    return 0
