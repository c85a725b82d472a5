"""What a contact file's columns can be: the fields, their header names in English,
Russian and Chinese, and the exact columns of the CRM exports we know.

Header names are compared normalised (``header_key``): case, width, spaces and
punctuation do not count, ё is е, and a trailing "(контакт)" / "(contact)" qualifier
(amoCRM writes "Рабочий телефон (контакт)") is ignored.
"""

from __future__ import annotations

import re
import unicodedata

from app.i18n import N_

#: field -> label for the wizard's column choices, in display order (in the catalogue:
#: shown as ``_(FIELDS[field])``)
FIELDS: dict[str, str] = {
    "name": N_("Full name"),
    "last_name": N_("Last name"),
    "first_name": N_("First name"),
    "middle_name": N_("Middle name (patronymic)"),
    "title": N_("Job title"),
    "department": N_("Department"),
    "manager": N_("Manager (id, e-mail or name)"),
    "source_id": N_("Id in the file"),
    "email": N_("E-mail"),
    "other_email": N_("Other e-mail (used when E-mail is empty)"),
    "phone": N_("Phone"),
    "other_phone": N_("Other phone (used when Phone is empty)"),
    "wechat": "WeChat",
    "telegram": "Telegram",
    "whatsapp": "WhatsApp",
    "linkedin": "LinkedIn",
    "dingtalk": "DingTalk",
    "other_messenger": N_("Other messenger"),
    "our_owner": N_("Our owner"),
    "stance": N_("Stance"),
    "role": N_("Buying role"),
    "notes": N_("Notes"),
}
NAME_FIELDS = ("name", "last_name", "first_name")
MESSENGER_FIELDS = {"wechat": "wechat", "telegram": "telegram", "whatsapp": "whatsapp",
                    "linkedin": "linkedin", "dingtalk": "dingtalk", "other_messenger": "other"}
#: a field already taken passes a second such column on to its fallback
SECOND = {"email": "other_email", "phone": "other_phone"}

_QUALIFIER = re.compile(r"\((?:контакт|contact|联系人)\)$")
_DROP = re.compile(r"[\s\W_]+")


