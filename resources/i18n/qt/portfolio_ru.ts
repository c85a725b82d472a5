<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <extracomment>(section of the plan, item id) of a row: where double-clicking it leads</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>not marked held</source>
        <translation>не отмечен как проведённый</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation>Обзор: {title}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>Действие: {title}</translation>
    </message>
    <message>
        <source>The review date has passed and it is not marked held. Double-click to open it.</source>
        <translation>Дата обзора прошла, а он не отмечен как проведённый. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>A review coming up: prepare the agenda. Double-click to open it.</source>
        <translation>Скоро обзор: подготовьте повестку. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the action is still open. Double-click to open it.</source>
        <translation>Просрочено: срок прошёл, а действие всё ещё не выполнено. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>Due within a week. Double-click to open it.</source>
        <translation>Срок — в течение недели. Дважды щёлкните, чтобы открыть.</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>No version of %n days ago is kept: compared with the first kept one, of {date}.</source>
        <translation>Версия %n-дневной давности не сохранилась: сравнение с первой сохранённой, от {date}.</translation>
    </message>
    <message>
        <source>Compared with the version in force then, of {date}.</source>
        <translation>Сравнение с версией, действовавшей тогда, от {date}.</translation>
    </message>
    <message>
        <source>Double-click to open the account.</source>
        <translation>Дважды щёлкните, чтобы открыть клиента.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Главная причина</translation>
    </message>
    <message>
        <source>Improved most</source>
        <translation>Улучшились сильнее всего</translation>
    </message>
    <message>
        <source>Worsened most</source>
        <translation>Ухудшились сильнее всего</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <extracomment>(title, tooltip), translated where shown (context &quot;PortfolioModel&quot;)</extracomment>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>The tier set on the account</source>
        <translation>Уровень, заданный для клиента</translation>
    </message>
    <message>
        <source>Computed tier</source>
        <translation>Расчётный</translation>
    </message>
    <message>
        <source>The tier that current value × potential value suggest; highlighted when it differs from the tier set</source>
        <translation>Уровень, который следует из текущей и потенциальной ценности; выделен, если отличается от заданного</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Relationship health today, 0–100</source>
        <translation>Здоровье отношений сегодня, 0–100</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Health now minus health at the start of the churn-warning window</source>
        <translation>Здоровье сейчас минус здоровье в начале периода предупреждения об оттоке</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>The relationship stage recorded; ⚠ when the evidence does not support it</source>
        <translation>Записанная стадия отношений; ⚠ — если данные её не подтверждают</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>The relationship stage aimed for</source>
        <translation>Целевая стадия отношений</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Stage criteria still unmet on the way to the target stage</source>
        <translation>Критерии, ещё не выполненные на пути к целевой стадии</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Churn warning: health low or falling fast</source>
        <translation>Предупреждение об оттоке: здоровье низкое или быстро падает</translation>
    </message>
    <message>
        <source>⚠ At risk</source>
        <extracomment>a sort &quot;column&quot; beyond the shown ones, for &quot;Largest stage gaps&quot;: a contradicted stage outranks any gap, then the gap size per palette (its cacheKey): the rows&apos; grounds, the mismatch tint and each text colour the roles cell() answers; a table asks for ~8 roles per cell, most of them none of these the overload of layout(AboutToBe)Changed with a hint: &quot;rows moved, columns did not&quot; what each column sorts by, per row: see sort_keys() roles whose values change with the settings only (colours, thresholds in tooltips) a list&apos;s entries are (sort value, account key, score)</extracomment>
        <translation>⚠ Под угрозой</translation>
    </message>
    <message>
        <source>No tier computed: revenue, potential or an exchange rate is missing.</source>
        <translation>Уровень не рассчитан: нет выручки, потенциала или курса валюты.</translation>
    </message>
    <message>
        <source>The figures suggest {computed}; the tier set is {tier}.</source>
        <translation>По цифрам выходит «{computed}», а задан уровень «{tier}».</translation>
    </message>
    <message>
        <source>Not enough data to score health.</source>
        <translation>Недостаточно данных для оценки здоровья.</translation>
    </message>
    <message numerus="yes">
        <source>Health {before} %n days ago, {now} now</source>
        <translation>
            <numerusform>Здоровье %n день назад: {before}, сейчас: {now}</numerusform>
            <numerusform>Здоровье %n дня назад: {before}, сейчас: {now}</numerusform>
            <numerusform>Здоровье %n дней назад: {before}, сейчас: {now}</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded stage is above what the evidence supports.</source>
        <translation>Записанная стадия выше той, что подтверждают данные.</translation>
    </message>
    <message numerus="yes">
        <source>Stage criteria unmet on the way to {stage}: %n</source>
        <translation>
            <numerusform>До стадии «{stage}» не выполнен %n критерий</numerusform>
            <numerusform>До стадии «{stage}» не выполнены %n критерия</numerusform>
            <numerusform>До стадии «{stage}» не выполнено %n критериев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>&lt;h2&gt;No accounts yet&lt;/h2&gt;&lt;p&gt;The portfolio overview plots every account by current and potential value and lists those at risk. Create an account with &lt;b&gt;File › New account&lt;/b&gt; (Ctrl+N), import account files with &lt;b&gt;File › Import account files…&lt;/b&gt; (Ctrl+I), or look around with &lt;b&gt;File › Load demo workspace&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>translated where shown (context &quot;PortfolioView&quot;)</extracomment>
        <translation>&lt;h2&gt;Клиентов пока нет&lt;/h2&gt;&lt;p&gt;Обзор портфеля клиентов показывает каждого клиента по текущей и потенциальной ценности и перечисляет тех, кто под угрозой. Создайте клиента командой &lt;b&gt;Файл › Новый клиент&lt;/b&gt; (Ctrl+N), импортируйте файлы клиентов командой &lt;b&gt;Файл › Импорт файлов клиентов…&lt;/b&gt; (Ctrl+I) или осмотритесь на примере: &lt;b&gt;Файл › Загрузить демонстрационные данные&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Account “{key}” is damaged and was not scored; open it in the list to save what can be read.</source>
        <translation>Клиент «{key}» повреждён и не оценён; откройте его в списке, чтобы сохранить то, что удаётся прочитать.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <extracomment>narrower than this, the lists go below the grid instead of beside it (key, what is damaged) of the accounts a scoring run could not read account key, plan section (&quot;reviews&quot; or &quot;actions&quot;), item id</extracomment>
        <translation>Портфель клиентов</translation>
    </message>
    <message>
        <source>No churn warnings: no account&apos;s health is low or falling fast.</source>
        <translation>Предупреждений об оттоке нет: ни у одного клиента здоровье не низкое и не падает быстро.</translation>
    </message>
    <message>
        <source>No stage gaps: every account meets the criteria of its target stage.</source>
        <translation>Разрывов нет: каждый клиент отвечает критериям своей целевой стадии.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Churn warnings, lowest health first</source>
        <translation>Предупреждения об оттоке, сначала самое низкое здоровье</translation>
    </message>
    <message>
        <source>Largest stage gaps</source>
        <translation>Наибольшие разрывы по стадиям</translation>
    </message>
    <message>
        <source>Stages recorded above the evidence first, then the most unmet criteria to the target stage</source>
        <translation>Сначала стадии, записанные выше подтверждённых, затем — больше всего невыполненных критериев до целевой стадии</translation>
    </message>
    <message>
        <source>Reviews and actions due</source>
        <translation>Обзоры и действия к сроку</translation>
    </message>
    <message>
        <source>Tier grid: current value × potential value</source>
        <translation>Матрица уровней: текущая × потенциальная ценность</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Scoring accounts…</source>
        <extracomment>the lists&apos; texts for &quot;empty&quot;, kept aside while the database is being opened</extracomment>
        <translation>Оценка клиентов…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисляется…</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation>Оценка остановлена.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>in the next N days</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>due within N days</comment>
        <translation>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due: no review in the next {review_days} and no open action due within {action_days} or overdue.</source>
        <translation>Ничего не ожидается: в ближайшие {review_days} обзоров нет, открытых действий со сроком в течение {action_days} или просроченных тоже нет.</translation>
    </message>
    <message>
        <source>Reviews not yet held in the next {review_days} and open actions due within {action_days}, across all accounts; overdue ones in red</source>
        <translation>Непроведённые обзоры на ближайшие {review_days} и открытые действия со сроком в течение {action_days} по всем клиентам; просроченные — красным</translation>
    </message>
    <message numerus="yes">
        <source>Scoring {done} of {total} accounts…</source>
        <translation>
            <numerusform>Оценка: {done} из {total} клиента…</numerusform>
            <numerusform>Оценка: {done} из {total} клиентов…</numerusform>
            <numerusform>Оценка: {done} из {total} клиентов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts are damaged and were not scored (“{key}” and {more} more); they are marked in the list.</source>
        <translation>
            <numerusform>{count} клиент повреждён и не оценён («{key}» и ещё {more}); они отмечены в списке.</numerusform>
            <numerusform>{count} клиента повреждены и не оценены («{key}» и ещё {more}); они отмечены в списке.</numerusform>
            <numerusform>{count} клиентов повреждены и не оценены («{key}» и ещё {more}); они отмечены в списке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring stopped: {problem}</source>
        <translation>Оценка остановлена: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Reviews and actions due ({count} overdue)</source>
        <translation>
            <numerusform>Обзоры и действия к сроку (просрочено: {count})</numerusform>
            <numerusform>Обзоры и действия к сроку (просрочено: {count})</numerusform>
            <numerusform>Обзоры и действия к сроку (просрочено: {count})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts · {at_risk} at risk</source>
        <translation>
            <numerusform>{count} клиент · под угрозой: {at_risk}</numerusform>
            <numerusform>{count} клиента · под угрозой: {at_risk}</numerusform>
            <numerusform>{count} клиентов · под угрозой: {at_risk}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts · {at_risk} at risk · average health {health}</source>
        <translation>
            <numerusform>{count} клиент · под угрозой: {at_risk} · среднее здоровье: {health}</numerusform>
            <numerusform>{count} клиента · под угрозой: {at_risk} · среднее здоровье: {health}</numerusform>
            <numerusform>{count} клиентов · под угрозой: {at_risk} · среднее здоровье: {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movers — last %n days</source>
        <translation>
            <numerusform>Сдвиги в отношениях — за последний %n день</numerusform>
            <numerusform>Сдвиги в отношениях — за последние %n дня</numerusform>
            <numerusform>Сдвиги в отношениях — за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>How the relationships moved, from what changed in each account: stances and relationship strength weighted by influence, economic buyers and decision makers joining or leaving, lines of conflict, the relationship stage and health</source>
        <translation>Как изменились отношения — по тому, что изменилось в каждом клиенте: отношение к нам и сила отношений с учётом влияния, приход и уход экономических покупателей и ЛПР, линии конфликта, стадия отношений и здоровье клиента</translation>
    </message>
    <message numerus="yes">
        <source>No account improved in the last %n days.</source>
        <translation>
            <numerusform>Ни у одного клиента отношения не улучшились за последний %n день.</numerusform>
            <numerusform>Ни у одного клиента отношения не улучшились за последние %n дня.</numerusform>
            <numerusform>Ни у одного клиента отношения не улучшились за последние %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No account worsened in the last %n days.</source>
        <translation>
            <numerusform>Ни у одного клиента отношения не ухудшились за последний %n день.</numerusform>
            <numerusform>Ни у одного клиента отношения не ухудшились за последние %n дня.</numerusform>
            <numerusform>Ни у одного клиента отношения не ухудшились за последние %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The movers could not be computed: {problem}</source>
        <translation>Не удалось вычислить сдвиги в отношениях: {problem}</translation>
    </message>
</context>
<context>
    <name>TierGrid</name>
    <message>
        <source>No account has both revenue and potential recorded yet.</source>
        <extracomment>quiet tints so the dots stay the strongest colour on the plot the hue of each cell&apos;s tint in a dark palette (quiet tints over its Base) translated where shown: :func:`nothing_plotted`</extracomment>
        <translation>Ни у одного клиента пока не записаны и выручка, и потенциал.</translation>
    </message>
    <message>
        <source>Tier grid</source>
        <translation>Матрица уровней</translation>
    </message>
    <message numerus="yes">
        <source>{count} not plotted (no revenue/potential/rate)</source>
        <extracomment>the dots by look, in painting order: (colour rgba, at risk, dot indexes) the dots by bucket of the plane, one reach wide (made by the first hit test)</extracomment>
        <translation>
            <numerusform>{count} клиент вне графика (нет выручки/потенциала/курса)</numerusform>
            <numerusform>{count} клиента вне графика (нет выручки/потенциала/курса)</numerusform>
            <numerusform>{count} клиентов вне графика (нет выручки/потенциала/курса)</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>{tier} (computed: {computed})</source>
        <translation>{tier} (расчётный: {computed})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Tier: {tier}</source>
        <translation>Уровень: {tier}</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <translation>Здоровье: {health}</translation>
    </message>
    <message>
        <source>Current {current} · potential {potential}</source>
        <translation>Сейчас {current} · потенциал {potential}</translation>
    </message>
    <message>
        <source>Current value (annual revenue, {currency}) →</source>
        <translation>Текущая ценность (годовая выручка, {currency}) →</translation>
    </message>
    <message>
        <source>Potential value ({currency}) →</source>
        <translation>Потенциал ({currency}) →</translation>
    </message>
    <message>
        <source>health {score}+</source>
        <translation>здоровье {score}+</translation>
    </message>
    <message>
        <source>below {score}</source>
        <translation>ниже {score}</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>No revenue, no potential revenue, or no exchange rate to {currency}:</source>
        <translation>Нет выручки, потенциальной выручки или курса к {currency}:</translation>
    </message>
</context>
</TS>
