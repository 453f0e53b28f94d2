"""The care calendar window (关怀日历)."""
