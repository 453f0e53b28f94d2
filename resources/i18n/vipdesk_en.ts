<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup/watch.py" line="35"/>
        <source>从最近的完好备份恢复…</source>
        <translation>Restore the newest good backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/watch.py" line="38"/>
        <source>数据库已损坏：从最近一次完好的备份恢复</source>
        <translation>The database is damaged: restore the newest good backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup/watch.py" line="102"/>
        <source>已自动备份并校验：{name}</source>
        <translation>Automatic backup made and checked: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/watch.py" line="107"/>
        <source>自动备份未完成：{why}</source>
        <translation>Automatic backup not completed: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/care/manager.py" line="24"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/care/manager.py" line="28"/>
        <source>指定客户经理</source>
        <translation>Set account manager</translation>
    </message>
    <message>
        <location filename="../../ui/care/manager.py" line="29"/>
        <source>{name} 的客户经理：</source>
        <translation>Account manager of {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="49"/>
        <source>放弃未保存的内容？</source>
        <translation>Discard what is not saved?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="50"/>
        <source>已填写的内容尚未保存，关闭后将丢失。</source>
        <translation>What you entered is not saved and will be lost if you close this window.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="55"/>
        <source>放弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="56"/>
        <source>继续填写(&amp;C)</source>
        <translation>&amp;Continue editing</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="44"/>
        <source>已用 {n} 次 · 次数待确认</source>
        <translation>Used {n} times · number of uses to be confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="45"/>
        <location filename="../../ui/usage_view.py" line="142"/>
        <source>次数待确认</source>
        <translation>Number of uses to be confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="47"/>
        <source>可用</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="49"/>
        <source>已用 {n} 次 · {day} 起可再次使用</source>
        <translation>Used {n} time(s) · available again from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="53"/>
        <source>本次住院已安排（每次住院限 {n} 次）</source>
        <translation>Already arranged for this stay ({n} per hospital stay)</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="54"/>
        <source>已用 {n} 次 · 本服务期内已用完</source>
        <translation>Used {n} times · used up for this service period</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="62"/>
        <source>都会康悦健康增值服务</source>
        <translation>Kangyue health service</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="63"/>
        <source>国内住院亲属探视</source>
        <translation>Relative&apos;s hospital visit (China)</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="64"/>
        <source>境外住院亲属探视</source>
        <translation>Relative&apos;s hospital visit (abroad)</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="109"/>
        <source>无等级</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="144"/>
        <source>每年{k}次</source>
        <translation>{k} per year</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="146"/>
        <source>每{n}年{k}次</source>
        <translation>{k} every {n} years</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="148"/>
        <source>每次住院{k}次</source>
        <translation>{k} per hospital stay</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="149"/>
        <source>每个服务期{k}次</source>
        <translation>{k} per service period</translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="26"/>
        <source>请先输入要查找的内容，再导出查询结果。</source>
        <translation>Type what to search for first, then export the results.</translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="29"/>
        <source>导出查询结果</source>
        <translation>Export search results</translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="47"/>
        <source>已导出 {n} 行：{path}</source>
        <translation>Exported {n} rows: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/search_export.py" line="53"/>
        <source>已取消导出，未留下文件。</source>
        <translation>Export cancelled; no file was left.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/staff/forms.py" line="113"/>
        <source>新增员工</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="122"/>
        <source>账号(&amp;U)</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="123"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="124"/>
        <source>岗位(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="125"/>
        <source>网点代码(&amp;B)</source>
        <translation>&amp;Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="126"/>
        <source>初始密码(&amp;P)</source>
        <translation>First &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="127"/>
        <source>再次输入(&amp;A)</source>
        <translation>Type it &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="128"/>
        <source>新增(&amp;S)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="129"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="138"/>
        <source>请填写账号。</source>
        <translation>Please enter the username.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="140"/>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="142"/>
        <source>请填写网点代码。</source>
        <translation>Please enter the branch code.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="39"/>
        <source>第一位系统管理员</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="41"/>
        <source>管理员负责员工账号、设置和数据导入。程序中没有任何默认密码，请牢记此密码。</source>
        <translation>The administrator manages staff accounts, settings and imports. There is no default password anywhere: remember this one.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="54"/>
        <source>用户名(&amp;U)</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="55"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="56"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="57"/>
        <source>再输入一次(&amp;A)</source>
        <translation>Repeat &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="58"/>
        <source>用户名用字母或数字；密码至少10个字符，且不能与用户名相同。</source>
        <translation>Username: letters or digits. Password: at least 10 characters, not the username.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="73"/>
        <source>正在准备数据库…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="88"/>
        <source>这个数据库已有员工账号，无需再建管理员。请点“下一步”。</source>
        <translation>This database already has staff accounts; no administrator is needed. Click &quot;Next&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="103"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="124"/>
        <source>正在创建管理员…</source>
        <translation>Creating the administrator…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="135"/>
        <source>管理员 {name} 已创建。</source>
        <translation>Administrator {name} created.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/audit/viewer.py" line="63"/>
        <source>审计记录</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="68"/>
        <source>审计记录列表</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="83"/>
        <source>导出 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="84"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="107"/>
        <source>全部经办人</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="109"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="111"/>
        <source>客户编号</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="117"/>
        <source>当前客户 {name}</source>
        <translation>Member on screen: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="119"/>
        <source>限定日期(&amp;T)</source>
        <translation>Da&amp;te range</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="131"/>
        <source>经办人(&amp;S)</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="133"/>
        <source>操作(&amp;A)</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="135"/>
        <source>客户编号(&amp;M)</source>
        <translation>&amp;Member number</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="139"/>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="141"/>
        <source>至(&amp;O)</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="190"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="194"/>
        <source>，向下滚动加载更多</source>
        <translation>, scroll down for more</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="195"/>
        <source>已显示 {n} 条{more}</source>
        <translation>{n} records shown{more}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="209"/>
        <source>导出审计记录</source>
        <translation>Export audit records</translation>
    </message>
    <message>
        <location filename="../../ui/audit/viewer.py" line="219"/>
        <source>已导出 {n} 条记录：{path}</source>
        <translation>{n} records exported: {path}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup/dialog.py" line="51"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="57"/>
        <source>当前数据库：{label}（{where}）</source>
        <translation>Current database: {label} ({where})</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="66"/>
        <source>PostgreSQL 数据库服务器的备份由服务器负责（pg_dump 定时备份与时间点恢复），请联系IT部门。本程序不在这里制作 SQLite 备份。</source>
        <translation>A PostgreSQL server is backed up by the server (scheduled pg_dump and point-in-time recovery); please contact the IT department. VIP Desk makes no SQLite backups here.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="72"/>
        <location filename="../../ui/backup/dialog.py" line="126"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="84"/>
        <location filename="../../ui/backup/dialog.py" line="279"/>
        <source>备份文件夹：{folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="86"/>
        <source>更改文件夹…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="92"/>
        <source>用密码加密备份（备份含证件号码，带离本机时请加密）</source>
        <translation>Encrypt backups with a passphrase (backups hold ID numbers; encrypt them when they leave this PC)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="94"/>
        <location filename="../../ui/backup/restore_steps.py" line="63"/>
        <source>备份密码</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="103"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="104"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="105"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="106"/>
        <source>客户</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="107"/>
        <source>保单</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="108"/>
        <source>指定亲属</source>
        <translation>Designated relatives</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="109"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="110"/>
        <source>完整检查</source>
        <translation>Full check</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="111"/>
        <source>加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="123"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="124"/>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="125"/>
        <source>完整检查数据库</source>
        <translation>Full database check</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="127"/>
        <source>取消恢复</source>
        <translation>Cancel restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="133"/>
        <source>选择保存备份的文件夹，可以是U盘或网络文件夹</source>
        <translation>Choose the folder for backups; a USB drive or network folder is fine</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="134"/>
        <source>备份离开本机时用密码加密</source>
        <translation>Encrypt backups with a passphrase when they leave this PC</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="135"/>
        <source>加密备份所用的密码，至少 8 个字符</source>
        <translation>Passphrase for encrypted backups, at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="136"/>
        <source>备份列表：日期、类型、大小、行数与检查结果</source>
        <translation>List of backups: date, kind, size, row counts and check result</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="137"/>
        <source>现在备份数据库并校验备份</source>
        <translation>Back up the database now and check the backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="138"/>
        <source>检查所选备份后恢复，当前数据库先另存为备份</source>
        <translation>Check the selected backup, then restore it; the current database is kept as a backup first</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="139"/>
        <source>对数据库运行完整的完整性检查</source>
        <translation>Run the full integrity check on the database</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="140"/>
        <source>不再等待其他柜台，取消这次恢复</source>
        <translation>Stop waiting for the other desks and cancel this restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="141"/>
        <source>关闭备份与恢复</source>
        <translation>Close backup and restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="144"/>
        <source>备份列表</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="197"/>
        <source>校验通过</source>
        <translation>Check passed</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="197"/>
        <source>不可用：{why}</source>
        <translation>Unusable: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="198"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="198"/>
        <source>未做</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="200"/>
        <source>进行中…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="209"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="210"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="218"/>
        <source>共 {n} 个备份。</source>
        <translation>{n} backups.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="231"/>
        <source>备份密码至少 8 个字符。</source>
        <translation>The backup passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="234"/>
        <source>正在备份并校验…</source>
        <translation>Backing up and checking…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="244"/>
        <source>备份完成并已校验（快速检查、行数、校验和）：{path}</source>
        <translation>Backup done and checked (quick check, row counts, checksum): {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="260"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="290"/>
        <source>正在完整检查数据库…</source>
        <translation>Running the full database check…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="295"/>
        <source>完整检查通过：数据库完好。</source>
        <translation>Full check passed: the database is sound.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="50"/>
        <source>备份文件夹中没有完好的备份。</source>
        <translation>The backup folder holds no good backup.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="65"/>
        <source>这个备份已加密，请输入备份密码：</source>
        <translation>This backup is encrypted; enter its passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="75"/>
        <source>正在检查备份…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="82"/>
        <source>备份检查通过。恢复 {date} 的备份？

其中有客户 {members:,} 位、保单 {policies:,} 张、指定亲属 {relatives:,} 位、案件 {cases:,} 件。

当前数据库会先另存为一个备份；恢复后请重新登录。</source>
        <translation>The backup passed its check. Restore the backup of {date}?

It holds {members:,} members, {policies:,} policies, {relatives:,} designated relatives and {cases:,} cases.

The current database is kept as a backup first; sign in again after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="97"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="112"/>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="132"/>
        <source>其他柜台已关闭数据库，正在恢复…</source>
        <translation>The other desks have closed the database; restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="136"/>
        <source>已通知其他柜台保存并关闭数据库：还有 {n} 个柜台打开着，最多再等 {s} 秒。</source>
        <translation>Other desks were asked to save and close the database: {n} still have it open; waiting at most {s} s more.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="161"/>
        <source>恢复前的数据库已保存为：{path}</source>
        <translation>The database before the restore was kept as: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_steps.py" line="165"/>
        <source>已恢复，数据库检查通过。</source>
        <translation>Restored; the database passed its check.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="104"/>
        <location filename="../../ui/documents/batch_dialog.py" line="235"/>
        <source>批量打印</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="109"/>
        <location filename="../../ui/documents/batch_dialog.py" line="290"/>
        <source>资格确认函</source>
        <translation>Eligibility letters</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="110"/>
        <source>服务手册（个性化）</source>
        <translation>Service handbooks (personalised)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="119"/>
        <source>全部等级</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="122"/>
        <source>仅限此日期以后发卡的客户</source>
        <translation>Only members whose card was issued on or after</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="134"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="139"/>
        <source>合并为一个PDF文件</source>
        <translation>Combine into one PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="141"/>
        <source>打印内容</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="143"/>
        <source>客户</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="144"/>
        <source>贵宾等级</source>
        <translation>VIP tier</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="145"/>
        <source>发卡日期</source>
        <translation>Card issued</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="146"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="149"/>
        <source>开始打印</source>
        <translation>Start printing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="151"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="165"/>
        <source>所选客户（%n 位）</source>
        <translation>
            <numerusform>Selected member (%n)</numerusform>
            <numerusform>Selected members (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="167"/>
        <source>按条件筛选</source>
        <translation>By filter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="190"/>
        <source>选择保存位置</source>
        <translation>Choose where to save</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="194"/>
        <source>选择文件夹</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="232"/>
        <location filename="../../ui/documents/batch_dialog.py" line="233"/>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="233"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="268"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="290"/>
        <source>服务手册</source>
        <translation>Service handbooks</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="291"/>
        <source>已取消。</source>
        <translation>Cancelled. </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="292"/>
        <source>已生成%1 %2 份，共 %3 个文件。</source>
        <translation>%1: %2 created in %3 file(s).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="297"/>
        <source>跳过无贵宾等级的客户 %1 位。</source>
        <translation> Skipped %1 member(s) without a VIP tier.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="312"/>
        <source>批量打印出现意外错误，详见错误报告。</source>
        <translation>Batch printing hit an unexpected error; see the error report.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="32"/>
        <source>正在读取客户资料…</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/batch_dialog.py STAGES), lupdate cannot see it.</translatorcomment>
        <translation>Reading member records…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="33"/>
        <source>正在生成文档…</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/batch_dialog.py STAGES), lupdate cannot see it.</translatorcomment>
        <translation>Creating documents…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="34"/>
        <source>已完成</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/batch_dialog.py STAGES), lupdate cannot see it.</translatorcomment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../ui/branch_dialog.py" line="17"/>
        <source>网点信息</source>
        <translation>Branch details</translation>
    </message>
    <message>
        <location filename="../../ui/branch_dialog.py" line="25"/>
        <source>网点名称</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../ui/branch_dialog.py" line="25"/>
        <source>网点地址</source>
        <translation>Branch address</translation>
    </message>
    <message>
        <location filename="../../ui/branch_dialog.py" line="25"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <location filename="../../ui/first_start/pages.py" line="154"/>
        <source>网点信息</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="155"/>
        <source>网点代码用于服务单号；名称、地址和电话印在确认函和回执上。</source>
        <translation>The branch code is part of case numbers; name, address and phone are printed on letters and receipts.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="157"/>
        <source>例如 0101</source>
        <translation>e.g. 0101</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="164"/>
        <source>网点代码(&amp;C)</source>
        <translation>Branch &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="165"/>
        <source>网点名称(&amp;N)</source>
        <translation>Branch &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="166"/>
        <source>网点地址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="167"/>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="183"/>
        <source>网点代码应为2到16位数字或字母。</source>
        <translation>The branch code is 2 to 16 digits or letters.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="187"/>
        <source>请填写网点名称。</source>
        <translation>Please enter the branch name.</translation>
    </message>
</context>
<context>
    <name>CallerPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="38"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="39"/>
        <source>查找客户或其指定亲属，并请来电人报出证件号码后四位核对身份。</source>
        <translation>Find the member or their designated relative, then ask the caller for the last four digits of their ID number to verify their identity.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="41"/>
        <source>姓名、拼音首字母、证件号、手机号、卡号或保单号</source>
        <translation>Name, pinyin initials, ID number, mobile, card or policy number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="44"/>
        <source>证件号码后四位</source>
        <translation>Last four digits of the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="45"/>
        <source>核对身份</source>
        <translation>Verify identity</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="72"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="97"/>
        <source>{name}  {id}  本人</source>
        <translation>{name}  {id}  member</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="101"/>
        <source>{name}  {id}  {member}的指定亲属（{rel}，{prog}）</source>
        <translation>{name}  {id}  designated relative of {member} ({rel}, {prog})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/pages_caller.py" line="118"/>
        <source>找到 %n 位</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="120"/>
        <source>没有找到匹配的客户或指定亲属</source>
        <translation>No matching member or designated relative</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="132"/>
        <source>请先在列表中选择来电人</source>
        <translation>Choose the caller in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="144"/>
        <source>身份已核对：{name}</source>
        <translation>Identity verified: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="146"/>
        <source>证件号码不符，请再次核对</source>
        <translation>The digits do not match the ID number; check again</translation>
    </message>
</context>
<context>
    <name>CancelUseDialog</name>
    <message>
        <location filename="../../ui/usage_records.py" line="200"/>
        <source>撤销服务使用</source>
        <translation>Cancel service use</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="203"/>
        <source>撤销案件 {case} 的“{service}”（{day}）。撤销后该次使用不再计入次数，案件记录撤销原因，并写入操作记录。</source>
        <translation>Cancel “{service}” of case {case} ({day}). The use will no longer count; the case keeps the reason and the audit log records it.</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="211"/>
        <source>例如：客户改期</source>
        <translation>e.g. the customer rescheduled</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="212"/>
        <source>撤销原因(&amp;R)</source>
        <translation>Reason(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="217"/>
        <source>撤销使用</source>
        <translation>Cancel use</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="219"/>
        <source>不撤销</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="238"/>
        <source>请填写撤销原因。</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="242"/>
        <source>正在撤销…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>CardReissueDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="106"/>
        <source>补发贵宾卡</source>
        <translation>Reissue VIP card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="112"/>
        <source>正在读取卡片信息…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="113"/>
        <source>挂失（卡片遗失或被盗）</source>
        <translation>Report lost (lost or stolen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="114"/>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="123"/>
        <source>可选：客户所持（损坏）卡上的卡号</source>
        <translation>Optional: the number on the member&apos;s (damaged) card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="126"/>
        <source>已核验客户本人有效身份证件原件</source>
        <translation>The member&apos;s original, valid ID document has been checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="129"/>
        <source>确认后原卡立即停用，新卡号沿用原卡等级。</source>
        <translation>Once confirmed, the old card is blocked at once; the new card keeps the same tier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="133"/>
        <source>当前卡片</source>
        <translation>Current card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="134"/>
        <source>补发原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="135"/>
        <source>核对卡号</source>
        <translation>Check card number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="140"/>
        <source>确认补发</source>
        <translation>Confirm reissue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="143"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="177"/>
        <source>{name}目前没有有效的贵宾卡，无需补发。</source>
        <translation>{name} has no valid VIP card, so there is nothing to reissue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="190"/>
        <source>该卡因保单中止处于暂停状态：补发的新卡同样为暂停状态，保单复效后自动恢复有效。</source>
        <translation>This card is suspended because the policy is suspended: the new card is suspended too and becomes valid again automatically on reinstatement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="214"/>
        <source>✗ 该卡号不是客户当前的贵宾卡，请核对</source>
        <translation>✗ This is not the member&apos;s current VIP card number; please check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="216"/>
        <source>✓ 卡号与客户当前的贵宾卡一致</source>
        <translation>✓ Matches the member&apos;s current VIP card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="240"/>
        <source>正在办理…</source>
        <translation>Processing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="257"/>
        <source>新卡 {number}  {tier}</source>
        <translation>New card {number}  {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="263"/>
        <source>原卡 {old} 已停用，新卡 {new} 已生效。正在生成回执…</source>
        <translation>Old card {old} blocked, new card {new} active. Creating the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="278"/>
        <source>补发完成：新卡 {new}，回执已生成。</source>
        <translation>Reissued: new card {new}; the receipt is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="285"/>
        <source>贵宾卡补发回执</source>
        <translation>VIP card reissue receipt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="42"/>
        <source>有效</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/card_reissue.py STATUS), lupdate cannot see it.</translatorcomment>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="43"/>
        <source>暂停使用</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/card_reissue.py STATUS), lupdate cannot see it.</translatorcomment>
        <translation>Suspended</translation>
    </message>
</context>
<context>
    <name>CareCalendar</name>
    <message>
        <location filename="../../ui/care/window.py" line="58"/>
        <source>关怀日历</source>
        <translation>Care calendar</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="62"/>
        <source>我的客户</source>
        <translation>My members</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="63"/>
        <source>全部客户</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="65"/>
        <source>全部事项</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="71"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="74"/>
        <source>客户经理(&amp;M)</source>
        <translation>Account &amp;manager</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="75"/>
        <source>事项(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="76"/>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="77"/>
        <source>共(&amp;N)</source>
        <translation>For (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="88"/>
        <source>关怀事项列表</source>
        <translation>Care items</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="102"/>
        <source>服务计划（按月、按周）</source>
        <translation>Service plan (by month and week)</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="103"/>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="103"/>
        <source>事项</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="103"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="107"/>
        <source>清单(&amp;L)</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="108"/>
        <source>计划(&amp;P)</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="110"/>
        <source>处理说明，如：已电话问候</source>
        <translation>Note, e.g. greeted by phone</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="111"/>
        <source>完成(&amp;D)</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="116"/>
        <source>推迟到(&amp;S)</source>
        <translation>&amp;Snooze until</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="117"/>
        <source>导出 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="118"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="120"/>
        <source>说明(&amp;T)</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="163"/>
        <source>正在查询…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care/window.py" line="195"/>
        <source>已载入 %n 项，向下滚动载入更多</source>
        <translation>
            <numerusform>%n items loaded; scroll down for more</numerusform>
            <numerusform>%n items loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care/window.py" line="197"/>
        <source>待办 %n 项</source>
        <translation>
            <numerusform>%n item(s) to do</numerusform>
            <numerusform>%n item(s) to do</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="223"/>
        <source>请先在清单中选择一项。</source>
        <translation>Select an item in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="233"/>
        <source>已完成并记录。</source>
        <translation>Done and recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="233"/>
        <source>已推迟。</source>
        <translation>Snoozed.</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="239"/>
        <source>导出关怀日历</source>
        <translation>Export care calendar</translation>
    </message>
    <message>
        <location filename="../../ui/care/window.py" line="248"/>
        <source>已导出 {n} 项：{path}</source>
        <translation>Exported {n} items: {path}</translation>
    </message>
</context>
<context>
    <name>CareTableModel</name>
    <message>
        <location filename="../../ui/care/model.py" line="13"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="14"/>
        <source>事项</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="15"/>
        <source>对象</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="16"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="17"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="18"/>
        <source>客户经理</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="128"/>
        <source>第{week}周（{start}–{end}）</source>
        <translation>Week {week} ({start}–{end})</translation>
    </message>
    <message>
        <location filename="../../ui/care/model.py" line="132"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month}</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="42"/>
        <source>请在左侧选择案件</source>
        <translation>Choose a case on the left</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="46"/>
        <source>记录处理情况或下次跟进安排</source>
        <translation>What was done, or the next follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="26"/>
        <location filename="../../ui/cases/detail.py" line="48"/>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="49"/>
        <source>添加记录</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="50"/>
        <source>申请主管特批(&amp;O)…</source>
        <translation>Ask for a supervisor &amp;override…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="89"/>
        <source>&#x3000;⚠ 已超过回复期限</source>
        <translation>  ⚠ Past the reply deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="96"/>
        <source>客户：{m}（{id}）&#x3000;被服务人：{p}</source>
        <translation>Member: {m} ({id})   Person served: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="101"/>
        <source>描述：{d}</source>
        <translation>Description: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="103"/>
        <source>距居住地 {km:g} 公里</source>
        <translation>{km:g} km from the residence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="105"/>
        <source>旅行第 {n} 天</source>
        <translation>Day {n} of the trip</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="108"/>
        <source>拒绝原因：{r}</source>
        <translation>Reasons for refusal: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="113"/>
        <source>主管推翻：{r}</source>
        <translation>Supervisor override: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="115"/>
        <source>回复期限：{due}</source>
        <translation>Reply due: {due}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="133"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="135"/>
        <source>改为“{s}”</source>
        <translation>Set to “{s}”</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="25"/>
        <source>记录</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/detail.py KINDS), lupdate cannot see it.</translatorcomment>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="27"/>
        <source>状态</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/detail.py KINDS), lupdate cannot see it.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="28"/>
        <source>主管推翻</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/detail.py KINDS), lupdate cannot see it.</translatorcomment>
        <translation>Supervisor override</translation>
    </message>
</context>
<context>
    <name>CaseQueueWidget</name>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="36"/>
        <source>案件队列</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="39"/>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="40"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="44"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="48"/>
        <source>全部经办人</source>
        <translation>All assignees</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="49"/>
        <source>只看超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="50"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/queue_view.py" line="125"/>
        <source>⚠ 超时案件 %n 件</source>
        <translation>
            <numerusform>⚠ %n overdue case</numerusform>
            <numerusform>⚠ %n overdue cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="130"/>
        <source>没有超时案件</source>
        <translation>No overdue cases</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../ui/cases/wizard.py" line="79"/>
        <source>新建服务案件</source>
        <translation>New service case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="84"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="85"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="86"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="87"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <location filename="../../ui/audit/banner.py" line="26"/>
        <source>无法核对审计记录的完整性：{why}</source>
        <translation>The audit log could not be checked: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="31"/>
        <source>警告：审计记录完整性核对未通过。{what}记录可能被篡改，请立即报告信息安全负责人，并用“vipdesk audit verify”核对全部记录。</source>
        <translation>Warning: the audit log failed its integrity check. {what} Records may have been tampered with: report it to the information security officer at once and check the whole log with “vipdesk audit verify”.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="37"/>
        <source>审计记录完整性警告</source>
        <translation>Audit log integrity warning</translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="40"/>
        <source>查看审计记录</source>
        <translation>View audit log</translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="45"/>
        <source>知道了</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/audit/banner.py" line="46"/>
        <source>隐藏此提示（下次启动时会再次核对）</source>
        <translation>Hide this notice (checked again at the next start)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="307"/>
        <source>案件已开立</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="315"/>
        <source>打印案件摘要</source>
        <translation>Print case summary</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="319"/>
        <source>案件号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="320"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="321"/>
        <source>回拨电话</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="341"/>
        <source>（客户登记的电话）</source>
        <translation>(the member&apos;s registered phone)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="344"/>
        <source>已由主管推翻拒绝决定并受理。</source>
        <translation>A supervisor overrode the refusal; the case is accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="346"/>
        <source>已记录本次拒绝，请主管在特批窗口中签批。</source>
        <translation>The refusal is recorded; a supervisor now approves the override in the override window.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="349"/>
        <source>已记录本次拒绝，请向来电人说明原因。</source>
        <translation>The refusal is recorded; please explain the reasons to the caller.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="351"/>
        <source>请告知来电人案件号，并按期限回复。</source>
        <translation>Give the caller the case number, and reply by the deadline.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="370"/>
        <source>未特批：本次拒绝已记录；如需特批，可在案件队列中再次申请。</source>
        <translation>Not overridden: the refusal is recorded; an override can still be asked for from the case queue.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="372"/>
        <source>已特批受理：申请人 {requester}，批准人 {approver}。</source>
        <translation>Accepted by override: requested by {requester}, approved by {approver}.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="380"/>
        <source>正在生成案件摘要…</source>
        <translation>Creating the case summary…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="387"/>
        <source>案件摘要已生成。</source>
        <translation>The case summary is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="393"/>
        <source>案件摘要 {no}</source>
        <translation>Case summary {no}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect_dialog.py" line="29"/>
        <source>连接 PostgreSQL 服务器</source>
        <translation>Connect to a PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="32"/>
        <source>请输入数据库服务器地址。程序会先试连接并检查数据表，成功后才保存。</source>
        <translation>Enter the server address. It is saved only after a test connection and schema check succeed.</translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="42"/>
        <source>测试并保存</source>
        <translation>Test and save</translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="58"/>
        <source>地址应以 postgresql:// 开头，例如 {example}</source>
        <translation>The address must start with postgresql://, e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="64"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="70"/>
        <source>连接成功。</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <location filename="../../ui/connect_dialog.py" line="81"/>
        <source>连接失败：{error}</source>
        <translation>Connection failed: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/window.py" line="113"/>
        <source>统计看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="117"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="118"/>
        <source>月度报告 PDF(&amp;B)…</source>
        <translation>Monthly report PDF(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="120"/>
        <location filename="../../ui/dashboard/window.py" line="183"/>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="147"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="159"/>
        <location filename="../../ui/dashboard/window.py" line="174"/>
        <source>非贵宾</source>
        <translation>Not VIP</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="173"/>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="173"/>
        <source>暂停</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="181"/>
        <source>各等级客户数</source>
        <translation>Members per tier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="183"/>
        <source>受理</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="184"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="192"/>
        <source>每周案件（按时完成）</source>
        <translation>Cases per week (deadlines met)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="195"/>
        <source>补卡</source>
        <translation>Card reissues</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="195"/>
        <source>指定亲属</source>
        <translation>Designations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="201"/>
        <source>每月补卡与指定亲属</source>
        <translation>Reissues and designations per month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="203"/>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="203"/>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>应办</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="209"/>
        <source>各客户经理关怀事项：已完成与应办（{since} 起）</source>
        <translation>Care items per account manager: done and due (from {since})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>客户经理</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="228"/>
        <source>近 {weeks} 周受理 {n} 件，按时 {share}</source>
        <translation>{n} cases in the last {weeks} weeks, {share} on time</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/first_start/pages.py" line="59"/>
        <source>选择数据库</source>
        <translation>Choose the database</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="61"/>
        <source>客户数据保存在哪里？单独一台柜台电脑选本机；多台柜台共用选分行服务器。</source>
        <translation>Where are the customers kept? A single desk PC: this PC. Several desks sharing: the branch server.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="63"/>
        <source>本机数据库(&amp;L)（保存在本机的用户数据文件夹）</source>
        <translation>This PC&apos;s own database (&amp;L) (in this PC&apos;s user-data folder)</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="65"/>
        <source>分行服务器(&amp;S)（PostgreSQL，由IT部门提供地址）</source>
        <translation>The branch &amp;server (PostgreSQL; IT gives the address)</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="72"/>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="124"/>
        <source>地址应以 postgresql:// 开头，例如 {example}</source>
        <translation>The address starts with postgresql://, e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="129"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages.py" line="138"/>
        <source>连接成功，数据表已就绪。</source>
        <translation>Connected; the tables are ready.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="134"/>
        <source>如 2026-11-27、20261127 或 11/27</source>
        <translation>e.g. 2026-11-27, 20261127 or 11/27</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="136"/>
        <source>可直接输入日期：2026-11-27、20261127 或 11/27；↑↓ 加减一天，Alt+↓ 打开日历</source>
        <translation>Type the date: 2026-11-27, 20261127 or 11/27; ↑/↓ one day later/earlier, Alt+↓ opens the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="141"/>
        <source>打开日历（Alt+↓）</source>
        <translation>Open the calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="142"/>
        <source>打开日历</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="195"/>
        <source>日期应在 {first} 至 {last} 之间</source>
        <translation>The date must be between {first} and {last}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="146"/>
        <source>审核结果</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="148"/>
        <source>开立案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="154"/>
        <source>申请主管特批(&amp;O)</source>
        <translation>Ask for a supervisor &amp;override</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="156"/>
        <source>特批理由（必填，记入审计日志）</source>
        <translation>Reason for the override (required; recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="157"/>
        <source>特批理由</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="163"/>
        <location filename="../../ui/cases/pages_decision.py" line="170"/>
        <source>原因</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="164"/>
        <source>请向来电人说明的费用</source>
        <translation>Costs to explain to the caller</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="166"/>
        <source>开案前请确认（勾选表示“是”）</source>
        <translation>Confirm before opening the case (tick for “yes”)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="171"/>
        <source>开案前请确认</source>
        <translation>Confirm before opening the case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="198"/>
        <source>{kind}无需资格审核，将在 {h} 小时内首次回复客户。</source>
        <translation>{kind}: no eligibility check needed; the first reply to the member is due within {h} hours.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="199"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="199"/>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="204"/>
        <source>正在审核…</source>
        <translation>Checking eligibility…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="226"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="227"/>
        <source>来电人</source>
        <translation>The caller</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="229"/>
        <source>✔ 可以受理：{name}符合服务条件</source>
        <translation>✔ Eligible: {name} meets the service conditions</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="232"/>
        <source>✘ 不能受理：{name}不符合服务条件（{n} 项原因）</source>
        <translation>✘ Not eligible: {name} does not meet the service conditions ({n} reason(s))</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="265"/>
        <source>开立案件时先记录本次拒绝；申请特批时，随后由一位主管（不能是申请人本人）在本机输入自己的账号和密码批准，案件同时记录申请人和批准人。</source>
        <translation>Opening the case records this refusal first; if an override is asked for, a supervisor (not the requester) then approves it at this desk with their own username and password, and the case records both names.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>VIP Desk 贵宾客户服务台</source>
        <translation>VIP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="26"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="13"/>
        <source>正在生成演示客户</source>
        <translation>Creating demo members</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="14"/>
        <source>正在计算等级</source>
        <translation>Computing tiers</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="15"/>
        <source>正在发卡</source>
        <translation>Issuing cards</translation>
    </message>
    <message>
        <location filename="../../ui/geocoder_choice.py" line="18"/>
        <source>不使用（仅离线地名库）</source>
        <translation>None (offline gazetteer only)</translation>
    </message>
    <message>
        <location filename="../../ui/geocoder_choice.py" line="22"/>
        <source>在线地理编码</source>
        <translation>Online geocoder</translation>
    </message>
    <message>
        <location filename="../../ui/geocoder_choice.py" line="24"/>
        <source>离线地名库查不到的地点，可由联网的地理编码服务查询（需网络）：</source>
        <translation>Places the offline gazetteer does not know can be looked up by an online geocoding service (needs the network):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>数据库：{name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>柜员：{name}</source>
        <translation>Clerk: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>服务台</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>正在创建演示数据库，请稍候…
{text}</source>
        <translation>Creating the demo database, please wait…
{text}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>未登录</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>VIP Desk 贵宾客户服务台 — 演示数据</source>
        <translation>VIP Desk — demo data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>演示数据：{name}</source>
        <translation>Demo data: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="329"/>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>客户 {n:,} 位</source>
        <translation>{n:,} members</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>在左侧输入姓名、拼音首字母或证件号后几位查找客户。</source>
        <translation>Type a name, pinyin initials or the last digits of an ID number on the left to find a member.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>数据库：未连接</source>
        <translation>Database: not connected</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>数据库未打开。</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>有未完成的办理，退出后将丢失。</source>
        <translation>An open window holds unfinished work; it will be lost if you quit.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../ui/export_job.py" line="28"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/export_job.py" line="28"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/export_job.py" line="30"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export_job.py" line="44"/>
        <source>已写入 {n} 行…</source>
        <translation>{n} rows written…</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="42"/>
        <source>VIP Desk 首次启动</source>
        <translation>VIP Desk first start</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="45"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="46"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="47"/>
        <source>稍后继续</source>
        <translation>Continue later</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/wizard.py" line="48"/>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>IdleMinutesDialog</name>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="36"/>
        <source>自动锁屏时间</source>
        <translation>Idle lock time</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="38"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="44"/>
        <source>柜台无人操作达到该时间后自动锁屏，需输入密码解锁。对所有柜台生效。</source>
        <translation>After this long without input the desk locks itself and asks for the password. Applies to every desk.</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_settings.py" line="47"/>
        <source>锁屏前的无操作时间(&amp;M)</source>
        <translation>&amp;Minutes without input before locking</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/imports/dialog.py" line="89"/>
        <source>导入客户与保单</source>
        <translation>Import members and policies</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="92"/>
        <source>客户（证件号码、姓名、手机、地址）</source>
        <translation>Members (ID number, name, mobile, address)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="93"/>
        <source>保单（须先导入客户）</source>
        <translation>Policies (import the members first)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="94"/>
        <source>CSV 或 XLSX 文件</source>
        <translation>CSV or XLSX file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="95"/>
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="96"/>
        <source>开始导入(&amp;S)</source>
        <translation>&amp;Start import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="97"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="98"/>
        <source>柜台可以等待，直接写入(&amp;W)</source>
        <translation>Desks may wait: &amp;write in place</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="101"/>
        <source>大批导入时柜台一直在办理业务：不再拒绝导入，而是直接写入数据库，写入期间柜台需要等待（可能超过 10 秒而被拒绝）。请在柜台空闲时使用。</source>
        <translation>For a big import while desks keep working: write straight into the database instead of refusing the import. Desks must wait while it is written (they may be refused after 10 seconds). Use it when desks are quiet.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="108"/>
        <source>导入结果与问题</source>
        <translation>Import result and problems</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="112"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="113"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="114"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="115"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="116"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="117"/>
        <source>读取/新增/更新/未变</source>
        <translation>Read/added/changed/unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="118"/>
        <source>有问题的行</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="126"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="137"/>
        <source>导入内容：</source>
        <translation>Import:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="150"/>
        <source>最近十次导入：</source>
        <translation>Last ten imports:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="160"/>
        <source>选择导入文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="160"/>
        <source>表格文件 (*.csv *.xlsx *.txt)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="169"/>
        <source>请先选择要导入的文件。</source>
        <translation>Choose the file to import first.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="175"/>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="194"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="201"/>
        <source>已读 %1 行，正在写入数据库…</source>
        <translation>%1 rows read, writing to the database…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="205"/>
        <source>柜台正在办理业务，导入数据已过期，正在第 %1 次重建…</source>
        <translation>Desks are working and the prepared import is out of date: rebuilding it (attempt %1)…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="211"/>
        <source>正在提交到数据库…</source>
        <translation>Committing to the database…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="214"/>
        <source>已读 %1 行，发现 %2 处问题</source>
        <translation>%1 rows read, %2 problems found</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="233"/>
        <source>导入完成：%1 行，新增 %2，更新 %3，未变 %4</source>
        <translation>Import done: %1 rows, %2 added, %3 changed, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="247"/>
        <source>没有导入任何数据。</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="155"/>
        <source>导入客户和保单</source>
        <translation>Import members and policies</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="157"/>
        <source>从核心系统导出的客户文件和保单文件（CSV 或 Excel）。也可以跳过，以后再导入。</source>
        <translation>The members and policies files exported from the core system (CSV or Excel). You may skip this and import later.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="164"/>
        <source>客户文件(&amp;M)</source>
        <translation>&amp;Members file</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="165"/>
        <source>保单文件(&amp;O)</source>
        <translation>P&amp;olicies file</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="167"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="181"/>
        <source>导入需要管理员登录：</source>
        <translation>Importing needs an administrator to sign in:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="182"/>
        <source>管理员用户名(&amp;D)</source>
        <translation>A&amp;dministrator</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="183"/>
        <source>管理员密码(&amp;W)</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="184"/>
        <source>开始导入(&amp;I)</source>
        <translation>Start &amp;import</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="185"/>
        <source>取消导入(&amp;C)</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="224"/>
        <source>选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="240"/>
        <source>请先选择客户文件或保单文件。</source>
        <translation>Please choose a members or policies file first.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="253"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="287"/>
        <source>客户</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="287"/>
        <source>保单</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="292"/>
        <source>{what}文件未导入：{error}</source>
        <translation>{what} file not imported: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="296"/>
        <source>{what}：{rows} 行，新增 {new}，更新 {changed}，未变 {same}。</source>
        <translation>{what}: {rows} rows, {new} new, {changed} updated, {same} unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start/pages_admin.py" line="304"/>
        <source>导入完成。点“完成”开始使用。</source>
        <translation>Import finished. Click &quot;Finish&quot; to start.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="46"/>
        <source>所在地与行程</source>
        <translation>Location and trip</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="47"/>
        <source>询问来电人目前所在的城市或区县，以及本次旅行的出发日期。</source>
        <translation>Ask the caller which city or district they are in now, and the day this trip began.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="50"/>
        <source>如：石家庄、河北省石家庄市长安区、Shijiazhuang、日本</source>
        <translation>e.g. 石家庄, 河北省石家庄市长安区, Shijiazhuang, 日本</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="67"/>
        <source>目前所在地</source>
        <translation>Current location</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="68"/>
        <source>出发日期</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="69"/>
        <source>居住地</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="70"/>
        <source>距居住地</source>
        <translation>Distance from residence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="71"/>
        <source>旅行天数</source>
        <translation>Day of the trip</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="119"/>
        <source>无法识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="121"/>
        <source>{km:g} 公里</source>
        <translation>{km:g} km</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="123"/>
        <source>无法计算</source>
        <translation>Cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="104"/>
        <location filename="../../ui/cases/pages_decision.py" line="126"/>
        <source>第 {n} 天</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="131"/>
        <source>识别为：{place}</source>
        <translation>Recognised as: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="133"/>
        <source>无法识别该地点，请再次询问所在城市或区县。</source>
        <translation>Place not recognised; ask the caller again for the city or district.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="101"/>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="107"/>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="109"/>
        <source>其他员工登录(&amp;O)…</source>
        <translation>&amp;Other staff member…</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="116"/>
        <source>关闭其窗口并登录(&amp;S)</source>
        <translation>Close their windows and &amp;sign in</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="122"/>
        <source>用户名(&amp;N)</source>
        <translation>User&amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="124"/>
        <source>密码(&amp;W)</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="133"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="168"/>
        <source>{name}（{username}）离开了柜台。请输入密码解锁，正在办理的工作会保留。</source>
        <translation>{name} ({username}) left the desk. Enter the password to unlock; work in progress is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="173"/>
        <source>由其他员工登录将关闭 {name} 打开的 {n} 个窗口和正在查看的客户，其中未保存的内容会丢失。</source>
        <translation>Signing in as another staff member closes the {n} windows {name} has open and the customer on screen; unsaved input in them is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="177"/>
        <source>由其他员工登录将关闭 {name} 正在查看的客户，未保存的内容会丢失。</source>
        <translation>Signing in as another staff member closes the customer {name} has on screen; unsaved input is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="206"/>
        <location filename="../../ui/session/idle_lock.py" line="218"/>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/session/idle_lock.py" line="215"/>
        <source>请输入用户名和密码。</source>
        <translation>Please enter the username and password.</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/member_view.py" line="51"/>
        <source>无等级</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="54"/>
        <source>无有效贵宾卡</source>
        <translation>No valid card</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="74"/>
        <source>{day} 起</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="134"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="135"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="136"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="137"/>
        <source>客户经理</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="176"/>
        <source>出示的卡号 {number}：{warning}</source>
        <translation>Card presented {number}: {warning}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="183"/>
        <source>服务权益</source>
        <translation>Entitlements</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="193"/>
        <source>指定亲属</source>
        <translation>Designated relatives</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="219"/>
        <source>年化保费与保单</source>
        <translation>AFYP and policies</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="220"/>
        <source>卡片记录</source>
        <translation>Card history</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="228"/>
        <source>服务使用</source>
        <translation>Service use</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="230"/>
        <source>等级变更</source>
        <translation>Tier history</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="232"/>
        <source>操作记录</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="264"/>
        <source>未达贵宾等级</source>
        <translation>No VIP tier</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="266"/>
        <source>{gender} · {age}岁 · {tier}</source>
        <translation>{gender} · {age} · {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="274"/>
        <source>未指定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="282"/>
        <source>累计年化保费（仅计有效保单）：{amount}</source>
        <translation>AFYP (policies in force only): {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="316"/>
        <source>未达贵宾等级：累计年化保费满 {amount} 可获{tier}。</source>
        <translation>No VIP tier: an AFYP of {amount} earns {tier}.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="329"/>
        <source>保单中止，贵宾服务暂停；保单复效后恢复。</source>
        <translation>Policies suspended: VIP services are suspended until reinstatement.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="344"/>
        <source>{tier}可指定 {n} 位亲属，已指定 {k} 位。</source>
        <translation>{tier}: {n} relatives allowed, {k} designated.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="350"/>
        <source>白金卡、钻石卡客户可指定亲属；本客户暂无指定亲属。</source>
        <translation>Platinum and diamond members may designate relatives; this member has none.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../ui/dashboard/report.py" line="32"/>
        <source>保存月度服务报告</source>
        <translation>Save the monthly service report</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="32"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="54"/>
        <location filename="../../ui/dashboard/report.py" line="71"/>
        <source>月度服务报告</source>
        <translation>Monthly service report</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="55"/>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="59"/>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="60"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="163"/>
        <source>需求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="165"/>
        <source>选择服务及项目（本卡权益以外的服务会在审核中说明原因），或登记投诉、咨询。</source>
        <translation>Choose the service and item (for services outside this card&apos;s entitlements the check explains why), or record a complaint or an enquiry.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="170"/>
        <source>服务申请</source>
        <translation>Service request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="171"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="172"/>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="184"/>
        <source>来电人描述的情况</source>
        <translation>What the caller describes</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="186"/>
        <source>回拨电话（手机或座机）</source>
        <translation>Callback number (mobile or landline)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="188"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="189"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="190"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="192"/>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="193"/>
        <source>回拨电话</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="215"/>
        <source>（非本卡权益）</source>
        <translation> (not an entitlement of this card)</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="77"/>
        <source>主管特批（双人复核）</source>
        <translation>Supervisor override (four eyes)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="82"/>
        <source>该申请的资格审核结果为“不能受理”。特批须由一位主管（不能是申请人本人）在本机输入自己的账号和密码批准，案件会同时记录申请人和批准人。</source>
        <translation>This request was refused by the eligibility check. An override must be approved at this desk by a supervisor (not the requester) with their own username and password; the case records both the requester and the approver.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="96"/>
        <source>特批理由（必填，记入案件和审计记录）</source>
        <translation>Reason for the override (required; recorded on the case and in the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="97"/>
        <source>特批理由</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="99"/>
        <source>主管账号</source>
        <translation>Supervisor&apos;s username</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="102"/>
        <source>主管密码</source>
        <translation>Supervisor&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="104"/>
        <source>特批结果</source>
        <translation>Override result</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="106"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="107"/>
        <source>特批理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="110"/>
        <source>请主管本人输入</source>
        <translation>To be typed by the supervisor in person</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="112"/>
        <source>主管账号(&amp;U)</source>
        <translation>Supervisor&apos;s &amp;username</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="114"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="119"/>
        <source>批准特批(&amp;A)</source>
        <translation>&amp;Approve override</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="121"/>
        <source>批准特批</source>
        <translation>Approve override</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="122"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="152"/>
        <source>请写明特批理由。</source>
        <translation>Please give the reason for the override.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="154"/>
        <source>请主管输入自己的账号和密码。</source>
        <translation>The supervisor must enter their own username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="166"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="169"/>
        <source>已特批：申请人 {requester}，批准人 {approver}。</source>
        <translation>Override approved: requested by {requester}, approved by {approver}.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="192"/>
        <source>正在核对主管身份…</source>
        <translation>Checking the supervisor&apos;s identity…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/override_dialog.py" line="199"/>
        <source>案件 {no}：{why}</source>
        <translation>Case {no}: {why}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="41"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="46"/>
        <source>管理员重置了您的密码，请先设置新密码再继续工作。</source>
        <translation>An administrator reset your password. Please set a new one before you continue.</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="55"/>
        <source>当前密码(&amp;O)</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="56"/>
        <source>新密码(&amp;N)</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="57"/>
        <source>再输入一次(&amp;A)</source>
        <translation>Repeat &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="66"/>
        <source>新密码至少10个字符，且不能与用户名相同。</source>
        <translation>The new password needs at least 10 characters and must not be the username.</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="75"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="77"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="77"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="88"/>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/session/password_dialog.py" line="93"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="91"/>
        <location filename="../../ui/documents/preview.py" line="137"/>
        <source>正在生成文档…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="92"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="93"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="94"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="130"/>
        <source>共 %n 页</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="164"/>
        <source>生成或打印文档时出现意外错误，详见错误报告。</source>
        <translation>Making or printing the document hit an unexpected error; see the error report.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="212"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="231"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="194"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="203"/>
        <source>已发送 %n 页到打印机</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="209"/>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="209"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="238"/>
        <source>已保存到 </source>
        <translation>Saved to </translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <location filename="../../ui/cases/queue_export.py" line="21"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_export.py" line="28"/>
        <source>导出案件队列</source>
        <translation>Export case queue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_export.py" line="52"/>
        <source>已导出 {n} 件案件：{path}</source>
        <translation>Exported {n} cases: {path}</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="99"/>
        <source>指定亲属</source>
        <translation>Designate a relative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="107"/>
        <source>正在读取客户信息…</source>
        <translation>Reading the member…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="110"/>
        <source>18位居民身份证号码</source>
        <translation>18-digit resident ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="111"/>
        <location filename="../../ui/dialogs/relative.py" line="210"/>
        <source>请输入亲属的身份证号码</source>
        <translation>Enter the relative&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="121"/>
        <source>客户</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="122"/>
        <source>亲属姓名</source>
        <translation>Relative&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="123"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="125"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="126"/>
        <source>项目</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="127"/>
        <source>都会康悦保单</source>
        <translation>Metro Kangyue policy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="129"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="130"/>
        <source>剩余名额</source>
        <translation>Places left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="132"/>
        <source>确认指定</source>
        <translation>Designate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="135"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="185"/>
        <source>贵宾卡指定亲属</source>
        <translation>VIP card designated relative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="187"/>
        <source>都会康悦指定亲属</source>
        <translation>Metro Kangyue (都会康悦) designated relative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="220"/>
        <source>✓ 号码有效&#x3000;出生日期 {born}&#x3000;{age}周岁&#x3000;{gender}</source>
        <translation>✓ Valid number   born {born}   aged {age}   {gender}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="248"/>
        <source>{left} 位（共 {limit} 位）</source>
        <translation>{left} of {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="252"/>
        <location filename="../../ui/dialogs/relative.py" line="277"/>
        <source>请填写亲属姓名、身份证号码和关系</source>
        <translation>Enter the relative&apos;s name, ID number and relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="254"/>
        <source>身份证号码无效，不能指定</source>
        <translation>Invalid ID number: cannot designate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="263"/>
        <source>，等待期满后自 {day} 起可享受服务</source>
        <translation>; services from {day}, after the waiting period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="268"/>
        <source>可以指定：将占用第 {slot} 个名额{wait}。</source>
        <translation>Can be designated: takes place {slot}{wait}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="275"/>
        <source>不能指定：</source>
        <translation>Cannot designate: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="300"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="315"/>
        <source>{left} 位</source>
        <translation>{left} left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="318"/>
        <source>已指定 {name} 为指定亲属。正在生成确认函…</source>
        <translation>{name} is now a designated relative. Creating the confirmation letter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="331"/>
        <source>已指定 {name} 为指定亲属，确认函已生成。</source>
        <translation>{name} is now a designated relative; the confirmation letter is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="337"/>
        <source>指定亲属确认函</source>
        <translation>Designated relative confirmation letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="341"/>
        <source>亲属已指定，但确认函未能生成：</source>
        <translation>The relative is designated, but the confirmation letter could not be created: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="41"/>
        <source>配偶</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="42"/>
        <source>父母</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="43"/>
        <source>子女</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="46"/>
        <source>男</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="47"/>
        <source>女</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="180"/>
        <source>无贵宾等级</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py (inside an f-string)), lupdate cannot see it.</translatorcomment>
        <translation>No VIP tier</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/staff/forms.py" line="160"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="162"/>
        <source>为 {name}（{username}）设置新密码；对方下次登录时必须修改。</source>
        <translation>New password for {name} ({username}); it must be changed at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="170"/>
        <source>新密码(&amp;P)</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="171"/>
        <source>再次输入(&amp;A)</source>
        <translation>Type it &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="172"/>
        <source>重置(&amp;S)</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="173"/>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>RestoreWatch</name>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="34"/>
        <source>数据库正在恢复</source>
        <translation>Database is being restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="41"/>
        <source>现在关闭数据库</source>
        <translation>Close the database now</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="47"/>
        <source>已保存手头的工作：现在关闭数据库，让恢复开始</source>
        <translation>Work saved: close the database now so the restore can start</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="58"/>
        <source>{by} 正在从备份恢复数据库。请保存并关闭正在办理的内容；到时本柜台会关闭数据库，恢复完成后自动重新打开（需重新登录）。</source>
        <translation>{by} is restoring the database from a backup. Please save and close what you are working on; this desk will then close the database and reopen it automatically when the restore is done (sign in again).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="65"/>
        <source>{s} 秒后关闭数据库。</source>
        <translation>Closing the database in {s} s.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="76"/>
        <source>数据库正在恢复，本柜台已关闭数据库，没有写入任何内容。恢复完成后将自动重新打开。</source>
        <translation>The database is being restored. This desk has closed it and wrote nothing. It reopens automatically when the restore is done.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="81"/>
        <source>请稍候…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="149"/>
        <source>数据库恢复已取消，可以继续办理。</source>
        <translation>The restore was cancelled; you can carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_watch.py" line="198"/>
        <source>数据库已恢复并重新打开，请重新登录。</source>
        <translation>The database was restored and reopened; please sign in again.</translation>
    </message>
</context>
<context>
    <name>RevealedText</name>
    <message>
        <location filename="../../ui/masking.py" line="40"/>
        <source>{s} 秒后自动隐藏；单击号码立即隐藏</source>
        <translation>Hidden again after {s} seconds; click the number to hide it now</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="38"/>
        <source>姓名、拼音或首字母、证件号（或后4–6位）、手机、保单号、卡号</source>
        <translation>Name, pinyin or initials, ID number (or last 4–6), mobile, policy or card number</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="40"/>
        <location filename="../../ui/search_panel.py" line="125"/>
        <source>输入后即时查找，↓ 进入结果，回车打开，Esc 清除</source>
        <translation>Searches as you type; ↓ to the results, Enter opens, Esc clears</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="42"/>
        <source>查找客户</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="46"/>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="47"/>
        <source>↑↓ 选择客户，回车打开，Esc 回到查找框</source>
        <translation>↑↓ choose a member, Enter opens, Esc goes back to the search box</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="127"/>
        <source>没有找到匹配的客户</source>
        <translation>No matching member</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="129"/>
        <source>已显示前 %n 位，向下滚动查看更多</source>
        <translation>
            <numerusform>First %n shown; scroll down for more</numerusform>
            <numerusform>First %n shown; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="131"/>
        <source>找到 %n 位客户</source>
        <translation>
            <numerusform>%n member found</numerusform>
            <numerusform>%n members found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="46"/>
        <source>登录 VIP Desk</source>
        <translation>Sign in to VIP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="47"/>
        <source>请使用您的员工账号登录</source>
        <translation>Please sign in with your staff account</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="55"/>
        <source>用户名(&amp;U)</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="57"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="66"/>
        <source>登录(&amp;L)</source>
        <translation>Sign in (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="70"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="107"/>
        <source>演示数据库，可用以下演示账号登录：</source>
        <translation>Demo database: sign in with one of these demo accounts:</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="109"/>
        <source>密码：{password}</source>
        <translation>Password: {password}</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="125"/>
        <source>请输入用户名和密码。</source>
        <translation>Please enter the username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/session/signin_dialog.py" line="129"/>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>SlaWatch</name>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="25"/>
        <source>时效提醒</source>
        <translation>Deadline notice</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/sla_watch.py" line="41"/>
        <source>即将到期 %n 件</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="64"/>
        <source>已超时：{cases}</source>
        <translation>Overdue: {cases}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="66"/>
        <source>即将到期：{cases}</source>
        <translation>Due soon: {cases}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sla_watch.py" line="79"/>
        <source>案件时效：即将到期 {soon} 件，超时 {late} 件</source>
        <translation>Case deadlines: {soon} due soon, {late} overdue</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <location filename="../../ui/staff/dialog.py" line="45"/>
        <source>员工账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="50"/>
        <source>员工账号列表</source>
        <translation>Staff account list</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="58"/>
        <source>新增员工(&amp;N)…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="60"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="67"/>
        <source>停用的账号保留在列表中，审计记录仍指向它们。</source>
        <translation>Disabled accounts stay in the list; the audit log still refers to them.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="86"/>
        <source>所选员工</source>
        <translation>Selected staff member</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="92"/>
        <source>保存岗位与网点(&amp;S)</source>
        <translation>&amp;Save role and branch</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="94"/>
        <source>重置密码(&amp;R)…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="95"/>
        <source>解除锁定(&amp;L)</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="98"/>
        <source>岗位(&amp;O)</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="99"/>
        <source>网点代码(&amp;B)</source>
        <translation>&amp;Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="169"/>
        <location filename="../../ui/staff/dialog.py" line="175"/>
        <source>停用账号(&amp;D)</source>
        <translation>&amp;Disable account</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="175"/>
        <source>重新启用(&amp;E)</source>
        <translation>&amp;Enable again</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="184"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="211"/>
        <source>已新增员工 {username}。</source>
        <translation>Staff member {username} added.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="220"/>
        <source>已重新启用 {username}。</source>
        <translation>{username} enabled again.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="220"/>
        <source>已停用 {username}。</source>
        <translation>{username} disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="230"/>
        <source>已重置 {username} 的密码，对方下次登录时须修改。</source>
        <translation>Password of {username} reset; it must be changed at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="243"/>
        <source>已解除 {username} 的锁定。</source>
        <translation>{username} unlocked.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="254"/>
        <source>请填写网点代码。</source>
        <translation>Please enter the branch code.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/dialog.py" line="258"/>
        <source>已保存 {username} 的岗位与网点。</source>
        <translation>Role and branch of {username} saved.</translation>
    </message>
</context>
<context>
    <name>StayField</name>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="21"/>
        <source>住院号或医院+入院日期(&amp;H)</source>
        <translation>&amp;Hospital stay number, or hospital + admission date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="23"/>
        <source>如：ZY20261120 或 河北医大二院 2026-11-20</source>
        <translation>e.g. ZY20261120, or Hebei Medical University Second Hospital 2026-11-20</translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="24"/>
        <source>住院号或医院+入院日期</source>
        <translation>Hospital stay number, or hospital + admission date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="26"/>
        <source>亲友探病每次住院只能安排一次，必须填写本次住院的住院号或医院与入院日期。</source>
        <translation>A relative&apos;s visit is arranged once per hospital stay; enter this stay&apos;s number, or the hospital and admission date.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/stay_field.py" line="30"/>
        <source>亲友探病每次住院只安排一次。请问来电人住院号；没有住院号时，填写医院名称和入院日期。</source>
        <translation>A relative&apos;s visit is arranged once per hospital stay. Ask the caller for the hospital stay number; without one, enter the hospital&apos;s name and the admission date.</translation>
    </message>
</context>
<context>
    <name>UseRecordsPanel</name>
    <message>
        <location filename="../../ui/usage_records.py" line="77"/>
        <source>使用记录</source>
        <translation>Recorded uses</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="81"/>
        <source>服务使用记录</source>
        <translation>Recorded service uses</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="83"/>
        <source>撤销使用(&amp;Z)…</source>
        <translation>Cancel use(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="84"/>
        <source>撤销选中的、尚未提供的服务使用（需填写原因）</source>
        <translation>Cancel the selected use that has not been delivered yet (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="184"/>
        <source>已撤销案件 {case} 的服务使用，该次不再计入次数。</source>
        <translation>The service use of case {case} was cancelled; it no longer counts.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <location filename="../../ui/export_helpers.py" line="67"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>_WorkerForm</name>
    <message>
        <location filename="../../ui/staff/forms.py" line="59"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="76"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="99"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/forms.py" line="102"/>
        <source>密码至少 {n} 个字符。</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/builtin_actions.py" line="18"/>
        <source>核实客户身份</source>
        <translation>Verify identity</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="19"/>
        <source>办理补卡</source>
        <translation>Card reissue</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="20"/>
        <source>登记救援服务</source>
        <translation>Rescue case</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="21"/>
        <source>指定亲属</source>
        <translation>Designated relatives</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="34"/>
        <location filename="../../ui/builtin_actions.py" line="190"/>
        <source>显示完整证件号</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="36"/>
        <source>查看完整证件号会记入审计日志。请选择或填写用途：</source>
        <translation>Viewing the full ID number is written to the audit log. Choose or enter the purpose:</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="54"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="55"/>
        <source>界面语言已改为 {name}，重新启动程序后生效。</source>
        <translation>The language is now {name}; it applies when the program is started again.</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="69"/>
        <source>版本 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="75"/>
        <location filename="../../ui/builtin_actions.py" line="295"/>
        <source>关于 VIP Desk</source>
        <translation>About VIP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="76"/>
        <source>VIP Desk 贵宾客户柜面服务</source>
        <translation>VIP Desk — branch service desk for VIP members</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="144"/>
        <source>连接 PostgreSQL 服务器…</source>
        <translation>Connect to PostgreSQL server…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="151"/>
        <source>使用本机数据库</source>
        <translation>Use the local database</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="158"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="165"/>
        <source>查找客户</source>
        <translation>Find member</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="173"/>
        <source>清除查找</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="180"/>
        <source>导出查询结果 Excel…</source>
        <translation>Export search results to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="186"/>
        <source>把当前查询结果导出为 Excel（证件号已遮蔽）</source>
        <translation>Export the current search results to Excel (ID numbers masked)</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="195"/>
        <source>查看完整证件号（记入审计日志）</source>
        <translation>Show the full ID number (written to the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="199"/>
        <source>刷新客户信息</source>
        <translation>Reload member</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="208"/>
        <source>关闭客户</source>
        <translation>Close member</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="217"/>
        <source>关怀日历…</source>
        <translation>Care calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="222"/>
        <source>生日、体检、离网预警、升级潜力、回访、补发卡领取</source>
        <translation>Birthdays, health checks, retention warnings, upgrades, follow-ups, cards to hand over</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="226"/>
        <source>指定客户经理…</source>
        <translation>Set account manager…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="234"/>
        <source>在线地理编码…</source>
        <translation>Online geocoder…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="238"/>
        <source>默认只用离线地名库；联网的网点可另选 geopy 的在线服务</source>
        <translation>Offline gazetteer by default; branches with network access may choose an online geopy service</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="242"/>
        <source>网点信息…</source>
        <translation>Branch details…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="246"/>
        <source>打印在确认函和回执抬头上的网点名称、地址、电话</source>
        <translation>The branch name, address and phone printed at the top of letters and receipts</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="268"/>
        <source>员工账号…</source>
        <translation>Staff accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="273"/>
        <source>新增、停用员工账号，重置密码、解除锁定，调整岗位与网点</source>
        <translation>Add and disable staff accounts, reset passwords, unlock, change role and branch</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="277"/>
        <source>审计记录…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="282"/>
        <source>按经办人、操作、客户、日期查看操作记录并导出</source>
        <translation>Audit records by staff, action, member and date; export</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="286"/>
        <source>统计看板…</source>
        <translation>Dashboard…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="292"/>
        <source>等级分布、每周案件与按时率、补卡、指定亲属、关怀完成</source>
        <translation>Tiers, cases per week and on-time share, reissues, designations, care done</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="36"/>
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37"/>
        <source>客户</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="54"/>
        <source>新建服务案件…</source>
        <translation>New service case…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="61"/>
        <source>登记救援或服务申请、投诉、咨询，并审核服务资格</source>
        <translation>Record a rescue or service request, a complaint or an enquiry, and check eligibility</translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="67"/>
        <source>案件队列</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/actions.py" line="73"/>
        <source>查看并跟进所有服务案件，超时案件醒目显示</source>
        <translation>See and follow up all service cases; overdue cases stand out</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="72"/>
        <source>指定亲属…</source>
        <translation>Designate relative…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="78"/>
        <source>为白金卡、钻石卡或都会康悦客户指定亲属</source>
        <translation>Designate relatives for Platinum, Diamond or Metro Kangyue members</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="84"/>
        <source>补发贵宾卡…</source>
        <translation>Reissue VIP card…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/actions.py" line="90"/>
        <source>卡片遗失或损坏时补发新卡，原卡立即停用</source>
        <translation>Issue a new card when a card is lost or damaged; the old card is blocked at once</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="89"/>
        <source>打印服务手册</source>
        <translation>Print service handbook</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="83"/>
        <source>打印资格确认函</source>
        <translation>Print eligibility letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="86"/>
        <source>预览并打印当前客户的贵宾客户资格确认函</source>
        <translation>Preview and print the current member&apos;s VIP eligibility letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="91"/>
        <source>当前客户的个性化服务手册；未选客户时按等级打印</source>
        <translation>The current member&apos;s personalised handbook; with no member open, a tier&apos;s handbook</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="94"/>
        <source>批量打印…</source>
        <translation>Batch printing…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="96"/>
        <source>为一批客户打印资格确认函或服务手册</source>
        <translation>Print eligibility letters or service handbooks for many members</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="32"/>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="37"/>
        <source>立即备份、查看备份、从备份恢复（管理员）</source>
        <translation>Back up now, list backups, restore from a backup (administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/actions.py" line="28"/>
        <source>导入客户与保单…</source>
        <translation>Import members and policies…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/actions.py" line="33"/>
        <source>导入核心系统导出的客户或保单文件，查看最近的导入</source>
        <translation>Import a members or policies file exported by the core system; see the latest imports</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="64"/>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="73"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="81"/>
        <source>退出登录 / 切换用户</source>
        <translation>Sign out / switch user</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="89"/>
        <source>自动锁屏时间…</source>
        <translation>Idle lock time…</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions.py" line="94"/>
        <source>无操作多少分钟后锁定屏幕（1–30 分钟，管理员设置）</source>
        <translation>Minutes without input before the screen locks (1–30, set by an administrator)</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../ui/audit/model.py" line="25"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="26"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="27"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="28"/>
        <source>客户</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="29"/>
        <source>内容</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>calendar_check</name>
    <message>
        <location filename="../../ui/care/calendar_check.py" line="38"/>
        <source>⚠ {year} 年法定节假日未收录：按工作日的时限暂按周一至周五计算</source>
        <translation>⚠ Official holidays of {year} are missing: deadlines in working days count Monday–Friday for now</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="31"/>
        <source>新建</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="32"/>
        <source>处理中</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="33"/>
        <source>等待客户</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>Waiting for member</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="34"/>
        <source>已解决</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="35"/>
        <source>已关闭</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="36"/>
        <source>救援/服务申请</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>Rescue/service request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="37"/>
        <source>投诉</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="38"/>
        <source>咨询</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="39"/>
        <source>补卡</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation>Card reissue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="21"/>
        <source>案件号</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py COLUMNS), lupdate cannot see it.</translatorcomment>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="22"/>
        <source>类型</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py COLUMNS), lupdate cannot see it.</translatorcomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="23"/>
        <source>状态</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py COLUMNS), lupdate cannot see it.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="24"/>
        <source>被服务人</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py COLUMNS), lupdate cannot see it.</translatorcomment>
        <translation>Person served</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="25"/>
        <source>客户</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py COLUMNS), lupdate cannot see it.</translatorcomment>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="26"/>
        <source>回复期限</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py COLUMNS), lupdate cannot see it.</translatorcomment>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="27"/>
        <source>经办人</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py COLUMNS), lupdate cannot see it.</translatorcomment>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="159"/>
        <source>已超过回复期限</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>Past the reply deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="166"/>
        <source>即将到期（剩余时间不足五分之一）</source>
        <translation>Due soon (less than a fifth of the time left)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="181"/>
        <source>⚠ 超时 · {status}</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>⚠ Overdue · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="186"/>
        <source>即将到期 · {status}</source>
        <translation>Due soon · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="190"/>
        <source>暂停计时 · {status}</source>
        <translation>Clock paused · {status}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents/__init__.py" line="133"/>
        <source>贵宾客户资格确认函</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/__init__.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>VIP eligibility letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/__init__.py" line="160"/>
        <source>贵宾客户服务手册</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/__init__.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>VIP service handbook</translation>
    </message>
</context>
<context>
    <name>entitlements</name>
    <message>
        <location filename="../../ui/entitlements.py" line="32"/>
        <source>被救助人不超过{age}周岁；距居住地超过{km}公里；单次行程前{days}天内（出发当日为第1天）</source>
        <translation>person rescued at most {age} years old; more than {km} km from the residence; within the first {days} days of a trip (departure day is day 1)</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="41"/>
        <source>中国大陆以外（含港澳台）；单次行程不超过{days}天；被救助人不超过{age}周岁</source>
        <translation>outside mainland China (incl. Hong Kong, Macau, Taiwan); trips of at most {days} days; person rescued at most {age} years old</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="46"/>
        <source>电话医疗咨询，不作诊断；危急情况请直接拨打120</source>
        <translation>medical advice by phone, not a diagnosis; in an emergency call 120</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="52"/>
        <source>每年一次</source>
        <translation>once a year</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="54"/>
        <source>每{years}年一次</source>
        <translation>once every {years} years</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="73"/>
        <source>指定亲属共享救援</source>
        <translation>Designated relatives share rescue</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="74"/>
        <source>可指定{n}位亲属（{relations}），指定时未满{age}周岁；共享国内及国际救援</source>
        <translation>up to {n} relatives ({relations}), younger than {age} when designated; they share domestic and international rescue</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="109"/>
        <source>等待期{days}天，{day}起可用</source>
        <translation>{days}-day waiting period; available from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="113"/>
        <source>已过{days}天等待期（生效或复效后重新计算）</source>
        <translation>{days}-day waiting period passed (restarts on reinstatement)</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="125"/>
        <source>24小时救援热线（中英文）：{home}</source>
        <translation>24-hour rescue hotline (Chinese and English): {home}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="129"/>
        <source>；境外拨打 {abroad}</source>
        <translation>; from abroad {abroad}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="141"/>
        <source>还差 {amount} 升至{tier}</source>
        <translation>{amount} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="148"/>
        <source>高出门槛 {margin}（{tier}门槛 {floor}，低于即失去{tier}）</source>
        <translation>{margin} above the threshold ({tier} threshold {floor}; below it {tier} is lost)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../ui/files.py" line="77"/>
        <source>查找范围(&amp;I)：</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="78"/>
        <source>文件名(&amp;N)：</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="79"/>
        <source>文件类型(&amp;T)：</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="80"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <location filename="../../ui/keyboard.py" line="63"/>
        <source>客户信息</source>
        <translation>Member details</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="64"/>
        <source>保单、卡片记录和操作记录</source>
        <translation>Policies, card history and activity</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="65"/>
        <source>来电人查找结果</source>
        <translation>Caller search results</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="66"/>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="67"/>
        <source>按类型筛选</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="68"/>
        <source>按经办人筛选</source>
        <translation>Filter by assignee</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="69"/>
        <source>案件列表</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="70"/>
        <source>案件记录</source>
        <translation>Case notes</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="71"/>
        <source>不能受理的原因</source>
        <translation>Reasons for the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="72"/>
        <source>开案前请确认</source>
        <translation>Confirm before opening the case</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="73"/>
        <source>指定亲属</source>
        <translation>Designated relatives</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="74"/>
        <source>保单</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="75"/>
        <source>卡片记录</source>
        <translation>Card history</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="76"/>
        <source>操作记录</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <location filename="../../ui/labels.py" line="25"/>
        <location filename="../../ui/labels.py" line="46"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>暂停使用</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>已挂失</source>
        <translation>Reported lost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>已损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>已换卡</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>已注销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>贵宾服务正常</source>
        <translation>VIP services active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>贵宾服务暂停（保单中止）</source>
        <translation>VIP services suspended (policies suspended)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>非贵宾客户</source>
        <translation>Not a VIP member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>中止</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>失效</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>满期</source>
        <translation>Matured</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>个人代理</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>直效行销</source>
        <translation>Direct marketing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>银行保险</source>
        <translation>Bancassurance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>贵宾卡</source>
        <translation>VIP card</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>都会康悦</source>
        <translation>Metro Kangyue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>已取消</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>发卡</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>等级变更换卡</source>
        <translation>Tier change</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>不再满足贵宾条件</source>
        <translation>No longer qualifies</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>保单中止</source>
        <translation>Policy suspended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>保单复效</source>
        <translation>Policy reinstated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>挂失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>补发新卡</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>无贵宾卡</source>
        <translation>No card</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>无等级</source>
        <translation>No tier</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>无法完成操作</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>可以稍后点“重试”，或通过“文件”菜单连接其他数据库；问题持续时请联系IT部门。</source>
        <translation>Click Retry later, or connect another database from the File menu; if the problem persists, call IT.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>连接其他数据库…</source>
        <translation>Connect another database…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>（无法写入日志文件）</source>
        <translation>(the log file could not be written)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>程序遇到了意外错误。您的数据没有受到影响，可以继续工作；如果问题重复出现，请把下面的日志文件发给IT部门。</source>
        <translation>The program hit an unexpected error. Your data is safe and you can keep working; if it happens again, send the log file below to IT.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>数据库问题</source>
        <translation>Database problem</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/export_job.py" line="70"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../ui/results_model.py" line="23"/>
        <source>挂失</source>
        <translation>reported lost</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="24"/>
        <source>因损坏停用</source>
        <translation>blocked as damaged</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="25"/>
        <source>换卡停用</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="26"/>
        <source>注销</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="34"/>
        <source>此卡已{verb}，不能使用</source>
        <translation>This card has been {verb} and cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="35"/>
        <source>此卡已于 {day} {verb}，不能使用</source>
        <translation>This card was {verb} on {day} and cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="42"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="43"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="44"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="45"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="46"/>
        <source>卡状态</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="47"/>
        <source>年化保费</source>
        <translation>AFYP</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="203"/>
        <source>卡号 {number}：{warning}</source>
        <translation>Card {number}: {warning}</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../ui/staff/model.py" line="18"/>
        <source>账号</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="19"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="20"/>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="21"/>
        <source>网点</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="22"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="23"/>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="26"/>
        <source>柜员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="27"/>
        <source>主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="28"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="31"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="32"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="33"/>
        <source>锁定至 {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="34"/>
        <source>须修改密码</source>
        <translation>must change password</translation>
    </message>
    <message>
        <location filename="../../ui/staff/model.py" line="35"/>
        <source>未设密码（请重置）</source>
        <translation>no password (reset it)</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../ui/member_tables.py" line="27"/>
        <source>保单号</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="28"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="29"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="30"/>
        <location filename="../../ui/member_tables.py" line="39"/>
        <location filename="../../ui/usage_records.py" line="31"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="31"/>
        <source>生效日</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="32"/>
        <location filename="../../ui/usage_view.py" line="17"/>
        <source>年化保费</source>
        <translation>AFYP</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="35"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="36"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="37"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="38"/>
        <source>项目</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="40"/>
        <source>指定日期</source>
        <translation>Designated</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="43"/>
        <location filename="../../ui/member_tables.py" line="49"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="44"/>
        <source>卡号</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="45"/>
        <source>状态变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="46"/>
        <location filename="../../ui/usage_view.py" line="18"/>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="50"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="51"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="52"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="118"/>
        <source>{n}岁</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="29"/>
        <location filename="../../ui/usage_view.py" line="15"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="32"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="16"/>
        <source>等级变化</source>
        <translation>Tier change</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="30"/>
        <location filename="../../ui/usage_view.py" line="21"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="22"/>
        <source>使用情况</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="23"/>
        <source>上次使用</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="24"/>
        <source>次数</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>usage</name>
    <message>
        <location filename="../../ui/usage_view.py" line="27"/>
        <source>导入保单数据</source>
        <translation>Policy import</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="28"/>
        <source>重新计算等级</source>
        <translation>Tier recompute</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="29"/>
        <source>保单复效</source>
        <translation>Policy reinstated</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="30"/>
        <source>保单中止</source>
        <translation>Policy suspended</translation>
    </message>
    <message>
        <location filename="../../ui/usage_view.py" line="31"/>
        <source>失去贵宾资格</source>
        <translation>VIP status lost</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="35"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="36"/>
        <source>已提供</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/usage_records.py" line="37"/>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/dashboard/tab.py" line="33"/>
        <source>统计看板</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../ui/wording.py" line="13"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="14"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
</TS>
