<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardItem</name>
    <message>
        <source>influence {level}</source>
        <extracomment>the name as large as the card allows, and the stance marker the name large, the role badge and the stance marker name, role badge, title and department, stance marker full detail from the zoom at which the title is this many pixels tall on screen the compact form while its name is at least this tall on screen, chips below the largest name of the compact form and of chips, as a share of the card&apos;s height (three lines fill the card; a short name stays a name, not a poster) the stance marker&apos;s width on screen, and its largest radius in scene units (it sits on the card&apos;s top left corner, half outside: :data:`MARGIN` keeps it in the item) where the marker&apos;s centre sits: this far in from the corner, on the rounded edge the stance markers as paths in a unit box (-1 … 1), from ``encoding.STANCE_MARK``</extracomment>
        <translation>影响力 {level}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>采购角色：{role}</translation>
    </message>
    <message>
        <source>Stance: {stance}</source>
        <translation>态度：{stance}</translation>
    </message>
    <message>
        <source>Influence: {level} of 5</source>
        <translation>影响力：{level}/5</translation>
    </message>
    <message>
        <source>Our relationship: {level}</source>
        <translation>关系强度：{level}</translation>
    </message>
    <message>
        <source>Owner on our side: {name}</source>
        <translation>我方负责人：{name}</translation>
    </message>
    <message>
        <source>Last contact: {date}</source>
        <translation>最近联系：{date}</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message numerus="yes">
        <source>New people (%n)</source>
        <extracomment>the groups of the list, in order, and the kinds in each</extracomment>
        <translation>
            <numerusform>新增人员（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the map (%n)</source>
        <translation>
            <numerusform>已离开（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stance changes (%n)</source>
        <translation>
            <numerusform>态度变化（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our relationships (%n)</source>
        <translation>
            <numerusform>关系强度（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s details (%n)</source>
        <translation>
            <numerusform>人员信息（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Influence lines (%n)</source>
        <translation>
            <numerusform>影响关系（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account (%n)</source>
        <translation>
            <numerusform>客户整体（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since {date}</source>
        <translation>自{date}以来没有变化</translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n 位新人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n 位离开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stance changes</source>
        <translation>
            <numerusform>%n 项态度变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship changes</source>
        <translation>
            <numerusform>%n 项关系变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes of people</source>
        <translation>
            <numerusform>%n 项人员信息变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line changes</source>
        <translation>
            <numerusform>%n 项影响关系变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account changes</source>
        <translation>
            <numerusform>%n 项客户整体变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes since {date}</source>
        <translation>
            <numerusform>自{date}以来 %n 项变化</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{head}: {parts}</source>
        <translation>{head}：{parts}</translation>
    </message>
</context>
<context>
    <name>CollapseBadge</name>
    <message numerus="yes">
        <source>%n people of this team are hidden: click to show them</source>
        <extracomment>how much of a card or a line outside the focus still shows</extracomment>
        <translation>
            <numerusform>已隐藏此团队的 %n 人：点击显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareOverlay</name>
    <message>
        <source>NEW</source>
        <comment>a person new on the map</comment>
        <extracomment>the change of a row (None: a group&apos;s heading) new people and lines: violet, a hue no stance, line or the selection has better to worse; the position of a stance on it (unknown: in the middle)</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>left the map</source>
        <translation>已离开地图</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Pick a date</source>
        <extracomment>the kept versions a menu lists (the newest; older ones through &quot;Pick a date…&quot;)</extracomment>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>The map is drawn as it was at the end of the day picked.</source>
        <translation>地图将显示所选日期结束时的样子。</translation>
    </message>
    <message>
        <source>The map is drawn as it was at the end of the day picked (kept from {date}).</source>
        <translation>地图将显示所选日期结束时的样子（历史自{date}起保存）。</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <source>Back to now</source>
        <translation>回到现在</translation>
    </message>
    <message>
        <source>The map as it is today, editable (Esc)</source>
        <translation>显示今天的地图，可编辑（Esc）</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Draw the map as it was on an earlier day (read-only)</source>
        <extracomment>the version to draw (None: now) the day or version to compare today&apos;s map with (None: stop comparing) what the menus offer, read when one opens (set by the tab)</extracomment>
        <translation>显示地图在过去某天的样子（只读）</translation>
    </message>
    <message>
        <source>Today&apos;s map with what changed since an earlier day: who is new, who left, who moved</source>
        <translation>在今天的地图上标出自过去某天以来的变化：谁是新人、谁离开了、谁的态度变了</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <extracomment>the calendar last opened</extracomment>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Compared with {date}</source>
        <translation>对比{date}</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>停止对比</translation>
    </message>
    <message>
        <source>At the last review ({date})</source>
        <translation>上次回顾会时（{date}）</translation>
    </message>
    <message>
        <source>At the last review</source>
        <translation>上次回顾会时</translation>
    </message>
    <message>
        <source>No review of this account is marked as held yet</source>
        <translation>该客户还没有标记为已召开的回顾会</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>Kept versions</source>
        <translation>保存的版本</translation>
    </message>
    <message>
        <source>{date} · {who}</source>
        <translation>{date} · {who}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>版本 {number}</translation>
    </message>