def header_key(text: str) -> str:
    """A header as compared: "E-mail", " e_mail " and "Ｅｍａｉｌ" are all "email"."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").strip()
    text = _QUALIFIER.sub("", text.replace(" (", "(")).strip()
    return _DROP.sub("", text)


def _keys(fields: dict[str, str]) -> dict[str, str]:
    """``{"header | other header": field}`` spelled out, keyed by ``header_key``."""
    out: dict[str, str] = {}
    for headers, field in fields.items():
        for header in headers.split("|"):
            out[header_key(header)] = field
    return out


#: generic header names of each field (English, Russian, Chinese)
ALIASES: dict[str, str] = _keys({
    "name|full name|fullname|contact name|contact|display name|person|"
    "фио|ф.и.о.|полное имя|имя фамилия|полное имя контакта|основной контакт|контакт|"
    "сотрудник|姓名|名字|全名|联系人|联系人姓名": "name",
    "first name|firstname|given name|forename|имя|名": "first_name",
    "last name|lastname|surname|family name|фамилия|姓|姓氏": "last_name",
    "middle name|middlename|patronymic|отчество|中间名": "middle_name",
    "title|job title|jobtitle|position|designation|job|должность|позиция|"
    "职务|职位|头衔|职称|岗位": "title",
    "department|dept|division|business unit|отдел|подразделение|департамент|"
    "部门|所属部门|科室": "department",
    "manager|reports to|reportsto|reports to id|reportstoid|line manager|supervisor|"
    "boss|manager id|руководитель|начальник|непосредственный руководитель|"
    "подчиняется|上级|直属领导|直属上级|汇报对象|领导|主管": "manager",
    "id|contact id|record id|external id|ид|идентификатор|код|编号|工号|员工编号": "source_id",
    "email|e-mail|mail|email address|e-mail address|work email|business email|"
    "почта|электронная почта|эл. почта|эл.почта|емейл|имейл|адрес почты|рабочий e-mail|"
    "рабочий email|邮箱|电子邮件|电子邮箱|邮件|邮箱地址|工作邮箱|email地址": "email",
    "other email|personal email|private email|email 2|secondary email|"
    "частный e-mail|личный email|личный e-mail|другой e-mail|другой email|"
    "个人邮箱|私人邮箱|其他邮箱": "other_email",
    "phone|phone number|telephone|tel|mobile|mobile phone|mobile phone number|cell|"
    "cell phone|business phone|work phone|direct phone|телефон|тел|мобильный|"
    "мобильный телефон|рабочий телефон|контактный телефон|сотовый|"
    "电话|手机|手机号|手机号码|联系电话|电话号码|移动电话|办公电话": "phone",
    "other phone|home phone|phone 2|другой телефон|домашний телефон|"
    "其他电话|家庭电话": "other_phone",
    "wechat|we chat|weixin|wechat id|微信|微信号|вичат": "wechat",
    "telegram|tg|telegram username|телеграм|телеграмм|контакт telegram|"
    "контакт в telegram": "telegram",
    "whatsapp|whats app|ватсап|вотсап|whatsapp phone number": "whatsapp",
    "linkedin|linkedin url|linkedin profile|линкедин|领英": "linkedin",
    "dingtalk|ding talk|钉钉": "dingtalk",
    "skype|qq|viber|icq|other messenger|скайп|другой контакт|мессенджер": "other_messenger",
    "owner|contact owner|our owner|account manager|ответственный|"
    "ответственный за контакт|负责人|跟进人|销售负责人": "our_owner",
    "stance|attitude|отношение|отношение к нам|态度|立场": "stance",
    "buying role|role in purchase|роль в закупке|роль в сделке|采购角色": "role",
    "notes|note|comment|comments|description|remarks|примечание|примечания|"
    "комментарий|заметки|описание|备注|说明|附注": "notes",
})

#: exact export columns of the CRMs we know; they win over the generic names
PRESETS: dict[str, dict[str, str]] = {
    "salesforce": _keys({
        "Id|Contact ID": "source_id", "FirstName|First Name": "first_name",
        "LastName|Last Name": "last_name", "MiddleName|Middle Name": "middle_name",
        "Name|Full Name": "name", "Title": "title", "Department": "department",
        "Email": "email", "Phone|Business Phone": "phone",
        "MobilePhone|Mobile|Mobile Phone": "other_phone",
        "ReportsToId|Reports To|Reports To: Full Name": "manager",
        "Description": "notes", "Contact Owner|Owner Name": "our_owner",
    }),
    "hubspot": _keys({
        "Record ID|Contact ID|VID": "source_id", "First Name": "first_name",
        "Last Name": "last_name", "Email": "email", "Phone Number": "phone",
        "Mobile Phone Number": "other_phone", "Job Title": "title",
        "Department": "department", "Contact owner": "our_owner",
        "WhatsApp Phone Number": "whatsapp", "LinkedIn URL": "linkedin",
    }),
    "dynamics": _keys({
        "(Do Not Modify) Contact|contactid": "source_id", "Full Name|fullname": "name",
        "First Name|firstname": "first_name", "Middle Name|middlename": "middle_name",
        "Last Name|lastname": "last_name", "Job Title|jobtitle": "title",
        "Department|department": "department", "Email|emailaddress1": "email",
        "Email Address 2|emailaddress2": "other_email",
        "Business Phone|telephone1": "phone", "Mobile Phone|mobilephone": "other_phone",
        "Manager|managername": "manager", "Description|description": "notes",
        "Owner|owninguser": "our_owner",
    }),
    "bitrix24": _keys({
        "ID": "source_id", "Имя|NAME": "first_name", "Фамилия|LAST_NAME": "last_name",
        "Отчество|SECOND_NAME": "middle_name", "Должность|POST": "title",
        "Рабочий телефон|PHONE": "phone", "Мобильный телефон": "other_phone",
        "Рабочий e-mail|EMAIL": "email", "Частный e-mail": "other_email",
        "Комментарий|COMMENTS": "notes", "Ответственный": "our_owner",
        "Telegram|Контакт Telegram": "telegram", "WhatsApp": "whatsapp",
        "Skype": "other_messenger",
    }),
    "amocrm": _keys({
        "ID": "source_id", "Полное имя|Полное имя контакта|Наименование": "name",
        "Имя": "first_name", "Фамилия": "last_name", "Должность": "title",
        "Рабочий телефон": "phone", "Мобильный телефон": "other_phone",
        "Рабочий email": "email", "Личный email": "other_email",
        "Ответственный|Ответственный за контакт": "our_owner", "Примечание": "notes",
        "Telegram": "telegram", "WhatsApp": "whatsapp",
    }),
    "vcard": _keys({
        "Name": "name", "Last name": "last_name", "First name": "first_name",
        "Middle name": "middle_name", "Title": "title", "Department": "department",
        "E-mail": "email", "Other e-mail": "other_email", "Phone": "phone",
        "Other phone": "other_phone", "WeChat": "wechat", "Telegram": "telegram",
        "WhatsApp": "whatsapp", "LinkedIn": "linkedin", "DingTalk": "dingtalk",
        "Other messenger": "other_messenger", "Manager": "manager", "Notes": "notes",
        "UID": "source_id",
    }),
}
#: what the wizard and ``--preset`` offer
PRESET_LABELS = {"salesforce": "Salesforce (Contacts)", "hubspot": "HubSpot (Contacts)",
                 "dynamics": "Dynamics 365 (Contacts)", "bitrix24": "Bitrix24 (Контакты)",
                 "amocrm": "amoCRM (Контакты)"}
#: columns only one CRM writes (compared case-folded, spelling kept: Bitrix24 writes
#: "Рабочий e-mail", amoCRM "Рабочий email"): two of them name the export
_SIGNATURES = {
    "salesforce": {"reportstoid", "accountid", "ownerid", "mailingcity", "mailingstreet",
                   "mailingcountry", "leadsource", "isdeleted", "systemmodstamp"},
    "hubspot": {"record id", "contact owner", "lifecycle stage", "mobile phone number",
                "associated company", "last activity date"},
    "dynamics": {"(do not modify) contact", "(do not modify) row checksum",
                 "(do not modify) modified on", "business phone", "company name"},
    "bitrix24": {"рабочий e-mail", "частный e-mail", "second_name", "last_name",
                 "обращение", "e-mail для рассылок", "телефон для рассылок"},
    "amocrm": {"рабочий email", "личный email", "ответственный за контакт",
               "полное имя контакта", "дата создания контакта", "кем создан контакт"},
}


def guess_preset(headers: list[str]) -> str | None:
    """The CRM whose export these headers look like, if two of its telltale columns
    are there (amoCRM's "(контакт)" qualifiers tell it too)."""
    keys = {" ".join(h.casefold().split()) for h in headers}
    if sum(k.endswith("(контакт)") for k in keys) >= 2:
        return "amocrm"
    hits = {name: len(keys & sig) for name, sig in _SIGNATURES.items()}
    best = max(hits, key=lambda name: hits[name])
    return best if hits[best] >= 2 else None
