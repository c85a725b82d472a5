<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangesBox</name>
    <message>
        <source>Fill agenda from changes</source>
        <extracomment>the window looked back over when no earlier review was held rows shown before &quot;and N more…&quot; lines an agenda is filled with at most (the rest counted on a last line) a change of this weight or more is significant: in the agenda, listed in bold the day of the previous review held (None: none held before: ``since`` is DAYS before ``until``) ``until`` is today (a review to come, or held today) weightiest first, the order of the list everyone&apos;s name by id, then&apos;s and now&apos;s no version is kept from ``since``: compared from the earliest kept, of this day no version is kept from before ``until``: nothing to compare</extracomment>
        <translation>用变化填写议程</translation>
    </message>
    <message>
        <source>Put the significant changes since the previous review in the agenda, one line each, to edit there; Ctrl+Z undoes it</source>
        <translation>将自上次回顾以来的重要变化逐行填入议程，可在议程中编辑；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Changes since the previous review</source>
        <translation>自上次回顾以来的变化</translation>
    </message>
    <message>
        <source>The account&apos;s history is not available here.</source>
        <translation>此处无法查看该客户的历史。</translation>
    </message>
    <message>
        <source>Select a review to see what changed before it.</source>
        <translation>选择一次回顾，查看在此之前的变化。</translation>
    </message>
    <message>
        <source>Changes since the previous review ({since} → today)</source>
        <translation>自上次回顾以来的变化（{since} → 今天）</translation>
    </message>
    <message>
        <source>Changes since the previous review ({since} → {until})</source>
        <translation>自上次回顾以来的变化（{since} → {until}）</translation>
    </message>
    <message numerus="yes">
        <source>Changes in the %n days before today</source>
        <translation>
            <numerusform>今天之前 %n 天内的变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes in the %n days before {until}</source>
        <translation>
            <numerusform>{until} 之前 %n 天内的变化</numerusform>
        </translation>
    </message>
    <message>
        <source>No history is kept from then: Rapport keeps a version of the account for each day it is edited, from its first import on.</source>
        <translation>没有保存当时的历史：Rapport 从首次导入起，为客户每个编辑过的日子保存一个版本。</translation>
    </message>
    <message>
        <source>No history is kept from {since}: compared with the earliest version kept, of {day}.</source>
        <translation>没有保存 {since} 时的历史：与最早保存的版本（{day}）相比。</translation>
    </message>
    <message>
        <source>Nothing changed on the map, in the stage, the risks or the objectives.</source>
        <translation>地图、阶段、风险和目标均无变化。</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>还有 %n 项…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Shared with customer</source>
        <extracomment>the row (index into the document&apos;s list) the editors&apos; texts belong to that entry as shown, with its account: where a commit lands texts sent and not yet back as a reloaded entry (no second, identical edit) why the entry cannot be shared (&quot;Internal: never shared …&quot;), plain text</extracomment>
        <translation>与客户共享</translation>
    </message>
    <message>
        <source>Shared with customer: shown in the client edition PDF; Ctrl+Z undoes it</source>
        <translation>与客户共享：显示在客户版 PDF 中；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>{field}: saved when you leave the box (or press Ctrl+Enter); Ctrl+Z undoes it</source>
        <translation>{field}：离开此框（或按 Ctrl+Enter）时保存；Ctrl+Z 可撤销</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>Select a KPI with values to see its trend.</source>
        <translation>选择一个有数值的 KPI 以查看其趋势。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>KpiValueDialog</name>
    <message>
        <source>Add KPI value</source>
        <translation>添加 KPI 值</translation>
    </message>
    <message>
        <source>the measured value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <source>Value ({unit})</source>
        <translation>数值（{unit}）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>There is a value for {day} already: edit it instead.</source>
        <translation>{day} 已有数值：请直接编辑它。</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Filter the lists by name…</source>
        <translation>按名称筛选列表…</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>internal</source>
        <extracomment>a plan entry&apos;s field: &quot;risks[2].title&quot;, &quot;objectives[0].milestones[1].due&quot; pydantic&apos;s words for a missing value, shown as &quot;cannot be empty&quot; in the table&apos;s words the Add button (and the undo text of an addition), &quot;Select a risk …&quot; the undo texts: &quot;Edit risk&quot;, &quot;Remove risk&quot; / &quot;Remove 3 × risk&quot;, …</extracomment>
        <translation>内部</translation>
    </message>
    <message>
        <source>Internal: never shared</source>
        <translation>内部：从不共享</translation>
    </message>
    <message>
        <source>Internal: never shared with the customer, whatever is ticked (untick Internal, then tick Shared, to share it)</source>
        <translation>内部：无论如何勾选，都绝不与客户共享（如需共享，请先取消勾选「内部」，再勾选「共享」）</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Shared with customer: shown in the client edition PDF</source>
        <translation>与客户共享：显示在客户版 PDF 中</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <extracomment>held, so that its identity cannot pass to another document while cached</extracomment>
        <translation>暂无</translation>
    </message>
    <message>
        <source>the entry was changed or removed meanwhile, so this edit was not applied</source>
        <translation>该条目在此期间已被修改或删除，因此此次编辑未生效</translation>
    </message>
    <message>
        <source>Insight</source>
        <extracomment>((account before, account after), undo text) the id of the account shown: after an edit of the same account the current cells stay, another account starts with nothing selected the stored account, fetched fresh for every edit (set by the main window) injectable for tests: what counts as overdue, and the date of new entries the accounts&apos; kept versions, for &quot;Changes since the previous review&quot; and an agenda filled from them (set by the main window; None: not shown) the scoring settings health moves are judged by (set by the main window) the review changes shown are out of date (computed when the page is seen) edits waiting for their editor to close (see requests.Pending) names by id and the like, built once per document for all rows</extracomment>
        <translation>客户洞察</translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation>添加客户洞察</translation>
    </message>
    <message>
        <source>Select an insight to see and edit this.</source>
        <translation>选择一条客户洞察以查看和编辑。</translation>
    </message>
    <message>
        <source>Edit insight</source>
        <translation>编辑客户洞察</translation>
    </message>
    <message>
        <source>Remove insight</source>
        <translation>删除客户洞察</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × insight</source>
        <translation>
            <numerusform>删除 %n 条客户洞察</numerusform>
        </translation>
    </message>
    <message>
        <source>Share insight with customer</source>
        <translation>与客户共享客户洞察</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × insight with customer</source>
        <translation>
            <numerusform>与客户共享 %n 条客户洞察</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing insight</source>
        <translation>停止共享客户洞察</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × insight</source>
        <translation>
            <numerusform>停止共享 %n 条客户洞察</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>内容与原因</translation>
    </message>
    <message>
        <source>What the customer is trying to do, and why</source>
        <translation>客户想要做什么，以及原因</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>The customer confirmed this (not just our assumption)</source>
        <translation>客户已确认（而不只是我方的假设）</translation>
    </message>
    <message>
        <source>Our value proposition</source>
        <translation>我方价值主张</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>新客户洞察</translation>
    </message>
    <message>
        <source>The customer&apos;s goals, pressures and initiatives, and what we offer against each. Tick Confirmed once the customer has said so.</source>
        <translation>客户的目标、压力和举措，以及我方针对每一项提供的方案。客户确认后请勾选「已确认」。</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Select an objective to see and edit this.</source>
        <translation>选择一个目标以查看和编辑。</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>删除目标</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × objective</source>
        <translation>
            <numerusform>删除 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>Share objective with customer</source>
        <translation>与客户共享目标</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × objective with customer</source>
        <translation>
            <numerusform>与客户共享 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing objective</source>
        <translation>停止共享目标</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × objective</source>
        <translation>
            <numerusform>停止共享 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Select an objective to see its milestones.</source>
        <translation>选择一个目标以查看其里程碑。</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Add quarter</source>
        <translation>添加季度</translation>
    </message>
    <message>
        <source>Edit quarter</source>
        <translation>编辑季度</translation>
    </message>
    <message>
        <source>Remove quarter</source>
        <translation>删除季度</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × quarter</source>
        <translation>
            <numerusform>删除 %n 个季度</numerusform>
        </translation>
    </message>
    <message>
        <source>Share quarter with customer</source>
        <translation>与客户共享季度</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × quarter with customer</source>
        <translation>
            <numerusform>与客户共享 %n 个季度</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing quarter</source>
        <translation>停止共享季度</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × quarter</source>
        <translation>
            <numerusform>停止共享 %n 个季度</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Actual − planned</source>
        <translation>实际 − 计划</translation>
    </message>
    <message>
        <source>Planned and actual revenue per quarter, in the account&apos;s currency.</source>
        <translation>各季度的计划收入与实际收入，以客户的币种计。</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>添加一年</translation>
    </message>
    <message>
        <source>The four quarters of the year after the last one planned</source>
        <translation>最后一个已计划年份的下一年的四个季度</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Select a risk to see and edit this.</source>
        <translation>选择一个风险以查看和编辑。</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>删除风险</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × risk</source>
        <translation>
            <numerusform>删除 %n 个风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Share risk with customer</source>
        <translation>与客户共享风险</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × risk with customer</source>
        <translation>
            <numerusform>与客户共享 %n 个风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing risk</source>
        <translation>停止共享风险</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × risk</source>
        <translation>
            <numerusform>停止共享 %n 个风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>1 rare … 5 almost certain</source>
        <translation>1 罕见 … 5 几乎肯定</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>1 minor … 5 severe</source>
        <translation>1 轻微 … 5 严重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Likelihood × impact; 15 or more is high</source>
        <translation>可能性 × 影响；15 及以上为高风险</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Internal only: never in material for the customer</source>
        <translation>仅限内部：绝不出现在给客户的材料中</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <source>Select an action to see and edit this.</source>
        <translation>选择一项行动以查看和编辑。</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>删除行动</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × action</source>
        <translation>
            <numerusform>删除 %n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <source>Share action with customer</source>
        <translation>与客户共享行动</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × action with customer</source>
        <translation>
            <numerusform>与客户共享 %n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing action</source>
        <translation>停止共享行动</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × action</source>
        <translation>
            <numerusform>停止共享 %n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>利益相关者</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <source>Overdue actions are red and say so; done and cancelled ones grey.</source>
        <translation>逾期的行动显示为红色并注明逾期；已完成和已取消的显示为灰色。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>客户团队</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Select a team member to see and edit this.</source>
        <translation>选择一位团队成员以查看和编辑。</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>删除团队成员</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × team member</source>
        <translation>
            <numerusform>删除 %n 位团队成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Share team member with customer</source>
        <translation>与客户共享团队成员</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × team member with customer</source>
        <translation>
            <numerusform>与客户共享 %n 位团队成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing team member</source>
        <translation>停止共享团队成员</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × team member</source>
        <translation>
            <numerusform>停止共享 %n 位团队成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Owns (stakeholders)</source>
        <translation>负责（利益相关者）</translation>
    </message>
    <message>
        <source>Stakeholders whose owner on our side is this person (set on the stakeholder map)</source>
        <translation>以此人为我方负责人的利益相关者（在利益相关者地图上设置）</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>新团队成员</translation>
    </message>
    <message>
        <source>Our account team. Who owns which stakeholder is set on the stakeholder map (&quot;Owner on our side&quot;) and feeds its coverage.</source>
        <translation>我方客户团队。谁负责哪位利益相关者在利益相关者地图上设置（「我方负责人」），并计入地图的覆盖情况。</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>回顾会</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>添加回顾会</translation>
    </message>
    <message>
        <source>Select a review to see and edit this.</source>
        <translation>选择一次回顾会以查看和编辑。</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>编辑回顾会</translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation>删除回顾会</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × review</source>
        <translation>
            <numerusform>删除 %n 次回顾会</numerusform>
        </translation>
    </message>
    <message>
        <source>Share review with customer</source>
        <translation>与客户共享回顾会</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × review with customer</source>
        <translation>
            <numerusform>与客户共享 %n 次回顾会</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing review</source>
        <translation>停止共享回顾会</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × review</source>
        <translation>
            <numerusform>停止共享 %n 次回顾会</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>not marked held</source>
        <translation>未标记为已举行</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>回顾会</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>客户回顾</translation>
    </message>
    <message>
        <source>Schedule quarterly</source>
        <translation>按季度安排</translation>
    </message>
    <message>
        <source>Add four reviews, three months apart, after the last one</source>
        <translation>在最后一次之后添加四次回顾会，每次间隔三个月</translation>
    </message>
    <message>
        <source>Attendees &amp;&amp; follow-ups…</source>
        <translation>参会人与后续行动…</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新后续行动</translation>
    </message>
    <message>
        <source>An action agreed at the selected review, due two weeks after it; edit it on the Actions page</source>
        <translation>在所选回顾会上商定的行动，截止日期为会后两周；可在「行动」页面编辑</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Export the review schedule as an iCalendar file for any calendar</source>
        <translation>将回顾会日程导出为 iCalendar 文件，可用于任意日历</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>添加 KPI</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>编辑 KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>删除 KPI</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × KPI</source>
        <translation>
            <numerusform>删除 %n 个 KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Share KPI with customer</source>
        <translation>与客户共享 KPI</translation>
    </message>
    <message numerus="yes">
        <source>Share %n × KPI with customer</source>
        <translation>
            <numerusform>与客户共享 %n 个 KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing KPI</source>
        <translation>停止共享 KPI</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × KPI</source>
        <translation>
            <numerusform>停止共享 %n 个 KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成情况</translation>
    </message>
    <message>
        <source>The latest value against the target, as health counts it: &quot;met&quot; at or beyond the target</source>
        <translation>最新值相对于目标值的达成情况，与客户健康度的算法相同：达到或超过目标值即为达成</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新 KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>添加数值</translation>
    </message>
    <message>
        <source>Remove interaction</source>
        <translation>删除互动</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × interaction</source>
        <translation>
            <numerusform>删除 %n 条互动</numerusform>
        </translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>添加互动</translation>
    </message>
    <message>
        <source>Select an interaction to see and edit this.</source>
        <translation>选择一条互动以查看和编辑。</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>编辑互动</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>其他在场人员</translation>
    </message>
    <message>
        <source>Every contact with the customer. Logging one updates the last contact on the map of everyone in it.</source>
        <translation>与客户的每一次接触。记录一次互动会更新其中每个人在地图上的最近联系。</translation>
    </message>
    <message>
        <source>People present…</source>
        <translation>在场人员…</translation>
    </message>
    <message>
        <source>Tick everyone of theirs who took part besides the main person</source>
        <translation>勾选除主要联系人外，对方所有参与的人</translation>
    </message>
    <message>
        <source>Q{quarter}&apos;{year}</source>
        <translation>{year}年Q{quarter}</translation>
    </message>
    <message>
        <source>Milestones of “{objective}”</source>
        <translation>目标「{objective}」的里程碑</translation>
    </message>
    <message>
        <source>{edit}: not saved. {reasons}</source>
        <translation>{edit}：未保存。{reasons}</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>1 stakeholder no longer has an owner on our side: give them one on the map (Ctrl+Z undoes the removal).</source>
        <translation>1 位利益相关者不再有我方负责人：请在地图上为其指定（Ctrl+Z 可撤销删除）。</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholders no longer have an owner on our side: give them one on the map (Ctrl+Z undoes the removal).</source>
        <translation>
            <numerusform>%n 位利益相关者不再有我方负责人：请在地图上为他们指定（Ctrl+Z 可撤销删除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 internal risk stays unshared: internal risks never reach the customer (to share one, untick Internal first).</source>
        <translation>1 个内部风险仍未共享：内部风险绝不会提供给客户（如需共享，请先取消勾选「内部」）。</translation>
    </message>
    <message numerus="yes">
        <source>%n internal risks stay unshared: internal risks never reach the customer (to share one, untick Internal first).</source>
        <translation>
            <numerusform>%n 个内部风险仍未共享：内部风险绝不会提供给客户（如需共享，请先取消勾选「内部」）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>Select an objective first.</source>
        <translation>请先选择一个目标。</translation>
    </message>
    <message>
        <source>Select a KPI first.</source>
        <translation>请先选择一个 KPI。</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>编辑里程碑</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除里程碑</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × milestone</source>
        <translation>
            <numerusform>删除 %n 个里程碑</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} is in the future: a value is entered once measured</source>
        <translation>{day} 是将来的日期：数值应在测量后录入</translation>
    </message>
    <message>
        <source>Edit KPI value</source>
        <translation>编辑 KPI 值</translation>
    </message>
    <message>
        <source>Add KPI value</source>
        <translation>添加 KPI 值</translation>
    </message>
    <message>
        <source>Remove KPI value</source>
        <translation>删除 KPI 值</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × KPI value</source>
        <translation>
            <numerusform>删除 %n 个 KPI 值</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule quarterly reviews</source>
        <translation>安排季度回顾会</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more (see the changes below the agenda)</source>
        <translation>
            <numerusform>• …还有 %n 项（见议程下方的变化）</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant changes to put in the agenda.</source>
        <translation>没有可填入议程的重要变化。</translation>
    </message>
    <message>
        <source>Fill agenda from changes</source>
        <translation>用变化填写议程</translation>
    </message>
    <message>
        <source>The agenda already has text. Add the changes below it?</source>
        <translation>议程中已有内容。要将变化添加在其下方吗？</translation>
    </message>
    <message>
        <source>Add revenue plan {year}</source>
        <translation>添加 {year} 年收入计划</translation>
    </message>
    <message>
        <source>Select a review first.</source>
        <translation>请先选择一次回顾会。</translation>
    </message>
    <message>
        <source>Account reviews, quarterly by default. Export the schedule to any calendar. A past review not marked held is red. A new review&apos;s agenda starts with the significant changes since the last one held.</source>
        <translation>客户回顾会，默认每季度一次。可将日程导出到任何日历。未标记为已举行的过去回顾会显示为红色。新回顾会的议程会预先填入自上次回顾以来的重要变化。</translation>
    </message>
    <message>
        <source>Follow-up of {review}</source>
        <translation>{review}的后续行动</translation>
    </message>
    <message>
        <source>Follow-up of the review</source>
        <translation>回顾会的后续行动</translation>
    </message>
    <message>
        <source>New follow-up action</source>
        <translation>新后续行动</translation>
    </message>
    <message>
        <source>Select an interaction first.</source>
        <translation>请先选择一条互动。</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>Their people</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <source>Set people present</source>
        <translation>设置在场人员</translation>
    </message>
    <message>
        <source>Attendees and follow-ups</source>
        <translation>参会人与后续行动</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>我方团队</translation>
    </message>
    <message>
        <source>Set review attendees</source>
        <translation>设置回顾会参会人</translation>
    </message>
    <message>
        <source>Export review schedule</source>
        <translation>导出回顾会日程</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported 1 review to {path}.</source>
        <translation>已将 1 次回顾会导出到 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reviews to {path}.</source>
        <translation>
            <numerusform>已将 %n 次回顾会导出到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Planned revenue (outline) and actual revenue per quarter: green at or above plan, red below</source>
        <translation>各季度的计划收入（空心）与实际收入：达到或超过计划为绿色，低于计划为红色</translation>
    </message>
    <message>
        <source>Add quarters to see planned against actual revenue.</source>
        <translation>添加季度以对比计划收入与实际收入。</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Open risks by likelihood (up) and impact (right)</source>
        <extracomment>open risks without likelihood or impact: not on the grid, but said so</extracomment>
        <translation>按可能性（向上）和影响（向右）分布的未关闭风险</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = {score}</source>
        <translation>可能性 {likelihood} × 影响 {impact} = {score}</translation>
    </message>
    <message>
        <source>{score}: no open risk</source>
        <translation>{score}：无未关闭风险</translation>
    </message>
    <message>
        <source>{score}: 1 open risk</source>
        <translation>{score}：1 个未关闭风险</translation>
    </message>
    <message numerus="yes">
        <source>{score}: %n open risks</source>
        <translation>
            <numerusform>{score}：%n 个未关闭风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select them.</source>
        <translation>点击以选中这些风险。</translation>
    </message>
    <message>
        <source>impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <source>1 open risk not rated yet</source>
        <translation>1 个未关闭风险尚未评分</translation>
    </message>
    <message numerus="yes">
        <source>%n open risks not rated yet</source>
        <translation>
            <numerusform>%n 个未关闭风险尚未评分</numerusform>
        </translation>
    </message>
    <message>
        <source>likelihood →</source>
        <translation>可能性 →</translation>
    </message>
