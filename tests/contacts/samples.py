"""Contact files as users' tools write them: real bytes in real encodings."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from app.contacts import ImportPlan, layout, open_source, plan_import
from app.models.account import AccountFile
from tests.conftest import parsed_doc

#: Excel in China: GBK without a byte-order mark, a 上级 (manager) column by name
CHINESE_CSV = (
    "姓名,职务,部门,上级,手机,邮箱\r\n"
    "王伟,总经理,总经办,,138 0013 8000,wang.wei@huaxin.cn\r\n"
    "李静,采购总监,采购部,王伟,13900139000,\r\n"
    "张磊,采购经理,采购部,李静,13700137000,zhang.lei@huaxin.cn\r\n"
    "刘洋,工程师,技术部,王伟,,\r\n"
)

#: a Bitrix24 contact export: Windows-1251, semicolons, the name in three columns
BITRIX_CSV = (
    "ID;Обращение;Имя;Отчество;Фамилия;Должность;Рабочий телефон;Мобильный телефон;"
    "Рабочий e-mail;Частный e-mail;Компания;Ответственный;Руководитель\r\n"
    "11;г-н;Алексей;Петрович;Иванов;Генеральный директор;+7 (495) 111-22-33;;"
    "ivanov@romashka.ru;;ООО «Ромашка»;Смирнов Олег;\r\n"
    "12;г-жа;Ольга;Сергеевна;Смирнова;Финансовый директор;8 (495) 111-22-44;;;"
    "olga.s@mail.ru;ООО «Ромашка»;Смирнов Олег;11\r\n"
    "13;г-н;Юрий;Андреевич;Ёлкин;Главный инженер;;+7 916 555-44-33;"
    "elkin@romashka.ru;;ООО «Ромашка»;;Иванов Алексей Петрович\r\n"
)

#: a Salesforce Contact export (Data Loader): UTF-8 with a byte-order mark, ids
SALESFORCE_CSV = (
    '\ufeff"Id","AccountId","FirstName","LastName","Title","Department","Email","Phone",'
    '"MobilePhone","ReportsToId"\r\n'
    '"0035g00000AbCdEAAV","0015g0000012345AAA","Anna","Weber","CFO","Finance",'
    '"anna.weber@acme.de","+49 30 1234567","","0035g00000AbCdFAAV"\r\n'
    '"0035g00000AbCdFAAV","0015g0000012345AAA","Max","Braun","CEO","Board",'
    '"max.braun@acme.de","","+49 170 7654321",""\r\n'
    '"0035g00000AbCdGAAV","0015g0000012345AAA","Lena","Fischer","Buyer","Procurement",'
    '"lena.fischer@acme.de","","","0035g00000AbCdEAAV"\r\n'
)

#: a phone's export: vCard 2.1, names quoted-printable UTF-8, a soft line break, a photo
VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E8=8A=B3;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E8=8A=B3\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8D=8E=E4=BF=A1;=E9=87=87=E8=B4=AD=E9=83=A8\r\n"
    "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=87=87=E8=B4=AD=E7=BB=8F=E7=90=86\r\n"
    "TEL;CELL;PREF:+86 139 1234 5678\r\nTEL;WORK:010-8888 6666\r\n"
    "EMAIL;INTERNET:wang.fang@huaxin.cn\r\nX-WECHAT:wangfang88\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=96=9C=E6=AC=A2=E8=8C=B6=0D=0A=\r\n"
    "=E4=B8=8D=E5=96=9D=E5=92=96=E5=95=A1\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    "  AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;"
    "=D0=9E=D0=BB=D0=B5=D0=B3;=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2=D0=B8=D1=87;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BB=D0=B5=D0=B3 =D0=98=D0=B2=D0=B0=\r\n"
    "=D0=BD=D0=BE=D0=B2=D0=B8=D1=87 =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2\r\n"
    "TEL;CELL:8 916 123-45-67\r\n"
    "END:VCARD\r\n"
)

VCARD_30 = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Weber;Anna;;Dr.;\nFN:Dr. Anna Weber\n"
    "ORG:Acme GmbH;Finance;Controlling\nTITLE:CFO\n"
    "TEL;TYPE=WORK,VOICE:+49 30 1234567\nTEL;TYPE=CELL,PREF:+49 170 1234567\n"
    "EMAIL;TYPE=INTERNET,WORK:anna.weber@acme.de\n"
    "IMPP;X-SERVICE-TYPE=Telegram:x-apple:annaweber\n"
    "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/annaweber\n"
    "NOTE:Prefers calls\\, not mail\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Braun;Max;;;\nFN:Max Braun\nORG:Acme GmbH\n"
    "TITLE:CEO\nEMAIL:max.braun@acme.de\nX-MS-MANAGER:Anna Weber\nEND:VCARD\n"
)

VCARD_40 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Олег Петров\nN:Петров;Олег;Иванович;;\n"
    "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+7-916-123-45-67\n"
    "EMAIL;PREF=1:oleg@romashka.ru\nORG:ООО Ромашка;Отдел закупок\nEND:VCARD\n"
)


def workbook(rows: list[list[Any]], title: str = "Contacts") -> bytes:
    """An .xlsx file with ``rows`` from A1 (None: an empty cell)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


def plan_path(path: Path, doc: AccountFile | None = None, **options: Any) -> ImportPlan:
    """Read, map and plan the file at ``path`` against ``doc`` (the test account)."""
    region = options.pop("region", None)
    skip = options.pop("skip", ())
    encoding = options.pop("encoding", None)
    view = layout(open_source(path, encoding), **options)
    return plan_import(doc or parsed_doc(), view, skip=skip, region=region)


def by_row(plan: ImportPlan) -> dict[int, Any]:
    return {r.row: r for r in plan.rows}


def people(doc: AccountFile) -> dict[str, Any]:
    """Name -> person of ``doc``."""
    return {p.name: p for p in doc.stakeholders}
