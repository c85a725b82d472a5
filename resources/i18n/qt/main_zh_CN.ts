<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>the English source; shown through :func:`column_title`</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在收入</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>{name}
id: {key}</source>
        <translation>{name}
ID：{key}</translation>
    </message>
    <message>
        <source>Damaged: {problem}</source>
        <translation>已损坏：{problem}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{action}: {problem}</source>
        <translation>{action}：{problem}</translation>
    </message>
    <message>
        <source>Set {field} to {value}</source>
        <translation>将{field}设为「{value}」</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <source>{user} has since changed {field} to “{value}”; undoing would overwrite their work, so it was not undone.</source>
        <extracomment>the version this edit saved: an undo checks nobody changed the field since</extracomment>
        <translation>{user} 之后已将{field}改为“{value}”；撤销会覆盖其修改，因此未撤销。</translation>
    </message>
    <message>
        <source>New account {name}</source>
        <translation>新建客户「{name}」</translation>
    </message>
    <message>
        <source>Delete account {name}</source>
        <translation>删除客户「{name}」</translation>
    </message>
    <message>
        <source>Load the demo workspace</source>
        <translation>加载演示工作区</translation>
    </message>
    <message>
        <source>{user} has since changed what “{action}” changed (the account is now at version {version}); undoing it would overwrite their work, so it was not undone. {reason}</source>
        <translation>{user} 之后又修改了“{action}”所改的内容（客户现为第 {version} 版）；撤销会覆盖其修改，因此未撤销。{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Move {count} cards</source>
        <translation>
            <numerusform>移动{count}张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {count} account file(s)</source>
        <translation>
            <numerusform>导入{count}个客户文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>移动卡片</translation>
    </message>
    <message>
        <source>undo: {action}</source>
        <extracomment>the view that made the edit, told with its first apply only the document the view&apos;s (validated) edit started from, until the first apply: applied to that very document, the result needs no second reference check</extracomment>
        <translation>撤销：{action}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <extracomment>QSettings key of the team server the app opens (a URL without password) the colours of a result line (readable on light and dark palettes)</extracomment>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>留空：取自密钥环或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>A password can also come from ~/.pgpass (on Windows %APPDATA%\postgresql\pgpass.conf) or a PostgreSQL service file: leave the field empty. Rapport never keeps it in plain text.</source>
        <translation>密码也可以来自 ~/.pgpass（Windows 上为 %APPDATA%\postgresql\pgpass.conf）或 PostgreSQL 服务文件：此时密码栏留空即可。Rapport 从不以明文保存密码。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Rapport starts again on this server</source>
        <translation>Rapport 将在此服务器上重新启动</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Rapport sets it up when it opens it.</source>
        <translation>已连接。数据库为空：Rapport 打开时会自动建好。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: {count} accounts.</source>
        <translation>
            <numerusform>已连接：{count} 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>An older Rapport set it up: it is upgraded when Rapport opens it (its tables are copied first).</source>
        <translation>它由较旧版本的 Rapport 创建：Rapport 打开时会将其升级（先复制其表）。</translation>
    </message>
    <message>
        <source>Your role on this server can only read.</source>
        <translation>您在此服务器上的角色只能读取。</translation>
    </message>
</context>
<context>
    <name>DamageModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(the whole document)</source>
        <translation>（整个文档）</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Save what can be read…</source>
        <translation>保存可读取的内容…</translation>
    </message>
    <message>
        <source>{name} cannot be opened: it is damaged</source>
        <translation>无法打开「{name}」：已损坏</translation>
    </message>
    <message>
        <source>Stored values that are not what Rapport writes: {count} (a disk error or an outside edit). Nothing has been changed, and the other accounts are not affected.

Save what can be read: Rapport writes an account file with every other value, and beside it a report of what could not be read. Import that file with “Replace” to work on the account again, or restore a backup (File › Restore from backup…).</source>
        <translation>与 Rapport 写入格式不符的存储值：{count}个（磁盘错误或外部编辑所致）。没有任何内容被更改，其他客户也不受影响。

保存可读取的内容：Rapport 会写出一个包含其余所有值的客户文件，并在旁边附上一份无法读取内容的报告。以「替换」方式导入该文件即可继续处理此客户，也可以恢复备份（文件 › 从备份恢复…）。</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>&quot;{text}&quot; is not an amount; write a number such as {plain} or {grouped}.</source>
        <translation>「{text}」不是金额；请输入数字，例如{plain}或{grouped}。</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Filter: a word, a badge or a meaning…</source>
        <translation>筛选：词语、标记或含义…</translation>
    </message>
    <message>
        <source>No word of the glossary matches “{text}”.</source>
        <translation>术语表中没有与「{text}」匹配的词语。</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Rapport — unexpected error</source>
        <translation>Rapport — 意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Your saved data is safe; the last change may not have been saved. Details are in the log folder {folder}.</source>
        <translation>出现问题：{problem}

已保存的数据是安全的；最后一次更改可能没有保存。详细信息见日志文件夹 {folder}。</translation>
    </message>
    <message>
        <source>Rapport cannot open the database</source>
        <extracomment>how the start ended: [] while it runs, [0] done, [1] a message was shown</extracomment>
        <translation>Rapport 无法打开数据库</translation>
    </message>
    <message>
        <source>This is the team server Rapport used last time. Start on the local database instead? (File › Connect to a team server… connects again.)</source>
        <translation>这是 Rapport 上次使用的团队服务器。改用本地数据库启动吗？（之后可通过“文件 › 连接团队服务器…”重新连接。）</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>使用本地数据库(&amp;L)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>History of {account}</source>
        <translation>{account} 的历史</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存者</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Every import and the last version of each day an account was edited are kept, with who saved them. Export one with main.py export --version N.</source>
        <translation>每次导入以及客户每个编辑日的最后一个版本都会保留，并记录保存者。可用 main.py export --version N 导出其中一个版本。</translation>
    </message>
    <message numerus="yes">
        <source>{change} (and {count} earlier changes that day)</source>
        <translation>
            <numerusform>{change}（当天另有 {count} 处更早的更改）</numerusform>
        </translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version}（当前）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stakeholder map</source>
        <extracomment>ms between a change notice and showing it: a colleague&apos;s burst of saves is shown once the tabs built on first use: (name, title), after the Profile tab, in this order; the titles are English sources, shown through tab_title()</extracomment>
        <translation>利益相关者地图</translation>
    </message>
    <message>
        <source>Stages &amp;&amp; gaps</source>
        <translation>阶段与差距</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>the account list&apos;s column widths (the name column takes the rest: long names show in full, so the columns shown by default are few and narrow) what a person panel&apos;s field is called in a message (the map&apos;s text fields)</extracomment>
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
        <source>owner on our side</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <source>e-mail</source>
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
        <source>last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Changed by {user} at {time}</source>
        <extracomment>how long the status bar says who changed an account</extracomment>
        <translation>{user} 于 {time} 修改</translation>
    </message>
    <message>
        <source>{account} was deleted at {time}</source>
        <translation>{account} 已于 {time} 被删除</translation>
    </message>
    <message>
        <source>{account} added by {user} at {time}</source>
        <translation>{user} 于 {time} 添加了 {account}</translation>
    </message>
    <message>
        <source>{account} deleted by {user} at {time}</source>
        <translation>{user} 于 {time} 删除了 {account}</translation>
    </message>
    <message>
        <source>{account} changed by {user} at {time}</source>
        <translation>{user} 于 {time} 修改了 {account}</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <extracomment>watching the database for others&apos; saves (see load) change notices waiting to be shown, by account (a burst is shown once) how an exported PDF is shown (tests replace it: no viewer is started) closed to start again (Preferences › Restart now): app.views.gui does it the restart opens another database (File › Connect to a team server…, Use the local database): --db and $RAPPORT_DB are left out, the settings decide variables for the restarted app (a password typed for this session only) the database may only be read (a read-only role on the server) the kept versions of the open database, read through one Timeline (it keeps the last few it read: a date picker moved back reads nothing again) &quot;Read-only: your role on this server can only read&quot; (hidden otherwise) the open account as its tabs show it: an outside change is told from it tabs whose content is older than the account: loaded when they are shown accounts edited while the overview was hidden: scored when it is shown the tabs built so far, by name (LAZY_TABS)</extracomment>
        <translation>正在打开 {database}…</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>Search accounts and people (name, title, industry, owner, tier, stage)…</source>
        <translation>搜索客户和人员（名称、职务、行业、负责人、分级、阶段）…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Show or hide the list of accounts (Ctrl+Shift+L)</source>
        <translation>显示或隐藏客户列表（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销：{action}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做：{action}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <source>&amp;Import account files…</source>
        <translation>导入客户文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export account…</source>
        <translation>导出客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Export p&amp;eople…</source>
        <translation>导出人员(&amp;O)…</translation>
    </message>
    <message>
        <source>The account&apos;s people as an Excel workbook (with actions, risks and interactions) or CSV</source>
        <translation>将客户的人员导出为 Excel 工作簿（含行动、风险和互动）或 CSV</translation>
    </message>
    <message>
        <source>Export plan as &amp;PDF…</source>
        <translation>将计划导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The account plan as a PDF: internal, client or executive edition</source>
        <translation>将客户计划导出为 PDF：内部版、客户版或高管简报</translation>
    </message>
    <message>
        <source>Load &amp;demo workspace</source>
        <translation>加载演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>导入联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>People from a CRM export, a spreadsheet or a phone&apos;s vCards, into the open account</source>
        <translation>将 CRM 导出文件、电子表格或手机 vCard 中的人员导入当前客户</translation>
    </message>
    <message>
        <source>Export stakeholder &amp;map…</source>
        <translation>导出利益相关者地图(&amp;M)…</translation>
    </message>
    <message>
        <source>PNG or SVG image</source>
        <translation>PNG 或 SVG 图像</translation>
    </message>
    <message>
        <source>Connect to a &amp;team server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Work on the account team&apos;s shared PostgreSQL database</source>
        <translation>在客户团队共享的服务器数据库上工作</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>使用本地数据库(&amp;L)</translation>
    </message>
    <message>
        <source>Leave the team server and start again on the database of this computer</source>
        <translation>离开团队服务器，改用本机数据库重新启动</translation>
    </message>
    <message>
        <source>&amp;History of this account…</source>
        <translation>此客户的历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every kept version: who saved it, when, and what changed</source>
        <translation>保留的每个版本：谁保存、何时保存、改了什么</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the database into its backups folder</source>
        <translation>将数据库复制到其备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>See a backup&apos;s date and accounts, then replace the database with it</source>
        <translation>查看备份的日期和其中的客户，然后用它替换数据库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Delete account…</source>
        <translation>删除客户(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>关于 Rapport(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Portfolio overview</source>
        <translation>客户组合概览(&amp;P)</translation>
    </message>
    <message>
        <source>All accounts: tier grid, health, at-risk accounts and stage gaps</source>
        <translation>所有客户：分级矩阵、客户健康度、有流失风险的客户和阶段差距</translation>
    </message>
    <message>
        <source>&amp;Scoring settings…</source>
        <translation>评分设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Health weights, churn warning, tier thresholds and exchange rates</source>
        <translation>健康度权重、流失预警、分级阈值和汇率</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>what needs the database: off while it is being opened</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Account &amp;list</source>
        <translation>客户列表(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the list of accounts</source>
        <translation>显示或隐藏客户列表</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>What the map&apos;s badges, fills and borders, the stages and the findings mean</source>
        <translation>地图上的标记、填充色和边框，以及关系阶段和发现的含义</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot show the account</source>
        <translation>无法显示该客户</translation>
    </message>
    <message>
        <source>Save what can be read</source>
        <translation>保存可读取的内容</translation>
    </message>
    <message>
        <source>Account files (*.json)</source>
        <translation>客户文件 (*.json)</translation>
    </message>
    <message>
        <source>The account could not be rescued</source>
        <translation>无法抢救该客户的数据</translation>
    </message>
    <message>
        <source>Saved what can be read of {name}.</source>
        <translation>已保存「{name}」中可读取的内容。</translation>
    </message>
    <message>
        <source>Account file: {path}
What could not be read: {report}

Import the file now to replace the damaged account? A backup is taken first.</source>
        <translation>客户文件：{path}
无法读取的内容：{report}

现在导入该文件以替换已损坏的客户吗？导入前会先进行备份。</translation>
    </message>
    <message>
        <source>Import and replace</source>
        <translation>导入并替换</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>{tier} account</source>
        <translation>{tier}客户</translation>
    </message>
    <message>
        <source>relationship: {stage} → target {target}</source>
        <translation>关系阶段：{stage} → 目标：{target}</translation>
    </message>
    <message>
        <source>relationship: {stage}</source>
        <translation>关系阶段：{stage}</translation>
    </message>
    <message numerus="yes">
        <source>{total} accounts</source>
        <translation>
            <numerusform>{total}个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} accounts</source>
        <translation>
            <numerusform>显示{shown}个，共{total}个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <source>Cannot save the new card positions</source>
        <translation>无法保存卡片的新位置</translation>
    </message>
    <message>
        <source>{action} failed</source>
        <translation>操作失败：{action}</translation>
    </message>
    <message>
        <source>rows pasted from the clipboard</source>
        <translation>从剪贴板粘贴的行</translation>
    </message>
    <message numerus="yes">
        <source>Import {count} contacts</source>
        <translation>
            <numerusform>导入{count}个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a contact</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>{added}, {updated}, {skipped}. Ctrl+Z undoes the import.</source>
        <translation>{added}，{updated}，{skipped}。按 Ctrl+Z 可撤销导入。</translation>
    </message>
    <message numerus="yes">
        <source>{count} people added</source>
        <translation>
            <numerusform>已添加{count}人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} updated</source>
        <translation>
            <numerusform>已更新{count}人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows left out</source>
        <translation>
            <numerusform>{count}行未导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set the {field}</source>
        <translation>无法设置{field}</translation>
    </message>
    <message>
        <source>Cannot save the scoring settings</source>
        <translation>无法保存评分设置</translation>
    </message>
    <message>
        <source>This account was replaced outside Rapport (an import or a restore) and the person you were editing is no longer in it. What you typed was not saved: {typed}</source>
        <translation>该客户已在 Rapport 之外被替换（导入或恢复），正在编辑的人员已不在其中。输入的内容未保存：{typed}</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}：{text}</translation>
    </message>
    <message>
        <source>The language of the windows and your name</source>
        <translation>界面语言和您的姓名</translation>
    </message>
    <message>
        <source>Read-only: nothing was changed.</source>
        <extracomment>what changes the database: off when it may only be read</extracomment>
        <translation>只读：未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>无法显示历史</translation>
    </message>
    <message>
        <source>{user} changed this account while you were typing. What you typed is kept here, not saved: press Enter (or leave the field) to save it on top of their change, or Esc to drop it.</source>
        <translation>您输入时，{user} 修改了此客户。您输入的内容保留在这里，尚未保存：按 Enter（或离开该栏）即在其修改之上保存，按 Esc 则放弃。</translation>
    </message>
    <message>
        <source>{user} removed the person you were editing from this account. What you typed was not saved: {typed}</source>
        <translation>{user} 已从此客户中删除您正在编辑的人员。您输入的内容未保存：{typed}</translation>
    </message>
    <message>
        <source>This account was changed outside Rapport (an import or a restore): the stored version is shown.</source>
        <translation>该客户已在 Rapport 之外被更改（导入或恢复）：现在显示的是已存储的版本。</translation>
    </message>
    <message>
        <source>Undo or redo could not be completed</source>
        <translation>无法完成撤销或重做</translation>
    </message>
    <message>
        <source>Cannot create the account</source>
        <translation>无法创建客户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its {count} stakeholders?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>
            <numerusform>删除「{name}」及其{count}位利益相关者吗？

