<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChangesBox</name>
    <message>
        <source>Fill agenda from changes</source>
        <extracomment>the window looked back over when no earlier review was held rows shown before &quot;and N more…&quot; lines an agenda is filled with at most (the rest counted on a last line) a change of this weight or more is significant: in the agenda, listed in bold the day of the previous review held (None: none held before: ``since`` is DAYS before ``until``) ``until`` is today (a review to come, or held today) weightiest first, the order of the list everyone&apos;s name by id, then&apos;s and now&apos;s no version is kept from ``since``: compared from the earliest kept, of this day no version is kept from before ``until``: nothing to compare</extracomment>
        <translation>Повестка из изменений</translation>
    </message>
    <message>
        <source>Put the significant changes since the previous review in the agenda, one line each, to edit there; Ctrl+Z undoes it</source>
        <translation>Внести значимые изменения с прошлого обзора в повестку, по строке на каждое, чтобы там их отредактировать; Ctrl+Z отменяет</translation>
    </message>
    <message>
        <source>Changes since the previous review</source>
        <translation>Изменения с прошлого обзора</translation>
    </message>
    <message>
        <source>The account&apos;s history is not available here.</source>
        <translation>История клиента здесь недоступна.</translation>
    </message>
    <message>
        <source>Select a review to see what changed before it.</source>
        <translation>Выберите обзор, чтобы увидеть, что изменилось до него.</translation>
    </message>
    <message>
        <source>Changes since the previous review ({since} → today)</source>
        <translation>Изменения с прошлого обзора ({since} → сегодня)</translation>
    </message>
    <message>
        <source>Changes since the previous review ({since} → {until})</source>
        <translation>Изменения с прошлого обзора ({since} → {until})</translation>
    </message>
    <message numerus="yes">
        <source>Changes in the %n days before today</source>
        <translation>
            <numerusform>Изменения за %n день до сегодня</numerusform>
            <numerusform>Изменения за %n дня до сегодня</numerusform>
            <numerusform>Изменения за %n дней до сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes in the %n days before {until}</source>
        <translation>
            <numerusform>Изменения за %n день до {until}</numerusform>
            <numerusform>Изменения за %n дня до {until}</numerusform>
            <numerusform>Изменения за %n дней до {until}</numerusform>
        </translation>
    </message>
    <message>
        <source>No history is kept from then: Rapport keeps a version of the account for each day it is edited, from its first import on.</source>
        <translation>С того времени история не сохранилась: Rapport хранит версию клиента за каждый день изменений, начиная с первого импорта.</translation>
    </message>
    <message>
        <source>No history is kept from {since}: compared with the earliest version kept, of {day}.</source>
        <translation>На {since} история не сохранилась: сравнение с самой ранней сохранённой версией от {day}.</translation>
    </message>
    <message>
        <source>Nothing changed on the map, in the stage, the risks or the objectives.</source>
        <translation>На карте, в стадии, рисках и целях ничего не изменилось.</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Свернуть</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>и ещё %n…</numerusform>
            <numerusform>и ещё %n…</numerusform>
            <numerusform>и ещё %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Shared with customer</source>
        <extracomment>the row (index into the document&apos;s list) the editors&apos; texts belong to that entry as shown, with its account: where a commit lands texts sent and not yet back as a reloaded entry (no second, identical edit) why the entry cannot be shared (&quot;Internal: never shared …&quot;), plain text</extracomment>
        <translation>Доступно клиенту</translation>
    </message>
    <message>
        <source>Shared with customer: shown in the client edition PDF; Ctrl+Z undoes it</source>
        <translation>Доступно клиенту: попадает в PDF-версию для клиента; Ctrl+Z отменяет</translation>
    </message>
    <message>
        <source>{field}: saved when you leave the box (or press Ctrl+Enter); Ctrl+Z undoes it</source>
        <translation>{field}: сохраняется, когда вы покидаете поле (или по Ctrl+Enter); Ctrl+Z отменяет</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>Select a KPI with values to see its trend.</source>
        <translation>Выберите KPI со значениями, чтобы увидеть динамику.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевое значение</translation>
    </message>
