<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ColumnsModel</name>
    <message>
        <source>— not imported</source>
        <translation>— не импортируется</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>(column, field or None) chosen by the user</extracomment>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>Double-click (or F2) to choose the field this column fills</source>
        <translation>Дважды щёлкните (или нажмите F2), чтобы выбрать поле для этого столбца</translation>
    </message>
</context>
<context>
    <name>ContactsWizard</name>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>Файлы контактов (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV или текст (*.csv *.txt *.tsv);;Книга Excel (*.xlsx);;vCard (*.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import contacts into {account}</source>
        <translation>Импорт контактов: {account}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>A CSV or text file, an Excel workbook or vCards from a phone. The encoding is detected; check that the names read right.</source>
        <translation>CSV или текстовый файл, книга Excel или vCard с телефона. Кодировка определяется сама; проверьте, что имена читаются правильно.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Определена автоматически</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Which column fills which field. Recognised from the column names (English, Russian, Chinese) and CRM exports; double-click a field to change it.</source>
        <translation>Какой столбец заполняет какое поле. Определяется по названиям столбцов (на английском, русском, китайском) и по экспортам CRM; дважды щёлкните поле, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Recognised from the columns</source>
        <translation>Определён по столбцам</translation>
    </message>
    <message>
        <source>None (column names only)</source>
        <translation>Нет (только названия столбцов)</translation>
    </message>
    <message>
        <source>none: the file has no header row</source>
        <translation>нет: в файле нет строки заголовков</translation>
    </message>
    <message>
        <source>The row that names the columns (as numbered on the first page)</source>
        <translation>Строка с названиями столбцов (номер как на первой странице)</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Use these fields again for files with the same columns</source>
        <translation>Применять эти поля к файлам с такими же столбцами</translation>
    </message>
    <message>
        <source>CRM export</source>
        <translation>Шаблон CRM</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>New people, people already in the account that the file updates, and rows left out with the reason. Untick a row to leave it out.</source>
        <translation>Новые люди, люди клиента, которых обновит файл, и пропущенные строки с причиной. Снимите флажок, чтобы пропустить строку.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Read as {encoding}: {reason}</source>
        <translation>Прочитан как {encoding}: {reason}</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Прочитан как {encoding}</translation>
    </message>
    <message>
        <source>{read}. Names look wrong? Choose the encoding above.</source>
        <translation>{read}. Имена выглядят неправильно? Выберите кодировку выше.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet {sheet}</source>
        <translation>Книга Excel, лист {sheet}</translation>
    </message>
    <message>
        <source>The mapping was not saved: {reason}</source>
        <translation>Сопоставление не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Saved: files with these columns will be read this way.</source>
        <translation>Сохранено: файлы с такими столбцами будут читаться так же.</translation>
    </message>
    <message>
        <source>No column is a name yet: choose which column holds the full name, or the first and last names.</source>
        <translation>Ни один столбец пока не указан как имя: выберите столбец с полным именем или столбцы с именем и фамилией.</translation>
    </message>
    <message>
        <source>Recognised: {crm} export.</source>
        <translation>Распознан экспорт {crm}.</translation>
    </message>
    <message>
        <source>Using the mapping you saved for these columns.</source>
        <translation>Используется сопоставление, сохранённое вами для этих столбцов.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not imported.</source>
        <translation>
            <numerusform>%n столбец не импортируется.</numerusform>
            <numerusform>%n столбца не импортируются.</numerusform>
            <numerusform>%n столбцов не импортируются.</numerusform>
        </translation>
    </message>
    <message>
        <source>{new}, {update}, {there}, {skipped}</source>
        <translation>{new}, {update}, {there}, {skipped}</translation>
    </message>
    <message numerus="yes">
        <source>{count} new</source>
        <translation>
            <numerusform>{count} новый</numerusform>
            <numerusform>{count} новых</numerusform>
            <numerusform>{count} новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} to update</source>
        <translation>
            <numerusform>{count} к обновлению</numerusform>
            <numerusform>{count} к обновлению</numerusform>
            <numerusform>{count} к обновлению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} already there</source>
        <translation>
            <numerusform>{count} без изменений</numerusform>
            <numerusform>{count} без изменений</numerusform>
            <numerusform>{count} без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} left out</source>
        <translation>
            <numerusform>{count} пропущен</numerusform>
            <numerusform>{count} пропущены</numerusform>
            <numerusform>{count} пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts} — nothing to import: the account already has everyone as in the file</source>
        <translation>{counts} — импортировать нечего: у клиента уже есть все, как в файле</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>card {number}: {name}</source>
        <translation>карточка {number}: {name}</translation>
    </message>
    <message>
        <source>row {number}: {name}</source>
        <translation>строка {number}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} and {count} more</source>
        <translation>
            <numerusform>{shown} и ещё {count}</numerusform>
            <numerusform>{shown} и ещё {count}</numerusform>
            <numerusform>{shown} и ещё {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>Managers not found (no reporting line drawn, never guessed): {shown}</source>
        <translation>Руководители не найдены (линия подчинения не проводится, догадок нет): {shown}</translation>
    </message>
    <message numerus="yes">
        <source>The account would hold {count} people; it can hold {most}. Leave some rows out.</source>
        <translation>
            <numerusform>У клиента окажется {count} человек, а допустимо не больше {most}. Пропустите часть строк.</numerusform>
            <numerusform>У клиента окажется {count} человека, а допустимо не больше {most}. Пропустите часть строк.</numerusform>
            <numerusform>У клиента окажется {count} человек, а допустимо не больше {most}. Пропустите часть строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>New</source>
        <extracomment>rows of the file shown on the first page: enough to judge the encoding and the header characters of a cell shown (the tooltip has the rest)</extracomment>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>(row number in the file, imported or not)</extracomment>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>by {how}</source>
        <extracomment>person id -&gt; name, once the import is done: a manager shown by name the shown texts of each row, made on first use</extracomment>
        <translation>по {how}</translation>
    </message>
    <message>
        <source>{name} (by {how})</source>
        <translation>{name} (по {how})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почте</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефону</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имени</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожему имени</translation>
    </message>
</context>
</TS>
