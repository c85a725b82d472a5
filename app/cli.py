"""Command line: ``python main.py [--db PATH|URL] [COMMAND]`` (import, import-contacts,
export, history, log, list, demo, gaps, map, pdf, backup, restore, copy).

Without a sub-command the desktop app starts. Exit status: 0 success,
1 a user error (one message on stderr, no traceback), 2 bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import signal
import sys
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app import __version__, i18n
from app.errors import NotFound, RapportError, figure, shown
from app.i18n import N_, _, ngettext, pgettext
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
        print(_("No accounts yet. Add some with 'import' or 'demo'."))
        return
    rows = [[_("ID"), _("NAME"), _("TIER"), _("STAGE"), _("STAKEHOLDERS")]]
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
        # the key and name come from a file: escape sequences are shown, not obeyed
        values = {"key": shown(r.key), "name": shown(r.name), "n": figure(r.stakeholders)}
        if r.replaced:
            print(ngettext("replaced {key}: {name} ({n} stakeholder)",
                           "replaced {key}: {name} ({n} stakeholders)",
                           r.stakeholders).format(**values))
        else:
            print(ngettext("created {key}: {name} ({n} stakeholder)",
                           "created {key}: {name} ({n} stakeholders)",
                           r.stakeholders).format(**values))


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
        n = len(result.repairs)
        print(ngettext("rescued {key}: {name} to {path}; {n} damaged place reported in "
                       "{report}",
                       "rescued {key}: {name} to {path}; {n} damaged places reported in "
                       "{report}", n).format(
                           key=shown(key), name=shown(result.doc.account.name),
                           path=shown(str(args.json)), n=figure(n),
                           report=shown(str(report))))
        return
    if args.json is not None:
        doc = services.accounts.export(key, args.json, version=args.version)
        print(_exported(key, args.version, doc.account.name, args.json))
        return
    _export_spreadsheet(services, key, args)


def _exported(key: str, version: int | None, name: str, path: Path,
              what: str | None = None) -> str:
    """"exported KEY (version N): NAME to PATH (3 people, …)"."""
    values = {"key": shown(key), "name": shown(name), "path": shown(str(path)),
              "version": version}
    if version is None:
        text = _("exported {key}: {name} to {path}").format(**values)
    else:
        text = _("exported {key} (version {version}): {name} to {path}").format(**values)
    return text if what is None else _("{exported} ({what})").format(exported=text,
                                                                       what=what)


def _export_spreadsheet(services: Services, key: str, args: argparse.Namespace) -> None:
    """``export --xlsx`` (people, actions, risks, interactions) or ``--csv`` (people)."""
    from app.atomic import check_target
    from app.fileformat.spreadsheet import write_people_csv, write_workbook

    out: Path = args.xlsx if args.xlsx is not None else args.csv
    check_target(out)  # a FIFO or a read-only file is refused before the account is read
    doc = (services.accounts.snapshot(key) if args.version is None
           else services.accounts.version(key, args.version))
    written = (write_workbook if args.xlsx is not None else write_people_csv)(doc, out)
    what = _(", ").join(_counted(n, title) for title, n in written.rows.items())
    print(_exported(key, args.version, doc.account.name, out, what))
    if written.replaced:
        _warn(ngettext("{n} cell held characters a spreadsheet cannot (control "
                       "characters); each is written as U+FFFD, the replacement character",
                       "{n} cells held characters a spreadsheet cannot (control "
                       "characters); each is written as U+FFFD, the replacement character",
                       written.replaced).format(n=figure(written.replaced)))
    if written.cut:
        _warn(ngettext("{n} cell held more than an Excel cell does ({most} characters) and "
                       "was cut; --json keeps every text whole",
                       "{n} cells held more than an Excel cell does ({most} characters) and "
                       "were cut; --json keeps every text whole",
                       written.cut).format(n=figure(written.cut), most=figure(32_767)))


def _warn(message: str) -> None:
    print(_("rapport: warning: {message}").format(message=message), file=sys.stderr)


def _counted(n: int, sheet: str) -> str:
    """"3 people", "1 action": a sheet's rows (the sheets are named in English: keys)."""
    if sheet == "People":
        text = ngettext("{n} person", "{n} people", n)
    elif sheet == "Actions":
        text = ngettext("{n} action", "{n} actions", n)
    elif sheet == "Risks":
        text = ngettext("{n} risk", "{n} risks", n)
    elif sheet == "Interactions":
        text = ngettext("{n} interaction", "{n} interactions", n)
    else:
        return f"{figure(n)} {sheet}"
    return text.format(n=figure(n))


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

        what = _("contacts imported from {file}").format(file=args.file.name)
        services.accounts.edit(key, change, what[:200])
    lines = done[0].summary.lines()
    if args.dry_run:
        print(_("dry run: nothing saved; importing {file} into {key} would give:").format(
            file=name, key=shown(key)))
    elif not first.changed:
        print(_("nothing to import from {file}: {key} has everyone as in the file").format(
            file=name, key=shown(key)))
    else:
        print(_("imported {file} into {key}:").format(file=name, key=shown(key)))
    print("\n".join(lines))


