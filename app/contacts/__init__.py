"""Bringing people in from CRM exports, phones and spreadsheets (no Qt, no writes).

The steps, each a pure function the wizard and the CLI call in turn::

    table = open_source(path)                 # or read_source(data, name, encoding=…)
    view = layout(table, preset=None, mapping=None, header_row=None)
    plan = plan_import(doc, view, skip=(), region=None)
    result = app.services.contacts.apply_import(plan)   # the next document + summary

``open_source`` finds the kind (CSV or text, Excel workbook, vCard) and the encoding;
``layout`` the header row, the CRM preset and which column fills which field;
``plan_import`` what each row would do to the account. A bad file gives one
``InvalidInput``; planning never changes the account.
"""

from app.contacts.encoding import ENCODINGS
from app.contacts.fields import FIELDS, PRESET_LABELS
from app.contacts.mapping import GENERIC, NO_HEADER, Layout, Mapping, auto_mapping, layout
from app.contacts.plan import ImportPlan, RowPlan, plan_import
from app.contacts.rows import RowProblem
from app.contacts.sources import MAX_BYTES, MAX_ROWS, Table, open_source, read_source

__all__ = ["ENCODINGS", "FIELDS", "GENERIC", "MAX_BYTES", "MAX_ROWS", "NO_HEADER",
           "PRESET_LABELS", "ImportPlan", "Layout", "Mapping", "RowPlan", "RowProblem",
           "Table", "auto_mapping", "layout", "open_source", "plan_import", "read_source"]