可以用 编辑 › 撤销（Ctrl+Z）撤销此操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the account</source>
        <translation>无法删除客户</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these problems and try again.</source>
        <translation>未导入任何内容。请修正这些问题后重试。</translation>
    </message>
    <message numerus="yes">
        <source>{count} of these accounts already exist. Replace them?</source>
        <translation>
            <numerusform>其中{count}个客户已存在。要替换吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of them cannot be read (damaged): replacing those cannot be undone with Edit › Undo, only from the backup taken first.</source>
        <translation>
            <numerusform>其中{count}个无法读取（已损坏）：替换后不能用 编辑 › 撤销 还原，只能从事先创建的备份中恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace accounts?</source>
        <translation>替换客户？</translation>
    </message>
    <message>
        <source>Nothing was imported: the accounts could not be backed up first</source>
        <translation>未导入任何内容：无法事先备份这些客户</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} account(s).</source>
        <translation>
            <numerusform>已导入{count}个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import account files</source>
        <translation>导入客户文件</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>导出「{name}」</translation>
    </message>
    <message>
        <source>Export account</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {counts} to {path}</source>
        <translation>已将{counts}导出到 {path}</translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count}人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} actions</source>
        <translation>
            <numerusform>{count}项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} risks</source>
        <translation>
            <numerusform>{count}项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} interactions</source>
        <translation>
            <numerusform>{count}次互动</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet}: {count}</source>
        <translation>{sheet}：{count}</translation>
    </message>
    <message>
        <source>Plan exported to {path}</source>
        <translation>计划已导出到 {path}</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>The demo accounts are already here.</source>
        <translation>演示客户已经存在。</translation>
    </message>
    <message>
        <source>Cannot load the demo</source>
        <translation>无法加载演示数据</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>未恢复任何内容</translation>
    </message>
    <message>
        <source>Restored the backup {name}; the state before it is in {before}</source>
        <translation>已恢复备份 {name}；恢复前的状态保存在 {before}</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>欢迎使用 Rapport</translation>
    </message>
    <message>
        <source>This is a new, empty database.