def cmd_history(services: Services, args: argparse.Namespace) -> None:
    key = _history_key(services, args.account)
    rows = [[_("VERSION"), _("SAVED AT"), _("SAVED BY"), _("WHAT CHANGED")]]
    for info in services.accounts.history(key):
        changes = list(info.changes) or [_origin(info.origin)]
        earlier = len(changes) - 1
        what = changes[-1] if not earlier else ngettext(
            "{change} (and {n} earlier change that day)",
            "{change} (and {n} earlier changes that day)", earlier).format(
                change=changes[-1], n=figure(earlier))
        version = (_("{version} (current)").format(version=info.version) if info.current
                   else str(info.version))
        rows.append([version, info.saved_at.strftime("%Y-%m-%d %H:%M"),
                     shown(info.saved_by), shown(what)])
    print(_table(rows))


#: how long a command that locks the SQLite file (restore, copy into it) waits for
#: another Rapport process to let go of it; a command that saves account by account
#: takes no lock (SQLite's busy_timeout covers its write)
LOCK_WAIT = 15.0


def cmd_log(services: Services, args: argparse.Namespace) -> None:
    """One interaction into an account, as the Plan's Interactions page logs it."""
    from app.errors import InvalidInput

    key = services.accounts.find(args.account)
    try:
        saved, entry = services.accounts.log_interaction(
            key, args.person or [], args.channel, args.summary, args.date)
    except InvalidInput as err:
        raise RapportError("\n".join([_("Not logged, nothing was saved:"),
                                      *(f"  {p}" for p in err.problems)])) from None
    people = {p.id: p.name for p in saved.doc.stakeholders}
    names = [people.get(i, i) for i in ([entry.stakeholder] if entry.stakeholder else [])
             + list(entry.participants)]
    print(_("logged {channel} on {date} in {key} with {people} (version {version})").format(
        channel=label(entry.channel) if entry.channel else _("interaction"),
        date=entry.date.isoformat(), key=shown(key),
        people=_(", ").join(shown(n) for n in names) or _("nobody named"),
        version=saved.version))


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a date (YYYY-MM-DD): {value}").format(
            value=text)) from None


def cmd_copy(args: argparse.Namespace) -> int:
    """A whole database from one store to another (SQLite, PostgreSQL), all or nothing."""
    from app.services.copying import copy_database
    from app.storage.database import open_database

    try:
        source = open_database(args.source, writer=False, create=False)
    except RapportError as err:
        _print_error(err)
        return 1
    try:
        target = open_database(args.target, wait=LOCK_WAIT)
    except RapportError as err:
        source.close()
        _print_error(err)
        return 1
    try:
        copied = copy_database(source, target, replace=args.replace)
    except RapportError as err:
        _print_error(err)
        return 1
    except KeyboardInterrupt:
        print(_("rapport: interrupted"), file=sys.stderr)
        return 130
    finally:
        source.close()
        target.close()
    print(ngettext("copied {n} account from {source} to {target}",
                   "copied {n} accounts from {source} to {target}", copied.accounts).format(
                       n=figure(copied.accounts), source=source.display_name,
                       target=target.display_name))
    print(_("  with {versions} kept earlier versions, {people} people in the search index "
            "and {settings} settings").format(versions=figure(copied.versions),
                                               people=figure(copied.people),
                                               settings=figure(copied.settings)))
    if copied.replaced:
        print(ngettext("  {n} account that was there before was replaced",
                       "  {n} accounts that were there before were replaced",
                       copied.replaced).format(n=figure(copied.replaced)))
    return 0