</context>
<context>
    <name>SectionDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{column}: not saved. {reason}</source>
        <translation>{column}：未保存。{reason}</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>Shared with the customer: in the client edition PDF</source>
        <extracomment>the Add button; the empty table&apos;s text names it the detail boxes while no entry is selected shown in the cell beside the greyed box: &quot;internal&quot; shown beside the detail box: &quot;Internal: never shared&quot; the tooltip: why, and what to do instead what a computed column sorts by: a number (None sorts first), not its text a choice that must be made: no &quot;—&quot; (unset) in its list not shown in the table at first (a long text read below it); the header&apos;s context menu shows it a computed column that shows a number: aligned right like the other numbers for a check box that some entries cannot have ticked (an internal risk cannot be shared): why, for those entries; None for the others a text column whose value is not a string (a person&apos;s messenger handles): the value as text in the editor, and the value from what was typed (ValueError: refused, with its message, nothing saved) an EditRequest a value refused before it became an edit (a number that is not one), and why the entry the rows belong to, when nested where edits wait for their editor to close (shared by the Plan tab) optional colour for a whole row (overdue actions, high risks) per choice column (by field): value → label in ``doc``, built on first use and dropped when another document is loaded; not a list searched per cell per column: every row&apos;s sort key, computed on first use after a load (a sort asks for two keys per comparison: n log n times, each through Python)</extracomment>
        <translation>与客户共享：包含在客户版 PDF 中</translation>
    </message>
    <message>
        <source>Not shared: ours alone</source>
        <translation>未共享：仅限我方</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Fit columns to contents</source>
        <extracomment>whether a cell cannot be changed for its entry (a risk marked internal cannot be shared) the field that says whether an entry is shared with the customer (client edition) the header menu&apos;s entry that sizes the columns to the texts shown (English; the menu shows it translated)</extracomment>
        <translation>按内容调整列宽</translation>
    </message>
    <message>
        <source>Nothing here yet: “{add}” (or Insert) adds one.</source>
        <translation>暂无内容：点击「{add}」（或按 Insert）添加。</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <extracomment>(rows as indices into the document&apos;s list, shared with the customer or not)</extracomment>
        <translation>添加{what}</translation>
    </message>
    <message>
        <source>Select a row to see and edit this.</source>
        <translation>选择一行以查看和编辑。</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>whether the columns were sized to the contents yet: once, when the table is first filled, then kept (the user&apos;s widths too) until asked from the header</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>添加（Insert）</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete); Ctrl+Z undoes it</source>
        <translation>删除所选条目（Delete）；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Share with customer</source>
        <translation>与客户共享</translation>
    </message>
    <message>
        <source>Share the selected entries with the customer: shown in the client edition PDF (Ctrl+Shift+S); Ctrl+Z undoes it</source>
        <translation>与客户共享所选条目：显示在客户版 PDF 中（Ctrl+Shift+S）；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Stop sharing the selected entries: left out of the client edition PDF (Ctrl+Shift+U); Ctrl+Z undoes it</source>
        <translation>停止共享所选条目：不再出现在客户版 PDF 中（Ctrl+Shift+U）；Ctrl+Z 可撤销</translation>
    </message>
    <message numerus="yes">
        <source>{action} (%n selected)</source>
        <translation>
            <numerusform>{action}（已选 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Widths from the texts shown now (they are kept when entries or accounts change)</source>
        <translation>按当前显示的文字设置列宽（更换条目或客户时保持不变）</translation>
    </message>
</context>
</TS>
