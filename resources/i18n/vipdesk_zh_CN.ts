<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="101"/>
        <location filename="../../ui/documents/batch_dialog.py" line="229"/>
        <source>批量打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="106"/>
        <location filename="../../ui/documents/batch_dialog.py" line="283"/>
        <source>资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="107"/>
        <source>服务手册（个性化）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="116"/>
        <source>全部等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="119"/>
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
        <location filename="../../ui/documents/batch_dialog.py" line="33"/>
        <source>正在读取客户资料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="34"/>
        <source>正在生成文档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="35"/>
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
        <location filename="../../ui/documents/batch_dialog.py" line="226"/>
        <location filename="../../ui/documents/batch_dialog.py" line="227"/>
        <source>正在准备…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="227"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="261"/>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="283"/>
        <source>服务手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="284"/>
        <source>已取消。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="285"/>
        <source>已生成%1 %2 份，共 %3 个文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="290"/>
        <source>跳过无贵宾等级的客户 %1 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="307"/>
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
    <name>CallerPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="37"/>
        <source>来电人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="38"/>
        <source>查找客户或其指定亲属，并请来电人报出证件号码后四位核对身份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="40"/>
        <source>姓名、拼音首字母、证件号、手机号、卡号或保单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="43"/>
        <source>证件号码后四位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="44"/>
        <source>核对身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="71"/>
        <source>正在查找…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="96"/>
        <source>{name}  {id}  本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="100"/>
        <source>{name}  {id}  {member}的指定亲属（{rel}，{prog}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="117"/>
        <source>找到 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="119"/>
        <source>没有找到匹配的客户或指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="131"/>
        <source>请先在列表中选择来电人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="143"/>
        <source>身份已核对：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="145"/>
        <source>证件号码不符，请再次核对</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardReissueDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="41"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="42"/>
        <source>暂停使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="105"/>
        <source>补发贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="111"/>
        <source>正在读取卡片信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="112"/>
        <source>挂失（卡片遗失或被盗）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="113"/>
        <source>损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="122"/>
        <source>可选：客户所持（损坏）卡上的卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="125"/>
        <source>已核验客户本人有效身份证件原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="128"/>
        <source>确认后原卡立即停用，新卡号沿用原卡等级。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="132"/>
        <source>当前卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="133"/>
        <source>补发原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="134"/>
        <source>核对卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="138"/>
        <source>确认补发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="141"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="166"/>
        <source>{name}目前没有有效的贵宾卡，无需补发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="179"/>
        <source>该卡因保单中止处于暂停状态：补发的新卡同样为暂停状态，保单复效后自动恢复有效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="202"/>
        <source>✗ 该卡号不是客户当前的贵宾卡，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="204"/>
        <source>✓ 卡号与客户当前的贵宾卡一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="227"/>
        <source>正在办理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="244"/>
        <source>新卡 {number}  {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="250"/>
        <source>原卡 {old} 已停用，新卡 {new} 已生效。正在生成回执…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="265"/>
        <source>补发完成：新卡 {new}，回执已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="272"/>
        <source>贵宾卡补发回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="279"/>
        <source>（已保存：{path}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="41"/>
        <source>请在左侧选择案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="45"/>
        <source>记录处理情况或下次跟进安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="25"/>
        <location filename="../../ui/cases/detail.py" line="47"/>
        <source>跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="24"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="26"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="27"/>
        <source>主管推翻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="48"/>
        <source>添加记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="83"/>
        <source>&#x3000;⚠ 已超过回复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="90"/>
        <source>客户：{m}（{id}）&#x3000;被服务人：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="95"/>
        <source>描述：{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="97"/>
        <source>距居住地 {km:g} 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="99"/>
        <source>旅行第 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="102"/>
        <source>拒绝原因：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="107"/>
        <source>主管推翻：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="109"/>
        <source>回复期限：{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="127"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="129"/>
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
    <message>
        <location filename="../../ui/cases/queue_view.py" line="119"/>
        <source>⚠ 超时案件 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="124"/>
        <source>没有超时案件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../ui/cases/wizard.py" line="78"/>
        <source>新建服务案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="83"/>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="84"/>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="85"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="86"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="259"/>
        <source>案件已开立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="267"/>
        <source>打印案件摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="271"/>
        <source>案件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="272"/>
        <source>回复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="273"/>
        <source>回拨电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="293"/>
        <source>（客户登记的电话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="295"/>
        <source>已由主管推翻拒绝决定并受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="297"/>
        <source>已记录本次拒绝，请向来电人说明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="299"/>
        <source>请告知来电人案件号，并按期限回复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="307"/>
        <source>正在生成案件摘要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="314"/>
        <source>案件摘要已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="317"/>
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
    <name>DecisionPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="136"/>
        <source>审核结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="138"/>
        <source>开立案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="144"/>
        <source>主管推翻拒绝决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="146"/>
        <source>推翻理由（必填，记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="151"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="153"/>
        <source>请向来电人说明的费用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="155"/>
        <source>开案前请确认（勾选表示“是”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="174"/>
        <source>{kind}无需资格审核，将在 {h} 小时内首次回复客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="175"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="175"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="180"/>
        <source>正在审核…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="202"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="203"/>
        <source>来电人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="205"/>
        <source>✔ 可以受理：{name}符合服务条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="208"/>
        <source>✘ 不能受理：{name}不符合服务条件（{n} 项原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="224"/>
        <source>推翻拒绝决定需要主管或管理员登录办理；也可以开立案件记录本次拒绝。</source>
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
        <location filename="../../ui/main_window.py" line="193"/>
        <source>不使用（仅离线地名库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>在线地理编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>离线地名库查不到的地点，可由联网的地理编码服务查询（需网络）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>数据库：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>柜员：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>客户 {n:,} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>在左侧输入姓名、拼音首字母或证件号后几位查找客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>数据库：未连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>数据库未打开。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="45"/>
        <source>所在地与行程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="46"/>
        <source>询问来电人目前所在的城市或区县，以及本次旅行的出发日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="49"/>
        <source>如：石家庄、河北省石家庄市长安区、Shijiazhuang、日本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="66"/>
        <source>目前所在地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="67"/>
        <source>出发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="68"/>
        <source>居住地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="69"/>
        <source>距居住地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="70"/>
        <source>旅行天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="109"/>
        <source>无法识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="111"/>
        <source>{km:g} 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="113"/>
        <source>无法计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="116"/>
        <source>第 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="121"/>
        <source>识别为：{place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="123"/>
        <source>无法识别该地点，请再次询问所在城市或区县。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/member_view.py" line="48"/>
        <source>无等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="51"/>
        <source>无有效贵宾卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="71"/>
        <source>{day} 起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="127"/>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="128"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="129"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="148"/>
        <source>服务权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="158"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="184"/>
        <source>年化保费与保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="185"/>
        <source>卡片记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="187"/>
        <source>操作记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="215"/>
        <source>未达贵宾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="217"/>
        <source>{gender} · {age}岁 · {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="231"/>
        <source>累计年化保费（仅计有效保单）：{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="247"/>
        <source>未达贵宾等级：累计年化保费满 {amount} 可获{tier}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="260"/>
        <source>保单中止，贵宾服务暂停；保单复效后恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="275"/>
        <source>{tier}可指定 {n} 位亲属，已指定 {k} 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="281"/>
        <source>白金卡、钻石卡客户可指定亲属；本客户暂无指定亲属。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="162"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="164"/>
        <source>选择服务及项目（本卡权益以外的服务会在审核中说明原因），或登记投诉、咨询。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="169"/>
        <source>服务申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="170"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="171"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="182"/>
        <source>来电人描述的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="184"/>
        <source>回拨电话（手机或座机）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="186"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="187"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="188"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="189"/>
        <source>描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="190"/>
        <source>回拨电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="211"/>
        <source>（非本卡权益）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="89"/>
        <location filename="../../ui/documents/preview.py" line="135"/>
        <source>正在生成文档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="90"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="91"/>
        <source>另存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="92"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="128"/>
        <source>共 %n 页</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="163"/>
        <source>生成或打印文档时出现意外错误，详见错误报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="229"/>
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
        <location filename="../../ui/documents/preview.py" line="236"/>
        <source>已保存到 </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="39"/>
        <source>配偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="40"/>
        <source>父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="41"/>
        <source>子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="44"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="45"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="97"/>
        <source>指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="105"/>
        <source>正在读取客户信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="108"/>
        <source>18位居民身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="109"/>
        <location filename="../../ui/dialogs/relative.py" line="199"/>
        <source>请输入亲属的身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="119"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="120"/>
        <source>亲属姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="121"/>
        <source>身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="123"/>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="124"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="125"/>
        <source>都会康悦保单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="127"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="128"/>
        <source>剩余名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="130"/>
        <source>确认指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="133"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="169"/>
        <source>无贵宾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="174"/>
        <source>贵宾卡指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="176"/>
        <source>都会康悦指定亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="209"/>
        <source>✓ 号码有效&#x3000;出生日期 {born}&#x3000;{age}周岁&#x3000;{gender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="237"/>
        <source>{left} 位（共 {limit} 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="241"/>
        <location filename="../../ui/dialogs/relative.py" line="266"/>
        <source>请填写亲属姓名、身份证号码和关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="243"/>
        <source>身份证号码无效，不能指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="252"/>
        <source>，等待期满后自 {day} 起可享受服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="257"/>
        <source>可以指定：将占用第 {slot} 个名额{wait}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="264"/>
        <source>不能指定：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="288"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="303"/>
        <source>{left} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="306"/>
        <source>已指定 {name} 为指定亲属。正在生成确认函…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="319"/>
        <source>已指定 {name} 为指定亲属，确认函已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="324"/>
        <source>指定亲属确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="331"/>
        <source>（已保存：{path}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="334"/>
        <source>亲属已指定，但确认函未能生成：</source>
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
        <location filename="../../ui/search_panel.py" line="111"/>
        <source>输入后即时查找，↓ 进入结果，回车打开，Esc 清除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="113"/>
        <source>没有找到匹配的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="115"/>
        <source>已显示前 {n} 位，向下滚动查看更多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="117"/>
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
        <location filename="../../ui/builtin_actions.py" line="182"/>
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
        <location filename="../../ui/builtin_actions.py" line="149"/>
        <source>在线地理编码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="153"/>
        <source>默认只用离线地名库；联网的网点可另选 geopy 的在线服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="157"/>
        <source>网点信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="161"/>
        <source>打印在确认函和回执抬头上的网点名称、地址、电话</source>
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
        <location filename="../../ui/documents/actions.py" line="85"/>
        <source>打印服务手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="79"/>
        <source>打印资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="82"/>
        <source>预览并打印当前客户的贵宾客户资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="87"/>
        <source>当前客户的个性化服务手册；未选客户时按等级打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="90"/>
        <source>批量打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="92"/>
        <source>为一批客户打印资格确认函或服务手册</source>
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
        <location filename="../../ui/cases/queue_model.py" line="157"/>
        <source>已超过回复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="172"/>
        <source>⚠ 超时 · {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents/__init__.py" line="101"/>
        <source>贵宾客户资格确认函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/__init__.py" line="122"/>
        <source>贵宾客户服务手册</source>
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
        <location filename="../../ui/entitlements.py" line="72"/>
        <source>指定亲属共享救援</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="73"/>
        <source>可指定{n}位亲属（{relations}），指定时未满{age}周岁；共享国内及国际救援</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="97"/>
        <source>等待期{days}天，{day}起可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="101"/>
        <source>已过{days}天等待期（生效或复效后重新计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="113"/>
        <source>24小时救援热线（中英文）：{home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="117"/>
        <source>；境外拨打 {abroad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="129"/>
        <source>再有 {amount} 年化保费可升级为{tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="136"/>
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
        <location filename="../../ui/messages.py" line="51"/>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>可以稍后点“重试”，或通过“文件”菜单连接其他数据库；问题持续时请联系IT部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>连接其他数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>（无法写入日志文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>程序遇到了意外错误。您的数据没有受到影响，可以继续工作；如果问题重复出现，请把下面的日志文件发给IT部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>意外错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
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
</context>
</TS>
