"""VIP Desk's data files (rules, catalog, handbook content, gazetteer, translations).

Installed as the package `vipdesk.resources`; read them with `vipdesk.assets.resource()`.
"""
