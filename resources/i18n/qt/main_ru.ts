<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>the English source; shown through :func:`column_title`</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Жизненный цикл</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>{name}
id: {key}</source>
        <translation>{name}
id: {key}</translation>
    </message>
    <message>
        <source>Damaged: {problem}</source>
        <translation>Повреждён: {problem}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{action}: {problem}</source>
        <translation>{action}: {problem}</translation>
    </message>
    <message>
        <source>Set {field} to {value}</source>
        <translation>Изменить «{field}» на «{value}»</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Изменить «{field}»</translation>
    </message>
    <message>
        <source>{user} has since changed {field} to “{value}”; undoing would overwrite their work, so it was not undone.</source>
        <extracomment>the version this edit saved: an undo checks nobody changed the field since</extracomment>
        <translation>{user} уже изменил(а) поле «{field}» на «{value}»; отмена затёрла бы эту правку, поэтому она не выполнена.</translation>
    </message>
    <message>
        <source>New account {name}</source>
        <translation>Новый клиент «{name}»</translation>
    </message>
    <message>
        <source>Delete account {name}</source>
        <translation>Удалить клиента «{name}»</translation>
    </message>
    <message>
        <source>Load the demo workspace</source>
        <translation>Загрузить демонстрационные данные</translation>
    </message>
    <message>
        <source>{user} has since changed what “{action}” changed (the account is now at version {version}); undoing it would overwrite their work, so it was not undone. {reason}</source>
        <translation>{user} уже изменил(а) то, что меняло действие «{action}» (клиент теперь в версии {version}); отмена затёрла бы эту правку, поэтому она не выполнена. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Move {count} cards</source>
        <translation>
            <numerusform>Переместить {count} карточку</numerusform>
            <numerusform>Переместить {count} карточки</numerusform>
            <numerusform>Переместить {count} карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {count} account file(s)</source>
        <translation>
            <numerusform>Импортировать {count} файл</numerusform>
            <numerusform>Импортировать {count} файла</numerusform>
            <numerusform>Импортировать {count} файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Переместить карточку</translation>
    </message>
    <message>
        <source>undo: {action}</source>
        <extracomment>the view that made the edit, told with its first apply only the document the view&apos;s (validated) edit started from, until the first apply: applied to that very document, the result needs no second reference check</extracomment>
        <translation>отмена: {action}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <extracomment>QSettings key of the team server the app opens (a URL without password) the colours of a result line (readable on light and dark palettes)</extracomment>
        <translation>Подключение к серверу команды</translation>
    </message>
    <message>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>пусто: из хранилища паролей или ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>A password can also come from ~/.pgpass (on Windows %APPDATA%\postgresql\pgpass.conf) or a PostgreSQL service file: leave the field empty. Rapport never keeps it in plain text.</source>
        <translation>Пароль можно хранить и в ~/.pgpass (в Windows — %APPDATA%\postgresql\pgpass.conf) или в файле служб PostgreSQL: тогда оставьте поле пустым. Rapport никогда не хранит пароль открытым текстом.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>Rapport starts again on this server</source>
        <translation>Rapport перезапустится на этом сервере</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Rapport sets it up when it opens it.</source>
        <translation>Подключено. База данных пуста: Rapport подготовит её при открытии.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: {count} accounts.</source>
        <translation>
            <numerusform>Подключено: {count} клиент.</numerusform>
            <numerusform>Подключено: {count} клиента.</numerusform>
            <numerusform>Подключено: {count} клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>An older Rapport set it up: it is upgraded when Rapport opens it (its tables are copied first).</source>
        <translation>Её создала более старая версия Rapport: при открытии она будет обновлена (таблицы сначала копируются).</translation>
    </message>
    <message>
        <source>Your role on this server can only read.</source>
        <translation>Ваша роль на этом сервере — только чтение.</translation>
    </message>
</context>
<context>
    <name>DamageModel</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>(the whole document)</source>
        <translation>(весь документ)</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Save what can be read…</source>
        <translation>Сохранить уцелевшие данные…</translation>
    </message>
    <message>
        <source>{name} cannot be opened: it is damaged</source>
        <translation>«{name}» не открывается: клиент повреждён</translation>
    </message>
    <message>
        <source>Stored values that are not what Rapport writes: {count} (a disk error or an outside edit). Nothing has been changed, and the other accounts are not affected.

