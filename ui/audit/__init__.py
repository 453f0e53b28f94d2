"""The audit viewer for supervisors (审计记录), the member's 操作记录 and the chain warning."""
