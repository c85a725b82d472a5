"""The account file format (version 1): schema, reading, writing, ORM mapping."""

from app.fileformat.convert import account_from_file, account_to_file
from app.fileformat.reader import parse_account_file, read_account_file
from app.fileformat.schema import AccountFile, AccountRecord
from app.fileformat.writer import dump_account_file, write_account_file

__all__ = [
    "AccountFile",
    "AccountRecord",
    "account_from_file",
    "account_to_file",
    "dump_account_file",
    "parse_account_file",
    "read_account_file",
    "write_account_file",
]
