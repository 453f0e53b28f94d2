"""File → 备份与恢复: backups, restore, the integrity banner and the backup timer (issue 15)."""