Load a demo workspace with three sample accounts (Chinese, Russian and English) to look around? You can delete them at any time.</source>
        <translation>这是一个新的空数据库。

要加载包含三个示例客户（中文、俄文和英文）的演示工作区来熟悉一下吗？可以随时删除它们。</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <source>Key accounts, stakeholder maps, relationship stages and account plans — offline.</source>
        <translation>关键客户、利益相关者地图、关系阶段和客户计划——全部离线。</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{problem}

Close anyway and lose this change?</source>
        <translation>{problem}

仍要关闭并放弃此更改吗？</translation>
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
{account}（ID：{key}）</translation>
    </message>
</context>
<context>
    <name>PeopleSearch</name>
    <message numerus="yes">
        <source>People: first {count} found; type more to narrow</source>
        <translation>
            <numerusform>人员：仅显示前{count}个结果，输入更多内容可缩小范围</numerusform>
        </translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>人员（{count}）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Shown in the history and to colleagues on a team server; empty: your login name</source>
        <translation>显示在历史中，并在团队服务器上供同事查看；留空则使用您的登录名</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name (recorded with every change):</source>
        <translation>您的姓名(&amp;N)（随每次更改记录）：</translation>
    </message>
    <message>
        <source>A new language applies when Rapport starts again.</source>
        <translation>新的语言将在 Rapport 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>Save, close Rapport and start it again in the chosen language</source>
        <translation>保存，关闭 Rapport 并以所选语言重新启动</translation>
    </message>
    <message>
        <source>Your name was not saved: {problem}</source>
        <translation>您的姓名未保存：{problem}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>name</source>
        <extracomment>what an account field is called in a message (&quot;Set tier to Strategic&quot;)</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>potential revenue</source>
        <translation>潜在收入</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>relationship stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <source>target stage</source>
        <translation>目标阶段</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Account name (required)</source>
        <translation>客户名称（必填）</translation>
    </message>
    <message>
        <source>Account manager on our side</source>
        <translation>我方客户经理</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>例如：{amount}</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR, USD, CNY, RUB</source>
        <translation>ISO 4217 代码，例如 EUR、USD、CNY、RUB</translation>
    </message>
    <message>
        <source>Context, history, what matters to this customer…</source>
        <translation>背景、历史、对该客户重要的事项…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>客户分级(&amp;T)</translation>
    </message>
    <message>
        <source>Annual &amp;revenue</source>
        <translation>年收入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Potential revenue</source>
        <translation>潜在收入(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage</source>
        <translation>生命周期阶段(&amp;L)</translation>
    </message>
    <message>
        <source>Relationship &amp;stage</source>
        <translation>关系阶段(&amp;S)</translation>
    </message>
    <message>
        <source>Tar&amp;get stage</source>
        <translation>目标阶段(&amp;G)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>{field} not changed: {problem}</source>
        <translation>{field}未更改：{problem}</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: your role on this server can only read. Nothing you see here can be changed; ask the server&apos;s administrator for write access.</source>
        <extracomment>the banner&apos;s colours: amber, readable on light and dark palettes</extracomment>
        <translation>只读：您在此服务器上的角色只能读取。此处内容均无法更改；如需编辑权限，请联系服务器管理员。</translation>
    </message>
    <message>
        <source>Read-only: this database is open for reading only. Nothing you see here can be changed.</source>
        <translation>只读：此数据库以只读方式打开。此处内容均无法更改。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups in {folder}. Restoring replaces every account in the database with the backup&apos;s; the current state is backed up first, so a restore can be undone by restoring that.</source>
        <translation>备份位于 {folder}。恢复会用备份中的客户替换数据库中的所有客户；恢复前会先备份当前状态，因此恢复那个备份即可撤销此次恢复。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Select a backup to see its accounts.</source>
        <translation>选择一个备份以查看其中的客户。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>cannot be used (damaged)</source>
        <translation>无法使用（已损坏）</translation>
    </message>
    <message numerus="yes">
        <source>… {count} more</source>
        <translation>
            <numerusform>…还有{count}个</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken {when} ({kind}, {size})</source>
        <translation>创建于 {when}（{kind}，{size}）</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problem}</source>
        <translation>无法恢复此备份：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts:</source>
        <translation>
            <numerusform>{count}个客户：</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>Replace every account in the database with the {count} accounts of the backup of {when}?</source>
        <translation>
            <numerusform>用 {when} 的备份中的{count}个客户替换数据库中的所有客户吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The current state is backed up first (“{kind}”), so you can go back to it the same way.</source>
        <translation>当前状态会先被备份（「{kind}」），因此可以用同样的方式回到当前状态。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>利益相关者地图</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Import account files</source>
        <translation>导入客户文件</translation>
    </message>
    <message>
        <source>Import contacts into the open account</source>
        <translation>向当前客户导入联系人</translation>
    </message>
    <message>
        <source>Export the open account</source>
        <translation>导出当前客户</translation>
    </message>
    <message>
        <source>Export the account plan as PDF</source>
        <translation>将客户计划导出为 PDF</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>客户组合概览</translation>
    </message>
    <message>
        <source>Find an account or a person</source>
        <translation>查找客户或人员</translation>
    </message>
    <message>
        <source>Show or hide the account list (more room for the map)</source>
        <translation>显示或隐藏客户列表（为地图腾出空间）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add a person (beside the selected one)</source>
        <translation>添加人员（放在所选人员旁边）</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Select the next person that way</source>
        <translation>选中该方向上的下一个人</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys</source>
        <translation>Ctrl+方向键</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>移动所选卡片</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>编辑所选人员</translation>
    </message>
    <message>
        <source>Delete the selected people or lines</source>
        <translation>删除所选人员或连线</translation>
    </message>
    <message>
        <source>Drop the line being drawn, leave the drawing mode, or leave the focus</source>
        <translation>放弃正在绘制的连线、退出绘制模式或退出聚焦</translation>
    </message>
    <message>
        <source>Collapse the selected manager&apos;s team</source>
        <translation>折叠所选经理的下属</translation>
    </message>
    <message>
        <source>Expand it again</source>
        <translation>重新展开</translation>
    </message>
    <message>
        <source>Focus on the selected person (their close relationships)</source>
        <translation>聚焦所选人员（及其紧密关系）</translation>
    </message>
    <message>
        <source>Open the selected card&apos;s menu</source>
        <translation>打开所选卡片的菜单</translation>
    </message>
    <message>
        <source>Fit the whole map in view</source>
        <translation>使整张地图适应窗口</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>放大、缩小</translation>
    </message>
    <message>
        <source>Space + drag</source>
        <translation>空格 + 拖动</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>平移地图</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>添加一条</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>删除所选条目</translation>
    </message>
    <message>
        <source>Share the selected entries with the customer</source>
        <translation>与客户共享所选条目</translation>
    </message>
    <message>
        <source>Stop sharing the selected entries</source>
        <translation>停止共享所选条目</translation>
    </message>
    <message>
        <source>Save the text being typed in a detail box</source>
        <translation>保存详情框中正在输入的文字</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>{name} in {folder} is read-only, perhaps to keep it as it is.

Replace it anyway? The new file stays read-only.</source>
        <translation>{folder} 中的 {name} 是只读文件，可能是为了保持原样。

仍要替换吗？新文件将保持只读。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Not saved: {reason} The account was changed meanwhile by {user} (now version {version}); it now shows the stored version.</source>
        <extracomment>parts of the document the map draws (its people and lines; the team names owners) parts the Plan tab shows (people and the profile: the names and currency it uses) every top-level part of an account document an account was written: one :class:`AccountChange` saying what changed everything may have changed (bulk import) an undo or redo could not be carried out (message for the user) the account last read or written whole, as stored: after an edit the tabs, the portfolio row and the next edit all ask for it, and reading a large account back costs a third of a second. Every write through this class (the GUI&apos;s only way to write) drops or replaces it. the stored version ``_cached`` is: a save names it (compare-and-swap) the last version this window saved of each account: a change notice about it is this window&apos;s own save coming back (``is_own``)</extracomment>
        <translation>未保存：{reason} 此期间 {user} 修改了该客户（现为第 {version} 版）；现在显示的是已保存的版本。</translation>
    </message>
</context>
</TS>
