"""User data on screen is plain text, never markup.

Qt guesses whether a text is HTML (``Qt::mightBeRichText``) in labels, tool tips and
message boxes. A name such as ``<img src="/some/file">`` would then show that file, and
``<img src="/dev/zero">`` makes Qt read until memory runs out. Every widget that shows
names, titles or notes goes through this module:

- :class:`PlainLabel` for labels (a ``QLabel`` that never interprets its text);
- :func:`plain` for what Qt auto-detects and has no plain-text switch: tool tips (item
  models' ``ToolTipRole``, ``setToolTip``) and the texts of message boxes.

Rich text built on purpose (a bold heading around a name) escapes the name with
:func:`escape` instead.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A label that shows its text exactly as given (``Qt.PlainText``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 wrap: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setText(text)


def escape(text: str) -> str:
    """User data to put inside rich text made on purpose."""
    return html.escape(text, quote=False)


def plain(text: str) -> str:
    """``text`` as an auto-detecting widget (tool tip, message box) shows it as typed.

    Text Qt would take for plain stays as it is; text that looks like HTML is escaped
    inside a paragraph that keeps its spaces and line breaks, so it reads the same.
    """
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space: pre-wrap'>{escape(text)}</p>"
