<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>VIP Desk 贵宾客户服务台</source>
        <translation>VIP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>正在生成演示客户</source>
        <translation>Creating demo members</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>正在计算等级</source>
        <translation>Computing tiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>正在发卡</source>
        <translation>Issuing cards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>首次启动：正在创建演示数据库，请稍候…
{text}</source>
        <translation>First start: creating a demo database, please wait…
{text}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>数据库：{name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>柜员：{name}</source>
        <translation>Clerk: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>客户 {n:,} 位</source>
        <translation>{n:,} members</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>在左侧输入姓名、拼音首字母或证件号后几位查找客户。</source>
        <translation>Type a name, pinyin initials or the last digits of an ID number on the left to find a member.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>数据库：未连接</source>
        <translation>Database: not connected</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>数据库未打开。</source>
        <translation>The database is not open.</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/member_view.py" line="46"/>
        <source>无等级</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="49"/>
        <source>无有效贵宾卡</source>
        <translation>No valid card</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="69"/>
        <source>{day} 起</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="120"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="121"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="122"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="141"/>
        <source>服务权益</source>
        <translation>Entitlements</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="151"/>
        <source>指定亲属</source>
        <translation>Designated relatives</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="176"/>
        <source>年化保费与保单</source>
        <translation>AFYP and policies</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="177"/>
        <source>卡片记录</source>
        <translation>Card history</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="205"/>
        <source>未达贵宾等级</source>
        <translation>No VIP tier</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="207"/>
        <source>{gender} · {age}岁 · {tier}</source>
        <translation>{gender} · {age} · {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="221"/>
        <source>累计年化保费（仅计有效保单）：{amount}</source>
        <translation>AFYP (policies in force only): {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="236"/>
        <source>未达贵宾等级：累计年化保费满 {amount} 可获{tier}。</source>
        <translation>No VIP tier: an AFYP of {amount} earns {tier}.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="249"/>
        <source>保单中止，贵宾服务暂停；保单复效后恢复。</source>
        <translation>Policies suspended: VIP services are suspended until reinstatement.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="261"/>
        <source>{tier}可指定 {n} 位亲属，已指定 {k} 位。</source>
        <translation>{tier}: {n} relatives allowed, {k} designated.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="267"/>
        <source>白金卡、钻石卡客户可指定亲属；本客户暂无指定亲属。</source>
        <translation>Platinum and diamond members may designate relatives; this member has none.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="36"/>
        <source>姓名、拼音或首字母、证件号（或后4–6位）、手机、保单号、卡号</source>
        <translation>Name, pinyin or initials, ID number (or last 4–6), mobile, policy or card number</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="38"/>
        <location filename="../../ui/search_panel.py" line="110"/>
        <source>输入后即时查找，↓ 进入结果，回车打开，Esc 清除</source>
        <translation>Searches as you type; ↓ to the results, Enter opens, Esc clears</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="112"/>
        <source>没有找到匹配的客户</source>
        <translation>No matching member</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="114"/>
        <source>已显示前 {n} 位，向下滚动查看更多</source>
        <translation>First {n} shown; scroll down for more</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="116"/>
        <source>找到 {n} 位客户</source>
        <translation>{n} members found</translation>
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
        <location filename="../../ui/builtin_actions.py" line="122"/>
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
        <location filename="../../ui/builtin_actions.py" line="70"/>
        <location filename="../../ui/builtin_actions.py" line="166"/>
        <source>关于 VIP Desk</source>
        <translation>About VIP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="71"/>
        <source>VIP Desk 贵宾客户柜面服务</source>
        <translation>VIP Desk — branch service desk for VIP members</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="85"/>
        <source>连接 PostgreSQL 服务器…</source>
        <translation>Connect to PostgreSQL server…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="92"/>
        <source>使用本机数据库</source>
        <translation>Use the local database</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="99"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="107"/>
        <source>查找客户</source>
        <translation>Find member</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="115"/>
        <source>清除查找</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="127"/>
        <source>查看完整证件号（记入审计日志）</source>
        <translation>Show the full ID number (written to the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="131"/>
        <source>刷新客户信息</source>
        <translation>Reload member</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="140"/>
        <source>关闭客户</source>
        <translation>Close member</translation>
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
        <source>帮助</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>entitlements</name>
    <message>
        <location filename="../../ui/entitlements.py" line="31"/>
        <source>被救助人不超过{age}周岁；距居住地超过{km}公里；单次行程前{days}天内（出发当日为第1天）</source>
        <translation>person rescued at most {age} years old; more than {km} km from the residence; within the first {days} days of a trip (departure day is day 1)</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="40"/>
        <source>中国大陆以外（含港澳台）；单次行程不超过{days}天；被救助人不超过{age}周岁</source>
        <translation>outside mainland China (incl. Hong Kong, Macau, Taiwan); trips of at most {days} days; person rescued at most {age} years old</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="45"/>
        <source>电话医疗咨询，不作诊断；危急情况请直接拨打120</source>
        <translation>medical advice by phone, not a diagnosis; in an emergency call 120</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="51"/>
        <source>每年一次</source>
        <translation>once a year</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="53"/>
        <source>每{years}年一次</source>
        <translation>once every {years} years</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="71"/>
        <source>指定亲属共享救援</source>
        <translation>Designated relatives share rescue</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="72"/>
        <source>可指定{n}位亲属（{relations}），指定时未满{age}周岁；共享国内及国际救援</source>
        <translation>up to {n} relatives ({relations}), younger than {age} when designated; they share domestic and international rescue</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="96"/>
        <source>等待期{days}天，{day}起可用</source>
        <translation>{days}-day waiting period; available from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="100"/>
        <source>已过{days}天等待期（生效或复效后重新计算）</source>
        <translation>{days}-day waiting period passed (restarts on reinstatement)</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="112"/>
        <source>24小时救援热线（中英文）：{home}</source>
        <translation>24-hour rescue hotline (Chinese and English): {home}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="116"/>
        <source>；境外拨打 {abroad}</source>
        <translation>; from abroad {abroad}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="128"/>
        <source>再有 {amount} 年化保费可升级为{tier}</source>
        <translation>{amount} more annualized premium reaches {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="135"/>
        <source>高出{tier}门槛 {margin}（低于 {floor} 将失去{tier}）</source>
        <translation>{margin} above the {tier} floor (below {floor} the member loses {tier})</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <location filename="../../ui/labels.py" line="25"/>
        <location filename="../../ui/labels.py" line="45"/>
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
        <location filename="../../ui/labels.py" line="31"/>
        <source>个人代理</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>直效行销</source>
        <translation>Direct marketing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>银行保险</source>
        <translation>Bancassurance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>贵宾卡</source>
        <translation>VIP card</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>都会康悦</source>
        <translation>Kangyue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>已取消</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>发卡</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>等级变更换卡</source>
        <translation>Tier change</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>不再满足贵宾条件</source>
        <translation>No longer qualifies</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>保单中止</source>
        <translation>Policy suspended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>保单复效</source>
        <translation>Policy reinstated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>挂失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>补发新卡</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>无贵宾卡</source>
        <translation>No card</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>无等级</source>
        <translation>No tier</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>无法完成操作</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>可以稍后点“重试”，或通过“文件”菜单连接其他数据库；问题持续时请联系IT部门。</source>
        <translation>Click Retry later, or connect another database from the File menu; if the problem persists, call IT.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>连接其他数据库…</source>
        <translation>Connect another database…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>（无法写入日志文件）</source>
        <translation>(the log file could not be written)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>程序遇到了意外错误。您的数据没有受到影响，可以继续工作；如果问题重复出现，请把下面的日志文件发给IT部门。</source>
        <translation>The program hit an unexpected error. Your data is safe and you can keep working; if it happens again, send the log file below to IT.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>数据库问题</source>
        <translation>Database problem</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../ui/results_model.py" line="22"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="23"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="24"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="25"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="26"/>
        <source>卡状态</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="27"/>
        <source>年化保费</source>
        <translation>AFYP</translation>
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
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="112"/>
        <source>{n}岁</source>
        <translation>{n}</translation>
    </message>
</context>
</TS>