</context>
<context>
    <name>InsightModel</name>
    <message>
        <source>High severity</source>
        <translation>严重程度：高</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>严重程度：中</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>严重程度：低</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <extracomment>a filter box above the list of further people once there are more than this many</extracomment>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>对象：{name}</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation>讨论了什么，商定了什么</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Tick everyone of theirs who took part besides this person</source>
        <translation>勾选除此人外，对方所有参与的人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Write what the interaction was about: the summary is empty.</source>
        <translation>摘要为空：请写下这次互动的内容。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Fill: stance toward us</source>
        <extracomment>one row of a section: its text, what its swatch shows (&quot;fill&quot;, &quot;border&quot;, &quot;badge&quot;, &quot;reports&quot;, &quot;influence&quot; or &quot;&quot; for none) and the value it shows</extracomment>
        <translation>填充色：对我方态度</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Border: our relationship</source>
        <translation>边框：关系强度</translation>
    </message>
    <message>
        <source>Size: influence, 1 … 5</source>
        <translation>大小：影响力 1 … 5</translation>
    </message>
    <message>
        <source>Badge: buying role</source>
        <translation>标记：采购角色</translation>
    </message>
    <message>
        <source>Lines (thicker = stronger)</source>
        <translation>连线（越粗越强）</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>Influence: {kind} →</source>
        <translation>影响：{kind} →</translation>
    </message>
