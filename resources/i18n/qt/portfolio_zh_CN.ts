<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <extracomment>(section of the plan, item id) of a row: where double-clicking it leads</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>not marked held</source>
        <translation>未标记为已举行</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation>回顾会：{title}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>行动：{title}</translation>
    </message>
    <message>
        <source>The review date has passed and it is not marked held. Double-click to open it.</source>
        <translation>回顾会日期已过，但尚未标记为已举行。双击打开。</translation>
    </message>
    <message>
        <source>A review coming up: prepare the agenda. Double-click to open it.</source>
        <translation>回顾会即将召开：请准备议程。双击打开。</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the action is still open. Double-click to open it.</source>
        <translation>已逾期：截止日期已过，行动仍未完成。双击打开。</translation>
    </message>
    <message>
        <source>Due within a week. Double-click to open it.</source>
        <translation>一周内到期。双击打开。</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <source>No version of %n days ago is kept: compared with the first kept one, of {date}.</source>
        <translation>没有保存 %n 天前的版本：与最早保存的版本（{date}）比较。</translation>
    </message>
    <message>
        <source>Compared with the version in force then, of {date}.</source>
        <translation>与当时有效的版本（{date}）比较。</translation>
    </message>
    <message>
        <source>Double-click to open the account.</source>
        <translation>双击打开该客户。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Improved most</source>
        <translation>改善最多</translation>
    </message>
    <message>
        <source>Worsened most</source>
        <translation>恶化最多</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <extracomment>(title, tooltip), translated where shown (context &quot;PortfolioModel&quot;)</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>The tier set on the account</source>
        <translation>为该客户设置的分级</translation>
    </message>
    <message>
        <source>Computed tier</source>
        <translation>计算分级</translation>
    </message>
    <message>
        <source>The tier that current value × potential value suggest; highlighted when it differs from the tier set</source>
        <translation>由当前价值 × 潜在价值得出的分级；与已设分级不同时突出显示</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Relationship health today, 0–100</source>
        <translation>当前关系健康度，0–100</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Health now minus health at the start of the churn-warning window</source>
        <translation>当前健康度减去流失预警时间窗口开始时的健康度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>The relationship stage recorded; ⚠ when the evidence does not support it</source>
        <translation>已记录的关系阶段；证据不支持时显示 ⚠</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The relationship stage aimed for</source>
        <translation>目标关系阶段</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Stage criteria still unmet on the way to the target stage</source>
        <translation>距目标阶段尚未满足的阶段标准</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Churn warning: health low or falling fast</source>
        <translation>流失预警：健康度低或快速下降</translation>
    </message>
    <message>
        <source>⚠ At risk</source>
        <extracomment>a sort &quot;column&quot; beyond the shown ones, for &quot;Largest stage gaps&quot;: a contradicted stage outranks any gap, then the gap size per palette (its cacheKey): the rows&apos; grounds, the mismatch tint and each text colour the roles cell() answers; a table asks for ~8 roles per cell, most of them none of these the overload of layout(AboutToBe)Changed with a hint: &quot;rows moved, columns did not&quot; what each column sorts by, per row: see sort_keys() roles whose values change with the settings only (colours, thresholds in tooltips) a list&apos;s entries are (sort value, account key, score)</extracomment>
        <translation>⚠ 有风险</translation>
    </message>
    <message>
        <source>No tier computed: revenue, potential or an exchange rate is missing.</source>
        <translation>无法计算分级：缺少收入、潜在收入或汇率。</translation>
    </message>
    <message>
        <source>The figures suggest {computed}; the tier set is {tier}.</source>
        <translation>按数据应为{computed}，但已设分级为{tier}。</translation>
    </message>
    <message>
        <source>Not enough data to score health.</source>
        <translation>数据不足，无法评估健康度。</translation>
    </message>
    <message numerus="yes">
        <source>Health {before} %n days ago, {now} now</source>
        <translation>
            <numerusform>%n 天前健康度 {before}，现在 {now}</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded stage is above what the evidence supports.</source>
        <translation>记录的阶段高于证据支持的阶段。</translation>
    </message>
    <message numerus="yes">
        <source>Stage criteria unmet on the way to {stage}: %n</source>
        <translation>
            <numerusform>距{stage}还有 %n 项阶段标准未满足</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>&lt;h2&gt;No accounts yet&lt;/h2&gt;&lt;p&gt;The portfolio overview plots every account by current and potential value and lists those at risk. Create an account with &lt;b&gt;File › New account&lt;/b&gt; (Ctrl+N), import account files with &lt;b&gt;File › Import account files…&lt;/b&gt; (Ctrl+I), or look around with &lt;b&gt;File › Load demo workspace&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>translated where shown (context &quot;PortfolioView&quot;)</extracomment>
        <translation>&lt;h2&gt;尚无客户&lt;/h2&gt;&lt;p&gt;客户组合概览按当前价值和潜在价值标绘每个客户，并列出有风险的客户。可通过&lt;b&gt;文件 › 新建客户&lt;/b&gt;（Ctrl+N）创建客户，通过&lt;b&gt;文件 › 导入客户文件…&lt;/b&gt;（Ctrl+I）导入客户文件，或通过&lt;b&gt;文件 › 加载演示工作区&lt;/b&gt;先行了解。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Account “{key}” is damaged and was not scored; open it in the list to save what can be read.</source>
        <translation>客户「{key}」已损坏，未能评分；在列表中打开它，以保存可读取的内容。</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <extracomment>narrower than this, the lists go below the grid instead of beside it (key, what is damaged) of the accounts a scoring run could not read account key, plan section (&quot;reviews&quot; or &quot;actions&quot;), item id</extracomment>
        <translation>客户组合</translation>
    </message>
    <message>
        <source>No churn warnings: no account&apos;s health is low or falling fast.</source>
        <translation>无流失预警：没有客户的健康度偏低或快速下降。</translation>
    </message>
    <message>
        <source>No stage gaps: every account meets the criteria of its target stage.</source>
        <translation>无阶段差距：每个客户都满足其目标阶段的标准。</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Churn warnings, lowest health first</source>
        <translation>流失预警，健康度最低者在前</translation>
    </message>
    <message>
        <source>Largest stage gaps</source>
        <translation>最大阶段差距</translation>
    </message>
    <message>
        <source>Stages recorded above the evidence first, then the most unmet criteria to the target stage</source>
        <translation>先列出记录阶段高于证据的客户，再按距目标阶段未满足标准的数量从多到少排列</translation>
    </message>
    <message>
        <source>Reviews and actions due</source>
        <translation>待办回顾会和行动</translation>
    </message>
    <message>
        <source>Tier grid: current value × potential value</source>
        <translation>客户分级矩阵：当前价值 × 潜在价值</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Scoring accounts…</source>
        <extracomment>the lists&apos; texts for &quot;empty&quot;, kept aside while the database is being opened</extracomment>
        <translation>正在为客户评分…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation>评分已停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>in the next N days</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>due within N days</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due: no review in the next {review_days} and no open action due within {action_days} or overdue.</source>
        <translation>暂无待办：未来 {review_days}内没有回顾会，也没有 {action_days}内到期或已逾期的未完成行动。</translation>
    </message>
    <message>
        <source>Reviews not yet held in the next {review_days} and open actions due within {action_days}, across all accounts; overdue ones in red</source>
        <translation>所有客户未来 {review_days}内尚未举行的回顾会，以及 {action_days}内到期的未完成行动；已逾期的以红色显示</translation>
    </message>
    <message numerus="yes">
        <source>Scoring {done} of {total} accounts…</source>
        <translation>
            <numerusform>正在评分：{done}/{total} 个客户…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts are damaged and were not scored (“{key}” and {more} more); they are marked in the list.</source>
        <translation>
            <numerusform>{count} 个客户已损坏，未能评分（「{key}」等 {more} 个）；已在列表中标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring stopped: {problem}</source>
        <translation>评分已停止：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>Reviews and actions due ({count} overdue)</source>
        <translation>
            <numerusform>待办回顾会和行动（{count} 项已逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts · {at_risk} at risk</source>
        <translation>
            <numerusform>{count} 个客户 · 有风险：{at_risk}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts · {at_risk} at risk · average health {health}</source>
        <translation>
            <numerusform>{count} 个客户 · 有风险：{at_risk} · 平均健康度：{health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movers — last %n days</source>
        <translation>
            <numerusform>关系变化最大的客户 — 近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>How the relationships moved, from what changed in each account: stances and relationship strength weighted by influence, economic buyers and decision makers joining or leaving, lines of conflict, the relationship stage and health</source>
        <translation>关系如何变化，依据每个客户的改动计算：按影响力加权的态度和关系强度、经济决策者和决策者的加入或离开、冲突关系、关系阶段和客户健康度</translation>
    </message>
    <message numerus="yes">
        <source>No account improved in the last %n days.</source>
        <translation>
            <numerusform>近 %n 天内没有客户的关系改善。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No account worsened in the last %n days.</source>
        <translation>
            <numerusform>近 %n 天内没有客户的关系恶化。</numerusform>
        </translation>
    </message>
    <message>
        <source>The movers could not be computed: {problem}</source>
        <translation>无法计算关系变化：{problem}</translation>
    </message>
</context>
<context>
    <name>TierGrid</name>
    <message>
        <source>No account has both revenue and potential recorded yet.</source>
        <extracomment>quiet tints so the dots stay the strongest colour on the plot the hue of each cell&apos;s tint in a dark palette (quiet tints over its Base) translated where shown: :func:`nothing_plotted`</extracomment>
        <translation>尚无客户同时记录了收入和潜在收入。</translation>
    </message>
    <message>
        <source>Tier grid</source>
        <translation>客户分级矩阵</translation>
    </message>
    <message numerus="yes">
        <source>{count} not plotted (no revenue/potential/rate)</source>
        <extracomment>the dots by look, in painting order: (colour rgba, at risk, dot indexes) the dots by bucket of the plane, one reach wide (made by the first hit test)</extracomment>
        <translation>
            <numerusform>{count} 个未标绘（缺少收入/潜在收入/汇率）</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>{tier} (computed: {computed})</source>
        <translation>{tier}（计算：{computed}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Tier: {tier}</source>
        <translation>分级：{tier}</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <translation>健康度：{health}</translation>
    </message>
    <message>
        <source>Current {current} · potential {potential}</source>
        <translation>当前 {current} · 潜在 {potential}</translation>
    </message>
    <message>
        <source>Current value (annual revenue, {currency}) →</source>
        <translation>当前价值（年收入，{currency}）→</translation>
    </message>
    <message>
        <source>Potential value ({currency}) →</source>
        <translation>潜在价值（{currency}）→</translation>
    </message>
    <message>
        <source>health {score}+</source>
        <translation>健康度 {score}+</translation>
    </message>
    <message>
        <source>below {score}</source>
        <translation>低于 {score}</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 另有 {count} 个</translation>
    </message>
    <message>
        <source>No revenue, no potential revenue, or no exchange rate to {currency}:</source>
        <translation>缺少收入、潜在收入或兑 {currency} 的汇率：</translation>
    </message>
</context>
</TS>
