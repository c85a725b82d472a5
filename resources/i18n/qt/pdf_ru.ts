<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ExportThread</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Internal</source>
        <extracomment>the edition&apos;s button and what it says about it (English; shown translated, see _tr)</extracomment>
        <translation>Внутренняя</translation>
    </message>
    <message>
        <source>Everything, for the account team: stances, scores,
notes, gap analysis, internal risks.</source>
        <translation>Всё, для команды по клиенту: отношение к нам, оценки,
заметки, анализ разрывов, внутренние риски.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Для клиента</translation>
    </message>
    <message>
        <source>For the customer: only plan entries marked shared;
no stances, scores or notes; the map is the org chart.</source>
        <translation>Для клиента: только записи плана, доступные клиенту;
без отношения к нам, оценок и заметок; карта — оргструктура.</translation>
    </message>
    <message>
        <source>Executive brief</source>
        <translation>Краткая сводка для руководства</translation>
    </message>
    <message>
        <source>Two pages for our leadership: summary, key people,
top risks, our asks.</source>
        <translation>Две страницы для нашего руководства: резюме, ключевые лица,
главные риски, наши запросы.</translation>
    </message>
    <message>
        <source>The internal edition is for the account team: it prints every chosen section with everything recorded, empty sections with a line that says so.

Choose the client edition to see, section by section, what the customer will see.</source>
        <extracomment>where the last export went and how, remembered between runs the preview panel&apos;s word for the other editions, where it has nothing to preview</extracomment>
        <translation>Внутренняя версия — для команды по клиенту: в неё входит каждый выбранный раздел со всем, что записано, а пустые разделы — с пометкой об этом.

Выберите версию для клиента, чтобы по разделам увидеть, что увидит клиент.</translation>
    </message>
    <message>
        <source>The executive brief is two pages for our leadership; the sections are not chosen.

Choose the client edition to see, section by section, what the customer will see.</source>
        <translation>Краткая сводка для руководства — две страницы для нашего руководства; разделы не выбираются.

Выберите версию для клиента, чтобы по разделам увидеть, что увидит клиент.</translation>
    </message>
    <message>
        <source>Nothing from the plan is shared yet: the client edition will hold the profile, the org chart and the stage only. Mark entries “Shared with customer” in the Plan tab.</source>
        <translation>Из плана клиенту пока ничего не доступно: в версии для клиента будут только профиль, оргструктура и стадия отношений. Отметьте записи «Доступно клиенту» на вкладке «План».</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <extracomment>a section with more entries than this starts collapsed (its heading gives the count) how the preview marks a section that is left out (with words too: not colour alone)</extracomment>
        <translation>Экспорт плана в PDF</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <source>The client edition leaves out stances, scores, notes and internal risks, but these texts typed in the plan would still show what we think of their people or an internal risk:

{texts}

Hand the customer a PDF with them anyway?</source>
        <translation>Версия для клиента не включает отношение к нам, оценки, заметки и внутренние риски, но эти тексты из плана всё равно покажут, что мы думаем о его людях, или внутренний риск:

{texts}

Всё равно передать клиенту PDF с ними?</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Подготовка PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The PDF was not written.

{error}</source>
        <translation>PDF не записан.

{error}</translation>
    </message>
    <message>
        <source>The PDF was written, but its fonts have no glyphs for these characters, which print as blanks: {characters}</source>
        <translation>PDF записан, но в его шрифтах нет глифов для этих символов, они выйдут пустыми: {characters}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export plan as PDF</source>
        <extracomment>bytes of the account name in a suggested file name (with room for the rest) the document&apos;s language (&quot;en&quot;, &quot;zh_CN&quot;, &quot;ru&quot;); None: the window&apos;s</extracomment>
        <translation>Экспорт плана в PDF</translation>
    </message>
    <message>
        <source>The language the PDF is written in, whatever the window&apos;s: its headings, tables, dates and figures.</source>
        <extracomment>the file the file dialog has asked about replacing (no second question)</extracomment>
        <translation>Язык PDF, независимо от языка окна: заголовки, таблицы, даты и числа.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation>Открыть PDF по завершении</translation>
    </message>
    <message>
        <source>What the customer sees</source>
        <translation>Что увидит клиент</translation>
    </message>
    <message>
        <source>Not in the client edition: internal only.</source>
        <translation>Не входит в версию для клиента: только для внутреннего использования.</translation>
    </message>
    <message>
        <source>Export client edition…</source>
        <translation>Экспортировать версию для клиента…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>The preview of what the customer sees is not available here.</source>
        <translation>Предпросмотр того, что увидит клиент, здесь недоступен.</translation>
    </message>
    <message>
        <source>No section chosen.</source>
        <translation>Разделы не выбраны.</translation>
    </message>
    <message>
        <source>Sections after the cover and the contents: {n}.</source>
        <translation>Разделов после обложки и содержания: {n}.</translation>
    </message>
    <message>
        <source>Left out, as they would be empty: {sections}.</source>
        <translation>Не войдут, так как были бы пустыми: {sections}.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it?</source>
        <translation>{file} уже есть в папке {folder}. Заменить?</translation>
    </message>
</context>
</TS>
