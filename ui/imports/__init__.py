"""The import dialog (系统管理 → 导入客户与保单)."""
