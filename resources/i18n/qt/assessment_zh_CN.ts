<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Stage</source>
        <extracomment>((account before, account after), undo text) (profile field, new value): stage, target stage, tier stakeholder ids a finding concerns: show them on the map the stored account, fetched fresh for every edit (set by the main window) injectable for tests: every score is &quot;as of&quot; this day</extracomment>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Health &amp;&amp; tier</source>
        <translation>健康度与分级</translation>
    </message>
    <message>
        <source>White space</source>
        <translation>空白机会</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Correct stage change</source>
        <translation>更正阶段变更</translation>
    </message>
    <message>
        <source>Score {criterion}</source>
        <translation>评分：{criterion}</translation>
    </message>
    <message>
        <source>Assess white-space cell</source>
        <translation>评估空白机会单元格</translation>
    </message>
    <message>
        <source>Share white-space cell</source>
        <translation>与客户共享空白机会单元格</translation>
    </message>
    <message>
        <source>Stop sharing white-space cell</source>
        <translation>停止共享空白机会单元格</translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation>添加业务部门</translation>
    </message>
    <message>
        <source>Add offering</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>重命名「{name}」</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>删除「{name}」</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n ({high} high, {medium} medium, {low} low) — double-click one about people to see them on the map</source>
        <translation>
            <numerusform>共 %n 项发现（高：{high}，中：{medium}，低：{low}）— 双击与人员相关的发现，可在地图上查看这些人员</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}: not possible</source>
        <translation>{action}：无法执行</translation>
    </message>
    <message>
        <source>Tick stage evidence</source>
        <translation>勾选阶段证据</translation>
    </message>
    <message>
        <source>Untick stage evidence</source>
        <translation>取消勾选阶段证据</translation>
    </message>
    <message>
        <source>Describe stage evidence</source>
        <translation>描述阶段证据</translation>
    </message>
    <message>
        <source>Record stage change</source>
        <translation>记录阶段变更</translation>
    </message>
    <message>
        <source>Remove stage change</source>
        <translation>删除阶段变更</translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message>
        <source>White-space cell</source>
        <translation>空白机会单元格</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>estimated annual value in {currency}</source>
        <translation>预计年价值（{currency}）</translation>
    </message>
    <message>
        <source>estimated annual value</source>
        <translation>预计年价值</translation>
    </message>
    <message>
        <source>S&amp;hared with customer {mark}</source>
        <translation>与客户共享(&amp;H) {mark}</translation>
    </message>
    <message>
        <source>Shown in the client edition PDF (its status only, without value or note)</source>
        <translation>显示在客户版 PDF 中（仅显示状态，不含价值和备注）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{offering}&lt;/b&gt; for &lt;b&gt;{unit}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt;的&lt;b&gt;{offering}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
        <translation>预计价值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Stage evidence</source>
        <translation>阶段证据</translation>
    </message>
    <message>
        <source>what shows it, e.g. the supplier letter of March</source>
        <translation>证据来源，例如三月的供应商资格函</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>起始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Stage</source>
        <extracomment>the gap rows&apos; tint in a light palette (a dark palette gets a deeper amber) (criterion id, ticked)</extracomment>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>{criterion} (from the data)</source>
        <translation>{criterion}（来自数据）</translation>
    </message>
    <message>
        <source>{criterion} (your judgement: tick it)</source>
        <translation>{criterion}（人工判断：请自行勾选）</translation>
    </message>
    <message>
        <source>In the gap to the target stage.</source>
        <translation>属于与目标阶段之间的差距。</translation>
    </message>