def _origin(origin: str) -> str:
    """How a version came to be, for a version that lists no change."""
    return {"import": _("imported"), "edit": _("edited")}.get(origin, origin)


def cmd_demo(services: Services, args: argparse.Namespace) -> None:
    from app.services.demo import demo_documents, install_demo

    if args.replace:
        services.backups.before_replacing(d.account.id for d in demo_documents())
    # with their history (versions over the past two quarters)
    _report(install_demo(services.accounts, replace=args.replace))


def cmd_backup(services: Services, args: argparse.Namespace) -> None:
    if args.list:
        found = services.backups.list()
        if not found:
            print(_("No backups yet in {folder}.").format(folder=services.backups.folder))
        kinds = {b.kind: _backup_kind(b.kind) for b in found}
        wide = max((_width(k) for k in kinds.values()), default=0)
        for b in found:
            size = _("{n} B").format(n=figure(b.size))
            print(f"{b.taken:%Y-%m-%d %H:%M:%S}  {_pad(kinds[b.kind], wide)}  "
                  f"{' ' * max(0, 12 - _width(size))}{size}  {b.path}")
        return
    path = services.backups.back_up_now()
    n = len(services.backups.contents(path).accounts)
    print(ngettext("backed up {n} account to {path}", "backed up {n} accounts to {path}",
                   n).format(n=figure(n), path=path))


def _backup_kind(kind: str) -> str:
    """A backup's kind (a key in its file name) as the user reads it."""
    return {"daily": _("daily"), "before-import": _("before import"),
            "before-restore": _("before restore"), "manual": _("manual")}.get(kind, kind)


def cmd_restore(services: Services, args: argparse.Namespace) -> None:
    contents = services.backups.contents(args.backup, quick_check=True)
    before = services.backups.restore(args.backup)
    n = len(contents.accounts)
    print(ngettext("restored {n} account from {backup}; the state before is backed up "
                   "in {before}",
                   "restored {n} accounts from {backup}; the state before is backed up "
                   "in {before}", n).format(n=figure(n), backup=args.backup, before=before))


def cmd_gaps(services: Services, args: argparse.Namespace) -> None:
    from app.assessment.gaps import all_findings

    key = services.accounts.find(args.account)
    findings = all_findings(services.accounts.snapshot(key), dt.date.today(),
                            services.settings.scoring())
    if args.format == "json":
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
        return
    if not findings:
        print(_("No gaps found."))
    words = {f.severity: _severity(f.severity) for f in findings}
    wide = max((_width(w) for w in words.values()), default=0)
    for f in findings:
        print(f"[{_pad(words[f.severity], wide)}] {f.kind}: {f.message}")


def cmd_diff(services: Services, args: argparse.Namespace) -> None:
    from app.assessment.changes import LOOKBACK_DAYS, describe, names_of
    from app.services.timeline import Timeline, last_review, parse_since

    key = services.accounts.find(args.account)
    today = dt.date.today()
    doc = services.accounts.snapshot(key)
    reference = args.since
    if reference is None:  # the review rhythm: since the last review, else a quarter
        reference = "last-review" if last_review(doc, today) else f"{LOOKBACK_DAYS}d"
    since = parse_since(reference, doc, today)
    timeline = Timeline(services.accounts)
    then, now, found = timeline.changes_since(key, since, today, services.settings.scoring())
    days = timeline.change_days(key, then, now, found)
    if args.format == "json":
        print(json.dumps([c.as_json(days[(c.kind, c.subject)]) for c in found],
                         ensure_ascii=False, indent=2))
        return
    names = names_of(then.doc if then else None, now.doc)
    if then is not None:
        print(_("{account}: changes since {day} (version {version}, saved by {user}) to "
                "version {now}").format(account=now.doc.account.name, day=then.day.isoformat(),
                                        version=then.version, user=then.saved_by,
                                        now=now.version))
    else:
        print(_("{account}: no version is kept from {reference}; everything on the map "
                "counts as new").format(account=now.doc.account.name, reference=reference))
    if not found:
        print("  " + _("Nothing changed."))
    for change in found:
        print(f"  {days[(change.kind, change.subject)].isoformat()}  "
              f"{describe(change, names)}")