</context>
<context>
    <name>KpiValueDialog</name>
    <message>
        <source>Add KPI value</source>
        <translation>Добавить значение KPI</translation>
    </message>
    <message>
        <source>the measured value</source>
        <translation>измеренное значение</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Дата измерения</translation>
    </message>
    <message>
        <source>Value ({unit})</source>
        <translation>Значение ({unit})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>There is a value for {day} already: edit it instead.</source>
        <translation>Значение за {day} уже есть: измените его.</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Filter the lists by name…</source>
        <translation>Фильтр списков по имени…</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>internal</source>
        <extracomment>a plan entry&apos;s field: &quot;risks[2].title&quot;, &quot;objectives[0].milestones[1].due&quot; pydantic&apos;s words for a missing value, shown as &quot;cannot be empty&quot; in the table&apos;s words the Add button (and the undo text of an addition), &quot;Select a risk …&quot; the undo texts: &quot;Edit risk&quot;, &quot;Remove risk&quot; / &quot;Remove 3 × risk&quot;, …</extracomment>
        <translation>внутренний</translation>
    </message>
    <message>
        <source>Internal: never shared</source>
        <translation>Внутренний: клиенту недоступен</translation>
    </message>
    <message>
        <source>Internal: never shared with the customer, whatever is ticked (untick Internal, then tick Shared, to share it)</source>
        <translation>Внутренний: никогда не доступен клиенту, что бы ни было отмечено (чтобы открыть доступ, снимите отметку «Внутренний», затем отметьте «Для клиента»)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Для клиента</translation>
    </message>
    <message>
        <source>Shared with customer: shown in the client edition PDF</source>
        <translation>Доступно клиенту: попадает в PDF-версию для клиента</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <extracomment>held, so that its identity cannot pass to another document while cached</extracomment>
        <translation>пока никого</translation>
    </message>
    <message>
        <source>the entry was changed or removed meanwhile, so this edit was not applied</source>
        <translation>запись тем временем была изменена или удалена, поэтому правка не применена</translation>
    </message>
    <message>
        <source>Insight</source>
        <extracomment>((account before, account after), undo text) the id of the account shown: after an edit of the same account the current cells stay, another account starts with nothing selected the stored account, fetched fresh for every edit (set by the main window) injectable for tests: what counts as overdue, and the date of new entries the accounts&apos; kept versions, for &quot;Changes since the previous review&quot; and an agenda filled from them (set by the main window; None: not shown) the scoring settings health moves are judged by (set by the main window) the review changes shown are out of date (computed when the page is seen) edits waiting for their editor to close (see requests.Pending) names by id and the like, built once per document for all rows</extracomment>
        <translation>Понимание клиента</translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation>Добавить понимание клиента</translation>
    </message>
    <message>
        <source>Select an insight to see and edit this.</source>
        <translation>Выберите запись, чтобы просмотреть и изменить её.</translation>
    </message>
    <message>
        <source>Edit insight</source>
        <translation>Изменить понимание клиента</translation>
    </message>
    <message>
        <source>Remove insight</source>
        <translation>Удалить понимание клиента</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × insight</source>
        <translation>
            <numerusform>Удалить %n запись о понимании клиента</numerusform>
            <numerusform>Удалить %n записи о понимании клиента</numerusform>
            <numerusform>Удалить %n записей о понимании клиента</numerusform>
        </translation>
    </message>
    <message>
        <source>Share insight with customer</source>
        <translation>Открыть доступ клиенту: понимание клиента</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × insight with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n запись о понимании клиента</numerusform>
            <numerusform>Открыть доступ клиенту: %n записи о понимании клиента</numerusform>
            <numerusform>Открыть доступ клиенту: %n записей о понимании клиента</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing insight</source>
        <translation>Закрыть доступ: понимание клиента</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × insight</source>
        <translation>
            <numerusform>Закрыть доступ: %n запись о понимании клиента</numerusform>
            <numerusform>Закрыть доступ: %n записи о понимании клиента</numerusform>
            <numerusform>Закрыть доступ: %n записей о понимании клиента</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Что и почему</translation>
    </message>
    <message>
        <source>What the customer is trying to do, and why</source>
        <translation>Чего добивается клиент и почему</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>The customer confirmed this (not just our assumption)</source>
        <translation>Клиент это подтвердил (это не только наше предположение)</translation>
    </message>
    <message>
        <source>Our value proposition</source>
        <translation>Наше ценностное предложение</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>Новое понимание клиента</translation>
    </message>
    <message>
        <source>The customer&apos;s goals, pressures and initiatives, and what we offer against each. Tick Confirmed once the customer has said so.</source>
        <translation>Цели, проблемы и инициативы клиента и что мы предлагаем по каждой из них. Отметьте «Подтверждено», когда клиент это подтвердит.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Select an objective to see and edit this.</source>
        <translation>Выберите цель, чтобы просмотреть и изменить её.</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Изменить цель</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Удалить цель</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × objective</source>
        <translation>
            <numerusform>Удалить %n цель</numerusform>
            <numerusform>Удалить %n цели</numerusform>
            <numerusform>Удалить %n целей</numerusform>
        </translation>
    </message>
    <message>
        <source>Share objective with customer</source>
        <translation>Открыть доступ клиенту: цель</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × objective with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n цель</numerusform>
            <numerusform>Открыть доступ клиенту: %n цели</numerusform>
            <numerusform>Открыть доступ клиенту: %n целей</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing objective</source>
        <translation>Закрыть доступ: цель</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × objective</source>
        <translation>
            <numerusform>Закрыть доступ: %n цель</numerusform>
            <numerusform>Закрыть доступ: %n цели</numerusform>
            <numerusform>Закрыть доступ: %n целей</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Вехи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Веха</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Добавить веху</translation>
    </message>
    <message>
        <source>Select an objective to see its milestones.</source>
        <translation>Выберите цель, чтобы увидеть её вехи.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Add quarter</source>
        <translation>Добавить квартал</translation>
    </message>
    <message>
        <source>Edit quarter</source>
        <translation>Изменить квартал</translation>
    </message>
    <message>
        <source>Remove quarter</source>
        <translation>Удалить квартал</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × quarter</source>
        <translation>
            <numerusform>Удалить %n квартал</numerusform>
            <numerusform>Удалить %n квартала</numerusform>
            <numerusform>Удалить %n кварталов</numerusform>
        </translation>
    </message>
    <message>
        <source>Share quarter with customer</source>
        <translation>Открыть доступ клиенту: квартал</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × quarter with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n квартал</numerusform>
            <numerusform>Открыть доступ клиенту: %n квартала</numerusform>
            <numerusform>Открыть доступ клиенту: %n кварталов</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing quarter</source>
        <translation>Закрыть доступ: квартал</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × quarter</source>
        <translation>
            <numerusform>Закрыть доступ: %n квартал</numerusform>
            <numerusform>Закрыть доступ: %n квартала</numerusform>
            <numerusform>Закрыть доступ: %n кварталов</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Actual − planned</source>
        <translation>Факт − план</translation>
    </message>
    <message>
        <source>Planned and actual revenue per quarter, in the account&apos;s currency.</source>
        <translation>Плановая и фактическая выручка по кварталам в валюте клиента.</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>Добавить год</translation>
    </message>
    <message>
        <source>The four quarters of the year after the last one planned</source>
        <translation>Четыре квартала года, следующего за последним запланированным</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Добавить риск</translation>
    </message>
    <message>
        <source>Select a risk to see and edit this.</source>
        <translation>Выберите риск, чтобы просмотреть и изменить его.</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Изменить риск</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Удалить риск</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × risk</source>
        <translation>
            <numerusform>Удалить %n риск</numerusform>
            <numerusform>Удалить %n риска</numerusform>
            <numerusform>Удалить %n рисков</numerusform>
        </translation>
    </message>
    <message>
        <source>Share risk with customer</source>
        <translation>Открыть доступ клиенту: риск</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × risk with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n риск</numerusform>
            <numerusform>Открыть доступ клиенту: %n риска</numerusform>
            <numerusform>Открыть доступ клиенту: %n рисков</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing risk</source>
        <translation>Закрыть доступ: риск</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × risk</source>
        <translation>
            <numerusform>Закрыть доступ: %n риск</numerusform>
            <numerusform>Закрыть доступ: %n риска</numerusform>
            <numerusform>Закрыть доступ: %n рисков</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>1 rare … 5 almost certain</source>
        <translation>1 — редко … 5 — почти наверняка</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>1 minor … 5 severe</source>
        <translation>1 — незначительное … 5 — серьёзное</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Likelihood × impact; 15 or more is high</source>
        <translation>Вероятность × влияние; от 15 — высокий риск</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Меры снижения</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <source>Internal only: never in material for the customer</source>
        <translation>Только для внутреннего пользования: никогда не попадает в материалы для клиента</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Новый риск</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>Select an action to see and edit this.</source>
        <translation>Выберите действие, чтобы просмотреть и изменить его.</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Изменить действие</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Удалить действие</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × action</source>
        <translation>
            <numerusform>Удалить %n действие</numerusform>
            <numerusform>Удалить %n действия</numerusform>
            <numerusform>Удалить %n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Share action with customer</source>
        <translation>Открыть доступ клиенту: действие</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × action with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n действие</numerusform>
            <numerusform>Открыть доступ клиенту: %n действия</numerusform>
            <numerusform>Открыть доступ клиенту: %n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing action</source>
        <translation>Закрыть доступ: действие</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × action</source>
        <translation>
            <numerusform>Закрыть доступ: %n действие</numerusform>
            <numerusform>Закрыть доступ: %n действия</numerusform>
            <numerusform>Закрыть доступ: %n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Заинтересованное лицо</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>Overdue actions are red and say so; done and cancelled ones grey.</source>
        <translation>Просроченные действия выделены красным и помечены; выполненные и отменённые — серым.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Добавить участника команды</translation>
    </message>
    <message>
        <source>Select a team member to see and edit this.</source>
        <translation>Выберите участника команды, чтобы просмотреть и изменить его данные.</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Изменить участника команды</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Удалить участника команды</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × team member</source>
        <translation>
            <numerusform>Удалить %n участника команды</numerusform>
            <numerusform>Удалить %n участника команды</numerusform>
            <numerusform>Удалить %n участников команды</numerusform>
        </translation>
    </message>
    <message>
        <source>Share team member with customer</source>
        <translation>Открыть доступ клиенту: участник команды</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × team member with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n участник команды</numerusform>
            <numerusform>Открыть доступ клиенту: %n участника команды</numerusform>
            <numerusform>Открыть доступ клиенту: %n участников команды</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing team member</source>
        <translation>Закрыть доступ: участник команды</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × team member</source>
        <translation>
            <numerusform>Закрыть доступ: %n участник команды</numerusform>
            <numerusform>Закрыть доступ: %n участника команды</numerusform>
            <numerusform>Закрыть доступ: %n участников команды</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Owns (stakeholders)</source>
        <translation>Закреплённые лица</translation>
    </message>
    <message>
        <source>Stakeholders whose owner on our side is this person (set on the stakeholder map)</source>
        <translation>Заинтересованные лица, у которых этот человек — ответственный с нашей стороны (задаётся на карте заинтересованных лиц)</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Новый участник команды</translation>
    </message>
    <message>
        <source>Our account team. Who owns which stakeholder is set on the stakeholder map (&quot;Owner on our side&quot;) and feeds its coverage.</source>
        <translation>Наша команда по клиенту. Кто какое заинтересованное лицо ведёт, задаётся на карте заинтересованных лиц («Ответственный с нашей стороны») и учитывается в её охвате.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Добавить обзор</translation>
    </message>
    <message>
        <source>Select a review to see and edit this.</source>
        <translation>Выберите обзор, чтобы просмотреть и изменить его.</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Изменить обзор</translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation>Удалить обзор</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × review</source>
        <translation>
            <numerusform>Удалить %n обзор</numerusform>
            <numerusform>Удалить %n обзора</numerusform>
            <numerusform>Удалить %n обзоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Share review with customer</source>
        <translation>Открыть доступ клиенту: обзор</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × review with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n обзор</numerusform>
            <numerusform>Открыть доступ клиенту: %n обзора</numerusform>
            <numerusform>Открыть доступ клиенту: %n обзоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing review</source>
        <translation>Закрыть доступ: обзор</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × review</source>
        <translation>
            <numerusform>Закрыть доступ: %n обзор</numerusform>
            <numerusform>Закрыть доступ: %n обзора</numerusform>
            <numerusform>Закрыть доступ: %n обзоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>not marked held</source>
        <translation>не отмечен как проведённый</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Обзор клиента</translation>
    </message>
    <message>
        <source>Schedule quarterly</source>
        <translation>Запланировать ежеквартально</translation>
    </message>
    <message>
        <source>Add four reviews, three months apart, after the last one</source>
        <translation>Добавить четыре обзора с интервалом в три месяца после последнего</translation>
    </message>
    <message>
        <source>Attendees &amp;&amp; follow-ups…</source>
        <translation>Участники и действия…</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Новое последующее действие</translation>
    </message>
    <message>
        <source>An action agreed at the selected review, due two weeks after it; edit it on the Actions page</source>
        <translation>Действие, согласованное на выбранном обзоре, со сроком через две недели после него; редактируется на странице «Действия»</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Экспорт в .ics…</translation>
    </message>
    <message>
        <source>Export the review schedule as an iCalendar file for any calendar</source>
        <translation>Экспортировать расписание обзоров в файл iCalendar для любого календаря</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Добавить KPI</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Изменить KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Удалить KPI</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × KPI</source>
        <translation>
            <numerusform>Удалить %n KPI</numerusform>
            <numerusform>Удалить %n KPI</numerusform>
            <numerusform>Удалить %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Share KPI with customer</source>
        <translation>Открыть доступ клиенту: KPI</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × KPI with customer</source>
        <translation>
            <numerusform>Открыть доступ клиенту: %n KPI</numerusform>
            <numerusform>Открыть доступ клиенту: %n KPI</numerusform>
            <numerusform>Открыть доступ клиенту: %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing KPI</source>
        <translation>Закрыть доступ: KPI</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × KPI</source>
        <translation>
            <numerusform>Закрыть доступ: %n KPI</numerusform>
            <numerusform>Закрыть доступ: %n KPI</numerusform>
            <numerusform>Закрыть доступ: %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Больше — лучше</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>The latest value against the target, as health counts it: &quot;met&quot; at or beyond the target</source>
        <translation>Последнее значение относительно целевого, как его учитывает здоровье клиента: достигнуто или превышено — цель выполнена</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Новый KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Добавить значение</translation>
    </message>
    <message>
        <source>Remove interaction</source>
        <translation>Удалить взаимодействие</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × interaction</source>
        <translation>
            <numerusform>Удалить %n взаимодействие</numerusform>
            <numerusform>Удалить %n взаимодействия</numerusform>
            <numerusform>Удалить %n взаимодействий</numerusform>
        </translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Добавить взаимодействие</translation>
    </message>
    <message>
        <source>Select an interaction to see and edit this.</source>
        <translation>Выберите взаимодействие, чтобы просмотреть и изменить его.</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Изменить взаимодействие</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
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
        <source>Every contact with the customer. Logging one updates the last contact on the map of everyone in it.</source>
        <translation>Все контакты с клиентом. Новая запись обновляет последний контакт на карте у каждого участника.</translation>
    </message>
    <message>
        <source>People present…</source>
        <translation>Присутствовали…</translation>
    </message>
    <message>
        <source>Tick everyone of theirs who took part besides the main person</source>
        <translation>Отметьте всех с их стороны, кто участвовал, помимо основного контакта</translation>
    </message>
    <message>
        <source>Q{quarter}&apos;{year}</source>
        <translation>{quarter} кв. ’{year}</translation>
    </message>
    <message>
        <source>Milestones of “{objective}”</source>
        <translation>Вехи цели «{objective}»</translation>
    </message>
    <message>
        <source>{edit}: not saved. {reasons}</source>
        <translation>{edit}: не сохранено. {reasons}</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>1 stakeholder no longer has an owner on our side: give them one on the map (Ctrl+Z undoes the removal).</source>
        <translation>У 1 заинтересованного лица больше нет ответственного с нашей стороны: назначьте его на карте (Ctrl+Z отменит удаление).</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholders no longer have an owner on our side: give them one on the map (Ctrl+Z undoes the removal).</source>
        <translation>
            <numerusform>У %n заинтересованного лица больше нет ответственного с нашей стороны: назначьте его на карте (Ctrl+Z отменит удаление).</numerusform>
            <numerusform>У %n заинтересованных лиц больше нет ответственного с нашей стороны: назначьте им ответственных на карте (Ctrl+Z отменит удаление).</numerusform>
            <numerusform>У %n заинтересованных лиц больше нет ответственного с нашей стороны: назначьте им ответственных на карте (Ctrl+Z отменит удаление).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 internal risk stays unshared: internal risks never reach the customer (to share one, untick Internal first).</source>
        <translation>1 внутренний риск остаётся недоступным клиенту: внутренние риски никогда не передаются клиенту (чтобы открыть доступ, сначала снимите отметку «Внутренний»).</translation>
    </message>
    <message numerus="yes">
        <source>%n internal risks stay unshared: internal risks never reach the customer (to share one, untick Internal first).</source>
        <translation>
            <numerusform>%n внутренний риск остаётся недоступным клиенту: внутренние риски никогда не передаются клиенту (чтобы открыть доступ, сначала снимите отметку «Внутренний»).</numerusform>
            <numerusform>%n внутренних риска остаются недоступными клиенту: внутренние риски никогда не передаются клиенту (чтобы открыть доступ, сначала снимите отметку «Внутренний»).</numerusform>
            <numerusform>%n внутренних рисков остаются недоступными клиенту: внутренние риски никогда не передаются клиенту (чтобы открыть доступ, сначала снимите отметку «Внутренний»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>Select an objective first.</source>
        <translation>Сначала выберите цель.</translation>
    </message>
    <message>
        <source>Select a KPI first.</source>
        <translation>Сначала выберите KPI.</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Изменить веху</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Новая веха</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Удалить веху</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × milestone</source>
        <translation>
            <numerusform>Удалить %n веху</numerusform>
            <numerusform>Удалить %n вехи</numerusform>
            <numerusform>Удалить %n вех</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} is in the future: a value is entered once measured</source>
        <translation>{day} ещё не наступило: значение вносится после измерения</translation>
    </message>
    <message>
        <source>Edit KPI value</source>
        <translation>Изменить значение KPI</translation>
    </message>
    <message>
        <source>Add KPI value</source>
        <translation>Добавить значение KPI</translation>
    </message>
    <message>
        <source>Remove KPI value</source>
        <translation>Удалить значение KPI</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × KPI value</source>
        <translation>
            <numerusform>Удалить %n значение KPI</numerusform>
            <numerusform>Удалить %n значения KPI</numerusform>
            <numerusform>Удалить %n значений KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule quarterly reviews</source>
        <translation>Запланировать ежеквартальные обзоры</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more (see the changes below the agenda)</source>
        <translation>
            <numerusform>• … и ещё %n (см. изменения под повесткой)</numerusform>
            <numerusform>• … и ещё %n (см. изменения под повесткой)</numerusform>
            <numerusform>• … и ещё %n (см. изменения под повесткой)</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant changes to put in the agenda.</source>
        <translation>Нет значимых изменений для повестки.</translation>
    </message>
    <message>
        <source>Fill agenda from changes</source>
        <translation>Повестка из изменений</translation>
    </message>
    <message>
        <source>The agenda already has text. Add the changes below it?</source>
        <translation>В повестке уже есть текст. Добавить изменения под ним?</translation>
    </message>
    <message>
        <source>Add revenue plan {year}</source>
        <translation>Добавить план выручки на {year}</translation>
    </message>
    <message>
        <source>Select a review first.</source>
        <translation>Сначала выберите обзор.</translation>
    </message>
    <message>
        <source>Account reviews, quarterly by default. Export the schedule to any calendar. A past review not marked held is red. A new review&apos;s agenda starts with the significant changes since the last one held.</source>
        <translation>Обзоры клиента, по умолчанию ежеквартальные. Расписание можно экспортировать в любой календарь. Прошедший обзор, не отмеченный как проведённый, выделен красным. Повестка нового обзора начинается со значимых изменений с последнего проведённого.</translation>
    </message>
    <message>
        <source>Follow-up of {review}</source>
        <translation>По итогам: {review}</translation>
    </message>
    <message>
        <source>Follow-up of the review</source>
        <translation>По итогам обзора</translation>
    </message>
    <message>
        <source>New follow-up action</source>
        <translation>Новое последующее действие</translation>
    </message>
    <message>
        <source>Select an interaction first.</source>
        <translation>Сначала выберите взаимодействие.</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Their people</source>
        <translation>Их сотрудники</translation>
    </message>
    <message>
        <source>Set people present</source>
        <translation>Указать присутствовавших</translation>
    </message>
    <message>
        <source>Attendees and follow-ups</source>
        <translation>Участники и последующие действия</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <source>Set review attendees</source>
        <translation>Указать участников обзора</translation>
    </message>
    <message>
        <source>Export review schedule</source>
        <translation>Экспорт расписания обзоров</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>Календарь iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <source>Exported 1 review to {path}.</source>
        <translation>1 обзор экспортирован в {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reviews to {path}.</source>
        <translation>
            <numerusform>%n обзор экспортирован в {path}.</numerusform>
            <numerusform>%n обзора экспортированы в {path}.</numerusform>
            <numerusform>%n обзоров экспортированы в {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Planned revenue (outline) and actual revenue per quarter: green at or above plan, red below</source>
        <translation>Плановая (контур) и фактическая выручка по кварталам: зелёным — на уровне плана или выше, красным — ниже</translation>
    </message>
    <message>
        <source>Add quarters to see planned against actual revenue.</source>
        <translation>Добавьте кварталы, чтобы сравнить плановую и фактическую выручку.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>план</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>факт</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Open risks by likelihood (up) and impact (right)</source>
        <extracomment>open risks without likelihood or impact: not on the grid, but said so</extracomment>
        <translation>Открытые риски по вероятности (вверх) и влиянию (вправо)</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = {score}</source>
        <translation>Вероятность {likelihood} × влияние {impact} = {score}</translation>
    </message>
    <message>
        <source>{score}: no open risk</source>
        <translation>{score}: открытых рисков нет</translation>
    </message>
    <message>
        <source>{score}: 1 open risk</source>
        <translation>{score}: 1 открытый риск</translation>
    </message>
    <message numerus="yes">
        <source>{score}: %n open risks</source>
        <translation>
            <numerusform>{score}: %n открытый риск</numerusform>
            <numerusform>{score}: %n открытых риска</numerusform>
            <numerusform>{score}: %n открытых рисков</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select them.</source>
        <translation>Щёлкните, чтобы выделить их.</translation>
    </message>
    <message>
        <source>impact →</source>
        <translation>влияние →</translation>
    </message>
    <message>
        <source>1 open risk not rated yet</source>
        <translation>1 открытый риск без оценки</translation>
    </message>
    <message numerus="yes">
        <source>%n open risks not rated yet</source>
        <translation>
            <numerusform>%n открытый риск без оценки</numerusform>
            <numerusform>%n открытых риска без оценки</numerusform>
            <numerusform>%n открытых рисков без оценки</numerusform>
        </translation>
    </message>
    <message>
        <source>likelihood →</source>
        <translation>вероятность →</translation>
    </message>
</context>
<context>
    <name>SectionDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>{column}: not saved. {reason}</source>
        <translation>{column}: не сохранено. {reason}</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>Shared with the customer: in the client edition PDF</source>
        <extracomment>the Add button; the empty table&apos;s text names it the detail boxes while no entry is selected shown in the cell beside the greyed box: &quot;internal&quot; shown beside the detail box: &quot;Internal: never shared&quot; the tooltip: why, and what to do instead what a computed column sorts by: a number (None sorts first), not its text a choice that must be made: no &quot;—&quot; (unset) in its list not shown in the table at first (a long text read below it); the header&apos;s context menu shows it a computed column that shows a number: aligned right like the other numbers for a check box that some entries cannot have ticked (an internal risk cannot be shared): why, for those entries; None for the others a text column whose value is not a string (a person&apos;s messenger handles): the value as text in the editor, and the value from what was typed (ValueError: refused, with its message, nothing saved) an EditRequest a value refused before it became an edit (a number that is not one), and why the entry the rows belong to, when nested where edits wait for their editor to close (shared by the Plan tab) optional colour for a whole row (overdue actions, high risks) per choice column (by field): value → label in ``doc``, built on first use and dropped when another document is loaded; not a list searched per cell per column: every row&apos;s sort key, computed on first use after a load (a sort asks for two keys per comparison: n log n times, each through Python)</extracomment>
        <translation>Доступно клиенту: в PDF-версии для клиента</translation>
    </message>
    <message>
        <source>Not shared: ours alone</source>
        <translation>Недоступно клиенту: только для нас</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Fit columns to contents</source>
        <extracomment>whether a cell cannot be changed for its entry (a risk marked internal cannot be shared) the field that says whether an entry is shared with the customer (client edition) the header menu&apos;s entry that sizes the columns to the texts shown (English; the menu shows it translated)</extracomment>
        <translation>Подогнать ширину столбцов</translation>
    </message>
    <message>
        <source>Nothing here yet: “{add}” (or Insert) adds one.</source>
        <translation>Пока пусто: «{add}» (или Insert) добавляет запись.</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <extracomment>(rows as indices into the document&apos;s list, shared with the customer or not)</extracomment>
        <translation>Добавить: {what}</translation>
    </message>
    <message>
        <source>Select a row to see and edit this.</source>
        <translation>Выберите строку, чтобы просмотреть и изменить.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>whether the columns were sized to the contents yet: once, when the table is first filled, then kept (the user&apos;s widths too) until asked from the header</extracomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>Добавить (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete); Ctrl+Z undoes it</source>
        <translation>Удалить выбранные записи (Delete); Ctrl+Z отменяет</translation>
    </message>
    <message>
        <source>Share with customer</source>
        <translation>Открыть доступ клиенту</translation>
    </message>
    <message>
        <source>Share the selected entries with the customer: shown in the client edition PDF (Ctrl+Shift+S); Ctrl+Z undoes it</source>
        <translation>Открыть клиенту доступ к выбранным записям: они попадут в PDF-версию для клиента (Ctrl+Shift+S); Ctrl+Z отменяет</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Закрыть доступ</translation>
    </message>
    <message>
        <source>Stop sharing the selected entries: left out of the client edition PDF (Ctrl+Shift+U); Ctrl+Z undoes it</source>
        <translation>Закрыть доступ к выбранным записям: они не попадут в PDF-версию для клиента (Ctrl+Shift+U); Ctrl+Z отменяет</translation>
    </message>
    <message numerus="yes">
        <source>{action} (%n selected)</source>
        <translation>
            <numerusform>{action} (выбрано: %n)</numerusform>
            <numerusform>{action} (выбрано: %n)</numerusform>
            <numerusform>{action} (выбрано: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Widths from the texts shown now (they are kept when entries or accounts change)</source>
        <translation>Ширина по текстам, показанным сейчас (сохраняется при смене записей и клиентов)</translation>
    </message>
</context>
</TS>
