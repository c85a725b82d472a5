"""The account file format (version 1): reading and writing account documents.

The document itself (``AccountFile``) is the domain model in ``app.models.account``;
this package only turns bytes into a checked document and back.
"""

from app.fileformat.reader import parse_account_file, read_account_file
from app.fileformat.writer import dump_account_file, write_account_file

__all__ = [
    "dump_account_file",
    "parse_account_file",
    "read_account_file",
    "write_account_file",
]