</context>
<context>
    <name>LinePanel</name>
    <message>
        <source>1 weak</source>
        <translation>1 弱</translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation>2 中等</translation>
    </message>
    <message>
        <source>3 strong</source>
        <translation>3 强</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>The map is empty: there is nothing to export.</source>
        <extracomment>the largest PNG written: 256 MB of 32-bit pixels, Qt&apos;s default limit for reading an image (a larger one opens in no Qt program, Rapport included, and a 500-person map at 2x, 56,240 x 3,562 pixels, took a minute to write); the SVG has no limit</extracomment>
        <translation>地图为空：没有可导出的内容。</translation>
    </message>
    <message>
        <source>Cannot export to {file}: use a .png or .svg file name.</source>
        <translation>无法导出到 {file}：请使用 .png 或 .svg 文件名。</translation>
    </message>
    <message>
        <source>The map is {width} × {height} pixels: too large for a PNG; export it as SVG, or as part of the PDF plan.</source>
        <translation>地图为 {width} × {height} 像素，PNG 无法容纳；请导出为 SVG，或作为 PDF 计划的一部分导出。</translation>
    </message>
    <message>
        <source>Cannot draw the map as a PNG.</source>
        <translation>无法将地图绘制为 PNG。</translation>
    </message>
    <message>
        <source>Cannot encode the map as a PNG.</source>
        <translation>无法将地图编码为 PNG。</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>利益相关者地图</translation>
    </message>
    <message>
        <source>Cannot draw the map as an SVG.</source>
        <translation>无法将地图绘制为 SVG。</translation>
    </message>
    <message>
        <source>Cannot draw the map as an SVG: the drawing is incomplete.</source>
        <translation>无法将地图绘制为 SVG：图形不完整。</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Show only some people</source>
        <extracomment>the space kept between a new card and its neighbours (map units) how far Ctrl+arrow moves a card (map units) how long after an edit of people&apos;s fields the findings are brought up to date how often the compare view&apos;s marks follow lines routed again and cards moved the banner&apos;s hue over the map as it was (read-only), and over a comparison the version in force then (None: the account was not kept yet) the day the user chose (a version&apos;s own day when a version was chosen) the user dragged cards or chose a layout: {id: (old, new)} to save undoably people or lines edited: (the account after the edit, what to call it in Undo) import contacts: None (choose a file) or rows pasted into the People table the map was drawn again on its own (the past shown or left, a comparison made): its cards are new (a read-only database locks them again) per account, the people the last Force (this session) laid out the stored account, fetched fresh for every edit (set by the main window), so an edit never writes back a stale copy of what other views changed the account&apos;s versions (set by the main window); None: no history to show the account as stored now (``doc`` is what the map draws: an earlier version while the map shows the past) collapsed teams and the focus on one person: a way of looking, never saved the card menu last opened (kept so that it lives while shown), its person the &quot;Log interaction&quot; dialog last opened findings after an edit of people&apos;s fields: the card shows the edit at once, the analysis of the whole map (tens of ms at 1,000 people) runs once typing or clicking through stances pauses</extracomment>
        <translation>只显示部分人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <comment>toolbar</comment>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Add a person to the map (Ctrl+Shift+N)</source>
        <translation>在地图上添加人员（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <comment>toolbar</comment>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>People from a CRM export, a spreadsheet or vCards</source>
        <translation>从 CRM 导出文件、电子表格或 vCard 导入人员</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Collapse team</source>
        <translation>折叠下属</translation>
    </message>
    <message>
        <source>Expand team</source>
        <translation>展开下属</translation>
    </message>
    <message>
        <source>Focus on this person</source>
        <translation>聚焦此人</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>画线：</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>非正式</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw this kind of line (a person to their manager, or influencer to influenced); click again to stop drawing</source>
        <translation>从一张卡片拖到另一张卡片，画出这种连线（从下属拖到上级，或从影响者拖到被影响者）；再次点击即停止画线</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>组织结构图</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>力导向布局</translation>
    </message>
    <message>
        <source>Lay the map out by relationships. Pressed again, it keeps the drawing and places the people added since near the people they are linked to</source>
        <translation>按关系排布地图。再次点击时保留现有布局，并把之后新增的人员放在与其有关联的人附近</translation>
    </message>
    <message>
        <source>Lay the map out as an org chart</source>
        <translation>按组织结构图排布地图</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG image</source>
        <translation>将整张地图保存为 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insights&lt;/b&gt; — click one to see who it concerns</source>
        <translation>&lt;b&gt;发现&lt;/b&gt;——点击一条，查看涉及哪些人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Show the people up to this many lines away (reporting or influence)</source>
        <translation>显示相隔不超过此数量关系线的人（汇报或影响）</translation>
    </message>
    <message numerus="yes">
        <source>%n lines away at most</source>
        <translation>
            <numerusform>最多相隔 %n 条关系线</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Leave the focus (Esc)</source>
        <translation>退出聚焦（Esc）</translation>
    </message>
    <message>
        <source>No one on this map yet.

Add a person (Ctrl+Shift+N), or bring in the people you already have: Import contacts… reads a CRM export, a spreadsheet or a phone&apos;s vCards.</source>
        <translation>这张地图上还没有人。

