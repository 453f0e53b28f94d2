<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup/watch.py" line="35"/>
        <source>从最近的完好备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/watch.py" line="38"/>
        <source>数据库已损坏：从最近一次完好的备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/watch.py" line="102"/>
        <source>已自动备份并校验：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/watch.py" line="107"/>
        <source>自动备份未完成：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/manager.py" line="24"/>
        <source>（不指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/manager.py" line="28"/>
        <source>指定客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/manager.py" line="29"/>
        <source>{name} 的客户经理：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="49"/>
        <source>放弃未保存的内容？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="50"/>
        <source>已填写的内容尚未保存，关闭后将丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="55"/>
        <source>放弃(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="56"/>
        <source>继续填写(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="44"/>
        <source>已用 {n} 次 · 次数待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="45"/>
        <location filename="../../ui/usage_view.py" line="142"/>
        <source>次数待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="47"/>
        <source>可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="49"/>
        <source>已用 {n} 次 · {day} 起可再次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="53"/>
        <source>本次住院已安排（每次住院限 {n} 次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="54"/>
        <source>已用 {n} 次 · 本服务期内已用完</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="62"/>
        <source>都会康悦健康增值服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="63"/>
        <source>国内住院亲属探视</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="64"/>
        <source>境外住院亲属探视</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="109"/>
        <source>无等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="144"/>
        <source>每年{k}次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="146"/>
        <source>每{n}年{k}次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="148"/>
        <source>每次住院{k}次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="149"/>
        <source>每个服务期{k}次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="26"/>
        <source>请先输入要查找的内容，再导出查询结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="29"/>
        <source>导出查询结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="47"/>
        <source>已导出 {n} 行：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="53"/>
        <source>已取消导出，未留下文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/staff/forms.py" line="113"/>
        <source>新增员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="122"/>
        <source>账号(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="123"/>
        <source>姓名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="124"/>
        <source>岗位(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="125"/>
        <source>网点代码(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="126"/>
        <source>初始密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="127"/>
        <source>再次输入(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="128"/>
        <source>新增(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="129"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="138"/>
        <source>请填写账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="140"/>
        <source>请填写姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="142"/>
        <source>请填写网点代码。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="39"/>
        <source>第一位系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="41"/>
        <source>管理员负责员工账号、设置和数据导入。程序中没有任何默认密码，请牢记此密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="54"/>
        <source>用户名(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="55"/>
        <source>姓名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="56"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="57"/>
        <source>再输入一次(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="58"/>
        <source>用户名用字母或数字；密码至少10个字符，且不能与用户名相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="73"/>
        <source>正在准备数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="88"/>
        <source>这个数据库已有员工账号，无需再建管理员。请点“下一步”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="103"/>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="124"/>
        <source>正在创建管理员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="135"/>
        <source>管理员 {name} 已创建。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/audit/viewer.py" line="63"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="68"/>
        <source>审计记录列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="83"/>
        <source>导出 Excel(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="84"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="107"/>
        <source>全部经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="109"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="111"/>
        <source>客户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="117"/>
        <source>当前客户 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="119"/>
        <source>限定日期(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="131"/>
        <source>经办人(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="133"/>
        <source>操作(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="135"/>
        <source>客户编号(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="139"/>
        <source>从(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="141"/>
        <source>至(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="190"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="194"/>
        <source>，向下滚动加载更多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="195"/>
        <source>已显示 {n} 条{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="209"/>
        <source>导出审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="219"/>
        <source>已导出 {n} 条记录：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup/dialog.py" line="51"/>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="57"/>
        <source>当前数据库：{label}（{where}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="66"/>
        <source>PostgreSQL 数据库服务器的备份由服务器负责（pg_dump 定时备份与时间点恢复），请联系IT部门。本程序不在这里制作 SQLite 备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="72"/>
        <location filename="../../ui/backup/dialog.py" line="126"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="84"/>
        <location filename="../../ui/backup/dialog.py" line="279"/>
        <source>备份文件夹：{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="86"/>
        <source>更改文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="92"/>
        <source>用密码加密备份（备份含证件号码，带离本机时请加密）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="94"/>
        <location filename="../../ui/backup/restore_steps.py" line="63"/>
        <source>备份密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="103"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="104"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="105"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="106"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="107"/>
        <source>保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="108"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="109"/>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="110"/>
        <source>完整检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="111"/>
        <source>加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="123"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="124"/>
        <source>恢复所选备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="125"/>
        <source>完整检查数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="127"/>
        <source>取消恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="133"/>
        <source>选择保存备份的文件夹，可以是U盘或网络文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="134"/>
        <source>备份离开本机时用密码加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="135"/>
        <source>加密备份所用的密码，至少 8 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="136"/>
        <source>备份列表：日期、类型、大小、行数与检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="137"/>
        <source>现在备份数据库并校验备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="138"/>
        <source>检查所选备份后恢复，当前数据库先另存为备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="139"/>
        <source>对数据库运行完整的完整性检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="140"/>
        <source>不再等待其他柜台，取消这次恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="141"/>
        <source>关闭备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="144"/>
        <source>备份列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="197"/>
        <source>校验通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="197"/>
        <source>不可用：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="198"/>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="198"/>
        <source>未做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="200"/>
        <source>进行中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="209"/>
        <source>未通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="210"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="218"/>
        <source>共 {n} 个备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="231"/>
        <source>备份密码至少 8 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="234"/>
        <source>正在备份并校验…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="244"/>
        <source>备份完成并已校验（快速检查、行数、校验和）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="260"/>
        <source>选择备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="290"/>
        <source>正在完整检查数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="295"/>
        <source>完整检查通过：数据库完好。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="50"/>
        <source>备份文件夹中没有完好的备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="65"/>
        <source>这个备份已加密，请输入备份密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="75"/>
        <source>正在检查备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="82"/>
        <source>备份检查通过。恢复 {date} 的备份？

其中有客户 {members:,} 位、保单 {policies:,} 张、指定亲属 {relatives:,} 位、案件 {cases:,} 件。

当前数据库会先另存为一个备份；恢复后请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="97"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="112"/>
        <source>正在恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="132"/>
        <source>其他柜台已关闭数据库，正在恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="136"/>
        <source>已通知其他柜台保存并关闭数据库：还有 {n} 个柜台打开着，最多再等 {s} 秒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="161"/>
        <source>恢复前的数据库已保存为：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="165"/>
        <source>已恢复，数据库检查通过。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="104"/>
        <location filename="../../ui/documents/batch_dialog.py" line="235"/>
        <source>批量打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="109"/>
        <location filename="../../ui/documents/batch_dialog.py" line="290"/>
        <source>资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="110"/>
        <source>服务手册（个性化）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="119"/>
        <source>全部等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="122"/>
        <source>仅限此日期以后发卡的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="134"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="139"/>
        <source>合并为一个PDF文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="141"/>
        <source>打印内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="32"/>
        <source>正在读取客户资料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="33"/>
        <source>正在生成文档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="34"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="143"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="144"/>
        <source>贵宾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="145"/>
        <source>发卡日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="146"/>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="149"/>
        <source>开始打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="151"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="165"/>
        <source>所选客户（%n 位）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="167"/>
        <source>按条件筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="190"/>
        <source>选择保存位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="194"/>
        <source>选择文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="232"/>
        <location filename="../../ui/documents/batch_dialog.py" line="233"/>
        <source>正在准备…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="233"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="268"/>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="290"/>
        <source>服务手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="291"/>
        <source>已取消。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="292"/>
        <source>已生成%1 %2 份，共 %3 个文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="297"/>
        <source>跳过无贵宾等级的客户 %1 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="312"/>
        <source>批量打印出现意外错误，详见错误报告。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../ui/branch_dialog.py" line="17"/>
        <source>网点信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/branch_dialog.py" line="25"/>
        <source>网点名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/branch_dialog.py" line="25"/>
        <source>网点地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/branch_dialog.py" line="25"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <location filename="../../ui/first_start/pages.py" line="154"/>
        <source>网点信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="155"/>
        <source>网点代码用于服务单号；名称、地址和电话印在确认函和回执上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="157"/>
        <source>例如 0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="164"/>
        <source>网点代码(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="165"/>
        <source>网点名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="166"/>
        <source>网点地址(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="167"/>
        <source>联系电话(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="183"/>
        <source>网点代码应为2到16位数字或字母。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="187"/>
        <source>请填写网点名称。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="38"/>
        <source>来电人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="39"/>
        <source>查找客户或其指定亲属，并请来电人报出证件号码后四位核对身份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="41"/>
        <source>姓名、拼音首字母、证件号、手机号、卡号或保单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="44"/>
        <source>证件号码后四位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="45"/>
        <source>核对身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="72"/>
        <source>正在查找…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="97"/>
        <source>{name}  {id}  本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="101"/>
        <source>{name}  {id}  {member}的指定亲属（{rel}，{prog}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/pages_caller.py" line="118"/>
        <source>找到 %n 位</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="120"/>
        <source>没有找到匹配的客户或指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="132"/>
        <source>请先在列表中选择来电人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="144"/>
        <source>身份已核对：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="146"/>
        <source>证件号码不符，请再次核对</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelUseDialog</name>
    <message>
        <location filename="../../ui/usage_records.py" line="200"/>
        <source>撤销服务使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="203"/>
        <source>撤销案件 {case} 的“{service}”（{day}）。撤销后该次使用不再计入次数，案件记录撤销原因，并写入操作记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="211"/>
        <source>例如：客户改期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="212"/>
        <source>撤销原因(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="217"/>
        <source>撤销使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="219"/>
        <source>不撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="238"/>
        <source>请填写撤销原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="242"/>
        <source>正在撤销…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardReissueDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="42"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="43"/>
        <source>暂停使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="106"/>
        <source>补发贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="112"/>
        <source>正在读取卡片信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="113"/>
        <source>挂失（卡片遗失或被盗）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="114"/>
        <source>损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="123"/>
        <source>可选：客户所持（损坏）卡上的卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="126"/>
        <source>已核验客户本人有效身份证件原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="129"/>
        <source>确认后原卡立即停用，新卡号沿用原卡等级。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="133"/>
        <source>当前卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="134"/>
        <source>补发原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="135"/>
        <source>核对卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="140"/>
        <source>确认补发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="143"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="177"/>
        <source>{name}目前没有有效的贵宾卡，无需补发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="190"/>
        <source>该卡因保单中止处于暂停状态：补发的新卡同样为暂停状态，保单复效后自动恢复有效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="214"/>
        <source>✗ 该卡号不是客户当前的贵宾卡，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="216"/>
        <source>✓ 卡号与客户当前的贵宾卡一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="240"/>
        <source>正在办理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="257"/>
        <source>新卡 {number}  {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="263"/>
        <source>原卡 {old} 已停用，新卡 {new} 已生效。正在生成回执…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="278"/>
        <source>补发完成：新卡 {new}，回执已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="285"/>
        <source>贵宾卡补发回执</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCalendar</name>
    <message>
        <location filename="../../ui/care/window.py" line="58"/>
        <source>关怀日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="62"/>
        <source>我的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="63"/>
        <source>全部客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="65"/>
        <source>全部事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="71"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="74"/>
        <source>客户经理(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="75"/>
        <source>事项(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="76"/>
        <source>从(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="77"/>
        <source>共(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="88"/>
        <source>关怀事项列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="102"/>
        <source>服务计划（按月、按周）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="103"/>
        <source>计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="103"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="103"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="107"/>
        <source>清单(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="108"/>
        <source>计划(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="110"/>
        <source>处理说明，如：已电话问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="111"/>
        <source>完成(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="116"/>
        <source>推迟到(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="117"/>
        <source>导出 Excel(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="118"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="120"/>
        <source>说明(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="163"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care/window.py" line="195"/>
        <source>已载入 %n 项，向下滚动载入更多</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care/window.py" line="197"/>
        <source>待办 %n 项</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="223"/>
        <source>请先在清单中选择一项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="233"/>
        <source>已完成并记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="233"/>
        <source>已推迟。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="239"/>
        <source>导出关怀日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="248"/>
        <source>已导出 {n} 项：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTableModel</name>
    <message>
        <location filename="../../ui/care/model.py" line="13"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="14"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="15"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="16"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="17"/>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="18"/>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="128"/>
        <source>第{week}周（{start}–{end}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="132"/>
        <source>{year}年{month}月</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="42"/>
        <source>请在左侧选择案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="46"/>
        <source>记录处理情况或下次跟进安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="26"/>
        <location filename="../../ui/cases/detail.py" line="48"/>
        <source>跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="25"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="27"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="28"/>
        <source>主管推翻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="49"/>
        <source>添加记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="50"/>
        <source>申请主管特批(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="89"/>
        <source>&#x3000;⚠ 已超过回复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="96"/>
        <source>客户：{m}（{id}）&#x3000;被服务人：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="101"/>
        <source>描述：{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="103"/>
        <source>距居住地 {km:g} 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="105"/>
        <source>旅行第 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="108"/>
        <source>拒绝原因：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="113"/>
        <source>主管推翻：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="115"/>
        <source>回复期限：{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="133"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="135"/>
        <source>改为“{s}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseQueueWidget</name>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="36"/>
        <source>案件队列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="39"/>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="40"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="44"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="48"/>
        <source>全部经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="49"/>
        <source>只看超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="50"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/queue_view.py" line="125"/>
        <source>⚠ 超时案件 %n 件</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="130"/>
        <source>没有超时案件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../ui/cases/wizard.py" line="79"/>
        <source>新建服务案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="84"/>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="85"/>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="86"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="87"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <location filename="../../ui/audit/banner.py" line="26"/>
        <source>无法核对审计记录的完整性：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="31"/>
        <source>警告：审计记录完整性核对未通过。{what}记录可能被篡改，请立即报告信息安全负责人，并用“vipdesk audit verify”核对全部记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="37"/>
        <source>审计记录完整性警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="40"/>
        <source>查看审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="45"/>
        <source>知道了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="46"/>
        <source>隐藏此提示（下次启动时会再次核对）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="307"/>
        <source>案件已开立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="315"/>
        <source>打印案件摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="319"/>
        <source>案件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="320"/>
        <source>回复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="321"/>
        <source>回拨电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="341"/>
        <source>（客户登记的电话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="344"/>
        <source>已由主管推翻拒绝决定并受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="346"/>
        <source>已记录本次拒绝，请主管在特批窗口中签批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="349"/>
        <source>已记录本次拒绝，请向来电人说明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="351"/>
        <source>请告知来电人案件号，并按期限回复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="370"/>
        <source>未特批：本次拒绝已记录；如需特批，可在案件队列中再次申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="372"/>
        <source>已特批受理：申请人 {requester}，批准人 {approver}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="380"/>
        <source>正在生成案件摘要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="387"/>
        <source>案件摘要已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="393"/>
        <source>案件摘要 {no}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect_dialog.py" line="29"/>
        <source>连接 PostgreSQL 服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="32"/>
        <source>请输入数据库服务器地址。程序会先试连接并检查数据表，成功后才保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="42"/>
        <source>测试并保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="58"/>
        <source>地址应以 postgresql:// 开头，例如 {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="64"/>
        <source>正在连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="70"/>
        <source>连接成功。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="81"/>
        <source>连接失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/window.py" line="113"/>
        <source>统计看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="117"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="118"/>
        <source>月度报告 PDF(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="120"/>
        <location filename="../../ui/dashboard/window.py" line="183"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="147"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="159"/>
        <location filename="../../ui/dashboard/window.py" line="174"/>
        <source>非贵宾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="173"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="173"/>
        <source>暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="181"/>
        <source>各等级客户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="183"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="184"/>
        <source>按时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="192"/>
        <source>每周案件（按时完成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="195"/>
        <source>补卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="195"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="201"/>
        <source>每月补卡与指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="203"/>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="203"/>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>应办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="209"/>
        <source>各客户经理关怀事项：已完成与应办（{since} 起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="228"/>
        <source>近 {weeks} 周受理 {n} 件，按时 {share}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/first_start/pages.py" line="59"/>
        <source>选择数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="61"/>
        <source>客户数据保存在哪里？单独一台柜台电脑选本机；多台柜台共用选分行服务器。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="63"/>
        <source>本机数据库(&amp;L)（保存在本机的用户数据文件夹）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="65"/>
        <source>分行服务器(&amp;S)（PostgreSQL，由IT部门提供地址）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="72"/>
        <source>测试连接(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="124"/>
        <source>地址应以 postgresql:// 开头，例如 {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="129"/>
        <source>正在连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="138"/>
        <source>连接成功，数据表已就绪。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="134"/>
        <source>如 2026-11-27、20261127 或 11/27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="136"/>
        <source>可直接输入日期：2026-11-27、20261127 或 11/27；↑↓ 加减一天，Alt+↓ 打开日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="141"/>
        <source>打开日历（Alt+↓）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="142"/>
        <source>打开日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="195"/>
        <source>日期应在 {first} 至 {last} 之间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="146"/>
        <source>审核结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="148"/>
        <source>开立案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="154"/>
        <source>申请主管特批(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="156"/>
        <source>特批理由（必填，记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="157"/>
        <source>特批理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="163"/>
        <location filename="../../ui/cases/pages_decision.py" line="170"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="164"/>
        <source>请向来电人说明的费用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="166"/>
        <source>开案前请确认（勾选表示“是”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="171"/>
        <source>开案前请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="198"/>
        <source>{kind}无需资格审核，将在 {h} 小时内首次回复客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="199"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="199"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="204"/>
        <source>正在审核…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="226"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="227"/>
        <source>来电人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="229"/>
        <source>✔ 可以受理：{name}符合服务条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="232"/>
        <source>✘ 不能受理：{name}不符合服务条件（{n} 项原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="265"/>
        <source>开立案件时先记录本次拒绝；申请特批时，随后由一位主管（不能是申请人本人）在本机输入自己的账号和密码批准，案件同时记录申请人和批准人。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>VIP Desk 贵宾客户服务台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>服务台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>正在打开数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="26"/>
        <source>正在处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="13"/>
        <source>正在生成演示客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="14"/>
        <source>正在计算等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="15"/>
        <source>正在发卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>数据库：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>柜员：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>正在创建演示数据库，请稍候…
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>未登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>VIP Desk 贵宾客户服务台 — 演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>演示数据：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="329"/>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>客户 {n:,} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>在左侧输入姓名、拼音首字母或证件号后几位查找客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>数据库：未连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>数据库未打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>有未完成的办理，退出后将丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/geocoder_choice.py" line="18"/>
        <source>不使用（仅离线地名库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/geocoder_choice.py" line="22"/>
        <source>在线地理编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/geocoder_choice.py" line="24"/>
        <source>离线地名库查不到的地点，可由联网的地理编码服务查询（需网络）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../ui/export_job.py" line="28"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_job.py" line="28"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_job.py" line="30"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_job.py" line="44"/>
        <source>已写入 {n} 行…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="42"/>
        <source>VIP Desk 首次启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="45"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="46"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="47"/>
        <source>稍后继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="48"/>
        <source>完成(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleMinutesDialog</name>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="36"/>
        <source>自动锁屏时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="38"/>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="44"/>
        <source>柜台无人操作达到该时间后自动锁屏，需输入密码解锁。对所有柜台生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="47"/>
        <source>锁屏前的无操作时间(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/imports/dialog.py" line="89"/>
        <source>导入客户与保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="92"/>
        <source>客户（证件号码、姓名、手机、地址）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="93"/>
        <source>保单（须先导入客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="94"/>
        <source>CSV 或 XLSX 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="95"/>
        <source>选择文件(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="96"/>
        <source>开始导入(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="97"/>
        <source>取消导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="98"/>
        <source>柜台可以等待，直接写入(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="101"/>
        <source>大批导入时柜台一直在办理业务：不再拒绝导入，而是直接写入数据库，写入期间柜台需要等待（可能超过 10 秒而被拒绝）。请在柜台空闲时使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="108"/>
        <source>导入结果与问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="112"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="113"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="114"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="115"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="116"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="117"/>
        <source>读取/新增/更新/未变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="118"/>
        <source>有问题的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="126"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="137"/>
        <source>导入内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="150"/>
        <source>最近十次导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="160"/>
        <source>选择导入文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="160"/>
        <source>表格文件 (*.csv *.xlsx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="169"/>
        <source>请先选择要导入的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="175"/>
        <source>正在准备…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="194"/>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="201"/>
        <source>已读 %1 行，正在写入数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="205"/>
        <source>柜台正在办理业务，导入数据已过期，正在第 %1 次重建…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="211"/>
        <source>正在提交到数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="214"/>
        <source>已读 %1 行，发现 %2 处问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="233"/>
        <source>导入完成：%1 行，新增 %2，更新 %3，未变 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="247"/>
        <source>没有导入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="155"/>
        <source>导入客户和保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="157"/>
        <source>从核心系统导出的客户文件和保单文件（CSV 或 Excel）。也可以跳过，以后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="164"/>
        <source>客户文件(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="165"/>
        <source>保单文件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="167"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="181"/>
        <source>导入需要管理员登录：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="182"/>
        <source>管理员用户名(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="183"/>
        <source>管理员密码(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="184"/>
        <source>开始导入(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="185"/>
        <source>取消导入(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="224"/>
        <source>选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="240"/>
        <source>请先选择客户文件或保单文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="253"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="287"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="287"/>
        <source>保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="292"/>
        <source>{what}文件未导入：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="296"/>
        <source>{what}：{rows} 行，新增 {new}，更新 {changed}，未变 {same}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="304"/>
        <source>导入完成。点“完成”开始使用。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="46"/>
        <source>所在地与行程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="47"/>
        <source>询问来电人目前所在的城市或区县，以及本次旅行的出发日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="50"/>
        <source>如：石家庄、河北省石家庄市长安区、Shijiazhuang、日本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="67"/>
        <source>目前所在地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="68"/>
        <source>出发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="69"/>
        <source>居住地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="70"/>
        <source>距居住地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="71"/>
        <source>旅行天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="119"/>
        <source>无法识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="121"/>
        <source>{km:g} 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="123"/>
        <source>无法计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="104"/>
        <location filename="../../ui/cases/pages_decision.py" line="126"/>
        <source>第 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="131"/>
        <source>识别为：{place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="133"/>
        <source>无法识别该地点，请再次询问所在城市或区县。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="101"/>
        <source>屏幕已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="107"/>
        <source>解锁(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="109"/>
        <source>其他员工登录(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="116"/>
        <source>关闭其窗口并登录(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="122"/>
        <source>用户名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="124"/>
        <source>密码(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="133"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="168"/>
        <source>{name}（{username}）离开了柜台。请输入密码解锁，正在办理的工作会保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="173"/>
        <source>由其他员工登录将关闭 {name} 打开的 {n} 个窗口和正在查看的客户，其中未保存的内容会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="177"/>
        <source>由其他员工登录将关闭 {name} 正在查看的客户，未保存的内容会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="206"/>
        <location filename="../../ui/session/idle_lock.py" line="218"/>
        <source>正在核对…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="215"/>
        <source>请输入用户名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/member_view.py" line="51"/>
        <source>无等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="54"/>
        <source>无有效贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="74"/>
        <source>{day} 起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="134"/>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="135"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="136"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="137"/>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="176"/>
        <source>出示的卡号 {number}：{warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="183"/>
        <source>服务权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="193"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="219"/>
        <source>年化保费与保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="220"/>
        <source>卡片记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="228"/>
        <source>服务使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="230"/>
        <source>等级变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="232"/>
        <source>操作记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="264"/>
        <source>未达贵宾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="266"/>
        <source>{gender} · {age}岁 · {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="274"/>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="282"/>
        <source>累计年化保费（仅计有效保单）：{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="316"/>
        <source>未达贵宾等级：累计年化保费满 {amount} 可获{tier}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="329"/>
        <source>保单中止，贵宾服务暂停；保单复效后恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="344"/>
        <source>{tier}可指定 {n} 位亲属，已指定 {k} 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="350"/>
        <source>白金卡、钻石卡客户可指定亲属；本客户暂无指定亲属。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../ui/dashboard/report.py" line="32"/>
        <source>保存月度服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="32"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="54"/>
        <location filename="../../ui/dashboard/report.py" line="71"/>
        <source>月度服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="55"/>
        <source>已保存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="59"/>
        <source>打开(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="60"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="163"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="165"/>
        <source>选择服务及项目（本卡权益以外的服务会在审核中说明原因），或登记投诉、咨询。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="170"/>
        <source>服务申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="171"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="172"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="184"/>
        <source>来电人描述的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="186"/>
        <source>回拨电话（手机或座机）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="188"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="189"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="190"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="192"/>
        <source>描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="193"/>
        <source>回拨电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="215"/>
        <source>（非本卡权益）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="77"/>
        <source>主管特批（双人复核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="82"/>
        <source>该申请的资格审核结果为“不能受理”。特批须由一位主管（不能是申请人本人）在本机输入自己的账号和密码批准，案件会同时记录申请人和批准人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="96"/>
        <source>特批理由（必填，记入案件和审计记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="97"/>
        <source>特批理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="99"/>
        <source>主管账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="102"/>
        <source>主管密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="104"/>
        <source>特批结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="106"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="107"/>
        <source>特批理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="110"/>
        <source>请主管本人输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="112"/>
        <source>主管账号(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="114"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="119"/>
        <source>批准特批(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="121"/>
        <source>批准特批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="122"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="152"/>
        <source>请写明特批理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="154"/>
        <source>请主管输入自己的账号和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="166"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="169"/>
        <source>已特批：申请人 {requester}，批准人 {approver}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="192"/>
        <source>正在核对主管身份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="199"/>
        <source>案件 {no}：{why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="41"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="46"/>
        <source>管理员重置了您的密码，请先设置新密码再继续工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="55"/>
        <source>当前密码(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="56"/>
        <source>新密码(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="57"/>
        <source>再输入一次(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="66"/>
        <source>新密码至少10个字符，且不能与用户名相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="75"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="77"/>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="77"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="88"/>
        <source>两次输入的新密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="93"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="91"/>
        <location filename="../../ui/documents/preview.py" line="137"/>
        <source>正在生成文档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="92"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="93"/>
        <source>另存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="94"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="130"/>
        <source>共 %n 页</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="164"/>
        <source>生成或打印文档时出现意外错误，详见错误报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="212"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="231"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="194"/>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="203"/>
        <source>已发送 %n 页到打印机</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="209"/>
        <source>另存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="209"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="238"/>
        <source>已保存到 </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <location filename="../../ui/cases/queue_export.py" line="21"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_export.py" line="28"/>
        <source>导出案件队列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_export.py" line="52"/>
        <source>已导出 {n} 件案件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="41"/>
        <source>配偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="42"/>
        <source>父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="43"/>
        <source>子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="46"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="47"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="99"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="107"/>
        <source>正在读取客户信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="110"/>
        <source>18位居民身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="111"/>
        <location filename="../../ui/dialogs/relative.py" line="210"/>
        <source>请输入亲属的身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="121"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="122"/>
        <source>亲属姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="123"/>
        <source>身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="125"/>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="126"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="127"/>
        <source>都会康悦保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="129"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="130"/>
        <source>剩余名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="132"/>
        <source>确认指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="135"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="180"/>
        <source>无贵宾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="185"/>
        <source>贵宾卡指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="187"/>
        <source>都会康悦指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="220"/>
        <source>✓ 号码有效&#x3000;出生日期 {born}&#x3000;{age}周岁&#x3000;{gender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="248"/>
        <source>{left} 位（共 {limit} 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="252"/>
        <location filename="../../ui/dialogs/relative.py" line="277"/>
        <source>请填写亲属姓名、身份证号码和关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="254"/>
        <source>身份证号码无效，不能指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="263"/>
        <source>，等待期满后自 {day} 起可享受服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="268"/>
        <source>可以指定：将占用第 {slot} 个名额{wait}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="275"/>
        <source>不能指定：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="300"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="315"/>
        <source>{left} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="318"/>
        <source>已指定 {name} 为指定亲属。正在生成确认函…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="331"/>
        <source>已指定 {name} 为指定亲属，确认函已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="337"/>
        <source>指定亲属确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="341"/>
        <source>亲属已指定，但确认函未能生成：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/staff/forms.py" line="160"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="162"/>
        <source>为 {name}（{username}）设置新密码；对方下次登录时必须修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="170"/>
        <source>新密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="171"/>
        <source>再次输入(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="172"/>
        <source>重置(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="173"/>
        <source>重置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreWatch</name>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="34"/>
        <source>数据库正在恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="41"/>
        <source>现在关闭数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="47"/>
        <source>已保存手头的工作：现在关闭数据库，让恢复开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="58"/>
        <source>{by} 正在从备份恢复数据库。请保存并关闭正在办理的内容；到时本柜台会关闭数据库，恢复完成后自动重新打开（需重新登录）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="65"/>
        <source>{s} 秒后关闭数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="76"/>
        <source>数据库正在恢复，本柜台已关闭数据库，没有写入任何内容。恢复完成后将自动重新打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="81"/>
        <source>请稍候…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="149"/>
        <source>数据库恢复已取消，可以继续办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="198"/>
        <source>数据库已恢复并重新打开，请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealedText</name>
    <message>
        <location filename="../../ui/masking.py" line="40"/>
        <source>{s} 秒后自动隐藏；单击号码立即隐藏</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="38"/>
        <source>姓名、拼音或首字母、证件号（或后4–6位）、手机、保单号、卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="40"/>
        <location filename="../../ui/search_panel.py" line="125"/>
        <source>输入后即时查找，↓ 进入结果，回车打开，Esc 清除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="42"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="46"/>
        <source>查找结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="47"/>
        <source>↑↓ 选择客户，回车打开，Esc 回到查找框</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="127"/>
        <source>没有找到匹配的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="129"/>
        <source>已显示前 %n 位，向下滚动查看更多</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="131"/>
        <source>找到 %n 位客户</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="46"/>
        <source>登录 VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="47"/>
        <source>请使用您的员工账号登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="55"/>
        <source>用户名(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="57"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="66"/>
        <source>登录(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="70"/>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="107"/>
        <source>演示数据库，可用以下演示账号登录：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="109"/>
        <source>密码：{password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="125"/>
        <source>请输入用户名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="129"/>
        <source>正在核对…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaWatch</name>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="25"/>
        <source>时效提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/sla_watch.py" line="41"/>
        <source>即将到期 %n 件</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="64"/>
        <source>已超时：{cases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="66"/>
        <source>即将到期：{cases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="79"/>
        <source>案件时效：即将到期 {soon} 件，超时 {late} 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <location filename="../../ui/staff/dialog.py" line="45"/>
        <source>员工账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="50"/>
        <source>员工账号列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="58"/>
        <source>新增员工(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="60"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="67"/>
        <source>停用的账号保留在列表中，审计记录仍指向它们。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="86"/>
        <source>所选员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="92"/>
        <source>保存岗位与网点(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="94"/>
        <source>重置密码(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="95"/>
        <source>解除锁定(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="98"/>
        <source>岗位(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="99"/>
        <source>网点代码(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="169"/>
        <location filename="../../ui/staff/dialog.py" line="175"/>
        <source>停用账号(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="175"/>
        <source>重新启用(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="184"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="211"/>
        <source>已新增员工 {username}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="220"/>
        <source>已重新启用 {username}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="220"/>
        <source>已停用 {username}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="230"/>
        <source>已重置 {username} 的密码，对方下次登录时须修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="243"/>
        <source>已解除 {username} 的锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="254"/>
        <source>请填写网点代码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="258"/>
        <source>已保存 {username} 的岗位与网点。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayField</name>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="21"/>
        <source>住院号或医院+入院日期(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="23"/>
        <source>如：ZY20261120 或 河北医大二院 2026-11-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="24"/>
        <source>住院号或医院+入院日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="26"/>
        <source>亲友探病每次住院只能安排一次，必须填写本次住院的住院号或医院与入院日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="30"/>
        <source>亲友探病每次住院只安排一次。请问来电人住院号；没有住院号时，填写医院名称和入院日期。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseRecordsPanel</name>
    <message>
        <location filename="../../ui/usage_records.py" line="77"/>
        <source>使用记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="81"/>
        <source>服务使用记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="83"/>
        <source>撤销使用(&amp;Z)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="84"/>
        <source>撤销选中的、尚未提供的服务使用（需填写原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="184"/>
        <source>已撤销案件 {case} 的服务使用，该次不再计入次数。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <location filename="../../ui/export_helpers.py" line="67"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WorkerForm</name>
    <message>
        <location filename="../../ui/staff/forms.py" line="59"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="76"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="99"/>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="102"/>
        <source>密码至少 {n} 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/builtin_actions.py" line="18"/>
        <source>核实客户身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="19"/>
        <source>办理补卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="20"/>
        <source>登记救援服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="21"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="34"/>
        <location filename="../../ui/builtin_actions.py" line="190"/>
        <source>显示完整证件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="36"/>
        <source>查看完整证件号会记入审计日志。请选择或填写用途：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="54"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="55"/>
        <source>界面语言已改为 {name}，重新启动程序后生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="69"/>
        <source>版本 {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="75"/>
        <location filename="../../ui/builtin_actions.py" line="295"/>
        <source>关于 VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="76"/>
        <source>VIP Desk 贵宾客户柜面服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="144"/>
        <source>连接 PostgreSQL 服务器…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="151"/>
        <source>使用本机数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="158"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="165"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="173"/>
        <source>清除查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="180"/>
        <source>导出查询结果 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="186"/>
        <source>把当前查询结果导出为 Excel（证件号已遮蔽）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="195"/>
        <source>查看完整证件号（记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="199"/>
        <source>刷新客户信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="208"/>
        <source>关闭客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="217"/>
        <source>关怀日历…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="222"/>
        <source>生日、体检、离网预警、升级潜力、回访、补发卡领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="226"/>
        <source>指定客户经理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="234"/>
        <source>在线地理编码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="238"/>
        <source>默认只用离线地名库；联网的网点可另选 geopy 的在线服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="242"/>
        <source>网点信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="246"/>
        <source>打印在确认函和回执抬头上的网点名称、地址、电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="268"/>
        <source>员工账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="273"/>
        <source>新增、停用员工账号，重置密码、解除锁定，调整岗位与网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="277"/>
        <source>审计记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="282"/>
        <source>按经办人、操作、客户、日期查看操作记录并导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="286"/>
        <source>统计看板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="292"/>
        <source>等级分布、每周案件与按时率、补卡、指定亲属、关怀完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="36"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>系统管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="54"/>
        <source>新建服务案件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="61"/>
        <source>登记救援或服务申请、投诉、咨询，并审核服务资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="67"/>
        <source>案件队列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="73"/>
        <source>查看并跟进所有服务案件，超时案件醒目显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="72"/>
        <source>指定亲属…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="78"/>
        <source>为白金卡、钻石卡或都会康悦客户指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="84"/>
        <source>补发贵宾卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="90"/>
        <source>卡片遗失或损坏时补发新卡，原卡立即停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="89"/>
        <source>打印服务手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="83"/>
        <source>打印资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="86"/>
        <source>预览并打印当前客户的贵宾客户资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="91"/>
        <source>当前客户的个性化服务手册；未选客户时按等级打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="94"/>
        <source>批量打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="96"/>
        <source>为一批客户打印资格确认函或服务手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="32"/>
        <source>备份与恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="37"/>
        <source>立即备份、查看备份、从备份恢复（管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/actions.py" line="28"/>
        <source>导入客户与保单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/actions.py" line="33"/>
        <source>导入核心系统导出的客户或保单文件，查看最近的导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="64"/>
        <source>锁定屏幕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="73"/>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="81"/>
        <source>退出登录 / 切换用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="89"/>
        <source>自动锁屏时间…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="94"/>
        <source>无操作多少分钟后锁定屏幕（1–30 分钟，管理员设置）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../ui/audit/model.py" line="25"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="26"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="27"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="28"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="29"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar_check</name>
    <message>
        <location filename="../../ui/care/calendar_check.py" line="38"/>
        <source>⚠ {year} 年法定节假日未收录：按工作日的时限暂按周一至周五计算</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="21"/>
        <source>案件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="22"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="23"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="24"/>
        <source>被服务人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="25"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="26"/>
        <source>回复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="27"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="31"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="32"/>
        <source>处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="33"/>
        <source>等待客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="34"/>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="35"/>
        <source>已关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="36"/>
        <source>救援/服务申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="37"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="38"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="39"/>
        <source>补卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="159"/>
        <source>已超过回复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="166"/>
        <source>即将到期（剩余时间不足五分之一）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="181"/>
        <source>⚠ 超时 · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="186"/>
        <source>即将到期 · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="190"/>
        <source>暂停计时 · {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents/__init__.py" line="133"/>
        <source>贵宾客户资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/__init__.py" line="160"/>
        <source>贵宾客户服务手册</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entitlements</name>
    <message>
        <location filename="../../ui/entitlements.py" line="32"/>
        <source>被救助人不超过{age}周岁；距居住地超过{km}公里；单次行程前{days}天内（出发当日为第1天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="41"/>
        <source>中国大陆以外（含港澳台）；单次行程不超过{days}天；被救助人不超过{age}周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="46"/>
        <source>电话医疗咨询，不作诊断；危急情况请直接拨打120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="52"/>
        <source>每年一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="54"/>
        <source>每{years}年一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="73"/>
        <source>指定亲属共享救援</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="74"/>
        <source>可指定{n}位亲属（{relations}），指定时未满{age}周岁；共享国内及国际救援</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="109"/>
        <source>等待期{days}天，{day}起可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="113"/>
        <source>已过{days}天等待期（生效或复效后重新计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="125"/>
        <source>24小时救援热线（中英文）：{home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="129"/>
        <source>；境外拨打 {abroad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="141"/>
        <source>还差 {amount} 升至{tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="148"/>
        <source>高出门槛 {margin}（{tier}门槛 {floor}，低于即失去{tier}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../ui/files.py" line="77"/>
        <source>查找范围(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="78"/>
        <source>文件名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="79"/>
        <source>文件类型(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="80"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <location filename="../../ui/keyboard.py" line="63"/>
        <source>客户信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="64"/>
        <source>保单、卡片记录和操作记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="65"/>
        <source>来电人查找结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="66"/>
        <source>按状态筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="67"/>
        <source>按类型筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="68"/>
        <source>按经办人筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="69"/>
        <source>案件列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="70"/>
        <source>案件记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="71"/>
        <source>不能受理的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="72"/>
        <source>开案前请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="73"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="74"/>
        <source>保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="75"/>
        <source>卡片记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="76"/>
        <source>操作记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <location filename="../../ui/labels.py" line="25"/>
        <location filename="../../ui/labels.py" line="46"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>暂停使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>已挂失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>已换卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>已注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>贵宾服务正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>贵宾服务暂停（保单中止）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>非贵宾客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>失效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>终止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>满期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>个人代理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>直效行销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>银行保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>配偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>都会康悦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>发卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>等级变更换卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>不再满足贵宾条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>保单中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>保单复效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>挂失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>补发新卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>无贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>无等级</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>可以稍后点“重试”，或通过“文件”菜单连接其他数据库；问题持续时请联系IT部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>连接其他数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>（无法写入日志文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>程序遇到了意外错误。您的数据没有受到影响，可以继续工作；如果问题重复出现，请把下面的日志文件发给IT部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>意外错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>数据库问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/export_job.py" line="70"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../ui/results_model.py" line="23"/>
        <source>挂失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="24"/>
        <source>因损坏停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="25"/>
        <source>换卡停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="26"/>
        <source>注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="34"/>
        <source>此卡已{verb}，不能使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="35"/>
        <source>此卡已于 {day} {verb}，不能使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="42"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="43"/>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="44"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="45"/>
        <source>等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="46"/>
        <source>卡状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="47"/>
        <source>年化保费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="203"/>
        <source>卡号 {number}：{warning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../ui/staff/model.py" line="18"/>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="19"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="20"/>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="21"/>
        <source>网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="22"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="23"/>
        <source>最近登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="26"/>
        <source>柜员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="27"/>
        <source>主管</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="28"/>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="31"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="32"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="33"/>
        <source>锁定至 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="34"/>
        <source>须修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="35"/>
        <source>未设密码（请重置）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../ui/member_tables.py" line="27"/>
        <source>保单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="28"/>
        <source>产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="29"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="30"/>
        <location filename="../../ui/member_tables.py" line="39"/>
        <location filename="../../ui/usage_records.py" line="31"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="31"/>
        <source>生效日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="32"/>
        <location filename="../../ui/usage_view.py" line="17"/>
        <source>年化保费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="35"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="36"/>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="37"/>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="38"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="40"/>
        <source>指定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="43"/>
        <location filename="../../ui/member_tables.py" line="49"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="44"/>
        <source>卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="45"/>
        <source>状态变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="46"/>
        <location filename="../../ui/usage_view.py" line="18"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="50"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="51"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="52"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="118"/>
        <source>{n}岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="29"/>
        <location filename="../../ui/usage_view.py" line="15"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="32"/>
        <source>案件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="16"/>
        <source>等级变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="30"/>
        <location filename="../../ui/usage_view.py" line="21"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="22"/>
        <source>使用情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="23"/>
        <source>上次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="24"/>
        <source>次数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usage</name>
    <message>
        <location filename="../../ui/usage_view.py" line="27"/>
        <source>导入保单数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="28"/>
        <source>重新计算等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="29"/>
        <source>保单复效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="30"/>
        <source>保单中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="31"/>
        <source>失去贵宾资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="35"/>
        <source>已预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="36"/>
        <source>已提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="37"/>
        <source>已撤销</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/dashboard/tab.py" line="33"/>
        <source>统计看板</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../ui/wording.py" line="13"/>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="14"/>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
