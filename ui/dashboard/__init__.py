"""The supervisors' dashboard (QtCharts)."""