def _severity(severity: str) -> str:
    """A finding's severity as ``gaps`` prints it: HIGH, MEDIUM, LOW."""
    return {"high": pgettext("finding severity", "HIGH"),
            "medium": pgettext("finding severity", "MEDIUM"),
            "low": pgettext("finding severity", "LOW")}.get(severity, severity.upper())


def cmd_map(services: Services, args: argparse.Namespace) -> None:
    # Drawn by the same Qt scene as the app, on the offscreen platform: no display needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.views.map.export import export_map
    from app.views.map.scene import MapScene

    key = services.accounts.find(args.account)
    app = QApplication.instance() or QApplication(["rapport"])
    from app import i18n
    from app.views.i18n import install

    install(app, i18n.current())  # the legend and badges in the command's language
    scene = MapScene()
    scene.set_document(services.accounts.snapshot(key))
    export_map(scene, args.out, legend=not args.no_legend)
    n = len(scene.cards)
    print(ngettext("wrote {path} ({n} stakeholder)", "wrote {path} ({n} stakeholders)",
                   n).format(path=args.out, n=figure(n)))
    del app


def cmd_pdf(services: Services, args: argparse.Namespace) -> None:
    from app.services.reports import export_pdf

    key = services.accounts.find(args.account)
    sections = None if args.sections is None else [
        s.strip() for s in args.sections.split(",") if s.strip()]
    if sections == []:
        raise RapportError(_("--sections names no section; leave it out for all of them."))
    doc_lang = args.doc_lang or i18n.current()  # the document's; the CLI's by default
    if args.preview:
        _print_preview(services, key, args.edition, sections, doc_lang)
        return
    if args.out is None:
        raise RapportError(_("--out FILE.pdf is needed (or --preview, with --edition client, "
                             "to see what the customer would get)."))
    result = export_pdf(services, key, args.edition, args.out, sections=sections,
                        allow_flagged=args.allow_flagged, lang=doc_lang)
    edition = str(getattr(result.edition, "value", result.edition))
    print(ngettext("wrote {path} ({n} page, {edition} of {account})",
                   "wrote {path} ({n} pages, {edition} of {account})", result.pages).format(
                       path=result.path, n=figure(result.pages),
                       edition=_edition(edition), account=result.account))
    if result.missing:
        _warn(_("the PDF fonts have no glyphs for {characters}; they print as "
                "blanks").format(characters=" ".join(result.missing)))


def _edition(edition: str) -> str:
    return {"internal": _("internal edition"), "client": _("client edition"),
            "executive": _("executive edition")}.get(edition, edition)


def _terminal(text: str) -> str:
    """User text for a terminal: control characters (an escape sequence could clear the
    screen or fake a line) are shown as escapes, not obeyed."""
    return "".join(c if unicodedata.category(c) not in ("Cc", "Cf") or c == "\u200d"
                   else repr(c)[1:-1] for c in text)


