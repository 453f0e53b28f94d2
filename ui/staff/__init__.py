"""Staff accounts screen for administrators (员工账号)."""