</context>
<context>
    <name>FitModel</name>
    <message>
        <source>Criterion</source>
        <extracomment>(criterion, score 1–5 or None)</extracomment>
        <translation>标准</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>What to consider</source>
        <translation>考虑要点</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>Component</source>
        <translation>构成项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>{points} of {available}</source>
        <translation>{points} / {available}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Scoring &amp;settings…</source>
        <extracomment>the manual tier should become the computed one</extracomment>
        <translation>评分设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Use the computed tier</source>
        <translation>采用计算分级</translation>
    </message>
    <message>
        <source>Tier: current value × potential value</source>
        <translation>客户分级：当前价值 × 潜在价值</translation>
    </message>
    <message>
        <source>KAM selection checklist</source>
        <translation>关键客户遴选清单</translation>
    </message>
    <message>
        <source>How well does this account fit as a key account?</source>
        <translation>该客户作为关键客户的匹配程度如何？</translation>
    </message>
    <message>
        <source>/ 100 health</source>
        <translation>/ 100 客户健康度</translation>
    </message>
    <message>
        <source>Health {score} of 100</source>
        <translation>客户健康度 {score} / 100</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not scored yet: double-click a score to rate each criterion from 1 (poor fit) to 5 (excellent).</source>
        <translation>尚未评分：双击评分，为每项标准打分，从 1（匹配度差）到 5（非常匹配）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fit {score}/100 — {verdict}&lt;/b&gt; ({answered} of {total} criteria scored)</source>
        <translation>&lt;b&gt;匹配度 {score}/100 — {verdict}&lt;/b&gt;（已评分标准：{answered}/{total}）</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>高</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>低</translation>
    </message>
    <message numerus="yes">
        <source>since {date} (then {score}); churn warning below {threshold} or a fall of {points} within %n days</source>
        <translation>
            <numerusform>自 {date} 起（当时为 {score}）；低于 {threshold} 或 %n 天内下降 {points} 即发出流失预警</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>Manual tier: &lt;b&gt;{manual}&lt;/b&gt; · computed tier: &lt;b&gt;{computed}&lt;/b&gt;</source>
        <translation>手动分级：&lt;b&gt;{manual}&lt;/b&gt; · 计算分级：&lt;b&gt;{computed}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>⚠ The tiers differ.</source>
        <translation>⚠ 分级不一致。</translation>
    </message>
</context>
<context>
    <name>PersonHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系强度</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>1 unit in {currency}</source>
        <translation>1 单位折合 {currency}</translation>
    </message>
    <message>
        <source>rates row {row} ({currency}): {problem}</source>
        <translation>汇率第 {row} 行（{currency}）：{problem}</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>ScoringSettingsDialog</name>
    <message>
        <source>Recency of contact</source>
        <extracomment>translated where shown (context &quot;ScoringSettingsDialog&quot;)</extracomment>
        <translation>最近联系时间</translation>
    </message>
    <message>
        <source>Frequency of contact</source>
        <translation>联系频率</translation>
    </message>
    <message>
        <source>Coverage of key people</source>
        <translation>关键人员覆盖</translation>
    </message>
    <message>
        <source>Stance balance</source>
        <translation>态度平衡</translation>
    </message>
    <message>
        <source>Open high risks</source>
        <translation>未解决的高风险</translation>
    </message>
    <message>
        <source>KPI attainment</source>
        <translation>KPI 达成</translation>
    </message>
    <message>
        <source>recency</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Scoring settings</source>
        <translation>评分设置</translation>
    </message>
    <message>
        <source>Health score: weight of each component</source>
        <translation>客户健康度：各构成项权重</translation>
    </message>
    <message>
        <source>Churn warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Warn when health is below:</source>
        <translation>健康度低于此值时预警：</translation>
    </message>
    <message>
        <source>… or falls by at least (points):</source>
        <translation>… 或至少下降（分）：</translation>
    </message>
    <message>
        <source>… within:</source>
        <translation>… 时间范围：</translation>
    </message>
    <message>
        <source>Tiers: current value × potential value</source>
        <translation>客户分级：当前价值 × 潜在价值</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>本位币：</translation>
    </message>
    <message>
        <source>High current value from (annual revenue):</source>
        <translation>高当前价值起点（年收入）：</translation>
    </message>
    <message>
        <source>High potential from (potential revenue):</source>
        <translation>高潜力起点（潜在收入）：</translation>
    </message>
    <message>
        <source>Add currency</source>
        <translation>添加货币</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Exchange rates (rough defaults: set the ones you work with):</source>
        <translation>汇率（默认值仅供参考，请设置常用货币的汇率）：</translation>
    </message>
    <message>
        <source>Add the rate of {currency} (in {base}) to the table first, then choose it as the base currency.</source>
        <translation>请先在表中添加 {currency} 的汇率（以 {base} 计），再将其设为本位币。</translation>
    </message>
    <message>
        <source>Rates and thresholds are now in {currency}.</source>
        <translation>汇率和阈值现以 {currency} 计。</translation>
    </message>
    <message>
        <source>At least one weight must be above 0.</source>
        <translation>至少一个权重须大于 0。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the components&apos; shares</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{component} {share}</source>
        <translation>{component} {share}</translation>
    </message>
    <message>
        <source>Share of the score when every component has data (one without data is left out and the rest rescaled): {shares}</source>
        <translation>各构成项均有数据时在得分中的占比（无数据的构成项不计入，其余按比例调整）：{shares}</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>当前价值阈值</translation>
    </message>
    <message>
        <source>potential threshold</source>
        <translation>潜力阈值</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