def _print_preview(services: Services, key: str, edition: str,
                   sections: list[str] | None, doc_lang: str) -> None:
    """What the client edition of ``key`` holds, section by section; writes nothing.
    The sections and entries speak the document's language, the rest the CLI's."""
    from app.reports import SECTION_KEYS
    from app.reports.editions import client_preview

    if edition != "client":
        raise RapportError(_("--preview lists what the client edition shows the customer; "
                             "use it with --edition client."))
    unknown = sorted(set(sections or ()) - set(SECTION_KEYS))
    if unknown:
        raise RapportError(ngettext("Unknown section: {unknown}; known: {known}.",
                                    "Unknown sections: {unknown}; known: {known}.",
                                    len(unknown)).format(unknown=", ".join(unknown),
                                                         known=", ".join(SECTION_KEYS)))
    doc = services.accounts.snapshot(key)
    with i18n.language(doc_lang):
        preview = client_preview(doc, None if sections is None else frozenset(sections))
    print(_("The client edition of {name} would show:").format(
        name=_terminal(doc.account.name)))
    for section in preview:
        held = section.held_back
        if section.empty:
            why = (ngettext("nothing shared ({n} recorded)", "nothing shared ({n} recorded)",
                            held).format(n=figure(held)) if held
                   else _("nothing recorded"))
            print("\n" + _("{section}: left out, {why}").format(section=section.title,
                                                               why=why))
            continue
        title = section.title
        if section.counted:
            shown_n = figure(len(section.items))
            title = (ngettext("{section} ({n}, {held} not shared)",
                              "{section} ({n}, {held} not shared)", held).format(
                                  section=title, n=shown_n, held=figure(held)) if held
                     else _("{section} ({n})").format(section=title, n=shown_n))
        print("\n" + title)
        for item in section.items:
            print(f"  - {_terminal(item)}")


