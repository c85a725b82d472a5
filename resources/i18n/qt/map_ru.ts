<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CardItem</name>
    <message>
        <source>influence {level}</source>
        <extracomment>the name as large as the card allows, and the stance marker the name large, the role badge and the stance marker name, role badge, title and department, stance marker full detail from the zoom at which the title is this many pixels tall on screen the compact form while its name is at least this tall on screen, chips below the largest name of the compact form and of chips, as a share of the card&apos;s height (three lines fill the card; a short name stays a name, not a poster) the stance marker&apos;s width on screen, and its largest radius in scene units (it sits on the card&apos;s top left corner, half outside: :data:`MARGIN` keeps it in the item) where the marker&apos;s centre sits: this far in from the corner, on the rounded edge the stance markers as paths in a unit box (-1 … 1), from ``encoding.STANCE_MARK``</extracomment>
        <translation>влияние {level}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Роль: {role}</translation>
    </message>
    <message>
        <source>Stance: {stance}</source>
        <translation>Отношение к нам: {stance}</translation>
    </message>
    <message>
        <source>Influence: {level} of 5</source>
        <translation>Влияние: {level} из 5</translation>
    </message>
    <message>
        <source>Our relationship: {level}</source>
        <translation>Наши отношения: {level}</translation>
    </message>
    <message>
        <source>Owner on our side: {name}</source>
        <translation>Ответственный с нашей стороны: {name}</translation>
    </message>
    <message>
        <source>Last contact: {date}</source>
        <translation>Последний контакт: {date}</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message numerus="yes">
        <source>New people (%n)</source>
        <extracomment>the groups of the list, in order, and the kinds in each</extracomment>
        <translation>
            <numerusform>Новые люди (%n)</numerusform>
            <numerusform>Новые люди (%n)</numerusform>
            <numerusform>Новые люди (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the map (%n)</source>
        <translation>
            <numerusform>Ушли с карты (%n)</numerusform>
            <numerusform>Ушли с карты (%n)</numerusform>
            <numerusform>Ушли с карты (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stance changes (%n)</source>
        <translation>
            <numerusform>Смена отношения к нам (%n)</numerusform>
            <numerusform>Смена отношения к нам (%n)</numerusform>
            <numerusform>Смена отношения к нам (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our relationships (%n)</source>
        <translation>
            <numerusform>Наши отношения (%n)</numerusform>
            <numerusform>Наши отношения (%n)</numerusform>
            <numerusform>Наши отношения (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s details (%n)</source>
        <translation>
            <numerusform>Данные людей (%n)</numerusform>
            <numerusform>Данные людей (%n)</numerusform>
            <numerusform>Данные людей (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Influence lines (%n)</source>
        <translation>
            <numerusform>Линии влияния (%n)</numerusform>
            <numerusform>Линии влияния (%n)</numerusform>
            <numerusform>Линии влияния (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account (%n)</source>
        <translation>
            <numerusform>Клиент в целом (%n)</numerusform>
            <numerusform>Клиент в целом (%n)</numerusform>
            <numerusform>Клиент в целом (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since {date}</source>
        <translation>С {date} ничего не изменилось</translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n новый человек</numerusform>
            <numerusform>%n новых человека</numerusform>
            <numerusform>%n новых человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n ушёл</numerusform>
            <numerusform>%n ушли</numerusform>
            <numerusform>%n ушли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stance changes</source>
        <translation>
            <numerusform>%n смена отношения</numerusform>
            <numerusform>%n смены отношения</numerusform>
            <numerusform>%n смен отношения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship changes</source>
        <translation>
            <numerusform>%n изменение отношений</numerusform>
            <numerusform>%n изменения отношений</numerusform>
            <numerusform>%n изменений отношений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes of people</source>
        <translation>
            <numerusform>%n другое изменение по людям</numerusform>
            <numerusform>%n других изменения по людям</numerusform>
            <numerusform>%n других изменений по людям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line changes</source>
        <translation>
            <numerusform>%n изменение линий</numerusform>
            <numerusform>%n изменения линий</numerusform>
            <numerusform>%n изменений линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account changes</source>
        <translation>
            <numerusform>%n изменение по клиенту</numerusform>
            <numerusform>%n изменения по клиенту</numerusform>
            <numerusform>%n изменений по клиенту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes since {date}</source>
        <translation>
            <numerusform>%n изменение с {date}</numerusform>
            <numerusform>%n изменения с {date}</numerusform>
            <numerusform>%n изменений с {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{head}: {parts}</source>
        <translation>{head}: {parts}</translation>
    </message>
</context>
<context>
    <name>CollapseBadge</name>
    <message numerus="yes">
        <source>%n people of this team are hidden: click to show them</source>
        <extracomment>how much of a card or a line outside the focus still shows</extracomment>
        <translation>
            <numerusform>Скрыт %n подчинённый: щёлкните, чтобы показать</numerusform>
            <numerusform>Скрыты %n подчинённых: щёлкните, чтобы показать</numerusform>
            <numerusform>Скрыто %n подчинённых: щёлкните, чтобы показать</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareOverlay</name>
    <message>
        <source>NEW</source>
        <comment>a person new on the map</comment>
        <extracomment>the change of a row (None: a group&apos;s heading) new people and lines: violet, a hue no stance, line or the selection has better to worse; the position of a stance on it (unknown: in the middle)</extracomment>
        <translation>НОВЫЙ</translation>
    </message>
    <message>
        <source>left the map</source>
        <translation>больше нет на карте</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Pick a date</source>
        <extracomment>the kept versions a menu lists (the newest; older ones through &quot;Pick a date…&quot;)</extracomment>
        <translation>Выбор даты</translation>
    </message>
    <message>
        <source>The map is drawn as it was at the end of the day picked.</source>
        <translation>Карта будет показана такой, какой она была в конце выбранного дня.</translation>
    </message>
    <message>
        <source>The map is drawn as it was at the end of the day picked (kept from {date}).</source>
        <translation>Карта будет показана такой, какой она была в конце выбранного дня (история хранится с {date}).</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <source>Back to now</source>
        <translation>Вернуться к сегодня</translation>
    </message>
    <message>
        <source>The map as it is today, editable (Esc)</source>
        <translation>Карта на сегодня, с правкой (Esc)</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Draw the map as it was on an earlier day (read-only)</source>
        <extracomment>the version to draw (None: now) the day or version to compare today&apos;s map with (None: stop comparing) what the menus offer, read when one opens (set by the tab)</extracomment>
        <translation>Показать карту на прошлую дату (только просмотр)</translation>
    </message>
    <message>
        <source>Today&apos;s map with what changed since an earlier day: who is new, who left, who moved</source>
        <translation>Сегодняшняя карта с изменениями с прошлой даты: кто новый, кто ушёл, кто сменил позицию</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <extracomment>the calendar last opened</extracomment>
        <translation>На {date}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Compared with {date}</source>
        <translation>Сравнение с {date}</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Сравнить с…</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Закончить сравнение</translation>
    </message>
    <message>
        <source>At the last review ({date})</source>
        <translation>На последнем обзоре ({date})</translation>
    </message>
    <message>
        <source>At the last review</source>
        <translation>На последнем обзоре</translation>
    </message>
    <message>
        <source>No review of this account is marked as held yet</source>
        <translation>У этого клиента ещё нет обзора, отмеченного как проведённый</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Выбрать дату…</translation>
    </message>
    <message>
        <source>Kept versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <source>{date} · {who}</source>
        <translation>{date} · {who}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Версия {number}</translation>
    </message>
</context>
<context>
    <name>InsightModel</name>
    <message>
        <source>High severity</source>
        <translation>Высокая важность</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>Средняя важность</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>Низкая важность</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <extracomment>a filter box above the list of further people once there are more than this many</extracomment>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>С кем: {name}</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation>Что обсуждали, о чём договорились</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <source>Tick everyone of theirs who took part besides this person</source>
        <translation>Отметьте всех с их стороны, кто участвовал, помимо этого человека</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>Также присутствовали</translation>
    </message>
    <message>
        <source>Write what the interaction was about: the summary is empty.</source>
        <translation>Опишите, о чём было взаимодействие: содержание не заполнено.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Fill: stance toward us</source>
        <extracomment>one row of a section: its text, what its swatch shows (&quot;fill&quot;, &quot;border&quot;, &quot;badge&quot;, &quot;reports&quot;, &quot;influence&quot; or &quot;&quot; for none) and the value it shows</extracomment>
        <translation>Цвет: отношение к нам</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Border: our relationship</source>
        <translation>Рамка: наши отношения</translation>
    </message>
    <message>
        <source>Size: influence, 1 … 5</source>
        <translation>Размер: влияние, 1 … 5</translation>
    </message>
    <message>
        <source>Badge: buying role</source>
        <translation>Значок: роль в закупке</translation>
    </message>
    <message>
        <source>Lines (thicker = stronger)</source>
        <translation>Линии (толще — сильнее)</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <source>Influence: {kind} →</source>
        <translation>Влияние: {kind} →</translation>
    </message>
</context>
<context>
    <name>LinePanel</name>
    <message>
        <source>1 weak</source>
        <translation>1 слабое</translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation>2 среднее</translation>
    </message>
    <message>
        <source>3 strong</source>
        <translation>3 сильное</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сила</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>The map is empty: there is nothing to export.</source>
        <extracomment>the largest PNG written: 256 MB of 32-bit pixels, Qt&apos;s default limit for reading an image (a larger one opens in no Qt program, Rapport included, and a 500-person map at 2x, 56,240 x 3,562 pixels, took a minute to write); the SVG has no limit</extracomment>
        <translation>Карта пуста: экспортировать нечего.</translation>
    </message>
    <message>
        <source>Cannot export to {file}: use a .png or .svg file name.</source>
        <translation>Не удаётся экспортировать в {file}: укажите имя файла .png или .svg.</translation>
    </message>
    <message>
        <source>The map is {width} × {height} pixels: too large for a PNG; export it as SVG, or as part of the PDF plan.</source>
        <translation>Карта размером {width} × {height} пикселей слишком велика для PNG: экспортируйте её в SVG или в составе PDF-плана.</translation>
    </message>
    <message>
        <source>Cannot draw the map as a PNG.</source>
        <translation>Не удаётся нарисовать карту в PNG.</translation>
    </message>
    <message>
        <source>Cannot encode the map as a PNG.</source>
        <translation>Не удаётся закодировать карту в PNG.</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Карта заинтересованных лиц</translation>
    </message>
    <message>
        <source>Cannot draw the map as an SVG.</source>
        <translation>Не удаётся нарисовать карту в SVG.</translation>
    </message>
    <message>
        <source>Cannot draw the map as an SVG: the drawing is incomplete.</source>
        <translation>Не удаётся нарисовать карту в SVG: рисунок неполный.</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Show only some people</source>
        <extracomment>the space kept between a new card and its neighbours (map units) how far Ctrl+arrow moves a card (map units) how long after an edit of people&apos;s fields the findings are brought up to date how often the compare view&apos;s marks follow lines routed again and cards moved the banner&apos;s hue over the map as it was (read-only), and over a comparison the version in force then (None: the account was not kept yet) the day the user chose (a version&apos;s own day when a version was chosen) the user dragged cards or chose a layout: {id: (old, new)} to save undoably people or lines edited: (the account after the edit, what to call it in Undo) import contacts: None (choose a file) or rows pasted into the People table the map was drawn again on its own (the past shown or left, a comparison made): its cards are new (a read-only database locks them again) per account, the people the last Force (this session) laid out the stored account, fetched fresh for every edit (set by the main window), so an edit never writes back a stale copy of what other views changed the account&apos;s versions (set by the main window); None: no history to show the account as stored now (``doc`` is what the map draws: an earlier version while the map shows the past) collapsed teams and the focus on one person: a way of looking, never saved the card menu last opened (kept so that it lives while shown), its person the &quot;Log interaction&quot; dialog last opened findings after an edit of people&apos;s fields: the card shows the edit at once, the analysis of the whole map (tens of ms at 1,000 people) runs once typing or clicking through stances pauses</extracomment>
        <translation>Показать только некоторых людей</translation>
    </message>
    <message>
        <source>Add person</source>
        <comment>toolbar</comment>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a person to the map (Ctrl+Shift+N)</source>
        <translation>Добавить человека на карту (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <comment>toolbar</comment>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>People from a CRM export, a spreadsheet or vCards</source>
        <translation>Люди из экспорта CRM, таблицы или vCard</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Collapse team</source>
        <translation>Свернуть подчинённых</translation>
    </message>
    <message>
        <source>Expand team</source>
        <translation>Развернуть подчинённых</translation>
    </message>
    <message>
        <source>Focus on this person</source>
        <translation>Фокус на этом человеке</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Линия:</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчинение</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Формальная</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Неформальная</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw this kind of line (a person to their manager, or influencer to influenced); click again to stop drawing</source>
        <translation>Перетащите от одной карточки к другой, чтобы провести такую линию (от человека к его руководителю или от влияющего к тому, на кого он влияет); нажмите ещё раз, чтобы закончить</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Раскладка:</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Силовая</translation>
    </message>
    <message>
        <source>Lay the map out by relationships. Pressed again, it keeps the drawing and places the people added since near the people they are linked to</source>
        <translation>Расположить карту по связям. Повторное нажатие сохраняет расположение и ставит добавленных после этого людей рядом с теми, с кем они связаны</translation>
    </message>
    <message>
        <source>Lay the map out as an org chart</source>
        <translation>Расположить карту как оргструктуру</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG image</source>
        <translation>Сохранить всю карту как изображение PNG или SVG</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insights&lt;/b&gt; — click one to see who it concerns</source>
        <translation>&lt;b&gt;Выводы&lt;/b&gt; — щёлкните, чтобы увидеть, кого касается вывод</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Глубина:</translation>
    </message>
    <message>
        <source>Show the people up to this many lines away (reporting or influence)</source>
        <translation>Показать людей не дальше этого числа связей (подчинение или влияние)</translation>
    </message>
    <message numerus="yes">
        <source>%n lines away at most</source>
        <translation>
            <numerusform>Не дальше %n связи</numerusform>
            <numerusform>Не дальше %n связей</numerusform>
            <numerusform>Не дальше %n связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всех</translation>
    </message>
    <message>
        <source>Leave the focus (Esc)</source>
        <translation>Выйти из фокуса (Esc)</translation>
    </message>
    <message>
        <source>No one on this map yet.

Add a person (Ctrl+Shift+N), or bring in the people you already have: Import contacts… reads a CRM export, a spreadsheet or a phone&apos;s vCards.</source>
        <translation>На карте пока никого нет.

Добавьте человека (Ctrl+Shift+N) или перенесите тех, кто у вас уже есть: «Импорт контактов…» читает выгрузку из CRM, таблицу или визитки vCard из телефона.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholders</source>
        <translation>
            <numerusform>%n заинтересованное лицо</numerusform>
            <numerusform>%n заинтересованных лица</numerusform>
            <numerusform>%n заинтересованных лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influence lines</source>
        <translation>
            <numerusform>%n линия влияния</numerusform>
            <numerusform>%n линии влияния</numerusform>
            <numerusform>%n линий влияния</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insights</source>
        <translation>
            <numerusform>%n вывод</numerusform>
            <numerusform>%n вывода</numerusform>
            <numerusform>%n выводов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stakeholder map</source>
        <translation>Экспорт карты заинтересованных лиц</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action}: {reason}</translation>
    </message>
    <message>
        <source>{action}: not possible</source>
        <translation>{action}: невозможно</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Удалить людей: %n</numerusform>
            <numerusform>Удалить людей: %n</numerusform>
            <numerusform>Удалить людей: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Удалить человека</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lines</source>
        <translation>
            <numerusform>Удалить линии: %n</numerusform>
            <numerusform>Удалить линии: %n</numerusform>
            <numerusform>Удалить линии: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Удалить линию</translation>
    </message>
    <message>
        <source>Draw reporting line</source>
        <translation>Провести линию подчинения</translation>
    </message>
    <message>
        <source>Draw formal influence</source>
        <translation>Провести формальное влияние</translation>
    </message>
    <message>
        <source>Draw informal influence</source>
        <translation>Провести неформальное влияние</translation>
    </message>
    <message>
        <source>Draw conflict influence</source>
        <translation>Провести линию конфликта</translation>
    </message>
    <message>
        <source>Draw influence line</source>
        <translation>Провести линию влияния</translation>
    </message>
    <message>
        <source>Focused on {name}</source>
        <translation>Фокус: {name}</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Изменить данные</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>Leave the focus</source>
        <translation>Выйти из фокуса</translation>
    </message>
    <message numerus="yes">
        <source>Expand team (%n hidden)</source>
        <translation>
            <numerusform>Развернуть подчинённых (скрыто: %n)</numerusform>
            <numerusform>Развернуть подчинённых (скрыто: %n)</numerusform>
            <numerusform>Развернуть подчинённых (скрыто: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a line from here</source>
        <translation>Провести линию отсюда</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Клиент не открыт.</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>{action}: not saved. {reason}</source>
        <translation>{action}: не сохранено. {reason}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>title</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль в закупке</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>отношение к нам</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>влияние</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>отношения</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>our owner</source>
        <translation>ответственный с нашей стороны</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>последний контакт</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>мессенджеры</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>сила</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>Set line {field}</source>
        <translation>Изменить линию: {field}</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Изменить: {field}</translation>
    </message>
    <message>
        <source>Cannot show that version</source>
        <translation>Не удаётся показать эту версию</translation>
    </message>
    <message>
        <source>Nothing of this account is kept from {date}.</source>
        <translation>От {date} у этого клиента ничего не сохранилось.</translation>
    </message>
    <message>
        <source>On {date} this account was not in Rapport yet: its first kept version is from {first}.</source>
        <translation>На {date} этого клиента в Rapport ещё не было: первая сохранённая версия — от {first}.</translation>
    </message>
    <message>
        <source>As of {date}: not in Rapport yet — read-only</source>
        <translation>На {date}: клиента ещё не было в Rapport — только просмотр</translation>
    </message>
    <message>
        <source>As of {date} (version {number}, saved by {who}) — read-only</source>
        <translation>На {date} (версия {number}, сохранил(а) {who}) — только просмотр</translation>
    </message>
    <message>
        <source>As of {date} (version {number}, saved {saved} by {who}) — read-only</source>
        <translation>На {date} (версия {number}, сохранил(а) {who} {saved}) — только просмотр</translation>
    </message>
    <message>
        <source>Compared with {date}: the account was not in Rapport yet, so everyone is new</source>
        <translation>Сравнение с {date}: клиента тогда ещё не было в Rapport, поэтому все — новые</translation>
    </message>
    <message>
        <source>Today compared with {date} (version {number}, saved by {who}): new people outlined, those who left as ghosts</source>
        <translation>Сегодня в сравнении с {date} (версия {number}, сохранил(а) {who}): новые люди обведены, ушедшие показаны бледными</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Все люди</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Карта заинтересованных лиц</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Роль: {role}</translation>
    </message>
    <message>
        <source>Stance: {stance}</source>
        <translation>Отношение к нам: {stance}</translation>
    </message>
    <message>
        <source>Our owner: {owner}</source>
        <translation>Ответственный: {owner}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <source>The person&apos;s manager at the customer</source>
        <translation>Руководитель человека у клиента</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль в закупке</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Отношение к нам</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Influence on the customer&apos;s decisions, 1 (little) to 5 (decisive)</source>
        <translation>Влияние на решения клиента, от 1 (небольшое) до 5 (решающее)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>Our relationship with the person, 0 (none) to 4 (advocate)</source>
        <translation>Наши отношения с человеком, от 0 (нет) до 4 (приверженец)</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Who on our side owns the relationship</source>
        <translation>Кто с нашей стороны отвечает за отношения</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Never shown in the client edition</source>
        <translation>Никогда не показывается в версии для клиента</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>As you write it, e.g. +7 495 123-45-67; never shown in the client edition</source>
        <translation>Как вы его пишете, например +7 495 123-45-67; никогда не показывается в версии для клиента</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <source>service: handle, several separated by · or ; — e.g. wechat: li_wei · telegram: @li (WeChat, Telegram, WhatsApp, LinkedIn, DingTalk, Other); never shown in the client edition</source>
        <translation>сервис: ник, несколько — через · или ;, например wechat: li_wei · telegram: @li (WeChat, Telegram, WhatsApp, LinkedIn, DingTalk, другое); никогда не показывается в версии для клиента</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Add person</source>
        <extracomment>the clipboard&apos;s text, pasted into the table</extracomment>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Nothing here yet: “Add person” (or Insert) adds one.</source>
        <translation>Здесь пока никого нет: «Добавить человека» (или Insert) добавит первого.</translation>
    </message>
    <message>
        <source>Remove the selected people, with their lines (Delete); Ctrl+Z undoes it</source>
        <translation>Удалить выбранных людей вместе с их линиями (Delete); Ctrl+Z отменяет</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>Вставить строки…</translation>
    </message>
    <message>
        <source>Add or update people from rows copied in Excel or another spreadsheet (Ctrl+V in the table): you see the columns and what will change first</source>
        <translation>Добавить или обновить людей по строкам, скопированным в Excel или другой таблице (Ctrl+V в таблице): сначала вы увидите столбцы и что изменится</translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows in a spreadsheet first (with or without the header row).</source>
        <translation>Нечего вставить: сначала скопируйте строки в таблице (со строкой заголовков или без неё).</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>This account was replaced outside Rapport (an import or a restore) while you were typing. What you typed is kept here, not saved: press Enter (or leave the field) to save it to the new version, or Esc to drop it.</source>
        <extracomment>the fields typed in, saved when the user presses Enter or leaves them the narrowest a field may be beside its label, in average characters (a full Russian name): narrower, and every label goes above its field, so that neither a long label nor a value is ever cut</extracomment>
        <translation>Пока вы печатали, этот клиент был заменён вне Rapport (импортом или восстановлением). Введённое сохранено здесь, но не записано: нажмите Enter (или покиньте поле), чтобы записать его в новую версию, или Esc, чтобы отбросить.</translation>
    </message>
    <message>
        <source>Stance: {old} → {new}, {date}</source>
        <translation>Отношение к нам: {old} → {new}, {date}</translation>
    </message>
    <message>
        <source>Relationship: {old} → {new}, {date}</source>
        <translation>Отношения: {old} → {new}, {date}</translation>
    </message>
    <message>
        <source>service: handle, several separated by · or ; (WeChat, Telegram, WhatsApp, LinkedIn, DingTalk, Other)</source>
        <extracomment>&quot;Log interaction…&quot;: the person&apos;s id the map shows an earlier version: the fields show, nothing can be changed</extracomment>
        <translation>сервис: ник, несколько — через · или ; (WeChat, Telegram, WhatsApp, LinkedIn, DingTalk, другое)</translation>
    </message>
    <message>
        <source>Contact details are never shown in the client edition</source>
        <translation>Контактные данные никогда не показываются в версии для клиента</translation>
    </message>
    <message>
        <source>{level} of 5</source>
        <translation>{level} из 5</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>Note a meeting, call or e-mail with this person; their last contact follows</source>
        <translation>Записать встречу, звонок или письмо с этим человеком; дата последнего контакта обновится</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>how this relationship moved (latest changes), read-only the account was replaced under what is being typed (see keep_typed) the label of each field, by field name</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль в закупке</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Отношение к нам</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Our relationship</source>
        <translation>Наши отношения</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Посл. контакт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Select one person to edit</source>
        <translation>Выберите одного человека</translation>
    </message>
    <message>
        <source>— nobody on the map</source>
        <translation>— никому на карте</translation>
    </message>
    <message>
        <source>a member of our account team</source>
        <translation>участник команды по клиенту</translation>
    </message>
    <message>
        <source>How it moved:</source>
        <translation>Как менялось:</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date; write it as YYYY-MM-DD</source>
        <translation>«{text}» — не дата; введите её в виде ГГГГ-ММ-ДД</translation>
    </message>
</context>
</TS>
