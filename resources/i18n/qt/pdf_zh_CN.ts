<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportThread</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Internal</source>
        <extracomment>the edition&apos;s button and what it says about it (English; shown translated, see _tr)</extracomment>
        <translation>内部版</translation>
    </message>
    <message>
        <source>Everything, for the account team: stances, scores,
notes, gap analysis, internal risks.</source>
        <translation>全部内容，供客户团队使用：态度、评分、
备注、差距分析、内部风险。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户版</translation>
    </message>
    <message>
        <source>For the customer: only plan entries marked shared;
no stances, scores or notes; the map is the org chart.</source>
        <translation>供客户阅读：仅含标记为共享的计划条目；
不含态度、评分或备注；地图为组织结构图。</translation>
    </message>
    <message>
        <source>Executive brief</source>
        <translation>高管简报</translation>
    </message>
    <message>
        <source>Two pages for our leadership: summary, key people,
top risks, our asks.</source>
        <translation>两页，供我方管理层阅读：概要、关键人物、
首要风险、我方请求。</translation>
    </message>
    <message>
        <source>The internal edition is for the account team: it prints every chosen section with everything recorded, empty sections with a line that says so.

Choose the client edition to see, section by section, what the customer will see.</source>
        <extracomment>where the last export went and how, remembered between runs the preview panel&apos;s word for the other editions, where it has nothing to preview</extracomment>
        <translation>内部版供客户团队使用：打印所选的每个章节及全部记录内容，空章节会注明无记录。

选择客户版，可逐章节查看客户将看到的内容。</translation>
    </message>
    <message>
        <source>The executive brief is two pages for our leadership; the sections are not chosen.

Choose the client edition to see, section by section, what the customer will see.</source>
        <translation>高管简报为两页，供我方管理层阅读；无需选择章节。

选择客户版，可逐章节查看客户将看到的内容。</translation>
    </message>
    <message>
        <source>Nothing from the plan is shared yet: the client edition will hold the profile, the org chart and the stage only. Mark entries “Shared with customer” in the Plan tab.</source>
        <translation>计划中尚无任何内容与客户共享：客户版将仅包含概况、组织结构图和关系阶段。请在「计划」选项卡中将条目标记为「与客户共享」。</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <extracomment>a section with more entries than this starts collapsed (its heading gives the count) how the preview marks a section that is left out (with words too: not colour alone)</extracomment>
        <translation>将计划导出为 PDF</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条</translation>
    </message>
    <message>
        <source>The client edition leaves out stances, scores, notes and internal risks, but these texts typed in the plan would still show what we think of their people or an internal risk:

{texts}

Hand the customer a PDF with them anyway?</source>
        <translation>客户版不含态度、评分、备注和内部风险，但计划中输入的以下文字仍会透露我方对其人员的看法或内部风险：

{texts}

仍要将含有这些文字的 PDF 交给客户吗？</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>正在准备 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The PDF was not written.

{error}</source>
        <translation>未写入 PDF。

{error}</translation>
    </message>
    <message>
        <source>The PDF was written, but its fonts have no glyphs for these characters, which print as blanks: {characters}</source>
        <translation>PDF 已写入，但其字体缺少以下字符的字形，这些字符将显示为空白：{characters}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export plan as PDF</source>
        <extracomment>bytes of the account name in a suggested file name (with room for the rest) the document&apos;s language (&quot;en&quot;, &quot;zh_CN&quot;, &quot;ru&quot;); None: the window&apos;s</extracomment>
        <translation>将计划导出为 PDF</translation>
    </message>
    <message>
        <source>The language the PDF is written in, whatever the window&apos;s: its headings, tables, dates and figures.</source>
        <extracomment>the file the file dialog has asked about replacing (no second question)</extracomment>
        <translation>PDF 使用的语言，与窗口语言无关：标题、表格、日期和数字。</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文档语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Open the PDF when it is done</source>
        <translation>完成后打开 PDF</translation>
    </message>
    <message>
        <source>What the customer sees</source>
        <translation>客户将看到的内容</translation>
    </message>
    <message>
        <source>Not in the client edition: internal only.</source>
        <translation>不在客户版中：仅限内部。</translation>
    </message>
    <message>
        <source>Export client edition…</source>
        <translation>导出客户版…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The preview of what the customer sees is not available here.</source>
        <translation>此处无法预览客户将看到的内容。</translation>
    </message>
    <message>
        <source>No section chosen.</source>
        <translation>未选择章节。</translation>
    </message>
    <message>
        <source>Sections after the cover and the contents: {n}.</source>
        <translation>封面和目录之后的章节数：{n}。</translation>
    </message>
    <message>
        <source>Left out, as they would be empty: {sections}.</source>
        <translation>因内容为空而不放入：{sections}。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it?</source>
        <translation>{folder} 中已存在 {file}。要替换吗？</translation>
    </message>
</context>
</TS>
