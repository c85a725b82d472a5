<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Stage</source>
        <extracomment>((account before, account after), undo text) (profile field, new value): stage, target stage, tier stakeholder ids a finding concerns: show them on the map the stored account, fetched fresh for every edit (set by the main window) injectable for tests: every score is &quot;as of&quot; this day</extracomment>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Health &amp;&amp; tier</source>
        <translation>Здоровье и уровень</translation>
    </message>
    <message>
        <source>White space</source>
        <translation>Незанятые возможности</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Correct stage change</source>
        <translation>Исправить смену стадии</translation>
    </message>
    <message>
        <source>Score {criterion}</source>
        <translation>Оценка критерия «{criterion}»</translation>
    </message>
    <message>
        <source>Assess white-space cell</source>
        <translation>Оценка ячейки незанятых возможностей</translation>
    </message>
    <message>
        <source>Share white-space cell</source>
        <translation>Открыть клиенту ячейку незанятых возможностей</translation>
    </message>
    <message>
        <source>Stop sharing white-space cell</source>
        <translation>Закрыть доступ к ячейке незанятых возможностей</translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation>Добавить подразделение</translation>
    </message>
    <message>
        <source>Add offering</source>
        <translation>Добавить продукт</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Переименовать «{name}»</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Удалить «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n ({high} high, {medium} medium, {low} low) — double-click one about people to see them on the map</source>
        <translation>
            <numerusform>%n вывод (высокая важность: {high}, средняя: {medium}, низкая: {low}) — дважды щёлкните вывод о людях, чтобы показать их на карте</numerusform>
            <numerusform>%n вывода (высокая важность: {high}, средняя: {medium}, низкая: {low}) — дважды щёлкните вывод о людях, чтобы показать их на карте</numerusform>
            <numerusform>%n выводов (высокая важность: {high}, средняя: {medium}, низкая: {low}) — дважды щёлкните вывод о людях, чтобы показать их на карте</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}: not possible</source>
        <translation>{action}: невозможно</translation>
    </message>
    <message>
        <source>Tick stage evidence</source>
        <translation>Отметить подтверждение стадии</translation>
    </message>
    <message>
        <source>Untick stage evidence</source>
        <translation>Снять отметку подтверждения стадии</translation>
    </message>
    <message>
        <source>Describe stage evidence</source>
        <translation>Описать подтверждение стадии</translation>
    </message>
    <message>
        <source>Record stage change</source>
        <translation>Записать смену стадии</translation>
    </message>
    <message>
        <source>Remove stage change</source>
        <translation>Удалить смену стадии</translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message>
        <source>White-space cell</source>
        <translation>Ячейка незанятых возможностей</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>estimated annual value in {currency}</source>
        <translation>ожидаемая сумма в год, {currency}</translation>
    </message>
    <message>
        <source>estimated annual value</source>
        <translation>ожидаемая сумма в год</translation>
    </message>
    <message>
        <source>S&amp;hared with customer {mark}</source>
        <translation>&amp;Доступно клиенту {mark}</translation>
    </message>
    <message>
        <source>Shown in the client edition PDF (its status only, without value or note)</source>
        <translation>Показывается в PDF-версии для клиента (только статус, без суммы и примечания)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{offering}&lt;/b&gt; for &lt;b&gt;{unit}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{offering}&lt;/b&gt; для &lt;b&gt;{unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
        <translation>Ожидаемая с&amp;умма:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Stage evidence</source>
        <translation>Подтверждение стадии</translation>
    </message>
    <message>
        <source>what shows it, e.g. the supplier letter of March</source>
        <translation>чем подтверждается, например мартовским письмом о статусе поставщика</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Stage</source>
        <extracomment>the gap rows&apos; tint in a light palette (a dark palette gets a deeper amber) (criterion id, ticked)</extracomment>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>{criterion} (from the data)</source>
        <translation>{criterion} (по данным)</translation>
    </message>
    <message>
        <source>{criterion} (your judgement: tick it)</source>
        <translation>{criterion} (ваша оценка: отметьте сами)</translation>
    </message>
    <message>
        <source>In the gap to the target stage.</source>
        <translation>Входит в разрыв до целевой стадии.</translation>
    </message>
</context>
<context>
    <name>FitModel</name>
    <message>
        <source>Criterion</source>
        <extracomment>(criterion, score 1–5 or None)</extracomment>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Оценка (1–5)</translation>
    </message>
    <message>
        <source>What to consider</source>
        <translation>Что учесть</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>не оценено</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>Component</source>
        <translation>Составляющая</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>{points} of {available}</source>
        <translation>{points} из {available}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Scoring &amp;settings…</source>
        <extracomment>the manual tier should become the computed one</extracomment>
        <translation>&amp;Настройки оценки…</translation>
    </message>
    <message>
        <source>Use the computed tier</source>
        <translation>Принять расчётный уровень</translation>
    </message>
    <message>
        <source>Tier: current value × potential value</source>
        <translation>Уровень клиента: текущая × потенциальная ценность</translation>
    </message>
    <message>
        <source>KAM selection checklist</source>
        <translation>Чек-лист отбора ключевых клиентов</translation>
    </message>
    <message>
        <source>How well does this account fit as a key account?</source>
        <translation>Насколько этот клиент подходит на роль ключевого?</translation>
    </message>
    <message>
        <source>/ 100 health</source>
        <translation>/ 100 — здоровье клиента</translation>
    </message>
    <message>
        <source>Health {score} of 100</source>
        <translation>Здоровье клиента: {score} из 100</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Not scored yet: double-click a score to rate each criterion from 1 (poor fit) to 5 (excellent).</source>
        <translation>Ещё не оценено: дважды щёлкните по оценке, чтобы оценить каждый критерий от 1 (плохо подходит) до 5 (отлично).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fit {score}/100 — {verdict}&lt;/b&gt; ({answered} of {total} criteria scored)</source>
        <translation>&lt;b&gt;Соответствие {score}/100 — {verdict}&lt;/b&gt; (оценено критериев: {answered} из {total})</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>высокое</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>низкое</translation>
    </message>
    <message numerus="yes">
        <source>since {date} (then {score}); churn warning below {threshold} or a fall of {points} within %n days</source>
        <translation>
            <numerusform>с {date} (тогда {score}); предупреждение об оттоке — ниже {threshold} или при падении на {points} за %n день</numerusform>
            <numerusform>с {date} (тогда {score}); предупреждение об оттоке — ниже {threshold} или при падении на {points} за %n дня</numerusform>
            <numerusform>с {date} (тогда {score}); предупреждение об оттоке — ниже {threshold} или при падении на {points} за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>рассчитать нельзя</translation>
    </message>
    <message>
        <source>Manual tier: &lt;b&gt;{manual}&lt;/b&gt; · computed tier: &lt;b&gt;{computed}&lt;/b&gt;</source>
        <translation>Заданный уровень: &lt;b&gt;{manual}&lt;/b&gt; · расчётный: &lt;b&gt;{computed}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>⚠ The tiers differ.</source>
        <translation>⚠ Уровни не совпадают.</translation>
    </message>
</context>
<context>
    <name>PersonHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Отношение к нам</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>1 unit in {currency}</source>
        <translation>1 единица в {currency}</translation>
    </message>
    <message>
        <source>rates row {row} ({currency}): {problem}</source>
        <translation>курсы, строка {row} ({currency}): {problem}</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>not scored</source>
        <translation>не оценено</translation>
    </message>
</context>
<context>
    <name>ScoringSettingsDialog</name>
    <message>
        <source>Recency of contact</source>
        <extracomment>translated where shown (context &quot;ScoringSettingsDialog&quot;)</extracomment>
        <translation>Давность контакта</translation>
    </message>
    <message>
        <source>Frequency of contact</source>
        <translation>Частота контактов</translation>
    </message>
    <message>
        <source>Coverage of key people</source>
        <translation>Охват ключевых лиц</translation>
    </message>
    <message>
        <source>Stance balance</source>
        <translation>Баланс отношения к нам</translation>
    </message>
    <message>
        <source>Open high risks</source>
        <translation>Открытые высокие риски</translation>
    </message>
    <message>
        <source>KPI attainment</source>
        <translation>Выполнение KPI</translation>
    </message>
    <message>
        <source>recency</source>
        <translation>давность</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>частота</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>отношение</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>риски</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Scoring settings</source>
        <translation>Настройки оценки</translation>
    </message>
    <message>
        <source>Health score: weight of each component</source>
        <translation>Здоровье клиента: вес каждой составляющей</translation>
    </message>
    <message>
        <source>Churn warning</source>
        <translation>Предупреждение об оттоке</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Warn when health is below:</source>
        <translation>Предупреждать, если здоровье ниже:</translation>
    </message>
    <message>
        <source>… or falls by at least (points):</source>
        <translation>… или падает не меньше чем на (баллов):</translation>
    </message>
    <message>
        <source>… within:</source>
        <translation>… за:</translation>
    </message>
    <message>
        <source>Tiers: current value × potential value</source>
        <translation>Уровни клиентов: текущая × потенциальная ценность</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>Базовая валюта:</translation>
    </message>
    <message>
        <source>High current value from (annual revenue):</source>
        <translation>Высокая текущая ценность от (годовая выручка):</translation>
    </message>
    <message>
        <source>High potential from (potential revenue):</source>
        <translation>Высокий потенциал от (потенциальная выручка):</translation>
    </message>
    <message>
        <source>Add currency</source>
        <translation>Добавить валюту</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Exchange rates (rough defaults: set the ones you work with):</source>
        <translation>Курсы валют (по умолчанию — примерные, задайте те, с которыми работаете):</translation>
    </message>
    <message>
        <source>Add the rate of {currency} (in {base}) to the table first, then choose it as the base currency.</source>
        <translation>Сначала добавьте в таблицу курс {currency} (в {base}), затем выберите эту валюту базовой.</translation>
    </message>
    <message>
        <source>Rates and thresholds are now in {currency}.</source>
        <translation>Курсы и пороги теперь в {currency}.</translation>
    </message>
    <message>
        <source>At least one weight must be above 0.</source>
        <translation>Хотя бы один вес должен быть больше 0.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the components&apos; shares</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{component} {share}</source>
        <translation>{component} {share}</translation>
    </message>
    <message>
        <source>Share of the score when every component has data (one without data is left out and the rest rescaled): {shares}</source>
        <translation>Доля в оценке, когда данные есть по всем составляющим (составляющая без данных не учитывается, остальные пересчитываются): {shares}</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>порог текущей ценности</translation>
    </message>
    <message>
        <source>potential threshold</source>
        <translation>порог потенциала</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Не сохранено:</translation>
    </message>
</context>
<context>
    <name>StageEntryDialog</name>
    <message>
        <source>Record a stage change</source>
        <translation>Запись смены стадии</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Stage reached:</source>
        <translation>Достигнутая &amp;стадия:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>If this is the latest change, it also becomes the current stage.</source>
        <translation>Если это последняя смена, она станет и текущей стадией.</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <source>Date</source>
        <extracomment>(index in the document&apos;s stage_history, {field: value})</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>StageLadder</name>
    <message>
        <source>getting to know</source>
        <extracomment>under each stage&apos;s name; translated where painted (context &quot;StageLadder&quot;)</extracomment>
        <translation>знакомство</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>разовые сделки</translation>
    </message>
    <message>
        <source>several contacts</source>
        <translation>несколько контактов</translation>
    </message>
    <message>
        <source>strategic partner</source>
        <translation>партнёрство</translation>
    </message>
    <message>
        <source>one team</source>
        <translation>одна команда</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записана</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Relationship stage: {current}, target {target}, evidence supports {evidenced}</source>
        <translation>Стадия отношений: {current}, цель: {target}, подтверждённая: {evidenced}</translation>
    </message>
    <message>
        <source>Relationship stage: {current}, evidence supports {evidenced}</source>
        <translation>Стадия отношений: {current}, подтверждённая: {evidenced}</translation>
    </message>
    <message>
        <source>⚑ target</source>
        <translation>⚑ цель</translation>
    </message>
    <message>
        <source>▲ evidence supports</source>
        <translation>▲ подтверждено</translation>
    </message>
    <message>
        <source>Disintegrating: the relationship is breaking down</source>
        <translation>Распадающаяся: отношения разрушаются</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>No relationship shape yet: none of our people holds a working relationship.</source>
        <extracomment>translated where shown (context &quot;StagePanel&quot;)</extracomment>
        <translation>Формы отношений пока нет: ни у кого из наших сотрудников нет рабочих отношений.</translation>
    </message>
    <message>
        <source>bow-tie (fragile): the relationship runs through one person on one side.</source>
        <translation>«галстук-бабочка» (хрупкая): отношения держатся на одном человеке с одной из сторон.</translation>
    </message>
    <message>
        <source>developing: more than one-to-one, not yet team-to-team.</source>
        <translation>развивающаяся: уже не один на один, но ещё не команда с командой.</translation>
    </message>
    <message>
        <source>diamond: many team-to-team links, robust when someone leaves.</source>
        <translation>«ромб»: много связей между командами, выдерживает уход отдельных людей.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записана</translation>
    </message>
    <message>
        <source>Current relationship stage</source>
        <translation>Текущая стадия отношений</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без цели</translation>
    </message>
    <message>
        <source>Target relationship stage</source>
        <translation>Целевая стадия отношений</translation>
    </message>
    <message>
        <source>Current &amp;stage:</source>
        <translation>Текущая &amp;стадия:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Record earlier change…</source>
        <translation>Записать прошлую смену…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
        <translation>&lt;b&gt;История стадий&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every change of the relationship stage. Changing the stage records it here; double-click a date or note to correct it.</source>
        <translation>Все смены стадии отношений. Смена стадии записывается сюда; дважды щёлкните дату или примечание, чтобы исправить.</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>Чью историю показать</translation>
    </message>
    <message>
        <source>&lt;b&gt;How relationships moved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Как менялись отношения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence for each stage&lt;/b&gt;: tick what you know (double-click to add the date and what shows it), the rest comes from the data; tinted rows are the gap to the target.</source>
        <translation>&lt;b&gt;Подтверждение каждой стадии&lt;/b&gt;: отметьте то, что знаете (двойной щелчок — добавить дату и чем подтверждается), остальное берётся из данных; выделенные строки — разрыв до целевой стадии.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship shape:&lt;/b&gt; {shape}</source>
        <translation>&lt;b&gt;Форма отношений:&lt;/b&gt; {shape}</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>The evidence supports &lt;b&gt;{stage}&lt;/b&gt;.</source>
        <translation>Подтверждённая стадия: &lt;b&gt;{stage}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>⚠ Recorded as {recorded}, but the evidence supports only {stage}.</source>
        <translation>⚠ Записана стадия «{recorded}», но подтверждена только: {stage}.</translation>
    </message>
    <message>
        <source>Set a target stage to see the gap.</source>
        <translation>Задайте целевую стадию, чтобы увидеть разрыв.</translation>
    </message>
    <message numerus="yes">
        <source>Criteria unmet on the way to {stage}: &lt;b&gt;%n&lt;/b&gt;.</source>
        <translation>
            <numerusform>До стадии «{stage}» не выполнен &lt;b&gt;%n&lt;/b&gt; критерий.</numerusform>
            <numerusform>До стадии «{stage}» не выполнены &lt;b&gt;%n&lt;/b&gt; критерия.</numerusform>
            <numerusform>До стадии «{stage}» не выполнено &lt;b&gt;%n&lt;/b&gt; критериев.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target {stage} is reached.</source>
        <translation>Целевая стадия «{stage}» достигнута.</translation>
    </message>
    <message>
        <source>Every criterion up to {stage} is met.</source>
        <translation>Все критерии до стадии «{stage}» выполнены.</translation>
    </message>
    <message>
        <source>The stage history ends at {last}, not at the current stage {current}.</source>
        <translation>История стадий заканчивается на «{last}», а не на текущей стадии «{current}».</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>WhitespaceModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>{mark} Shared with customer: in the client edition, without value or note</source>
        <translation>{mark} Доступно клиенту: в версии для клиента, без суммы и примечания</translation>
    </message>
    <message>
        <source>{offering} for {unit}: not assessed yet (double-click to assess)</source>
        <translation>{offering} для {unit}: ещё не оценено (дважды щёлкните, чтобы оценить)</translation>
    </message>
    <message>
        <source>{offering} for {unit}: {status}</source>
        <translation>{offering} для {unit}: {status}</translation>
    </message>
    <message>
        <source>, estimated {value} a year</source>
        <translation>, ожидается {value} в год</translation>
    </message>
    <message>
        <source>Share of the relevant cells we already supply</source>
        <translation>Доля применимых ячеек, где мы уже поставляем</translation>
    </message>
    <message>
        <source>{share} supplied</source>
        <translation>поставляем: {share}</translation>
    </message>
    <message>
        <source>Supplied by us: {has}; opportunities: {opportunity} ({value}); with a competitor: {competitor}; not relevant: {not_relevant}; not assessed: {unassessed}</source>
        <translation>Поставляем мы: {has}; возможности: {opportunity} ({value}); у конкурента: {competitor}; неприменимо: {not_relevant}; не оценено: {unassessed}</translation>
    </message>
</context>
<context>
    <name>WhitespacePanel</name>
    <message>
        <source>No white-space grid yet. Add the customer&apos;s business units and our offerings, then mark each cell: ✓ they buy it from us, ◎ an opportunity (with its estimated value), ✕ a competitor supplies it, – not relevant.</source>
        <extracomment>the hue of each status&apos;s tint in a dark palette (deeper tints over its Base) the mark of a cell shared with the customer (shown in the client edition) translated where shown (context &quot;WhitespacePanel&quot;)</extracomment>
        <translation>Сетки незанятых возможностей пока нет. Добавьте подразделения клиента и наши продукты, затем отметьте каждую ячейку: ✓ покупают у нас, ◎ возможность (с ожидаемой суммой), ✕ поставляет конкурент, – неприменимо.</translation>
    </message>
    <message>
        <source>Add business &amp;unit…</source>
        <extracomment>(unit, offering, status | None, value, note) (unit, offering, status, value, note, shared: bool or None to keep the flag) (&quot;units&quot; | &quot;offerings&quot;, name) (&quot;units&quot; | &quot;offerings&quot;, old name, new name) (unit, offering, shared with the customer or not)</extracomment>
        <translation>Добавить &amp;подразделение…</translation>
    </message>
    <message>
        <source>Add &amp;offering…</source>
        <translation>Добавить п&amp;родукт…</translation>
    </message>
    <message>
        <source>✓ has it · ◎ opportunity · ✕ competitor · – not relevant · ? not assessed · {mark} shared with customer — double-click a cell to assess it</source>
        <translation>✓ уже есть · ◎ возможность · ✕ у конкурента · – неприменимо · ? не оценено · {mark} доступно клиенту — дважды щёлкните ячейку, чтобы оценить</translation>
    </message>
    <message numerus="yes">
        <source>Business units so far: %n. Add our offerings to see the grid.</source>
        <translation>
            <numerusform>Пока %n подразделение. Добавьте наши продукты, чтобы увидеть сетку.</numerusform>
            <numerusform>Пока %n подразделения. Добавьте наши продукты, чтобы увидеть сетку.</numerusform>
            <numerusform>Пока %n подразделений. Добавьте наши продукты, чтобы увидеть сетку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offerings so far: %n. Add the customer&apos;s business units to see the grid.</source>
        <translation>
            <numerusform>Пока %n продукт. Добавьте подразделения клиента, чтобы увидеть сетку.</numerusform>
            <numerusform>Пока %n продукта. Добавьте подразделения клиента, чтобы увидеть сетку.</numerusform>
            <numerusform>Пока %n продуктов. Добавьте подразделения клиента, чтобы увидеть сетку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation>Добавить подразделение</translation>
    </message>
    <message>
        <source>Name of the business unit:</source>
        <translation>Название подразделения:</translation>
    </message>
    <message>
        <source>Add offering</source>
        <translation>Добавить продукт</translation>
    </message>
    <message>
        <source>Name of the offering:</source>
        <translation>Название продукта:</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>Переименовать «{name}»…</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>Удалить «{name}»</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименование</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
</context>
</TS>
