<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>已超过回复期限</source>
        <translation type="vanished">Past the reply deadline</translation>
    </message>
    <message>
        <source>⚠ 超时 · {status}</source>
        <translation type="vanished">⚠ Overdue · {status}</translation>
    </message>
    <message>
        <source>贵宾客户资格确认函</source>
        <translation type="vanished">VIP eligibility letter</translation>
    </message>
    <message>
        <source>贵宾客户服务手册</source>
        <translation type="vanished">VIP service handbook</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="101"/>
        <location filename="../../ui/documents/batch_dialog.py" line="229"/>
        <source>批量打印</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="106"/>
        <location filename="../../ui/documents/batch_dialog.py" line="283"/>
        <source>资格确认函</source>
        <translation>Eligibility letters</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="107"/>
        <source>服务手册（个性化）</source>
        <translation>Service handbooks (personalised)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="116"/>
        <source>全部等级</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="119"/>
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
    <message numerus="yes">
        <source>已选客户 %n 位</source>
        <translation type="vanished">
            <numerusform>%n member selected</numerusform>
            <numerusform>%n members selected</numerusform>
        </translation>
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
        <location filename="../../ui/documents/batch_dialog.py" line="226"/>
        <location filename="../../ui/documents/batch_dialog.py" line="227"/>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="227"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="261"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="283"/>
        <source>服务手册</source>
        <translation>Service handbooks</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="284"/>
        <source>已取消。</source>
        <translation>Cancelled. </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="285"/>
        <source>已生成%1 %2 份，共 %3 个文件。</source>
        <translation>%1: %2 created in %3 file(s).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="290"/>
        <source>跳过无贵宾等级的客户 %1 位。</source>
        <translation> Skipped %1 member(s) without a VIP tier.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="307"/>
        <source>批量打印出现意外错误，详见错误报告。</source>
        <translation>Batch printing hit an unexpected error; see the error report.</translation>
    </message>
    <message>
        <source>批量打印出错，请重试或联系IT部门。</source>
        <translation type="vanished">Batch printing failed. Please try again or call IT.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="33"/>
        <source>正在读取客户资料…</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/batch_dialog.py STAGES), lupdate cannot see it.</translatorcomment>
        <translation>Reading member records…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="34"/>
        <source>正在生成文档…</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/batch_dialog.py STAGES), lupdate cannot see it.</translatorcomment>
        <translation>Creating documents…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="35"/>
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
    <name>CallerPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="37"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="38"/>
        <source>查找客户或其指定亲属，并请来电人报出证件号码后四位核对身份。</source>
        <translation>Find the member or their designated relative, then ask the caller for the last four digits of their ID number to verify their identity.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="40"/>
        <source>姓名、拼音首字母、证件号、手机号、卡号或保单号</source>
        <translation>Name, pinyin initials, ID number, mobile, card or policy number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="43"/>
        <source>证件号码后四位</source>
        <translation>Last four digits of the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="44"/>
        <source>核对身份</source>
        <translation>Verify identity</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="71"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="96"/>
        <source>{name}  {id}  本人</source>
        <translation>{name}  {id}  member</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="100"/>
        <source>{name}  {id}  {member}的指定亲属（{rel}，{prog}）</source>
        <translation>{name}  {id}  designated relative of {member} ({rel}, {prog})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="117"/>
        <source>找到 {n} 位</source>
        <translation>Found: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="119"/>
        <source>没有找到匹配的客户或指定亲属</source>
        <translation>No matching member or designated relative</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="131"/>
        <source>请先在列表中选择来电人</source>
        <translation>Choose the caller in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="143"/>
        <source>身份已核对：{name}</source>
        <translation>Identity verified: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="145"/>
        <source>证件号码不符，请再次核对</source>
        <translation>The digits do not match the ID number; check again</translation>
    </message>