Save what can be read: Rapport writes an account file with every other value, and beside it a report of what could not be read. Import that file with “Replace” to work on the account again, or restore a backup (File › Restore from backup…).</source>
        <translation>Сохранённые значения не в том виде, в каком их записывает Rapport: {count} (ошибка диска или правка извне). Ничего не изменено, другие клиенты не затронуты.

Сохранить уцелевшие данные: Rapport запишет файл клиента со всеми остальными значениями, а рядом — отчёт о том, что прочитать не удалось. Импортируйте этот файл с заменой («Заменить»), чтобы снова работать с клиентом, или восстановите резервную копию (Файл › Восстановить из резервной копии…).</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>&quot;{text}&quot; is not an amount; write a number such as {plain} or {grouped}.</source>
        <translation>«{text}» — не сумма; введите число, например {plain} или {grouped}.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Filter: a word, a badge or a meaning…</source>
        <translation>Фильтр: слово, значок или значение…</translation>
    </message>
    <message>
        <source>No word of the glossary matches “{text}”.</source>
        <translation>В глоссарии нет совпадений с «{text}».</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Rapport — unexpected error</source>
        <translation>Rapport — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Your saved data is safe; the last change may not have been saved. Details are in the log folder {folder}.</source>
        <translation>Что-то пошло не так: {problem}

