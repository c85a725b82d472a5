<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnsModel</name>
    <message>
        <source>— not imported</source>
        <translation>— 不导入</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>(column, field or None) chosen by the user</extracomment>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Double-click (or F2) to choose the field this column fills</source>
        <translation>双击（或按 F2）选择此列填入的字段</translation>
    </message>
</context>
<context>
    <name>ContactsWizard</name>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>联系人文件 (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV 或文本 (*.csv *.txt *.tsv);;Excel 工作簿 (*.xlsx);;vCard (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import contacts into {account}</source>
        <translation>将联系人导入「{account}」</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A CSV or text file, an Excel workbook or vCards from a phone. The encoding is detected; check that the names read right.</source>
        <translation>CSV 或文本文件、Excel 工作簿，或手机导出的 vCard。编码会自动识别；请检查姓名是否显示正确。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Which column fills which field. Recognised from the column names (English, Russian, Chinese) and CRM exports; double-click a field to change it.</source>
        <translation>哪一列填入哪个字段。根据列名（英文、俄文、中文）和 CRM 导出格式自动识别；双击字段可以更改。</translation>
    </message>
    <message>
        <source>Recognised from the columns</source>
        <translation>根据列名识别</translation>
    </message>
    <message>
        <source>None (column names only)</source>
        <translation>无（仅按列名）</translation>
    </message>
    <message>
        <source>none: the file has no header row</source>
        <translation>无：文件没有标题行</translation>
    </message>
    <message>
        <source>The row that names the columns (as numbered on the first page)</source>
        <translation>列名所在的行（按第一页上的编号）</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>保存此映射</translation>
    </message>
    <message>
        <source>Use these fields again for files with the same columns</source>
        <translation>对列相同的文件再次使用这些字段</translation>
    </message>
    <message>
        <source>CRM export</source>
        <translation>CRM 预设</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将执行的操作</translation>
    </message>
    <message>
        <source>New people, people already in the account that the file updates, and rows left out with the reason. Untick a row to leave it out.</source>
        <translation>新增人员、文件将更新的已有人员，以及未导入的行及原因。取消勾选某行即可不导入它。</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Read as {encoding}: {reason}</source>
        <translation>按 {encoding} 读取：{reason}</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>按 {encoding} 读取</translation>
    </message>
    <message>
        <source>{read}. Names look wrong? Choose the encoding above.</source>
        <translation>{read}。姓名显示不对？请在上方选择编码。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet {sheet}</source>
        <translation>Excel 工作簿，工作表 {sheet}</translation>
    </message>
    <message>
        <source>The mapping was not saved: {reason}</source>
        <translation>映射未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved: files with these columns will be read this way.</source>
        <translation>已保存：具有这些列的文件将按此方式读取。</translation>
    </message>
    <message>
        <source>No column is a name yet: choose which column holds the full name, or the first and last names.</source>
        <translation>还没有列被识别为姓名：请选择包含全名的列，或包含名和姓的列。</translation>
    </message>
    <message>
        <source>Recognised: {crm} export.</source>
        <translation>已识别：{crm} 导出文件。</translation>
    </message>
    <message>
        <source>Using the mapping you saved for these columns.</source>
        <translation>正在使用为这些列保存的映射。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not imported.</source>
        <translation>
            <numerusform>%n 列不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>{new}, {update}, {there}, {skipped}</source>
        <translation>{new}，{update}，{there}，{skipped}</translation>
    </message>
    <message numerus="yes">
        <source>{count} new</source>
        <translation>
            <numerusform>新增 {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} to update</source>
        <translation>
            <numerusform>待更新 {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} already there</source>
        <translation>
            <numerusform>已存在 {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} left out</source>
        <translation>
            <numerusform>不导入 {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts} — nothing to import: the account already has everyone as in the file</source>
        <translation>{counts}——没有可导入的内容：客户中已有文件里的所有人，且信息一致</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>card {number}: {name}</source>
        <translation>第 {number} 张名片：{name}</translation>
    </message>
    <message>
        <source>row {number}: {name}</source>
        <translation>第 {number} 行：{name}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} and {count} more</source>
        <translation>
            <numerusform>{shown}，另有 {count} 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Managers not found (no reporting line drawn, never guessed): {shown}</source>
        <translation>未找到上级（不画汇报关系，也不猜测）：{shown}</translation>
    </message>
    <message numerus="yes">
        <source>The account would hold {count} people; it can hold {most}. Leave some rows out.</source>
        <translation>
            <numerusform>此客户将有 {count} 人，上限为 {most} 人。请不导入部分行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>New</source>
        <extracomment>rows of the file shown on the first page: enough to judge the encoding and the header characters of a cell shown (the tooltip has the rest)</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>(row number in the file, imported or not)</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>by {how}</source>
        <extracomment>person id -&gt; name, once the import is done: a manager shown by name the shown texts of each row, made on first use</extracomment>
        <translation>按{how}</translation>
    </message>
    <message>
        <source>{name} (by {how})</source>
        <translation>{name}（按{how}）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
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
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>相似姓名</translation>
    </message>
</context>
</TS>