</context>
<context>
    <name>StageEntryDialog</name>
    <message>
        <source>Record a stage change</source>
        <translation>记录阶段变更</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Stage reached:</source>
        <translation>达到的阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>If this is the latest change, it also becomes the current stage.</source>
        <translation>如果这是最近一次变更，它也将成为当前阶段。</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <source>Date</source>
        <extracomment>(index in the document&apos;s stage_history, {field: value})</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StageLadder</name>
    <message>
        <source>getting to know</source>
        <extracomment>under each stage&apos;s name; translated where painted (context &quot;StageLadder&quot;)</extracomment>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>交易往来</translation>
    </message>
    <message>
        <source>several contacts</source>
        <translation>多点接触</translation>
    </message>
    <message>
        <source>strategic partner</source>
        <translation>战略伙伴</translation>
    </message>
    <message>
        <source>one team</source>
        <translation>融为一体</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Relationship stage: {current}, target {target}, evidence supports {evidenced}</source>
        <translation>关系阶段：{current}，目标：{target}，证据支持：{evidenced}</translation>
    </message>
    <message>
        <source>Relationship stage: {current}, evidence supports {evidenced}</source>
        <translation>关系阶段：{current}，证据支持：{evidenced}</translation>
    </message>
    <message>
        <source>⚑ target</source>
        <translation>⚑ 目标</translation>
    </message>
    <message>
        <source>▲ evidence supports</source>
        <translation>▲ 证据支持</translation>
    </message>
    <message>
        <source>Disintegrating: the relationship is breaking down</source>
        <translation>解体型：关系正在破裂</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>No relationship shape yet: none of our people holds a working relationship.</source>
        <extracomment>translated where shown (context &quot;StagePanel&quot;)</extracomment>
        <translation>尚无关系形态：我方人员均未建立工作关系。</translation>
    </message>
    <message>
        <source>bow-tie (fragile): the relationship runs through one person on one side.</source>
        <translation>领结型（脆弱）：关系依赖某一方的单个人员。</translation>
    </message>
    <message>
        <source>developing: more than one-to-one, not yet team-to-team.</source>
        <translation>发展型：已超出一对一，但尚未形成团队对团队。</translation>
    </message>
    <message>
        <source>diamond: many team-to-team links, robust when someone leaves.</source>
        <translation>钻石型：团队之间联系广泛，有人离开也依然稳固。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Current relationship stage</source>
        <translation>当前关系阶段</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Target relationship stage</source>
        <translation>目标关系阶段</translation>
    </message>
    <message>
        <source>Current &amp;stage:</source>
        <translation>当前阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Record earlier change…</source>
        <translation>记录以往变更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
        <translation>&lt;b&gt;阶段历史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every change of the relationship stage. Changing the stage records it here; double-click a date or note to correct it.</source>
        <translation>关系阶段的每次变更。更改阶段时会记录在此；双击日期或备注可更正。</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>查看谁的历史</translation>
    </message>
    <message>
        <source>&lt;b&gt;How relationships moved&lt;/b&gt;</source>
        <translation>&lt;b&gt;关系变化&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence for each stage&lt;/b&gt;: tick what you know (double-click to add the date and what shows it), the rest comes from the data; tinted rows are the gap to the target.</source>
        <translation>&lt;b&gt;各阶段证据&lt;/b&gt;：勾选已知情况（双击可添加日期和证据来源），其余来自数据；着色的行即与目标阶段的差距。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship shape:&lt;/b&gt; {shape}</source>
        <translation>&lt;b&gt;关系形态：&lt;/b&gt;{shape}</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>The evidence supports &lt;b&gt;{stage}&lt;/b&gt;.</source>
        <translation>证据支持的阶段：&lt;b&gt;{stage}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>⚠ Recorded as {recorded}, but the evidence supports only {stage}.</source>
        <translation>⚠ 记录为{recorded}，但证据仅支持：{stage}。</translation>
    </message>
    <message>
        <source>Set a target stage to see the gap.</source>
        <translation>设置目标阶段以查看差距。</translation>
    </message>
    <message numerus="yes">
        <source>Criteria unmet on the way to {stage}: &lt;b&gt;%n&lt;/b&gt;.</source>
        <translation>
            <numerusform>距{stage}还有 &lt;b&gt;%n&lt;/b&gt; 项标准未满足。</numerusform>
        </translation>
    </message>
    <message>
        <source>The target {stage} is reached.</source>
        <translation>已达到目标阶段{stage}。</translation>
    </message>
    <message>
        <source>Every criterion up to {stage} is met.</source>
        <translation>直至{stage}的所有标准均已满足。</translation>
    </message>
    <message>
        <source>The stage history ends at {last}, not at the current stage {current}.</source>
        <translation>阶段历史止于{last}，而非当前阶段{current}。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>WhitespaceModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{mark} Shared with customer: in the client edition, without value or note</source>
        <translation>{mark} 与客户共享：出现在客户版中，不含价值和备注</translation>
    </message>
    <message>
        <source>{offering} for {unit}: not assessed yet (double-click to assess)</source>
        <translation>{unit}的{offering}：尚未评估（双击进行评估）</translation>
    </message>
    <message>
        <source>{offering} for {unit}: {status}</source>
        <translation>{unit}的{offering}：{status}</translation>
    </message>
    <message>
        <source>, estimated {value} a year</source>
        <translation>，预计每年 {value}</translation>
    </message>
    <message>
        <source>Share of the relevant cells we already supply</source>
        <translation>我方已供应的相关单元格占比</translation>
    </message>
    <message>
        <source>{share} supplied</source>
        <translation>已供应 {share}</translation>
    </message>
    <message>
        <source>Supplied by us: {has}; opportunities: {opportunity} ({value}); with a competitor: {competitor}; not relevant: {not_relevant}; not assessed: {unassessed}</source>
        <translation>我方供应：{has}；机会：{opportunity}（{value}）；竞争对手：{competitor}；不适用：{not_relevant}；未评估：{unassessed}</translation>
    </message>