Сохранённые данные в безопасности; последнее изменение могло не сохраниться. Подробности — в папке журналов {folder}.</translation>
    </message>
    <message>
        <source>Rapport cannot open the database</source>
        <extracomment>how the start ended: [] while it runs, [0] done, [1] a message was shown</extracomment>
        <translation>Rapport не может открыть базу данных</translation>
    </message>
    <message>
        <source>This is the team server Rapport used last time. Start on the local database instead? (File › Connect to a team server… connects again.)</source>
        <translation>Это сервер команды, с которым Rapport работал в прошлый раз. Запустить с локальной базой данных? (Файл › Подключиться к серверу команды… подключит снова.)</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Локальная база данных</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>History of {account}</source>
        <translation>История: {account}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>Every import and the last version of each day an account was edited are kept, with who saved them. Export one with main.py export --version N.</source>
        <translation>Хранятся каждый импорт и последняя версия каждого дня, когда клиента меняли, с тем, кто их сохранил. Выгрузить версию: main.py export --version N.</translation>
    </message>
    <message numerus="yes">
        <source>{change} (and {count} earlier changes that day)</source>
        <translation>
            <numerusform>{change} (и ещё {count} более раннее изменение за день)</numerusform>
            <numerusform>{change} (и ещё {count} более ранних изменения за день)</numerusform>
            <numerusform>{change} (и ещё {count} более ранних изменений за день)</numerusform>
        </translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (текущая)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stakeholder map</source>
        <extracomment>ms between a change notice and showing it: a colleague&apos;s burst of saves is shown once the tabs built on first use: (name, title), after the Profile tab, in this order; the titles are English sources, shown through tab_title()</extracomment>
        <translation>Карта заинтересованных лиц</translation>
    </message>
    <message>
        <source>Stages &amp;&amp; gaps</source>
        <translation>Стадии и разрывы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>the account list&apos;s column widths (the name column takes the rest: long names show in full, so the columns shown by default are few and narrow) what a person panel&apos;s field is called in a message (the map&apos;s text fields)</extracomment>
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
        <source>owner on our side</source>
        <translation>ответственный с нашей стороны</translation>
    </message>
    <message>
        <source>e-mail</source>
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
        <source>last contact</source>
        <translation>последний контакт</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Changed by {user} at {time}</source>
        <extracomment>how long the status bar says who changed an account</extracomment>
        <translation>Изменено: {user}, {time}</translation>
    </message>
    <message>
        <source>{account} was deleted at {time}</source>
        <translation>{account}: удалён в {time}</translation>
    </message>
    <message>
        <source>{account} added by {user} at {time}</source>
        <translation>{account}: добавлен, {user}, {time}</translation>
    </message>
    <message>
        <source>{account} deleted by {user} at {time}</source>
        <translation>{account}: удалён, {user}, {time}</translation>
    </message>
    <message>
        <source>{account} changed by {user} at {time}</source>
        <translation>{account}: изменён, {user}, {time}</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <extracomment>watching the database for others&apos; saves (see load) change notices waiting to be shown, by account (a burst is shown once) how an exported PDF is shown (tests replace it: no viewer is started) closed to start again (Preferences › Restart now): app.views.gui does it the restart opens another database (File › Connect to a team server…, Use the local database): --db and $RAPPORT_DB are left out, the settings decide variables for the restarted app (a password typed for this session only) the database may only be read (a read-only role on the server) the kept versions of the open database, read through one Timeline (it keeps the last few it read: a date picker moved back reads nothing again) &quot;Read-only: your role on this server can only read&quot; (hidden otherwise) the open account as its tabs show it: an outside change is told from it tabs whose content is older than the account: loaded when they are shown accounts edited while the overview was hidden: scored when it is shown the tabs built so far, by name (LAZY_TABS)</extracomment>
        <translation>Открытие {database}…</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>База данных: {database}</translation>
    </message>
    <message>
        <source>Search accounts and people (name, title, industry, owner, tier, stage)…</source>
        <translation>Поиск клиентов и людей (имя, должность, отрасль, ответственный, уровень, стадия)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Show or hide the list of accounts (Ctrl+Shift+L)</source>
        <translation>Показать или скрыть список клиентов (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Создать клиента</translation>
    </message>
    <message>
        <source>&amp;Import account files…</source>
        <translation>&amp;Импорт файлов клиентов…</translation>
    </message>
    <message>
        <source>&amp;Export account…</source>
        <translation>&amp;Экспорт клиента…</translation>
    </message>
    <message>
        <source>Export p&amp;eople…</source>
        <translation>Экспорт &amp;людей…</translation>
    </message>
    <message>
        <source>The account&apos;s people as an Excel workbook (with actions, risks and interactions) or CSV</source>
        <translation>Люди клиента — в книгу Excel (с действиями, рисками и взаимодействиями) или в CSV</translation>
    </message>
    <message>
        <source>Export plan as &amp;PDF…</source>
        <translation>Экспорт плана в &amp;PDF…</translation>
    </message>
    <message>
        <source>The account plan as a PDF: internal, client or executive edition</source>
        <translation>План работы с клиентом в PDF: внутренняя версия, версия для клиента или краткая сводка для руководства</translation>
    </message>
    <message>
        <source>Load &amp;demo workspace</source>
        <translation>Загрузить &amp;демонстрационные данные</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>Импорт &amp;контактов…</translation>
    </message>
    <message>
        <source>People from a CRM export, a spreadsheet or a phone&apos;s vCards, into the open account</source>
        <translation>Добавить открытому клиенту людей из выгрузки CRM, таблицы или vCard с телефона</translation>
    </message>
    <message>
        <source>Export stakeholder &amp;map…</source>
        <translation>Экспорт карты заинтересованных ли&amp;ц…</translation>
    </message>
    <message>
        <source>PNG or SVG image</source>
        <translation>Изображение PNG или SVG</translation>
    </message>
    <message>
        <source>Connect to a &amp;team server…</source>
        <translation>Подключиться к серверу &amp;команды…</translation>
    </message>
    <message>
        <source>Work on the account team&apos;s shared PostgreSQL database</source>
        <translation>Работать в общей базе данных команды по клиенту на сервере</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Локальная база данных</translation>
    </message>
    <message>
        <source>Leave the team server and start again on the database of this computer</source>
        <translation>Отключиться от сервера команды и перезапуститься с базой данных этого компьютера</translation>
    </message>
    <message>
        <source>&amp;History of this account…</source>
        <translation>&amp;История клиента…</translation>
    </message>
    <message>
        <source>Every kept version: who saved it, when, and what changed</source>
        <translation>Все сохранённые версии: кто, когда и что изменил</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Copy the database into its backups folder</source>
        <translation>Скопировать базу данных в папку резервных копий</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>See a backup&apos;s date and accounts, then replace the database with it</source>
        <translation>Посмотреть дату и клиентов резервной копии, затем заменить ею базу данных</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Delete account…</source>
        <translation>&amp;Удалить клиента…</translation>
    </message>
    <message>
        <source>&amp;Find account</source>
        <translation>На&amp;йти клиента</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;О программе Rapport</translation>
    </message>
    <message>
        <source>&amp;Portfolio overview</source>
        <translation>Обзор &amp;портфеля</translation>
    </message>
    <message>
        <source>All accounts: tier grid, health, at-risk accounts and stage gaps</source>
        <translation>Все клиенты: сетка уровней, здоровье клиентов, клиенты под угрозой оттока и разрывы стадий</translation>
    </message>
    <message>
        <source>&amp;Scoring settings…</source>
        <translation>&amp;Настройки оценки…</translation>
    </message>
    <message>
        <source>Health weights, churn warning, tier thresholds and exchange rates</source>
        <translation>Веса здоровья клиента, предупреждение об оттоке, пороги уровней и курсы валют</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>what needs the database: off while it is being opened</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Account &amp;list</source>
        <translation>&amp;Список клиентов</translation>
    </message>
    <message>
        <source>Show or hide the list of accounts</source>
        <translation>Показать или скрыть список клиентов</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>What the map&apos;s badges, fills and borders, the stages and the findings mean</source>
        <translation>Что означают значки, цвета и рамки на карте, стадии и выводы</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Cannot show the account</source>
        <translation>Не удаётся показать клиента</translation>
    </message>
    <message>
        <source>Save what can be read</source>
        <translation>Сохранить уцелевшие данные</translation>
    </message>
    <message>
        <source>Account files (*.json)</source>
        <translation>Файлы клиентов (*.json)</translation>
    </message>
    <message>
        <source>The account could not be rescued</source>
        <translation>Не удалось спасти данные клиента</translation>
    </message>
    <message>
        <source>Saved what can be read of {name}.</source>
        <translation>Уцелевшие данные «{name}» сохранены.</translation>
    </message>
    <message>
        <source>Account file: {path}
What could not be read: {report}

Import the file now to replace the damaged account? A backup is taken first.</source>
        <translation>Файл клиента: {path}
Что не удалось прочитать: {report}

Импортировать файл сейчас вместо повреждённого клиента? Сначала будет создана резервная копия.</translation>
    </message>
    <message>
        <source>Import and replace</source>
        <translation>Импортировать и заменить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>{tier} account</source>
        <translation>{tier} клиент</translation>
    </message>
    <message>
        <source>relationship: {stage} → target {target}</source>
        <translation>стадия отношений: {stage} → цель: {target}</translation>
    </message>
    <message>
        <source>relationship: {stage}</source>
        <translation>стадия отношений: {stage}</translation>
    </message>
    <message numerus="yes">
        <source>{total} accounts</source>
        <translation>
            <numerusform>{total} клиент</numerusform>
            <numerusform>{total} клиента</numerusform>
            <numerusform>{total} клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} accounts</source>
        <translation>
            <numerusform>{shown} из {total} клиента</numerusform>
            <numerusform>{shown} из {total} клиентов</numerusform>
            <numerusform>{shown} из {total} клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Не удаётся сохранить изменение</translation>
    </message>
    <message>
        <source>Cannot save the new card positions</source>
        <translation>Не удаётся сохранить новое положение карточек</translation>
    </message>
    <message>
        <source>{action} failed</source>
        <translation>Не удалось: {action}</translation>
    </message>
    <message>
        <source>rows pasted from the clipboard</source>
        <translation>строки, вставленные из буфера обмена</translation>
    </message>
    <message numerus="yes">
        <source>Import {count} contacts</source>
        <translation>
            <numerusform>Импортировать {count} контакт</numerusform>
            <numerusform>Импортировать {count} контакта</numerusform>
            <numerusform>Импортировать {count} контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a contact</source>
        <translation>Импортировать контакт</translation>
    </message>
    <message>
        <source>{added}, {updated}, {skipped}. Ctrl+Z undoes the import.</source>
        <translation>{added}, {updated}, {skipped}. Ctrl+Z отменяет импорт.</translation>
    </message>
    <message numerus="yes">
        <source>{count} people added</source>
        <translation>
            <numerusform>Добавлен {count} человек</numerusform>
            <numerusform>Добавлено {count} человека</numerusform>
            <numerusform>Добавлено {count} человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} updated</source>
        <translation>
            <numerusform>обновлён {count}</numerusform>
            <numerusform>обновлено {count}</numerusform>
            <numerusform>обновлено {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows left out</source>
        <translation>
            <numerusform>пропущена {count} строка</numerusform>
            <numerusform>пропущены {count} строки</numerusform>
            <numerusform>пропущено {count} строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set the {field}</source>
        <translation>Не удаётся изменить «{field}»</translation>
    </message>
    <message>
        <source>Cannot save the scoring settings</source>
        <translation>Не удаётся сохранить параметры оценки</translation>
    </message>
    <message>
        <source>This account was replaced outside Rapport (an import or a restore) and the person you were editing is no longer in it. What you typed was not saved: {typed}</source>
        <translation>Этот клиент заменён вне Rapport (импортом или восстановлением), и человека, которого вы редактировали, в нём больше нет. Введённое не сохранено: {typed}</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
    <message>
        <source>The language of the windows and your name</source>
        <translation>Язык интерфейса и ваше имя</translation>
    </message>
    <message>
        <source>Read-only: nothing was changed.</source>
        <extracomment>what changes the database: off when it may only be read</extracomment>
        <translation>Только чтение: ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>Не удалось показать историю</translation>
    </message>
    <message>
        <source>{user} changed this account while you were typing. What you typed is kept here, not saved: press Enter (or leave the field) to save it on top of their change, or Esc to drop it.</source>
        <translation>Пока вы печатали, {user} изменил(а) этого клиента. Введённое сохранено здесь, но не записано: Enter (или переход к другому полю) запишет его поверх той правки, Esc — отменит.</translation>
    </message>
    <message>
        <source>{user} removed the person you were editing from this account. What you typed was not saved: {typed}</source>
        <translation>{user} удалил(а) из клиента человека, которого вы редактировали. Введённое не сохранено: {typed}</translation>
    </message>
    <message>
        <source>This account was changed outside Rapport (an import or a restore): the stored version is shown.</source>
        <translation>Клиент изменён вне Rapport (импортом или восстановлением): показана сохранённая версия.</translation>
    </message>
    <message>
        <source>Undo or redo could not be completed</source>
        <translation>Не удалось отменить или повторить действие</translation>
    </message>
    <message>
        <source>Cannot create the account</source>
        <translation>Не удаётся создать клиента</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Название клиента:</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Удалить клиента</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its {count} stakeholders?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>
            <numerusform>Удалить «{name}» вместе с {count} заинтересованным лицом?

Это можно отменить: Правка › Отменить (Ctrl+Z).</numerusform>
            <numerusform>Удалить «{name}» вместе с {count} заинтересованными лицами?

Это можно отменить: Правка › Отменить (Ctrl+Z).</numerusform>
            <numerusform>Удалить «{name}» вместе с {count} заинтересованными лицами?

Это можно отменить: Правка › Отменить (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the account</source>
        <translation>Не удаётся удалить клиента</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these problems and try again.</source>
        <translation>Ничего не импортировано. Исправьте эти ошибки и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>{count} of these accounts already exist. Replace them?</source>
        <translation>
            <numerusform>{count} из этих клиентов уже есть в базе. Заменить его?</numerusform>
            <numerusform>{count} из этих клиентов уже есть в базе. Заменить их?</numerusform>
            <numerusform>{count} из этих клиентов уже есть в базе. Заменить их?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of them cannot be read (damaged): replacing those cannot be undone with Edit › Undo, only from the backup taken first.</source>
        <translation>
            <numerusform>{count} из них не читается (повреждён): его замену нельзя отменить через Правка › Отменить — только восстановить из резервной копии, созданной перед ней.</numerusform>
            <numerusform>{count} из них не читаются (повреждены): их замену нельзя отменить через Правка › Отменить — только восстановить из резервной копии, созданной перед ней.</numerusform>
            <numerusform>{count} из них не читаются (повреждены): их замену нельзя отменить через Правка › Отменить — только восстановить из резервной копии, созданной перед ней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace accounts?</source>
        <translation>Заменить клиентов?</translation>
    </message>
    <message>
        <source>Nothing was imported: the accounts could not be backed up first</source>
        <translation>Ничего не импортировано: не удалось сначала создать резервную копию клиентов</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} account(s).</source>
        <translation>
            <numerusform>Импортирован {count} клиент.</numerusform>
            <numerusform>Импортировано {count} клиента.</numerusform>
            <numerusform>Импортировано {count} клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import account files</source>
        <translation>Импорт файлов клиентов</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Экспорт «{name}»</translation>
    </message>
    <message>
        <source>Export account</source>
        <translation>Экспорт клиента</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Экспорт людей</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {counts} to {path}</source>
        <translation>Экспортировано ({counts}) в {path}</translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} человек</numerusform>
            <numerusform>{count} человека</numerusform>
            <numerusform>{count} человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} actions</source>
        <translation>
            <numerusform>{count} действие</numerusform>
            <numerusform>{count} действия</numerusform>
            <numerusform>{count} действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} risks</source>
        <translation>
            <numerusform>{count} риск</numerusform>
            <numerusform>{count} риска</numerusform>
            <numerusform>{count} рисков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} interactions</source>
        <translation>
            <numerusform>{count} взаимодействие</numerusform>
            <numerusform>{count} взаимодействия</numerusform>
            <numerusform>{count} взаимодействий</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet}: {count}</source>
        <translation>{sheet}: {count}</translation>
    </message>
    <message>
        <source>Plan exported to {path}</source>
        <translation>План экспортирован в {path}</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>The demo accounts are already here.</source>
        <translation>Демонстрационные клиенты уже загружены.</translation>
    </message>
    <message>
        <source>Cannot load the demo</source>
        <translation>Не удаётся загрузить демонстрационные данные</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ничего не восстановлено</translation>
    </message>
    <message>
        <source>Restored the backup {name}; the state before it is in {before}</source>
        <translation>Восстановлена резервная копия {name}; прежнее состояние сохранено в {before}</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Добро пожаловать в Rapport</translation>
    </message>
    <message>
        <source>This is a new, empty database.