</context>
<context>
    <name>CardReissueDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="105"/>
        <source>补发贵宾卡</source>
        <translation>Reissue VIP card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="111"/>
        <source>正在读取卡片信息…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="112"/>
        <source>挂失（卡片遗失或被盗）</source>
        <translation>Report lost (lost or stolen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="113"/>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="122"/>
        <source>可选：客户所持（损坏）卡上的卡号</source>
        <translation>Optional: the number on the member&apos;s (damaged) card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="125"/>
        <source>已核验客户本人有效身份证件原件</source>
        <translation>The member&apos;s original, valid ID document has been checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="128"/>
        <source>确认后原卡立即停用，新卡号沿用原卡等级。</source>
        <translation>Once confirmed, the old card is blocked at once; the new card keeps the same tier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="132"/>
        <source>当前卡片</source>
        <translation>Current card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="133"/>
        <source>补发原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="134"/>
        <source>核对卡号</source>
        <translation>Check card number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="138"/>
        <source>确认补发</source>
        <translation>Confirm reissue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="141"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="166"/>
        <source>{name}目前没有有效的贵宾卡，无需补发。</source>
        <translation>{name} has no valid VIP card, so there is nothing to reissue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="179"/>
        <source>该卡因保单中止处于暂停状态：补发的新卡同样为暂停状态，保单复效后自动恢复有效。</source>
        <translation>This card is suspended because the policy is suspended: the new card is suspended too and becomes valid again automatically on reinstatement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="202"/>
        <source>✗ 该卡号不是客户当前的贵宾卡，请核对</source>
        <translation>✗ This is not the member&apos;s current VIP card number; please check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="204"/>
        <source>✓ 卡号与客户当前的贵宾卡一致</source>
        <translation>✓ Matches the member&apos;s current VIP card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="227"/>
        <source>正在办理…</source>
        <translation>Processing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="244"/>
        <source>新卡 {number}  {tier}</source>
        <translation>New card {number}  {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="250"/>
        <source>原卡 {old} 已停用，新卡 {new} 已生效。正在生成回执…</source>
        <translation>Old card {old} blocked, new card {new} active. Creating the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="265"/>
        <source>补发完成：新卡 {new}，回执已生成。</source>
        <translation>Reissued: new card {new}; the receipt is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="272"/>
        <source>贵宾卡补发回执</source>
        <translation>VIP card reissue receipt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="279"/>
        <source>（已保存：{path}）</source>
        <translation> (saved: {path})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="41"/>
        <source>有效</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/card_reissue.py STATUS), lupdate cannot see it.</translatorcomment>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_reissue.py" line="42"/>
        <source>暂停使用</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/card_reissue.py STATUS), lupdate cannot see it.</translatorcomment>
        <translation>Suspended</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="41"/>
        <source>请在左侧选择案件</source>
        <translation>Choose a case on the left</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="45"/>
        <source>记录处理情况或下次跟进安排</source>
        <translation>What was done, or the next follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="25"/>
        <location filename="../../ui/cases/detail.py" line="47"/>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="48"/>
        <source>添加记录</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="83"/>
        <source>&#x3000;⚠ 已超过回复期限</source>
        <translation>  ⚠ Past the reply deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="90"/>
        <source>客户：{m}（{id}）&#x3000;被服务人：{p}</source>
        <translation>Member: {m} ({id})   Person served: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="95"/>
        <source>描述：{d}</source>
        <translation>Description: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="97"/>
        <source>距居住地 {km:g} 公里</source>
        <translation>{km:g} km from the residence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="99"/>
        <source>旅行第 {n} 天</source>
        <translation>Day {n} of the trip</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="102"/>
        <source>拒绝原因：{r}</source>
        <translation>Reasons for refusal: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="107"/>
        <source>主管推翻：{r}</source>
        <translation>Supervisor override: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="109"/>
        <source>回复期限：{due}</source>
        <translation>Reply due: {due}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="127"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="129"/>
        <source>改为“{s}”</source>
        <translation>Set to “{s}”</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="24"/>
        <source>记录</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/detail.py KINDS), lupdate cannot see it.</translatorcomment>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="26"/>
        <source>状态</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/detail.py KINDS), lupdate cannot see it.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="27"/>
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
    <message>
        <location filename="../../ui/cases/queue_view.py" line="119"/>
        <source>⚠ 超时案件 {n} 件</source>
        <translation>⚠ Overdue cases: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_view.py" line="124"/>
        <source>没有超时案件</source>
        <translation>No overdue cases</translation>
    </message>
    <message>
        <source>新建</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">New</translation>
    </message>
    <message>
        <source>处理中</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">In progress</translation>
    </message>
    <message>
        <source>等待客户</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">Waiting for member</translation>
    </message>
    <message>
        <source>已解决</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">Resolved</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">Closed</translation>
    </message>
    <message>
        <source>救援/服务申请</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">Rescue/service request</translation>
    </message>
    <message>
        <source>投诉</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">Complaint</translation>
    </message>
    <message>
        <source>咨询</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">Enquiry</translation>
    </message>
    <message>
        <source>补卡</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (vipdesk.services.cases.STATUS_NAMES/TYPE_NAMES), lupdate cannot see it.</translatorcomment>
        <translation type="vanished">Card reissue</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../ui/cases/wizard.py" line="78"/>
        <source>新建服务案件</source>
        <translation>New service case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="83"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="84"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="85"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/cases/wizard.py" line="86"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="259"/>
        <source>案件已开立</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="267"/>
        <source>打印案件摘要</source>
        <translation>Print case summary</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="271"/>
        <source>案件号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="272"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="273"/>
        <source>回拨电话</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="293"/>
        <source>（客户登记的电话）</source>
        <translation>(the member&apos;s registered phone)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="295"/>
        <source>已由主管推翻拒绝决定并受理。</source>
        <translation>A supervisor overrode the refusal; the case is accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="297"/>
        <source>已记录本次拒绝，请向来电人说明原因。</source>
        <translation>The refusal is recorded; please explain the reasons to the caller.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="299"/>
        <source>请告知来电人案件号，并按期限回复。</source>
        <translation>Give the caller the case number, and reply by the deadline.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="307"/>
        <source>正在生成案件摘要…</source>
        <translation>Creating the case summary…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="314"/>
        <source>案件摘要已生成。</source>
        <translation>The case summary is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="317"/>
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
    <name>DecisionPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="136"/>
        <source>审核结果</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="138"/>
        <source>开立案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="144"/>
        <source>主管推翻拒绝决定</source>
        <translation>Supervisor overrides the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="146"/>
        <source>推翻理由（必填，记入审计日志）</source>
        <translation>Reason for the override (required; written to the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="151"/>
        <source>原因</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="153"/>
        <source>请向来电人说明的费用</source>
        <translation>Costs to explain to the caller</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="155"/>
        <source>开案前请确认（勾选表示“是”）</source>
        <translation>Confirm before opening the case (tick for “yes”)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="174"/>
        <source>{kind}无需资格审核，将在 {h} 小时内首次回复客户。</source>
        <translation>{kind}: no eligibility check needed; the first reply to the member is due within {h} hours.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="175"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="175"/>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="180"/>
        <source>正在审核…</source>
        <translation>Checking eligibility…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="202"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="203"/>
        <source>来电人</source>
        <translation>The caller</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="205"/>
        <source>✔ 可以受理：{name}符合服务条件</source>
        <translation>✔ Eligible: {name} meets the service conditions</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="208"/>
        <source>✘ 不能受理：{name}不符合服务条件（{n} 项原因）</source>
        <translation>✘ Not eligible: {name} does not meet the service conditions ({n} reason(s))</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="224"/>
        <source>推翻拒绝决定需要主管或管理员登录办理；也可以开立案件记录本次拒绝。</source>
        <translation>Overriding a refusal needs a supervisor or administrator to be logged in; you can also open the case to record the refusal.</translation>
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
        <location filename="../../ui/main_window.py" line="193"/>
        <source>不使用（仅离线地名库）</source>
        <translation>None (offline gazetteer only)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>在线地理编码</source>
        <translation>Online geocoder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>离线地名库查不到的地点，可由联网的地理编码服务查询（需网络）：</source>
        <translation>Places the offline gazetteer does not know can be looked up by an online geocoding service (needs the network):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>数据库：{name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>柜员：{name}</source>
        <translation>Clerk: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>客户 {n:,} 位</source>
        <translation>{n:,} members</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>在左侧输入姓名、拼音首字母或证件号后几位查找客户。</source>
        <translation>Type a name, pinyin initials or the last digits of an ID number on the left to find a member.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>数据库：未连接</source>
        <translation>Database: not connected</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>数据库未打开。</source>
        <translation>The database is not open.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="45"/>
        <source>所在地与行程</source>
        <translation>Location and trip</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="46"/>
        <source>询问来电人目前所在的城市或区县，以及本次旅行的出发日期。</source>
        <translation>Ask the caller which city or district they are in now, and the day this trip began.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="49"/>
        <source>如：石家庄、河北省石家庄市长安区、Shijiazhuang、日本</source>
        <translation>e.g. 石家庄, 河北省石家庄市长安区, Shijiazhuang, 日本</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="66"/>
        <source>目前所在地</source>
        <translation>Current location</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="67"/>
        <source>出发日期</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="68"/>
        <source>居住地</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="69"/>
        <source>距居住地</source>
        <translation>Distance from residence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="70"/>
        <source>旅行天数</source>
        <translation>Day of the trip</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="109"/>
        <source>无法识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="111"/>
        <source>{km:g} 公里</source>
        <translation>{km:g} km</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="113"/>
        <source>无法计算</source>
        <translation>Cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="116"/>
        <source>第 {n} 天</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="121"/>
        <source>识别为：{place}</source>
        <translation>Recognised as: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_decision.py" line="123"/>
        <source>无法识别该地点，请再次询问所在城市或区县。</source>
        <translation>Place not recognised; ask the caller again for the city or district.</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/member_view.py" line="48"/>
        <source>无等级</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="51"/>
        <source>无有效贵宾卡</source>
        <translation>No valid card</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="71"/>
        <source>{day} 起</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="127"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="128"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="129"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="148"/>
        <source>服务权益</source>
        <translation>Entitlements</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="158"/>
        <source>指定亲属</source>
        <translation>Designated relatives</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="184"/>
        <source>年化保费与保单</source>
        <translation>AFYP and policies</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="185"/>
        <source>卡片记录</source>
        <translation>Card history</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="187"/>
        <source>操作记录</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="215"/>
        <source>未达贵宾等级</source>
        <translation>No VIP tier</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="217"/>
        <source>{gender} · {age}岁 · {tier}</source>
        <translation>{gender} · {age} · {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="231"/>
        <source>累计年化保费（仅计有效保单）：{amount}</source>
        <translation>AFYP (policies in force only): {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="247"/>
        <source>未达贵宾等级：累计年化保费满 {amount} 可获{tier}。</source>
        <translation>No VIP tier: an AFYP of {amount} earns {tier}.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="260"/>
        <source>保单中止，贵宾服务暂停；保单复效后恢复。</source>
        <translation>Policies suspended: VIP services are suspended until reinstatement.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="275"/>
        <source>{tier}可指定 {n} 位亲属，已指定 {k} 位。</source>
        <translation>{tier}: {n} relatives allowed, {k} designated.</translation>
    </message>
    <message>
        <location filename="../../ui/member_view.py" line="281"/>
        <source>白金卡、钻石卡客户可指定亲属；本客户暂无指定亲属。</source>
        <translation>Platinum and diamond members may designate relatives; this member has none.</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="162"/>
        <source>需求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="164"/>
        <source>选择服务及项目（本卡权益以外的服务会在审核中说明原因），或登记投诉、咨询。</source>
        <translation>Choose the service and item (for services outside this card&apos;s entitlements the check explains why), or record a complaint or an enquiry.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="169"/>
        <source>服务申请</source>
        <translation>Service request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="170"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="171"/>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="182"/>
        <source>来电人描述的情况</source>
        <translation>What the caller describes</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="184"/>
        <source>回拨电话（手机或座机）</source>
        <translation>Callback number (mobile or landline)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="186"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="187"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="188"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="189"/>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="190"/>
        <source>回拨电话</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/pages_caller.py" line="211"/>
        <source>（非本卡权益）</source>
        <translation> (not an entitlement of this card)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="89"/>
        <location filename="../../ui/documents/preview.py" line="135"/>
        <source>正在生成文档…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="90"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="91"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="92"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="128"/>
        <source>共 %n 页</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="163"/>
        <source>生成或打印文档时出现意外错误，详见错误报告。</source>
        <translation>Making or printing the document hit an unexpected error; see the error report.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="229"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>生成或打印文档时出错（%1），请重试或联系IT部门。</source>
        <translation type="vanished">The document could not be created or printed (%1). Please try again or call IT.</translation>
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
        <source>无法保存文件：</source>
        <translation type="vanished">Cannot save the file: </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="236"/>
        <source>已保存到 </source>
        <translation>Saved to </translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="97"/>
        <source>指定亲属</source>
        <translation>Designate a relative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="105"/>
        <source>正在读取客户信息…</source>
        <translation>Reading the member…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="108"/>
        <source>18位居民身份证号码</source>
        <translation>18-digit resident ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="109"/>
        <location filename="../../ui/dialogs/relative.py" line="199"/>
        <source>请输入亲属的身份证号码</source>
        <translation>Enter the relative&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="119"/>
        <source>客户</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="120"/>
        <source>亲属姓名</source>
        <translation>Relative&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="121"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="123"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="124"/>
        <source>项目</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="125"/>
        <source>都会康悦保单</source>
        <translation>Metro Kangyue policy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="127"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="128"/>
        <source>剩余名额</source>
        <translation>Places left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="130"/>
        <source>确认指定</source>
        <translation>Designate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="133"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="174"/>
        <source>贵宾卡指定亲属</source>
        <translation>VIP card designated relative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="176"/>
        <source>都会康悦指定亲属</source>
        <translation>Metro Kangyue (都会康悦) designated relative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="209"/>
        <source>✓ 号码有效&#x3000;出生日期 {born}&#x3000;{age}周岁&#x3000;{gender}</source>
        <translation>✓ Valid number   born {born}   aged {age}   {gender}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="237"/>
        <source>{left} 位（共 {limit} 位）</source>
        <translation>{left} of {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="241"/>
        <location filename="../../ui/dialogs/relative.py" line="266"/>
        <source>请填写亲属姓名、身份证号码和关系</source>
        <translation>Enter the relative&apos;s name, ID number and relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="243"/>
        <source>身份证号码无效，不能指定</source>
        <translation>Invalid ID number: cannot designate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="252"/>
        <source>，等待期满后自 {day} 起可享受服务</source>
        <translation>; services from {day}, after the waiting period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="257"/>
        <source>可以指定：将占用第 {slot} 个名额{wait}。</source>
        <translation>Can be designated: takes place {slot}{wait}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="264"/>
        <source>不能指定：</source>
        <translation>Cannot designate: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="288"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="303"/>
        <source>{left} 位</source>
        <translation>{left} left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="306"/>
        <source>已指定 {name} 为指定亲属。正在生成确认函…</source>
        <translation>{name} is now a designated relative. Creating the confirmation letter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="319"/>
        <source>已指定 {name} 为指定亲属，确认函已生成。</source>
        <translation>{name} is now a designated relative; the confirmation letter is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="324"/>
        <source>指定亲属确认函</source>
        <translation>Designated relative confirmation letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="331"/>
        <source>（已保存：{path}）</source>
        <translation> (saved: {path})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="334"/>
        <source>亲属已指定，但确认函未能生成：</source>
        <translation>The relative is designated, but the confirmation letter could not be created: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="39"/>
        <source>配偶</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="40"/>
        <source>父母</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="41"/>
        <source>子女</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="44"/>
        <source>男</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="45"/>
        <source>女</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py RELATIONS/GENDERS), lupdate cannot see it.</translatorcomment>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative.py" line="169"/>
        <source>无贵宾等级</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/dialogs/relative.py (inside an f-string)), lupdate cannot see it.</translatorcomment>
        <translation>No VIP tier</translation>
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
        <location filename="../../ui/search_panel.py" line="111"/>
        <source>输入后即时查找，↓ 进入结果，回车打开，Esc 清除</source>
        <translation>Searches as you type; ↓ to the results, Enter opens, Esc clears</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="113"/>
        <source>没有找到匹配的客户</source>
        <translation>No matching member</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="115"/>
        <source>已显示前 {n} 位，向下滚动查看更多</source>
        <translation>First {n} shown; scroll down for more</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="117"/>
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
        <location filename="../../ui/builtin_actions.py" line="182"/>
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
        <location filename="../../ui/builtin_actions.py" line="149"/>
        <source>在线地理编码…</source>
        <translation>Online geocoder…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="153"/>
        <source>默认只用离线地名库；联网的网点可另选 geopy 的在线服务</source>
        <translation>Offline gazetteer by default; branches with network access may choose an online geopy service</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="157"/>
        <source>网点信息…</source>
        <translation>Branch details…</translation>
    </message>
    <message>
        <location filename="../../ui/builtin_actions.py" line="161"/>
        <source>打印在确认函和回执抬头上的网点名称、地址、电话</source>
        <translation>The branch name, address and phone printed at the top of letters and receipts</translation>
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
        <location filename="../../ui/documents/actions.py" line="85"/>
        <source>打印服务手册</source>
        <translation>Print service handbook</translation>
    </message>
    <message>
        <source>贵宾等级</source>
        <translation type="vanished">VIP tier</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="79"/>
        <source>打印资格确认函</source>
        <translation>Print eligibility letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="82"/>
        <source>预览并打印当前客户的贵宾客户资格确认函</source>
        <translation>Preview and print the current member&apos;s VIP eligibility letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="87"/>
        <source>当前客户的个性化服务手册；未选客户时按等级打印</source>
        <translation>The current member&apos;s personalised handbook; with no member open, a tier&apos;s handbook</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="90"/>
        <source>批量打印…</source>
        <translation>Batch printing…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="92"/>
        <source>为一批客户打印资格确认函或服务手册</source>
        <translation>Print eligibility letters or service handbooks for many members</translation>
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
        <location filename="../../ui/cases/queue_model.py" line="157"/>
        <source>已超过回复期限</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>Past the reply deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/queue_model.py" line="172"/>
        <source>⚠ 超时 · {status}</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/cases/queue_model.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>⚠ Overdue · {status}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents/__init__.py" line="101"/>
        <source>贵宾客户资格确认函</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/__init__.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>VIP eligibility letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/__init__.py" line="122"/>
        <source>贵宾客户服务手册</source>
        <translatorcomment>Kept by hand: reaches tr() through a variable (ui/documents/__init__.py tr()), lupdate cannot see it.</translatorcomment>
        <translation>VIP service handbook</translation>
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
        <location filename="../../ui/entitlements.py" line="72"/>
        <source>指定亲属共享救援</source>
        <translation>Designated relatives share rescue</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="73"/>
        <source>可指定{n}位亲属（{relations}），指定时未满{age}周岁；共享国内及国际救援</source>
        <translation>up to {n} relatives ({relations}), younger than {age} when designated; they share domestic and international rescue</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="97"/>
        <source>等待期{days}天，{day}起可用</source>
        <translation>{days}-day waiting period; available from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="101"/>
        <source>已过{days}天等待期（生效或复效后重新计算）</source>
        <translation>{days}-day waiting period passed (restarts on reinstatement)</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="113"/>
        <source>24小时救援热线（中英文）：{home}</source>
        <translation>24-hour rescue hotline (Chinese and English): {home}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="117"/>
        <source>；境外拨打 {abroad}</source>
        <translation>; from abroad {abroad}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="129"/>
        <source>再有 {amount} 年化保费可升级为{tier}</source>
        <translation>{amount} more annualized premium reaches {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/entitlements.py" line="136"/>
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
        <translation>Metro Kangyue</translation>
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
        <location filename="../../ui/messages.py" line="51"/>
        <source>无法完成操作</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>可以稍后点“重试”，或通过“文件”菜单连接其他数据库；问题持续时请联系IT部门。</source>
        <translation>Click Retry later, or connect another database from the File menu; if the problem persists, call IT.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>连接其他数据库…</source>
        <translation>Connect another database…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>（无法写入日志文件）</source>
        <translation>(the log file could not be written)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>程序遇到了意外错误。您的数据没有受到影响，可以继续工作；如果问题重复出现，请把下面的日志文件发给IT部门。</source>
        <translation>The program hit an unexpected error. Your data is safe and you can keep working; if it happens again, send the log file below to IT.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
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
</context>
</TS>
