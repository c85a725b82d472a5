"""What a user reads when the database cannot be used, in Chinese and Russian (issue 15):
locked, newer, a folder, a backup that is none; English stays as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import i18n
from app.errors import DatabaseError, DatabaseLocked
from app.storage.backups import read_backup
from app.storage.database import open_database


def test_a_locked_database_in_russian_and_chinese(db_path: Path) -> None:
    first = open_database(str(db_path))
    try:
        with i18n.language("ru"), pytest.raises(DatabaseLocked) as ru:
            open_database(str(db_path))
        with i18n.language("zh_CN"), pytest.raises(DatabaseLocked) as zh:
            open_database(str(db_path))
    finally:
        first.close()
    assert str(ru.value) == (f"{db_path} открыт в другом окне или команде Rapport. Сначала "
                             "закройте его там.")
    assert str(zh.value) == f"{db_path} 已在另一个 Rapport 窗口或命令中打开。请先在那里关闭。"


def test_a_database_from_a_newer_rapport_in_russian(db_path: Path) -> None:
    open_database(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with i18n.language("ru"), pytest.raises(DatabaseError) as caught:
        open_database(str(db_path))
    assert str(caught.value) == (f"{db_path} записана более новой версией Rapport (схема "
                                 "9999). Обновите Rapport, чтобы открыть её; файл не изменён.")
    with pytest.raises(DatabaseError, match="newer version of Rapport"):
        open_database(str(db_path))


def test_a_folder_and_a_backup_that_is_none_in_chinese(tmp_path: Path) -> None:
    with i18n.language("zh_CN"):
        with pytest.raises(DatabaseError) as folder:
            open_database(str(tmp_path))
        text = tmp_path / "notes.sqlite"
        text.write_text("hello", encoding="utf-8")
        with pytest.raises(DatabaseError) as backup:
            read_backup(text)
    assert str(folder.value) == f"{tmp_path} 是文件夹，不是数据库文件。"
    assert str(backup.value) == (f"此备份无法使用：{text} 不是 Rapport 数据库（不是 SQLite "
                                 "文件）。")