Load a demo workspace with three sample accounts (Chinese, Russian and English) to look around? You can delete them at any time.</source>
        <translation>Это новая пустая база данных.

Загрузить демонстрационные данные — трёх клиентов-примеров (китайского, русского и английского), чтобы осмотреться? Их можно удалить в любой момент.</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>О программе Rapport</translation>
    </message>
    <message>
        <source>Key accounts, stakeholder maps, relationship stages and account plans — offline.</source>
        <translation>Ключевые клиенты, карты заинтересованных лиц, стадии отношений и планы работы с клиентами — офлайн.</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>Несохранённое изменение</translation>
    </message>
    <message>
        <source>{problem}

Close anyway and lose this change?</source>
        <translation>{problem}

Всё равно закрыть и потерять это изменение?</translation>
    </message>
</context>
<context>
    <name>PeopleHitsModel</name>
    <message>
        <source>{name}
{title}
{account} (id: {key})</source>
        <extracomment>a search waits this long after the last keystroke (one query per pause, not per key) people shown at most; the heading says when there are more</extracomment>
        <translation>{name}
{title}
{account} (id: {key})</translation>
    </message>
</context>
<context>
    <name>PeopleSearch</name>
    <message numerus="yes">
        <source>People: first {count} found; type more to narrow</source>
        <translation>
            <numerusform>Люди: показан первый найденный ({count}); уточните запрос</numerusform>
            <numerusform>Люди: показаны первые {count} найденных; уточните запрос</numerusform>
            <numerusform>Люди: показаны первые {count} найденных; уточните запрос</numerusform>
        </translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Люди ({count})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Shown in the history and to colleagues on a team server; empty: your login name</source>
        <translation>Видно в истории и коллегам на сервере команды; пусто — имя вашей учётной записи</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Your &amp;name (recorded with every change):</source>
        <translation>Ваше &amp;имя (записывается с каждой правкой):</translation>
    </message>
    <message>
        <source>A new language applies when Rapport starts again.</source>
        <translation>Новый язык вступит в силу при следующем запуске Rapport.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить</translation>
    </message>
    <message>
        <source>Save, close Rapport and start it again in the chosen language</source>
        <translation>Сохранить, закрыть Rapport и запустить заново на выбранном языке</translation>
    </message>
    <message>
        <source>Your name was not saved: {problem}</source>
        <translation>Имя не сохранено: {problem}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>name</source>
        <extracomment>what an account field is called in a message (&quot;Set tier to Strategic&quot;)</extracomment>
        <translation>название</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>уровень клиента</translation>
    </message>
    <message>
        <source>annual revenue</source>
        <translation>годовая выручка</translation>
    </message>
    <message>
        <source>potential revenue</source>
        <translation>потенциальная выручка</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>этап жизненного цикла</translation>
    </message>
    <message>
        <source>relationship stage</source>
        <translation>стадия отношений</translation>
    </message>
    <message>
        <source>target stage</source>
        <translation>целевая стадия</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>Account name (required)</source>
        <translation>Название клиента (обязательно)</translation>
    </message>
    <message>
        <source>Account manager on our side</source>
        <translation>Менеджер клиента с нашей стороны</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>например, {amount}</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR, USD, CNY, RUB</source>
        <translation>Код ISO 4217, например EUR, USD, CNY, RUB</translation>
    </message>
    <message>
        <source>Context, history, what matters to this customer…</source>
        <translation>Контекст, история, что важно для этого клиента…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Отрасль</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>О&amp;тветственный</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Уровень клиента</translation>
    </message>
    <message>
        <source>Annual &amp;revenue</source>
        <translation>&amp;Годовая выручка</translation>
    </message>
    <message>
        <source>&amp;Potential revenue</source>
        <translation>&amp;Потенциальная выручка</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage</source>
        <translation>&amp;Этап жизненного цикла</translation>
    </message>
    <message>
        <source>Relationship &amp;stage</source>
        <translation>&amp;Стадия отношений</translation>
    </message>
    <message>
        <source>Tar&amp;get stage</source>
        <translation>&amp;Целевая стадия</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{field} not changed: {problem}</source>
        <translation>{field} — не изменено: {problem}</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: your role on this server can only read. Nothing you see here can be changed; ask the server&apos;s administrator for write access.</source>
        <extracomment>the banner&apos;s colours: amber, readable on light and dark palettes</extracomment>
        <translation>Только чтение: ваша роль на этом сервере может только читать. Здесь ничего нельзя изменить; за правом на запись обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <source>Read-only: this database is open for reading only. Nothing you see here can be changed.</source>
        <translation>Только чтение: база данных открыта только для чтения. Здесь ничего нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups in {folder}. Restoring replaces every account in the database with the backup&apos;s; the current state is backed up first, so a restore can be undone by restoring that.</source>
        <translation>Резервные копии в папке {folder}. Восстановление заменяет всех клиентов в базе данных клиентами из копии; текущее состояние сначала сохраняется в резервную копию, так что восстановление можно отменить, восстановив её.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Select a backup to see its accounts.</source>
        <translation>Выберите резервную копию, чтобы увидеть её клиентов.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>cannot be used (damaged)</source>
        <translation>нельзя использовать (повреждена)</translation>
    </message>
    <message numerus="yes">
        <source>… {count} more</source>
        <translation>
            <numerusform>… и ещё {count}</numerusform>
            <numerusform>… и ещё {count}</numerusform>
            <numerusform>… и ещё {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken {when} ({kind}, {size})</source>
        <translation>Создана {when} ({kind}, {size})</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problem}</source>
        <translation>Эту резервную копию нельзя восстановить: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts:</source>
        <translation>
            <numerusform>{count} клиент:</numerusform>
            <numerusform>{count} клиента:</numerusform>
            <numerusform>{count} клиентов:</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message numerus="yes">
        <source>Replace every account in the database with the {count} accounts of the backup of {when}?</source>
        <translation>
            <numerusform>Заменить всех клиентов в базе данных {count} клиентом из резервной копии от {when}?</numerusform>
            <numerusform>Заменить всех клиентов в базе данных {count} клиентами из резервной копии от {when}?</numerusform>
            <numerusform>Заменить всех клиентов в базе данных {count} клиентами из резервной копии от {when}?</numerusform>
        </translation>
    </message>
    <message>
        <source>The current state is backed up first (“{kind}”), so you can go back to it the same way.</source>
        <translation>Текущее состояние сначала сохраняется в резервную копию («{kind}»), так что к нему можно вернуться тем же способом.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Карта заинтересованных лиц</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Import account files</source>
        <translation>Импорт файлов клиентов</translation>
    </message>
    <message>
        <source>Import contacts into the open account</source>
        <translation>Импорт контактов в открытого клиента</translation>
    </message>
    <message>
        <source>Export the open account</source>
        <translation>Экспорт открытого клиента</translation>
    </message>
    <message>
        <source>Export the account plan as PDF</source>
        <translation>Экспорт плана в PDF</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Обзор портфеля</translation>
    </message>
    <message>
        <source>Find an account or a person</source>
        <translation>Найти клиента или человека</translation>
    </message>
    <message>
        <source>Show or hide the account list (more room for the map)</source>
        <translation>Показать или скрыть список клиентов (больше места для карты)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Add a person (beside the selected one)</source>
        <translation>Добавить человека (рядом с выбранным)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Стрелки</translation>
    </message>
    <message>
        <source>Select the next person that way</source>
        <translation>Выбрать следующего человека в этом направлении</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys</source>
        <translation>Ctrl+стрелки</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>Переместить выбранные карточки</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Изменить выбранного человека</translation>
    </message>
    <message>
        <source>Delete the selected people or lines</source>
        <translation>Удалить выбранных людей или линии</translation>
    </message>
    <message>
        <source>Drop the line being drawn, leave the drawing mode, or leave the focus</source>
        <translation>Отменить рисуемую линию, выйти из режима рисования или из фокуса</translation>
    </message>
    <message>
        <source>Collapse the selected manager&apos;s team</source>
        <translation>Свернуть подчинённых выбранного руководителя</translation>
    </message>
    <message>
        <source>Expand it again</source>
        <translation>Развернуть снова</translation>
    </message>
    <message>
        <source>Focus on the selected person (their close relationships)</source>
        <translation>Фокус на выбранном человеке (его ближайшие связи)</translation>
    </message>
    <message>
        <source>Open the selected card&apos;s menu</source>
        <translation>Открыть меню выбранной карточки</translation>
    </message>
    <message>
        <source>Fit the whole map in view</source>
        <translation>Вписать всю карту в окно</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Увеличить, уменьшить</translation>
    </message>
    <message>
        <source>Space + drag</source>
        <translation>Пробел + перетаскивание</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Прокрутить карту</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Удалить выбранные записи</translation>
    </message>
    <message>
        <source>Share the selected entries with the customer</source>
        <translation>Открыть доступ клиенту к выбранным записям</translation>
    </message>
    <message>
        <source>Stop sharing the selected entries</source>
        <translation>Закрыть доступ к выбранным записям</translation>
    </message>
    <message>
        <source>Save the text being typed in a detail box</source>
        <translation>Сохранить текст, набираемый в поле подробностей</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>{name} in {folder} is read-only, perhaps to keep it as it is.

Replace it anyway? The new file stays read-only.</source>
        <translation>Файл {name} в папке {folder} доступен только для чтения — возможно, чтобы его не меняли.

Всё равно заменить? Новый файл тоже будет только для чтения.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Not saved: {reason} The account was changed meanwhile by {user} (now version {version}); it now shows the stored version.</source>
        <extracomment>parts of the document the map draws (its people and lines; the team names owners) parts the Plan tab shows (people and the profile: the names and currency it uses) every top-level part of an account document an account was written: one :class:`AccountChange` saying what changed everything may have changed (bulk import) an undo or redo could not be carried out (message for the user) the account last read or written whole, as stored: after an edit the tabs, the portfolio row and the next edit all ask for it, and reading a large account back costs a third of a second. Every write through this class (the GUI&apos;s only way to write) drops or replaces it. the stored version ``_cached`` is: a save names it (compare-and-swap) the last version this window saved of each account: a change notice about it is this window&apos;s own save coming back (``is_own``)</extracomment>
        <translation>Не сохранено: {reason} Тем временем клиента изменил(а) {user} (теперь версия {version}); показана сохранённая версия.</translation>
    </message>
</context>
</TS>
