<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>VIP Desk 贵宾客户服务台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>正在打开数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>正在处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>正在生成演示客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>正在计算等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>正在发卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>首次启动：正在创建演示数据库，请稍候…
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>数据库：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>柜员：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>客户 {n:,} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>在左侧输入姓名、拼音首字母或证件号后几位查找客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>数据库：未连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>数据库未打开。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/member_view.py" line="46"/>
        <source>无等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="49"/>
        <source>无有效贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="69"/>
        <source>{day} 起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="120"/>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="121"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="122"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="141"/>
        <source>服务权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="151"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="176"/>
        <source>年化保费与保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="177"/>
        <source>卡片记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="205"/>
        <source>未达贵宾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="207"/>
        <source>{gender} · {age}岁 · {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="221"/>
        <source>累计年化保费（仅计有效保单）：{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="236"/>
        <source>未达贵宾等级：累计年化保费满 {amount} 可获{tier}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="249"/>
        <source>保单中止，贵宾服务暂停；保单复效后恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="261"/>
        <source>{tier}可指定 {n} 位亲属，已指定 {k} 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="267"/>
        <source>白金卡、钻石卡客户可指定亲属；本客户暂无指定亲属。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="36"/>
        <source>姓名、拼音或首字母、证件号（或后4–6位）、手机、保单号、卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="38"/>
        <location filename="../../ui/search_panel.py" line="110"/>
        <source>输入后即时查找，↓ 进入结果，回车打开，Esc 清除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="112"/>
        <source>没有找到匹配的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="114"/>
        <source>已显示前 {n} 位，向下滚动查看更多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="116"/>
        <source>找到 {n} 位客户</source>
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
        <location filename="../../ui/builtin_actions.py" line="122"/>
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
        <location filename="../../ui/builtin_actions.py" line="70"/>
        <location filename="../../ui/builtin_actions.py" line="166"/>
        <source>关于 VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="71"/>
        <source>VIP Desk 贵宾客户柜面服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="85"/>
        <source>连接 PostgreSQL 服务器…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="92"/>
        <source>使用本机数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="99"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="107"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="115"/>
        <source>清除查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="127"/>
        <source>查看完整证件号（记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="131"/>
        <source>刷新客户信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="140"/>
        <source>关闭客户</source>
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
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entitlements</name>
    <message>
        <location filename="../../ui/entitlements.py" line="31"/>
        <source>被救助人不超过{age}周岁；距居住地超过{km}公里；单次行程前{days}天内（出发当日为第1天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="40"/>
        <source>中国大陆以外（含港澳台）；单次行程不超过{days}天；被救助人不超过{age}周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="45"/>
        <source>电话医疗咨询，不作诊断；危急情况请直接拨打120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="51"/>
        <source>每年一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="53"/>
        <source>每{years}年一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="71"/>
        <source>指定亲属共享救援</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="72"/>
        <source>可指定{n}位亲属（{relations}），指定时未满{age}周岁；共享国内及国际救援</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="96"/>
        <source>等待期{days}天，{day}起可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="100"/>
        <source>已过{days}天等待期（生效或复效后重新计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="112"/>
        <source>24小时救援热线（中英文）：{home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="116"/>
        <source>；境外拨打 {abroad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="128"/>
        <source>再有 {amount} 年化保费可升级为{tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="135"/>
        <source>高出{tier}门槛 {margin}（低于 {floor} 将失去{tier}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <location filename="../../ui/labels.py" line="25"/>
        <location filename="../../ui/labels.py" line="45"/>
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
        <location filename="../../ui/labels.py" line="31"/>
        <source>个人代理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>直效行销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>银行保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>配偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>都会康悦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>发卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>等级变更换卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>不再满足贵宾条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>保单中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>保单复效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>挂失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>补发新卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>无贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>无等级</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>可以稍后点“重试”，或通过“文件”菜单连接其他数据库；问题持续时请联系IT部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>连接其他数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>（无法写入日志文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>程序遇到了意外错误。您的数据没有受到影响，可以继续工作；如果问题重复出现，请把下面的日志文件发给IT部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>意外错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>数据库问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../ui/results_model.py" line="22"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="23"/>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="24"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="25"/>
        <source>等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="26"/>
        <source>卡状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="27"/>
        <source>年化保费</source>
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
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_tables.py" line="112"/>
        <source>{n}岁</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