添加一个人（Ctrl+Shift+N），或导入已有的联系人：「导入联系人…」可读取 CRM 导出文件、电子表格或手机的 vCard 名片。</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholders</source>
        <translation>
            <numerusform>%n 位利益相关者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influence lines</source>
        <translation>
            <numerusform>%n 条影响关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insights</source>
        <translation>
            <numerusform>%n 条发现</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stakeholder map</source>
        <translation>导出利益相关者地图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action}：{reason}</translation>
    </message>
    <message>
        <source>{action}: not possible</source>
        <translation>{action}：无法执行</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>删除 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lines</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <source>Draw reporting line</source>
        <translation>画汇报关系</translation>
    </message>
    <message>
        <source>Draw formal influence</source>
        <translation>画正式影响关系</translation>
    </message>
    <message>
        <source>Draw informal influence</source>
        <translation>画非正式影响关系</translation>
    </message>
    <message>
        <source>Draw conflict influence</source>
        <translation>画冲突关系</translation>
    </message>
    <message>
        <source>Draw influence line</source>
        <translation>画影响关系</translation>
    </message>
    <message>
        <source>Focused on {name}</source>
        <translation>聚焦：{name}</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <source>Leave the focus</source>
        <translation>退出聚焦</translation>
    </message>
    <message numerus="yes">
        <source>Expand team (%n hidden)</source>
        <translation>
            <numerusform>展开下属（已隐藏 %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a line from here</source>
        <translation>从此人画线</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>未打开客户。</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>{action}: not saved. {reason}</source>
        <translation>{action}：未保存。{reason}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>messengers</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Set line {field}</source>
        <translation>修改连线{field}</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <source>Cannot show that version</source>
        <translation>无法显示该版本</translation>
    </message>
    <message>
        <source>Nothing of this account is kept from {date}.</source>
        <translation>该客户没有保存{date}时的版本。</translation>
    </message>
    <message>
        <source>On {date} this account was not in Rapport yet: its first kept version is from {first}.</source>
        <translation>{date}时 Rapport 中还没有这个客户：最早保存的版本是{first}。</translation>
    </message>
    <message>
        <source>As of {date}: not in Rapport yet — read-only</source>
        <translation>截至{date}：Rapport 中尚无此客户 — 只读</translation>
    </message>
    <message>
        <source>As of {date} (version {number}, saved by {who}) — read-only</source>
        <translation>截至{date}（版本 {number}，由 {who} 保存）— 只读</translation>
    </message>
    <message>
        <source>As of {date} (version {number}, saved {saved} by {who}) — read-only</source>
        <translation>截至{date}（版本 {number}，{who} 于{saved}保存）— 只读</translation>
    </message>
    <message>
        <source>Compared with {date}: the account was not in Rapport yet, so everyone is new</source>
        <translation>对比{date}：当时 Rapport 中还没有这个客户，所有人都是新增</translation>
    </message>
    <message>
        <source>Today compared with {date} (version {number}, saved by {who}): new people outlined, those who left as ghosts</source>
        <translation>今天对比{date}（版本 {number}，由 {who} 保存）：新人带虚线框，离开的人显示为淡影</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>显示所有人</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>利益相关者地图</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>采购角色：{role}</translation>
    </message>
    <message>
        <source>Stance: {stance}</source>
        <translation>态度：{stance}</translation>
    </message>
    <message>
        <source>Our owner: {owner}</source>
        <translation>我方负责人：{owner}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>The person&apos;s manager at the customer</source>
        <translation>此人在客户方的上级</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Influence on the customer&apos;s decisions, 1 (little) to 5 (decisive)</source>
        <translation>对客户决策的影响力，从 1（很小）到 5（决定性）</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <source>Our relationship with the person, 0 (none) to 4 (advocate)</source>
        <translation>我方与此人的关系强度，从 0（无）到 4（拥护）</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <source>Who on our side owns the relationship</source>
        <translation>我方由谁负责维护这段关系</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Never shown in the client edition</source>
        <translation>客户版中从不显示</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>As you write it, e.g. +7 495 123-45-67; never shown in the client edition</source>
        <translation>按您书写的格式保存，例如 +86 21 5888 1234；客户版中从不显示</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>service: handle, several separated by · or ; — e.g. wechat: li_wei · telegram: @li (WeChat, Telegram, WhatsApp, LinkedIn, DingTalk, Other); never shown in the client edition</source>
        <translation>服务：账号，多个用 · 或 ; 分隔，例如 微信: li_wei · telegram: @li（微信、Telegram、WhatsApp、领英、钉钉、其他）；客户版中从不显示</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add person</source>
        <extracomment>the clipboard&apos;s text, pasted into the table</extracomment>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Nothing here yet: “Add person” (or Insert) adds one.</source>
        <translation>这里还没有人员：点击「添加人员」（或按 Insert）添加。</translation>
    </message>
    <message>
        <source>Remove the selected people, with their lines (Delete); Ctrl+Z undoes it</source>
        <translation>删除所选人员及其连线（Delete）；按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>粘贴行…</translation>
    </message>
    <message>
        <source>Add or update people from rows copied in Excel or another spreadsheet (Ctrl+V in the table): you see the columns and what will change first</source>
        <translation>从 Excel 或其他电子表格复制的行中添加或更新人员（在表格中按 Ctrl+V）：会先显示各列及将要发生的变化</translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows in a spreadsheet first (with or without the header row).</source>
        <translation>没有可粘贴的内容：请先在电子表格中复制行（可带或不带标题行）。</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>This account was replaced outside Rapport (an import or a restore) while you were typing. What you typed is kept here, not saved: press Enter (or leave the field) to save it to the new version, or Esc to drop it.</source>
        <extracomment>the fields typed in, saved when the user presses Enter or leaves them the narrowest a field may be beside its label, in average characters (a full Russian name): narrower, and every label goes above its field, so that neither a long label nor a value is ever cut</extracomment>
        <translation>您输入时，此客户已在 Rapport 之外被替换（导入或恢复）。您输入的内容保留在这里，尚未保存：按 Enter（或离开该字段）将其保存到新版本，按 Esc 放弃。</translation>
    </message>
    <message>
        <source>Stance: {old} → {new}, {date}</source>
        <translation>态度：{old} → {new}，{date}</translation>
    </message>
    <message>
        <source>Relationship: {old} → {new}, {date}</source>
        <translation>关系强度：{old} → {new}，{date}</translation>
    </message>
    <message>
        <source>service: handle, several separated by · or ; (WeChat, Telegram, WhatsApp, LinkedIn, DingTalk, Other)</source>
        <extracomment>&quot;Log interaction…&quot;: the person&apos;s id the map shows an earlier version: the fields show, nothing can be changed</extracomment>
        <translation>服务：账号，多个用 · 或 ; 分隔（微信、Telegram、WhatsApp、领英、钉钉、其他）</translation>
    </message>
    <message>
        <source>Contact details are never shown in the client edition</source>
        <translation>联系方式在客户版中从不显示</translation>
    </message>
    <message>
        <source>{level} of 5</source>
        <translation>{level}/5</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <source>Note a meeting, call or e-mail with this person; their last contact follows</source>
        <translation>记录与此人的会议、电话或邮件；最近联系日期随之更新</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>how this relationship moved (latest changes), read-only the account was replaced under what is being typed (see keep_typed) the label of each field, by field name</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Our relationship</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select one person to edit</source>
        <translation>选择一个人进行编辑</translation>
    </message>
    <message>
        <source>— nobody on the map</source>
        <translation>— 地图上无上级</translation>
    </message>
    <message>
        <source>a member of our account team</source>
        <translation>客户团队成员</translation>
    </message>
    <message>
        <source>How it moved:</source>
        <translation>变化记录：</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date; write it as YYYY-MM-DD</source>
        <translation>「{text}」不是日期；请按 YYYY-MM-DD 格式填写</translation>
    </message>
</context>
</TS>