</context>
<context>
    <name>WhitespacePanel</name>
    <message>
        <source>No white-space grid yet. Add the customer&apos;s business units and our offerings, then mark each cell: ✓ they buy it from us, ◎ an opportunity (with its estimated value), ✕ a competitor supplies it, – not relevant.</source>
        <extracomment>the hue of each status&apos;s tint in a dark palette (deeper tints over its Base) the mark of a cell shared with the customer (shown in the client edition) translated where shown (context &quot;WhitespacePanel&quot;)</extracomment>
        <translation>尚无空白机会矩阵。请添加客户的业务部门和我方产品，然后标记每个单元格：✓ 已从我方采购，◎ 机会（附预计价值），✕ 由竞争对手供应，– 不适用。</translation>
    </message>
    <message>
        <source>Add business &amp;unit…</source>
        <extracomment>(unit, offering, status | None, value, note) (unit, offering, status, value, note, shared: bool or None to keep the flag) (&quot;units&quot; | &quot;offerings&quot;, name) (&quot;units&quot; | &quot;offerings&quot;, old name, new name) (unit, offering, shared with the customer or not)</extracomment>
        <translation>添加业务部门(&amp;U)…</translation>
    </message>
    <message>
        <source>Add &amp;offering…</source>
        <translation>添加产品(&amp;O)…</translation>
    </message>
    <message>
        <source>✓ has it · ◎ opportunity · ✕ competitor · – not relevant · ? not assessed · {mark} shared with customer — double-click a cell to assess it</source>
        <translation>✓ 已采用 · ◎ 机会 · ✕ 竞争对手 · – 不适用 · ? 未评估 · {mark} 与客户共享 — 双击单元格进行评估</translation>
    </message>
    <message numerus="yes">
        <source>Business units so far: %n. Add our offerings to see the grid.</source>
        <translation>
            <numerusform>目前已有 %n 个业务部门。添加我方产品即可查看矩阵。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offerings so far: %n. Add the customer&apos;s business units to see the grid.</source>
        <translation>
            <numerusform>目前已有 %n 个产品。添加客户的业务部门即可查看矩阵。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation>添加业务部门</translation>
    </message>
    <message>
        <source>Name of the business unit:</source>
        <translation>业务部门名称：</translation>
    </message>
    <message>
        <source>Add offering</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Name of the offering:</source>
        <translation>产品名称：</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>重命名「{name}」…</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>删除「{name}」</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
</TS>