#: characters a line may not begin with (Chinese and Western closing punctuation)
_NO_LINE_START = set("，。：；、！？）」』》”’,.:;!?)]}")


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines at most ``width`` columns wide, Chinese counting two columns a
    character and breaking between characters (it has no spaces), others at spaces."""
    units: list[str] = []
    for word in text.split(" "):
        if units:
            units.append(" ")
        chunk = ""
        for c in word:
            if _width(c) == 2 or c in _NO_LINE_START and chunk == "" and units:
                if chunk:
                    units.append(chunk)
                    chunk = ""
                if c in _NO_LINE_START and units and units[-1] != " ":
                    units[-1] += c
                else:
                    units.append(c)
            else:
                chunk += c
        if chunk:
            units.append(chunk)
    lines: list[str] = []
    line = ""
    for unit in units:
        if line and _width(line + unit) > width and unit != " ":
            lines.append(line.rstrip())
            line = ""
        if not line and unit == " ":
            continue
        line += unit
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help, wrapped by display width: Chinese help stays inside the
    terminal and breaks between characters."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return _wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in _wrap(" ".join(text.split()),
                                                         width - len(indent)))


#: argparse's own words (usage, options, its errors), translated through our catalogue:
#: argparse looks its ``_`` up when it speaks, so pointing it at ours is enough
ARGPARSE_WORDS = (
    N_("usage: "), N_("options"), N_("positional arguments"),
    N_("show this help message and exit"), N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"), N_("expected one argument"),
    N_("expected at least one argument"), N_("expected at most one argument"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


def _argparse_speaks_ours() -> None:
    from app import i18n

    argparse._ = i18n._  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    _argparse_speaks_ours()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH|URL", default=argparse.SUPPRESS,
        help=_("database file or SQLAlchemy URL (default: $RAPPORT_DB, else the user data dir)"),
    )
    parser = argparse.ArgumentParser(
        prog="rapport", parents=[common], formatter_class=_HelpFormatter,
        description=_("Rapport: key accounts, stakeholder maps and account plans. "
                      "Without a command, the desktop app starts."),
    )
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument("--lang", metavar="LANG", choices=i18n.LANGUAGES,
                        help=_("language of the app and of messages: en, zh_CN or ru "
                               "(default: $RAPPORT_LANG, else the system's)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add = functools.partial(sub.add_parser, formatter_class=_HelpFormatter)

    p = add("import", parents=[common], help=_("import account files (JSON)"),
                       description=_("Import account files. All files are checked first; if any "
                                     "is invalid nothing is imported."))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.json")
    p.add_argument("--replace", action="store_true",
                   help=_("replace accounts that already exist with the same id"))
    p.set_defaults(func=cmd_import, writer=True, exclusive=False)

    p = add("export", parents=[common],
                       help=_("export one account (JSON) or its people (Excel, CSV)"),
                       description=_("Export an account (by id or exact name) to an account "
                                     "file (--json), or its people to a spreadsheet: an Excel "
                                     "workbook with the plan's actions, risks and interactions "
                                     "as further sheets (--xlsx), or CSV in UTF-8 with a BOM "
                                     "(--csv). Texts that look like formulas stay text."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", type=Path, metavar="OUT.json",
                     help=_("the account file to write (everything, to import again)"))
    out.add_argument("--xlsx", type=Path, metavar="OUT.xlsx",
                     help=_("an Excel workbook: sheets People, Actions, Risks, Interactions"))
    out.add_argument("--csv", type=Path, metavar="OUT.csv",
                     help=_("the people as CSV (UTF-8 with BOM, for Excel in any language)"))
    p.add_argument("--version", type=int, metavar="N",
                   help=_("an earlier version (see the history command)"))
    p.add_argument("--rescue", action="store_true",
                   help=_("with --json, for a damaged account: write what can be read, and "
                          "beside it OUT.json.rescue.txt listing what could not"))
    p.set_defaults(func=cmd_export, writer=False, usage=p)

    p = add(
        "import-contacts", parents=[common],
        help=_("add or update an account's people from a CRM export, spreadsheet or vCards"),
        description=_("Read a contact file (CSV or text, Excel .xlsx, vCard .vcf; the "
                      "encoding is detected), match its columns to fields by their names "
                      "(English, Russian, Chinese) or a CRM preset, and add the people to the "
                      "account: people already there (same e-mail or phone, or a near-"
                      "identical name) are updated, reporting lines come from the manager "
                      "column, and rows that cannot be imported are listed with the reason. "
                      "See docs/contacts.md."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--preset", metavar="NAME",
                   help=_("the CRM that exported the file: salesforce, hubspot, dynamics, "
                          "bitrix24, amocrm, or generic for none (default: recognised)"))
    p.add_argument("--encoding", metavar="ENC",
                   help=_("the file's text encoding, e.g. utf-8, gb18030, cp1251 "
                          "(default: detected)"))
    p.add_argument("--mapping", metavar="JSON",
                   help=_('corrections to the column mapping, e.g. '
                          '\'{"Компания": "department", "Комментарий": null}\''))
    p.add_argument("--header-row", type=int, metavar="N",
                   help=_("the row that names the columns (0: the file has none; default: "
                          "found)"))
    p.add_argument("--region", metavar="CC",
                   help=_("where phone numbers without a country code are from (ISO code "
                          "such as CN or RU; default: from the file and the account)"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("print what would happen and save nothing"))
    p.set_defaults(func=cmd_import_contacts, writer=True, exclusive=False)

    p = add("history", parents=[common], help=_("an account's kept versions"),
                       description=_("Every kept version of an account (every import and the "
                                     "last version of each day it was edited): version, when, "
                                     "by whom, and what changed. Export one with "
                                     "export --version N."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    p.set_defaults(func=cmd_history, writer=False)

    p = add("log", parents=[common], help=_("log an interaction with people of an account"),
            description=_("Add an interaction to an account's log, as the plan's "
                          "Interactions page does: the people in it get its date as their "
                          "last contact if it is later. One save; if someone saved the "
                          "account meanwhile, the interaction is added to their version."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    p.add_argument("--person", action="append", metavar="ID|NAME",
                   help=_("a person in it, by id or exact name (repeat for several; the "
                          "first is the main contact)"))
    p.add_argument("--channel",
                   choices=("meeting", "call", "email", "message", "event", "other"),
                   help=_("how: meeting, call, email, message, event or other"))
    p.add_argument("--summary", metavar="TEXT", help=_("what was said or agreed"))
    p.add_argument("--date", type=_day, metavar="YYYY-MM-DD",
                   help=_("when it happened (default: today; not in the future)"))
    p.set_defaults(func=cmd_log, writer=True, exclusive=False)

    p = add("copy", help=_("copy a whole database to another (SQLite, PostgreSQL)"),
            description=_("Copy every account with its history and the settings from one "
                          "database to another, either way between an SQLite file and a "
                          "PostgreSQL server (postgresql+psycopg://user@host/dbname), in one "
                          "transaction: all or nothing. A target that already holds "
                          "accounts is refused unless --replace. See "
                          "docs/team-server.md."))
    p.add_argument("--from", dest="source", required=True, metavar="PATH|URL",
                   help=_("the database to copy (it is only read)"))
    p.add_argument("--to", dest="target", required=True, metavar="PATH|URL",
                   help=_("where to copy it (a new file, or an empty server database)"))
    p.add_argument("--replace", action="store_true",
                   help=_("delete what the target holds (accounts, history, settings) "
                          "first"))
    p.set_defaults(func=None, writer=True, copy=True)

    p = add("list", parents=[common], help=_("list accounts"),
                       description=_("One line per account: id, name, tier, stage, stakeholders."))
    p.set_defaults(func=cmd_list, writer=False)

    p = add("gaps", parents=[common], help=_("what the account analysis finds"),
                       description=_("Findings for one account, most severe first: missing "
                                     "roles, coverage gaps, blockers, single-threaded "
                                     "relationships, hidden influencers, paths to power, "
                                     "stale contacts (the stakeholder map), and stage gaps, "
                                     "white space, health drops and tier mismatches."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=_("text to read, or JSON for scripts (its keys and kinds stay "
                          "English; the messages are translated)"))
    p.set_defaults(func=cmd_gaps, writer=False)

    p = add("diff", parents=[common], help=_("what changed in an account since a day"),
            description=_("What changed in an account since the last review (by default; "
                          "the last 90 days when no review is marked held), a version, a "
                          "date or a number of days ago: people who joined, left or moved, "
                          "stances, relationships, influence, roles and owners, influence "
                          "lines, the stage, risks, objectives and health, each with the "
                          "day it was saved. Read from the kept versions (one per edited "
                          "day)."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    p.add_argument("--since", metavar="VERSION|DATE|last-review|Nd",
                   help=_("a version number (see history), a date YYYY-MM-DD, "
                          "last-review, or days ago such as 90d"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=_("text to read, or JSON for scripts: a list of {kind, subject, "
                          "name, before, after, date} with stable English kinds"))
    p.set_defaults(func=cmd_diff, writer=False)

    p = add("map", parents=[common], help=_("export the stakeholder map as an image"),
                       description=_("Draw an account's stakeholder map to a PNG or SVG file, "
                                     "with the legend that explains its colours, sizes, "
                                     "borders, badges and lines."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png|FILE.svg")
    p.add_argument("--no-legend", action="store_true",
                   help=_("leave the legend out of the image (just the cards and lines)"))
    p.set_defaults(func=cmd_map, writer=False)

    p = add("pdf", parents=[common], help=_("export the account plan as a PDF"),
                       description=_("Write an account's plan as a PDF: internal (everything), "
                                     "client (safe to hand to the customer: only plan entries "
                                     "marked shared, no stances, scores, notes or internal "
                                     "risks) or executive (two pages). See docs/pdf.md."))
    p.add_argument("account", metavar="ACCOUNT", help=_("account id or exact name"))
    p.add_argument("--edition", choices=("internal", "client", "executive"),
                   default="internal", help=_("which edition (default: internal)"))
    p.add_argument("--sections", metavar="KEY,KEY", default=None,
                   help=_("only these sections (internal and client editions): "
                          "summary, profile, map, stakeholders, stages, findings, whitespace, "
                          "insights, objectives, revenue, risks, actions, team, reviews, kpis, "
                          "interactions"))
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help=_("file to write"))
    p.add_argument("--lang", dest="doc_lang", metavar="LANG", choices=i18n.LANGUAGES,
                   help=_("the document's language: en, zh_CN or ru (default: the "
                          "language of the messages, see rapport --lang)"))
    p.add_argument("--preview", action="store_true",
                   help=_("with --edition client: list section by section what the customer "
                          "would see (only entries marked shared), and write nothing"))
    p.add_argument("--allow-flagged", action="store_true",
                   help=_("write the client edition even where its free texts name a stance "
                          "or a score or repeat an internal risk (refused otherwise, with "
                          "the list)"))
    p.set_defaults(func=cmd_pdf, writer=False)

    p = add("demo", parents=[common], help=_("load the demo workspace"),
                       description=_("Load three demo accounts (Chinese, Russian, English)."))
    p.add_argument("--replace", action="store_true", help=_("replace demo accounts already there"))
    p.set_defaults(func=cmd_demo, writer=True, exclusive=False)

    p = add("backup", parents=[common], help=_("back the database up now"),
                       description=_("Copy the database into backups/ beside it (the app and "
                                     "commands that save also keep a daily one, the last 7, "
                                     "and one before every import that replaces accounts)."))
    p.add_argument("--list", action="store_true", help=_("list the backups instead, newest "
                                                         "first"))
    p.set_defaults(func=cmd_backup, writer=False)

    p = add("restore", parents=[common], help=_("replace the database with a backup"),
                       description=_("Check a backup, back the current state up, then replace "
                                     "the database with the backup."))
    p.add_argument("backup", type=Path, metavar="BACKUP.sqlite")
    p.set_defaults(func=cmd_restore, writer=True)
    return parser


def _print_error(err: RapportError) -> None:
    """The error on stderr, line by line with control characters escaped: a message
    quotes names and values from files (InvalidInput lists at most MAX_LISTED problems)."""
    lines = str(err).split("\n")
    first = _("rapport: error: {message}").format(message=shown(lines[0]))
    print("\n".join([first, *map(shown, lines[1:])]), file=sys.stderr)


def _terminated(_signum: int, _frame: object) -> None:
    """SIGTERM ends a command like Ctrl+C: files being written are cleaned up."""
    raise KeyboardInterrupt


def _lang_option(argv: Sequence[str]) -> str | None:
    """The global ``--lang`` (before the command), read before the parser is built so
    that its help speaks the language; the ``pdf`` command's own --lang is not it."""
    words = iter(argv)
    for word in words:
        if word == "--lang":
            return next(words, None)
        if word.startswith("--lang="):
            return word.partition("=")[2]
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return None  # the command: what follows is its own
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:  # --lang, else RAPPORT_LANG, else the system's; an unknown one is refused below
        i18n.set_language(i18n.resolve(_lang_option(argv)))
        unknown = None
    except ValueError as err:
        i18n.set_language(i18n.SOURCE)
        unknown = err
    args = build_parser().parse_args(argv)
    if getattr(args, "rescue", False) and args.json is None:
        args.usage.error(_("--rescue writes an account file: use it with --json, not "
                           "{option}").format(
                               option="--xlsx" if args.xlsx is not None else "--csv"))
    if args.command is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
    db = getattr(args, "db", None)
    if args.command is None:
        from app.views.gui import run_gui  # Qt only when the window is wanted

        return run_gui(db, args.lang)
    if unknown is not None:  # RAPPORT_LANG names a language Rapport does not speak
        print(_("rapport: error: {message}").format(message=unknown), file=sys.stderr)
        return 2
    if getattr(args, "copy", False):
        return cmd_copy(args)
    try:  # list: sqlite3 alone where the file allows it, else the full path below
        if args.func is cmd_list and quick_list(db):
            return 0
    except KeyboardInterrupt:
        print(_("rapport: interrupted"), file=sys.stderr)
        return 130
    from app.bootstrap import bootstrap  # SQLAlchemy, pydantic, the services

    try:
        # Read-only commands neither lock nor create: a mistyped --db is an error.
        # Commands that save account by account run beside the open app (SQLite's
        # transactions and the versions keep them apart); a restore locks the file.
        services = bootstrap(db, writer=args.writer, create=args.writer,
                             wait=LOCK_WAIT if args.writer else 0.0,
                             exclusive=getattr(args, "exclusive", True))
    except RapportError as err:
        _print_error(err)
        return 1
    try:
        args.func(services, args)
    except RapportError as err:
        _print_error(err)
        return 1
    except KeyboardInterrupt:  # Ctrl+C: one line, and what was being written is removed
        print(_("rapport: interrupted"), file=sys.stderr)
        return 130
    finally:
        services.close()
    return 0
